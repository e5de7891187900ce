"""A cache of a desk's parsed facts and claims, so that a check starts in milliseconds.

Reading YAML with a position for every key is the slow part of loading a desk
(DESIGN.md measured 9.9 s for 10 MB of facts, and 47 ms to load the same typed
records from MessagePack). So the parsed ``FactBase`` and claims are kept in
``.factsuite_cache/`` at the desk root, keyed on what they were parsed from: the
sha256 of every input file's bytes, factsuite's version, and factsuite's own code.

The cache is only ever an optimisation. A missing, stale, corrupt or unwritable
cache means parsing again, never an error. It holds typed msgspec records
(model.py's Structs), decoded against their declared types: nothing in it is
executed, unlike a pickle.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Sequence
from pathlib import Path

import msgspec

from factsuite import __version__
from factsuite.atomic import replace_atomically
from factsuite.errors import InputError
from factsuite.facts import FactBase, collector_paused
from factsuite.model import Claim, Fact
from factsuite.paths import inside_desk

CACHE_DIR = ".factsuite_cache"
CACHE_FILE = "desk.msgpack"
# Bumped when the layout of an entry changes in a way the code fingerprint would miss.
_FORMAT = 1

Parsed = tuple[FactBase, list[Claim]]


class _Entry(msgspec.Struct, frozen=True):
    key: str
    files: tuple[str, ...]
    facts: list[Fact]
    claims: list[Claim]


def _code_fingerprint() -> bytes:
    """A digest of factsuite's own modules.

    The version alone does not change while someone edits the library (an editable
    install): a new field with a default in model.py would decode an old entry
    without complaint and hand back wrong records. Hashing ~200 kB of source costs
    well under a millisecond.
    """
    digest = hashlib.sha256()
    here = Path(__file__).parent  # the kinds validate claims as they are parsed
    for module in sorted([*here.glob("*.py"), *here.glob("kinds/*.py")]):
        digest.update(module.name.encode())
        digest.update(module.read_bytes())
    return digest.digest()


def cache_key(root: Path, inputs: Sequence[Path]) -> str:
    """The key of the inputs as they are now: names and sha256 of each file's bytes."""
    digest = hashlib.sha256(f"factsuite {__version__} cache {_FORMAT}\0".encode())
    digest.update(_code_fingerprint())
    for file in inputs:
        try:
            data = file.read_bytes()
        except OSError:
            data = None  # a missing claims.yaml is a valid (empty) input
        name = file.relative_to(root).as_posix() if file.is_relative_to(root) else file.as_posix()
        digest.update(f"\0{name}\0".encode())
        digest.update(b"-" if data is None else hashlib.sha256(data).digest())
    return digest.hexdigest()


def cache_path(root: Path) -> Path:
    return root / CACHE_DIR / CACHE_FILE


def _read(path: Path, key: str) -> Parsed | None:
    try:
        with collector_paused():  # 100,000 facts are as many objects that stay alive
            entry = msgspec.msgpack.decode(path.read_bytes(), type=_Entry)
    except (OSError, msgspec.MsgspecError, ValueError, TypeError):
        return None  # absent, truncated, from another layout, or garbage: parse again
    if entry.key != key:
        return None
    return FactBase(facts={fact.id: fact for fact in entry.facts}, files=entry.files), entry.claims


def _write(path: Path, key: str, parsed: Parsed) -> None:
    facts, claims = parsed
    entry = _Entry(key=key, files=facts.files, facts=list(facts.facts.values()), claims=claims)
    try:
        path.parent.mkdir(exist_ok=True)
        ignore = path.parent / ".gitignore"
        if not ignore.exists():  # keep the cache out of a desk's commits, as .pytest_cache does
            ignore.write_text("# created by factsuite\n*\n", encoding="utf-8")
        # Atomic: a concurrent reader sees the old entry or the new one, never half.
        replace_atomically(path, msgspec.msgpack.encode(entry), durable=False)
    except OSError:
        pass  # a read-only checkout: checking still works, only slower


def load_cached(root: Path, inputs: Sequence[Path], parse: Callable[[], Parsed]) -> Parsed:
    """``parse()``'s result for ``inputs`` as they are now, from the cache when it holds it.

    ``parse`` may raise ``InputError``; nothing is cached then, so the error is
    reported again on every run until the input is fixed.
    """
    path = cache_path(root)
    try:  # a .factsuite_cache committed as a symlink out would have us write out there
        inside_desk(root, path, CACHE_DIR)
    except InputError:
        return parse()
    key = cache_key(root, inputs)
    cached = _read(path, key)
    if cached is not None:
        return cached
    parsed = parse()
    _write(path, key, parsed)
    return parsed
