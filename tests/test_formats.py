"""GitHub workflow commands, the job summary and SARIF, from hand-built results of
every verdict."""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import jsonschema
import pytest
from hypothesis import given
from hypothesis import strategies as st

from factsuite import formats, home
from factsuite.model import Claim, Result, Span, Verdict
from factsuite.report import render
from tests.conftest import REPO

SCHEMA_FILE = REPO / "tests" / "data" / "sarif-schema-2.1.0.json"
SCHEMA = json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))
SPAN = Span(6, 24, 6, 26)


def result(
    verdict: Verdict,
    *,
    article: str = "articles/a.md",
    quote: str = "25",
    message: str = "contradicts: '25' but it is 26",
    span: Span | None = SPAN,
) -> Result:
    claim = Claim(article=article, line=6, column=24, quote=quote, kind="number", fact="leaders")
    return Result(
        claim=claim,
        verdict=verdict,
        stated=quote,
        expected="26",
        message=message,
        sources=("https://example.org/leaders",),
        span=span,
        sentence=f"It will bring together {quote} foreign leaders.",
        sentence_offset=23,
    )


def unescape(text: str) -> str:
    """What the Actions runner does to a command's data or property."""
    for code, char in (("%0D", "\r"), ("%0A", "\n"), ("%3A", ":"), ("%2C", ","), ("%25", "%")):
        text = text.replace(code, char)
    return text


def parse_command(line: str) -> tuple[str, dict[str, str], str]:
    match = re.fullmatch(r"::(\w+) ([^:]*)::(.*)", line)
    assert match, line
    properties = dict(item.split("=", 1) for item in match.group(2).split(","))
    return match.group(1), {k: unescape(v) for k, v in properties.items()}, unescape(match.group(3))


# GitHub ------------------------------------------------------------------------------


def test_escaping_follows_the_actions_toolkit() -> None:
    assert formats.escape_data("100%\r\nnext: a, b") == "100%25%0D%0Anext: a, b"
    assert formats.escape_property("100%\r\nnext: a, b") == "100%25%0D%0Anext%3A a%2C b"
    # % first, so an escape is never escaped twice.
    assert formats.escape_property("%3A") == "%253A"


def test_a_failure_is_an_error_annotation_at_the_claim() -> None:
    line = formats.github_command(result(Verdict.CONTRADICTS))
    command, properties, message = parse_command(line)
    assert command == "error"
    assert properties == {
        "file": "articles/a.md",
        "line": "6",
        "col": "24",
        "endLine": "6",
        "endColumn": "26",
        "title": "factsuite: contradicts",
    }
    # The message is render()'s diagnostic, minus the place the properties carry.
    assert message == render(result(Verdict.CONTRADICTS)).split(": ", 1)[1]
    assert message.splitlines()[:3] == [
        "contradicts: '25' but it is 26",
        "    It will bring together 25 foreign leaders.",
        "    " + " " * 23 + "^^",
    ]


def test_awkward_text_survives_the_round_trip() -> None:
    awkward = result(
        Verdict.MISSPELLED,
        article="articles/a, b: 100%.md",
        quote="50%",
        message="misspelled: 50% of\r\nthe: vote, :: twice",
    )
    line = formats.github_command(awkward)
    assert "\n" not in line
    assert "\r" not in line
    command, properties, message = parse_command(line)
    assert command == "error"
    assert properties["file"] == "articles/a, b: 100%.md"
    assert message.startswith("misspelled: 50% of\r\nthe: vote, :: twice\n")


@pytest.mark.parametrize(
    ("verdict", "expected"),
    [(Verdict.NEEDS_REVIEW, "warning"), (Verdict.UNVERIFIABLE, "notice")],
)
def test_a_skip_is_a_warning_when_someone_has_to_act(verdict: Verdict, expected: str) -> None:
    command, properties, _ = parse_command(formats.github_command(result(verdict)))
    assert command == expected
    assert properties["title"] == f"factsuite: {verdict.value}"


def test_agreement_is_not_annotated() -> None:
    text = formats.github([result(Verdict.AGREES), result(Verdict.OUTDATED)], annotations="all")
    assert [parse_command(line)[0] for line in text.splitlines()] == ["error"]


EVERY_VERDICT = [result(v, quote=f"q{i}") for i, v in enumerate(Verdict)]


def test_the_command_offers_the_annotation_choices_there_are() -> None:
    from factsuite import cli

    assert cli.ANNOTATIONS == formats.ANNOTATIONS


def test_only_failures_are_annotated_by_default() -> None:
    # GitHub shows a handful of annotations per step: skips would crowd out failures.
    text = formats.github(EVERY_VERDICT)
    titles = [parse_command(line)[1]["title"] for line in text.splitlines()]
    failed = [v for v in Verdict if v.outcome == "failed"]
    assert titles == [f"factsuite: {v.value}" for v in failed]


def test_all_annotations_add_the_skipped_claims() -> None:
    text = formats.github(EVERY_VERDICT, annotations="all")
    commands = [parse_command(line)[0] for line in text.splitlines()]
    assert len(commands) == len(Verdict) - 1
    assert commands.count("warning") == 1  # needs-review
    assert commands.count("notice") == 1  # unverifiable


def test_strict_mode_failures_are_errors_by_default() -> None:
    unreviewed = Result(
        claim=result(Verdict.NEEDS_REVIEW).claim,
        verdict=Verdict.NEEDS_REVIEW,
        stated="",
        expected="",
        message="needs review",
        review_required=True,
    )
    (line,) = formats.github([unreviewed]).splitlines()
    assert parse_command(line)[0] == "error"


# The job's summary ----------------------------------------------------------------


def test_the_step_summary_counts_verdicts_and_tables_failures() -> None:
    text = formats.step_summary([result(Verdict.AGREES), *EVERY_VERDICT], "desk/")
    lines = text.splitlines()
    assert lines[0] == "## factsuite"
    assert "| agrees | 2 |" in lines
    assert "| contradicts | 1 |" in lines
    assert "| needs-review | 1 |" in lines
    header = "| place | quote | verdict | stated | canonical | source |"
    rows = lines[lines.index(header) + 2 :]
    assert len(rows) == sum(v.outcome == "failed" for v in Verdict)
    assert rows[0] == (
        "| desk/articles/a.md:6:24 | q1 | contradicts | q1 | 26 | https://example.org/leaders |"
    )


def test_the_step_summary_keeps_each_row_on_one_line() -> None:
    awkward = result(Verdict.CONTRADICTS, quote="a | b\nc", message="x")
    lines = formats.step_summary([awkward]).splitlines()
    assert "| articles/a.md:6:24 | a \\| b c | contradicts | a \\| b c | 26 |" in "\n".join(lines)


def test_the_step_summary_is_bounded() -> None:
    many = [result(Verdict.CONTRADICTS, quote="x" * 1000) for _ in range(500)]
    text = formats.step_summary(many)
    rows = [line for line in text.splitlines() if line.startswith("| articles/")]
    assert len(rows) == formats.SUMMARY_ROWS
    assert f"and {500 - formats.SUMMARY_ROWS} more failures" in text
    assert max(len(row) for row in rows) < 6 * formats.SUMMARY_CELL
    assert len(text) < 100_000


def test_no_failure_no_table() -> None:
    text = formats.step_summary([result(Verdict.AGREES)])
    assert "| place |" not in text
    assert "1 claim checked, 0 failed." in text


# Where the repository is --------------------------------------------------------------


def test_the_prefix_is_the_desk_below_the_nearest_git_folder(tmp_path: Path) -> None:
    desk = tmp_path / "repo" / "newsroom" / "desk"
    desk.mkdir(parents=True)
    (tmp_path / "repo" / ".git").mkdir()
    # from anywhere: the desk's own folder, or a folder outside the repository
    assert formats.repository_prefix(desk, desk, {}) == "newsroom/desk/"
    assert formats.repository_prefix(desk, tmp_path, {}) == "newsroom/desk/"


def test_a_worktree_git_file_marks_the_root_too(tmp_path: Path) -> None:
    (tmp_path / "desk").mkdir()
    (tmp_path / ".git").write_text("gitdir: /elsewhere\n", encoding="utf-8")
    assert formats.repository_prefix(tmp_path / "desk", tmp_path / "desk", {}) == "desk/"


def test_a_desk_at_the_repository_root_has_no_prefix(tmp_path: Path) -> None:
    (tmp_path / ".git").mkdir()
    assert formats.repository_prefix(tmp_path, tmp_path, {}) == ""
    workspace = {"GITHUB_WORKSPACE": str(tmp_path)}
    assert formats.repository_prefix(tmp_path, tmp_path, workspace) == ""


def test_the_actions_workspace_is_the_root_when_set(tmp_path: Path) -> None:
    # A checkout into a sub-folder of the workspace (actions/checkout `path:`) has its
    # .git below the workspace; GitHub reads paths against the workspace.
    desk = tmp_path / "checkout" / "desk"
    desk.mkdir(parents=True)
    (tmp_path / "checkout" / ".git").mkdir()
    workspace = {"GITHUB_WORKSPACE": str(tmp_path)}
    assert formats.repository_prefix(desk, desk, workspace) == "checkout/desk/"
    # a workspace that does not hold the desk is no root of it
    elsewhere = {"GITHUB_WORKSPACE": str(tmp_path / "elsewhere")}
    assert formats.repository_prefix(desk, desk, elsewhere) == "desk/"


def test_outside_a_repository_the_prefix_is_the_desk_below_here(tmp_path: Path) -> None:
    desk = tmp_path / "desk"
    desk.mkdir()
    if any((folder / ".git").exists() for folder in (tmp_path, *tmp_path.parents)):
        pytest.skip("the temporary folder lies inside a git repository")
    assert formats.repository_prefix(desk, tmp_path, {}) == "desk/"
    assert formats.repository_prefix(desk, desk, {}) == ""


def test_a_multi_line_span_has_no_columns() -> None:
    # GitHub takes columns only for an annotation on one line.
    line = formats.github_command(result(Verdict.STALE, span=Span(6, 24, 7, 3)))
    _, properties, _ = parse_command(line)
    assert properties == {
        "file": "articles/a.md",
        "line": "6",
        "endLine": "7",
        "title": "factsuite: stale",
    }


def test_a_desk_in_a_sub_folder_is_prefixed() -> None:
    _, properties, _ = parse_command(formats.github_command(result(Verdict.STALE), "desk/"))
    assert properties["file"] == "desk/articles/a.md"


# SARIF ------------------------------------------------------------------------------------


def validate(log: dict[str, object]) -> None:
    validator = jsonschema.Draft4Validator(
        SCHEMA, format_checker=jsonschema.Draft4Validator.FORMAT_CHECKER
    )
    validator.validate(log)


def test_the_schema_is_the_official_one() -> None:
    assert SCHEMA["id"] == formats.SARIF_SCHEMA
    assert SCHEMA["title"] == "Static Analysis Results Format (SARIF) Version 2.1.0 JSON Schema"
    jsonschema.Draft4Validator.check_schema(SCHEMA)


def test_the_schema_rejects_what_is_not_sarif() -> None:
    # So that the validation below can fail at all.
    log = formats.sarif_log([result(Verdict.CONTRADICTS)])
    log["runs"][0]["results"][0]["level"] = "fatal"
    with pytest.raises(jsonschema.ValidationError):
        validate(log)
    log = formats.sarif_log([result(Verdict.CONTRADICTS)])
    region = log["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["region"]
    region["startLine"] = 0
    with pytest.raises(jsonschema.ValidationError):
        validate(log)


def test_every_verdict_makes_valid_sarif() -> None:
    results = [result(v, quote=f"q{i}") for i, v in enumerate(Verdict)]
    text = formats.sarif(results, "desk/")
    log = json.loads(text)
    validate(log)
    (run,) = log["runs"]
    assert log["version"] == "2.1.0"
    assert run["tool"]["driver"]["name"] == "factsuite"
    assert run["columnKind"] == "unicodeCodePoints"
    rules = run["tool"]["driver"]["rules"]
    assert [r["id"] for r in rules] == [v.value for v in formats.RULES]
    assert "agrees" not in {r["ruleId"] for r in run["results"]}
    assert len(run["results"]) == len(Verdict) - 1
    for entry in run["results"]:
        assert rules[entry["ruleIndex"]]["id"] == entry["ruleId"]
        verdict = Verdict(entry["ruleId"])
        assert entry["level"] == ("error" if verdict.outcome == "failed" else "note")
        (location,) = entry["locations"]
        physical = location["physicalLocation"]
        assert physical["artifactLocation"]["uri"] == "desk/articles/a.md"
        assert physical["region"]["startLine"] == 6
        assert physical["region"]["startColumn"] == 24
        assert physical["region"]["endColumn"] == 26
        assert entry["message"]["text"].startswith("contradicts: '25' but it is 26\n")


def sarif_fingerprints(results: list[Result]) -> list[str]:
    log = formats.sarif_log(results)
    return [r["partialFingerprints"]["factsuiteClaim/v2"] for r in log["runs"][0]["results"]]


def test_fingerprints_follow_the_claim_not_its_place() -> None:
    (here,) = sarif_fingerprints([result(Verdict.CONTRADICTS)])
    (moved,) = sarif_fingerprints([result(Verdict.CONTRADICTS, span=Span(9, 1, 9, 3))])
    (other,) = sarif_fingerprints([result(Verdict.CONTRADICTS, quote="27")])
    assert here == moved
    assert here != other


def at_line(line: int) -> Result:
    return result(Verdict.CONTRADICTS, span=Span(line, 24, line, 26))


@given(
    lines=st.lists(st.integers(1, 500), min_size=2, max_size=8, unique=True),
    shift=st.integers(0, 100),
)
def test_each_occurrence_has_its_own_stable_fingerprint(lines: list[int], shift: int) -> None:
    # The same quote citing the same fact several times in one article: one alert
    # each, and lines added above them (all moved alike) change no fingerprint.
    before = sarif_fingerprints([at_line(n) for n in lines])
    after = sarif_fingerprints([at_line(n + shift) for n in lines])
    assert len(set(before)) == len(lines)
    assert before == after


def test_an_occurrence_keeps_its_fingerprint_when_another_starts_to_agree() -> None:
    _, second = sarif_fingerprints([at_line(3), at_line(8)])
    fixed = result(Verdict.AGREES, span=Span(3, 24, 3, 26))
    assert sarif_fingerprints([fixed, at_line(8)]) == [second]


def test_every_rule_has_help_and_a_link_to_its_verdict() -> None:
    rules = formats.sarif_log([])["runs"][0]["tool"]["driver"]["rules"]
    reference = (REPO / "docs" / "reference.md").read_text(encoding="utf-8")
    for rule in rules:
        verdict = Verdict(rule["id"])
        assert rule["help"]["text"].startswith(formats.RULES[verdict])
        assert formats.ADVICE[verdict] in rule["help"]["text"]
        assert formats.ADVICE[verdict] in rule["help"]["markdown"]
        assert rule["helpUri"] in rule["help"]["markdown"]
        page, _, anchor = rule["helpUri"].partition("#")
        assert page == formats.REFERENCE_URL
        assert f'<a id="{anchor}"></a>`{verdict.value}`' in reference


def test_the_docs_url_is_the_projects() -> None:
    if sys.version_info >= (3, 11):
        import tomllib
    else:
        import tomli as tomllib
    project = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert project["urls"]["Documentation"] == formats.DOCS_URL
    assert project["urls"]["Repository"] == home.REPOSITORY
    assert formats.REFERENCE_URL.startswith(formats.DOCS_URL)
