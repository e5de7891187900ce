"""How much of the reviewed claims.yaml extraction finds on its own, and what it adds.

Run from the repository root:  python benchmarks/extraction_quality.py [DESK] [--list]

Extracts every article of the desk (default: the sample desk at the repository root)
from scratch, without reading claims.yaml, then compares with the reviewed claims:

- recall: the share of reviewed claims that extraction produced with the same
  article, quote span (where the quote stands now), kind and fact, and the same
  verdict from ``desk.judge``. A reviewed claim that a person confirmed without a
  fact (verdict unverifiable, with the reason they wrote) comes out of extraction
  unbound and pending (needs-review): both are skipped by the gate, so the figure is
  printed twice, strictly and counting that pair as equal;
- extra failures: claims extraction produces that fail the gate (contradicts,
  misspelled, outdated) and that the reviewed set does not fail the same way. The
  aim is none: a false failure blocks a writer for nothing;
- what else extraction adds, by verdict (mostly unbound claims left for review).
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from factsuite.articles import article_files
from factsuite.compare import locate
from factsuite.desk import Desk
from factsuite.extraction import Extractor
from factsuite.model import Claim, Result, Verdict

Key = tuple[str, int, int, str, str | None]
_SKIPS = {Verdict.UNVERIFIABLE, Verdict.NEEDS_REVIEW}


def key(desk: Desk, claim: Claim) -> Key:
    article = desk.article(claim.article)
    where = locate(claim, article) or (-1, -1)
    return (claim.article, where[0], where[1], claim.kind, claim.fact)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("desk", nargs="?", default=str(Path(__file__).resolve().parents[1]))
    parser.add_argument("--list", action="store_true", help="list misses and additions")
    args = parser.parse_args()
    desk = Desk.load(Path(args.desk))
    extractor = Extractor(desk.facts, desk.context)
    extracted: list[Claim] = []
    for file in article_files(desk.articles_dir):
        extracted.extend(extractor.extract(desk.article(file.relative_to(desk.root).as_posix())))
    found: dict[Key, Result] = {key(desk, c): desk.judge(c) for c in extracted}
    gold = [(c, desk.judge(c)) for c in desk.claims]
    gold_keys = {key(desk, c): r for c, r in gold}

    strict = lenient = 0
    misses = []
    for claim, result in gold:
        mine: Result | None = found.get(key(desk, claim))
        if mine is not None and mine.verdict == result.verdict:
            strict += 1
            lenient += 1
        elif mine is not None and {mine.verdict, result.verdict} <= _SKIPS and claim.fact is None:
            lenient += 1
            misses.append(("skip-equal", claim, result.verdict.value, mine.verdict.value))
        else:
            misses.append(
                ("missed", claim, result.verdict.value, mine.verdict.value if mine else "-")
            )
    extra_failures = []
    additions: Counter[str] = Counter()
    added = []
    for k, result in found.items():
        reviewed = gold_keys.get(k)
        if result.outcome == "failed" and (reviewed is None or reviewed.verdict != result.verdict):
            extra_failures.append(result)
        if reviewed is None:
            additions[result.verdict.value] += 1
            added.append(result)

    total = len(gold)
    print(f"desk: {desk.root}")
    print(f"reviewed claims: {total}; extracted claims: {len(extracted)}")
    share = 100 / max(total, 1)
    print(f"recall (same span, kind, fact and verdict): {strict}/{total} = {share * strict:.1f}%")
    print(
        f"recall, unbound-pending counted equal to confirmed-unverifiable: {lenient}/{total}"
        f" = {share * lenient:.1f}%"
    )
    print(f"extra failures (failing claims the reviewed set does not fail): {len(extra_failures)}")
    print(
        "claims added beyond the reviewed set, by verdict: "
        + (", ".join(f"{n} {v}" for v, n in sorted(additions.items())) or "none")
    )
    if args.list or extra_failures:
        for result in extra_failures:
            c = result.claim
            print(
                f"  EXTRA FAILURE {c.article}:{c.line}:{c.column} {c.quote!r} {c.kind} {c.fact}:"
                f" {result.message}"
            )
    if args.list:
        for why, claim, theirs, extracted_verdict in misses:
            print(
                f"  {why}: {claim.article}:{claim.line}:{claim.column} {claim.quote!r} {claim.kind}"
                f" {claim.fact} (reviewed {theirs}, extracted {extracted_verdict})"
            )
        for result in added:
            c = result.claim
            print(
                f"  added: {c.article}:{c.line}:{c.column} {c.quote!r} {c.kind} {c.fact}"
                f" {result.verdict.value}"
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
