"""The ``factsuite`` console script's entry point: a kept ``check ARTICLE ...`` is
answered at once (answers.py, with the standard library alone); anything else goes
to the command line (cli.py), unchanged. Neither imports this module: the command
line goes one way only."""

from __future__ import annotations

import sys

from factsuite.answers import answered

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without importing typing at each run
if TYPE_CHECKING:
    from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    """The console script: a kept answer when there is one, else the full command line."""
    status = answered(list(sys.argv[1:] if argv is None else argv), sys.stdout, sys.stderr)
    if status is not None:
        return status
    from factsuite.cli import main as command_line

    return command_line(argv)
