"""Text folded the way ``names.fold`` folds a name, with every position mapped back.

Names, titles and cues are compared in folded form ("Kim Jong-un" is "kim jong un",
"U.S." is "us"), so the automaton scans folded text. A match must still point at
the characters a reader sees, so each folded index maps back to an index of the
original text.

Folding is per character and reuses ``names.fold`` for each distinct character, so
the rules live in one place. Unlike ``names.fold`` runs of spaces are not collapsed:
a comma followed by a space folds to two spaces, which keeps a name from matching
across punctuation ("Lei, China" is not "lei china").
"""

from __future__ import annotations

import bisect
import unicodedata
from dataclasses import dataclass
from itertools import accumulate

from factsuite.invisible import invisible_names
from factsuite.names import fold

_FOLDED: dict[int, str] = {}


def _fold_char(ch: str) -> str:
    if unicodedata.combining(ch) or ch == "." or ch in invisible_names():
        # fold() drops accents, full stops ("U.S." is "us") and invisible characters:
        # they take no room.
        return ""
    folded = fold(ch)
    # What fold() turns into a separator (and then strips, alone) is a space here.
    return folded if folded else " "


class _Table(dict[int, str]):
    """The fold of each character, learnt the first time it is seen."""

    def __missing__(self, code: int) -> str:
        value = _fold_char(chr(code))
        self[code] = value
        return value


_TABLE = _Table()

# Every ASCII character folds to one character but ".", which is deleted. ASCII text
# folds as bytes, one lookup per byte in C (bytes.translate), with "." left in place
# so that every index is still the text's own; "?" stays "?", for ``encode`` writes
# it for each character other than ASCII, and each is then looked up in ``_TABLE``.
assert all(len(_fold_char(chr(code))) == 1 for code in range(128) if chr(code) != ".")
_ASCII_BYTES = bytes(
    ord(_fold_char(chr(code)) or ".") if code < 128 and code != ord("?") else ord("?")
    for code in range(256)
)


@dataclass(frozen=True, slots=True)
class FoldedText:
    """``text`` folded; ``original(i)`` is where folded index ``i`` came from."""

    text: str
    # Original indices of characters that fold to other than one character, and the
    # folded index at which each of them starts: between two such points the shift
    # between folded and original text is constant.
    _points: tuple[int, ...]
    _folded_at: tuple[int, ...]
    _lengths: tuple[int, ...]
    length: int

    def original(self, index: int) -> int:
        """The original index of folded index ``index`` (the end maps to the end)."""
        k = bisect.bisect_right(self._folded_at, index) - 1
        if k < 0:
            return index
        start, point, size = self._folded_at[k], self._points[k], self._lengths[k]
        if index < start + size:
            return point  # inside the expansion of one character
        return point + 1 + (index - start - size)

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """The original span of the folded span ``[start, end)``."""
        if end <= start:
            first = self.original(start)
            return first, first
        return self.original(start), self.original(end - 1) + 1


def fold_text(text: str) -> FoldedText:
    # The ASCII characters fold in C (see ``_ASCII_BYTES``), the rarer others (and
    # question marks) one by one through the table that learns them.
    marked = text.encode("ascii", "replace").translate(_ASCII_BYTES)
    ascii_folded = marked.decode("ascii")
    parts: list[str] = []
    points: list[int] = []  # where a character folds to other than one character
    at = 0
    found = marked.find(b"?")
    while found != -1:
        folded_char = _TABLE[ord(text[found])]
        parts += (ascii_folded[at:found], folded_char)
        if len(folded_char) != 1:
            points.append(found)
        at = found + 1
        found = marked.find(b"?", at)
    parts.append(ascii_folded[at:])
    folded = "".join(parts).replace(".", "")  # no other character folds to "."
    dot = text.find(".")
    if dot != -1:
        dots = []
        while dot != -1:
            dots.append(dot)
            dot = text.find(".", dot + 1)
        points = sorted(points + dots) if points else dots
    if not points:
        return FoldedText(folded, (), (), (), len(text))
    lengths = [len(_TABLE[ord(text[point])]) for point in points]
    # Where each point starts in the folded text: its original index plus what the
    # points before it added (each folds to ``size`` characters instead of one).
    # (``growth`` has one more item than ``points``: the total, not needed here.)
    growth = accumulate((size - 1 for size in lengths), initial=0)
    folded_at = [point + grown for point, grown in zip(points, growth, strict=False)]
    return FoldedText(folded, tuple(points), tuple(folded_at), tuple(lengths), len(text))
