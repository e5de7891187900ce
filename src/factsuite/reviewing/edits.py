"""A review decision written into claims.yaml's text, as a person writes it by hand.

A decision sets at most four keys of one claim: ``kind``, ``fact``, ``status`` and
``reason``. Only those keys' lines change: a value is replaced where it stands, a key
the decision drops loses its line, a key it adds gets a line of its own where
``factsuite extract`` would put it (after the keys that come before it in the file's
order), indented like its neighbours and written as extraction writes values. Every
other byte (comments, blank lines, the other claims and their order) stays as it was,
so a diff of a review shows the decision and nothing else, and rendering the file
again (``factsuite extract``) changes nothing more.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

import yaml

from factsuite.claims import CLAIM_KEYS
from factsuite.extraction.claimsfile import render
from factsuite.model import Claim, ReviewStatus

try:  # the C composer is ~5x faster; its marks count characters, as Python does
    _Composer: Any = yaml.CSafeLoader
except AttributeError:  # pragma: no cover - depends on the PyYAML build
    _Composer = yaml.SafeLoader

DECIDED_KEYS = ("kind", "fact", "status", "reason")
# The breaks YAML counts as a new line, in text whose CRLF and CR already read as LF.
_LINE_BREAK = re.compile("[\n\x85\u2028\u2029]")


class NotEditableError(Exception):
    """The claim cannot be edited in place (not found, or written in a way this does
    not rewrite). The message is one line, for the user."""


@dataclass(frozen=True)
class Decided:
    """What a review decides about a claim: the keys it writes."""

    kind: str
    fact: str | None
    status: ReviewStatus
    reason: str

    @classmethod
    def of(cls, claim: Claim) -> Decided:
        return cls(claim.kind, claim.fact, claim.status, claim.reason)


@dataclass(frozen=True)
class ClaimKey:
    """Which claim of the file: where it stands, its words and its kind."""

    article: str
    line: int
    column: int
    quote: str
    kind: str

    @classmethod
    def of(cls, claim: Claim) -> ClaimKey:
        return cls(claim.article, claim.line, claim.column, claim.quote, claim.kind)

    def matches(self, claim: Claim) -> bool:
        return ClaimKey.of(claim) == self

    def with_kind(self, kind: str) -> ClaimKey:
        return ClaimKey(self.article, self.line, self.column, self.quote, kind)


def find(claims: list[Claim], key: ClaimKey) -> Claim | None:
    """The claim ``key`` names among ``claims``, or None."""
    return next((claim for claim in claims if key.matches(claim)), None)


def _rendered_values(key: ClaimKey, decided: Decided) -> dict[str, str]:
    """Each decided key's value as extraction writes it (None-valued keys absent)."""
    claim = Claim(
        article=key.article,
        line=key.line,
        column=key.column,
        quote=key.quote,
        kind=decided.kind,
        fact=decided.fact,
        status=decided.status,
        reason=decided.reason,
    )
    values: dict[str, str] = {}
    for line in render([claim], header="").splitlines():
        name, _, value = line.strip().removeprefix("- ").partition(": ")
        if name in DECIDED_KEYS:
            values[name] = value
    return values


def _current(item: dict[str, tuple[yaml.Node, yaml.Node]], name: str) -> str | None:
    pair = item.get(name)
    if pair is None or not isinstance(pair[1], yaml.ScalarNode):
        return None
    value: str = pair[1].value
    return None if pair[1].tag == "tag:yaml.org,2002:null" else value


def _semantic(name: str, value: str | None) -> str | None:
    """A key's value as the claim reads it: a missing status is pending, an empty
    reason or fact is none."""
    if name == "status":
        return value or "pending"
    return value or None


def _items(text: str) -> list[yaml.MappingNode]:
    try:
        document = yaml.compose(text, Loader=_Composer)
    except yaml.YAMLError as exc:
        raise NotEditableError(f"claims.yaml is not valid YAML: {exc}") from None
    if not isinstance(document, yaml.MappingNode):
        return []
    for key_node, value_node in document.value:
        if key_node.value == "claims" and isinstance(value_node, yaml.SequenceNode):
            return [item for item in value_node.value if isinstance(item, yaml.MappingNode)]
    return []


def _scalars(item: yaml.MappingNode) -> dict[str, tuple[yaml.Node, yaml.Node]]:
    return {k.value: (k, v) for k, v in item.value if isinstance(k, yaml.ScalarNode)}


def _is(item: dict[str, tuple[yaml.Node, yaml.Node]], key: ClaimKey) -> bool:
    def text(name: str) -> str | None:
        return _current(item, name)

    def number(name: str) -> int | None:
        value = text(name)
        return int(value) if value is not None and value.isdigit() else None

    return (
        text("article") == key.article
        and number("line") == key.line
        and number("column") == key.column
        and text("quote") == key.quote
        and text("kind") == key.kind
    )


def item_span(text: str, first: int) -> tuple[int, int, int] | None:
    """Where the claim whose item (``- article: ...``) starts on 0-based line ``first``
    stands: its first line and the offsets of its text, up to the next line written
    at its dash's indentation or less that is no comment. None when no item starts
    there."""
    starts = [0] + [match.end() for match in _LINE_BREAK.finditer(text)]
    if not 0 <= first < len(starts):
        return None
    line_end = starts[first + 1] if first + 1 < len(starts) else len(text)
    opening = text[starts[first] : line_end].rstrip("\n\x85\u2028\u2029")
    indent = len(opening) - len(opening.lstrip(" "))
    if not opening[indent:].startswith("- "):
        return None
    end = first + 1
    while end < len(starts):
        stop = starts[end + 1] if end + 1 < len(starts) else len(text)
        line = text[starts[end] : stop]
        content = line.lstrip(" ")
        if content.strip() and not content.startswith("#") and len(line) - len(content) <= indent:
            break
        end += 1
    return first, starts[first], starts[end] if end < len(starts) else len(text)


def _item_near(text: str, key: ClaimKey, near: int) -> tuple[yaml.MappingNode, int] | None:
    """The claim's node, read from its own lines only, when it starts on line ``near``
    (1-based; where the claim was when the file was last read), and the line its lines
    start at: a decision on a file of ten thousand claims reads one."""
    span = item_span(text, near - 1)
    if span is None:
        return None
    first, start, stop = span
    try:
        fragment = yaml.compose(text[start:stop], Loader=_Composer)
    except yaml.YAMLError:
        return None
    if not isinstance(fragment, yaml.SequenceNode) or len(fragment.value) != 1:
        return None
    node = fragment.value[0]
    if isinstance(node, yaml.MappingNode) and _is(_scalars(node), key):
        return node, first
    return None


def apply(text: str, key: ClaimKey, decided: Decided, near: int = 0) -> str:
    """``text`` (claims.yaml, line breaks read as LF) with the claim ``key`` names
    set as ``decided`` says; only the lines of the keys that change are touched.
    ``near`` is the line the claim started on when last read (its ``source_line``):
    the claim is looked for there first, then in the whole file.

    Raises :class:`NotEditableError` when the file holds no such claim, or holds it in
    flow style (``{article: ..., ...}``), which is left to a person's editor.
    """
    starts = [0] + [match.end() for match in _LINE_BREAK.finditer(text)]
    found = _item_near(text, key, near) if near > 0 else None
    if found is None:
        whole = next((node for node in _items(text) if _is(_scalars(node), key)), None)
        found = (whole, 0) if whole is not None else None
    if found is None:
        raise NotEditableError(
            f"{key.article}:{key.line}:{key.column}: {key.quote!r} is no longer in claims.yaml"
        )
    item, offset = found
    if item.flow_style:
        raise NotEditableError(
            f"claims.yaml:{item.start_mark.line + offset + 1}: the claim is written on one"
            " line ({...}); edit it by hand"
        )
    starts = starts[offset:]

    def at(mark: yaml.Mark) -> int:
        return starts[mark.line] + mark.column

    def after_line_of(node: yaml.Node) -> int:
        """Where the line after ``node`` starts (a block scalar's end is already there)."""
        end = node.end_mark
        if end.column == 0 and end.line > node.start_mark.line:
            return starts[end.line]
        return starts[end.line + 1] if end.line + 1 < len(starts) else len(text)

    fields = _scalars(item)
    first_key = item.value[0][0]
    indent = " " * first_key.start_mark.column
    wanted = _rendered_values(key, decided)
    edits: list[tuple[int, int, int, str]] = []  # (start, end, order, replacement)
    for order, name in enumerate(DECIDED_KEYS):
        want = wanted.get(name)
        pair = fields.get(name)
        have = _current(fields, name) if pair is not None else None
        want_value = {
            "kind": decided.kind,
            "fact": decided.fact,
            "status": decided.status,
            "reason": decided.reason,
        }[name]
        if _semantic(name, have) == _semantic(name, want_value):
            continue
        if pair is not None:
            key_node, value_node = pair
            if want is None:
                if key_node is first_key:
                    raise NotEditableError(
                        f"claims.yaml:{key_node.start_mark.line + 1}: the claim begins with"
                        f" {name!r}; edit it by hand"
                    )
                line_start = starts[key_node.start_mark.line]
                edits.append((line_start, after_line_of(value_node), order, ""))
            else:
                start = at(value_node.start_mark)
                if getattr(value_node, "style", None) in ("|", ">"):  # ends on the next line
                    edits.append((start, after_line_of(value_node), order, want + "\n"))
                else:
                    edits.append((start, at(value_node.end_mark), order, want))
            continue
        if want is None:
            continue
        # A new key goes after the last key before it in the file's order.
        before = CLAIM_KEYS[: CLAIM_KEYS.index(name)]
        anchors = [fields[k][1] for k in before if k in fields] or [item.value[-1][1]]
        anchor = max(anchors, key=lambda node: (node.end_mark.line, node.end_mark.column))
        where = after_line_of(anchor)
        newline = "" if where == 0 or text[where - 1] == "\n" else "\n"
        edits.append((where, where, order, f"{newline}{indent}{name}: {want}\n"))
    for start, end, _, replacement in sorted(edits, key=lambda e: (e[0], e[2]), reverse=True):
        text = text[:start] + replacement + text[end:]
    return text
