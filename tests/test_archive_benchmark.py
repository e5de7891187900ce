"""benchmarks/archive.py: every figure measured on a real desk, each against its baseline.

The script is run by hand at 10k articles; here it runs on a desk of a few articles,
so a broken command (a hook that exits 2, an extract that fails) stops it rather
than printing a figure for an error.
"""

from __future__ import annotations

from pathlib import Path

from tests.benchscripts import load_benchmark

REPO = Path(__file__).resolve().parents[1]


archive = load_benchmark("archive")


# The figures archive.py measures on a desk, in the order it prints them.
FIGURES = [
    "import yaml",
    "hook, cold",
    "hook, warm",
    "extract one edited article",
    "hook right after extract",
]


def test_each_figure_is_measured_and_printed_against_import_yaml() -> None:
    figures = archive.measure_desk(12, runs=1, cold_runs=1, seed=3)
    assert list(figures) == FIGURES
    assert all(seconds > 0 and cpu > 0 for seconds, cpu in figures.values())
    lines = archive.report(12, {**figures, "import yaml": (0.5, 0.1), "hook, warm": (1.0, 0.4)})
    assert lines[1].split() == [
        "figure", "seconds", "x", "import", "yaml", "CPU", "s", "x", "(CPU)", "aim"
    ]  # fmt: skip
    assert lines[4].split() == ["hook,", "warm", "1.000", "2.0", "0.400", "4.0", "<=", "3x"]


def test_older_code_runs_through_its_own_entry_point(tmp_path: Path) -> None:
    """``--before SRC``: code from before the hook's entry point (factsuite.hook) is
    run through a console script naming the one it had."""
    figures = archive.measure_desk(
        6, runs=1, cold_runs=1, seed=3, source=str(REPO / "src"), entry="factsuite.cli:main"
    )
    assert all(seconds > 0 and cpu > 0 for seconds, cpu in figures.values())
    command = archive.console_script(tmp_path, "factsuite.cli:main")
    assert command[1] == str(tmp_path / "factsuite")
    assert "from factsuite.cli import main" in (tmp_path / "factsuite").read_text("utf-8")


def test_before_and_after_take_turns_and_print_best_and_median() -> None:
    samples = archive.measure_alternated(
        6, runs=2, cold_runs=1, seed=3, before=str(REPO / "src"), entry="factsuite.hook:main"
    )
    for version in ("before", "after"):
        figures = samples[version]
        assert list(figures) == FIGURES
        assert [len(runs) for runs in figures.values()] == [2, 1, 2, 2, 2]
    lines = archive.report_alternated(
        6, {"import yaml": [(0.5, 0.1), (0.7, 0.3)], "hook, warm": [(3.0, 0.9), (1.0, 0.4)]}, "x"
    )
    assert lines[3].split() == [
        "hook,",
        "warm",
        "1.000",
        "2.000",
        "2.0",
        "0.400",
        "0.650",
        "4.0",
        "<=",
        "3x",
    ]


def test_the_older_code_runs_through_the_entry_point_it_has(tmp_path: Path) -> None:
    # the installed script's own entry, when the older code has the hook; else cli's
    archive = load_benchmark("archive")
    assert archive.entry_of(str(REPO / "src")) == "factsuite.hook:main"
    (tmp_path / "factsuite").mkdir()
    (tmp_path / "factsuite" / "cli.py").write_text("", encoding="utf-8")
    assert archive.entry_of(str(tmp_path)) == "factsuite.cli:main"
