"""The name slip frames (extraction/mentions.py, ``SLIP_FRAMES``), their word lists and
their corpus (tests/corpus/name_slips.yaml).

Each case is extracted from a desk of its beat's people: the surnames reported as
misspelled must be the case's; a positive case's surname must be read by the frame the
case names, so that a case shows what its rule does, not only what extraction does.
The corpus itself is checked: each frame has positive and negative cases, each from at
least two beats, and every frame has cases.
"""

from __future__ import annotations

import functools
from collections import defaultdict
from pathlib import Path
from typing import Any

import pytest
import yaml

from factsuite import language
from factsuite.extraction.mentions import SLIP_FRAMES, framed_by
from factsuite.model import Verdict
from tests.test_extraction_support import article, fixture_desk

CORPUS = Path(__file__).parent / "corpus" / "name_slips.yaml"
DATA = yaml.safe_load(CORPUS.read_text(encoding="utf-8"))
CASES: list[dict[str, Any]] = DATA["cases"]
FRAMES = {frame.name for frame in SLIP_FRAMES}


@functools.cache
def _facts_yaml(beat: str) -> str:
    return yaml.safe_dump(DATA["facts"][beat], sort_keys=False)


def _misspelled(beat: str, text: str) -> list[str]:
    """The one-word quotes extraction reports as misspelled in ``text``."""
    from factsuite.compare import judge  # the judge, as the gate reads a claim

    desk = fixture_desk(_facts_yaml(beat))
    item = article(text, "2026-03-16")
    return [
        result.claim.quote
        for result in (judge(c, item, desk.context) for c in desk.extractor.extract(item))
        if result.verdict is Verdict.MISSPELLED and " " not in result.claim.quote
    ]


def _id(case: dict[str, Any]) -> str:
    return f"{case['rule']}-{case['beat']}-{'+'.join(case['expect']) or 'none'}"


@pytest.mark.parametrize("case", CASES, ids=_id)
def test_a_case_reads_as_its_rule_says(case: dict[str, Any]) -> None:
    assert _misspelled(case["beat"], case["text"]) == case["expect"]
    for surname in case["expect"]:
        assert surname in framed_by(case["text"])[case["rule"]]


def test_each_frame_has_positive_and_negative_cases_from_two_beats() -> None:
    beats: dict[tuple[str, bool], set[str]] = defaultdict(set)
    for case in CASES:
        assert case["rule"] in FRAMES, case
        beats[case["rule"], bool(case["expect"])].add(case["beat"])
    for frame in FRAMES:
        assert len(beats[frame, True]) >= 2, frame
        assert len(beats[frame, False]) >= 2, frame


@pytest.mark.parametrize("verb", language.words("attribution_verbs.txt"))
def test_each_attribution_verb_frames_the_surname_before_and_after_it(verb: str) -> None:
    assert framed_by(f"It will pass, {verb} Halvick.")["said-name"] == ["Halvick"]
    assert framed_by(f"Halvick {verb} it will pass.")["name-said"] == ["Halvick"]
    # and a slip is read in each place, the surname named before in full
    assert _misspelled("trade", f"Teodor Halvik came. It will pass, {verb} Halvick.") == ["Halvick"]
    assert _misspelled("trade", f"Teodor Halvik came. Halvick {verb} it will pass.") == ["Halvick"]


def test_another_verb_frames_no_surname() -> None:
    framed = framed_by("It will pass, argued Halvick. Halvick argued so.")
    assert set(framed) == FRAMES
    assert [words for words in framed.values() if words] == []


@pytest.mark.parametrize("relative", language.words("person_relatives.txt"))
def test_each_person_relative_frames_the_surname_before_it(relative: str) -> None:
    assert framed_by(f"Halvick, {relative} came, spoke.")["name-who"] == ["Halvick"]
    text = f"Teodor Halvik came. Halvick, {relative} came, spoke."
    assert _misspelled("trade", text) == ["Halvick"]


@pytest.mark.parametrize("relative", ["which", "that"])
def test_a_relative_of_things_frames_no_surname(relative: str) -> None:
    assert framed_by(f"Halvick, {relative} came, spoke.")["name-who"] == []
