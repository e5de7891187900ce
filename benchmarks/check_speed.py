"""How fast the gate answers for one article of a large desk, against bare Python.

    python benchmarks/check_speed.py [--articles 10000] [--runs 7] [--cold-runs 3]

Generates a seeded desk (benchmarks/make_desk.py) in a temporary folder, then times,
as separate processes, the median wall time of:

- ``python -c "import yaml"``: the floor, an interpreter plus PyYAML;
- ``factsuite check ARTICLE``: the command a pre-commit hook runs;
- ``pytest --factsuite-article ARTICLE -p no:cacheprovider -q``: the pytest gate
  restricted to the same article.

"cold" runs delete the desk's parse cache (.factsuite_cache/) before each run, so
facts and claims are parsed from YAML; "warm" runs find it filled. Python's own
bytecode caches are warm in both. Ratios are to the ``import yaml`` median.
The aim: ``factsuite check`` of one article within 3x ``import yaml``.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from make_desk import make_desk

AIM = 3.0


def script(name: str, module: str) -> list[str]:
    """The console script beside this Python (what a user runs), else ``-m module``."""
    path = Path(sys.executable).with_name(name)
    return [str(path)] if path.exists() else [sys.executable, "-m", module]


def timed(
    command: list[str],
    cwd: Path,
    *,
    clear: Path | None = None,
    env: dict[str, str] | None = None,
) -> float:
    """The wall time of one run of ``command`` in ``cwd`` (after deleting ``clear``,
    if given; under ``env``, if given, else this process's environment)."""
    if clear is not None:
        shutil.rmtree(clear, ignore_errors=True)
    start = time.perf_counter()
    done = subprocess.run(command, cwd=cwd, capture_output=True, text=True, check=False, env=env)
    elapsed = time.perf_counter() - start
    if done.returncode not in (0, 1):  # 1 is a failing claim: still a full, valid run
        sys.exit(f"{' '.join(command)} exited {done.returncode}:\n{done.stdout}{done.stderr}")
    return elapsed


def median_time(command: list[str], cwd: Path, runs: int, *, clear: Path | None = None) -> float:
    return statistics.median(timed(command, cwd, clear=clear) for _ in range(runs))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=10_000, help="desk size (default: 10000)")
    parser.add_argument("--runs", type=int, default=7, help="warm runs per command (default: 7)")
    parser.add_argument("--cold-runs", type=int, default=3, help="cold runs (default: 3)")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)

    with tempfile.TemporaryDirectory(prefix="factsuite-bench-") as folder:
        desk = Path(folder)
        start = time.perf_counter()
        paths = make_desk(desk, args.articles, args.seed)
        article = paths[len(paths) // 2]
        claims_mb = (desk / "claims.yaml").stat().st_size / 1e6
        facts_mb = sum(p.stat().st_size for p in (desk / "facts").glob("*.yaml")) / 1e6
        print(
            f"desk: {len(paths)} articles, claims.yaml {claims_mb:.1f} MB, facts {facts_mb:.1f} MB"
            f" (generated in {time.perf_counter() - start:.1f} s); checking {article}"
        )
        cache = desk / ".factsuite_cache"
        baseline_cmd = [sys.executable, "-c", "import yaml"]
        commands = {
            "factsuite check": [*script("factsuite", "factsuite.cli"), "check", article],
            "pytest (one article)": [
                *script("pytest", "pytest"),
                "--factsuite-article",
                article,
                "-p",
                "no:cacheprovider",
                "-q",
            ],
        }
        timed(baseline_cmd, desk)  # let the OS cache the interpreter's files
        baseline = median_time(baseline_cmd, desk, args.runs)
        print(f"\n{'command':<24}{'cold (s)':>10}{'ratio':>8}{'warm (s)':>10}{'ratio':>8}")
        print(f"{'python -c import yaml':<24}{'':>18}{baseline:>10.3f}{1.0:>8.1f}")
        warm_check = 0.0
        for name, command in commands.items():
            cold = median_time(command, desk, args.cold_runs, clear=cache)
            timed(command, desk)  # fill the cache
            warm = median_time(command, desk, args.runs)
            if name == "factsuite check":
                warm_check = warm
            ratios = f"{cold / baseline:>8.1f}{warm:>10.3f}{warm / baseline:>8.1f}"
            print(f"{name:<24}{cold:>10.3f}{ratios}")
        verdict = "within" if warm_check <= AIM * baseline else "NOT within"
        print(f"\nfactsuite check (warm) is {verdict} {AIM:g}x python -c 'import yaml'")
    return 0


if __name__ == "__main__":
    sys.exit(main())
