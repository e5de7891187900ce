"""What building an Extractor derives from every fact, kept in the desk's cache.

Extracting one edited article of a 10,000-article desk spent most of its second
building the Extractor: folding every name, title and cue of every fact into the
lexicon's keys and scanning every label for the people it names. Those depend only
on the facts, the desk's kinds and factsuite's code, which is what the desk's
extraction key (cache.extraction_key) stands for; so they are kept in
``.factsuite_cache/extractor.msgpack`` under that key, and the next run only makes
the automaton from the keys again.

Like every cache of the desk's, only an optimisation: an absent, stale, corrupt or
unwritable entry means deriving them again. It holds typed msgspec records, decoded
against their declared types: nothing in it is executed, unlike a pickle.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

import msgspec

from factsuite.cache import CACHE_DIR, read_entry, write_entry
from factsuite.compare import Context
from factsuite.errors import InputError
from factsuite.extraction.lexicon import Category, Entry, Lexicon
from factsuite.extraction.pipeline import Prepared, prepare
from factsuite.model import Fact
from factsuite.paths import inside_desk

PREPARED_FILE = "extractor.msgpack"

_StoredEntry = tuple[Category, tuple[str, ...], str]  # an Entry's fields, in order
_Named = list[tuple[str, list[str]]]  # fact id and the ids it names, in the dict's order


class _Stored(msgspec.Struct, frozen=True, array_like=True):
    key: str
    lexicon: list[tuple[str, list[_StoredEntry]]]
    people: _Named
    about: _Named


def prepared_path(root: Path) -> Path:
    return root / CACHE_DIR / PREPARED_FILE


def load_prepared(root: Path, key: str, facts: Mapping[str, Fact], context: Context) -> Prepared:
    """``prepare(facts, context)``, from the desk's cache when it holds it under
    ``key`` (the desk's extraction key); derived and kept there otherwise."""
    path = prepared_path(root)
    try:  # a .factsuite_cache committed as a symlink out would have us write out there
        inside_desk(root, path, CACHE_DIR)
    except InputError:
        return prepare(facts, context)
    found = _read(path, key)
    if found is not None:
        return found
    prepared = prepare(facts, context)
    _write(path, key, prepared)
    return prepared


def _read(path: Path, key: str) -> Prepared | None:
    stored = read_entry(path, _Stored, key)
    if stored is None:
        return None
    merged = {
        name: tuple(Entry(category, ids, owner) for category, ids, owner in entries)
        for name, entries in stored.lexicon
    }
    return Prepared(Lexicon.of(merged), _sets(stored.people), _sets(stored.about))


def _write(path: Path, key: str, prepared: Prepared) -> None:
    stored = _Stored(
        key=key,
        lexicon=[
            (name, [(e.category, e.ids, e.owner) for e in entries])
            for name, entries in prepared.lexicon.keys.items()
        ],
        people=_lists(prepared.people),
        about=_lists(prepared.about),
    )
    write_entry(path, stored)


def _lists(named: Mapping[str, frozenset[str]]) -> _Named:
    return [(fid, sorted(ids)) for fid, ids in named.items()]


def _sets(named: _Named) -> dict[str, frozenset[str]]:
    return {fid: frozenset(ids) for fid, ids in named}
