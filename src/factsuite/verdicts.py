"""The gate's verdicts on an article, kept so that checking it again answers at once.

A pre-commit hook checks the staged articles on every commit, and most commits
check an article whose verdicts nothing has changed since the last check: loading
the desk, importing the comparison core and judging (most of a hook's half second
on a 10k desk) then reproduce what the last run printed. So ``factsuite check
ARTICLE ...`` keeps each article's results under ``.factsuite_cache/verdicts/``, one
file per article path, keyed on everything a verdict depends on:

- the desk's inputs by contents (every fact file, claims.yaml, pyproject.toml: the
  settings and the kinds it names), factsuite's version and code, and the kinds
  (``cache.desk_key``, the parsed desk's own key);
- the article's path and its text as read;
- strict mode (``--strict`` or the desk's setting).

An article's verdicts depend on nothing else: its claims come from claims.yaml, its
unrecorded spans from extracting it (keyed as above), the judges read the article
and the facts. A verdict is given from the cache only when every named article's
entry holds under the key of the inputs as they are now; any other case (a missing,
stale or damaged entry, an unreadable article) loads the desk and judges, and keeps
what it found. Like the other caches, it is only ever an optimisation.
"""

from __future__ import annotations

import hashlib
import json
import time
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

import msgspec

from factsuite import answers
from factsuite.cache import (
    CACHE_DIR,
    Digests,
    desk_key,
    read_entry,
    remembered_digests,
    signed_digests,
    write_entry,
)
from factsuite.deskfiles import ARTICLE_SUFFIXES, desk_inputs
from factsuite.errors import InputError
from factsuite.kinds import registry
from factsuite.model import Result
from factsuite.paths import inside_desk
from factsuite.signatures import settled
from factsuite.textfile import decode_text, read_text

if TYPE_CHECKING:
    from factsuite.desk import Desk

VERDICTS_DIR = "verdicts"
_FORMAT = 1  # bumped when an entry's layout changes in a way the code fingerprint would miss


class Verdicts(msgspec.Struct, frozen=True):
    """What ``factsuite check`` found for one article: the note it printed when the
    article has no claims to check, the invisible characters it warned of, and the
    results of its claims, in the order reported."""

    note: str | None
    warnings: list[str]
    results: list[Result]


class _Kept(msgspec.Struct, frozen=True):
    key: str
    verdicts: Verdicts


def no_claims_note(article: str) -> str:
    """What ``factsuite check`` notes of an article named outright that has no claims
    to check: it was probably never extracted."""
    return f"{article}: note: no claims to check in it; run factsuite extract"


def verdicts_of(desk: Desk, article: str) -> Verdicts:
    """What ``factsuite check ARTICLE`` finds for ``article`` (desk-relative) in
    ``desk``. Raises ``InputError`` for an article that does not load."""
    claims = desk.checked_claims([article])
    desk.check_articles(claims)
    results = list(desk.results(desk.gate_claims(claims, [article])))
    warnings = [found.warning for found in desk.article(article).invisible_characters()]
    return Verdicts(None if claims else no_claims_note(article), warnings, results)


def judged(desk: Desk, articles: Iterable[str]) -> dict[str, Verdicts]:
    """``verdicts_of`` each article, each kept for the next check (when the desk was
    loaded with its inputs' digests, which key them)."""
    found = {article: verdicts_of(desk, article) for article in articles}
    if desk.inputs is not None and _usable(desk.root):
        for article, verdicts in found.items():
            loaded = desk.article(article)
            key = verdicts_key(desk.inputs, article, loaded.stored or loaded.text, desk.strict)
            write_entry(_entry_path(desk.root, article), _Kept(key, verdicts))
    return found


def named_articles(root: Path, paths: Sequence[str], cwd: Path) -> list[str] | None:
    """The desk-relative paths of ``paths`` (relative to ``cwd``), in the order given
    and each once, when every one is an existing article file of the desk: the only
    selection whose verdicts are kept. None for any other (a folder, a fact file,
    claims.yaml, nothing named, a bad path: ``select_claims`` says what is wrong)."""
    if not paths:
        return None
    named: list[str] = []
    for raw in paths:
        try:
            path = inside_desk(root, cwd / raw, raw)
        except InputError:
            return None
        if path.suffix not in ARTICLE_SUFFIXES or not path.is_file():
            return None
        relative = path.relative_to(root).as_posix()
        if relative not in named:
            named.append(relative)
    return named


def _entry_path(root: Path, article: str) -> Path:
    name = hashlib.sha256(article.encode("utf-8", "surrogatepass")).hexdigest()[:32]
    return root / CACHE_DIR / VERDICTS_DIR / f"{name}.msgpack"


def verdicts_key(inputs: Digests, article: str, text: str, strict: bool) -> str:
    """The key of one article's verdicts (see the module's docstring)."""
    digest = hashlib.sha256(f"verdicts {_FORMAT}\0{desk_key(inputs)}\0".encode())
    digest.update(f"{int(strict)}\0{article}\0".encode("utf-8", "surrogatepass"))
    digest.update(text.encode("utf-8", "surrogatepass"))
    return digest.hexdigest()


def _usable(root: Path, folder: str = VERDICTS_DIR) -> bool:
    """Whether the cache's ``folder`` lies inside the desk (not committed as a symlink out)."""
    try:
        inside_desk(root, root / CACHE_DIR / folder, CACHE_DIR)
    except InputError:
        return False
    return True


def kept(root: Path, articles: Sequence[str], strict: bool) -> dict[str, Verdicts] | None:
    """Each article's verdicts, when every one is kept under the key of the desk and
    the article as they are now; else None. ``strict``: ``--strict`` was given (the
    desk's own setting is read here). Raises ``InputError`` for a desk that does not
    load, as loading it would."""
    if not _usable(root):
        return None
    desk_settings, inputs = desk_inputs(root)
    digests = remembered_digests(root, inputs)
    found: dict[str, Verdicts] = {}
    for article in articles:
        try:
            text = read_text(root / article, article)
        except InputError:
            return None  # loading the desk reports it
        key = verdicts_key(digests, article, text, strict or desk_settings.strict)
        entry = read_entry(_entry_path(root, article), _Kept, key)
        if entry is None:
            return None
        found[article] = entry.verdicts
    return found


# The answers the console script prints itself (answers.py) -----------------------------


def keep_answers(root: Path, held: Mapping[str, Verdicts], strict: bool) -> None:
    """Keep, for the console script (answers.py), what ``factsuite check [--strict]
    ARTICLE ...`` prints of each article's verdicts in ``held`` (``strict``: whether
    ``--strict`` was given), keyed on the inputs' signatures.

    Only verdicts kept under the key of the inputs as read now are answered: each
    input's signature is taken with the digest it stands for (cache.signed_digests),
    and each article's bytes are read once, for both keys. Nothing is kept for a
    desk with kinds not factsuite's own (the hook could not tell their code
    changed), nor while an input or import folder changed within two seconds. Like
    every cache, only an optimisation: it keeps nothing rather than fail."""
    current = registry.current()
    if not _usable(root, answers.ANSWERS_DIR) or any(
        not current.module(name).startswith("factsuite.") for name in current.names()
    ):
        return
    now = time.time_ns()
    listed = answers.desk_inputs(str(root))
    if listed is None or any(sig and not settled(sig, now) for _, sig in listed):
        return  # before hashing a claims.yaml just written again: nothing would be kept
    desk_settings, inputs = desk_inputs(root)
    signed = signed_digests(root, inputs)
    if any(digest is not None and sig is None for _, digest, sig in signed):
        return  # changed within two seconds: its signature may not stand for its bytes
    if not answers.import_folders_settled(now):
        return
    from factsuite.cache import _code_fingerprint

    digests = tuple((name, digest) for name, digest, _ in signed)
    state = answers.state_key([(name, sig) for name, _, sig in signed], _code_fingerprint())
    for article, verdicts in held.items():
        try:
            data = (root / article).read_bytes()
            text = decode_text(data, article)
        except (OSError, InputError):
            continue
        key = verdicts_key(digests, article, text, strict or desk_settings.strict)
        kept_now = read_entry(_entry_path(root, article), _Kept, key)
        if kept_now is None or kept_now.verdicts != verdicts:
            continue  # not the verdicts of the desk and article as they are now
        answer = _answer(answers.answer_key(state, strict, article, data), verdicts)
        path = Path(answers.answer_path(str(root), article))
        try:
            if path.read_bytes() == answer:
                continue
        except OSError:
            pass
        write_entry(path, answer)


def _answer(key: str, verdicts: Verdicts) -> bytes:
    """One article's answer as answers.py reads it."""
    from factsuite.model import Verdict
    from factsuite.report import render
    from factsuite.review import unreviewed

    failed = [r for r in verdicts.results if r.outcome == "failed"]
    counts = dict.fromkeys(Verdict, 0)
    for result in verdicts.results:
        counts[result.verdict] += 1
    answer = {
        "key": key,
        "note": verdicts.note,
        "warnings": verdicts.warnings,
        "failed": [render(r) for r in failed],
        "failed_colour": [render(r, colour=True) for r in failed],
        "tally": [[verdict.value, count] for verdict, count in counts.items()],
        "unreviewed": sum(unreviewed(r) for r in verdicts.results),
    }
    return json.dumps(answer, ensure_ascii=False).encode("utf-8", "surrogatepass")
