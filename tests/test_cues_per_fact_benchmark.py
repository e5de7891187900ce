"""benchmarks/cues_per_fact.py counts the cues of the facts that hold a value."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.benchscripts import load_benchmark

cues_per_fact = load_benchmark("cues_per_fact")


def test_people_and_organisations_are_not_counted(tmp_path: Path) -> None:
    (tmp_path / "facts").mkdir()
    (tmp_path / "facts" / "a.yaml").write_text(
        "x.date:\n  type: date\n  value: 2026-01-02\n  cues: [opened, opening]\n"
        "  sources: [s]\n"
        "x.count:\n  type: count\n  value: 3\n  sources: [s]\n"
        "someone:\n  type: person\n  name: A Person\n  sources: [s]\n",
        encoding="utf-8",
    )
    assert cues_per_fact.cues_of(tmp_path) == (2, 2)


def test_it_prints_each_beat_and_the_whole(capsys: pytest.CaptureFixture[str]) -> None:
    assert cues_per_fact.main(["business", "sport"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [line.split(":")[0] for line in lines] == ["business", "sport", "all"]
    assert all(line.endswith("cues a fact") for line in lines)
