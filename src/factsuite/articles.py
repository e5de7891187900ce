"""Articles: UTF-8 Markdown or text with YAML front matter, and positions within them.

Positions are always those of the file as stored, front matter included, 1-based,
counting code points, so a report points where an editor's cursor would go.

The body is read without its invisible characters (a soft hyphen, a zero-width
space: see invisible.py): ``text`` holds it so, every reader works on it, and an
offset in it maps back to the file as stored for every position reported.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from factsuite.deskfiles import ARTICLE_SUFFIXES as ARTICLE_SUFFIXES  # re-exported
from factsuite.errors import InputError
from factsuite.fields import Fields
from factsuite.invisible import InvisibleCharacter, invisible_pattern, strip_invisible
from factsuite.model import Span
from factsuite.paths import files_inside
from factsuite.textfile import read_text
from factsuite.yamlsource import Mark, YamlMap, load_yaml

if TYPE_CHECKING:
    from factsuite.text.document import Document

# The longest article read, in characters of text (2 MB of plain English). A long
# feature is 50 kB; anything far past it is a data dump or a hostile file, and the
# readers' cost, though linear, is best kept to seconds.
MAX_ARTICLE_CHARS = 2_000_000
_FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(.*?)^(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.S | re.M)
_FRONT_KEYS = ("title", "published", "dateline", "source", "author", "authors", "tags", "url")
_NEWLINE = re.compile("\n")


@dataclass
class Article:
    path: str
    text: str
    title: str
    published: date
    dateline_place: str = ""
    dateline_date: date | None = None
    source: str = ""
    body_start: int = 0
    # The file as stored when invisible characters were taken out of ``text``, and
    # their offsets in it (ascending); else "" and ().
    stored: str = field(default="", repr=False)
    hidden: tuple[int, ...] = field(default=(), repr=False)
    _line_starts: list[int] = field(default_factory=list, repr=False)
    _hidden_at: tuple[int, ...] = field(default=(), repr=False)
    # The article's text model, built on first use by ``text.document_of`` and kept
    # here so that extraction and judging build it once.
    document: Document | None = field(default=None, repr=False, compare=False)

    def __post_init__(self) -> None:
        # Line starts in the file as stored: columns count what an editor shows.
        self._line_starts = [0, *(m.end() for m in _NEWLINE.finditer(self.stored or self.text))]
        # Where each hidden character would stand in ``text``: the index of the
        # character it came before.
        self._hidden_at = tuple(at - k for k, at in enumerate(self.hidden))

    def _to_stored(self, offset: int) -> int:
        """The file's offset of ``text``'s offset ``offset``."""
        return offset + bisect.bisect_right(self._hidden_at, offset) if self.hidden else offset

    def _from_stored(self, offset: int) -> int:
        """``text``'s offset of the file's offset ``offset`` (a hidden character's is
        that of the character after it)."""
        return offset - bisect.bisect_left(self.hidden, offset) if self.hidden else offset

    def invisible_characters(self) -> list[InvisibleCharacter]:
        """Every invisible character of the body, where it stands in the file."""
        found = []
        for at in self.hidden:
            line, column = self._stored_position(at)
            start = max(self.stored.rfind(c, 0, at) for c in " \t\n") + 1
            ends = [end for c in " \t\n" if (end := self.stored.find(c, at)) != -1]
            word = self.stored[start : min(ends, default=len(self.stored))]
            found.append(InvisibleCharacter(self.path, line, column, self.stored[at], word))
        return found

    @property
    def reference_date(self) -> date:
        """What "today" means in the article: its dateline's date, else its publication date."""
        return self.dateline_date or self.published

    @property
    def body(self) -> str:
        return self.text[self.body_start :]

    def offset(self, line: int, column: int) -> int | None:
        """The index in ``text`` of a 1-based line and column of the file, or None
        when it is outside the file."""
        if not 1 <= line <= len(self._line_starts):
            return None
        start = self._line_starts[line - 1]
        size = len(self.stored or self.text)
        end = self._line_starts[line] - 1 if line < len(self._line_starts) else size
        if not 1 <= column <= end - start + 1:
            return None
        return self._from_stored(start + column - 1)

    def position(self, offset: int) -> tuple[int, int]:
        """The 1-based line and column in the file of an index of ``text``."""
        return self._stored_position(self._to_stored(offset))

    def _stored_position(self, offset: int) -> tuple[int, int]:
        line = bisect.bisect_right(self._line_starts, offset)
        return line, offset - self._line_starts[line - 1] + 1

    def span(self, start: int, end: int) -> Span:
        """Where ``text[start:end]`` stands in the file: from its first character to
        just after its last (an invisible one inside it is inside the span)."""
        line, column = self.position(start)
        stored_end = self._to_stored(end - 1) + 1 if end > start else self._to_stored(end)
        end_line, end_column = self._stored_position(stored_end)
        return Span(line, column, end_line, end_column)

    def occurrences(self, quote: str) -> list[int]:
        """Every index in the body where ``quote`` stands verbatim, as whole words: "26"
        in "126" or "father" in "grandfather" is not the quote."""
        found = []
        text = self.text
        index = text.find(quote, self.body_start)
        while index != -1 and quote:
            end = index + len(quote)
            cut_before = quote[0].isalnum() and index > 0 and text[index - 1].isalnum()
            cut_after = quote[-1].isalnum() and end < len(text) and text[end].isalnum()
            if not (cut_before or cut_after):
                found.append(index)
            index = text.find(quote, index + 1)
        return found


def _too_long(path: str, size: int) -> InputError:
    return InputError(
        path,
        f"article is {size / 1e6:.1f} MB; factsuite reads articles up to"
        f" {MAX_ARTICLE_CHARS / 1e6:g} MB",
    )


def parse_article(text: str, path: str) -> Article:
    """Split front matter from the body and read its keys. Raises ``InputError``."""
    if len(text) > MAX_ARTICLE_CHARS:
        raise _too_long(path, len(text))
    match = _FRONT_MATTER.match(text)
    if not match:
        raise InputError(
            path,
            "has no front matter: start the file with a '---' block giving title and published",
            1,
            1,
        )
    try:
        meta = load_yaml(match.group(1), path)
    except InputError as exc:  # the YAML block starts on the file's second line
        raise InputError(path, exc.message, (exc.line or 0) + 1, exc.column) from None
    if not isinstance(meta, YamlMap):
        raise InputError(path, "front matter must be a mapping of keys to values", 2, 1)
    _shift_marks(meta, 1)
    fields = Fields(meta, path, "the front matter")
    fields.only(_FRONT_KEYS)
    published = fields.date("published", required=True)
    assert published is not None
    if not published.is_single_day:
        raise fields.at_value("published", "'published' must be a full date, YYYY-MM-DD")
    place, dateline_date = "", None
    if fields.has("dateline"):
        raw = meta["dateline"]
        if isinstance(raw, YamlMap):
            dateline = Fields(raw, path, "the dateline")
            dateline.only(("place", "date"))
            place = dateline.text("place")
            when = dateline.date("date")
            if when is not None and not when.is_single_day:
                raise dateline.at_value("date", "a dateline's date must be a full date, YYYY-MM-DD")
            dateline_date = when.start if when else None
        else:
            place = fields.text("dateline")
    body_start = match.end()
    hidden = tuple(m.start() for m in invisible_pattern().finditer(text, body_start))
    return Article(
        path=path,
        text=text[:body_start] + strip_invisible(text[body_start:]) if hidden else text,
        stored=text if hidden else "",
        hidden=hidden,
        title=fields.text("title", required=True),
        published=published.start,
        dateline_place=place,
        dateline_date=dateline_date,
        source=fields.text("source"),
        body_start=body_start,
    )


def _shift_marks(mapping: YamlMap, lines: int) -> None:
    def shift(mark: Mark) -> Mark:
        return Mark(mark.line + lines, mark.column)

    mapping.mark = shift(mapping.mark)
    mapping.key_marks = {k: shift(m) for k, m in mapping.key_marks.items()}
    mapping.value_marks = {k: shift(m) for k, m in mapping.value_marks.items()}
    for value in mapping.values():
        if isinstance(value, YamlMap):
            _shift_marks(value, lines)


def load_article(file: Path, display: str) -> Article:
    if file.suffix not in ARTICLE_SUFFIXES:
        raise InputError(
            display, f"is not an article: expected one of {', '.join(ARTICLE_SUFFIXES)}"
        )
    try:
        size = file.stat().st_size
    except OSError:
        size = 0  # read_text says what is wrong with it
    if size > 4 * MAX_ARTICLE_CHARS:  # past the limit in any UTF-8: not even read
        raise _too_long(display, size)
    return parse_article(read_text(file, display), display)


def article_files(articles_dir: Path, root: Path | None = None) -> list[Path]:
    """The article files under ``articles_dir``, in a stable order.

    Each must resolve inside the desk at ``root`` (by default the folder holding
    ``articles_dir``): an article, a folder under it or the folder itself that is a
    symlink out of the desk raises ``InputError`` before anything outside is read
    (paths.py says why).
    """
    return files_inside(
        articles_dir.parent if root is None else root, articles_dir, ARTICLE_SUFFIXES
    )
