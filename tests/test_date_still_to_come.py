"""The date rule ``still-to-come``: a time the sentence sets after the article's date,
bound by extraction to a date fact already past, is no time of that event ("the spring
series continues on Thursday" beside a sale held last week): it awaits review instead
of failing. A date fact still to come, a past reading, or a binding a person made are
judged as before."""

from __future__ import annotations

import pytest

from tests.datecases import before_and_after_a_person_binds, date_verdicts

FACTS = """\
results.release:
  type: date
  label: the publication of the census's first results
  value: 2026-06-24
  cues: [results, published]
  sources: [statistics office release]
sale.date:
  type: date
  label: the evening sale of post-war art
  value: 2026-05-16
  cues: [sale, auction]
  sources: [auction house results]
deal.vote:
  type: date
  label: the members' vote on the pay deal
  value: 2026-03-09
  cues: [vote, ballot]
  sources: [union notice]
hearing.date:
  type: date
  label: the appeal hearing
  value: 2026-07-06
  cues: [hearing]
  sources: [court list]
"""


def verdicts(body: str, published: str) -> dict[str, tuple[str | None, str]]:
    """quote -> (fact, verdict) of every date claim extracted from ``body``."""
    return date_verdicts(FACTS, body, published)


@pytest.mark.parametrize(
    ("body", "published", "quote", "fact"),
    [
        # census: the first results were out in June; more follow
        ("Detailed results by county follow next month.", "2026-06-25", "next month",
         "results.release"),
        # auction: the evening sale was last week; the series goes on
        ("The auction house's spring sale series continues tomorrow.", "2026-05-18",
         "tomorrow", "sale.date"),
        # labour: the members voted in March; another ballot is to come
        ("Members vote again tomorrow on the revised offer.", "2026-03-10", "tomorrow",
         "deal.vote"),
    ],
)  # fmt: skip
def test_a_time_still_to_come_is_no_time_of_a_past_event(
    body: str, published: str, quote: str, fact: str
) -> None:
    assert verdicts(body, published)[quote] == (fact, "needs-review")


@pytest.mark.parametrize(
    ("body", "published", "quote", "fact", "verdict"),
    [
        # a fact still to come: a wrong day fails
        ("The appeal hearing opens next Tuesday.", "2026-07-02", "next Tuesday",
         "hearing.date", "contradicts"),
        # a past reading of a past fact: a wrong day fails
        ("The sale was held on Wednesday.", "2026-05-18", "on Wednesday", "sale.date",
         "contradicts"),
        # the right day agrees whatever the tense
        ("The members voted on March 9.", "2026-03-20", "March 9", "deal.vote", "agrees"),
    ],
)  # fmt: skip
def test_still_to_come_leaves_other_dates_to_their_judge(
    body: str, published: str, quote: str, fact: str, verdict: str
) -> None:
    assert verdicts(body, published)[quote] == (fact, verdict)


def test_a_time_still_to_come_bound_by_a_person_fails() -> None:
    """Once a person binds the claim, it is judged without the rule."""
    assert before_and_after_a_person_binds(
        FACTS, "Detailed results by county follow next month.", "2026-06-25", "next month"
    ) == (
        "needs-review",
        "contradicts",
    )
