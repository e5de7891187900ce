"""Characters a reader cannot see: read as absent, reported where they stand.

A soft hyphen or a zero-width space pasted inside "Min Aung Hliang" leaves the name
looking the same to everyone, but splits it for every program: the misspelling
would no longer be read as a name, and a reviewed claim on it would go stale and be
rebound. So an article's body is read without them (articles.py keeps the offsets
of the file as stored), names fold them away, and each is reported as a warning at
its line and column, so that a person can remove it.

Which characters these are is language data: ``data/invisible.txt``.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from importlib import resources


@functools.cache
def invisible_names() -> dict[str, str]:
    """Each invisible character, with the name a warning gives it."""
    table: dict[str, str] = {}
    text = resources.files("factsuite").joinpath("data/invisible.txt").read_text("utf-8")
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        code, _, name = line.partition(" ")
        table[chr(int(code.removeprefix("U+"), 16))] = name.strip()
    return table


@functools.cache
def invisible_pattern() -> re.Pattern[str]:
    """A pattern matching any one invisible character."""
    return re.compile("[" + "".join(re.escape(c) for c in invisible_names()) + "]")


def strip_invisible(text: str) -> str:
    """``text`` without its invisible characters."""
    return text if text.isascii() else invisible_pattern().sub("", text)


@dataclass(frozen=True, slots=True)
class InvisibleCharacter:
    """One invisible character in an article: where it stands in the file as stored
    (1-based line and column), which it is, and the word it stands in."""

    path: str
    line: int
    column: int
    char: str
    word: str

    @property
    def warning(self) -> str:
        """``path:line:col: warning: invisible character U+00AD (soft hyphen) inside "…"``"""
        name = invisible_names().get(self.char, "invisible")
        return (
            f"{self.path}:{self.line}:{self.column}: warning: invisible character"
            f" U+{ord(self.char):04X} ({name}) inside {self.word!r}; delete it"
        )
