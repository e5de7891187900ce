"""Which claims await a person, why, and the facts each could be bound to instead.

A claim awaits a person when it is ``pending`` in claims.yaml (extraction's guess,
or words moved from a reviewed quote), or when the gate finds it ``needs-review``
(a date that points back to no year, say) whatever its status; an ignored claim
awaits nobody. The queue keeps claims.yaml's order.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Set
from dataclasses import dataclass

from factsuite.daterange import format_range
from factsuite.desk import Desk
from factsuite.kinds import registry
from factsuite.model import (
    AttributeFact,
    Claim,
    DateFact,
    EntityFact,
    Fact,
    PercentFact,
    QuantityFact,
    RangeFact,
    RankFact,
    Result,
    ScoreFact,
    Verdict,
)
from factsuite.report import location
from factsuite.review import unreviewed

# Candidates shown on a claim's screen: one key each (1-9) picks them.
MAX_CANDIDATES = 9
# Label words shorter than this ("the", "of", "in") say nothing about a fact.
_LABEL_WORD_MIN = 4
_WORD = re.compile(r"\w+")


def awaits_person(result: Result) -> bool:
    """Whether the claim awaits a person, as the gate's summary counts it (review.py):
    pending, or needs-review; an ignored claim awaits nobody."""
    return result.claim.status != "ignored" and unreviewed(result)


def why(result: Result) -> str:
    """Why the claim awaits a person, in a few words."""
    claim = result.claim
    if result.verdict is Verdict.NEEDS_REVIEW:
        return result.message
    if claim.fact is None:
        return f"pending: {result.message}"
    return f"pending: bound to {claim.fact}, {result.verdict.value}"


def list_line(result: Result) -> str:
    """``path:line:col: kind: quote (why it awaits review)``, for ``--list``."""
    claim = result.claim
    quote = claim.quote.replace("\n", " ")
    return f"{location(result)}: {claim.kind}: {quote} ({why(result)})"


def fact_value(fact: Fact, facts: Mapping[str, Fact]) -> str:
    """What a fact says, in a few words, for a person choosing between facts."""
    if isinstance(fact, DateFact):
        return format_range(fact.value)
    if isinstance(fact, QuantityFact):
        value = format(fact.value, ",.12g") + ("%" if isinstance(fact, PercentFact) else "")
        if fact.low is not None or fact.high is not None:
            low = "" if fact.low is None else f"{fact.low:g}"
            high = "" if fact.high is None else f"{fact.high:g}"
            value += f" (between {low or '?'} and {high or '?'})"
        return f"{value} {fact.unit}".rstrip()
    if isinstance(fact, RangeFact):
        sign = "%" if fact.percent else ""
        return f"{fact.low:g}{sign} to {fact.high:g}{sign} {fact.unit}".rstrip()
    if isinstance(fact, RankFact):
        return f"#{fact.value}" + (f" ({fact.of})" if fact.of else "")
    if isinstance(fact, EntityFact):
        roles = "; ".join(role.describe() for role in fact.roles)
        return fact.name + (f" ({roles})" if roles else "")
    if isinstance(fact, AttributeFact):
        return fact.value
    if isinstance(fact, ScoreFact):
        first, second = fact.side_names(facts)
        return f"{first[0]} {fact.scores[0]}-{fact.scores[1]} {second[0]}"
    return ""


def _words(text: str) -> set[str]:
    return {word.casefold() for word in _WORD.findall(text)}


def _cue_found(cue: str, sentence: str) -> bool:
    pattern = r"(?<!\w)" + r"\s+".join(map(re.escape, cue.split())) + r"(?!\w)"
    return re.search(pattern, sentence, re.IGNORECASE) is not None


def overlap_score(fact: Fact, sentence: str) -> int:
    """How strongly the sentence speaks of ``fact``: two points per cue of the fact
    the sentence writes (as whole words, in any case), one per word of its label of
    four letters or more that the sentence writes too."""
    words = _words(sentence)
    cues = sum(2 for cue in fact.cues if cue.strip() and _cue_found(cue, sentence))
    label = sum(1 for word in _words(fact.label) if len(word) >= _LABEL_WORD_MIN and word in words)
    return cues + label


def candidates(claim: Claim, sentence: str, facts: Iterable[Fact]) -> list[Fact]:
    """The facts a claim of its kind could be bound to, other than its own, best
    first: by :func:`overlap_score` against its sentence, then by id. At most
    ``MAX_CANDIDATES``; none scoring nothing unless nothing scores."""
    kind = registry.find(claim.kind)
    if kind is None:
        return []
    fitting = [fact for fact in facts if fact.id != claim.fact and kind.accepts(fact)]
    scored = sorted(
        ((overlap_score(fact, sentence), fact) for fact in fitting),
        key=lambda pair: (-pair[0], pair[1].id),
    )
    if scored and scored[0][0] > 0:
        scored = [pair for pair in scored if pair[0] > 0]
    return [fact for _, fact in scored[:MAX_CANDIDATES]]


def accepted_facts(kind_name: str, facts: Iterable[Fact]) -> list[str]:
    """The ids of every fact a claim of ``kind_name`` can be bound to, sorted."""
    kind = registry.find(kind_name)
    return sorted(fact.id for fact in facts if kind is not None and kind.accepts(fact))


@dataclass(frozen=True)
class Item:
    """One claim awaiting a person, as the gate judges it now."""

    claim: Claim
    result: Result
    candidates: tuple[Fact, ...]


def review_item(desk: Desk, claim: Claim) -> Item:
    """The claim as its screen shows it: judged now, with its candidate facts."""
    result = desk.judge(claim)
    sentence = result.sentence or claim.quote
    return Item(claim, result, tuple(candidates(claim, sentence, desk.facts.values())))


def awaiting(desk: Desk, claims: Iterable[Claim], articles: Set[str] | None = None) -> list[Result]:
    """The results of the claims (of ``articles``; of every article when None) that
    await a person, in the order given."""
    found = []
    for claim in claims:
        if claim.status == "ignored" or (articles is not None and claim.article not in articles):
            continue
        result = desk.judge(claim)
        if awaits_person(result):
            found.append(result)
    return found
