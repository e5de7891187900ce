"""``factsuite extract [PATH ...] [--check]``: bring claims.yaml up to date.

The command line's ``extract`` calls ``run``. It extracts the given articles (all of
``articles/`` by default), merges the result into claims.yaml keeping every human
decision, writes the file atomically when it changes, and reports how many claims
are new, changed, stale and unchanged. With ``check`` it writes nothing and returns
1 when claims.yaml is out of date (0 when current), which is how CI and a pre-commit
hook catch an article edited without its claims.
"""

from __future__ import annotations

from pathlib import Path
from typing import TextIO

from factsuite.articles import ARTICLE_SUFFIXES, Article, article_files, load_article
from factsuite.desk import CLAIMS_FILE, Desk
from factsuite.errors import InputError
from factsuite.extraction.claimsfile import DEFAULT_HEADER, Merge, header_of, merge, render
from factsuite.extraction.pipeline import Extractor
from factsuite.model import Claim
from factsuite.paths import check_rewritable, inside_desk
from factsuite.report import write_atomically
from factsuite.textfile import line_ending, read_text

PROGRESS_THRESHOLD = 20  # articles; fewer go by too fast for a bar to help
_BAR_WIDTH = 30


def run(root: Path, paths: list[str], check: bool, progress: bool, out: TextIO, err: TextIO) -> int:
    """Update (or, with ``check``, verify) the desk's claims.yaml. Returns the exit status."""
    try:
        return _run(root, paths, check, progress, out, err)
    except InputError as exc:
        err.write(f"{exc}\n")
        return 2


def _run(
    root: Path, paths: list[str], check: bool, progress: bool, out: TextIO, err: TextIO
) -> int:
    desk = Desk.load(root)
    files = select_articles(desk.root, paths)
    gone: set[str] = set()
    if not paths:
        present = set(files)
        gone = {c.article for c in desk.claims if c.article not in present}
    extractor = Extractor(desk.facts, desk.context)
    show = progress and err.isatty() and len(files) > PROGRESS_THRESHOLD
    extracted: dict[str, tuple[Article, list[Claim]]] = {}
    for done, path in enumerate(files, 1):
        article = load_article(desk.root / path, path)
        extracted[path] = (article, extractor.extract(article))
        if show:
            _bar(err, done, len(files))
    if show:
        err.write("\n")
    result = merge(desk.claims, extracted, gone)
    claims_path = desk.root / CLAIMS_FILE
    current = read_text(claims_path, CLAIMS_FILE) if claims_path.exists() else None
    text = render(result.claims, header_of(current) if current is not None else DEFAULT_HEADER)
    counts = _counts(result)
    up_to_date = current == text
    if check:
        if up_to_date:
            out.write(f"{CLAIMS_FILE} is up to date ({counts})\n")
            return 0
        out.write(f"{CLAIMS_FILE} is out of date: {counts}; run `factsuite extract`\n")
        _list_stale(result, out)
        return 1
    if not up_to_date:  # in the file's own line endings: a Windows checkout stays CRLF
        check_rewritable(claims_path, CLAIMS_FILE)
        write_atomically(claims_path, text.replace("\n", line_ending(claims_path)))
    out.write(f"{CLAIMS_FILE}: {counts}{'' if up_to_date else ' (written)'}\n")
    _list_stale(result, out)
    return 0


def select_articles(root: Path, paths: list[str]) -> list[str]:
    """The desk-relative paths of the articles named (files or folders), or of all."""
    if not paths:
        return [_relative(root, f) for f in article_files(root / "articles", root)]
    chosen: list[str] = []
    for given in paths:
        path = Path(given)
        if not path.is_absolute():
            path = Path.cwd() / path if (Path.cwd() / path).exists() else root / path
        path = inside_desk(root, path, given)  # before it is read or listed
        if not path.exists():
            raise InputError(given, "no such article or folder")
        if path.is_dir():
            found = [_relative(root, f) for f in article_files(path, root)]
        elif path.suffix in ARTICLE_SUFFIXES:
            found = [_relative(root, path)]
        else:
            raise InputError(
                given, f"is not an article: expected one of {', '.join(ARTICLE_SUFFIXES)}"
            )
        chosen.extend(f for f in found if f not in chosen)
    return sorted(chosen)


def _relative(root: Path, file: Path) -> str:
    return file.resolve().relative_to(root).as_posix()


def _counts(result: Merge) -> str:
    return (
        f"{len(result.new)} new, {len(result.changed)} changed, {len(result.stale)} stale,"
        f" {len(result.unchanged)} unchanged"
    )


def _list_stale(result: Merge, out: TextIO) -> None:
    for claim in result.stale:
        where = f"{claim.article}:{claim.line}:{claim.column}"
        out.write(f"  stale: {where}: {claim.quote!r} ({claim.kind})\n")


def _bar(err: TextIO, done: int, total: int) -> None:
    filled = _BAR_WIDTH * done // total
    err.write(f"\rextracting [{'#' * filled}{'.' * (_BAR_WIDTH - filled)}] {done}/{total}")
    err.flush()
