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

import contextlib
import functools
import hashlib
import itertools
import mmap
import os
import sys
import time
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, AnyStr, NamedTuple, Protocol, TypeVar

import msgspec

from factsuite import __version__
from factsuite.atomic import replace_atomically
from factsuite.collector import collector_paused
from factsuite.errors import InputError
from factsuite.kinds import registry
from factsuite.model import Claim, Fact
from factsuite.paths import inside_desk
from factsuite.signatures import RACY_NS, Signature, fingerprint_of, signature

if TYPE_CHECKING:  # the fact loader is imported where facts are (de)coded, not by the
    # kept verdicts' check (verdicts.py), which reads this module's digests and entries
    from factsuite.articles import Article
    from factsuite.facts import FactBase

    Parsed = tuple[FactBase, list[Claim]]

CACHE_DIR = ".factsuite_cache"
CACHE_FILE = "desk.msgpack"
EXTRACTED_DIR = "extracted"  # one entry per article: what extraction found in it
DIGESTS_FILE = "digests.msgpack"  # each input's sha256, remembered with its stat
# Bumped when the layout of an entry changes in a way the code fingerprint would miss.
_FORMAT = 5

# Each input file by desk-relative name, and the sha256 of its bytes (None: absent).
Digests = tuple[tuple[str, bytes | None], ...]


CHUNK_PREFIX = "claims-"  # the files holding the claims' runs, encoded (``_Chunks``)
# Chunk files one entry may refer to; past it, every run is written into a new one.
_MOST_CHUNKS = 16


class _Entry(msgspec.Struct, frozen=True):
    key: str
    files: tuple[str, ...]
    ids: list[str]  # each fact's id, in the order of ``facts``
    tags: list[str]  # each fact's type ("person", "date")
    facts: list[msgspec.Raw]  # each fact still encoded: see facts.EncodedFacts
    # Each run of claims.yaml (the claims of one article that stand together), in
    # the file's order: its article, the line it starts at, and where its claims are
    # kept, encoded: in the chunk file ``chunks[chunk_of[k]]``, from ``starts[k]`` to
    # ``ends[k]``. Their ``source_line`` counts from the run's line, so a run moved
    # up or down the file is carried over as it is. Lists, not a record per run:
    # 10,000 records took 16 ms to decode.
    articles: list[str]
    lines: list[int]
    chunk_of: list[int]
    starts: list[int]
    ends: list[int]
    chunks: list[str]
    # claims.yaml is exactly as ``factsuite extract`` renders these claims (it wrote
    # the file): each article's claims one run, its lines rendered text to carry over
    canonical: bool = False


class _Kept(NamedTuple):
    """Where a run's claims are kept, encoded: a chunk file's name and the offsets."""

    chunk: str
    start: int
    end: int


class _Chunks:
    """The chunk files of a desk's cache, each mapped on first use, so that decoding
    one run reads its own bytes, not the 18 MB a 10k desk's claims take.

    A chunk file is named by its contents and never rewritten (``_write``): a store
    after one edited article writes a small chunk with that article's run and a new
    entry naming it beside the chunks it still uses, rather than every claim again.
    Each is mapped when the entry is read (``open``): a chunk a later store removes
    stays readable to an index that named it, which holds the claims.yaml it was
    loaded for (a command's copy, not the file as saved since). A short chunk is a
    damaged cache: parsing again (``ClaimIndex``)."""

    def __init__(self, maps: dict[str, mmap.mmap]) -> None:
        self._maps = maps

    @classmethod
    def open(cls, folder: Path, names: Iterable[str]) -> _Chunks | None:
        """The chunk files ``names`` in ``folder``, mapped; None when one is gone."""
        maps: dict[str, mmap.mmap] = {}
        for name in names:
            try:
                with (folder / name).open("rb") as stream:
                    maps[name] = mmap.mmap(stream.fileno(), 0, access=mmap.ACCESS_READ)
            except (OSError, ValueError):  # gone, unreadable, or empty
                return None
        return cls(maps)

    def piece(self, kept: _Kept) -> bytes:
        held = self._maps[kept.chunk]
        if not 0 <= kept.start <= kept.end <= len(held):
            raise ValueError(f"{kept.chunk} is shorter than its entry says")
        return held[kept.start : kept.end]


# An article, the claims.yaml line its run starts at, and its claims: decoded (each
# ``source_line`` as in the file) or still encoded (counting from the run's line),
# as bytes or in a chunk file.
_RunData = tuple[str, int, msgspec.Raw | _Kept | list[Claim]]


class ClaimIndex:
    """A desk's claims in claims.yaml's order, grouped by article, each group decoded
    when first asked for. ``reparse`` gives every claim again should an encoded group
    turn out damaged (the cache is never an error). ``canonical``: claims.yaml is
    what rendering these claims writes (see ``splice``)."""

    def __init__(
        self,
        runs: Sequence[_RunData],
        reparse: Callable[[], list[Claim]] | None = None,
        *,
        canonical: bool = False,
        chunks: _Chunks | None = None,
    ) -> None:
        self._runs = list(runs)
        self._reparse = reparse
        self.canonical = canonical
        self._chunks = chunks  # where runs kept in chunk files are read
        self._all: list[Claim] | None = None
        self._where: dict[str, list[int]] | None = None  # each article's runs

    @classmethod
    def of(cls, claims: list[Claim], *, canonical: bool = False) -> ClaimIndex:
        index = cls(_runs_of(claims), canonical=canonical)
        index._all = claims
        return index

    def _decoded(self, k: int) -> list[Claim]:
        article, line, claims = self._runs[k]
        if not isinstance(claims, list):
            try:
                data = claims if isinstance(claims, msgspec.Raw) else self._piece(claims)
                encoded = msgspec.msgpack.decode(data, type=list[Claim])
            except (OSError, msgspec.MsgspecError, ValueError, TypeError):
                raise _DamagedError from None
            claims = [_moved(claim, line) for claim in encoded]
            self._runs[k] = (article, line, claims)
        return claims

    def _piece(self, kept: _Kept) -> bytes:
        if self._chunks is None:
            raise ValueError("no chunk files to read from")
        return self._chunks.piece(kept)

    def _recover(self) -> None:
        """Every claim parsed from claims.yaml again, after a group that does not
        decode: a damaged cache is only slower, never an error."""
        if self._reparse is None:
            raise AssertionError("only a cached index holds encoded claims")
        self._runs, self._reparse, self._where = _runs_of(self._reparse()), None, None
        self.canonical = False

    def all(self) -> list[Claim]:
        """Every claim, in claims.yaml's order."""
        if self._all is None:
            try:
                self._all = [claim for k in range(len(self._runs)) for claim in self._decoded(k)]
            except _DamagedError:
                self._recover()
                return self.all()
        return self._all

    def select(self, articles: Collection[str]) -> list[Claim]:
        """The claims of ``articles``, in claims.yaml's order."""
        if self._where is None:
            self._where = {}
            for k, (article, _, _) in enumerate(self._runs):
                self._where.setdefault(article, []).append(k)
        chosen = sorted(k for article in set(articles) for k in self._where.get(article, ()))
        try:
            return [claim for k in chosen for claim in self._decoded(k)]
        except _DamagedError:
            self._recover()
            return self.select(articles)

    def splice(
        self, text: str, blocks: Mapping[str, tuple[list[str], list[Claim]]]
    ) -> tuple[str, ClaimIndex] | None:
        """claims.yaml's ``text`` with each article of ``blocks`` holding its lines
        there (its claims' ``source_line`` counting from 1 at the block's first line;
        no lines: the article has no claims left), every other article's lines and
        claims carried over as they are, neither rendered nor decoded; and the index
        of that text. None unless this index is canonical for ``text``: then only a
        full render says what the file holds."""
        runs = self._runs
        articles = [article for article, _, _ in runs]
        if not self.canonical or not runs or len(set(articles)) != len(runs):
            return None
        if not text.endswith("\n"):
            return None
        return _spliced_by_offsets(self, text, blocks) or self._spliced_by_lines(text, blocks)

    def splice_bytes(
        self, data: bytes, blocks: Mapping[str, tuple[list[str], list[Claim]]]
    ) -> tuple[list[bytes | memoryview], ClaimIndex, bool] | None:
        """``splice`` over claims.yaml's bytes as read, for a file whose every line
        ends in "\\n" (the caller checks): the new file's pieces in order, each other
        article's lines a view of ``data``, neither decoded, copied nor encoded again
        (on a 10k desk, each pass over the 15 MB cost 2-15 ms); its index; and whether
        the pieces joined are ``data`` (told without joining them). None where
        ``splice`` would say None, or the runs fall into too many stretches."""
        runs = self._runs
        if not self.canonical or not runs or len({article for article, _, _ in runs}) != len(runs):
            return None
        if not data.endswith(b"\n"):
            return None
        planned = _splice_plan(self, data, b"\n", blocks)
        if planned is None:
            return None
        pieces, spliced = planned
        view = memoryview(data)
        out: list[bytes | memoryview] = [
            view[piece[0] : piece[1]] if isinstance(piece, tuple) else piece for piece in pieces
        ]
        index = ClaimIndex(spliced, self._reparse, canonical=True, chunks=self._chunks)
        return out, index, _same(pieces, data)

    def _spliced_by_lines(
        self, text: str, blocks: Mapping[str, tuple[list[str], list[Claim]]]
    ) -> tuple[str, ClaimIndex] | None:
        """``splice`` over the file split into lines: for any order of runs."""
        runs = self._runs
        articles = [article for article, _, _ in runs]
        lines = text.split("\n")
        ends = [line - 1 for _, line, _ in runs[1:]] + [len(lines) - 1]
        out = lines[: runs[0][1] - 1]  # the header, "version: 1", "claims:"
        at = dict(zip(articles, range(len(runs)), strict=True))
        spliced: list[_RunData] = []
        for article in sorted(set(articles).union(blocks)):
            start = len(out) + 1
            if article in blocks:
                block, claims = blocks[article]
                if not block:
                    continue
                out.extend(block)
                spliced.append((article, start, [_moved(c, start - 1) for c in claims]))
            else:
                k = at[article]
                _, line, kept = runs[k]
                out.extend(lines[line - 1 : ends[k]])
                if isinstance(kept, list):
                    kept = [_moved(claim, start - line) for claim in kept]
                spliced.append((article, start, kept))
        if not spliced:
            return None  # no claims at all: written as "claims: []"
        index = ClaimIndex(spliced, self._reparse, canonical=True, chunks=self._chunks)
        return "\n".join([*out, ""]), index


def _same(pieces: list[tuple[int, int] | bytes], data: bytes) -> bool:
    """Whether ``pieces`` (stretches of ``data`` by offsets, and new bytes) joined
    are ``data``, told without joining them: a stretch carried over to where it
    stood is equal at once. Bytes are compared as bytes (memoryviews compare item by
    item, 10x slower)."""
    if sum(p[1] - p[0] if isinstance(p, tuple) else len(p) for p in pieces) != len(data):
        return False
    at = 0
    for piece in pieces:
        if isinstance(piece, tuple):
            begin, end = piece
            if begin != at and data[begin:end] != data[at : at + end - begin]:
                return False
            at += end - begin
        else:
            if data[at : at + len(piece)] != piece:
                return False
            at += len(piece)
    return True


# Stretches of untouched runs at most this many: each costs a scan of the file up to
# it for its offset (in C, a few milliseconds); more, and splitting into lines wins.
_MOST_STRETCHES = 16
_CHUNK = 1 << 16  # characters counted at once when looking for a line's offset


def _spliced_by_offsets(
    index: ClaimIndex, text: str, blocks: Mapping[str, tuple[list[str], list[Claim]]]
) -> tuple[str, ClaimIndex] | None:
    """``splice`` as slices of ``text``: the untouched runs between the articles of
    ``blocks`` are copied whole, found by the offsets of a few lines, not by splitting
    a 10k desk's 700,000 lines (a third of a second). None when the runs, in article
    order, fall into too many stretches (``_spliced_by_lines`` then)."""
    planned = _splice_plan(index, text, "\n", blocks)
    if planned is None:
        return None
    pieces, spliced = planned
    out = [text[piece[0] : piece[1]] if isinstance(piece, tuple) else piece for piece in pieces]
    return "".join(out), ClaimIndex(spliced, index._reparse, canonical=True, chunks=index._chunks)


def _splice_plan(
    index: ClaimIndex,
    text: AnyStr,
    newline: AnyStr,
    blocks: Mapping[str, tuple[list[str], list[Claim]]],
) -> tuple[list[tuple[int, int] | AnyStr], list[_RunData]] | None:
    """The pieces of the spliced file in order (a stretch of ``text`` by its offsets,
    start and end, or a block's text) and the runs of its index, for
    ``text`` as characters or as bytes (``newline`` "\n" or b"\n"; each block
    encoded alike): the work of ``_spliced_by_offsets`` and ``ClaimIndex.splice_bytes``."""
    runs = index._runs
    at = {article: k for k, (article, _, _) in enumerate(runs)}
    order = sorted(set(at).union(blocks))
    # Stretches of untouched runs consecutive in the file, in article order: (k, m)
    # is runs k..m; an article of ``blocks`` stands alone as its name.
    stretches: list[tuple[int, int] | str] = []
    for article in order:
        if article in blocks:
            stretches.append(article)
            continue
        k = at[article]
        last = stretches[-1] if stretches else None
        if isinstance(last, tuple) and last[1] + 1 == k:
            stretches[-1] = (last[0], k)
        else:
            stretches.append((k, k))
    if sum(isinstance(stretch, tuple) for stretch in stretches) > _MOST_STRETCHES:
        return None

    known = (1, 0)  # the last line whose offset was found, and that offset

    def offset(line: int) -> int:
        """Where ``line`` starts, counted on from the last line found (the stretches
        come in the file's order): the file is scanned about once, not once each."""
        nonlocal known
        at = _line_offset(text, line, known if known[0] <= line else (1, 0), newline)
        known = (line, at)
        return at

    def end_of(m: int) -> tuple[int, int]:
        """The line after run ``m``, and its offset: the file's end after the last
        run, found without counting the lines of the rest of the file."""
        if m + 1 < len(runs):
            return runs[m + 1][1], offset(runs[m + 1][1])
        return runs[m][1] + text.count(newline, offset(runs[m][1])), len(text)

    try:
        pieces: list[tuple[int, int] | AnyStr] = [(0, offset(runs[0][1]))]  # header, "claims:"
        line = runs[0][1]  # where the next piece starts in the new file
        spliced: list[_RunData] = []
        for stretch in stretches:
            if isinstance(stretch, str):
                block, claims = blocks[stretch]
                if not block:
                    continue
                joined = "\n".join(block) + "\n"
                pieces.append(joined if isinstance(newline, str) else joined.encode())
                spliced.append((stretch, line, [_moved(c, line - 1) for c in claims]))
                line += len(block)
                continue
            k, m = stretch
            start = runs[k][1]
            begin = offset(start)
            end, stop = end_of(m)
            pieces.append((begin, stop))
            for article, was, kept in runs[k : m + 1]:
                now = line + was - start
                if isinstance(kept, list):
                    kept = [_moved(claim, now - was) for claim in kept]
                spliced.append((article, now, kept))
            line += end - start
    except ValueError:  # a line past the file's end: not this text's index
        return None
    if not spliced:
        return None  # no claims at all: written as "claims: []"
    return pieces, spliced


def _line_offset(
    text: AnyStr, line: int, since: tuple[int, int] = (1, 0), newline: AnyStr | None = None
) -> int:
    """Where line ``line`` (from 1) of ``text`` starts; ``len(text)`` past its end;
    counted on from ``since``, a line at or before it and where that line starts.
    Newlines are counted a chunk at a time in C, then found one by one in the last.
    Raises ``ValueError`` for a line beyond that."""
    mark = newline if newline is not None else "\n" if isinstance(text, str) else b"\n"
    need, at = line - since[0], since[1]
    while need:
        end = min(at + _CHUNK, len(text))
        found = text.count(mark, at, end)
        if found < need and end < len(text):
            need, at = need - found, end
            continue
        for _ in range(need):
            at = text.index(mark, at) + 1
        need = 0
    return at


class _DamagedError(Exception):
    """An encoded group of claims that does not decode."""


def _moved(claim: Claim, lines: int) -> Claim:
    """``claim`` standing ``lines`` further down claims.yaml."""
    if not lines:
        return claim
    return msgspec.structs.replace(claim, source_line=claim.source_line + lines)


def _runs_of(claims: list[Claim]) -> list[_RunData]:
    runs: list[_RunData] = []
    for article, run in itertools.groupby(claims, key=lambda claim: claim.article):
        group = list(run)
        runs.append((article, group[0].source_line, group))
    return runs


@functools.cache  # the code does not change under a running process
def _code_fingerprint() -> bytes:
    """A digest of factsuite's own modules and word lists.

    The version alone does not change while someone edits the library (an editable
    install): a new field with a default in model.py would decode an old entry
    without complaint and hand back wrong records. The whole package counts: the
    kinds validate claims as they are parsed, and extraction (cached per article
    below) reads everything else.

    Each file counts by its stat signature, as an input's digest is remembered
    (``remembered_digests``): reading and hashing the ~0.9 MB of source on every
    run was 10-15 ms of a hook. A file changed within ``RACY_NS`` counts by its
    bytes, since a second edit in the same tick could keep its signature.
    """
    return _fingerprint_of(str(Path(__file__).parent), time.time_ns())


# ``_code_fingerprint`` of the package at a folder, at a time (signatures.py: the
# console script's kept answers take the same fingerprint, without this module).
_fingerprint_of = fingerprint_of


def digests(root: Path, inputs: Sequence[Path]) -> Digests:
    """Each input's name and the sha256 of its bytes as they are now."""
    found: list[tuple[str, bytes | None]] = []
    for file in inputs:
        try:
            data = file.read_bytes()
        except OSError:
            data = None  # a missing claims.yaml is a valid (empty) input
        found.append((_input_name(root, file), None if data is None else _sha256(data)))
    return tuple(found)


def _input_name(root: Path, file: Path) -> str:
    return file.relative_to(root).as_posix() if file.is_relative_to(root) else file.as_posix()


def _sha256(data: bytes) -> bytes:
    return hashlib.sha256(data).digest()


# Digests remembered by stat --------------------------------------------------------
#
# Reading and hashing every input on every run (a 10k desk's 15 MB claims.yaml and its
# fact files) was a tenth of a pre-commit hook. So, as git's index does, each input's
# sha256 is remembered with its stat signature (size, mtime, ctime, inode, device)
# and trusted while that is unchanged. No program sets a file's ctime, so an edit
# that puts the old mtime back still shows; replacing a file changes its inode. A
# file changed within ``_RACY_NS`` of being hashed is not remembered: a second write
# in the same tick of a coarse clock could leave its signature as it was.

_RACY_NS = RACY_NS  # signatures.py; a name of this module's, which tests shorten


class _Stat(msgspec.Struct, frozen=True, array_like=True):
    signature: tuple[int, int, int, int, int]
    digest: bytes


class _Stats(msgspec.Struct, frozen=True):
    key: str
    files: dict[str, _Stat]


# Each input's name, the sha256 of its bytes (None: absent), and the signature of the
# very file hashed when it is settled (signatures.settled), else None.
SignedDigests = tuple[tuple[str, bytes | None, Signature | None], ...]


def remembered_digests(
    root: Path, inputs: Sequence[Path], read: Mapping[Path, bytes] | None = None
) -> Digests:
    """What ``digests`` gives, an input whose stat signature is the one remembered
    (in the desk's cache folder, which the caller has checked is inside the desk)
    taken from memory rather than read and hashed again; an input in ``read`` (the
    sha256 of its bytes as the caller read them) taken as that."""
    return tuple((name, digest) for name, digest, _ in signed_digests(root, inputs, read))


def signed_digests(
    root: Path, inputs: Sequence[Path], read: Mapping[Path, bytes] | None = None
) -> SignedDigests:
    """``remembered_digests``, each with the signature its digest stands for: what the
    console script's kept answers are keyed on (answers.py), so that it need not hash
    (none for an input in ``read``: its bytes may have changed since)."""
    path = root / CACHE_DIR / DIGESTS_FILE
    stats_key = f"factsuite {__version__} digests {_FORMAT}"
    held = read_entry(path, _Stats, stats_key)
    known = held.files if held is not None else {}
    kept: dict[str, _Stat] = {}
    found: list[tuple[str, bytes | None, Signature | None]] = []
    now = time.time_ns()  # before any file is read (signatures.py: settled)
    for file in inputs:
        name = _input_name(root, file)
        if read is not None and file in read:
            found.append((name, read[file], None))
            if name in known:  # not looked at: what is remembered of it stays
                kept[name] = known[name]
            continue
        try:
            with file.open("rb") as stream:
                # The stat of the very file read: replaced meanwhile, it is the old one's.
                stat = signature(os.fstat(stream.fileno()))
                was = known.get(name)
                digest = was.digest if was is not None and was.signature == stat else None
                if digest is None:
                    digest = _sha256(stream.read())
        except OSError:
            found.append((name, None, None))  # a missing claims.yaml is a valid (empty) input
            continue
        if now - max(stat[1], stat[2]) > _RACY_NS:
            kept[name] = _Stat(stat, digest)
            found.append((name, digest, stat))
        else:
            found.append((name, digest, None))
    if kept != known:
        write_entry(path, _Stats(stats_key, kept))
    return tuple(found)


def key_of(inputs: Digests) -> str:
    """The key of inputs by their digests: with factsuite's version and code."""
    digest = hashlib.sha256(f"factsuite {__version__} cache {_FORMAT}\0".encode())
    digest.update(_code_fingerprint())
    for name, data in inputs:
        digest.update(f"\0{name}\0".encode())
        digest.update(b"-" if data is None else data)
    return digest.hexdigest()


def cache_key(root: Path, inputs: Sequence[Path]) -> str:
    """The key of the inputs as they are now: names and sha256 of each file's bytes."""
    return key_of(digests(root, inputs))


def with_digest(inputs: Digests, name: str, digest: bytes) -> Digests:
    """``inputs`` with the file ``name`` now of sha256 ``digest``."""
    return tuple((n, digest if n == name else d) for n, d in inputs)


def cache_path(root: Path) -> Path:
    return root / CACHE_DIR / CACHE_FILE


class _Keyed(Protocol):
    @property
    def key(self) -> str: ...


_E = TypeVar("_E", bound=_Keyed)


def read_entry(path: Path, kind: type[_E], key: str) -> _E | None:
    """The cache entry at ``path``, decoded as ``kind``, if it was kept under ``key``.
    None when it is absent, stale, truncated, from another layout, or garbage: the
    caller derives it again (a cache is never an error). Every cache of the desk's
    reads through here."""
    try:
        with collector_paused():  # 100,000 facts are as many objects that stay alive
            entry = msgspec.msgpack.decode(path.read_bytes(), type=kind)
    except (OSError, msgspec.MsgspecError, ValueError, TypeError):
        return None
    return entry if entry.key == key else None


def write_entry(path: Path, entry: msgspec.Struct | bytes) -> bool:
    """``entry`` kept at ``path`` in the desk's cache folder (a record, or bytes as
    encoded), atomically: a concurrent reader sees the old entry or the new one,
    never half. An unwritable folder (a read-only checkout) keeps nothing: the work
    still gets done, only slower. Whether it was kept."""
    data = entry if isinstance(entry, bytes) else msgspec.msgpack.encode(entry)
    try:
        _make_folder(path.parent)
        replace_atomically(path, data, durable=False)
    except OSError:
        return False
    return True


def _read(
    path: Path, key: str, reparse: Callable[[], Mapping[str, Fact]]
) -> tuple[FactBase, _Entry] | None:
    from factsuite.facts import EncodedFacts, FactBase

    entry = read_entry(path, _Entry, key)
    if entry is None or not len(entry.ids) == len(entry.tags) == len(entry.facts):
        return None
    runs = (entry.articles, entry.lines, entry.chunk_of, entry.starts, entry.ends)
    if len({len(column) for column in runs}) != 1:
        return None
    if not all(0 <= k < len(entry.chunks) for k in entry.chunk_of):
        return None
    facts = EncodedFacts(entry.ids, entry.tags, entry.facts, reparse)
    return FactBase(facts, entry.files), entry


def store(root: Path, inputs: Digests, facts: FactBase, claims: ClaimIndex) -> None:
    """Keep ``facts`` and ``claims`` as what parsing ``inputs`` gives: for a command
    that has just written claims.yaml (and knows what parsing it would give), so
    that the next check finds the cache warm."""
    path = cache_path(root)
    try:
        inside_desk(root, path, CACHE_DIR)
    except InputError:
        return
    _write(path, desk_key(inputs), facts, claims)


def desk_key(inputs: Digests) -> str:
    """The key of the parsed desk: its inputs by contents, the code, and the kinds
    (``kinds_key``): a desk's own kind module is no input file, yet editing it
    changes which claims parse."""
    return key_of(inputs) + kinds_key()


def _write(path: Path, key: str, facts: FactBase, claims: ClaimIndex) -> None:
    """Keep ``facts`` and ``claims`` under ``key`` at ``path``: the runs of claims
    not kept yet (decoded, or encoded in memory) into one new chunk file beside it,
    the entry naming it and the chunks that hold the others. More than
    ``_MOST_CHUNKS`` chunks, and every run goes into the new one; a chunk no longer
    named is removed (a reader that had it finds it gone: it parses again)."""
    from factsuite.facts import EncodedFacts, encode_fact

    folder = path.parent
    runs = claims._runs
    kept = {data.chunk for _, _, data in runs if isinstance(data, _Kept)}
    gather = len(kept) >= _MOST_CHUNKS
    fresh: list[bytes | msgspec.Raw] = []  # the new chunk's pieces
    size = 0
    places: list[tuple[str | None, int, int]] = []  # a run's chunk (None: the new one)
    try:
        for _, line, data in runs:
            if isinstance(data, _Kept) and not gather:
                places.append(data)
                continue
            if isinstance(data, _Kept):
                piece: bytes | msgspec.Raw = claims._piece(data)
            elif isinstance(data, msgspec.Raw):
                piece = data
            else:
                piece = msgspec.msgpack.encode([_moved(c, -line) for c in data])
            places.append((None, size, size + len(piece)))
            fresh.append(piece)
            size += len(piece)
    except (OSError, ValueError):
        return  # a chunk gone meanwhile: nothing kept, the next run parses
    held = facts.facts
    if isinstance(held, EncodedFacts):
        tags, encoded = held.encoded()
    else:
        pairs = [encode_fact(fact) for fact in held.values()]
        tags, encoded = [tag for tag, _ in pairs], [raw for _, raw in pairs]
    chunks: dict[str, int] = {}
    new = None
    if fresh:
        digest = hashlib.sha256()
        for piece in fresh:
            digest.update(piece)
        new = f"{CHUNK_PREFIX}{digest.hexdigest()[:32]}.msgpack"
        try:
            _make_folder(folder)
            replace_atomically(folder / new, fresh, durable=False)
        except OSError:
            return
    chunk_of: list[int] = []
    for chunk, _, _ in places:
        name = new if chunk is None else chunk
        assert name is not None
        chunk_of.append(chunks.setdefault(name, len(chunks)))
    entry = _Entry(
        key=key,
        files=facts.files,
        ids=list(held),
        tags=tags,
        facts=encoded,
        articles=[article for article, _, _ in runs],
        lines=[line for _, line, _ in runs],
        chunk_of=chunk_of,
        starts=[start for _, start, _ in places],
        ends=[end for _, _, end in places],
        chunks=list(chunks),
        canonical=claims.canonical,
    )
    if write_entry(path, entry):
        _remove_chunks_but(folder, set(chunks))


def _remove_chunks_but(folder: Path, named: set[str]) -> None:
    """Remove the chunk files in ``folder`` not in ``named`` (those the entry just
    written names): what earlier entries named and no reader will look for."""
    try:
        with os.scandir(folder) as entries:
            stale = [
                entry.path
                for entry in entries
                if entry.name.startswith(CHUNK_PREFIX) and entry.name not in named
            ]
    except OSError:
        return
    for file in stale:
        with contextlib.suppress(OSError):  # in use elsewhere, or gone already
            Path(file).unlink()


def load_indexed(
    root: Path,
    inputs: Sequence[Path],
    parse: Callable[[], Parsed],
    read: Mapping[Path, bytes] | None = None,
) -> tuple[FactBase, ClaimIndex, Digests | None]:
    """``parse()``'s result for ``inputs`` as they are now, from the cache when it
    holds it, the claims indexed by article; and the inputs' digests (None when the
    cache cannot be used).

    ``read``: the sha256 of some inputs as the caller read them (``extract`` reads
    claims.yaml before it loads the desk, to merge into that copy): from the cache,
    the parse of those bytes, which need not be read and hashed again. The cache
    missing, every input is hashed as it is now, then parsed, as without ``read``.

    ``parse`` may raise ``InputError``; nothing is cached then, so the error is
    reported again on every run until the input is fixed.
    """
    path = cache_path(root)
    try:  # a .factsuite_cache committed as a symlink out would have us write out there
        inside_desk(root, path, CACHE_DIR)
    except InputError:
        facts, claims = parse()
        return facts, ClaimIndex.of(claims), None
    found = remembered_digests(root, inputs, read)
    key = desk_key(found)
    cached = _read(path, key, lambda: parse()[0].facts)
    # Its chunk files mapped now: one a later store removes stays readable here.
    chunks = None if cached is None else _Chunks.open(path.parent, cached[1].chunks)
    if cached is not None and chunks is not None:
        facts, entry = cached
        names = entry.chunks
        runs: list[_RunData] = [
            (article, line, _Kept(names[k], start, end))
            for article, line, k, start, end in zip(
                entry.articles, entry.lines, entry.chunk_of, entry.starts, entry.ends, strict=True
            )
        ]
        index = ClaimIndex(runs, lambda: parse()[1], canonical=entry.canonical, chunks=chunks)
        return facts, index, found
    if read:  # what is parsed now is the files as they are, whatever the caller read
        found = remembered_digests(root, inputs)
        key = desk_key(found)
    facts, claims = parse()
    index = ClaimIndex.of(claims)
    _write(path, key, facts, index)
    return facts, index, found


def load_cached(root: Path, inputs: Sequence[Path], parse: Callable[[], Parsed]) -> Parsed:
    """``parse()``'s result for ``inputs`` as they are now, from the cache when it holds it."""
    facts, claims, _ = load_indexed(root, inputs, parse)
    return facts, claims.all()


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


def extraction_key(fact_inputs: Digests) -> str:
    """The key of what extraction depends on besides the article: the fact files
    and pyproject.toml (``fact_inputs``, by contents), the code, and the kinds
    registered now (``kinds_key``: a kind's ``find`` decides what extraction finds)."""
    return key_of(fact_inputs) + kinds_key()


def kinds_key() -> str:
    """The kinds registered now: by name, and a kind that is not factsuite's own (a
    desk's, an installed one's) by its module's source too, since the code
    fingerprint does not cover it. Both caches are keyed on it: the kinds decide
    which claims parse (a kind's ``fact_types``) and what extraction finds. Naming
    a kind's module imports nothing (``Registry.module``)."""
    kinds = hashlib.sha256()
    current = registry.current()
    for name in current.names():
        kinds.update(f"{name}\0".encode())
        module = current.module(name)
        if module != "factsuite" and not module.startswith("factsuite."):
            kinds.update(_module_source(module))
    return kinds.hexdigest()[:16]


def _module_source(module: str) -> bytes:
    """The bytes of ``module``'s file as they are now (empty when it has none)."""
    file = getattr(sys.modules.get(module), "__file__", None)
    try:
        return b"" if file is None else Path(file).read_bytes()
    except OSError:
        return b""


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
        entry = read_entry(path, _Extracted, key)
        return None if entry is None else entry.claims

    def put(self, article: Article, claims: list[Claim]) -> None:
        path, key = self._entry(article)
        if path is not None:
            write_entry(path, _Extracted(key=key, claims=claims))

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
