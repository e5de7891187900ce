"""``anniversary``: which anniversary of an event a year marks ("the 80th anniversary",
"80 years since")."""

from __future__ import annotations

from factsuite import dates, numbers
from factsuite.daterange import format_range
from factsuite.kinds._shared import day_of, unreadable
from factsuite.kinds.base import ClaimKind, Judgement, Situation
from factsuite.model import Claim, DateFact, Verdict


class AnniversaryKind(ClaimKind[DateFact]):
    name = "anniversary"
    states_value = True
    fact_types = (DateFact,)
    description = "the anniversary of an event a year marks"

    def judge(self, claim: Claim, fact: DateFact, situation: Situation) -> Judgement:
        reference = situation.reference
        ordinal = _anniversary(dates.read_date(claim.stated or claim.quote, reference))
        if ordinal is None:
            number = numbers.read_number(claim.stated or claim.quote)
            ordinal = int(number.value) if number and number.kind == "ordinal" else None
        if ordinal is None:
            return unreadable(claim, "an anniversary")
        year = day_of(claim, reference).year
        possible = range(year - fact.value.end.year, year - fact.value.start.year + 1)
        expected = f"{possible[-1]}th anniversary in {year} of {format_range(fact.value)}"
        if ordinal in possible:
            return Judgement(
                Verdict.AGREES, f"{ordinal}th", expected, f"{claim.quote!r} agrees: {expected}"
            )
        return Judgement(
            Verdict.CONTRADICTS,
            f"{ordinal}th",
            expected,
            f"contradicts: {year} is the {expected}, not the {ordinal}th",
        )


def _anniversary(mention: dates.DateMention | None) -> int | None:
    """Which anniversary a quote names: "the 80th anniversary", or whole years marked
    since the event ("80 years since")."""
    if mention is None:
        return None
    if mention.kind == "anniversary":
        return mention.ordinal
    elapsed = mention.duration
    if (
        elapsed is not None
        and elapsed.unit == "years"
        and elapsed.hedge is None
        and elapsed.amount >= 1
        and elapsed.amount == int(elapsed.amount)
    ):
        return int(elapsed.amount)
    return None
