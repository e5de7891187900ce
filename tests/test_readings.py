"""An article's lines and sentences read once for the claims judged together (readings.py)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factsuite import dates
from factsuite.compare import judge
from factsuite.desk import Desk
from factsuite.model import Claim
from factsuite.readings import Readings
from tests.conftest import REPO
from tests.test_compare import CONTEXT, article

LINE = "The parade was on 3 September 2025, six years after the last visit in January 2019."


@pytest.fixture
def texts_read(monkeypatch: pytest.MonkeyPatch) -> Counter[str]:
    """How many times each text has its dates read, by ``dates.find_dates``."""
    read: Counter[str] = Counter()
    find = dates.find_dates

    def counted(text: str, reference: date) -> list[dates.DateMention]:
        read[text] += 1
        return find(text, reference)

    monkeypatch.setattr(dates, "find_dates", counted)
    return read


def test_a_text_is_read_once_for_each_reference(texts_read: Counter[str]) -> None:
    readings = Readings()
    first = readings.dates(LINE, date(2025, 8, 28))
    assert readings.dates(LINE, date(2025, 8, 28)) is first
    assert list(first) == dates.find_dates(LINE, date(2025, 8, 28))
    assert texts_read[LINE] == 2  # once for the readings, once for the comparison
    readings.dates(LINE, date(2030, 1, 1))  # "six years after" means another time then
    assert texts_read[LINE] == 3


def _date_claims(text: str) -> list[Claim]:
    page = article(text)
    claims = []
    for quote, fact in (("3 September 2025", "parade"), ("January 2019", "last-visit")):
        line, column = page.position(page.text.index(quote, page.body_start))
        claims.append(
            Claim(
                article=page.path,
                line=line,
                column=column,
                quote=quote,
                kind="date",
                fact=fact,
                status="confirmed",
            )
        )
    return claims


def test_claims_on_one_line_read_it_once(texts_read: Counter[str]) -> None:
    page = article(LINE)
    claims = _date_claims(LINE)
    alone = [judge(claim, page, CONTEXT) for claim in claims]
    assert texts_read[LINE] == len(claims)  # each date reads its line
    texts_read.clear()
    readings = Readings()
    together = [judge(claim, page, CONTEXT, readings) for claim in claims]
    assert texts_read[LINE] == 1
    assert together == alone
    assert [r.verdict.value for r in together] == ["agrees", "agrees"]


def _sample_results(order: Sequence[int]) -> tuple[list[object], list[object]]:
    """The sample desk's results for its claims in ``order``: judged per article with
    one shared reading each (Desk.results), and each judged alone."""
    desk = Desk.load(REPO)
    claims = desk.gate_claims(desk.checked_claims(), desk.article_paths())
    chosen = [claims[k] for k in order]
    chosen.sort(key=lambda c: c.article)  # stable: within an article, the order drawn
    shared = list(desk.results(chosen))
    return shared, [desk.judge(claim) for claim in chosen]


def test_shared_readings_judge_the_sample_desk_as_alone() -> None:
    desk = Desk.load(REPO)
    count = len(desk.gate_claims(desk.checked_claims(), desk.article_paths()))
    shared, alone = _sample_results(range(count))
    assert len(shared) == count > 100
    assert shared == alone


@settings(max_examples=10, deadline=None)
@given(st.randoms(use_true_random=False))
def test_the_order_claims_are_judged_in_does_not_change_them(rng: object) -> None:
    desk = Desk.load(REPO)
    count = len(desk.gate_claims(desk.checked_claims(), desk.article_paths()))
    order = list(range(count))
    rng.shuffle(order)  # type: ignore[attr-defined]
    shared, alone = _sample_results(order)
    assert shared == alone
