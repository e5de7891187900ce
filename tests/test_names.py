"""Name folding, variants, misspellings, and known people kept apart."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factsuite.names import NameIndex, fold

PEOPLE = {
    "kim-jong-un": ["Kim Jong Un", "Kim Jong-un"],
    "kim-jong-il": ["Kim Jong Il", "Kim Jong-il"],
    "kim-il-sung": ["Kim Il Sung"],
    "min-aung-hlaing": ["Min Aung Hlaing"],
    "diaz-canel": ["Miguel Díaz-Canel"],
    "vucic": ["Aleksandar Vučić"],
}


@pytest.fixture(scope="module")
def index() -> NameIndex:
    names = NameIndex()
    for person, forms in PEOPLE.items():
        names.add(person, forms)
    return names


@pytest.mark.parametrize(
    ("left", "right"),
    [
        ("Kim Jong-un", "Kim Jong Un"),
        ("KIM JONG UN", "kim jong un"),
        ("Kim Jong‐un", "Kim Jong Un"),  # U+2010 hyphen
        ("Kim Jong–un", "Kim Jong Un"),  # en dash
        ("Miguel Diaz-Canel", "Miguel Díaz-Canel"),
        ("Aleksandar Vucic", "Aleksandar Vučić"),
        ("U.S.", "US"),
        ("Ewha Womans University’s", "Ewha Womans University's"),
        ("Søren Kierkegaard", "Soren Kierkegaard"),
    ],
)
def test_fold_equates_spellings_of_one_name(left: str, right: str) -> None:
    assert fold(left) == fold(right)


def test_fold_keeps_different_names_apart() -> None:
    assert fold("Kim Jong Il") != fold("Kim Jong Un")


name_parts = st.lists(
    st.text(
        alphabet=st.sampled_from("abcdefghijklmnopqrstuvwxyzéèçñöüčćšž"), min_size=1, max_size=8
    ),
    min_size=1,
    max_size=4,
)


@given(name_parts, st.sampled_from(["-", "‐", "‑", "–", "—", " "]))
def test_names_survive_nfc_nfd_and_typographic_hyphens(parts: list[str], joiner: str) -> None:
    plain = " ".join(parts).title()
    variant = joiner.join(parts).title()
    for form in ("NFC", "NFD", "NFKC", "NFKD"):
        assert fold(unicodedata.normalize(form, variant)) == fold(plain)


@pytest.mark.parametrize(
    ("stated", "person", "kind", "nearest"),
    [
        ("Kim Jong Un", "kim-jong-un", "same", "Kim Jong Un"),
        ("Kim Jong-un", "kim-jong-un", "same", "Kim Jong Un"),
        ("Miguel Diaz-Canel", "diaz-canel", "same", "Miguel Díaz-Canel"),
        ("Kim", "kim-jong-un", "same", "Kim Jong Un"),  # the family name alone
        ("Min Aung Hliang", "min-aung-hlaing", "misspelled", "Min Aung Hlaing"),
        ("Miguel Dias-Canel", "diaz-canel", "misspelled", "Miguel Díaz-Canel"),
        ("Kim Jong Il", "kim-jong-un", "other", "Kim Jong Il"),
        ("Kim Jong-Il", "kim-jong-un", "other", "Kim Jong Il"),
        ("Kim Jong Ill", "kim-jong-un", "other", "Kim Jong Il"),  # nearest is another man
        ("Robert Fico", "kim-jong-un", "unknown", "Kim Jong Un"),
    ],
)
def test_judge(index: NameIndex, stated: str, person: str, kind: str, nearest: str) -> None:
    judgement = index.judge(stated, person)
    assert (judgement.kind, judgement.nearest) == (kind, nearest)


def test_known_people_are_never_misspellings_of_each_other(index: NameIndex) -> None:
    for person in PEOPLE:
        for other, other_forms in PEOPLE.items():
            if other != person:
                for form in other_forms:
                    assert index.judge(form, person).kind == "other"
