"""``factsuite extract [PATH ...] [--check] [--prune]``: bring claims.yaml up to date.

The command line's ``extract`` calls ``run``. It extracts the given articles (all of
``articles/`` by default), merges the result into claims.yaml keeping every human
decision, writes the file when it changes (claimswrite.py: under a lock, atomically,
only if nobody saved it meanwhile, else exit 1), and reports how many claims are new,
changed, stale and unchanged. A reviewed claim whose quote is gone is kept, and
listed, unless ``prune`` drops it. With ``check`` it writes nothing and returns 1
when claims.yaml is out of date (0 when current), which is how CI and a pre-commit
hook catch an article edited without its claims.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterable
from pathlib import Path
from typing import TextIO

from factsuite import cache
from factsuite.articles import ARTICLE_SUFFIXES, Article, article_files
from factsuite.cache import ClaimIndex
from factsuite.claimswrite import ChangedSinceReadError, Snapshot, read_snapshot, replace_claims
from factsuite.desk import CLAIMS_FILE, Desk
from factsuite.errors import InputError
from factsuite.extraction.claimsfile import (
    DEFAULT_HEADER,
    Merge,
    header_of,
    merge,
    rendered,
    rendered_blocks,
)
from factsuite.extraction.parallel import extract_article, extract_in_processes, jobs_count
from factsuite.model import Claim
from factsuite.paths import check_rewritable, inside_desk
from factsuite.progress import ProgressBar, wanted
from factsuite.textfile import line_ending

PROGRESS_THRESHOLD = 20  # articles; fewer go by too fast for a bar to help
# Articles named, at most: their verdicts are judged and kept, for the hook that checks
# them next. More are a folder or a batch, not the articles of one commit.
KEEP_VERDICTS_AT_MOST = 20


def run(
    root: Path,
    paths: list[str],
    check: bool,
    progress: bool,
    out: TextIO,
    err: TextIO,
    prune: bool = False,
    jobs: int = 1,
) -> int:
    """Update (or, with ``check``, verify) the desk's claims.yaml. Returns the exit
    status: 0 done, 1 out of date (``check``) or not written because someone saved
    claims.yaml meanwhile, 2 an input error. ``jobs``: worker processes (0: one per
    core); the result is the same whatever their number."""
    try:
        claims_path = root.resolve() / CLAIMS_FILE
        # Read before the desk parses it: what the merge starts from is at most this
        # copy, so a save after this point is caught at write time, never overwritten.
        snapshot = read_snapshot(claims_path, CLAIMS_FILE)
        # The desk as of that copy: from the cache, claims.yaml is not read again.
        read = None if snapshot.digest is None else bytes.fromhex(snapshot.digest)
        desk = Desk.load(root, claims_read=read)
        files = select_articles(desk.root, paths)
        gone: set[str] = set()
        if not paths:
            present = set(files)
            gone = {c.article for c in desk.claims if c.article not in present}
        extracted = _extract(desk, files, progress, err, jobs)
        current = snapshot.text
        result, text, as_parsed = _updated(desk, current, extracted, gone, prune, whole=not paths)
        counts = _counts(result)
        up_to_date = current == text
        if up_to_date and as_parsed is not None and not desk.index.canonical:
            _remember_canonical(desk, snapshot, as_parsed)
        if check:
            if up_to_date:
                out.write(f"{CLAIMS_FILE} is up to date ({counts})\n")
                return 0
            out.write(f"{CLAIMS_FILE} is out of date: {counts}; run `factsuite extract`\n")
            _list_stale(result, out)
            return 1
        if not up_to_date:
            written = _write(claims_path, text, snapshot)
            if desk.inputs is not None and as_parsed is not None:  # the next check is warm
                inputs = cache.replaced(desk.inputs, CLAIMS_FILE, written)
                cache.store(desk.root, inputs, desk.facts, as_parsed)
                if paths and len(extracted) <= KEEP_VERDICTS_AT_MOST:
                    _keep_verdicts(desk.rewritten(as_parsed, inputs), extracted)
    except InputError as exc:
        err.write(f"{exc}\n")
        return 2
    except ChangedSinceReadError as exc:
        err.write(f"{exc}\n")
        return 1
    out.write(f"{CLAIMS_FILE}: {counts}{'' if up_to_date else ' (written)'}\n")
    _list_stale(result, out)
    return 0


def _keep_verdicts(desk: Desk, articles: Iterable[str]) -> None:
    """Keep the verdicts ``factsuite check`` gives each article in the desk as just
    written (verdicts.py), so that the hook right after ``extract PATH`` answers
    without loading the desk again: judging here is cheap, the facts and the
    article's readers being loaded already. Only ever an optimisation: an article
    that does not judge keeps nothing, and the check reports what is wrong."""
    from factsuite.verdicts import judged

    with contextlib.suppress(InputError):
        judged(desk, articles)


def _remember_canonical(desk: Desk, snapshot: Snapshot, index: ClaimIndex) -> None:
    """claims.yaml is as extract writes it: say so in the desk's cache, so the next
    ``extract PATH`` splices rather than renders it whole. Only when the desk was
    loaded from the very bytes compared (the file may have been saved in between)."""
    if desk.inputs is None:
        return
    loaded = dict(desk.inputs).get(CLAIMS_FILE)
    if loaded is not None and loaded.hex() == snapshot.digest:
        cache.store(desk.root, desk.inputs, desk.facts, index)


def _updated(
    desk: Desk,
    current: str | None,
    extracted: dict[str, tuple[Article, list[Claim]]],
    gone: set[str],
    prune: bool,
    whole: bool,
) -> tuple[Merge, str, ClaimIndex | None]:
    """The merge, claims.yaml's new text, and the claims as parsing that text gives
    them (None where only parsing can say).

    When some articles were extracted and claims.yaml is as the last ``extract``
    wrote it (the desk's cache says so), only their claims are decoded, merged and
    rendered: every other article's lines are carried over (ClaimIndex.splice), so
    one edited article of a 10k desk does not re-render 100,000 claims.
    """
    if not whole and current is not None and desk.index.canonical:
        result = merge(desk.index.select(extracted), extracted, gone, prune=prune)
        blocks = rendered_blocks(result.claims, extracted)
        spliced = None if blocks is None else desk.index.splice(current, blocks)
        if spliced is not None:
            return result, *spliced
    result = merge(desk.claims, extracted, gone, prune=prune)
    header = header_of(current) if current is not None else DEFAULT_HEADER
    text, as_parsed = rendered(result.claims, header)
    index = None if as_parsed is None else ClaimIndex.of(as_parsed, canonical=True)
    return result, text, index


def _extract(
    desk: Desk, files: list[str], progress: bool, err: TextIO, jobs: int = 1
) -> dict[str, tuple[Article, list[Claim]]]:
    """Each article of ``files`` (desk-relative) and the claims extraction finds in it,
    in worker processes when ``jobs`` asks for more than one (parallel.py)."""
    bar = None
    if wanted(err, progress) and len(files) > PROGRESS_THRESHOLD:
        bar = ProgressBar(err, len(files), "extracting")
    extracted: dict[str, tuple[Article, list[Claim]]] = {}
    if jobs_count(jobs) > 1 and len(files) > 1:
        done = None if bar is None else bar.update
        extracted.update(extract_in_processes(desk, files, jobs, done))
    else:
        for count, path in enumerate(files, 1):
            extracted[path] = extract_article(desk, path)
            if bar is not None:
                bar.update(count)
    if bar is not None:
        bar.finish()
    return extracted


def _write(claims_path: Path, text: str, snapshot: Snapshot) -> bytes:
    """claims.yaml replaced by ``text``, in the file's own line endings (a Windows
    checkout stays CRLF), if nobody saved it since ``snapshot``: the bytes written."""
    check_rewritable(claims_path, CLAIMS_FILE)
    ending = line_ending(claims_path)
    # Encoded once, and copied for CRLF only: the text of a 10k desk is 15 MB.
    data = (text if ending == "\n" else text.replace("\n", ending)).encode("utf-8")
    try:
        replace_claims(claims_path, data, snapshot, CLAIMS_FILE)
        return data
    except OSError as exc:  # a read-only folder, a full disk: the old file stands
        raise InputError(CLAIMS_FILE, f"cannot be written: {exc.strerror or exc}") from None


def select_articles(root: Path, paths: list[str]) -> list[str]:
    """The desk-relative paths of the articles named (files or folders), or of all."""
    if not paths:
        return _relative_all(root, root / "articles")
    chosen: list[str] = []
    for given in paths:
        path = Path(given)
        if not path.is_absolute():
            path = Path.cwd() / path if (Path.cwd() / path).exists() else root / path
        path = inside_desk(root, path, given)  # before it is read or listed
        if not path.exists():
            raise InputError(given, "no such article or folder")
        if path.is_dir():
            found = _relative_all(root, path)
        elif path.suffix in ARTICLE_SUFFIXES:
            found = [_relative(root, path)]
        else:
            raise InputError(
                given, f"is not an article: expected one of {', '.join(ARTICLE_SUFFIXES)}"
            )
        chosen.extend(f for f in found if f not in chosen)
    return sorted(chosen)


def _relative_all(root: Path, folder: Path) -> list[str]:
    """``_relative`` of each article under ``folder``, resolving only what can move:
    the listing walks into no linked folder, so below ``folder`` only a file that is
    itself a link resolves elsewhere. Resolving each of 10,000 articles cost a
    second, all of it in the serial part of ``extract -j``."""
    files = article_files(folder, root)
    base = folder.resolve()
    return [
        (f.resolve() if f.is_symlink() else base / f.relative_to(folder))
        .relative_to(root)
        .as_posix()
        for f in files
    ]


def _relative(root: Path, file: Path) -> str:
    return file.resolve().relative_to(root).as_posix()


def _counts(result: Merge) -> str:
    counts = (
        f"{len(result.new)} new, {len(result.changed)} changed, {len(result.stale)} stale,"
        f" {len(result.unchanged)} unchanged"
    )
    if result.kept_stale:
        counts += f"; {len(result.kept_stale)} reviewed stale kept"
    if result.pruned:
        counts += f"; {len(result.pruned)} reviewed stale pruned"
    return counts


def _list_stale(result: Merge, out: TextIO) -> None:
    for label, claims in (("stale", result.stale), ("pruned", result.pruned)):
        for claim in claims:
            out.write(f"  {label}: {_where(claim)}: {claim.quote!r} ({claim.kind})\n")
    for claim in result.kept_stale:
        out.write(
            f"  kept, stale: {_where(claim)}: {claim.quote!r} ({claim.kind}) was reviewed"
            " and its words are gone; review it (restore the words, or record the new ones)"
            " or run `factsuite extract --prune`\n"
        )


def _where(claim: Claim) -> str:
    return f"{claim.article}:{claim.line}:{claim.column}"
