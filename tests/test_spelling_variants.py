"""A cue written in one spelling of English matches the other's (data/en/spelling_variants.tsv):
each ending both ways, through the lexicon's scan, and the bindings it makes on two beats."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from factsuite import language
from factsuite.extraction.lexicon import other_spellings
from factsuite.language import LanguageDataError
from tests.languagedata import serving
from tests.sentencecases import bound_facts

STEM = "cred"  # any stem of three letters or more


@pytest.mark.parametrize("variant", language.spelling_variants(), ids=lambda v: v.british)
def test_each_ending_is_spelled_both_ways(variant: language.SpellingVariant) -> None:
    british, american = STEM + variant.british, STEM + variant.american
    assert list(other_spellings(f"voted {british}")) == [f"voted {british}", f"voted {american}"]
    assert list(other_spellings(f"voted {american}")) == [f"voted {american}", f"voted {british}"]


def test_a_short_word_keeps_its_ending_and_a_cue_without_one_has_no_other_spelling() -> None:
    assert list(other_spellings("four rise fence")) == ["four rise fence"]
    assert list(other_spellings("strike vote")) == ["strike vote"]


@pytest.fixture
def data_file(monkeypatch: pytest.MonkeyPatch) -> Iterator[Callable[[str], None]]:
    yield from serving(monkeypatch, [language.spelling_variants])


def test_a_malformed_row_says_where(data_file: Callable[[str], None]) -> None:
    data_file("ise\tize\nise\tise\n")
    with pytest.raises(LanguageDataError, match=r"spelling_variants.tsv:2:1: 'ise' is already"):
        language.spelling_variants()


# education (American articles, British cues) and labour (British articles, American
# cues); a second fact of the same value, so that only the cue can bind
EDUCATION = """\
strike.yes:
  type: percent
  label: the share of teachers voting to authorise the strike
  value: 94.6
  cues: [voted to authorise]
  sources: [s]
strike.turnout:
  type: percent
  label: the turnout in the strike ballot
  value: 94.6
  cues: [turnout]
  sources: [s]
"""
LABOUR = """\
ballot.favor:
  type: percent
  label: the share of members voting in favor of the offer
  value: 61.2
  cues: [in favor]
  sources: [s]
ballot.turnout:
  type: percent
  label: the turnout in the ballot on the offer
  value: 61.2
  cues: [turnout]
  sources: [s]
"""


@pytest.mark.parametrize(
    ("facts", "sentence", "span", "fact"),
    [
        (EDUCATION, "Teachers voted to authorize the strike, 94.6% of them.", "94.6%",
         "strike.yes"),
        (LABOUR, "Members voted 61.2% in favour of the offer.", "61.2%", "ballot.favor"),
        # the cue's own spelling binds as before
        (EDUCATION, "Teachers voted to authorise the strike, 94.6% of them.", "94.6%",
         "strike.yes"),
    ],
)  # fmt: skip
def test_a_cue_binds_in_the_other_spelling(
    facts: str, sentence: str, span: str, fact: str, tmp_path: Path
) -> None:
    assert bound_facts(facts, sentence, tmp_path)[span] == fact
