"""The name extraction's modules give the text model: a ``Segments`` is the article's
``Document`` (factsuite.text), its sentences, words, clauses and quotations."""

from __future__ import annotations

from factsuite.text.document import COMMA_COST, MIN_QUOTATION_WORDS, STRONG_COST
from factsuite.text.document import Document as Segments
from factsuite.text.sentences import Sentence

__all__ = ["COMMA_COST", "MIN_QUOTATION_WORDS", "STRONG_COST", "Segments", "Sentence"]
