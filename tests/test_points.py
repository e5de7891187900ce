"""The points kind: basis points, percentage points and index points, against a
number fact in one of them; 25 bp is 0.25 percentage points."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factsuite.kinds._shared import data_rows
from factsuite.kinds.points import PointsKind, movement_words, point_unit, read_points
from factsuite.model import CountFact, PercentFact, QuantityFact, Result, Verdict
from tests.kindcases import found_spans, judge_quote

KIND = PointsKind()
CUT = QuantityFact(
    id="cut", label="the Fed's September cut", value=25, unit="basis points", sources=("s",)
)
SWING = QuantityFact(
    id="swing", label="the swing to Harbour", value=4.5, unit="percentage points", sources=("s",)
)
FTSE = QuantityFact(id="ftse", label="the FTSE's fall", value=50, unit="points", sources=("s",))


def judged(quote: str, fact: QuantityFact) -> Result:
    return judge_quote(f"It moved {quote} today.", quote, "points", fact)


def found(text: str) -> list[str]:
    return found_spans(KIND, text)


@pytest.mark.parametrize(
    ("sentence", "span"),
    [
        ("The Fed made a quarter-point cut on Wednesday.", "a quarter-point"),  # business
        ("The bank raised rates by 25 basis points.", "25 basis points"),
        ("Markets priced in a 25bp hike.", "25bp"),
        ("Turnout fell 0.25 percentage points.", "0.25 percentage points"),  # election
        ("Harbour's lead grew by half a point.", "half a point"),
        ("The index posted a 50-point rise.", "50-point"),
        ("The FTSE 100 fell 50 points on Monday.", "50 points"),
        ("Yields rose about 10 basis points.", "about 10 basis points"),
        (
            "The approval rate dropped three-quarters of a percentage point.",
            "three-quarters of a percentage point",
        ),  # science
        ("A 25-basis-point increase is expected.", "25-basis-point"),
    ],
)
def test_an_amount_of_points_is_found(sentence: str, span: str) -> None:
    assert found(sentence) == [span]


@pytest.mark.parametrize(
    "sentence",
    [
        "He sank a 3-point shot at the buzzer.",  # sport
        "She saved match point in the third set.",  # sport
        "The driver had six points on his licence.",  # courts
        "The point is that nobody voted.",  # election
        "She scored 30 points against Boston.",  # sport: a tally, no movement
        "The 5-point plan was unveiled.",  # politics
        "Winds reached 120 mph at one point.",  # weather
    ],
)
def test_what_is_no_difference_of_points_is_not_found(sentence: str) -> None:
    assert found(sentence) == []


@pytest.mark.parametrize(
    ("quote", "fact", "verdict"),
    [
        ("a quarter-point", CUT, Verdict.AGREES),  # 0.25 pp = 25 bp
        ("25 basis points", CUT, Verdict.AGREES),
        ("25bp", CUT, Verdict.AGREES),
        ("0.25 percentage points", CUT, Verdict.AGREES),
        ("half a point", CUT, Verdict.CONTRADICTS),  # 50 bp
        ("50 basis points", CUT, Verdict.CONTRADICTS),
        ("about 25 basis points", CUT, Verdict.AGREES),
        ("about 30 basis points", CUT, Verdict.CONTRADICTS),
        ("4.5 percentage points", SWING, Verdict.AGREES),
        ("450 basis points", SWING, Verdict.AGREES),
        ("four points", SWING, Verdict.CONTRADICTS),
        ("50 points", FTSE, Verdict.AGREES),
        ("a 50-point", FTSE, Verdict.AGREES),
        ("60 points", FTSE, Verdict.CONTRADICTS),
        ("50 basis points", FTSE, Verdict.CONTRADICTS),  # basis points are no index points
    ],
)
def test_points_are_judged_in_the_facts_unit(
    quote: str, fact: QuantityFact, verdict: Verdict
) -> None:
    assert judged(quote, fact).verdict is verdict


def test_messages_convert_what_was_stated() -> None:
    assert judged("half a point", CUT).message == (
        "contradicts: 'half a point' is 0.5 percentage points (50 basis points)"
        " but the Fed's September cut is 25 basis points"
    )
    assert judged("0.25 percentage points", CUT).message == (
        "'0.25 percentage points' (25 basis points) agrees with 25 basis points"
    )
    assert "is in basis points" in judged("50 basis points", FTSE).message


def test_a_quote_with_no_points_awaits_review() -> None:
    assert judged("twenty-five", CUT).verdict is Verdict.NEEDS_REVIEW


def test_points_are_checked_only_against_a_number_in_points() -> None:
    assert KIND.accepts(CUT)
    assert KIND.accepts(FTSE)
    assert not KIND.accepts(QuantityFact(id="n", value=25, sources=("s",)))
    assert not KIND.accepts(CountFact(id="c", value=30, unit="goals", sources=("s",)))
    assert KIND.accepts(PercentFact(id="p", value=0.25, unit="pp", sources=("s",)))


def test_every_unit_form_is_read() -> None:
    for form, unit in data_rows("points.tsv"):
        assert point_unit(form) == unit
        points = read_points(f"25 {form}")
        assert points is not None
        assert (points.amount.value, points.unit) == (25, unit)


def test_every_movement_word_makes_a_bare_point_a_difference() -> None:
    for word in movement_words():
        assert found(f"It {word} 12 points.") == ["12 points"], word


@given(st.integers(1, 10_000))
def test_basis_points_and_percentage_points_round_trip(bp: int) -> None:
    in_bp = QuantityFact(id="bp", value=bp, unit="bp", sources=("s",))
    in_pp = QuantityFact(id="pp", value=bp / 100, unit="percentage points", sources=("s",))
    assert judged(f"{bp} basis points", in_pp).verdict is Verdict.AGREES
    assert judged(f"{bp / 100:g} percentage points", in_bp).verdict is Verdict.AGREES
    assert judged(f"{bp}.5 basis points", in_bp).verdict is Verdict.CONTRADICTS
