"""The rule ``another-year`` (farfigures.py): an unreviewed figure that contradicts a fact
whose label is of a year, in a sentence that sets it in another year, awaits review;
set in the label's year, or in no year, it is judged as before."""

from __future__ import annotations

import pytest

from factsuite.model import CountFact, Fact, PercentFact, Result, ReviewStatus, Verdict
from tests.kindcases import judge_quote

SRC = ("s",)
FACTS: list[Fact] = [
    # sport
    CountFact(
        id="teams", label="the number of teams at the 2026 Atlantic Nations Cup", value=12,
        unit="teams", sources=SRC,
    ),
    # business
    CountFact(
        id="cuts", label="jobs Veridian Motors will cut in 2026", value=4500, unit="jobs",
        sources=SRC,
    ),
    # election
    PercentFact(id="vote", label="Harbour's share of the party vote in 2026", value=38.6,
                sources=SRC),
    # sport and business: a season and a fiscal year, each of two years
    CountFact(id="goals", label="Okonkwo's league goals in the 2025-26 season", value=21,
              unit="goals", sources=SRC),
    CountFact(id="deficit", label="the university's forecast deficit for 2025/26",
              value=31_400_000, unit="GBP", sources=SRC),
    # a label of no year
    CountFact(id="squad", label="the players in Nigeria's squad", value=23, unit="players",
              sources=SRC),
]  # fmt: skip
FACTS_BY_ID = {f.id: f for f in FACTS}


def judged(body: str, quote: str, fact: str, status: ReviewStatus = "pending") -> Result:
    kind = "percent" if fact == "vote" else "number"
    return judge_quote(
        body, quote, kind, FACTS_BY_ID, published="2026-07-20", fact=fact, status=status
    )


@pytest.mark.parametrize(
    ("body", "quote", "fact", "verdict"),
    [
        # set in another year, in its clause or the sentence's first: awaits review
        ("Only the 2022 edition in Morocco had more teams, with 16.", "16", "teams",
         Verdict.NEEDS_REVIEW),
        ("In 2019 the company cut 4,600 jobs.", "4,600", "cuts", Verdict.NEEDS_REVIEW),
        # set in the label's year: a slip fails as before
        ("In 2026 the company will cut 4,600 jobs.", "4,600", "cuts", Verdict.CONTRADICTS),
        ("The 2026 edition had 16 teams.", "16", "teams", Verdict.CONTRADICTS),
        # a clause of a date alone closing the sentence sets the clause before it
        ("Fans insist he will score 16 at the next edition, in 2030.", "16", "teams",
         Verdict.NEEDS_REVIEW),
        ("The company cut 4,600 jobs, in 2019.", "4,600", "cuts", Verdict.NEEDS_REVIEW),
        # ... but a clause with words beside its date is a clause of its own
        ("The company will cut 4,600 jobs, its chief said in 2019.", "4,600", "cuts",
         Verdict.CONTRADICTS),
        # a year in a later clause sets nothing ("up from the 37 seats it won in 2023")
        ("Harbour had 39.6% of the party vote, up from the 37 seats it won in 2023.",
         "39.6%", "vote", Verdict.CONTRADICTS),
        # a label of no year: the rule says nothing (a fact of no year may be of any
        # time: "approved in July 2022 with 1,420 homes" is a slip of the homes planned)
        ("In 2019 the squad had 32 players.", "32", "squad", Verdict.CONTRADICTS),
        ("The squad, in October 2019, had 32 players.", "32", "squad", Verdict.CONTRADICTS),
        # a clause of a date alone before the figure's sets it, a clause with a verb not
        ("The cut, in March 2019, was of 4,600 jobs.", "4,600", "cuts", Verdict.NEEDS_REVIEW),
        ("The chief, who joined in 2019, will cut 4,600 jobs.", "4,600", "cuts",
         Verdict.CONTRADICTS),
        # a season or a fiscal year is of both its years
        ("In 2026 he has scored 12 league goals.", "12", "goals", Verdict.CONTRADICTS),
        ("In 2025 he scored 12 league goals.", "12", "goals", Verdict.CONTRADICTS),
        ("In 2024 he scored 12 league goals.", "12", "goals", Verdict.NEEDS_REVIEW),
        ("It must close a deficit of £34.1m this year.", "£34.1m", "deficit",
         Verdict.CONTRADICTS),
        ("In 2023 it had a deficit of £34.1m.", "£34.1m", "deficit", Verdict.NEEDS_REVIEW),
    ],
)  # fmt: skip
def test_a_figure_set_in_another_year_awaits_review(
    body: str, quote: str, fact: str, verdict: Verdict
) -> None:
    assert judged(body, quote, fact).verdict is verdict


def test_reviewed_it_is_judged_strictly() -> None:
    body = "Only the 2022 edition in Morocco had more teams, with 16."
    assert judged(body, "16", "teams", "confirmed").verdict is Verdict.CONTRADICTS


def test_the_message_names_the_year() -> None:
    result = judged("In 2019 the company cut 4,600 jobs.", "4,600", "cuts")
    assert result.message == (
        "needs review: '4,600' is not jobs Veridian Motors will cut in 2026 (4,500 jobs),"
        " but its sentence sets it in 2019: is it that year's figure? Bind it by hand to"
        " the fact it is about, or mark it unverifiable"
    )
