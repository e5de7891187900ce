"""Where the sentences of a text end: the one sentence splitter of factsuite.

A sentence ends at . ! ? (with any closing quotes or brackets) before a space and a
capital, a digit or an opening quote; at a line break (a heading, a list item, a
paragraph); or at a full stop between a word and a capitalised word
("strategies.China", a space lost in copy). A full stop does not end one after an
abbreviation news writes with it ("Mr. Kim", "Sept. 3", "Acme Corp. said": the words
are data/en/abbreviations.txt), after dotted initials ("U.S. talks", "J.K. Rowling")
or a single capital ("George W. Bush"), or inside an ellipsis that marks words left
out ("we will... We must" reads as one sentence).
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from importlib import resources

# Every branch starts with the one character [.!?\n], written once at the front: a
# pattern that opens with a character set lets re skip to the next candidate in C,
# where three branches with different openings make it try the pattern at every
# character (six times slower).
SENTENCE_END = re.compile(
    r"[.!?\n]"
    r"(?:(?<=[.!?])[\"'”’)\]]*(?=\s+[\"“‘(]?[A-Z0-9])"  # . ! ? and closers, then a new sentence
    r"|(?<=\n)"  # a line break
    r"|(?<=[a-z]{3}\.)(?=[A-Z][a-z]))"  # "strategies.China"
)


@dataclass(frozen=True, slots=True)
class Sentence:
    """``text[start:end]`` of the text it was found in: the sentence with its closing
    punctuation, and the space before it (if any)."""

    start: int
    end: int


@functools.cache
def abbreviations() -> frozenset[str]:
    """The words of data/en/abbreviations.txt, read once."""
    data = resources.files("factsuite").joinpath("data/en/abbreviations.txt")
    found = set()
    for line in data.read_text("utf-8").splitlines():
        word = line.split("#", 1)[0].strip()
        if word:
            found.add(word)
    return frozenset(found)


def split_sentences(text: str) -> list[Sentence]:
    """The sentences of ``text``, in order, covering it from its start to its end."""
    out: list[Sentence] = []
    start = 0
    for match in SENTENCE_END.finditer(text):
        if match.group().startswith(".") and _is_abbreviation(text, match.start()):
            continue
        end = match.end()
        if end > start:
            out.append(Sentence(start, end))
        start = end
    if start < len(text) or not out:
        out.append(Sentence(start, len(text)))
    return out


# How far past a position a sentence end is read: enough for its closers and the space
# and capital after it, so that reading back from a position never scans the text
# ahead of it.
_LOOKAHEAD = 64
# How far before a position a sentence end that reaches past it may start: its
# closing quotes and brackets.
_CLOSERS_BACK = 8


def sentence_start(text: str, position: int, floor: int = 0) -> int:
    """Where the sentence holding ``position`` starts, read back no further than
    ``floor``: for a reader given a string and an offset rather than a Document."""
    start = floor
    for match in SENTENCE_END.finditer(text, floor, min(len(text), position + _LOOKAHEAD)):
        if match.end() > position:
            break
        if not (match.group().startswith(".") and _is_abbreviation(text, match.start())):
            start = match.end()
    return start


def sentence_end(text: str, position: int, ceiling: int | None = None) -> int:
    """Where the sentence holding ``position`` ends (after its closing punctuation),
    read on no further than ``ceiling``: for a reader given a string and an offset."""
    ceiling = len(text) if ceiling is None else min(ceiling, len(text))
    first = max(0, position - _CLOSERS_BACK)
    for match in SENTENCE_END.finditer(text, first, min(len(text), ceiling + _LOOKAHEAD)):
        if match.start() >= ceiling:
            break
        if match.end() > position and not (
            match.group().startswith(".") and _is_abbreviation(text, match.start())
        ):
            return min(match.end(), ceiling)
    return ceiling


def _is_abbreviation(text: str, dot: int) -> bool:
    word_start = dot
    while word_start > 0 and (text[word_start - 1].isalpha() or text[word_start - 1] == "."):
        word_start -= 1
    word = text[word_start:dot]
    if "." in word:  # "U.S." and other dotted initials, and ellipses
        return True
    if len(word) == 1 and word.isupper():
        return True
    return word.lower() in abbreviations()
