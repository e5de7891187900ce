"""The scale-in-unit rule: a number fact written ``value: 3.1`` with ``unit: billion
dollars`` is 3,100,000,000 dollars, for the number and money kinds alike."""

from __future__ import annotations

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from factsuite.kinds.money import MoneyKind
from factsuite.kinds.unitscale import scale_forms, scale_of, unscaled, unscaled_unit
from factsuite.model import CountFact, PercentFact, QuantityFact, Result, Verdict
from tests.kindcases import judge_bound, judge_quote

# Facts as new users write them, from several beats.
PROFIT = QuantityFact(  # business
    id="profit",
    label="the carmaker's 2025 net profit",
    value=3.1,
    unit="billion dollars",
    sources=("s",),
)
FORFEITURE = QuantityFact(  # courts
    id="forfeiture",
    label="the forfeiture sought",
    value=740,
    unit="million US dollars",
    sources=("s",),
)
PRIZE = QuantityFact(  # sport
    id="prize", label="the winners' prize money", value=12, unit="million euros", sources=("s",)
)
LOSSES = QuantityFact(  # weather: a range
    id="losses",
    label="the insured losses",
    value=16,
    low=14,
    high=19,
    unit="billion US dollars",
    sources=("s",),
)
CROWD = CountFact(  # election: a count in thousands, no currency
    id="crowd", label="the rally's crowd", value=45, unit="thousand people", sources=("s",)
)


def judged(quote: str, fact: QuantityFact, kind: str) -> Result:
    return judge_quote(f"It came to {quote}, they said.", quote, kind, fact, published="2026-03-01")


@pytest.mark.parametrize(
    ("unit", "expected"),
    [
        ("billion dollars", (9, "dollars")),
        ("Billion US dollars", (9, "US dollars")),
        ("billions of US dollars", (9, "US dollars")),
        ("bn euros", (9, "euros")),
        ("million euros", (6, "euros")),
        ("mn USD", (6, "USD")),
        ("thousand people", (3, "people")),
        ("trillion yen", (12, "yen")),
        # no scale word, or only one: the unit is what it says
        ("dollars", None),
        ("USD", None),
        ("million", None),
        ("m", None),
        ("metres", None),
        ("mph", None),
        ("millibars", None),  # a word that opens with a scale's letters is not one
        ("bnd", None),
        ("", None),
    ],
)
def test_a_unit_that_opens_with_a_scale_word_scales_the_value(
    unit: str, expected: tuple[int, str] | None
) -> None:
    assert scale_of(unit) == expected


def test_every_form_in_the_scale_file_scales_a_unit() -> None:
    forms = scale_forms()
    assert {"thousand", "million", "billion", "trillion", "bn", "mn", "tn"} <= set(forms)
    for form, power in forms.items():
        assert power in (3, 6, 9, 12)
        assert scale_of(f"{form} dollars") == (power, "dollars"), form
        assert scale_of(f"{form.upper()} euros") == (power, "euros"), form


def test_unscaled_applies_the_scale_to_value_and_range() -> None:
    assert unscaled(PROFIT).value == pytest.approx(3.1e9)
    assert unscaled(PROFIT).unit == "dollars"
    losses = unscaled(LOSSES)
    assert (losses.low, losses.high) == (14e9, 19e9)
    percent = PercentFact(id="p", value=3.1, unit="billion dollars", sources=("s",))
    assert unscaled(percent) is percent  # a percentage is never scaled
    plain = QuantityFact(id="q", value=3.1, unit="dollars", sources=("s",))
    assert unscaled(plain) is plain
    assert unscaled_unit("billion dollars") == "dollars"


def test_money_accepts_a_currency_after_a_scale_word() -> None:
    assert MoneyKind().accepts(PROFIT)
    assert MoneyKind().accepts(FORFEITURE)
    assert not MoneyKind().accepts(CROWD)  # people are no currency


@pytest.mark.parametrize(
    ("quote", "fact", "kind", "verdict"),
    [
        ("$3.1 billion", PROFIT, "money", Verdict.AGREES),
        ("3.1bn dollars", PROFIT, "money", Verdict.AGREES),
        ("3,100 million dollars", PROFIT, "money", Verdict.AGREES),
        ("$3.1 million", PROFIT, "money", Verdict.CONTRADICTS),
        ("$3.2 billion", PROFIT, "money", Verdict.CONTRADICTS),
        ("€3.1 billion", PROFIT, "money", Verdict.CONTRADICTS),  # another currency
        ("3.1 billion", PROFIT, "number", Verdict.AGREES),
        ("3.1 million", PROFIT, "number", Verdict.CONTRADICTS),
        ("$740 million", FORFEITURE, "money", Verdict.AGREES),
        ("$0.74 billion", FORFEITURE, "money", Verdict.AGREES),
        ("$740,000", FORFEITURE, "money", Verdict.CONTRADICTS),
        ("€12m", PRIZE, "money", Verdict.AGREES),
        ("12 million euros", PRIZE, "money", Verdict.AGREES),
        ("12 million", PRIZE, "number", Verdict.AGREES),
        ("€12,000", PRIZE, "money", Verdict.CONTRADICTS),
        ("$14bn", LOSSES, "money", Verdict.AGREES),  # inside the range
        ("$19 billion", LOSSES, "money", Verdict.AGREES),
        ("$25 billion", LOSSES, "money", Verdict.CONTRADICTS),
        ("45,000", CROWD, "number", Verdict.AGREES),
        ("about 45,000", CROWD, "number", Verdict.AGREES),
        ("45", CROWD, "number", Verdict.CONTRADICTS),
    ],
)
def test_an_amount_is_judged_against_the_fact_at_its_units_scale(
    quote: str, fact: QuantityFact, kind: str, verdict: Verdict
) -> None:
    assert judged(quote, fact, kind).verdict is verdict


@pytest.mark.parametrize("kind", ["number", "money"])
def test_the_message_shows_the_fact_as_written(kind: str) -> None:
    result = judged("$3.1 million", PROFIT, kind)
    assert result.verdict is Verdict.CONTRADICTS
    assert "3.1 billion dollars" in result.message
    assert "net profit" in result.message
    assert result.expected == "3.1 billion dollars"


_WORDS = {3: "thousand", 6: "million", 9: "billion", 12: "trillion"}


@given(
    units=st.integers(min_value=1, max_value=999_999),
    decimals=st.integers(min_value=0, max_value=3),
    printed_power=st.sampled_from(sorted(_WORDS)),
    fact_form=st.sampled_from(sorted(scale_forms())),
    kind=st.sampled_from(["number", "money"]),
    shift=st.sampled_from([-1, 1]),
)
def test_an_amount_printed_at_any_scale_agrees_with_a_fact_at_any_scale(
    units: int, decimals: int, printed_power: int, fact_form: str, kind: str, shift: int
) -> None:
    # whole part below 1,000, the figure off by one as well ("$1000 thousand" is a
    # round figure, printed to its thousands, not one more than 999)
    assume(units < 1000 * 10**decimals)
    assume(0 < units + shift < 1000 * 10**decimals)
    true = units * 10**printed_power / 10**decimals
    fact_power = scale_forms()[fact_form]
    fact = QuantityFact(
        id="amount", value=true / 10**fact_power, unit=f"{fact_form} dollars", sources=("s",)
    )

    def printed(units: int) -> str:
        return f"${units / 10**decimals:.{decimals}f} {_WORDS[printed_power]}"

    assert judged(printed(units), fact, kind).verdict is Verdict.AGREES
    # off by one in the last printed digit is another figure
    assert judged(printed(units + shift), fact, kind).verdict is Verdict.CONTRADICTS


@pytest.mark.parametrize(
    ("sentence", "fact", "kind", "verdict"),
    [
        ("Veridian's net profit rose to $3.1 billion last year.", "profit", "money", "agrees"),
        ("Veridian's net profit rose to $3.1 million last year.", "profit", "money", "contradicts"),
        ("The winners' prize money is 12 million euros.", "prize", "money", "agrees"),
        ("Prosecutors seek a forfeiture of $740 million.", "forfeiture", "money", "agrees"),
    ],
)
def test_extraction_binds_an_amount_to_a_fact_whose_unit_writes_its_scale(
    sentence: str, fact: str, kind: str, verdict: str
) -> None:
    facts = {
        "profit": QuantityFact(
            id="profit",
            label="net profit",
            value=3.1,
            unit="billion dollars",
            cues=("net profit",),
            sources=("s",),
        ),
        "prize": QuantityFact(
            id="prize",
            label="prize money",
            value=12,
            unit="million euros",
            cues=("prize money",),
            sources=("s",),
        ),
        "forfeiture": QuantityFact(
            id="forfeiture",
            label="the forfeiture",
            value=740,
            unit="million US dollars",
            cues=("forfeiture",),
            sources=("s",),
        ),
    }
    claim, result = judge_bound(sentence, facts, published="2026-03-01")
    assert (claim.kind, claim.fact) == (kind, fact)
    assert result.verdict.value == verdict
