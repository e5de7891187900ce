"""Replacing a file so that a reader never sees half of it and an error leaves the old one.

One writer for every file factsuite writes (claims.yaml, reports): a temporary file
beside the *resolved* target, written and synced, given the target's mode (or, for a
new file, the mode the umask allows, as ``open`` would), then renamed over it. A
symlink is written through and stays a link.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


def replace_atomically(path: Path, text: str) -> None:
    """Replace ``path`` with ``text``; ``OSError`` when it cannot (no temporary file left)."""
    target = path.resolve()  # a symlink is written through; the link stays
    try:
        mode = target.stat().st_mode & 0o7777
    except FileNotFoundError:
        mode = 0o666 & ~_umask()
    handle, temporary = tempfile.mkstemp(
        dir=target.parent, prefix=f".{target.name}.", suffix=".tmp"
    )
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as stream:
            stream.write(text)
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
