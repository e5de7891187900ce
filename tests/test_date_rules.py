"""The date rules of tests/corpus/date_rules.yaml, each case read through the public
``dates.find_dates``; the corpus itself is checked: each rule has cases that read and
cases that must read nothing, from at least two beats."""

from __future__ import annotations

from collections import defaultdict
from datetime import date
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from factsuite import dates

CORPUS = Path(__file__).parent / "corpus" / "date_rules.yaml"
RULES = {
    "relative-day-word",
    "season-verb",
    "day-before-colon",
    "year-pair-part",
    "tense-orders-readings",
}
PUBLISHED = date(2026, 11, 20)


def _cases() -> list[dict[str, Any]]:
    loaded = yaml.safe_load(CORPUS.read_text("utf-8"))
    assert isinstance(loaded, list)
    return loaded


CASES = _cases()


@pytest.mark.parametrize("case", CASES, ids=[c["text"][:50] for c in CASES])
def test_corpus_case(case: dict[str, Any]) -> None:
    published = case.get("published", PUBLISHED)
    found = dates.find_dates(case["text"], published)
    read = [(m.text, m.readings[0].start, m.readings[0].end) for m in found if m.readings]
    assert read == [(str(quote), first, last) for quote, first, last in case["reads"]]


def test_every_rule_has_positives_and_negatives_from_two_beats() -> None:
    beats: dict[tuple[str, bool], set[str]] = defaultdict(set)
    for case in CASES:
        assert set(case) <= {"rule", "beat", "text", "reads", "published", "other"}, case
        assert case["rule"] in RULES, case
        assert not case.get("other") or case["reads"], case
        positive = bool(case["reads"]) and not case.get("other")
        beats[case["rule"], positive].add(case["beat"])
    for rule in RULES:
        assert len(beats[rule, True]) >= 2, rule
        assert len(beats[rule, False]) >= 2, rule


@settings(max_examples=60)
@given(
    year=st.integers(1900, 2099),
    written=st.sampled_from(["in the fall of {}", "in fall {}", "Fall {}", "the fall {} term"]),
)
def test_season_verb_reads_fall_before_a_year_where_no_verb_stands(year: int, written: str) -> None:
    phrase = written.format(year)
    [found] = dates.find_dates(f"The vote came {phrase}, officials said.", PUBLISHED)
    assert (found.readings[0].start, found.readings[0].end) == (
        date(year, 9, 1),
        date(year, 11, 30),
    )


@settings(max_examples=60)
@given(
    year=st.integers(1900, 2099),
    verb=st.sampled_from(["could fall {} points", "will fall {} feet", "fall this year"]),
)
def test_season_verb_reads_no_season_after_a_verbs_subject(year: int, verb: str) -> None:
    found = dates.find_dates(f"Shares {verb.format(year)}, analysts said.", PUBLISHED)
    assert not any(m.text.lower().startswith("fall") for m in found)
