"""claims.yaml merged by real git with `factsuite merge-claims` as its merge driver."""

from __future__ import annotations

import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import msgspec
import pytest

from factsuite import scaffold
from factsuite.claims import parse_claims
from factsuite.extraction.claimsfile import render
from factsuite.mergeclaims import OURS_MARKER, THEIRS_MARKER, merge_claims
from tests.conftest import REPO, git_environment

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")


def documented_setup() -> list[list[str]]:
    """The `git config` commands reference.md gives for the driver, as argument lists."""
    reference = (REPO / "docs" / "reference.md").read_text(encoding="utf-8")
    section = reference.split("## Merging claims.yaml", 1)[1]
    block = section.split("```sh\n", 1)[1].split("```", 1)[0]
    return [shlex.split(line) for line in block.splitlines() if line.strip()]


def environment(home: Path) -> dict[str, str]:
    """git and factsuite as a writer's clone has them, and nothing of this machine's
    git configuration."""
    env = git_environment(home)
    env.update(
        GIT_AUTHOR_NAME="Desk Editor",
        GIT_AUTHOR_EMAIL="desk@example.org",
        GIT_COMMITTER_NAME="Desk Editor",
        GIT_COMMITTER_EMAIL="desk@example.org",
        LC_ALL="C",
    )
    return env


class Desk:
    def __init__(self, root: Path, env: dict[str, str]):
        self.root = root
        self.env = env

    def run(self, *argv: str, expect: int | None = 0) -> subprocess.CompletedProcess[str]:
        done = subprocess.run(
            argv, cwd=self.root, env=self.env, capture_output=True, text=True, check=False
        )
        if expect is not None:
            assert done.returncode == expect, f"{argv}: {done.stdout}{done.stderr}"
        return done

    def git(self, *argv: str, expect: int | None = 0) -> subprocess.CompletedProcess[str]:
        return self.run("git", "-c", "commit.gpgsign=false", *argv, expect=expect)

    def commit(self, message: str) -> None:
        self.git("add", "-A")
        self.git("commit", "-q", "-m", message)

    def write(self, name: str, text: str) -> None:
        (self.root / name).write_text(text, encoding="utf-8")

    def claims(self) -> str:
        return (self.root / "claims.yaml").read_text(encoding="utf-8")


@pytest.fixture
def desk(tmp_path: Path) -> Desk:
    """A desk from `factsuite init`, committed on main."""
    root = tmp_path / "desk"
    env = environment(tmp_path)
    made = Desk(root, env)
    root.mkdir()
    made.run("factsuite", "init", ".")
    made.git("init", "-q", "-b", "main")
    made.commit("a new desk")
    return made


def article(title: str, sentence: str) -> str:
    return f"---\ntitle: {title}\npublished: 2024-06-01\n---\n{sentence}\n"


def add_article_on_branch(desk: Desk, branch: str, name: str, sentence: str) -> None:
    desk.git("checkout", "-q", "-b", branch, "main")
    desk.write(f"articles/{name}", article(name, sentence))
    desk.run("factsuite", "extract", "--no-progress")
    desk.commit(f"add {name}")


def test_two_branches_adding_articles_merge_cleanly_with_the_driver(desk: Desk) -> None:
    add_article_on_branch(
        desk,
        "hours",
        "closures.md",
        "The Riverside library, which opened on May 14, 2024, opens on Sundays.",
    )
    add_article_on_branch(
        desk, "mayor", "anniversary.md", "A year after the library opened on May 14, 2024, it grew."
    )
    # Without the driver git merges line by line: both branches added entries at one
    # place (before articles/example.md's).
    plain = desk.git("merge", "-q", "hours", expect=None)
    assert plain.returncode == 1
    assert "CONFLICT (content): Merge conflict in claims.yaml" in plain.stdout
    assert "UU claims.yaml" in desk.git("status", "--porcelain").stdout.splitlines()
    desk.git("merge", "--abort")

    for command in documented_setup():  # the commands reference.md gives
        assert command[:2] == ["git", "config"]
        desk.git(*command[1:])
    merged = desk.git("merge", "-q", "--no-edit", "hours")
    assert "CONFLICT" not in merged.stdout + merged.stderr
    assert desk.git("status", "--porcelain").stdout == ""  # merged and committed
    text = desk.claims()
    both = {c.article for c in parse_claims(text, "claims.yaml", None)}
    assert both == {"articles/example.md", "articles/closures.md", "articles/anniversary.md"}
    # what extract writes for the merged articles, and the gate passes
    desk.run("factsuite", "extract", "--check", "--no-progress")
    desk.run("factsuite", "check")
    gate = desk.run(sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider")
    assert "3 passed" in gate.stdout


def decide(desk: Desk, **decision: str) -> None:
    """Set a decision on the desk's one claim, as `factsuite review` saves one."""
    (claim,) = parse_claims(desk.claims(), "claims.yaml", None)
    desk.write("claims.yaml", render([msgspec.structs.replace(claim, **decision)]))  # type: ignore[arg-type]


def test_two_decisions_on_one_claim_conflict_and_git_says_so(desk: Desk) -> None:
    for command in documented_setup():
        desk.git(*command[1:])
    desk.git("checkout", "-q", "-b", "ignore", "main")
    decide(desk, status="ignored", reason="the council's date, quoted")
    desk.commit("ignore it")
    desk.git("checkout", "-q", "-b", "ignore-too", "main")
    decide(desk, status="ignored", reason="an anniversary, not the opening")
    desk.commit("ignore it, for another reason")
    done = desk.git("merge", "--no-edit", "ignore", expect=1)
    assert "CONFLICT (content): Merge conflict in claims.yaml" in done.stdout
    assert "articles/example.md:5:33: conflict: the claim 'May 14, 2024' (date)" in done.stderr
    assert desk.git("status", "--porcelain").stdout.splitlines() == ["UU claims.yaml"]
    text = desk.claims()
    assert text.count(OURS_MARKER) == 1
    assert text.count(THEIRS_MARKER) == 1
    assert "reason: an anniversary, not the opening" in text.split("=======")[0]
    assert "reason: the council's date, quoted" in text.split("=======")[1]


def test_the_documented_conflict_is_what_the_driver_writes() -> None:
    (claim,) = parse_claims(scaffold.CLAIMS, "claims.yaml", None)
    base = render([msgspec.structs.replace(claim, status="pending")])
    ours = render(
        [msgspec.structs.replace(claim, status="ignored", reason="the council's date, quoted")]
    )
    theirs = render([claim])
    written = merge_claims(base, ours, theirs).text()
    reference = (REPO / "docs" / "reference.md").read_text(encoding="utf-8")
    section = reference.split("## Merging claims.yaml", 1)[1].split("\n## ", 1)[0]
    shown = next(b for b in section.split("```text\n")[1:] if b.startswith(OURS_MARKER))
    assert shown.split("```", 1)[0] in written
