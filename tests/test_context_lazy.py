"""The judging context indexes the desk's names only when a rule first asks."""

from __future__ import annotations

import gc

import pytest

from factsuite.compare import Context
from factsuite.model import PersonFact
from factsuite.names import NameIndex

FACTS = {
    "p1": PersonFact(
        id="p1", label="Ada Obi", name="Ada Obi", variants=("A. Obi",), sources=("s",)
    ),
    "p2": PersonFact(id="p2", label="Ben Obi", name="Ben Obi", sources=("s",)),
}


def test_names_are_indexed_on_first_use_and_once(monkeypatch: pytest.MonkeyPatch) -> None:
    indexed: list[str] = []
    add = NameIndex.add

    def counted(index: NameIndex, entity_id: str, names: object) -> None:
        indexed.append(entity_id)
        add(index, entity_id, names)  # type: ignore[arg-type]

    monkeypatch.setattr(NameIndex, "add", counted)
    context = Context.build(FACTS)
    assert indexed == []
    names = context.names
    assert indexed == ["p1", "p2"]
    assert context.names is names
    assert names.full == {"ada obi": {"p1"}, "a obi": {"p1"}, "ben obi": {"p2"}}
    assert names.short == {"ada": {"p1"}, "ben": {"p2"}, "obi": {"p1", "p2"}}


def collector_states(monkeypatch: pytest.MonkeyPatch) -> list[bool]:
    """Whether the garbage collector is on at each NameIndex.add from now on, one
    entry a person indexed."""
    states: list[bool] = []
    add = NameIndex.add

    def watched(index: NameIndex, entity_id: str, names: object) -> None:
        states.append(gc.isenabled())
        add(index, entity_id, names)  # type: ignore[arg-type]

    monkeypatch.setattr(NameIndex, "add", watched)
    return states


def test_the_collector_waits_while_names_are_indexed(monkeypatch: pytest.MonkeyPatch) -> None:
    """The index of every person is all kept, with no cycles: a collection then is
    pure cost (the pause Desk.load held before the index became lazy)."""
    states = collector_states(monkeypatch)
    assert gc.isenabled()
    assert Context.build(FACTS).names.full
    assert states == [False, False]
    assert gc.isenabled()
