"""``quantity``: a number with a unit of measure ("a 380-metre climb", "120 miles",
"6.1m", "a 30-tonne load", "140 mph", "40C"), against a number fact whose ``unit``
is a unit of measure ("metres", "km", "mph", "degrees Celsius").

The units and every way news writes them are data (data/units.tsv: a pint unit
name, what it measures, its written forms). A quantity agrees at the precision it
is printed at, in the unit it is written in: "120 miles" is 119.5 up to 120.5
miles, so it agrees with 193 km (119.9 miles) and contradicts 210 km (130.5
miles). A conversion between different units goes through pint, imported only
then (a same-unit comparison, most of what a pre-commit hook sees, never loads it).

Rules, each with its tests (tests/test_quantity.py):

- *found after a number*: a unit form right after a number, spaced ("380 metres"),
  hyphened ("380-metre", which extraction's own reader leaves alone as a compound)
  or glued ("5.2km", "40C"). A hyphened word that is no unit ("three-way",
  "two-year-old") is not a quantity.
- *glued only*: a one-letter capital symbol ("C", "F") is a unit only glued to its
  number ("40C"); "40 C" is left alone.
- *scale or unit*: a form that is also a scale word's short form ("m"), glued to its
  number ("6.1m"), may be 6.1 million as well as 6.1 metres. It is read as metres
  only bound to a length fact; bound to anything else it awaits a person (extraction
  binds it to nothing else, and numbers leave a number glued to letters alone). A
  number that extraction binds to a fact in a unit of measure is a quantity claim
  too (see pipeline.py), read with the unit written right after it.
- *measures the same thing*: a quantity binds only to a fact of the same dimension
  (a length to a length); a speed stated for a length contradicts.
- *time is a duration's*: units of time ("months", "hours") are judged here like any
  unit ("six months" agrees with 0.5 years), but this reader never finds them: an
  amount of time is read by extraction's duration readings (extraction/values.py),
  after the elapsed, anniversary, age and tenure readings that may cover its words.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from factsuite import numbers
from factsuite.kinds._shared import data_rows, figure, label, unreadable
from factsuite.kinds.base import ClaimKind, Found, Judgement, Situation
from factsuite.kinds.money import currency_around
from factsuite.kinds.number import NumberKind, describe_interval, figures_of
from factsuite.kinds.unitscale import scale_forms, unscaled
from factsuite.model import Claim, Fact, PercentFact, QuantityFact, Verdict

__all__ = [
    "TIME",
    "QuantityKind",
    "Unit",
    "clock_parts",
    "convert",
    "find_quantities",
    "in_time",
    "one_unit_and",
    "unit_forms",
    "unit_of",
]

# How far before a unit its number is looked for ("more than 2.4 million hectares").
_BEFORE = 48
# How far after a quote its unit is looked for when the quote holds none.
_AFTER = 32
# A converted value may differ from the printed one by float error at the interval's edge.
_TOLERANCE = 1e-9


@dataclass(frozen=True, slots=True)
class Unit:
    """A unit of measure: its pint name, what it measures ("length"), and one
    written form of it ("metres")."""

    name: str
    dimension: str
    form: str


def _is_word(form: str) -> bool:
    """A form of three characters or more matches in any case; a symbol as written."""
    return len(form) >= 3


def _key(form: str) -> str:
    return form.casefold() if _is_word(form) else form


@functools.cache
def unit_forms() -> dict[str, Unit]:
    """Every written form of a unit (data/units.tsv), keyed as ``_key`` keys it."""
    forms: dict[str, Unit] = {}
    for name, dimension, *written in data_rows("units.tsv"):
        for form in written:
            forms[_key(form)] = Unit(name, dimension, form)
    return forms


@functools.cache
def _by_casefold() -> dict[str, Unit]:
    """Every form casefolded (no two units share one: tested), for ``Found.counted``."""
    return {unit.form.casefold(): unit for unit in unit_forms().values()}


def unit_of(text: str) -> Unit | None:
    """The unit ``text`` writes ("metres", "km", "degrees Celsius"), if any."""
    written = " ".join(text.split())
    return unit_forms().get(written) or unit_forms().get(written.casefold())


# What a unit of time measures (data/units.tsv): durations, read by extraction.
TIME = "time"


def in_time(text: str) -> bool:
    """Whether ``text`` writes a unit of time ("years", "hrs", "Months")."""
    unit = unit_of(text)
    return unit is not None and unit.dimension == TIME


def _glued_only(form: str) -> bool:
    """A one-letter capital symbol ("C", "F") is a unit only glued to its number."""
    return len(form) == 1 and form.isupper()


def _scale_or_unit(form: str) -> bool:
    """A form that is also a scale word's short form ("m": metres or million)."""
    return form.casefold() in scale_forms()


@functools.cache
def _after_number() -> re.Pattern[str]:
    """A unit right after a number: a space, a hyphen or nothing between, longest
    forms first ("miles per hour" before "miles"); not running on into a word."""
    forms = sorted({u.form for u in unit_forms().values()}, key=len, reverse=True)
    words = "|".join(re.escape(f).replace(r"\ ", r"[ \t\u00a0]+") for f in forms if _is_word(f))
    symbols = "|".join(re.escape(f) for f in forms if not _is_word(f))
    return re.compile(
        rf"(?P<sep>[ \t\u00a0]|-)?(?:(?i:(?P<w>{words}))|(?P<s>{symbols}))(?![A-Za-z0-9²])"
    )


# A word that may open a unit's form ("km/h", "°C", "miles"): each is looked up, and
# only one that opens a form is matched in full (a pattern of every form, tried at
# every character, read an article twice as slowly as its numbers are).
_TOKEN = re.compile(r"[A-Za-z°º][A-Za-z/²]*")
_SEPARATORS = " \t\u00a0-"


@functools.cache
def _first_words() -> frozenset[str]:
    """The first word of every unit form, casefolded; none of time (time is a
    duration's: the module docstring)."""
    firsts = (_TOKEN.match(u.form) for u in unit_forms().values() if u.dimension != TIME)
    return frozenset(first.group().casefold() for first in firsts if first is not None)


def _unit_starts(text: str) -> list[int]:
    """Where a unit may be written right after a number: before the separator (if
    any) ahead of a word that opens a unit form, right after a digit or a letter."""
    firsts = _first_words()
    starts = []
    for token in _TOKEN.finditer(text):
        if token.group().casefold() not in firsts:
            continue
        at = token.start()
        if at > 0 and text[at - 1] in _SEPARATORS:
            at -= 1
        if at > 0 and text[at - 1].isalnum():
            starts.append(at)
    return starts


@dataclass(frozen=True, slots=True)
class _Written:
    """A unit written right after a number: the unit, and whether it was glued."""

    unit: Unit
    glued: bool
    end: int  # where the unit's form ends, in the text it was read from


def _unit_at(text: str, position: int) -> _Written | None:
    """The unit written at ``position`` of ``text`` (right after a number), if any."""
    found = _after_number().match(text, position)
    if found is None:
        return None
    form = found.group("w") or found.group("s")
    unit = unit_of(form)
    if unit is None:
        return None
    glued = found.group("sep") is None
    if _glued_only(unit.form) and not glued:
        return None
    return _Written(Unit(unit.name, unit.dimension, form), glued, found.end())


# Code, not data: the clock's units in seconds, for adding up a length of time
# written in several of them ("two hours and 48 minutes").
_CLOCK_SECONDS = {"hour": 3600, "minute": 60, "second": 1}
# What joins the parts: "2 hours, 21 minutes and 37 seconds", "2 minutes 59 seconds".
_TIME_JOIN = re.compile(r"(?:[ \t\u00a0]*,)?[ \t\u00a0]+(?:and[ \t\u00a0]+)?")
_PART_NUMBER = re.compile(r"[0-9]+(?:\.[0-9]+)?|[A-Za-z]+(?:-[A-Za-z]+)?")


def clock_parts(
    text: str, number: numbers.NumberMention, unit: Unit, end: int
) -> tuple[numbers.NumberMention, Unit, int] | None:
    """A length of time in several of the clock's units, each smaller than the one
    before ("two hours and 48 minutes", "2 hours, 21 minutes and 37 seconds"), whose
    first part is ``number`` ``unit``, its unit ending at ``end`` of ``text``: as one
    amount in the smallest unit written (168 minutes, 8,497 seconds), at that unit's
    precision, with the first part's hedge, and where it ends. None when no smaller
    part follows the first (rule ``clock-parts``)."""
    if unit.name not in _CLOCK_SECONDS:
        return None
    seconds = number.value * _CLOCK_SECONDS[unit.name]
    last, stop = unit, end
    while (join := _TIME_JOIN.match(text, stop)) is not None:
        word = _PART_NUMBER.match(text, join.end())
        part = numbers.read_number(word.group()) if word is not None else None
        if word is None or part is None or part.kind != "number" or part.hedge is not None:
            break
        written = _unit_at(text, word.end())
        if (
            written is None
            or written.unit.name not in _CLOCK_SECONDS
            or _CLOCK_SECONDS[written.unit.name] >= _CLOCK_SECONDS[last.name]
        ):
            break
        seconds += part.value * _CLOCK_SECONDS[written.unit.name]
        last, stop = written.unit, written.end
    if last is unit:
        return None
    amount = seconds / _CLOCK_SECONDS[last.name]
    hedge = (number.hedge or "").replace("_", " ")
    total = numbers.read_number(f"{hedge} {amount:g}".strip())
    if total is None:
        return None
    if not hedge:
        # printed to one of its smallest unit, whatever zeros end the sum: "5 hours, 0
        # minutes and 0 seconds" is 18,000 seconds give or take half a second
        total = replace(total, low=amount - 0.5, high=amount + 0.5)
    # its text is the figure it adds up to, "168": the words are the span's
    return replace(total, start=number.start, end=stop), last, stop


# "an hour and", "a minute and" right before a number: the first of its clock parts.
# (the clock's units, by their pint names, which are the words written)
_ONE_UNIT_AND = re.compile(
    rf"\b(an?)[ \t\u00a0]+({'|'.join(_CLOCK_SECONDS)})[ \t\u00a0]+and[ \t\u00a0]+$", re.I
)


def one_unit_and(text: str, start: int) -> tuple[numbers.NumberMention, Unit, int] | None:
    """ "an hour and" before the number at ``start``: one of that unit, as a number
    mention over "an", its unit, and where the unit's word ends (clock-parts)."""
    found = _ONE_UNIT_AND.search(text, max(0, start - 24), start)
    if found is None:
        return None
    unit = unit_of(found.group(2))
    one = numbers.read_number("1")
    if unit is None or one is None:
        return None
    article = found.group(1)
    mention = replace(one, start=found.start(1), end=found.end(1), text=article)
    return mention, unit, found.end(2)


def _number_before(text: str, end: int) -> numbers.NumberMention | None:
    """The number mention that ends at ``end`` of ``text``, read from a window
    before it that starts at a word boundary (so "1,234" is not cut)."""
    start = max(0, end - _BEFORE)
    if start > 0:
        space = text.find(" ", start, end)
        if space < 0:
            return None
        start = space + 1
    window = text[start:end]
    for mention in reversed(numbers.find_numbers(window)):
        if mention.end == len(window) and mention.kind == "number":
            return _shifted(mention, start)
    return None


def _shifted(mention: numbers.NumberMention, offset: int) -> numbers.NumberMention:
    return replace(mention, start=mention.start + offset, end=mention.end + offset)


def _currency_before(text: str, start: int) -> bool:
    return currency_around(text[max(0, start - 8) : start], "") is not None


def find_quantities(text: str) -> list[tuple[numbers.NumberMention, _Written]]:
    """Every number with a unit of measure right after it in ``text``."""
    out: list[tuple[numbers.NumberMention, _Written]] = []
    for number_end in _unit_starts(text):
        written = _unit_at(text, number_end)
        if written is None:
            continue
        mention = _number_before(text, number_end)
        if mention is None or _currency_before(text, mention.start):
            continue  # no number, or an amount of money ("$6.1 m")
        if out and out[-1][1].end > mention.start:
            continue
        out.append((mention, written))
    return out


@functools.cache
def _registry() -> Any:
    """pint's unit registry, built once, on the first conversion between units."""
    import pint

    return pint.UnitRegistry()


def convert(value: float, source: str, target: str) -> float:
    """``value`` in the pint unit ``source``, in ``target``; pint only when they differ."""
    if source == target:
        return value
    registry = _registry()
    return float(registry.Quantity(value, source).to(target).magnitude)


class QuantityKind(ClaimKind[QuantityFact]):
    name = "quantity"
    states_value = True
    fact_types = (QuantityFact,)
    description = "a number with a unit of measure, converted, at its printed precision"
    measures_value = True

    def claims_bound(self, value_kind: str, fact: Fact) -> bool:
        """A number bound to a measurement ("6.1m" of a height) is a quantity."""
        return value_kind == "number" and self.accepts(fact)

    def accepts(self, fact: Fact) -> bool:
        """A number fact whose ``unit`` is a unit of measure ("metres", "mph")."""
        return self._unit(fact) is not None

    @staticmethod
    def _unit(fact: Fact) -> Unit | None:
        if not isinstance(fact, QuantityFact) or isinstance(fact, PercentFact):
            return None
        return unit_of(unscaled(fact).unit) if fact.unit else None

    def find(self, text: str, reference: date) -> Sequence[Found]:
        """Each number with a unit of measure after it: the number and the unit."""
        return [
            Found(mention.start, written.end, (written.unit.form.casefold(),))
            for mention, written in find_quantities(text)
        ]

    def binds(self, fact: Fact, found: Found) -> bool:
        """A fact in a unit that measures what the span's unit measures."""
        unit = self._unit(fact)
        written = _by_casefold().get(found.counted[0]) if found.counted else None
        return unit is not None and written is not None and written.dimension == unit.dimension

    def judge(self, claim: Claim, fact: QuantityFact, situation: Situation) -> Judgement:
        true_unit = self._unit(fact)
        if true_unit is None:  # accepts() refused it when claims.yaml was read
            return unreadable(claim, "a unit of measure")
        quote = claim.stated or claim.quote
        read = _read(quote, "" if claim.stated else situation.text_after(_AFTER), true_unit)
        if (read is None or read[1] is None) and true_unit.dimension == TIME:
            # no figure written with its unit: "half a year", "a decade" (time-in-words)
            read = _duration_read(quote, situation.reference) or read
        if read is None:
            return unreadable(claim, "a quantity")
        mention, written = read
        unit = written or true_unit
        expected = self.describe_expected(fact)
        stated = f"{mention.text} {unit.form}"
        if unit.dimension != true_unit.dimension:
            return Judgement(
                Verdict.CONTRADICTS,
                stated,
                expected,
                f"contradicts: {claim.quote!r} is a {unit.dimension},"
                f" but {label(fact)} is {expected}, a {true_unit.dimension}",
            )
        true = unscaled(fact)
        values = [
            convert(v, true_unit.name, unit.name)
            for v in (true.value, true.low, true.high)
            if v is not None
        ]
        converted = unit.name != true_unit.name
        tolerance = _TOLERANCE * max(abs(v) for v in values) if converted else 0.0
        ranged_fact = true.low is not None and true.high is not None
        ranged = ranged_fact
        spread = _month_spread(true_unit.name, unit.name)
        if spread is not None and not ranged:
            # months in days or weeks: as long as any months may be (calendar-months)
            values = [values[0], values[0] * spread[0], values[0] * spread[1]]
            ranged = True
        if ranged:
            low, high = values[1], values[2]
            agrees = mention.low <= high + tolerance and low - tolerance <= mention.high
            shown = f"{figure(low, 4)} to {figure(high, 4)} {unit.form}"
        else:
            value = values[0]
            agrees = any(
                mention.agrees_with(v) for v in (value - tolerance, value, value + tolerance)
            )
            shown = f"{figure(value, 4)} {unit.form}"
        in_unit = f" ({shown})" if converted else ""
        # "380-metre" writes its unit in the singular: an interval of it reads as the fact's
        named = true_unit.form if not converted else unit.form
        if agrees:
            unsaid = "" if written else f" (no unit is written by it: {true_unit.form} is assumed)"
            return Judgement(
                Verdict.AGREES,
                stated,
                expected,
                f"{claim.quote!r} agrees with {expected}{in_unit}{unsaid}",
            )
        return Judgement(
            Verdict.CONTRADICTS,
            stated,
            expected,
            f"contradicts: {claim.quote!r} ({describe_interval(mention)} {named})"
            f" but {label(fact)} is {expected}{in_unit}",
            # a figure converted from another unit is arithmetic, not a keystroke
            None if converted else figures_of(mention, true),
            (mention.value, true.value, values[0]) if converted and not ranged_fact else None,
        )

    def describe_expected(self, fact: QuantityFact) -> str:
        """The fact as written, value and unit: "193 km", "12 feet"."""
        return NumberKind().describe_expected(fact)


# A month is 28 to 31 days; pint's month is the mean one (a twelfth of 365.25 days).
_MONTH = "month"
_MEAN_MONTH_DAYS = 365.25 / 12
_MONTH_DAYS = (28.0, 31.0)
# The units of time counted in days, not in calendar months (a year is 12 months).
# Code, not data: pint's names of its units, not English words of the text.
_DAY_COUNTED = frozenset({"second", "minute", "hour", "day", "week", "fortnight"})


def _month_spread(source: str, target: str) -> tuple[float, float] | None:
    """The factors that widen a value converted between months and a unit counted in
    days ("3 months" is 12 to 13.3 weeks), else None: any month may be meant."""
    shortest, longest = (days / _MEAN_MONTH_DAYS for days in _MONTH_DAYS)
    if source == _MONTH and target in _DAY_COUNTED:
        return shortest, longest
    if target == _MONTH and source in _DAY_COUNTED:
        return 1 / longest, 1 / shortest
    return None


def _duration_read(quote: str, reference: date) -> tuple[numbers.NumberMention, Unit] | None:
    """An amount of time no figure writes with its unit ("half a year", "a decade", "a
    fortnight"), as the date reader reads it (in its unit, with its hedge), that figure
    then read as numbers read it; None for anything else."""
    from factsuite import dates

    mention = dates.read_date(quote, reference)
    if mention is None or mention.duration is None:
        return None
    duration = mention.duration
    hedge = (duration.hedge or "").replace("_", " ")
    read = numbers.read_number(f"{hedge} {duration.amount:g}".strip())
    unit = unit_of(duration.unit)
    if read is None or unit is None:
        return None
    return replace(read, text=quote), unit


def _read(
    quote: str, after: str, true_unit: Unit
) -> tuple[numbers.NumberMention, Unit | None] | None:
    """The number a quote states and the unit it writes, in the quote or right after
    it; a unit glued that may be a scale ("6.1m") is read as one only when the fact
    measures what it measures."""
    for mention in numbers.find_numbers(quote):
        if mention.kind != "number":
            continue
        if (one := one_unit_and(quote, mention.start)) is not None and (
            parts := clock_parts(quote, *one)
        ):
            return parts[0], parts[1]  # "an hour and 10 minutes"
        written = _unit_at(quote, mention.end)
        if written is None and mention.end == len(quote.rstrip()) and after:
            written = _unit_at(after, 0)
        if written is None:
            continue
        if (
            written.glued
            and _scale_or_unit(written.unit.form)
            and written.unit.dimension != true_unit.dimension
        ):
            return None  # "6.1m" of a weight: millions, not metres
        if written.end <= len(quote) and (
            parts := clock_parts(quote, mention, written.unit, written.end)
        ):
            return parts[0], parts[1]
        return mention, written.unit
    alone = numbers.read_number(quote)
    return None if alone is None else (alone, None)
