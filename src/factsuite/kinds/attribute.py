"""``attribute``: a categorical phrasing ("war crimes"), against a fact's canonical
phrasing and the others it accepts."""

from __future__ import annotations

import re

from factsuite.kinds._shared import label
from factsuite.kinds.base import ClaimKind, Judgement, Situation
from factsuite.model import AttributeFact, Claim, Verdict
from factsuite.names import fold

# A categorical phrasing this close (rapidfuzz ratio, folded) to an accepted one agrees:
# it allows for spelling and inflection ("war crime"/"war crimes"), not other words.
ATTRIBUTE_SCORE = 90.0


class AttributeKind(ClaimKind[AttributeFact]):
    name = "attribute"
    fact_types = (AttributeFact,)
    description = "a categorical phrasing, against the phrasings a fact accepts"

    def judge(self, claim: Claim, fact: AttributeFact, situation: Situation) -> Judgement:
        stated = _after_relation(claim.stated or claim.quote, fact)
        key = fold(stated)
        from rapidfuzz import fuzz  # only categorical claims need it

        best = max(fuzz.ratio(key, fold(p)) for p in fact.phrasings)
        if best >= ATTRIBUTE_SCORE:
            return Judgement(
                Verdict.AGREES, stated, fact.value, f"{stated!r} agrees with {fact.value!r}"
            )
        return Judgement(
            Verdict.CONTRADICTS,
            stated,
            fact.value,
            f"contradicts: {label(fact)} is {fact.value!r}, not {stated!r}",
        )

    def describe_expected(self, fact: AttributeFact) -> str:
        return fact.value


def _after_relation(quote: str, fact: AttributeFact) -> str:
    """The name a relation claim states: "Kim Jong-Il" of "father, the late Kim Jong-Il"."""
    if fact.relation is None:
        return quote
    lead = re.match(
        rf"{re.escape(fact.relation[1])}(?:,\s*|\s+)(?:the\s+late\s+)?", quote, re.IGNORECASE
    )
    return quote[lead.end() :] if lead else quote
