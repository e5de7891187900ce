"""A near miss of a known person's name is sought over capitalised words joined by the
particles of a person's name (data/en/name_particles.txt): "Pieter van Dalen" for
Pieter van Daalen is a misspelling, not the first name "Pieter" alone. Each particle is
tested; cases from business and sport."""

from __future__ import annotations

import pytest

from factsuite import language
from factsuite.compare import judge
from tests.test_extraction_support import article, fixture_desk


def _names(facts: str, text: str) -> set[tuple[str, str | None, str]]:
    desk = fixture_desk(facts)
    item = article(text)
    return {
        (r.claim.quote, r.claim.fact, r.verdict.value)
        for r in (judge(c, item, desk.context) for c in desk.extractor.extract(item))
        if r.claim.kind == "name"
    }


def _person(particle: str) -> str:
    return f"""\
ana:
  type: person
  name: Anneke {particle} Vries
  sources: [https://example.org/ana]
"""


@pytest.mark.parametrize("particle", language.words("name_particles.txt"))
def test_a_near_miss_over_each_particle_is_a_misspelling(particle: str) -> None:
    found = _names(_person(particle), f"The chair, Anneke {particle} Vris, said sales rose.")
    assert found == {(f"Anneke {particle} Vris", "ana", "misspelled")}


BUSINESS = """\
de-vries:
  type: person
  name: Anneke de Vries
  sources: [https://example.org/devries]
"""
SPORT = """\
van-bommel:
  type: person
  name: Luuk van Bommel
  sources: [https://example.org/vanbommel]
"""


@pytest.mark.parametrize(
    ("facts", "text", "expected"),
    [
        (BUSINESS, "Chief executive Anneke de Vris said sales rose.",
         {("Anneke de Vris", "de-vries", "misspelled")}),
        (SPORT, "Captain Luuk van Bomel scored twice.",
         {("Luuk van Bomel", "van-bommel", "misspelled")}),
        # spelled right: one name claim, which agrees
        (SPORT, "Captain Luuk van Bommel scored twice.",
         {("Luuk van Bommel", "van-bommel", "agrees")}),
        # "and" joins no person's name: no near miss is read over it
        (SPORT, "Luuk and Bomel scored twice.", set()),
        (BUSINESS, "Anneke of Vris said sales rose.", set()),
    ],
)  # fmt: skip
def test_a_misspelled_name_with_a_particle_is_caught(
    facts: str, text: str, expected: set[tuple[str, str | None, str]]
) -> None:
    assert _names(facts, text) == expected
