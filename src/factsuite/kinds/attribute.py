"""``attribute``: a categorical phrasing ("war crimes"), against a fact's canonical
phrasing and the others it accepts.

A fact whose value is a person or body by name ("the judge who presided": Maria
Okafor) is judged as names are (names.py): an accepted phrasing agrees, a near miss
of one is misspelled ("Maria Okafer"), and another name contradicts, even a name one
letter from the value's that is, or is nearer to, someone else the desk knows."""

from __future__ import annotations

import re

from factsuite.kinds._shared import label
from factsuite.kinds.base import ClaimKind, Judgement, Situation
from factsuite.model import AttributeFact, Claim, Verdict
from factsuite.names import NameIndex, fold, names_someone

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

        if fact.relation is None and key not in {fold(p) for p in fact.phrasings}:
            names = situation.context.names
            known = names.full.get(fold(fact.value), set())
            if len(known) == 1 or names_someone(fact.value):
                return _as_name(stated, fact, names, next(iter(known)) if known else None)
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


def _as_name(stated: str, fact: AttributeFact, names: NameIndex, entity: str | None) -> Judgement:
    """A name stated for a fact whose value is a name (see the module's doc); ``entity``
    is the value's entity when the desk knows it."""
    if entity is None:
        if fold(stated) in names.full:
            found_kind, nearest = "other", fact.value  # someone else the desk knows
        else:
            own = NameIndex()
            own.add("value", fact.phrasings)
            found = own.judge(stated, "value")
            found_kind, nearest = found.kind, found.nearest
    else:
        found = names.judge(stated, entity)
        found_kind, nearest = found.kind, found.nearest
    if found_kind == "same":
        return Judgement(
            Verdict.AGREES, stated, fact.value, f"{stated!r} agrees with {fact.value!r}"
        )
    if found_kind == "misspelled":
        return Judgement(
            Verdict.MISSPELLED,
            stated,
            nearest,
            f"misspelled: {stated!r} should be {nearest!r}"
            + (f" ({label(fact)} is {fact.value!r})" if nearest != fact.value else ""),
        )
    return Judgement(
        Verdict.CONTRADICTS,
        stated,
        fact.value,
        f"contradicts: {label(fact)} is {fact.value!r}, not {stated!r}",
    )


def _after_relation(quote: str, fact: AttributeFact) -> str:
    """The name a relation claim states: "Kim Jong-Il" of "father, the late Kim Jong-Il"."""
    if fact.relation is None:
        return quote
    lead = re.match(
        rf"{re.escape(fact.relation[1])}(?:,\s*|\s+)(?:the\s+late\s+)?", quote, re.IGNORECASE
    )
    return quote[lead.end() :] if lead else quote
