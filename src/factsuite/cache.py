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

import functools
import hashlib
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

import msgspec

from factsuite import __version__
from factsuite.atomic import replace_atomically
from factsuite.errors import InputError
from factsuite.facts import FactBase
from factsuite.kinds import registry
from factsuite.model import Claim, Fact
from factsuite.paths import inside_desk

if TYPE_CHECKING:
    from factsuite.articles import Article

CACHE_DIR = ".factsuite_cache"
CACHE_FILE = "desk.msgpack"
EXTRACTED_DIR = "extracted"  # one entry per article: what extraction found in it
# Bumped when the layout of an entry changes in a way the code fingerprint would miss.
_FORMAT = 1

Parsed = tuple[FactBase, list[Claim]]


class _Entry(msgspec.Struct, frozen=True):
    key: str
    files: tuple[str, ...]
    facts: list[Fact]
    claims: list[Claim]


@functools.cache  # the code does not change under a running process
def _code_fingerprint() -> bytes:
    """A digest of factsuite's own modules.

    The version alone does not change while someone edits the library (an editable
    install): a new field with a default in model.py would decode an old entry
    without complaint and hand back wrong records. Hashing ~200 kB of source costs
    well under a millisecond.
    """
    digest = hashlib.sha256()
    here = Path(__file__).parent
    # The whole package and its word lists: the kinds validate claims as they are
    # parsed, and extraction (cached per article below) reads everything else.
    for module in sorted([*here.rglob("*.py"), *(here / "data").rglob("*.*")]):
        digest.update(module.relative_to(here).as_posix().encode())
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
        _make_folder(path.parent)
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


# Extraction, cached per article ----------------------------------------------------
#
# Extracting an article needs an Extractor built over every fact (about a second on
# a desk of 10,000 articles) and then the article's own reading. Its result depends
# only on the article as stored, the facts, the desk's kinds and factsuite's code: so
# it is kept under ``.factsuite_cache/extracted/``, one file per article path (an
# edited article overwrites its own entry, so the folder grows with the desk, not
# with its history), holding the full key it was computed under.


class _Extracted(msgspec.Struct, frozen=True):
    key: str
    claims: list[Claim]


def extraction_key(root: Path, fact_inputs: Sequence[Path]) -> str:
    """The key of what extraction depends on besides the article: the fact files
    and pyproject.toml (``fact_inputs``, by contents), the code, and the kinds
    registered now (an installed kind's code is not factsuite's)."""
    kinds = ",".join(registry.names())
    return cache_key(root, fact_inputs) + hashlib.sha256(kinds.encode()).hexdigest()[:16]


class ExtractionCache:
    """Each article's extracted claims under the desk's cache, keyed by the article
    as stored and ``key`` (``extraction_key``). Like the desk's cache, only ever an
    optimisation: an absent, stale, corrupt or unwritable entry means extracting."""

    def __init__(self, root: Path, key: str) -> None:
        self.key = key
        self.folder: Path | None = root / CACHE_DIR / EXTRACTED_DIR
        try:  # the cache folder, or this one, committed as a symlink out of the desk
            inside_desk(root, self.folder, CACHE_DIR)
        except InputError:
            self.folder = None

    def _entry(self, article: Article) -> tuple[Path | None, str]:
        """Where ``article``'s entry lives, and the key it must carry."""
        stored = (article.stored or article.text).encode("utf-8", "surrogatepass")
        key = hashlib.sha256(
            b"\0".join([self.key.encode(), article.path.encode("utf-8", "surrogatepass"), stored])
        ).hexdigest()
        if self.folder is None:
            return None, key
        name = hashlib.sha256(article.path.encode("utf-8", "surrogatepass")).hexdigest()[:32]
        return self.folder / f"{name}.msgpack", key

    def get(self, article: Article) -> list[Claim] | None:
        """The claims extraction found in ``article`` as it is now, if kept."""
        path, key = self._entry(article)
        if path is None:
            return None
        try:
            entry = msgspec.msgpack.decode(path.read_bytes(), type=_Extracted)
        except (OSError, msgspec.MsgspecError, ValueError, TypeError):
            return None
        return entry.claims if entry.key == key else None

    def put(self, article: Article, claims: list[Claim]) -> None:
        path, key = self._entry(article)
        if path is None:
            return
        try:
            _make_folder(path.parent)
            data = msgspec.msgpack.encode(_Extracted(key=key, claims=claims))
            replace_atomically(path, data, durable=False)
        except OSError:
            pass  # a read-only checkout: extraction still works, only slower

    def extract(self, article: Article, extract: Callable[[Article], list[Claim]]) -> list[Claim]:
        """``extract(article)``, from the cache when it holds it."""
        claims = self.get(article)
        if claims is None:
            claims = extract(article)
            self.put(article, claims)
        return claims


def _make_folder(folder: Path) -> None:
    """The cache folder (and ``folder`` under it), kept out of a desk's commits."""
    top = folder if folder.name == CACHE_DIR else folder.parent
    top.mkdir(exist_ok=True)
    ignore = top / ".gitignore"
    if not ignore.exists():  # as .pytest_cache does
        ignore.write_text("# created by factsuite\n*\n", encoding="utf-8")
    folder.mkdir(exist_ok=True)
