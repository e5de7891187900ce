"""Extraction: finding every checkable claim in an article and binding it to a fact.

The pieces, each with one job: ``visible`` (Markdown to the text a reader sees,
mapped back to the file), ``folded`` (folded text with offsets), ``lexicon`` (one
automaton over every name, title and cue), ``segments`` (sentences, clauses and
quotations), ``mentions`` (people and entities named), ``rolephrases`` (titles and
roles), ``values`` (dates and numbers that can be claims), ``binding`` (values to
facts by their cues), ``attributes`` (categorical claims), ``pipeline`` (one article
to claims), ``claimsfile`` (writing and merging claims.yaml), ``command``
(``factsuite extract``) and ``words`` (word lists).
"""

from __future__ import annotations

from factsuite.extraction.pipeline import Extractor, claim_order

__all__ = ["Extractor", "claim_order"]
