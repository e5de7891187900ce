"""schema.org ClaimReview JSON-LD for failed claims: the markup fact-checkers publish
their findings in (read by search engines and fact-check explorers).

One ClaimReview per claim the desk found wrong: what was claimed (the sentence), a
rating on a 1 to 5 scale with its name in words, the article it appears in (its front
matter's title and date), and who reviewed it (the desk's ``[tool.factsuite]
claimreview`` settings). Claims that fail for the desk's own reasons (``stale``: the
words moved; strict mode: nobody reviewed it) are no finding about the claim and are
left out.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Iterable, Mapping
from datetime import date, datetime, timezone
from pathlib import Path
from typing import Any

from factsuite.articles import Article
from factsuite.detect import PYPROJECT, TABLE, read_pyproject
from factsuite.errors import InputError
from factsuite.model import Result, Verdict
from factsuite.settings import Author, ClaimReview, key_line

CONTEXT = "https://schema.org"
# The rating scale: 5 would be a claim found true, 1 one found false. Each verdict
# that is a finding about a claim has its place on it and its name in words
# (``alternateName``, what a reader sees).
BEST_RATING = 5
WORST_RATING = 1
RATINGS: dict[Verdict, tuple[int, str]] = {
    Verdict.CONTRADICTS: (1, "False"),
    Verdict.OUTDATED: (2, "Outdated"),
    Verdict.MISSPELLED: (3, "Misspelled"),
}


def review_date(environ: Mapping[str, str] = os.environ) -> date:
    """The reviews' ``datePublished``: today, or the UTC day of ``$SOURCE_DATE_EPOCH``
    when set (reproducible-builds.org), so a published page can be built again
    byte for byte."""
    epoch = environ.get("SOURCE_DATE_EPOCH", "").strip()
    if epoch.isdigit():
        return datetime.fromtimestamp(int(epoch), tz=timezone.utc).date()
    return date.today()


def reviewed(results: Iterable[Result]) -> list[Result]:
    """The failed claims a ClaimReview is written for."""
    return [
        r
        for r in results
        if r.outcome == "failed" and r.verdict in RATINGS and not r.review_required
    ]


def review_author(settings: ClaimReview, root: Path) -> Author:
    """The desk's ClaimReview author. Raises ``InputError`` (one line, at the
    ``[tool.factsuite]`` table when there is one) when the desk names none."""
    if settings.author is not None:
        return settings.author
    text = read_pyproject(root) or ""
    raise InputError(
        PYPROJECT,
        f"{TABLE} claimreview.author: missing: --format claimreview needs who publishes "
        'the fact checks, e.g. claimreview = { author = { name = "The Riverside Courier" } }',
        key_line(text, ("claimreview",)),
    )


def _organization(name: str, url: str = "") -> dict[str, Any]:
    entity: dict[str, Any] = {"@type": "Organization", "name": name}
    if url:
        entity["url"] = url
    return entity


def claim_review(
    result: Result, article: Article, author: Author, *, today: date, url: str = "", base: str = ""
) -> dict[str, Any]:
    """One ClaimReview of a failed claim."""
    value, name = RATINGS[result.verdict]
    published = article.published.isoformat()
    review: dict[str, Any] = {
        "@context": CONTEXT,
        "@type": "ClaimReview",
        "claimReviewed": result.sentence or result.claim.quote,
        "reviewBody": result.message,
        "reviewRating": {
            "@type": "Rating",
            "ratingValue": value,
            "bestRating": BEST_RATING,
            "worstRating": WORST_RATING,
            "alternateName": name,
            "name": name,
        },
        "itemReviewed": {
            "@type": "Claim",
            "datePublished": published,
            # The article's source when its front matter names one; else the article is
            # the desk's own, checked before or after it was published.
            "author": _organization(article.source)
            if article.source
            else _organization(author.name, author.url),
            "appearance": {
                "@type": "CreativeWork",
                "url": base + article.path,
                "headline": article.title,
                "datePublished": published,
            },
        },
        "author": _organization(author.name, author.url),
        "datePublished": today.isoformat(),
    }
    if url:
        review["url"] = url
    return review


def claim_reviews(
    results: Iterable[Result],
    article: Callable[[str], Article],
    settings: ClaimReview,
    root: Path,
    *,
    today: date,
    base: str = "",
) -> str:
    """A JSON array of the ClaimReviews of the failed claims among ``results``.
    Raises ``InputError`` when the desk names no author."""
    author = review_author(settings, root)
    reviews = [
        claim_review(r, article(r.claim.article), author, today=today, url=settings.url, base=base)
        for r in reviewed(results)
    ]
    return json.dumps(reviews, indent=2, ensure_ascii=False)
