"""ISO dates at any precision, as intervals of days."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factsuite.daterange import (
    DateRange,
    Precision,
    format_range,
    pair_end,
    parse_iso_range,
    whole_years_between,
)


@pytest.mark.parametrize(
    ("text", "start", "end", "precision"),
    [
        ("2011", date(2011, 1, 1), date(2011, 12, 31), Precision.YEAR),
        ("2011-12", date(2011, 12, 1), date(2011, 12, 31), Precision.MONTH),
        ("2024-02", date(2024, 2, 1), date(2024, 2, 29), Precision.MONTH),
        ("2025-09-03", date(2025, 9, 3), date(2025, 9, 3), Precision.DAY),
        ("2018-03-25..28", date(2018, 3, 25), date(2018, 3, 28), Precision.DAY),
        ("2018-05-30..06-02", date(2018, 5, 30), date(2018, 6, 2), Precision.DAY),
        ("2018-03-25..2019-01-10", date(2018, 3, 25), date(2019, 1, 10), Precision.DAY),
        ("2000..2008", date(2000, 1, 1), date(2008, 12, 31), Precision.YEAR),
    ],
)
def test_parse(text: str, start: date, end: date, precision: Precision) -> None:
    assert parse_iso_range(text) == DateRange(start, end, precision)


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("2025-13", "month 13"),
        ("2025-02-30", "day 30 does not exist"),
        ("3 September", "is not a date"),
        ("2025-09-03..01", "ends before it starts"),
        ("2025..03", "bare day needs a full start date"),
    ],
)
def test_bad_dates_say_what_is_wrong(text: str, problem: str) -> None:
    with pytest.raises(ValueError, match=problem):
        parse_iso_range(text)


days = st.dates(min_value=date(1800, 1, 1), max_value=date(2199, 12, 1))


@given(days, st.integers(min_value=0, max_value=800))
def test_format_and_parse_round_trip(start: date, length: int) -> None:
    value = DateRange(start, start + timedelta(days=length))
    again = parse_iso_range(format_range(value))
    assert (again.start, again.end) == (value.start, value.end)


@given(days)
def test_a_day_lies_within_its_month_and_year(day: date) -> None:
    exact = parse_iso_range(day.isoformat())
    month = parse_iso_range(day.isoformat()[:7])
    year = parse_iso_range(day.isoformat()[:4])
    assert year.contains(month)
    assert month.contains(exact)
    assert exact.overlaps(year)


def test_whole_years_count_like_an_age() -> None:
    assert whole_years_between(date(2019, 1, 10), date(2025, 9, 2)) == 6
    assert whole_years_between(date(2019, 9, 3), date(2025, 9, 2)) == 5
    assert whole_years_between(date(2019, 9, 2), date(2025, 9, 2)) == 6


@pytest.mark.parametrize(
    ("first", "written", "year"),
    [(2018, "2019", 2019), (2018, "19", 2019), (2025, "26", 2026), (1999, "00", 1900)],
)
def test_the_second_half_of_a_year_pair_is_read_in_the_first_half_s_century(
    first: int, written: str, year: int
) -> None:
    assert pair_end(first, written) == year
