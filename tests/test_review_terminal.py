"""factsuite review end to end, in a real pseudo-terminal, on a desk made by `factsuite init`.

Each test types keys as a person would and checks both what the screen showed and
what claims.yaml holds afterwards.
"""

from __future__ import annotations

import io
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

pexpect = pytest.importorskip("pexpect", reason="the pseudo-terminal tests need pexpect")
if sys.platform == "win32":  # pragma: no cover
    pytest.skip("pseudo-terminals are POSIX", allow_module_level=True)

KEYS = "quit >"  # the end of the line of keys, shown when a key is awaited
ANSI = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]|\r")

FACTS = """\
library.cost:
  type: number
  label: the cost of building the library
  value: 4000000
  unit: dollars
  cues: [cost]
  sources: [Riverside council budget 2023]
library.books:
  type: count
  label: books on the library's shelves
  value: 12000
  cues: [books]
  sources: [Riverside library annual report]
library.visitors:
  type: count
  label: visitors in the first week
  value: 3500
  cues: [visitors]
  sources: [Riverside library press release]
"""

ARTICLE = """\
---
title: A week at the new library
published: 2024-05-21
---
The library, which cost $4 million, drew 3,500 visitors in its first week.
Its shelves hold 12,000 books, and some 40 volunteers help the staff.
"""

# The claims `factsuite extract` adds for ARTICLE, as it writes them.
COST = """\
  - article: articles/week.md
    line: 5
    column: 26
    quote: 4 million
    kind: money
    fact: library.cost
    status: pending
"""
VISITORS = """\
  - article: articles/week.md
    line: 5
    column: 42
    quote: 3,500
    kind: number
    fact: library.visitors
    status: pending
"""
BOOKS = """\
  - article: articles/week.md
    line: 6
    column: 18
    quote: 12,000
    kind: number
    fact: library.books
    status: pending
"""
VOLUNTEERS = """\
  - article: articles/week.md
    line: 6
    column: 36
    quote: some 40
    kind: number
    status: pending
    reason: no fact's cues stand near it
"""


def factsuite(root: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "factsuite", *args],
        cwd=root,
        capture_output=True,
        text=True,
        check=False,
    )


@pytest.fixture
def desk(tmp_path: Path) -> Path:
    """`factsuite init`, a fact file and an article added, then `factsuite extract`."""
    assert factsuite(tmp_path, "init").returncode == 0
    (tmp_path / "facts" / "library.yaml").write_text(FACTS, encoding="utf-8")
    (tmp_path / "articles" / "week.md").write_text(ARTICLE, encoding="utf-8")
    assert factsuite(tmp_path, "extract", "--no-progress").returncode == 0
    text = (tmp_path / "claims.yaml").read_text(encoding="utf-8")
    assert text.endswith(COST + VISITORS + BOOKS + VOLUNTEERS)
    return tmp_path


class Screen:
    """A `factsuite review` running in a pseudo-terminal, and all it has shown."""

    def __init__(self, root: Path, *args: str):
        env = dict(os.environ, TERM="xterm", PROMPT_TOOLKIT_NO_CPR="1")
        env.pop("NO_COLOR", None)
        self.log = io.StringIO()
        self.child = pexpect.spawn(
            sys.executable,
            ["-m", "factsuite", "review", *args],
            cwd=str(root),
            env=env,
            encoding="utf-8",
            dimensions=(50, 200),
            timeout=60,
        )
        self.child.logfile_read = self.log

    def wait(self, text: str) -> None:
        self.child.expect_exact(text)

    def key(self, key: str) -> None:
        """Press ``key`` once the line of keys is shown."""
        self.wait(KEYS)
        self.child.send(key)

    def answer(self, question: str, text: str) -> None:
        self.wait(question.rstrip())  # the terminal is sent no trailing space
        self.child.send(text + "\r")

    def end(self) -> int:
        self.child.expect(pexpect.EOF)
        self.child.close()
        return int(self.child.exitstatus)

    @property
    def text(self) -> str:
        return ANSI.sub("", self.log.getvalue())


@pytest.fixture
def claims(desk: Path) -> Path:
    return desk / "claims.yaml"


def test_confirm_ignore_rebind_unverifiable_each_saved_as_a_person_writes_it(
    desk: Path, claims: Path
) -> None:
    before = claims.read_text(encoding="utf-8")
    screen = Screen(desk)
    screen.key("c")  # 4 million: confirmed as bound
    screen.wait("claim 2 of 4")
    screen.key("i")  # 3,500: ignored, with a reason
    screen.answer("reason (required): ", "counted twice")
    screen.wait("claim 3 of 4")
    screen.key("b")  # 12,000: bound to another fact, typed with Tab completion
    screen.wait("fact (candidate number or id, Tab completes):")
    screen.child.send("library.vis\t")
    screen.wait("library.visitors")  # Tab offers the one number fact id it begins
    screen.child.send("\r")
    screen.wait("claim 4 of 4")
    screen.key("u")  # some 40: no fact covers it
    screen.answer("reason (required): ", "volunteers are not on file")
    assert screen.end() == 0
    shown = screen.text
    # the first screen: place, sentence with the quote marked, kind, fact, verdict
    assert "articles/week.md:5:26  kind: money  status: pending\n" in shown
    assert "  The library, which cost $4 million, drew 3,500 visitors in its first week.\n" in shown
    assert "                           ^^^^^^^^^\n" in shown
    assert (
        "  fact:       library.cost  the cost of building the library: 4,000,000 dollars"
        "  (source: Riverside council budget 2023)\n" in shown
    )
    assert "  gate now:   '4 million' agrees with USD 4 million\n" in shown
    # the third: its candidates (no other fact shares a word with its sentence: by id)
    assert "    1  library.cost" in shown
    assert "    2  library.visitors" in shown
    assert claims.read_text(encoding="utf-8") == before.replace(
        COST, COST.replace("pending", "confirmed")
    ).replace(
        VISITORS, VISITORS.replace("pending", "ignored") + "    reason: counted twice\n"
    ).replace(
        BOOKS,
        BOOKS.replace("library.books", "library.visitors").replace("pending", "confirmed"),
    ).replace(
        VOLUNTEERS,
        VOLUNTEERS.replace("pending", "confirmed").replace(
            "no fact's cues stand near it", "volunteers are not on file"
        ),
    )
    # the end screen: what was done, and the gate's own summary line
    gate = factsuite(desk, "check").stdout.splitlines()[-1]
    assert shown.rstrip("\n").endswith(f"review: 4 decisions saved; 0 claims left\n{gate}")
    # (the ignored claim is not checked; 12,000 books are not 3,500 visitors)
    assert gate == "4 claims: 2 agrees, 1 contradicts, 1 unverifiable"


def test_undo_restores_the_previous_decision_in_the_file(desk: Path, claims: Path) -> None:
    before = claims.read_text(encoding="utf-8")
    screen = Screen(desk)
    screen.key("c")
    screen.wait("claim 2 of 4")
    screen.key("z")
    screen.wait("undone: '4 million' is pending, bound to library.cost again")
    screen.wait("claim 1 of 4")
    screen.key("q")
    assert screen.end() == 0
    assert claims.read_text(encoding="utf-8") == before


def test_quitting_midway_keeps_the_decisions_made_and_counts_the_rest(
    desk: Path, claims: Path
) -> None:
    before = claims.read_text(encoding="utf-8")
    screen = Screen(desk, "articles/week.md")
    screen.key("\r")  # Enter confirms
    screen.wait("claim 2 of 4")
    screen.key("s")
    screen.wait("claim 3 of 4")
    screen.key("s")
    screen.wait("claim 4 of 4")
    screen.key("c")  # nothing bound: confirming needs a fact or a reason
    screen.wait("no fact bound: bind one (b), or mark it unverifiable (u) with a reason")
    screen.key("q")
    assert screen.end() == 0
    assert claims.read_text(encoding="utf-8") == before.replace(
        COST, COST.replace("pending", "confirmed")
    )
    assert "review: 1 decision saved; 1 claim left" in screen.text
    assert screen.text.rstrip("\n").endswith(", 3 unreviewed")


def test_a_kind_change_keeps_the_claim_on_screen_for_a_decision(desk: Path, claims: Path) -> None:
    before = claims.read_text(encoding="utf-8")
    screen = Screen(desk)
    screen.key("k")
    screen.answer("kind (Tab completes): ", "number")
    screen.wait("kind: number  status: pending")  # the same claim, as a number now
    screen.key("c")
    screen.wait("claim 2 of 4")
    screen.key("q")
    assert screen.end() == 0
    assert "articles/week.md:5:26  kind: number  status: pending\n" in screen.text
    assert "  gate now:   '4 million' agrees with 4,000,000 dollars\n" in screen.text
    assert claims.read_text(encoding="utf-8") == before.replace(
        COST, COST.replace("money", "number").replace("pending", "confirmed")
    )


def test_a_save_by_someone_else_between_two_keys_is_kept(desk: Path, claims: Path) -> None:
    screen = Screen(desk)
    screen.wait(KEYS)  # the first claim is on screen; now an editor saves the file
    theirs = claims.read_text(encoding="utf-8").replace(
        VISITORS, VISITORS.replace("pending", "confirmed")
    )
    claims.write_text(theirs, encoding="utf-8")
    screen.child.send("c")
    # their decision on 3,500 stands, so the queue passes it by and says so
    screen.wait("'3,500' was reviewed or removed by someone else meanwhile: passed by")
    screen.wait("claim 3 of 4")
    screen.key("q")
    assert screen.end() == 0
    assert "claims.yaml was saved by someone else meanwhile: read it again" in screen.text
    assert claims.read_text(encoding="utf-8") == theirs.replace(
        COST, COST.replace("pending", "confirmed")
    )
