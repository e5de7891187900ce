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
    folded = text.translate(_TABLE)
    if len(folded) == len(text) and not any(len(_TABLE[ord(c)]) != 1 for c in set(text)):
        return FoldedText(folded, (), (), (), len(text))
    irregular = [c for c in set(text) if len(_TABLE[ord(c)]) != 1]
    pattern = re.compile("[" + "".join(re.escape(c) for c in irregular) + "]")
    points: list[int] = []
    folded_at: list[int] = []
    lengths: list[int] = []
    shift = 0  # folded index minus original index so far
    for match in pattern.finditer(text):
        point = match.start()
        size = len(_TABLE[ord(text[point])])
        points.append(point)
        folded_at.append(point + shift)
        lengths.append(size)
        shift += size - 1
    return FoldedText(folded, tuple(points), tuple(folded_at), tuple(lengths), len(text))


def is_word_char(ch: str) -> bool:
    return ch.isalnum() or ch == "_"
