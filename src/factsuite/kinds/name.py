"""``name``: a person's or entity's name, against its canonical spelling and
variants; a near miss is a misspelling (see names.py)."""

from __future__ import annotations

from factsuite.kinds.base import ClaimKind, Judgement, Situation
from factsuite.model import Claim, EntityFact, Verdict


class NameKind(ClaimKind[EntityFact]):
    name = "name"
    fact_types = (EntityFact,)
    description = "a name, against its canonical spelling and accepted variants"

    def judge(self, claim: Claim, fact: EntityFact, situation: Situation) -> Judgement:
        stated = claim.stated or claim.quote
        found = situation.context.names.judge(stated, fact.id)
        if found.kind == "same":
            return Judgement(Verdict.AGREES, stated, fact.name, f"{stated!r} is {fact.name}")
        if found.kind == "misspelled":
            return Judgement(
                Verdict.MISSPELLED,
                stated,
                found.nearest,
                f"misspelled: {stated!r} should be {found.nearest!r}"
                + (f" ({fact.name})" if found.nearest != fact.name else ""),
            )
        if found.kind == "other":
            return Judgement(
                Verdict.CONTRADICTS,
                stated,
                fact.name,
                f"contradicts: {stated!r} names {found.nearest},"
                f" a different person from {fact.name}",
            )
        return Judgement(
            Verdict.CONTRADICTS,
            stated,
            fact.name,
            f"contradicts: {stated!r} does not name {fact.name}",
        )

    def describe_expected(self, fact: EntityFact) -> str:
        return fact.name
