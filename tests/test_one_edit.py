"""Extracting one edited article at archive scale (issue 17): what its process spends
no time on, and what it writes as a full extraction writes it."""

from __future__ import annotations

import gc
import subprocess
import sys
from pathlib import Path

import pytest

from factsuite import hook

# ``factsuite extract ARTICLE`` run in a fresh process, then printing which of these
# modules it imported.
_EXTRACT_AND_LIST = """
import sys
from factsuite.hook import main
status = main(["extract", "--no-progress", sys.argv[1]])
heavy = ("multiprocessing",)
print("imported:", ",".join(name for name in heavy if name in sys.modules))
sys.exit(status)
"""


def test_extracting_one_article_imports_no_multiprocessing(sample_desk: Path) -> None:
    article = sorted((sample_desk / "articles").iterdir())[0]
    with article.open("a", encoding="utf-8") as stream:
        stream.write("\nOfficials counted 41 people at the scene.\n")
    command = [sys.executable, "-c", _EXTRACT_AND_LIST, str(article)]
    done = subprocess.run(command, cwd=sample_desk, capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    assert "(written)" in done.stdout
    assert done.stdout.endswith("imported: \n")


def test_the_console_script_collects_in_larger_batches_while_it_runs(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    seen: list[tuple[int, ...]] = []

    def answered(*args: object) -> int:
        seen.append(gc.get_threshold())
        return 0

    monkeypatch.setattr(hook, "answered", answered)
    before = gc.get_threshold()
    assert hook.main(["check", "articles/a.md"]) == 0
    assert seen == [(hook.COLLECTOR_THRESHOLD, *before[1:])]
    assert before[0] < hook.COLLECTOR_THRESHOLD
    assert gc.get_threshold() == before  # as it was, for a caller that goes on
