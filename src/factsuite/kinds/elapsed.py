"""``elapsed``: time since an event ("six years ago", "in six years"), against a
date fact and the day the claim speaks from."""

from __future__ import annotations

from factsuite import dates
from factsuite.daterange import format_range
from factsuite.kinds._shared import (
    DAYS_PER_UNIT,
    ROUNDING_PER_STEP,
    day_of,
    label,
    nearly_below,
    unreadable,
)
from factsuite.kinds.base import ClaimKind, Judgement, Situation
from factsuite.model import Claim, DateFact, Verdict

# An event of the story's own year (within this many days of the day the claim speaks
# from) that a claim, bound by extraction, says is a year or more and this many times
# further back is another event's time ("the record had stood for nearly eight years"
# beside yesterday's record; "their first final in 18 months" beside this week's):
# writers' slips of a recent event's time stay within it.
RECENT_DAYS = 365
FAR_TIMES = 4


class ElapsedKind(ClaimKind[DateFact]):
    name = "elapsed"
    states_value = True
    fact_types = (DateFact,)
    description = "time elapsed since an event, as of the article's date or the claim's 'at'"

    def judge(self, claim: Claim, fact: DateFact, situation: Situation) -> Judgement:
        reference = situation.reference
        mention = dates.read_date(claim.stated or claim.quote, reference)
        if mention is None or mention.duration is None:
            return unreadable(claim, "an elapsed time")
        duration = mention.duration
        later = day_of(claim, reference)
        days = (later - fact.value.end).days
        actual = days / DAYS_PER_UNIT[duration.unit]
        amount = f"{duration.amount:g} {duration.unit}"
        stated = f"{duration.hedge.replace('_', ' ')} {amount}" if duration.hedge else amount
        elapsed = f"{actual:.1f} {duration.unit}"
        expected = f"{elapsed} since {format_range(fact.value)}"
        if _elapsed_agrees(duration, actual):
            return Judgement(
                Verdict.AGREES, stated, expected, f"{claim.quote!r} agrees: {expected}"
            )
        if (
            claim.unreviewed_binding
            and abs(days) < RECENT_DAYS
            and duration.amount * DAYS_PER_UNIT[duration.unit]
            >= max(RECENT_DAYS, FAR_TIMES * abs(days))
        ):
            # "the record had stood for nearly eight years", beside the new record of
            # yesterday: years since another, earlier event (another-event-elapsed)
            return Judgement(
                Verdict.NEEDS_REVIEW,
                stated,
                expected,
                f"needs review: {claim.quote!r} says {stated}, but {label(fact)} was only"
                f" {elapsed} before {later}: is it the time since another event? Bind it"
                " by hand if not",
            )
        return Judgement(
            Verdict.CONTRADICTS,
            stated,
            expected,
            f"contradicts: {claim.quote!r} says {stated},"
            f" but {label(fact)} was {elapsed} before {later}",
        )


def _elapsed_agrees(stated: dates.Duration, actual: float) -> bool:
    """Whether ``actual`` (in the stated unit) is how news would say ``stated``.

    Unhedged, "in six years" is true from 5.5 up to (not including) 7 years: writers
    round or count whole years, never up past the next one. Written in a larger unit,
    the rounding is to that unit (``Duration.step``): "the first in four decades" is 38
    to 42 years, "nearly four decades ago" 35 to 40. "Nearly" admits as much below as
    it does for a count (``nearly_below``): "nearly 140 years ago" is 133 to 140.
    """
    amount = stated.amount
    hedge = stated.hedge
    rounding = stated.step / ROUNDING_PER_STEP
    if hedge == "nearly":
        return amount - nearly_below(amount, stated.step) <= actual <= amount + 0.25
    if hedge == "about":
        return abs(actual - amount) <= max(1.0, 0.15 * amount, rounding)
    if hedge == "more_than":
        return actual > amount
    if hedge == "at_least":
        return actual >= amount
    if hedge == "fewer_than":
        return actual < amount
    if hedge == "at_most":
        return actual <= amount
    return amount - max(0.5, rounding) <= actual < amount + max(1.0, rounding)
