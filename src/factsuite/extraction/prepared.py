"""What building an Extractor derives from every fact, kept in the desk's cache.

Extracting one edited article of a 10,000-article desk spent most of its second
building the Extractor: folding every name, title and cue of every fact into the
lexicon's keys, scanning every label for the people it names, and folding every
entity's names into the context's index of them. Those depend only on the facts,
the desk's kinds and factsuite's code, which is what the desk's extraction key
(cache.extraction_key) stands for; so they are kept in
``.factsuite_cache/extractor.msgpack`` under that key, and the next run reads them
(the lexicon makes its automaton only if it scans more than a few articles).

Like every cache of the desk's, only an optimisation: an absent, stale, corrupt or
unwritable entry means deriving them again. It holds typed msgspec records, decoded
against their declared types: nothing in it is executed, unlike a pickle.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

import msgspec

from factsuite.cache import CACHE_DIR, read_entry, write_entry
from factsuite.collector import collector_paused
from factsuite.compare import Context
from factsuite.errors import InputError
from factsuite.extraction.lexicon import Category, Entry, Lexicon
from factsuite.extraction.pipeline import Prepared, prepare
from factsuite.model import Fact
from factsuite.names import NameIndex
from factsuite.paths import inside_desk

PREPARED_FILE = "extractor.msgpack"

_StoredEntry = tuple[Category, tuple[str, ...], str]  # an Entry's fields, in order
_Named = list[tuple[str, list[str]]]  # fact id and the ids it names, in the dict's order


class _StoredNames(msgspec.Struct, frozen=True, array_like=True):
    """A ``NameIndex``'s tables, as they are."""

    full: dict[str, set[str]]
    display: dict[str, str]
    short: dict[str, set[str]]
    by_entity: dict[str, list[str]]
    short_of: dict[str, list[str]]


class _Stored(msgspec.Struct, frozen=True, array_like=True):
    key: str
    lexicon: list[tuple[str, list[_StoredEntry]]]
    people: _Named
    about: _Named
    # The context's index of every entity's names (compare.Context.names): folding
    # a 10k desk's 40,000 names was a tenth of extracting one article.
    names: _StoredNames


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
        kept, names = found
        # What the context's cached property would build from the same facts: the
        # one it holds already, if it was asked for before, stays.
        vars(context).setdefault("names", names)
        return kept
    prepared = prepare(facts, context)
    _write(path, key, prepared, context.names)
    return prepared


def _read(path: Path, key: str) -> tuple[Prepared, NameIndex] | None:
    stored = read_entry(path, _Stored, key)
    if stored is None:
        return None
    with collector_paused():  # tens of thousands of entries and sets, all kept
        merged = {
            name: tuple(Entry(category, ids, owner) for category, ids, owner in entries)
            for name, entries in stored.lexicon
        }
        kept = Prepared(Lexicon.of(merged), _sets(stored.people), _sets(stored.about))
    held = stored.names
    names = NameIndex(held.full, held.display, held.short, held.by_entity, held.short_of)
    return kept, names


def _write(path: Path, key: str, prepared: Prepared, names: NameIndex) -> None:
    stored = _Stored(
        key=key,
        lexicon=[
            (name, [(e.category, e.ids, e.owner) for e in entries])
            for name, entries in prepared.lexicon.keys.items()
        ],
        people=_lists(prepared.people),
        about=_lists(prepared.about),
        names=_StoredNames(names.full, names.display, names.short, names.by_entity, names.short_of),
    )
    write_entry(path, stored)


def _lists(named: Mapping[str, frozenset[str]]) -> _Named:
    return [(fid, sorted(ids)) for fid, ids in named.items()]


def _sets(named: _Named) -> dict[str, frozenset[str]]:
    return {fid: frozenset(ids) for fid, ids in named}
