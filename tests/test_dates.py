"""Reading dates in news prose: factsuite.dates."""

from __future__ import annotations

import calendar
from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factsuite.daterange import DateRange, Precision, add_years, whole_years_between
from factsuite.dates import DateMention, Duration, find_dates, read_date, read_date_at

WED = date(2025, 9, 3)  # the sample desk's AFP article, a Wednesday


def day(y: int, m: int, d: int) -> DateRange:
    return DateRange.day(date(y, m, d))


def days(a: date, b: date, precision: Precision = Precision.DAY) -> DateRange:
    return DateRange(a, b, precision)


def months(y: int, m1: int, m2: int) -> DateRange:
    last = calendar.monthrange(y, m2)[1]
    return DateRange(date(y, m1, 1), date(y, m2, last), Precision.MONTH)


def one(text: str, reference: date = WED) -> DateMention:
    found = find_dates(text, reference)
    assert len(found) == 1, found
    return found[0]


def readings(text: str, reference: date = WED) -> tuple[DateRange, ...]:
    return one(text, reference).readings


# ---------------------------------------------------------------------------
# Absolute dates


@pytest.mark.parametrize(
    "phrase",
    [
        "3 September",
        "September 3",
        "Sept 3",
        "Sept. 3",
        "Sep 3",
        "3rd of September",
        "the 3rd of September",
        "September 3rd",
        "September 3, 2025",
        "3 September 2025",
        "3rd September 2025",
        "Wednesday, September 3",
        "Wednesday, September 3, 2025",
        "Wed, Sept. 3",
        "2025-09-03",
        "09/03/2025",
        "9/3/2025",
    ],
)
def test_a_day_in_every_news_style(phrase: str) -> None:
    found = one(f"Kim arrived on {phrase} in Beijing.")
    assert found.kind == "absolute"
    assert found.readings == (day(2025, 9, 3),)
    assert found.text.removeprefix("the ") == phrase.removeprefix("the ")


def test_spans_are_code_points_of_the_given_text() -> None:
    text = "“Kim”—who arrived on 3 September—left."
    found = one(text)
    assert (found.start, found.end) == (text.index("3 S"), text.index("—left"))
    assert text[found.start : found.end] == found.text == "3 September"


def test_a_dateline() -> None:
    found = one("BEIJING, Sept 3 — North Korean leader Kim Jong Un rolled into Beijing")
    assert found.text == "Sept 3"
    assert found.readings == (day(2025, 9, 3),)


def test_month_and_year() -> None:
    found = one("he met Trump in Singapore in June 2018, followed by Hanoi")
    assert found.text == "June 2018"
    assert found.readings == (DateRange.month(2018, 6),)
    assert found.readings[0].precision is Precision.MONTH


@pytest.mark.parametrize(
    "text",
    [
        "in 2011",
        "Since he came to power in 2011, Kim",
        "2011",
        # a year before the event it dates, after "at the" (politics, sport)
        "a majority of 6,842 at the 2011 general election",
        "he won bronze at the 2011 world championships",
    ],
)
def test_a_year(text: str) -> None:
    found = one(text)
    assert found.text == "2011"
    assert found.readings == (DateRange.year(2011),)


def test_a_decade_leaves_the_article_out_of_the_span() -> None:
    found = one("in the 1990s")
    assert found.text == "1990s"
    assert found.readings == (DateRange(date(1990, 1, 1), date(1999, 12, 31), Precision.DECADE),)
    assert readings("the ’90s") == found.readings


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("early 2019", months(2019, 1, 4)),
        ("mid-2019", months(2019, 5, 8)),
        ("late 2019", months(2019, 9, 12)),
        ("the first half of 2019", months(2019, 1, 6)),
        ("the second half of 2019", months(2019, 7, 12)),
        ("spring 2019", months(2019, 3, 5)),
        ("summer 2019", months(2019, 6, 8)),
        ("Q3 2019", months(2019, 7, 9)),
        ("the third quarter of 2019", months(2019, 7, 9)),
        ("the end of 2019", months(2019, 9, 12)),
        ("early June", days(date(2025, 6, 1), date(2025, 6, 10))),
        ("mid-June", days(date(2025, 6, 11), date(2025, 6, 20))),
        ("late June", days(date(2025, 6, 21), date(2025, 6, 30))),
        ("late February 2024", days(date(2024, 2, 21), date(2024, 2, 29))),
    ],
)
def test_parts_of_years_and_months(phrase: str, expected: DateRange) -> None:
    assert readings(phrase) == (expected,)


@pytest.mark.parametrize(
    ("phrase", "span"),
    [
        ("between 2018 and 2019", "between 2018 and 2019"),
        ("from 2018 to 2019", "from 2018 to 2019"),
        ("2018-2019", "2018-2019"),
        ("2018–19", "2018–19"),
        ("2018 to 2019", "2018 to 2019"),
    ],
)
def test_ranges_of_years(phrase: str, span: str) -> None:
    found = one(f"four visits {phrase} preceded the talks")
    assert found.text == span
    assert found.readings == (DateRange(date(2018, 1, 1), date(2019, 12, 31), Precision.YEAR),)


@pytest.mark.parametrize(
    "phrase", ["July 13-15", "July 13–15", "13-15 July", "July 13 to 15", "from 13 to 15 July"]
)
def test_ranges_of_days(phrase: str) -> None:
    assert readings(phrase)[0] == days(date(2025, 7, 13), date(2025, 7, 15))


def test_ranges_across_months_and_years() -> None:
    assert readings("Nov 18-Dec 19, 2015") == (days(date(2015, 11, 18), date(2015, 12, 19)),)
    assert readings("June 2018 to May 2019") == (
        DateRange(date(2018, 6, 1), date(2019, 5, 31), Precision.MONTH),
    )


def test_a_date_without_a_year_is_the_nearest_then_the_same_year() -> None:
    # nearest occurrence first; the reference year's own occurrence second if different
    assert readings("December 20", date(2025, 1, 5)) == (day(2024, 12, 20), day(2025, 12, 20))
    assert readings("January 10", date(2025, 12, 28)) == (day(2026, 1, 10), day(2025, 1, 10))
    assert readings("September 3") == (day(2025, 9, 3),)
    assert readings("in October") == (DateRange.month(2025, 10),)
    assert readings("in January", date(2025, 11, 20)) == (
        DateRange.month(2026, 1),
        DateRange.month(2025, 1),
    )


def test_a_yearless_date_with_its_weekday_takes_the_year_that_matches() -> None:
    assert readings("Tue May 9", date(2018, 1, 7)) == (day(2017, 5, 9),)


def test_29_february_exists_only_in_leap_years() -> None:
    assert readings("29 February 2024") == (day(2024, 2, 29),)
    assert [m.text for m in find_dates("on 29 February 2023", WED)] == ["February 2023"]
    assert readings("February 29", date(2025, 3, 1)) == (day(2024, 2, 29),)


def test_impossible_days_are_not_dates() -> None:
    assert [m.text for m in find_dates("on Feb 30 and 31 September", WED)] == []


# ---------------------------------------------------------------------------
# Relative dates


@pytest.mark.parametrize(
    ("word", "offset"), [("today", 0), ("tonight", 0), ("yesterday", -1), ("tomorrow", 1)]
)
def test_days_around_the_reference(word: str, offset: int) -> None:
    found = one(f"Kim arrived {word}.")
    assert found.kind == "relative"
    assert found.text == word
    assert found.readings == (DateRange.day(WED + timedelta(days=offset)),)


def test_a_bare_weekday_is_the_past_one_then_the_next() -> None:
    assert readings("on Tuesday") == (day(2025, 9, 2), day(2025, 9, 9))
    assert readings("Friday") == (day(2025, 8, 29), day(2025, 9, 5))


def test_the_reference_weekday_is_the_reference_day() -> None:
    assert readings("On Wednesday he will find himself among leaders") == (WED_RANGE,)
    assert readings("on Wednesday") == (WED_RANGE,)


WED_RANGE = DateRange.day(WED)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kim will meet Xi on Tuesday", day(2025, 9, 9)),
        ("Kim is going to meet Xi on Tuesday", day(2025, 9, 9)),
        ("On Tuesday, the ministry said", day(2025, 9, 2)),
        ("the ministry confirmed on Tuesday that Kim would travel", day(2025, 9, 2)),
        ("Kim met Xi on Tuesday", day(2025, 9, 2)),
    ],
)
def test_a_tense_word_nearby_settles_a_weekday(text: str, expected: DateRange) -> None:
    assert readings(text) == (expected,)


@pytest.mark.parametrize(
    ("text", "span", "expected"),
    [
        ("Thursday 12 people died.", "Thursday", day(2025, 8, 28)),
        ("On Friday, 12 were killed.", "Friday", day(2025, 8, 29)),
        ("He left Sat 12 noon", "Sat", None),
        ("on Friday 12, he said", "Friday 12", day(2025, 9, 12)),
        ("It ends Friday 12.", "Friday 12", day(2025, 9, 12)),
        ("Friday 12th", "Friday 12th", day(2025, 9, 12)),
    ],
)
def test_a_number_after_a_weekday_is_its_day_only_where_the_phrase_ends(
    text: str, span: str, expected: DateRange | None
) -> None:
    found = find_dates(text, WED)
    if expected is None:
        assert found == []
        return
    assert [m.text for m in found] == [span]
    assert found[0].readings[0] == expected


def test_next_and_last_weekdays() -> None:
    thu = date(2025, 8, 28)
    assert readings("next Wednesday", thu) == (day(2025, 9, 3),)
    mon = date(2025, 9, 1)
    # the Wednesday of next week, then the first Wednesday after Monday: the nearer one
    # is plain "Wednesday" in news
    assert readings("next Wednesday", mon) == (day(2025, 9, 10), day(2025, 9, 3))
    assert readings("this Wednesday", mon) == (day(2025, 9, 3),)
    assert readings("last Tuesday") == (day(2025, 8, 26), day(2025, 9, 2))
    assert readings("the past Tuesday") == (day(2025, 9, 2),)
    assert readings("the coming Friday") == (day(2025, 9, 5),)
    assert readings("last Wednesday") == (day(2025, 8, 27),)
    assert readings("next Tuesday") == (day(2025, 9, 9),)


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("next week", days(date(2025, 9, 8), date(2025, 9, 14))),
        ("last week", days(date(2025, 8, 25), date(2025, 8, 31))),
        ("this week", days(date(2025, 9, 1), date(2025, 9, 7))),
        ("next month", DateRange.month(2025, 10)),
        ("last month", DateRange.month(2025, 8)),
        ("this month", DateRange.month(2025, 9)),
        ("next year", DateRange.year(2026)),
        ("last year", DateRange.year(2024)),
        ("this year", DateRange.year(2025)),
        ("this October", DateRange.month(2025, 10)),
        ("next June", DateRange.month(2026, 6)),
        ("earlier this year", days(date(2025, 1, 1), date(2025, 9, 2))),
        ("later this month", days(date(2025, 9, 3), date(2025, 9, 30))),
        ("early next year", months(2026, 1, 4)),
        ("late last year", months(2024, 9, 12)),
        ("the end of the year", months(2025, 9, 12)),
    ],
)
def test_relative_periods(phrase: str, expected: DateRange) -> None:
    found = one(phrase)
    assert found.kind == "relative"
    assert found.readings == (expected,)


def test_last_june_is_the_most_recent_june_and_june_of_last_year() -> None:
    assert readings("last June") == (DateRange.month(2025, 6), DateRange.month(2024, 6))
    assert readings("last June", date(2025, 3, 10)) == (DateRange.month(2024, 6),)
    # "last September" said in September is a year back
    assert readings("last September") == (DateRange.month(2024, 9),)


AUG29 = date(2025, 8, 29)  # a Friday: "June 19" alone is 2025's, "Dec. 4" 2025's first


def june(y: int, a: int, b: int) -> DateRange:
    return days(date(y, 6, a), date(y, 6, b))


@pytest.mark.parametrize(
    ("text", "span", "expected"),
    [
        (
            "Putin and Kim signed a treaty in Pyongyang on June 19 last year.",
            "June 19 last year",
            day(2024, 6, 19),
        ),
        ("They met on 19 June last year.", "19 June last year", day(2024, 6, 19)),
        ("It opened Dec. 4 last year.", "Dec. 4 last year", day(2024, 12, 4)),
        ("The vote was held on 3 September this year.", "3 September this year", day(2025, 9, 3)),
        ("It will open on June 19 next year.", "June 19 next year", day(2026, 6, 19)),
        ("They signed on June 19 of last year.", "June 19 of last year", day(2024, 6, 19)),
        ("on the 19th of June last year", "19th of June last year", day(2024, 6, 19)),
        ("Tuesday, June 18 last year", "Tuesday, June 18 last year", day(2024, 6, 18)),
        ("in early June last year", "early June last year", june(2024, 1, 10)),
        ("in mid-June of next year", "mid-June of next year", june(2026, 11, 20)),
        ("by the end of June this year", "end of June this year", june(2025, 21, 30)),
        ("on June 3-9 last year", "June 3-9 last year", june(2024, 3, 9)),
        ("on 3-9 June last year", "3-9 June last year", june(2024, 3, 9)),
        ("on June 5 and 6 last year", "June 5 and 6 last year", june(2024, 5, 6)),
        (
            "from June 3 to June 9 last year",
            "from June 3 to June 9 last year",
            june(2024, 3, 9),
        ),
        # a place in the month, which "when" after it does not make a time told
        ("on the last day of June last year", "last day of June last year", day(2024, 6, 30)),
        ("in the first week of June last year", "first week of June last year", june(2024, 3, 9)),
        ("the first Monday of June last year", "first Monday of June last year", day(2024, 6, 3)),
        (
            "in the last 10 days of June last year when he left",
            "last 10 days of June last year",
            june(2024, 21, 30),
        ),
        (
            "on the last Monday of June last year when he left",
            "last Monday of June last year",
            day(2024, 6, 24),
        ),
        # a month alone was read so before
        ("in March last year", "March last year", DateRange.month(2024, 3)),
        ("in March of last year", "March of last year", DateRange.month(2024, 3)),
    ],
)
def test_a_date_without_its_year_takes_the_year_counted_after_it(
    text: str, span: str, expected: DateRange
) -> None:
    found = one(text, AUG29)
    assert (found.text, found.kind, found.readings) == (span, "relative", (expected,))


def test_the_last_monday_of_a_month_named_is_no_time_told() -> None:
    # "the last year when" may count from a time told; "the last Monday of June" does not
    found = one("on the last Monday of June when he left", AUG29)
    assert (found.text, found.readings) == ("last Monday of June", (day(2025, 6, 30),))


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        # a noun's year, and a year after a comma, are not the date's
        ("On June 19 last year's champion lost.", ["June 19", "last year"]),
        ("Before June 19, last year's rules applied.", ["June 19", "last year"]),
        ("On 19 June, last year they had met.", ["19 June", "last year"]),
        ("The June 19 meeting last year was tense.", ["June 19", "last year"]),
        ("on June 19 the last year of his term", ["June 19"]),
    ],
)
def test_a_year_counted_apart_from_the_date_stays_apart(text: str, spans: list[str]) -> None:
    found = find_dates(text, AUG29)
    assert [m.text for m in found] == spans
    assert found[0].readings[0] == day(2025, 6, 19)


@pytest.mark.parametrize(
    ("text", "span", "expected"),
    [
        ("I'll be out next june", "next june", (DateRange.month(2026, 6),)),
        ("it rained last sept.", "last sept.", (DateRange.month(2024, 9),)),
        ("in the past december", "past december", (DateRange.month(2024, 12),)),
        ("last jan", "last jan", (DateRange.month(2025, 1), DateRange.month(2024, 1))),
        (
            "the first of march and next oct",
            "next oct",
            (DateRange.month(2025, 10), DateRange.month(2026, 10)),
        ),
    ],
)
def test_a_month_in_lower_case_after_next_last_or_past(
    text: str, span: str, expected: tuple[DateRange, ...]
) -> None:
    found = find_dates(text, WED)[-1]
    assert found.text == span
    assert found.readings == expected


@pytest.mark.parametrize(
    "text",
    [
        "the next march on Washington",
        "last may be the best",
        "this august body",
        "at least june",
        "the context june",
    ],
)
def test_a_lower_case_month_word_elsewhere_stays_a_word(text: str) -> None:
    assert find_dates(text, WED) == []


def test_years_ago_is_the_calendar_year_and_every_day_exactly_that_long_ago() -> None:
    found = one("His most adventurous travel came seven years ago, when he met Trump")
    assert found.text == "seven years ago"
    assert found.readings == (DateRange(date(2017, 9, 4), date(2018, 12, 31), Precision.YEAR),)
    assert readings("a year ago") == (
        DateRange(date(2023, 9, 4), date(2024, 12, 31), Precision.YEAR),
    )
    assert readings("a decade ago") == (
        DateRange(date(2014, 9, 4), date(2015, 12, 31), Precision.YEAR),
    )


@pytest.mark.parametrize("n", [1, 2, 6, 10, 30])
@pytest.mark.parametrize(
    "reference", [WED, date(2024, 2, 29), date(2025, 12, 31), date(2025, 1, 1)]
)
def test_n_years_ago_is_exactly_the_days_n_whole_years_back(n: int, reference: date) -> None:
    (reading,) = readings(f"{n} years ago", reference)
    length = (reading.end - reading.start).days + 1
    inside = {reading.start + timedelta(days=i) for i in range(length)}
    expected = {d for d in inside if d.year == reference.year - n} | {
        d for d in inside if whole_years_between(d, reference) == n
    }
    assert inside == expected
    assert date(reference.year - n, 1, 1) in inside
    assert add_years(reference, -n) in inside


def test_days_weeks_and_months_ago() -> None:
    assert readings("three days ago") == (day(2025, 8, 31),)
    # every day from which two whole weeks have passed, and the week of the day 14 days back
    assert readings("two weeks ago") == (days(date(2025, 8, 14), date(2025, 8, 24)),)
    (month,) = readings("two months ago")
    assert month.contains(DateRange.month(2025, 7))
    assert month.contains(day(2025, 7, 3))


def test_the_past_years_roll_and_then_count_calendar_years() -> None:
    assert readings("over the past two years") == (
        days(date(2023, 9, 3), date(2025, 9, 2)),
        DateRange(date(2023, 1, 1), date(2024, 12, 31), Precision.YEAR),
    )
    assert readings("the next three days") == (days(date(2025, 9, 4), date(2025, 9, 6)),)


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("last summer", months(2025, 6, 8)),
        ("this weekend", days(date(2025, 9, 6), date(2025, 9, 7))),
        ("last weekend", days(date(2025, 8, 30), date(2025, 8, 31))),
        ("the day after tomorrow", day(2025, 9, 5)),
        ("the day before yesterday", day(2025, 9, 1)),
        ("two days after today", day(2025, 9, 5)),
        ("Friday after next", day(2025, 9, 12)),
        ("the first Monday of next month", day(2025, 10, 6)),
        ("the 20th of next month", day(2025, 10, 20)),
        ("the rest of the year", days(date(2025, 9, 3), date(2025, 12, 31))),
        ("year to date", days(date(2025, 1, 1), date(2025, 9, 3))),
        ("earlier this week", days(date(2025, 9, 1), date(2025, 9, 2))),
        ("late last month", days(date(2025, 8, 21), date(2025, 8, 31))),
        ("Tuesday of next week", day(2025, 9, 9)),
        ("next week Thursday", day(2025, 9, 11)),
        ("the week before last", days(date(2025, 8, 18), date(2025, 8, 24))),
        ("the year after next", DateRange.year(2027)),
        ("the month before last", DateRange.month(2025, 7)),
        (
            "by the end of the decade",
            DateRange(date(2027, 1, 1), date(2029, 12, 31), Precision.YEAR),
        ),
        (
            "the middle of the decade",
            DateRange(date(2024, 1, 1), date(2026, 12, 31), Precision.YEAR),
        ),
    ],
)
def test_more_relative_dates(phrase: str, expected: DateRange) -> None:
    assert readings(phrase) == (expected,)


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("Q1 2024", months(2024, 1, 3)),
        ("2024 Q4", months(2024, 10, 12)),
        ("the third quarter of 2024", months(2024, 7, 9)),
        ("the early 1990s", DateRange(date(1990, 1, 1), date(1993, 12, 31), Precision.DECADE)),
        ("the 21st century", DateRange(date(2000, 1, 1), date(2099, 12, 31), Precision.DECADE)),
        ("mid-June 2018", days(date(2018, 6, 11), date(2018, 6, 20))),
        ("Jan-Feb 2017", months(2017, 1, 2)),
        ("Nov-Feb 2017", DateRange(date(2016, 11, 1), date(2017, 2, 28), Precision.MONTH)),
        ("from March to May", months(2025, 3, 5)),
        ("Dec. 31, 1994", day(1994, 12, 31)),
        ("16. Nov. 2016", day(2016, 11, 16)),
        ("the last day of June", day(2025, 6, 30)),
        ("between June 3 and June 10, 2024", days(date(2024, 6, 3), date(2024, 6, 10))),
        ("October 31 to November 2", days(date(2025, 10, 31), date(2025, 11, 2))),
        ("March 2-4, 2025", days(date(2025, 3, 2), date(2025, 3, 4))),
        ("the 1950-53 Korean War", DateRange(date(1950, 1, 1), date(1953, 12, 31), Precision.YEAR)),
        ("2016-11", DateRange.month(2016, 11)),
        ("5 December 1391", day(1391, 12, 5)),
        ("31-Oct-74", day(1974, 10, 31)),
        ("5-Mar-20", day(2020, 3, 5)),
    ],
)
def test_more_absolute_dates(phrase: str, expected: DateRange) -> None:
    assert readings(phrase)[0] == expected


@pytest.mark.parametrize(
    ("phrase", "span", "expected"),
    [
        # a Monday-to-Sunday week belongs to the month (or year) that holds its Thursday
        ("the first week of March 2019", "first week of March 2019", (4, 10)),
        ("the second week of March 2019", "second week of March 2019", (11, 17)),
        ("in the last week of March 2019", "last week of March 2019", (25, 31)),
        ("the final week of March 2019", "final week of March 2019", (25, 31)),
        ("the 1st week of March 2019", "1st week of March 2019", (4, 10)),
    ],
)
def test_the_nth_week_of_a_month(phrase: str, span: str, expected: tuple[int, int]) -> None:
    found = one(phrase)
    assert found.text == span
    assert found.readings == (days(date(2019, 3, expected[0]), date(2019, 3, expected[1])),)


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("the first week of 2019", days(date(2018, 12, 31), date(2019, 1, 6))),
        ("the last week of 2019", days(date(2019, 12, 23), date(2019, 12, 29))),
        ("the last week of June", days(date(2025, 6, 23), date(2025, 6, 29))),
        ("the first week of October", days(date(2025, 9, 29), date(2025, 10, 5))),
        ("the last week of the month", days(date(2025, 9, 22), date(2025, 9, 28))),
        ("the third week of next month", days(date(2025, 10, 13), date(2025, 10, 19))),
        ("the week of March 3, 2019", days(date(2019, 2, 25), date(2019, 3, 3))),
        ("the week of 8 September", days(date(2025, 9, 8), date(2025, 9, 14))),
    ],
)
def test_weeks_of_months_years_and_days(phrase: str, expected: DateRange) -> None:
    assert readings(phrase) == (expected,)


def test_the_last_week_of_a_month_is_not_last_week() -> None:
    found = find_dates("in the last week of June", WED)
    assert [m.text for m in found] == ["last week of June"]


@pytest.mark.parametrize(
    ("text", "span", "expected"),
    [
        ("The vote on 2/15 was close.", "2/15", (day(2025, 2, 15),)),
        ("It ran until 12/25, officials said.", "12/25", (day(2024, 12, 25), day(2025, 12, 25))),
        ("on 02/15.", "02/15", (day(2025, 2, 15),)),
        ("on 15/2", "15/2", (day(2025, 2, 15),)),
        ("Fri 2/14", "Fri 2/14", (day(2025, 2, 14),)),
        ("Friday, 9/5", "Friday, 9/5", (day(2025, 9, 5),)),
        ("on 2/15-16", "2/15-16", (days(date(2025, 2, 15), date(2025, 2, 16)),)),
    ],
)
def test_a_yearless_numeric_date_after_a_word_that_introduces_it(
    text: str, span: str, expected: tuple[DateRange, ...]
) -> None:
    found = one(text, date(2025, 3, 1))
    assert found.text == span
    assert found.readings == expected


@pytest.mark.parametrize(
    ("phrase", "span", "expected"),
    [
        ("the first of March", "first of March", (day(2026, 3, 1), day(2025, 3, 1))),
        ("the first of march", "first of march", (day(2026, 3, 1), day(2025, 3, 1))),
        ("second of march", "second of march", (day(2026, 3, 2), day(2025, 3, 2))),
        (
            "the twenty-first of march",
            "twenty-first of march",
            (day(2025, 3, 21),),
        ),
        ("March first", "March first", (day(2026, 3, 1), day(2025, 3, 1))),
        ("on the first of june", "first of june", (day(2025, 6, 1),)),
        ("the third day of October", "third day of October", (day(2025, 10, 3),)),
        ("the 10th day of June 2019", "10th day of June 2019", (day(2019, 6, 10),)),
        ("the first day of June", "first day of June", (day(2025, 6, 1),)),
        (
            "between the first and third of March 2019",
            "first and third of March 2019",
            (days(date(2019, 3, 1), date(2019, 3, 3)),),
        ),
        (
            "from the tenth to the twelfth of October",
            "tenth to the twelfth of October",
            (days(date(2025, 10, 10), date(2025, 10, 12)),),
        ),
    ],
)
def test_days_written_as_ordinal_words(
    phrase: str, span: str, expected: tuple[DateRange, ...]
) -> None:
    found = one(phrase)
    assert found.text == span
    assert found.readings == expected


@pytest.mark.parametrize(
    "text",
    [
        "the march first",
        "they march first to the square",
        "at the end of march",
        "the ides of march",
        "the first of may",
        "the second of many",
        "a day of march",
        "his first day in office",
    ],
)
def test_march_and_may_in_lower_case_stay_words(text: str) -> None:
    assert find_dates(text, WED) == []


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("last yr", DateRange.year(2024)),
        ("this yr", DateRange.year(2025)),
        ("next qtr", months(2025, 10, 12)),
        ("this qtr", months(2025, 7, 9)),
        ("Q3 this year", months(2025, 7, 9)),
        ("Q1 next year", months(2026, 1, 3)),
        ("H2 last year", months(2024, 7, 12)),
        ("the rest of the current week", days(date(2025, 9, 3), date(2025, 9, 7))),
    ],
)
def test_abbreviated_and_relative_periods(phrase: str, expected: DateRange) -> None:
    found = one(phrase)
    assert found.kind == "relative"
    assert found.readings == (expected,)


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("2019-Q1", months(2019, 1, 3)),
        ("Q1-2019", months(2019, 1, 3)),
        ("q3 - 2024", months(2024, 7, 9)),
        ("2017-H2", months(2017, 7, 12)),
    ],
)
def test_quarters_and_halves_written_with_a_hyphen(phrase: str, expected: DateRange) -> None:
    found = one(f"Sales fell in {phrase}, the company said.")
    assert (found.text, found.kind, found.readings) == (phrase, "absolute", (expected,))


def test_the_next_quarters_are_calendar_quarters_not_months() -> None:
    aug = date(2019, 8, 20)
    rolling, quarters = readings("the next three quarters", aug)
    assert rolling == days(date(2019, 8, 21), date(2020, 5, 20))
    assert quarters == DateRange(date(2019, 10, 1), date(2020, 6, 30), Precision.MONTH)
    _, past = readings("the past two quarters", aug)
    assert past == months(2019, 1, 6)


@pytest.mark.parametrize(
    "text", ["Q3 earnings rose", "scored in the third quarter", "the 3rd qtr", "Q5-2019"]
)
def test_a_quarter_without_its_year_is_no_date(text: str) -> None:
    # a sports quarter, or a fiscal one whose calendar the text does not give
    assert find_dates(text, WED) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Protesters gathered over the weekend.", (days(date(2025, 8, 30), date(2025, 8, 31)),)),
        ("He will travel at the weekend.", (days(date(2025, 9, 6), date(2025, 9, 7)),)),
        (
            "during the weekend",
            (days(date(2025, 8, 30), date(2025, 8, 31)), days(date(2025, 9, 6), date(2025, 9, 7))),
        ),
    ],
)
def test_the_weekend_is_the_last_or_the_next_as_the_tense_says(
    text: str, expected: tuple[DateRange, ...]
) -> None:
    found = one(text)
    assert found.text == "weekend"
    assert found.readings == expected
    sunday = date(2025, 9, 7)
    assert readings("over the weekend", sunday) == (days(date(2025, 9, 6), sunday),)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In the last week, prices rose.",
            (days(date(2025, 8, 27), date(2025, 9, 2)), days(date(2025, 8, 25), date(2025, 8, 31))),
        ),
        (
            "In the next year, the company will hire staff.",
            (days(date(2025, 9, 4), date(2026, 9, 3)), DateRange.year(2026)),
        ),
        ("following week", (days(date(2025, 9, 8), date(2025, 9, 14)),)),
    ],
)
def test_the_last_and_the_next_count_from_the_article_day(
    text: str, expected: tuple[DateRange, ...]
) -> None:
    assert readings(text) == expected


@pytest.mark.parametrize(
    ("text", "span", "same_as"),
    [
        ("over the two upcoming years", "two upcoming years", "the upcoming two years"),
        ("in the 3 coming weeks", "3 coming weeks", "the coming 3 weeks"),
        ("in the three past months", "three past months", "the past three months"),
        ("over the two upcoming quarters", "two upcoming quarters", "the upcoming two quarters"),
    ],
)
def test_a_count_before_upcoming_or_past_reads_as_after_it(
    text: str, span: str, same_as: str
) -> None:
    found = one(text)
    assert (found.text, found.readings) == (span, one(same_as).readings)


@pytest.mark.parametrize("text", ["two upcoming elections", "2 past presidents", "one past year"])
def test_a_count_before_upcoming_counts_things_or_needs_two(text: str) -> None:
    assert [m.text for m in find_dates(text, WED)] in ([], ["past year"])


def test_the_last_n_years_written_without_a_space() -> None:
    assert readings("the last 3year") == readings("the last 3 years")
    assert readings("the past 2 yrs") == readings("the past two years")


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("March 3-5, 2019", days(date(2019, 3, 3), date(2019, 3, 5))),
        ("March 3-5 2019", days(date(2019, 3, 3), date(2019, 3, 5))),
        ("from March 3 to 5, 2019", days(date(2019, 3, 3), date(2019, 3, 5))),
        ("Dec 30-Jan 2, 2019", days(date(2018, 12, 30), date(2019, 1, 2))),
        ("on March 3 and 4, 2019", days(date(2019, 3, 3), date(2019, 3, 4))),
        ("June 5th and 6th at noon", days(date(2025, 6, 5), date(2025, 6, 6))),
        ("June 5 or 6", days(date(2025, 6, 5), date(2025, 6, 6))),
    ],
)
def test_a_range_of_days_takes_the_year_written_after_it(phrase: str, expected: DateRange) -> None:
    assert readings(phrase) == (expected,)


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        ("On June 5 and 6 people died", ["June 5"]),
        ("June 5 and 6 years later", ["June 5", "6 years later"]),
        ("June 5 and July 6", ["June 5", "July 6"]),
        ("in 2018 or 2019", ["2018", "2019"]),
    ],
)
def test_and_or_join_only_two_days_of_one_month(text: str, spans: list[str]) -> None:
    assert [m.text for m in find_dates(text, WED)] == spans


@pytest.mark.parametrize(
    ("phrase", "span", "expected"),
    [
        ("in the first six months of 2024", "first six months of 2024", months(2024, 1, 6)),
        ("the final three months of 2023", "final three months of 2023", months(2023, 10, 12)),
        (
            "the first nine months of last year",
            "first nine months of last year",
            months(2024, 1, 9),
        ),
        (
            "the first three months of the year",
            "first three months of the year",
            months(2025, 1, 3),
        ),
        ("the first two quarters of 2024", "first two quarters of 2024", months(2024, 1, 6)),
        (
            "the last 10 days of June",
            "last 10 days of June",
            days(date(2025, 6, 21), date(2025, 6, 30)),
        ),
        (
            "the first two weeks of January 2020",
            "first two weeks of January 2020",
            days(date(2020, 1, 1), date(2020, 1, 14)),
        ),
        ("from June to August last year", "from June to August last year", months(2024, 6, 8)),
        ("between March and May next year", "between March and May next year", months(2026, 3, 5)),
    ],
)
def test_the_first_or_last_months_of_a_year(phrase: str, span: str, expected: DateRange) -> None:
    found = one(phrase)
    assert found.text == span
    assert found.readings[0].start == expected.start
    assert found.readings[0].end == expected.end


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("between Monday and Friday last week", (days(date(2025, 8, 25), date(2025, 8, 29)),)),
        ("Monday through Friday next week", (days(date(2025, 9, 8), date(2025, 9, 12)),)),
        ("They will meet from Monday to Friday.", (days(date(2025, 9, 8), date(2025, 9, 12)),)),
        ("January through March 2020", (months(2020, 1, 3),)),
    ],
)
def test_ranges_of_weekdays_and_of_bare_months(
    phrase: str, expected: tuple[DateRange, ...]
) -> None:
    assert readings(phrase) == expected


def test_a_schedule_of_weekdays_is_no_range() -> None:
    assert [m.text for m in find_dates("open Monday to Friday", WED)] == ["Monday", "Friday"]


@pytest.mark.parametrize(
    ("text", "span", "name"),
    [
        ("He arrived on Thu.", "Thu.", "Thursday"),
        ("The vote is on Mon.", "Mon.", "Monday"),
        ("Talks resumed Tues. in Geneva.", "Tues.", "Tuesday"),
        ("Talks resumed Tue. in Geneva.", "Tue.", "Tuesday"),
        ("They met Thur. and Fri.", "Thur.", "Thursday"),
        ("The rally is set for Thurs.", "Thurs.", "Thursday"),
        ("Polls open Sat. at 8.", "Sat.", "Saturday"),
        ("Polls opened Sun. at 8.", "Sun.", "Sunday"),
        ("The vote is on Wed.", "Wed.", "Wednesday"),
        ("The vote is on Tue, officials said.", "Tue", "Tuesday"),
        ("Results are due by Fri.", "Fri.", "Friday"),
        ("It closed until Thu", "Thu", "Thursday"),
    ],
)
def test_a_weekday_as_news_abbreviates_it_reads_as_the_weekday(
    text: str, span: str, name: str
) -> None:
    found = find_dates(text, WED)[0]
    assert found.text == span
    assert found.kind == "relative"
    assert found.readings == find_dates(text.replace(span, name, 1), WED)[0].readings


@pytest.mark.parametrize(
    "text",
    [
        "Sat down",
        "They sat.",
        "the sun rose",
        "under the sun.",
        "It was reported by The Sun.",
        "He told the Sun.",
        "a wed couple",
        "They wed.",
        "SAT scores rose",
        "attacks on Mon villages",
        "He said on Mon State television",
        "Nguyen Thi Thu said",
        "Wed to a banker",
        "Fri Tuesday",
        "on Sun",
        "Mon",
    ],
)
def test_weekday_abbreviations_that_are_words_or_names_stay_words(text: str) -> None:
    assert [m.text for m in find_dates(text, WED)] == (["Tuesday"] if "Tuesday" in text else [])


def test_a_yearless_range_has_a_reading_per_year() -> None:
    assert readings("August 27-29", date(2013, 2, 12)) == (
        days(date(2012, 8, 27), date(2012, 8, 29)),
        days(date(2013, 8, 27), date(2013, 8, 29)),
    )


def test_a_full_stop_ends_the_sentence_not_the_date() -> None:
    assert one("The party will be held this October.").text == "this October"
    assert one("It was signed on Sept. 3.").text == "Sept. 3"
    assert one("He spoke in Jan. 2019.").text == "Jan. 2019"
    assert one("They met in 2011.").text == "2011"


# ---------------------------------------------------------------------------
# Durations


@pytest.mark.parametrize(
    ("text", "span", "duration"),
    [
        ("his first visit to China in six years", "six years", Duration(6, "years", None)),
        ("Kim ruled for six years", "six years", Duration(6, "years", None)),
        ("six years", "six years", Duration(6, "years", None)),
        ("after nearly seven years", "nearly seven years", Duration(7, "years", "nearly")),
        ("for more than a decade", "more than a decade", Duration(10, "years", "more_than", 10)),
        ("two weeks", "two weeks", Duration(2, "weeks", None)),
        ("18 months", "18 months", Duration(18, "months", None)),
        ("a year and a half", "a year and a half", Duration(1.5, "years", None)),
        ("two and a half years", "two and a half years", Duration(2.5, "years", None)),
        ("about a year", "about a year", Duration(1, "years", "about")),
        ("at least three days", "at least three days", Duration(3, "days", "at_least")),
        ("fewer than 10 days", "fewer than 10 days", Duration(10, "days", "fewer_than")),
        ("at most two months", "at most two months", Duration(2, "months", "at_most")),
        ("almost 40 years", "almost 40 years", Duration(40, "years", "nearly")),
        ("twenty-five years", "twenty-five years", Duration(25, "years", None)),
        ("a fortnight", "a fortnight", Duration(2, "weeks", None, 2)),
        ("two years and three months", "two years and three months", Duration(27, "months", None)),
        ("the first 1,000 days", "1,000 days", Duration(1000, "days", None)),
        ("a two-year term", "two-year", Duration(2, "years", None)),
        ("for another week", "another week", Duration(1, "weeks", None)),
        ("a few weeks before", "a few weeks", Duration(3, "weeks", "about")),
        ("half a century", "half a century", Duration(50, "years", None)),
        # A hedged "ago" is time elapsed up to the article's day, not one year back.
        ("since nearly 14 years ago", "nearly 14 years ago", Duration(14, "years", "nearly")),
        (
            "more than a decade ago",
            "more than a decade ago",
            Duration(10, "years", "more_than", 10),
        ),
        ("the church's 2000 years of history", "2000 years", Duration(2000, "years", None)),
        ("after 1000 days in office", "1000 days", Duration(1000, "days", None)),
    ],
)
def test_durations(text: str, span: str, duration: Duration) -> None:
    found = one(text)
    assert found.kind == "duration"
    assert found.text == span
    assert found.duration == duration
    assert found.readings == ()


@pytest.mark.parametrize(
    ("text", "span", "first"),
    [
        ("The court will rule in two weeks.", "two weeks", day(2025, 9, 17)),
        ("In two weeks, the court will rule.", "two weeks", day(2025, 9, 17)),
        ("The verdict is due in three days.", "three days", day(2025, 9, 6)),
        ("He will return in a week's time.", "a week's time", day(2025, 9, 10)),
        ("I'll be back in a month", "a month", day(2025, 10, 3)),
        ("The law is expected to take effect in 30 days.", "30 days", day(2025, 10, 3)),
        ("Elections will be held in two years, the party said.", "two years", day(2027, 9, 3)),
    ],
)
def test_in_n_units_is_a_date_to_come_where_a_word_of_the_future_says_so(
    text: str, span: str, first: DateRange
) -> None:
    found = one(text)
    assert (found.text, found.kind) == (span, "relative")
    assert found.readings[0] == first
    # then, as "two weeks from now" reads, every day two whole weeks ahead may mean
    assert all(r.contains(first) for r in found.readings)


@pytest.mark.parametrize(
    "text",
    [
        "It was his first visit to China in six years.",
        "It will be his first visit in six years.",
        "in six years",
        "The dollar will hit its lowest level in two weeks.",
        "It is the biggest rally in two years, and more will come.",
        "They will meet for the first time in two years.",
        "In two weeks' time he had rebuilt the house.",
        "Prices rose 5% in two weeks, analysts expected.",
        "The matter will be settled in two days of talks.",
        "He will return in about two weeks.",
        "Sales will fall in the first quarter and recover in two years.",
    ],
)
def test_in_n_units_stays_elapsed_time_without_a_word_of_the_future(text: str) -> None:
    (found,) = [m for m in find_dates(text, WED) if m.kind != "absolute"]
    assert found.kind == "duration"
    assert found.duration is not None


def test_an_elapsed_claims_quote_stays_elapsed_time() -> None:
    found = read_date("in six years", WED)
    assert found is not None
    assert found.duration == Duration(6, "years", None)


def test_ages_and_frequencies_are_not_elapsed_time() -> None:
    assert find_dates("a 41-year-old man", WED) == []
    assert find_dates("the summit meets twice a year", WED) == []
    assert find_dates("One day he will return", WED) == []


# ---------------------------------------------------------------------------
# Dates that point back to a time told before them

TOLD_MONTH = "Kim met Xi in June 2019. "
TOLD_DAY = "Kim met Xi on 20 June 2019. "


@pytest.mark.parametrize(
    ("told", "text", "span", "reading"),
    [
        (TOLD_MONTH, "Earlier that year, he went.", "Earlier that year",
         days(date(2019, 1, 1), date(2019, 5, 31), Precision.MONTH)),
        (TOLD_MONTH, "Later that year, he went.", "Later that year",
         days(date(2019, 7, 1), date(2019, 12, 31), Precision.MONTH)),
        (TOLD_DAY, "Earlier that year, he went.", "Earlier that year",
         days(date(2019, 1, 1), date(2019, 6, 19))),
        (TOLD_MONTH, "Early that year, he went.", "Early that year", months(2019, 1, 4)),
        (TOLD_MONTH, "That year, he went.", "That year", DateRange.year(2019)),
        (TOLD_MONTH, "He went in that same year.", "that same year", DateRange.year(2019)),
        (TOLD_MONTH, "He went in the same year.", "the same year", DateRange.year(2019)),
        (TOLD_MONTH, "In January of that year, he went.", "January of that year",
         DateRange.month(2019, 1)),
        (TOLD_MONTH, "In March that year, he went.", "March that year", DateRange.month(2019, 3)),
        (TOLD_MONTH, "January of that year saw talks.", "January of that year",
         DateRange.month(2019, 1)),
        (TOLD_MONTH, "On 7 January of the same year, he went.", "7 January of the same year",
         day(2019, 1, 7)),
        (TOLD_MONTH, "On January 7 that year, he went.", "January 7 that year", day(2019, 1, 7)),
        (TOLD_MONTH, "The following year, he went.", "The following year", DateRange.year(2020)),
        (TOLD_MONTH, "The next year, he went.", "The next year", DateRange.year(2020)),
        (TOLD_MONTH, "A year later, he went.", "A year later", DateRange.year(2020)),
        (TOLD_MONTH, "Two years later, he went.", "Two years later", DateRange.year(2021)),
        (TOLD_MONTH, "A decade on, he went.", "A decade on", DateRange.year(2029)),
        (TOLD_MONTH, "In January of the following year, he went.",
         "January of the following year", DateRange.month(2020, 1)),
        (TOLD_MONTH, "He had gone the year before.", "the year before", DateRange.year(2018)),
        (TOLD_MONTH, "The previous year, he went.", "The previous year", DateRange.year(2018)),
        (TOLD_MONTH, "The preceding year, he went.", "The preceding year", DateRange.year(2018)),
        (TOLD_MONTH, "A year earlier, he went.", "A year earlier", DateRange.year(2018)),
        (TOLD_MONTH, "Late the previous year, he went.", "Late the previous year",
         months(2018, 9, 12)),
        (TOLD_MONTH, "That month, he went.", "That month", DateRange.month(2019, 6)),
        (TOLD_DAY, "Earlier that month, he went.", "Earlier that month",
         days(date(2019, 6, 1), date(2019, 6, 19))),
        (TOLD_DAY, "Later the same month, he went.", "Later the same month",
         days(date(2019, 6, 21), date(2019, 6, 30))),
        (TOLD_DAY, "The following month, he went.", "The following month",
         DateRange.month(2019, 7)),
        (TOLD_DAY, "Two months later, he went.", "Two months later", DateRange.month(2019, 8)),
        ("Kim went in 2018. The following year he met Xi. ", "Later that year, he went.",
         "Later that year", DateRange.year(2019)),  # counted from a date counted back
    ],
)  # fmt: skip
def test_a_date_that_points_back_counts_from_the_date_told_before_it(
    told: str, text: str, span: str, reading: DateRange
) -> None:
    found = find_dates(told + text, WED)[-1]
    assert (found.text, found.kind, found.anaphoric) == (span, "absolute", True)
    assert found.readings == (reading,)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Earlier that year, he went.", "Earlier that year"),
        ("In January of that year, he went.", "January of that year"),
        ("The following year, he went.", "The following year"),
        ("A year later, he went.", "A year later"),
        ("He had gone the year before.", "the year before"),
        ("at the end of the previous year", "end of the previous year"),
        ("The next year, he moved to Paris.", "The next year"),
        # the date before does not give the year (or the month)
        ("Kim met Xi last year. Later that year, he went.", "Later that year"),
        ("Kim met Xi between 2018 and 2019. That year, he went.", "That year"),
        ("Kim met Xi on 3 September. Later that year, he went.", "Later that year"),
        ("Kim met Xi in 2019. Later that month, he went.", "Later that month"),
        # nor does one in another paragraph
        ("Kim met Xi in June 2019.\nThat year, he went.", "That year"),
    ],
)
def test_a_date_that_points_back_to_no_date_told_is_not_read(text: str, span: str) -> None:
    found = find_dates(text, WED)[-1]
    assert (found.text, found.kind, found.anaphoric) == (span, "anaphoric", True)
    assert found.readings == ()


@pytest.mark.parametrize(
    ("text", "readings"),
    [
        # past tense: the last December before the article's date is read too, and
        # first: the tense says it, however much nearer the next one is
        ("The pact came into force in December.",
         (DateRange.month(2024, 12), DateRange.month(2025, 12))),
        ("It took effect on Dec. 14.",
         (DateRange.day(date(2024, 12, 14)), DateRange.day(date(2025, 12, 14)))),
        ("Its ratio stood at 171% at the end of December.",
         (DateRange(date(2024, 12, 21), date(2024, 12, 31), Precision.DAY),
          DateRange(date(2025, 12, 21), date(2025, 12, 31), Precision.DAY))),
        # future tense: the next March
        ("Kim will visit in March.", (DateRange.month(2026, 3), DateRange.month(2025, 3))),
        # a reading already on that side, or no tense word, adds nothing
        # "held" after "be" is a participle and tells no tense: "will" tells it
        ("The parade will be held on 3 September.",
         (DateRange.day(date(2026, 9, 3)), DateRange.day(date(2025, 9, 3)))),
        ("The parade was held on 3 September.", (DateRange.day(date(2025, 9, 3)),)),
        ("It takes effect on 4 December.", (DateRange.day(date(2025, 12, 4)),)),
        # a weekday named with it settles its year
        ("It was announced on Friday, Aug. 28.", (DateRange.day(date(2026, 8, 28)),)),
        # a year told earlier on the line is no reading on the tense's side (hospice:
        # a death; council: a vote): the last one before is read, and first
        ("She retired in 1991. She died on March 3.",
         (DateRange.day(date(2025, 3, 3)), DateRange.day(date(1991, 3, 3)),
          DateRange.day(date(2026, 3, 3)))),
        ("The ward was created in 2010. Members voted on 3 December.",
         (DateRange.day(date(2024, 12, 3)), DateRange.day(date(2025, 12, 3)),
          DateRange.day(date(2010, 12, 3)))),
    ],
)  # fmt: skip
def test_a_date_without_a_year_is_read_on_the_side_its_tense_says(
    text: str, readings: tuple[DateRange, ...]
) -> None:
    assert find_dates(text, date(2025, 9, 4))[-1].readings == readings


@pytest.mark.parametrize(
    ("text", "readings"),
    [
        # the nearest 4 December stays first; the year told before it is read too
        ("19 June 2024 — they sign; it takes effect on 4 December.",
         (DateRange.day(date(2025, 12, 4)), DateRange.day(date(2024, 12, 4)))),
        ("In June 2019, Xi visited. In March he had gone.",
         (DateRange.month(2025, 3), DateRange.month(2019, 3))),
        # a day that year does not have adds nothing
        ("In 2018 he met Trump, and on 29 February he left.", (DateRange.day(date(2024, 2, 29)),)),
        # nor a date told on another line, or one that does not write its year
        ("19 June 2024 — they signed.\nIt takes effect on 4 December.",
         (DateRange.day(date(2025, 12, 4)),)),
        ("Last June they signed; it takes effect on 4 December.",
         (DateRange.day(date(2025, 12, 4)),)),
    ],
)  # fmt: skip
def test_a_date_without_a_year_may_be_in_the_year_told_before_it(
    text: str, readings: tuple[DateRange, ...]
) -> None:
    assert find_dates(text, date(2025, 9, 4))[-1].readings == readings


@pytest.mark.parametrize(
    "address",
    ["https://x.org/?year=2018", "https://x.org/a_2018", "https://x.org/wiki/2018",
     "https://x.org/2018/06/story", "https://x.org/report-2018.html"],
)  # fmt: skip
def test_a_year_in_a_link_address_is_not_the_date_told(address: str) -> None:
    """The gate reads a date that points back in its raw line, Markdown and all (the
    claim does not keep the visible text): a year inside a link's address must not
    be taken for the date told before."""
    text = f"Kim met Xi in June 2019 ([report]({address})). That year, he went."
    found = read_date_at(text, text.index("That"), text.index("That") + 9, WED)
    assert found is not None
    assert (found.text, found.readings) == ("That year", (DateRange.year(2019),))


@pytest.mark.parametrize(
    "quote",
    ["Earlier that year", "January of that year", "the following year", "the same month",
     "the year before", "A year later", "7 January of the same year"],
)  # fmt: skip
def test_a_quote_that_points_back_alone_is_not_read(quote: str) -> None:
    found = read_date(quote, WED)
    assert found is not None
    assert (found.text, found.kind, found.readings) == (quote, "anaphoric", ())


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        ("In 2019, the year before the war, he went.", ["2019"]),
        ("In 2019, two years later than planned, he went.", ["2019", "two years"]),
        ("In 2019, a year after the war, he went.", ["2019", "a year"]),
        ("In 2019 he said that year after year it rose.", ["2019"]),
        ("Exports rose in June 2019 from the same month last year.", ["June 2019", "last year"]),
        ("Exports rose in June 2019 from the same month of 2018.", ["June 2019", "2018"]),
        ("In 2019 they met again the following week.", ["2019"]),
        ("In 2019 he left. It was the last year of his term.", ["2019"]),
        ("In 2019 he said he would go next year.", ["2019", "next year"]),
        # what a figure is compared with is a period counted from the figure's own
        ("In 2019 revenue was up 12% from a year earlier.", ["2019", "a year"]),
        ("In 2019 exports rose 5% compared with the previous year.", ["2019"]),
        ("In 2019 sales were higher than the year before.", ["2019"]),
    ],
)
def test_dates_that_do_not_count_from_the_time_told(text: str, spans: list[str]) -> None:
    found = find_dates(text, WED)
    assert [m.text for m in found] == spans
    assert not any(m.anaphoric for m in found)
    assert find_dates("He said he would go next year.", WED)[0].readings == (DateRange.year(2026),)


def test_a_date_told_back_in_a_longer_text_keeps_its_place() -> None:
    text = "Kim met Xi in June 2019, when the pair met. In March that year, he went."
    start = text.index("March")
    found = read_date_at(text, start, start + len("March that year"), WED)
    assert found is not None
    assert (found.start, found.text, found.readings) == (
        start,
        "March that year",
        (DateRange.month(2019, 3),),
    )


# ---------------------------------------------------------------------------
# Anniversaries


@pytest.mark.parametrize(
    ("text", "span", "ordinal"),
    [
        ("marking the 80th anniversary of the end of World War II", "80th anniversary", 80),
        ("its 80th anniversary", "80th anniversary", 80),
        ("the eightieth anniversary", "eightieth anniversary", 80),
        ("the twenty-fifth anniversary", "twenty-fifth anniversary", 25),
        ("the 10-year anniversary", "10-year anniversary", 10),
        ("the party's centenary", "centenary", 100),
        ("a centennial celebration", "centennial", 100),
        ("the bicentennial", "bicentennial", 200),
        ("the Queen's golden jubilee", "golden jubilee", 50),
    ],
)
def test_anniversaries(text: str, span: str, ordinal: int) -> None:
    found = one(text)
    assert found.kind == "anniversary"
    assert found.text == span
    assert found.ordinal == ordinal
    assert found.readings == ()
    assert found.duration is None


# ---------------------------------------------------------------------------
# Not dates


@pytest.mark.parametrize(
    "text",
    [
        "the 80th",
        "celebrations for the 80th.",
        "nearly 97% of its external trade",
        "a crowd of 1,997",
        "it cost $2011",
        "2011 people attended",
        "more than 2000 soldiers",
        "at least 2024 fans came",
        "at most 2024 seats",
        "about 1500",
        "in 999",
        "in 2200",
        "Kim may attend",
        "May I ask?",
        "the march on Washington",
        "a second attempt",
        "the second",
        "Kim spent a second there",
        "June Smith said",
        "in 3 hours",
        "Room 2011",
        "sat on the sun",
        "every Tuesday",
        "2,011 votes",
        "from 1500 to 2000 people",
        "Flight 2011 landed at 1500 GMT.",
        "The vote was 214 to 198.",
        "Kim, 41, met officials.",
        "COVID-19 cases rose",
        "up 3.4% in the second quarter",
        "more than 2,000 people",
        "the 38th parallel",
        "the 70-year-old leader",
        "2/15",
        "cut by 2/3",
        "rose from 1/3 to 1/2",
        "on 3/4 of the votes",
        "on 1/2 cup of flour",
        "stood on 1/2-inch boards",
        "on 2/15%",
        "the 2/15 meeting",
        "since 9/11",
        "open 24/7",
        "on 24/7 duty",
        "won 7/10",
        "on 13/13",
        "Fri 2/30",
        "a weekend",
        "every weekend",
        "the weekend of the vote",
        "the weekend before the election",
        "weekend talks",
        "The weekend edition sold out.",
        "He won on 6/4, 6/3 in the final.",
        "the following Monday",
        "They met again the following week.",
        "in the last week of the campaign",
        "the last year of his term",
        "the last month before the vote",
        "over the previous two years",
        "on the second Saturday of each month",
    ],
)
def test_not_dates(text: str) -> None:
    assert find_dates(text, WED) == []


@pytest.mark.parametrize(
    ("text", "span", "expected"),
    [
        # a year and its month after a comma, where the month ends the phrase
        ("Sales peaked in 2016, Nov.", "2016, Nov.", DateRange.month(2016, 11)),
        ("I'll be out 2016 , nov", "2016 , nov", DateRange.month(2016, 11)),
        # a day glued to its month, as forms and hasty copy write it
        ("She was born 14april 2015.", "14april 2015", day(2015, 4, 14)),
        ("on 3Dec 1999,", "3Dec 1999", day(1999, 12, 3)),
        # year, month and day with single spaces
        ("On 2016 10 16, the conference started.", "2016 10 16", day(2016, 10, 16)),
        ("dated 1999 1 5.", "1999 1 5", day(1999, 1, 5)),
        # a quarter or a half after its year, and a quarter as analysts shorten it
        ("2016 the third quarter", "2016 the third quarter", months(2016, 7, 9)),
        ("its 2016 third-quarter results", "2016 third-quarter", months(2016, 7, 9)),
        ("the 2019 final quarter", "2019 final quarter", months(2019, 10, 12)),
        ("2016 first half", "2016 first half", months(2016, 1, 6)),
        ("2016 2nd half", "2016 2nd half", months(2016, 7, 12)),
        ("Margins fell in 18q4.", "18q4", months(2018, 10, 12)),
        ("18Q1 sales", "18Q1", months(2018, 1, 3)),
    ],
)
def test_more_forms_of_years_months_and_days(text: str, span: str, expected: DateRange) -> None:
    found = one(text)
    assert (found.text, found.kind, found.readings) == (span, "absolute", (expected,))


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Prices in 2016 may rise.", "2016"),
        ("In 2016, June Smith said", "2016"),
        ("In 2016, Nov. figures were revised", "2016"),
        ("In 2016 10 people died.", "2016"),
        ("In 2016 10 16 people were hurt.", "2016"),
        ("in 2016 2 30.", "2016"),
        ("the 2016 third half", "2016"),
        ("In 2016 the company grew.", "2016"),
    ],
)
def test_a_year_the_words_after_it_do_not_continue_stays_a_year(text: str, span: str) -> None:
    assert [(m.text, m.readings) for m in find_dates(text, WED)] == [
        (span, (DateRange.year(2016),))
    ]


@pytest.mark.parametrize(
    "text", ["x18q4", "18q5", "part 18q4b", "lemon.", "c'mon.", "They wed.", "the cat sat."]
)
def test_look_alikes_of_the_shorter_forms_are_not_dates(text: str) -> None:
    assert find_dates(text, WED) == []


@pytest.mark.parametrize(
    ("text", "span", "name"),
    [
        ("the vote is on mon.", "mon.", "Monday"),
        ("due fri.", "fri.", "Friday"),
        ("mon.", "mon.", "Monday"),
        ("thu.", "thu.", "Thursday"),
        ("closed tues.", "tues.", "Tuesday"),
    ],
)
def test_a_lower_case_weekday_abbreviation_that_is_no_word_reads_with_its_full_stop(
    text: str, span: str, name: str
) -> None:
    found = one(text)
    assert found.text == span
    assert found.readings == one(text.replace(span, name)).readings


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("March after next", DateRange.month(2027, 3)),  # next March is 2026's
        ("the October after next", DateRange.month(2026, 10)),  # next October is 2025's
        ("September after next", DateRange.month(2027, 9)),  # the reference's own month
        ("June before last", DateRange.month(2024, 6)),  # last June is 2025's
        ("the December before last", DateRange.month(2023, 12)),
    ],
)
def test_a_month_after_next_or_before_last(text: str, expected: DateRange) -> None:
    found = one(text)
    assert (found.kind, found.readings) == ("relative", (expected,))


def test_march_after_next_week_stays_a_verb() -> None:
    assert [m.text for m in find_dates("they march after next week's vote", WED)] == ["next week"]


def test_may_and_march_are_months_when_written_as_months() -> None:
    assert readings("in May") == (DateRange.month(2025, 5),)
    assert readings("May 5") == (day(2025, 5, 5),)
    assert readings("last March") == (DateRange.month(2025, 3), DateRange.month(2024, 3))
    assert readings("March 2019") == (DateRange.month(2019, 3),)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("in fiscal 2024", "2024"),
        ("in fiscal year 2024", "year 2024"),
        ("the 2024 fiscal year", "2024"),
        ("in FY2024", "FY2024"),
        ("in FY 2024", "2024"),
    ],
)
def test_a_fiscal_year_holds_every_calendar_a_fiscal_year_keeps(text: str, span: str) -> None:
    found = one(text)
    assert found.text == span
    (fiscal,) = found.readings
    # the US government's FY2024, Walmart's FY2025's start, Japan's FY2024's end
    assert fiscal.contains(days(date(2023, 10, 1), date(2024, 9, 30)))
    assert fiscal.contains(day(2024, 2, 1))
    assert fiscal.contains(day(2025, 3, 31))
    assert not fiscal.contains(day(2022, 12, 31))


def test_a_year_followed_by_its_event_is_a_year() -> None:
    assert readings("the 2012 Olympics") == (DateRange.year(2012),)
    assert readings("the 2019 census") == (DateRange.year(2019),)


# ---------------------------------------------------------------------------
# The sample desk's article, end to end


def test_the_afp_article() -> None:
    text = (
        "BEIJING, Sept 3 — North Korean leader Kim Jong Un rolled into Beijing by armoured "
        "train yesterday, ahead of a huge military parade celebrating the end of World War II "
        "today. Since he came to power in 2011, Kim has only made a handful of known trips. "
        "His most adventurous travel came seven years ago, when he met US President Donald "
        "Trump in Singapore in June 2018, followed by another summit in Hanoi in early 2019. "
        "It was his first visit to China in six years, marking the 80th anniversary of the end "
        "of the war. Russia and North Korea last year signed a mutual defence treaty."
    )
    found = find_dates(text, WED)
    assert [(m.text, m.kind) for m in found] == [
        ("Sept 3", "absolute"),
        ("yesterday", "relative"),
        ("today", "relative"),
        ("2011", "absolute"),
        ("seven years ago", "relative"),
        ("June 2018", "absolute"),
        ("early 2019", "absolute"),
        ("six years", "duration"),
        ("80th anniversary", "anniversary"),
        ("last year", "relative"),
    ]
    assert all(text[m.start : m.end] == m.text for m in found)


def test_read_date_takes_the_longest_mention() -> None:
    found = read_date("met Trump in June 2018 and again in 2019", WED)
    assert found is not None
    assert found.text == "June 2018"
    assert read_date("no date here", WED) is None
    assert read_date("", WED) is None
    between = read_date("between 2018 and 2019", WED)
    assert between is not None
    assert between.readings[0].end == date(2019, 12, 31)


def test_find_dates_on_empty_and_odd_text() -> None:
    assert find_dates("", WED) == []
    assert find_dates("İstanbul, 3 September 2025", WED)[0].text == "3 September 2025"
    assert find_dates("2025", WED)[0].readings == (DateRange.year(2025),)


# ---------------------------------------------------------------------------
# Properties

_AP = [
    "Jan.",
    "Feb.",
    "March",
    "April",
    "May",
    "June",
    "July",
    "Aug.",
    "Sept.",
    "Oct.",
    "Nov.",
    "Dec.",
]
_ORD = {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd", 31: "st"}


def _styles(d: date) -> list[str]:
    month = calendar.month_name[d.month]
    short = calendar.month_abbr[d.month]
    weekday = calendar.day_name[d.weekday()]
    return [
        f"{d.day} {month} {d.year}",
        f"{month} {d.day}, {d.year}",
        f"{_AP[d.month - 1]} {d.day}, {d.year}",
        f"{short} {d.day} {d.year}",
        d.isoformat(),
        f"{weekday}, {month} {d.day}, {d.year}",
        f"{d.day}{_ORD.get(d.day, 'th')} {month} {d.year}",
        f"{d.month:02d}/{d.day:02d}/{d.year}",
    ]


news_days = st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31))
references = st.dates(min_value=date(1950, 1, 1), max_value=date(2090, 12, 31))


@settings(max_examples=150, deadline=None)
@given(news_days, references, st.sampled_from(["", "on ", "Kim arrived on ", "It was "]))
def test_a_printed_day_reads_back_as_that_day(d: date, reference: date, lead: str) -> None:
    for style in _styles(d):
        text = f"{lead}{style}, officials said."
        found = find_dates(text, reference)
        assert [m.readings for m in found] == [(DateRange.day(d),)], style
        assert found[0].text == style
        assert found[0].kind == "absolute"


@settings(max_examples=150, deadline=None)
@given(news_days, st.integers(min_value=1, max_value=27), references)
def test_a_printed_range_of_days_reads_back_as_those_days(
    d: date, length: int, reference: date
) -> None:
    last = min(d.day + length, calendar.monthrange(d.year, d.month)[1])
    if last == d.day:
        return
    month = calendar.month_name[d.month]
    expected = (days(d, d.replace(day=last)),)
    for text in (
        f"{month} {d.day}-{last}, {d.year}",
        f"{d.day}-{last} {month} {d.year}",
        f"from {month} {d.day} to {last}, {d.year}",
        f"between {d.day} and {last} {month} {d.year}",
    ):
        assert readings(text, reference) == expected, text


@settings(max_examples=150, deadline=None)
@given(references, st.integers(min_value=0, max_value=6))
def test_next_and_last_weekdays_name_next_and_last_week_first(reference: date, wd: int) -> None:
    name = calendar.day_name[wd]
    monday = reference - timedelta(days=reference.weekday())
    (next_first, *_) = readings(f"next {name}", reference)
    (last_first, *_) = readings(f"last {name}", reference)
    assert next_first == DateRange.day(monday + timedelta(days=7 + wd))
    assert last_first == DateRange.day(monday - timedelta(days=7 - wd))


@settings(max_examples=150, deadline=None)
@given(news_days, st.sampled_from(["first", "second", "third", "last"]), references)
def test_the_nth_week_of_a_month_is_a_whole_week_whose_thursday_is_in_it(
    d: date, nth: str, reference: date
) -> None:
    month = calendar.month_name[d.month]
    (week,) = readings(f"the {nth} week of {month} {d.year}", reference)
    thursday = week.start + timedelta(days=3)
    assert week.start.weekday() == 0
    assert (week.end - week.start).days == 6
    assert (thursday.year, thursday.month) == (d.year, d.month)
    index = (thursday.day - 1) // 7
    if nth == "last":
        assert (thursday + timedelta(days=7)).month != d.month
    else:
        assert index == ["first", "second", "third"].index(nth)


@settings(max_examples=150, deadline=None)
@given(news_days, references)
def test_a_printed_month_reads_back_as_that_month(d: date, reference: date) -> None:
    month = calendar.month_name[d.month]
    for text in (f"in {month} {d.year}", f"{month} {d.year}"):
        assert readings(text, reference) == (DateRange.month(d.year, d.month),)


@settings(max_examples=150, deadline=None)
@given(news_days, references)
def test_a_day_in_the_shorter_forms_reads_back_as_that_day(d: date, reference: date) -> None:
    month = calendar.month_name[d.month]
    for text in (f"On {d.year} {d.month} {d.day}, officials said.", f"on {d.day}{month} {d.year}"):
        found = one(text, reference)
        assert found.readings == (DateRange.day(d),), text


@settings(max_examples=150, deadline=None)
@given(news_days, references, st.integers(min_value=1, max_value=4))
def test_a_quarter_after_its_year_is_that_quarter(d: date, reference: date, q: int) -> None:
    expected = (months(d.year, 3 * q - 2, 3 * q),)
    nth = ["first", "second", "third", "fourth"][q - 1]
    assert readings(f"its {d.year} {nth}-quarter results", reference) == expected
    assert readings(f"in {d.year} the {nth} quarter", reference) == expected
    assert readings(f"in {d.year % 100:02d}q{q}", reference)[0].start.month == 3 * q - 2


@settings(max_examples=150, deadline=None)
@given(references, st.integers(min_value=1, max_value=12))
def test_a_month_after_next_is_a_year_after_next_months(reference: date, m: int) -> None:
    name = calendar.month_name[m]
    (after_next,) = readings(f"{name} after next", reference)
    (before_last,) = readings(f"{name} before last", reference)
    assert after_next.start.month == before_last.start.month == m
    assert 12 < (after_next.start.year - reference.year) * 12 + m - reference.month <= 24
    assert 12 < (reference.year - before_last.start.year) * 12 + reference.month - m <= 24


@settings(max_examples=150, deadline=None)
@given(
    references,
    st.integers(min_value=2, max_value=99),
    st.sampled_from(["upcoming", "coming", "past"]),
    st.sampled_from(["days", "weeks", "months", "quarters", "years"]),
)
def test_n_upcoming_units_are_the_upcoming_n_units(
    reference: date, n: int, word: str, unit: str
) -> None:
    assert readings(f"the {n} {word} {unit}", reference) == readings(
        f"the {word} {n} {unit}", reference
    )


@settings(max_examples=150, deadline=None)
@given(references, st.integers(min_value=1, max_value=3000))
def test_relative_phrases_agree_with_the_reference(reference: date, n: int) -> None:
    assert readings("yesterday", reference) == (DateRange.day(reference - timedelta(days=1)),)
    assert readings("tomorrow", reference) == (DateRange.day(reference + timedelta(days=1)),)
    assert readings(f"{n} days ago", reference) == (DateRange.day(reference - timedelta(days=n)),)
    (week,) = readings("next week", reference)
    assert week.start.weekday() == 0
    assert 1 <= (week.start - reference).days <= 7
    assert (week.end - week.start).days == 6
    assert readings("last year", reference) == (DateRange.year(reference.year - 1),)
    assert readings("this year", reference) == (DateRange.year(reference.year),)


@settings(max_examples=150, deadline=None)
@given(references, st.integers(min_value=1, max_value=3650), st.integers(min_value=1, max_value=80))
def test_in_n_units_with_a_word_of_the_future_is_that_far_after_the_reference(
    reference: date, n: int, years: int
) -> None:
    (ahead,) = readings(f"The court will rule in {n} days.", reference)
    assert ahead == DateRange.day(reference + timedelta(days=n))
    first, *rest = readings(f"The court will rule in {n} weeks.", reference)
    assert first == DateRange.day(reference + timedelta(days=7 * n))
    assert all(r.contains(first) for r in rest)
    first, *rest = readings(f"Elections will be held in {years} years.", reference)
    assert first == DateRange.day(add_years(reference, years))
    assert all(r.contains(first) for r in rest)


@settings(max_examples=150, deadline=None)
@given(news_days, references)
def test_a_day_lies_inside_its_month_and_its_year(d: date, reference: date) -> None:
    month = calendar.month_name[d.month]
    (as_day,) = readings(f"{d.day} {month} {d.year}", reference)
    (as_month,) = readings(f"{month} {d.year}", reference)
    (as_year,) = readings(f"in {d.year}", reference)
    assert as_month.contains(as_day)
    assert as_year.contains(as_month)
    assert as_year.contains(as_day)
    assert (as_day.precision, as_month.precision, as_year.precision) == (
        Precision.DAY,
        Precision.MONTH,
        Precision.YEAR,
    )


@settings(max_examples=150, deadline=None)
@given(
    news_days,
    st.integers(min_value=1, max_value=12),
    references,
    st.sampled_from(["In {m} of that year", "In {m} that year", "{m} of the same year"]),
)
def test_a_month_of_that_year_is_in_the_year_told(
    told: date, month: int, reference: date, shape: str
) -> None:
    name = calendar.month_name[month]
    text = f"They met in {calendar.month_name[told.month]} {told.year}. " + shape.format(m=name)
    *_, found = find_dates(text, reference)
    assert found.readings == (DateRange.month(told.year, month),)
    assert (found.kind, found.anaphoric) == ("absolute", True)


@settings(max_examples=150, deadline=None)
@given(news_days, references)
def test_earlier_and_later_that_year_are_the_year_before_and_after_the_day_told(
    told: date, reference: date
) -> None:
    said = f"They met on {told.day} {calendar.month_name[told.month]} {told.year}. "
    earlier, later, following, previous = (
        find_dates(said + then, reference)[-1]
        for then in (
            "Earlier that year",
            "Later that year",
            "the following year",
            "the year before",
        )
    )
    year = DateRange.year(told.year)
    (before,), (after,) = earlier.readings, later.readings
    # with the day told between them, they are the whole year; on its first (last) day,
    # nothing is earlier (later) that year, and the year is what is left to read
    assert before == (year if told == year.start else days(year.start, told - timedelta(days=1)))
    assert after == (year if told == year.end else days(told + timedelta(days=1), year.end))
    assert following.readings == (DateRange.year(told.year + 1),)
    assert previous.readings == (DateRange.year(told.year - 1),)


@settings(max_examples=150, deadline=None)
@given(news_days, st.integers(min_value=1, max_value=60), references)
def test_years_later_and_earlier_count_whole_years_from_the_year_told(
    told: date, n: int, reference: date
) -> None:
    said = f"They met in {calendar.month_name[told.month]} {told.year}. "
    later = find_dates(f"{said}{n} years later, they met again.", reference)[-1]
    earlier = find_dates(f"{said}{n} years earlier, they had met.", reference)[-1]
    assert later.readings == (DateRange.year(told.year + n),)
    assert earlier.readings == (DateRange.year(told.year - n),)
    assert (later.text, earlier.text) == (f"{n} years later", f"{n} years earlier")


_PHRASES = [
    ("yesterday", "yesterday"),
    ("last year", "last year"),
    ("six years ago", "six years ago"),
    ("the 80th anniversary", "80th anniversary"),
    ("June 2018", "June 2018"),
    ("early 2019", "early 2019"),
    ("next week", "next week"),
    ("2025-09-03", "2025-09-03"),
    ("nearly seven years", "nearly seven years"),
    ("3 September 2025", "3 September 2025"),
    ("the 1990s", "1990s"),
    ("between 2018 and 2019", "between 2018 and 2019"),
    ("in 2011", "2011"),
    ("last June", "last June"),
    ("tomorrow", "tomorrow"),
]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(_PHRASES), min_size=1, max_size=8))
def test_mentions_come_back_in_order_with_exact_spans(parts: list[tuple[str, str]]) -> None:
    text = ", ".join(phrase for phrase, _ in parts)
    found = find_dates(text, WED)
    assert [m.text for m in found] == [span for _, span in parts]
    position = 0
    for m, (phrase, span) in zip(found, parts, strict=False):
        start = text.index(phrase, position)
        assert m.start == start + phrase.index(span)
        assert m.end == m.start + len(span)
        assert text[m.start : m.end] == m.text
        position = start + len(phrase)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=80), references)
def test_any_text_gives_ordered_non_overlapping_mentions(text: str, reference: date) -> None:
    found = find_dates(text, reference)
    end = 0
    for m in found:
        assert end <= m.start < m.end <= len(text)
        assert text[m.start : m.end] == m.text
        assert (m.kind in ("absolute", "relative")) == bool(m.readings)
        end = m.end


_VOCABULARY = str.split(
    "the a last next this early mid late between from to and - – , . 2018 2019 19 2025-09-03 "
    "9/3/2025 3 31 29 Feb February May March June Sept. Wednesday Tuesday week weeks month "
    "years decade ago hence nearly more than six 80th anniversary centenary first half of "
    "quarter Q3 spring weekend today tomorrow since in 1990s ’90s century 21st Jan-Feb 1,000 "
    "days 12% $2011 people before day rest until 13-15 2018-19 2018–2019 99 100 2100 2101"
)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.sampled_from(_VOCABULARY), max_size=10),
    st.sampled_from([" ", ""]),
    st.dates(min_value=date(1, 1, 1), max_value=date(9999, 12, 31)),
)
def test_date_words_in_any_order_never_break_the_reader(
    words: list[str], glue: str, reference: date
) -> None:
    text = glue.join(words)
    found = find_dates(text, reference)
    end = 0
    for m in found:
        assert end <= m.start < m.end <= len(text)
        assert text[m.start : m.end] == m.text
        assert (m.kind in ("absolute", "relative")) == bool(m.readings)
        end = m.end


@pytest.mark.parametrize("text", ["2011 ", "in 2011   ", "2011 \n"])
def test_a_year_followed_only_by_spaces(text: str) -> None:
    (mention,) = find_dates(text, date(2025, 8, 28))
    assert mention.text == "2011"
