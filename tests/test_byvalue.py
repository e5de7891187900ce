"""Binding by value (extraction/byvalue.py): what is specific enough for unique-value,
the index that finds the facts a value may agree with, and that neither value-fits nor
unique-value binds a value to a fact its judge says it contradicts.

The rules' own cases, positive and negative, are in tests/corpus/binding_rules.yaml.
"""

from __future__ import annotations

import math
from datetime import date, timedelta

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from factsuite import numbers
from factsuite.articles import parse_article
from factsuite.compare import Context, judge
from factsuite.daterange import DateRange
from factsuite.extraction import Extractor
from factsuite.extraction.binding_rules import (
    UNIQUE_FACT_MAX_DAYS,
    UNIQUE_MIN_FIGURES,
    UNIQUE_MONEY_MIN_FIGURES,
    without,
)
from factsuite.extraction.byvalue import ValueIndex, significant_figures, specific
from factsuite.extraction.values import Value, find_values
from factsuite.kinds._shared import interval_agrees
from factsuite.kinds.unitscale import unscaled
from factsuite.model import Claim, CountFact, DateFact, Fact, QuantityFact, Verdict
from factsuite.slips import Slip, significant_digits, slip

REFERENCE = date(2026, 2, 12)


def _value(sentence: str, span: str) -> tuple[Value, str]:
    found = [v for v in find_values(sentence, REFERENCE) if sentence[v.start : v.end] == span]
    assert len(found) == 1, (sentence, span, found)
    return found[0], sentence


@pytest.mark.parametrize(
    ("written", "figures"),
    [
        ("412,300", 4),
        ("44.7 billion", 3),
        ("about $52.0 billion", 3),
        ("0.25", 2),
        ("4,500", 2),
        ("100", 1),
        ("seven", 0),
    ],
)
def test_significant_figures_as_printed(written: str, figures: int) -> None:
    assert significant_figures(written) == figures


@given(st.integers(min_value=1, max_value=10**12))
def test_thousands_separators_change_no_figure(n: int) -> None:
    expected = len(str(n).rstrip("0"))
    assert significant_figures(f"{n:,}") == significant_figures(str(n)) == expected


@pytest.mark.parametrize(
    ("sentence", "span", "expected"),
    [
        # dates: a day, or a month with its year written
        ("The figures came out on Feb 11.", "Feb 11", True),
        ("The plant opened on 3 September 2025.", "3 September 2025", True),
        ("The talks ran on 25-28 March 2018.", "25-28 March 2018", True),
        ("The plant opened in March 2024.", "March 2024", True),
        ("The figures came out on Wednesday.", "on Wednesday", False),
        ("The figures came out yesterday.", "yesterday", False),
        ("The plant opened in March.", "in March", False),
        ("The plant opened in 2024.", "2024", False),
        ("The plant opened in 2019. The mill closed that year.", "that year", False),
        # numbers: three figures; money two; a percentage a decimal
        ("The firm delivered 412,300 cars.", "412,300", True),
        ("The firm delivered 412 cars.", "412", True),
        ("The firm delivered 41 cars.", "41", False),
        ("The firm cut 4,500 jobs.", "4,500", False),
        ("The firm cut seven jobs.", "seven", False),
        ("Sales were $4.5 billion.", "4.5 billion", True),
        ("Sales were $52 billion.", "52 billion", True),
        ("Sales were $5 billion.", "5 billion", False),
        ("Sales were 52 billion.", "52 billion", False),
        ("The margin was 7.2%.", "7.2%", True),
        ("Turnout was 68%.", "68%", False),
        ("The firm delivered more than 412,300 cars.", "more than 412,300", False),
        ("Dozens of cars were recalled.", "Dozens", False),
    ],
)
def test_what_is_specific_enough_for_unique_value(sentence: str, span: str, expected: bool) -> None:
    assert specific(*_value(sentence, span)) is expected


def test_the_thresholds_are_those_the_cases_above_sit_on() -> None:
    assert (UNIQUE_MIN_FIGURES, UNIQUE_MONEY_MIN_FIGURES, UNIQUE_FACT_MAX_DAYS) == (3, 2, 31)


def _date_fact(fid: str, start: date, end: date) -> DateFact:
    return DateFact(id=fid, label=fid, value=DateRange(start, end), sources=("s",))


def test_the_index_leaves_out_date_facts_longer_than_a_month() -> None:
    facts: dict[str, Fact] = {
        "day": _date_fact("day", date(2025, 3, 3), date(2025, 3, 3)),
        "month": _date_fact("month", date(2025, 3, 1), date(2025, 3, 31)),
        "year": _date_fact("year", date(2025, 1, 1), date(2025, 12, 31)),
    }
    value, _ = _value("It opened on 3 March 2025.", "3 March 2025")
    assert ValueIndex(facts).candidates(value) == ["day", "month"]


def test_the_index_leaves_out_disputed_facts_and_series() -> None:
    facts: dict[str, Fact] = {
        "plain": CountFact(id="plain", label="cars", value=412300, sources=("s",)),
        "disputed": CountFact(
            id="disputed", label="cars", value=412300, sources=("s",), disputed=True
        ),
    }
    value, _ = _value("It made 412,300 cars.", "412,300")
    assert ValueIndex(facts).candidates(value) == ["plain"]


_EPOCH = date(2025, 1, 1)


@settings(max_examples=200, deadline=None)
@given(
    spans=st.lists(st.tuples(st.integers(0, 150), st.integers(0, 40)), min_size=1, max_size=30),
    stated=st.integers(40, 110),
)
def test_the_index_keeps_the_date_facts_a_day_may_agree_with_and_few_others(
    spans: list[tuple[int, int]], stated: int
) -> None:
    """Every date fact the day overlaps is a candidate (the sieve drops nothing the
    judge would find agreeing); one that ended more than a week before the day, or
    starts more than a week after it, is not (on an archive, dozens of facts start in
    any month, and each candidate is judged)."""
    facts: dict[str, Fact] = {
        f"f{i}": _date_fact(
            f"f{i}", _EPOCH + timedelta(days=start), _EPOCH + timedelta(days=start + length)
        )
        for i, (start, length) in enumerate(spans)
    }
    day = _EPOCH + timedelta(days=stated)
    sentence = f"It opened on {day.day} {day:%B %Y}."
    value, _ = _value(sentence, f"{day.day} {day:%B %Y}")
    found = set(ValueIndex(facts).candidates(value))
    slack = timedelta(days=7)
    for fid, fact in facts.items():
        assert isinstance(fact, DateFact)
        if fact.value.end - fact.value.start >= timedelta(days=UNIQUE_FACT_MAX_DAYS):
            assert fid not in found
        elif fact.value.start <= day <= fact.value.end:
            assert fid in found
        elif fact.value.end < day - slack or fact.value.start > day + slack:
            assert fid not in found


_FIGURE = st.integers(min_value=1, max_value=10**9)


@settings(max_examples=200, deadline=None)
@given(
    values=st.lists(_FIGURE, min_size=1, max_size=20),
    stated=_FIGURE,
    hedge=st.sampled_from(["", "about ", "nearly ", "some "]),
    scaled=st.booleans(),
)
def test_the_index_never_leaves_out_a_fact_the_value_agrees_with(
    values: list[int], stated: int, hedge: str, scaled: bool
) -> None:
    unit = "million dollars" if scaled else "cars"
    facts: dict[str, Fact] = {
        f"f{i}": QuantityFact(
            id=f"f{i}", label="x", value=v / 10**6 if scaled else v, unit=unit, sources=("s",)
        )
        for i, v in enumerate(values)
    }
    sentence = f"It made {hedge}{stated:,}."
    mention = numbers.read_number(f"{hedge}{stated:,}")
    assert mention is not None
    value = Value(8, 8 + len(mention.text), "number", number=mention, core=(8, len(sentence) - 1))
    found = set(ValueIndex(facts).candidates(value))
    for fid, fact in facts.items():
        assert isinstance(fact, QuantityFact)
        agrees = interval_agrees(
            unscaled(fact), mention.low, mention.high, mention.low_open, mention.high_open
        )
        if agrees:
            assert fid in found


_DOSES = {
    "doses": CountFact(
        id="doses", label="doses per child", value=2, unit="doses", cues=("doses",), sources=("s",)
    ),
    "doses-2027": CountFact(
        id="doses-2027",
        label="doses made by 2027",
        value=40_000_000,
        unit="doses",
        cues=("doses",),
        sources=("s",),
    ),
}


def _claims(facts: dict[str, Fact], body: str, off: tuple[str, ...] = ()) -> list[Claim]:
    article = parse_article(f"---\ntitle: T\npublished: 2026-02-12\n---\n{body}\n", "a.md")
    with without(off):
        extractor = Extractor(facts, Context.build(facts))
    return [c for c in extractor.extract(article) if c.kind in ("number", "money", "date")]


def test_a_value_bound_by_value_fits_passes_no_cue_on() -> None:
    body = "With two doses per person, that is close to $100 to protect one child."
    claims = {c.quote: c.fact for c in _claims(dict(_DOSES), body)}
    assert claims["two"] == "doses"  # value-fits: 2 agrees with one fact of "doses"
    assert claims["close to $100"] is None  # the cue "doses" stays with "two"


def _patients(first: int, second: int) -> dict[str, Fact]:
    return {
        fid: CountFact(
            id=fid, label=fid, value=value, unit="patients", cues=("treated",), sources=("s",)
        )
        for fid, value in (("first", first), ("second", second))
    }


@settings(max_examples=40, deadline=None)
@given(
    first=st.integers(min_value=100, max_value=999_999),
    second=st.integers(min_value=100, max_value=999_999),
    stated=st.integers(min_value=100, max_value=999_999),
    cue=st.booleans(),
)
def test_neither_rule_binds_a_value_to_a_fact_it_contradicts(
    first: int, second: int, stated: int, cue: bool
) -> None:
    facts = _patients(first, second)
    verb = "treated" if cue else "saw"  # two facts' cue, or no cue at all
    body = f"The clinic {verb} {stated:,} patients."
    article = parse_article(f"---\ntitle: T\npublished: 2026-02-12\n---\n{body}\n", "a.md")
    claims = _claims(facts, body, ("slip-nearest",))  # which binds to fail: below
    assert len(claims) == 1
    claim = claims[0]
    if claim.fact is not None:
        assert judge(claim, article, Context.build(facts)).verdict is Verdict.AGREES
    agreeing = [f for f in facts.values() if isinstance(f, QuantityFact) and f.value == stated]
    specific_enough = significant_figures(f"{stated:,}") >= UNIQUE_MIN_FIGURES
    if len(agreeing) == 1 and (cue or specific_enough):
        assert claim.fact == agreeing[0].id  # bound by value-fits, or by unique-value
    elif not agreeing:
        assert claim.fact is None


@settings(max_examples=60, deadline=None)
@given(
    first=st.integers(min_value=10, max_value=999_999),
    second=st.integers(min_value=10, max_value=999_999),
    stated=st.integers(min_value=10, max_value=999_999),
)
# 900 and 100 are one digit changed, but each is one significant figure: as for 8 and 9
# (test_two_one_digit_figures_decide_nothing), any two such are a keystroke apart
@example(first=10, second=100, stated=900)
def test_slip_nearest_binds_a_figure_only_to_the_nearest_fact_it_is_a_slip_of(
    first: int, second: int, stated: int
) -> None:
    facts = _patients(first, second)
    (claim,) = _claims(facts, f"The clinic treated {stated:,} patients.")
    if stated in (first, second):
        return  # value-fits' case, or a tie of two agreeing facts
    slipped = {
        fid: abs(math.log(stated / fact.value))
        for fid, fact in facts.items()
        if isinstance(fact, QuantityFact)
        and slip(stated, fact.value) is not None
        and not (
            slip(stated, fact.value) in (Slip.CHANGED, Slip.NEXT)
            and len(significant_digits(stated)) == len(significant_digits(fact.value)) == 1
        )
    }
    if claim.fact is None:
        distances = sorted(slipped.values())
        assert not distances or (len(distances) == 2 and distances[0] == distances[1])
    else:
        assert claim.fact in slipped
        assert all(slipped[claim.fact] < d for f, d in slipped.items() if f != claim.fact)


def test_two_one_digit_figures_decide_nothing() -> None:
    """Any two one-digit figures are a keystroke apart: "8" is no slip of 9 that counts."""
    (claim,) = _claims(_patients(9, 52), "The clinic treated 8 patients.")
    assert claim.fact is None
    (claim,) = _claims(_patients(9, 52), "The clinic treated 25 patients.")
    assert claim.fact == "second"  # 52, two digits swapped
