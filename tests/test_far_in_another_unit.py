"""The rule ``far-in-another-unit`` (farfigures.py): an unreviewed amount written in another
unit than its fact's and more than threefold from it awaits review; the fact's own figure in
another unit, or an amount within threefold, is a unit mixed up and fails."""

from __future__ import annotations

import pytest

from factsuite.model import QuantityFact, Result, ReviewStatus, Verdict
from tests.kindcases import judge_quote

SRC = ("s",)
FACTS = {
    # labour
    "walkout": QuantityFact(
        id="walkout", label="the length of the first walkout", value=14, unit="days",
        sources=SRC,
    ),
    # sport
    "tournament": QuantityFact(
        id="tournament", label="the length of the tournament", value=24, unit="days",
        sources=SRC,
    ),
    # space
    "apogee": QuantityFact(
        id="apogee", label="the capsule's highest point above the Earth", value=130, unit="km",
        sources=SRC,
    ),
}  # fmt: skip


def judged(body: str, quote: str, fact: str, status: ReviewStatus = "pending") -> Result:
    return judge_quote(
        body, quote, "quantity", FACTS, published="2026-07-20", fact=fact, status=status
    )


@pytest.mark.parametrize(
    ("body", "quote", "fact", "verdict"),
    [
        # far, in another unit: about something else
        ("She spent seven years as deputy to a leader who never called a strike.",
         "seven years", "walkout", Verdict.NEEDS_REVIEW),
        ("He has played 12 years for the club and never won the tournament.",
         "12 years", "tournament", Verdict.NEEDS_REVIEW),
        ("The capsule flew 2,000 miles downrange.", "2,000 miles", "apogee",
         Verdict.NEEDS_REVIEW),
        # the fact's own figure in another unit: a unit mixed up
        ("The first walkout lasted 14 weeks.", "14 weeks", "walkout", Verdict.CONTRADICTS),
        ("The tournament ran for 24 months.", "24 months", "tournament", Verdict.CONTRADICTS),
        ("The capsule climbed 130 miles above the Earth.", "130 miles", "apogee",
         Verdict.CONTRADICTS),
        # far, though within tenfold: how long the ship was aground is nine days, not the
        # 36 hours of a salvage attempt (maritime); the tournament is no 100 hours (sport)
        ("The tugs pulled for 36 hours before the walkout.", "36 hours", "walkout",
         Verdict.NEEDS_REVIEW),
        ("The tournament lasted 100 hours.", "100 hours", "tournament", Verdict.NEEDS_REVIEW),
        # within threefold: a mistake about the fact
        ("The first walkout lasted five weeks.", "five weeks", "walkout", Verdict.CONTRADICTS),
        ("The first walkout lasted three weeks.", "three weeks", "walkout",
         Verdict.CONTRADICTS),
        ("The tournament lasted a month.", "a month", "tournament", Verdict.AGREES),
        # in the fact's own unit the rule says nothing (far-from-its-fact decides)
        ("The first walkout lasted 41 days.", "41 days", "walkout", Verdict.CONTRADICTS),
    ],
)  # fmt: skip
def test_an_amount_far_off_in_another_unit_awaits_review(
    body: str, quote: str, fact: str, verdict: Verdict
) -> None:
    assert judged(body, quote, fact).verdict is verdict


def test_reviewed_it_is_judged_strictly() -> None:
    body = "She spent seven years as deputy to a leader who never called a strike."
    assert judged(body, "seven years", "walkout", "confirmed").verdict is Verdict.CONTRADICTS


def test_the_message_says_why() -> None:
    result = judged("He has played 12 years for the club.", "12 years", "tournament")
    assert result.message == (
        "needs review: '12 years' is more than 3 times from the length of the tournament"
        " (24 days), in another unit: is it about something else? Bind it by hand to the"
        " fact it is about, or mark it unverifiable"
    )
