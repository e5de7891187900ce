"""Python's cyclic garbage collector held off while long-lived objects are made.

Here, not in facts.py where it started, so that a cache read (cache.read_entry) can
pause the collector without importing the fact loader: a hook answered from kept
verdicts (verdicts.py) imports neither.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collector_paused() -> Iterator[None]:
    """Python's cyclic garbage collector held off while a fact base is built.

    Loading makes millions of objects that all stay alive, and no cycles: each
    collection the allocations trigger walks every object made so far, for
    nothing. That doubled the time to load 100,000 facts.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


@contextmanager
def frozen_for_forks() -> Iterator[None]:
    """Every object alive moved out of the collector's sight while processes are
    forked from this one (``extract -j``), and let back after.

    A forked worker shares the main process's pages until it writes to them, and
    each collection in it walked, and so wrote to, every object it inherited (the
    desk, its facts and Extractor): the pages were copied and the walk repeated in
    every worker. On a 2,000-article desk that made two workers spend 16% more CPU
    than one process. Frozen (``gc.freeze``), the inherited objects are neither
    walked nor written to.
    """
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()
