"""``fraction``: a share of a whole written as a fraction ("a third of the vote",
"two-thirds", "half of", "three in four", "nine out of ten", "roughly four in five"),
against a percent fact. Never against a count: "four in five" says how many of a
whole, not how many.

numbers.py reads the value and its hedge ("roughly", "more than", "nearly"); this kind
says which of those readings are shares and how precise a fraction word is:

- an unhedged fraction p/q stands for 100·p/q percent give or take 1.5 points, or a
  tenth of it when that is less ("a third": 31.8% to 34.8%; "two-thirds": 65.2% to
  68.2%; "half": 48.5% to 51.5%; "one in ten": 9% to 11%; "one in 20": 4.5% to 5.5%);
- a hedged one takes the interval of its hedge (numbers.py): "about a third" is 30%
  to 36.7%, "more than half" above 50%; "nearly a third" is a little below what "a
  third" stands for: 5% below its lowest (31.8%) up to a third, 30.2% to 33.3%.

Which words are fractions is data (data/fractions.tsv); so are the words a fraction
measures one of ("half an hour", "a quarter of a mile": data/measures.txt). Not
shares: an ordinal ("a third term", "the third quarter"), a period ("the first
half", "half-time", "three quarters in a row"), a compound ("a quarter-final", "a
quarter-point cut": see the ``points`` kind), a measure ("a quarter of an hour") and
a number ("half a million").
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from datetime import date

from factsuite import numbers
from factsuite.kinds._shared import (
    data_rows,
    figure,
    interval_agrees,
    label,
    numbers_in,
    unreadable,
)
from factsuite.kinds.base import ClaimKind, Found, Judgement, Situation
from factsuite.model import Claim, Fact, PercentFact, Verdict

__all__ = ["PRECISION_POINTS", "FractionKind", "is_share", "share_interval"]

# How far from 100·p/q an unhedged fraction word allows, in percentage points (or a
# tenth of 100·p/q, when that is less).
PRECISION_POINTS = 1.5
PRECISION_SHARE = 0.1

# Code, not data: the two ways a ratio is written, "3 in 10", "3 out of 10".
_RATIO = re.compile(r"\b(?:in|out\s+of)\b", re.IGNORECASE)
_WORD = re.compile(r"[A-Za-z]+")
_AFTER = 48
_WHOLE_WORD = re.compile(r"\s*(?:(?P<stop>[^\sA-Za-z'’-])|(?P<word>[A-Za-z][A-Za-z'’-]*))")
_WHOLE_WORDS = 3
_CLAUSE_END = re.compile(r"\s*(?:[.,;:!?)\]\"”’]|$)")
# A determiner after a period word makes it a share: "half the seats", "a quarter
# of their income" ("of" itself is checked first).
# Code, not data: a closed class; wider than data/binding/determiners.txt ("all",
# "every", "each", "your", "my"), so not derived from it: that would change what is read.
_DETERMINERS = frozenset(
    [
        "the",
        "a",
        "an",
        "all",
        "his",
        "her",
        "its",
        "their",
        "our",
        "your",
        "my",
        "this",
        "that",
        "these",
        "those",
        "every",
        "each",
    ]
)


@functools.cache
def fraction_words() -> dict[str, tuple[int, bool]]:
    """Each fraction word (data/fractions.tsv): its denominator, and whether it also
    names a period ("quarter", "half")."""
    return {
        row[0]: (int(row[1]), len(row) > 2 and row[2] == "period")
        for row in data_rows("fractions.tsv")
    }


@functools.cache
def measure_words() -> frozenset[str]:
    """The words a fraction can measure one of (data/measures.txt)."""
    return frozenset(row[0] for row in data_rows("measures.txt"))


@functools.cache
def function_words() -> frozenset[str]:
    """Words that say nothing of what a share is of (data/function_words.txt)."""
    return frozenset(row[0] for row in data_rows("function_words.txt"))


def whole_of(after: str) -> tuple[str, ...]:
    """The words that name what a share is of, from the text right after it: "of
    the trial's volunteers" or "adults" ("one in five adults"); up to three words,
    to a comma or the end of the clause, without the function words."""
    words: list[str] = []
    for match in _WHOLE_WORD.finditer(after):
        if match.group("stop"):
            break
        word = match["word"].lower().removesuffix("'s").removesuffix("’s")
        if word not in function_words():
            words.append(_singular(word))
        if len(words) == _WHOLE_WORDS:
            break
    return tuple(words)


def of_the_same_whole(fact: PercentFact, whole: Sequence[str]) -> bool:
    """Whether a share of ``whole`` may be ``fact``: the fact's label or cues name a
    word of it, or the share names no whole ("half of them", "two-thirds")."""
    if not whole:
        return True
    named = {
        _singular(word.lower()) for text in (fact.label, *fact.cues) for word in _WORD.findall(text)
    }
    return not named or any(word in named for word in whole)


def is_share(mention: numbers.NumberMention) -> bool:
    """Whether numbers.py's reading is a fraction of a whole: a value between 0 and 1
    written with a fraction word or as a ratio ("one in five", "nine out of ten")."""
    if mention.kind != "number" or not 0 < mention.value < 1:
        return False
    words = {w.lower() for w in _WORD.findall(mention.text)}
    return bool(words & fraction_words().keys()) or _RATIO.search(mention.text) is not None


def share_interval(mention: numbers.NumberMention) -> tuple[float, float, bool, bool]:
    """The percentages a share agrees with: (low, high, low open, high open)."""
    centre = 100 * mention.value
    tolerance = min(PRECISION_POINTS, PRECISION_SHARE * centre)
    if mention.hedge is None and mention.low == mention.high:
        return max(0.0, centre - tolerance), min(100.0, centre + tolerance), False, False
    low, high = 100 * mention.low, min(100.0, 100 * mention.high)
    if mention.hedge == "nearly" and 0 < low < centre:
        # "Nearly a third" is a little below what "a third" stands for, which reaches
        # down to 31.8%: the hedge's share below is taken from there, not from 33.3%.
        low *= (centre - tolerance) / centre
    return low, high, mention.low_open, mention.high_open and high < 100


def _rejected(mention: numbers.NumberMention, after: str) -> bool:
    """Whether the words after a share make it no share: a compound, a measure, a period."""
    if after[:1] and after[:1] in "-‐–":
        return True  # "a quarter-final", "a quarter-point cut", "half-time"
    measured = re.match(r"\s+(?:of\s+)?an?\s+([A-Za-z]+)", after)
    if measured and _singular(measured[1].lower()) in measure_words():
        return True  # "half an hour", "a quarter of a century"
    last = _WORD.findall(mention.text)[-1].lower()
    entry = fraction_words().get(last)
    if entry is None or not entry[1] or "-" in mention.text:
        return False
    # A period word ("quarter", "half") is a share before "of", a determiner or the
    # end of a clause: "three quarters in a row", "the half ended" are periods.
    following = re.match(r"\s+([A-Za-z]+)", after)
    if following and following[1].lower() in ("of", *_DETERMINERS):
        return False
    return _CLAUSE_END.match(after) is None


def _singular(word: str) -> str:
    if word.endswith("ies"):
        return word[:-3] + "y"
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


def _percent(value: float) -> str:
    return f"{value:.1f}".removesuffix(".0") + "%"


class FractionKind(ClaimKind[PercentFact]):
    name = "fraction"
    states_value = True
    fact_types = (PercentFact,)
    description = "a share written as a fraction ('two-thirds', 'one in five'), against a percent"

    def find(self, text: str, reference: date) -> Sequence[Found]:
        found = []
        for mention in numbers_in(text):
            after = text[mention.end : mention.end + _AFTER]
            if is_share(mention) and not _rejected(mention, after):
                found.append(Found(mention.start, mention.end, whole_of(after)))
        return found

    def binds(self, fact: Fact, found: Found) -> bool:
        """A share binds to a percent fact only, never to a count; and only to one of
        the same whole: "two-thirds of the total" seats is no share of the vote."""
        return isinstance(fact, PercentFact) and of_the_same_whole(fact, found.counted)

    def judge(self, claim: Claim, fact: PercentFact, situation: Situation) -> Judgement:
        mention = numbers.read_number(claim.stated or claim.quote)
        if mention is None or not is_share(mention):
            return unreadable(claim, "a fraction")
        low, high, low_open, high_open = share_interval(mention)
        agrees = interval_agrees(fact, low, high, low_open, high_open)
        expected = self.describe_expected(fact)
        stated = f"{mention.text} ({_percent(100 * mention.value)})"
        if agrees:
            return Judgement(
                Verdict.AGREES, stated, expected, f"{claim.quote!r} agrees with {expected}"
            )
        return Judgement(
            Verdict.CONTRADICTS,
            stated,
            expected,
            f"contradicts: {claim.quote!r} is {_percent(100 * mention.value)} of the whole"
            f" ({_describe(low, high, low_open, high_open)}) but {label(fact)} is {expected}",
            None if fact.low is not None else (100 * mention.value, fact.value),
        )

    def describe_expected(self, fact: PercentFact) -> str:
        if fact.low is not None and fact.high is not None:
            return f"{_percent(fact.low)}-{_percent(fact.high)}"
        return figure(fact.value) + "%"


def _describe(low: float, high: float, low_open: bool, high_open: bool) -> str:
    if high >= 100 and not high_open:
        return f"{'above' if low_open else 'at least'} {_percent(low)}"
    return f"read as {_percent(low)} to {_percent(high)}"
