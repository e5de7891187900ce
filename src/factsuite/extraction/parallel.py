"""``factsuite extract -j N``: a whole archive's articles extracted across processes.

Extraction is CPU-bound Python, so threads would take turns; processes run on every
core. Where the system can fork (Linux), the workers are forked from the main process
after the desk has built its ``Extractor``, and share it as it is: a worker costs nothing to
start. Elsewhere each worker loads the desk and builds its own, once. Articles go to
the workers in chunks, so that sending them costs little; ``Executor.map`` gives the
results back in article order: the merge sees exactly what a serial run sees, so
claims.yaml is byte-identical, and an error in a bad article is the first one in
article order, as it is serially, whichever worker met it.

Why ``concurrent.futures`` and not ``multiprocessing.Pool``: a worker that dies (killed,
out of memory) takes its chunk with it, and ``Pool`` starts another worker and waits for
that chunk forever; it hung a CI run once. ``ProcessPoolExecutor`` notices the death and
fails every future (``BrokenProcessPool``), which is raised here as ``WorkerDiedError``: the
command says so in one line and writes nothing.

Ctrl-C: the workers ignore SIGINT (else each would print its own traceback); the main
process gets ``KeyboardInterrupt``, terminates them, and lets it propagate.

The unit of work is ``Desk.extract``: an article unchanged since its last extraction
comes from the desk's per-article cache (cache.py) in a worker as it does serially.
"""

from __future__ import annotations

import os
import signal
import sys
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from factsuite.articles import Article, load_article
from factsuite.collector import frozen_for_forks
from factsuite.desk import Desk
from factsuite.model import Claim

if TYPE_CHECKING:
    from concurrent.futures import ProcessPoolExecutor
    from multiprocessing.context import BaseContext
    from multiprocessing.process import BaseProcess

Extracted = tuple[Article, list[Claim]]

# Per-worker state, set once by ``_start_worker``: the desk, and with it its Extractor.
_worker_desk: Desk | None = None
# What went wrong loading the desk in a worker, raised at its first article: an
# initializer that raises breaks the whole pool, and says nothing of which article.
_worker_failure: BaseException | None = None

# Articles sent to a worker at a time: large enough that sending them costs little
# against extracting them, small enough that the cores share the tail evenly.
_MAX_CHUNK = 16


class WorkerDiedError(Exception):
    """An extraction worker process ended without finishing its articles: killed, or
    out of memory. Nothing of the run is kept."""

    def __init__(self, exit_codes: list[int]) -> None:
        self.exit_codes = exit_codes
        how = ", ".join(_how_it_ended(code) for code in exit_codes) or "ended early"
        super().__init__(
            f"factsuite extract: an extraction worker process died ({how}); nothing was"
            " written: run it again, or with -j 1"
        )

    def __reduce__(self) -> tuple[type[WorkerDiedError], tuple[list[int]]]:
        return WorkerDiedError, (self.exit_codes,)


def _how_it_ended(code: int) -> str:
    if code < 0:
        try:
            return f"killed by {signal.Signals(-code).name}"
        except ValueError:
            return f"killed by signal {-code}"
    return f"exit status {code}"


def jobs_count(jobs: int) -> int:
    """The worker count ``-j`` asks for: 0 means one per core."""
    return jobs if jobs > 0 else os.cpu_count() or 1


def extract_article(desk: Desk, path: str) -> Extracted:
    """One article (desk-relative ``path``) read and extracted, from the desk's
    per-article cache when the article, facts and code are as they were: the unit of
    work, serially and in a worker."""
    article = load_article(desk.root / path, path)
    return article, desk.extract(article)


def _start_worker(root: Path) -> None:
    global _worker_desk, _worker_failure
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _hold_ctrl_c(False)  # born holding it (see extract_in_processes): now ignored
    if _worker_desk is not None:  # forked with the main process's own
        return
    try:
        _worker_desk = Desk.load(root)  # also registers the desk's kinds
        _worker_desk.extractor()
    except Exception as exc:  # any of it: reported by the main process, in order
        _worker_failure = exc


def _extract_in_worker(path: str) -> Extracted:
    if _worker_failure is not None:
        raise _worker_failure
    assert _worker_desk is not None
    article, claims = extract_article(_worker_desk, path)
    # The article's text model (sentences, words, quotations) stays here: the main
    # process merges the claims without it, and it was pickled back with each result.
    article.document = None
    return article, claims


def _hold_ctrl_c(hold: bool) -> None:
    """Block SIGINT (held: delivered when let go), or let it go; where the platform
    has no signal masks (Windows), nothing."""
    if hasattr(signal, "pthread_sigmask"):
        signal.pthread_sigmask(signal.SIG_BLOCK if hold else signal.SIG_UNBLOCK, {signal.SIGINT})


def chunk_size(articles: int, workers: int) -> int:
    """About eight chunks per worker, at most ``_MAX_CHUNK`` articles each."""
    return max(1, min(_MAX_CHUNK, articles // (workers * 8)))


def _forking() -> bool:
    # Imported here, not with the module: ``extract ARTICLE`` runs serially, and
    # multiprocessing (with socket and friends) was 15-25 ms of its imports.
    import multiprocessing

    # macOS can fork but its system libraries are not safe to use after it.
    return "fork" in multiprocessing.get_all_start_methods() and sys.platform != "darwin"


def extract_in_processes(
    desk: Desk,
    files: list[str],
    jobs: int,
    done: Callable[[int], None] | None = None,
) -> Iterator[tuple[str, Extracted]]:
    """Each of ``files`` with what it holds, in the order given, extracted by ``jobs``
    worker processes with ``desk`` or its equal. ``done(n)`` is called as the n-th
    result arrives."""
    global _worker_desk
    workers = min(jobs_count(jobs), max(1, len(files)))
    root = desk.root
    import multiprocessing
    from concurrent.futures.process import BrokenProcessPool

    context: BaseContext
    if _forking():
        context = multiprocessing.get_context("fork")
        # Built once here, before the fork, rather than once in every worker (it costs
        # about a second on a 10k-fact desk); an archive all in the cache pays it too.
        desk.extractor()
        _worker_desk = desk  # what the forks inherit
    else:  # pragma: no cover - on Linux, where the tests run, workers are forked
        context = multiprocessing.get_context("spawn")
    # A fork inherits the parent's SIGINT handling at once, before its initializer
    # can ignore Ctrl-C: a Ctrl-C in that instant made a worker print a traceback.
    # So Ctrl-C is held (blocked, not ignored) while the forks are made: they are born
    # holding it, and their initializer ignores it; the main process gets one pressed
    # meanwhile as soon as it lets go, once the pool is there to end. Ignoring it
    # instead lost a Ctrl-C pressed in that window: the command ran on to the end.
    # The objects alive now, the desk and its Extractor among them, are frozen for
    # the collector until the workers are done (collector.frozen_for_forks).
    with frozen_for_forks():
        main_thread = threading.current_thread() is threading.main_thread()
        if main_thread:
            _hold_ctrl_c(True)
        existing = set(multiprocessing.active_children())
        from concurrent.futures import ProcessPoolExecutor

        executor: ProcessPoolExecutor | None = None
        started: list[BaseProcess] = []
        finished = False
        try:
            try:
                executor = ProcessPoolExecutor(
                    workers, mp_context=context, initializer=_start_worker, initargs=(root,)
                )
                results = _started(executor, files, workers)
            finally:
                _worker_desk = None  # the main process keeps its own reference
                # The executor starts its workers as the chunks are submitted (all of
                # them at once where it forks): the children that were not there before
                # are they, however far the submitting went.
                started = [p for p in multiprocessing.active_children() if p not in existing]
                if main_thread:
                    _hold_ctrl_c(False)  # a Ctrl-C pressed meanwhile is raised here
            try:
                for count, (path, result) in enumerate(zip(files, results, strict=True), 1):
                    if done is not None:
                        done(count)
                    yield path, result
            except BrokenProcessPool:
                executor.shutdown(cancel_futures=True)
                raise WorkerDiedError(_exit_codes(started)) from None
            finished = True
        finally:
            if not finished:
                # An error or Ctrl-C, even one met while the chunks were submitted (a
                # thread that does not hold Ctrl-C may take it then: pytest-xdist's):
                # the workers stop at once, mid-chunk, or they would wait forever.
                for process in started:
                    process.terminate()
            if executor is not None:
                executor.shutdown(cancel_futures=True)


def _started(executor: ProcessPoolExecutor, files: list[str], workers: int) -> Iterator[Extracted]:
    """Every chunk of ``files`` submitted to the executor's workers, which start with
    the first; the results in the order of ``files``."""
    return executor.map(_extract_in_worker, files, chunksize=chunk_size(len(files), workers))


def _exit_codes(processes: list[BaseProcess]) -> list[int]:
    """How the workers that did not end well ended, read once the executor has shut
    down and joined them all (joining them here too raced its own join: one of the two
    found the process gone and no exit status). The executor terminates the others when
    one dies, so SIGTERM is told only if nothing else is."""
    codes: list[int] = []
    for process in processes:
        if process.exitcode and process.exitcode not in codes:
            codes.append(process.exitcode)
    return [code for code in codes if code != -signal.SIGTERM] or codes
