"""The rule ``another-subject`` (farfigures.py): a figure far from its fact that is the
same measure's value for another subject, not named in the article, was given to the
wrong subject, and fails; otherwise it awaits review as far-from-its-fact has it."""

from __future__ import annotations

from pathlib import Path

import pytest

from factsuite.model import (
    CountFact,
    EntityFact,
    Fact,
    PercentFact,
    Result,
    ReviewStatus,
    Verdict,
)
from tests.kindcases import judge_quote

ROOT = Path(__file__).resolve().parents[1]
SRC = ("s",)
SHARE_CUES = ("market share", "of the market")
SEAT_CUES = ("seats", "won")

FACTS: list[Fact] = [
    # business: two chipmakers' market shares
    EntityFact(id="zenith", name="Zenith Silicon", variants=("Zenith",), sources=SRC),
    EntityFact(id="access", name="Access Semiconductor", variants=("Access",), sources=SRC),
    PercentFact(
        id="zenith.share", label="Zenith's market share", about=("zenith",), value=9.8,
        cues=SHARE_CUES, sources=SRC,
    ),
    PercentFact(
        id="access.share", label="Access's market share", about=("access",), value=13.5,
        cues=SHARE_CUES, sources=SRC,
    ),
    # election: two parties' seats
    EntityFact(id="harbour", name="Harbour Party", variants=("Harbour",), sources=SRC),
    EntityFact(id="union", name="Union Party", variants=("Union",), sources=SRC),
    CountFact(
        id="harbour.seats", label="the seats the Harbour Party won", about=("harbour",),
        value=52, unit="seats", cues=SEAT_CUES, sources=SRC,
    ),
    CountFact(
        id="union.seats", label="the seats the Union Party won", about=("union",), value=41,
        unit="seats", cues=SEAT_CUES, sources=SRC,
    ),
    # election: a count of another measure, though its value is 41 too
    CountFact(
        id="harbour.women", label="the Harbour Party's women MPs", about=("harbour",),
        value=41, unit="MPs", cues=("women",), sources=SRC,
    ),
]  # fmt: skip
FACTS_BY_ID = {f.id: f for f in FACTS}


def judged(body: str, quote: str, kind: str, fact: str, status: ReviewStatus = "pending") -> Result:
    return judge_quote(
        body, quote, kind, FACTS_BY_ID, published="2026-03-16", fact=fact, status=status
    )


@pytest.mark.parametrize(
    ("body", "quote", "kind", "fact", "verdict"),
    [
        # the other subject's value, the other subject nowhere in the article: fails
        ("Zenith, with 13.5% of the market, chose Dresden.", "13.5%", "percent",
         "zenith.share", Verdict.CONTRADICTS),
        ("Harbour won 41 seats on Saturday.", "41", "number", "harbour.seats",
         Verdict.CONTRADICTS),
        # the other subject is named: the figure may be theirs, bound wrongly
        ("Zenith, with 13.5% of the market, trails Access.", "13.5%", "percent",
         "zenith.share", Verdict.NEEDS_REVIEW),
        ("Union did well.\n\nHarbour won 41 seats on Saturday.", "41", "number",
         "harbour.seats", Verdict.NEEDS_REVIEW),
        # far from every subject's value: another time, place or group
        ("Zenith, with 31% of the market, chose Dresden.", "31%", "percent", "zenith.share",
         Verdict.NEEDS_REVIEW),
        ("Harbour won 17 seats in the capital.", "17", "number", "harbour.seats",
         Verdict.NEEDS_REVIEW),
    ],
)  # fmt: skip
def test_another_subjects_value_fails_unless_that_subject_is_named(
    body: str, quote: str, kind: str, fact: str, verdict: Verdict
) -> None:
    assert judged(body, quote, kind, fact).verdict is verdict


def test_the_same_value_of_another_measure_is_no_other_subjects() -> None:
    """harbour.women is 41 too, but counts MPs with other cues: not the same measure,
    and of the same subject besides."""
    facts = {f.id: f for f in FACTS if f.id != "union.seats"}
    result = judge_quote(
        "Harbour won 41 seats.", "41", "number", facts, published="2026-03-16",
        fact="harbour.seats", status="pending",
    )  # fmt: skip
    assert result.verdict is Verdict.NEEDS_REVIEW


def test_the_message_names_both_subjects_facts() -> None:
    result = judged("Harbour won 41 seats on Saturday.", "41", "number", "harbour.seats")
    assert result.message == (
        "contradicts: '41' is the seats the Union Party won (41 seats),"
        " but the seats the Harbour Party won is 52 seats"
    )


def test_a_reviewed_claim_is_judged_strictly_as_before() -> None:
    result = judged("Harbour won 41 seats.", "41", "number", "harbour.seats", "confirmed")
    assert result.verdict is Verdict.CONTRADICTS
    assert "Union" not in result.message


def test_the_reference_shows_the_message_as_given() -> None:
    result = judged("Zenith, with 13.5% of the market, chose Dresden.", "13.5%", "percent",
                    "zenith.share")  # fmt: skip
    assert result.message == (
        "contradicts: '13.5%' is Access's market share (13.5%), but Zenith's market share is 9.8%"
    )
    reference = " ".join((ROOT / "docs" / "reference.md").read_text(encoding="utf-8").split())
    assert f'gives "{result.message}"' in reference
