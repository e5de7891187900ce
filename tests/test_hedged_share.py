"""The rule ``hedged-share`` (farfigures.py): an unreviewed share that a hedge rounds
("nearly 80%", "more than a third"), far from the share its cues tie it to, fails; a
share with no hedge, or a hedged amount that is no share, still awaits review."""

from __future__ import annotations

import pytest

from factsuite import language
from factsuite.model import CountFact, PercentFact, Result, ReviewStatus, Verdict
from tests.kindcases import judge_quote

SRC = ("s",)
FACTS = {
    # courts
    "deposits": PercentFact(
        id="deposits", label="the share of customer deposits lent to Quayside", value=68,
        sources=SRC,
    ),
    # education
    "absent": PercentFact(
        id="absent", label="the chronic absenteeism rate in 2024-25", value=24.8,
        sources=SRC,
    ),
    # housing
    "affordable": PercentFact(
        id="affordable", label="the share of Calder Wharf homes set aside as affordable",
        value=32, sources=SRC,
    ),
    # weather
    "damaged": PercentFact(
        id="damaged", label="the share of homes in Rockport damaged", value=76, sources=SRC,
    ),
    # environment
    "spill": CountFact(
        id="spill", label="litres of crude oil spilled", value=1_840_000, unit="litres",
        sources=SRC,
    ),
}  # fmt: skip


def judged(body: str, quote: str, kind: str, fact: str, status: ReviewStatus = "pending") -> Result:
    return judge_quote(body, quote, kind, FACTS, published="2026-07-20", fact=fact, status=status)


@pytest.mark.parametrize(
    ("body", "quote", "kind", "fact", "verdict"),
    [
        # a hedged share far off: the desk's share misremembered
        ("Renn lent nearly 80% of customer deposits to Quayside.", "nearly 80%",
         "percent", "deposits", Verdict.CONTRADICTS),
        ("Nearly a third of students are chronically absent.", "Nearly a third",
         "fraction", "absent", Verdict.CONTRADICTS),
        ("More than a third of the homes were to be affordable.", "More than a third",
         "fraction", "affordable", Verdict.CONTRADICTS),
        # hedged and right
        ("Renn lent nearly 70% of customer deposits to Quayside.", "nearly 70%",
         "percent", "deposits", Verdict.AGREES),
        ("Nearly a quarter of students are chronically absent.", "Nearly a quarter",
         "fraction", "absent", Verdict.AGREES),
        # a far share with no hedge: likelier another group's
        ("Mobile homes make up one in five homes in some coastal counties.", "one in five",
         "fraction", "damaged", Verdict.NEEDS_REVIEW),
        ("Renn lent 94% of his own savings to Quayside.", "94%", "percent", "deposits",
         Verdict.NEEDS_REVIEW),
        # a hedged amount that is no share: the rule says nothing
        ("The line carried about 160,000 litres an hour.", "about 160,000 litres",
         "number", "spill", Verdict.NEEDS_REVIEW),
    ],
)  # fmt: skip
def test_a_hedged_share_far_from_its_fact_fails(
    body: str, quote: str, kind: str, fact: str, verdict: Verdict
) -> None:
    assert judged(body, quote, kind, fact).verdict is verdict


@pytest.mark.parametrize("hedge", [h.phrase for h in language.hedges() if "numbers" in h.read_by])
def test_each_hedge_of_numbers_rounds_a_share(hedge: str) -> None:
    """Far below 68% or far above it, a share under any hedge is judged: it agrees
    when the hedge's bound allows 68% ("more than 20%"), else it fails."""
    verdicts = set()
    for share in (20, 95):
        body = f"Renn lent {hedge} {share}% of customer deposits to Quayside."
        result = judged(body, f"{hedge} {share}%", "percent", "deposits")
        verdicts.add(result.verdict)
    assert Verdict.CONTRADICTS in verdicts
    assert Verdict.NEEDS_REVIEW not in verdicts
    unhedged = judged("Renn lent 20% of deposits to Quayside.", "20%", "percent", "deposits")
    assert unhedged.verdict is Verdict.NEEDS_REVIEW
