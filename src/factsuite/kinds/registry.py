"""Which claim kinds exist: those installed under the entry-point group
``factsuite.kinds`` (factsuite's own included), and those a desk names.

The registry is built once, on first use, and kept for the process. Asking
``importlib.metadata`` which entry points are installed costs 35-50 ms on a
cold process (importing it pulls in ``email``, ``zipfile`` and ``csv``, then every
installed distribution's metadata is read), which would be most of what a
pre-commit hook on one article takes. So the answer is kept in a small file in the
user's cache directory with what it was read from: the ``sys.path`` folders looked
at, and the modification time of those that held distribution metadata (installing
or removing a distribution changes its folder's). A run whose ``sys.path`` has a
folder not looked at, or whose metadata folders changed, asks again. The cache is
only an optimisation; any trouble with it means asking.
"""

from __future__ import annotations

import functools
import hashlib
import importlib
import os
import sys
import tempfile
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import msgspec

from factsuite.errors import InputError

if TYPE_CHECKING:  # imported where a kind is made: naming the kinds (cache.kinds_key)
    from factsuite.kinds.base import ClaimKind  # needs no article or YAML loader

__all__ = ["GROUP", "Registry", "current", "find", "kind", "load", "names"]

GROUP = "factsuite.kinds"
_CACHE_FORMAT = 1


class Registry:
    """The claim kinds of one run, by name.

    A kind of factsuite's own is imported when it is first asked for, not when the
    registry is built: the entry point already says its name and where it lives, and
    a pre-commit hook on one article needs the few kinds its claims are of (importing
    all eighteen cost about 47 ms). Any other kind is made at once (``load``).
    """

    def __init__(self, kinds: Iterable[ClaimKind[Any] | tuple[str, str]]) -> None:
        """``kinds`` in order: each made, or as (name, "module:Class") to make on first use."""
        # A kind by its name, or the "module:Class" it is made from on first use.
        self._entries: dict[str, ClaimKind[Any] | str] = dict(
            entry if isinstance(entry, tuple) else (entry.name, entry) for entry in kinds
        )

    def kind(self, name: str) -> ClaimKind[Any]:
        """The kind called ``name``; KeyError when there is none."""
        entry = self._entries[name]
        if isinstance(entry, str):
            entry = self._entries[name] = _made(name, entry)
        return entry

    def find(self, name: str) -> ClaimKind[Any] | None:
        """The kind called ``name``, or None when there is none."""
        return self.kind(name) if name in self._entries else None

    def names(self) -> tuple[str, ...]:
        """Every kind's name: factsuite's own first, then others', each by name."""
        return tuple(self._entries)

    def module(self, name: str) -> str:
        """The module that defines the kind called ``name`` (for a kind not made yet,
        the one its entry point names), without importing it; KeyError when none."""
        entry = self._entries[name]
        if isinstance(entry, str):
            return entry.partition(":")[0]
        return type(entry).__module__

    def made(self) -> tuple[str, ...]:
        """The names of the kinds made (imported) so far."""
        return tuple(n for n, entry in self._entries.items() if not isinstance(entry, str))

    def __contains__(self, name: object) -> bool:
        return name in self._entries

    def _every(self) -> tuple[ClaimKind[Any], ...]:
        return tuple(self.kind(name) for name in self._entries)

    @functools.cached_property
    def finders(self) -> tuple[ClaimKind[Any], ...]:
        """The kinds that find spans of their own (override ``ClaimKind.find``):
        extraction asks only these, so a kind that finds nothing costs nothing."""
        from factsuite.kinds.base import ClaimKind

        return tuple(k for k in self._every() if type(k).find is not ClaimKind.find)

    @functools.cached_property
    def claimers(self) -> tuple[ClaimKind[Any], ...]:
        """The kinds that claim values extraction's own readers bound to some facts
        (override ``ClaimKind.claims_bound``)."""
        from factsuite.kinds.base import ClaimKind

        return tuple(k for k in self._every() if type(k).claims_bound is not ClaimKind.claims_bound)

    def states_value(self, name: str) -> bool:
        """Whether claims of the kind ``name`` state a value (``ClaimKind.states_value``)."""
        kind = self.find(name)
        return kind is not None and kind.states_value


_active: Registry | None = None
_active_extra: tuple[str, ...] = ()


def load(extra: Sequence[str] = (), *, source: str = "pyproject.toml") -> Registry:
    """Build the registry from the installed entry points and the ``extra`` kinds,
    each named ``"module:Class"`` (a desk's ``[tool.factsuite] kinds``), make it the
    one ``kind`` and ``names`` answer from, and return it.

    Raises ``InputError`` (located in ``source``) for an extra kind that does not
    import, is not a ``ClaimKind``, or takes a name already registered; and (located
    in its "module:Class") for such an installed kind.
    """
    global _active, _active_extra
    kinds: dict[str, ClaimKind[Any] | str] = {}
    installed = _installed()
    if not any(_own(target) for _, target in installed):
        # Run from a checkout whose package metadata predates the registry: without
        # this, every claim would be "of an unknown kind", which misleads.
        raise InputError(
            GROUP,
            "none of factsuite's own claim kinds is registered:"
            " reinstall factsuite (pip install -e . in a checkout)",
        )
    for name, target in installed:
        # An installed package's fault, not the desk's: the error names the package's kind.
        what = f"the {GROUP} entry point {name!r}"
        if _own(target):
            # Made on first use (Registry.kind); a test holds each of factsuite's own
            # to the name of its entry point.
            _add(kinds, name, target, what, target)
            continue
        # Another package's kind is made now, so a fault in it is told up front.
        _add(kinds, name, _made(name, target), what, target)
    for target in extra:
        found = _instantiate(target, f"kind {target!r}", source)
        _add(kinds, found.name, found, f"kind {target!r}", source)
    _active = Registry(
        (name, entry) if isinstance(entry, str) else entry for name, entry in kinds.items()
    )
    _active_extra = tuple(extra)
    return _active


def current_extra() -> tuple[str, ...]:
    """The extra kinds the registry in use was built with (none before ``load``)."""
    return _active_extra


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


def _own(target: str) -> bool:
    """Whether the entry point's "module:Class" is one of factsuite's own kinds."""
    return target.startswith("factsuite.kinds.")


def _add(
    kinds: dict[str, ClaimKind[Any] | str],
    name: str,
    entry: ClaimKind[Any] | str,
    what: str,
    source: str,
) -> None:
    if name in kinds:
        held = kinds[name]
        module = held.partition(":")[0] if isinstance(held, str) else type(held).__module__
        raise InputError(
            source,
            f"{what} is a kind called {name!r}, but a kind of that name is already"
            f" registered ({module}): give it another name",
        )
    kinds[name] = entry


def _made(name: str, target: str) -> ClaimKind[Any]:
    """The kind the entry point ``name`` names, made; it must be called ``name``."""
    what = f"the {GROUP} entry point {name!r}"
    found = _instantiate(target, what, target)
    if found.name != name:
        raise InputError(
            target, f"{what} names a kind called {found.name!r}: the two names must be the same"
        )
    return found


def _instantiate(target: str, what: str, source: str) -> ClaimKind[Any]:
    """The kind ``target`` ("module:Class") names, made, or a one-line InputError."""
    from factsuite.kinds.base import ClaimKind

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

_METADATA_SUFFIXES = (".dist-info", ".egg-info")


class _Cached(msgspec.Struct, frozen=True):
    format: int
    interpreter: str
    folders: dict[str, int]  # every sys.path folder looked at, with its mtime (-1: none)
    watched: list[str]  # those that held distribution metadata
    entry_points: list[tuple[str, str]]


def _installed() -> list[tuple[str, str]]:
    """(name, "module:Class") of every installed kind, from the cache when it holds them."""
    path = [_absolute(entry) for entry in sys.path]
    file = _cache_file()
    cached = _read(file) if file is not None else None
    if cached is not None and _still_valid(cached, path):
        return cached.entry_points
    folders = {folder: _mtime(folder) for folder in path}
    watched = sorted(folder for folder in path if _holds_metadata(folder))
    if cached is not None and cached.watched == watched:
        # Another face of the same environment (pytest puts the rootdir on sys.path,
        # the CLI its scripts folder): remember both, or each would evict the other.
        folders = {**cached.folders, **folders}
    found = _scan()
    if file is not None:
        entry = _Cached(_CACHE_FORMAT, _interpreter(), folders, watched, found)
        _write(file, msgspec.json.encode(entry))
    return found


def _read(file: Path) -> _Cached | None:
    try:
        cached = msgspec.json.decode(file.read_bytes(), type=_Cached)
    except (OSError, msgspec.MsgspecError):
        return None
    if cached.format != _CACHE_FORMAT or cached.interpreter != _interpreter():
        return None
    return cached


def _still_valid(cached: _Cached, path: list[str]) -> bool:
    """Whether the distributions on ``path`` are those the cache was read from.

    A folder that held metadata must be unchanged. Any other folder may change (the
    working directory, /tmp) as long as it still holds none, which is looked at only
    when its mtime says it changed.
    """
    if any(folder not in cached.folders for folder in path):
        return False
    current = set(path)
    watched = set(cached.watched)
    for folder in watched:
        if folder not in current or _mtime(folder) != cached.folders[folder]:
            return False
    return not any(
        _mtime(folder) != cached.folders[folder] and _holds_metadata(folder)
        for folder in current - watched
    )


def _scan() -> list[tuple[str, str]]:
    from importlib.metadata import entry_points

    # factsuite's own kinds first, then others', each by name: the same order every run
    points = sorted(
        entry_points(group=GROUP), key=lambda p: (not p.value.startswith("factsuite."), p.name)
    )
    return [(p.name, p.value) for p in points]


def _absolute(entry: str) -> str:
    """A sys.path entry as a folder: "" is the working directory, which varies."""
    return str(Path(entry or os.curdir).absolute())


def _mtime(folder: str) -> int:
    try:
        return Path(folder).stat().st_mtime_ns
    except OSError:
        return -1


def _holds_metadata(folder: str) -> bool:
    """Whether the folder holds an installed distribution's metadata."""
    try:
        with os.scandir(folder) as entries:
            return any(e.name.endswith(_METADATA_SUFFIXES) for e in entries)
    except OSError:  # missing, a file (a zip archive), or unreadable
        return False


def _interpreter() -> str:
    return f"{sys.executable}\0{sys.version}"


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
