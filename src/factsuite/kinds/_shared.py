"""What several kinds' judges say the same way."""

from __future__ import annotations

from datetime import date

from factsuite.kinds.base import Judgement
from factsuite.model import Claim, Fact, Verdict


def unreadable(claim: Claim, what: str) -> Judgement:
    """A quote the kind cannot read: it awaits a person, who can give its reading."""
    return Judgement(
        Verdict.NEEDS_REVIEW,
        claim.quote,
        "",
        f"needs review: cannot read {what} in {claim.quote!r}; give it as 'stated' in claims.yaml",
    )


def label(fact: Fact) -> str:
    """How a message names a fact: its label, else its id."""
    return fact.label or fact.id


def day_of(claim: Claim, reference: date) -> date:
    """The day a claim speaks from: its ``at`` when given, else the article's date."""
    return claim.at.start if claim.at else reference
