"""Binding by the value itself, where the cues cannot decide (binding_rules.py:
``value-fits`` and ``unique-value``).

A reader who cannot tell from the words which fact a figure is of looks at the
figure: of the facts the cues name, only one has that value ("about $52.0 billion",
said between last year's revenue and this year's); or, with no cue at all, exactly
one fact of the desk has it ("Feb 11" in a desk whose one fact of that day is the
results' release). Whether a value agrees with a fact is its kind's judge's to say
(kinds/, hedges, rounding and units included), never a comparison of its own here:
``Fits`` asks it. So neither rule binds a value to a fact that contradicts it, and
neither can hide a wrong figure: one that agrees with no fact stays unbound.

``unique-value`` binds only a value specific enough that it agrees with a fact it is
not about by coincidence hardly ever (``specific``), and looks for the facts it may
agree with in an index of the desk's values (``ValueIndex``), so an article does not
ask the judges about every fact of a large desk.
"""

from __future__ import annotations

import bisect
import math
import re
from collections.abc import Callable, Iterable, Mapping
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from factsuite import language, numbers, series
from factsuite.articles import Article
from factsuite.daterange import Precision
from factsuite.extraction.binding_rules import (
    UNIQUE_FACT_MAX_DAYS,
    UNIQUE_MIN_FIGURES,
    UNIQUE_MONEY_MIN_FIGURES,
)
from factsuite.extraction.values import Value
from factsuite.kinds import registry
from factsuite.kinds.base import ClaimKind, Found, Judgement, Situation
from factsuite.kinds.money import currency_near
from factsuite.kinds.unitscale import unscaled
from factsuite.model import Claim, DateFact, Fact, PercentFact, QuantityFact, Verdict
from factsuite.readings import Readings
from factsuite.slips import Slip, significant_digits, slip
from factsuite.text.visible import VisibleText

if TYPE_CHECKING:
    from factsuite.compare import Context

# Whether a value, as its quote states it, agrees with a fact (by the fact's id).
Fits = Callable[[Value, str], bool]
# How far a value's figure is from a fact's it contradicts, when it is a slip of it
# (slips.py), as the distance of their logarithms; None when it agrees, is no slip,
# or its kind compares no figures (a date).
Slips = Callable[[Value, str], float | None]

_FIGURES = re.compile(r"\d[\d,]*(?:\.\d+)?")
_YEAR = re.compile(r"\b\d{4}\b")
_MONTH_NAME = re.compile(
    r"\b(?:" + "|".join(re.escape(m.word) for m in language.months()) + r")\b", re.I
)
_DAY_NUMBER = re.compile(r"\b\d{1,2}\b")
# The index is only a sieve before the judges: it keeps facts a little beyond what a
# value's words allow, so that no fact the judge would find agreeing is left out.
_NUMBER_SLACK = 0.001  # of the value's interval bounds: float rounding, no more
_DATE_SLACK = timedelta(days=7)


def significant_figures(written: str) -> int:
    """The significant figures of the first number written in digits in ``written``:
    "412,300" has 4, "44.7 billion" 3, "52.0" 3, "0.25" 2; number words none.

    Not ``slips.significant_digits``, which it resembles: that one reads a float, so
    "52.0" and "52" are alike to it (the digits a keystroke may change), where here
    the zero written after the point is a figure (how precisely the writer states it).
    """
    found = _FIGURES.search(written)
    if found is None:
        return 0
    digits = found.group().replace(",", "")
    whole, point, decimals = digits.partition(".")
    figures = (whole + decimals).lstrip("0")
    if not point:
        figures = figures.rstrip("0")  # "4,500": the zeros may only say the scale
    return len(figures)


def specific(value: Value, text: str) -> bool:
    """Whether ``value`` (in the visible ``text``) is specific enough for
    ``unique-value``: a date of one day, or of a month with its year written; a
    number of UNIQUE_MIN_FIGURES significant figures, or of UNIQUE_MONEY_MIN_FIGURES
    with a currency written by it; a percentage written with a decimal; a measure
    ("the 94-metre booster", its unit written as a currency is) of
    UNIQUE_MONEY_MIN_FIGURES. Never a
    date that points back, a vague or open-ended quantity ("dozens", "more than
    400,000"), a multiplier ("twice"), nor a number written in words ("seven")."""
    if value.anaphoric:
        return False
    quote = text[value.start : value.end]
    if value.kind == "date":
        if not value.readings:
            return False
        if all(r.precision is Precision.DAY for r in value.readings):
            # "3 September 2025", "25-28 March 2018"; and "Feb 11", whose year is the
            # article's. Not a day named only against the article's date ("on
            # Wednesday", "yesterday", "two days ago"): it is one of the few days
            # around it, where a story's facts crowd, and one of them shares it by
            # chance as often as not.
            return not value.relative or (
                _MONTH_NAME.search(quote) is not None and _DAY_NUMBER.search(quote) is not None
            )
        months = all(r.precision is Precision.MONTH for r in value.readings)
        return months and _YEAR.search(quote) is not None
    number = value.number
    if number is None and _measuring_kind(value) is not None:
        # "the 366-metre vessel": a registered kind's span; its figure is in its words
        number = next(iter(numbers.find_numbers(quote)), None)
        if number is None or quote[number.end : number.end + 1] not in _UNIT_SEPARATORS:
            return False  # "6.1m viewers": a glued unit may be a scale (millions), not metres
        return _specific_number(number, "measure", value, text, quote)
    if value.kind not in ("number", "percent") or number is None:
        return False
    return _specific_number(number, value.kind, value, text, quote)


# What stands between a measure's figure and its unit when the unit is written out:
# "38 km", "366-metre", "4.6\u00a0m".
_UNIT_SEPARATORS = (" ", "-", "\u00a0")


def _measuring_kind(value: Value) -> ClaimKind[Any] | None:
    """The registered kind whose span ``value`` is, when it measures a value
    (``ClaimKind.measures_value``: "the 366-metre vessel")."""
    kind = registry.find(value.kind)
    return kind if kind is not None and kind.measures_value else None


def _specific_number(
    number: numbers.NumberMention, kind: str, value: Value, text: str, quote: str
) -> bool:
    if number.vague or number.kind == "multiplier":
        return False
    if math.isinf(number.low) or math.isinf(number.high):
        return False
    figures = significant_figures(number.text)
    if kind == "measure":
        # its unit, written out, narrows it as a currency does an amount of money
        return figures >= UNIQUE_MONEY_MIN_FIGURES
    if kind == "percent":
        written = _FIGURES.search(number.text)
        return figures >= UNIQUE_MIN_FIGURES or (written is not None and "." in written.group())
    if figures >= UNIQUE_MIN_FIGURES:
        return True
    return figures >= UNIQUE_MONEY_MIN_FIGURES and _written_currency(value, text, quote)


def _written_currency(value: Value, text: str, quote: str) -> bool:
    """Whether a currency is written by the number, in its quote or right around it
    (as the money kind reads it: "$44.7 billion", "52 billion euros")."""
    mention = numbers.read_number(quote)
    if mention is None:
        return False
    figures = (value.start + mention.start, value.start + mention.end)
    return currency_near(text, value.start, value.end, figures) is not None


class ValueIndex:
    """The desk's facts by value, for ``unique-value``: date facts of at most
    UNIQUE_FACT_MAX_DAYS days by their first day, number facts by their value (their
    unit's scale applied), percentages apart. Facts that cannot be judged by value
    alone are left out: disputed ones, and numbers that change over time (a series:
    which point a sentence means is for its judge to read, with a cue)."""

    def __init__(self, facts: Mapping[str, Fact]) -> None:
        days: list[tuple[date, date, str]] = []
        amounts: list[tuple[float, float, str]] = []
        shares: list[tuple[float, float, str]] = []
        longest = timedelta(days=UNIQUE_FACT_MAX_DAYS)
        for fid, fact in facts.items():
            if fact.disputed:
                continue
            if isinstance(fact, DateFact):
                if fact.value.end - fact.value.start < longest:
                    days.append((fact.value.start, fact.value.end, fid))
            elif isinstance(fact, QuantityFact) and not fact.series:
                true = unscaled(fact)
                low = true.low if true.low is not None else true.value
                high = true.high if true.high is not None else true.value
                if math.isnan(low) or math.isnan(high):
                    continue
                (shares if isinstance(fact, PercentFact) else amounts).append((low, high, fid))
        self._days = sorted(days)
        self._day_starts = [start for start, _, _ in self._days]
        self._amounts = _Intervals(amounts)
        self._shares = _Intervals(shares)
        self._measures = [
            (fid, fact)
            for fid, fact in facts.items()
            if isinstance(fact, QuantityFact) and not fact.series and not fact.disputed
        ]

    def candidates(self, value: Value) -> list[str]:
        """The facts ``value`` may agree with, in a stable order: a sieve, wider than
        what agrees; the judges decide."""
        if value.kind == "date":
            found: set[str] = set()
            longest = timedelta(days=UNIQUE_FACT_MAX_DAYS)
            for reading in value.readings:
                # by start, then by end: of the facts that start in the window, those
                # ending before the reading (less the slack) cannot overlap it. On an
                # archive, dozens of facts start on any day: only a few overlap it.
                earliest = reading.start - _DATE_SLACK
                low = bisect.bisect_left(self._day_starts, earliest - longest)
                high = bisect.bisect_right(self._day_starts, reading.end + _DATE_SLACK)
                found.update(fid for _, end, fid in self._days[low:high] if end >= earliest)
            return sorted(found)
        number = value.number
        if number is None:
            # a measure ("366-metre"): its unit may be another than the fact's, so every
            # amount in a unit of what it measures is a candidate, for the judge to weigh
            kind = _measuring_kind(value)
            if kind is None:
                return []
            found_span = Found(value.start, value.end, value.counted)
            return [fid for fid, fact in self._measures if kind.binds(fact, found_span)]
        intervals = self._shares if value.kind == "percent" else self._amounts
        return intervals.overlapping(number.low, number.high)


class _Intervals:
    """Intervals (low, high, id) found by overlap with a query interval."""

    def __init__(self, intervals: list[tuple[float, float, str]]) -> None:
        self._intervals = sorted(intervals)
        self._lows = [low for low, _, _ in self._intervals]
        self._widest = max((high - low for low, high, _ in self._intervals), default=0.0)

    def overlapping(self, low: float, high: float) -> list[str]:
        low -= abs(low) * _NUMBER_SLACK
        high += abs(high) * _NUMBER_SLACK
        first = bisect.bisect_left(self._lows, low - self._widest)
        last = bisect.bisect_right(self._lows, high)
        return sorted(
            fid for lo, hi, fid in self._intervals[first:last] if lo <= high and low <= hi
        )


# A day written one off its fact's ("July 9" for July 8) is a slip; two days off is
# as likely another day of the story (the semi-final, the final).
DAY_SLIP_DAYS = 1
# Any two one-digit figures are one digit changed or one off ("two" goals against 7):
# such a slip says nothing of which fact a value is of.
_ANY_TWO_DIGITS = frozenset({Slip.CHANGED, Slip.NEXT})


def _digit_count(figure: float) -> int:
    return len(significant_digits(figure))


def _day_slip(value: Value, fact: Fact | None) -> float | None:
    """A date's slip: a day off a fact's day ("July 9" for July 8), the commonest;
    how far, in days. None for a date at a coarser precision, or further off."""
    if not isinstance(fact, DateFact) or value.kind != "date" or not value.readings:
        return None
    days = fact.value
    if days.precision is not Precision.DAY or days.start != days.end:
        return None
    if any(r.precision is not Precision.DAY for r in value.readings):
        return None
    gap = min(r.days_from(days) for r in value.readings)
    return float(gap) if gap == DAY_SLIP_DAYS else None


def judged_fits(
    article: Article, visible: VisibleText, facts: Mapping[str, Fact], context: Context
) -> tuple[Fits, Slips]:
    """``Fits`` and ``Slips`` for the values of ``article`` (spans of its ``visible``
    text), from one judgement each: the verdict of the kind the value would be claimed
    as, bound to the fact (a number bound to an amount in dollars is money:
    ``ClaimKind.claims_bound``), judging it as ``factsuite check`` will. "agrees"
    fits; a contradiction between figures one keystroke apart is a slip. Each
    judgement is kept."""
    known: dict[tuple[int, int, str], tuple[Judgement, ...]] = {}
    claimers = registry.current().claimers
    # One article's texts read once for their dates, as the gate judges an article's
    # claims together: a value weighed against a hundred facts reads its line once.
    readings = Readings()

    def judged(value: Value, fact_id: str) -> tuple[Judgement, ...]:
        """The value judged against the fact, or against each point of a series: which
        point its sentence means, the gate reads once the claim is bound."""
        key = (value.start, value.end, fact_id)
        if key not in known:
            fact = facts.get(fact_id)
            if isinstance(fact, QuantityFact) and fact.series:
                points = (
                    series.at_point(fact, point, f"as of {point.at}") for point in fact.series
                )
                found: Iterable[Judgement | None] = (_judge(value, point) for point in points)
            else:
                found = (_judge(value, fact),) if fact is not None else ()
            known[key] = tuple(j for j in found if j is not None)
        return known[key]

    def fits(value: Value, fact_id: str) -> bool:
        return any(j.verdict is Verdict.AGREES for j in judged(value, fact_id))

    def slips(value: Value, fact_id: str) -> float | None:
        judgements = judged(value, fact_id)
        if not judgements or any(j.verdict is not Verdict.CONTRADICTS for j in judgements):
            return None
        found = [d for j in judgements if (d := _slip_of(value, fact_id, j)) is not None]
        return min(found, default=None)

    def _slip_of(value: Value, fact_id: str, judgement: Judgement) -> float | None:
        figures = judgement.figures
        if figures is None:
            return _day_slip(value, facts.get(fact_id))
        how = slip(*figures)
        if how is None or (how in _ANY_TWO_DIGITS and max(map(_digit_count, figures)) < 2):
            return None
        stated, true = (abs(f) for f in figures)
        return abs(math.log(stated / true)) if stated and true else math.inf

    def _judge(value: Value, fact: Fact) -> Judgement | None:
        if fact.disputed:
            return None
        name = next((k.name for k in claimers if k.claims_bound(value.kind, fact)), value.kind)
        kind = registry.find(name)
        if kind is None or not kind.accepts(fact):
            return None
        start, end = visible.file_span(value.start, value.end)
        line, column = article.position(start)
        claim = Claim(
            article=article.path,
            line=line,
            column=column,
            quote=article.text[start:end],
            kind=name,
            fact=fact.id,
        )
        return kind.judge(claim, fact, Situation(article, (start, end), context, readings))

    return fits, slips
