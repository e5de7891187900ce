"""``date``: a date as news writes it ("Sept 3", "early 2019", "next Wednesday"),
against a date fact at its precision."""

from __future__ import annotations

from factsuite import dates
from factsuite.daterange import DateRange, Precision, format_range, parse_iso_range
from factsuite.kinds._shared import label, unreadable
from factsuite.kinds.base import ClaimKind, Judgement, Situation
from factsuite.model import Claim, DateFact, Verdict
from factsuite.slips import Slip, slip

# A date bound by extraction and not yet reviewed that misses its fact by more than
# this is more likely about another event of the same kind ("his own parade in 2020",
# "his grandfather's death in 1994") than a slip: it awaits review instead of
# failing. Slips writers make (a day, a month, a year off) stay well within it; a
# reviewed claim is judged without it, and so is one a person bound whose words were
# changed since (Claim.unreviewed_binding): a person said which event it is of.
# A year with two digits swapped ("1989" for 1998) is a slip however far it lands,
# and fails (slips.py); a year with one digit changed is not told apart from another
# event's year ("2020" against 2025), so it awaits review.
IMPLAUSIBLE_GAP_DAYS = 2 * 365
# A day named only against the article's ("next Tuesday", "yesterday", "on Friday")
# slips by a day or two within the week it names: one more than a week from its fact
# names another event ("sales figures will be published next Tuesday" beside a book
# published in March).
IMPLAUSIBLE_GAP_DAYS_RELATIVE_DAY = 7
# A date written to the day ("May 2", "14 March 2025") slips in one of its parts: a
# day off in the same month ("March 4" for March 14), the same day in another month,
# the same day and month in another year. One that is none of these and more than a
# month from its fact names another event ("the tour reaches Lisbon on May 2" beside a
# final show in October). A month named against the article's ("last month", "next
# month"), or alone ("in October"), slips by a month at most (month-alone: "results
# follow in October" beside first results published in May).
IMPLAUSIBLE_GAP_DAYS_NO_SLIP = 31
# A day named as the article's own ("today", "on Tuesday" in Tuesday's paper) tells
# the day's news ("the toll rose to nine on Tuesday"): bound to an event this many
# days or more before it, it is more likely the news than a slip, which lands a day
# off (todays-news).
TODAYS_NEWS_GAP_DAYS = 2


class DateKind(ClaimKind[DateFact]):
    name = "date"
    states_value = True
    fact_types = (DateFact,)
    description = "a date, at any precision, absolute or relative to the article's date"

    def judge(self, claim: Claim, fact: DateFact, situation: Situation) -> Judgement:
        readings = _readings(claim, situation)
        if not readings:
            return unreadable(claim, "a date")
        stated = " or ".join(format_range(r) for r in readings)
        expected = format_range(fact.value)
        if any(r.overlaps(fact.value) for r in readings):
            return Judgement(
                Verdict.AGREES,
                stated,
                expected,
                f"{claim.quote!r} ({stated}) agrees with {expected}",
            )
        if (
            claim.unreviewed_binding
            and fact.value.end < situation.reference
            and all(r.start > situation.reference for r in readings)
        ):
            # "the series continues on Thursday", "detailed results follow in October":
            # a time still to come is no time of an event already past (still-to-come)
            return Judgement(
                Verdict.NEEDS_REVIEW,
                stated,
                expected,
                f"needs review: {claim.quote!r} ({stated}) is still to come on"
                f" {situation.reference}, but {label(fact)} ({expected}) is past:"
                " is it about another, coming event? Bind it by hand if not",
            )
        gap = min(r.days_from(fact.value) for r in readings)
        form = _form(claim, situation)
        if (
            claim.unreviewed_binding
            and form == "relative day"
            and all(r.start == r.end == situation.reference for r in readings)
            and (situation.reference - fact.value.end).days >= TODAYS_NEWS_GAP_DAYS
        ):
            return Judgement(
                Verdict.NEEDS_REVIEW,
                stated,
                expected,
                f"needs review: {claim.quote!r} names the article's own day"
                f" ({situation.reference}), but {label(fact)} was {expected}:"
                " is it today's news of another event? Bind it by hand if not",
            )
        if form == "relative day":
            limit, far = IMPLAUSIBLE_GAP_DAYS_RELATIVE_DAY, "more than a week"
        elif form in ("relative month", "month alone") or (
            form == "written day" and not any(_part_slip(r, fact.value) for r in readings)
        ):
            limit, far = IMPLAUSIBLE_GAP_DAYS_NO_SLIP, "more than a month"
        else:
            limit, far = IMPLAUSIBLE_GAP_DAYS, "years"
        if (
            claim.unreviewed_binding
            and gap > limit
            and not any(_year_swapped(r, fact.value) for r in readings)
        ):
            return Judgement(
                Verdict.NEEDS_REVIEW,
                stated,
                expected,
                f"needs review: {claim.quote!r} ({stated}) is {far} from {label(fact)}"
                f" ({expected}); is it about another event? Bind it by hand if not",
            )
        return Judgement(
            Verdict.CONTRADICTS,
            stated,
            expected,
            f"contradicts: {claim.quote!r} means {stated} (as of {situation.reference}),"
            f" but {label(fact)} is {expected}",
        )


def _readings(claim: Claim, situation: Situation) -> tuple[DateRange, ...]:
    """What a date claim says: its ``stated`` reading, else its quote's.

    A quote that points back ("March that year", "The next year, he moved") is read
    where it stands, from the date before it: alone, it would count from the article's
    date or from nothing. Any other quote is read alone, and where it stands too, as
    extraction read it, and may mean either: a date without a year may be in the year
    of one told before it ("19 June 2024 -- ...; it takes effect on 4 December"), or
    the past one its tense says ("it came into force in December"). In place, a tense
    word can also narrow a weekday to one side of the article's date, and it is not
    always the weekday's ("arrived today for a parade on Wednesday"): what the words
    alone can mean stays.
    """
    if claim.stated:
        try:
            return (parse_iso_range(claim.stated),)
        except ValueError:
            return ()
    reference = situation.reference
    where = situation.where
    here = dates.read_date_at(situation.article.text, *where, reference, situation.readings.dates)
    if here is not None and here.anaphoric:
        return here.readings
    alone = dates.read_date(claim.quote, reference, situation.readings.dates)
    readings = alone.readings if alone is not None else ()
    if here is not None and where[0] <= here.start and here.end <= where[1]:
        readings += tuple(r for r in here.readings if r not in readings)
    return readings


def _form(claim: Claim, situation: Situation) -> str:
    """How the claim's quote writes its date, for how far a slip of it may land: a day
    named only against the article's date ("relative day": "next Tuesday",
    "yesterday"), a month so named ("relative month": "last month"), a day written out
    ("written day": "3 September", "May 2"), a month without its year ("month alone":
    "in October"), or anything else ("other": "last year", "2019", "March 2021")."""
    if claim.stated:
        return "other"
    mention = dates.read_date(claim.quote, situation.reference, situation.readings.dates)
    if mention is None or not mention.readings:
        return "other"
    precisions = {r.precision for r in mention.readings}
    if mention.kind == "relative" and precisions == {Precision.DAY}:
        return "relative day"
    if mention.kind == "relative" and precisions == {Precision.MONTH}:
        return "relative month"
    if mention.kind == "absolute" and precisions == {Precision.DAY}:
        return "written day"
    if (
        mention.kind == "absolute"
        and precisions == {Precision.MONTH}
        and not any(ch.isdigit() for ch in claim.quote)
    ):
        return "month alone"
    return "other"


def _part_slip(stated: DateRange, true: DateRange) -> bool:
    """Whether a day differs from one end of ``true`` in one part only: its day of the
    month, its month, or its year ("March 4" for March 14)."""
    day = stated.start
    for end in (true.start, true.end):
        same = (day.year == end.year, day.month == end.month, day.day == end.day)
        if sum(same) >= 2:
            return True
    return False


def _year_swapped(stated: DateRange, true: DateRange) -> bool:
    """Whether ``stated`` is a year (or within one) whose digits are ``true``'s with
    two neighbours swapped: 1989 for 1998, 2012 for 2021."""
    years = {stated.start.year, stated.end.year}
    return len(years) == 1 and slip(years.pop(), true.start.year) is Slip.SWAPPED
