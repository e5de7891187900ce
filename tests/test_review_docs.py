"""docs/reference.md's "Reviewing claims" example, run: its facts and article, then what
`factsuite review --list` prints and the screen review shows, compared with the docs."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from factsuite import cli
from factsuite.desk import Desk
from factsuite.reviewing.session import Session

REFERENCE = Path(__file__).resolve().parents[1] / "docs" / "reference.md"
SECTION = "### Reviewing claims: `factsuite review`"
_BLOCK = re.compile(r"```[a-z]*\n(.*?)```", re.DOTALL)


def blocks() -> list[str]:
    text = REFERENCE.read_text(encoding="utf-8")
    start = text.index(SECTION)
    return [m[1] for m in _BLOCK.finditer(text, start, text.index("\n## ", start))]


@pytest.fixture
def desk(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> Path:
    facts, article = blocks()[:2]
    monkeypatch.chdir(tmp_path)
    assert cli.main(["init"]) == 0
    (tmp_path / "facts" / "library.yaml").write_text(facts, encoding="utf-8")
    (tmp_path / "articles" / "week.md").write_text(article, encoding="utf-8")
    assert cli.main(["extract", "--no-progress"]) == 0
    capsys.readouterr()
    return tmp_path


def test_the_list_shown_is_what_review_prints(
    desk: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    command, _, shown = blocks()[2].partition("\n")
    assert command == "$ factsuite review --list"
    assert cli.main(command[2:].split()[1:]) == 0
    assert capsys.readouterr().out == shown


def test_the_screen_shown_is_what_review_shows(desk: Path) -> None:
    pytest.importorskip("prompt_toolkit")
    from factsuite.reviewing.terminal import KEYS_HELP, screen

    session = Session.start(Desk.load(desk, use_cache=False))
    session.next()  # the docs show the second claim
    item = session.current()
    assert item is not None
    text = "".join(part for _, part in screen(item, session.desk.facts, 2, len(session.queue)))
    assert text.lstrip("\n") + KEYS_HELP + "\n" == blocks()[3]
