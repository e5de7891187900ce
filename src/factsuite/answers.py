"""A kept ``factsuite check ARTICLE ...`` answered at once, for the console script.

A pre-commit hook runs ``factsuite check`` on the staged articles at every commit,
and most commits check articles whose verdicts nothing has changed since the last
check. The kept verdicts (verdicts.py) already spare loading the desk, but not
importing argparse, msgspec and the model's types to print them: most of what a
warm hook still took on a 10k desk. So ``factsuite check`` also keeps, per article,
its answer as printed (the text report's pieces, plain and coloured, its notes and
warnings, its verdicts' tally) under ``.factsuite_cache/answers/``, and the console
script's entry point (hook.py) prints them through this module, with the standard
library alone. The command line prints its text report with the same functions.

It answers only the common call, ``factsuite check [--strict] ARTICLE ...``, and
only when every named article's answer was kept under the key of everything it
depends on as it is now (``state_key`` and ``answer_key``):

- factsuite's version and code (the package's files by signature, as cache.py's
  code fingerprint takes them), the interpreter, and the folders of ``sys.path``
  by their modification time (installing or removing a distribution, a kind among
  them, changes its folder's, as the kinds' registry assumes); answers are kept
  only for desks whose kinds are all factsuite's own;
- the desk's inputs (every fact file, claims.yaml, pyproject.toml) by their stat
  signature, which stands for the bytes the verdicts were judged from
  (signatures.py; a file changed within two seconds keeps no answer);
- the article's path and bytes, and ``--strict``.

Anything else (another command or option, an article whose answer is missing,
stale or damaged, a symlink where the full command resolves one, an unreadable
file) falls through to ``cli.main``, unchanged: the answer is only ever a faster
way to print what the full command prints, byte for byte, with its exit status.
"""

# ruff: noqa: PTH100, PTH109, PTH112, PTH113, PTH114, PTH116, PTH118, PTH120, PTH122, PTH123

from __future__ import annotations

import hashlib
import json
import os
import stat
import sys
import time

from factsuite import __version__
from factsuite.signatures import fingerprint_of, long_before, signature

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without importing typing (4 ms) at each run
if TYPE_CHECKING:
    from collections.abc import Iterable
    from typing import Any, TextIO

    from factsuite.signatures import Signature

    # A desk's input by its desk-relative name, and its signature (None: absent).
    Inputs = list[tuple[str, Signature | None]]

# Named here, not imported, so that the hook imports nothing but this module and
# signatures.py (tests/test_hook.py holds each to the definition it mirrors).
CACHE_DIR = ".factsuite_cache"  # cache.CACHE_DIR
FACTS_DIR = "facts"  # deskfiles.FACTS_DIR
CLAIMS_FILE = "claims.yaml"  # deskfiles.CLAIMS_FILE
PYPROJECT = "pyproject.toml"  # deskfiles.PYPROJECT
ARTICLE_SUFFIXES = (".md", ".markdown", ".txt")  # deskfiles.ARTICLE_SUFFIXES
FACT_SUFFIXES = (".yaml", ".yml")  # deskfiles.FACT_SUFFIXES

ANSWERS_DIR = "answers"
_FORMAT = 1  # bumped when an answer's layout changes in a way the code fingerprint would miss
_PACKAGE = os.path.dirname(os.path.abspath(__file__))


def answered(arguments: list[str], out: TextIO, err: TextIO) -> int | None:
    """``factsuite ARGUMENTS``'s exit status, its output printed, when it is a check
    whose answers are kept; else None, having printed nothing."""
    try:
        answers = _kept(arguments)
    except KeyboardInterrupt:
        return 130
    if answers is None:
        return None
    try:
        return _print(answers, out, err)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return broken_pipe()


def broken_pipe() -> int:
    """The reader (``| head``) went away: stop quietly, and keep Python's exit-time
    flush of stdout from raising again. The exit status of a report cut short."""
    os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    return 1


# The answers kept --------------------------------------------------------------------


def _kept(arguments: list[str]) -> list[tuple[str, dict[str, Any]]] | None:
    """Each named article (desk-relative) and its answer, in the order named, when
    ``arguments`` are ``check [--strict] ARTICLE ...`` and every answer holds."""
    if not arguments or arguments[0] != "check":
        return None
    # As argparse reads them: the paths in one run, ``--strict`` before or after it.
    # Any other option, abbreviations and "--" included, is argparse's to read.
    flags = [argument.startswith("-") for argument in arguments[1:]]
    first = flags.index(False) if False in flags else len(flags)
    after = flags.index(True, first) if True in flags[first:] else len(flags)
    paths = arguments[1 + first : 1 + after]
    if not paths or False in flags[after:]:
        return None
    options = set(arguments[1 : 1 + first] + arguments[1 + after :])
    if not options <= {"--strict"}:
        return None
    strict = bool(options)
    try:
        cwd = os.getcwd()
        root = _desk_root(cwd, paths[0])
        if root is None:
            return None
        named = _named(root, paths, cwd)
        folder = os.path.join(root, CACHE_DIR, ANSWERS_DIR)
        if named is None or os.path.realpath(folder) != folder:
            return None  # a cache folder that is a symlink is never read
        inputs = desk_inputs(root)
        if inputs is None:
            return None
        state = state_key(inputs, fingerprint_of(_PACKAGE, time.time_ns()))
        answers = []
        for article in named:
            with open(os.path.join(root, article), "rb") as stream:
                data = stream.read()
            answer = read_answer(root, article, answer_key(state, strict, article, data))
            if answer is None:
                return None
            answers.append((article, answer))
    except (OSError, ValueError):  # an unreadable file, a NUL in a path: the full command's
        return None
    tallies = {tuple(name for name, _ in answer["tally"]) for _, answer in answers}
    return answers if len(tallies) == 1 else None


def _desk_root(cwd: str, first: str) -> str | None:
    """The folder that may be the desk ``cli.find_root`` finds: the nearest desk at or
    above ``cwd``, else at or above the folder of the path named ``first``. Whether
    a folder is a desk is told as detect.is_desk tells it, except that a
    pyproject.toml naming factsuite is taken at its word: the answers say whether
    it is a desk, kept only at a desk's root under the signature of its
    pyproject.toml, claims.yaml and fact files. None when no folder may be."""
    root = _nearest_desk(os.path.realpath(cwd))
    if root is None:
        root = _nearest_desk(os.path.realpath(os.path.dirname(os.path.join(cwd, first))))
    return root


def _nearest_desk(folder: str) -> str | None:
    while True:
        pyproject = os.path.join(folder, PYPROJECT)
        if os.path.isfile(pyproject):
            try:
                with open(pyproject, encoding="utf-8") as stream:
                    if "factsuite" in stream.read():  # detect.declares_desk's first test
                        return folder
            except (OSError, UnicodeDecodeError):  # no desk by its table: detect.py's
                pass
        if os.path.isdir(os.path.join(folder, FACTS_DIR)) and os.path.isfile(
            os.path.join(folder, CLAIMS_FILE)
        ):
            return folder
        parent = os.path.dirname(folder)
        if parent == folder:
            return None
        folder = parent


def _named(root: str, paths: list[str], cwd: str) -> list[str] | None:
    """``verdicts.named_articles``: the desk-relative paths of ``paths``, each once in
    the order given, when each is an article file inside the desk; else None."""
    named: list[str] = []
    for raw in paths:
        path = os.path.realpath(os.path.join(cwd, raw))  # ValueError for a NUL
        if not path.startswith(root + os.sep) or not os.path.isfile(path):
            return None
        if os.path.splitext(path)[1] not in ARTICLE_SUFFIXES:
            return None
        relative = path[len(root) + 1 :].replace(os.sep, "/")
        if not relative.isascii():
            return None  # paths.py decides whether such a name may be read
        if relative not in named:
            named.append(relative)
    return named


def desk_inputs(root: str) -> Inputs | None:
    """The signature of each input of the desk at ``root`` (deskfiles.desk_inputs:
    every fact file, claims.yaml, pyproject.toml), each by its desk-relative name;
    None when one is a symlink, which the full command resolves and checks."""
    facts = os.path.join(root, FACTS_DIR)
    if os.path.islink(facts) or not os.path.isdir(facts):
        return None
    found: Inputs = []
    if not _fact_files(facts, FACTS_DIR, found):
        return None
    for name in (CLAIMS_FILE, PYPROJECT):
        try:
            held = os.lstat(os.path.join(root, name))
        except FileNotFoundError:
            found.append((name, None))
            continue
        if stat.S_ISLNK(held.st_mode):
            return None
        found.append((name, signature(held)))
    return found


def _fact_files(folder: str, relative: str, found: Inputs) -> bool:
    """Add the fact files under ``folder`` to ``found``; False at a symlink."""
    with os.scandir(folder) as entries:
        for entry in entries:
            name = f"{relative}/{entry.name}"
            if entry.is_symlink() or not name.isascii():
                return False
            if entry.is_dir():
                if not _fact_files(entry.path, name, found):
                    return False
            elif os.path.splitext(entry.name)[1] in FACT_SUFFIXES and entry.is_file():
                found.append((name, signature(entry.stat())))
    return True


def state_key(inputs: Iterable[tuple[str, Signature | None]], fingerprint: bytes) -> str:
    """The key of what every answer of a desk depends on besides its article: the
    inputs' signatures, factsuite's version and code (``fingerprint``), and the
    interpreter with the folders it imports from (see the module's docstring)."""
    digest = hashlib.sha256(
        f"factsuite {__version__} answers {_FORMAT}\0{sys.executable}\0{sys.version}\0".encode(
            "utf-8", "surrogateescape"
        )
    )
    for folder, mtime in import_folders():
        digest.update(f"{folder}\0{mtime}\0".encode("utf-8", "surrogateescape"))
    digest.update(fingerprint)
    for name, held in sorted(inputs, key=lambda pair: pair[0]):
        digest.update(f"\0{name}\0{held}".encode("utf-8", "surrogateescape"))
    return digest.hexdigest()


def import_folders() -> list[tuple[str, int]]:
    """Each folder of ``sys.path`` (absolute), and its modification time (-1: none)."""
    folders = []
    for entry in sys.path:
        folder = os.path.abspath(entry or os.curdir)
        try:
            mtime = os.stat(folder).st_mtime_ns
        except OSError:
            mtime = -1
        folders.append((folder, mtime))
    return folders


def import_folders_settled(now: int) -> bool:
    """Whether no folder of ``sys.path`` changed within two seconds of ``now``: an
    installation then could leave its folder's time as it was (signatures.py)."""
    return all(mtime == -1 or long_before(mtime, now) for _, mtime in import_folders())


def answer_key(state: str, strict: bool, article: str, data: bytes) -> str:
    """The key of one article's answer: the desk's ``state``, ``--strict``, and the
    article's desk-relative path and bytes."""
    digest = hashlib.sha256(f"{state}\0{int(strict)}\0".encode())
    digest.update(article.encode("utf-8", "surrogatepass") + b"\0")
    digest.update(data)
    return digest.hexdigest()


def answer_path(root: str, article: str) -> str:
    name = hashlib.sha256(article.encode("utf-8", "surrogatepass")).hexdigest()[:32]
    return os.path.join(root, CACHE_DIR, ANSWERS_DIR, f"{name}.json")


def read_answer(root: str, article: str, key: str) -> dict[str, Any] | None:
    """The answer kept for ``article`` under ``key``; None when absent, stale or not
    as written (a cache is never an error)."""
    try:
        with open(answer_path(root, article), "rb") as stream:
            answer = json.loads(stream.read())
    except (OSError, ValueError):
        return None
    if not isinstance(answer, dict) or answer.get("key") != key or not _well_formed(answer):
        return None
    return answer


def _well_formed(answer: dict[str, Any]) -> bool:
    note, tally = answer.get("note"), answer.get("tally")
    texts = [answer.get(name) for name in ("warnings", "failed", "failed_colour")]
    return (
        (note is None or isinstance(note, str))
        and all(isinstance(t, list) and all(isinstance(s, str) for s in t) for t in texts)
        and len(answer["failed"]) == len(answer["failed_colour"])
        and isinstance(tally, list)
        and all(
            isinstance(pair, list)
            and len(pair) == 2
            and isinstance(pair[0], str)
            and type(pair[1]) is int
            for pair in tally
        )
        and type(answer.get("unreviewed")) is int
    )


# Printing --------------------------------------------------------------------------


def _print(answers: list[tuple[str, dict[str, Any]]], out: TextIO, err: TextIO) -> int:
    """What ``factsuite check`` prints of kept verdicts (cli._check): the notes in
    the order named, then the warnings and failed claims by article, then the
    summary; 1 when a claim failed."""
    colour = not os.environ.get("NO_COLOR") and out.isatty()
    for _, answer in answers:
        if answer["note"] is not None:
            print(answer["note"], file=err)
    ordered = [answer for _, answer in sorted(answers, key=lambda pair: pair[0])]
    for answer in ordered:
        for warning in answer["warnings"]:
            print(warning, file=err)
    failed = [
        block for answer in ordered for block in answer["failed_colour" if colour else "failed"]
    ]
    counts = [0] * len(ordered[0]["tally"])
    for answer in ordered:
        for k, (_, count) in enumerate(answer["tally"]):
            counts[k] += count
    names = [name for name, _ in ordered[0]["tally"]]
    unreviewed = sum(answer["unreviewed"] for answer in ordered)
    print(
        text_report(failed, (), summary_line(zip(names, counts, strict=True), unreviewed)), file=out
    )
    return 1 if failed else 0


def text_report(failed: Iterable[str], listed: Iterable[str], summary: str) -> str:
    """``factsuite check``'s text report: each failed claim's diagnostic, then the
    lines ``-v`` lists, then the summary line."""
    return "\n".join([*(block + "\n" for block in failed), *listed, summary])


def summary_line(counts: Iterable[tuple[str, int]], unreviewed: int) -> str:
    """``8 claims: 60 agrees, 3 contradicts, ..., 2 unreviewed`` from how many claims
    have each verdict, in the verdicts' order, and how many nobody has reviewed."""
    counted = list(counts)
    total = sum(count for _, count in counted)
    parts = [f"{count} {name}" for name, count in counted if count]
    if unreviewed:
        parts.append(f"{unreviewed} unreviewed")
    return f"{total} claim{'s' if total != 1 else ''}: " + (", ".join(parts) if parts else "none")
