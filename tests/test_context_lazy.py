"""The judging context indexes the desk's names only when a rule first asks."""

from __future__ import annotations

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
