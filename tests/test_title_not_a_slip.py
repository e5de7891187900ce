"""A title beside a body's name is the title, not a misspelling of the body: "Health
Minister" where the desk knows the "Health Ministry" (heatwave's dev desk; the same
shape with finance ministries), while a real slip of the body's name still fails."""

from __future__ import annotations

import pytest

from factsuite.compare import judge
from tests.test_extraction_support import article, fixture_desk

FACTS = """\
health-ministry:
  type: entity
  name: Ministry of Health
  variants: [Health Ministry]
  sources: [https://example.org/health]
finance-ministry:
  type: entity
  name: Ministry of Finance
  variants: [Finance Ministry]
  sources: [https://example.org/finance]
planning-directorate:
  type: entity
  name: Planning Directorate
  sources: [https://example.org/planning]
"""


def names(text: str) -> set[tuple[str, str]]:
    """(quote, verdict) of every name claim in ``text``."""
    desk = fixture_desk(FACTS)
    item = article(text)
    results = (judge(c, item, desk.context) for c in desk.extractor.extract(item))
    return {(r.claim.quote, r.verdict.value) for r in results if r.claim.kind == "name"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # weather (a heat warning) and politics (a budget): the minister is a title
        ("Health Minister Ana Costa said hospitals were ready.", set()),
        ("The Finance Minister, Joao Reis, presented the budget.", set()),
        # ... as a director is beside a directorate (planning)
        ("Planning Director Ruth Hale approved the scheme.", set()),
        # controls: the body by its name, and a slip of it
        ("The Health Ministry said hospitals were ready.", {("Health Ministry", "agrees")}),
        ("The Health Minstry said hospitals were ready.", {("Health Minstry", "misspelled")}),
        ("The Planing Directorate approved it.", {("Planing Directorate", "misspelled")}),
    ],
)
def test_a_title_word_is_no_slip_of_a_body_s_name(
    text: str, expected: set[tuple[str, str]]
) -> None:
    assert names(text) == expected
