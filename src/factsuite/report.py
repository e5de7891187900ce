"""Turning results into what people and tools read: a diagnostic, a JSON report.

The JSON report's shape is a contract (DESIGN.md): one record per claim checked.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from factsuite.answers import summary_line
from factsuite.atomic import replace_atomically
from factsuite.model import Result, Verdict
from factsuite.review import unreviewed

REPORT_VERSION = 1
# Context shown either side of a quote when its sentence is long.
_CONTEXT = 70


def location(result: Result) -> str:
    claim = result.claim
    if result.span is None:
        return f"{claim.article}:{claim.line}:{claim.column}"
    return f"{claim.article}:{result.span.line}:{result.span.column}"


def excerpt(result: Result) -> tuple[str, int, int]:
    """The sentence (trimmed around the quote when long) and the quote's place in it."""
    sentence, start = result.sentence, result.sentence_offset
    length = len(result.claim.quote.split("\n")[0])
    if not sentence:
        return "", 0, 0
    left = max(0, start - _CONTEXT)
    right = min(len(sentence), start + length + _CONTEXT)
    # Cut at word boundaries, so the excerpt starts and ends with whole words.
    if left:
        space = sentence.find(" ", left, start)
        left = space + 1 if space != -1 else left
    if right < len(sentence):
        space = sentence.rfind(" ", start + length, right)
        right = space if space != -1 else right
    prefix = "…" if left else ""
    suffix = "…" if right < len(sentence) else ""
    return prefix + sentence[left:right] + suffix, start - left + len(prefix), length


def render(result: Result, *, colour: bool = False) -> str:
    """A compiler-style diagnostic: place and message, the sentence with the claim
    marked, then the stated value, the canonical one and its sources."""
    red, bold, reset = ("\x1b[31m", "\x1b[1m", "\x1b[0m") if colour else ("", "", "")
    lines = [f"{bold}{location(result)}{reset}: {red}{result.message}{reset}"]
    text, start, length = excerpt(result)
    if text:
        lines.append(f"    {text}")
        lines.append("    " + " " * start + red + "^" * max(1, length) + reset)
    claim = result.claim
    if result.stated:
        lines.append(f"  stated:   {result.stated}")
    if result.expected:
        lines.append(f"  expected: {result.expected}")
    if claim.fact:
        lines.append(f"  fact:     {claim.fact}")
    lines.extend(f"  source:   {source}" for source in result.sources)
    return "\n".join(lines)


def record(result: Result, test: str = "") -> dict[str, Any]:
    """One result of the JSON report."""
    claim = result.claim
    span = result.span
    return {
        "article": claim.article,
        "line": span.line if span else claim.line,
        "column": span.column if span else claim.column,
        "end_line": span.end_line if span else claim.line,
        "end_column": span.end_column if span else claim.end_column,
        "quote": claim.quote,
        "fact": claim.fact,
        "kind": claim.kind,
        "outcome": result.outcome,
        "verdict": result.verdict.value,
        "stated": result.stated,
        "expected": result.expected,
        "message": result.message,
        "sources": list(result.sources),
        "test": test,
    }


def report_order(entry: dict[str, Any]) -> tuple[Any, ...]:
    """The JSON report's order: by place in the desk (article, line, column), then by
    test. It depends on the records alone, so a run split across processes
    (pytest-xdist) writes the report a serial run writes."""
    return (
        entry["article"],
        entry["line"],
        entry["column"],
        entry["end_line"],
        entry["end_column"],
        entry["test"],
        entry["kind"],
        entry["fact"] or "",
    )


def json_report(records: Iterable[dict[str, Any]]) -> str:
    return json.dumps(
        {"version": REPORT_VERSION, "results": list(records)}, indent=2, ensure_ascii=False
    )


def write_atomically(path: Path, text: str) -> None:
    """Write a report so that a reader never sees half of it, and an error leaves the old one.

    Its folder is made if missing (as pytest's ``--junitxml`` does); the file gets the
    mode a new file would get, not the 600 of a temporary file.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    replace_atomically(path, text if text.endswith("\n") else text + "\n")


def summary(results: Iterable[Result]) -> str:
    """``8 claims: 60 agrees, 3 contradicts, ..., 2 unreviewed``: verdicts in the order
    they are defined, then how many claims nobody has reviewed (when any)."""
    return tally((result.verdict, unreviewed(result)) for result in results)


def tally(verdicts: Iterable[tuple[Verdict, bool]]) -> str:
    """The summary line from each claim's verdict and whether it is unreviewed: what
    a pytest controller has when the results were judged in other processes."""
    counts: Counter[Verdict] = Counter()
    pending = 0
    for verdict, waiting in verdicts:
        counts[verdict] += 1
        pending += waiting
    return summary_line(((v.value, counts[v]) for v in Verdict), pending)
