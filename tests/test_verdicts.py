"""``factsuite check ARTICLE``'s kept verdicts (verdicts.py): given again only while
nothing they depend on has changed, and then exactly as judging gives them."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from factsuite import cache, verdicts
from factsuite.desk import Desk
from tests.conftest import ARTICLE, FACTS
from tests.conftest import run_cli as run
from tests.test_cli import DATE_FACTS, OTHER_FACTS, WRONG, claims_for

Output = tuple[int, str, str]


@pytest.fixture
def desk(make_desk: Callable[..., Path], monkeypatch: pytest.MonkeyPatch) -> Path:
    """A good article (a.md), a wrong one (b.md) and one without claims (c.md, with
    an invisible character); cwd is the desk's root."""
    articles = {"a.md": ARTICLE, "b.md": WRONG}
    root = make_desk(
        facts={"dates.yaml": DATE_FACTS, "other.yaml": OTHER_FACTS},
        articles={**articles, "c.md": ARTICLE.replace("Parade\n", "Par\u200bade\n", 1)},
        claims=claims_for(articles),
    )
    (root / "articles" / "c.md").write_text(
        ARTICLE.replace("the parade next", "the par\u200bade next"), "utf-8"
    )
    monkeypatch.chdir(root)
    return root


@pytest.fixture
def loads(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """The desks ``Desk.load`` loaded: none when a check gave kept verdicts."""
    loaded: list[Path] = []
    real = Desk.load.__func__  # type: ignore[attr-defined]

    def counted(cls: type[Desk], root: Path, **options: bool) -> Desk:
        loaded.append(root)
        desk: Desk = real(cls, root, **options)
        return desk

    monkeypatch.setattr(Desk, "load", classmethod(counted))
    return loaded


def judged_afresh(capsys: pytest.CaptureFixture[str], *argv: str) -> Output:
    return run(capsys, "check", "--no-cache", *argv)


@pytest.mark.parametrize(
    "argv",
    [
        ("articles/b.md",),
        ("articles/a.md", "articles/b.md"),
        ("articles/b.md", "articles/c.md", "articles/a.md"),  # notes in the order named
        ("articles/c.md",),  # a note, a warning, no claims
        ("--format", "json", "articles/b.md", "articles/a.md"),
        ("--format", "github", "articles/b.md"),
        ("--strict", "-v", "articles/a.md"),
    ],
)
def test_a_second_check_gives_the_same_answer_without_loading_the_desk(
    desk: Path, loads: list[Path], capsys: pytest.CaptureFixture[str], argv: tuple[str, ...]
) -> None:
    first = run(capsys, "check", *argv)
    assert len(loads) == 1
    again = run(capsys, "check", *argv)
    assert len(loads) == 1  # nothing loaded: the kept verdicts answered
    assert again == first == judged_afresh(capsys, *argv)
    assert first[0] == (1 if "articles/b.md" in argv or "--strict" in argv else 0)


def _edit_article(desk: Path) -> None:
    (desk / "articles" / "a.md").write_text(ARTICLE.replace("26 foreign", "27 foreign"), "utf-8")


def _edit_fact(desk: Path) -> None:
    (desk / "facts" / "other.yaml").write_text(
        OTHER_FACTS.replace("value: 26", "value: 25"), "utf-8"
    )


def _add_fact_file(desk: Path) -> None:
    # The same id in a second file: loading the desk says so; kept verdicts must not hide it.
    (desk / "facts" / "more.yaml").write_text(FACTS.split("leaders:")[0], "utf-8")


def _edit_claims(desk: Path) -> None:
    claims = desk / "claims.yaml"
    claims.write_text(
        claims.read_text("utf-8").replace("status: pending", "status: ignored\n    reason: no"),
        "utf-8",
    )


def _strict_desk(desk: Path) -> None:
    (desk / "pyproject.toml").write_text("[tool.factsuite]\nstrict = true\n", "utf-8")


def _other_code(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(cache, "_code_fingerprint", lambda: b"edited factsuite")


def _other_kinds(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(cache, "kinds_key", lambda: "another kind")


CODE_CHANGES = ("factsuite's code", "the kinds")  # the same verdicts, under another key
CHANGES: dict[str, Callable[[Path, pytest.MonkeyPatch], None]] = {
    "the article": lambda desk, _: _edit_article(desk),
    "a fact file": lambda desk, _: _edit_fact(desk),
    "a new fact file": lambda desk, _: _add_fact_file(desk),
    "claims.yaml": lambda desk, _: _edit_claims(desk),
    "pyproject.toml": lambda desk, _: _strict_desk(desk),
    "factsuite's code": lambda _, patch: _other_code(patch),
    "the kinds": lambda _, patch: _other_kinds(patch),
}


@pytest.mark.parametrize("change", CHANGES)
def test_a_change_to_anything_a_verdict_depends_on_judges_again(
    desk: Path,
    loads: list[Path],
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    change: str,
) -> None:
    before = run(capsys, "check", "articles/a.md")
    CHANGES[change](desk, monkeypatch)
    after = run(capsys, "check", "articles/a.md")
    assert len(loads) == 2  # judged again: the kept verdicts were stale
    assert after == judged_afresh(capsys, "articles/a.md")
    if change not in CODE_CHANGES:  # the change shows in the answer: a stale one would not
        assert after != before


def test_strict_on_the_command_line_is_part_of_the_key(
    desk: Path, loads: list[Path], capsys: pytest.CaptureFixture[str]
) -> None:
    lenient = run(capsys, "check", "articles/a.md")
    strict = run(capsys, "check", "--strict", "articles/a.md")
    assert len(loads) == 2
    assert strict[0] == 1
    assert lenient[0] == 0


def test_one_stale_article_of_several_judges_them_all_again(
    desk: Path, loads: list[Path], capsys: pytest.CaptureFixture[str]
) -> None:
    both = ("articles/a.md", "articles/b.md")
    before = run(capsys, "check", *both)
    (desk / "articles" / "b.md").write_text(WRONG.replace("25 foreign", "24 foreign"), "utf-8")
    after = run(capsys, "check", *both)
    assert len(loads) == 2
    assert after == judged_afresh(capsys, *both) != before


@pytest.mark.parametrize(
    "argv",
    [
        ("articles",),  # a folder
        ("claims.yaml",),
        ("facts/other.yaml",),
        (),  # every article
        ("--no-cache", "articles/a.md"),
    ],
)
def test_only_articles_named_one_by_one_keep_verdicts(
    desk: Path, loads: list[Path], capsys: pytest.CaptureFixture[str], argv: tuple[str, ...]
) -> None:
    run(capsys, "check", *argv)
    run(capsys, "check", *argv)
    assert len(loads) == 2
    assert not (desk / cache.CACHE_DIR / verdicts.VERDICTS_DIR).exists()


def test_a_damaged_entry_is_only_slower(
    desk: Path, loads: list[Path], capsys: pytest.CaptureFixture[str]
) -> None:
    first = run(capsys, "check", "articles/b.md")
    for entry in (desk / cache.CACHE_DIR / verdicts.VERDICTS_DIR).iterdir():
        entry.write_bytes(entry.read_bytes()[:40])
    assert run(capsys, "check", "articles/b.md") == first
    assert len(loads) == 2


def test_an_input_error_is_reported_however_the_verdicts_stand(
    desk: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    run(capsys, "check", "articles/a.md")
    (desk / "facts" / "other.yaml").write_text("leaders: [\n", "utf-8")
    status, _, err = run(capsys, "check", "articles/a.md")
    assert status == 2
    assert err.startswith("facts/other.yaml:")


def test_extract_of_an_article_keeps_the_verdicts_the_next_check_gives(
    desk: Path, loads: list[Path], capsys: pytest.CaptureFixture[str]
) -> None:
    """The hook right after ``extract PATH`` answers from what extract kept: the
    verdicts in the desk as written, every claim where the new claims.yaml puts it."""
    moved = ARTICLE.replace("North Korean", "A new first line.\n\nNorth Korean")
    (desk / "articles" / "a.md").write_text(moved, "utf-8")
    assert run(capsys, "extract", "--no-progress", "articles/a.md")[0] == 0
    loads.clear()
    kept = run(capsys, "check", "articles/a.md")
    assert loads == []  # answered from what extract kept
    assert kept == judged_afresh(capsys, "articles/a.md")
    held = verdicts.kept(desk, ["articles/a.md"], strict=False)
    assert held is not None
    fresh = verdicts.verdicts_of(Desk.load(desk), "articles/a.md")
    assert held["articles/a.md"] == fresh  # each claim's line in claims.yaml too
    assert {r.claim.line for r in fresh.results} >= {7, 8}  # moved down two lines


def test_extract_of_the_whole_desk_keeps_no_verdicts(
    desk: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(capsys, "extract", "--no-progress")[0] == 0
    assert not (desk / cache.CACHE_DIR / verdicts.VERDICTS_DIR).exists()


# A fresh process running ``factsuite check ARTICLE``, printing which of these it imported.
_CHECK_AND_LIST_LOADERS = """
import contextlib, io, sys
from factsuite import cli
with contextlib.redirect_stdout(io.StringIO()):
    cli.main(["check", sys.argv[1]])
heavy = ("factsuite.desk", "factsuite.compare", "factsuite.facts", "factsuite.articles",
         "factsuite.kinds.base", "yaml")
print(",".join(name for name in heavy if name in sys.modules))
"""


def test_kept_verdicts_are_given_without_the_core_or_the_loaders(desk: Path) -> None:
    """What the hook imports to give kept verdicts: no comparison core, no fact or
    article loader, no kind, no YAML (most of a warm hook's time, as measured by
    benchmarks/archive.py, was importing them)."""
    command = [sys.executable, "-c", _CHECK_AND_LIST_LOADERS, "articles/a.md"]
    judged = subprocess.run(command, cwd=desk, check=True, capture_output=True, text=True)
    assert "factsuite.compare" in judged.stdout  # judged: the first check
    kept = subprocess.run(command, cwd=desk, check=True, capture_output=True, text=True)
    assert kept.stdout.strip() == ""
