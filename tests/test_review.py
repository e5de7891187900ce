"""Strict mode's one decision, and the gate's summary of unreviewed claims."""

from __future__ import annotations

import itertools
from typing import cast

import pytest

from factsuite.model import REVIEW_STATUSES, Claim, Result, ReviewStatus, Verdict
from factsuite.report import record, summary
from factsuite.review import NEEDS_A_PERSON, enforce


def result(verdict: Verdict, status: str = "confirmed") -> Result:
    claim = Claim(
        article="articles/a.md",
        line=5,
        column=1,
        quote="25",
        kind="number",
        status=cast(ReviewStatus, status),
    )
    return Result(claim=claim, verdict=verdict, stated="25", expected="26", message="m")


@pytest.mark.parametrize(("verdict", "status"), list(itertools.product(Verdict, REVIEW_STATUSES)))
def test_without_strict_mode_nothing_changes(verdict: Verdict, status: str) -> None:
    judged = result(verdict, status)
    assert enforce(judged, strict=False) is judged
    assert judged.outcome == verdict.outcome


@pytest.mark.parametrize(("verdict", "status"), list(itertools.product(Verdict, REVIEW_STATUSES)))
def test_strict_mode_fails_what_nobody_has_reviewed(verdict: Verdict, status: str) -> None:
    judged = enforce(result(verdict, status), strict=True)
    awaiting = verdict is Verdict.NEEDS_REVIEW or status == "pending"
    if verdict.outcome == "failed" or not awaiting:
        # failing on its own, or reviewed: as without strict mode, message and all
        assert judged == result(verdict, status)
    else:
        assert judged.outcome == "failed"
        assert judged.verdict is verdict  # the verdict is the claim's; only the outcome moves
        assert judged.message == f"m ({NEEDS_A_PERSON})"
        assert record(judged)["outcome"] == "failed"


def test_the_summary_counts_unreviewed_claims_when_there_are_any() -> None:
    reviewed = [result(Verdict.AGREES), result(Verdict.UNVERIFIABLE)]
    assert summary(reviewed) == "2 claims: 1 agrees, 1 unverifiable"
    pending = [result(Verdict.AGREES, "pending"), result(Verdict.NEEDS_REVIEW, "pending")]
    assert summary(reviewed + pending) == (
        "4 claims: 2 agrees, 1 unverifiable, 1 needs-review, 2 unreviewed"
    )
    strict = [enforce(r, strict=True) for r in reviewed + pending]
    assert summary(strict) == summary(reviewed + pending)  # the same counts in both modes


def test_the_summary_counts_a_reviewed_claim_that_still_needs_review_as_unreviewed() -> None:
    # issue 16: the summary says how many claims still await a person, and a confirmed
    # claim the gate cannot judge (needs-review) awaits one as much as a pending one.
    reviewed_but_unjudged = result(Verdict.NEEDS_REVIEW, "confirmed")
    assert summary([result(Verdict.AGREES), reviewed_but_unjudged]) == (
        "2 claims: 1 agrees, 1 needs-review, 1 unreviewed"
    )
