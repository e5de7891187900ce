"""claims.yaml written deterministically, and merged so that human decisions survive.

Extraction proposes; people decide. When ``factsuite extract`` runs again over an
article, each claim it finds is matched to its previous version (same article,
quote and kind, nearest position) and what a person decided is kept: a status of
confirmed or ignored with its reason, a fact binding set by hand, ``stated`` and
``at``. A claim whose words were changed in place keeps its binding on the new
words, pending review again (see drift.py), with the quote a person reviewed as
``reviewed_quote`` until someone reviews the new words. A machine-made claim whose
quote is gone, or that extraction no longer finds, is stale and dropped (and
reported); a claim a person bound that extraction does not find, whose quote still
stands, is kept: a person put it there.

A human decision is never dropped by a command. A claim carrying one (confirmed,
ignored, or moved from reviewed words: ``reviewed_quote``) whose quote is gone, and
that drift.py cannot follow to new words, is kept as it is, and the gate fails it as
stale until a person reviews it; ``prune`` (``factsuite extract --prune``) drops such
claims, on a person's explicit request. Otherwise rewording a checked number and
running the routine command would turn the gate green with nothing checking the new
words.

The file is written in one stable order (article, line, column, kind, fact), with
the same layout every time, so running extraction twice changes nothing and a diff
shows only what moved.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

import msgspec
import yaml

from factsuite.articles import Article
from factsuite.compare import locate
from factsuite.daterange import format_range, parse_iso_range
from factsuite.drift import (
    anchored_lines,
    covering,
    displaced,
    follow,
    pair_changed,
    rebound,
    widened,
)
from factsuite.model import Claim, claim_order

DEFAULT_HEADER = (
    "# Every checkable claim in articles/: found by `factsuite extract`, reviewed by people.\n"
    "# See docs/reference.md for the format. Set status: confirmed (or ignored, with a\n"
    "# reason) once reviewed; extraction keeps those decisions when it runs again.\n"
)


# Text PyYAML writes as it is, unquoted, whenever it reads back as text: no indicator
# first, none of ``: # [ ] { }``, no quote or space at either end, one line. What it
# would read back as (a number, a boolean, null) is left to its own resolver.
_PLAIN_TEXT = re.compile(r"[A-Za-z0-9](?:[A-Za-z0-9 .,/()$%'&+=_-]*[A-Za-z0-9.)%])?")
_RESOLVER = yaml.resolver.Resolver()
_STR_TAG = "tag:yaml.org,2002:str"


# A desk repeats its article paths, fact ids and many quotes claim after claim, and
# PyYAML's emitter is pure Python: rendering each text once, and most texts without
# it, made rendering claims.yaml 10x faster on a generated desk, a serial step that
# ``extract -j`` cannot share out.
@functools.lru_cache(maxsize=1 << 16)
def _scalar(value: str) -> str:
    if (
        _PLAIN_TEXT.fullmatch(value)
        and _RESOLVER.resolve(yaml.ScalarNode, value, (True, False)) == _STR_TAG  # type: ignore[no-untyped-call]
    ):
        return value  # as _dumped(value) writes it (tests/test_extraction_claimsfile.py)
    return _dumped(value)


def _dumped(value: str) -> str:
    style = '"' if "\n" in value or "\r" in value else None
    text: str = yaml.safe_dump(value, allow_unicode=True, width=2**31, default_style=style)
    if text.endswith("\n...\n"):
        text = text[: -len("\n...\n")]
    return text.rstrip("\n")


def render(claims: Iterable[Claim], header: str = DEFAULT_HEADER) -> str:
    """The text of claims.yaml holding ``claims``, in the file's order."""
    return rendered(claims, header)[0]


def rendered(
    claims: Iterable[Claim], header: str = DEFAULT_HEADER
) -> tuple[str, list[Claim] | None]:
    """``render``'s text, and the claims as parsing that text gives them back (in
    its order, each with the line it stands at; None in the rare case only parsing
    can say): what the desk's cache keeps for the file, so the first check after it
    was written need not parse it."""
    lines = header.rstrip("\n").split("\n") if header.strip() else []
    ordered = sorted(claims, key=claim_order)
    lines.append("version: 1")
    if not ordered:
        lines.append("claims: []")
        return "\n".join(lines) + "\n", []
    lines.append("claims:")
    starts = _items(ordered, lines)
    text = "\n".join(lines) + "\n"
    if any(c in text for c in _OTHER_BREAKS):
        # A value YAML reads over several lines, and may read back otherwise (a "\x85"
        # comes back a space): only parsing the text says what it holds.
        return text, None
    return text, [_as_parsed(claim, k + 1) for claim, k in zip(ordered, starts, strict=True)]


def rendered_blocks(
    claims: Iterable[Claim], articles: Iterable[str]
) -> dict[str, tuple[list[str], list[Claim]]] | None:
    """For each of ``articles``, the lines claims.yaml holds for its ``claims`` (none
    when it has none) and those claims as parsing reads them, each ``source_line``
    counting from 1 at the block's first line: what a spliced claims.yaml takes
    (cache.ClaimIndex.splice). None where only parsing can say (see ``rendered``)."""
    by_article: dict[str, list[Claim]] = {article: [] for article in articles}
    for claim in sorted(claims, key=claim_order):
        by_article.setdefault(claim.article, []).append(claim)
    blocks: dict[str, tuple[list[str], list[Claim]]] = {}
    for article, ordered in by_article.items():
        lines: list[str] = []
        starts = _items(ordered, lines)
        if any(c in line for line in lines for c in _OTHER_BREAKS):
            return None
        parsed = [_as_parsed(claim, k + 1) for claim, k in zip(ordered, starts, strict=True)]
        blocks[article] = (lines, parsed)
    return blocks


def _items(ordered: list[Claim], lines: list[str]) -> list[int]:
    """Append the items of ``ordered`` claims to ``lines``; the index in ``lines`` of
    each claim's first line."""
    starts: list[int] = []
    for claim in ordered:
        starts.append(len(lines))
        lines.extend(render_entry(claim))
    return starts


# Line breaks to YAML besides the "\n" ending each line written (a value holding "\n"
# or "\r" is written double-quoted, escaped).
_OTHER_BREAKS = ("\r", "\x85", "\u2028", "\u2029")


def _as_parsed(claim: Claim, source_line: int) -> Claim:
    """``claim`` as claims.py reads it back from claims.yaml: text fields stripped,
    a date as its ISO form names it, standing at ``source_line``."""
    return msgspec.structs.replace(
        claim,
        article=claim.article.strip(),
        fact=(claim.fact or "").strip() or None,
        reason=claim.reason.strip(),
        stated=(claim.stated or "").strip() or None,
        at=None if claim.at is None else parse_iso_range(format_range(claim.at)),
        source_line=source_line,
        recorded=True,
        was=None,
    )


def render_entry(claim: Claim) -> list[str]:
    """The lines of one claim's entry in claims.yaml, as :func:`render` writes them."""
    lines = [f"  - article: {_scalar(claim.article)}"]
    lines.append(f"    line: {claim.line}")
    lines.append(f"    column: {claim.column}")
    lines.append(f"    quote: {_scalar(claim.quote)}")
    lines.append(f"    kind: {claim.kind}")
    if claim.fact is not None:
        lines.append(f"    fact: {_scalar(claim.fact)}")
    lines.append(f"    status: {claim.status}")
    if claim.reason:
        lines.append(f"    reason: {_scalar(claim.reason)}")
    if claim.stated is not None:
        lines.append(f"    stated: {_scalar(claim.stated)}")
    if claim.at is not None:
        lines.append(f"    at: {format_range(claim.at)}")
    if claim.reviewed_quote is not None:
        lines.append(f"    reviewed_quote: {_scalar(claim.reviewed_quote)}")
    return lines


def header_of(text: str) -> str:
    """The comment lines at the top of an existing claims.yaml, kept as they are."""
    kept: list[str] = []
    for line in text.splitlines():
        if line.startswith("#") or (not line.strip() and kept):
            kept.append(line)
        else:
            break
    while kept and not kept[-1].strip():
        kept.pop()
    return "\n".join(kept) + "\n" if kept else ""


@dataclass
class Merge:
    """The merged claims and what changed from the previous claims.yaml."""

    claims: list[Claim] = field(default_factory=list)
    new: list[Claim] = field(default_factory=list)
    changed: list[Claim] = field(default_factory=list)
    stale: list[Claim] = field(default_factory=list)
    unchanged: list[Claim] = field(default_factory=list)
    # Claims carrying a person's decision whose quote is gone: kept as they are (the
    # gate fails them as stale), or, with ``prune``, dropped and listed here.
    kept_stale: list[Claim] = field(default_factory=list)
    pruned: list[Claim] = field(default_factory=list)

    def drop_or_keep(self, claim: Claim, prune: bool) -> None:
        """A claim whose quote is gone: dropped unless it carries a person's decision,
        which only ``prune`` drops."""
        if claim.unreviewed_binding:
            self.stale.append(claim)
        elif prune:
            self.pruned.append(claim)
        else:
            self.kept_stale.append(claim)
            self.claims.append(claim)


def same(a: Claim, b: Claim) -> bool:
    """Equal as written to claims.yaml (where a claim stood in the file aside)."""
    return msgspec.structs.replace(a, source_line=0) == msgspec.structs.replace(b, source_line=0)


def merge(
    previous: list[Claim],
    extracted: Mapping[str, tuple[Article, list[Claim]]],
    gone: Iterable[str] = (),
    prune: bool = False,
) -> Merge:
    """Merge fresh extraction of some articles into the previous claims.

    ``extracted`` maps each article extracted again to the article and its claims;
    claims of other articles are kept untouched, except those of ``gone`` articles
    (deleted from the desk), which are stale. A stale claim carrying a person's
    decision is kept (``Merge.kept_stale``) unless ``prune`` (``Merge.pruned``).
    """
    result = Merge()
    gone = set(gone)
    by_article: dict[str, list[Claim]] = {}
    for claim in previous:
        if claim.article in extracted:
            by_article.setdefault(claim.article, []).append(claim)
        elif claim.article in gone:
            result.drop_or_keep(claim, prune)
        else:
            result.claims.append(claim)
    for path in sorted(extracted):
        article, fresh = extracted[path]
        _merge_article(article, by_article.get(path, []), fresh, result, prune)
    result.claims.sort(key=claim_order)
    return result


def _merge_article(
    article: Article, old: list[Claim], fresh: list[Claim], result: Merge, prune: bool
) -> None:
    # Where each claim stands, found once: locating a quote reads its article.
    spots = [locate(claim, article) for claim in old]

    def where(claim: Claim, spot: tuple[int, int] | None) -> int:
        if spot is not None:
            return spot[0]
        offset = article.offset(claim.line, claim.column)
        return offset if offset is not None else len(article.text)

    old_at = [where(claim, spot) for claim, spot in zip(old, spots, strict=True)]
    fresh_at = [where(claim, locate(claim, article)) for claim in fresh]
    # A quote that moved into wider words bound elsewhere is gone (drift.displaced).
    located = [(j, spot) for j, spot in enumerate(spots) if spot is not None]
    fresh_spans = [
        (claim, (at, at + len(claim.quote))) for claim, at in zip(fresh, fresh_at, strict=True)
    ]
    for stray in displaced([(old[j], spot) for j, spot in located], fresh_spans, article):
        spots[located[stray][0]] = None
    # Pair each fresh claim with its previous version: same quote and kind, nearest.
    pairs = []
    for i, claim in enumerate(fresh):
        for j, before in enumerate(old):
            if before.quote == claim.quote and before.kind == claim.kind:
                pairs.append((abs(old_at[j] - fresh_at[i]), before.fact != claim.fact, i, j))
    pairs.sort()
    matched_fresh: dict[int, int] = {}
    matched_old: set[int] = set()
    for _, _, i, j in pairs:
        if i in matched_fresh or j in matched_old:
            continue
        matched_fresh[i] = j
        matched_old.add(j)
    # A claim whose quote is gone may have been reworded in place (drift.py): its
    # binding goes to the new words, which a person reviews again.
    gone = [j for j in range(len(old)) if j not in matched_old and spots[j] is None]
    unmatched = [i for i in range(len(fresh)) if i not in matched_fresh]
    reworded: dict[int, Claim] = {}
    standing = [j for j, spot in enumerate(spots) if spot is not None]
    held = [(old[j], spot) for j in standing if (spot := spots[j]) is not None]
    for g, u in pair_changed(
        [old[j] for j in gone], [fresh[i] for i in unmatched], anchored_lines(held, article)
    ):
        matched_old.add(gone[g])
        reworded[unmatched[u]] = _for_review(old[gone[g]], fresh[unmatched[u]])
    # A claim whose quote now stands inside wider words extraction found ("then-"
    # put before a title) moves to them (drift.widened), for a person to review.
    # A plain number a person decided on that another kind now reads in more words
    # ("412" in "412-metre") holds those words, as the gate holds them: the decision
    # stands where it was made, and no second claim is added over it.
    held_by_number: set[int] = set()
    for i, claim in enumerate(fresh):
        if i in matched_fresh or i in reworded:
            continue
        start, end = fresh_at[i], fresh_at[i] + len(claim.quote)
        over = covering(held, claim.kind, start, end)
        k = widened(held, over, claim, start, end)
        if k is not None and standing[k] not in matched_old:
            matched_old.add(standing[k])
            reworded[i] = _for_review(old[standing[k]], claim)
        elif (
            over
            and all(held[o][0].kind != claim.kind for o in over)
            and not rebound(held, over, claim, start, end)
        ):
            held_by_number.add(i)
    for i, claim in enumerate(fresh):
        if i in held_by_number:
            continue
        if i in reworded:
            result.changed.append(reworded[i])
            result.claims.append(reworded[i])
            continue
        if i not in matched_fresh:
            result.new.append(claim)
            result.claims.append(claim)
            continue
        before = old[matched_fresh[i]]
        kept = _keep_decisions(before, claim)
        (result.unchanged if same(kept, before) else result.changed).append(kept)
        result.claims.append(kept)
    for j, before in enumerate(old):
        if j in matched_old:
            continue
        found = spots[j]
        if found is None:
            result.drop_or_keep(before, prune)  # its quote is gone
            continue
        if before.unreviewed_binding:
            result.stale.append(before)  # a machine guess extraction no longer finds
            continue
        line, column = article.position(found[0])
        moved = msgspec.structs.replace(
            before, line=line, column=column, reviewed_quote=_still_to_review(before)
        )
        (result.unchanged if same(moved, before) else result.changed).append(moved)
        result.claims.append(moved)


def _for_review(before: Claim, fresh: Claim) -> Claim:
    """``before`` moved onto the fresh words that now say it, pending review again.

    Its binding stays a person's when one reviewed it (``reviewed_quote``, set by
    drift.follow), so the gate judges the new words strictly until someone reviews
    them: extraction's leniency for its own guesses is not for a person's binding.
    """
    return msgspec.structs.replace(
        follow(before, fresh), status="pending", reason="", was=None, source_line=0
    )


def _still_to_review(before: Claim) -> str | None:
    """The ``reviewed_quote`` a claim keeps: none once a person reviewed its words."""
    return before.reviewed_quote if before.status == "pending" else None


def _keep_decisions(before: Claim, fresh: Claim) -> Claim:
    """The fresh claim (current place), with what a person decided on its previous version."""
    reviewed = before.status != "pending"
    fact = fresh.fact
    if not before.unreviewed_binding or (fact is None and before.fact is not None):
        fact = before.fact  # a binding a person confirmed or moved, or filled in by hand
    reason = before.reason if reviewed else (fresh.reason if fact is None else "")
    return msgspec.structs.replace(
        fresh,
        fact=fact,
        status=before.status,
        reason=reason,
        stated=before.stated if before.stated is not None else fresh.stated,
        at=before.at if before.at is not None else fresh.at,
        reviewed_quote=_still_to_review(before),
        source_line=0,
    )
