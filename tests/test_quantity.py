"""The quantity kind: a number with a unit of measure, found after its number,
bound to a fact in a unit of the same dimension, judged through pint at the
precision it is printed at."""

from __future__ import annotations

import subprocess
import sys
from collections import defaultdict

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from factsuite.kinds import registry
from factsuite.kinds.base import Found
from factsuite.kinds.quantity import (
    TIME,
    QuantityKind,
    Unit,
    _month_spread,
    convert,
    find_quantities,
    unit_forms,
)
from factsuite.model import CountFact, PercentFact, QuantityFact, Result, Verdict
from tests.kindcases import article_of, judge_bound, judge_quote

KIND = QuantityKind()


def found(text: str) -> list[tuple[str, str]]:
    return [(text[m.start : w.end], w.unit.name) for m, w in find_quantities(text)]


# -- the unit data ----------------------------------------------------------------------


def test_every_unit_form_names_a_pint_unit_of_its_dimension() -> None:
    import pint

    registry_ = pint.UnitRegistry()
    dimensions = {
        "length": "[length]",
        "mass": "[mass]",
        "speed": "[length] / [time]",
        "area": "[length] ** 2",
        "volume": "[length] ** 3",
        "temperature": "[temperature]",
        "pressure": "[mass] / [length] / [time] ** 2",
        "time": "[time]",
        "power": "[mass] * [length] ** 2 / [time] ** 3",
        "energy": "[mass] * [length] ** 2 / [time] ** 2",
    }
    for form, unit in unit_forms().items():
        assert str(registry_.Unit(unit.name).dimensionality) == dimensions[unit.dimension], form


def test_no_two_units_share_a_form_in_any_case() -> None:
    names: dict[str, set[str]] = defaultdict(set)
    for unit in unit_forms().values():
        names[unit.form.casefold()].add(unit.name)
    assert {form: n for form, n in names.items() if len(n) > 1} == {}


def test_every_unit_form_is_found_after_a_number() -> None:
    for unit in unit_forms().values():
        if unit.dimension == TIME:
            continue  # a duration's: the next test
        glued = len(unit.form) == 1  # "40C", "6.1 m": one letter as news writes it
        text = f"It was 12{'' if glued and unit.form.isupper() else ' '}{unit.form} then."
        assert found(text) == [(text[7:-6], unit.name)], unit.form


def test_no_unit_of_time_is_found_by_the_quantity_reader() -> None:
    """Durations are read by extraction after the elapsed, anniversary, age and tenure
    readings (extraction/values.py): a quantity of time here would come before them."""
    times = [unit for unit in unit_forms().values() if unit.dimension == TIME]
    assert {unit.name for unit in times} >= {"year", "month", "week", "day", "hour", "minute"}
    for unit in times:
        assert found(f"It was 12 {unit.form} then.") == [], unit.form


# -- the reader -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("a 380-metre climb to the finish", [("380-metre", "meter")]),  # sport
        ("a three-metre wall", [("three-metre", "meter")]),
        ("the Aurora's 380-mile range", [("380-mile", "mile")]),  # business
        ("a 30-tonne load", [("30-tonne", "tonne")]),
        ("she ran at 35.2 km/h", [("35.2 km/h", "kilometer_per_hour")]),
        ("winds of 140 mph", [("140 mph", "mile_per_hour")]),  # weather
        ("winds of 140 miles per hour", [("140 miles per hour", "mile_per_hour")]),
        ("a surge of nearly 12 feet", [("nearly 12 feet", "foot")]),
        ("31 inches of rain", [("31 inches", "inch")]),
        ("pressure fell to 938 millibars", [("938 millibars", "millibar")]),
        ("a 12-foot surge", [("12-foot", "foot")]),
        ("it hit 40C in Seville", [("40C", "degree_Celsius")]),
        ("it hit 40°C", [("40°C", "degree_Celsius")]),
        ("40 degrees Celsius", [("40 degrees Celsius", "degree_Celsius")]),
        ("the probe flew 5.2 km above", [("5.2 km", "kilometer")]),  # science
        ("5.2km", [("5.2km", "kilometer")]),
        ("2,400 hectares of forest", [("2,400 hectares", "hectare")]),  # politics, farming
        ("2.4 million hectares", [("2.4 million hectares", "hectare")]),
        ("a 6.1 m wall", [("6.1 m", "meter")]),
        ("120 miles from Leeds, then 30 km more", [("120 miles", "mile"), ("30 km", "kilometer")]),
    ],
)
def test_a_number_with_a_unit_after_it_is_a_quantity(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "a three-way race",  # a hyphened word that is no unit
        "the two-year-old colt",
        "a 3-1 win",
        "6 in 10 voters",  # "in" is not read as inches
        "$6.1 m in damages",  # an amount of money
        "€30m",
        "40 C",  # a capital letter spaced off its number is no unit
        "Group C",
        "3.1 billion dollars",
        "I'm 12",
        "120 smiles",
        "5 mphx",
        "the km was long",
    ],
)
def test_text_that_is_no_quantity_is_not_found(text: str) -> None:
    assert found(text) == []


# -- binding ----------------------------------------------------------------------------

CLIMB = QuantityFact(id="climb", label="the final climb", value=380, unit="m", sources=("s",))
ROUTE = QuantityFact(id="route", label="the route", value=193, unit="km", sources=("s",))
HEAT = QuantityFact(id="heat", label="the peak heat", value=104, unit="F", sources=("s",))
WINDS = QuantityFact(
    id="winds", label="the winds at landfall", value=140, unit="mph", sources=("s",)
)
LOAD = QuantityFact(id="load", label="the load", value=30, unit="tonnes", sources=("s",))
SURGE = QuantityFact(
    id="surge", label="the surge", value=10, low=9, high=12, unit="feet", sources=("s",)
)
LONGER_ROUTE = QuantityFact(id="route", label="the route", value=210, unit="km", sources=("s",))
LONGER_CLIMB = QuantityFact(id="climb", label="the climb", value=412, unit="m", sources=("s",))
HARVEST = QuantityFact(
    id="harvest", label="the harvest", value=30, unit="thousand tonnes", sources=("s",)
)
WALL = QuantityFact(id="wall", label="the wall", value=3, unit="metres", sources=("s",))
FROST = QuantityFact(id="frost", label="the night's low", value=23, unit="°F", sources=("s",))
VIEWERS = CountFact(id="viewers", value=6.1e6, unit="viewers", sources=("s",))


def test_a_quantity_is_checked_only_against_a_number_in_a_unit_of_measure() -> None:
    assert KIND.accepts(CLIMB)
    assert KIND.accepts(HEAT)
    assert KIND.accepts(LOAD)
    assert KIND.accepts(QuantityFact(id="q", value=2, unit="thousand tonnes", sources=("s",)))
    assert not KIND.accepts(VIEWERS)
    assert not KIND.accepts(QuantityFact(id="q", value=3.1, unit="billion dollars", sources=("s",)))
    assert not KIND.accepts(PercentFact(id="p", value=3, unit="m", sources=("s",)))


def test_a_quantity_binds_only_to_a_fact_measuring_the_same_thing() -> None:
    assert KIND.binds(ROUTE, Found(0, 9, ("miles",)))
    assert KIND.binds(HEAT, Found(0, 3, ("c",)))
    assert not KIND.binds(ROUTE, Found(0, 7, ("mph",)))
    assert not KIND.binds(VIEWERS, Found(0, 9, ("miles",)))


# -- the judge --------------------------------------------------------------------------


def judged(quote: str, fact: QuantityFact, body: str = "", **extra: object) -> Result:
    body = body or f"It was {quote}, they said."
    return judge_quote(body, quote, "quantity", fact, published="2026-07-01", **extra)


@pytest.mark.parametrize(
    ("quote", "fact", "verdict"),
    [
        ("120 miles", ROUTE, Verdict.AGREES),  # 193 km is 119.9 miles
        ("193 km", ROUTE, Verdict.AGREES),
        ("193,000 metres", ROUTE, Verdict.AGREES),
        ("about 190 km", ROUTE, Verdict.AGREES),
        ("130 miles", ROUTE, Verdict.CONTRADICTS),
        ("119 miles", ROUTE, Verdict.CONTRADICTS),  # one printed unit off
        ("120 miles", LONGER_ROUTE, Verdict.CONTRADICTS),  # 210 km is 130.5 miles
        ("380-metre", LONGER_CLIMB, Verdict.CONTRADICTS),
        ("380-metre", CLIMB, Verdict.AGREES),
        ("412-metre", CLIMB, Verdict.CONTRADICTS),
        ("0.38 km", CLIMB, Verdict.AGREES),
        ("1,247 feet", CLIMB, Verdict.AGREES),  # 380 m is 1,246.7 feet
        ("40C", HEAT, Verdict.AGREES),  # 104F is 40C
        ("40 degrees Celsius", HEAT, Verdict.AGREES),
        ("104F", HEAT, Verdict.AGREES),
        ("42C", HEAT, Verdict.CONTRADICTS),
        ("140 mph", WINDS, Verdict.AGREES),
        ("225 km/h", WINDS, Verdict.AGREES),  # 140 mph is 225.3 km/h
        ("150 mph", WINDS, Verdict.CONTRADICTS),
        ("30-tonne", LOAD, Verdict.AGREES),
        ("30,000 kg", LOAD, Verdict.AGREES),
        ("3 tonnes", LOAD, Verdict.CONTRADICTS),
        ("30,000 tonnes", HARVEST, Verdict.AGREES),  # the fact's unit writes its scale
        ("30 million kg", HARVEST, Verdict.AGREES),
        ("300,000 tonnes", HARVEST, Verdict.CONTRADICTS),
        ("a three-metre", WALL, Verdict.AGREES),
        ("-5C", FROST, Verdict.AGREES),  # 23F is -5C
        ("11 feet", SURGE, Verdict.AGREES),  # inside the range
        ("3.5 metres", SURGE, Verdict.AGREES),  # 11.5 feet
        ("15 feet", SURGE, Verdict.CONTRADICTS),
    ],
)
def test_a_quantity_agrees_at_its_printed_precision_in_any_unit(
    quote: str, fact: QuantityFact, verdict: Verdict
) -> None:
    assert judged(quote, fact).verdict is verdict


def test_the_message_says_what_was_stated_and_the_fact_in_the_stated_unit() -> None:
    result = judged("130 miles", ROUTE)
    assert result.message == (
        "contradicts: '130 miles' (between 129.5 and 130.5 miles)"
        " but the route is 193 km (119.9246 miles)"
    )
    assert (result.stated, result.expected) == ("130 miles", "193 km")
    assert judged("120 miles", ROUTE).message == "'120 miles' agrees with 193 km (119.9246 miles)"
    assert judged("380-metre", CLIMB).message == "'380-metre' agrees with 380 m"


def test_another_dimension_contradicts_and_says_so() -> None:
    result = judged("140 mph", ROUTE)
    assert result.verdict is Verdict.CONTRADICTS
    assert "is a speed, but the route is 193 km, a length" in result.message


def test_a_unit_just_after_the_quote_is_read() -> None:
    assert judged("412", CLIMB, "The 412 metres of climbing.").verdict is Verdict.CONTRADICTS
    assert judged("1,247", CLIMB, "The 1,247 feet of climbing.").verdict is Verdict.AGREES


def test_a_quantity_with_no_unit_is_judged_in_the_facts() -> None:
    result = judged("380", CLIMB, "The climb: 380, all told.")
    assert result.verdict is Verdict.AGREES
    assert "no unit is written by it: m is assumed" in result.message


def test_stated_is_read_alone() -> None:
    assert judged("it", ROUTE, "It was it.", stated="120 miles").verdict is Verdict.AGREES
    assert judged("it", ROUTE, "It was it.", stated="210 km").verdict is Verdict.CONTRADICTS


def test_glued_m_is_metres_against_a_length_and_unread_against_anything_else() -> None:
    assert (
        judged("6.1m", QuantityFact(id="h", value=6.1, unit="metres", sources=("s",))).verdict
        is Verdict.AGREES
    )
    weight = QuantityFact(id="w", value=6.1, unit="tonnes", sources=("s",))
    assert judged("6.1m", weight).verdict is Verdict.NEEDS_REVIEW


def test_an_unreadable_quantity_awaits_review() -> None:
    assert judged("the climb", CLIMB, "It was the climb.").verdict is Verdict.NEEDS_REVIEW


# -- pint is imported only for a conversion ----------------------------------------------

_PROBE = """
import sys
from factsuite.kinds.quantity import QuantityKind, convert
assert convert(380.0, "meter", "meter") == 380.0
print("pint" in sys.modules)
convert(1.0, "mile", "kilometer")
print("pint" in sys.modules)
"""


def test_pint_is_imported_only_for_a_conversion_between_different_units() -> None:
    out = subprocess.run(
        [sys.executable, "-c", _PROBE], capture_output=True, text=True, check=True
    ).stdout.split()
    assert out == ["False", "True"]


def test_a_same_unit_judgement_does_not_import_pint() -> None:
    probe = """
import sys
from factsuite.articles import parse_article
from factsuite.compare import Context, judge
from factsuite.model import Claim, QuantityFact
fact = QuantityFact(id="c", value=380, unit="metres", sources=("s",))
text = "---\\ntitle: T\\npublished: 2026-07-01\\n---\\nA 380-metre climb.\\n"
article = parse_article(text, "a.md")
claim = Claim(article="a.md", line=5, column=3, quote="380-metre", kind="quantity", fact="c",
              status="confirmed")
print(judge(claim, article, Context.build({"c": fact})).verdict.value, "pint" in sys.modules)
"""
    out = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True
    ).stdout.split()
    assert out == ["agrees", "False"]


# -- properties -------------------------------------------------------------------------

_BY_DIMENSION: dict[str, list[Unit]] = defaultdict(list)
for _unit in {u.name: u for u in unit_forms().values()}.values():
    _BY_DIMENSION[_unit.dimension].append(_unit)
_PAIRS = sorted(
    (a.name, b.name, a.dimension) for units in _BY_DIMENSION.values() for a in units for b in units
)
_FORMS: dict[str, list[str]] = defaultdict(list)
for _unit in unit_forms().values():
    _FORMS[_unit.name].append(_unit.form)


def _printed(number: str, name: str, index: int) -> str:
    forms = sorted(_FORMS[name])
    form = forms[index % len(forms)]
    glued = len(form) == 1 and form.isupper()
    return f"{number}{'' if glued else ' '}{form}"


@given(
    pair=st.sampled_from(_PAIRS),
    units=st.integers(min_value=1, max_value=99_999),
    decimals=st.integers(min_value=0, max_value=2),
    index=st.integers(min_value=0, max_value=20),
    shift=st.sampled_from([-1, 1]),
)
def test_a_value_printed_at_any_precision_agrees_with_what_it_was_rounded_from(
    pair: tuple[str, str, str], units: int, decimals: int, index: int, shift: int
) -> None:
    """A quantity x in unit A, its fact given in unit B: x printed in A agrees, one
    unit off in its last printed digit does not."""
    written, true_unit, _ = pair
    x = units / 10**decimals
    fact_forms = sorted(_FORMS[true_unit], key=len, reverse=True)
    fact = QuantityFact(
        id="q",
        label="it",
        value=convert(x, written, true_unit),
        unit=fact_forms[0],
        sources=("s",),
    )
    assert judged(_printed(f"{x:.{decimals}f}", written, index), fact).verdict is Verdict.AGREES
    off = (units + shift) / 10**decimals
    # "25000" may be rounded to the thousand (numbers.py): only a last digit that is
    # not a zero says the figure is printed to its units
    assume(off > 0 and (units + shift) % 10 != 0)
    # months in days or weeks allow any month's length (the calendar-months tests)
    assume(_month_spread(true_unit, written) is None)
    assert judged(_printed(f"{off:.{decimals}f}", written, index), fact).verdict is (
        Verdict.CONTRADICTS
    )


@given(
    pair=st.sampled_from(_PAIRS),
    value=st.floats(min_value=0.01, max_value=1e6, allow_nan=False),
)
def test_a_conversion_round_trips(pair: tuple[str, str, str], value: float) -> None:
    """x in unit A, to unit B and back to A, is x; and x written in B at full
    precision agrees with x given in A."""
    a, b, _ = pair
    there = convert(value, a, b)
    assert convert(there, b, a) == pytest.approx(value, rel=1e-9)
    fact = QuantityFact(id="q", value=value, unit=sorted(_FORMS[a], key=len)[-1], sources=("s",))
    assume(1e-3 <= abs(there) < 1e9)
    decimals = max(0, 7 - len(str(int(there))))  # seven significant digits
    assert judged(_printed(f"{there:.{decimals}f}", b, 0), fact).verdict is Verdict.AGREES


# -- extraction -------------------------------------------------------------------------

FACTS = {
    "climb": QuantityFact(
        id="climb",
        label="the final climb",
        value=421,
        unit="metres",
        cues=("climb",),
        sources=("s",),
    ),
    "range": QuantityFact(
        id="range",
        label="the Aurora's range",
        value=380,
        unit="miles",
        cues=("range",),
        sources=("s",),
    ),
    "wall": QuantityFact(
        id="wall", label="the sea wall", value=6.1, unit="m", cues=("sea wall",), sources=("s",)
    ),
    "viewers": CountFact(
        id="viewers", value=6.1e6, unit="viewers", cues=("watched",), sources=("s",)
    ),
    "riders": CountFact(id="riders", value=176, unit="riders", cues=("riders",), sources=("s",)),
}


@pytest.mark.parametrize(
    ("sentence", "kind", "fact", "verdict"),
    [
        ("The race ends on a 421-metre climb.", "quantity", "climb", Verdict.AGREES),  # sport
        ("The race ends on a 412-metre climb.", "quantity", "climb", Verdict.CONTRADICTS),
        ("The Aurora has a range of 612 km.", "quantity", "range", Verdict.AGREES),  # business
        ("The Aurora has a 280-mile range.", "quantity", "range", Verdict.CONTRADICTS),
        ("The new sea wall stands 6.1m tall.", "quantity", "wall", Verdict.AGREES),  # weather
        ("Some 176 riders started the three-week race.", "number", "riders", Verdict.AGREES),
        # a number bound to a fact in a unit of measure is a quantity, its unit assumed
        ("The new sea wall: 6.1, officials said.", "quantity", "wall", Verdict.AGREES),
        ("Height of the new sea wall: 7.1", "quantity", "wall", Verdict.CONTRADICTS),
    ],
)
def test_extraction_finds_a_quantity_and_binds_it_to_a_fact_in_a_unit(
    sentence: str, kind: str, fact: str, verdict: Verdict
) -> None:
    claim, result = judge_bound(sentence, FACTS, published="2026-07-01")
    assert (claim.kind, claim.fact) == (kind, fact)
    assert result.verdict is verdict


def test_glued_m_binds_to_no_count() -> None:
    """ "6.1m viewers" may be millions: it is bound to no count as metres."""
    from factsuite.extraction.pipeline import Extractor

    sentence = "The final was watched by 6.1m viewers."
    article = article_of(sentence, published="2026-07-01")
    assert [c.fact for c in Extractor(FACTS).extract(article) if c.fact is not None] == []
    assert found(sentence) == [("6.1m", "meter")]
    assert not KIND.binds(FACTS["viewers"], Found(25, 29, ("m",)))


def test_the_kind_is_registered() -> None:
    assert isinstance(registry.kind("quantity"), QuantityKind)


@pytest.mark.parametrize(
    ("old", "new", "same"),
    [
        ("number", "quantity", True),  # "412" read again as "412-metre"
        ("number", "money", True),
        ("quantity", "quantity", True),
        ("quantity", "number", False),  # a quantity's words read as a bare number: not it
        ("number", "percent", False),  # another fact type
        ("date", "place", False),  # only a plain number is read in more words
        ("number", "name", False),
    ],
)
def test_a_plain_number_may_be_followed_into_a_kind_that_reads_numbers(
    old: str, new: str, same: bool
) -> None:
    from factsuite.drift import same_value

    assert same_value(old, new) is same


# -- verbs of exceeding hedge like "more than" (data/en/hedges.tsv) ----------------------

PEAK_SURGE = QuantityFact(id="surge", label="the peak surge", value=12, unit="feet", sources=("s",))
SALES = QuantityFact(id="sales", label="annual sales", value=1.2e9, unit="USD", sources=("s",))
TURNOUT = PercentFact(id="turnout", label="the turnout", value=71.4, sources=("s",))


@pytest.mark.parametrize(
    ("body", "quote", "kind", "fact", "verdict"),
    [
        # weather: a forecast "could exceed" is met by a higher peak, not by a lower one
        (
            "The surge could exceed 10 feet on the islands.",
            "exceed 10 feet",
            "quantity",
            PEAK_SURGE,
            Verdict.AGREES,
        ),
        (
            "The surge could exceed 14 feet on the islands.",
            "exceed 14 feet",
            "quantity",
            PEAK_SURGE,
            Verdict.CONTRADICTS,
        ),
        # business: "exceeded $1bn" for sales of $1.2bn
        ("Sales exceeded $1bn last year.", "exceeded $1bn", "money", SALES, Verdict.AGREES),
        ("Sales exceeded $2bn last year.", "exceeded $2bn", "money", SALES, Verdict.CONTRADICTS),
        # election: "topped 70%" for a turnout of 71.4%
        ("Turnout topped 70% in the city.", "topped 70%", "percent", TURNOUT, Verdict.AGREES),
        ("Turnout topped 75% in the city.", "topped 75%", "percent", TURNOUT, Verdict.CONTRADICTS),
    ],
)
def test_a_verb_of_exceeding_reads_as_more_than(
    body: str, quote: str, kind: str, fact: QuantityFact, verdict: Verdict
) -> None:
    assert judge_quote(body, quote, kind, fact, published="2026-07-01").verdict is verdict


@pytest.mark.parametrize(
    ("quote", "value", "unit", "expected"),
    [
        # health: a bus journey; sport: a margin in seconds (clock-parts from "an")
        ("an hour and 10 minutes", 70, "minutes", Verdict.AGREES),
        ("an hour and 15 minutes", 70, "minutes", Verdict.CONTRADICTS),
        ("a minute and 12 seconds", 72, "seconds", Verdict.AGREES),
        ("a minute and 21 seconds", 72, "seconds", Verdict.CONTRADICTS),
    ],
)
def test_an_hour_and_minutes_is_one_amount(
    quote: str, value: int, unit: str, expected: Verdict
) -> None:
    fact = QuantityFact(id="t", label="the time", value=value, unit=unit, sources=("s",))
    assert judged(quote, fact, f"It took {quote} in all.").verdict is expected
