"""``money``: an amount of a currency ("$512 billion", "€3.5bn", "512 billion
dollars"), against a number fact whose ``unit`` names a currency.

The amount agrees at the precision and scale it is printed at (see numbers.py:
"$512 billion" is 511.5 up to 512.5 billion), and only in the fact's currency: a
yen figure never agrees with a dollar fact. The currency is read by the amount, in
the quote or right around it: a symbol or code before it ("$", "US$", "EUR"), a word
after it ("dollars", "euros"). Currencies and scale words are data
(data/currencies.tsv, data/scales.tsv).
"""

from __future__ import annotations

import dataclasses
import functools
import re
from typing import NamedTuple

from factsuite import numbers
from factsuite.kinds._shared import (
    at_another_scale,
    bound_at_another_scale,
    data_rows,
    figure,
    interval_agrees,
    label,
    unreadable,
)
from factsuite.kinds.base import ClaimKind, Judgement, Situation
from factsuite.kinds.number import describe_interval, figures_of
from factsuite.kinds.unitscale import scale_of, scale_words, unscaled, unscaled_unit
from factsuite.model import Claim, Fact, PercentFact, QuantityFact, Verdict

# How far around the amount a currency is looked for: "US dollars" after it,
# "U.S.$" before it, with a space between.
_BEFORE = 8
_AFTER = 24


@functools.cache
def currency_forms() -> dict[str, str]:
    """Every way of writing a currency (data/currencies.tsv), to its ISO 4217 code.
    Words are keyed casefolded; symbols and codes as written."""
    forms: dict[str, str] = {}
    for code, *written in data_rows("currencies.tsv"):
        for form in (code, *written):
            forms[_key(form)] = code
    return forms


@functools.cache
def shared_currency_names() -> dict[str, frozenset[str]]:
    """Each name several currencies share (data/shared_currency_names.tsv), keyed as
    ``currency_forms`` keys forms, to the ISO codes of the currencies it may name when
    written by an amount: "pesos" may be Mexico's, Chile's, ...; a bare "$" any dollar."""
    return {_key(name): frozenset(codes) for name, *codes in data_rows("shared_currency_names.tsv")}


class WrittenCurrency(NamedTuple):
    """A currency written by an amount: as it is shown (the ISO code of the one it
    names; a shared name as written, "pesos") and every currency it may name."""

    shown: str
    codes: frozenset[str]


def _is_word(form: str) -> bool:
    return any(c.islower() for c in form)


def _key(form: str) -> str:
    return form.casefold() if _is_word(form) else form


@functools.cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A currency right before an amount ("$", "US$", "Rs") and right after it
    ("dollars", "USD"), longest forms first so "HK$" wins over "$". Words match in
    any case, symbols and codes as written."""
    forms = sorted((*currency_forms(), *shared_currency_names()), key=len, reverse=True)
    codes = "|".join(re.escape(f) for f in forms if not _is_word(f))
    words = "|".join(re.escape(f).replace(r"\ ", r"\s+") for f in forms if _is_word(f))
    either = rf"(?P<c>{codes})|(?i:(?P<w>{words}))"
    before = re.compile(rf"(?<![A-Za-z])(?:{either})\s?$")
    after = re.compile(rf"\s*(?:{either})(?![A-Za-z])")
    return before, after


def currency_of(text: str) -> str | None:
    """The ISO code of a currency written as ``text`` ("USD", "$", "US dollars")."""
    return currency_forms().get(_key(" ".join(text.split())))


def currency_around(before: str, after: str) -> WrittenCurrency | None:
    """The currency written right before an amount (``before`` ends where it starts)
    or right after it (``after`` starts where it ends), if any."""
    before_pattern, after_pattern = _patterns()
    found = before_pattern.search(before) or after_pattern.match(after)
    if found is None:
        return None
    written = found.group("w") or found.group("c")
    code = currency_of(written)
    shared = shared_currency_names().get(_key(" ".join(written.split())))
    if shared is None:
        assert code is not None  # the patterns read only the forms of the two tables
        return WrittenCurrency(code, frozenset((code,)))
    return WrittenCurrency(code or written, shared)


def currency_before(text: str, at: int, since: int = 0) -> tuple[int, str] | None:
    """Where the currency written right before the amount at ``at`` of ``text`` starts,
    and the currency as shown, if one is; looked for as far back as ``currency_near``
    looks, and not before ``since``."""
    start = max(since, at - _BEFORE)
    found = _patterns()[0].search(text[start:at])
    if found is None:
        return None
    written = found.group("w") or found.group("c")
    return start + found.start(), currency_of(written) or " ".join(written.split()).casefold()


def currency_near(
    text: str, start: int, end: int, figures: tuple[int, int]
) -> WrittenCurrency | None:
    """The currency written by the amount that spans ``start`` to ``end`` of ``text``,
    its figures at ``figures`` (a span within it: "Some $200" has "200"): between its
    figures and the words around it, looked for as far as ``judge`` looks."""
    return currency_around(
        text[max(0, start - _BEFORE) : figures[0]], text[figures[1] : end + _AFTER]
    )


@functools.cache
def currency_subunits() -> dict[str, frozenset[str]]:
    """A currency's hundredth, lower case ("pence", "cents") -> the ISO codes of the
    currencies it is a hundredth of (data/currency_subunits.tsv)."""
    return {
        word.casefold(): frozenset(codes) for word, *codes in data_rows("currency_subunits.tsv")
    }


# A hundredth of a currency: what an amount in one is worth in the currency.
SUBUNIT_FACTOR = 0.01


@functools.cache
def _subunit_after() -> re.Pattern[str]:
    """A hundredth's word of data/currency_subunits.tsv right after an amount, after a
    space ("59.8 pence", "14 cents"), or glued to it when one letter ("284p"); none
    followed by a letter."""
    words = sorted(currency_subunits(), key=len, reverse=True)
    spaced = "|".join(re.escape(w) for w in words if len(w) > 1)
    glued = "|".join(re.escape(w) for w in words if len(w) == 1)
    return re.compile(rf"(?:\s+(?P<w>{spaced})|(?P<g>{glued}))(?![A-Za-z])", re.I)


def subunit_after(after: str, currency: str | None) -> str | None:
    """The hundredth of ``currency`` ("pence" of GBP, "cents" of USD or EUR) that
    ``after``, the text right after an amount, opens with, as written; else None."""
    found = _subunit_after().match(after)
    if found is None or currency is None:
        return None
    word = found.group("w") or found.group("g")
    return word if currency in currency_subunits().get(word.casefold(), frozenset()) else None


class MoneyKind(ClaimKind[QuantityFact]):
    name = "money"
    states_value = True
    fact_types = (QuantityFact,)
    description = "an amount of a currency, at its printed precision and scale"

    def claims_bound(self, value_kind: str, fact: Fact) -> bool:
        """A number bound to an amount in a currency is money."""
        return value_kind == "number" and self.accepts(fact)

    def accepts(self, fact: Fact) -> bool:
        """A number fact whose ``unit`` names a currency ("USD", "euros"), after any
        scale word it opens with ("billion dollars")."""
        return (
            isinstance(fact, QuantityFact)
            and not isinstance(fact, PercentFact)
            and currency_of(unscaled_unit(fact.unit)) is not None
        )

    def judge(self, claim: Claim, fact: QuantityFact, situation: Situation) -> Judgement:
        quote = claim.stated or claim.quote
        mention = read_amount(quote)
        if mention is None:
            return unreadable(claim, "an amount")
        before, after = quote[: mention.start], quote[mention.end :]
        if not claim.stated:  # the words around the quote may write its currency
            start, end = situation.where
            text = situation.article.text
            before = text[max(0, start - _BEFORE) : start] + before
            after += text[end : end + _AFTER]
        currency = currency_of(unscaled_unit(fact.unit))
        subunit = subunit_after(after, currency)
        if subunit is not None and currency is not None:
            # "59.8 pence a litre" against GBP 0.598: a hundredth of the currency
            mention = dataclasses.replace(
                mention,
                value=mention.value * SUBUNIT_FACTOR,
                low=mention.low * SUBUNIT_FACTOR,
                high=mention.high * SUBUNIT_FACTOR,
            )
            written: WrittenCurrency | None = WrittenCurrency(currency, frozenset((currency,)))
        else:
            written = currency_around(before, after)
        expected = self.describe_expected(fact)
        true = unscaled(fact)  # "3.1" "billion dollars" is 3,100,000,000 dollars
        shown = (
            None if written is None else currency if currency in written.codes else written.shown
        )
        stated = f"{shown} {mention.text}" if shown else mention.text
        if subunit is not None:
            stated = f"{mention.text}{'' if subunit == 'p' else ' '}{subunit}"
        agrees = interval_agrees(
            true, mention.low, mention.high, mention.low_open, mention.high_open
        )
        if written is not None and currency not in written.codes:
            # The figures go with it: far-from-its-fact tells a currency mixed up (the
            # fact's own figure) from another amount ("£135" a ticket beside a tour's
            # gross of USD 47.2 million; "79.99 euros" in other markets beside a price
            # of USD 69.99).
            return Judgement(
                Verdict.CONTRADICTS,
                stated,
                expected,
                f"contradicts: {claim.quote!r} is an amount in {shown},"
                f" but {label(fact)} is {expected}",
                figures_of(mention, true),
                currency_and_figure_differ=not agrees,
            )
        if agrees and bound_at_another_scale(mention, true):
            # no figures: the rule has found the slip far-from-its-fact would look for
            message = at_another_scale(repr(claim.quote), fact, expected)
            return Judgement(Verdict.CONTRADICTS, stated, expected, message)
        if agrees:
            unsaid = "" if written else f" (no currency is written by it: {currency} is assumed)"
            return Judgement(
                Verdict.AGREES, stated, expected, f"{claim.quote!r} agrees with {expected}{unsaid}"
            )
        return Judgement(
            Verdict.CONTRADICTS,
            stated,
            expected,
            f"contradicts: {claim.quote!r} ({describe_interval(mention)})"
            f" but {label(fact)} is {expected}",
            figures_of(mention, true),
        )

    def describe_expected(self, fact: QuantityFact) -> str:
        """The amount in its currency, at the largest scale it reaches: "USD 512.4 billion";
        a fact whose unit writes its scale, as written: "3.1 billion dollars"."""
        if scale_of(fact.unit) is not None:
            if fact.low is not None and fact.high is not None:
                return f"{figure(fact.low)} to {figure(fact.high)} {fact.unit}"
            return f"{figure(fact.value)} {fact.unit}"
        code = currency_of(fact.unit) or fact.unit
        if fact.low is not None and fact.high is not None:
            return f"{code} {_amount(fact.low)} to {_amount(fact.high)}"
        return f"{code} {_amount(fact.value)}"


# A lowercase "m" glued to digits is metres to the number reader unless a currency
# stands before it ("$612m"); a quote holds the figure without its currency.
_GLUED_M = re.compile(r"m(?![A-Za-z])")
_DIGIT = re.compile(r"\d")


def read_amount(quote: str) -> numbers.NumberMention | None:
    """The amount a money claim's ``quote`` states, as ``numbers.read_number`` reads
    it, except that a glued "m" is millions: "612m" of "$612m" is 612,000,000, since
    an amount of money is never in metres."""
    mention = numbers.read_number(quote)
    if mention is None or not _GLUED_M.match(quote, mention.end):
        return mention
    # Read as the reader reads it after a currency sign ("about $62m"), then put
    # back in place: only what stands after the sign moves.
    digits = _DIGIT.search(quote, mention.start, mention.end)
    if digits is None:
        return mention
    at = digits.start()
    signed = numbers.read_number(f"{quote[:at]}${quote[at:]}")
    if signed is None or signed.end <= at + 1:
        return mention
    start = signed.start if signed.start <= at else signed.start - 1
    end = signed.end - 1
    return dataclasses.replace(signed, start=start, end=end, text=quote[start:end])


def _amount(value: float) -> str:
    if abs(value) < 1:
        return figure(value)  # a price per litre, GBP 0.598: every figure shown
    for power, word in scale_words():
        if abs(value) >= 10**power:
            shown = figure(value / 10**power)
            return f"{shown} {word}"
    return f"{value:,.2f}".removesuffix(".00")
