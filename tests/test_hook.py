"""The console script's kept answers (hook.py, answers.py): ``factsuite check
[--strict] ARTICLE ...`` printed without argparse, msgspec or the model, byte for
byte as the full command prints it, and only while nothing the answer depends on
has changed."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from factsuite import answers, cache, deskfiles, signatures, verdicts
from factsuite.kinds import registry
from tests.conftest import ARTICLE
from tests.conftest import run_cli as run
from tests.test_cli import DATE_FACTS, OTHER_FACTS, WRONG, claims_for
from tests.test_kinds import shout_desk

Output = tuple[int, str, str]


@pytest.fixture
def settled(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Every file counts as written long ago (signatures.py), so a test need not wait
    two seconds before answers are kept; each edit below moves a file's mtime on.
    factsuite's own code too: its fingerprint, kept for the process, is taken again
    so (as the hook takes it), however lately a module was saved."""
    monkeypatch.setattr(signatures, "RACY_NS", -(10**12))
    monkeypatch.setattr(cache, "_RACY_NS", -(10**12))
    fingerprint = cache._code_fingerprint  # a test may put another in its place
    fingerprint.cache_clear()
    yield
    fingerprint.cache_clear()


@pytest.fixture
def desk(make_desk: Callable[..., Path], monkeypatch: pytest.MonkeyPatch, settled: None) -> Path:
    """A good article (a.md), a wrong one (b.md), and one without claims (c.md, with
    an invisible character); cwd is the desk's root."""
    articles = {"a.md": ARTICLE, "b.md": WRONG}
    root = make_desk(
        facts={"dates.yaml": DATE_FACTS, "other.yaml": OTHER_FACTS},
        articles={**articles, "c.md": ARTICLE.replace("the parade next", "the par\u200bade next")},
        claims=claims_for(articles),
    )
    monkeypatch.chdir(root)
    return root


def edit(path: Path, text: str) -> None:
    """Write ``text`` to ``path``, its mtime a second past the last: a new signature
    even within one tick of the clock."""
    before = path.stat().st_mtime_ns if path.exists() else time.time_ns()
    path.write_text(text, encoding="utf-8")
    os.utime(path, ns=(before + 10**9, before + 10**9))


def hooked(capsys: pytest.CaptureFixture[str], *argv: str) -> Output | None:
    """What the console script answers by itself, or None when it falls through."""
    status = answers.answered(list(argv), sys.stdout, sys.stderr)
    out, err = capsys.readouterr()
    if status is None:
        assert out == err == ""  # nothing printed before falling through
        return None
    return status, out, err


ARGVS = [
    ("articles/a.md",),
    ("articles/b.md",),
    ("articles/b.md", "articles/a.md"),
    ("articles/c.md", "articles/b.md", "./articles/a.md", "articles/c.md"),  # notes, warnings
    ("--strict", "articles/a.md"),
    ("articles/b.md", "articles/c.md", "--strict", "--strict"),
]


@pytest.mark.parametrize("argv", ARGVS)
def test_the_answer_is_what_the_full_command_prints(
    desk: Path, capsys: pytest.CaptureFixture[str], argv: tuple[str, ...]
) -> None:
    assert hooked(capsys, "check", *argv) is None  # nothing kept yet
    judged = run(capsys, "check", *argv)
    kept = run(capsys, "check", *argv)  # the kept verdicts' way
    answered = hooked(capsys, "check", *argv)
    assert answered == kept == judged == run(capsys, "check", "--no-cache", *argv)
    failing = any(name in argv for name in ("articles/b.md", "--strict"))
    assert judged[0] == (1 if failing else 0)


def test_a_desk_in_strict_mode_is_answered_as_strictly(
    desk: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    lenient = run(capsys, "check", "articles/a.md")
    edit(desk / "pyproject.toml", "[tool.factsuite]\nstrict = true\n")
    assert hooked(capsys, "check", "articles/a.md") is None
    strict = run(capsys, "check", "articles/a.md")
    assert hooked(capsys, "check", "articles/a.md") == strict != lenient
    assert strict[0] == 1


def test_the_answer_in_colour_is_the_full_commands_on_a_terminal(
    desk: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("NO_COLOR", raising=False)
    run(capsys, "check", "articles/b.md")
    for terminal in (True, False):
        monkeypatch.setattr(sys.stdout, "isatty", lambda terminal=terminal: terminal)
        full = run(capsys, "check", "articles/b.md")
        assert hooked(capsys, "check", "articles/b.md") == full
        assert ("\x1b[31m" in full[1]) is terminal
    monkeypatch.setenv("NO_COLOR", "1")
    full = run(capsys, "check", "articles/b.md")
    assert hooked(capsys, "check", "articles/b.md") == full
    assert "\x1b[" not in full[1]


# Each thing an answer depends on, changed after it was kept: the console script
# falls through, and the full command's answer shows the change.
def _install(desk: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (Path(sys.path[0]) / "newkind-1.0.dist-info").mkdir()  # import_folder's


CHANGES: dict[str, Callable[[Path, pytest.MonkeyPatch], None]] = {
    "the article": lambda desk, _: edit(
        desk / "articles" / "a.md", ARTICLE.replace("26 foreign", "27 foreign")
    ),
    "a fact file": lambda desk, _: edit(
        desk / "facts" / "other.yaml", OTHER_FACTS.replace("value: 26", "value: 25")
    ),
    "a new fact file": lambda desk, _: edit(
        desk / "facts" / "sub" / "more.yaml", DATE_FACTS.replace("parade.date", "other.date")
    ),
    "claims.yaml": lambda desk, _: edit(
        desk / "claims.yaml",
        (desk / "claims.yaml").read_text("utf-8").replace("status: pending", "status: confirmed"),
    ),
    "pyproject.toml": lambda desk, _: edit(
        desk / "pyproject.toml", "[tool.factsuite]\nstrict = true\n"
    ),
    "factsuite's code": lambda _, patch: patch.setattr(
        answers, "fingerprint_of", lambda *_: b"edited factsuite"
    ),
    "factsuite's version": lambda _, patch: patch.setattr(answers, "__version__", "9.9"),
    "the interpreter": lambda _, patch: patch.setattr(sys, "version", "3.99 (another)"),
    "an import folder": _install,
}


@pytest.fixture
def import_folder(
    desk: Path, monkeypatch: pytest.MonkeyPatch, tmp_path_factory: pytest.TempPathFactory
) -> Path:
    """A folder on sys.path, as site-packages is, settled long ago."""
    folder = tmp_path_factory.mktemp("site")
    os.utime(folder, ns=(0, 0))
    monkeypatch.syspath_prepend(str(folder))
    return folder


@pytest.mark.parametrize("change", CHANGES)
def test_a_change_to_anything_an_answer_depends_on_falls_through(
    desk: Path,
    import_folder: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    change: str,
) -> None:
    (desk / "facts" / "sub").mkdir()
    before = run(capsys, "check", "articles/a.md")
    assert hooked(capsys, "check", "articles/a.md") == before
    CHANGES[change](desk, monkeypatch)
    assert hooked(capsys, "check", "articles/a.md") is None
    after = run(capsys, "check", "articles/a.md")
    if change == "factsuite's code":  # kept under the code's fingerprint as cache.py takes it
        monkeypatch.setattr(cache, "_code_fingerprint", lambda: b"edited factsuite")
        after = run(capsys, "check", "articles/a.md")
    assert hooked(capsys, "check", "articles/a.md") == after  # kept again, as it is now
    if change in ("the article", "a fact file", "claims.yaml", "pyproject.toml"):
        assert after != before


def test_a_desk_in_a_folder_of_its_repository_is_answered_from_the_repository(
    desk: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    """A hook runs at the repository's root, naming desk/articles/a.md: the desk is
    the one above that article (cli.find_root), past a pyproject.toml of another
    project; one that names factsuite may be a desk, so the full command decides."""
    repository = tmp_path_factory.mktemp("repository")
    shutil.copytree(desk, repository / "desk")
    (repository / "pyproject.toml").write_text("[project]\nname = 'site'\n", "utf-8")
    monkeypatch.chdir(repository)
    full = run(capsys, "check", "desk/articles/b.md")
    assert full[0] == 1
    assert hooked(capsys, "check", "desk/articles/b.md") == full
    edit(repository / "pyproject.toml", "[project]\ndependencies = ['factsuite']\n")
    assert hooked(capsys, "check", "desk/articles/b.md") is None
    assert run(capsys, "check", "desk/articles/b.md") == full


def test_strict_is_part_of_the_key(desk: Path, capsys: pytest.CaptureFixture[str]) -> None:
    run(capsys, "check", "articles/a.md")
    assert hooked(capsys, "check", "--strict", "articles/a.md") is None
    strict = run(capsys, "check", "--strict", "articles/a.md")
    assert hooked(capsys, "check", "--strict", "articles/a.md") == strict
    assert strict[0] == 1


def test_the_article_path_is_part_of_the_key(
    desk: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Two articles alike, byte for byte, with different claims: one's answer is not
    the other's."""
    shutil.copy(desk / "articles" / "a.md", desk / "articles" / "e.md")
    run(capsys, "check", "articles/a.md")
    Path(answers.answer_path(str(desk), "articles/a.md")).rename(
        answers.answer_path(str(desk), "articles/e.md")
    )
    assert hooked(capsys, "check", "articles/e.md") is None


@pytest.mark.parametrize(
    "argv",
    [
        ("check",),
        ("check", "-v", "articles/a.md"),
        ("check", "--format", "json", "articles/a.md"),
        ("check", "--", "articles/a.md"),
        ("check", "articles/a.md", "--strict", "articles/b.md"),  # argparse: an error
        ("check", "--str", "articles/a.md"),  # argparse: --strict
        ("check", "articles"),
        ("check", "claims.yaml"),
        ("check", "facts/other.yaml"),
        ("check", "articles/missing.md"),
        ("check", "../outside.md"),
        ("check", "articles/a.md\0"),
        ("extract", "articles/a.md"),
        (),
    ],
)
def test_anything_but_a_kept_check_of_articles_falls_through(
    desk: Path, capsys: pytest.CaptureFixture[str], argv: tuple[str, ...]
) -> None:
    for strict in ((), ("--strict",)):
        run(capsys, "check", *strict, "articles/a.md", "articles/b.md")
        assert hooked(capsys, "check", "articles/a.md", "articles/b.md", *strict) is not None
    (desk.parent / "outside.md").write_text(ARTICLE, "utf-8")
    assert hooked(capsys, *argv) is None


def test_a_damaged_answer_falls_through(desk: Path, capsys: pytest.CaptureFixture[str]) -> None:
    first = run(capsys, "check", "articles/b.md")
    answer = Path(answers.answer_path(str(desk), "articles/b.md"))
    whole = answer.read_bytes()
    for damaged in (whole[:40], whole.replace(b'"tally": [', b'"tally": [7, '), b"[]"):
        answer.write_bytes(damaged)
        assert hooked(capsys, "check", "articles/b.md") is None
        assert run(capsys, "check", "articles/b.md") == first  # and kept again
        assert answer.read_bytes() == whole


def test_symlinks_the_full_command_resolves_fall_through(
    desk: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (desk / "facts" / "sub").mkdir()
    (desk / "facts" / "linked").symlink_to(desk / "facts" / "sub")  # never walked
    run(capsys, "check", "articles/a.md")
    assert hooked(capsys, "check", "articles/a.md") is None
    (desk / "facts" / "linked").unlink()
    run(capsys, "check", "articles/a.md")
    assert hooked(capsys, "check", "articles/a.md") is not None
    folder = desk / cache.CACHE_DIR / answers.ANSWERS_DIR
    folder.rename(desk / "elsewhere")
    folder.symlink_to(desk / "elsewhere")
    assert hooked(capsys, "check", "articles/a.md") is None


def test_only_the_verdicts_kept_for_the_desk_as_it_is_are_answered(
    desk: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Verdicts judged from inputs that changed since (a fact file saved meanwhile)
    are not kept for the answers."""
    run(capsys, "check", "articles/b.md")
    other = verdicts.Verdicts(None, [], [])
    verdicts.keep_answers(desk, {"articles/a.md": other}, strict=False)
    assert not Path(answers.answer_path(str(desk), "articles/a.md")).exists()
    assert Path(answers.answer_path(str(desk), "articles/b.md")).exists()


def test_nothing_is_kept_while_an_input_may_still_change_unseen(
    desk: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A file written within two seconds could change again in the same tick of the
    clock without its signature changing: no answer stands on its signature."""
    monkeypatch.setattr(cache, "_RACY_NS", 10**12)  # every input written just now
    run(capsys, "check", "articles/a.md")
    run(capsys, "check", "articles/a.md")
    assert not (desk / cache.CACHE_DIR / answers.ANSWERS_DIR).exists()
    assert hooked(capsys, "check", "articles/a.md") is None


def test_a_just_written_input_is_not_hashed_for_nothing(
    desk: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Right after ``extract`` wrote claims.yaml, no answer can be kept: the check
    does not read and hash a 10k desk's 15 MB claims.yaml again to find that out."""
    run(capsys, "check", "articles/a.md")
    monkeypatch.setattr(signatures, "RACY_NS", 10**15)  # every input written just now

    def refused(*args: object) -> None:
        raise AssertionError("hashed")

    monkeypatch.setattr(verdicts, "signed_digests", refused)
    assert run(capsys, "check", "articles/a.md")[0] == 0


def test_nothing_is_kept_while_an_import_folder_may_still_change_unseen(
    desk: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """An installation within two seconds could leave its folder's time as it was."""
    monkeypatch.setattr(signatures, "RACY_NS", 10**15)  # every folder changed just now
    run(capsys, "check", "articles/a.md")
    assert (desk / cache.CACHE_DIR / verdicts.VERDICTS_DIR).exists()
    assert not (desk / cache.CACHE_DIR / answers.ANSWERS_DIR).exists()


def test_a_desk_with_kinds_of_its_own_keeps_no_answers(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    settled: None,
) -> None:
    """The hook cannot tell that a desk's own kind module changed: only the full
    command reads it (cache.kinds_key)."""
    monkeypatch.setattr(sys, "path", list(sys.path))
    root = shout_desk(tmp_path, '["deskkinds:ShoutKind"]')
    monkeypatch.chdir(root)
    try:
        for _ in range(2):
            assert run(capsys, "check", "articles/t.md") == (0, "1 claim: 1 agrees\n", "")
    finally:
        sys.modules.pop("deskkinds", None)
        registry.load()
    assert (root / cache.CACHE_DIR / verdicts.VERDICTS_DIR).exists()  # verdicts kept
    assert not (root / cache.CACHE_DIR / answers.ANSWERS_DIR).exists()


def test_the_names_the_hook_mirrors_are_the_desks() -> None:
    assert answers.CACHE_DIR == cache.CACHE_DIR
    assert (answers.FACTS_DIR, answers.CLAIMS_FILE, answers.PYPROJECT) == (
        deskfiles.FACTS_DIR,
        deskfiles.CLAIMS_FILE,
        deskfiles.PYPROJECT,
    )
    assert answers.ARTICLE_SUFFIXES == deskfiles.ARTICLE_SUFFIXES
    assert answers.FACT_SUFFIXES == deskfiles.FACT_SUFFIXES
    assert verdicts.VERDICTS_DIR != answers.ANSWERS_DIR


# A fresh process running the console script's entry point, then printing which of
# these modules it imported.
_SCRIPT = """
import sys
from factsuite.hook import main
status = main(sys.argv[1:])
heavy = ("argparse", "msgspec", "factsuite.cli", "factsuite.model", "factsuite.report",
         "factsuite.verdicts", "factsuite.cache", "typing")
print("imported:", ",".join(name for name in heavy if name in sys.modules))
sys.exit(status)
"""


def test_the_console_script_answers_with_the_standard_library_alone(
    make_desk: Callable[..., Path], tmp_path_factory: pytest.TempPathFactory
) -> None:
    """Run as a writer's hook runs it, in fresh processes, files settled for real."""
    articles = {"a.md": ARTICLE, "b.md": WRONG}
    root = make_desk(
        facts={"dates.yaml": DATE_FACTS, "other.yaml": OTHER_FACTS},
        articles=articles,
        claims=claims_for(articles),
    )
    script = tmp_path_factory.mktemp("script") / "factsuite_script.py"
    script.write_text(_SCRIPT, "utf-8")
    time.sleep(signatures.RACY_NS / 1e9 + 0.2)
    command = [sys.executable, str(script), "check", "articles/b.md", "articles/a.md"]
    outputs = [
        subprocess.run(command, cwd=root, capture_output=True, text=True, check=False)
        for _ in range(2)
    ]
    assert [o.returncode for o in outputs] == [1, 1]
    assert "argparse" in outputs[0].stdout  # judged by the full command
    report = outputs[0].stdout.rpartition("imported:")[0]
    assert outputs[1].stdout == report + "imported: \n"
    assert outputs[1].stderr == outputs[0].stderr
