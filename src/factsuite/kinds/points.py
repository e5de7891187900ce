"""``points``: a difference in points ("a quarter-point cut", "25 basis points",
"25bp", "0.25 percentage points", "half a point", "a 50-point rise"), against a
number fact whose ``unit`` is basis points, percentage points or points.

A basis point is a hundredth of a percentage point: "25 basis points" agrees with a
fact of 0.25 percentage points, and "0.25 percentage points" with one of 25 basis
points. A bare "point" is a percentage point against a fact in basis or percentage
points (a rate: "a quarter-point cut" is 25 basis points), and an index point
against a fact in points ("the FTSE fell 50 points"); basis or percentage points
never agree with a fact in index points. The amount agrees at its printed precision
and with its hedge, as numbers.py reads them.

How units are written is data (data/points.tsv). A bare point is a difference only
beside a word that says something moved (data/movements.txt: "rose 50 points", "a
50-point rise", "cut by half a point"): "a 3-point shot", "six points on a licence",
"match point" and "the point is" are not.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from factsuite import numbers
from factsuite.kinds._shared import (
    data_rows,
    figure,
    interval_agrees,
    label,
    numbers_in,
    unreadable,
)
from factsuite.kinds.base import ClaimKind, Found, Judgement, Situation
from factsuite.model import Claim, Fact, QuantityFact, Verdict

__all__ = ["PointsKind", "point_unit", "read_points"]

# Percentage points in one of each unit; a bare point counts as the fact's unit.
_IN_PERCENTAGE_POINTS = {"bp": 0.01, "pp": 1.0}
# Code, not data: the names the messages give each kind of point.
_NAMES = {"bp": "basis points", "pp": "percentage points", "point": "points"}
# What may stand between an amount and its unit: "25-basis-point", "half a point",
# "three-quarters of a percentage point".
_JOIN = re.compile(r"(?:\s*[-‐]\s*|\s+of\s+an?\s+|\s+an?\s+|\s*)$")
_DIGITS_BEFORE = re.compile(r"(?<![\w.])(\d+(?:\.\d+)?)$")
_WORDS_BEFORE = 2


@functools.cache
def _units() -> dict[str, str]:
    """Each way of writing a unit of points (data/points.tsv), to bp, pp or point."""
    return {row[0]: row[1] for row in data_rows("points.tsv")}


@functools.cache
def movement_words() -> frozenset[str]:
    """The words that say a figure moved (data/movements.txt)."""
    return frozenset(row[0] for row in data_rows("movements.txt"))


@functools.cache
def _unit_pattern() -> re.Pattern[str]:
    forms = sorted(_units(), key=len, reverse=True)
    alternation = "|".join(re.escape(f).replace(r"\ ", r"\s+") for f in forms)
    return re.compile(rf"(?<![A-Za-z])(?:{alternation})(?![A-Za-z])", re.IGNORECASE)


def point_unit(written: str) -> str | None:
    """bp, pp or point for a way of writing a unit of points ("basis points"), else None."""
    return _units().get(" ".join(written.lower().split()))


@dataclass(frozen=True, slots=True)
class Points:
    """An amount of points as written: its reading and its unit (bp, pp or point)."""

    amount: numbers.NumberMention
    unit: str
    start: int  # where the amount starts in the text read
    end: int  # where the unit ends


_JOINING = frozenset("-‐ofan")  # with whitespace, every character _JOIN can match


def _join_reach(head: str) -> int:
    """Where _JOIN's search of ``head`` may start: after the last character it cannot
    match. A match runs to the end of ``head``, so none starts before that character;
    searching from there finds the same match without trying every position of the
    text before the unit (once per unit, which grew with the article's length)."""
    position = len(head)
    while position > 0 and (head[position - 1] in _JOINING or head[position - 1].isspace()):
        position -= 1
    return position


def _amount_before(text: str, unit_start: int) -> tuple[int, numbers.NumberMention] | None:
    """The amount that ends right before a unit starting at ``unit_start``."""
    head = text[:unit_start]
    joined = _JOIN.search(head, _join_reach(head))
    assert joined is not None  # the pattern matches the empty string
    amount_end = joined.start()
    for mention in reversed(numbers_in(text)):
        if mention.start >= amount_end:
            continue
        if mention.end < amount_end:
            break
        read = numbers.read_number(text[mention.start : amount_end])
        if read is not None and read.start == 0 and read.end == amount_end - mention.start:
            return mention.start, read
        break
    digits = _DIGITS_BEFORE.search(head[:amount_end])  # "25bp": digits glued to the unit
    if digits is not None:
        read = numbers.read_number(digits[1])
        if read is not None:
            return digits.start(), read
    return None


def _moves(text: str, start: int, end: int, compound: bool) -> bool:
    """Whether a word beside the amount (before it) or its unit (after it) says that
    something moved: "fell 50 points", "rose by a quarter point", "a 50-point rise".
    A ``compound`` ("50-point") describes the noun after it only: "sank a 3-point
    shot" is a shot."""
    after = re.match(r"\s*([A-Za-z]+)", text[end : end + 24])
    if after and after[1].lower() in movement_words():
        return True
    if compound:
        return False
    before = re.findall(r"[A-Za-z]+", text[max(0, start - 40) : start])[-_WORDS_BEFORE:]
    before = [w.lower() for w in before]
    if before and before[-1] == "by":
        return True
    return any(w in movement_words() for w in before)


def find_points(text: str) -> list[Points]:
    """Every amount of points in ``text``."""
    found: list[Points] = []
    for hit in _unit_pattern().finditer(text):
        unit = point_unit(hit[0])
        if unit is None:
            continue
        amount = _amount_before(text, hit.start())
        if amount is None or amount[1].value <= 0 or amount[1].kind not in ("number", "percent"):
            continue
        start, read = amount
        compound = "-" in text[start : hit.start()].split()[-1] if start < hit.start() else False
        if unit == "point" and not _moves(text, start, hit.end(), compound):
            continue
        if found and found[-1].end > start:
            continue
        found.append(Points(read, unit, start, hit.end()))
    return found


def read_points(quote: str) -> Points | None:
    """The amount of points a quote states, if it states one as a whole."""
    hits = list(_unit_pattern().finditer(quote))
    if not hits:
        return None
    hit = hits[-1]
    unit = point_unit(hit[0])
    amount = _amount_before(quote, hit.start())
    if unit is None or amount is None:
        return None
    return Points(amount[1], unit, amount[0], hit.end())


class PointsKind(ClaimKind[QuantityFact]):
    name = "points"
    states_value = True
    fact_types = (QuantityFact,)
    description = "a difference in basis, percentage or index points"

    def accepts(self, fact: Fact) -> bool:
        """A number fact whose ``unit`` is basis points, percentage points or points."""
        return isinstance(fact, QuantityFact) and point_unit(fact.unit) is not None

    def find(self, text: str, reference: date) -> Sequence[Found]:
        return [Found(p.start, p.end) for p in find_points(text)]

    def judge(self, claim: Claim, fact: QuantityFact, situation: Situation) -> Judgement:
        points = read_points(claim.stated or claim.quote)
        if points is None:
            return unreadable(claim, "an amount of points")
        expected = self.describe_expected(fact)
        fact_unit = point_unit(fact.unit) or "point"
        read = points.amount
        # A bare point on a rate is a percentage point.
        unit = "pp" if points.unit == "point" and fact_unit != "point" else points.unit
        said = f"{figure(read.value, 4)} {_NAMES[unit]}"
        if fact_unit == "point" and unit != "point":
            return Judgement(
                Verdict.CONTRADICTS,
                said,
                expected,
                f"contradicts: {claim.quote!r} is in {_NAMES[points.unit]},"
                f" but {label(fact)} is {expected}",
            )
        factor = _factor(unit, fact_unit)
        low, high = read.low * factor, read.high * factor
        agrees = interval_agrees(fact, low, high, read.low_open, read.high_open)
        note = "" if factor == 1 else f" ({figure(read.value * factor, 4)} {_NAMES[fact_unit]})"
        if agrees:
            return Judgement(
                Verdict.AGREES, said, expected, f"{claim.quote!r}{note} agrees with {expected}"
            )
        return Judgement(
            Verdict.CONTRADICTS,
            said,
            expected,
            f"contradicts: {claim.quote!r} is {figure(read.value, 4)} {_NAMES[unit]}{note}"
            f" but {label(fact)} is {expected}",
        )

    def describe_expected(self, fact: QuantityFact) -> str:
        unit = _NAMES.get(point_unit(fact.unit) or "", fact.unit)
        if fact.low is not None and fact.high is not None:
            return f"{figure(fact.low, 4)}-{figure(fact.high, 4)} {unit}"
        return f"{figure(fact.value, 4)} {unit}"


def _factor(stated: str, fact: str) -> float:
    """What multiplies an amount in the ``stated`` unit to give it in the fact's."""
    if stated == fact:
        return 1.0
    return _IN_PERCENTAGE_POINTS[stated] / _IN_PERCENTAGE_POINTS[fact]
