"""Date claims extracted from one sentence and judged: the steps the date judge's
review rules' tests share (still-to-come, todays-news)."""

from __future__ import annotations

import msgspec

from factsuite.compare import judge
from tests.test_extraction_support import article, fixture_desk


def date_verdicts(facts: str, body: str, published: str) -> dict[str, tuple[str | None, str]]:
    """quote -> (fact, verdict) of every date claim extracted from ``body``."""
    desk = fixture_desk(facts)
    item = article(body, published)
    return {
        claim.quote: (claim.fact, judge(claim, item, desk.context).verdict.value)
        for claim in desk.extractor.extract(item)
        if claim.kind == "date"
    }


def before_and_after_a_person_binds(
    facts: str, body: str, published: str, quote: str
) -> tuple[str, str]:
    """The verdict of the date claim ``quote`` as extraction bound it, then once a
    person has confirmed that binding."""
    desk = fixture_desk(facts)
    item = article(body, published)
    (claim,) = [c for c in desk.extractor.extract(item) if c.quote == quote]
    confirmed = msgspec.structs.replace(claim, status="confirmed")
    return (
        judge(claim, item, desk.context).verdict.value,
        judge(confirmed, item, desk.context).verdict.value,
    )
