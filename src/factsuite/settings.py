"""A desk's settings, and how a folder says it is a desk at all.

A desk says so in its ``pyproject.toml``, with a ``[tool.factsuite]`` table (empty
will do); a desk made before the table existed is known by ``claims.yaml`` beside its
``facts/`` folder. Any other project, however many ``facts/`` folders it has, is none
of factsuite's business.

The pytest plugin asks :func:`is_desk` in every project that has factsuite
installed, so this module imports nothing beyond the standard library at start-up,
and a ``pyproject.toml`` that never mentions factsuite costs one file read.

The table, validated into :class:`Settings`::

    [tool.factsuite]
    strict = true                          # fail claims nobody has reviewed
    kinds = ["mydesk.kinds:Currency"]      # extra claim kinds (entry-point style)
    claimreview = { author = { name = "The Riverside Courier", url = "https://..." } }
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

PYPROJECT = "pyproject.toml"
TABLE = "[tool.factsuite]"
_TABLE_PATH = ("tool", "factsuite")
# The legacy signs of a desk, from before the table: both must be there.
LEGACY_FACTS_DIR = "facts"
LEGACY_CLAIMS_FILE = "claims.yaml"

# A header or dotted key that opens the table, for a pyproject.toml tomllib cannot
# read: the desk is then still found, and loading it reports the syntax error.
_TABLE_OPENING = re.compile(
    r"^\s*\[\s*tool\s*\.\s*factsuite\s*[\].]|^\s*tool\s*\.\s*factsuite\b", re.MULTILINE
)


def _read(root: Path) -> str | None:
    try:
        return (root / PYPROJECT).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return None


def _parse(text: str) -> dict[str, Any]:
    """The TOML document. Raises ``tomllib.TOMLDecodeError`` (a ``ValueError``)."""
    if sys.version_info >= (3, 11):
        import tomllib
    else:  # pragma: no cover - Python 3.10
        import tomli as tomllib
    document: dict[str, Any] = tomllib.loads(text)
    return document


def _table(document: dict[str, Any]) -> Any:
    """``[tool.factsuite]`` of a parsed pyproject.toml, or None when it has none."""
    tool = document.get("tool")
    return tool.get("factsuite") if isinstance(tool, dict) else None


def declares_desk(root: Path) -> bool:
    """Whether ``root``'s pyproject.toml has a ``[tool.factsuite]`` table."""
    text = _read(root)
    if text is None or "factsuite" not in text:  # the common case costs no parsing
        return False
    try:
        return _table(_parse(text)) is not None
    except ValueError:
        return _TABLE_OPENING.search(text) is not None


def is_desk(root: Path) -> bool:
    """Whether ``root`` is a desk: its pyproject.toml has ``[tool.factsuite]``, or
    (a desk made before the table) ``claims.yaml`` sits beside ``facts/``."""
    if declares_desk(root):
        return True
    return (root / LEGACY_FACTS_DIR).is_dir() and (root / LEGACY_CLAIMS_FILE).is_file()


def find_desk(start: Path) -> Path | None:
    """The nearest folder at or above ``start`` that is a desk."""
    start = start.resolve()
    for folder in (start, *start.parents):
        if is_desk(folder):
            return folder
    return None


# The settings ------------------------------------------------------------------------
# Frozen dataclasses, not msgspec Structs, so that defining them imports nothing:
# msgspec validates them, and is imported only when a desk's settings are read.


@dataclass(frozen=True)
class Author:
    """Who publishes the desk's fact checks: ClaimReview's ``author``."""

    name: str
    url: str = ""


@dataclass(frozen=True)
class ClaimReview:
    """How the desk's fact checks are published as schema.org ClaimReview."""

    author: Author | None = None


@dataclass(frozen=True)
class Settings:
    """The ``[tool.factsuite]`` table. ``kinds`` names extra claim kinds,
    entry-point style (``package.module:Kind``); they are only read here."""

    strict: bool = False
    kinds: tuple[str, ...] = ()
    claimreview: ClaimReview = field(default_factory=ClaimReview)


DEFAULT = Settings()

_ARRAY_INDEX = re.compile(r"\[\d+\]")


def load_settings(root: Path) -> Settings:
    """The settings of the desk at ``root``; the defaults when its pyproject.toml
    (or the table in it) is missing. Raises ``InputError``, one line,
    ``pyproject.toml:LINE: [tool.factsuite] ...``, for a bad key or value."""
    from factsuite.errors import InputError

    text = _read(root)
    if text is None or "factsuite" not in text:
        return DEFAULT
    try:
        table = _table(_parse(text))
    except ValueError as exc:  # tomllib says "... (at line L, column C)"
        where = re.search(r"\(at line (\d+), column (\d+)\)$", str(exc))
        message = re.sub(r"\s*\(at line \d+, column \d+\)$", "", str(exc))
        line, column = (int(where[1]), int(where[2])) if where else (None, None)
        raise InputError(PYPROJECT, f"invalid TOML: {message}", line, column) from None
    if table is None:
        return DEFAULT
    problem = _unknown_key(table, Settings, ())
    if problem is None:
        problem = _wrong_type(table)
    if problem is None:
        return _convert(table)
    keys, message = problem
    line = key_line(text, keys)
    name = ".".join(keys)
    prefix = f"{TABLE} {name}: " if name else f"{TABLE} "
    raise InputError(PYPROJECT, prefix + message, line)


def _convert(table: dict[str, Any]) -> Settings:
    import msgspec

    settings: Settings = msgspec.convert(table, Settings)
    return settings


Problem = tuple[tuple[str, ...], str]


def _unknown_key(value: Any, cls: type[Any], keys: tuple[str, ...]) -> Problem | None:
    """The first key of ``value`` that ``cls`` (a settings dataclass) does not know,
    looking into nested settings tables too."""
    if not isinstance(value, dict):
        return None  # a wrong type: msgspec says so
    known = {f.name: f for f in fields(cls)}
    for key, inner in value.items():
        if key not in known:
            names = ", ".join(known)
            return (*keys, key), f"unknown key (known: {names})"
        nested = _SETTINGS_TABLES.get((cls, key))
        if nested is not None:
            problem = _unknown_key(inner, nested, (*keys, key))
            if problem is not None:
                return problem
    return None


def _wrong_type(table: Any) -> Problem | None:
    import msgspec

    if not isinstance(table, dict):
        return (), "must be a table"
    try:
        msgspec.convert(table, Settings)
    except msgspec.ValidationError as exc:
        found = re.fullmatch(r"(?P<what>.*?)(?: - at `\$(?P<path>[^`]*)`)?", str(exc))
        what = found["what"] if found else str(exc)
        path = _ARRAY_INDEX.sub("", found["path"] or "") if found else ""
        keys = tuple(k for k in path.split(".") if k)
        return keys, _toml_words(what)
    return None


def _toml_words(message: str) -> str:
    """msgspec's JSON words for TOML's: a table, not an object; nothing is null."""
    message = message.replace("`object | null`", "`table`").replace("`object`", "`table`")
    message = message.replace("Object ", "Table ")
    message = re.sub(r"`([^`]*)`", r"\1", message)
    return message[:1].lower() + message[1:]


_SETTINGS_TABLES: dict[tuple[type[Any], str], type[Any]] = {
    (Settings, "claimreview"): ClaimReview,
    (ClaimReview, "author"): Author,
}

_HEADER = re.compile(r"^\s*\[\[?\s*(?P<name>[^\]]+?)\s*\]\]?\s*(?:#.*)?$")
_KEY = re.compile(r"^\s*(?P<name>[A-Za-z0-9_\-.\"' ]+?)\s*=")


def _dotted(name: str) -> tuple[str, ...]:
    return tuple(part.strip().strip("\"'") for part in name.split("."))


def key_line(text: str, keys: tuple[str, ...]) -> int | None:
    """The line of ``tool.factsuite.<keys>`` in a pyproject.toml's text: the line that
    names the longest part of that path, first of equals. tomllib gives no positions,
    so the text is scanned: headers set where a key stands, keys extend it."""
    wanted = (*_TABLE_PATH, *keys)
    best_line, best_length = None, 0
    table: tuple[str, ...] = ()
    for number, line in enumerate(text.splitlines(), start=1):
        header = _HEADER.match(line)
        if header:
            table = _dotted(header["name"])
            path = table
        else:
            key = _KEY.match(line)
            if key is None:
                continue
            path = (*table, *_dotted(key["name"]))
        length = _common(path, wanted)
        if length > best_length and length >= len(_TABLE_PATH):
            best_line, best_length = number, length
    return best_line


def _common(path: tuple[str, ...], wanted: tuple[str, ...]) -> int:
    """How long ``path`` runs along ``wanted``; 0 when it leaves it."""
    if len(path) > len(wanted) or wanted[: len(path)] != path:
        return 0
    return len(path)
