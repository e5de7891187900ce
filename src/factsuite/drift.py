"""Following a claim whose words were changed in place.

A writer who turns "26 countries" into "twenty-six countries", or "Kim Jong Un" into
"Kim Jong-un", has not removed a claim: the same claim stands in other words. Both the
gate and ``factsuite extract`` pair such a claim with the span extraction finds where
it stood, so the new words are judged against the fact a person bound the old ones to,
instead of failing as stale while correct prose waits for a re-run of extraction.

The pairing is deliberately narrow, because a wrong pairing would judge a span against
a fact it does not speak of:

- the span must be on the line the claim names (an edit within a paragraph keeps its
  line; a paragraph that moved is followed by its unchanged quotes);
- extraction must have bound it to the same fact (whatever its kind: "since 2019"
  may become "in six years"), or left it unbound; an unbound span must be of the
  claim's kind (a plain number's may be a kind that reads numbers in more words:
  "412" become "421-metre"), and its line still where it was: another claim
  recorded on that line still stands on it;
- or it is of the claim's kind and starts exactly where the quote started, on an
  anchored line: words replaced in place ("scheduled for next week" became
  "scheduled for early September"). Extraction may bind them elsewhere, but a
  person bound this place, and that binding stands. Values only (dates, numbers
  and the places of events): a name or a role is bound to whom its words name;
- one span per claim, nearest column first.

A claim with nothing to pair stays stale, and fails.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import msgspec

from factsuite.articles import Article
from factsuite.kinds import registry
from factsuite.model import Claim

Where = tuple[int, int]  # a quote's start and end offsets in its article, as ``locate`` finds


def anchored_lines(standing: Iterable[tuple[Claim, Where]], article: Article) -> set[int]:
    """Lines on which some recorded claim still stands where claims.yaml puts it;
    ``standing`` pairs each claim whose quote was located with where it stands."""
    return {claim.line for claim, where in standing if article.position(where[0])[0] == claim.line}


def pair_changed(
    gone: Sequence[Claim], fresh: Sequence[Claim], anchored: set[int]
) -> list[tuple[int, int]]:
    """Pairs (index in ``gone``, index in ``fresh``): the new words of a changed claim.

    ``gone`` are recorded claims whose quote no longer stands; ``fresh`` are spans
    extraction found that claims.yaml does not hold; ``anchored`` is what
    :func:`anchored_lines` returns for the article.
    """
    # A value's binding says which event or quantity it states, so new words in its
    # place still state it ("Hanoi" become "Bangkok": still where the summit was). A
    # name's or a title's says who, and new words may name someone else.
    states_value = registry.current().states_value
    candidates: list[tuple[int, int, int]] = []
    for i, old in enumerate(gone):
        if old.fact is None or old.status == "ignored":
            continue  # nothing a person bound that the new words could inherit
        for j, new in enumerate(fresh):
            if new.line != old.line:
                continue
            same_kind = same_value(old.kind, new.kind)
            if new.fact == old.fact or (
                same_kind
                and old.line in anchored
                and (new.fact is None or (new.column == old.column and states_value(new.kind)))
            ):
                candidates.append((abs(new.column - old.column), i, j))
    candidates.sort()
    pairs: list[tuple[int, int]] = []
    used_old: set[int] = set()
    used_new: set[int] = set()
    for _, i, j in candidates:
        if i not in used_old and j not in used_new:
            pairs.append((i, j))
            used_old.add(i)
            used_new.add(j)
    return sorted(pairs)


def follow(old: Claim, new: Claim) -> Claim:
    """``old`` moved onto the words that replaced its quote.

    The binding and review status are the old claim's (what a person decided), the
    span and what extraction read of it are the new one's. ``stated`` is dropped: it
    spelled out the old words, and the new ones must be read for themselves.
    ``reviewed_quote`` says whose the binding is: the old quote when a person reviewed
    it, or the words reviewed before it when it was itself moved and not reviewed
    since; a binding nobody reviewed stays extraction's.
    """
    return msgspec.structs.replace(
        new,
        fact=old.fact,
        status=old.status,
        reason=old.reason,
        stated=None,
        at=old.at if old.at is not None else new.at,
        reviewed_quote=old.quote if old.status != "pending" else old.reviewed_quote,
        source_line=old.source_line,
        recorded=True,
        was=old.quote,
    )


def same_value(old: str, new: str) -> bool:
    """Whether a claim of kind ``old`` and words of kind ``new`` may be one claim: the
    same kind, or a plain number that a kind checking number facts reads in more
    words ("412" become "412-metre", a quantity; "512" become "$512bn", money)."""
    if old == new:
        return True
    if old != "number":
        return False
    kinds = registry.current()
    number, wider = kinds.find("number"), kinds.find(new)
    return (
        number is not None
        and wider is not None
        and wider.states_value
        and set(wider.fact_types) == set(number.fact_types)
    )


def covering(held: Sequence[tuple[Claim, Where]], kind: str, start: int, end: int) -> list[int]:
    """Which of the ``held`` claims (each with where it stands) are of ``kind`` (or a
    number it reads: ``same_value``) and overlap the span from ``start`` to ``end``."""
    # Where first: most held claims are elsewhere in the article, and an overlap is
    # a comparison where ``same_value`` may consult the kinds' registry.
    return [
        k
        for k, (claim, where) in enumerate(held)
        if where[0] < end and start < where[1] and same_value(claim.kind, kind)
    ]


def widened(
    held: Sequence[tuple[Claim, Where]], over: list[int], wider: Claim, start: int, end: int
) -> int | None:
    """Which held claim the words ``wider`` extraction found from ``start`` to ``end``
    are, in more words.

    ``over`` is what :func:`covering` says of those words. "26" became "more than 26",
    "President Moon Jae-in" became "then-President Moon Jae-in": the one recorded quote
    they cover still stands, strictly inside, and the wider words say more about the
    fact a person bound it to. They are that claim now, judged against that fact. A
    claim a person chose to ignore stays as it is; so does one whose wider words
    extraction binds to another fact by their own cues: "yesterday" inside "having
    left Pyongyang the day before yesterday" is no longer the day he arrived.

    Only words of the claim's own kind take it over. A number that another kind
    reads in more words ("412" inside the quantity "412-metre": ``same_value``) is
    covered by them, but its own words still stand and say what a person confirmed;
    moving it would send a decision back for review because extraction learnt to
    read a unit, with no word of the article changed.
    """
    if len(over) != 1 or rebound(held, over, wider, start, end):
        return None
    inner, where = held[over[0]]
    if inner.kind != wider.kind:
        return None
    inside = start <= where[0] and where[1] <= end and where != (start, end)
    if inside and inner.fact is not None and inner.status != "ignored":
        return over[0]
    return None


def displaced(
    held: Sequence[tuple[Claim, Where]],
    found: Sequence[tuple[Claim, Where]],
    article: Article,
) -> set[int]:
    """Which ``held`` claims only stand because their quote moved into words that are
    another claim: a quote no longer where claims.yaml puts it, found again strictly
    inside words extraction found (``found``, each with where it stands) and binds by
    their own cues to another fact (:func:`rebound`). "yesterday", the day he
    arrived, rewritten as "on Tuesday, having left the day before yesterday", is
    gone from its place; the "yesterday" of the departure is not it, so the claim
    is gone and may follow its own rewording instead (:func:`pair_changed`)."""
    moved = [
        k
        for k, (claim, where) in enumerate(held)
        if article.offset(claim.line, claim.column) != where[0]
    ]
    return {
        k
        for k in moved
        for wider, (start, end) in found
        if rebound(held, [k], wider, start, end) and held[k][0].kind == wider.kind
    }


def rebound(
    held: Sequence[tuple[Claim, Where]], over: list[int], wider: Claim, start: int, end: int
) -> bool:
    """Whether words extraction found, wider than the one held claim they cover (see
    :func:`widened`), are bound by their own cues to another fact than it: a claim of
    their own, to judge as one."""
    if len(over) != 1:
        return False
    inner, where = held[over[0]]
    inside = start <= where[0] and where[1] <= end and where != (start, end)
    return inside and wider.fact is not None and inner.fact not in (None, wider.fact)
