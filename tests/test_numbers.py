"""Tests for factsuite.numbers: reading numbers in English news prose."""

from __future__ import annotations

import dataclasses
import itertools
import math

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st
from num2words import num2words

from factsuite import numbers
from factsuite.numbers import NumberMention, counting_the_rest, find_numbers, read_number

INF = math.inf


def one(text: str) -> NumberMention:
    """The single mention in ``text``; fails if there is not exactly one."""
    found = find_numbers(text)
    assert len(found) == 1, [m.text for m in found]
    return found[0]


def spans(text: str) -> list[str]:
    return [m.text for m in find_numbers(text)]


def interval(m: NumberMention) -> tuple[float, float, bool, bool]:
    return (m.low, m.high, m.low_open, m.high_open)


# ---------------------------------------------------------------------------
# The mention object
# ---------------------------------------------------------------------------


def test_mention_is_frozen_and_text_is_the_span() -> None:
    text = "Putin hosted 26 foreign leaders."
    m = one(text)
    assert (m.start, m.end, m.text) == (13, 15, "26")
    assert text[m.start : m.end] == m.text
    with pytest.raises(dataclasses.FrozenInstanceError):
        m.value = 27  # type: ignore[misc]


def test_agrees_with_honours_open_and_closed_ends() -> None:
    m = one("98%")
    assert (m.low, m.high, m.low_open, m.high_open) == (97.5, 98.5, False, True)
    assert m.agrees_with(97.5)
    assert m.agrees_with(98.3)
    assert not m.agrees_with(98.5)
    assert not m.agrees_with(97.49)
    assert not m.agrees_with(math.nan)
    more = one("more than 26")
    assert not more.agrees_with(26)
    assert more.agrees_with(26.001)
    assert more.agrees_with(1e300)


# ---------------------------------------------------------------------------
# Digits, words and their spans
# ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "span", "value", "form"),
    [
        ("1,234", "1,234", 1234, "digits"),
        ("3.5", "3.5", 3.5, "digits"),
        ("the 12,567 words", "12,567", 12567, "digits"),
        ("22,240,260,310", "22,240,260,310", 22240260310, "digits"),
        (".08", ".08", 0.08, "digits"),
        ("4.800", "4.800", 4.8, "digits"),
        ("1\u202f234\u202f567.89", "1\u202f234\u202f567.89", 1234567.89, "digits"),
        ("2.5 million", "2.5 million", 2_500_000, "mixed"),
        ("3 billion", "3 billion", 3_000_000_000, "mixed"),
        ("$1.2bn", "1.2bn", 1_200_000_000, "mixed"),
        ("£3m", "3m", 3_000_000, "mixed"),
        ("10k", "10k", 10_000, "mixed"),
        ("Rs 12 lakh", "12 lakh", 1_200_000, "mixed"),
        ("twenty-six", "twenty-six", 26, "words"),
        ("Twenty-six people died", "Twenty-six", 26, "words"),
        ("one hundred and five", "one hundred and five", 105, "words"),
        ("a million", "a million", 1_000_000, "words"),
        ("nought", "nought", 0, "words"),
        ("seven hundred twenty-one thousand and twelve", None, 721012, "words"),
        ("4 thousand 3 hundred and 21", "4 thousand 3 hundred and 21", 4321, "mixed"),
        ("two point two million", "two point two million", 2_200_000, "words"),
        ("nine point nought four", "nine point nought four", 9.04, "words"),
        ("nineteen eighty-four", "nineteen eighty-four", 1984, "words"),
        ("forty-five (45) days", "forty-five (45)", 45, "words"),
    ],
)
def test_cardinals(text: str, span: str | None, value: float, form: str) -> None:
    m = one(text)
    assert m.kind == "number"
    assert m.text == (span if span is not None else text)
    assert m.value == pytest.approx(value)
    assert m.form == form
    assert m.hedge is None


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("half", 0.5),
        ("a half", 0.5),
        ("three quarters", 0.75),
        ("two-thirds", 2 / 3),
        ("1/2", 0.5),
        ("2 1/4", 2.25),
        ("½", 0.5),
        ("one and a half", 1.5),
        ("one hundred and three quarters", 100.75),
        ("twenty-three fifths", 4.6),
        ("half a million", 500_000),
        ("two and a half million", 2_500_000),
        ("a quarter of a million", 250_000),
        ("one in five", 0.2),
        ("nine out of 10", 0.9),
        ("one over three", 1 / 3),
    ],
)
def test_fractions_and_ratios(text: str, value: float) -> None:
    m = one(text)
    assert (m.kind, m.text) == ("number", text)
    assert m.value == pytest.approx(value)


def test_a_third_is_a_fraction_before_of_and_an_ordinal_before_a_noun() -> None:
    assert list(interval(one("a third of voters"))[:2]) == pytest.approx([1 / 3, 1 / 3])
    assert one("a third of voters").text == "a third"
    term = one("won a third term")
    assert (term.text, term.kind, term.value) == ("third", "ordinal", 3)


def test_thousands_separators_must_group_by_three() -> None:
    assert spans("1 234") == ["1", "234"]
    assert spans("Exercises 22,24,26") == ["22", "24", "26"]
    assert spans("1, 234, 567") == ["1", "234", "567"]


def test_space_grouping() -> None:
    # A no-break or thin space only ever groups digits; a plain space does so
    # only when two or more groups of three follow, as in "1 414 021 100".
    assert one("40\u202f000").value == 40_000
    assert one("40\u00a0000").value == 40_000
    assert one("population 1 414 021 100.").value == 1_414_021_100
    assert spans("in 2011 100 people") == ["2011", "100"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # One plain-space group joins when it starts with a zero: "000" or "050"
        # is never a number of its own in prose.
        ("40 000 is the same", ["40 000"]),
        ("some 12 050 people", ["some 12 050"]),
        ("1 000", ["1 000"]),
        ("1 234", ["1", "234"]),  # a group without the zero stays two numbers
        ("in 2011 050", ["2011", "050"]),  # four digits never lead a group
        ("call 555 012 3456", ["555", "012", "3456"]),  # a run of groups is a code
        ("40 0001", ["40", "0001"]),
    ],
)
def test_one_space_group_with_a_leading_zero(text: str, expected: list[str]) -> None:
    assert spans(text) == expected
    if expected == [text]:
        assert one(text).value == int(text.replace(" ", ""))


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("-5", "-5", -5),
        ("fell to -5C", "-5", -5),
        ("a \u22123.5 change", "\u22123.5", -3.5),
        ("minus 5 degrees", "minus 5", -5),
        ("negative five hundred and four", "negative five hundred and four", -504),
        ("-4/5", "-4/5", -0.8),
        ("just need minus five percent", "minus five percent", -5),
    ],
)
def test_negative_numbers(text: str, span: str, value: float) -> None:
    m = one(text)
    assert m.text == span
    assert m.value == pytest.approx(value)


def test_hyphens_between_numbers_are_not_signs() -> None:
    assert [m.value for m in find_numbers("voted 3-1")] == [3, 1]  # "won 3-1": no numbers
    assert [m.value for m in find_numbers("the range 1000-5000")] == [1000, 5000]
    assert [m.value for m in find_numbers("two minus one")] == [2, 1]
    # A dash used as punctuation does not make the number negative.
    assert one("The visitors - 26 foreign leaders - arrived").value == 26
    assert one("- 5 people were hurt").value == 5
    assert one("- 1,200,000").value == -1_200_000


# ---------------------------------------------------------------------------
# Percentages, ordinals, multipliers
# ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    ["97%", "97 %", "97 percent", "97 per cent", "ninety-seven percent", "97pc", "97 per cent."],
)
def test_percentages_are_read_in_points(text: str) -> None:
    m = one(text)
    assert (m.kind, m.value) == ("percent", 97.0)
    assert m.text == text.rstrip(".")


def test_percentage_points() -> None:
    m = one("rose 3 percentage points")
    assert (m.text, m.kind, m.value) == ("3 percentage points", "percent", 3)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("80th", 80),
        ("1st", 1),
        ("22nd", 22),
        ("1,000th", 1000),
        ("first", 1),
        ("third", 3),
        ("twenty-first", 21),
        ("twenty first", 21),
        ("seventythird", 73),
        ("one hundred and fifth", 105),
        ("two millionth", 2_000_000),
    ],
)
def test_ordinals_are_exact(text: str, value: int) -> None:
    m = one(text)
    assert (m.text, m.kind, m.value) == (text, "ordinal", value)
    assert interval(m) == (value, value, False, False)


def test_the_80th_anniversary_span() -> None:
    text = "for the 80th anniversary"
    m = one(text)
    assert (m.start, m.end) == (8, 12)


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("travelled to Russia twice", "twice", 2),
        ("once", "once", 1),
        ("thrice", "thrice", 3),
        ("four times previously", "four times", 4),
        ("1.5 times as many", "1.5 times", 1.5),
    ],
)
def test_multipliers_are_exact(text: str, span: str, value: float) -> None:
    m = one(text)
    assert (m.text, m.kind, m.value) == (span, "multiplier", value)
    assert interval(m) == (value, value, False, False)


def test_once_as_an_idiom_is_not_a_count() -> None:
    assert find_numbers("he left at once") == []
    assert find_numbers("once again the talks failed") == []
    assert find_numbers("Once the votes were counted") == []
    assert one("once a week").kind == "multiplier"


def test_hedged_and_approximate_multipliers() -> None:
    m = one("met more than 40 times")
    assert (m.text, m.kind, m.hedge) == ("more than 40 times", "multiplier", "more_than")
    assert interval(m) == (40, INF, True, True)
    several = one("several times")
    assert (several.kind, interval(several)) == ("multiplier", (3, 9, False, False))


def test_half_as_a_period_or_compound_is_not_a_number() -> None:
    assert spans("in the first half") == ["first"]
    assert find_numbers("a half-hour drive") == []
    assert find_numbers("at half-time") == []
    assert one("half of voters").value == 0.5
    assert one("a half-million people").value == 500_000


# ---------------------------------------------------------------------------
# Approximate words
# ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "span", "value", "bounds"),
    [
        ("a dozen", "a dozen", 12, (10, 14, False, False)),
        ("two dozen other leaders", "two dozen", 24, (20, 28, False, False)),
        ("half a dozen", "half a dozen", 6, (5, 7, False, False)),
        ("dozens of people", "dozens of", 24, (24, 200, False, True)),
        ("a handful", "a handful", 5, (3, 10, False, False)),
        ("a few", "a few", 3, (2, 9, False, False)),
        ("several", "several", 5, (3, 9, False, False)),
        ("a couple", "a couple", 2, (2, 3, False, False)),
        ("a couple of", "a couple of", 2, (2, 3, False, False)),
        ("scores of", "scores of", 40, (40, 200, False, True)),
        ("hundreds", "hundreds", 200, (200, 1000, False, True)),
        ("thousands", "thousands", 2000, (2000, 10000, False, True)),
        ("tens of thousands", "tens of thousands", 20000, (20000, 100000, False, True)),
        ("hundreds of thousands", "hundreds of thousands", 200000, (200000, 1e6, False, True)),
        ("millions", "millions", 2e6, (2e6, 1e9, False, True)),
        ("a few hundred", "a few hundred", 300, (200, 900, False, False)),
    ],
)
def test_approximate_words(
    text: str, span: str, value: float, bounds: tuple[float, float, bool, bool]
) -> None:
    m = one(text)
    assert (m.text, m.kind, m.value) == (span, "number", value)
    assert interval(m) == bounds
    assert m.approximate
    assert m.form == "approximate"
    assert m.hedge is None


def test_two_dozen_agrees_with_twenty_to_twenty_eight() -> None:
    m = one("two dozen")
    assert all(m.agrees_with(v) for v in range(20, 29))
    assert not m.agrees_with(19)
    assert not m.agrees_with(29)


def test_approximate_words_scale() -> None:
    assert interval(one("a few dozen journalists")) == (24, 108, False, False)
    assert interval(one("several hundred")) == (300, 900, False, False)
    assert interval(one("a couple of million")) == (2e6, 3e6, False, False)
    assert interval(one("a half-dozen")) == (5, 7, False, False)


def test_quite_a_few_is_not_a_few() -> None:
    assert find_numbers("quite a few") == []


def test_plural_scale_after_a_year_is_not_multiplied() -> None:
    found = find_numbers("In 2011 thousands of people fled")
    assert [(m.text, m.value) for m in found] == [("2011", 2011), ("thousands of", 2000)]


# ---------------------------------------------------------------------------
# Hedges
# ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("phrase", "hedge"),
    [
        ("nearly", "nearly"),
        ("almost", "nearly"),
        ("just under", "nearly"),
        ("close to", "nearly"),
        ("about", "about"),
        ("around", "about"),
        ("some", "about"),
        ("roughly", "about"),
        ("approximately", "about"),
        ("an estimated", "about"),
        ("circa", "about"),
        ("more than", "more_than"),
        ("over", "more_than"),
        ("above", "more_than"),
        ("upwards of", "more_than"),
        ("in excess of", "more_than"),
        ("at least", "at_least"),
        ("no fewer than", "at_least"),
        ("no less than", "at_least"),
        ("a minimum of", "at_least"),
        ("fewer than", "fewer_than"),
        ("less than", "fewer_than"),
        ("under", "fewer_than"),
        ("below", "fewer_than"),
        ("at most", "at_most"),
        ("up to", "at_most"),
        ("no more than", "at_most"),
        ("a maximum of", "at_most"),
    ],
)
def test_hedges_are_normalised_and_in_the_span(phrase: str, hedge: str) -> None:
    text = f"Officials said {phrase} 40 people came."
    m = one(text)
    assert m.hedge == hedge
    assert m.text == f"{phrase} 40"
    assert m.approximate


@pytest.mark.parametrize(
    ("text", "bounds"),
    [
        ("more than 26", (26, INF, True, True)),
        ("at least 26", (26, INF, False, True)),
        ("fewer than 26", (-INF, 26, True, True)),
        ("up to 26", (-INF, 26, True, False)),
        # A round figure (last printed digit 0 or 5) is a reference point: the
        # larger of a share of it and one printed unit.
        ("about 25", (22.5, 27.5, False, False)),
        ("about 30", (27, 33, False, False)),
        ("nearly 10", (9, 10, False, False)),  # one printed unit beats 5%
        ("nearly 95%", (90.25, 95, False, False)),
        ("nearly 2.5 million", (2_375_000, 2_500_000, False, False)),
        ("about 1,000", (900, 1100, False, False)),
        ("about 26,000", (23_400, 28_600, False, False)),  # ends in zeros: round
        # Any other figure was printed to its last digit: less than one unit off.
        ("about 26", (25, 27, True, True)),
        ("some 27", (26, 28, True, True)),
        ("about 3", (2, 4, True, True)),
        ("nearly 97%", (96, 97, True, False)),
        ("about 3.2 million", (3_100_000, 3_300_000, True, True)),
        ("about 98.3%", (98.2, 98.4, True, True)),
        # Zeros after three significant digits or more: printed to the last of them
        # (tourism: room nights; weather: homes without power), as "3.2 million" is
        ("some 43,100", (43_000, 43_200, True, True)),
        ("about 12,340", (12_330, 12_350, True, True)),
        ("nearly 43,100", (43_000, 43_100, True, False)),
        # two, or a last digit of 0 or 5, keep the share: a round number
        ("about 3,400", (3_060, 3_740, False, False)),
        ("about 43,500", (39_150, 47_850, False, False)),
    ],
)
def test_hedge_intervals(text: str, bounds: tuple[float, float, bool, bool]) -> None:
    low, high, lo_open, hi_open = interval(one(text))
    assert [low, high] == pytest.approx(bounds[:2])
    assert (lo_open, hi_open) == bounds[2:]


def test_hedges_before_approximate_words() -> None:
    about = one("about two dozen")
    assert (about.text, about.hedge) == ("about two dozen", "about")
    assert list(interval(about)[:2]) == pytest.approx([18, 30.8])
    more = one("more than a dozen")
    assert interval(more) == (12, INF, True, True)
    nearly = one("nearly two dozen")
    assert interval(nearly) == (20, 24, False, False)


def test_hedges_do_not_apply_to_ordinals_or_cross_punctuation() -> None:
    assert one("over the 80th").hedge is None
    assert one("nearly. 40").hedge is None
    assert one("more than, 40").hedge is None


def test_a_preposition_between_two_numbers_is_not_a_hedge() -> None:
    found = find_numbers("an increase of 7 over 2019")
    assert [(m.text, m.hedge) for m in found] == [("7", None), ("2019", None)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A head before the preposition takes it: topic, matter, tenure, structure.
        ("a film about three sisters", ("three", None)),
        ("a documentary about five families", ("five", None)),
        ("She talked about 3 issues at length.", ("3", None)),
        ("fans complained about 2 referees", ("2", None)),
        ("They are worried about 3 missing crew members.", ("3", None)),
        ("a dispute over two islands", ("two", None)),
        ("the parties clashed over 3 seats", ("3", None)),
        ("a row over 300 million pounds", ("300 million", None)),
        ("police handed over 3 suspects", ("3", None)),
        ("he served under three presidents", ("three", None)),
        ("aid flowed under two treaties", ("two", None)),
        ("a plan centred around 3 themes", ("3", None)),
        # "over" a stretch of time or a series is "across".
        ("Prices rose over 3 years.", ("3", None)),
        ("The festival is spread over 10 days.", ("10", None)),
        ("losses over 3 consecutive days", ("3", None)),
        ("over the past 3 years", ("3", None)),
        ("Over two days, the leaders met.", ("two", None)),
        # ... with a word naming the kind of stretch between (archaeology, business)
        ("Over three field seasons, a crew dug out the bones.", ("three", None)),
        ("Shares fell over four trading days.", ("four", None)),
        ("The cuts are phased over two fiscal years.", ("two", None)),
        # what is spread over a number of anything is across it (chess, farming)
        ("The prize money is spread over ten places.", ("ten", None)),
        ("The farm is spread over 40 hectares.", ("40", None)),
        ("The branches are scattered over 12 towns.", ("12", None)),
        # "some" before a compound modifier is a determiner.
        ("some 3-year-olds", ("3", None)),
        ("some five-star hotels", ("five", None)),
    ],
)
def test_hedge_words_that_do_not_modify_the_number(
    text: str, expected: tuple[str, str | None]
) -> None:
    m = one(text)
    assert (m.text, m.hedge) == expected
    assert not m.approximate


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The film runs about 3 hours.", ("about 3", "about")),
        ("He wrote about 300 songs.", ("about 300", "about")),
        ("It took about 3 years.", ("about 3", "about")),
        ("Officials said about 40 people came.", ("about 40", "about")),
        ("They won over 3 million votes.", ("over 3 million", "more_than")),
        ("Over 3 million people voted.", ("Over 3 million", "more_than")),
        ("The index finished above 3,000.", ("above 3,000", "more_than")),
        # "over" a stretch is still "more than" after a preposition or a verb of
        # duration, or when the stretch is measured from a point.
        ("jailed for over 3 years", ("over 3", "more_than")),
        ("the biggest rally in over two decades", ("over two", "more_than")),
        ("The talks lasted over 2 hours.", ("over 2", "more_than")),
        ("The strike lasted over three working days.", ("over three", "more_than")),
        ("a candidate with over 3 years of experience", ("over 3", "more_than")),
        ("It happened over three years ago.", ("over three", "more_than")),
        ("buildings over 10 years old", ("over 10", "more_than")),
        ("just over 3 years", ("just over 3", "more_than")),
        ("well over two days", ("well over two", "more_than")),
        ("children under 5", ("under 5", "fewer_than")),
        ("staff worked under 30 hours a week", ("under 30", "fewer_than")),
        ("some 3 people", ("some 3", "about")),
        ("some 30-odd people", ("some 30", "about")),
        ("some 30-plus people", ("some 30", "about")),
        ("for some 20 years", ("some 20", "about")),
    ],
)
def test_hedge_words_that_modify_the_number(text: str, expected: tuple[str, str]) -> None:
    m = one(text)
    assert (m.text, m.hedge) == expected


@pytest.mark.parametrize(
    ("text", "span", "hedge"),
    [
        # A currency marker between the hedge and the number does not hide it.
        ("more than $3 billion", "more than $3 billion", "more_than"),
        ("about £5m", "about £5m", "about"),
        ("nearly US$2 million", "nearly US$2 million", "nearly"),
        ("over HK$10 billion", "over HK$10 billion", "more_than"),
        ("up to €40 a month", "up to €40", "at_most"),
        ("about Rs 300 crore", "about Rs 300 crore", "about"),
        ("some USD 5 million", "some USD 5 million", "about"),
        # Without a hedge the span is the number, as before.
        ("the $3 billion deal", "3 billion", None),
        ("a film about $3 bills", "3", None),
    ],
)
def test_hedges_before_a_currency(text: str, span: str, hedge: str | None) -> None:
    m = one(text)
    assert (m.text, m.hedge) == (span, hedge)


def test_some_before_a_range_still_hedges_its_first_number() -> None:
    found = find_numbers("some 30-40 people")
    assert [(m.text, m.hedge) for m in found] == [("some 30", "about"), ("40", None)]


def test_over_a_series_after_another_number() -> None:
    found = find_numbers("He scored 4 goals over 3 games.")
    assert [(m.text, m.hedge) for m in found] == [("4", None), ("3", None)]


# ---------------------------------------------------------------------------
# Printed precision
# ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("98%", 97.5, 98.5),
        ("98.3%", 98.25, 98.35),
        ("26", 25.5, 26.5),
        ("26,000", 25_500, 26_500),
        ("2.5 million", 2_450_000, 2_550_000),
        ("twenty-six thousand", 25_500, 26_500),
        ("0.5", 0.45, 0.55),
        ("2011", 2010.5, 2011.5),
        ("2020", 2019.5, 2020.5),  # a bare four-digit run is a year, not a round count
    ],
)
def test_printed_precision(text: str, low: float, high: float) -> None:
    m = one(text)
    assert [m.low, m.high] == pytest.approx([low, high])
    assert (m.low_open, m.high_open) == (False, True)
    assert not m.approximate


def test_98_percent_agrees_with_98_3() -> None:
    assert one("98%").agrees_with(98.3)
    assert not one("98.3%").agrees_with(98.4)


# ---------------------------------------------------------------------------
# Things that are not numbers
# ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "the G7 summit",
        "COVID-19 cases",
        "a 5G network",
        "the 1990s",
        "one of the leaders",
        "no one came",
        "the one he chose",
        "someone said",
        "anyone",
        "a",
        "an",
        "see http://example.com/a%2020b",
        "A380",
    ],
)
def test_not_numbers(text: str) -> None:
    assert find_numbers(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "All times are Beijing time (GMT+8).",
        "GMT+8",
        "UTC+9",
        "UTC-5",
        "UTC−5",
        "GMT +8",
        "UTC + 8",
        "UTC+05:30",
        "UTC +5:30",
        "GMT+0545",
        "UTC+5.5",
        "(UTC+8)",
        "GMT8",  # glued to its letters, as "G7" is
    ],
)
def test_a_time_zone_offset_is_no_number(text: str) -> None:
    assert find_numbers(text) == []


def test_a_count_beside_a_time_zone_offset_is_still_read() -> None:
    assert spans("At 8 (GMT+8), 8 people died; UTC+05:30 was 3 hours off.") == ["8", "8", "3"]
    # only the zone's own letters make an offset: "EST+3" is no zone's name here
    assert spans("AGMT+8 and EST+3") == ["8", "3"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The prefilter lowercases the text; a letter whose lowercase is longer
        # ("İ") must not shift the spans.
        ("İstanbul has two bridges and 3 ferries", ["two", "3"]),
        ("İİİ TWENTY-SIX", ["TWENTY-SIX"]),
        ("Twenty Six, SEVERAL hundred", ["Twenty Six", "SEVERAL hundred"]),
        # A number word glued to a letter, ASCII or not, is part of another word.
        ("éone ßtwo cafétwo xtwo 3two", []),
        ("naïve estimates of 3", ["3"]),
        ("½ and 3¾ and x½", ["½", "3¾", "½"]),
        (".5 and x.5 and 1..5", [".5", "5", "1", "5"]),
        ("point 5 and Point 7", ["point 5", "Point 7"]),
        # Nothing inside a web or mail address is a number, digits or words.
        ("see www.example.com/two/3 or mail a1@x2.org then 4", ["4"]),
        ("at http://a.org/one-third or www.x.com/two", []),
    ],
)
def test_prefilter_edge_cases(text: str, expected: list[str]) -> None:
    assert spans(text) == expected


def test_the_any_case_prefilter_is_compiled_only_for_a_text_lowercasing_would_shift() -> None:
    """It costs as much to compile as the lowercase one, and a pre-commit hook's
    articles seldom hold an "İ" or a Kelvin sign."""
    numbers._anycase_words.cache_clear()
    assert spans("Officials counted 42 people, two of them twice") == ["42", "two", "twice"]
    assert numbers._anycase_words.cache_info().currsize == 0
    assert spans("İstanbul has two bridges") == ["two"]
    assert numbers._anycase_words.cache_info().currsize == 1


def test_dates_are_left_in_parts_and_clock_times_are_not_read() -> None:
    assert spans("on 3 September") == ["3"]
    assert spans("at 10:30") == []  # a time of day: see test_notnumbers.py
    assert spans("in 2:05:30") == ["2", "05", "30"]  # no time of day
    assert spans("on 5/17/2018") == ["5", "17", "2018"]
    assert spans("192.168.1.2") == ["192", "168", "1", "2"]


def test_years_are_plain_numbers() -> None:
    m = one("in 2011")
    assert (m.text, m.kind, m.value) == ("2011", "number", 2011)


# ---------------------------------------------------------------------------
# find_numbers and read_number
# ---------------------------------------------------------------------------


def test_find_numbers_in_a_paragraph() -> None:
    text = (
        "Putin hosted 26 foreign leaders for the 80th anniversary, nearly two dozen of them "
        "from Africa. Xi has travelled to Russia twice, and turnout was nearly 97%."
    )
    found = find_numbers(text)
    assert [(m.text, m.kind) for m in found] == [
        ("26", "number"),
        ("80th", "ordinal"),
        ("nearly two dozen of", "number"),
        ("twice", "multiplier"),
        ("nearly 97%", "percent"),
    ]
    for a, b in itertools.pairwise(found):
        assert a.end <= b.start
    for m in found:
        assert text[m.start : m.end] == m.text


def test_longest_match_wins() -> None:
    assert spans("three hundred and two dozens") == ["three hundred and two dozens"]
    assert spans("3 hundred and 2 hundred") == ["3 hundred", "2 hundred"]
    assert spans("between one hundred and two hundred") == ["one hundred", "two hundred"]


@pytest.mark.parametrize(
    ("quote", "text", "value"),
    [
        ("nearly 97%", "nearly 97%", 97),
        ("two dozen", "two dozen", 24),
        ("four times previously", "four times", 4),
        ("twice", "twice", 2),
        ("26 foreign leaders", "26", 26),
        ("the 80th anniversary", "80th", 80),
        ("leaders from 26 of 50 countries", "26", 26),
    ],
)
def test_read_number(quote: str, text: str, value: float) -> None:
    m = read_number(quote)
    assert m is not None
    assert (m.text, m.value) == (text, value)


def test_read_number_without_a_number() -> None:
    assert read_number("no figures here") is None
    assert read_number("") is None


def test_read_number_prefers_the_longest() -> None:
    m = read_number("in 2011 some two dozen")
    assert m is not None
    assert m.text == "some two dozen"


# ---------------------------------------------------------------------------
# Properties
# ---------------------------------------------------------------------------


@given(st.integers(min_value=0, max_value=10**9))
def test_num2words_cardinals_read_back(n: int) -> None:
    text = num2words(n)
    m = read_number(text)
    assert m is not None
    assert (m.start, m.end, m.kind, m.value) == (0, len(text), "number", n)


@given(st.integers(min_value=0, max_value=10**6))
def test_num2words_ordinals_read_back(n: int) -> None:
    text = num2words(n, to="ordinal")
    m = read_number(text)
    assert m is not None
    assert (m.start, m.end, m.kind, m.value) == (0, len(text), "ordinal", n)


@given(st.integers(min_value=-(10**15), max_value=10**15))
def test_grouped_digits_read_back(n: int) -> None:
    text = f"{n:,}"
    m = read_number(text)
    assert m is not None
    assert (m.text, m.value) == (text, n)


_positive = st.one_of(
    st.integers(min_value=1, max_value=10**7).map(str),
    st.decimals(min_value="0.01", max_value="99999", places=2).map(str),
)
_true_values = st.floats(min_value=-1e9, max_value=1e9, allow_nan=False)


@given(_positive, _true_values)
def test_hedge_monotonicity(x_text: str, v: float) -> None:
    x = float(x_text)
    for candidate in (v, x, math.nextafter(x, INF), math.nextafter(x, -INF)):
        assert one(f"more than {x_text}").agrees_with(candidate) == (candidate > x)
        assert one(f"at least {x_text}").agrees_with(candidate) == (candidate >= x)
        assert one(f"fewer than {x_text}").agrees_with(candidate) == (candidate < x)
    assert one(f"about {x_text}").agrees_with(x)
    nearly = one(f"nearly {x_text}")
    assert nearly.agrees_with(x)
    assert not nearly.agrees_with(math.nextafter(x, INF))
    if v > x:
        assert not nearly.agrees_with(v)


@given(st.integers(min_value=1, max_value=10**7), st.sampled_from(["about", "some", "nearly"]))
def test_a_hedged_figure_to_its_last_digit_never_agrees_with_its_neighbours(
    n: int, hedge: str
) -> None:
    # "some 27" is not 26: only a round figure (last digit 0 or 5) stands for a region.
    assume(n % 5 != 0)
    m = one(f"{hedge} {n:,}")
    assert m.agrees_with(n)
    assert not m.agrees_with(n - 1)
    assert not m.agrees_with(n + 1)


def is_round_figure(n: int) -> bool:
    return abs(n) >= 1000 and len(str(abs(n)).rstrip("0")) <= 2


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("26,000", 25500, 26500),
        ("10,000", 9500, 10500),
        ("2,500", 2450, 2550),
        ("388,780", 388779.5, 388780.5),  # an exact count, to the unit
        ("26,000,000", 25500000, 26500000),
    ],
)
def test_round_figures_are_read_to_two_significant_digits(
    text: str, low: float, high: float
) -> None:
    m = one(text)
    assert (m.low, m.high) == (low, high)


@given(st.integers(min_value=-(10**9), max_value=10**9), st.booleans())
def test_an_exact_count_shifted_by_one_never_agrees(n: int, grouped: bool) -> None:
    # Round figures of 1,000 and more, with at most two significant digits, are
    # read as rounded ("26,000" agrees with 26,400); every other count is exact.
    assume(not is_round_figure(n))
    m = one(f"{n:,}" if grouped else str(n))
    assert m.agrees_with(n)
    assert not m.agrees_with(n + 1)
    assert not m.agrees_with(n - 1)


# ---------------------------------------------------------------------------
# Quick readings: the shortcuts for common shapes agree with the full reader
# ---------------------------------------------------------------------------

_BEFORE = (
    "about $",
    "about Rs ",
    "US$",
    "",
    "said ",
    "about ",
    "nearly ",
    "over ",
    "some ",
    "$",
    "-",
    "- ",
    "minus ",
    "a ",
    "quite ",
)
_NUMBERS = (
    *("3", "45", "2019", "3.5", "45,000", "0", "1", "12 050", "5bn", "10 K", "80th", "7/8"),
    *("two", "Seven", "forty", "fifteen", "third", "First", "millionth", "one", "twice", "once"),
    *("several", "thousands", "Millions", "hundreds", "dozens", "lakhs", "tens", "Tens"),
    *("a few", "A couple", "a handful", "two dozen", "twenty dozens"),
)
_AFTER = (
    *("", ".", ",", ";", " people", " of them", " a day", "'s", " (three)", "-year-old"),
    *(" million", " billion,", " millions", " million people", " bn", " thousand", " lakhs"),
    *("%", " %", " percent", " per cent", " Per Cent's", " pc", "pc", " percentage points"),
    *(" times", " dozen", " and a half", " hundred", "-thirds", " - thirds", "-5", " -- it"),
    *(" years ago", " in 5", " over 3", "\n\nmillion", "\nmillion", " six", "-six"),
    *(" of people", " of (2000)", " of thousands", " several", " few", " of lakhs", " of a"),
    *(" dozen", " dozen's", " of hundred", " more"),
)


def _full_reader_only(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(numbers, "_quick_digits", lambda text, start: None)
    monkeypatch.setattr(numbers, "_quick_word", lambda text, start: None)


@given(
    st.sampled_from(_BEFORE),
    st.sampled_from(_NUMBERS),
    st.sampled_from(_AFTER),
    st.sampled_from(_AFTER),
)
def test_quick_readings_agree_with_the_full_reader(
    before: str, number: str, after: str, tail: str
) -> None:
    text = f"{before}{number}{after}{tail}"
    quick = find_numbers(text)
    with pytest.MonkeyPatch.context() as mp:
        _full_reader_only(mp)
        assert find_numbers(text) == quick


def test_quick_readings_are_taken() -> None:
    # The shortcuts do apply to the common shapes (or the test above proves nothing).
    assert numbers._quick_digits("45% of", 0) is not None
    assert numbers._quick_digits("3.5 million people", 0) is not None
    assert numbers._quick_digits("2025-08-28", 0) is not None
    assert numbers._quick_word("seven years", 0) is not None
    assert numbers._quick_word("third time", 0) is not None
    assert numbers._quick_word("one of", 0) is None
    assert numbers._quick_word("two dozen reporters", 0) is not None
    assert numbers._quick_word("a handful of the", 0) is not None
    assert numbers._quick_word("Tens of thousands of people", 0) is not None


@pytest.mark.parametrize(
    ("before", "after", "low", "high"),
    [
        ("Kim will stand alongside Putin and ", " other leaders", 26, 26),
        ("Kim will stand alongside Xi, Putin and ", " others.", 26, 27),
        ("the Chinese president and ", " other leaders", 26, 26),
        ("Kim will join ", " other leaders", 26, math.inf),
        # "and" after a verb in the passive or perfect joins two clauses
        ("Two miners were killed and ", " others were trapped", 25, 25),
        ("Three people have died, and ", " others were hurt", 25, 25),
        ("Nine were seriously injured and ", " others were treated", 25, 25),
        ("Among them was Putin and ", " other leaders", 26, 26),
        ("Kim will join ", " leaders", 25, 25),  # not a count of others
        ("Putin and ", " otherwise", 25, 25),
    ],
)
def test_a_count_of_others_is_read_as_the_whole(
    before: str, after: str, low: float, high: float
) -> None:
    mention = read_number("25")
    assert mention is not None
    whole = counting_the_rest(mention, before, after)
    assert whole.agrees_with(low)
    assert not whole.agrees_with(low - 1)
    if high == math.inf:
        assert whole.high == math.inf
    else:
        assert whole.agrees_with(high)
        assert not whole.agrees_with(high + 1)


# ---------------------------------------------------------------------------
# Amounts printed at a scale ("$512 billion", "512bn")
# ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("$512 billion", 511.5e9, 512.5e9),
        ("$512bn", 511.5e9, 512.5e9),
        ("512 billion dollars", 511.5e9, 512.5e9),
        ("512 bn", 511.5e9, 512.5e9),
        ("$512.4bn", 512.35e9, 512.45e9),
        ("$51.2 million", 51.15e6, 51.25e6),
        ("$5bn", 4.5e9, 5.5e9),
        ("$7m", 6.5e6, 7.5e6),
        ("26,000 million", 25.5e9, 26.5e9),  # a round figure of the scale
        ("1.5 thousand million", 1.45e9, 1.55e9),
        ("3 million, 400 thousand", 3.35e6, 3.45e6),  # two scales: read as before
    ],
)
def test_an_amount_is_rounded_at_the_scale_it_is_printed_at(
    text: str, low: float, high: float
) -> None:
    m = read_number(text)
    assert m is not None
    assert (m.low, m.high, m.low_open, m.high_open) == (low, high, False, True)


@pytest.mark.parametrize(
    ("text", "value", "agrees"),
    [
        ("$512 billion", 512.4e9, True),
        ("$512bn", 512.4e9, True),
        ("$512.4bn", 512.4e9, True),
        ("$513bn", 512.4e9, False),
        ("$51.2 million", 51.2e9, False),
        ("$512 billion", 511.4e9, False),
    ],
)
def test_an_amount_agrees_at_its_printed_precision(text: str, value: float, agrees: bool) -> None:
    m = read_number(text)
    assert m is not None
    assert m.agrees_with(value) is agrees


_SCALES = {
    "thousand": 10**3,
    "million": 10**6,
    "billion": 10**9,
    "trillion": 10**12,
    "m": 10**6,
    "mn": 10**6,
    "bn": 10**9,
    "tn": 10**12,
}


def _printed_amount(units: int, decimals: int, scale_word: str, shape: str) -> str:
    """``units`` of the last printed digit, printed with ``decimals`` at ``scale_word``."""
    digits = f"{units / 10**decimals:.{decimals}f}"
    abbreviation = len(scale_word) <= 2
    if (shape == "glued" and abbreviation) or scale_word == "m":  # "m": only glued after "$"
        return f"${digits}{scale_word}"
    if shape == "word after":
        return f"{digits} {scale_word} dollars"
    return f"${digits} {scale_word}"


@given(
    units=st.integers(min_value=2, max_value=999_999),
    decimals=st.integers(min_value=0, max_value=3),
    scale_word=st.sampled_from(sorted(_SCALES)),
    shape=st.sampled_from(["glued", "spaced", "word after"]),
    thousandths=st.integers(min_value=-499, max_value=499),
    shift=st.sampled_from([-1, 1]),
)
def test_an_amount_reads_back_and_agrees_with_what_it_was_rounded_from(
    units: int, decimals: int, scale_word: str, shape: str, thousandths: int, shift: int
) -> None:
    assume(units < 1000 * 10**decimals)  # whole part below 1,000: no grouping commas
    scale = _SCALES[scale_word]
    # The true value, anywhere within half a printed unit of what is printed.
    true_value = (units * 1000 + thousandths) * scale / (10**decimals * 1000)
    printed = read_number(_printed_amount(units, decimals, scale_word, shape))
    assert printed is not None
    assert printed.agrees_with(true_value)
    # One unit off in the last printed digit is another figure: it never agrees.
    neighbour = read_number(_printed_amount(units + shift, decimals, scale_word, shape))
    assert neighbour is not None
    assert not neighbour.agrees_with(true_value)


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # infrastructure: the cost, then the overrun as a share of the budget
        ("It came in at $2.38 billion, 58% over budget.", ["2.38 billion", "58%"]),
        # business: revenue, then its growth
        ("Revenue was $3 billion, 12% more than last year.", ["3 billion", "12%"]),
        # a group in digits goes on past the comma only with a scale word of its own,
        # and one in words always does
        ("It drew 3 million, 400 thousand people.", ["3 million, 400 thousand"]),
        ("It cost one thousand, one hundred pounds.", ["one thousand, one hundred"]),
    ],
)
def test_figures_after_a_comma_go_on_with_the_number_only_as_a_group_of_it(
    text: str, figures: list[str]
) -> None:
    assert [m.text for m in find_numbers(text)] == figures
