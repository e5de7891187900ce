"""A cue that ends in a rate ("per dose", "a week") matches the same rate written with any
other rate word ("$48 a dose", "£9m each week"): data/en/recurrence_words.txt and
data/en/rate_articles.txt, each word tested, and bindings from science and labour."""

from __future__ import annotations

from pathlib import Path

import pytest

from factsuite import language
from factsuite.articles import parse_article
from factsuite.desk import Desk
from factsuite.extraction import Extractor
from factsuite.extraction.lexicon import rate_forms

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
    (tmp_path / "facts").mkdir()
    (tmp_path / "facts" / "facts.yaml").write_text(facts, encoding="utf-8")
    (tmp_path / "claims.yaml").write_text("", encoding="utf-8")
    desk = Desk.load(tmp_path, use_cache=False)
    article = parse_article(f"---\ntitle: T\npublished: 2026-03-02\n---\n{sentence}\n", "a.md")
    bound = {c.quote: c.fact for c in Extractor(desk.facts, desk.context).extract(article)}
    assert bound[span] == fact
