"""Shared test helpers: throwaway desks written to a temporary folder."""

from __future__ import annotations

import os
import shutil
import sys
import textwrap
from collections.abc import Callable
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent

FACTS = """\
parade.date:
  type: date
  label: the parade
  value: 2025-09-03
  sources: [https://example.org/parade]
leaders:
  type: count
  label: foreign leaders attending
  value: 26
  sources: [https://example.org/leaders]
trade.share:
  type: percent
  label: China's share of trade
  value: 98.3
  sources: [https://example.org/trade]
kim-jong-un:
  type: person
  name: Kim Jong Un
  variants: [Kim Jong-un]
  roles:
    - title: leader
      of: [North Korea]
      from: 2011-12
  sources: [https://example.org/kim]
"""

ARTICLE = """\
---
title: Parade
published: 2025-08-28
---
North Korean leader Kim Jong Un will attend the parade next week.
It will bring together 26 foreign leaders.
"""


def git_environment(home: Path) -> dict[str, str]:
    """A writer's shell for git and factsuite run as commands: this interpreter's
    factsuite and pytest on PATH, ``home`` as HOME, and none of this machine's git
    configuration."""
    env = dict(os.environ)
    env["PATH"] = str(Path(sys.executable).parent) + os.pathsep + env.get("PATH", "")
    env.update(
        HOME=str(home),
        GIT_CONFIG_NOSYSTEM="1",
        GIT_CONFIG_GLOBAL=str(home / "gitconfig"),
    )
    return env


def run_cli(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    """``factsuite ARGV`` run in this process: its exit status, stdout and stderr."""
    from factsuite import cli

    status = cli.main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


def dedent(text: str) -> str:
    return textwrap.dedent(text).lstrip("\n")


def copy_sample_desk(to: Path) -> Path:
    """A copy of the repository's sample desk at ``to``: its facts, articles,
    claims.yaml and pyproject.toml."""
    for folder in ("facts", "articles"):
        shutil.copytree(REPO / folder, to / folder)
    for file in ("claims.yaml", "pyproject.toml"):
        shutil.copy(REPO / file, to / file)
    return to


@pytest.fixture
def sample_desk(tmp_path: Path) -> Path:
    """A copy of the sample desk to change at will (see ``copy_sample_desk``)."""
    return copy_sample_desk(tmp_path)


@pytest.fixture
def make_desk(tmp_path: Path) -> Callable[..., Path]:
    """Write a desk: fact files by name, articles by name, and claims.yaml text."""

    def make(
        facts: dict[str, str] | None = None,
        articles: dict[str, str] | None = None,
        claims: str | None = None,
    ) -> Path:
        (tmp_path / "facts").mkdir(exist_ok=True)
        (tmp_path / "articles").mkdir(exist_ok=True)
        pyproject = tmp_path / "pyproject.toml"
        if not pyproject.exists():  # a desk says it is one (detect.py)
            pyproject.write_text("[tool.factsuite]\n", encoding="utf-8")
        for name, text in (facts if facts is not None else {"base.yaml": FACTS}).items():
            (tmp_path / "facts" / name).write_text(text, encoding="utf-8")
        for name, text in (articles if articles is not None else {"a.md": ARTICLE}).items():
            (tmp_path / "articles" / name).write_text(text, encoding="utf-8")
        if claims is not None:
            (tmp_path / "claims.yaml").write_text(dedent(claims), encoding="utf-8")
        return tmp_path

    return make


@pytest.fixture(autouse=True)
def _outside_ci(monkeypatch: pytest.MonkeyPatch) -> None:
    """Tests run as on a workstation even in a CI job: no step summary of the job's is
    written to, no workspace decides where the repository is, and ``CI`` does not
    silence the progress bars a test expects (a test about CI sets it itself)."""
    monkeypatch.delenv("CI", raising=False)
    monkeypatch.delenv("GITHUB_STEP_SUMMARY", raising=False)
    monkeypatch.delenv("GITHUB_WORKSPACE", raising=False)


@pytest.fixture(scope="session", autouse=True)
def _kinds_imported() -> None:
    """factsuite's own kinds imported before any test runs. A run imports a kind when
    it first needs one (a hook's saving); Hypothesis would time that import against
    the first example of whichever test needed the kind first."""
    from factsuite.kinds import registry

    for name in registry.names():
        registry.kind(name)


# A test that waits for ever (a pseudo-terminal never closed, a worker pool never
# ended) stalls a whole xdist run with its workers idle and says nothing; once it
# happened here and was never explained. Every test gets a generous bound, so a hang
# becomes a failure with every thread's stack. The slowest tests take well under a
# minute on a loaded two-core machine.
TEST_TIMEOUT_SECONDS = 600


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if not config.pluginmanager.hasplugin("timeout"):
        return  # pytest-timeout is a test extra; without it tests run unbounded
    bound = pytest.mark.timeout(TEST_TIMEOUT_SECONDS)
    for item in items:
        if item.get_closest_marker("timeout") is None:
            item.add_marker(bound)
