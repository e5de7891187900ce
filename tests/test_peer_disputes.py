"""benchmarks/peer_numbers.py and peer_dates.py count every in-scope line of the peer
suites, and benchmarks/peer_disputes.yaml, the lines factsuite reads otherwise with
the reason, stays true: every id exists, belongs to its reader, and is still a miss."""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.benchscripts import load_benchmark

REPO = Path(__file__).resolve().parents[1]
BENCHMARKS = REPO / "benchmarks"


suites = load_benchmark("peer_suites")
numbers = load_benchmark("peer_numbers")
dates = load_benchmark("peer_dates")
READERS: dict[str, tuple[ModuleType, tuple[str, ...]]] = {
    "numbers": (numbers, numbers.FILES),
    "dates": (dates, tuple(dates.FILES)),
}
needs_peer = pytest.mark.skipif(
    not suites.find_peer().is_dir(), reason="the peer suites (shared/benchmarks/peer) are absent"
)


def _lines(files: tuple[str, ...]) -> dict[str, dict[str, Any]]:
    out = {}
    for name in files:
        for raw in (suites.find_peer() / name).read_text(encoding="utf-8").splitlines():
            line = json.loads(raw)
            out[line["id"]] = line
    return out


def _is_miss(reader: str, line: dict[str, Any]) -> bool:
    if reader == "numbers":
        return not numbers.line_correct(line)
    ok_first, _, failures = dates.score_line(line, Counter())
    return not ok_first and bool(failures)


DISPUTES = suites.load_disputes()


def test_each_reason_says_why_and_covers_lines() -> None:
    assert DISPUTES
    for d in DISPUTES:
        assert d.reason.strip(), d
        assert d.why.strip(), d.reason
        assert d.ids, d.reason
    reasons = [(d.reader, d.reason) for d in DISPUTES]
    assert len(reasons) == len(set(reasons)), "one entry per reason"
    listed = [i for d in DISPUTES for i in d.ids]
    assert len(listed) == len(set(listed)), "a line is listed under one reason"


@needs_peer
@pytest.mark.parametrize("reader", sorted(READERS))
def test_every_disputed_line_exists_is_in_scope_and_is_still_a_miss(reader: str) -> None:
    module, files = READERS[reader]
    lines = _lines(files)
    for d in (d for d in DISPUTES if d.reader == reader):
        for line_id in d.ids:
            assert line_id in lines, f"{d.reason}: {line_id} is not a line of the {reader} suites"
            line = lines[line_id]
            assert module.in_scope(line), f"{d.reason}: {line_id} is out of scope"
            assert _is_miss(reader, line), f"{d.reason}: {line_id} is read right now: unlist it"


def test_a_bad_disputes_file_is_refused(tmp_path: Path) -> None:
    bad = tmp_path / "d.yaml"
    bad.write_text("- reason: x\n  reader: both\n  why: y\n  ids: [a]\n", encoding="utf-8")
    with pytest.raises(ValueError, match="reader is numbers or dates"):
        suites.load_disputes(bad)
    bad.write_text("- reason: x\n  why: y\n", encoding="utf-8")
    with pytest.raises(ValueError, match="exactly reason, reader, why, ids"):
        suites.load_disputes(bad)


# -- what is in scope: only the README's scoring rules ------------------------------


def _line(
    text: str, scored: list[str], expected: list[dict[str, Any]], **flags: Any
) -> dict[str, Any]:
    return {
        "id": "t#1",
        "text": text,
        "reference_date": "2016-11-07",
        "category": "x",
        "scored_types": scored,
        "expected": expected,
        "ignore": [],
        "flags": {"not_supported": [], "ref_impl_fails": False, "ambiguous": [], **flags},
    }


def test_scope_is_the_line_scored_types() -> None:
    assert numbers.in_scope(_line("between 2 and 3", ["number_range"], []))
    assert not numbers.in_scope(_line("May 5", ["date", "daterange"], []))
    assert dates.in_scope(_line("for 3 hours", ["duration"], []))
    assert not dates.in_scope(_line("forty", ["number"], []))


def test_a_length_under_a_day_is_scored_not_dropped() -> None:
    # The old script put it out of scope; the README does not, so it is a miss.
    line = _line(
        "I'll leave for 3 hours",
        ["duration"],
        [{"span": [15, 22], "surface": "3 hours", "type": "duration", "seconds": 10800.0}],
    )
    ok_first, ok_any, failures = dates.score_line(line, Counter())
    assert (ok_first, ok_any) == (False, False)
    assert "missed '3 hours'" in failures[0].note


def test_an_open_ended_period_is_scored_not_dropped() -> None:
    line = _line(
        "Maybe we can leave after 2018",
        ["date", "daterange"],
        [
            {
                "span": [20, 29],
                "surface": "after 2018",
                "type": "daterange",
                "start": "2019-01-01",
                "end": None,
                "candidates": [{"start": "2019-01-01", "end": None}],
            }
        ],
    )
    ok_first, _, _ = dates.score_line(line, Counter())
    assert not ok_first


def test_a_hull_holding_the_suite_day_is_a_miss() -> None:
    # 'three years ago' is read as a span; the suite's one day inside it is not a match.
    line = _line(
        "I went there three years ago",
        ["date", "daterange"],
        [{"span": [13, 28], "surface": "three years ago", "type": "date", "value": "2013-11-07"}],
    )
    tallies: Counter[str] = Counter()
    ok_first, _, _ = dates.score_line(line, tallies)
    assert not ok_first
    assert sum(tallies.values()) == 1


# -- the scoreboard: every line counted once, flags a breakdown ----------------------


def test_a_flagged_or_disputed_line_still_counts_in_the_headline() -> None:
    dispute = suites.Dispute("r", "numbers", "why", ("a", "b"))
    board = suites.Scoreboard("numbers", [dispute])
    board.add(
        {"id": "a", "text": "t", "expected": [], "flags": {"ambiguous": ["x"]}}, False, "e", "g"
    )
    board.add(
        {"id": "c", "text": "t", "expected": [], "flags": {"not_supported": ["js"]}}, True, "e", "g"
    )
    board.add({"id": "d", "text": "t", "expected": [], "flags": {}}, False, "e", "g")
    assert (board.overall.ok, board.overall.n) == (1, 3)
    assert (board.by_flag["ambiguous"].n, board.by_flag["not_supported"].ok) == (1, 1)
    assert [m.id for m in board.disputed["r"]] == ["a"]
    assert [m.id for m in board.misses] == ["d"]


FLAGS = st.fixed_dictionaries(
    {},
    optional={
        "not_supported": st.just(["js"]),
        "ref_impl_fails": st.just(True),
        "ambiguous": st.just(["x"]),
    },
)


@given(st.lists(st.tuples(FLAGS, st.booleans(), st.booleans()), max_size=30))
def test_the_scoreboard_loses_no_line(rows: list[tuple[dict[str, Any], bool, bool]]) -> None:
    disputed_ids = tuple(str(i) for i, (_, _, listed) in enumerate(rows) if listed)
    board = suites.Scoreboard("dates", [suites.Dispute("r", "dates", "w", disputed_ids)])
    for i, (flags, correct, _) in enumerate(rows):
        board.add({"id": str(i), "text": "", "expected": [], "flags": flags}, correct, "", "")
    wrong = sum(not correct for _, correct, _ in rows)
    assert board.overall.n == len(rows)
    assert board.overall.n - board.overall.ok == wrong
    assert len(board.disputed["r"]) + len(board.misses) == wrong
    assert sum(c.n for c in board.by_flag.values()) >= len(rows)
    assert board.by_flag["none"].n == sum(not flags for flags, _, _ in rows)


# -- non-news forms: measured on the suites, the negative corpus and beats dev -------

FORMS = suites.load_forms()


def test_each_form_compiles_and_names_its_reader() -> None:
    assert FORMS
    assert {f.reader for f in FORMS} <= {"numbers", "dates"}
    assert len({f.name for f in FORMS}) == len(FORMS)


def test_an_addition_is_what_the_form_reads_beyond_today() -> None:
    form = suites.Form("pct", "numbers", "x", re.compile(r"per cent of \d+"))
    text = "It took 40 per cent of 210 seats."
    # "210" is read today, but the form reads more than it: a changed reading.
    assert suites.additions(form, text, [(8, 10), (23, 26)]) == [(11, 26)]
    # A match inside a span read today changes nothing.
    assert suites.additions(form, text, [(8, 32)]) == []


def test_a_form_that_costs_a_false_reading_is_kept_out() -> None:
    form = FORMS[0]
    assert suites.FormCost(form, 9, 1, 0).decision.startswith("keep out: 1 false readings")
    assert suites.FormCost(form, 9, 0, 2).decision.startswith("keep out: 2 new readings")
    assert suites.FormCost(form, 0, 0, 0).decision == "no gain on the suites"
    assert suites.FormCost(form, 9, 0, 0).decision.startswith("free here")


def test_the_negative_corpus_reaches_scores_the_day_month_form_would_misread() -> None:
    # The bare "2-15" form must be measured where it hurts: "a 3-1 win" is in the
    # negatives, so the form costs false readings and stays out.
    form = next(f for f in FORMS if f.name == "a bare day/month pair")
    costs = suites.measure_forms("dates", dates.read_spans, [], [form])
    assert costs[0].negatives > 0
    assert costs[0].decision.startswith("keep out")


@needs_peer
@pytest.mark.parametrize("reader", sorted(READERS))
def test_every_form_would_read_some_missed_line(reader: str) -> None:
    module, files = READERS[reader]
    misses = []
    for line in _lines(files).values():
        if module.in_scope(line) and _is_miss(reader, line):
            spans = [(e["span"][0], e["span"][1]) for e in line["expected"]]
            misses.append(suites.Miss(line["id"], line["text"], "", "", spans))
    for cost in suites.measure_forms(reader, module.read_spans, misses, FORMS):
        assert cost.gain > 0, f"{cost.form.name}: no peer line would gain; not a candidate"


def test_a_form_that_misreads_its_own_news_cases_is_kept_out() -> None:
    form = FORMS[0]
    cost = suites.FormCost(form, 9, 0, 0, news_right=2, news_false=1)
    assert cost.decision == "keep out: 1 false readings in its own news cases"


def test_each_form_with_news_cases_has_them_from_two_beats() -> None:
    for form in FORMS:
        if form.news:
            assert len({case.beat for case in form.news}) >= 2, form.name


def test_a_news_case_must_hold_what_it_says_is_read(tmp_path: Path) -> None:
    bad = tmp_path / "f.yaml"
    bad.write_text(
        "- name: n\n  reader: dates\n  reads: r\n  pattern: 'x'\n"
        "  news: [{beat: sport, text: 'Week 3', reads: ['week 4']}]\n",
        encoding="utf-8",
    )
    with pytest.raises(ValueError, match="'week 4' is not in 'Week 3'"):
        suites.load_forms(bad)


def test_the_holiday_form_misreads_an_island_and_reads_boxing_day() -> None:
    form = next(f for f in FORMS if f.name == "a named holiday")
    [cost] = suites.measure_forms("dates", dates.read_spans, [], [form])
    assert (cost.news_right, cost.news_false) == (2, 2)
