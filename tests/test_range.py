"""Ranges as values: a range fact (a target range) and the range kind, which reads
"3.50%-3.75%" as one claim; kept apart from a number's low/high uncertainty."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from factsuite.errors import InputError
from factsuite.facts import parse_fact_file
from factsuite.kinds.range import RangeKind
from factsuite.model import PercentFact, QuantityFact, RangeFact, Result, Verdict
from tests.kindcases import article_of, found_spans, judge_bound, judge_quote

KIND = RangeKind()
TARGET = RangeFact(
    id="fed.target",
    label="the federal funds target range",
    low=3.5,
    high=3.75,
    percent=True,
    cues=("target range",),
    sources=("s",),
)
BAND = RangeFact(id="band", label="the pay band", low=40, high=45, unit="thousand", sources=("s",))
TURNOUT = PercentFact(id="turnout", label="turnout", value=62.0, low=60, high=64, sources=("s",))
# Facts whose unit opens with a scale word (unitscale.py), as a number fact's does.
LOSSES = QuantityFact(
    id="losses",
    label="insured losses",
    value=16.5,
    low=14,
    high=19,
    unit="billion US dollars",
    sources=("s",),
)
COST = RangeFact(id="cost", label="the cost", low=2, high=3, unit="million pounds", sources=("s",))


def judged(quote: str, fact: RangeFact | QuantityFact, stated: str | None = None) -> Result:
    return judge_quote(f"It was {quote} then.", quote, "range", fact, stated=stated)


def found(text: str) -> list[str]:
    return found_spans(KIND, text)


def test_a_range_fact_is_read_from_yaml() -> None:
    (fact,) = parse_fact_file(
        "fed.target:\n  type: range\n  low: 3.5\n  high: 3.75\n  percent: true\n  sources: [s]\n",
        "f.yaml",
    )
    assert fact == RangeFact(
        id="fed.target", low=3.5, high=3.75, percent=True, sources=("s",), path="f.yaml", line=1
    )


@pytest.mark.parametrize(
    ("yaml", "message"),
    [
        ("  low: 3.5\n", "f.yaml:2:3: fact 'r' needs 'low' and 'high'"),
        ("  low: 4\n  high: 3\n", "f.yaml:3:8: 'low' of fact 'r' is above its 'high'"),
        ("  low: 3\n  high: 4\n  value: 3.5\n", "value"),
    ],
)
def test_a_malformed_range_fact_is_an_error(yaml: str, message: str) -> None:
    with pytest.raises(InputError) as error:
        parse_fact_file(f"r:\n  type: range\n{yaml}  sources: [s]\n", "f.yaml")
    assert message in str(error.value)


@pytest.mark.parametrize(
    ("sentence", "span"),
    [
        ("The Fed moved its target range to 3.50%-3.75% on Wednesday.", "3.50%-3.75%"),
        ("Rates now sit at 3.5 to 3.75 per cent.", "3.5 to 3.75 per cent"),  # business
        ("The band is between 3.5% and 3.75%.", "between 3.5% and 3.75%"),
        ("The bank set a range of 4.25-4.5% for the year.", "4.25-4.5%"),
        ("Polls put support at 40-45% before the vote.", "40-45%"),  # election
        ("Efficacy was between 60% and 70% in the trial.", "between 60% and 70%"),  # science
        ("A range of 10-15 points was expected.", "10-15"),
        # the unit at each end, no word of change before: a band (transport, election)
        ("The aim is recovering 25% to 30% of costs from fares.", "25% to 30%"),
        ("Polls put Harbour on 38% to 40% of the vote.", "38% to 40%"),
    ],
)
def test_a_range_value_is_found_as_one_claim(sentence: str, span: str) -> None:
    assert found(sentence) == [span]


@pytest.mark.parametrize(
    "sentence",
    [
        "The storm dropped 10-15 inches of rain.",  # weather: a number's uncertainty
        "The 2024-25 season ended in May.",  # sport: a season
        "United won 3-1 at home.",  # sport: a score
        "Inflation rose from 2.5% to 2.9%.",  # business: a change
        "Shares fell 2% to 3% in early trading.",  # a movement, not a range
        "The jury heard 10 to 12 witnesses.",  # courts: no percentage
        "Between 10 and 15 inches fell overnight.",  # weather: no percentage
        "Turnout was 62%.",  # one figure
    ],
)
def test_what_is_no_range_value_is_not_found(sentence: str) -> None:
    assert found(sentence) == []


@pytest.mark.parametrize(
    ("quote", "fact", "verdict"),
    [
        ("3.50%-3.75%", TARGET, Verdict.AGREES),
        ("3.5%-3.75%", TARGET, Verdict.AGREES),
        ("3.5 to 3.75 per cent", TARGET, Verdict.AGREES),
        ("between 3.5% and 3.75%", TARGET, Verdict.AGREES),
        ("3.25%-3.50%", TARGET, Verdict.CONTRADICTS),  # the range before the cut
        ("3.50%-4.00%", TARGET, Verdict.CONTRADICTS),
        ("3.50%-4%", TARGET, Verdict.AGREES),  # "4%" is printed to the point: 3.5 to 4.5
        ("3.6%", TARGET, Verdict.CONTRADICTS),  # one figure is not the range
        ("3.5%", TARGET, Verdict.CONTRADICTS),
        ("a range of 40-45", BAND, Verdict.AGREES),
        ("40%-45%", BAND, Verdict.CONTRADICTS),  # percentages for a range of amounts
        # a number known within bounds: a range agrees when it overlaps them
        ("58-61%", TURNOUT, Verdict.AGREES),
        ("65-70%", TURNOUT, Verdict.CONTRADICTS),
        ("61%", TURNOUT, Verdict.AGREES),
        ("66%", TURNOUT, Verdict.CONTRADICTS),
        # at the scale the fact's unit opens with (unitscale.py), as a number is
        ("$14bn to $19bn", LOSSES, Verdict.AGREES),
        ("between $15bn and $18bn", LOSSES, Verdict.AGREES),
        ("$14m to $19m", LOSSES, Verdict.CONTRADICTS),
        ("$21bn to $25bn", LOSSES, Verdict.CONTRADICTS),
        ("£2m-£3m", COST, Verdict.AGREES),
        ("between £2m and £3m", COST, Verdict.AGREES),
        ("£2bn-£3bn", COST, Verdict.CONTRADICTS),
        ("£2,000-£3,000", COST, Verdict.CONTRADICTS),
    ],
)
def test_a_range_is_judged_by_both_ends(
    quote: str, fact: RangeFact | QuantityFact, verdict: Verdict
) -> None:
    assert judged(quote, fact).verdict is verdict


def test_a_scaled_range_is_shown_as_its_fact_writes_it() -> None:
    assert judged("$21bn to $25bn", LOSSES).message == (
        "contradicts: '$21bn to $25bn' (21,000,000,000 to 25,000,000,000) but insured losses"
        " is 14-19 billion US dollars: it lies outside it"
    )


def test_messages_say_which_end_is_wrong_and_that_one_figure_is_no_range() -> None:
    assert judged("3.25%-3.50%", TARGET).message == (
        "contradicts: '3.25%-3.50%' (3.25% to 3.5%) but the federal funds target range is"
        " the range 3.5%-3.75%: its low end, 3.25, is not 3.5 and its high end, 3.5, is not 3.75"
    )
    assert judged("3.6%", TARGET).message == (
        "contradicts: '3.6%' is one figure but the federal funds target range is"
        " the range 3.5%-3.75%"
    )


def test_an_unreadable_range_awaits_review() -> None:
    assert judged("steady", TARGET).verdict is Verdict.NEEDS_REVIEW


def test_a_range_binds_to_ranges_and_bounded_numbers_only() -> None:
    (percent,) = KIND.find("at 3.50%-3.75% now", date(2025, 1, 1))
    assert KIND.binds(TARGET, percent)
    assert KIND.binds(TURNOUT, percent)
    assert not KIND.binds(BAND, percent)
    assert not KIND.binds(PercentFact(id="p", value=3.6, sources=("s",)), percent)
    (amounts,) = KIND.find("a range of 40-45 now", date(2025, 1, 1))
    assert KIND.binds(BAND, amounts)
    assert not KIND.binds(TARGET, amounts)


@pytest.mark.parametrize(
    ("sentence", "kind", "verdict"),
    [
        ("The target range is now 3.50%-3.75%.", "range", Verdict.AGREES),
        ("The target range is now 3.6%.", "range", Verdict.CONTRADICTS),
    ],
)
def test_extraction_binds_a_range_and_one_figure_to_a_range_fact(
    sentence: str, kind: str, verdict: Verdict
) -> None:
    claim, result = judge_bound(sentence, {TARGET.id: TARGET})
    assert (claim.kind, claim.fact) == (kind, TARGET.id)
    assert result.verdict is verdict


def test_a_quarter_point_is_no_quarter_of_a_year() -> None:
    from factsuite.extraction.pipeline import Extractor

    cut = QuantityFact(id="cut", value=25, unit="basis points", cues=("cut",), sources=("s",))
    body = "A quarter-point cut came on Wednesday."
    claims = Extractor({cut.id: cut}).extract(article_of(body))
    assert [(c.quote, c.kind, c.fact) for c in claims if c.fact] == [
        ("A quarter-point", "points", "cut")
    ]


_ENDS = st.decimals(min_value="0.25", max_value="20", places=2)


@given(_ENDS, _ENDS)
def test_a_range_printed_from_its_ends_agrees(low: object, high: object) -> None:
    a, b = sorted((float(str(low)), float(str(high))))
    assume(a != b)
    fact = RangeFact(id="r", low=a, high=b, percent=True, sources=("s",))
    assert judged(f"{a:.2f}%-{b:.2f}%", fact).verdict is Verdict.AGREES
    assert judged(f"{a:.2f}%", fact).verdict is Verdict.CONTRADICTS


@pytest.mark.parametrize(
    ("kind", "fact"),
    [
        ("range", QuantityFact(id="f", value=62, sources=("s",))),  # one value, no bounds
        ("fraction", QuantityFact(id="f", value=0.8, sources=("s",))),  # a count or number
        ("points", QuantityFact(id="f", value=25, unit="goals", sources=("s",))),
    ],
)
def test_claims_yaml_refuses_a_kind_bound_to_a_fact_it_cannot_check(
    kind: str, fact: QuantityFact
) -> None:
    from factsuite.claims import parse_claims

    text = (
        "version: 1\nclaims:\n  - {article: a.md, line: 5, column: 1,"
        f" quote: '3.6%', kind: {kind}, fact: f}}\n"
    )
    with pytest.raises(InputError, match=f"a {kind} claim cannot be checked against 'f'"):
        parse_claims(text, "claims.yaml", {"f": fact})


def test_one_figure_by_the_cue_of_a_range_of_amounts_is_bound_to_it() -> None:
    band = RangeFact(id="band", low=40, high=45, cues=("seats",), sources=("s",))
    claim, result = judge_bound("Harbour needs 42 seats to govern.", {band.id: band})
    assert (claim.quote, claim.kind) == ("42", "range")
    assert result.verdict is Verdict.CONTRADICTS


# immigration: a processing-time target of 120-150 days; weather: a rainfall band
PROCESSING = RangeFact(
    id="processing",
    label="the target for the average processing time",
    low=120,
    high=150,
    unit="days",
    sources=("s",),
)
RAINFALL = RangeFact(
    id="rainfall", label="the forecast rainfall", low=10, high=15, unit="inches", sources=("s",)
)


@pytest.mark.parametrize(
    ("body", "quote", "fact", "unreviewed"),
    [
        # one figure far from both ends and no slip of either: another target, likelier
        ("The opposition called the 90-day target a slogan.", "90-day", PROCESSING,
         Verdict.NEEDS_REVIEW),
        ("One gauge caught 31 inches.", "31 inches", RAINFALL, Verdict.NEEDS_REVIEW),
        # a slip of one end fails (one digit off, or at another scale)
        ("The target is 160 days.", "160 days", PROCESSING, Verdict.CONTRADICTS),
        ("Forecasters expect 1.5 inches.", "1.5 inches", RAINFALL, Verdict.CONTRADICTS),
    ],
)  # fmt: skip
def test_one_figure_far_from_a_range_awaits_review_only_while_unreviewed(
    body: str, quote: str, fact: RangeFact, unreviewed: Verdict
) -> None:
    pending = judge_quote(body, quote, "range", fact, status="pending")
    assert pending.verdict is unreviewed
    confirmed = judge_quote(body, quote, "range", fact)
    assert confirmed.verdict is Verdict.CONTRADICTS
