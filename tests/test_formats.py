"""GitHub workflow commands and SARIF, from hand-built results of every verdict."""

from __future__ import annotations

import json
import re

import jsonschema
import pytest

from factsuite import formats
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


@pytest.mark.parametrize("verdict", [Verdict.UNVERIFIABLE, Verdict.NEEDS_REVIEW])
def test_a_skip_is_a_warning(verdict: Verdict) -> None:
    command, properties, _ = parse_command(formats.github_command(result(verdict)))
    assert command == "warning"
    assert properties["title"] == f"factsuite: {verdict.value}"


def test_agreement_is_not_annotated() -> None:
    text = formats.github([result(Verdict.AGREES), result(Verdict.OUTDATED)])
    assert [parse_command(line)[0] for line in text.splitlines()] == ["error"]


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


def test_fingerprints_follow_the_claim_not_its_place() -> None:
    here = formats.sarif_log([result(Verdict.CONTRADICTS)])
    moved = formats.sarif_log([result(Verdict.CONTRADICTS, span=Span(9, 1, 9, 3))])
    other = formats.sarif_log([result(Verdict.CONTRADICTS, quote="27")])

    def fingerprint(log: dict[str, object]) -> str:
        return log["runs"][0]["results"][0]["partialFingerprints"]["factsuiteClaim/v1"]  # type: ignore[index]

    assert fingerprint(here) == fingerprint(moved)
    assert fingerprint(here) != fingerprint(other)
