"""``factsuite impact``: which articles cite a fact, so a correction starts from a list.

When a canonical fact changes (a toll rises, a title changes hands), every claim
that cites it must be re-read. This answers from claims.yaml alone, without reading
a single article, so it is instant on any desk.
"""

from __future__ import annotations

import difflib
import json
from collections.abc import Mapping, Sequence
from typing import Any

from factsuite.model import Claim, Fact

IMPACT_VERSION = 1


class UnknownFactError(ValueError):
    """A fact id no fact file defines; the message suggests the nearest known ids."""


def check_ids(facts: Mapping[str, Fact], fact_ids: Sequence[str]) -> None:
    """Raise ``UnknownFactError`` naming every unknown id, with suggestions."""
    problems = []
    for fact_id in fact_ids:
        if fact_id in facts:
            continue
        near = difflib.get_close_matches(fact_id, list(facts), n=3)
        hint = f" (did you mean {', '.join(near)}?)" if near else ""
        problems.append(f"unknown fact id {fact_id!r}{hint}")
    if problems:
        raise UnknownFactError("; ".join(problems))


def citations(claims: Sequence[Claim], fact_ids: Sequence[str]) -> dict[str, list[Claim]]:
    """The claims citing each fact, in claims.yaml order; ignored claims included,
    since their article still states the fact."""
    found: dict[str, list[Claim]] = {fact_id: [] for fact_id in fact_ids}
    for claim in claims:
        if claim.fact in found:
            found[claim.fact].append(claim)
    return found


def _one_line(quote: str) -> str:
    return " ".join(quote.split())


def _plural(count: int, noun: str) -> str:
    return f"{count} {noun}{'s' if count != 1 else ''}"


def _header(fact: Fact, cited: list[Claim]) -> str:
    label = f" — {fact.label}" if fact.label else ""
    articles = len({c.article for c in cited})
    if not cited:
        count = "no claims cite it"
    else:
        count = f"{_plural(len(cited), 'claim')} in {_plural(articles, 'article')}"
    return f"{fact.id}{label} ({fact.path}:{fact.line}): {count}"


def text_report(facts: Mapping[str, Fact], found: Mapping[str, list[Claim]]) -> str:
    """Per fact, a header line, then ``article:line:col: quote`` for each claim (the
    compiler form, so editors can jump to each one)."""
    blocks = []
    for fact_id, cited in found.items():
        lines = [_header(facts[fact_id], cited)]
        for claim in cited:
            ignored = f" [ignored: {claim.reason}]" if claim.status == "ignored" else ""
            lines.append(
                f"{claim.article}:{claim.line}:{claim.column}: {_one_line(claim.quote)}{ignored}"
            )
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks)


def json_report(facts: Mapping[str, Fact], found: Mapping[str, list[Claim]]) -> str:
    entries: list[dict[str, Any]] = []
    for fact_id, cited in found.items():
        fact = facts[fact_id]
        entries.append(
            {
                "fact": fact_id,
                "label": fact.label,
                "path": fact.path,
                "line": fact.line,
                "articles": sorted({c.article for c in cited}),
                "claims": [
                    {
                        "article": c.article,
                        "line": c.line,
                        "column": c.column,
                        "quote": c.quote,
                        "kind": c.kind,
                        "status": c.status,
                    }
                    for c in cited
                ],
            }
        )
    return json.dumps({"version": IMPACT_VERSION, "facts": entries}, indent=2, ensure_ascii=False)
