"""benchmarks/pytest_gate.py: its baseline fails, skips and passes as the gate does.

The gate's cost is quoted as a ratio to a trivial suite "with the same outcomes":
if the twin's outcomes drifted from the desk's, the ratio would compare unlike runs.
"""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from collections import Counter
from pathlib import Path
from types import ModuleType

REPO = Path(__file__).resolve().parents[1]


def _load_benchmark() -> ModuleType:
    folder = str(REPO / "benchmarks")
    if folder not in sys.path:  # it imports make_desk from beside it
        sys.path.insert(0, folder)
    spec = importlib.util.spec_from_file_location("pytest_gate", REPO / "benchmarks/pytest_gate.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_trivial_twin_has_the_gates_outcomes(tmp_path: Path) -> None:
    benchmark = _load_benchmark()
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
