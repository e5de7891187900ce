"""Files known by their stat signature, as git's index knows them: the standard library only.

A file's signature is its size, mtime, ctime, inode and device. No program sets a
file's ctime, so an edit that puts the old mtime back still shows, and replacing a
file changes its inode: an unchanged signature means unchanged bytes, except for a
file changed within ``RACY_NS`` of being read, which a second write in the same tick
of a coarse clock could leave with the signature it had.

The desk's caches (cache.py) and the console script's kept answers (answers.py) both
trust signatures this way; this module is what they share, and imports nothing that
would slow the hook's start (not even pathlib: its os.path calls are on purpose).
"""

# ruff: noqa: PTH116, PTH118, PTH123

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterator

RACY_NS = 2_000_000_000  # FAT's two seconds, the coarsest timestamps in use

Signature = tuple[int, int, int, int, int]


def signature(stat: os.stat_result) -> Signature:
    return (stat.st_size, stat.st_mtime_ns, stat.st_ctime_ns, stat.st_ino, stat.st_dev)


def settled(held: Signature, now: int) -> bool:
    """Whether a file of this signature was last changed long enough before ``now``
    (taken before it was read) that its signature stands for its bytes."""
    return long_before(max(held[1], held[2]), now)


def long_before(changed: int, now: int) -> bool:
    """Whether the time ``changed`` is more than ``RACY_NS`` before ``now`` (both ns)."""
    return now - changed > RACY_NS


def fingerprint_of(here: str, now: int) -> bytes:
    """A digest of the package at ``here`` as it is at the time ``now``: every module
    and word list (``code_files``) by its signature, or by its bytes when it changed
    within ``RACY_NS``."""
    digest = hashlib.sha256()
    for relative, path in sorted(code_files(here)):
        stat = os.stat(path)
        digest.update(f"\0{relative}\0".encode())
        if settled(signature(stat), now):
            digest.update(repr(signature(stat)).encode())
        else:
            with open(path, "rb") as stream:
                digest.update(stream.read())
    return digest.digest()


def code_files(here: str) -> Iterator[tuple[str, str]]:
    """(path relative to ``here`` with "/", path) of every module under ``here``, and
    of every file with a suffix under its ``data`` folder (the word lists)."""
    for folder, folders, files in os.walk(here):
        folders[:] = [name for name in folders if name != "__pycache__"]
        relative = os.path.relpath(folder, here).replace(os.sep, "/")
        data = relative == "data" or relative.startswith("data/")
        for name in files:
            if relative == "." and name == "plugin.py":  # pytest's face: no cache holds its work
                continue
            if name.endswith(".py") or (data and "." in name):
                yield ("" if relative == "." else relative + "/") + name, os.path.join(folder, name)
