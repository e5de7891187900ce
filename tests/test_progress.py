"""The progress bar of ``factsuite extract``: on a terminal only, never in CI or a log."""

from __future__ import annotations

import io
import os
import pty
import subprocess
import sys
from pathlib import Path

import pytest

from factsuite.progress import ProgressBar, wanted
from tests.conftest import ARTICLE
from tests.test_extraction_support import write_desk


class _Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def test_the_bar_shows_done_total_rate_and_time_left() -> None:
    clock = _Clock()
    stream = io.StringIO()
    bar = ProgressBar(stream, 200, "extracting", clock=clock)
    clock.now += 10.0
    bar.update(50)
    assert stream.getvalue() == (
        "\rextracting [#######.......................] 50/200  5.0 articles/s  ETA 0:30"
    )


def test_the_time_left_reads_in_hours_past_an_hour() -> None:
    bar = ProgressBar(io.StringIO(), 10_000, "extracting", clock=_Clock())
    assert bar.line(1, 1.0).endswith("1.0 articles/s  ETA 2:46:39")


def test_redraws_are_spaced_out_but_the_last_state_is_always_drawn() -> None:
    clock = _Clock()
    stream = io.StringIO()
    bar = ProgressBar(stream, 3, "extracting", clock=clock)
    bar.update(1)
    clock.now += 0.01
    bar.update(2)  # too soon after the last: skipped
    clock.now += 0.01
    bar.update(3)  # the end: drawn however soon
    bar.finish()
    lines = stream.getvalue().split("\r")[1:]
    assert [line.split("]")[1].split()[0] for line in lines] == ["1/3", "3/3"]
    assert stream.getvalue().endswith("\n")


def test_a_shorter_line_blanks_what_the_longer_one_left() -> None:
    clock = _Clock()
    stream = io.StringIO()
    bar = ProgressBar(stream, 10, "x", clock=clock)
    clock.now += 1
    bar.update(5)  # with a rate: long
    first = stream.getvalue()
    bar.drawn_at = None
    clock.now = bar.started  # no time passed: no rate, a shorter line
    bar.update(10)
    second = stream.getvalue()[len(first) :]
    assert len(second) == len(first)


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_a_bar_is_wanted_on_a_terminal_unless_ci_or_no_progress(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("CI", raising=False)
    assert wanted(_Terminal(), True)
    assert not wanted(_Terminal(), False)  # --no-progress
    assert not wanted(io.StringIO(), True)  # a pipe or a log
    monkeypatch.setenv("CI", "true")
    assert not wanted(_Terminal(), True)


def _extract_on_a_terminal(root: Path, env: dict[str, str], *args: str) -> str:
    """What ``factsuite extract`` writes to stderr when stderr is a pseudo-terminal."""
    main, side = pty.openpty()
    try:
        process = subprocess.run(
            [sys.executable, "-m", "factsuite", "extract", *args],
            cwd=root,
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=side,
            timeout=300,
            check=False,
        )
        os.close(side)
        side = -1
        chunks = []
        while True:
            try:
                chunk = os.read(main, 65536)
            except OSError:  # EIO: the terminal's other side is closed, all is read
                break
            if not chunk:
                break
            chunks.append(chunk)
    finally:
        os.close(main)
        if side != -1:
            os.close(side)
    shown = b"".join(chunks).decode()
    assert process.returncode == 0, shown
    return shown


@pytest.fixture
def many(tmp_path: Path) -> tuple[Path, dict[str, str]]:
    root = write_desk(tmp_path, {f"{i:02d}.md": ARTICLE for i in range(25)})
    (root / "pyproject.toml").write_text("[tool.factsuite]\n", encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if k != "CI"}
    return root, env


def test_on_a_terminal_the_bar_is_redrawn_in_place(many: tuple[Path, dict[str, str]]) -> None:
    root, env = many
    shown = _extract_on_a_terminal(root, env, "-j", "2")
    assert shown.startswith("\rextracting [")
    assert "25/25" in shown
    assert "articles/s" in shown
    assert "ETA" in shown
    assert shown.count("\n") == 1  # one line, redrawn, ended once


def test_in_ci_or_with_no_progress_a_terminal_gets_nothing(
    many: tuple[Path, dict[str, str]],
) -> None:
    root, env = many
    assert _extract_on_a_terminal(root, env, "--no-progress") == ""
    assert _extract_on_a_terminal(root, {**env, "CI": "true"}) == ""
