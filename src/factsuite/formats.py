"""Reports for CI and code review: GitHub workflow commands and SARIF 2.1.0.

Both are built from report.py's pieces (``record`` for positions, ``render`` for the
explanation), so a claim reads the same in the terminal, in pytest, on a pull
request and in code scanning. Claims that agree are left out: both formats are
lists of things to look at.

``base`` is put before every article path. These formats are read against the
repository, while factsuite's paths are relative to the desk, so a desk in a
sub-folder of its repository passes that folder (with a trailing slash) here.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from typing import Any

from factsuite import __version__
from factsuite.model import Result, Verdict
from factsuite.report import location, record, render

SARIF_VERSION = "2.1.0"
SARIF_SCHEMA = (
    "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
)

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


def _reported(results: Iterable[Result]) -> list[Result]:
    return [r for r in results if r.outcome != "passed"]


# GitHub workflow commands ---------------------------------------------------------


def escape_data(text: str) -> str:
    """A command's message, escaped as the Actions toolkit does (``escapeData``)."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    """A command's property value (``escapeProperty``): also ``:`` and ``,``, which
    would otherwise end the value."""
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def github_command(result: Result, base: str = "") -> str:
    """One ``::error`` (a failed claim) or ``::warning`` (a skipped one) line."""
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
    command = "error" if result.outcome == "failed" else "warning"
    fields = ",".join(f"{name}={escape_property(str(value))}" for name, value in properties.items())
    return f"::{command} {fields}::{escape_data(explanation(result))}"


def github(results: Iterable[Result], base: str = "") -> str:
    return "\n".join(github_command(r, base) for r in _reported(results))


# SARIF 2.1.0 ----------------------------------------------------------------------


def _rule(verdict: Verdict) -> dict[str, Any]:
    return {
        "id": verdict.value,
        "name": verdict.name.title().replace("_", ""),
        "shortDescription": {"text": f"factsuite: {verdict.value}"},
        "fullDescription": {"text": RULES[verdict]},
        "defaultConfiguration": {"level": "error" if verdict.outcome == "failed" else "note"},
    }


def _fingerprint(result: Result) -> str:
    """What identifies a claim across edits that move it: article, fact, kind and
    quote, so code scanning keeps one alert per claim rather than one per position."""
    claim = result.claim
    key = "\0".join((claim.article, claim.fact or "", claim.kind, claim.quote))
    return hashlib.sha256(key.encode()).hexdigest()[:32]


def _sarif_result(result: Result, rule_index: int, base: str) -> dict[str, Any]:
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
        "partialFingerprints": {"factsuiteClaim/v1": _fingerprint(result)},
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
    verdicts = list(RULES)
    index = {verdict: i for i, verdict in enumerate(verdicts)}
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
                "results": [_sarif_result(r, index[r.verdict], base) for r in _reported(results)],
            }
        ],
    }


def sarif(results: Iterable[Result], base: str = "") -> str:
    return json.dumps(sarif_log(results, base), indent=2, ensure_ascii=False)
