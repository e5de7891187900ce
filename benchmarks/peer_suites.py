"""Where the peer suites (Recognizers-Text and duckling cases) are, for the benchmarks
that read them."""

from __future__ import annotations

from pathlib import Path

_CHECKOUT = Path(__file__).resolve().parents[1]


def find_peer() -> Path:
    """shared/benchmarks/peer beside the checkout, or beside one of its parents: a git
    worktree (/work/wt/<name>) sits a level deeper than the main checkout."""
    for up in _CHECKOUT.parents:
        found = up / "shared" / "benchmarks" / "peer"
        if found.is_dir():
            return found
    return _CHECKOUT.parent / "shared" / "benchmarks" / "peer"
