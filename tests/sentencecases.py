"""One sentence read by extraction against a small desk written from YAML, for the tests
of rules that need a desk of their own (spelling variants, rate cues, role owners)."""

from __future__ import annotations

from pathlib import Path

from factsuite.articles import Article, parse_article
from factsuite.desk import Desk
from factsuite.extraction import Extractor
from factsuite.model import Claim


def extract_sentence(
    facts: str, sentence: str, root: Path, published: str = "2026-03-02"
) -> tuple[list[Claim], Article, Desk]:
    """The claims extraction makes of ``sentence`` in a desk at ``root`` holding the
    fact file ``facts``, with the article and the desk."""
    (root / "facts").mkdir(parents=True)
    (root / "facts" / "facts.yaml").write_text(facts, encoding="utf-8")
    (root / "claims.yaml").write_text("", encoding="utf-8")
    desk = Desk.load(root, use_cache=False)
    article = parse_article(f"---\ntitle: T\npublished: {published}\n---\n{sentence}\n", "a.md")
    return Extractor(desk.facts, desk.context).extract(article), article, desk


def bound_facts(facts: str, sentence: str, root: Path) -> dict[str, str | None]:
    """Each claim's quote and the fact extraction bound it to."""
    claims, _, _ = extract_sentence(facts, sentence, root)
    return {c.quote: c.fact for c in claims}
