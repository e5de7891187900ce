"""The fast paths of extraction give exactly what the plain way of writing them gives.

Each faster form (a regex rewritten so that re can skip ahead, a scan on lower-cased
text, a fold through str.translate's ASCII path, a bisection for overlaps) is checked
here against the plain form it replaced, on generated text that mixes the words and
characters each one cares about.
"""

from __future__ import annotations

import io
import re
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from factsuite.extraction import segments
from factsuite.extraction.command import run

ROOT = Path(__file__).resolve().parents[1]


def texts(vocabulary: list[str]) -> st.SearchStrategy[str]:
    """Text made of the given pieces, joined by assorted spacing."""
    piece = st.sampled_from(vocabulary)
    gap = st.sampled_from(["", " ", " ", "  ", "\n", "\t", "\u00a0"])
    return st.lists(st.tuples(piece, gap), max_size=40).map(
        lambda pairs: "".join(p + g for p, g in pairs)
    )


PUNCTUATION = [*".!?,;:—–-()[]\"'“”‘’", "--", "\n", "\n\n"]
SENTENCE_WORDS = [*PUNCTUATION, "abc", "strategies", "China", "Kim", "U.S", "Mr", "A", "3", "x"]


@given(texts(SENTENCE_WORDS))
def test_sentence_ends_are_those_of_the_plain_pattern(text: str) -> None:
    plain = re.compile(r"[.!?][\"'”’)\]]*(?=\s+[\"“‘(]?[A-Z0-9])|\n|(?<=[a-z]{3})\.(?=[A-Z][a-z])")
    fast = [m.span() for m in segments._SENTENCE_END.finditer(text)]
    assert fast == [m.span() for m in plain.finditer(text)]


@given(texts(SENTENCE_WORDS))
def test_clause_boundaries_are_those_of_the_plain_pattern(text: str) -> None:
    plain = re.compile(r"--|[,;:—–()\[\]]")
    fast = [m.span() for m in segments._BOUNDARY.finditer(text)]
    assert fast == [m.span() for m in plain.finditer(text)]


def test_the_sample_desk_claims_file_is_what_extraction_gives() -> None:
    """``factsuite extract --check`` on the sample desk: claims.yaml is up to date."""
    out, err = io.StringIO(), io.StringIO()
    assert run(ROOT, [], True, False, out, err) == 0, out.getvalue() + err.getvalue()
