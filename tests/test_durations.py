"""Amounts of time ("a maximum of 100 years", "six months apart", "within 48 hours"):
read by extraction after the elapsed, anniversary, age and tenure readings, bound only
to a number fact in a unit of time, judged as quantities (converted through pint), and
recorded for review where no fact binds them (issue 14: nothing silent).

The readings' corpus is tests/corpus/durations.yaml; the binding rule
``duration-unit`` has its cases in tests/corpus/binding_rules.yaml."""

from __future__ import annotations

from collections import defaultdict
from datetime import date
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from factsuite import language
from factsuite.extraction.pipeline import Extractor
from factsuite.extraction.values import DURATION_RULES, find_values
from factsuite.kinds import registry
from factsuite.model import QuantityFact, Verdict
from tests.kindcases import article_of, judge_bound, judge_quote

CORPUS = Path(__file__).parent / "corpus" / "durations.yaml"
CASES: list[dict[str, Any]] = yaml.safe_load(CORPUS.read_text(encoding="utf-8"))
# Rules that read an amount of time: a case that reads is a positive. The others leave
# one: a case that reads nothing is the rule firing.
READING_RULES = {"duration-amount", "short-time", "clock-parts"}


def _reads(text: str, published: date) -> tuple[list[list[str]], set[tuple[str, str]]]:
    """The amounts of time read in ``text`` as [quote, unit], and every value read."""
    values = find_values(text, published, registry.current().finders)
    timed = [[text[v.start : v.end], v.duration] for v in values if v.duration]
    return timed, {(text[v.start : v.end], v.kind) for v in values}


@pytest.mark.parametrize("case", CASES, ids=lambda c: f"{c['rule']}-{c['beat']}-{c['text'][:30]}")
def test_durations_corpus(case: dict[str, Any]) -> None:
    published = date.fromisoformat(str(case.get("published", "2026-11-20")))
    timed, values = _reads(case["text"], published)
    assert timed == case["reads"]
    if "other" in case:
        assert tuple(case["other"]) in values
    for value in timed:  # one claim per span: no other value over an amount of time
        assert [v for v in values if v[0] == value[0]] == [(value[0], "number")]


def test_each_duration_rule_has_cases_both_ways_from_two_beats() -> None:
    beats: dict[tuple[str, bool], set[str]] = defaultdict(set)
    for case in CASES:
        assert case["rule"] in DURATION_RULES, case["rule"]
        reads = bool(case["reads"])
        fires = case.get("fires", reads if case["rule"] in READING_RULES else not reads)
        beats[case["rule"], fires].add(case["beat"])
    for rule in DURATION_RULES:
        assert len(beats[rule, True]) >= 2, (rule, "fires")
        assert len(beats[rule, False]) >= 2, (rule, "negative")


# -- judging: a quantity in a unit of time ----------------------------------------------


def _fact(value: float, unit: str, **extra: Any) -> QuantityFact:
    return QuantityFact(id="t", label="the time", value=value, unit=unit, sources=("s",), **extra)


def _verdict(quote: str, fact: QuantityFact) -> Verdict:
    body = f"It was {quote}, they said."
    return judge_quote(body, quote, "quantity", fact, published="2026-11-20").verdict


@pytest.mark.parametrize(
    ("quote", "fact", "verdict"),
    [
        ("six months", _fact(0.5, "years"), Verdict.AGREES),  # converted
        ("six months", _fact(3, "months"), Verdict.CONTRADICTS),
        ("a maximum of 100 years", _fact(110, "years"), Verdict.CONTRADICTS),  # hedged
        ("up to 110 years", _fact(110, "years"), Verdict.AGREES),
        ("nearly six years", _fact(5.7, "years"), Verdict.AGREES),
        ("nearly six years", _fact(6.2, "years"), Verdict.CONTRADICTS),
        ("three and a half years", _fact(42, "months"), Verdict.AGREES),
        ("within 48 hours", _fact(36, "hours"), Verdict.AGREES),
        ("within 48 hours", _fact(3, "days"), Verdict.CONTRADICTS),
        ("14 hours", _fact(14, "hours"), Verdict.AGREES),
        ("nearly two days", _fact(14, "hours"), Verdict.CONTRADICTS),
        ("90-day", _fact(3, "months"), Verdict.AGREES),  # 84 to 93 days
        ("two-week", _fact(14, "days"), Verdict.AGREES),
        ("100 metres", _fact(100, "years"), Verdict.CONTRADICTS),  # a length for a time
    ],
)
def test_an_amount_of_time_is_judged_in_its_unit(
    quote: str, fact: QuantityFact, verdict: Verdict
) -> None:
    assert _verdict(quote, fact) is verdict


@pytest.mark.parametrize(
    ("quote", "fact", "verdict"),
    [
        ("half a year", _fact(6, "months"), Verdict.AGREES),
        ("half a year", _fact(3, "months"), Verdict.CONTRADICTS),
        ("a decade", _fact(10, "years"), Verdict.AGREES),
        ("a decade", _fact(8, "years"), Verdict.CONTRADICTS),
        ("a fortnight", _fact(14, "days"), Verdict.AGREES),
        ("nearly a decade", _fact(9.5, "years"), Verdict.AGREES),
    ],
)
def test_time_in_words_is_read_as_the_date_reader_reads_it(
    quote: str, fact: QuantityFact, verdict: Verdict
) -> None:
    """No figure written with its unit ("a decade" is 10 years): the time-in-words rule."""
    assert _verdict(quote, fact) is verdict


@pytest.mark.parametrize(
    ("quote", "fact", "verdict"),
    [
        ("two hours and 48 minutes", _fact(168, "minutes"), Verdict.AGREES),
        ("two hours and 38 minutes", _fact(168, "minutes"), Verdict.CONTRADICTS),
        ("2 hours, 21 minutes and 37 seconds", _fact(8497, "seconds"), Verdict.AGREES),
        ("2 hours, 21 minutes and 37 seconds", _fact(8479, "seconds"), Verdict.CONTRADICTS),
        ("three hours and 20 minutes", _fact(200, "minutes"), Verdict.AGREES),
        # the first part alone would be 3 hours, which 200 minutes is not
        ("three hours and 20 minutes", _fact(3, "hours"), Verdict.CONTRADICTS),
    ],
)
def test_a_time_in_several_clock_units_is_judged_as_one_amount(
    quote: str, fact: QuantityFact, verdict: Verdict
) -> None:
    """The clock-parts rule, judged: the parts add up in the smallest unit written."""
    assert _verdict(quote, fact) is verdict


@settings(max_examples=80, deadline=None)
@given(
    hours=st.integers(min_value=1, max_value=30),
    minutes=st.integers(min_value=0, max_value=59),
    seconds=st.integers(min_value=0, max_value=59),
    shift=st.sampled_from([-1, 0, 1]),
)
def test_clock_parts_add_up_to_the_seconds_they_make(
    hours: int, minutes: int, seconds: int, shift: int
) -> None:
    """However the hours, minutes and seconds are written, they agree with exactly the
    seconds they add up to, and a second more or less contradicts."""
    quote = f"{hours} hours, {minutes} minutes and {seconds} seconds"
    total = hours * 3600 + minutes * 60 + seconds + shift
    verdict = _verdict(quote, _fact(total, "seconds"))
    assert verdict is (Verdict.AGREES if shift == 0 else Verdict.CONTRADICTS)


@settings(max_examples=60, deadline=None)
@given(months=st.integers(min_value=1, max_value=60), days=st.integers(min_value=20, max_value=35))
def test_months_in_days_allow_any_month_length(months: int, days: int) -> None:
    """The calendar-months rule: a month is 28 to 31 days, so "N days" agrees with a
    fact in months when N lies within what that many months of such days span (at the
    day printed: half a day either side), and contradicts outside it."""
    stated = months * days
    verdict = _verdict(f"{stated} days", _fact(months, "months"))
    inside = 28 * months - 0.5 <= stated < 31 * months + 0.5
    assert verdict is (Verdict.AGREES if inside else Verdict.CONTRADICTS)


@settings(max_examples=60, deadline=None)
@given(
    years=st.integers(min_value=1, max_value=40),
    shift=st.sampled_from([-1, 0, 1]),
)
def test_years_and_months_convert_exactly(years: int, shift: int) -> None:
    """A year is 12 months, whatever months are: no calendar spread between them."""
    verdict = _verdict(f"{12 * years + shift} months", _fact(years, "years"))
    assert verdict is (Verdict.AGREES if shift == 0 else Verdict.CONTRADICTS)


# -- extraction end to end, as docs/reference.md shows it ---------------------------------

DOSES = QuantityFact(
    id="tessavax.dose-interval",
    label="the interval between the two doses",
    value=3,
    unit="months",
    cues=("apart",),
    sources=("https://example.org/tide-3-methods",),
)
SENTENCE = QuantityFact(
    id="renn.maximum-sentence",
    label="the maximum sentence",
    value=110,
    unit="years",
    cues=("maximum",),
    sources=("https://example.org/renn",),
)
STRIKES = QuantityFact(
    id="strikes",
    label="strikes this year",
    value=3,
    cues=("strike",),
    sources=("https://example.org/union",),
)


@pytest.mark.parametrize(
    ("sentence", "fact", "quote", "message"),
    [
        (
            "The doses are given 12 weeks apart.",
            DOSES,
            "12 weeks",
            "'12 weeks' agrees with 3 months (12 to 13.2857 weeks)",
        ),
        (
            "The doses are given six months apart.",
            DOSES,
            "six months",
            "contradicts: 'six months' (between 5.5 and 6.5 months)"
            " but the interval between the two doses is 3 months",
        ),
        (
            "The counts carry a maximum of 100 years.",
            SENTENCE,
            "a maximum of 100 years",
            "contradicts: 'a maximum of 100 years' (at most 100 years)"
            " but the maximum sentence is 110 years",
        ),
    ],
)
def test_an_amount_of_time_is_bound_and_judged_as_a_quantity(
    sentence: str, fact: QuantityFact, quote: str, message: str
) -> None:
    claim, result = judge_bound(sentence, {fact.id: fact}, published="2026-11-20")
    assert (claim.quote, claim.kind, claim.fact) == (quote, "quantity", fact.id)
    assert result.message == message


def test_an_amount_of_time_no_fact_binds_awaits_review() -> None:
    """Nothing silent: "a two-week strike" near only a count's cue is recorded, unbound."""
    article = article_of("A two-week strike ended on Monday.", published="2026-11-20")
    claims = Extractor({STRIKES.id: STRIKES}).extract(article)
    timed = [c for c in claims if c.quote == "two-week"]
    assert [(c.kind, c.fact, c.reason) for c in timed] == [
        ("number", None, "no fact's cues stand near it")
    ]


def _amounts(text: str) -> list[list[str]]:
    return _reads(text, date(2026, 11, 20))[0]


@pytest.mark.parametrize("word", language.words("recurrence_words.txt"))
def test_each_recurrence_word_makes_a_rate_not_an_amount_of_time(word: str) -> None:
    assert _amounts(f"Nurses work 12 hours {word} day.") == []
    assert _amounts(f"Trains run {word} 10 minutes at peak times.") == []
    assert _amounts(f"Trains run {word.upper()} other 10 minutes.") == []


def test_an_amount_of_time_after_or_before_another_word_is_one() -> None:
    assert _amounts("Nurses work 12 hours on day shifts.") == [["12 hours", "hours"]]
    assert _amounts("Trains run for 10 minutes at peak times.") == [["10 minutes", "minutes"]]


@pytest.mark.parametrize("word", language.words("duration_prepositions.txt"))
def test_each_word_that_takes_an_amount_of_time_keeps_it_one(word: str) -> None:
    """Between an amount and "a week", each word of duration_prepositions.txt makes
    "a week" an amount of time of its own, not the unit the amount is counted per."""
    text = f"Output reached 40 tonnes {word} a week."
    timed, _ = _reads(text, date(2026, 11, 20))
    assert [unit for _, unit in timed] == ["weeks"]
    assert timed[0][0].endswith("a week")  # with the word, where it is a hedge


@pytest.mark.parametrize(
    "text",
    [
        # aviation, retail, charity: the unit of time is the next phrase's ("the year
        # before"), not what the figure counts
        "In 2025, 78.6% of flights arrived on time, up from 74.1% the year before.",
        "Like-for-like sales grew 3.6%, up from 2.1% the year before.",
        "The appeal drew 41,500 donors, up from 38,200 the year before.",
    ],
)
def test_a_figure_before_a_time_phrase_is_read(text: str) -> None:
    _, values = _reads(text, date(2026, 3, 20))
    figure = text.split("from ")[1].split(" the year")[0]
    assert figure.lstrip("£$") in {quote.lstrip("£$") for quote, _ in values}


def test_a_figure_that_counts_units_of_time_is_a_duration_not_a_figure() -> None:
    _, values = _reads("Talks resumed, and two days later they ended.", date(2026, 3, 20))
    assert values == {("two days", "number")}  # the amount of time, not "two" alone
