"""docs/reference.md, "Choosing cues": each statement the section makes about how cues
match, shown by extraction on small desks (a plant's closure, a bank's branches)."""

from __future__ import annotations

from pathlib import Path

import pytest

from factsuite.compare import judge
from tests.test_extraction_support import article, fixture_desk

REFERENCE = Path(__file__).resolve().parents[1] / "docs" / "reference.md"

# A desk that lists the label's noun alone, and one that lists the forms writers use.
NOUN_ONLY = """\
plant.closure:
  type: date
  label: the closure of the Kestrel plant
  value: 2026-03-02
  cues: [closure]
  sources: [company statement]
plant.jobs:
  type: count
  label: jobs lost at the Kestrel plant
  value: 480
  unit: jobs
  cues: [job loss]
  sources: [company statement]
"""
FORMS = NOUN_ONLY.replace("cues: [closure]", "cues: [closure, closed, shut, shutting]")
SHARE = """\
bank.closure-share:
  type: percent
  label: the share of Westmarch's branches it will close
  value: 25
  cues: [network, branches]
  sources: [bank results]
"""


def bound(facts: str, body: str, published: str = "2026-04-10") -> dict[str, str | None]:
    """quote -> the fact extraction bound it to, for every claim of ``body``."""
    desk = fixture_desk(facts)
    return {c.quote: c.fact for c in desk.extractor.extract(article(body, published))}


def test_the_section_is_in_the_reference() -> None:
    text = REFERENCE.read_text(encoding="utf-8")
    assert "### Choosing cues" in text
    assert '`closure` does not match "closed", and `shut` does not match "shutting"' in text


@pytest.mark.parametrize(
    ("facts", "body", "quote", "fact"),
    [
        # the cue ties the date, and a cue's plural ties a figure
        (NOUN_ONLY, "The Kestrel closure on March 2 hit the town.", "March 2", "plant.closure"),
        (NOUN_ONLY, "The 480 job losses hit the town.", "480", "plant.jobs"),
        # another form of the word does not: a wrong day is left unbound (a right one
        # may still be bound by its value alone, rule unique-value)
        (NOUN_ONLY, "Kestrel closed the site on March 3.", "March 3", None),
        (NOUN_ONLY, "Kestrel was shutting the site on March 3.", "March 3", None),
        # the forms listed do, and the wrong day fails
        (FORMS, "Kestrel closed the site on March 3.", "March 3", "plant.closure"),
        (FORMS, "Kestrel was shutting the site on March 3.", "March 3", "plant.closure"),
    ],
)
def test_a_cue_matches_its_plural_and_no_other_form(
    facts: str, body: str, quote: str, fact: str | None
) -> None:
    assert bound(facts, body)[quote] == fact


def test_what_a_share_is_of_ties_it() -> None:
    body = "Westmarch is shutting 37 branches, a quarter of its network."
    assert bound(SHARE, body)["a quarter"] == "bank.closure-share"


@pytest.mark.parametrize(
    ("facts", "verdict"), [(NOUN_ONLY, "needs-review"), (FORMS, "contradicts")]
)
def test_a_value_nothing_ties_says_so_and_a_cue_makes_it_fail(facts: str, verdict: str) -> None:
    desk = fixture_desk(facts)
    item = article("Kestrel closed the site on March 3.", "2026-04-10")
    (claim,) = [c for c in desk.extractor.extract(item) if c.quote == "March 3"]
    result = judge(claim, item, desk.context)
    assert result.verdict.value == verdict
    if verdict == "needs-review":
        assert "no fact's cues stand near it" in result.message


BROAD = """\
town.budget:
  type: number
  label: the town's budget for 2026
  value: 41
  unit: million GBP
  cues: [year]
  sources: [council minutes]
"""


def test_a_cue_that_names_a_bigger_thing_ties_unrelated_values() -> None:
    """ "year" stands near figures of every kind: a museum's takings are bound to the
    town's budget, and would fail against it."""
    body = "Last year the museum raised £2 million from visitors."
    assert bound(BROAD, body)["2 million"] == "town.budget"
    assert bound(BROAD.replace("cues: [year]", "cues: [budget]"), body)["2 million"] is None
