"""collector.py: the garbage collector held off, or kept from walking what forks share."""

from __future__ import annotations

import gc

import pytest

from factsuite.collector import collector_paused, frozen_for_forks


def test_the_collector_is_paused_inside_and_as_it_was_after() -> None:
    assert gc.isenabled()
    with collector_paused():
        assert not gc.isenabled()
    assert gc.isenabled()


def _fail_while_frozen(counts: list[int]) -> None:
    with frozen_for_forks():
        counts.append(gc.get_freeze_count())
        raise RuntimeError("a worker failed")


def test_what_is_alive_is_frozen_inside_and_let_back_after_even_on_an_error() -> None:
    alive = [[n] for n in range(100)]  # tracked objects, alive when the workers fork
    counts: list[int] = []
    with pytest.raises(RuntimeError):
        _fail_while_frozen(counts)
    assert counts[0] >= len(alive)
    assert gc.get_freeze_count() == 0
