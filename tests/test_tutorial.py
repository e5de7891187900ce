"""docs/tutorial.md as a reader follows it: the files it has them write, and what the
commands it shows print, printed by the program (issue 13: the tutorial's desk uses
money and an ordinal)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from factsuite import cli

TUTORIAL = Path(__file__).resolve().parents[1] / "docs" / "tutorial.md"
_BLOCK = re.compile(r"```[a-z]*\n(.*?)```", re.DOTALL)


def blocks_after(marker: str) -> list[str]:
    """The fenced blocks of the tutorial after ``marker``, in order."""
    text = TUTORIAL.read_text(encoding="utf-8")
    return [m[1] for m in _BLOCK.finditer(text, text.index(marker))]


def shown(section: str, command: str, nth: int = 0) -> tuple[list[str], str]:
    """The ``nth`` text block of ``section`` on that starts with ``$ <command>``: the
    command's words and what the tutorial shows after them."""
    found = [b for b in blocks_after(section) if b.startswith(f"$ {command}\n")]
    first, _, rest = found[nth].partition("\n")
    return first[2:].split(), rest


def run(capsys: pytest.CaptureFixture[str], argv: list[str]) -> tuple[int, str]:
    assert argv[0] == "factsuite"
    status = cli.main(argv[1:])
    return status, capsys.readouterr().out


def make_tutorial_desk(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    """The desk of sections 1 to 5 in the current folder, ``tmp_path``: ``factsuite
    init``, then the tutorial's fact file, article and claims."""
    assert cli.main(["init"]) == 0
    capsys.readouterr()
    (tmp_path / "facts" / "riverside.yaml").write_text(
        blocks_after("Create `facts/riverside.yaml`")[0], encoding="utf-8"
    )
    (tmp_path / "articles" / "footbridge-reopens.md").write_text(
        blocks_after("`articles/footbridge-reopens.md`:")[0], encoding="utf-8"
    )
    claims = tmp_path / "claims.yaml"
    appended = blocks_after("By hand, append:")[0]
    claims.write_text(claims.read_text(encoding="utf-8") + appended, encoding="utf-8")
    return tmp_path


@pytest.fixture
def desk(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> Path:
    monkeypatch.chdir(tmp_path)
    return make_tutorial_desk(tmp_path, capsys)


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new), encoding="utf-8")


def test_the_tutorial_desk_uses_money_and_an_ordinal(desk: Path) -> None:
    claims = (desk / "claims.yaml").read_text(encoding="utf-8")
    assert "kind: money" in claims
    assert "kind: ordinal" in claims


def test_section_5_the_recorded_claims_agree(
    desk: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    argv, printed = shown("## 5.", "factsuite check")
    assert run(capsys, argv) == (0, printed)


def test_section_6_a_wrong_length_fails_as_shown(
    desk: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    edit(desk / "articles" / "footbridge-reopens.md", "412-metre", "421-metre")
    edit(desk / "claims.yaml", "quote: 412-metre", "quote: 421-metre")
    argv, printed = shown("## 6.", "factsuite check articles/footbridge-reopens.md", 0)
    body, _, status = printed.rpartition("$ echo $?\n")
    assert run(capsys, argv) == (int(status), body)
    assert status == "1\n"


def test_section_6_an_ordinal_one_off_fails_as_shown(
    desk: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    edit(desk / "articles" / "footbridge-reopens.md", "second closure", "third closure")
    edit(desk / "claims.yaml", "quote: second closure", "quote: third closure")
    argv, printed = shown("## 6.", "factsuite check articles/footbridge-reopens.md", 1)
    assert run(capsys, argv) == (1, printed)


def test_section_9_the_impact_of_a_fact_is_as_shown(
    desk: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    argv, printed = shown("## 9.", "factsuite impact footbridge.length")
    assert run(capsys, argv) == (0, printed)


def test_section_1_init_prints_what_is_shown(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    printed = blocks_after("`factsuite init` writes a desk that already passes:")[0]
    assert run(capsys, ["factsuite", "init"]) == (0, printed)


def test_section_2_a_new_desk_agrees(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    assert cli.main(["init"]) == 0
    capsys.readouterr()
    argv, printed = shown("## 2.", "factsuite check")
    assert run(capsys, argv) == (0, printed)


def wrong_length(desk: Path) -> None:
    """Section 6's mistake: 421 for 412, recorded as extract would."""
    edit(desk / "articles" / "footbridge-reopens.md", "412-metre", "421-metre")
    edit(desk / "claims.yaml", "quote: 412-metre", "quote: 421-metre")


def test_section_7_the_hook_prints_the_diagnostic(
    desk: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    wrong_length(desk)
    _, printed = shown("## 7.", 'git commit -m "footbridge"')
    diagnostic = next(line for line in printed.splitlines() if line.startswith("articles/"))
    _, out = run(capsys, ["factsuite", "check", "articles/footbridge-reopens.md"])
    assert out.splitlines()[0] == diagnostic


def test_section_8_the_annotation_is_the_programs(
    desk: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    wrong_length(desk)
    annotation = next(b for b in blocks_after("## 8.") if b.startswith("::error ")).removesuffix(
        " ...\n"
    )
    status, out = run(capsys, ["factsuite", "check", "--strict", "--format", "github"])
    assert status == 1
    assert out.splitlines()[0].startswith(annotation)
