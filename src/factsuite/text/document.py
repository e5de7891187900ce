"""The text model of an article: one ``Document``, built once, read by every stage.

A ``Document`` is the text a reader sees of an article (visible.py: Markdown
syntax left out, each character mapped back to the file), its sentences (one
splitter, sentences.py), its words, its clause boundaries with what crossing each
costs, and its direct quotations. Extraction binds values to cues with it, and the
judges and reports quote a claim's sentence from it, so both read the same
sentences.

A number or date speaks of what its own clause speaks of. Binding therefore measures
the distance between a value and a cue in words, adds a price for each clause
boundary between them (a comma is cheap, a dash or a semicolon dearer), and never
looks across a sentence or into or out of a direct quotation: a reporting verb
outside a quotation ("..., said X") says nothing about the dates inside it.

What it does not hold: the time each sentence is set at. No stage computes that per
sentence today: a judge reads the dates of a claim's own sentence when it needs them
(``Situation.times_told``, ``series.time_told``).
"""

from __future__ import annotations

import bisect
import functools
import re
from typing import TYPE_CHECKING

from factsuite.text.sentences import Sentence, split_sentences

if TYPE_CHECKING:
    from factsuite.articles import Article
    from factsuite.text.visible import VisibleText

# A word is a run of word characters (what \w matches), apostrophes inside it
# included ("Kim's"): \w+(?:['’]\w+)*. Its starts are marked in a string as long as
# the text (see ``_word_starts``).
_WORD_START = "^"
# Clause boundaries and what crossing one costs, in words.
COMMA_COST = 3
STRONG_COST = 5
# A dash written "--", or one of , ; : — – ( ) [ ]; not a comma or colon between two
# digits, which is part of a number or a clock time ("1,140 metres", "at 4:20 a.m."):
# a cue before it is no further from the value after it. Written as one character set
# first (a "-" then needs a second one, a "," or ":" no digit either side of it), so
# that re skips to candidates in C.
CLAUSE_BOUNDARY = re.compile(
    r"[-,;:—–()\[\]](?:(?<=-)-|(?<=[,:])(?:(?<!\d[,:])|(?!\d))|(?<![-,:]))"
)
_QUOTE_OPEN = "“"
_QUOTE_CLOSE = "”"
# A quotation this short is a term or a scare quote ("the “Victory Day” parade"), not
# reported speech: it does not wall off its words.
MIN_QUOTATION_WORDS = 5
# The most of a sentence quoted either side of a claim, in characters: news sentences
# run to a few hundred, and a line with no sentence end (a list of names, a megabyte
# of prose on one line) must not be copied whole for every claim in it.
LONGEST_SENTENCE = 1_000

# A wire story's dateline: its place in capitals at the start of a line, a comma, then
# its date and a dash ("BEIJING, Sept 3 —", "LONDON, March 9 (Reuters) —"); the place
# may be followed by its region or country, each with its comma ("ELLISFORD, British
# Columbia, March 17 —", "KESTRELFORD, England, March 10 (Reuters) -"). Where the
# date is read (values.py), its place before it and the dash after it; where it is not
# (subjects.py), the whole line's opening, with no lone hyphen: "US, EU - and UK".
DATELINE_PLACE = re.compile(
    r"[A-Z][A-Z .'’-]+,(?:\s*[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2},){0,2}\s*$"
)
DATELINE_DASH = re.compile(r"(?:\s*\([^)\n]{1,40}\))?\s*(?:—|–|--|-)")
_DATELINE = re.compile(r"[A-Z][A-Z .'’-]+,[^\n]{1,40}?(?:\([^)\n]{1,40}\))?\s*(?:—|–|--)")


def in_dateline(text: str, start: int, end: int) -> bool:
    """Whether ``[start, end)`` is (in) the place of a dateline: "DUBLIN" in "DUBLIN,
    May 12 — Ireland's population rose" says where the story was filed, not what its
    sentence is about."""
    line_start = text.rfind("\n", 0, start) + 1
    found = _DATELINE.match(text, line_start)
    return found is not None and end <= text.index(",", line_start)


class Document:
    """One text as read: its sentences, words, clause boundaries and quotations.

    Built from an article by ``document_of``, which also keeps ``visible``, the map
    from the text back to the article's file, and builds it once per article.
    """

    def __init__(
        self, text: str, visible: VisibleText | None = None, source: str | None = None
    ) -> None:
        self.text = text
        # The article's text that ``visible`` maps ``text`` into (``text`` itself
        # when there is no map).
        self.visible = visible
        self.source = text if source is None else source
        self.sentences = split_sentences(text)
        self._sentence_starts = [s.start for s in self.sentences]

    # Words, clause boundaries and quotations are worked out on first use: binding
    # reads them all, a judge quoting a sentence none.
    @functools.cached_property
    def _word_starts(self) -> str:
        return _word_starts(self.text)

    @functools.cached_property
    def _boundaries(self) -> tuple[list[int], list[int]]:
        """Where each clause boundary stands, and the cumulative cost before each, for
        O(log n) range sums."""
        at: list[int] = []
        total: list[int] = [0]
        for match in CLAUSE_BOUNDARY.finditer(self.text):
            at.append(match.start())
            total.append(total[-1] + (COMMA_COST if match.group() == "," else STRONG_COST))
        return at, total

    @functools.cached_property
    def _quotes(self) -> list[tuple[int, int]]:
        return _quotations(self.text, self._word_starts)

    @functools.cached_property
    def _quote_starts(self) -> list[int]:
        return [q[0] for q in self._quotes]

    def sentence_around(self, start: int, end: int) -> tuple[str, int]:
        """The sentence holding ``source[start:end]`` (a claim's quote) as the file
        writes it, and where the quote starts in it.

        A quote over two sentences gets both; one outside the prose a reader sees
        (front matter, a code block) gets its line. At most ``LONGEST_SENTENCE``
        characters either side of the quote.
        """
        source = self.source
        if self.visible is None:
            begin = self.sentence_at(start).start
            stop = self.sentence_at(max(start, end - 1)).end
        else:
            first = self.sentence_at(self.visible.from_file(start))
            last = self.sentence_at(self.visible.from_file(max(start, end - 1)))
            begin, stop = self.visible.file_span(first.start, last.end)
        if not begin <= start <= end <= stop:
            begin = source.rfind("\n", 0, start) + 1
            stop = source.find("\n", end)
            stop = len(source) if stop == -1 else stop
        begin = max(begin, start - LONGEST_SENTENCE)
        stop = min(stop, end + LONGEST_SENTENCE)
        while begin < start and source[begin].isspace():
            begin += 1
        return source[begin:stop].rstrip(), start - begin

    def sentence_index(self, position: int) -> int:
        return max(0, bisect.bisect_right(self._sentence_starts, position) - 1)

    def sentence_at(self, position: int) -> Sentence:
        return self.sentences[self.sentence_index(position)]

    def quotation(self, position: int) -> int:
        """The number of the quotation holding ``position`` (1-based), 0 outside any."""
        k = bisect.bisect_right(self._quote_starts, position) - 1
        if k >= 0 and position < self._quotes[k][1]:
            return k + 1
        return 0

    def words_between(self, end: int, start: int) -> int:
        """How many words start in ``[end, start)``."""
        if start <= end:
            return 0
        return self._word_starts.count(_WORD_START, end, start)

    def boundary_cost(self, end: int, start: int) -> int:
        """The price of the clause boundaries in ``[end, start)``."""
        if start <= end:
            return 0
        at, total = self._boundaries
        return total[bisect.bisect_left(at, start)] - total[bisect.bisect_left(at, end)]

    def clause_around(self, start: int, end: int) -> tuple[int, int]:
        """The clause holding ``[start, end)``: from the clause boundary before it, or
        its sentence's start, to the boundary after it, or its sentence's end. A
        boundary inside the span ("March 2, 2026") splits nothing."""
        sentence = self.sentence_at(start)
        at, _ = self._boundaries
        before = bisect.bisect_left(at, start) - 1
        clause_start = at[before] + 1 if before >= 0 and at[before] >= sentence.start else 0
        after = bisect.bisect_left(at, end)
        clause_end = at[after] if after < len(at) else len(self.text)
        return max(clause_start, sentence.start), min(clause_end, sentence.end)

    def reachable(self, a: int, b: int) -> bool:
        """Whether two positions are in one sentence and on the same side of every quotation."""
        return self.sentence_index(a) == self.sentence_index(b) and self.quotation(
            a
        ) == self.quotation(b)

    def distance(self, first: tuple[int, int], second: tuple[int, int]) -> int:
        """Words between two spans plus the clause boundaries between them; 0 if they touch."""
        (_, a_end), (b_start, _) = sorted((first, second))
        if b_start < a_end:
            return 0
        return self.words_between(a_end, b_start) + self.boundary_cost(a_end, b_start)


def document_of(article: Article) -> Document:
    """The article's Document, built on first use and kept with the article, so that
    extraction and the judges of one run read the one built."""
    document = article.document
    if document is None:
        # Imported here: markdown-it is loaded only once an article is read.
        from factsuite.text.visible import visible_text

        visible = visible_text(article)
        document = Document(visible.text, visible, article.text)
        article.document = document
    return document


def _word_starts(text: str) -> str:
    """``text`` with "^" where a word starts and a space or "w" elsewhere.

    Counting the words in a range is then one ``str.count`` in C. Finding the words
    with a regex cost a match object per word, a twentieth of all extraction time;
    this is a handful of passes in C over the text: each character read as its class
    (``bytes.translate``, with the few characters other than ASCII looked up one by
    one), apostrophes between word characters joined to them, then each word
    character after another kind of character marked.
    """
    classes = bytearray(text.encode("ascii", "replace").translate(_ASCII_CLASSES))
    # "?" is what ``encode`` put for every character other than ASCII, and the
    # question marks of the text: both are read from the text.
    at = classes.find(b"?")
    while at != -1:
        char = text[at]
        code = _CLASSES.get(char)
        if code is None:
            code = _CLASSES[char] = ord(_class_of(char))
        classes[at] = code
        at = classes.find(b"?", at + 1)
    marks = classes.decode("ascii")
    while "w'w" in marks:  # "a'b'c": each pass joins every other apostrophe
        marks = marks.replace("w'w", "www")
    return (" " + marks.replace("'", " ")).replace(" w", " " + _WORD_START)[1:]


def _class_of(char: str) -> str:
    """ "w" for a word character (what \\w matches), "'" for an apostrophe a word may
    hold, a space for anything else."""
    if char.isalnum() or char == "_":
        return "w"
    return "'" if char in "'’" else " "


# The class of each ASCII character but "?", which stands for a character to look up.
_ASCII_CLASSES = bytes(
    ord("?") if code == ord("?") or code > 127 else ord(_class_of(chr(code))) for code in range(256)
)
# The classes of the other characters, learnt as they are met (a pure function of
# the character).
_CLASSES: dict[str, int] = {}


def _quotations(text: str, word_starts: str) -> list[tuple[int, int]]:
    """Spans of reported speech: curly or straight double quotes around enough words."""
    spans: list[tuple[int, int]] = []
    for opener, closer in ((_QUOTE_OPEN, _QUOTE_CLOSE), ('"', '"')):
        index = text.find(opener)
        while index != -1:
            close = text.find(closer, index + 1)
            paragraph_end = text.find("\n", index)
            if paragraph_end == -1:
                paragraph_end = len(text)
            # An unclosed quotation runs to the end of its line: news reopens a quote
            # that goes on at the start of each paragraph, and never closes it early.
            end = close + 1 if close != -1 and close < paragraph_end else paragraph_end
            words = word_starts.count(_WORD_START, index, end)
            if words >= MIN_QUOTATION_WORDS:
                spans.append((index, end))
            index = text.find(opener, end if end > index else index + 1)
    spans.sort()
    merged: list[tuple[int, int]] = []
    for span in spans:
        if merged and span[0] < merged[-1][1]:
            continue
        merged.append(span)
    return merged
