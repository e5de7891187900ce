"""What factsuite's pytest plugin costs a project that is not a desk.

    python benchmarks/plugin_overhead.py [--tests 200] [--runs 15]

The plugin is loaded (entry point ``pytest11``) in every project that has factsuite
installed. This builds, in a temporary folder, a project that is no desk but looks
like one at a glance: a ``facts/`` folder of YAML, a pyproject.toml without
``[tool.factsuite]``, and its own parametrized ``claim`` fixture. It then times
``pytest -q -p no:cacheprovider`` there, as separate processes, with the plugin and
with ``-p no:factsuite``, the two alternating so that load on the machine falls on
both alike, and prints the medians and their ratio. The aim: a ratio of 1.00 within
noise (the plugin reads one pyproject.toml and imports no part of the core).
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

PYPROJECT = """\
[project]
name = "facts-of-life"
version = "1.0"

[tool.pytest.ini_options]
testpaths = ["tests"]
"""

FACTS = """\
answer:
  type: number
  value: 42
  sources: [the guide]
"""

TESTS = """\
import pytest


@pytest.fixture(params=range({count}))
def claim(request):
    return request.param


def test_claim(claim):
    assert claim >= 0
"""


def make_project(folder: Path, tests: int) -> None:
    (folder / "facts").mkdir()
    (folder / "tests").mkdir()
    (folder / "pyproject.toml").write_text(PYPROJECT, encoding="utf-8")
    (folder / "facts" / "base.yaml").write_text(FACTS, encoding="utf-8")
    (folder / "tests" / "test_own.py").write_text(TESTS.format(count=tests), encoding="utf-8")


def run_time(command: list[str], cwd: Path, tests: int) -> float:
    start = time.perf_counter()
    done = subprocess.run(command, cwd=cwd, capture_output=True, text=True, check=False)
    elapsed = time.perf_counter() - start
    if done.returncode != 0 or f"{tests} passed" not in done.stdout:
        sys.exit(f"{' '.join(command)} exited {done.returncode}:\n{done.stdout}{done.stderr}")
    return elapsed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tests", type=int, default=200, help="the project's tests (200)")
    parser.add_argument("--runs", type=int, default=15, help="runs of each (default: 15)")
    args = parser.parse_args(argv)

    pytest = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider"]
    commands = {"with the plugin": pytest, "-p no:factsuite": [*pytest, "-p", "no:factsuite"]}
    with tempfile.TemporaryDirectory(prefix="factsuite-overhead-") as folder:
        project = Path(folder)
        make_project(project, args.tests)
        for command in commands.values():  # warm the OS's file cache and bytecode
            run_time(command, project, args.tests)
        times: dict[str, list[float]] = {name: [] for name in commands}
        for _ in range(args.runs):
            for name, command in commands.items():
                times[name].append(run_time(command, project, args.tests))
    medians = {name: statistics.median(values) for name, values in times.items()}
    print(f"a project that is no desk ({args.tests} tests, facts/ folder), median of {args.runs}")
    for name, median in medians.items():
        spread = statistics.pstdev(times[name])
        print(f"  pytest {name:<18}{median:>8.3f} s  (sd {spread:.3f} s)")
    ratio = medians["with the plugin"] / medians["-p no:factsuite"]
    print(f"  ratio (plugin / no plugin): {ratio:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
