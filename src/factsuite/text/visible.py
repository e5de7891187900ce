"""The text a reader sees in an article, with every character mapped back to the file.

Claims are read from prose, not from Markdown syntax: a link's address, emphasis
markers, inline code, images and HTML are not part of what an article says. But a
claim must point into the file as stored, so the visible text keeps, for each run
of characters, the file offset it was copied from.

Blocks come from markdown-it-py (its block ``map`` gives their lines); columns come
from the raw lines, since markdown-it strips container markers and indentation
from a block's content without saying how much. Blocks are separated by a blank
line in the visible text; code blocks and HTML blocks are left out. A ``.txt``
article is its body, unchanged.

A body of plain prose, with nothing markdown-it could read as syntax, is cut into its
paragraphs directly: markdown-it would give the same blocks, and parsing is most of
the cost of this module.
"""

from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from factsuite.articles import Article

if TYPE_CHECKING:
    from markdown_it import MarkdownIt
    from markdown_it.token import Token

_BLOCK_GAP = "\n\n"
# What may stand before a block's content on its raw line: indentation and the
# markers of block quotes, list items and ATX headings.
_CONTAINER_PREFIX = re.compile(r"[\s>*+\-#\d.)]*")
_LINK_TAIL = re.compile(r"\](?:\[[^\]]*\])?")


@functools.cache
def _parser() -> MarkdownIt:
    """markdown-it, imported and set up when a body first needs it: importing it is
    20-50 ms of a pre-commit hook, and a body of plain prose is read without it."""
    from markdown_it import MarkdownIt

    parser = MarkdownIt("commonmark")
    # Keep escapes and entities as separate tokens: their markup is their source text.
    parser.disable("text_join")
    return parser


# Most articles are plain prose: paragraphs of text lines between blank lines, with
# no Markdown syntax at all. markdown-it reads such a body as one paragraph per run
# of non-blank lines, each line one text token, so its visible text is the body's
# paragraphs as written, and parsing it (a third of the time it takes to extract
# from an article) can be skipped. A body is taken for plain prose only if it has
# none of what could make markdown-it read it otherwise:
# - a character of inline syntax (escape, code, emphasis, link, image, HTML, entity),
#   or one markdown-it or str.splitlines treats specially (CR, NUL, tab, form feed,
#   vertical tab, and the other line separators);
_NOT_PLAIN_CHARACTER = re.compile(r"[\\`*_\[\]<>&\r\0\t\v\f\x1c-\x1e\x85\u2028\u2029]")
# - a line opening with whitespace (indented code, lazy continuations) or with what
#   opens a heading, a list, a thematic break, a fence or a setext underline;
_LINE_OPENER = r"(?:[^\S\n]|[#+=~-]|\d{1,9}[.)])"
_OPENS_BLOCK = re.compile(_LINE_OPENER)
_OPENS_BLOCK_AFTER_BREAK = re.compile(r"\n" + _LINE_OPENER)
# - a line ending with whitespace (two spaces make a hard break), looked for from the
#   line breaks, which are much rarer than spaces, and at the end of the body.
_SPACE_BEFORE_BREAK = re.compile(r"\n(?<=[^\S\n]\n)")
# (Each pattern opens with a character or a set of them, so re skips through the body
# in C.)
_PARAGRAPH = re.compile(r"[^\n]+(?:\n[^\n]+)*")


@dataclass(frozen=True, slots=True)
class VisibleText:
    """``text`` as read; run ``k`` copies ``text[vis[k]:]`` from the file at ``file[k]``."""

    text: str
    _vis: tuple[int, ...] = field(repr=False)
    _file: tuple[int, ...] = field(repr=False)

    def to_file(self, index: int) -> int:
        k = bisect.bisect_right(self._vis, index) - 1
        if k < 0:
            return self._file[0] if self._file else index
        return self._file[k] + index - self._vis[k]

    def from_file(self, offset: int) -> int:
        """The index in ``text`` of the file's offset ``offset``; one in Markdown syntax
        or in a block left out maps to the next visible character."""
        k = bisect.bisect_right(self._file, offset) - 1
        if k < 0:
            return 0
        run_end = self._vis[k + 1] if k + 1 < len(self._vis) else len(self.text)
        return min(self._vis[k] + offset - self._file[k], run_end)

    def file_span(self, start: int, end: int) -> tuple[int, int]:
        """The file span of visible ``[start, end)``: from its first to its last character."""
        if end <= start:
            first = self.to_file(start)
            return first, first
        return self.to_file(start), self.to_file(end - 1) + 1


class _Builder:
    def __init__(self) -> None:
        self.parts: list[str] = []
        self.vis: list[int] = []
        self.file: list[int] = []
        self.size = 0

    def add(self, text: str, file_offset: int) -> None:
        if not text:
            return
        # A new run only where the shift between visible and file offsets changes.
        if not self.vis or self.file[-1] + (self.size - self.vis[-1]) != file_offset:
            self.vis.append(self.size)
            self.file.append(file_offset)
        self.parts.append(text)
        self.size += len(text)

    def build(self) -> VisibleText:
        return VisibleText("".join(self.parts), tuple(self.vis), tuple(self.file))


def visible_text(article: Article) -> VisibleText:
    """What a reader sees of ``article``'s body, mapped back to the file."""
    body = article.body
    if not article.path.endswith((".md", ".markdown")):
        builder = _Builder()
        builder.add(body, article.body_start)
        return builder.build()
    blocks = _plain_blocks(body)
    if blocks is None:
        blocks = _markdown_blocks(body)
    return _assemble(blocks, article.body_start)


Block = list[tuple[str, int]]  # the visible pieces of one block, each with its body offset


def _assemble(blocks: list[Block], body_start: int) -> VisibleText:
    """The visible text of the blocks, one blank line apart."""
    builder = _Builder()
    for runs in blocks:
        if builder.size:
            builder.add(_BLOCK_GAP, builder.file[-1] + builder.size - builder.vis[-1])
        for text, offset in runs:
            builder.add(text, body_start + offset)
    return builder.build()


def _plain_blocks(body: str) -> list[Block] | None:
    """The paragraphs of a body of plain prose, as markdown-it would read them; None
    if the body has anything that could make markdown-it read it otherwise."""
    if (
        _NOT_PLAIN_CHARACTER.search(body)
        or _OPENS_BLOCK.match(body)
        or _OPENS_BLOCK_AFTER_BREAK.search(body)
        or _SPACE_BEFORE_BREAK.search(body)
        or (body[-1:].isspace() and not body.endswith("\n"))
    ):
        return None
    return [[(match.group(), match.start())] for match in _PARAGRAPH.finditer(body)]


def _markdown_blocks(body: str) -> list[Block]:
    """The blocks of prose markdown-it finds in ``body``, each as its visible pieces."""
    lines = body.splitlines(keepends=True)
    line_starts = [0]
    for line in lines:
        line_starts.append(line_starts[-1] + len(line))
    blocks = []
    for token in _parser().parse(body):
        if token.type != "inline" or token.map is None:
            continue
        runs = _inline_runs(token, lines, line_starts)
        if runs is None:
            continue  # a block whose source cannot be followed is left out, never misplaced
        blocks.append(runs)
    return blocks


def _content_offsets(token: Token, lines: list[str], line_starts: list[int]) -> list[int] | None:
    """The body offset of each line of an inline token's content."""
    assert token.map is not None
    first = token.map[0]
    offsets = []
    for number, content in enumerate(token.content.split("\n")):
        if first + number >= len(lines):
            return None
        raw = lines[first + number]
        column = _column_in(raw, content)
        if column is None:
            return None
        offsets.append(line_starts[first + number] + column)
    return offsets


def _column_in(raw: str, content: str) -> int | None:
    column = raw.find(content)
    while column != -1:
        if _CONTAINER_PREFIX.fullmatch(raw, 0, column):
            return column
        column = raw.find(content, column + 1)
    return None


def _inline_runs(token: Token, lines: list[str], line_starts: list[int]) -> Block | None:
    """The visible pieces of one inline token, each with its body offset."""
    offsets = _content_offsets(token, lines, line_starts)
    if offsets is None:
        return None
    source = token.content
    content_starts = [0]
    for line in source.split("\n")[:-1]:
        content_starts.append(content_starts[-1] + len(line) + 1)

    def body_offset(index: int) -> int:
        k = bisect.bisect_right(content_starts, index) - 1
        return offsets[k] + index - content_starts[k]

    runs: Block = []
    cursor = 0
    skipping = 0  # inside an autolink: its text is an address, not prose
    for child in token.children or []:
        kind = child.type
        if kind == "text":
            at = source.find(child.content, cursor)
            if at == -1:
                return None
            if not skipping:
                runs.append((child.content, body_offset(at)))
            cursor = at + len(child.content)
        elif kind == "text_special":
            at = source.find(child.markup, cursor)
            if at == -1:
                return None
            if not skipping:
                runs.append((child.content, body_offset(at)))
            cursor = at + len(child.markup)
        elif kind in ("softbreak", "hardbreak"):
            at = source.find("\n", cursor)
            if at == -1:
                return None
            runs.append(("\n", body_offset(at)))
            cursor = at + 1
        elif kind.endswith(("_open", "_close")) and kind not in ("link_open", "link_close"):
            at = source.find(child.markup, cursor)
            if at == -1:
                return None
            cursor = at + len(child.markup)
        elif kind == "link_open":
            opener = "<" if child.markup == "autolink" else "["
            at = source.find(opener, cursor)
            if at == -1:
                return None
            cursor = at + 1
            skipping += child.markup == "autolink"
        elif kind == "link_close":
            if child.markup == "autolink":
                at = source.find(">", cursor)
                skipping -= 1
                if at == -1:
                    return None
                cursor = at + 1
            else:
                cursor = _skip_link_tail(source, cursor)
        elif kind == "image":
            at = source.find("![", cursor)
            if at == -1:
                return None
            cursor = _skip_link_tail(source, _matching_bracket(source, at + 1))
        elif kind == "code_inline":
            at = source.find(child.markup, cursor)
            end = source.find(child.markup, at + len(child.markup)) if at != -1 else -1
            if end == -1:
                return None
            cursor = end + len(child.markup)
        elif kind == "html_inline":
            at = source.find(child.content, cursor)
            if at == -1:
                return None
            cursor = at + len(child.content)
    return runs


def _matching_bracket(source: str, at: int, opening: str = "[", closing: str = "]") -> int:
    """The index of the ``closing`` mark ("]") matching the ``opening`` one ("[") at
    ``at``, past nested pairs and backslash escapes; the end of ``source`` if none."""
    depth = 0
    index = at
    while index < len(source):
        ch = source[index]
        if ch == "\\":
            index += 2
            continue
        if ch == opening:
            depth += 1
        elif ch == closing:
            depth -= 1
            if depth == 0:
                return index
        index += 1
    return len(source)


def _skip_link_tail(source: str, at: int) -> int:
    """Past a link's "](destination "title")", "][label]" or "]" starting at ``at``."""
    at = source.find("]", at)
    if at == -1:
        return len(source)
    if source.startswith("](", at):
        return min(_matching_bracket(source, at + 1, "(", ")") + 1, len(source))
    match = _LINK_TAIL.match(source, at)
    return match.end() if match else at + 1
