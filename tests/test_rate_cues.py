"""A cue that ends in a rate ("per dose", "a week") matches the same rate written with any
other rate word ("$48 a dose", "£9m each week"): data/en/recurrence_words.txt and
data/en/rate_articles.txt, each word tested, and bindings from science and labour."""

from __future__ import annotations

from pathlib import Path

import pytest

from factsuite import language
from factsuite.extraction.lexicon import rate_forms
from tests.sentencecases import bound_facts

RATE_WORDS = (*language.words("recurrence_words.txt"), *language.words("rate_articles.txt"))


@pytest.mark.parametrize("word", RATE_WORDS)
def test_each_rate_word_stands_for_every_other(word: str) -> None:
    forms = list(rate_forms(f"doses {word} week"))
    assert forms[0] == f"doses {word} week"
    assert sorted(forms) == sorted(f"doses {other} week" for other in RATE_WORDS)


def test_a_cue_that_ends_in_no_rate_has_one_form() -> None:
    assert list(rate_forms("price")) == ["price"]
    assert list(rate_forms("per cent rise")) == ["per cent rise"]  # no rate at its end


SCIENCE = """\
vaccine.price:
  type: number
  label: the price per dose for public programmes
  value: 38
  unit: USD
  cues: [per dose]
  sources: [s]
vaccine.doses:
  type: count
  label: doses shipped
  value: 38
  unit: doses
  cues: [shipped]
  sources: [s]
"""
LABOUR = """\
strike.cost:
  type: number
  label: what the strike costs the company each week
  value: 9000000
  unit: GBP
  cues: [a week]
  sources: [s]
company.profit:
  type: number
  label: the company's profit last year
  value: 9000000
  unit: GBP
  cues: [profit]
  sources: [s]
"""


@pytest.mark.parametrize(
    ("facts", "sentence", "span", "fact"),
    [
        (SCIENCE, "The maker will charge public programmes $48 a dose.", "48", "vaccine.price"),
        (LABOUR, "The stoppage costs the company £9m every week.", "9m", "strike.cost"),
        # the cue's own words bind as before
        (SCIENCE, "The maker will charge public programmes $48 per dose.", "48", "vaccine.price"),
    ],
)  # fmt: skip
def test_a_rate_cue_binds_with_another_rate_word(
    facts: str, sentence: str, span: str, fact: str, tmp_path: Path
) -> None:
    assert bound_facts(facts, sentence, tmp_path)[span] == fact
