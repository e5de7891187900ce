"""Where the peer suites (Recognizers-Text and duckling cases) are, for the benchmarks
that read them."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

_CHECKOUT = Path(__file__).resolve().parents[1]


def find_peer() -> Path:
    """shared/benchmarks/peer beside the checkout, or beside one of its parents: a git
    worktree (/work/wt/<name>) sits a level deeper than the main checkout."""
    for up in _CHECKOUT.parents:
        found = up / "shared" / "benchmarks" / "peer"
        if found.is_dir():
            return found
    return _CHECKOUT.parent / "shared" / "benchmarks" / "peer"


# ---------------------------------------------------------------------------
# What both peer scripts share: the suites' own flags, factsuite's disputes, and
# the way every in-scope line is counted.

DISPUTES = Path(__file__).resolve().parent / "peer_disputes.yaml"
SUITE_FLAGS = ("not_supported", "ref_impl_fails", "ambiguous")


@dataclass(frozen=True)
class Dispute:
    """A way factsuite, a reader of news, reads a class of the suites' phrasings
    otherwise than the suite expects: the lines it covers are scored as misses and
    listed under this reason, never left out."""

    reason: str
    reader: str  # "numbers" or "dates": the script whose lines these are
    why: str
    ids: tuple[str, ...]


def load_disputes(path: Path = DISPUTES) -> list[Dispute]:
    raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    if not isinstance(raw, list):
        raise ValueError(f"{path}: a list of reasons")
    out = []
    for n, entry in enumerate(raw, 1):
        if not isinstance(entry, dict) or set(entry) != {"reason", "reader", "why", "ids"}:
            raise ValueError(f"{path}: reason {n} needs exactly reason, reader, why, ids")
        if entry["reader"] not in ("numbers", "dates"):
            raise ValueError(f"{path}: reason {n}: reader is numbers or dates")
        out.append(Dispute(entry["reason"], entry["reader"], entry["why"], tuple(entry["ids"])))
    return out


def suite_flags(flags: dict[str, Any]) -> list[str]:
    """The suite's own reasons a reader may differ on a line ([] for none)."""
    return [f for f in SUITE_FLAGS if flags.get(f)]


@dataclass
class Count:
    ok: int = 0
    n: int = 0

    def add(self, correct: bool) -> None:
        self.ok += int(correct)
        self.n += 1

    def __str__(self) -> str:
        if self.n == 0:
            return "-"
        return f"{self.ok}/{self.n} {100 * self.ok / self.n:5.1f}%"


@dataclass
class Miss:
    id: str
    text: str
    expected: str
    got: str


@dataclass
class Scoreboard:
    """Every in-scope line counted once: overall, by the suite's flags, and the misses
    factsuite disputes grouped by reason."""

    reader: str
    disputes: list[Dispute]
    overall: Count = field(default_factory=Count)
    by_flag: dict[str, Count] = field(default_factory=lambda: defaultdict(Count))
    disputed: dict[str, list[Miss]] = field(default_factory=lambda: defaultdict(list))
    misses: list[Miss] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._reason_of = {
            i: d.reason for d in self.disputes if d.reader == self.reader for i in d.ids
        }

    def add(self, line: dict[str, Any], correct: bool, expected: str, got: str) -> None:
        self.overall.add(correct)
        for flag in suite_flags(line["flags"]) or ["none"]:
            self.by_flag[flag].add(correct)
        if correct:
            return
        miss = Miss(line["id"], line["text"], expected, got)
        reason = self._reason_of.get(line["id"])
        if reason is None:
            self.misses.append(miss)
        else:
            self.disputed[reason].append(miss)

    def print(self, show_lines: bool) -> None:
        print(f"\nevery in-scope line, scored: {self.overall}")
        print("  by the suite's own flags (a line may carry two):")
        for flag in (*SUITE_FLAGS, "none"):
            print(f"    {flag:16s} {self.by_flag[flag]!s:>18s}")
        n_disputed = sum(len(v) for v in self.disputed.values())
        print(
            f"  misses: {self.overall.n - self.overall.ok}, of which {n_disputed} disputed by"
            f" factsuite and {len(self.misses)} not"
        )
        print("\ndisputed by factsuite (scored as misses above; reasons in peer_disputes.yaml)")
        for d in self.disputes:
            if d.reader != self.reader or not self.disputed[d.reason]:
                continue
            print(f"  {len(self.disputed[d.reason]):4d}  {d.reason}\n        why: {d.why}")
            if show_lines:
                for m in self.disputed[d.reason]:
                    print(f"        [{m.id}] {m.text[:70]!r}\n          expected {m.expected}")
                    print(f"          got      {m.got}")
        if show_lines and self.misses:
            print("\nmisses not disputed")
            for m in self.misses:
                print(
                    f"  [{m.id}] {m.text[:70]!r}\n    expected {m.expected}\n    got      {m.got}"
                )
