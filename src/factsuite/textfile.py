"""Reading a user's text file, with a clear error for whatever is wrong with it."""

from __future__ import annotations

import contextlib
import re
from collections.abc import Iterator
from pathlib import Path

from factsuite.errors import InputError

_LINE_BREAK = re.compile(r"\r\n?")


def read_text(path: Path, display: str) -> str:
    """The file's text as UTF-8. Missing, binary and non-UTF-8 files raise ``InputError``.

    A leading byte-order mark is dropped: editors hide it, so columns must not count it.
    Line endings read as LF, whether stored as CRLF (a Windows checkout) or as a
    lone CR: editors and YAML count all three as one line break, so every line and
    column stays where the editor shows it, and a file differs from another in its
    text, never in its line endings.
    """
    with read_errors(display):
        try:
            data = path.read_bytes()
        except FileNotFoundError:
            raise InputError(display, "file not found") from None
    return decode_text(data, display)


@contextlib.contextmanager
def read_errors(display: str) -> Iterator[None]:
    """An error reading a user's file as the one-line input error they are shown; a
    missing file (``FileNotFoundError``) passes through, for each caller to say or
    allow."""
    try:
        yield
    except FileNotFoundError:
        raise
    except IsADirectoryError:
        raise InputError(display, "is a directory, not a file") from None
    except OSError as exc:
        raise InputError(display, f"cannot be read: {exc.strerror}") from None


_BOM = "\ufeff"


def decodes_as_is(data: bytes) -> bool:
    """Whether :func:`decode_text` keeps ``data``'s lines as stored: no byte-order
    mark to drop and no line break but LF to rewrite, so that the bytes can be worked
    on as the text they decode to (line by line, byte for byte)."""
    return b"\r" not in data and not data.startswith(_BOM.encode())


def decode_text(data: bytes, display: str) -> str:
    """``data`` as :func:`read_text` reads a file's bytes: for a caller that keeps the
    bytes too (to tell later whether the file changed since)."""
    if b"\0" in data:
        raise InputError(display, "is a binary file, not UTF-8 text")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        before = data[: exc.start]
        line = before.count(b"\n") + 1
        column = len(before[before.rfind(b"\n") + 1 :].decode("utf-8", "replace")) + 1
        raise InputError(
            display,
            f"is not valid UTF-8 (byte 0x{data[exc.start]:02x}); save it as UTF-8",
            line,
            column,
        ) from None
    return _LINE_BREAK.sub("\n", text.removeprefix(_BOM))


def line_ending(path: Path) -> str:
    """CRLF when the file's first line ends in one, else LF (also for a missing
    file): what a rewrite of the file writes, so a Windows checkout stays CRLF."""
    try:
        with path.open("rb") as stream:
            first = stream.readline()
    except OSError:
        return "\n"
    return "\r\n" if first.endswith(b"\r\n") else "\n"
