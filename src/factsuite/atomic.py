"""Replacing a file so that a reader never sees half of it and an error leaves the old one.

One writer for every file factsuite writes (claims.yaml, reports, the cache): a
temporary file beside the *resolved* target, written and synced, given the target's
mode (or, for a new file, the mode the umask allows, as ``open`` would), then renamed
over it. A symlink is written through and stays a link.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Sequence
from pathlib import Path


def replace_atomically(
    path: Path, text: str | bytes | Sequence[bytes | memoryview], *, durable: bool = True
) -> None:
    """Replace ``path`` with ``text`` (UTF-8, or bytes as they are, or the pieces of
    the bytes in order: written one after the other, never joined); ``OSError`` when
    it cannot (no temporary file left). ``durable=False`` skips the sync, for a file
    that may be lost (the cache): a reader still sees the old file or the new one."""
    if isinstance(text, str):
        pieces: Sequence[bytes | memoryview] = [text.encode("utf-8")]
    elif isinstance(text, bytes):
        pieces = [text]
    else:
        pieces = text
    target = path.resolve()  # a symlink is written through; the link stays
    try:
        mode = target.stat().st_mode & 0o7777
    except FileNotFoundError:
        mode = 0o666 & ~_umask()
    handle, temporary = tempfile.mkstemp(
        dir=target.parent, prefix=f".{target.name}.", suffix=".tmp"
    )
    try:
        with os.fdopen(handle, "wb") as stream:
            for piece in pieces:
                stream.write(piece)
            if durable:
                stream.flush()
                os.fsync(stream.fileno())  # the bytes are on disk before the name points at them
        Path(temporary).chmod(mode)  # mkstemp makes the file 600
        Path(temporary).replace(target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def _umask() -> int:
    # The only portable way to read the umask is to set it; set it straight back.
    current = os.umask(0o022)
    os.umask(current)
    return current
