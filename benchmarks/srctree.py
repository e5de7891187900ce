"""The factsuite source a benchmark measures, chosen before factsuite is imported.

``--src DIR`` names an older commit's source (``git archive REV src | tar -x -C DIR``,
then DIR/src), so that two versions are measured in one run, against a baseline of the
same run; without it, this repository's src/. A benchmark calls ``use_source_tree``
before its first factsuite import (and declares ``--src`` for its --help).
"""

from __future__ import annotations

import sys
from pathlib import Path

REPO_SRC = Path(__file__).resolve().parents[1] / "src"


def source_tree(argv: list[str]) -> str:
    """The directory ``--src DIR`` (or ``--src=DIR``) names in ``argv``, else src/."""
    for i, arg in enumerate(argv):
        if arg == "--src" and i + 1 < len(argv):
            return argv[i + 1]
        if arg.startswith("--src="):
            return arg.split("=", 1)[1]
    return str(REPO_SRC)


def use_source_tree(argv: list[str]) -> None:
    """Put the chosen source first on the import path."""
    sys.path.insert(0, source_tree(argv))
