"""The scale-in-unit rule: a number fact whose ``unit`` opens with a scale word
("billion dollars", "million US dollars", "bn euros") means its value times that
scale, in the rest of the unit. ``value: 3.1`` with ``unit: billion dollars`` is
3,100,000,000 dollars, so "$3.1 billion", "3.1bn dollars" and "3,100 million
dollars" agree with it and "$3.1 million" does not.

Scale words and their short forms are data (data/scales.tsv). A judge compares
against ``unscaled(fact)``; its message still shows the fact as written.
"""

from __future__ import annotations

import functools
import re
from typing import TypeVar

import msgspec

from factsuite.kinds._shared import data_rows
from factsuite.model import PercentFact, QuantityFact, RangeFact

__all__ = ["scale_forms", "scale_of", "scale_words", "unscaled", "unscaled_unit"]

# A fact whose unit can open with a scale word: a number (value, low, high) or a range.
_Scalable = TypeVar("_Scalable", bound=QuantityFact | RangeFact)


@functools.cache
def scale_words() -> list[tuple[int, str]]:
    """(power of ten, word) of each scale of data/scales.tsv, largest first: the
    word a message writes an amount in ("512.4 billion")."""
    return sorted(((int(power), word) for word, power, *_ in data_rows("scales.tsv")), reverse=True)


@functools.cache
def scale_forms() -> dict[str, int]:
    """Every form of a scale word (data/scales.tsv), casefolded, to its power of ten."""
    forms: dict[str, int] = {}
    for word, power, *short in data_rows("scales.tsv"):
        for form in (word, *short):
            forms[form.casefold()] = int(power)
    return forms


@functools.cache
def _leading_scale() -> re.Pattern[str]:
    alternatives = "|".join(re.escape(f) for f in sorted(scale_forms(), key=len, reverse=True))
    # "billion dollars", "billions of US dollars", "bn euros": a scale word, then the unit
    return re.compile(rf"\s*({alternatives})(?:\s+of)?\s+(?=\S)", re.IGNORECASE)


def scale_of(unit: str) -> tuple[int, str] | None:
    """The power of ten a unit opens with and the unit after it: ``"billion dollars"``
    is (9, "dollars"); None when the unit opens with no scale word (or is only one)."""
    found = _leading_scale().match(unit)
    if found is None:
        return None
    return scale_forms()[found.group(1).casefold()], unit[found.end() :].strip()


def unscaled_unit(unit: str) -> str:
    """The unit without the scale word it opens with: "billion dollars" -> "dollars"."""
    scaled = scale_of(unit)
    return unit if scaled is None else scaled[1]


def unscaled(fact: _Scalable) -> _Scalable:
    """``fact`` with its unit's scale word applied to its value (and range): 3.1
    "billion dollars" is 3,100,000,000 "dollars", and a range fact of 14 to 19
    "billion US dollars" runs from 14,000,000,000 to 19,000,000,000 "US dollars". A
    percentage, or a fact whose unit opens with no scale word, is returned as it is."""
    if isinstance(fact, PercentFact) or not fact.unit:
        return fact
    if isinstance(fact, RangeFact) and fact.percent:
        return fact
    scaled = scale_of(fact.unit)
    if scaled is None:
        return fact
    power, rest = scaled
    factor = 10**power
    if isinstance(fact, RangeFact):
        return msgspec.structs.replace(
            fact, low=fact.low * factor, high=fact.high * factor, unit=rest
        )

    def times(value: float | None) -> float | None:
        return None if value is None else value * factor

    return msgspec.structs.replace(
        fact, value=fact.value * factor, low=times(fact.low), high=times(fact.high), unit=rest
    )
