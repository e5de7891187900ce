"""The rule ``another-period`` (farfigures.py): a figure far from its fact, in a
sentence set in its fact's year, that is the same measure's value in another year was
that year's figure, given for the wrong one, and fails; otherwise it awaits review
as far-from-its-fact has it."""

from __future__ import annotations

import pytest

from factsuite.model import CountFact, EntityFact, Fact, QuantityFact, Verdict
from tests.kindcases import judge_quote

SRC = ("s",)

FACTS: list[Fact] = [
    # publishing: a publisher's revenue in two years
    EntityFact(id="quillon", name="Quillon & Vellacott", sources=SRC),
    QuantityFact(
        id="revenue-2024", label="Quillon & Vellacott's revenue in 2024", about=("quillon",),
        value=31.2e6, unit="GBP", cues=("revenue",), sources=SRC,
    ),
    QuantityFact(
        id="revenue-2025", label="Quillon & Vellacott's revenue in 2025", about=("quillon",),
        value=38.4e6, unit="GBP", cues=("revenue",), sources=SRC,
    ),
    # sport: a tournament's crowds in two editions
    CountFact(
        id="crowd-2022", label="the attendance at the 2022 final", value=48_310, unit="fans",
        cues=("attendance", "crowd"), sources=SRC,
    ),
    CountFact(
        id="crowd-2026", label="the attendance at the 2026 final", value=64_642, unit="fans",
        cues=("attendance", "crowd"), sources=SRC,
    ),
    # sport: another measure, though its value is 48,310 too
    CountFact(
        id="tickets-2026", label="the tickets sold for the 2026 final", value=48_310,
        unit="tickets", cues=("tickets",), sources=SRC,
    ),
]  # fmt: skip
FACTS_BY_ID = {f.id: f for f in FACTS}


@pytest.mark.parametrize(
    ("body", "quote", "kind", "fact", "expected"),
    [
        # set in the fact's year, the other year's figure exactly: that year's, misgiven
        ("Its revenue was £31.2 million last year.", "£31.2 million", "money",
         "revenue-2025", Verdict.CONTRADICTS),
        ("The 2026 final drew a crowd of 48,310.", "48,310", "number", "crowd-2026",
         Verdict.CONTRADICTS),
        # set in no time: perhaps the other year's, bound to the wrong fact
        ("Its revenue was £31.2 million.", "£31.2 million", "money", "revenue-2025",
         Verdict.NEEDS_REVIEW),
        ("The final drew a crowd of 48,310.", "48,310", "number", "crowd-2026",
         Verdict.NEEDS_REVIEW),
        # set in the other year: another-year has it await review
        ("In 2024 its revenue was £31.2 million.", "£31.2 million", "money", "revenue-2025",
         Verdict.NEEDS_REVIEW),
        # no other year's figure: far, and awaits review
        ("Its revenue was £20.5 million last year.", "£20.5 million", "money",
         "revenue-2025", Verdict.NEEDS_REVIEW),
    ],
)  # fmt: skip
def test_another_years_figure_set_in_the_facts_year_fails(
    body: str, quote: str, kind: str, fact: str, expected: Verdict
) -> None:
    pending = judge_quote(
        body, quote, kind, FACTS_BY_ID, fact=fact, status="pending", published="2026-03-10"
    )
    assert pending.verdict is expected


def test_the_message_names_the_other_years_fact() -> None:
    result = judge_quote(
        "Its revenue was £31.2 million last year.", "£31.2 million", "money", FACTS_BY_ID,
        fact="revenue-2025", status="pending", published="2026-03-10",
    )  # fmt: skip
    assert result.message == (
        "contradicts: '£31.2 million' is Quillon & Vellacott's revenue in 2024"
        " (GBP 31.2 million), but Quillon & Vellacott's revenue in 2025 is GBP 38.4 million"
    )
