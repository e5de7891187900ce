"""benchmarks/pytest_gate.py: its baseline fails, skips and passes as the gate does.

The gate's cost is quoted as a ratio to a trivial suite "with the same outcomes":
if the twin's outcomes drifted from the desk's, the ratio would compare unlike runs.
"""

from __future__ import annotations

import json
import os
import subprocess
from collections import Counter
from pathlib import Path

from tests.benchscripts import load_benchmark
from tests.reportscans import COUNT_SCANS

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


def test_the_twin_is_made_only_for_the_modes_that_time_it(tmp_path: Path) -> None:
    # (a) and (c) alone: the desk is warmed and counted, no twin written or run
    benchmark = load_benchmark("pytest_gate")
    _, trivial, claims = benchmark.prepare(tmp_path, 60, needed=False)
    report = json.loads((tmp_path / "report.json").read_text(encoding="utf-8"))
    assert claims == len(report["results"]) > 0
    assert not trivial.exists()


def test_the_indexed_twin_has_the_same_outcomes_and_scans_once(tmp_path: Path) -> None:
    # (f): the trivial suite given the gate's index of teardown reports.
    benchmark = load_benchmark("pytest_gate")
    _, trivial, _ = benchmark.prepare(tmp_path, 60)
    (tmp_path / "count_scans.py").write_text(COUNT_SCANS, encoding="utf-8")
    outputs = []
    for folder in (trivial, trivial.with_name("trivial-indexed")):
        done = subprocess.run(
            [*benchmark.PYTEST, "-p", "count_scans"],
            cwd=folder,
            capture_output=True,
            text=True,
            check=False,
            env={**os.environ, "PYTHONPATH": str(tmp_path)},
        )
        outputs.append(done.stdout)
    summaries = [output.strip().splitlines()[-2].split(" in ")[0] for output in outputs]
    assert summaries[0] == summaries[1]
    failed = int(summaries[0].split(" failed")[0])
    assert failed > 1
    assert f"scans: {failed}" in outputs[0]
    assert "scans: 1" in outputs[1]


def test_the_old_code_is_timed_on_a_warm_copy_of_the_desk(tmp_path: Path) -> None:
    # Each code keys its own caches: on one desk, old and new would each find the
    # other's entries stale and extract every article again on every run.
    benchmark = load_benchmark("pytest_gate")
    desk = tmp_path / "desk"
    benchmark.make_desk(desk, 12, seed=1)
    source = tmp_path / "old-src"  # stands in for `git archive HEAD src`
    source.mkdir()
    (source / "sitecustomize.py").write_text(
        "import os\nopen(os.path.join(os.getcwd(), 'ran-with-old-src'), 'w').close()\n",
        encoding="utf-8",
    )
    old = benchmark.old_desk(desk, source)
    assert old == tmp_path / "desk-old"
    assert (old / "ran-with-old-src").exists()  # the source was first on PYTHONPATH
    assert (old / ".factsuite_cache" / "extracted").is_dir()  # warmed by that run
    assert not (desk / ".factsuite_cache").exists()  # the desk itself untouched
    articles = sorted(path.name for path in (desk / "articles").iterdir())
    assert sorted(path.name for path in (old / "articles").iterdir()) == articles
    assert benchmark.old_desk(desk, source) == old  # made once


def test_a_run_with_none_kept_has_the_kept_verdicts_put_back_after_it(tmp_path: Path) -> None:
    benchmark = load_benchmark("pytest_gate")
    desk = tmp_path / "desk"
    benchmark.make_desk(desk, 6, seed=1)
    kept = desk / benchmark.KEPT
    kept.parent.mkdir()
    kept.write_bytes(b"stands for the kept verdicts")
    benchmark.none_kept(desk)
    # the run judged every claim and kept its own verdicts, which went with the run
    assert kept.read_bytes() == b"stands for the kept verdicts"
    assert sorted(path.name for path in kept.parent.iterdir() if "gate" in path.name) == [
        "gate.msgpack"
    ]
