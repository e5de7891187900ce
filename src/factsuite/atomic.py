"""Replacing a file so that a reader never sees half of it and an error leaves the old one.

One writer for every file factsuite writes (claims.yaml, reports, the cache): a
temporary file beside the *resolved* target, written and synced, given the target's
mode (or, for a new file, the mode the umask allows, as ``open`` would), then renamed
over it. A symlink is written through and stays a link.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


def replace_atomically(path: Path, text: str | bytes, *, durable: bool = True) -> None:
    """Replace ``path`` with ``text`` (UTF-8, or bytes as they are); ``OSError`` when it
    cannot (no temporary file left). ``durable=False`` skips the sync, for a file
    that may be lost (the cache): a reader still sees the old file or the new one."""
    data = text.encode("utf-8") if isinstance(text, str) else text
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
            stream.write(data)
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
