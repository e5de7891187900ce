"""Extraction: finding every checkable claim in an article and binding it to a fact.

It reads an article's text model, ``factsuite.text.document_of`` (the visible text
mapped back to the file, sentences, clauses and quotations; ``segments`` is the name
binding gives it). The pieces, each with one job: ``folded`` (folded text with
offsets), ``lexicon`` (one automaton over every name, title and cue), ``mentions``
(people and entities named), ``rolephrases`` (titles and roles), ``values`` (dates
and numbers that can be claims), ``binding`` (values to facts by their cues),
``attributes`` (categorical claims), ``pipeline`` (one article to claims),
``claimsfile`` (writing and merging claims.yaml), ``command`` (``factsuite
extract``) and ``words`` (word lists).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from factsuite.extraction.pipeline import Extractor

__all__ = ["Extractor"]


def __getattr__(name: str) -> Any:
    # Imported on first use, not with the package: claimsfile and the merge driver
    # live here too and need none of the pipeline (about 0.2 s of imports).
    if name == "Extractor":
        from factsuite.extraction.pipeline import Extractor

        return Extractor
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
