"""One claim judged in a one-article desk: the steps every kind's tests share."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

from factsuite.articles import Article, parse_article
from factsuite.compare import Context, judge
from factsuite.extraction.pipeline import Extractor
from factsuite.kinds import registry
from factsuite.kinds.base import ClaimKind
from factsuite.model import Claim, Fact, Result


def article_of(body: str, *, published: str = "2025-08-28", path: str = "a.md") -> Article:
    """A one-article desk's article: ``body`` under a title and ``published`` date."""
    return parse_article(f"---\ntitle: T\npublished: {published}\n---\n{body}\n", path)


def judge_quote(
    body: str,
    quote: str,
    kind: str,
    facts: Fact | Mapping[str, Fact],
    *,
    published: str = "2025-08-28",
    path: str = "a.md",
    **claim: object,
) -> Result:
    """The verdict on the claim of ``kind`` at the first ``quote`` in ``body``.

    ``facts`` is the claim's fact, or every fact the desk holds (the claim's fact is
    then named by ``fact=``). The claim is confirmed unless ``status`` says otherwise;
    other keywords (``stated``, ``at``, ...) go to the ``Claim`` as they are.
    """
    article = article_of(body, published=published, path=path)
    line, column = article.position(article.text.index(quote, article.body_start))
    if not isinstance(facts, Mapping):
        claim.setdefault("fact", facts.id)
        facts = {facts.id: facts}
    claim.setdefault("status", "confirmed")
    made = Claim(
        article=article.path,
        line=line,
        column=column,
        quote=quote,
        kind=kind,
        **claim,  # type: ignore[arg-type]
    )
    return judge(made, article, Context.build(facts))


def judge_bound(
    sentence: str, facts: Mapping[str, Fact], *, published: str = "2025-08-28"
) -> tuple[Claim, Result]:
    """The one claim extraction binds to a fact in ``sentence``, and its verdict."""
    article = article_of(sentence, published=published)
    extractor = Extractor(facts)
    (claim,) = [c for c in extractor.extract(article) if c.fact is not None]
    return claim, judge(claim, article, extractor.context)


def found_spans(
    kind: str | ClaimKind[Fact], text: str, reference: date = date(2025, 1, 1)
) -> list[str]:
    """The words of each span ``kind`` (a kind or its name) finds in ``text``."""
    finder = registry.kind(kind) if isinstance(kind, str) else kind
    return [text[f.start : f.end] for f in finder.find(text, reference)]
