"""The list of places: one place per alias, folded, and titles naming the right country."""

from __future__ import annotations

from collections import Counter

import pytest

from factsuite.names import fold
from factsuite.places import PLACES
from factsuite.roles import PLACE_WORDS, places_named, title_words

NAMES = [name for place, aliases in PLACES.items() for name in (place, *aliases)]


def test_every_name_is_one_place() -> None:
    assert [name for name, count in Counter(NAMES).items() if count > 1] == []


def test_every_name_is_folded() -> None:
    assert [name for name in NAMES if fold(name) != name] == []


def test_no_new_names_of_one_or_two_letters() -> None:
    short = {name for name in NAMES if len(name.replace(" ", "")) <= 2}
    assert short == {"us", "u s", "uk", "un", "u n", "eu", "e u"}


@pytest.mark.parametrize(
    "name",
    # The members news names least, the observers, the places outside the UN, and
    # the organisations: a count alone would pass with any 204 entries.
    ["tuvalu", "nauru", "eswatini", "timor leste", "south sudan", "north macedonia",
     "holy see", "palestine", "taiwan", "kosovo", "hong kong", "macau",
     "nato", "asean", "african union", "european union", "united nations"],
)  # fmt: skip
def test_the_small_states_observers_and_organisations_are_places(name: str) -> None:
    assert name in NAMES


def test_every_member_and_observer_of_the_united_nations() -> None:
    # 193 members, the Holy See and Palestine; Taiwan, Kosovo, Hong Kong and Macau;
    # five organisations: a place added or lost changes the count on purpose.
    assert len(PLACES) == 193 + 2 + 4 + 5


@pytest.mark.parametrize(
    "word",
    [
        # Shared by two countries: read as either, a right title would look wrong.
        "congo",
        "congolese",
        "korea",
        "korean",
        "dominican",
        # Wider than one country.
        "central african",
        "micronesian",
        "persian",
        "malay",
        "arab",
        # Everyday words and given names, or words that are something else too.
        "swede",
        "pole",
        "dane",
        "finn",
        "kiwi",
        "car",
        "png",
        "emirates",
        "croat",
    ],
)
def test_ambiguous_words_name_no_place(word: str) -> None:
    assert word not in NAMES
    assert places_named(word) == frozenset()


@pytest.mark.parametrize(
    ("left", "right"),
    [
        ("Czech President", "President of the Czech Republic"),
        ("Czechia's President", "President of the Czech Republic"),
        ("Ivorian President", "President of Côte d'Ivoire"),
        ("Ivorian President", "President of Côte d’Ivoire"),
        ("Ivory Coast's President", "President of Côte d'Ivoire"),
        ("Dutch Prime Minister", "Prime Minister of the Netherlands"),
        ("People's Republic of China President", "Chinese President"),
        ("DR Congo President", "President of the Democratic Republic of the Congo"),
        ("Congo-Brazzaville President", "President of the Republic of the Congo"),
        ("Bissau-Guinean President", "President of Guinea-Bissau"),
        ("Nigerien President", "President of Niger"),
        ("Burkinabè President", "President of Burkina Faso"),
        ("Timor-Leste's Prime Minister", "East Timor Prime Minister"),
    ],
)
def test_one_country_however_named(left: str, right: str) -> None:
    assert title_words(left) == title_words(right)


@pytest.mark.parametrize(
    ("left", "right"),
    [
        ("Slovenian Prime Minister", "Slovak Prime Minister"),
        ("Nigerien President", "Nigerian President"),
        ("Sudanese President", "South Sudanese President"),
        ("Guinean President", "Equatorial Guinean President"),
        ("President of Guinea", "President of Papua New Guinea"),
        ("Dominica's Prime Minister", "Dominican Republic's Prime Minister"),
        ("Irish Prime Minister", "Northern Irish First Minister"),
        ("Mexican Governor", "New Mexico Governor"),
    ],
)
def test_neighbouring_names_are_other_countries(left: str, right: str) -> None:
    left_places = title_words(left) & PLACE_WORDS
    right_places = title_words(right) & PLACE_WORDS
    assert left_places
    assert right_places
    assert left_places != right_places


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Slovenian Prime Minister", "slovenia"),
        ("Slovak Prime Minister", "slovakia"),
        ("Northern Ireland's First Minister", "united_kingdom"),
        ("Chinese Taipei", "taiwan"),
        ("Inner Mongolia party secretary", "china"),
        ("NATO Secretary General", "nato"),
        ("the Association of Southeast Asian Nations", "asean"),
        ("Holy See", "vatican"),
    ],
)
def test_a_title_names_its_country(text: str, place: str) -> None:
    assert places_named(text) == {place}
