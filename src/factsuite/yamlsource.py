"""Safe YAML loading that remembers where every key and value stood.

PyYAML's safe loaders drop positions once data is constructed and silently keep the
last of two duplicate keys. Writers need both: an error must name file, line and
column, and a duplicated fact id must not quietly replace the first. So documents are
composed into nodes with libyaml (CSafeLoader's parser) and turned into plain
Python values here, with a ``Mark`` kept for every mapping key, mapping value and
sequence item.

Two YAML 1.1 surprises are switched off: timestamps stay strings (factsuite reads
dates itself, at any precision: "2011-12" is not a timestamp but is a date), and only
``true``/``false`` are booleans (a value ``no`` or ``on`` stays text).
"""

from __future__ import annotations

import re
from typing import Any, NamedTuple

import yaml

from factsuite.errors import InputError

try:  # the C loader is ~5x faster; fall back for a PyYAML built without libyaml
    _BaseLoader: type[yaml.SafeLoader] = yaml.CSafeLoader  # type: ignore[assignment]
except AttributeError:  # pragma: no cover - depends on the PyYAML build
    _BaseLoader = yaml.SafeLoader


class _Loader(_BaseLoader):  # type: ignore[misc,valid-type]
    """A safe loader with YAML 1.1's timestamp and yes/no/on/off resolution removed."""


_Loader.yaml_implicit_resolvers = {
    first: [
        (tag, regexp)
        for tag, regexp in resolvers
        if tag not in ("tag:yaml.org,2002:timestamp", "tag:yaml.org,2002:bool")
    ]
    for first, resolvers in _BaseLoader.yaml_implicit_resolvers.items()
}
_Loader.add_implicit_resolver(
    "tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF")
)

# PyYAML's ``resolve`` rebuilds the list of candidate resolvers for every scalar, and
# libyaml calls it for every node: a tenth of loading 100,000 facts. The same lists,
# each with the wildcard resolvers after its own as PyYAML tries them, built once.
_IMPLICIT_BY_FIRST: dict[str, list[tuple[str, re.Pattern[str]]]] = {
    first: [*resolvers, *_Loader.yaml_implicit_resolvers.get(None, [])]
    for first, resolvers in _Loader.yaml_implicit_resolvers.items()
    if first is not None
}
_IMPLICIT_WILDCARD = list(_Loader.yaml_implicit_resolvers.get(None, []))
assert not _Loader.yaml_path_resolvers  # what lets ``_resolve`` skip them


def _resolve(self: _Loader, kind: type[yaml.Node], value: Any, implicit: tuple[bool, bool]) -> str:
    """``Resolver.resolve`` for a loader without path resolvers, with the same answers."""
    if kind is yaml.ScalarNode:
        if implicit[0]:
            for tag, regexp in _IMPLICIT_BY_FIRST.get(value[:1], _IMPLICIT_WILDCARD):
                if regexp.match(value):
                    return str(tag)
        return str(self.DEFAULT_SCALAR_TAG)
    if kind is yaml.SequenceNode:
        return str(self.DEFAULT_SEQUENCE_TAG)
    return str(self.DEFAULT_MAPPING_TAG)


_Loader.resolve = _resolve


_PLAIN_TAGS = frozenset(
    f"tag:yaml.org,2002:{name}"
    for name in ("str", "int", "float", "bool", "null", "seq", "map", "merge")
)


class Mark(NamedTuple):
    """A 1-based line and column in a source file. A tuple, not a frozen dataclass:
    loading 100,000 facts makes two million of them, and a tuple is made 4x faster."""

    line: int
    column: int


class YamlMap(dict[Any, Any]):
    """A mapping that knows where it, each of its keys and each of its values stood."""

    mark: Mark
    key_marks: dict[Any, Mark]
    value_marks: dict[Any, Mark]

    def key_mark(self, key: Any) -> Mark:
        return self.key_marks.get(key, self.mark)

    def value_mark(self, key: Any) -> Mark:
        return self.value_marks.get(key, self.mark)


class YamlList(list[Any]):
    """A sequence that knows where it and each of its items stood."""

    mark: Mark
    item_marks: list[Mark]

    def item_mark(self, index: int) -> Mark:
        return self.item_marks[index] if index < len(self.item_marks) else self.mark


# Aliases let a few lines stand for an exponential tree ("billion laughs"): nine
# anchors of nine aliases each expand to 10**9 nodes. A desk may well share a list
# (one ``sources:`` list for several facts), so aliases are allowed, within bounds no
# hand-written file comes near: this many alias uses per document (one per fact of a
# file of a few hundred facts)...
MAX_ALIAS_USES = 1_000
# ...and this many nodes built again because an alias repeats them, so a document
# costs at most this much more than its own text (a tenth of a second) and an error
# comes at once.
MAX_ALIAS_EXPANDED_NODES = 10_000


def _mark(node: yaml.Node) -> Mark:
    return Mark(node.start_mark.line + 1, node.start_mark.column + 1)


_MAX_DEPTH = 100  # nesting no hand-written file needs


class _AliasCounter:
    """Counts, before anything is built, what a document's aliases would expand to.

    libyaml hands an alias back as the very node its anchor made, so a node met twice
    is an alias use. Each node's expanded size is computed once, so the count costs
    as much as the document's own nodes and a bomb is refused at once.
    """

    def __init__(self, path: str) -> None:
        self.path = path
        # The expanded size of each node met, by id; None while its own children are
        # counted, so an alias met then is inside its own anchor.
        self.sizes: dict[int, int | None] = {}
        self.alias_uses = 0
        self.repeated_nodes = 0

    def error(self, mark: Mark, message: str) -> InputError:
        return InputError(self.path, message, mark.line, mark.column)

    def size(self, node: yaml.Node, used_at: Mark, depth: int = 0) -> int:
        """The number of values ``node`` expands to. ``used_at`` names where it is used:
        an alias's own mark is its anchor's."""
        if depth > _MAX_DEPTH:
            raise self.error(_mark(node), f"nesting is deeper than {_MAX_DEPTH} levels")
        if id(node) in self.sizes:
            return self._alias(node, used_at)
        self.sizes[id(node)] = None
        total = 1
        if isinstance(node, yaml.SequenceNode):
            for child in node.value:
                total += self.size(
                    child, used_at if id(child) in self.sizes else _mark(child), depth + 1
                )
        elif isinstance(node, yaml.MappingNode):
            for key_node, value_node in node.value:
                key_mark = _mark(key_node)
                total += self.size(key_node, key_mark, depth + 1)
                total += self.size(value_node, key_mark, depth + 1)
        self.sizes[id(node)] = total
        return total

    def _alias(self, node: yaml.Node, used_at: Mark) -> int:
        self.alias_uses += 1
        if self.alias_uses > MAX_ALIAS_USES:
            raise self.error(used_at, f"more than {MAX_ALIAS_USES} aliases: write the values out")
        size = self.sizes[id(node)]
        if size is None:
            raise self.error(used_at, "an alias inside its own anchor: write the values out")
        self.repeated_nodes += size
        if self.repeated_nodes > MAX_ALIAS_EXPANDED_NODES:
            raise self.error(
                used_at,
                f"aliases expand to more than {MAX_ALIAS_EXPANDED_NODES:,} values"
                " (an alias bomb?): write the values out",
            )
        return size


class _Builder:
    def __init__(self, loader: _Loader, path: str):
        self.loader = loader
        self.path = path

    def error(self, mark: Mark, message: str) -> InputError:
        return InputError(self.path, message, mark.line, mark.column)

    def build(self, node: yaml.Node) -> Any:
        if node.tag not in _PLAIN_TAGS:
            # Safe loading refuses python/* tags; refuse every other tag too, rather
            # than read a tagged value as if the tag were not there.
            raise self.error(_mark(node), f"unsupported YAML tag {node.tag!r}: use plain values")
        if isinstance(node, yaml.ScalarNode):
            try:
                return self.loader.construct_object(node)
            except ValueError:  # Python reads no integer of more than 4300 digits
                raise self.error(_mark(node), "number too long to read") from None
        if isinstance(node, yaml.SequenceNode):
            items = YamlList()
            items.mark = _mark(node)
            items.item_marks = []
            for child in node.value:
                items.append(self.build(child))
                items.item_marks.append(_mark(child))
            return items
        if isinstance(node, yaml.MappingNode):
            return self._build_mapping(node)
        raise self.error(
            _mark(node), f"unsupported YAML node {type(node).__name__}"
        )  # pragma: no cover

    def _build_mapping(self, node: yaml.MappingNode) -> YamlMap:
        mapping = YamlMap()
        mapping.mark = _mark(node)
        mapping.key_marks = {}
        mapping.value_marks = {}
        for key_node, value_node in node.value:
            if key_node.tag == "tag:yaml.org,2002:merge":
                raise self.error(
                    _mark(key_node), "merge keys (<<) are not supported: write keys out"
                )
            key = self.build(key_node)
            key_mark = _mark(key_node)
            if not isinstance(key, (str, int, float, bool)) and key is not None:
                raise self.error(key_mark, "a mapping key must be a plain value")
            if key in mapping:
                first = mapping.key_marks[key]
                raise self.error(
                    key_mark,
                    f"duplicate key {key!r} (first at line {first.line}, column {first.column});"
                    " YAML would silently keep only the last one",
                )
            mapping[key] = self.build(value_node)
            mapping.key_marks[key] = key_mark
            mapping.value_marks[key] = _mark(value_node)
        return mapping


class _UnusualError(Exception):
    """Raised by ``_build_plain`` for anything but plain, well-formed data."""


_STR_TAG = "tag:yaml.org,2002:str"
_MAP_TAG = "tag:yaml.org,2002:map"
_SEQ_TAG = "tag:yaml.org,2002:seq"
_KEY_TAGS = frozenset(
    f"tag:yaml.org,2002:{name}" for name in ("str", "int", "float", "bool", "null")
)


def _build_plain(loader: _Loader, node: yaml.Node, depth: int) -> Any:
    """What ``_Builder.build`` makes of ``node``, for a document without aliases.

    The common case made fast (it is most of loading a large desk): strings taken as
    they are, marks made directly. Anything ``_Builder`` would refuse, and nesting
    near the limit, raises ``_UnusualError`` so that the careful path reports it with the
    very message and place it always has.
    """
    if depth > _MAX_DEPTH:
        raise _UnusualError
    kind = type(node)
    tag = node.tag
    if kind is yaml.ScalarNode:
        if tag == _STR_TAG:
            return node.value
        if tag in _KEY_TAGS:
            return _scalar(loader, node)
        raise _UnusualError
    if kind is yaml.MappingNode and tag == _MAP_TAG:
        mapping = YamlMap()
        start = node.start_mark
        mapping.mark = Mark(start.line + 1, start.column + 1)
        key_marks: dict[Any, Mark] = {}
        value_marks: dict[Any, Mark] = {}
        mapping.key_marks = key_marks
        mapping.value_marks = value_marks
        for key_node, value_node in node.value:
            if type(key_node) is not yaml.ScalarNode:
                raise _UnusualError  # a mapping or a list as a key
            key = _build_plain(loader, key_node, depth + 1)  # a merge key is _UnusualError
            if key in mapping:
                raise _UnusualError
            mapping[key] = _build_plain(loader, value_node, depth + 1)
            start = key_node.start_mark
            key_marks[key] = Mark(start.line + 1, start.column + 1)
            start = value_node.start_mark
            value_marks[key] = Mark(start.line + 1, start.column + 1)
        return mapping
    if kind is yaml.SequenceNode and tag == _SEQ_TAG:
        items = YamlList()
        start = node.start_mark
        items.mark = Mark(start.line + 1, start.column + 1)
        item_marks: list[Mark] = []
        items.item_marks = item_marks
        for child in node.value:
            items.append(_build_plain(loader, child, depth + 1))
            start = child.start_mark
            item_marks.append(Mark(start.line + 1, start.column + 1))
        return items
    raise _UnusualError  # a tag that is not the node's own kind: left to the careful path


def _scalar(loader: _Loader, node: yaml.Node) -> Any:
    try:
        return loader.construct_object(node)
    except Exception:  # whatever it is, the careful path reports it
        raise _UnusualError from None


def load_yaml(text: str, path: str) -> Any:
    """Parse one YAML document; ``None`` for an empty one. Raises ``InputError``."""
    loader = _Loader(text)
    try:
        node = loader.get_single_node()
        if node is None:
            return None
        if "*" not in text:  # an alias is written *name: without one, nothing can expand
            try:
                return _build_plain(loader, node, 0)
            except _UnusualError:
                # The careful builder below says what is wrong, and where, starting
                # afresh: a scalar that failed to construct is still marked as in
                # progress, and would read as a recursive node.
                loader.constructed_objects = {}
                loader.recursive_objects = {}
        _AliasCounter(path).size(node, _mark(node))
        return _Builder(loader, path).build(node)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        problem = " ".join(part for part in (exc.context, exc.problem) if part)
        line = mark.line + 1 if mark else None
        column = mark.column + 1 if mark else None
        raise InputError(path, f"malformed YAML: {problem}", line, column) from None
    except yaml.reader.ReaderError as exc:  # a character YAML refuses, by its index
        before = text[: exc.position]
        line = before.count("\n") + 1
        column = exc.position - (before.rfind("\n") + 1) + 1
        raise InputError(
            path, f"malformed YAML: character U+{exc.character:04X}: {exc.reason}", line, column
        ) from None
    except yaml.YAMLError as exc:
        raise InputError(path, f"malformed YAML: {' '.join(str(exc).split())}") from None
    finally:
        loader.dispose()
