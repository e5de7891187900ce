"""The date rule ``todays-news``: a day named as the article's own ("today", "on
Tuesday" in Tuesday's paper), bound by extraction to an event two days or more before
it, tells the day's news of that event ("the death toll rose to 19 on Tuesday" beside
a dam that failed on Saturday): it awaits review instead of failing. A day off by one
(the slip a writer makes), a weekday that is not the article's day, and a binding a
person made are judged as before."""

from __future__ import annotations

import pytest

from tests.datecases import before_and_after_a_person_binds, date_verdicts

FACTS = """\
failure.date:
  type: date
  label: the failure of the Corrie Dam
  value: 2026-03-14
  cues: [collapse, failure, death toll]
  sources: [coroner's statement]
poll.date:
  type: date
  label: polling day in the Wexmoor by-election
  value: 2026-03-05
  cues: [by-election, won, polling]
  sources: [returning officer]
escape.date:
  type: date
  label: the escape of the snow leopard from Harlow Zoo
  value: 2026-06-06
  cues: [escape, on the loose, loose]
  sources: [zoo statement]
final.date:
  type: date
  label: the cup final
  value: 2026-05-09
  cues: [final]
  sources: [league fixtures]
"""


def verdicts(body: str, published: str) -> dict[str, tuple[str | None, str]]:
    """quote -> (fact, verdict) of every date claim extracted from ``body``."""
    return date_verdicts(FACTS, body, published)


@pytest.mark.parametrize(
    ("body", "published", "quote", "fact"),
    [
        # weather and disasters: the dam failed on Saturday; Tuesday's paper
        ("The death toll from the collapse rose to 21 on Tuesday, the coroner said.",
         "2026-03-17", "on Tuesday", "failure.date"),
        # election: polling was on Thursday; the recount ends on Saturday
        ("Ms Doyle won the by-election by 31 votes on Saturday after a recount.",
         "2026-03-07", "on Saturday", "poll.date"),
        # wildlife: the leopard escaped on Saturday; the zoo speaks on Monday
        ("After its escape the leopard was resting off show on Monday, the zoo said.",
         "2026-06-08", "on Monday", "escape.date"),
        # sport: the final was last week; today's news of it
        ("The club paraded the cup from the final through the town today.",
         "2026-05-12", "today", "final.date"),
    ],
)  # fmt: skip
def test_the_articles_own_day_is_todays_news_of_an_earlier_event(
    body: str, published: str, quote: str, fact: str
) -> None:
    assert verdicts(body, published)[quote] == (fact, "needs-review")


@pytest.mark.parametrize(
    ("body", "published", "quote", "fact", "verdict"),
    [
        # a day off: the slip a writer makes still fails
        ("The dam's collapse on Sunday killed 21, the coroner said.", "2026-03-15", "on Sunday",
         "failure.date", "contradicts"),
        # a weekday before the article's day is read as before
        ("Ms Doyle won the by-election on Wednesday.", "2026-03-07", "on Wednesday",
         "poll.date", "contradicts"),
        # the article's own day, and the event's: it agrees
        ("The cup final was played today.", "2026-05-09", "today", "final.date",
         "agrees"),
    ],
)  # fmt: skip
def test_todays_news_leaves_other_dates_to_their_judge(
    body: str, published: str, quote: str, fact: str, verdict: str
) -> None:
    assert verdicts(body, published)[quote] == (fact, verdict)


def test_todays_news_bound_by_a_person_fails() -> None:
    """Once a person binds the claim, it is judged without the rule."""
    assert before_and_after_a_person_binds(
        FACTS, "The death toll from the collapse rose to 21 on Tuesday.", "2026-03-17", "on Tuesday"
    ) == (
        "needs-review",
        "contradicts",
    )
