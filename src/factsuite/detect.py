"""How a folder says it is a desk.

A desk says so in its ``pyproject.toml``, with a ``[tool.factsuite]`` table (empty
will do); a desk made before the table existed is known by ``claims.yaml`` beside its
``facts/`` folder. Any other project, however many ``facts/`` folders it has, is none
of factsuite's business.

The pytest plugin asks :func:`is_desk` in every project that has factsuite
installed, so this module is small and imports only the standard library, and a
``pyproject.toml`` that never mentions factsuite costs one file read. What the table
says is settings.py's to read; both ask :func:`desk_table`, which parses a given text
once, so a desk found here is not parsed again when its settings are loaded.
"""

from __future__ import annotations

import functools
import re
import sys
from pathlib import Path
from typing import Any

PYPROJECT = "pyproject.toml"
TABLE = "[tool.factsuite]"
TABLE_PATH = ("tool", "factsuite")
# The legacy signs of a desk, from before the table: both must be there.
LEGACY_FACTS_DIR = "facts"
LEGACY_CLAIMS_FILE = "claims.yaml"

# A header or dotted key that opens the table, for a pyproject.toml tomllib cannot
# read: the desk is then still found, and loading it reports the syntax error. A
# string, compiled (and cached by ``re``) on first use: only a broken file needs it.
_TABLE_OPENING = r"(?m)^\s*\[\s*tool\s*\.\s*factsuite\s*[\].]|^\s*tool\s*\.\s*factsuite\b"


def read_pyproject(root: Path) -> str | None:
    try:
        return (root / PYPROJECT).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return None


@functools.lru_cache(maxsize=4)
def desk_table(text: str) -> Any:
    """``[tool.factsuite]`` of a pyproject.toml's text, or None when it has none.
    Raises ``tomllib.TOMLDecodeError`` (a ``ValueError``).

    Cached by the text: finding the desk and loading its settings read the file each
    time (so an edit in between is seen) but parse it once. The table is shared
    between callers: read it, do not change it.
    """
    if sys.version_info >= (3, 11):
        import tomllib
    else:  # pragma: no cover - Python 3.10
        import tomli as tomllib
    tool = tomllib.loads(text).get("tool")
    return tool.get("factsuite") if isinstance(tool, dict) else None


def declares_desk(root: Path) -> bool:
    """Whether ``root``'s pyproject.toml has a ``[tool.factsuite]`` table."""
    text = read_pyproject(root)
    if text is None or "factsuite" not in text:  # the common case costs no parsing
        return False
    try:
        return desk_table(text) is not None
    except ValueError:
        return re.search(_TABLE_OPENING, text) is not None


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
