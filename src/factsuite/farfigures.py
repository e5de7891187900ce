"""The rules for a figure extraction bound to a fact and nobody reviewed, that
contradicts it (compare.py asks them, in this order):

- ``another-year``: set in another year than its fact's label, it awaits review;
- ``far-from-its-fact``: further from the fact than a slip of the hand (for a count
  written in words, or a figure said to be about so much, one off, swapped or scaled:
  no keystroke writes "four" for 8, nor rounds 19 hours to "about 11"), it awaits
  review ...
- ``hedged-share``: ... unless it is a share a hedge rounds ("nearly 80%", "more
  than a third"), which fails;
- ``another-subject``: ... unless it is, exactly, another subject's value of the same
  measure, which fails;
- ``another-period``: ... or, in a sentence set in its fact's year, exactly the value
  of the same measure in another year, which fails;
- ``far-in-another-unit``: written in another unit than its fact's and more than
  threefold from it, it awaits review; the fact's own figure in another unit fails.

Once a person binds the claim (status confirmed), none of them applies: it is judged
as its kind judges it.
"""

from __future__ import annotations

import itertools
import re
from datetime import date
from typing import TYPE_CHECKING, Any

from factsuite import numbers, series
from factsuite.daterange import DateRange, pair_end
from factsuite.kinds._shared import label
from factsuite.kinds.base import ClaimKind, Judgement, Situation
from factsuite.model import Claim, Fact, Verdict
from factsuite.names import fold
from factsuite.slips import Slip, slip
from factsuite.text.document import CLAUSE_BOUNDARY

if TYPE_CHECKING:
    from factsuite.compare import Context


def far_from_its_fact(
    claim: Claim, fact: Fact, judged: Judgement, kind: ClaimKind[Any], situation: Situation
) -> Judgement:
    """The rule ``far-from-its-fact``: a figure extraction bound to a fact and nobody
    reviewed, that contradicts it by more than a slip of the hand (slips.py), awaits
    review instead of failing.

    Its cues tied it to the fact, but a figure that far off is likelier about another
    time, place or group the same cues describe ("94% against serotype 2" beside the
    efficacy overall; "310,000 homes without power at 10am" beside the peak) than a
    mistake: failing it would be a false alarm on correct prose. A slip ("46,642" for
    64,642, "$51.2 million" for $51.2 billion) still fails. Once a person binds the
    claim (status confirmed), it is judged without this rule. The date kind has the
    same rule for dates (IMPLAUSIBLE_GAP_DAYS).

    A figure that is another subject's value still fails (``another-subject``).
    """
    if judged.verdict is not Verdict.CONTRADICTS or not claim.unreviewed_binding:
        return judged
    if judged.figures is None:
        return far_in_another_unit(claim, fact, judged) or judged
    elsewhen = another_year(claim, fact, judged, situation)
    if elsewhen is not None:
        return elsewhen
    stated, true = judged.figures
    if stated == true or hedged_share(claim, kind):
        # the fact's own figure, said otherwise ("¥512 billion" for USD 512 billion)
        return judged
    if not judged.currency_and_figure_differ and _slip_of_its_writing(claim, stated, true):
        # a slip of the hand; in another currency as well it would be two mistakes at
        # once, and is likelier another amount ("79.99 euros" in other markets beside
        # a price of USD 69.99)
        return judged
    swapped = another_subject(claim, fact, judged, kind, situation)
    if swapped is not None:
        return swapped
    misdated = another_period(claim, fact, judged, kind, situation)
    if misdated is not None:
        return misdated
    return Judgement(
        Verdict.NEEDS_REVIEW,
        judged.stated,
        judged.expected,
        f"needs review: {claim.quote!r} is far from {label(fact)}"
        f" ({judged.expected}), and no slip of it: is it about another time, place or"
        " group? Bind it by hand to the fact it is about, or mark it unverifiable",
    )


# The slips a count written in words can be: a word is chosen, not typed, so no
# keystroke changes, adds or drops one of its digits ("the navy's four old submarines"
# beside the eight ordered is another group, not a slip); it can still be one off
# ("seven" for 8), its digits swapped ("thirty-two" for 23) or at another scale ("two
# million" for 2 billion). An amount with a unit ("six months" apart for three)
# measures one thing, and keeps every slip. A figure said to be about so much ("about
# 11 hours") is a rounding, not a copy, and makes only these slips as well: "a rival
# network's failure lasted about 11 hours" beside an outage of 19 is another failure.
_WORD_SLIPS = frozenset({Slip.NEXT, Slip.SWAPPED, Slip.SCALED})


def _slip_of_its_writing(claim: Claim, stated: float, true: float) -> bool:
    """Whether ``stated`` is a slip for ``true`` as the claim writes it (slips.py; a
    count in words, or a figure said to be about so much, makes only ``_WORD_SLIPS``)."""
    found = slip(stated, true)
    if found is None or found in _WORD_SLIPS:
        return found is not None
    mention = numbers.read_number(claim.stated or claim.quote)
    if mention is None:
        return True
    if mention.hedge == "about":
        return False
    return claim.kind != "number" or mention.form != "words"


def hedged_share(claim: Claim, kind: ClaimKind[Any]) -> bool:
    """The rule ``hedged-share``: a share that a hedge rounds ("nearly 80%", "more
    than a third", "almost half"), far from the share its cues tie it to, fails.

    A hedge says the writer rounds a figure they know, and a share is the figure
    rounded most: "nearly 80%" for 68% and "more than a third" for 32% are the
    desk's share misremembered, where a precise far share ("94% against serotype 2")
    is likelier another group's. A share with no hedge ("one in five homes in some
    coastal counties") still awaits review, and so does any other hedged amount
    ("about 160,000 litres" an hour beside a spill of 1.84 million)."""
    if kind.name not in _SHARE_KINDS:
        return False
    # The hedge as numbers.py reads it for the judges (data/en/hedges.tsv).
    mention = numbers.read_number(claim.stated or claim.quote)
    return mention is not None and mention.hedge is not None


# The kinds whose figures are shares of a whole.
_SHARE_KINDS = frozenset({"percent", "fraction"})


# How far, as a factor, an amount in another unit than its fact's may be and still be
# a mistake about it: a figure converted wrong is off by a rounding or a factor of
# units near each other ("three weeks" for 14 days, "2 metres" for 12 feet); "seven
# years" beside a 14-day strike, or "36 hours" beside nine days aground, is about
# something else. (The fact's own figure in another unit fails whatever the factor.)
_FAR_FACTOR = 3.0


def far_in_another_unit(claim: Claim, fact: Fact, judged: Judgement) -> Judgement | None:
    """The rule ``far-in-another-unit``: an amount extraction bound to a fact and nobody
    reviewed, written in another unit than the fact's and more than threefold from it
    once converted, awaits review: "spent seven years as deputy to a leader who never
    called a strike" is not the 14 days of the strike. The fact's own figure in another
    unit ("14 weeks" for 14 days) is a unit mixed up, and fails; so does an amount
    within threefold ("three weeks" for 14 days). None when the rule does not apply."""
    if judged.converted is None:
        return None
    stated, own, in_stated_unit = judged.converted
    if stated == own or min(stated, in_stated_unit) <= 0:
        return None
    if max(stated, in_stated_unit) / min(stated, in_stated_unit) <= _FAR_FACTOR:
        return None
    return Judgement(
        Verdict.NEEDS_REVIEW,
        judged.stated,
        judged.expected,
        f"needs review: {claim.quote!r} is more than {_FAR_FACTOR:g} times from"
        f" {label(fact)} ({judged.expected}), in another unit: is it about something"
        " else? Bind it by hand to the fact it is about, or mark it unverifiable",
    )


# A year as a label writes it: "the 2026 Atlantic Nations Cup", "fiscal 2027".
_LABEL_YEAR = re.compile(r"(?<![\d.,])(1[5-9]\d\d|20\d\d)(?:[-–/](\d\d))?(?![\d.,])")


def _label_years(label: str) -> set[int]:
    """The years a label names; a season or a fiscal year names both of its years
    ("2025-26": 2025 and 2026)."""
    years: set[int] = set()
    for first, second in _LABEL_YEAR.findall(label):
        years.add(int(first))
        if second:
            year = pair_end(int(first), second)
            years.add(year if year > int(first) else year + 100)  # "1999/00" ends in 2000
    return years


def another_year(
    claim: Claim, fact: Fact, judged: Judgement, situation: Situation
) -> Judgement | None:
    """The rule ``another-year``: a figure that contradicts a fact whose label is of a
    year, in a sentence set in another year (``_set_in``: a date in its clause, else
    in the sentence's first clause, before it), is likelier that year's
    figure than a mistake, slip or not: "Only the 2022 edition in Morocco had more
    teams, with 16" beside the 12 teams of the 2026 one. Unreviewed, it awaits review
    with the year named; None when the label names no year, or the sentence sets the
    figure in no time, or in one of the label's years."""
    years = _label_years(fact.label)
    if not years:
        # A label of no year may be of any time: "the share of Calder Wharf homes set
        # aside as affordable" is as true of its approval in 2022 as of today.
        return None
    sentence, at = situation.sentence
    end = at + situation.where[1] - situation.where[0]
    told = _set_in(sentence, at, end, situation.reference)
    if told is None or any(told.start.year <= year <= told.end.year for year in years):
        return None
    return Judgement(
        Verdict.NEEDS_REVIEW,
        judged.stated,
        judged.expected,
        f"needs review: {claim.quote!r} is not {label(fact)} ({judged.expected}), but its"
        f" sentence sets it in {told.start.year}: is it that year's figure? Bind it by hand"
        " to the fact it is about, or mark it unverifiable",
    )


def _set_in(sentence: str, at: int, end: int, reference: date) -> DateRange | None:
    """The time a figure at ``[at, end)`` of ``sentence`` is set in: a date in its own
    clause (series.time_told), else a clause of a date alone closing the sentence
    right after it (", in 2030."), else a date in the sentence's first clause before
    it, where its subject stands ("Only the 2022 edition in Morocco had more teams,
    with 16"), else a clause of a date alone set off before it ("The cut, in March
    2019, was of 4,600 jobs"); None when none writes one."""
    from factsuite import dates  # only here: the hook of an article of figures never asks

    told = series.time_told(sentence, at, end, reference)
    if told is not None:
        return told
    after = _date_clause_after(sentence, end, reference)
    if after is not None:
        return after
    boundary = CLAUSE_BOUNDARY.search(sentence)
    first = boundary.start() if boundary is not None else len(sentence)
    if at < first:
        return None  # the figure's clause is the first: time_told has read it
    for mention in dates.find_dates(sentence[:first], reference):
        if mention.kind == "absolute" and mention.readings:
            return mention.readings[0]
    return _date_clause_before(sentence, at, reference)


# A clause that is only a date: ", in 2030." ", in March 2019." ", in October 1989,"
_DATE_CLAUSE = re.compile(r"\s*(?:in|on|by|from)?\s*(?P<date>[^,;:()]+?)\s*[.!?]?\s*$", re.I)


def _date_clause_after(sentence: str, end: int, reference: date) -> DateRange | None:
    """The date of the clause right after the figure's, when that clause is a date and
    nothing else and ends the sentence: "he will score eight at the next edition, in
    2030" (not "the rate is 5%, the bank said in March 2024", a clause with a verb)."""
    stop = CLAUSE_BOUNDARY.search(sentence, end)
    if stop is None:
        return None
    return _date_alone(sentence[stop.end() :], reference)


def _date_clause_before(sentence: str, at: int, reference: date) -> DateRange | None:
    """The date of a clause before the figure's that is a date and nothing else, set
    off by its boundaries: "The cut, in March 2019, was of 4,600 jobs" (not "The
    chief, who joined in 2019, will cut 4,600 jobs", a clause with a verb)."""
    starts = [0, *(b.end() for b in CLAUSE_BOUNDARY.finditer(sentence, 0, at))]
    for start, stop in itertools.pairwise(starts):
        boundary = CLAUSE_BOUNDARY.search(sentence, start, stop)
        clause_end = boundary.start() if boundary is not None else stop
        alone = _date_alone(sentence[start:clause_end], reference)
        if alone is not None:
            return alone
    return None


def _date_alone(clause: str, reference: date) -> DateRange | None:
    """The date ``clause`` is, when it is one date and nothing else ("in March 2019")."""
    from factsuite import dates

    match = _DATE_CLAUSE.fullmatch(clause)
    if match is None:
        return None
    mention = dates.read_date(match["date"], reference)
    if mention is None or mention.kind != "absolute" or not mention.readings:
        return None
    if mention.text.strip() != match["date"].strip():
        return None  # words beside the date: a clause of its own
    return mention.readings[0]


def another_subject(
    claim: Claim, fact: Fact, judged: Judgement, kind: ClaimKind[Any], situation: Situation
) -> Judgement | None:
    """The rule ``another-subject``: a figure far from its fact that is, exactly as
    written, the value of the same measure of another subject is that subject's,
    wrongly given: "Kestrel, with 13.5% of the market" when 13.5% is Orbion's share
    and Kestrel's is 9.8%. It contradicts, the other subject's fact named.

    The same measure: a fact of the same type and unit that shares a cue with the
    claim's fact and is ``about`` other subjects. Not when the article names one of
    those subjects anywhere ("Its 212 students will move to Fenwick Park", after a
    sentence on Alder Street): then the figure may well be theirs, bound to the wrong
    fact, and it awaits review as far-from-its-fact has it. None when no such fact
    agrees."""
    if not fact.about:
        return None
    article = f" {fold(situation.article.text)} "
    names = situation.context.names
    for other in _same_measure(fact, situation.context):
        theirs = kind.judge(claim, other, situation)
        if theirs.verdict is not Verdict.AGREES:
            continue
        if any(
            f" {form} " in article
            for subject in other.about
            for form in (*names.forms_of(subject), *names.short_of.get(subject, ()))
        ):
            return None
        return _the_others(claim, fact, judged, other, theirs)
    return None


def another_period(
    claim: Claim, fact: Fact, judged: Judgement, kind: ClaimKind[Any], situation: Situation
) -> Judgement | None:
    """The rule ``another-period``: a figure far from its fact, in a sentence set in the
    fact's year, that is exactly as written the value of the same measure in another
    year is that year's figure, wrongly given: "its revenue was £31.2 million last
    year" (2025) when £31.2 million is the revenue of 2024 and 2025's is £38.4
    million. It contradicts, the other year's fact named.

    The same measure: a fact of the same type and unit that shares a cue with the
    claim's fact and is about the same subjects, whose label names one year, and the
    claim's fact's label another. The sentence must set the figure in its fact's year
    (``_set_in``): a figure set in no time may well be the other year's, bound to the
    wrong fact. None when no such fact agrees."""
    year = label_year(fact)
    if year is None:
        return None
    sentence, at = situation.sentence
    end = at + situation.where[1] - situation.where[0]
    told = _set_in(sentence, at, end, situation.reference)
    if told is None or not told.start.year == year == told.end.year:
        return None
    for other in _same_measure(fact, situation.context, same_subjects=True):
        if label_year(other) in (None, year):
            continue
        theirs = kind.judge(claim, other, situation)
        if theirs.verdict is Verdict.AGREES:
            return _the_others(claim, fact, judged, other, theirs)
    return None


def _the_others(
    claim: Claim, fact: Fact, judged: Judgement, other: Fact, theirs: Judgement
) -> Judgement:
    """A figure that is another fact's value as written, given for ``fact``'s: it
    contradicts, the other fact named (another-subject, another-period)."""
    return Judgement(
        Verdict.CONTRADICTS,
        judged.stated,
        judged.expected,
        f"contradicts: {claim.quote!r} is {label(other)} ({theirs.expected}),"
        f" but {label(fact)} is {judged.expected}",
        judged.figures,
    )


def label_year(fact: Fact) -> int | None:
    """The one year a fact's label names ("revenue in 2025"), or None: none, or
    several ("the rise in turnout from 2023 to 2026" is of a span, not of a year).
    Binding's year-said reads it too."""
    years = _label_years(fact.label)
    return years.pop() if len(years) == 1 else None


def _same_measure(fact: Fact, context: Context, same_subjects: bool = False) -> list[Fact]:
    """The facts of other subjects that measure what ``fact`` measures (see
    ``another_subject``), in the desk's order; with ``same_subjects``, those of the
    same subjects instead, or of none when ``fact`` is of none (``another_period``)."""
    unit = getattr(fact, "unit", None)
    found: dict[str, Fact] = {}
    for cue in fact.cues:
        for fid in context.facts_by_cue.get(fold(cue), ()):
            other = context.facts[fid]
            if (
                fid != fact.id
                and fid not in found
                and type(other) is type(fact)
                and getattr(other, "unit", None) == unit
                and (
                    set(other.about) == set(fact.about)
                    if same_subjects
                    else other.about and not set(other.about) & set(fact.about)
                )
                and not getattr(other, "series", ())
            ):
                found[fid] = other
    return list(found.values())
