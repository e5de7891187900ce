"""Which claim kinds exist: those installed under the entry-point group
``factsuite.kinds`` (factsuite's own included), and those a desk names.

The registry is built once, on first use, and kept for the process. Asking
``importlib.metadata`` which entry points are installed costs 35-50 ms on a
cold process (importing it pulls in ``email``, ``zipfile`` and ``csv``, then every
installed distribution's metadata is read), which would be most of what a
pre-commit hook on one article takes. So the answer is kept in a small file in the
user's cache directory, keyed on every ``sys.path`` entry's modification time:
installing or removing a distribution changes its directory's, and the next run
asks again. The cache is only an optimisation; any trouble with it means asking.
"""

from __future__ import annotations

import hashlib
import importlib
import os
import sys
import tempfile
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

import msgspec

from factsuite.errors import InputError
from factsuite.kinds.base import ClaimKind

__all__ = ["GROUP", "Registry", "current", "find", "kind", "load", "names"]

GROUP = "factsuite.kinds"
_CACHE_FORMAT = 1


class Registry:
    """The claim kinds of one run, by name."""

    def __init__(self, kinds: Iterable[ClaimKind[Any]]):
        self._kinds = {k.name: k for k in kinds}

    def kind(self, name: str) -> ClaimKind[Any]:
        """The kind called ``name``; KeyError when there is none."""
        return self._kinds[name]

    def find(self, name: str) -> ClaimKind[Any] | None:
        """The kind called ``name``, or None when there is none."""
        return self._kinds.get(name)

    def names(self) -> tuple[str, ...]:
        """Every kind's name: factsuite's own first, then others', each by name."""
        return tuple(self._kinds)

    def __contains__(self, name: object) -> bool:
        return name in self._kinds


_active: Registry | None = None


def load(extra: Sequence[str] = (), *, source: str = "pyproject.toml") -> Registry:
    """Build the registry from the installed entry points and the ``extra`` kinds,
    each named ``"module:Class"`` (a desk's ``[tool.factsuite] kinds``), make it the
    one ``kind`` and ``names`` answer from, and return it.

    Raises ``InputError`` (located in ``source``) for an extra kind that does not
    import, is not a ``ClaimKind``, or takes a name already registered.
    """
    global _active
    kinds: dict[str, ClaimKind[Any]] = {}
    for name, target in _installed():
        found = _instantiate(target, f"the {GROUP} entry point {name!r}", source)
        if found.name != name:
            raise InputError(
                source,
                f"the {GROUP} entry point {name!r} names {target!r},"
                f" a kind called {found.name!r}: the two names must be the same",
            )
        _add(kinds, found, f"the {GROUP} entry point {target!r}", source)
    for target in extra:
        _add(kinds, _instantiate(target, f"kind {target!r}", source), f"kind {target!r}", source)
    _active = Registry(kinds.values())
    return _active


def current() -> Registry:
    """The registry in use: the one ``load`` built last, else the installed kinds."""
    return _active if _active is not None else load()


def kind(name: str) -> ClaimKind[Any]:
    """The kind called ``name`` in the registry in use; KeyError when there is none."""
    return current().kind(name)


def find(name: str) -> ClaimKind[Any] | None:
    """The kind called ``name`` in the registry in use, or None."""
    return current().find(name)


def names() -> tuple[str, ...]:
    """The names of every kind in the registry in use."""
    return current().names()


def _add(kinds: dict[str, ClaimKind[Any]], found: ClaimKind[Any], what: str, source: str) -> None:
    if found.name in kinds:
        raise InputError(
            source,
            f"{what} is a kind called {found.name!r}, but a kind of that name is already"
            f" registered ({type(kinds[found.name]).__module__}): give it another name",
        )
    kinds[found.name] = found


def _instantiate(target: str, what: str, source: str) -> ClaimKind[Any]:
    """The kind ``target`` ("module:Class") names, made, or a one-line InputError."""
    module_name, _, attribute = target.partition(":")
    if not module_name or not attribute:
        raise InputError(source, f"{what} must be written 'module:Class'")
    try:
        module = importlib.import_module(module_name)
    except Exception as error:  # any failure to import is the desk's to fix, in one line
        raise InputError(
            source, f"{what} does not import: {type(error).__name__}: {error}"
        ) from None
    found: object = module
    for part in attribute.split("."):
        found = getattr(found, part, None)
        if found is None:
            raise InputError(source, f"{what}: module {module_name!r} has no {attribute!r}")
    if not (isinstance(found, type) and issubclass(found, ClaimKind)):
        raise InputError(source, f"{what} is not a ClaimKind subclass")
    missing = [a for a in ("name", "fact_types") if not hasattr(found, a)]
    if missing:
        raise InputError(source, f"{what} does not set {', '.join(missing)}")
    if getattr(found, "__abstractmethods__", None):
        raise InputError(
            source, f"{what} does not define {', '.join(sorted(found.__abstractmethods__))}"
        )
    made: ClaimKind[Any] = found()
    return made


# -- the installed entry points, cached ---------------------------------------------


class _Cached(msgspec.Struct, frozen=True):
    key: str
    entry_points: list[tuple[str, str]]


def _installed() -> list[tuple[str, str]]:
    """(name, "module:Class") of every installed kind, from the cache when it holds them."""
    key = _environment_key()
    path = _cache_file()
    if path is not None:
        try:
            cached = msgspec.json.decode(path.read_bytes(), type=_Cached)
            if cached.key == key:
                return cached.entry_points
        except (OSError, msgspec.MsgspecError):
            pass
    found = _scan()
    if path is not None:
        _write(path, msgspec.json.encode(_Cached(key=key, entry_points=found)))
    return found


def _scan() -> list[tuple[str, str]]:
    from importlib.metadata import entry_points

    # factsuite's own kinds first, then others', each by name: the same order every run
    points = sorted(
        entry_points(group=GROUP), key=lambda p: (not p.value.startswith("factsuite."), p.name)
    )
    return [(p.name, p.value) for p in points]


def _environment_key() -> str:
    """What the installed entry points depend on: the interpreter, and each
    ``sys.path`` entry with its modification time."""
    digest = hashlib.sha256(f"{_CACHE_FORMAT}\0{sys.executable}\0{sys.version}".encode())
    for entry in sys.path:
        try:
            stamp = Path(entry or ".").stat().st_mtime_ns
        except OSError:
            stamp = -1
        digest.update(f"\0{entry}\0{stamp}".encode())
    return digest.hexdigest()


def _cache_file() -> Path | None:
    """Where the installed kinds are remembered; None when caching is off."""
    if os.environ.get("FACTSUITE_NO_KINDS_CACHE"):
        return None
    base = os.environ.get("XDG_CACHE_HOME")
    if not base:
        try:
            base = str(Path.home() / ".cache")
        except (RuntimeError, KeyError):  # no home directory to speak of
            return None
    environment = hashlib.sha256(sys.prefix.encode()).hexdigest()[:16]
    return Path(base) / "factsuite" / f"kinds-{environment}.json"


def _write(path: Path, data: bytes) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".kinds.", suffix=".tmp")
        try:
            with os.fdopen(handle, "wb") as stream:
                stream.write(data)
            Path(temporary).replace(path)  # atomic: readers see the old file or the new
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
    except OSError:
        pass  # a read-only home: the next run asks again
