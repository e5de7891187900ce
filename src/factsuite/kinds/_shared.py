"""What several kinds share: how judges say things, their data files, the numbers of a text."""

from __future__ import annotations

import functools
import math
from datetime import date
from importlib import resources

from factsuite import numbers
from factsuite.kinds.base import Judgement
from factsuite.model import Claim, Fact, QuantityFact, Verdict
from factsuite.names import fold
from factsuite.slips import scaled_at_its_precision, significant_digits

# Days in each unit a duration is stated in ("six years ago", "has led it for
# eight months"): a mean Gregorian month and year.
DAYS_PER_UNIT = {"days": 1.0, "weeks": 7.0, "months": 30.436875, "years": 365.2425}
# How finely a writer rounds a length of time written in a larger unit: to a fifth of
# it ("four decades" for 38 to 42 years; dates.Duration.step).
ROUNDING_PER_STEP = 5


def nearly_below(amount: float, step: float) -> float:
    """How far below ``amount`` a length of time said to be "nearly" it may be: a whole
    unit ("nearly eight years": from 7), half the larger unit it is written in
    ("nearly four decades": from 35 years), or, for a round figure, the share
    numbers.py admits below a count said to be nearly so much ("nearly 140 years":
    from 133), whichever is most. A figure whose last digit is not 0 or 5 is nobody's
    round number, as numbers.py reads it: "nearly 81 years" is from 80."""
    round_figure = amount.is_integer() and amount % 5 == 0
    share = amount / numbers.NEARLY_SHARE if round_figure else 0.0
    return max(1.0, step / 2, share)


def unreadable(claim: Claim, what: str) -> Judgement:
    """A quote the kind cannot read: it awaits a person, who can give its reading."""
    return Judgement(
        Verdict.NEEDS_REVIEW,
        claim.quote,
        "",
        f"needs review: cannot read {what} in {claim.quote!r}; give it as 'stated' in claims.yaml",
    )


@functools.lru_cache(maxsize=1024)
def said_words(fact: Fact) -> frozenset[str]:
    """The words a fact's label and cues say, folded ("Darren Mulvey's prior
    convictions" says "prior"): what judges ask of the fact's own wording."""
    return frozenset(fold(" ".join((fact.label, *fact.cues))).split())


def label(fact: Fact) -> str:
    """How a message names a fact: its label, else its id."""
    return fact.label or fact.id


def interval_agrees(
    fact: QuantityFact, low: float, high: float, low_open: bool, high_open: bool
) -> bool:
    """Whether the values a claim states, ``low`` to ``high`` (an open end not
    included), agree with a number fact: they overlap the fact's range when it is
    known only as one, else hold its value (a NaN value is held by none)."""
    if fact.low is not None and fact.high is not None:
        return low <= fact.high and fact.low <= high
    value = fact.value
    return not math.isnan(value) and (
        (low < value or (not low_open and low == value))
        and (value < high or (not high_open and value == high))
    )


def bound_at_another_scale(mention: numbers.NumberMention, fact: QuantityFact) -> bool:
    """The rule ``bound-at-another-scale``: a bound on one side ("up to $214 billion",
    "more than 1.2 million") that holds the fact's value only because its figure is
    that value at another scale (214 million, 1.24 billion) is a slip of the scale, not
    a loose bound: a writer bounding a figure writes it at its own scale. The figure
    must write two significant digits or more: "more than half a trillion dollars" of
    $512.4bn, "over 40" of 4,000 say too little to be the fact's figure. ``fact`` is
    read at its unit's scale (``unscaled``)."""
    one_sided = math.isinf(mention.low) != math.isinf(mention.high)
    return (
        one_sided
        and (fact.low is None or fact.high is None)
        and len(significant_digits(mention.value)) >= 2
        and scaled_at_its_precision(mention.value, fact.value)
    )


def at_another_scale(said: str, fact: Fact, expected: str) -> str:
    """The message of ``bound-at-another-scale``: the bound holds, the scale does not."""
    return (
        f"contradicts: {said} writes the figure of {label(fact)} ({expected}) at another"
        " scale: as a bound it holds, but the scale looks slipped"
    )


def singular(word: str) -> str:
    """``word`` (a folded word) without a plural ending: "titles" is "title",
    "countries" "country", a short "ties" "tie"; "pass" keeps its "ss"."""
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


def figure(value: float, places: int = 6) -> str:
    """``value`` with thousands separated, at most ``places`` decimals and no
    trailing zeros: "3,100,000", "2.5", "0.25"."""
    return f"{value:,.{places}f}".rstrip("0").rstrip(".")


def day_of(claim: Claim, reference: date) -> date:
    """The day a claim speaks from: its ``at`` when given, else the article's date."""
    return claim.at.start if claim.at else reference


def _data_lines(name: str) -> list[str]:
    """The lines of a data file in factsuite/kinds/data, without the comment lines
    (``#``) and empty lines: the one place every kind's data file is read."""
    text = (
        resources.files("factsuite.kinds")
        .joinpath("data")
        .joinpath(name)
        .read_text(encoding="utf-8")
    )
    return [line for line in text.splitlines() if line and not line.startswith("#")]


def data_rows(name: str) -> list[list[str]]:
    """The rows of a data file in factsuite/kinds/data, split at tabs, without the
    comment lines (``#``) and blank lines."""
    return [line.split("\t") for line in _data_lines(name)]


def data_words(name: str) -> frozenset[str]:
    """The words (or phrases) of a one-a-line data file in factsuite/kinds/data,
    stripped and casefolded, without comment lines and blank lines."""
    return frozenset(line.strip().casefold() for line in _data_lines(name) if line.strip())


@functools.lru_cache(maxsize=4)
def numbers_in(text: str) -> tuple[numbers.NumberMention, ...]:
    """The numbers of ``text``, read once for the several kinds that look at them."""
    return tuple(numbers.find_numbers(text))


# re.IGNORECASE lets "i" match "ı" and "İ", and "s" match "ſ", which str.lower() keeps
# apart ("İ" even lowers to two characters): folded here, a word a case-blind pattern
# finds is always a substring of ``lowered(text)``.
_IGNORECASE_FOLDS = (("i\u0307", "i"), ("ı", "i"), ("ſ", "s"))


@functools.lru_cache(maxsize=4)
def lowered(text: str) -> str:
    """``text`` in lower case, once for the several kinds that test it for a word
    before running a regex over it: a pattern with re.IGNORECASE matches no text
    whose ``lowered`` lacks the pattern's literal words (lower-cased). The reverse
    need not hold: a cue may let a text through that the pattern then rejects."""
    low = text.lower()
    if not low.isascii():
        for odd, plain in _IGNORECASE_FOLDS:
            low = low.replace(odd, plain)
    return low
