"""The one error type a user sees: something wrong in their input, with its place."""

from __future__ import annotations

import unicodedata


class InputError(Exception):
    """Bad input (a fact file, claims.yaml, an article), located in its file.

    Rendered like a compiler diagnostic, ``path:line:column: message``, so editors
    and CI logs can jump to it. Line and column are 1-based; either may be unknown.
    """

    def __init__(self, path: str, message: str, line: int | None = None, column: int | None = None):
        super().__init__(message)
        self.path = path
        self.message = message
        self.line = line
        self.column = column

    def __reduce__(self) -> tuple[type[InputError], tuple[str, str, int | None, int | None]]:
        # Pickled whole, so an error met in a worker process (extract -j) reads the same.
        return (type(self), (self.path, self.message, self.line, self.column))

    @property
    def location(self) -> str:
        place = self.path
        if self.line is not None:
            place += f":{self.line}"
            if self.column is not None:
                place += f":{self.column}"
        return place

    def __str__(self) -> str:
        return one_line(f"{self.location}: {self.message}")


def one_line(text: str) -> str:
    """``text`` with its control characters and line separators escaped as Python
    writes them: a path from claims.yaml may hold a newline, and an error is one line."""
    return "".join(
        repr(char)[1:-1] if unicodedata.category(char) in ("Cc", "Zl", "Zp") else char
        for char in text
    )
