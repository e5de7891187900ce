"""The gazetteer: cities and the countries they lie in, and places judged against events."""

from __future__ import annotations

from collections import Counter

import pytest

from factsuite import language
from factsuite.cities import ALIASES, CAPITALS, CITIES, PART_OF, SHARED, towns
from factsuite.daterange import parse_iso_range
from factsuite.gazetteer import (
    CITY_COUNTRIES,
    COUNTRY_NAMES,
    ORGANISATIONS,
    Gazetteer,
    Standing,
    canonical,
    capital_of,
    takes_the,
)
from factsuite.model import DateFact
from factsuite.names import fold
from factsuite.places import PLACES

CITY_LIST = [
    *CAPITALS.values(),
    *(city for cities in CITIES.values() for city in cities),
    *SHARED,
]
CURATED = set(CITY_LIST)


def test_every_city_lies_in_one_country_or_is_shared_on_purpose() -> None:
    assert [city for city, count in Counter(CITY_LIST).items() if count > 1] == []


def test_every_name_is_folded() -> None:
    names = [*CITY_LIST, *ALIASES, *ALIASES.values()]
    assert [name for name in names if fold(name) != name] == []


def test_every_country_is_a_place_and_no_city_is_named_as_one() -> None:
    countries = [*CAPITALS, *CITIES, *(c for cs in SHARED.values() for c in cs), *PART_OF.values()]
    assert [c for c in countries if c not in PLACES] == []
    place_names = {name for place, aliases in PLACES.items() for name in (place, *aliases)}
    assert [city for city in [*CITY_LIST, *ALIASES] if city in place_names] == []


def test_every_alias_names_a_city_that_is_not_itself_an_alias() -> None:
    assert [a for a, city in ALIASES.items() if city not in CITY_COUNTRIES] == []
    assert [a for a in ALIASES if a in CITY_COUNTRIES] == []


def test_the_capitals_of_the_world_and_a_few_hundred_cities() -> None:
    # Every place of places.PLACES has its capital but those left out on purpose (see
    # cities.py): city-states and capitals named as the country, capitals in dispute,
    # capitals whose name is shared or a word, and places no one calls a capital's.
    without = set(PLACES) - set(CAPITALS) - ORGANISATIONS
    assert without == {
        "singapore", "monaco", "luxembourg", "san marino", "djibouti", "vatican",
        "sao tome and principe", "israel", "palestine", "costa rica", "grenada", "guyana",
        "maldives", "seychelles", "hong kong", "macau",
    }  # fmt: skip
    assert len(CURATED) >= 550


@pytest.mark.parametrize(
    "name",
    # Shared by two well-known places (see cities.py): no curated city, but a town of
    # each country one of that name lies in (data/towns.tsv).
    ["san jose", "hyderabad", "valencia", "cordoba", "birmingham", "cambridge", "newcastle",
     "hamilton"],
)  # fmt: skip
def test_shared_names_are_towns_of_every_country_that_has_one(name: str) -> None:
    assert name not in CURATED
    assert name not in ALIASES
    assert len(CITY_COUNTRIES[name]) >= 2


@pytest.mark.parametrize(
    "name",
    # everyday words, and names a first-level division bears (data/en/not_towns.txt)
    ["georgetown", "victoria", "ontario", "male", "split", "hue", "salvador", "reading"],
)
def test_names_that_are_words_or_regions_are_no_city(name: str) -> None:
    assert name not in CITY_COUNTRIES
    assert name not in ALIASES


def test_the_towns_of_the_world_hold_no_curated_name_and_name_real_countries() -> None:
    rows = towns()
    assert len(rows) > 10_000
    assert [name for name, _, _ in rows if name in CURATED or name in ALIASES] == []
    assert {country for _, country, _ in rows} <= set(PLACES)
    assert [name for name, _, _ in rows if fold(name) != name] == []
    words = set(language.words("not_towns.txt"))
    assert [name for name, _, _ in rows if name in words] == []


@pytest.mark.parametrize(
    ("name", "countries"),
    [
        ("wichita", {"united states"}),
        ("swansea", {"united kingdom", "united states"}),
        ("swindon", {"united kingdom"}),
        ("tampere", {"finland"}),
    ],
)
def test_a_town_lies_in_the_countries_of_its_namesakes(name: str, countries: set[str]) -> None:
    assert CITY_COUNTRIES[name] == countries


@pytest.mark.parametrize(
    ("stated", "places", "standing"),
    [
        # a town of its own, other than the event's city: a slip
        ("Wichita", ("Topeka", "Kansas", "United States"), Standing.CONTRADICTS),
        ("Swansea", ("Swindon", "England", "United Kingdom"), Standing.CONTRADICTS),
        # a section of the event's city (Brooklyn of New York): no slip, and no town
        ("Brooklyn", ("New York", "United States"), Standing.UNKNOWN),
        ("Salford", ("Manchester",), Standing.UNKNOWN),
        # a section of another city is another place
        ("Brooklyn", ("Boston", "United States"), Standing.CONTRADICTS),
        # a name a town and a section bear: either may be meant
        ("Hollywood", ("Los Angeles", "United States"), Standing.UNKNOWN),
        ("Hollywood", ("Chicago", "United States"), Standing.CONTRADICTS),
        # the town itself, listed
        ("Swindon", ("Swindon", "England"), Standing.AGREES),
    ],
)
def test_a_stated_town_against_the_places_of_an_event(
    stated: str, places: tuple[str, ...], standing: Standing
) -> None:
    found = Gazetteer([]).judge(stated, places)
    assert found.standing is standing, found.why
    if standing is Standing.UNKNOWN and stated in ("Brooklyn", "Salford", "Hollywood"):
        assert "may be a part of" in found.why


@pytest.mark.parametrize(
    ("name", "countries"),
    [
        ("beijing", {"china"}),
        ("hanoi", {"vietnam"}),
        ("bangkok", {"thailand"}),
        ("pyongyang", {"north korea"}),
        ("vladivostok", {"russia"}),
        ("komsomolsk on amur", {"russia"}),
        ("the hague", {"netherlands"}),
        ("panmunjom", {"north korea", "south korea"}),
        ("jerusalem", {"israel", "palestine"}),
        # a country's first-level capitals, where the name is not shared
        ("halifax", {"canada"}),
        ("regina", {"canada"}),
        ("hobart", {"australia"}),
    ],
)
def test_a_city_lies_in_its_country(name: str, countries: set[str]) -> None:
    assert CITY_COUNTRIES[name] == countries


@pytest.mark.parametrize(
    ("written", "name"),
    [
        ("Beijing", "beijing"),
        ("Peking", "beijing"),
        ("Saigon", "ho chi minh city"),
        ("Kiev", "kyiv"),
        ("Komsomolsk-on-Amur", "komsomolsk on amur"),
        ("Xi'an", "xi'an"),
        ("the Chinese capital", "beijing"),
        ("China's capital", "beijing"),
        ("China’s capital", "beijing"),
        ("the North Korean capital", "pyongyang"),
        ("the United States", "united states"),
        ("The Hague", "the hague"),
        ("Tiananmen Square", "tiananmen square"),
    ],
)
def test_a_place_is_read_in_any_of_its_names(written: str, name: str) -> None:
    assert canonical(written) == name


def test_a_capital_needs_a_country_that_has_one() -> None:
    assert capital_of("russian capital") == "moscow"
    assert capital_of("israeli capital") is None  # in dispute: no capital here
    assert capital_of("provincial capital") is None
    assert capital_of("chinese") is None


@pytest.mark.parametrize(
    ("name", "the"),
    [
        ("united states", True),
        ("netherlands", True),
        ("philippines", True),
        ("czech republic", True),
        ("gambia", True),
        ("china", False),
        ("ukraine", False),
        ("cyprus", False),
        ("beijing", False),  # a city
        ("chinese", False),  # no name of a place
    ],
)
def test_which_names_are_written_with_the(name: str, the: bool) -> None:
    assert takes_the(name) is the


def test_country_names_are_names_not_adjectives_nor_organisations() -> None:
    assert COUNTRY_NAMES["britain"] == "united kingdom"
    assert COUNTRY_NAMES["burma"] == "myanmar"
    for word in ("chinese", "russian", "american", "north korean", "un", "nato", "eu"):
        assert word not in COUNTRY_NAMES
    # A part of a country named as its own is not the country.
    for region in ("northern ireland", "inner mongolia", "new mexico"):
        assert region not in COUNTRY_NAMES


def event(*places: str) -> DateFact:
    return DateFact(
        id="e", value=parse_iso_range("2025-09-03"), place=places, sources=("https://x",)
    )


PARADE = event("Tiananmen Square", "Beijing")
SUMMIT = event("Hanoi")
MEETING = event("Joint Security Area", "Panmunjom", "DMZ")
HONG_KONG = event("Hong Kong")
ONTARIO = event("London", "Canada")
SPOT = event("Tiananmen Square")
GAZETTEER = Gazetteer([PARADE, SUMMIT, MEETING, HONG_KONG, ONTARIO])


@pytest.mark.parametrize(
    ("fact", "stated", "standing"),
    [
        # one of the places, in any of its names, or a country one lies in
        (PARADE, "Beijing", Standing.AGREES),
        (PARADE, "Tiananmen Square", Standing.AGREES),
        (PARADE, "Peking", Standing.AGREES),
        (PARADE, "the Chinese capital", Standing.AGREES),
        (PARADE, "China", Standing.AGREES),
        (PARADE, "the People's Republic of China", Standing.AGREES),
        (SUMMIT, "Vietnam", Standing.AGREES),
        (SUMMIT, "the Vietnamese capital", Standing.AGREES),
        (MEETING, "the DMZ", Standing.AGREES),
        (MEETING, "South Korea", Standing.AGREES),
        (MEETING, "North Korea", Standing.AGREES),
        (HONG_KONG, "China", Standing.AGREES),
        (ONTARIO, "Canada", Standing.AGREES),
        # another known place
        (SUMMIT, "Bangkok", Standing.CONTRADICTS),
        (SUMMIT, "Thailand", Standing.CONTRADICTS),
        (SUMMIT, "the Thai capital", Standing.CONTRADICTS),
        (PARADE, "Moscow", Standing.CONTRADICTS),
        (PARADE, "Shanghai", Standing.CONTRADICTS),
        (PARADE, "Hong Kong", Standing.CONTRADICTS),
        (MEETING, "Seoul", Standing.CONTRADICTS),
        (MEETING, "Japan", Standing.CONTRADICTS),
        (SUMMIT, "Tiananmen Square", Standing.CONTRADICTS),  # a spot in Beijing
        (ONTARIO, "the United Kingdom", Standing.CONTRADICTS),  # the country listed counts
        (PARADE, "Joint Security Area", Standing.CONTRADICTS),  # it is in Panmunjom
        (MEETING, "Tiananmen Square", Standing.CONTRADICTS),  # it is in Beijing
        # a spot another fact lists with its city lies in that city
        (SPOT, "Beijing", Standing.AGREES),
        (SPOT, "China", Standing.AGREES),
        (SPOT, "Shanghai", Standing.CONTRADICTS),
        # what cannot be told
        (PARADE, "Eldermoor Vale", Standing.UNKNOWN),
        (SUMMIT, "the DMZ", Standing.UNKNOWN),  # a spot the facts place nowhere
    ],
)
def test_a_stated_place_against_the_places_of_an_event(
    fact: DateFact, stated: str, standing: Standing
) -> None:
    found = GAZETTEER.judge(stated, fact.place)
    assert found.standing is standing, found.why
    assert bool(found.why) is (standing is Standing.UNKNOWN)


@pytest.mark.parametrize("stated", ["Beijing", "China", "Shanghai"])
def test_a_spot_no_fact_places_says_nothing_of_cities_and_countries(stated: str) -> None:
    """Where the facts list only a spot the gazetteer does not know, nothing says
    which city or country holds it: list the city too."""
    found = Gazetteer([SPOT]).judge(stated, SPOT.place)
    assert found.standing is Standing.UNKNOWN
    assert "list it" in found.why


def test_a_spot_in_the_city_of_the_event_is_not_judged() -> None:
    station = Gazetteer([PARADE, event("Beijing Railway Station", "Beijing")])
    found = station.judge("Beijing Railway Station", PARADE.place)
    assert found.standing is Standing.UNKNOWN
    assert "is in Beijing too" in found.why


def test_what_is_a_place() -> None:
    assert GAZETTEER.locate("Hanoi") is not None
    assert GAZETTEER.locate("the Netherlands") is not None
    assert GAZETTEER.locate("Tiananmen Square") is not None  # a fact names it
    assert GAZETTEER.locate("Eldermoor Vale") is None
    assert GAZETTEER.locate("Chinese") is None


def test_a_signing_in_another_city_of_the_country_contradicts() -> None:
    """Defence and weather: a city the gazetteer knows is another place than the
    event's city, in the same country or not."""
    gazetteer = Gazetteer([])
    assert gazetteer.judge("Halifax", ("Ottawa", "Canada")).standing is Standing.CONTRADICTS
    assert gazetteer.judge("Regina", ("Ottawa", "Canada")).standing is Standing.CONTRADICTS
    # a country alone says nothing of which of its cities
    assert gazetteer.judge("Regina", ("Canada",)).standing is Standing.UNKNOWN
    assert gazetteer.judge("Houston", ("Miami", "United States")).standing is Standing.CONTRADICTS


# Venues the desk lists first for their events, in invented towns no gazetteer knows:
# two in Wrenford (festival), two courts in Lindham (courts), and a stage the desk
# places inside a venue.
CEREMONY = event("Abbey Meadow", "Wrenford", "England")
CLOSURE = event("Corn Exchange", "Wrenford", "England")
STAGE = event("Cedar Stage", "Abbey Meadow", "Wrenford", "England")
HEARING = event("Lindham Crown Court", "Lindham", "England")
BAIL = event("Lindham Magistrates' Court", "Lindham", "England")
FESTIVAL = event("Wrenford", "England")
VENUES = Gazetteer([CEREMONY, CLOSURE, STAGE, HEARING, BAIL, FESTIVAL])


@pytest.mark.parametrize(
    ("fact", "stated", "standing"),
    [
        # another venue the facts list, neither in the other: an event is at one
        (CEREMONY, "Corn Exchange", Standing.CONTRADICTS),
        (HEARING, "Lindham Magistrates' Court", Standing.CONTRADICTS),
        (CLOSURE, "Lindham Crown Court", Standing.CONTRADICTS),
        # a venue the facts place inside the event's, or the event's inside it
        (STAGE, "Abbey Meadow", Standing.AGREES),  # listed with the stage
        (CEREMONY, "Cedar Stage", Standing.UNKNOWN),  # a part of the venue, maybe
        # the town of the venues is no venue of its own
        (FESTIVAL, "Corn Exchange", Standing.UNKNOWN),
        (CEREMONY, "Wrenford", Standing.AGREES),
        # a place no fact lists first says nothing
        (CEREMONY, "Eldermoor Vale", Standing.UNKNOWN),
    ],
)
def test_another_venue_the_facts_list_is_another_place(
    fact: DateFact, stated: str, standing: Standing
) -> None:
    found = VENUES.judge(stated, fact.place)
    assert found.standing is standing, found.why
