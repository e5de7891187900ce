"""Words in a title that say when it is held, judged in sentences of two beats.

"incumbent", "sitting" and "serving" say what a bare title says: held at the time
the sentence describes ("in 1987 she unseated the incumbent mayor" is the mayor of
1987), and, with no other time told, at the article's date. "current" alone holds a
title on the article's day whatever time the sentence is set at."""

from __future__ import annotations

from pathlib import Path

import pytest

from factsuite.compare import judge
from tests.sentencecases import extract_sentence

OBITUARY = """\
walter-kissane:
  type: person
  name: Walter Kissane
  roles:
    - title: Mayor
      of: [Port Alder]
      from: 1980-01-07
      to: 1988-01-04
  sources: [https://example.org/city]
"""
ELECTION = """\
graham-whitlock:
  type: person
  name: Graham Whitlock
  roles:
    - title: Prime Minister
      of: [New Zealand]
      from: 2020-11-06
      to: 2026-03-20
  sources: [https://example.org/government]
"""
DESKS = {"obituary": OBITUARY, "election": ELECTION}


def roles(beat: str, sentence: str, tmp_path: Path) -> set[tuple[str, str]]:
    claims, article, desk = extract_sentence(
        DESKS[beat], sentence, tmp_path / beat, published="2026-11-30"
    )
    results = [judge(claim, article, desk.context) for claim in claims if claim.kind == "role"]
    return {(r.claim.quote, r.verdict.value) for r in results}


@pytest.mark.parametrize(
    ("beat", "sentence", "expected"),
    [
        # set in a time of its own: the holder then
        ("obituary", "In 1987 she unseated the incumbent mayor, Walter Kissane, by 13 points.",
         {("the incumbent mayor, Walter Kissane", "agrees")}),
        ("election", "In 2023 the sitting prime minister, Graham Whitlock, called an early vote.",
         {("the sitting prime minister, Graham Whitlock", "agrees")}),
        # no other time told: the article's date, when neither holds it
        ("obituary", "She called the incumbent mayor, Walter Kissane, on Friday.",
         {("the incumbent mayor, Walter Kissane", "outdated")}),
        ("election", "Voters heard the sitting prime minister, Graham Whitlock, on Friday.",
         {("the sitting prime minister, Graham Whitlock", "outdated")}),
        # a time before the role began is no time it was held
        ("obituary", "In 1975 she met the incumbent mayor, Walter Kissane, at the docks.",
         {("the incumbent mayor, Walter Kissane", "outdated")}),
        # "current" is the article's day whenever the sentence is set
        ("election", "In 2023 the current prime minister, Graham Whitlock, called a vote.",
         {("the current prime minister, Graham Whitlock", "outdated")}),
    ],
)  # fmt: skip
def test_a_described_word_holds_the_title_at_the_time_told(
    beat: str, sentence: str, expected: set[tuple[str, str]], tmp_path: Path
) -> None:
    assert roles(beat, sentence, tmp_path) == expected
