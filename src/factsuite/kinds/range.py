"""``range``: a range stated as one value ("3.50%-3.75%", "3.5 to 3.75 per cent",
"between 3.5% and 3.75%", "a range of 4.25-4.5%"), against a range fact (a target
range, a band) or a number known only within ``low``/``high``.

Against a range fact, a stated range agrees when each end agrees at the precision it
is printed at ("3.5%-3.75%" agrees with 3.50 to 3.75; "3.25%-3.5%" does not), and one
figure contradicts it whatever it is ("3.6%" is not the range 3.50%-3.75%). Against a
number known only within ``low``/``high`` (uncertainty: one true value, not known
exactly), a stated range agrees when it overlaps those bounds, as each of its ends
would.

What is read as a range value: two figures joined by a dash, or by "to" when the
unit is written once after both ("3.5 to 3.75 per cent") or at each end ("recovering
25% to 30% of costs"), or "between ... and ...",
with a percentage at either end; two amounts with one currency written before each
("£80,000-£120,000", "between $2m and $3m": rule amounts-each-end); or any such pair
right after "a range of". Not
ranges: a change ("from 3.5% to 3.75%", "fell 2% to 3%"), "10-15 inches of rain"
(no percentage: a number's uncertainty, read as numbers), a season ("2024-25") and
a score ("3-1").
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from factsuite import numbers
from factsuite.kinds._shared import figure, label, numbers_in, unreadable
from factsuite.kinds.base import ClaimKind, Found, Judgement, Situation
from factsuite.kinds.money import currency_before
from factsuite.kinds.points import movement_words
from factsuite.kinds.unitscale import unscaled
from factsuite.model import Claim, Fact, PercentFact, QuantityFact, RangeFact, Verdict
from factsuite.slips import slip

__all__ = ["RangeKind", "StatedRange", "read_ranges"]

# Code, not data (to _WORD_BEFORE): the connectors and punctuation of a range.
_DASH = re.compile(r"\s*[-‐–—]\s*")
_TO = re.compile(r"\s+to\s+", re.IGNORECASE)
_AND = re.compile(r"\s+and\s+", re.IGNORECASE)
_BETWEEN = re.compile(r"\bbetween\s+$", re.IGNORECASE)
_RANGE_OF = re.compile(r"\brange\s+of\s+$", re.IGNORECASE)
_WORD_BEFORE = re.compile(r"([A-Za-z]+)\s+$")
_DASHES = "-‐–—−"
_PERCENT = ("%",)  # Found.counted of a range of percentages


@dataclass(frozen=True, slots=True)
class StatedRange:
    """A range as written: its two ends as numbers.py reads them."""

    start: int
    end: int
    low: numbers.NumberMention
    high: numbers.NumberMention

    @property
    def percent(self) -> bool:
        return "percent" in (self.low.kind, self.high.kind)

    def describe(self) -> str:
        mark = "%" if self.percent else ""
        return f"{figure(self.low.value)}{mark} to {figure(self.high.value)}{mark}"


def _end(mention: numbers.NumberMention, amount: bool = False) -> bool:
    """Whether ``mention`` can end a range: digits, or an amount's "2m" or "1.5bn"."""
    return (
        mention.kind in ("number", "percent")
        and mention.hedge is None
        and (mention.form == "digits" or (amount and mention.form == "mixed"))
        and mention.value >= 0
    )


def read_ranges(text: str) -> list[StatedRange]:
    """Every range value written in ``text``."""
    mentions = numbers_in(text)
    found: list[StatedRange] = []
    for first, second in itertools.pairwise(mentions):
        if found and found[-1].end > first.start:
            continue
        stated = _pair(text, first, second)
        if stated is not None:
            found.append(stated)
    return found


def _pair(
    text: str, first: numbers.NumberMention, second: numbers.NumberMention
) -> StatedRange | None:
    # "£80,000-£120,000", "$2m to $3m": amounts in one currency written at each end
    amounts = _currency_each_end(text, first, second)
    if not _end(first, amounts is not None) or second.kind not in ("number", "percent"):
        return None
    before = text[: first.start]
    gap = text[first.end : second.start]
    start = first.start
    if amounts is not None:
        start, gap = amounts[0], text[first.end : amounts[1]]
        before = text[:start]
    high: numbers.NumberMention | None = second
    joined = "dash"
    if second.text[:1] in _DASHES and not gap.strip():
        # "3.50%-3.75%": numbers.py reads a minus; the dash joins the two ends.
        high = numbers.read_number(text[second.start + 1 : second.end])
    elif _DASH.fullmatch(gap):
        pass
    elif _TO.fullmatch(gap):
        joined = "to"
    elif _AND.fullmatch(gap) and _BETWEEN.search(before):
        joined = "between"
    else:
        return None
    if high is None or not _end(high, amounts is not None) or high.value <= first.value:
        return None
    stated = StatedRange(start, second.end, first, high)
    word = _WORD_BEFORE.search(before)
    previous = word[1].lower() if word else ""
    if previous == "from" or previous in movement_words():
        return None  # "from 3.5% to 3.75%", "fell 2% to 3%": a change
    # "3.5 to 3.75 per cent" writes its unit once, after both; "25% to 30%" at each
    # end, as a target or a band is written when no word of change comes before it
    unit_once = first.kind == "number" and high.kind == "percent"
    unit_twice = first.kind == high.kind == "percent"
    marked = _BETWEEN.search(before) or _RANGE_OF.search(before)
    if joined == "to" and not (unit_once or unit_twice or amounts) and not marked:
        return None
    if not stated.percent and not amounts and not _RANGE_OF.search(before):
        return None  # "10-15 inches", "2024-25", "3-1"
    if first.kind == "percent" and high.kind == "number":
        return None  # "3% - 4 people": the unit is written once, after both
    if joined == "between":
        between = _BETWEEN.search(before)
        assert between is not None
        return StatedRange(between.start(), second.end, first, high)
    return stated


def _currency_each_end(
    text: str, first: numbers.NumberMention, second: numbers.NumberMention
) -> tuple[int, int] | None:
    """Where the first amount's currency starts and the second's, when the same
    currency is written right before each of two amounts: a range of amounts, as an
    estimate or a band is written, and no count's uncertainty ("10-15 people")."""
    # each looked for right before its amount only: the text before is the article's
    at_second = currency_before(text, second.start, since=first.end)
    at_first = currency_before(text, first.start)
    if at_second is None or at_first is None or at_first[1] != at_second[1]:
        return None
    return at_first[0], at_second[0]


class RangeKind(ClaimKind[RangeFact | QuantityFact]):
    name = "range"
    states_value = True
    fact_types = (RangeFact, QuantityFact)
    description = "a range stated as one value ('3.50%-3.75%'), against a range"

    def claims_bound(self, value_kind: str, fact: Fact) -> bool:
        """One figure bound to a range is judged as a range: it states one end at most."""
        return value_kind in ("number", "percent") and isinstance(fact, RangeFact)

    def accepts(self, fact: Fact) -> bool:
        """A range fact, or a number known only within ``low`` and ``high``."""
        if isinstance(fact, RangeFact):
            return True
        return isinstance(fact, QuantityFact) and fact.low is not None and fact.high is not None

    def find(self, text: str, reference: date) -> Sequence[Found]:
        return [Found(r.start, r.end, _PERCENT if r.percent else ()) for r in read_ranges(text)]

    def binds(self, fact: Fact, found: Found) -> bool:
        """A range of percentages binds to a range of percentages, or a percentage
        known within bounds; any other range to the others."""
        percent = found.counted == _PERCENT
        if isinstance(fact, RangeFact):
            return fact.percent == percent
        return self.accepts(fact) and isinstance(fact, PercentFact) == percent

    def judge(
        self, claim: Claim, fact: RangeFact | QuantityFact, situation: Situation
    ) -> Judgement:
        quote = claim.stated or claim.quote
        ranges = read_ranges(quote)
        stated = ranges[0] if len(ranges) == 1 else None
        expected = self.describe_expected(fact)  # as written: "14-19 billion US dollars"
        # the scale its unit opens with applied, as the number kind compares
        # (unitscale.py): 14 to 19 "billion US dollars" is what "$14bn to $19bn" says
        true = unscaled(fact)
        if stated is None:
            single = numbers.read_number(quote)
            if single is None:
                return unreadable(claim, "a range")
            return self._one_figure(claim, single, true, expected)
        said = stated.describe()
        if isinstance(true, RangeFact):
            if stated.percent and not true.percent:
                return Judgement(
                    Verdict.CONTRADICTS,
                    said,
                    expected,
                    f"contradicts: {claim.quote!r} is a range of percentages,"
                    f" but {label(fact)} is {expected}",
                )
            wrong = [
                f"its {which} end, {figure(end.value)}, is not {figure(value)}"
                for which, end, value in (
                    ("low", stated.low, true.low),
                    ("high", stated.high, true.high),
                )
                if not end.agrees_with(value)
            ]
        else:
            assert true.low is not None
            assert true.high is not None
            overlaps = stated.low.low <= true.high and true.low <= stated.high.high
            wrong = [] if overlaps else ["it lies outside it"]
        if not wrong:
            return Judgement(
                Verdict.AGREES, said, expected, f"{claim.quote!r} agrees with {expected}"
            )
        return Judgement(
            Verdict.CONTRADICTS,
            said,
            expected,
            f"contradicts: {claim.quote!r} ({said}) but {label(fact)} is {expected}:"
            f" {' and '.join(wrong)}",
        )

    def _one_figure(
        self,
        claim: Claim,
        single: numbers.NumberMention,
        fact: RangeFact | QuantityFact,
        expected: str,
    ) -> Judgement:
        """One figure bound to a range: never the range itself; within a number's
        bounds, it agrees as a number would."""
        if isinstance(fact, QuantityFact):
            assert fact.low is not None
            assert fact.high is not None
            if single.low <= fact.high and fact.low <= single.high:
                return Judgement(
                    Verdict.AGREES, single.text, expected, f"{claim.quote!r} agrees with {expected}"
                )
        low = fact.low if fact.low is not None else 0.0
        high = fact.high if fact.high is not None else 0.0
        # the end it is a slip of, else the nearer end, for far-from-its-fact
        # (farfigures.py): "90 days" beside a target of 120-150 days is no slip of
        # either, likelier another target; "1.5 inches" for 10-15 is 15 at another scale
        slipped = [end for end in (low, high) if slip(single.value, end) is not None]
        nearer = (slipped or [min((low, high), key=lambda end: abs(single.value - end))])[0]
        return Judgement(
            Verdict.CONTRADICTS,
            single.text,
            expected,
            f"contradicts: {claim.quote!r} is one figure but {label(fact)} is {expected}",
            figures=(single.value, nearer),
        )

    def describe_expected(self, fact: RangeFact | QuantityFact) -> str:
        """The range with its unit: "3.5%-3.75%", "10-15 inches"."""
        percent = fact.percent if isinstance(fact, RangeFact) else isinstance(fact, PercentFact)
        mark = "%" if percent else ""
        low = fact.low if fact.low is not None else 0.0
        high = fact.high if fact.high is not None else 0.0
        unit = f" {fact.unit}" if fact.unit and not percent else ""
        if isinstance(fact, RangeFact):
            return f"the range {figure(low)}{mark}-{figure(high)}{mark}{unit}"
        return f"{figure(low)}{mark}-{figure(high)}{mark}{unit}"
