"""The ``factsuite`` command: selection, formats, exit statuses and error messages."""

from __future__ import annotations

import io
import json
import re
import shutil
import subprocess
import sys
import types
from collections.abc import Callable
from pathlib import Path

import jsonschema
import pytest

from factsuite import cli
from tests.conftest import ARTICLE, FACTS, REPO
from tests.conftest import run_cli as run

SARIF_SCHEMA = json.loads((REPO / "tests" / "data" / "sarif-schema-2.1.0.json").read_text("utf-8"))
REPORT_KEYS = {
    "article", "line", "column", "end_line", "end_column", "quote", "fact", "kind",
    "outcome", "verdict", "stated", "expected", "message", "sources", "test",
}  # fmt: skip

# The same article with a planted wrong count (26 -> 25).
WRONG = ARTICLE.replace("26 foreign", "25 foreign")
# Facts split in two files, so that a fact file can select articles.
DATE_FACTS = """\
parade.date:
  type: date
  label: the parade
  value: 2025-09-03
  sources: [https://example.org/parade]
"""
OTHER_FACTS = FACTS.replace(DATE_FACTS, "")


def claim_entry(article: str, text: str, quote: str, kind: str, fact: str | None) -> str:
    """A claims.yaml entry for the first ``quote`` in the body of ``text``, at its
    exact place in the file."""
    offset = text.index(quote, text.index("\n---\n") + 5)
    line = text.count("\n", 0, offset) + 1
    column = offset - (text.rfind("\n", 0, offset) + 1) + 1
    bound = f"    fact: {fact}\n    status: confirmed\n" if fact else "    status: pending\n"
    return (
        f"  - article: articles/{article}\n    line: {line}\n    column: {column}\n"
        f"    quote: {json.dumps(quote)}\n    kind: {kind}\n" + bound
    )


def claims_for(articles: dict[str, str]) -> str:
    """Claims on each article: the name, the title, the count, the parade's date, and
    one claim not bound to a fact yet (a skip)."""
    entries = []
    for name, text in articles.items():
        count = "25" if "25 foreign" in text else "26"
        entries += [
            claim_entry(name, text, "Kim Jong Un", "name", "kim-jong-un"),
            claim_entry(name, text, "North Korean leader Kim Jong Un", "role", "kim-jong-un"),
            claim_entry(name, text, count, "number", "leaders"),
            claim_entry(name, text, "next week", "date", "parade.date"),
            claim_entry(name, text, "attend", "attribute", None),
        ]
    return "version: 1\nclaims:\n" + "".join(entries)


@pytest.fixture
def desk(make_desk: Callable[..., Path], monkeypatch: pytest.MonkeyPatch) -> Path:
    """A desk with a good article (a.md) and a wrong one (b.md); cwd is its root."""
    articles = {"a.md": ARTICLE, "b.md": WRONG}
    root = make_desk(
        facts={"dates.yaml": DATE_FACTS, "other.yaml": OTHER_FACTS},
        articles=articles,
        claims=claims_for(articles),
    )
    monkeypatch.chdir(root)
    return root


# Exit statuses and the text format -----------------------------------------------------


def test_a_good_article_passes(desk: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = run(capsys, "check", "articles/a.md")
    assert status == 0
    assert out == "5 claims: 4 agrees, 1 needs-review, 1 unreviewed\n"
    assert err == ""


def test_strict_fails_a_claim_nobody_has_reviewed(
    desk: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out, err = run(capsys, "check", "--strict", "articles/a.md")
    assert status == 1
    assert out.startswith(
        "articles/a.md:5:38: needs review: not bound to any fact yet (strict mode: it still"
        " needs a person's review: run factsuite extract, then factsuite review)\n"
    )
    assert out.endswith("5 claims: 4 agrees, 1 needs-review, 1 unreviewed\n")
    assert err == ""


def test_strict_true_in_the_table_is_strict_mode(
    desk: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (desk / "pyproject.toml").write_text("[tool.factsuite]\nstrict = true\n", encoding="utf-8")
    status, out, _ = run(capsys, "check", "articles/a.md")
    assert status == 1
    assert "(strict mode: it still needs a person's review" in out
    (desk / "pyproject.toml").write_text("[tool.factsuite]\nstrict = false\n", encoding="utf-8")
    assert run(capsys, "check", "articles/a.md")[0] == 0


def test_bad_settings_are_an_input_error(desk: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (desk / "pyproject.toml").write_text("[tool.factsuite]\nstrickt = true\n", encoding="utf-8")
    status, out, err = run(capsys, "check")
    assert status == 2
    assert out == ""
    assert err.startswith("pyproject.toml:2: [tool.factsuite] strickt: unknown key")
    assert len(err.splitlines()) == 1


def test_a_folder_of_facts_alone_is_no_desk(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "facts").mkdir()
    (tmp_path / "articles").mkdir()
    monkeypatch.chdir(tmp_path)
    status, _, err = run(capsys, "check")
    assert status == 2
    assert "no desk here" in err
    (tmp_path / "pyproject.toml").write_text("[tool.factsuite]\n", encoding="utf-8")
    status, out, _ = run(capsys, "check")
    assert (status, out) == (0, "0 claims: none\n")


def test_a_wrong_number_fails_with_a_compiler_style_diagnostic(
    desk: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out, _ = run(capsys, "check", "articles/b.md")
    assert status == 1
    lines = out.splitlines()
    assert lines[0].startswith("articles/b.md:6:24: contradicts: '25' ")
    assert lines[1] == "    It will bring together 25 foreign leaders."
    assert lines[2] == "    " + " " * 23 + "^^"
    assert "  expected: 26" in lines
    assert "  source:   https://example.org/leaders" in lines
    assert lines[-1] == "5 claims: 3 agrees, 1 contradicts, 1 needs-review, 1 unreviewed"
    assert "\x1b[" not in out  # captured output is not a terminal: no colour


def test_every_article_by_default(desk: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "check")
    assert status == 1
    summary = "10 claims: 7 agrees, 1 contradicts, 2 needs-review, 2 unreviewed"
    assert out.splitlines()[-1] == summary
    assert "articles/a.md" not in out  # only failures are shown


def test_verbose_lists_skipped_claims_briefly(
    desk: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _, quiet, _ = run(capsys, "check", "articles/a.md")
    _, verbose, _ = run(capsys, "check", "-v", "articles/a.md")
    assert "needs review" not in quiet
    assert verbose.splitlines() == [
        "articles/a.md:5:38: needs review: not bound to any fact yet",
        "5 claims: 4 agrees, 1 needs-review, 1 unreviewed",
    ]


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_colour_only_on_a_terminal_without_no_color(
    desk: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("NO_COLOR", raising=False)
    terminal = _Terminal()
    monkeypatch.setattr(sys, "stdout", terminal)
    assert cli.main(["check", "articles/b.md"]) == 1
    assert "\x1b[31m" in terminal.getvalue()

    monkeypatch.setenv("NO_COLOR", "1")
    terminal = _Terminal()
    monkeypatch.setattr(sys, "stdout", terminal)
    assert cli.main(["check", "articles/b.md"]) == 1
    assert "\x1b[" not in terminal.getvalue()


# Selecting what to check ---------------------------------------------------------------


def _checked_articles(capsys: pytest.CaptureFixture[str], *paths: str) -> set[str]:
    status, out, err = run(capsys, "check", "--format", "json", *paths)
    assert status in (0, 1), err
    return {r["article"] for r in json.loads(out)["results"]}


def test_paths_are_relative_to_the_current_folder_or_absolute(
    desk: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    assert _checked_articles(capsys, "articles/a.md") == {"articles/a.md"}
    assert _checked_articles(capsys, str(desk / "articles" / "b.md")) == {"articles/b.md"}
    monkeypatch.chdir(desk / "articles")  # the desk is found upward
    assert _checked_articles(capsys, "b.md") == {"articles/b.md"}
    assert _checked_articles(capsys, "a.md", "b.md") == {"articles/a.md", "articles/b.md"}


def test_a_fact_file_selects_every_article_citing_its_facts(
    desk: Path, capsys: pytest.CaptureFixture[str], make_desk: Callable[..., Path]
) -> None:
    # c.md cites only the count, so only other.yaml selects it.
    text = ARTICLE
    claims = claims_for({"a.md": ARTICLE, "b.md": WRONG})
    claims += claim_entry("c.md", text, "26", "number", "leaders")
    make_desk(
        facts={"dates.yaml": DATE_FACTS, "other.yaml": OTHER_FACTS},
        articles={"a.md": ARTICLE, "b.md": WRONG, "c.md": text},
        claims=claims,
    )
    assert _checked_articles(capsys, "facts/dates.yaml") == {"articles/a.md", "articles/b.md"}
    assert _checked_articles(capsys, "facts/other.yaml") == {
        "articles/a.md",
        "articles/b.md",
        "articles/c.md",
    }
    # The whole article is checked, not only the claims citing the file's facts.
    status, out, _ = run(capsys, "check", "--format", "json", "facts/dates.yaml")
    assert status == 1
    assert len(json.loads(out)["results"]) == 10


def test_a_folder_selects_everything_under_it(
    desk: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _checked_articles(capsys, "articles") == {"articles/a.md", "articles/b.md"}
    assert _checked_articles(capsys, "claims.yaml") == {"articles/a.md", "articles/b.md"}


def test_an_article_without_claims_is_noted(desk: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (desk / "articles" / "new.md").write_text(ARTICLE, encoding="utf-8")
    status, out, err = run(capsys, "check", "articles/new.md")
    assert status == 0
    # Nothing is recorded for it yet, so each checkable span awaits review.
    assert out == "4 claims: 4 needs-review, 4 unreviewed\n"
    assert err == "articles/new.md: note: no claims to check in it; run factsuite extract\n"


def test_only_the_checked_articles_are_read(desk: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # b.md is broken beyond reading; checking a.md must not notice.
    (desk / "articles" / "b.md").write_bytes(b"\xff\xfe not utf-8")
    status, _, _ = run(capsys, "check", "articles/a.md")
    assert status == 0
    status, _, err = run(capsys, "check", "articles/b.md")
    assert status == 2
    assert err.startswith("articles/b.md:1:1: is not valid UTF-8")


# Formats ---------------------------------------------------------------------------------


def test_json_is_the_report_schema(desk: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "check", "--format", "json")
    assert status == 1
    report = json.loads(out)
    assert set(report) == {"version", "results"}
    assert report["version"] == 1
    assert len(report["results"]) == 10
    assert all(set(r) == REPORT_KEYS and r["test"] == "" for r in report["results"])
    wrong = next(r for r in report["results"] if r["verdict"] == "contradicts")
    assert (wrong["article"], wrong["line"], wrong["column"], wrong["end_column"]) == (
        "articles/b.md",
        6,
        24,
        26,
    )
    assert (wrong["outcome"], wrong["stated"], wrong["expected"]) == ("failed", "25", "26")


def test_github_annotates_failures_only(desk: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "check", "--format", "github")
    assert status == 1
    lines = out.splitlines()
    assert [line.split(" ", 1)[0] for line in lines[:-1]] == ["::error"]
    assert lines[0].startswith(
        "::error file=articles/b.md,line=6,col=24,endLine=6,endColumn=26,"
        "title=factsuite%3A contradicts::contradicts: '25' "
    )
    assert "%0A    It will bring together 25 foreign leaders.%0A" in lines[0]
    assert lines[-1] == "10 claims: 7 agrees, 1 contradicts, 2 needs-review, 2 unreviewed"


def test_all_annotations_warn_of_skips(desk: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "check", "--format", "github", "--annotations", "all")
    assert status == 1
    lines = out.splitlines()
    errors = [line for line in lines if line.startswith("::error ")]
    warnings = [line for line in lines if line.startswith("::warning ")]
    assert len(errors) == 1
    assert len(warnings) == 2
    assert warnings[0].startswith("::warning file=articles/a.md,line=5,col=38,")


@pytest.mark.parametrize("fmt", ["text", "json", "sarif", "claimreview"])
def test_annotations_are_for_github_only(
    desk: Path, capsys: pytest.CaptureFixture[str], fmt: str
) -> None:
    status, out, err = run(capsys, "check", "--format", fmt, "--annotations", "all")
    assert (status, out) == (2, "")
    assert err == (
        "factsuite check: error: --annotations applies to --format github only"
        " (see factsuite check --help)\n"
    )


def test_github_appends_a_summary_to_the_step_summary(
    desk: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    summary = desk / "step_summary.md"
    summary.write_text("## an earlier step\n", encoding="utf-8")
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(summary))
    status, out, _ = run(capsys, "check", "--format", "github")
    assert status == 1
    text = summary.read_text(encoding="utf-8")
    assert text.startswith("## an earlier step\n## factsuite\n")
    assert "| needs-review | 2 |" in text
    assert "| articles/b.md:6:24 | 25 | contradicts | 25 | 26 | https://example.org/leaders |" in (
        text
    )
    assert "::error" in out  # the annotations still go to the log


def test_no_step_summary_unless_github_asks(
    desk: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    summary = desk / "step_summary.md"
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(summary))
    run(capsys, "check", "--format", "sarif")
    assert not summary.exists()


def test_github_paths_start_at_the_repository_root(
    desk: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    # A desk one folder below its repository's root, checked from the desk itself.
    repository = tmp_path_factory.mktemp("repository")
    (repository / ".git").mkdir()
    moved = shutil.copytree(desk, repository / "newsroom")
    monkeypatch.chdir(moved)
    status, out, _ = run(capsys, "check", "--format", "github")
    assert status == 1
    assert "::error file=newsroom/articles/b.md,line=6," in out
    monkeypatch.setenv("GITHUB_WORKSPACE", str(moved))
    status, out, _ = run(capsys, "check", "--format", "github")
    assert "::error file=articles/b.md,line=6," in out


def test_strict_annotates_unreviewed_claims_as_errors(
    desk: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # What the CI of a desk made by `factsuite init` runs: nothing is only a warning.
    status, out, _ = run(capsys, "check", "--strict", "--format", "github")
    assert status == 1
    lines = out.splitlines()
    assert sum(line.startswith("::error ") for line in lines) == 3
    assert not [line for line in lines if line.startswith("::warning ")]
    assert any("title=factsuite%3A needs-review::" in line for line in lines)


def test_sarif_is_valid_sarif_2_1_0(desk: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "check", "--format", "sarif")
    assert status == 1
    log = json.loads(out)
    jsonschema.Draft4Validator(
        SARIF_SCHEMA, format_checker=jsonschema.Draft4Validator.FORMAT_CHECKER
    ).validate(log)
    results = log["runs"][0]["results"]
    # in file order: b.md's needs-review at line 5 comes before its contradiction at 6
    assert [(r["ruleId"], r["level"]) for r in results] == [
        ("needs-review", "note"),
        ("needs-review", "note"),
        ("contradicts", "error"),
    ]
    region = results[2]["locations"][0]["physicalLocation"]["region"]
    assert region == {
        "startLine": 6,
        "startColumn": 24,
        "endLine": 6,
        "endColumn": 26,
        "snippet": {"text": "25"},
    }


def test_output_writes_the_report_to_a_file(desk: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "check", "--format", "json", "--output", "out/report.json")
    assert status == 1
    assert out == "10 claims: 7 agrees, 1 contradicts, 2 needs-review, 2 unreviewed\n"
    report = json.loads((desk / "out" / "report.json").read_text(encoding="utf-8"))
    assert len(report["results"]) == 10


def test_the_cli_and_pytest_give_the_same_verdicts(
    desk: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (desk / "checks").mkdir()
    (desk / "checks" / "test_claims.py").write_text(
        "def test_claim(claim, check_claim):\n    check_claim(claim)\n", encoding="utf-8"
    )
    subprocess.run(
        [sys.executable, "-m", "pytest", "checks", "-q", "-p", "no:cacheprovider",
         "--factsuite-report", "pytest.json"],
        cwd=desk, capture_output=True, check=False,
    )  # fmt: skip
    run(capsys, "check", "--format", "json", "--output", "cli.json")

    def verdicts(name: str) -> list[dict[str, object]]:
        results = json.loads((desk / name).read_text(encoding="utf-8"))["results"]
        return sorted(
            ({k: v for k, v in r.items() if k != "test"} for r in results),
            key=lambda r: (str(r["article"]), int(str(r["line"])), int(str(r["column"]))),
        )

    assert len(verdicts("pytest.json")) == 10
    assert verdicts("cli.json") == verdicts("pytest.json")


def test_python_dash_m_runs_the_same_command_line(desk: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "factsuite", "check", "articles/a.md", "--format", "json"],
        cwd=desk, capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert len(json.loads(done.stdout)["results"]) == 5


# Usage and input errors: exit 2, one clear line, never a traceback ---------------------


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["check", "--bogus"], "factsuite: error: unrecognized arguments: --bogus"),
        (["check", "--format", "xml"], "factsuite check: error: argument --format: invalid choice"),
        ([], "factsuite: error: the following arguments are required: COMMAND"),
        (["impact"], "factsuite impact: error: the following arguments are required: FACT_ID"),
    ],
)
def test_usage_errors(
    desk: Path, capsys: pytest.CaptureFixture[str], argv: list[str], message: str
) -> None:
    status, out, err = run(capsys, *argv)
    assert status == 2
    assert out == ""
    assert err.startswith(message)
    assert err.count("\n") == 1


def test_a_malformed_fact_file_is_located(desk: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (desk / "facts" / "x.yaml").write_text(
        "oops:\n  type: date\n  value: [2020\n", encoding="utf-8"
    )
    status, out, err = run(capsys, "check")
    assert status == 2
    assert out == ""
    assert re.fullmatch(r"facts/x\.yaml:\d+:\d+: .+\n", err), err


def test_an_unknown_fact_type_is_located(desk: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (desk / "facts" / "x.yaml").write_text(
        "oops:\n  type: rumour\n  sources: [x]\n", encoding="utf-8"
    )
    status, _, err = run(capsys, "check", "articles/a.md")
    assert status == 2
    assert err.startswith("facts/x.yaml:2:9: unknown fact type 'rumour'")


@pytest.mark.parametrize(
    ("path", "message"),
    [
        ("articles/missing.md", "articles/missing.md: no such file or folder"),
        ("../elsewhere.md", "../elsewhere.md: lies outside the desk\n"),
        ("facts/notes.json", "facts/notes.json: is neither an article"),
    ],
)
def test_bad_paths(desk: Path, capsys: pytest.CaptureFixture[str], path: str, message: str) -> None:
    (desk.parent / "elsewhere.md").write_text(ARTICLE, encoding="utf-8")
    (desk / "facts" / "notes.json").write_text("{}", encoding="utf-8")
    status, _, err = run(capsys, "check", path)
    assert status == 2
    assert err.startswith(message)


def test_no_desk(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    status, _, err = run(capsys, "check")
    assert status == 2
    assert "no desk here: no pyproject.toml with [tool.factsuite]" in err


# impact ------------------------------------------------------------------------------------


def test_impact_lists_citing_lines_per_fact(desk: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "impact", "leaders", "parade.date")
    assert status == 0
    assert out.split("\n\n") == [
        "leaders — foreign leaders attending (facts/other.yaml:1): 2 claims in 2 articles\n"
        "articles/a.md:6:24: 26\n"
        "articles/b.md:6:24: 25",
        "parade.date — the parade (facts/dates.yaml:1): 2 claims in 2 articles\n"
        "articles/a.md:5:56: next week\n"
        "articles/b.md:5:56: next week\n",
    ]


def test_impact_as_json(desk: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "impact", "--format", "json", "trade.share")
    assert status == 0
    assert json.loads(out) == {
        "version": 1,
        "facts": [
            {
                "fact": "trade.share",
                "label": "China's share of trade",
                "path": "facts/other.yaml",
                "line": 6,
                "articles": [],
                "claims": [],
            }
        ],
    }


def test_impact_of_an_unknown_fact(desk: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = run(capsys, "impact", "leaders", "leader")
    assert status == 2
    assert out == ""
    assert err == "factsuite impact: unknown fact id 'leader' (did you mean leaders?)\n"


# extract: parsed here, run by factsuite.extraction.command ---------------------------------


def test_extract_dispatches_to_the_extraction_command(
    desk: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    calls = []

    def fake_run(
        root: Path,
        paths: list[str],
        check: bool,
        progress: bool,
        out: object,
        err: object,
        prune: bool,
        jobs: int,
    ) -> int:
        calls.append((root, paths, check, progress, prune, jobs))
        return 1

    module = types.ModuleType("factsuite.extraction.command")
    module.run = fake_run  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "factsuite.extraction.command", module)
    assert cli.main(["extract", "articles/a.md", "--check", "--no-progress"]) == 1
    assert cli.main(["extract", "--prune", "-j", "2"]) == 1
    assert cli.main(["extract", "--jobs", "auto"]) == 1
    assert calls == [
        (desk.resolve(), ["articles/a.md"], True, False, False, 1),
        (desk.resolve(), [], False, True, True, 2),
        (desk.resolve(), [], False, True, False, 0),
    ]


def test_extract_without_extraction_is_a_clear_error(
    desk: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "factsuite.extraction.command", None)  # import fails
    status, _, err = run(capsys, "extract")
    assert status == 2
    assert err.startswith("factsuite extract: extraction is not available")


# The installed console script ------------------------------------------------------------


def _script() -> str:
    script = Path(sys.executable).with_name("factsuite")
    if not script.exists():
        pytest.skip("the factsuite console script is not installed beside this Python")
    return str(script)


def test_the_console_script(desk: Path) -> None:
    def console(*argv: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [_script(), *argv], cwd=desk, capture_output=True, text=True, check=False
        )

    assert console("check", "articles/a.md").returncode == 0
    failed = console("check", "articles/b.md")
    assert failed.returncode == 1
    assert "articles/b.md:6:24: contradicts" in failed.stdout
    bad = console("check", "--format", "nope")
    assert bad.returncode == 2
    assert "Traceback" not in bad.stderr
    (desk / "facts" / "x.yaml").write_text("a: [\n", encoding="utf-8")
    broken = console("check")
    assert broken.returncode == 2
    assert broken.stderr.startswith("facts/x.yaml:")
    assert "Traceback" not in broken.stderr


def test_check_does_not_import_pytest(desk: Path) -> None:
    probe = (
        "import sys\nfrom factsuite.cli import main\nstatus = main(['check', 'articles/b.md'])\n"
        "print('pytest' in sys.modules, status, file=sys.stderr)"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe], cwd=desk, capture_output=True, text=True, check=False
    )
    assert done.stderr.strip() == "False 1"


def test_a_desk_in_a_sub_folder_is_found_from_the_paths(
    desk: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # As a hook runs at the repository root, with the desk one folder down.
    monkeypatch.chdir(desk.parent)
    article = f"{desk.name}/articles/b.md"
    status, out, _ = run(capsys, "check", "--format", "github", article)
    assert status == 1
    assert f"::error file={desk.name}/articles/b.md,line=6,col=24," in out
    status, out, _ = run(capsys, "check", article)
    assert out.startswith("articles/b.md:6:24: contradicts")  # text and json stay desk-relative
