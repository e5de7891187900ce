"""A vague quantity no fact covers is said to be unverifiable, not left for review.

"a handful", "dozens", "tens of thousands", "scores of", "several": extraction records
one that no fact's cues bind with the reason "a vague quantity no fact covers", and the
gate skips it as unverifiable with that reason, counted in the summary.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factsuite.compare import VAGUE_QUANTITY, judge, vague_and_unbound
from factsuite.model import Claim, Verdict
from factsuite.numbers import read_number
from factsuite.report import summary
from tests.test_extraction_support import article, context, judged

VAGUE = ["a handful", "dozens", "tens of thousands", "scores of", "several", "a few", "thousands"]
NOT_VAGUE = ["two dozen", "a dozen", "a couple", "about 40", "45", "nearly 100", "half a dozen"]


@pytest.mark.parametrize("text", VAGUE)
def test_vague_quantities(text: str) -> None:
    mention = read_number(text)
    assert mention is not None
    assert mention.vague
    assert vague_and_unbound(text)


@pytest.mark.parametrize("text", NOT_VAGUE)
def test_figures_even_hedged_or_in_words_are_not_vague(text: str) -> None:
    mention = read_number(text)
    assert mention is not None
    assert not mention.vague
    assert not vague_and_unbound(text)


@pytest.mark.parametrize(
    ("sentence", "quote"),
    [
        ("Dozens of journalists waited outside the courthouse.", "Dozens"),  # courts
        ("A handful of fans stayed to the end.", "A handful"),  # sport
        ("Tens of thousands of homes lost their roofs.", "Tens of thousands"),  # weather
        ("Scores of shareholders walked out.", "Scores"),  # business
        ("Several precincts reported late.", "Several"),  # election
    ],
)
def test_an_unbound_vague_quantity_is_unverifiable_with_its_reason(
    sentence: str, quote: str
) -> None:
    results = [r for r in judged(sentence) if r.claim.quote == quote]
    assert len(results) == 1, [r.claim.quote for r in judged(sentence)]
    result = results[0]
    assert result.claim.fact is None
    assert result.claim.reason == VAGUE_QUANTITY
    assert result.verdict is Verdict.UNVERIFIABLE
    assert result.outcome == "skipped"
    assert result.message == f"unverifiable: {quote!r} is a vague quantity no fact covers"


def test_the_summary_counts_them_as_unverifiable() -> None:
    results = judged("A handful of fans stayed, and dozens of journalists waited.")
    line = summary(results)
    assert "2 unverifiable" in line
    assert "needs-review" not in line


def test_an_unbound_figure_still_needs_review() -> None:
    (result,) = [r for r in judged("Some 45 fans stayed to the end.") if r.claim.kind == "number"]
    assert result.verdict is Verdict.NEEDS_REVIEW


def test_a_hand_written_reason_does_not_silence_a_figure() -> None:
    item = article("Some 45 fans stayed to the end.")
    claim = Claim(
        article=item.path, line=5, column=6, quote="45", kind="number", reason=VAGUE_QUANTITY
    )
    assert judge(claim, item, context()).verdict is Verdict.NEEDS_REVIEW


@given(st.sampled_from(VAGUE), st.sampled_from(["people", "homes", "voters", "fans"]))
def test_any_vague_quantity_of_anything_reads_vague(words: str, noun: str) -> None:
    mention = read_number(f"{words} {noun}")
    assert mention is not None
    assert mention.vague
