"""``factsuite merge-claims BASE OURS THEIRS``: git's merge driver for claims.yaml.

Two branches that each add an article and run ``factsuite extract`` both append to
claims.yaml, and git's line merge calls that a conflict. This driver merges the two
sides claim by claim instead, and writes the result to OURS, as git expects.

**A claim's identity** is its article, kind and quote; when one article holds the
same quote of the same kind more than once, its versions are paired by the nearest
position (line, then column), as ``factsuite extract`` pairs a claim with its
previous version. Changing a claim's kind or quote is so a new claim: the old one
deleted, the new one added.

**A claim's decision** is what a person (or extraction, for a pending claim) put on
it: status, fact, reason, stated, at and reviewed_quote, taken as one unit so that a
status confirmed on one side never lands on a fact bound on the other. For each
claim, with its base version and each side's:

- added on one side: kept; added on both, at one place: kept once (a side where it
  is still extraction's unreviewed guess gives way to the other side's decision);
- deleted on one side and its decision unchanged on the other (or changed only to a
  new unreviewed guess of extraction's): deleted;
- its decision changed on one side only: that side's; the same on both: taken once;
  a person's decision on one side and a new unreviewed guess on the other: the
  person's (as extract keeps a decision over a new guess);
- **two different decisions** (or a decision changed on one side and the claim
  deleted on the other): a conflict. The entry is written twice, between git's
  markers ``<<<<<<< ours``, ``=======`` and ``>>>>>>> theirs``; the rest is merged,
  and the exit status 1 tells git the file is unmerged, for a person to resolve.

A position (line, column) is not a decision: it moves when an article is edited
above the claim. Moved on one side (or alike on both), it is taken; moved
differently on both, both moves are added (each side's edits shifted it).
``factsuite extract`` after a merge that edited one article on both sides puts
every claim back on its words.

The output is claims.yaml as ``factsuite extract`` writes it: the same order and
layout (claimsfile.render), the header comments of the side that changed them.
Input that is not a valid claims.yaml is an input error (exit 2, one line): git
then reports the file as conflicted and leaves OURS as it was.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

import msgspec

from factsuite.claims import parse_claims
from factsuite.errors import InputError
from factsuite.extraction.claimsfile import header_of, render, render_entry
from factsuite.model import Claim, claim_order
from factsuite.textfile import decode_text, line_ending

EXIT_MERGED = 0
EXIT_CONFLICT = 1
EXIT_INPUT = 2

OURS_MARKER = "<<<<<<< ours"
SPLIT_MARKER = "======="
THEIRS_MARKER = ">>>>>>> theirs"

Decision = tuple[object, ...]
Identity = tuple[str, str, str]


def decision(claim: Claim) -> Decision:
    """What was decided on a claim, compared as one unit."""
    return (claim.status, claim.fact, claim.reason, claim.stated, claim.at, claim.reviewed_quote)


def identity(claim: Claim) -> Identity:
    return (claim.article, claim.kind, claim.quote)


@dataclass(frozen=True)
class Conflict:
    """Two versions of one claim that cannot both stand; None where a side deleted it."""

    ours: Claim | None
    theirs: Claim | None

    @property
    def order(self) -> tuple[str, int, int, str, str, str]:
        shown = self.ours if self.ours is not None else self.theirs
        assert shown is not None  # a conflict has at least one side
        return claim_order(shown)


@dataclass
class MergeResult:
    claims: list[Claim]
    conflicts: list[Conflict]
    header: str

    def text(self) -> str:
        """claims.yaml: as extract writes it, with git's markers around each conflict."""
        if not self.conflicts:
            return render(self.claims, self.header)
        entries: list[tuple[tuple[str, int, int, str, str, str], list[str]]] = [
            (claim_order(claim), render_entry(claim)) for claim in self.claims
        ]
        for conflict in self.conflicts:
            lines = [OURS_MARKER]
            if conflict.ours is not None:
                lines.extend(render_entry(conflict.ours))
            lines.append(SPLIT_MARKER)
            if conflict.theirs is not None:
                lines.extend(render_entry(conflict.theirs))
            lines.append(THEIRS_MARKER)
            entries.append((conflict.order, lines))
        entries.sort(key=lambda entry: entry[0])
        lines = [self.header.rstrip("\n")] if self.header.strip() else []
        lines += ["version: 1", "claims:"]
        for _, entry in entries:
            lines.extend(entry)
        return "\n".join(lines) + "\n"


def _pair(base: Sequence[Claim], side: Sequence[Claim]) -> dict[int, int]:
    """Each base claim's index -> its version's index on ``side``: same identity,
    nearest position, identical decisions first."""
    candidates = []
    by_identity: dict[Identity, list[int]] = {}
    for i, claim in enumerate(side):
        by_identity.setdefault(identity(claim), []).append(i)
    for j, before in enumerate(base):
        for i in by_identity.get(identity(before), ()):
            after = side[i]
            candidates.append(
                (
                    abs(after.line - before.line),
                    abs(after.column - before.column),
                    decision(after) != decision(before),
                    j,
                    i,
                )
            )
    candidates.sort()
    paired: dict[int, int] = {}
    taken: set[int] = set()
    for *_, j, i in candidates:
        if j not in paired and i not in taken:
            paired[j] = i
            taken.add(i)
    return paired


def _moved(base: int, ours: int, theirs: int) -> int:
    """A position moved by either side, or the same on both, or differently on both
    (their shifts added: each side's edits above the claim moved it)."""
    if ours == theirs or theirs == base:
        return ours
    if ours == base:
        return theirs
    return max(1, ours + theirs - base)


def _three_way(base: Claim, ours: Claim, theirs: Claim) -> Claim | Conflict:
    if decision(ours) == decision(theirs) or decision(theirs) == decision(base):
        decided = ours
    elif decision(ours) == decision(base):
        decided = theirs
    elif ours.unreviewed_binding != theirs.unreviewed_binding:
        # extraction guessed again on one side, a person decided on the other: the
        # person's decision stands, as extract itself keeps it over a new guess
        decided = ours if theirs.unreviewed_binding else theirs
    else:
        return Conflict(ours, theirs)
    return msgspec.structs.replace(
        decided,
        line=_moved(base.line, ours.line, theirs.line),
        column=_moved(base.column, ours.column, theirs.column),
    )


def _added_on_both(ours: Claim, theirs: Claim) -> Claim | Conflict:
    """One claim both sides added: extraction's unreviewed guess on one side gives
    way to a decision on the other (it stands in for the base neither side had)."""
    if decision(ours) == decision(theirs):
        return ours
    if ours.unreviewed_binding and not theirs.unreviewed_binding:
        return theirs
    if theirs.unreviewed_binding and not ours.unreviewed_binding:
        return ours
    return Conflict(ours, theirs)


def _header(base: str, ours: str, theirs: str) -> str:
    return theirs if ours == base else ours


def merge_claims(base: str, ours: str, theirs: str, names: Sequence[str] = ()) -> MergeResult:
    """Merge the texts of three claims.yaml files (``names`` label them in errors).

    Raises ``InputError`` for a text that is not a valid claims.yaml.
    """
    labels = list(names) or ["base", "ours", "theirs"]
    # Where a claim stood in its file is no part of it here.
    base_claims, our_claims, their_claims = (
        [msgspec.structs.replace(c, source_line=0) for c in parse_claims(text, label, None)]
        for text, label in zip((base, ours, theirs), labels, strict=True)
    )
    merged: list[Claim] = []
    conflicts: list[Conflict] = []

    def keep(outcome: Claim | Conflict) -> None:
        if isinstance(outcome, Conflict):
            conflicts.append(outcome)
        else:
            merged.append(outcome)

    our_version = _pair(base_claims, our_claims)
    their_version = _pair(base_claims, their_claims)
    for j, before in enumerate(base_claims):
        o = our_claims[our_version[j]] if j in our_version else None
        t = their_claims[their_version[j]] if j in their_version else None
        if o is not None and t is not None:
            keep(_three_way(before, o, t))
        elif o is not None or t is not None:
            kept = o if o is not None else t
            assert kept is not None
            # deleted on one side, decided on the other (a new guess of extraction's
            # decides nothing: deleted)
            if decision(kept) != decision(before) and not kept.unreviewed_binding:
                keep(Conflict(o, t))
        # deleted on both sides: gone
    ours_paired, theirs_paired = set(our_version.values()), set(their_version.values())
    our_new = [c for i, c in enumerate(our_claims) if i not in ours_paired]
    their_new = [c for i, c in enumerate(their_claims) if i not in theirs_paired]
    at_place: dict[tuple[Identity, int, int], Claim] = {}
    for claim in their_new:
        at_place.setdefault((identity(claim), claim.line, claim.column), claim)
    for claim in our_new:
        twin = at_place.pop((identity(claim), claim.line, claim.column), None)
        keep(_added_on_both(claim, twin) if twin is not None else claim)
    for claim in their_new:
        if at_place.get((identity(claim), claim.line, claim.column)) is claim:
            keep(claim)
    header = _header(header_of(base), header_of(ours), header_of(theirs))
    return MergeResult(merged, conflicts, header)


def _read(path: Path, label: str) -> str:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(label, f"cannot be read: {exc.strerror or exc}") from None
    return decode_text(data, label)


def run(base: str, ours: str, theirs: str, out: TextIO, err: TextIO) -> int:
    """The command: merge into ``ours``; 0 merged, 1 conflicts marked, 2 bad input."""
    try:
        texts = [_read(Path(name), name) for name in (base, ours, theirs)]
        result = merge_claims(texts[0], texts[1], texts[2], names=(base, ours, theirs))
    except InputError as exc:
        print(str(exc), file=err)
        return EXIT_INPUT
    # The line endings ours had, as extract keeps them (a Windows checkout stays CRLF).
    ending = line_ending(Path(ours))
    Path(ours).write_text(result.text().replace("\n", ending), encoding="utf-8", newline="")
    if result.conflicts:
        for conflict in result.conflicts:
            shown = conflict.ours if conflict.ours is not None else conflict.theirs
            assert shown is not None
            print(
                f"{shown.article}:{shown.line}:{shown.column}: conflict: the claim"
                f" {shown.quote!r} ({shown.kind}) was decided differently on each side;"
                " keep one version between the markers in claims.yaml",
                file=err,
            )
        return EXIT_CONFLICT
    return EXIT_MERGED
