"""Throughput of extraction, on one core, against reading the files and one regex.

Run from the repository root:  python benchmarks/extraction_speed.py [--mb 5] [--repeat 3]

Builds a synthetic corpus from the sample articles (each synthetic article is a
sample article's front matter and its paragraphs in a shuffled order, seeded), writes
it to a temporary desk, then times, in the same run and on the same files:

- the baseline: reading every file and running one compiled regex (``\\d+``) over it;
- extraction: reading and parsing every article and extracting its claims
  (``Extractor.extract``), as ``factsuite extract`` does.

Prints MB/s for both, their ratio, and where extraction spends its time. Times are
CPU time of this process (``time.process_time``), best of ``--repeat`` runs: the
figures are for one core, and other work on the machine does not skew them as it
does wall-clock time.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from srctree import use_source_tree

# the source measured: src/, or --src DIR to measure an older commit in the same run
use_source_tree(sys.argv)

# factsuite is imported only once the source to measure is on the path.
from factsuite import dates, numbers  # noqa: E402
from factsuite.articles import load_article  # noqa: E402
from factsuite.desk import Desk  # noqa: E402
from factsuite.extraction import Extractor, binding, lexicon, pipeline  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
_SPLIT = re.compile(r"\A(---\n.*?\n---\n)(.*)\Z", re.S)


def build_corpus(folder: Path, megabytes: float, seed: int = 7) -> list[Path]:
    samples = []
    for file in sorted((ROOT / "articles").glob("*.md")):
        match = _SPLIT.match(file.read_text(encoding="utf-8"))
        assert match, file
        samples.append(
            (match.group(1), [p for p in re.split(r"\n(?=\S)", match.group(2)) if p.strip()])
        )
    rng = random.Random(seed)
    target = int(megabytes * 1_000_000)
    files: list[Path] = []
    size = 0
    while size < target:
        front, paragraphs = samples[len(files) % len(samples)]
        shuffled = paragraphs[:]
        rng.shuffle(shuffled)
        text = front + "\n".join(p.rstrip("\n") for p in shuffled) + "\n"
        path = folder / f"{len(files):06d}.md"
        path.write_text(text, encoding="utf-8")
        files.append(path)
        size += len(text.encode("utf-8"))
    return files


def timed(label: str, totals: dict[str, float], function: Callable[..., Any]) -> Callable[..., Any]:
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        start = time.process_time()
        try:
            return function(*args, **kwargs)
        finally:
            totals[label] = totals.get(label, 0.0) + time.process_time() - start

    return wrapper


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=5.0, help="corpus size in MB (default 5)")
    parser.add_argument("--repeat", type=int, default=3, help="runs of each; the best is kept")
    parser.add_argument(
        "--src", metavar="DIR", help="measure the factsuite package under DIR (read at import)"
    )
    args = parser.parse_args()
    desk = Desk.load(ROOT)
    extractor = Extractor(desk.facts, desk.context)
    with tempfile.TemporaryDirectory() as temporary:
        folder = Path(temporary)
        files = build_corpus(folder, args.mb)
        size = sum(f.stat().st_size for f in files) / 1e6
        digits = re.compile(r"\d+")

        def baseline() -> int:
            found = 0
            for file in files:
                found += len(digits.findall(file.read_text(encoding="utf-8")))
            return found

        def extraction() -> int:
            found = 0
            for file in files:
                found += len(extractor.extract(load_article(file, file.name)))
            return found

        best_base = min(_time(baseline) for _ in range(args.repeat))
        best_extract = min(_time(extraction) for _ in range(args.repeat))
        claims = extraction()
        # Where the time goes: one more run with the stages wrapped in timers.
        totals: dict[str, float] = {}
        saved = []
        for module, name in [
            (dates, "find_dates"),
            (numbers, "find_numbers"),
            (pipeline, "find_entities"),
            (pipeline, "find_role_phrases"),
            (pipeline, "find_attributes"),
            (pipeline, "find_values"),
            (pipeline, "fold_text"),
            (pipeline, "document_of"),
        ]:
            saved.append((module, name, getattr(module, name)))
            setattr(module, name, timed(name, totals, getattr(module, name)))
        scan = lexicon.Lexicon.scan
        bind = binding.Binder.bind
        lexicon.Lexicon.scan = timed("Lexicon.scan", totals, scan)  # type: ignore[method-assign]
        binding.Binder.bind = timed("Binder.bind", totals, bind)  # type: ignore[method-assign]
        start = time.process_time()
        extraction()
        profiled = time.process_time() - start
        for module, name, original in saved:
            setattr(module, name, original)
        lexicon.Lexicon.scan = scan  # type: ignore[method-assign]
        binding.Binder.bind = bind  # type: ignore[method-assign]
    print(f"corpus: {len(files)} articles, {size:.1f} MB (synthetic, from the sample articles)")
    print(f"baseline (read + one compiled regex \\d+): {size / best_base:8.1f} MB/s")
    print(f"extraction ({claims} claims):              {size / best_extract:8.2f} MB/s")
    print(f"ratio extraction / baseline: {best_base / best_extract:.3f}x")
    print("CPU time by stage (one profiled run; find_dates/find_numbers are inside find_values):")
    for name, seconds in sorted(totals.items(), key=lambda kv: -kv[1]):
        print(f"  {name:20s} {seconds:7.2f} s  {100 * seconds / profiled:5.1f}%")
    return 0


def _time(function: Callable[[], int]) -> float:
    start = time.process_time()
    function()
    return time.process_time() - start


if __name__ == "__main__":
    raise SystemExit(main())
