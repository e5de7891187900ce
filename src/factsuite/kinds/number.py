"""``number``: a count or amount as news writes it ("26", "two dozen", "nearly 97%",
"$512 billion"), against a number fact: the fact's value lies in what the words allow
(see numbers.py). A fact whose unit opens with a scale word ("billion dollars") is
read at that scale (unitscale.py)."""

from __future__ import annotations

import dataclasses
import functools
import re

from factsuite import numbers
from factsuite.kinds._shared import (
    at_another_scale,
    bound_at_another_scale,
    data_words,
    figure,
    interval_agrees,
    label,
    said_words,
    unreadable,
)
from factsuite.kinds.base import ClaimKind, Judgement, Situation
from factsuite.kinds.unitscale import unscaled
from factsuite.model import Claim, PercentFact, QuantityFact, Verdict

# Enough text after a count to see "other", "earlier" ... and the word after it.
_AFTER = 24


class NumberKind(ClaimKind[QuantityFact]):
    name = "number"
    states_value = True
    fact_types = (QuantityFact,)
    description = "a count or amount, with its hedges and printed precision"

    def judge(self, claim: Claim, fact: QuantityFact, situation: Situation) -> Judgement:
        read = numbers.read_number(claim.stated or claim.quote)
        if read is None:
            return unreadable(claim, "a number")
        mention = read
        after = situation.text_after(_AFTER)
        rest = numbers.rest_word(after) if read.kind == "number" else None
        if rest is not None and not _counts_its_rest(fact, rest):
            # the sentence is read only then: most numbers are followed by no "other"
            sentence, at = situation.sentence
            mention = numbers.counting_the_rest(read, sentence[:at], after)
        if read.kind == "multiplier" and times_before(after):
            # "shortlisted twice before": two, or three with the one the sentence tells
            mention = dataclasses.replace(read, high=read.high + 1)
        # "25 other leaders": what is compared is the whole, the rest and who they are besides
        said = f"{claim.quote!r}" if mention is read else f"{claim.quote!r} others and those named"
        expected = self.describe_expected(fact)  # as written: "3.1 billion dollars"
        true = unscaled(fact)  # the scale its unit opens with applied: 3,100,000,000 dollars
        agrees = interval_agrees(
            true, mention.low, mention.high, mention.low_open, mention.high_open
        )
        stated = mention.text
        if agrees and mention is read and bound_at_another_scale(mention, true):
            # no figures: the rule has found the slip far-from-its-fact would look for
            return Judgement(
                Verdict.CONTRADICTS, stated, expected, at_another_scale(said, fact, expected)
            )
        if agrees:
            return Judgement(Verdict.AGREES, stated, expected, f"{said} agrees with {expected}")
        return Judgement(
            Verdict.CONTRADICTS,
            stated,
            expected,
            f"contradicts: {said} ({describe_interval(mention)}) but {label(fact)} is {expected}",
            figures_of(mention, true) if mention is read else None,
        )

    def describe_expected(self, fact: QuantityFact) -> str:
        """The fact's value (or range) with its unit: "26", "98.3%", "10,000-12,000"."""

        def show(value: float) -> str:
            text = figure(value)
            return f"{text}%" if isinstance(fact, PercentFact) else text

        if fact.low is not None and fact.high is not None:
            return f"{show(fact.low)}-{show(fact.high)}"
        unit = f" {fact.unit}" if fact.unit else ""
        return show(fact.value) + unit


def _counts_its_rest(fact: QuantityFact, word: str) -> bool:
    """Whether ``fact`` itself counts the rest a count's ``word`` names: its label or a
    cue holds the same word ("14 prior convictions" of "Darren Mulvey's prior
    convictions" are the 14 the desk counts, not 14 besides the one the sentence tells;
    "12 other ministers" of "the other ministers in the cabinet")."""
    said = said_words(fact)
    return word in said or (word == "others" and "other" in said)


def figures_of(mention: numbers.NumberMention, fact: QuantityFact) -> tuple[float, float] | None:
    """The figure written and the fact's, for the slip test; None for a fact known only
    as a range, or a written figure compared as something else ("25 others")."""
    if fact.low is not None and fact.high is not None:
        return None
    return mention.value, fact.value


# Code, not data: determiners after the word that make it a preposition ("twice before the war").
_TIMES_BEFORE = re.compile(r"\s+(\w+)\b(?!\s+(?:the|a|an|his|her|their|its|this|that)\b)")


@functools.cache
def times_before_words() -> frozenset[str]:
    return data_words("times_before.txt")


def times_before(after: str) -> bool:
    """Whether the words after a count of times (``after``) put them before the one
    the sentence tells of: "twice before", "three times previously"; not "twice
    before the final", which says when, not which (data/times_before.txt)."""
    match = _TIMES_BEFORE.match(after)
    return match is not None and match.group(1).casefold() in times_before_words()


def describe_interval(mention: numbers.NumberMention) -> str:
    if mention.low == mention.high:
        return f"exactly {figure(mention.low, 4)}"
    if mention.high == float("inf"):
        return f"{'above' if mention.low_open else 'at least'} {figure(mention.low, 4)}"
    if mention.low == float("-inf"):
        return f"{'below' if mention.high_open else 'at most'} {figure(mention.high, 4)}"
    return f"between {figure(mention.low, 4)} and {figure(mention.high, 4)}"
