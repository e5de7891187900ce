"""benchmarks/archive.py: every figure measured on a real desk, each against its baseline.

The script is run by hand at 10k articles; here it runs on a desk of a few articles,
so a broken command (a hook that exits 2, an extract that fails) stops it rather
than printing a figure for an error.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

REPO = Path(__file__).resolve().parents[1]


def _load() -> ModuleType:
    sys.path.insert(0, str(REPO / "benchmarks"))  # it imports make_desk beside it
    spec = importlib.util.spec_from_file_location(
        "archive_benchmark", REPO / "benchmarks/archive.py"
    )
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


archive = _load()


def test_each_figure_is_measured_and_printed_against_import_yaml() -> None:
    figures = archive.measure_desk(12, runs=1, cold_runs=1, seed=3)
    assert list(figures) == [
        "import yaml",
        "hook, cold",
        "hook, warm",
        "extract one edited article",
        "hook right after extract",
    ]
    assert all(seconds > 0 for seconds in figures.values())
    lines = archive.report(12, {**figures, "import yaml": 0.5, "hook, warm": 1.0})
    assert lines[1].split() == ["figure", "seconds", "x", "import", "yaml", "aim"]
    assert lines[4].split() == ["hook,", "warm", "1.000", "2.0", "<=", "3x"]
