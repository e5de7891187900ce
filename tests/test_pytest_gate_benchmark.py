"""benchmarks/pytest_gate.py: its baseline fails, skips and passes as the gate does.

The gate's cost is quoted as a ratio to a trivial suite "with the same outcomes":
if the twin's outcomes drifted from the desk's, the ratio would compare unlike runs.
"""

from __future__ import annotations

import json
import subprocess
from collections import Counter
from pathlib import Path

from tests.benchscripts import load_benchmark

REPO = Path(__file__).resolve().parents[1]


def test_the_trivial_twin_has_the_gates_outcomes(tmp_path: Path) -> None:
    benchmark = load_benchmark("pytest_gate")
    _, trivial, claims = benchmark.prepare(tmp_path, 60)
    report = json.loads((tmp_path / "report.json").read_text(encoding="utf-8"))
    wanted = Counter(result["outcome"] for result in report["results"])
    assert min(wanted[o] for o in ("failed", "skipped", "passed")) > 0  # a fair mix
    done = subprocess.run(
        [*benchmark.PYTEST, "--junitxml", str(tmp_path / "twin.xml")],
        cwd=trivial,
        capture_output=True,
        text=True,
        check=False,
    )
    xml = (tmp_path / "twin.xml").read_text(encoding="utf-8")
    tests = xml.count("<testcase ")
    failed, skipped = xml.count("<failure "), xml.count("<skipped ")
    assert done.returncode == 1
    assert (tests, failed, skipped) == (claims, wanted["failed"], wanted["skipped"])
    assert tests - failed - skipped == wanted["passed"]
