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

from factsuite.extraction.pipeline import Extractor, claim_order

__all__ = ["Extractor", "claim_order"]
