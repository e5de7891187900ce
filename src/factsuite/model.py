"""The typed records every part of factsuite passes around: facts, claims, results.

They are msgspec Structs: immutable, cheap to build, and encodable to MessagePack as
they are, which is how a parsed fact base is cached between runs.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Mapping
from typing import Literal

import msgspec

from factsuite.daterange import DateRange


class Role(msgspec.Struct, frozen=True, array_like=True):
    """A position a person held, like a Wikidata position with start and end time.

    ``titles`` are the ways the title is written ("President", "leader"); ``of`` the
    ways the country or organisation is named ("United States", "U.S."). A role whose
    end is unknown but past has ``ended=True`` and no ``end``.
    """

    titles: tuple[str, ...]
    of: tuple[str, ...] = ()
    start: DateRange | None = None
    end: DateRange | None = None
    ended: bool = False

    @property
    def title(self) -> str:
        return self.titles[0] if self.titles else ""

    def describe(self) -> str:
        if self.title and self.of:
            return f"{self.title} of {self.of[0]}"
        return self.title or self.of[0]


class _FactBase(msgspec.Struct, frozen=True, tag_field="type", kw_only=True, array_like=True):
    id: str
    label: str = ""
    sources: tuple[str, ...]
    disputed: bool = False
    note: str = ""
    cues: tuple[str, ...] = ()
    # The entities or people of the desk the fact is about ("Kenya" for Kenya's gold
    # medals): a value binds to it by its subject, not by the nearest cue alone.
    about: tuple[str, ...] = ()
    path: str = ""
    line: int = 0


class DateFact(_FactBase, frozen=True, tag="date"):
    """An event, or a span of time. ``place`` names where the event was: the names
    that are accurate for it, most specific first ("Tiananmen Square", "Beijing"),
    each lying in those after it; empty when the facts do not say."""

    value: DateRange
    place: tuple[str, ...] = ()


class Point(msgspec.Struct, frozen=True, array_like=True):
    """One value of a series, from ``at`` on: a policy rate after a decision, a
    party's seats after an election."""

    at: DateRange
    value: float


class QuantityFact(_FactBase, frozen=True, tag="number"):
    """A number; ``low``/``high`` bound it when only a range is known. A number
    that changes over time holds its ``series`` of points, oldest first, and its
    ``value`` is the latest point's (see series.py)."""

    value: float
    low: float | None = None
    high: float | None = None
    unit: str = ""
    series: tuple[Point, ...] = ()


class CountFact(QuantityFact, frozen=True, tag="count"):
    pass


class PercentFact(QuantityFact, frozen=True, tag="percent"):
    pass


class RangeFact(_FactBase, frozen=True, tag="range"):
    """A value that is itself a range, such as a target range for a rate (3.50% to
    3.75%): a claim states it by both ends. Unlike a number's ``low``/``high``, which
    bound one value known only roughly, both ends here are exact, and one figure
    ("3.6%") does not state it. ``percent`` says the ends are percentages."""

    low: float
    high: float
    unit: str = ""
    percent: bool = False


class RankFact(_FactBase, frozen=True, tag="rank"):
    """A place in an order: 7 for "finished seventh", 3 for "the third-largest".
    ``of`` says what is ranked and how ("Premier League table, 2025-26", "largest
    carmakers by sales"), for messages; empty when the label says it."""

    value: int
    of: str = ""


class EntityFact(_FactBase, frozen=True, tag="entity"):
    name: str
    variants: tuple[str, ...] = ()
    roles: tuple[Role, ...] = ()

    @property
    def names(self) -> tuple[str, ...]:
        return (self.name, *self.variants)


class PersonFact(EntityFact, frozen=True, tag="person"):
    """A person; ``born`` is their birth date, at the precision the sources give it
    (a year, a month or a day), for the ages an article states."""

    born: DateRange | None = None


_RELATIONAL_LABEL = re.compile(r"^(?P<owner>.+?)['’]s (?P<relation>[A-Za-z][A-Za-z -]*)$")


class AttributeFact(_FactBase, frozen=True, tag="attribute"):
    """A categorical fact: one canonical phrasing and the others accepted for it."""

    value: str
    accepted: tuple[str, ...] = ()

    @property
    def phrasings(self) -> tuple[str, ...]:
        return (self.value, *self.accepted)

    @property
    def relation(self) -> tuple[str, str] | None:
        """Whose relation, and which, for a fact labelled "<someone>'s <relation>":
        ("Kim Jong Un", "father") for "Kim Jong Un's father". Such a fact is claimed by
        the relation word and the name after it ("his father, Kim Jong-Il")."""
        match = _RELATIONAL_LABEL.match(self.label.strip())
        return (match["owner"], match["relation"]) if match else None


class ScoreFact(_FactBase, frozen=True, tag="score"):
    """The result of a game: two sides (entity ids or names) and what each scored.

    ``scores`` are in the order of ``sides``. ``after`` says how the game was decided
    when not in regular time ("extra time", "penalties"); ``shootout`` is the
    penalty shoot-out's score, in the order of ``sides``. ``winner`` is given only
    when the score does not say it (a level game won on penalties); a level game
    with none is a draw.
    """

    sides: tuple[str, str]
    scores: tuple[int, int]
    after: str = ""
    shootout: tuple[int, int] | None = None
    winner: str = ""

    @property
    def winning_side(self) -> int | None:
        """The index in ``sides`` of the side that won, or None for a draw."""
        if self.winner:
            return self.sides.index(self.winner)
        if self.scores[0] != self.scores[1]:
            return 0 if self.scores[0] > self.scores[1] else 1
        if self.shootout is not None and self.shootout[0] != self.shootout[1]:
            return 0 if self.shootout[0] > self.shootout[1] else 1
        return None

    def side_names(self, facts: Mapping[str, Fact]) -> tuple[tuple[str, ...], tuple[str, ...]]:
        """The ways each side is written: an entity's names when the side is an
        entity's id in ``facts``, else the side as given."""
        return _names_of(self.sides[0], facts), _names_of(self.sides[1], facts)


def _names_of(side: str, facts: Mapping[str, Fact]) -> tuple[str, ...]:
    entity = facts.get(side)
    return entity.names if isinstance(entity, EntityFact) else (side,)


Fact = (
    DateFact
    | QuantityFact
    | CountFact
    | PercentFact
    | RangeFact
    | RankFact
    | EntityFact
    | PersonFact
    | AttributeFact
    | ScoreFact
)
FACT_TYPES: dict[str, type[_FactBase]] = {
    "date": DateFact,
    "number": QuantityFact,
    "count": CountFact,
    "percent": PercentFact,
    "range": RangeFact,
    "rank": RankFact,
    "entity": EntityFact,
    "person": PersonFact,
    "attribute": AttributeFact,
    "score": ScoreFact,
}

# A claim's kind is the name of a registered ClaimKind (see kinds/registry.py), which
# says what facts it can be checked against; claims.py checks both when reading.
KindName = str

ReviewStatus = Literal["pending", "confirmed", "ignored"]
REVIEW_STATUSES: tuple[str, ...] = ("pending", "confirmed", "ignored")


class Claim(msgspec.Struct, frozen=True, kw_only=True):
    """A verbatim span of an article bound to the fact it states.

    ``line``/``column`` are 1-based, in code points, in the article file as stored.
    ``fact`` is None when no canonical fact covers the claim (``reason`` says why).
    ``stated`` overrides how the quote is read, for a quote whose value the words
    alone do not give ("earlier that year"); ``at`` is the date of the time described,
    for "then-" titles, anniversaries and elapsed time, when it is not the article's.
    ``reviewed_quote`` is the quote a person reviewed, on a claim extraction moved to
    the words that replaced it in place (see drift.py): its binding is that person's,
    though nobody has reviewed the new words yet.
    """

    article: str
    line: int
    column: int
    quote: str
    kind: KindName
    fact: str | None = None
    status: ReviewStatus = "pending"
    reason: str = ""
    stated: str | None = None
    at: DateRange | None = None
    reviewed_quote: str | None = None
    # where the claim itself stands in claims.yaml, for error messages
    source_line: int = 0
    # False for a span the gate found that claims.yaml does not hold yet
    recorded: bool = True
    # The quote claims.yaml holds, when the gate follows this claim to the words that
    # replaced it in place (see drift.py); None otherwise. The gate's alone: never
    # written to claims.yaml, unlike ``reviewed_quote``
    was: str | None = None

    @property
    def unreviewed_binding(self) -> bool:
        """Whether the fact it is bound to is extraction's guess that nobody reviewed:
        pending, and not moved from words a person reviewed (``reviewed_quote``)."""
        return self.status == "pending" and self.reviewed_quote is None

    @property
    def end_column(self) -> int:
        """Exclusive end column, valid when the quote is on one line."""
        return self.column + len(self.quote.splitlines()[0] if self.quote else "")


def claim_order(claim: Claim) -> tuple[str, int, int, str, str, str]:
    """The order of claims.yaml: article, line, column, kind, fact, quote."""
    return (claim.article, claim.line, claim.column, claim.kind, claim.fact or "", claim.quote)


class Verdict(str, enum.Enum):
    AGREES = "agrees"
    CONTRADICTS = "contradicts"
    MISSPELLED = "misspelled"
    OUTDATED = "outdated"
    UNVERIFIABLE = "unverifiable"
    NEEDS_REVIEW = "needs-review"
    STALE = "stale"

    @property
    def outcome(self) -> Literal["passed", "failed", "skipped"]:
        """The pytest outcome: only agreement passes; what cannot be judged is skipped."""
        if self is Verdict.AGREES:
            return "passed"
        if self in (Verdict.UNVERIFIABLE, Verdict.NEEDS_REVIEW):
            return "skipped"
        return "failed"


class Span(msgspec.Struct, frozen=True):
    """Where a quote stands in its article file: 1-based, end column exclusive."""

    line: int
    column: int
    end_line: int
    end_column: int


class Result(msgspec.Struct, frozen=True, kw_only=True):
    """The verdict on one claim, with everything a report needs to explain it."""

    claim: Claim
    verdict: Verdict
    stated: str
    expected: str
    message: str
    sources: tuple[str, ...] = ()
    span: Span | None = None
    sentence: str = ""
    sentence_offset: int = 0  # where the quote starts within ``sentence``
    # Set by strict mode (review.py): the claim fails because nobody has reviewed it
    review_required: bool = False

    @property
    def outcome(self) -> Literal["passed", "failed", "skipped"]:
        return "failed" if self.review_required else self.verdict.outcome
