"""Where factsuite reads and writes: every input inside the desk; outputs where asked.

*Input* paths are refused unless they resolve (symlinks followed) inside the desk:
an article named in claims.yaml, a PATH given to ``factsuite check`` or ``extract``,
``--factsuite-article``, and every file found under ``facts/`` and ``articles/``.
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
    are refused alike, and on the path itself, so a file outside is never opened.
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
    return resolved
