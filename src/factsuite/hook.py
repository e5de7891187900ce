"""The ``factsuite`` console script's entry point: a kept ``check ARTICLE ...`` is
answered at once (answers.py, with the standard library alone); anything else goes
to the command line (cli.py), unchanged. Neither imports this module: the command
line goes one way only."""

from __future__ import annotations

import gc
import sys

from factsuite.answers import answered

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without importing typing at each run
if TYPE_CHECKING:
    from collections.abc import Sequence

# Objects allocated between two collections of the youngest generation (Python's
# default: 700). A command's process is short, and nearly all it allocates lives to
# its end (modules, compiled patterns, the desk): collected every 700 allocations,
# those survivors were walked again and again, 50-70 ms of extracting one edited
# article of a 10k desk (1-2 ms at this threshold, mypy's own). Cycles are still
# collected, in batches: a long run's memory stays bounded.
COLLECTOR_THRESHOLD = 200_000


def main(argv: Sequence[str] | None = None) -> int:
    """The console script: a kept answer when there is one, else the full command line."""
    thresholds = gc.get_threshold()
    gc.set_threshold(COLLECTOR_THRESHOLD, *thresholds[1:])
    try:
        status = answered(list(sys.argv[1:] if argv is None else argv), sys.stdout, sys.stderr)
        if status is not None:
            return status
        from factsuite.cli import main as command_line

        return command_line(argv)
    finally:
        if argv is None:
            # Run as the console script, the process ends next, and Python's exit
            # collects every generation: walking all it made to free nothing was
            # 12-15 ms. Frozen, they are not walked.
            gc.freeze()
        else:  # as it was, for a caller that goes on (a test calling this in its process)
            gc.set_threshold(*thresholds)
