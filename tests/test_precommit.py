"""The pre-commit hook, proven with a real ``pre-commit try-repo`` on a desk in git.

try-repo builds a virtualenv and pip-installs factsuite from a git repository, as a
desk using the hook by URL would. Of a local path it takes the last commit plus
changes to tracked files, but not untracked ones; so the test hands it a snapshot of
this working tree (every file git would not ignore), committed in a temporary
repository: what is tested is the code as it stands, committed or not.

Needs the ``pre-commit`` and ``git`` executables and the package index (for
factsuite's dependencies); it takes about ten seconds per run.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.conftest import ARTICLE, REPO
from tests.test_cli import DATE_FACTS, OTHER_FACTS, WRONG, claims_for


def _pre_commit() -> str | None:
    beside = Path(sys.executable).with_name("pre-commit")
    return str(beside) if beside.exists() else shutil.which("pre-commit")


PRE_COMMIT = _pre_commit()

pytestmark = [
    pytest.mark.skipif(
        PRE_COMMIT is None,
        reason="the pre-commit executable is not installed (pip install pre-commit)",
    ),
    pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed"),
]

# Commits in the temporary repositories need an identity, whatever the machine's git config.
GIT_ENV = {
    **os.environ,
    "GIT_AUTHOR_NAME": "factsuite tests",
    "GIT_AUTHOR_EMAIL": "tests@example.org",
    "GIT_COMMITTER_NAME": "factsuite tests",
    "GIT_COMMITTER_EMAIL": "tests@example.org",
}


def git(cwd: Path, *args: str) -> str:
    done = subprocess.run(
        ["git", *args], cwd=cwd, env=GIT_ENV, capture_output=True, text=True, check=True
    )
    return done.stdout


def commit_all(folder: Path) -> None:
    git(folder, "init", "-q")
    git(folder, "add", "-A")
    git(folder, "commit", "-q", "--no-verify", "-m", "snapshot")


@pytest.fixture(scope="module")
def hook_repository(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """This working tree, as the one commit of a temporary repository."""
    try:
        listed = git(REPO, "ls-files", "-z", "--cached", "--others", "--exclude-standard")
    except subprocess.CalledProcessError:
        pytest.skip(f"{REPO} is not a git work tree")
    snapshot = tmp_path_factory.mktemp("factsuite-snapshot")
    for name in filter(None, listed.split("\0")):
        source = REPO / name
        if source.is_file():  # not a file deleted from the work tree
            (snapshot / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, snapshot / name)
    assert (snapshot / ".pre-commit-hooks.yaml").is_file()
    commit_all(snapshot)
    return snapshot


@pytest.fixture
def desk(make_desk: Callable[..., Path]) -> Path:
    """A desk in git: a.md is right, b.md states 25 foreign leaders for 26."""
    articles = {"a.md": ARTICLE, "b.md": WRONG}
    root = make_desk(
        facts={"dates.yaml": DATE_FACTS, "other.yaml": OTHER_FACTS},
        articles=articles,
        claims=claims_for(articles),
    )
    commit_all(root)
    return root


def try_repo(hooks: Path, desk: Path, *files: str) -> subprocess.CompletedProcess[str]:
    assert PRE_COMMIT is not None
    return subprocess.run(
        [PRE_COMMIT, "try-repo", str(hooks), "factsuite", "--color", "never", "--files", *files],
        cwd=desk,
        env=GIT_ENV,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )


def test_the_hook_passes_a_correct_article(hook_repository: Path, desk: Path) -> None:
    done = try_repo(hook_repository, desk, "articles/a.md")
    assert done.returncode == 0, done.stdout + done.stderr
    assert "factsuite check" in done.stdout
    assert "Passed" in done.stdout


def test_the_hook_fails_a_wrong_number_and_points_at_it(hook_repository: Path, desk: Path) -> None:
    done = try_repo(hook_repository, desk, "articles/b.md")
    assert done.returncode == 1, done.stdout + done.stderr
    assert "Failed" in done.stdout
    assert "articles/b.md:6:24: contradicts: '25'" in done.stdout
    assert "Traceback" not in done.stdout + done.stderr


def test_a_staged_fact_file_checks_the_articles_citing_it(
    hook_repository: Path, desk: Path
) -> None:
    # other.yaml holds the count that b.md gets wrong; README.md matches no pattern.
    (desk / "README.md").write_text("# a desk\n", encoding="utf-8")
    done = try_repo(hook_repository, desk, "facts/other.yaml", "README.md")
    assert done.returncode == 1, done.stdout + done.stderr
    assert "articles/b.md:6:24: contradicts: '25'" in done.stdout
