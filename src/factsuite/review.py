"""Strict mode: what becomes of a claim nobody has reviewed.

Without it, a claim extraction could not bind (needs-review) is skipped, and a
pending claim (extraction's guess, ``status: pending``, or a span claims.yaml does
not hold yet) counts by its verdict: a new wrong number that happens to agree with
the wrong fact would pass green. In strict mode both fail until a person has
reviewed them. The one decision both faces use; the pytest plugin and the command
line only say whether strict mode is on.
"""

from __future__ import annotations

import msgspec

from factsuite.model import Result, Verdict

NEEDS_A_PERSON = (
    "strict mode: it still needs a person's review: run factsuite extract, then factsuite review"
)


def unreviewed(result: Result) -> bool:
    """Whether the claim awaits a person: pending in claims.yaml, or not in it yet, or
    needs-review whatever its status (a confirmed "that year" whose year the paragraph
    does not write still needs a person to say which year)."""
    return result.claim.status == "pending" or result.verdict is Verdict.NEEDS_REVIEW


def awaits_review(result: Result) -> bool:
    """Whether strict mode fails the result: needs-review or pending, and not failing
    on its own account (a contradiction stays a contradiction)."""
    if result.verdict.outcome == "failed":
        return False
    return result.verdict is Verdict.NEEDS_REVIEW or unreviewed(result)


def enforce(result: Result, *, strict: bool) -> Result:
    """``result`` as the gate's setting judges it: unchanged unless ``strict``; in
    strict mode a claim awaiting review fails, its message saying why."""
    if not strict or not awaits_review(result):
        return result
    return msgspec.structs.replace(
        result, review_required=True, message=f"{result.message} ({NEEDS_A_PERSON})"
    )
