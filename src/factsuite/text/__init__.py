"""The text model: an article's visible text, sentences, clauses and quotations.

``document_of(article)`` gives the article's ``Document`` (document.py), built once
and shared by extraction and the judges; ``sentences`` is the one sentence splitter;
``visible`` maps Markdown to the text a reader sees. Nothing here knows about facts
or pytest.
"""

from __future__ import annotations

from factsuite.text.document import Document, document_of
from factsuite.text.sentences import Sentence, split_sentences

__all__ = ["Document", "Sentence", "document_of", "split_sentences"]
