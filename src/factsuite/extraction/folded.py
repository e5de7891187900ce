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
import re
import unicodedata
from dataclasses import dataclass
from itertools import accumulate

from factsuite.names import fold

_FOLDED: dict[int, str] = {}


def _fold_char(ch: str) -> str:
    if unicodedata.combining(ch) or ch in ".\u200b\u200c\u200d\ufeff":
        # fold() drops accents and full stops ("U.S." is "us"): they take no room.
        return ""
    folded = fold(ch)
    # What fold() turns into a separator (and then strips, alone) is a space here.
    return folded if folded else " "


class _Table(dict[int, str]):
    """A ``str.translate`` table that learns each character the first time it is seen."""

    def __missing__(self, code: int) -> str:
        value = _fold_char(chr(code))
        self[code] = value
        return value


_TABLE = _Table()

# ASCII text folds through the fast path of str.translate, which CPython takes for an
# ASCII string and a table of one ASCII character (or None, to delete) per code: a
# forty times faster than the general path. "." is the one ASCII character that does
# not fold to exactly one character: it is deleted.
_ASCII_TABLE: dict[int, str | None] = {code: _fold_char(chr(code)) or None for code in range(128)}
_ASCII_DELETED = "".join(chr(code) for code, folded in _ASCII_TABLE.items() if folded is None)
_NON_ASCII_RUNS = re.compile(r"([^\x00-\x7f]+)")


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
    # Runs of ASCII take the fast path of str.translate; the rarer runs of other
    # characters go through the table that learns them.
    parts = _NON_ASCII_RUNS.split(text)  # ASCII, other, ASCII, ..., ASCII
    others = parts[1::2]
    parts[0::2] = [part.translate(_ASCII_TABLE) for part in parts[0::2]]
    parts[1::2] = [part.translate(_TABLE) for part in others]
    folded = "".join(parts)
    irregular = [c for c in _ASCII_DELETED if c in text]
    irregular += [c for c in set("".join(others)) if len(_TABLE[ord(c)]) != 1]
    if not irregular:
        return FoldedText(folded, (), (), (), len(text))
    pattern = re.compile("[" + "".join(re.escape(c) for c in irregular) + "]")
    points = [match.start() for match in pattern.finditer(text)]
    lengths = [len(_TABLE[ord(text[point])]) for point in points]
    # Where each point starts in the folded text: its original index plus what the
    # points before it added (each folds to ``size`` characters instead of one).
    # (``growth`` has one more item than ``points``: the total, not needed here.)
    growth = accumulate((size - 1 for size in lengths), initial=0)
    folded_at = [point + grown for point, grown in zip(points, growth, strict=False)]
    return FoldedText(folded, tuple(points), tuple(folded_at), tuple(lengths), len(text))
