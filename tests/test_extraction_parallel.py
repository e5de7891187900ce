"""``factsuite extract -j N``: the same claims.yaml from any number of processes, the
same one-line errors, and a clean stop on Ctrl-C."""

from __future__ import annotations

import io
import multiprocessing
import os
import pickle
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from factsuite import cli
from factsuite.cache import CACHE_DIR
from factsuite.desk import Desk
from factsuite.errors import InputError
from factsuite.extraction import parallel
from factsuite.extraction.command import run, select_articles
from tests.benchscripts import load_benchmark
from tests.conftest import REPO, copy_sample_desk


def extract(root: Path, jobs: int) -> tuple[int, str, str]:
    """Run ``extract -j jobs`` from scratch; the status, claims.yaml and stderr."""
    (root / "claims.yaml").unlink(missing_ok=True)
    shutil.rmtree(root / CACHE_DIR, ignore_errors=True)  # every article extracted anew
    err = io.StringIO()
    status = run(root, [], False, False, io.StringIO(), err, jobs=jobs)
    written = root / "claims.yaml"
    return status, written.read_text(encoding="utf-8") if written.exists() else "", err.getvalue()


def test_the_sample_desk_extracts_byte_identical_in_two_processes(tmp_path: Path) -> None:
    root = copy_sample_desk(tmp_path)
    out = io.StringIO()
    # The committed claims.yaml, with its human decisions, is current in two processes too.
    assert run(root, [], True, False, out, io.StringIO(), jobs=2) == 0
    assert "up to date" in out.getvalue()
    serial = extract(root, 1)
    assert serial[0] == 0
    assert "claims:" in serial[1]
    assert extract(root, 2) == serial


def test_a_generated_desk_extracts_byte_identical_whatever_the_process_count(
    tmp_path: Path,
) -> None:
    load_benchmark("make_desk").make_desk(tmp_path, 60, 3)
    serial = extract(tmp_path, 1)
    assert serial[0] == 0
    assert serial[1].count("  - article:") >= 60 * 12  # every article's claims are there
    assert extract(tmp_path, 2) == serial
    assert extract(tmp_path, 3) == serial  # more workers than cores, odd chunks
    assert extract(tmp_path, 0) == serial  # one per core


def test_workers_that_load_the_desk_themselves_extract_the_same(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Where processes cannot be forked, each worker loads the desk (spawn)."""
    load_benchmark("make_desk").make_desk(tmp_path, 24, 5)
    serial = extract(tmp_path, 1)
    monkeypatch.setattr(parallel, "_forking", lambda: False)
    assert extract(tmp_path, 2) == serial


def _bad_desk(make_desk: Callable[..., Path]) -> Path:
    good = (REPO / "articles").glob("*.md")
    articles = {
        f"{i:02d}-{path.name}": path.read_text(encoding="utf-8") for i, path in enumerate(good)
    }
    articles["03-bad.md"] = "no front matter\n"
    articles["04-worse.md"] = "---\ntitle: [unclosed\n---\ntext\n"
    root = make_desk(articles=articles)
    shutil.rmtree(root / "facts")
    shutil.copytree(REPO / "facts", root / "facts")
    return root


def test_a_bad_article_in_a_worker_is_the_same_one_line_error_as_serially(
    make_desk: Callable[..., Path],
) -> None:
    root = _bad_desk(make_desk)
    status, written, serial_error = extract(root, 1)
    assert status == 2
    assert written == ""
    assert serial_error.startswith("articles/03-bad.md")  # the first bad one, in order
    assert serial_error.count("\n") == 1
    assert extract(root, 2) == (2, "", serial_error)


def test_an_input_error_crosses_processes_whole() -> None:
    error = InputError("articles/a.md", "bad front matter", 3, 7)
    copy = pickle.loads(pickle.dumps(error))
    assert str(copy) == str(error) == "articles/a.md:3:7: bad front matter"
    assert (copy.path, copy.message, copy.line, copy.column) == (
        "articles/a.md",
        "bad front matter",
        3,
        7,
    )


def test_ctrl_c_stops_every_worker_and_reaches_the_caller(tmp_path: Path) -> None:
    load_benchmark("make_desk").make_desk(tmp_path, 40, 2)
    desk = Desk.load(tmp_path)
    files = select_articles(desk.root, [])
    seen: list[int] = []

    def interrupted(done: int) -> None:
        seen.append(done)
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        list(parallel.extract_in_processes(desk, files, 2, interrupted))
    assert seen == [1]
    assert multiprocessing.active_children() == []


def test_results_come_in_the_order_asked_whatever_the_chunks(tmp_path: Path) -> None:
    load_benchmark("make_desk").make_desk(tmp_path, 30, 4)
    desk = Desk.load(tmp_path)
    files = select_articles(desk.root, [])[::-1]  # any order given is the order returned
    counted: list[int] = []
    results = list(parallel.extract_in_processes(desk, files, 2, counted.append))
    assert [path for path, _ in results] == files
    assert [article.path for _, (article, _) in results] == files
    assert counted == list(range(1, len(files) + 1))


@pytest.mark.parametrize(("articles", "workers"), [(1, 2), (10, 2), (1000, 2), (100_000, 2)])
def test_chunks_are_small_enough_to_share_out_and_never_empty(articles: int, workers: int) -> None:
    size = parallel.chunk_size(articles, workers)
    assert 1 <= size <= 16
    assert articles <= workers or articles // size >= min(articles, 2 * workers)


def test_jobs_takes_a_count_or_auto_and_refuses_anything_else(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert parallel.jobs_count(0) >= 1
    assert parallel.jobs_count(3) == 3
    for bad in ("-1", "two", ""):
        assert cli.main(["extract", "-j", bad]) == 2
        err = capsys.readouterr().err
        assert "-j/--jobs" in err
        assert err.count("\n") == 1


def _group_size(group: int) -> int:
    """How many processes of process group ``group`` are running (Linux /proc)."""
    count = 0
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text(encoding="utf-8")
        except OSError:
            continue  # gone meanwhile
        fields = stat.rsplit(")", 1)[1].split()  # after the command name, which may hold spaces
        if int(fields[2]) == group and fields[0] != "Z":
            count += 1
    return count


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads processes from /proc")
def test_ctrl_c_on_the_command_stops_it_and_its_workers_and_writes_nothing(
    tmp_path: Path,
) -> None:
    load_benchmark("make_desk").make_desk(tmp_path, 1000, 6)
    (tmp_path / "claims.yaml").unlink()
    command = [sys.executable, "-m", "factsuite", "extract", "-j", "2", "--no-progress"]
    process = subprocess.Popen(
        command,
        cwd=tmp_path,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        start_new_session=True,
    )
    deadline = time.monotonic() + 120
    while _group_size(process.pid) < 3 and process.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)  # until the two workers are there
    assert process.poll() is None, "finished before it could be interrupted"
    os.killpg(process.pid, signal.SIGINT)  # what Ctrl-C on a terminal does
    out, err = process.communicate(timeout=60)
    assert process.returncode == 130
    assert (out, err) == (b"", b"")  # no traceback, from the main process or a worker
    assert _group_size(process.pid) == 0
    assert not (tmp_path / "claims.yaml").exists()


def _start_as_forked(root: Path) -> None:
    """A worker initializer that leaves SIGINT as the fork inherited it."""


def _ctrl_c_held(path: str) -> bool:
    """In a worker whose initializer did nothing: is Ctrl-C still kept from it?"""
    return signal.SIGINT in signal.pthread_sigmask(signal.SIG_BLOCK, [])


def test_workers_are_born_holding_ctrl_c_before_their_initializer_runs(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A Ctrl-C in the instant after a fork, before the worker's initializer ignores
    it, made that worker print a traceback: the forks are made holding it."""
    load_benchmark("make_desk").make_desk(tmp_path, 4, 2)
    desk = Desk.load(tmp_path)
    files = select_articles(desk.root, [])
    monkeypatch.setattr(parallel, "_start_worker", _start_as_forked)
    monkeypatch.setattr(parallel, "_extract_in_worker", _ctrl_c_held)
    answers = [held for _, held in parallel.extract_in_processes(desk, files, 2)]
    assert answers == [True] * len(files)
    assert signal.getsignal(signal.SIGINT) is signal.default_int_handler  # the parent's
    assert signal.SIGINT not in signal.pthread_sigmask(signal.SIG_BLOCK, [])  # let go


def test_a_ctrl_c_while_the_workers_are_forked_is_not_lost(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Ignored while the forks were made, a Ctrl-C pressed then was dropped and the
    command ran to its end (a flake of the Ctrl-C test above, under load): held
    instead, it interrupts the main process as soon as the pool is there to end."""
    load_benchmark("make_desk").make_desk(tmp_path, 4, 2)
    desk = Desk.load(tmp_path)
    files = select_articles(desk.root, [])
    start = parallel._started

    def started_then_ctrl_c(*args: Any) -> Any:
        begun = start(*args)
        os.kill(os.getpid(), signal.SIGINT)  # pressed while the forks are made
        return begun

    monkeypatch.setattr(parallel, "_started", started_then_ctrl_c)
    with pytest.raises(KeyboardInterrupt):
        list(parallel.extract_in_processes(desk, files, 2))
    assert multiprocessing.active_children() == []


def test_a_ctrl_c_taken_by_another_thread_while_submitting_leaves_no_worker(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Under pytest-xdist a thread that does not hold Ctrl-C may take it while the
    chunks are submitted: raised there, after the forks, the workers were left waiting
    for work (a flake of the test above under load). They are stopped now."""
    load_benchmark("make_desk").make_desk(tmp_path, 4, 2)
    desk = Desk.load(tmp_path)
    files = select_articles(desk.root, [])
    start = parallel._started

    def forked_then_interrupted(*args: Any) -> Any:
        start(*args)  # the workers are forked with the first chunk
        raise KeyboardInterrupt

    monkeypatch.setattr(parallel, "_started", forked_then_interrupted)
    with pytest.raises(KeyboardInterrupt):
        list(parallel.extract_in_processes(desk, files, 2))
    assert multiprocessing.active_children() == []
    assert signal.SIGINT not in signal.pthread_sigmask(signal.SIG_BLOCK, [])  # let go


def _killed_at_the_third(path: str) -> Any:
    """A worker that is killed (as the kernel's out-of-memory killer would) at the
    third article, with the rest extracting normally."""
    if path == _third_article:
        os.kill(os.getpid(), signal.SIGKILL)
    return path


_third_article = ""


def test_a_worker_that_dies_stops_the_run_and_says_so_rather_than_hang(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """multiprocessing.Pool waited forever for the chunk a killed worker took with it
    (a CI run hung so): the death is an error, at once, with how the worker ended."""
    load_benchmark("make_desk").make_desk(tmp_path, 12, 2)
    desk = Desk.load(tmp_path)
    files = select_articles(desk.root, [])
    monkeypatch.setattr(sys.modules[__name__], "_third_article", files[2])
    monkeypatch.setattr(parallel, "_extract_in_worker", _killed_at_the_third)
    with pytest.raises(parallel.WorkerDiedError) as died:
        list(parallel.extract_in_processes(desk, files, 2))
    assert died.value.exit_codes == [-signal.SIGKILL]
    assert "(killed by SIGKILL)" in str(died.value)
    assert multiprocessing.active_children() == []


def test_the_command_reports_a_dead_worker_in_one_line_and_writes_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    load_benchmark("make_desk").make_desk(tmp_path, 12, 2)
    files = select_articles(tmp_path, [])
    monkeypatch.setattr(sys.modules[__name__], "_third_article", files[2])
    monkeypatch.setattr(parallel, "_extract_in_worker", _killed_at_the_third)
    status, written, error = extract(tmp_path, 2)
    assert (status, written) == (2, "")
    assert error == (
        "factsuite extract: an extraction worker process died (killed by SIGKILL);"
        " nothing was written: run it again, or with -j 1\n"
    )


@pytest.mark.parametrize(
    ("codes", "told"),
    [
        ([-signal.SIGKILL], "killed by SIGKILL"),
        ([3], "exit status 3"),
        ([-200], "killed by signal 200"),
        ([], "ended early"),
    ],
)
def test_a_dead_worker_is_told_as_its_exit_says(codes: list[int], told: str) -> None:
    error = parallel.WorkerDiedError(codes)
    assert f"died ({told});" in str(error)
    assert pickle.loads(pickle.dumps(error)).exit_codes == codes
