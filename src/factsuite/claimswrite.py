"""Writing claims.yaml, a file many writers share, without losing anyone's save.

An editor saves review decisions into claims.yaml while ``factsuite extract`` (or
another factsuite command) is rewriting it from what it read a while ago. Writing
blindly would replace the editor's save with the older copy, so every write of
claims.yaml goes through :func:`write_claims`, which:

- takes a lock beside the file (``claims.yaml.lock``), so two factsuite writers
  never interleave their read-compare-write. On POSIX it is an ``flock`` of that
  file, as the ``filelock`` package takes it (the two exclude each other), taken
  here because importing filelock cost 30-60 ms of every ``factsuite extract``;
  elsewhere filelock's own;
- re-reads the file under the lock and writes only if its bytes are those the
  command read (their sha256, kept in a :class:`Snapshot`); otherwise it raises
  :class:`ChangedSinceReadError` and leaves the file as saved. The command's result is
  discarded rather than kept beside the file: it was computed from the old copy, and
  running the command again merges the new save, which no copy kept aside would do;
- replaces the file atomically: a temporary file in the folder of the file the name
  resolves to (so ``os.replace`` stays on one file system), given the old file's
  mode (a new file gets the mode the umask allows), then ``os.replace``. A symlinked
  claims.yaml stays a symlink: its target is replaced. The temporary file is removed
  on any failure.

Editors do not take the lock; the hash comparison is what protects their saves. The
remaining window, between the comparison and the rename, is a few system calls.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from factsuite.atomic import replace_atomically
from factsuite.textfile import decode_text, read_errors

LOCK_SUFFIX = ".lock"
LOCK_TIMEOUT = 30.0  # seconds: another factsuite writing the file takes well under that
_LOCK_POLL = 0.05  # seconds between tries of a lock held by another writer (filelock's)


class ChangedSinceReadError(Exception):
    """The file changed after the command read it (or its lock stayed taken): nothing
    was written. The message is one line, for the user."""


@dataclass(frozen=True)
class Snapshot:
    """A file as a command read it: its text (None when it did not exist) and the
    sha256 of its bytes, to tell at write time whether someone saved it since."""

    text: str | None
    digest: str | None


def _digest(data: bytes | None) -> str | None:
    return None if data is None else hashlib.sha256(data).hexdigest()


def _read_bytes(path: Path, display: str) -> bytes | None:
    with read_errors(display):
        try:
            return path.read_bytes()
        except FileNotFoundError:
            return None


def read_snapshot(path: Path, display: str) -> Snapshot:
    """The file's text and digest, read once. Raises ``InputError`` for a file that
    is not UTF-8 text."""
    return read_bytes(path, display).snapshot(display)


@dataclass(frozen=True)
class ReadBytes:
    """A file's bytes as a command read them (None when it did not exist) and their
    sha256, not yet decoded: ``extract ARTICLE`` splices a claims.yaml it knows into
    a new one without decoding its 15 MB (cache.ClaimIndex.splice_bytes)."""

    data: bytes | None
    digest: str | None

    def snapshot(self, display: str) -> Snapshot:
        """The file as ``read_snapshot`` reads it: ``InputError`` unless UTF-8 text."""
        text = None if self.data is None else decode_text(self.data, display)
        return Snapshot(text, self.digest)


def read_bytes(path: Path, display: str) -> ReadBytes:
    """The file's bytes and digest, read once, not decoded."""
    data = _read_bytes(path, display)
    return ReadBytes(data, _digest(data))


def lock_path(path: Path) -> Path:
    """Where the lock of ``path`` sits: beside it, under the name it is used by."""
    return path.with_name(path.name + LOCK_SUFFIX)


def write_claims(path: Path, text: str, read: Snapshot, display: str) -> Snapshot:
    """Replace ``path`` with ``text`` if it still holds what ``read`` saw; the file as
    written, as ``read_snapshot`` would read it back (for a writer that goes on).

    Raises :class:`ChangedSinceReadError` (the file left as it is) when it does not, or
    when another writer holds the lock too long; ``OSError`` when it cannot be
    written (the temporary file removed).
    """
    data = text.encode("utf-8")
    replace_claims(path, data, read, display)
    return Snapshot(decode_text(data, display), _digest(data))


def replace_claims(
    path: Path,
    data: bytes | Sequence[bytes | memoryview],
    read: Snapshot | ReadBytes,
    display: str,
) -> None:
    """``write_claims`` of the bytes ``data`` (or its pieces, in order), for a writer
    that does not go on: it reads nothing back (on a 10k desk, decoding and hashing
    15 MB again for a snapshot nobody uses)."""
    try:
        with _locked(lock_path(path), LOCK_TIMEOUT):
            if not _still(path, read, display):
                raise ChangedSinceReadError(
                    f"{display}: changed while this command ran (someone saved it);"
                    " left as saved and nothing written: run the command again"
                )
            replace_atomically(path, data)
    except _LockTimeoutError:
        raise ChangedSinceReadError(
            f"{display}: another factsuite command kept {lock_path(path).name} locked"
            f" for {LOCK_TIMEOUT:.0f} s; nothing written: run the command again"
        ) from None


def _still(path: Path, read: Snapshot | ReadBytes, display: str) -> bool:
    """Whether ``path`` holds what ``read`` saw: its bytes compared a piece at a time
    with those read, when kept (cheaper than hashing 15 MB again, and nothing as
    large allocated), else by digest."""
    if not isinstance(read, ReadBytes) or read.data is None:
        return _digest(_read_bytes(path, display)) == read.digest
    data = read.data
    with read_errors(display):
        try:
            with path.open("rb") as stream:
                at = 0
                # Bytes with bytes: comparing memoryviews goes item by item, 10x slower.
                while piece := stream.read(_COMPARED_AT_ONCE):
                    if piece != data[at : at + len(piece)]:
                        return False
                    at += len(piece)
                return at == len(data)
        except FileNotFoundError:
            return False


_COMPARED_AT_ONCE = 1 << 20  # bytes


class _LockTimeoutError(Exception):
    """Another writer held the lock for the whole timeout."""


@contextlib.contextmanager
def _locked(lock: Path, timeout: float) -> Iterator[None]:
    """``lock`` held, by this process alone, for the ``with`` block; raises
    ``_LockTimeoutError`` when another holds it for ``timeout`` seconds. The lock file
    is left in place, as filelock leaves it (removing it would race a waiter)."""
    try:
        import fcntl
    except ImportError:  # Windows
        from filelock import FileLock, Timeout

        held = FileLock(lock, timeout=timeout)
        try:
            held.acquire()
        except Timeout:
            raise _LockTimeoutError from None
        try:
            yield
        finally:
            held.release()
        return
    handle = os.open(lock, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        deadline = time.monotonic() + timeout
        while True:
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    raise _LockTimeoutError from None
                time.sleep(_LOCK_POLL)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)
    finally:
        os.close(handle)
