"""Dates as closed intervals of days, at the precision they were written.

Every date factsuite handles, in a fact file or in prose, becomes a ``DateRange``:
"2011" is the whole of 2011, "June 2018" the whole of that June, and a visit
"2018-03-25..28" the four days it lasted. Agreement between a stated date and a
fact is then a question about intervals, which keeps every rule in one place.
"""

from __future__ import annotations

import calendar
import enum
import re
from dataclasses import dataclass
from datetime import date, timedelta


class Precision(enum.IntEnum):
    """How finely a date was written; larger is finer."""

    DECADE = 0
    YEAR = 1
    MONTH = 2
    DAY = 3


@dataclass(frozen=True, slots=True)
class DateRange:
    """The days from ``start`` to ``end``, both included."""

    start: date
    end: date
    precision: Precision = Precision.DAY

    def __post_init__(self) -> None:
        if self.end < self.start:
            raise ValueError(
                f"a date range cannot end ({self.end}) before it starts ({self.start})"
            )

    @classmethod
    def day(cls, when: date) -> DateRange:
        return cls(when, when, Precision.DAY)

    @classmethod
    def month(cls, year: int, month: int) -> DateRange:
        last = calendar.monthrange(year, month)[1]
        return cls(date(year, month, 1), date(year, month, last), Precision.MONTH)

    @classmethod
    def year(cls, year: int) -> DateRange:
        return cls(date(year, 1, 1), date(year, 12, 31), Precision.YEAR)

    def overlaps(self, other: DateRange) -> bool:
        return self.start <= other.end and other.start <= self.end

    def days_from(self, other: DateRange) -> int:
        """Days between the two ranges' nearest ends (0 when they overlap)."""
        if self.end < other.start:
            return (other.start - self.end).days
        if other.end < self.start:
            return (self.start - other.end).days
        return 0

    def contains(self, other: DateRange) -> bool:
        return self.start <= other.start and other.end <= self.end

    def hull(self, other: DateRange) -> DateRange:
        return DateRange(
            min(self.start, other.start),
            max(self.end, other.end),
            min(self.precision, other.precision),
        )

    @property
    def is_single_day(self) -> bool:
        return self.start == self.end

    def __str__(self) -> str:
        return format_range(self)


_ISO_PART = r"(?P<{0}y>\d{{4}})(?:-(?P<{0}m>\d{{2}})(?:-(?P<{0}d>\d{{2}}))?)?"
_ISO = re.compile(_ISO_PART.format("a") + r"$")
# The end of a range may repeat only the parts that change: 2018-03-25..28,
# 2018-05-30..06-02, 2018-03-25..2018-04-02, 2011..2013.
_ISO_RANGE = re.compile(
    _ISO_PART.format("a") + r"\.\.(?:(?P<by>\d{4})(?:-(?P<bm>\d{2}))?(?:-(?P<bd>\d{2}))?"
    r"|(?P<sm>\d{2})-(?P<sd>\d{2})|(?P<sdd>\d{2}))$"
)


def _build(year: str, month: str | None, day: str | None) -> DateRange:
    y = int(year)
    if month is None:
        return DateRange.year(y)
    m = int(month)
    if not 1 <= m <= 12:
        raise ValueError(f"month {m} is not between 01 and 12")
    if day is None:
        return DateRange.month(y, m)
    d = int(day)
    last = calendar.monthrange(y, m)[1]
    if not 1 <= d <= last:
        raise ValueError(f"day {d} does not exist in {y}-{m:02d}")
    return DateRange.day(date(y, m, d))


def parse_iso_range(text: str) -> DateRange:
    """Read an ISO 8601 date at any precision, or a ``start..end`` range of them.

    Raises ``ValueError`` with a message fit for a writer when the text is not a date.
    """
    text = text.strip()
    single = _ISO.match(text)
    if single:
        return _build(single["ay"], single["am"], single["ad"])
    ranged = _ISO_RANGE.match(text)
    if not ranged:
        raise ValueError(
            f"{text!r} is not a date: write YYYY, YYYY-MM or YYYY-MM-DD, "
            "or a range such as 2018-03-25..28"
        )
    first = _build(ranged["ay"], ranged["am"], ranged["ad"])
    if ranged["by"]:
        last = _build(ranged["by"], ranged["bm"], ranged["bd"])
    elif ranged["sm"]:
        last = _build(ranged["ay"], ranged["sm"], ranged["sd"])
    else:
        if ranged["ad"] is None:
            raise ValueError(f"{text!r}: a range ending in a bare day needs a full start date")
        last = _build(ranged["ay"], ranged["am"], ranged["sdd"])
    if last.end < first.start:
        raise ValueError(f"{text!r} ends before it starts")
    return DateRange(first.start, last.end, min(first.precision, last.precision))


def format_range(value: DateRange) -> str:
    """The shortest ISO form that names exactly these days (the inverse of parse_iso_range)."""
    start, end = value.start, value.end
    if start.month == 1 and start.day == 1 and end.month == 12 and end.day == 31:
        if start.year == end.year:
            return f"{start.year}"
        return f"{start.year}..{end.year}"
    month_end = calendar.monthrange(end.year, end.month)[1]
    if start.day == 1 and end.day == month_end:
        if (start.year, start.month) == (end.year, end.month):
            return f"{start.year}-{start.month:02d}"
        return f"{start.year}-{start.month:02d}..{end.year}-{end.month:02d}"
    if start == end:
        return start.isoformat()
    if start.year == end.year and start.month == end.month:
        return f"{start.isoformat()}..{end.day:02d}"
    if start.year == end.year:
        return f"{start.isoformat()}..{end.month:02d}-{end.day:02d}"
    return f"{start.isoformat()}..{end.isoformat()}"


def add_years(when: date, years: int) -> date:
    """The same calendar day ``years`` later (29 February falls back to the 28th)."""
    try:
        return when.replace(year=when.year + years)
    except ValueError:
        return when.replace(year=when.year + years, day=28)


def whole_years_between(earlier: date, later: date) -> int:
    """Completed years from ``earlier`` to ``later``, as an age is counted."""
    years = later.year - earlier.year
    if (later.month, later.day) < (earlier.month, earlier.day):
        years -= 1
    return years


ONE_DAY = timedelta(days=1)


def pair_end(first: int, written: str) -> int:
    """The year the second half of a pair of years names: written in full ("2018-2019")
    it is itself; in two digits, that year of the first's century ("2018-19": 2019;
    "1999/00": 1900, which ends no pair, and each reader says what it makes of it)."""
    return int(written) if len(written) == 4 else first // 100 * 100 + int(written)
