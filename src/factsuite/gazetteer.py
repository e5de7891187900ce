"""Where a place is, and whether a stated place agrees with the places of an event.

The cities of ``cities.py``, the countries of ``places.py`` and the places a desk's
date facts declare (``place: [Tiananmen Square, Beijing]``) are read here, as the
quotes of ``place`` claims write them: "Beijing", "Peking", "the Chinese capital",
"China's capital", "the United States", "Tiananmen Square".

A fact lists the places that are accurate for its event, most specific first: each
name lies in the ones after it, so a spot the gazetteer does not know lies in the
cities and countries a fact lists after it ("Tiananmen Square", then "Beijing"). A
stated place agrees when it is one of them (or another name of one), the city or a
country one of them lies in. It contradicts when it is a known place that is none of
these, and the facts say where the event is: a city of the gazetteer other than the
event's city, a country that does not hold it, a spot that lies elsewhere. Where the
facts only name a spot nothing places ("Tiananmen Square" alone), nothing can be
said of a stated city or country: it is unverifiable, not a failure (list the city
too); so is another spot of the event's own city.

Contradicting only on what the facts and the gazetteer both place is the choice
that keeps false failures out: a gazetteer of a few hundred cities does not know
which district or square lies where, and a desk that forgot to list the city of a
spot should not fail its writers' correct sentences.
"""

from __future__ import annotations

import enum
import string
from collections.abc import Iterable
from dataclasses import dataclass

from factsuite import language
from factsuite.cities import ALIASES, CAPITALS, CITIES, PART_OF, SHARED, towns
from factsuite.model import DateFact, Fact
from factsuite.names import fold
from factsuite.places import PLACES

# Organisations are in places.PLACES for titles ("UN Under-Secretary-General"); they
# are nowhere an event can be.
ORGANISATIONS = frozenset(language.words("organisations.txt"))
# The other names of places.PLACES that name the place itself, not its people or
# language: "in Britain", "in Burma", but not "in Chinese" (a language) or "in
# Russian hands". Parts of a country named as their own ("northern ireland", "inner
# mongolia", "new mexico", "niger delta") are not the country: a place there is
# not read at all.
_NAME_ALIASES = frozenset(language.words("country_aliases.txt"))

# Every name of a country (or a place news names as one) that a place can be:
# folded name -> the country, as places.PLACES keys it.
COUNTRY_NAMES: dict[str, str] = {
    name: place
    for place, aliases in PLACES.items()
    if place not in ORGANISATIONS
    for name in (place, *aliases)
    if name == place or name in _NAME_ALIASES
}
# Every name of places.PLACES, its people's adjectives too: what may stand before
# "capital" ("the Chinese capital", "China's capital").
COUNTRY_WORDS: dict[str, str] = {
    name: place
    for place, aliases in PLACES.items()
    if place not in ORGANISATIONS
    for name in (place, *aliases)
}


def _towns() -> tuple[dict[str, frozenset[str]], dict[str, frozenset[str]]]:
    """The towns of data/towns.tsv (cities.towns): each name to the countries of every
    town that bears it, and to the places it may be a section of."""
    countries: dict[str, frozenset[str]] = {}
    within: dict[str, frozenset[str]] = {}
    # one set per country, shared by its towns: 11,000 names, a few hundred countries
    alone: dict[str, frozenset[str]] = {}
    for name, country, holder in towns():
        held = countries.get(name)
        if held is None:
            countries[name] = alone.get(country) or alone.setdefault(country, frozenset((country,)))
        elif country not in held:
            countries[name] = held | {country}
        if holder:
            within[name] = within.get(name, frozenset()) | {holder}
    return countries, within


_TOWN_COUNTRIES, WITHIN = _towns()
# Every city -> the countries it lies in: the curated cities of cities.py, and the
# towns of the world (data/towns.tsv), which hold no name cities.py holds.
CITY_COUNTRIES: dict[str, frozenset[str]] = {
    **_TOWN_COUNTRIES,
    **{city: frozenset({country}) for country, city in CAPITALS.items()},
    **{city: frozenset({country}) for country, cities in CITIES.items() for city in cities},
    **{place: frozenset(countries) for place, countries in SHARED.items()},
}
# Every name a city is read by: its own and its aliases.
CITY_NAMES: frozenset[str] = frozenset(CITY_COUNTRIES) | frozenset(ALIASES)
# Words that make a country's name one written with "the": "the United States",
# "the Netherlands", "the Czech Republic", "the Gambia".
_THE_WORDS = frozenset(c.entry for c in language.countries_with_the() if c.match == "word")
_THE_NAMES = frozenset(c.entry for c in language.countries_with_the() if c.match == "name")


# The words that end a venue's name and say what kind of place it is (data file).
VENUE_HEADS = frozenset(language.words("venue_heads.txt"))


def venue_head(name: str) -> str | None:
    """The kind of venue a folded name of two words or more names by its last word
    ("westbrook community center" -> "center"), or None."""
    words = name.split()
    return words[-1] if len(words) > 1 and words[-1] in VENUE_HEADS else None


def another_venue(name: str, venue: str) -> bool:
    """Whether folded ``name`` is a venue of ``venue``'s kind with another name: not
    the same, and not a short form of it ("town hall" of "sheffield town hall")."""
    head = venue_head(name)
    return (
        head is not None
        and head == venue_head(venue)
        and name != venue
        and not venue.endswith(" " + name)
    )


def takes_the(name: str) -> bool:
    """Whether a country's folded name is written with "the" before it. A city is not
    (The Hague holds its "the"); short forms in capitals ("the US") are seen as written."""
    return name in COUNTRY_NAMES and (name in _THE_NAMES or not _THE_WORDS.isdisjoint(name.split()))


def capital_of(words: str) -> str | None:
    """The capital a phrase names: "chinese capital" or "china's capital" (folded,
    without "the") gives "beijing"."""
    if words.endswith(" capital"):
        owner = words[: -len(" capital")]
        owner = owner[: -len("'s")] if owner.endswith("'s") else owner
        country = COUNTRY_WORDS.get(owner)
        if country is not None:
            return CAPITALS.get(country)
    return None


def canonical_words(text: str) -> str:
    """A place's words folded, without a "the" before them that is not part of the
    name ("the United States", but "the hague")."""
    name = fold(text)
    if name.startswith("the ") and name not in CITY_NAMES:
        name = name[len("the ") :]
    return name


def canonical(text: str) -> str:
    """A place name as it is compared: folded, without "the" before it, a capital
    phrase as its city, and a city's other name as the city ("Peking" is "beijing")."""
    name = canonical_words(text)
    name = capital_of(name) or name
    return ALIASES.get(name, name)


def shown(name: str) -> str:
    """A folded name as a message writes it ("beijing" -> "Beijing")."""
    return string.capwords(name)


@dataclass(frozen=True, slots=True)
class Place:
    """What the gazetteer knows of a place: its city (itself, for a city) and the
    countries it lies in. A spot only a fact names lies in the places listed after it
    there, when the gazetteer knows them; else both are unknown (None, empty)."""

    name: str
    city: str | None
    countries: frozenset[str]
    is_country: bool = False


class Standing(enum.Enum):
    AGREES = "agrees"
    CONTRADICTS = "contradicts"
    UNKNOWN = "unknown"


@dataclass(frozen=True, slots=True)
class PlaceJudgement:
    standing: Standing
    why: str  # for UNKNOWN, why nothing can be said; else empty


class Gazetteer:
    """The gazetteer, and the places a desk's facts name (built once per fact base)."""

    def __init__(self, facts: Iterable[Fact]) -> None:
        # Each place a fact names that the gazetteer does not know, and the known
        # places listed after it (which hold it): "tiananmen square" -> {"beijing"}.
        self.sites: dict[str, set[str]] = {}
        # The places no gazetteer knows that some fact lists first, its most specific
        # (venues: "corn exchange"), and every name any fact lists after each place
        # (what holds it, known or not: "abbey meadow" -> {"wrenford", "england"}).
        self.venues: set[str] = set()
        self.within: dict[str, set[str]] = {}
        for fact in facts:
            if not isinstance(fact, DateFact):
                continue
            names = [canonical(p) for p in fact.place]
            for i, name in enumerate(names):
                self.within.setdefault(name, set()).update(names[i + 1 :])
                if self._known(name) is None:
                    held = self.sites.setdefault(name, set())
                    held.update(n for n in names[i + 1 :] if self._known(n) is not None)
                    if i == 0:
                        self.venues.add(name)

    @staticmethod
    def _known(name: str) -> Place | None:
        if name in COUNTRY_NAMES:
            country = COUNTRY_NAMES[name]
            part_of = PART_OF.get(country)
            holders = frozenset({country, part_of} if part_of else {country})
            return Place(country, None, holders, is_country=True)
        countries = CITY_COUNTRIES.get(name)
        if countries is not None:
            return Place(name, name, countries)
        return None

    def locate(self, text: str) -> Place | None:
        """What is known of a place by any of its names; None for a name that is no
        place the gazetteer or the facts know."""
        name = canonical(text)
        known = self._known(name)
        if known is not None:
            return known
        if name not in self.sites:
            return None
        holders = [place for n in self.sites[name] if (place := self._known(n)) is not None]
        cities = {p.city for p in holders if p.city is not None}
        countries = [p.countries for p in holders]
        return Place(
            name,
            next(iter(cities)) if len(cities) == 1 else None,
            frozenset.intersection(*countries) if countries else frozenset(),
        )

    def judge(self, stated: str, places: tuple[str, ...]) -> PlaceJudgement:
        """Whether ``stated`` agrees with an event whose accurate places are ``places``
        (most specific first)."""
        listed = [canonical(p) for p in places]
        name = canonical(stated)
        if name in listed:
            return PlaceJudgement(Standing.AGREES, "")
        said = self.locate(stated)
        if said is None:
            if any(another_venue(name, venue) for venue in listed):
                # Another venue of the kind the event was at: an event is at one.
                return PlaceJudgement(Standing.CONTRADICTS, "")
            return PlaceJudgement(Standing.UNKNOWN, f"cannot tell where {stated!r} is")
        first = places[0] if places else "the event"
        where = [p for n in listed if (p := self.locate(n)) is not None]
        cities = {p.city for p in where if p.city is not None}
        # A country the fact lists says where the event is, whatever the gazetteer
        # makes of its city ("London" in Ontario, listed with Canada).
        countries = frozenset().union(
            *(p.countries for p in where if p.is_country)
        ) or frozenset().union(*(p.countries for p in where))
        if said.is_country:
            if not countries:
                return _unknown(f"the facts do not say which country {first} is in")
            if said.name in countries:
                return PlaceJudgement(Standing.AGREES, "")
            return PlaceJudgement(Standing.CONTRADICTS, "")
        if said.city is not None and cities:
            if said.city not in cities:
                holders = WITHIN.get(said.city, frozenset()) & cities
                if holders:
                    # "Brooklyn" of an event in New York: a town of that name lies
                    # elsewhere, but one part of the event's city bears it too.
                    return _unknown(
                        f"{stated!r} may be a part of {shown(min(holders))}, which the facts"
                        " do not list"
                    )
                return PlaceJudgement(Standing.CONTRADICTS, "")
            if said.city == said.name:
                # The city a listed spot lies in, as a fact says ("Tiananmen Square"
                # listed with "Beijing", here or for another event).
                return PlaceJudgement(Standing.AGREES, "")
            # Another spot in the event's city, which the facts do not list for it.
            return _unknown(
                f"{stated!r} is in {shown(said.city)} too, but the facts do not list it"
            )
        if said.countries and countries and not said.countries & countries:
            return PlaceJudgement(Standing.CONTRADICTS, "")
        if listed and self._other_venue(name, listed[0]):
            # "collected the prize at the Corn Exchange", of a ceremony the facts hold at
            # Abbey Meadow: two venues the desk lists, neither in the other
            return PlaceJudgement(Standing.CONTRADICTS, "")
        return _unknown(f"the facts do not say whether {first} is in {stated!r}")

    def _other_venue(self, name: str, venue: str) -> bool:
        """Whether ``name`` and the event's ``venue`` (both folded) are two venues the
        facts list, neither listed as lying in the other."""
        return (
            name != venue
            and name in self.venues
            and venue in self.venues
            and name not in self.within.get(venue, set())
            and venue not in self.within.get(name, set())
        )


def _unknown(why: str) -> PlaceJudgement:
    return PlaceJudgement(Standing.UNKNOWN, f"{why}; list it among the places if it is right")
