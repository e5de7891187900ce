"""A desk's settings: the ``[tool.factsuite]`` table of its pyproject.toml.

    [tool.factsuite]
    strict = true                          # fail claims nobody has reviewed
    kinds = ["mydesk.kinds:Currency"]      # extra claim kinds (entry-point style)
    claimreview = { author = { name = "The Riverside Courier", url = "https://..." } }

Read with tomllib (tomli on Python 3.10), validated by msgspec into a frozen
:class:`Settings`. TOML parsers give no positions, so a bad key or value is placed
by scanning the text: ``pyproject.toml:LINE: [tool.factsuite] ...``, one line.
Whether a folder is a desk at all is detect.py's (re-exported here).
"""

from __future__ import annotations

import re
from pathlib import Path

import msgspec

from factsuite.detect import (
    PYPROJECT,
    TABLE,
    TABLE_PATH,
    desk_table,
    read_pyproject,
)
from factsuite.detect import declares_desk as declares_desk
from factsuite.detect import find_desk as find_desk
from factsuite.detect import is_desk as is_desk
from factsuite.errors import InputError


class Author(msgspec.Struct, frozen=True, forbid_unknown_fields=True):
    """Who publishes the desk's fact checks: ClaimReview's ``author``."""

    name: str
    url: str = ""


class ClaimReview(msgspec.Struct, frozen=True, forbid_unknown_fields=True):
    """How the desk's fact checks are published as schema.org ClaimReview."""

    author: Author | None = None
    # The page the fact checks are published on (ClaimReview's ``url``).
    url: str = ""


class Settings(msgspec.Struct, frozen=True, forbid_unknown_fields=True, kw_only=True):
    """The ``[tool.factsuite]`` table. ``kinds`` names extra claim kinds,
    entry-point style (``package.module:Kind``); they are only read here."""

    strict: bool = False
    kinds: tuple[str, ...] = ()
    claimreview: ClaimReview = msgspec.field(default_factory=ClaimReview)


DEFAULT = Settings()
# Each table of the settings, by its keys under [tool.factsuite]: what it may hold.
_TABLES: dict[tuple[str, ...], type[msgspec.Struct]] = {
    (): Settings,
    ("claimreview",): ClaimReview,
    ("claimreview", "author"): Author,
}


def load_settings(root: Path) -> Settings:
    """The settings of the desk at ``root``; the defaults when its pyproject.toml
    (or the table in it) is missing. Raises ``InputError``, one line,
    ``pyproject.toml:LINE: [tool.factsuite] ...``, for a bad key or value."""
    text = read_pyproject(root)
    if text is None or "factsuite" not in text:
        return DEFAULT
    try:
        table = desk_table(text)
    except ValueError as exc:  # tomllib says "... (at line L, column C)"
        where = re.search(r"\(at line (\d+), column (\d+)\)$", str(exc))
        message = re.sub(r"\s*\(at line \d+, column \d+\)$", "", str(exc))
        line, column = (int(where[1]), int(where[2])) if where else (None, None)
        raise InputError(PYPROJECT, f"invalid TOML: {message}", line, column) from None
    if table is None:
        return DEFAULT
    try:
        return msgspec.convert(table, Settings)
    except msgspec.ValidationError as exc:
        keys, message = _explain(str(exc))
    name = ".".join(keys)
    raise InputError(
        PYPROJECT,
        f"{TABLE} {name}: {message}" if name else f"{TABLE} {message}",
        key_line(text, keys),
    )


def _explain(error: str) -> tuple[tuple[str, ...], str]:
    """msgspec's message as the keys it is about and what is wrong, in TOML's words."""
    found = re.fullmatch(r"(?P<what>.*?)(?: - at `\$(?P<path>[^`]*)`)?", error)
    what = found["what"] if found else error
    path = re.sub(r"\[\d+\]", "", found["path"] or "") if found else ""
    keys = tuple(k for k in path.split(".") if k)
    unknown = re.fullmatch(r"Object contains unknown field `(?P<key>[^`]*)`", what)
    if unknown:
        known = ", ".join(_TABLES[keys].__struct_fields__) if keys in _TABLES else ""
        return (*keys, unknown["key"]), f"unknown key (known: {known})"
    if not keys and what.startswith("Expected `object`"):
        return keys, "must be a table"
    return keys, _toml_words(what)


def _toml_words(message: str) -> str:
    """msgspec's JSON words for TOML's: a table, not an object; nothing is null."""
    message = message.replace("`object | null`", "`table`").replace("`object`", "`table`")
    message = message.replace("Object ", "Table ")
    message = re.sub(r"`([^`]*)`", r"\1", message)
    return message[:1].lower() + message[1:]


_HEADER = re.compile(r"^\s*\[\[?\s*(?P<name>[^\]]+?)\s*\]\]?\s*(?:#.*)?$")
_KEY = re.compile(r"^\s*(?P<name>[A-Za-z0-9_\-.\"' ]+?)\s*=")


def _dotted(name: str) -> tuple[str, ...]:
    return tuple(part.strip().strip("\"'") for part in name.split("."))


def key_line(text: str, keys: tuple[str, ...]) -> int | None:
    """The line of ``tool.factsuite.<keys>`` in a pyproject.toml's text: the line that
    names the longest part of that path, first of equals. tomllib gives no positions,
    so the text is scanned: headers set where a key stands, keys extend it."""
    wanted = (*TABLE_PATH, *keys)
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
        if length > best_length and length >= len(TABLE_PATH):
            best_line, best_length = number, length
    return best_line


def _common(path: tuple[str, ...], wanted: tuple[str, ...]) -> int:
    """How long ``path`` runs along ``wanted``; 0 when it leaves it."""
    if len(path) > len(wanted) or wanted[: len(path)] != path:
        return 0
    return len(path)
