"""A review session: the queue, each decision saved at once, undo, and other writers.

Every save goes through claimswrite.py (the lock, the unchanged-since-read check, the
atomic replace). When someone saved claims.yaml since the session read it, the
session reads it again and never writes over their edit: a decision on a claim they
left as it was is applied to their copy and saved; a decision on a claim they changed
is dropped, and the claim is shown as they left it. Each such event leaves a note for
the screen to show.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import msgspec

from factsuite.claims import parse_claims
from factsuite.claimswrite import ChangedSinceReadError, Snapshot, read_snapshot, write_claims
from factsuite.desk import CLAIMS_FILE, Desk
from factsuite.errors import InputError
from factsuite.model import Claim
from factsuite.paths import check_rewritable
from factsuite.report import summary
from factsuite.reviewing.edits import (
    ClaimKey,
    Decided,
    NotEditableError,
    apply,
    find,
    item_span,
)
from factsuite.reviewing.queue import Item, awaiting, awaits_person, review_item
from factsuite.textfile import line_ending

# Saves by others between reading and writing, in a row, before giving up for now.
_ATTEMPTS = 3
CHANGED_ELSEWHERE = "claims.yaml was saved by someone else meanwhile: read it again"


@dataclass(frozen=True)
class Done:
    """A decision saved, enough to undo it: the claim as the decision left it, what
    it was before, and where in the queue it was made."""

    key: ClaimKey
    before: Decided
    after: Decided
    position: int


@dataclass
class Session:
    """The claims awaiting a person (their keys, in claims.yaml's order) and the
    decisions made on them."""

    desk: Desk
    snapshot: Snapshot
    claims: list[Claim]
    queue: list[ClaimKey]
    position: int = 0
    done: list[Done] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    @classmethod
    def start(cls, desk: Desk, articles: set[str] | None = None) -> Session:
        """A session over the claims of ``articles`` (every article when None)."""
        snapshot = read_snapshot(desk.root / CLAIMS_FILE, CLAIMS_FILE)
        claims = _parse(desk, snapshot.text)
        queue = [ClaimKey.of(result.claim) for result in awaiting(desk, claims, articles)]
        return cls(desk, snapshot, claims, queue)

    # Reading ------------------------------------------------------------------------

    def refresh(self) -> bool:
        """Read claims.yaml again if someone saved it; whether they had."""
        latest = read_snapshot(self.desk.root / CLAIMS_FILE, CLAIMS_FILE)
        if latest.digest == self.snapshot.digest:
            return False
        self.claims = _parse(self.desk, latest.text)
        self.snapshot = latest
        return True

    def current(self) -> Item | None:
        """The claim at the queue's position, as the file holds it now; a claim that
        no longer awaits a person (someone decided it meanwhile) is passed by."""
        if self.refresh():
            self.notes.append(CHANGED_ELSEWHERE)
        while self.position < len(self.queue):
            claim = find(self.claims, self.queue[self.position])
            if claim is not None:
                found = review_item(self.desk, claim)
                if awaits_person(found.result):
                    return found
            key = self.queue[self.position]
            self.notes.append(
                f"{key.article}:{key.line}:{key.column}: {key.quote!r} was reviewed"
                " or removed by someone else meanwhile: passed by"
            )
            self.position += 1
        return None

    def next(self) -> None:
        self.position += 1

    @property
    def remaining(self) -> int:
        return len(self.queue) - self.position

    # Writing ------------------------------------------------------------------------

    def decide(self, key: ClaimKey, decided: Decided) -> bool:
        """Save ``decided`` for the claim ``key`` names, at once. False (and a note)
        when it was not saved: someone changed that claim meanwhile."""
        claim = find(self.claims, key)
        if claim is None:
            self.notes.append(f"{key.quote!r} is no longer in claims.yaml: nothing written")
            return False
        before = Decided.of(claim)
        if not self._save(key, before, decided):
            return False
        after = key.with_kind(decided.kind)
        self.done.append(Done(after, before, decided, self.position))
        if self.position < len(self.queue) and self.queue[self.position] == key:
            self.queue[self.position] = after
        return True

    def undo(self) -> bool:
        """Restore the claim of the last decision to what it was, in the file too."""
        if not self.done:
            self.notes.append("nothing to undo")
            return False
        last = self.done[-1]
        if self.refresh():
            self.notes.append(CHANGED_ELSEWHERE)
        if not self._save(last.key, last.after, last.before):
            self.done.pop()  # someone else's edit of that claim stands: nothing to undo
            return False
        self.done.pop()
        self.position = last.position
        restored = last.key.with_kind(last.before.kind)
        if self.position < len(self.queue):
            self.queue[self.position] = restored
        self.notes.append(f"undone: {last.key.quote!r} is {_describe(last.before)} again")
        return True

    def _save(self, key: ClaimKey, expected: Decided, decided: Decided) -> bool:
        """Write ``decided`` if the claim is still ``expected`` in the file, reading it
        again (once, then each time it changes) when someone saved it meanwhile."""
        for _ in range(_ATTEMPTS):
            claim = find(self.claims, key)
            if claim is None or Decided.of(claim) != expected:
                self.notes.append(
                    f"{key.article}:{key.line}:{key.column}: {key.quote!r} was changed by"
                    " someone else meanwhile: nothing written, it stands as they left it"
                )
                return False
            try:
                text = apply(self.snapshot.text or "", key, decided, near=claim.source_line)
            except NotEditableError as exc:
                self.notes.append(str(exc))
                return False
            claims = self._reparsed(text, claim)  # refuses what the gate would refuse
            try:
                self._write(text)
            except ChangedSinceReadError as exc:
                if not self.refresh():  # the lock stayed taken: say so, write nothing
                    self.notes.append(str(exc))
                    return False
                self.notes.append(CHANGED_ELSEWHERE)
                continue
            self.claims = claims
            return True
        self.notes.append(f"{CLAIMS_FILE} keeps changing: nothing written; try again")
        return False

    def _reparsed(self, text: str, claim: Claim) -> list[Claim]:
        """The claims of ``text``, which differs from the file last read only in the
        lines of ``claim``: those lines are read again, not the whole file (ten thousand
        claims take seconds to read); the claims after them move by the lines added
        or dropped. The whole file is read when those lines do not hold one claim."""
        span = item_span(text, claim.source_line - 1)
        index = next((i for i, c in enumerate(self.claims) if c is claim), None)
        if span is not None and index is not None:
            try:
                parsed = parse_claims(
                    "claims:\n" + text[span[1] : span[2]],
                    CLAIMS_FILE,
                    self.desk.facts,
                    self.desk.root,
                )
            except InputError:
                parsed = []  # read the whole file: its error names the right line
            if len(parsed) == 1:
                moved = text.count("\n") - (self.snapshot.text or "").count("\n")
                return [
                    *self.claims[:index],
                    msgspec.structs.replace(parsed[0], source_line=claim.source_line),
                    *(
                        msgspec.structs.replace(c, source_line=c.source_line + moved)
                        for c in self.claims[index + 1 :]
                    ),
                ]
        return _parse(self.desk, text)

    def _write(self, text: str) -> None:
        path = self.desk.root / CLAIMS_FILE
        check_rewritable(path, CLAIMS_FILE)
        stored = text.replace("\n", line_ending(path))
        try:
            self.snapshot = write_claims(path, stored, self.snapshot, CLAIMS_FILE)
        except OSError as exc:
            raise InputError(CLAIMS_FILE, f"cannot be written: {exc.strerror or exc}") from None


def _parse(desk: Desk, text: str | None) -> list[Claim]:
    return parse_claims(text or "", CLAIMS_FILE, desk.facts, desk.root)


def _describe(decided: Decided) -> str:
    bound = f"bound to {decided.fact}" if decided.fact else "bound to no fact"
    return f"{decided.status}, {bound}"


def gate_summary(root_desk: Desk) -> str:
    """The summary line ``factsuite check`` prints for the whole desk, as it stands."""
    desk = Desk.load(root_desk.root, strict=root_desk.strict)
    claims = desk.checked_claims()
    return summary(desk.results(desk.gate_claims(claims, desk.article_paths())))
