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
import hashlib
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

from factsuite import cache
from factsuite.articles import ARTICLE_SUFFIXES, Article, article_files
from factsuite.cache import ClaimIndex
from factsuite.claimswrite import ChangedSinceReadError, ReadBytes, read_bytes, replace_claims
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
from factsuite.extraction.parallel import (
    WorkerDiedError,
    extract_article,
    extract_in_processes,
    jobs_count,
)
from factsuite.model import Claim
from factsuite.paths import check_rewritable, inside_desk
from factsuite.progress import ProgressBar, wanted
from factsuite.textfile import decodes_as_is, line_ending

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
    claims.yaml meanwhile, 2 an input error or a worker process that died. ``jobs``:
    worker processes (0: one per core); the result is the same whatever their number."""
    try:
        claims_path = root.resolve() / CLAIMS_FILE
        # Read before the desk parses it: what the merge starts from is at most this
        # copy, so a save after this point is caught at write time, never overwritten.
        read = read_bytes(claims_path, CLAIMS_FILE)
        # The desk as of that copy: from the cache, claims.yaml is not read again.
        desk = Desk.load(
            root, claims_read=None if read.digest is None else bytes.fromhex(read.digest)
        )
        files = select_articles(desk.root, paths)
        gone: set[str] = set()
        if not paths:
            present = set(files)
            gone = {c.article for c in desk.claims if c.article not in present}
        extracted = _extract(desk, files, progress, err, jobs)
        update = _updated(desk, read, extracted, gone, prune, whole=not paths)
        result, as_parsed, up_to_date = update.merge, update.as_parsed, update.unchanged
        counts = _counts(result)
        if up_to_date and as_parsed is not None and not desk.index.canonical:
            _remember_canonical(desk, read, as_parsed)
        if check:
            if up_to_date:
                out.write(f"{CLAIMS_FILE} is up to date ({counts})\n")
                return 0
            out.write(f"{CLAIMS_FILE} is out of date: {counts}; run `factsuite extract`\n")
            _list_stale(result, out)
            return 1
        if not up_to_date:
            written = _write(claims_path, update, read)
            if desk.inputs is not None and as_parsed is not None:  # the next check is warm
                inputs = cache.with_digest(desk.inputs, CLAIMS_FILE, written)
                cache.store(desk.root, inputs, desk.facts, as_parsed)
                if paths and len(extracted) <= KEEP_VERDICTS_AT_MOST:
                    _keep_verdicts(desk.rewritten(as_parsed, inputs), extracted)
    except (InputError, WorkerDiedError) as exc:
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


def _remember_canonical(desk: Desk, read: ReadBytes, index: ClaimIndex) -> None:
    """claims.yaml is as extract writes it: say so in the desk's cache, so the next
    ``extract PATH`` splices rather than renders it whole. Only when the desk was
    loaded from the very bytes compared (the file may have been saved in between)."""
    if desk.inputs is None:
        return
    loaded = dict(desk.inputs).get(CLAIMS_FILE)
    if loaded is not None and loaded.hex() == read.digest:
        cache.store(desk.root, desk.inputs, desk.facts, index)


@dataclass(frozen=True)
class _Update:
    """claims.yaml brought up to date: the merge; the new file, as text rendered
    whole or as the pieces of its bytes (a splice); the claims as parsing it gives
    them (None where only parsing can say); and whether it is the file as read."""

    merge: Merge
    text: str | None
    pieces: list[bytes | memoryview] | None
    as_parsed: ClaimIndex | None
    unchanged: bool


def _updated(
    desk: Desk,
    read: ReadBytes,
    extracted: dict[str, tuple[Article, list[Claim]]],
    gone: set[str],
    prune: bool,
    whole: bool,
) -> _Update:
    """claims.yaml merged with ``extracted``.

    When some articles were extracted and claims.yaml is as the last ``extract``
    wrote it (the desk's cache says so), only their claims are decoded, merged and
    rendered: every other article's lines are carried over (ClaimIndex.splice), so
    one edited article of a 10k desk does not re-render 100,000 claims. A file of
    "\n" line endings alone is spliced as bytes, never decoded (splice_bytes).
    """
    data = read.data
    if not whole and data is not None and desk.index.canonical:
        result = merge(desk.index.select(extracted), extracted, gone, prune=prune)
        blocks = rendered_blocks(result.claims, extracted)
        if blocks is not None and decodes_as_is(data):
            in_bytes = desk.index.splice_bytes(data, blocks)
            if in_bytes is not None:
                pieces, spliced_index, unchanged = in_bytes
                return _Update(result, None, pieces, spliced_index, unchanged)
        current = read.snapshot(CLAIMS_FILE).text
        spliced = None if blocks is None or current is None else desk.index.splice(current, blocks)
        if spliced is not None:
            text, spliced_index = spliced
            return _Update(result, text, None, spliced_index, text == current)
    else:
        current = None if data is None else read.snapshot(CLAIMS_FILE).text
    result = merge(desk.claims, extracted, gone, prune=prune)
    header = header_of(current) if current is not None else DEFAULT_HEADER
    text, as_parsed = rendered(result.claims, header)
    index = None if as_parsed is None else ClaimIndex.of(as_parsed, canonical=True)
    return _Update(result, text, None, index, text == current)


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


def _write(claims_path: Path, update: _Update, read: ReadBytes) -> bytes:
    """claims.yaml replaced by the update's text, in the file's own line endings (a
    Windows checkout stays CRLF), or by its pieces, if nobody saved it since
    ``read``: the sha256 of the bytes written."""
    check_rewritable(claims_path, CLAIMS_FILE)
    pieces: list[bytes | memoryview]
    if update.pieces is not None:
        pieces = update.pieces  # spliced from a file of "\n" endings: its own
    else:
        assert update.text is not None
        ending = line_ending(claims_path)
        # Encoded once, and copied for CRLF only: the text of a 10k desk is 15 MB.
        text = update.text
        pieces = [(text if ending == "\n" else text.replace("\n", ending)).encode("utf-8")]
    try:
        replace_claims(claims_path, pieces, read, CLAIMS_FILE)
    except OSError as exc:  # a read-only folder, a full disk: the old file stands
        raise InputError(CLAIMS_FILE, f"cannot be written: {exc.strerror or exc}") from None
    digest = hashlib.sha256()
    for piece in pieces:
        digest.update(piece)
    return digest.digest()


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
