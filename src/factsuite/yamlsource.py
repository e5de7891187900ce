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
from dataclasses import dataclass
from typing import Any

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


_PLAIN_TAGS = frozenset(
    f"tag:yaml.org,2002:{name}"
    for name in ("str", "int", "float", "bool", "null", "seq", "map", "merge")
)


@dataclass(frozen=True, slots=True)
class Mark:
    """A 1-based line and column in a source file."""

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


def _mark(node: yaml.Node) -> Mark:
    return Mark(node.start_mark.line + 1, node.start_mark.column + 1)


class _Builder:
    def __init__(self, loader: _Loader, path: str):
        self.loader = loader
        self.path = path

    def error(self, mark: Mark, message: str) -> InputError:
        return InputError(self.path, message, mark.line, mark.column)

    def build(self, node: yaml.Node, depth: int = 0) -> Any:
        if depth > 100:
            raise self.error(_mark(node), "nesting is too deep (a recursive alias?)")
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
                items.append(self.build(child, depth + 1))
                items.item_marks.append(_mark(child))
            return items
        if isinstance(node, yaml.MappingNode):
            return self._build_mapping(node, depth)
        raise self.error(
            _mark(node), f"unsupported YAML node {type(node).__name__}"
        )  # pragma: no cover

    def _build_mapping(self, node: yaml.MappingNode, depth: int) -> YamlMap:
        mapping = YamlMap()
        mapping.mark = _mark(node)
        mapping.key_marks = {}
        mapping.value_marks = {}
        for key_node, value_node in node.value:
            if key_node.tag == "tag:yaml.org,2002:merge":
                raise self.error(
                    _mark(key_node), "merge keys (<<) are not supported: write keys out"
                )
            key = self.build(key_node, depth + 1)
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
            mapping[key] = self.build(value_node, depth + 1)
            mapping.key_marks[key] = key_mark
            mapping.value_marks[key] = _mark(value_node)
        return mapping


def load_yaml(text: str, path: str) -> Any:
    """Parse one YAML document; ``None`` for an empty one. Raises ``InputError``."""
    loader = _Loader(text)
    try:
        node = loader.get_single_node()
        if node is None:
            return None
        return _Builder(loader, path).build(node)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        problem = " ".join(part for part in (exc.context, exc.problem) if part)
        line = mark.line + 1 if mark else None
        column = mark.column + 1 if mark else None
        raise InputError(path, f"malformed YAML: {problem}", line, column) from None
    except yaml.YAMLError as exc:
        raise InputError(path, f"malformed YAML: {exc}") from None
    finally:
        loader.dispose()
