"""How long `factsuite review` takes to save one decision in a large claims.yaml.

Run from the repository root:  python benchmarks/review_save.py [--copies N]

The sample desk's claims, copied under N article names (70 copies: some 10,000
claims, a desk of a few hundred articles), are written as `factsuite extract` writes
them. Timed in the same run, on the same text:

- baseline: rendering the whole file, as `factsuite extract` does on each run;
- a decision as review saves it: the claim's own lines edited and read back
  (reviewing.edits.apply told where the claim starts, then the claim parsed alone);
- the same decision reading the whole file (apply not told, and a full parse), as a
  review without the shortcut would.

Figures are ratios against the baseline, so they hold on a slower or busier machine.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from pathlib import Path

import msgspec

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from factsuite.claims import parse_claims
from factsuite.desk import Desk
from factsuite.extraction.claimsfile import render
from factsuite.reviewing.edits import ClaimKey, Decided, apply, item_span

REPO = Path(__file__).resolve().parents[1]


def best_of(runs: int, work: Callable[[], object]) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--copies", type=int, default=70)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()

    desk = Desk.load(REPO)
    claims = [
        msgspec.structs.replace(claim, article=f"articles/copy{n:03d}/{claim.article[9:]}")
        for n in range(args.copies)
        for claim in desk.claims
    ]
    text = render(claims)
    parsed = parse_claims(text, "claims.yaml", desk.facts, REPO)
    chosen = parsed[len(parsed) // 2]
    key = ClaimKey.of(chosen)
    decided = Decided(chosen.kind, chosen.fact, "ignored", "benchmark")

    def one_claim() -> None:
        after = apply(text, key, decided, near=chosen.source_line)
        span = item_span(after, chosen.source_line - 1)
        assert span is not None
        parse_claims("claims:\n" + after[span[1] : span[2]], "claims.yaml", desk.facts, REPO)

    def whole_file() -> None:
        parse_claims(apply(text, key, decided), "claims.yaml", desk.facts, REPO)

    baseline = best_of(args.runs, lambda: render(claims))
    fast = best_of(args.runs, one_claim)
    slow = best_of(args.runs, whole_file)
    print(f"{len(claims)} claims, {len(text) // 1024} KB of claims.yaml")
    print(f"baseline (render the whole file, as extract): {baseline:.3f} s = 1.00")
    print(f"review, one decision saved:                   {fast / baseline:.3f} x baseline")
    print(f"the same, reading the whole file:             {slow / baseline:.3f} x baseline")
    print(f"one decision is {slow / fast:.0f}x faster than reading the whole file")


if __name__ == "__main__":
    main()
