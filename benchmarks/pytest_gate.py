"""What the pytest gate costs on a large desk, against pytest's own cost for the same items.

    python benchmarks/pytest_gate.py [--sizes 1000,10000] [--runs 1] [--modes abcd]

For each size, generates a seeded desk (benchmarks/make_desk.py) in a temporary
folder, runs the gate once to fill the desk's parse cache and learn each claim's
outcome, and writes beside it a trivial project: one parametrized test with one item
per claim, passing, failing and skipping in the same order as the claims do. It then
times, as separate processes (``-q -p no:cacheprovider``, warm caches), alternating
so that load on the machine falls on all alike:

- (a) ``pytest``: the gate, one item per claim;
- (b) the trivial suite: pytest's own cost for those items and outcomes (the baseline);
- (c) ``pytest --factsuite-items=article``: one item per article;
- (d) ``pytest --collect-only``: the gate's collection alone;
- (e) ``pytest`` with no verdicts kept (the kept verdicts moved aside for the run,
  and put back after it): what a run costs after a change of the facts or the
  code, or in a CI job that does not keep the desk's cache;
- (f) the trivial suite with the plugin's index of teardown reports (plugin.py), which
  any suite could use: how much of (a)'s gain over (b) is that index alone.

The warm-up run keeps every article's verdicts (plugin.py), so (a), (c) and (d) give
them again, as a second run over an unchanged desk does.

``--modes`` times only some of them (``cd`` on a busy machine: per article and
collection alone). ``--desks`` times desks made before (by make_desk.py, kept warm)
instead of generating them; ``--old-src SRC`` times (a) and (c) a second time with
the factsuite package under SRC first on PYTHONPATH (the code before a change, from
``git archive``), on a copy of each desk beside it (``DESK-old``, made and warmed
when missing: each code keys its own caches), alternating with the rest. The
outcomes come from a per-article run: its JSON report is the per-claim report in
claim terms, at a fraction of the cost.

Each is printed with its ratio to (b) of the same size (and the machine's load
average when it was printed), and, between the smallest
and largest size, its growth exponent: log(time ratio) / log(size ratio), 1.0 being
linear. Wall-clock time comes first; the CPU time (user + system) of the pytest
process follows, steadier when other work shares the machine's cores. Targets
(issue 17): (a) at most 1.1x (b); (c) under 30 s on 10,000 articles;
exponents at most 1.05 between 1,000 and 50,000 articles.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from make_desk import make_desk

PYTEST = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider"]
TRIVIAL_PYPROJECT = """\
[tool.pytest.ini_options]
testpaths = ["tests"]
"""
TRIVIAL_TEST = """\
import pytest

OUTCOMES = {outcomes!r}


@pytest.mark.parametrize("index", range(len(OUTCOMES)))
def test_claim(index):
    outcome = OUTCOMES[index]
    if outcome == "s":
        pytest.skip("unverifiable")
    if outcome == "f":
        pytest.fail("contradicts", pytrace=False)
"""
# The trivial suite given the gate's index of teardown reports (plugin.py), for (f).
TRIVIAL_INDEXED_CONFTEST = """\
from factsuite.plugin import _teardown_reports_indexed


def pytest_sessionstart(session):
    reporter = session.config.pluginmanager.get_plugin("terminalreporter")
    if reporter is not None:
        _teardown_reports_indexed(reporter)
"""
LETTERS = {"passed": "p", "failed": "f", "skipped": "s"}
RUNS = {
    "(a) per claim": [],
    "(b) trivial": [],
    "(c) per article": ["--factsuite-items=article"],
    "(d) collect-only": ["--collect-only"],
    "(e) per claim, none kept": [],
    "(f) trivial, indexed": [],
}
KEPT = Path(".factsuite_cache") / "gate.msgpack"  # plugin.py's kept verdicts


def run(command: list[str], cwd: Path, src: Path | None = None) -> tuple[float, float]:
    """The command's wall-clock seconds and CPU seconds (user + system); ``src``
    first on PYTHONPATH when given."""
    env = None
    if src is not None:
        env = {
            **os.environ,
            "PYTHONPATH": os.pathsep.join(filter(None, [str(src), os.environ.get("PYTHONPATH")])),
        }
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    done = subprocess.run(command, cwd=cwd, capture_output=True, text=True, check=False, env=env)
    elapsed = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode not in (0, 1):  # 1: a claim failed, still a full run
        sys.exit(f"{' '.join(command)} exited {done.returncode}:\n{done.stdout[-3000:]}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return elapsed, cpu


def prepare(root: Path, articles: int, needed: bool = True) -> tuple[Path, Path, int]:
    """The desk and its trivial twin (``twin``); returns both folders and the number
    of claims."""
    desk = root / "desk"
    make_desk(desk, articles, seed=1)
    trivial, claims = twin(desk, root, needed)
    return desk, trivial, claims


def twin(desk: Path, root: Path, needed: bool = True) -> tuple[Path, int]:
    """The trivial twin of ``desk``, in ``root``, and the number of claims; the
    desk's caches are warmed on the way. Unless ``needed`` (no mode times it), the
    twin is not written nor run: at 50,000 articles a run of it spends most of an
    hour in pytest's scan of every teardown report once per failure (the gate's
    index spares the gate that; see plugin.py)."""
    report = root / "report.json"
    # fills the parse cache too; per article, for speed: the report is in claim terms
    run([*PYTEST, "--factsuite-items=article", "--factsuite-report", str(report)], desk)
    results = json.loads(report.read_text(encoding="utf-8"))["results"]
    outcomes = "".join(LETTERS[r["outcome"]] for r in results)
    trivial = root / "trivial"
    counts = {name: outcomes.count(letter) for name, letter in LETTERS.items()}
    if not needed:
        print(f"{desk}: {len(results)} claims {counts}", flush=True)
        return trivial, len(results)
    (trivial / "tests").mkdir(parents=True)
    (trivial / "pyproject.toml").write_text(TRIVIAL_PYPROJECT, encoding="utf-8")
    test = trivial / "tests" / "test_claims.py"
    test.write_text(TRIVIAL_TEST.format(outcomes=outcomes), encoding="utf-8")
    run(PYTEST, trivial)  # bytecode written, files in the OS's cache
    indexed = trivial.with_name("trivial-indexed")
    shutil.copytree(trivial, indexed)
    (indexed / "conftest.py").write_text(TRIVIAL_INDEXED_CONFTEST, encoding="utf-8")
    print(f"{desk}: {len(results)} claims {counts}", flush=True)
    return trivial, len(results)


def old_desk(desk: Path, old_src: Path) -> Path:
    """The copy of ``desk`` the old code runs on, made and warmed when missing."""
    old = desk.with_name(desk.name + "-old")
    if not old.exists():
        shutil.copytree(desk, old, symlinks=True)
        run([*PYTEST, "--factsuite-items=article"], old, old_src)
    return old


def none_kept(desk: Path) -> tuple[float, float]:
    """A per-claim run of ``desk`` with its kept verdicts moved aside (judging every
    claim, and keeping what it judged), and them put back after it."""
    kept, aside = desk / KEPT, desk / KEPT.with_suffix(".aside")
    if kept.exists():
        kept.replace(aside)
    try:
        return run(PYTEST, desk)
    finally:
        if aside.exists():
            aside.replace(kept)


def load() -> str:
    """The machine's load average over the last minute (other work sharing it)."""
    try:
        return Path("/proc/loadavg").read_text(encoding="utf-8").split()[0]
    except OSError:
        return "?"


def measure(
    articles: int, runs: int, modes: str, desk: Path | None = None, old_src: Path | None = None
) -> dict[str, tuple[float, float]]:
    """Each run's median wall-clock and CPU seconds (and best CPU), by name."""
    chosen = {name: extra for name, extra in RUNS.items() if name[1] in modes}
    if old_src is not None:
        chosen.update({f"{n[:3]}0{n[3:]}, old": e for n, e in chosen.items() if n[1] in "ac"})
    with tempfile.TemporaryDirectory(prefix="factsuite-gate-") as folder:
        needed = bool(set(modes) & set("bf"))  # a mode that times the twin
        if desk is None:
            desk, trivial, _ = prepare(Path(folder), articles, needed)
        else:
            trivial, _ = twin(desk, Path(folder), needed)
        old = old_desk(desk, old_src) if old_src is not None else None
        times: dict[str, list[tuple[float, float]]] = {name: [] for name in chosen}
        for _ in range(runs):
            for name, extra in chosen.items():
                if name.endswith(", old"):
                    times[name].append(run([*PYTEST, *extra], old or desk, old_src))
                    continue
                where = trivial if name.startswith("(b)") else desk
                if name.startswith("(f)"):
                    where = trivial.with_name("trivial-indexed")
                if name.startswith("(e)"):
                    times[name].append(none_kept(desk))
                    continue
                times[name].append(run([*PYTEST, *extra], where))
    best = {name: min(v[1] for v in values) for name, values in times.items()}
    medians = {
        name: (statistics.median(v[0] for v in values), statistics.median(v[1] for v in values))
        for name, values in times.items()
    }
    baseline = medians.get("(b) trivial")
    least = best.get("(b) trivial")
    for name, (seconds, cpu) in medians.items():
        wall_ratio = f"{seconds / baseline[0]:>7.2f}x (b)" if baseline else ""
        cpu_ratio = f"{cpu / baseline[1]:>7.2f}x (b)" if baseline else ""
        best_ratio = (
            f"   best cpu {best[name]:>8.2f} s {best[name] / least:>6.2f}x" if least else ""
        )
        print(
            f"  {name:<25}{seconds:>9.2f} s {wall_ratio}   cpu {cpu:>8.2f} s {cpu_ratio}"
            + best_ratio
            + f"   load {load()}",
            flush=True,
        )
    return medians


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,10000", help="articles per desk (1000,10000)")
    parser.add_argument("--runs", type=int, default=1, help="timed runs of each (default: 1)")
    parser.add_argument("--modes", default="abcd", help="which of (a)..(e) to time (abcd)")
    parser.add_argument("--desks", help="desks made before, comma-separated, smallest first")
    parser.add_argument("--old-src", type=Path, help="time (a), (c) with this src too")
    args = parser.parse_args(argv)
    if args.desks:
        desks = [Path(d).resolve() for d in args.desks.split(",")]
        sizes = [len(list((d / "articles").iterdir())) for d in desks]
        figures = {
            size: measure(size, args.runs, args.modes, desk, args.old_src)
            for size, desk in zip(sizes, desks, strict=True)
        }
    else:
        sizes = sorted(int(size) for size in args.sizes.split(","))
        figures = {size: measure(size, args.runs, args.modes, None, args.old_src) for size in sizes}
    if len(sizes) > 1:
        small, large = sizes[0], sizes[-1]
        print(f"growth exponent, {small} to {large} articles (1.0 is linear): wall, cpu")
        for name in figures[small]:
            exponents = [
                math.log(figures[large][name][k] / figures[small][name][k])
                / math.log(large / small)
                for k in (0, 1)
            ]
            print(f"  {name:<20}{exponents[0]:>7.2f}{exponents[1]:>7.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
