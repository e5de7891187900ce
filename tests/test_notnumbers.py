"""Tests for factsuite.notnumbers: figures in prose that count nothing.

Every case of tests/corpus/not_numbers.yaml is run: what ``find_numbers`` reads, and
the rule that must fire. The corpus itself is checked too: each rule has cases from
at least three beats, negatives and positive controls. Each entry of each word list
is tried in a sentence of its own.
"""

from __future__ import annotations

import re
from collections import defaultdict
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import given
from hypothesis import strategies as st

from factsuite import notnumbers
from factsuite.notnumbers import RULES, mask, not_number_spans, word_list
from factsuite.numbers import find_numbers

CORPUS = Path(__file__).parent / "corpus" / "not_numbers.yaml"
BEATS = {"business", "sport", "election", "science", "courts", "weather"}


def _cases() -> list[dict[str, Any]]:
    loaded = yaml.safe_load(CORPUS.read_text("utf-8"))
    assert isinstance(loaded, list)
    return loaded


CASES = _cases()


def _read(text: str) -> list[tuple[str, float]]:
    return [(m.text, m.value) for m in find_numbers(text)]


def _fired(text: str) -> set[str]:
    return {name for name, _ in not_number_spans(text)}


@pytest.mark.parametrize("case", CASES, ids=[c["text"][:50] for c in CASES])
def test_corpus_case(case: dict[str, Any]) -> None:
    expected = [(e["text"], float(e["value"])) for e in case["expect"]]
    assert _read(case["text"]) == expected
    if case.get("rule"):
        assert case["rule"] in _fired(case["text"])


def test_corpus_cases_are_well_formed() -> None:
    names = {r.name for r in RULES}
    for case in CASES:
        assert set(case) <= {"rule", "beat", "text", "expect", "reference"}, case
        assert case["beat"] in BEATS, case
        assert case.get("rule") is None or case["rule"] in names, case


def test_every_rule_has_cases_from_three_beats_with_negatives_and_controls() -> None:
    beats: dict[str, set[str]] = defaultdict(set)
    controls: dict[str, int] = defaultdict(int)
    for case in CASES:
        if case.get("rule"):
            beats[case["rule"]].add(case["beat"])
            controls[case["rule"]] += bool(case["expect"])
    for r in RULES:
        assert len(beats[r.name]) >= 3, (r.name, beats[r.name])
        assert controls[r.name] >= 1, r.name


def test_every_rule_is_named_and_says_why() -> None:
    assert len({r.name for r in RULES}) == len(RULES)
    for r in RULES:
        assert re.fullmatch(r"[a-z]+(?:-[a-z]+)*", r.name)
        assert len(r.why) > 40, r.name


def test_the_dev_corpus_false_alarms_are_no_numbers() -> None:
    # A live blog's time stamp and "once" meaning "formerly", each read once as a count.
    assert _read("**1:45 a.m.** — Outages are climbing fast.") == []
    assert _read("a Union candidate once only needed to turn up") == []


def test_masking_keeps_offsets() -> None:
    text = "At 21:40 on Route 66, no one saw 3 cars."
    masked = mask(text)
    assert len(masked) == len(text)
    assert masked.index("3 cars") == text.index("3 cars")
    assert "21:40" not in masked
    assert "66" not in masked


def test_a_text_without_any_rule_is_left_as_it_is() -> None:
    text = "The parade drew 12,000 people."
    assert mask(text) is text


# ---------------------------------------------------------------------------
# Each entry of each word list, in a sentence of its own
# ---------------------------------------------------------------------------


@pytest.mark.parametrize("after", word_list("clock_after"))
def test_each_clock_word_makes_an_hour_a_time(after: str) -> None:
    assert _read(f"They met at 9 {after} with 40 staff.") == [("40", 40.0)]


@pytest.mark.parametrize("verb", word_list("phone_verbs"))
@pytest.mark.parametrize("number", word_list("emergency_numbers"))
def test_each_number_to_call_after_each_verb(verb: str, number: str) -> None:
    assert _read(f"Neighbours had to {verb} {number} and wait.") == []


@pytest.mark.parametrize("state", word_list("us_states"))
def test_each_state_before_a_zip_code(state: str) -> None:
    assert _read(f"The office, Main St, {state} 78401, employs 25 people.") == [("25", 25.0)]


@pytest.mark.parametrize("name", word_list("products"))
def test_each_product_name_before_a_version(name: str) -> None:
    assert _read(f"The {name} 7 sold 300 units.") == [("300", 300.0)]


@pytest.mark.parametrize("head", word_list("numbered_heads"))
def test_each_label_noun_before_a_number(head: str) -> None:
    assert _read(f"Near {head} 9 there were 80 cars.") == [("80", 80.0)]
    assert _read(f"Near {head}s 9 and 10 there were 80 cars.") == [("80", 80.0)]


@pytest.mark.parametrize("head", [h for h in word_list("numbered_heads") if not h.islower()])
def test_a_capitalised_label_noun_is_only_read_capitalised(head: str) -> None:
    assert _read(f"The {head.lower()} 9 cars.") == [("9", 9.0)]


@pytest.mark.parametrize("noun", word_list("score_nouns"))
def test_each_result_noun_makes_a_scoreline(noun: str) -> None:
    assert _read(f"After a 3-1 {noun}, 40 fans stayed.") == [("40", 40.0)]


@pytest.mark.parametrize("verb", word_list("score_verbs"))
def test_each_result_verb_makes_a_scoreline(verb: str) -> None:
    assert _read(f"They {verb} 3-1 as 40 fans watched.") == [("40", 40.0)]


@pytest.mark.parametrize("head", word_list("group_heads"))
def test_each_group_name(head: str) -> None:
    assert _read(f"The {head} 20 hired 15 staff.") == [("15", 15.0)]
    assert _read(f"The {head} Eight met.") == []


@pytest.mark.parametrize("unit", word_list("once_frequency"))
def test_once_a_unit_is_a_frequency(unit: str) -> None:
    assert ("once", 1.0) in _read(f"It happens once a {unit}.")


@pytest.mark.parametrize("before", word_list("once_counts_before"))
def test_once_after_a_counting_word_is_a_count(before: str) -> None:
    assert any(text.endswith("once") for text, _ in _read(f"It rained {before} once."))


@pytest.mark.parametrize("after", word_list("once_not_counts"))
def test_once_before_each_word_is_no_count(after: str) -> None:
    assert _read(f"Once {after} left, 30 stayed.") == [("30", 30.0)]


@pytest.mark.parametrize("before", word_list("once_not_counts_before"))
def test_once_after_each_word_is_no_count(before: str) -> None:
    assert _read(f"The town {before} once hosted 30 teams.") == [("30", 30.0)]


@pytest.mark.parametrize("entry", word_list("one_pronoun"))
def test_each_pronoun_context_of_one(entry: str) -> None:
    where, _, word = entry.partition(" ")
    text = {
        "before": f"{word} one saw 30 cars",
        "after": f"one {word} them saw 30 cars",
        "the": f"the one {word} saw 30 cars",
        "alone-before": f"{word} one saw 30 cars",
        "alone-after": f"one {word} saw 30 cars",
    }[where]
    assert ("one", 1.0) not in _read(text)
    assert ("30", 30.0) in _read(text)


# ---------------------------------------------------------------------------
# Properties
# ---------------------------------------------------------------------------


@given(st.integers(0, 23), st.integers(0, 59), st.integers(2, 99_999))
def test_a_clock_time_is_never_read_and_the_count_beside_it_is(
    hours: int, minutes: int, count: int
) -> None:
    text = f"At {hours}:{minutes:02d} there were {count} cases."
    assert _read(text) == [(str(count), float(count))]


@given(st.sampled_from(word_list("numbered_heads")), st.integers(1, 9999), st.integers(2, 999))
def test_a_label_is_never_read_and_the_count_beside_it_is(
    head: str, label: int, count: int
) -> None:
    text = f"At {head} {label}, {count} people waited."
    assert _read(text) == [(str(count), float(count))]


@given(st.integers(200, 999), st.integers(200, 999), st.integers(0, 9999))
def test_a_phone_number_is_never_read(area: int, exchange: int, line: int) -> None:
    assert _read(f"Call ({area}) {exchange}-{line:04d} today.") == []
    assert _read(f"Call +1 {area}-{exchange}-{line:04d} today.") == []


@given(st.text(alphabet="0123456789 :.-+()apmAPMonceONE,", max_size=60))
def test_masking_keeps_the_length_and_masks_only_inside_spans(text: str) -> None:
    masked = mask(text)
    assert len(masked) == len(text)
    inside = {i for _, (s, e) in not_number_spans(text) for i in range(s, e)}
    assert all(a == b for i, (a, b) in enumerate(zip(text, masked, strict=True)) if i not in inside)


def test_the_rules_are_registered_in_the_module() -> None:
    assert [r.name for r in notnumbers.RULES] == [
        "clock-time",
        "phone-number",
        "postcode",
        "version-or-model",
        "numbered-label",
        "scoreline",
        "group-name",
        "once-not-a-count",
        "one-pronoun",
    ]
