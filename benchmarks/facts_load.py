"""How fast a desk of 100,000 facts loads, against PyYAML's C loader on the same files.

    python benchmarks/facts_load.py [--facts 100000] [--runs 3]

Generates the facts of a seeded desk (benchmarks/make_desk.py: people, events,
counts and shares, 500 to a file) in a temporary folder, then times in this process,
best of ``--runs`` (CPU time, ``time.process_time``: other work on the machine
skews it less than wall time):

- the baseline: ``yaml.load(text, Loader=yaml.CSafeLoader)`` of every fact file,
  reading it included: plain data, no positions, no checks, each dropped once read;
- cold: ``load_facts``, reading every file into typed, checked, positioned facts;
- warm: the same facts from the parse cache (.factsuite_cache/), as ``Desk.load``
  finds them when no file changed, and ``Desk.load`` as a whole (settings, the
  cache, the name index); CPU time, and wall time beside it (the aim is in wall
  seconds on an idle machine, where the two agree).

Aims (issue 17): cold at most 1.5x the baseline, warm at most 0.3 s.
"""

from __future__ import annotations

import argparse
import gc
import math
import random
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

import yaml
from make_desk import fact_files as fact_file_texts
from make_desk import make_facts

from factsuite.cache import load_cached
from factsuite.desk import CLAIMS_FILE, Desk
from factsuite.facts import FactBase, fact_files, load_facts
from factsuite.scaffold import PYPROJECT

COLD_AIM = 1.5
WARM_AIM = 0.3  # seconds


def write_facts(folder: Path, facts: int, seed: int) -> None:
    """A desk with about ``facts`` facts (make_desk makes eight per ten articles)."""
    for name, text in fact_file_texts(*make_facts(random.Random(seed), facts * 10 // 8)).items():
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_text(text, encoding="utf-8")
    (folder / "articles").mkdir()
    (folder / CLAIMS_FILE).write_text("version: 1\nclaims: []\n", encoding="utf-8")
    (folder / "pyproject.toml").write_text(PYPROJECT, encoding="utf-8")


def best(runs: int, work: Callable[[], object], clock: Callable[[], float]) -> float:
    times = []
    for _ in range(runs):
        start = clock()
        result = work()
        times.append(clock() - start)
        del result
        gc.collect()  # what one run left is not the next one's cost
    return min(times)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--facts", type=int, default=100_000, help="(default: 100000)")
    parser.add_argument("--runs", type=int, default=3, help="best of (default: 3)")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)

    with tempfile.TemporaryDirectory(prefix="factsuite-bench-") as folder:
        root = Path(folder)
        write_facts(root, args.facts, args.seed)
        files = fact_files(root / "facts", root)
        megabytes = sum(f.stat().st_size for f in files) / 1e6

        def baseline() -> None:
            # Each document is dropped once read: kept, they would cost the baseline
            # the garbage collector's walks over them, a cost load_facts avoids.
            for file in files:
                yaml.load(file.read_text(encoding="utf-8"), Loader=yaml.CSafeLoader)

        def cold() -> FactBase:
            return load_facts(files, root)

        # Taken in turns, so that a busy spell on the machine falls on both; and
        # while this process holds nothing else: the collector's walks over objects
        # kept alive would be charged to whichever ran then.
        base_time, cold_time = math.inf, math.inf
        for _ in range(args.runs):
            base_time = min(base_time, best(1, baseline, time.process_time))
            cold_time = min(cold_time, best(1, cold, time.process_time))
        print(f"{len(cold()):,} facts in {len(files)} files, {megabytes:.1f} MB")
        Desk.load(root)  # fill the cache

        def warm() -> FactBase:
            inputs = [*files, root / CLAIMS_FILE, root / "pyproject.toml"]
            return load_cached(root, inputs, lambda: (cold(), []))[0]

        warm_time = best(args.runs, warm, time.process_time)
        warm_wall = best(args.runs, warm, time.perf_counter)
        desk_time = best(args.runs, lambda: Desk.load(root), time.process_time)
        desk_wall = best(args.runs, lambda: Desk.load(root), time.perf_counter)
        ratio = cold_time / base_time
        print(f"\n{'':<36}{'CPU s':>8}{'ratio':>8}{'wall s':>8}")
        print(f"{'yaml.load, CSafeLoader (baseline)':<36}{base_time:>8.2f}{1:>8.2f}")
        print(f"{'load_facts, cold':<36}{cold_time:>8.2f}{ratio:>8.2f}")
        print(f"{'facts from the cache, warm':<36}{warm_time:>8.3f}{'':>8}{warm_wall:>8.3f}")
        print(f"{'Desk.load, warm':<36}{desk_time:>8.3f}{'':>8}{desk_wall:>8.3f}")
        print(
            f"\ncold: {'within' if ratio <= COLD_AIM else 'NOT within'} {COLD_AIM}x the baseline;"
            f" warm facts: {'within' if warm_time <= WARM_AIM else 'NOT within'} {WARM_AIM} s;"
            f" warm Desk.load: {'within' if desk_time <= WARM_AIM else 'NOT within'} {WARM_AIM} s"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
