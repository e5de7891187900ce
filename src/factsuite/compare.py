"""The comparison core: one verdict per claim, from the claim, its article and the facts.

What is common to every claim is decided here (a quote gone from its article, a claim
bound to no fact or a disputed one); the rest is the claim's kind's to judge, looked
up by name in the registry (see kinds/). Nothing here knows about pytest or the
command line; both show the ``Result`` this module returns.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from factsuite import series
from factsuite.articles import Article
from factsuite.facts import collector_paused, entities_of
from factsuite.farfigures import far_from_its_fact
from factsuite.gazetteer import Gazetteer
from factsuite.invisible import strip_invisible
from factsuite.kinds import registry
from factsuite.kinds.base import ClaimKind, Judgement, Situation
from factsuite.model import (
    Claim,
    EntityFact,
    Fact,
    QuantityFact,
    Result,
    Role,
    Span,
    Verdict,
)
from factsuite.names import NameIndex, fold
from factsuite.numbers import read_number
from factsuite.readings import Readings
from factsuite.roles import PLACE_WORDS, organisation_names, title_words
from factsuite.text.document import document_of

__all__ = ["Context", "Judgement", "judge", "locate"]


@dataclass
class Context:
    """What every rule may consult besides the claim's own fact."""

    facts: Mapping[str, Fact]

    @classmethod
    def build(cls, facts: Mapping[str, Fact]) -> Context:
        return cls(facts)

    @functools.cached_property
    def names(self) -> NameIndex:
        """Every name of the desk's entities, indexed when a rule first consults it:
        a check of an article whose claims are numbers and dates never does, and
        folding a 10k desk's names was a tenth of the hook. Built with the collector
        held off: the index of 40,000 people is all kept (facts.py)."""
        names = NameIndex()
        with collector_paused():
            for fact in entities_of(self.facts):  # from a cached desk, only they are decoded
                names.add(fact.id, fact.names)
        return names

    @functools.cached_property
    def known_titles(self) -> frozenset[frozenset[str]]:
        """Every role title of the desk, as title words ("prime minister" and the like)."""
        return self._without_places(lambda role: role.titles)

    @functools.cached_property
    def known_orgs(self) -> frozenset[frozenset[str]]:
        """Every organisation a role of the desk is of, as title words without places
        ("nanyang technological university"): what a title phrase may name a post at."""
        return self._without_places(lambda role: role.of)

    @functools.cached_property
    def org_names(self) -> dict[str, tuple[str, ...]]:
        """Every name of each organisation of the desk (``roles.organisation_names``)."""
        return organisation_names(self.entities())

    def _without_places(
        self, texts_of: Callable[[Role], Iterable[str]]
    ) -> frozenset[frozenset[str]]:
        """The title words, places left out, of what ``texts_of`` gives of each role of
        the desk, when any are left."""
        return frozenset(
            words
            for entity in self.entities()
            for role in entity.roles
            for text in texts_of(role)
            if (words := title_words(text) - PLACE_WORDS)
        )

    @functools.cached_property
    def role_words(self) -> frozenset[str]:
        """Every word a title phrase can hold that names no person: the words of the
        desk's titles and of what roles are of, and places."""
        return PLACE_WORDS.union(
            *(
                title_words(text)
                for entity in self.entities()
                for role in entity.roles
                for text in (*role.titles, *role.of)
            )
        )

    def entities(self) -> Iterable[EntityFact]:
        return entities_of(self.facts)

    @functools.cached_property
    def facts_by_cue(self) -> dict[str, tuple[str, ...]]:
        """The ids of the facts each cue (folded) belongs to, indexed when a rule
        first consults it: only another-subject does, on a figure far from its fact."""
        by_cue: dict[str, list[str]] = {}
        for fid, fact in self.facts.items():
            for cue in fact.cues:
                by_cue.setdefault(fold(cue), []).append(fid)
        return {cue: tuple(ids) for cue, ids in by_cue.items()}

    @functools.cached_property
    def gazetteer(self) -> Gazetteer:
        """The cities and countries of the world, and the places the facts name."""
        return Gazetteer(self.facts.values())


def locate(claim: Claim, article: Article) -> tuple[int, int] | None:
    """Where the claim's quote stands now: at its recorded place; if it moved, at its
    only occurrence on its recorded line (words changed earlier in the paragraph
    shift it along), else at its only occurrence in the article. None when it is
    gone or ambiguous (the claim is stale). An invisible character in the quote is
    not looked for: the article is read without them (articles.py)."""
    quote = strip_invisible(claim.quote)
    if not quote:
        return None
    offset = article.offset(claim.line, claim.column)
    if offset is not None and article.text.startswith(quote, offset):
        return offset, offset + len(quote)
    found = article.occurrences(quote)
    if len(found) > 1:
        found = [at for at in found if article.position(at)[0] == claim.line]
    if len(found) == 1:
        return found[0], found[0] + len(quote)
    return None


def judge(
    claim: Claim, article: Article, context: Context, readings: Readings | None = None
) -> Result:
    """The verdict on one claim. ``readings``: the article's lines and sentences as
    read for its claims judged before (readings.py), else read for this claim alone."""
    where = locate(claim, article)
    span: Span | None = None
    sentence, sentence_offset = "", 0
    if where is None:
        count = len(article.occurrences(claim.quote))
        decision = Judgement(Verdict.STALE, claim.quote, "", _stale_message(claim, count))
    else:
        span = article.span(*where)
        sentence, sentence_offset = _kept_sentence(
            *document_of(article).sentence_around(*where), where
        )
        decision = _decide(claim, article, context, where, readings)
        if not claim.recorded:
            decision = _unrecorded(decision)
        elif claim.was is not None:
            decision = _changed(decision, claim.was)
    fact = context.facts.get(claim.fact) if claim.fact else None
    return Result(
        claim=claim,
        verdict=decision.verdict,
        stated=decision.stated,
        expected=decision.expected,
        message=decision.message,
        sources=fact.sources if fact else (),
        span=span,
        sentence=sentence,
        sentence_offset=sentence_offset,
    )


def _stale_message(claim: Claim, count: int) -> str:
    """What to do about a claim whose quote is gone (``count``: how many times the
    quote stands elsewhere). Extraction's own guesses are re-read by ``factsuite
    extract``; a claim a person reviewed is only ever dropped by a person, so the
    message says how."""
    guess = claim.unreviewed_binding
    where = f"line {claim.line}, column {claim.column}"
    why = (
        "no longer in the article"
        if count == 0
        else f"no longer at {where} and now {'stands' if guess else 'stand'} {count} times"
    )
    if guess:
        return f"stale: the quote {claim.quote!r} is {why}; run factsuite extract"
    return (
        f"stale: the reviewed words {claim.quote!r} are {why}; review the claim: restore"
        " the words, or record and confirm the new ones in claims.yaml; or run"
        " `factsuite extract --prune` to drop reviewed claims whose words are gone"
    )


# Characters of its sentence a result keeps either side of the quote: more than a
# report shows (70, cut at a word), so reports are unchanged, but a line of thousands
# of claims without a sentence end keeps no copy of its whole length per claim.
SENTENCE_KEPT = 200


def _kept_sentence(sentence: str, offset: int, where: tuple[int, int]) -> tuple[str, int]:
    """The part of ``sentence`` a result keeps, and where the quote starts in it."""
    begin = max(0, offset - SENTENCE_KEPT)
    return sentence[begin : offset + (where[1] - where[0]) + SENTENCE_KEPT], offset - begin


UNRECORDED = "not in claims.yaml yet: run factsuite extract, then review it"


def _unrecorded(decision: Judgement) -> Judgement:
    """A span claims.yaml lacks fails only on a real error; else it awaits review."""
    if decision.verdict.outcome == "failed":
        return Judgement(
            decision.verdict,
            decision.stated,
            decision.expected,
            f"{decision.message} ({UNRECORDED})",
        )
    return Judgement(
        Verdict.NEEDS_REVIEW, decision.stated, decision.expected, f"needs review: {UNRECORDED}"
    )


def _changed(decision: Judgement, was: str) -> Judgement:
    """A claim followed to the words that replaced its quote: judged, and the move told."""
    note = f"(claims.yaml quotes {was!r} here: run factsuite extract)"
    return Judgement(
        decision.verdict, decision.stated, decision.expected, f"{decision.message} {note}"
    )


# The reason extraction records for a vague quantity ("a handful", "tens of thousands")
# that no fact's cues bind: there is no figure to check it against, nor to look for.
VAGUE_QUANTITY = "a vague quantity no fact covers"


def vague_and_unbound(quote: str) -> bool:
    """Whether ``quote`` reads as a vague quantity ("dozens", "a handful"); a quote such
    as "Scores" is read with the "of" extraction leaves out of it ("scores of")."""
    for text in (quote, f"{quote} of"):
        mention = read_number(text)
        if mention is not None and mention.vague and mention.start == 0:
            return True
    return False


def _decide(
    claim: Claim,
    article: Article,
    context: Context,
    where: tuple[int, int],
    readings: Readings | None = None,
) -> Judgement:
    if claim.fact is None:
        if (
            claim.reason == VAGUE_QUANTITY
            and claim.kind == "number"
            and vague_and_unbound(claim.quote)
        ):
            # Said, not silent: skipped with its reason, whoever reviewed it or not.
            return Judgement(
                Verdict.UNVERIFIABLE,
                claim.quote,
                "",
                f"unverifiable: {claim.quote!r} is {VAGUE_QUANTITY}",
            )
        if claim.status == "pending":
            why = claim.reason or "not bound to any fact yet"
            return Judgement(Verdict.NEEDS_REVIEW, claim.quote, "", f"needs review: {why}")
        why = claim.reason or "no canonical fact covers it"
        return Judgement(Verdict.UNVERIFIABLE, claim.quote, "", f"unverifiable: {why}")
    fact = context.facts[claim.fact]
    if fact.disputed:
        note = f": {fact.note}" if fact.note else ""
        return Judgement(
            Verdict.UNVERIFIABLE,
            claim.quote,
            "",
            f"unverifiable: fact {fact.id!r} is disputed{note}",
        )
    kind = registry.find(claim.kind)
    if kind is None:
        return Judgement(
            Verdict.NEEDS_REVIEW,
            claim.quote,
            "",
            f"needs review: no claim kind is called {claim.kind!r}",
        )
    if not kind.accepts(fact):
        # claims.py refuses such pairs when loading; this guards hand-built claims.
        return Judgement(
            Verdict.NEEDS_REVIEW,
            claim.quote,
            "",
            f"needs review: a {claim.kind} claim cannot use {fact.id!r}",
        )
    situation = Situation(article, where, context, Readings() if readings is None else readings)
    if isinstance(fact, QuantityFact) and fact.series:
        return _on_series(claim, fact, kind, situation)
    return far_from_its_fact(claim, fact, kind.judge(claim, fact, situation), kind, situation)


def _on_series(
    claim: Claim, fact: QuantityFact, kind: ClaimKind[Any], situation: Situation
) -> Judgement:
    """A claim on a number that changes over time, judged by its kind against the
    point the sentence means (series.py)."""
    sentence, at = situation.sentence
    end = min(len(sentence), at + situation.where[1] - situation.where[0])

    figures: dict[tuple[Verdict, str, str], tuple[float, float] | None] = {}

    def one(point: QuantityFact) -> series.Judged:
        judged = kind.judge(claim, point, situation)
        figures[judged.verdict, judged.stated, judged.expected] = judged.figures
        return judged.verdict, judged.stated, judged.expected, judged.message

    verdict, stated, expected, message = series.judge_series(
        fact, sentence, at, end, situation.reference, one, claim.at, situation.readings.dates
    )
    if verdict is Verdict.CONTRADICTS:
        held = _another_point(claim, fact, kind, situation, (sentence, at, end), message)
        if held is not None:
            return held
    # The point the series chose keeps its figures, for far-from-its-fact: "1,840
    # copies in the week before" is as far from the latest weekly sales as any figure.
    judged = Judgement(verdict, stated, expected, message, figures.get((verdict, stated, expected)))
    return far_from_its_fact(claim, fact, judged, kind, situation)


def _another_point(
    claim: Claim,
    fact: QuantityFact,
    kind: ClaimKind[Any],
    situation: Situation,
    where: tuple[str, int, int],
    contradiction: str,
) -> Judgement | None:
    """The rule ``another-point``: a figure that contradicts the point of a series its
    sentence means but is the series' value at another point is that point's, and
    fails however far it is: "$2.31 billion", the cost estimated in 2023, said of the
    cost now. ``outdated`` when the sentence tells no time and the point is earlier
    than the latest (the writer has an old figure), else ``contradicts`` with the
    point named. None when it is no point's value."""
    judged = {p: kind.judge(claim, series.at_point(fact, p, ""), situation) for p in fact.series}
    held = [p for p, one in judged.items() if one.verdict is Verdict.AGREES]
    if not held:
        return None
    point = held[-1]
    sentence, at, end = where
    latest = series.latest_by(fact.series, situation.reference)
    now = judged[latest].expected
    untold = (
        claim.at is None
        and series.time_told(sentence, at, end, situation.reference, situation.readings.dates)
        is None
        and series.extreme_said(sentence, at, end) is None
        and not series.changed_from(sentence, at)
        and not series.told_earlier(sentence, at, end)
    )
    if untold and (period := series.relative_to_event(sentence)) is not None:
        # "1,840 copies in the week before the ceremony": a time is told, though no
        # date; whether it is the point's, a person says.
        return Judgement(
            Verdict.NEEDS_REVIEW,
            claim.quote,
            now,
            f"needs review: {claim.quote!r} was {fact.label or fact.id} as of {point.at},"
            f" and its sentence speaks of {period!r}: if that is when, bind it with"
            f" at: {point.at}; else it is {now} now",
        )
    if untold and point.at.start < latest.at.start:
        return Judgement(
            Verdict.OUTDATED,
            claim.quote,
            now,
            f"outdated: {claim.quote!r} was {fact.label or fact.id} as of {point.at};"
            f" as of {latest.at} it is {now}",
        )
    return Judgement(
        Verdict.CONTRADICTS,
        claim.quote,
        now,
        f"{contradiction} ({claim.quote!r} is its value as of {point.at})",
    )
