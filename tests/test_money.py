"""The money kind: an amount agrees at its printed precision and scale, and only in
the fact's currency."""

from __future__ import annotations

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from factsuite.claims import parse_claims
from factsuite.errors import InputError
from factsuite.kinds import registry
from factsuite.kinds.money import (
    currency_before,
    currency_forms,
    currency_of,
    currency_subunits,
    shared_currency_names,
)
from factsuite.model import CountFact, PercentFact, QuantityFact, Result, Verdict
from tests.kindcases import judge_bound, judge_quote

BUDGET = QuantityFact(
    id="budget", label="the defence budget", value=512.4e9, unit="USD", sources=("s",)
)


def judged(body: str, quote: str, fact: QuantityFact = BUDGET, **extra: object) -> Result:
    return judge_quote(body, quote, "money", fact, **extra)


@pytest.mark.parametrize(
    ("quote", "expected"),
    [
        ("$512 billion", Verdict.AGREES),  # 511.5 up to 512.5 billion
        ("$512bn", Verdict.AGREES),
        ("512 billion dollars", Verdict.AGREES),
        ("512 billion US dollars", Verdict.AGREES),
        ("US$512.4bn", Verdict.AGREES),
        ("USD 512 billion", Verdict.AGREES),
        ("about $500 billion", Verdict.AGREES),
        ("more than half a trillion dollars", Verdict.AGREES),
        ("$513bn", Verdict.CONTRADICTS),  # one printed unit off
        ("$512.3bn", Verdict.CONTRADICTS),
        ("$51.2 million", Verdict.CONTRADICTS),  # the wrong scale
        ("$512 million", Verdict.CONTRADICTS),
        ("¥512 billion", Verdict.CONTRADICTS),  # the right figure in another currency
        ("512 billion yen", Verdict.CONTRADICTS),
        ("€512.4bn", Verdict.CONTRADICTS),
        ("HK$512bn", Verdict.CONTRADICTS),
        ("512 billion Canadian dollars", Verdict.CONTRADICTS),
    ],
)
def test_an_amount_agrees_in_its_currency_at_its_printed_precision(
    quote: str, expected: Verdict
) -> None:
    assert judged(f"The budget is {quote} this year.", quote).verdict is expected


def test_another_currency_is_named_in_the_message() -> None:
    result = judged("It costs ¥512 billion.", "¥512 billion")
    assert result.message == (
        "contradicts: '¥512 billion' is an amount in JPY,"
        " but the defence budget is USD 512.4 billion"
    )
    assert (result.stated, result.expected) == ("JPY 512 billion", "USD 512.4 billion")


def test_the_currency_may_stand_just_outside_the_quote() -> None:
    assert judged("It costs 512 billion dollars.", "512 billion").verdict is Verdict.AGREES
    assert judged("It costs 512 billion yen.", "512 billion").verdict is Verdict.CONTRADICTS
    assert judged("It costs ¥512 billion.", "512 billion").verdict is Verdict.CONTRADICTS


PROFIT = QuantityFact(
    id="profit", label="the quarter's net income", value=612e6, unit="USD", sources=("s",)
)
DEFICIT = QuantityFact(id="deficit", label="the deficit", value=62e6, unit="GBP", sources=("s",))


@pytest.mark.parametrize(
    ("body", "quote", "fact", "expected"),
    [
        # business: the quote of "$612m" holds no currency, and "612m" alone is metres
        ("The company earned $612m in the quarter.", "612m", PROFIT, Verdict.AGREES),
        ("The company earned $621m in the quarter.", "621m", PROFIT, Verdict.CONTRADICTS),
        # health: hedged, and in pounds
        ("The trust forecasts a £62m deficit.", "62m", DEFICIT, Verdict.AGREES),
        (
            "The trust forecasts a deficit of about 60m pounds.",
            "about 60m",
            DEFICIT,
            Verdict.AGREES,
        ),
        ("The trust forecasts a £26m deficit.", "26m", DEFICIT, Verdict.CONTRADICTS),
    ],
)
def test_a_glued_m_is_millions_in_an_amount(
    body: str, quote: str, fact: QuantityFact, expected: Verdict
) -> None:
    assert judged(body, quote, fact).verdict is expected


def test_a_glued_m_is_millions_in_the_message_too() -> None:
    result = judged("The company earned $621m in the quarter.", "621m", PROFIT)
    assert result.stated == "USD 621m"
    assert "(between 620,500,000 and 621,500,000)" in result.message


def test_an_amount_with_no_currency_written_is_judged_in_the_facts() -> None:
    result = judged("It costs 512 billion a year.", "512 billion")
    assert result.verdict is Verdict.AGREES
    assert "no currency is written by it: USD is assumed" in result.message


def test_stated_is_read_alone() -> None:
    result = judged("It costs that much in yen.", "that much", stated="$512bn")
    assert result.verdict is Verdict.AGREES


def test_a_range_fact_agrees_with_an_amount_inside_it() -> None:
    fact = QuantityFact(id="cost", value=3e9, low=2.5e9, high=3.5e9, unit="euros", sources=("s",))
    assert judged("It cost €3bn.", "€3bn", fact).verdict is Verdict.AGREES
    assert judged("It cost €5bn.", "€5bn", fact).verdict is Verdict.CONTRADICTS
    assert judged("It cost €5bn.", "€5bn", fact).expected == "EUR 2.5 billion to 3.5 billion"


def test_an_unreadable_amount_awaits_review() -> None:
    assert judged("It costs a fortune.", "a fortune").verdict is Verdict.NEEDS_REVIEW


@pytest.mark.parametrize(
    ("fact", "accepted"),
    [
        (BUDGET, True),
        (QuantityFact(id="b", value=1, unit="US dollars", sources=("s",)), True),
        (CountFact(id="b", value=1, unit="€", sources=("s",)), True),
        (QuantityFact(id="b", value=1, sources=("s",)), False),  # no currency
        (QuantityFact(id="b", value=1, unit="tonnes", sources=("s",)), False),
        (PercentFact(id="b", value=1, unit="USD", sources=("s",)), False),
    ],
)
def test_money_is_checked_only_against_a_number_in_a_currency(
    fact: QuantityFact, accepted: bool
) -> None:
    assert registry.kind("money").accepts(fact) is accepted


def test_claims_yaml_refuses_money_bound_to_a_number_in_no_currency() -> None:
    text = (
        "version: 1\nclaims:\n  - {article: a.md, line: 5, column: 1,"
        " quote: $5bn, kind: money, fact: troops}\n"
    )
    troops = QuantityFact(id="troops", value=5e9, sources=("s",))
    with pytest.raises(InputError, match="a money claim cannot be checked against 'troops'"):
        parse_claims(text, "claims.yaml", {"troops": troops})


def test_every_form_of_a_currency_names_it() -> None:
    for form, code in currency_forms().items():
        assert currency_of(form) == code
    assert currency_of("Dollars") == currency_of("  US   dollars ") == "USD"
    assert currency_of("tonnes") is None


# -- the property of step 1, in currencies ----------------------------------------------

_SCALES = {
    "thousand": 10**3,
    "million": 10**6,
    "billion": 10**9,
    "trillion": 10**12,
    "mn": 10**6,
    "bn": 10**9,
    "tn": 10**12,
}
_CODES = sorted(set(currency_forms().values()))


def _currency_form(code: str, index: int) -> str:
    forms = sorted(form for form, c in currency_forms().items() if c == code)
    return forms[index % len(forms)]


def _printed(units: int, decimals: int, scale_word: str, form: str) -> str:
    digits = f"{units / 10**decimals:.{decimals}f}"
    spaced = "" if scale_word in ("mn", "bn", "tn") else " "
    amount = f"{digits}{spaced}{scale_word}"
    if any(c.islower() for c in form):  # a word: after the amount
        return f"{amount} {form}"
    if form[-1].isalpha() or form.endswith("."):  # a code: before, spaced ("USD 5bn")
        return f"{form} {amount}"
    return f"{form}{amount}"  # a symbol, glued: "$5bn"


@given(
    units=st.integers(min_value=2, max_value=999_999),
    decimals=st.integers(min_value=0, max_value=3),
    scale_word=st.sampled_from(sorted(_SCALES)),
    code=st.sampled_from(_CODES),
    other=st.sampled_from(_CODES),
    form_index=st.integers(min_value=0, max_value=20),
    thousandths=st.integers(min_value=-499, max_value=499),
    shift=st.sampled_from([-1, 1]),
)
def test_an_amount_agrees_in_its_currency_with_what_it_was_rounded_from(
    units: int,
    decimals: int,
    scale_word: str,
    code: str,
    other: str,
    form_index: int,
    thousandths: int,
    shift: int,
) -> None:
    assume(units < 1000 * 10**decimals)  # whole part below 1,000: no grouping commas
    value = (units * 1000 + thousandths) * _SCALES[scale_word] / (10**decimals * 1000)
    fact = QuantityFact(id="amount", value=value, unit=code, sources=("s",))

    def verdict(units: int, currency: str) -> Verdict:
        quote = _printed(units, decimals, scale_word, _currency_form(currency, form_index))
        return judged(f"It came to {quote}, they said.", quote, fact).verdict

    assert verdict(units, code) is Verdict.AGREES
    # One unit off in the last printed digit is another figure ...
    assert verdict(units + shift, code) is Verdict.CONTRADICTS
    # ... and the same figure in another currency is another amount (but for a name
    # several currencies share, the code's among them: "$" is any dollar in copy).
    other_form = _currency_form(other, form_index)
    if other != code and code not in shared_currency_names().get(other_form, ()):
        assert verdict(units, other) is Verdict.CONTRADICTS


# -- extraction proposes money for an amount it binds to a number in a currency ---------


BUDGET_FACTS = {
    "budget": QuantityFact(
        id="budget",
        label="the defence budget",
        value=512.4e9,
        unit="USD",
        cues=("defence budget",),
        sources=("s",),
    ),
    "troops": CountFact(id="troops", value=11000, cues=("troops",), sources=("s",)),
}


@pytest.mark.parametrize(
    ("sentence", "kind", "fact", "verdict"),
    [
        ("The defence budget is $512 billion this year.", "money", "budget", Verdict.AGREES),
        ("The defence budget is ¥512 billion this year.", "money", "budget", Verdict.CONTRADICTS),
        ("The defence budget is $513bn this year.", "money", "budget", Verdict.CONTRADICTS),
        ("Some 11,000 troops were sent.", "number", "troops", Verdict.AGREES),  # no currency
    ],
)
def test_extraction_proposes_money_for_an_amount_bound_to_a_currency(
    sentence: str, kind: str, fact: str, verdict: Verdict
) -> None:
    claim, result = judge_bound(sentence, BUDGET_FACTS)
    assert (claim.kind, claim.fact) == (kind, fact)
    assert result.verdict is verdict


PRICE = QuantityFact(
    id="price", label="the game's standard price in the US", value=69.99, unit="USD", sources=("s",)
)
GROSS = QuantityFact(
    id="gross", label="the tour's box-office gross", value=47.2e6, unit="USD", sources=("s",)
)


@pytest.mark.parametrize(
    ("body", "quote", "fact", "expected"),
    [
        # music: a ticket price in pounds beside a tour's gross in dollars is another
        # amount, not the gross in the wrong currency (far-from-its-fact)
        ("Tickets cost up to £135 each.", "£135", GROSS, Verdict.NEEDS_REVIEW),
        # business: the fact's own figure in another currency is a currency mixed up
        ("The budget is €512.4bn this year.", "€512.4bn", BUDGET, Verdict.CONTRADICTS),
        # ... but a slip of it in another currency is two mistakes at once: likelier
        # another amount (business; gaming, a price in other markets)
        ("The budget is €513.4bn this year.", "€513.4bn", BUDGET, Verdict.NEEDS_REVIEW),
        ("Elsewhere it sells for 79.99 euros.", "79.99", PRICE, Verdict.NEEDS_REVIEW),
        ("In the US it sells for $79.99.", "79.99", PRICE, Verdict.CONTRADICTS),  # a slip
    ],
)  # fmt: skip
def test_an_unreviewed_amount_in_another_currency_fails_only_as_the_facts_figure(
    body: str, quote: str, fact: QuantityFact, expected: Verdict
) -> None:
    assert judged(body, quote, fact, status="pending").verdict is expected
    # a person said which fact it is of: judged strictly
    assert judged(body, quote, fact, status="confirmed").verdict is Verdict.CONTRADICTS


RETALIATION = QuantityFact(
    id="retaliation",
    label="the retaliatory duties Corvessa may impose a year",
    value=214e6,
    unit="USD",
    sources=("s",),
)


@pytest.mark.parametrize(
    ("body", "quote", "fact", "expected"),
    [
        # trade: a cap of $214 million written "up to $214 billion" holds as a bound,
        # but its figure is the cap's at another scale (rule bound-at-another-scale)
        ("It may impose duties of up to $214 billion a year.", "up to $214 billion",
         RETALIATION, Verdict.CONTRADICTS),
        ("It may impose duties of up to $214 million a year.", "up to $214 million",
         RETALIATION, Verdict.AGREES),
        ("It may impose duties of up to $300 million a year.", "up to $300 million",
         RETALIATION, Verdict.AGREES),  # a loose bound of other digits
        # business: the budget's figure, at its precision, a thousandfold too small
        ("The budget is more than $512 million.", "more than $512 million", BUDGET,
         Verdict.CONTRADICTS),
        ("The budget is more than $500 billion.", "more than $500 billion", BUDGET,
         Verdict.AGREES),
        ("The budget is more than half a trillion dollars.",
         "more than half a trillion dollars", BUDGET, Verdict.AGREES),  # one digit says little
        ("The budget is about $512 billion.", "about $512 billion", BUDGET, Verdict.AGREES),
    ],
)  # fmt: skip
def test_a_bound_at_another_scale_of_the_facts_figure_fails(
    body: str, quote: str, fact: QuantityFact, expected: Verdict
) -> None:
    result = judged(body, quote, fact, status="pending")
    assert result.verdict is expected
    if expected is Verdict.CONTRADICTS:
        assert "at another scale" in result.message


# -- names several currencies share ------------------------------------------------------


def _shared_cases() -> list[tuple[str, str]]:
    return [(n, code) for n, codes in shared_currency_names().items() for code in sorted(codes)]


def _written(name: str, amount: str) -> str:
    """An amount written with a shared name: a symbol before it, a word after it."""
    return f"{name}{amount}" if name == "$" else f"{amount} {name}"


@pytest.mark.parametrize(("name", "code"), _shared_cases())
def test_a_shared_name_agrees_with_each_currency_it_may_name(name: str, code: str) -> None:
    fact = QuantityFact(id="fund", label="the fund", value=180e9, unit=code, sources=("s",))
    quote = _written(name, "180 billion")
    result = judged(f"The fund holds {quote} now.", quote, fact)
    assert result.verdict is Verdict.AGREES
    assert result.stated == f"{code} 180 billion"  # the currency it names here
    # the figure still counts
    quote = _written(name, "18 billion")
    assert judged(f"The fund holds {quote} now.", quote, fact).verdict is Verdict.CONTRADICTS


@pytest.mark.parametrize("name", sorted(shared_currency_names()))
def test_a_shared_name_contradicts_a_currency_it_cannot_name(name: str) -> None:
    fact = QuantityFact(id="fund", label="the fund", value=180e9, unit="EUR", sources=("s",))
    quote = _written(name, "180 billion")
    result = judged(f"The fund holds {quote} now.", quote, fact)
    assert result.verdict is Verdict.CONTRADICTS
    shown = currency_of(name) or name  # "$" is named as US dollars, by convention
    assert result.message == (
        f"contradicts: {quote!r} is an amount in {shown}, but the fund is EUR 180 billion"
    )


def test_a_shared_name_names_currencies_of_the_table_and_is_no_form_of_one() -> None:
    codes = set(currency_forms().values())
    for name, shared in shared_currency_names().items():
        assert shared <= codes, name
        assert len(shared) >= 2, name
        # a fact's unit must say which; "$" and "dollars" are US dollars there
        assert currency_of(name) in (None, "USD"), name


def test_a_fact_in_a_shared_name_is_no_money() -> None:
    # "pesos" does not say which: the fact is a quantity, not an amount of money
    fact = QuantityFact(id="fund", value=180e9, unit="pesos", sources=("s",))
    assert registry.kind("money").accepts(fact) is False
    assert registry.kind("money").accepts(
        QuantityFact(id="fund", value=180e9, unit="NZD", sources=("s",))
    )


@pytest.mark.parametrize(
    ("quote", "expected"),
    [
        ("NZ$146.8bn", Verdict.AGREES),
        ("146.8 billion New Zealand dollars", Verdict.AGREES),
        ("NZD 146.8 billion", Verdict.AGREES),
        ("$146.8bn", Verdict.AGREES),  # a bare dollar is the desk's own in copy
        ("US$146.8bn", Verdict.CONTRADICTS),
        ("NZ$148.6bn", Verdict.CONTRADICTS),
    ],
)
def test_new_zealand_dollars_are_money(quote: str, expected: Verdict) -> None:
    fact = QuantityFact(
        id="spend", label="total spending", value=146.8e9, unit="NZD", sources=("s",)
    )
    assert judged(f"Spending is {quote} next year.", quote, fact).verdict is expected


def test_a_currency_before_an_amount_is_looked_for_right_before_it_only() -> None:
    """As far back as ``currency_near`` looks, and no further: a range of amounts asks
    it for every pair of figures, and reading the article's text before each would
    make extraction slow in the length of the article."""
    text = "a fee of £80,000"
    assert currency_before(text, text.index("8")) == (9, "GBP")
    far = "£ " + "word " * 30 + "80,000"
    assert currency_before(far, far.index("8")) is None
    pair = "£80,000-£120,000"
    assert currency_before(pair, pair.index("12"), since=7) == (8, "GBP")
    assert currency_before(pair, pair.index("12"), since=9) is None


# -- a currency's hundredth (data/currency_subunits.tsv) ---------------------------------


@pytest.mark.parametrize(
    ("body", "quote", "value", "unit", "expected"),
    [
        # transport: fuel duty per litre, in pence
        ("It lifts duty to 59.8 pence a litre.", "59.8", 0.598, "GBP", Verdict.AGREES),
        ("It lifts duty to 58.9 pence a litre.", "58.9", 0.598, "GBP", Verdict.CONTRADICTS),
        # business: a share price, "p" glued to its figure
        ("Shares rose 3.6% to 205p by 10:40.", "205", 2.05, "GBP", Verdict.AGREES),
        ("Shares rose 3.6% to 250p by 10:40.", "250", 2.05, "GBP", Verdict.CONTRADICTS),
        # agriculture: a grain price's rise, in cents
        ("Wheat rose 14 cents on Thursday.", "14", 0.14, "USD", Verdict.AGREES),
        # not a hundredth of the fact's currency, or no hundredth at all
        ("It lifts duty to 59.8 cents a litre.", "59.8", 0.598, "GBP", Verdict.CONTRADICTS),
        ("It lifts duty to 59.8 p a litre.", "59.8", 0.598, "GBP", Verdict.CONTRADICTS),
    ],
)  # fmt: skip
def test_an_amount_in_a_hundredth_of_the_currency_is_judged_at_a_hundredth(
    body: str, quote: str, value: float, unit: str, expected: Verdict
) -> None:
    fact = QuantityFact(id="price", label="the price", value=value, unit=unit, sources=("s",))
    assert judged(body, quote, fact).verdict is expected


@pytest.mark.parametrize(
    ("word", "code"),
    [(word, code) for word, codes in sorted(currency_subunits().items()) for code in sorted(codes)],
)
def test_every_hundredth_of_the_data_file_is_a_hundredth_of_its_currencies(
    word: str, code: str
) -> None:
    assert currency_of(code) == code  # a currency of currencies.tsv
    fact = QuantityFact(id="price", label="the price", value=0.42, unit=code, sources=("s",))
    glued = len(word) == 1
    body = f"It costs 42{'' if glued else ' '}{word} now."
    result = judged(body, "42", fact)
    assert result.verdict is Verdict.AGREES, result.message
