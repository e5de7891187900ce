"""Where factsuite reads and writes: every input inside the desk; outputs where asked.

*Input* paths are refused unless they resolve (symlinks followed) inside the desk:
an article named in claims.yaml, a PATH given to ``factsuite check`` or ``extract``,
``--factsuite-article``, claims.yaml itself, and every file found under ``facts/`` and
``articles/`` (and the cache folder is not used when it leads out).
Those paths are data that can arrive in a pull request from someone the CI runner
trusts less than itself: a claims.yaml saying ``article: /etc/passwd``, or an
article that is a symlink to ``~/.ssh/id_rsa``, would have the gate read a file
the author cannot see and print its sentences in logs, annotations and SARIF.

*Output* paths (``check -o FILE``, ``--factsuite-report PATH``) are typed by the
person running the command, on their own command line, with their own rights: they
may point anywhere that person may write. They are only checked so that a folder,
a path under a file or an unwritable place is one clear line, not a traceback.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterable
from pathlib import Path

from factsuite.errors import InputError


def display_path(path: Path, root: Path) -> str:
    """A path as the user should see it: relative to the desk root, with forward slashes."""
    try:
        return path.resolve().relative_to(root.resolve()).as_posix()
    except (ValueError, OSError, RuntimeError):
        pass
    try:  # a symlink out of the desk is still shown where it stands in the desk
        return path.absolute().relative_to(root.absolute()).as_posix()
    except ValueError:
        return path.as_posix()


def display_paths(folder: Path, paths: Iterable[Path], root: Path) -> list[str]:
    """``display_path`` of each of ``paths``, files under ``folder`` as ``files_inside``
    lists them: no folder between ``folder`` and a file is a symlink (the walk enters
    none), so a file that is not one itself resolves where ``folder`` does, and only
    ``folder`` and the linked files are resolved. Resolving every path, and the desk
    for each, was a tenth of a 10,000-article gate's collection."""
    try:
        base = folder.resolve().relative_to(root.resolve())
    except (ValueError, OSError, RuntimeError):  # display_path says what to show then
        return [display_path(path, root) for path in paths]
    return [
        display_path(path, root)
        if path.is_symlink()
        else (base / path.relative_to(folder)).as_posix()
        for path in paths
    ]


def inside_desk(
    root: Path,
    path: Path,
    display: str,
    *,
    what: str = "",
    line: int | None = None,
    column: int | None = None,
) -> Path:
    """``path`` resolved, symlinks followed, when it lies inside the desk at ``root``.

    Anything else raises ``InputError`` at ``display`` (with ``line`` and ``column``
    when the path was read from a file), naming the path as ``what`` says. The check
    is on the resolved path, so ``articles/../../x.md`` and a symlink pointing out
    are refused alike; callers check before they open or list a path, and the
    message is the same whether a file exists out there or not.
    """
    subject = f"{what} " if what else ""
    if "\0" in str(path):
        raise InputError(display, f"{subject}contains a NUL byte", line, column)
    try:
        resolved = path.resolve()
        desk = root.resolve()
    except (OSError, RuntimeError) as exc:  # a symlink loop: RuntimeError before 3.13
        raise InputError(display, f"{subject}cannot be resolved: {exc}", line, column) from None
    if not resolved.is_relative_to(desk):
        raise InputError(display, f"{subject}lies outside the desk", line, column)
    _require_utf8(str(resolved.relative_to(desk)), display, subject, line, column)
    return resolved


def _require_utf8(
    name: str, display: str, subject: str = "", line: int | None = None, column: int | None = None
) -> None:
    """claims.yaml and the reports are UTF-8: a file they cannot name cannot be checked."""
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:
        shown = os.fsencode(display).decode("utf-8", "backslashreplace")
        message = f"{subject}is not named in UTF-8: rename it"
        raise InputError(shown, message, line, column) from None


def files_inside(root: Path, folder: Path, suffixes: tuple[str, ...]) -> list[Path]:
    """The files under ``folder`` with one of ``suffixes``, sorted, all inside the desk.

    ``folder`` itself must resolve inside the desk at ``root``; then only a symlink
    found under it can lead out (``rglob`` walks into no linked folder), so only
    links are resolved: a linked file with one of ``suffixes``, or a linked folder
    (never walked, so refused rather than silently skipped), pointing out raises
    ``InputError``. Resolving every file would cost ~0.1 ms each.
    """
    inside_desk(root, folder, display_path(folder, root))
    found = []
    for path in sorted(folder.rglob("*")):
        wanted = path.suffix in suffixes
        if path.is_symlink() and (wanted or path.is_dir()):
            inside_desk(root, path, display_path(path, root))
        if wanted and path.is_file():
            name = str(path.relative_to(folder))
            if not name.isascii():  # else it is UTF-8: skip display_path's resolve (0.1 ms)
                _require_utf8(name, display_path(path, root))
            found.append(path)
    return found


def check_output(path: Path, display: str) -> None:
    """Raise ``InputError`` when a report cannot be written at ``path``.

    Missing folders are created by the writer, as pytest's ``--junitxml`` does; what
    is refused here is what no writer can fix: a folder where the file should be, a
    file where a folder should be, and a place the user may not write.
    """
    if "\0" in str(path):
        raise InputError(display, "contains a NUL byte")
    if path.is_dir():
        raise InputError(display, "is a folder: name a file to write the report to")
    folder = path.absolute().parent
    while not folder.exists():
        folder = folder.parent
    if not folder.is_dir():
        raise InputError(display, f"cannot be written: {folder} is a file, not a folder")
    if not os.access(folder, os.W_OK | os.X_OK):
        raise InputError(display, f"cannot be written: no permission to write in {folder}")
    if path.exists() and not os.access(path, os.W_OK):
        raise InputError(display, "cannot be written: the file is read-only")


def check_rewritable(path: Path, display: str) -> None:
    """Raise ``InputError`` when ``path`` exists and its owner may not write it.

    Replacing a file atomically only needs its folder writable, so a read-only
    claims.yaml would be silently replaced; its mode bits are read instead (not
    ``os.access``, which says yes to root), as a person's decision to keep it as is.
    """
    try:
        mode = path.stat().st_mode
    except FileNotFoundError:
        return
    if not mode & stat.S_IWUSR:
        raise InputError(display, "is read-only: make it writable (chmod u+w) to update it")
