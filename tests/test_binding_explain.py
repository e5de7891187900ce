"""``factsuite extract --explain ARTICLE[:LINE]``: the candidates, rules and decision of each span.

The desk below is the one docs/cli.md shows; the example there is the output of
``test_the_whole_article_is_explained``, checked by ``test_the_docs_example_is_this_output``.
"""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest

from factsuite import cli
from factsuite.extraction.binding_rules import RULES
from factsuite.extraction.explain import parse_target
from tests.conftest import REPO

FACTS = """\
harbour.seats:
  type: count
  label: seats the Harbour Party won
  value: 52
  unit: seats
  cues: [seats, won]
  sources: [https://example.org/results]
greens.seats:
  type: count
  label: seats the Greens won
  value: 9
  unit: seats
  cues: [seats]
  sources: [https://example.org/results]
election.date:
  type: date
  label: the general election
  value: 2026-03-14
  cues: [election, polls]
  sources: [https://example.org/results]
"""
ARTICLE = """\
---
title: Harbour wins
published: 2026-03-15
---
Harbour won 52 seats in the election on Saturday.
The Greens took 9 seats.
Independents took 11 seats.
Counting began on 14 March 2026.
"""
BOUND = """\
articles/harbour.md:5:13: '52' (number)
  cue 'won' at 5:9 -> harbour.seats: distance +0 = 0
  cue 'seats' at 5:16 -> greens.seats: distance +0, cue-after +1 = 1
  cue 'seats' at 5:16 -> harbour.seats: distance +0, cue-after +1 = 1
  cue 'election' at 5:29 -> election.date: vetoed by fact-type
  bound to harbour.seats (specific-cue: the one with a cue no other fact has)

articles/harbour.md:5:38: 'on Saturday' (date)
  cue 'won' at 5:9 -> harbour.seats: vetoed by fact-type
  cue 'seats' at 5:16 -> greens.seats: vetoed by fact-type
  cue 'seats' at 5:16 -> harbour.seats: vetoed by fact-type
  cue 'election' at 5:29 -> election.date: distance +1 = 1
  bound to election.date (margin: no other fact within 2)
"""
# Two facts as near, and the value agrees with one of them.
BY_VALUE = """\
articles/harbour.md:6:17: '9' (number)
  cue 'seats' at 6:19 -> greens.seats: distance +0, cue-after +1 = 1
  cue 'seats' at 6:19 -> harbour.seats: distance +0, cue-after +1 = 1
  bound to greens.seats (value-fits: the one its value agrees with)
"""
# ... and with neither.
UNBOUND = """\
articles/harbour.md:7:19: '11' (number)
  cue 'seats' at 7:22 -> greens.seats: distance +0, cue-after +1 = 1
  cue 'seats' at 7:22 -> harbour.seats: distance +0, cue-after +1 = 1
  unbound (margin: several facts within 2, and no tie-break decides): its cues speak of\
 several facts: greens.seats, harbour.seats
"""
# No cue at all, and one fact of the desk has the value.
UNIQUE = """\
articles/harbour.md:8:19: '14 March 2026' (date)
  bound to election.date (unique-value: no cue; the one fact of the desk its value agrees\
 with)
"""
WHOLE = "\n".join([BOUND, BY_VALUE, UNBOUND, UNIQUE])


@pytest.fixture
def desk(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    (tmp_path / "pyproject.toml").write_text("[tool.factsuite]\n", encoding="utf-8")
    (tmp_path / "facts").mkdir()
    (tmp_path / "facts" / "election.yaml").write_text(FACTS, encoding="utf-8")
    (tmp_path / "articles").mkdir()
    (tmp_path / "articles" / "harbour.md").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "claims.yaml").write_text("", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def explain(*args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    saved = cli.sys.stdout, cli.sys.stderr
    cli.sys.stdout, cli.sys.stderr = out, err
    try:
        status = cli.main(["extract", "--explain", *args])
    finally:
        cli.sys.stdout, cli.sys.stderr = saved
    return status, out.getvalue(), err.getvalue()


def test_a_bound_span_shows_its_candidates_the_rules_and_the_winner(desk: Path) -> None:
    assert explain("articles/harbour.md:5") == (0, BOUND, "")


def test_an_unbound_span_says_why(desk: Path) -> None:
    assert explain("articles/harbour.md:7") == (0, UNBOUND, "")


def test_a_span_bound_by_its_value_names_the_rule(desk: Path) -> None:
    assert explain("articles/harbour.md:6") == (0, BY_VALUE, "")
    assert explain("articles/harbour.md:8") == (0, UNIQUE, "")


def test_the_whole_article_is_explained_and_nothing_is_written(desk: Path) -> None:
    before = {p: p.read_bytes() for p in desk.rglob("*") if p.is_file()}
    assert explain("articles/harbour.md") == (0, WHOLE, "")
    assert {p: p.read_bytes() for p in desk.rglob("*") if p.is_file()} == before


def test_a_year_that_names_the_period_of_its_fact_is_no_claim(desk: Path) -> None:
    facts = desk / "facts" / "results.yaml"
    facts.write_text(
        "results.date:\n  type: date\n  label: the release of the 2025 annual results\n"
        "  value: 2026-02-11\n  cues: [reported]\n  sources: [https://example.org]\n",
        encoding="utf-8",
    )
    text = "---\ntitle: Results\npublished: 2026-02-12\n---\nIt reported revenue for 2025.\n"
    (desk / "articles" / "results.md").write_text(text, encoding="utf-8")
    status, out, _ = explain("articles/results.md")
    assert status == 0
    assert out.endswith(
        "  no claim (names-the-period: " + RULES["names-the-period"].description + ")\n"
    )


def test_a_line_without_values_says_so(desk: Path) -> None:
    status, out, _ = explain("articles/harbour.md:2")
    assert (status, out) == (0, "line 2 of articles/harbour.md: no date or number to bind\n")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["articles/harbour.md:9"], "articles/harbour.md:9: the article has 8 lines\n"),
        (["articles/missing.md"], "articles/missing.md: no such article or folder\n"),
        (["articles"], "articles: --explain takes one article, not a folder\n"),
        (
            ["articles/harbour.md", "--check"],
            "factsuite extract: error: --explain takes no PATH, --check or --prune\n",
        ),
    ],
)
def test_bad_targets_are_one_line_and_exit_2(desk: Path, args: list[str], message: str) -> None:
    assert explain(*args) == (2, "", message)


def test_targets_read_a_line_only_after_the_last_colon() -> None:
    assert parse_target("a.md:12") == ("a.md", 12)
    assert parse_target("a.md") == ("a.md", None)
    assert parse_target("dir:x/a.md") == ("dir:x/a.md", None)


def test_the_docs_example_is_this_output() -> None:
    docs = (REPO / "docs" / "cli.md").read_text(encoding="utf-8")
    block = re.search(
        r"```text\n\$ factsuite extract --explain articles/harbour.md\n(.*?)```", docs, re.S
    )
    assert block is not None, "docs/cli.md shows the --explain example"
    assert block.group(1) == WHOLE
    # and the desk it is run on is the one shown beside it
    assert ARTICLE in docs
    assert FACTS in docs


def rules_table() -> str:
    """The table of binding rules docs/reference.md shows, from the registry."""
    rows = ["| rule | step | effect | what it decides |", "|---|---|---|---|"]
    for rule in RULES.values():
        effect = rule.summary + (" (cannot be turned off)" if rule.essential else "")
        rows.append(f"| `{rule.name}` | {rule.stage} | {effect} | {rule.description} |")
    return "\n".join(rows) + "\n"


def test_the_reference_lists_every_binding_rule_as_registered() -> None:
    docs = (REPO / "docs" / "reference.md").read_text(encoding="utf-8")
    assert "### Binding rules" in docs
    assert rules_table() in docs
