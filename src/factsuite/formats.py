"""Reports for CI, code review and publishing: GitHub workflow commands (and the
job's Markdown summary), SARIF 2.1.0, and schema.org ClaimReview.

All are built from report.py's pieces (``record`` for positions, ``render`` for the
explanation), so a claim reads the same in the terminal, in pytest, on a pull
request and in code scanning. Claims that agree are left out: these formats are
lists of things to look at.

``base`` is put before every article path. These formats are read against the
repository, while factsuite's paths are relative to the desk, so a desk in a
sub-folder of its repository passes that folder (with a trailing slash) here:
``repository_prefix`` finds it.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections import Counter
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any, Literal

from factsuite import __version__
from factsuite.home import DOCS_URL
from factsuite.model import Result, Verdict
from factsuite.report import location, record, render

SARIF_VERSION = "2.1.0"
SARIF_SCHEMA = (
    "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
)

# SARIF rules link each verdict to its entry in the reference.
REFERENCE_URL = DOCS_URL + "reference.md"

# What each verdict means, for SARIF rules (mirrors the table in docs/reference.md).
RULES: dict[Verdict, str] = {
    Verdict.CONTRADICTS: "The claim states something else than the canonical fact.",
    Verdict.MISSPELLED: "A name is a near miss of the fact's canonical name.",
    Verdict.OUTDATED: "A title not held on the article's date, or 'former' for a role still held.",
    Verdict.STALE: "The claim's quote is no longer in the article; run factsuite extract.",
    Verdict.UNVERIFIABLE: "No fact covers the claim, or its fact is disputed.",
    Verdict.NEEDS_REVIEW: "The claim is not bound to a fact yet, or its quote cannot be read.",
}


def explanation(result: Result) -> str:
    """``render``'s diagnostic without its leading ``path:line:col: ``, which these
    formats carry in fields of their own."""
    return render(result).removeprefix(f"{location(result)}: ")


# What to do about each verdict, for SARIF rules' help.
ADVICE: dict[Verdict, str] = {
    Verdict.CONTRADICTS: "Correct the article, or, if the article is right, correct the fact "
    "and its source in facts/.",
    Verdict.MISSPELLED: "Spell the name as the fact does, or add the spelling to the fact's "
    "aliases if it is an accepted one.",
    Verdict.OUTDATED: "Give the title the person held on the article's date (or drop 'former').",
    Verdict.STALE: "Run factsuite extract to record the new words; a reviewed claim needs its "
    "words restored, or the new ones confirmed in claims.yaml, or factsuite extract --prune.",
    Verdict.UNVERIFIABLE: "Add a fact that covers the claim (with its source), or leave it "
    "unverifiable with the reason shown.",
    Verdict.NEEDS_REVIEW: "Run factsuite extract, then factsuite review to bind the claim to its "
    "fact (or ignore it with a reason).",
}


def help_uri(verdict: Verdict) -> str:
    """The verdict's entry in the reference's table of verdicts (an anchor there)."""
    return f"{REFERENCE_URL}#verdict-{verdict.value}"


def _reported(results: Iterable[Result]) -> list[Result]:
    return [r for r in results if r.outcome != "passed"]


# Where the repository is ----------------------------------------------------------


def repository_prefix(desk_root: Path, cwd: Path, environ: Mapping[str, str] = os.environ) -> str:
    """The desk's folder relative to the root of its repository, with a trailing
    slash ("" for a desk at the root): what GitHub's annotations and code scanning
    need, since they read paths against the repository.

    The root is ``$GITHUB_WORKSPACE`` when set and the desk lies in it (an Actions
    job), else the nearest folder at or above the desk holding ``.git`` (a folder, or
    a file in a worktree). Outside any repository, the desk's folder as seen from
    the current one (empty when the desk is here or above).
    """
    desk = desk_root.resolve()
    workspace = environ.get("GITHUB_WORKSPACE")
    candidates = [Path(workspace).resolve()] if workspace else []
    candidates.extend(folder for folder in (desk, *desk.parents) if (folder / ".git").exists())
    for root in candidates:
        if desk.is_relative_to(root):
            return "" if desk == root else desk.relative_to(root).as_posix() + "/"
    here = cwd.resolve()
    if desk != here and desk.is_relative_to(here):
        return desk.relative_to(here).as_posix() + "/"
    return ""


# GitHub workflow commands ---------------------------------------------------------


def escape_data(text: str) -> str:
    """A command's message, escaped as the Actions toolkit does (``escapeData``)."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    """A command's property value (``escapeProperty``): also ``:`` and ``,``, which
    would otherwise end the value."""
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


Annotations = Literal["errors", "all"]
ANNOTATIONS: tuple[Annotations, ...] = ("errors", "all")


def _command(result: Result) -> str:
    """``error`` for a failed claim; for a skipped one, ``warning`` when a person has
    something to do (review it) and ``notice`` when not (no fact covers it)."""
    if result.outcome == "failed":
        return "error"
    return "warning" if result.verdict is Verdict.NEEDS_REVIEW else "notice"


def github_command(result: Result, base: str = "") -> str:
    """One ``::error`` (a failed claim), ``::warning`` or ``::notice`` (a skipped one)
    line; the message's newlines are escaped, so an annotation is always one line."""
    entry = record(result)
    properties: dict[str, object] = {"file": base + entry["article"], "line": entry["line"]}
    if entry["end_line"] == entry["line"]:
        # GitHub accepts columns only for a one-line annotation; its end is exclusive,
        # as in the JSON report (ruff and ESLint's formatters write it the same way).
        properties.update(
            col=entry["column"], endLine=entry["end_line"], endColumn=entry["end_column"]
        )
    else:
        properties.update(endLine=entry["end_line"])
    properties["title"] = f"factsuite: {result.verdict.value}"
    fields = ",".join(f"{name}={escape_property(str(value))}" for name, value in properties.items())
    return f"::{_command(result)} {fields}::{escape_data(explanation(result))}"


def github(results: Iterable[Result], base: str = "", annotations: Annotations = "errors") -> str:
    """The annotations of a run: failed claims only by default, since GitHub shows a
    handful per step and skipped claims would crowd out the failures; ``all`` adds
    the skipped ones."""
    shown = [r for r in _reported(results) if annotations == "all" or r.outcome == "failed"]
    return "\n".join(github_command(r, base) for r in shown)


# The most failures the step summary lists, and the longest cell it writes: GitHub
# takes up to 1 MiB of summary per step, and a table of thousands of rows helps nobody.
SUMMARY_ROWS = 50
SUMMARY_CELL = 200


def _cell(text: str) -> str:
    """Text for a Markdown table cell: one line, pipes escaped, bounded."""
    text = " ".join(text.split())
    if len(text) > SUMMARY_CELL:
        text = text[: SUMMARY_CELL - 1] + "…"
    return text.replace("\\", "\\\\").replace("|", "\\|")


def step_summary(results: Iterable[Result], base: str = "") -> str:
    """A Markdown summary for ``$GITHUB_STEP_SUMMARY``: claims counted by verdict, then
    a table of the failures (at most ``SUMMARY_ROWS``; the rest are counted)."""
    results = list(results)
    counts = Counter(r.verdict for r in results)
    failed = [r for r in results if r.outcome == "failed"]
    lines = [
        "## factsuite",
        "",
        f"{len(results)} claim{'s' if len(results) != 1 else ''} checked, {len(failed)} failed.",
        "",
        "| verdict | claims |",
        "|---|---:|",
        *(f"| {v.value} | {counts[v]} |" for v in Verdict if counts[v]),
    ]
    if failed:
        lines += [
            "",
            "| place | quote | verdict | stated | canonical | source |",
            "|---|---|---|---|---|---|",
        ]
        for result in failed[:SUMMARY_ROWS]:
            entry = record(result)
            place = f"{base}{entry['article']}:{entry['line']}:{entry['column']}"
            cells = (
                place,
                entry["quote"],
                entry["verdict"],
                entry["stated"],
                entry["expected"],
                "; ".join(entry["sources"]),
            )
            lines.append("| " + " | ".join(_cell(c) for c in cells) + " |")
        if len(failed) > SUMMARY_ROWS:
            lines += ["", f"… and {len(failed) - SUMMARY_ROWS} more failures (see the log)."]
    return "\n".join(lines) + "\n"


# SARIF 2.1.0 ----------------------------------------------------------------------


def _rule(verdict: Verdict) -> dict[str, Any]:
    return {
        "id": verdict.value,
        "name": verdict.name.title().replace("_", ""),
        "shortDescription": {"text": f"factsuite: {verdict.value}"},
        "fullDescription": {"text": RULES[verdict]},
        "help": {
            "text": f"{RULES[verdict]} {ADVICE[verdict]}",
            "markdown": f"**{verdict.value}**: {RULES[verdict]}\n\n{ADVICE[verdict]}\n\n"
            f"[The verdicts, in factsuite's reference]({help_uri(verdict)})",
        },
        "helpUri": help_uri(verdict),
        "defaultConfiguration": {"level": "error" if verdict.outcome == "failed" else "note"},
    }


def fingerprints(results: Iterable[Result]) -> dict[int, str]:
    """Each result's fingerprint, by ``id``: what identifies a claim across edits that
    move it, so code scanning keeps one alert per claim rather than one per position.

    Article, fact, kind and quote, and which occurrence of that same claim it is in
    the article (in file order): two identical quotes citing one fact get two
    alerts, and lines moving above them change neither.
    """
    seen: Counter[tuple[str, ...]] = Counter()
    found: dict[int, str] = {}
    for result in sorted(results, key=lambda r: (r.claim.article, *_position(r))):
        claim = result.claim
        key = (claim.article, claim.fact or "", claim.kind, claim.quote)
        occurrence = seen[key]
        seen[key] += 1
        text = "\0".join((*key, str(occurrence)))
        found[id(result)] = hashlib.sha256(text.encode()).hexdigest()[:32]
    return found


def _position(result: Result) -> tuple[int, int]:
    entry = record(result)
    return entry["line"], entry["column"]


def _sarif_result(result: Result, rule_index: int, base: str, fingerprint: str) -> dict[str, Any]:
    entry = record(result)
    return {
        "ruleId": result.verdict.value,
        "ruleIndex": rule_index,
        "level": "error" if result.outcome == "failed" else "note",
        "message": {"text": explanation(result)},
        "locations": [
            {
                "physicalLocation": {
                    "artifactLocation": {"uri": base + entry["article"]},
                    "region": {
                        "startLine": entry["line"],
                        "startColumn": entry["column"],
                        "endLine": entry["end_line"],
                        "endColumn": entry["end_column"],
                        "snippet": {"text": entry["quote"]},
                    },
                }
            }
        ],
        "partialFingerprints": {"factsuiteClaim/v2": fingerprint},
        "properties": {
            "fact": entry["fact"],
            "kind": entry["kind"],
            "stated": entry["stated"],
            "expected": entry["expected"],
            "sources": entry["sources"],
        },
    }


def sarif_log(results: Iterable[Result], base: str = "") -> dict[str, Any]:
    """One run of the ``factsuite`` tool, one rule per verdict that can be reported."""
    results = list(results)
    verdicts = list(RULES)
    index = {verdict: i for i, verdict in enumerate(verdicts)}
    # Counted over every claim given, reported or not, so that an occurrence's number
    # does not change when another occurrence starts to agree.
    fingerprint = fingerprints(results)
    return {
        "$schema": SARIF_SCHEMA,
        "version": SARIF_VERSION,
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "factsuite",
                        "version": __version__,
                        "rules": [_rule(v) for v in verdicts],
                    }
                },
                # factsuite counts columns in code points, not SARIF's default UTF-16 units.
                "columnKind": "unicodeCodePoints",
                "results": [
                    _sarif_result(r, index[r.verdict], base, fingerprint[id(r)])
                    for r in _reported(results)
                ],
            }
        ],
    }


def sarif(results: Iterable[Result], base: str = "") -> str:
    return json.dumps(sarif_log(results, base), indent=2, ensure_ascii=False)
