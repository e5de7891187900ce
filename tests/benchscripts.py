"""The benchmark scripts, imported by the tests that check what they measure and print.

The scripts live in benchmarks/, which is no package: each is loaded from its file
under the name ``<script>_benchmark`` (registered in ``sys.modules``, where dataclasses
look their module up), with benchmarks/ on ``sys.path`` for the helpers they import
from beside them (make_desk, peer_suites).
"""

from __future__ import annotations

import importlib.util
import sys
from types import ModuleType

from tests.conftest import REPO

BENCHMARKS = REPO / "benchmarks"


def load_benchmark(script: str) -> ModuleType:
    """benchmarks/<script>.py as a module, loaded once per test session."""
    name = f"{script}_benchmark"
    if name in sys.modules:
        return sys.modules[name]
    if str(BENCHMARKS) not in sys.path:
        sys.path.insert(0, str(BENCHMARKS))
    spec = importlib.util.spec_from_file_location(name, BENCHMARKS / f"{script}.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module
