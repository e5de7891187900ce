"""The text extraction reads: Markdown made visible, folded text, sentences and clauses."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from factsuite.articles import parse_article
from factsuite.extraction.folded import fold_text
from factsuite.extraction.segments import Segments
from factsuite.names import fold
from factsuite.text.visible import visible_text

FRONT = "---\ntitle: T\npublished: 2025-08-28\n---\n"


def visible(body: str, path: str = "a.md") -> tuple[str, list[tuple[str, str]]]:
    """The visible text, and each of its words beside the file text it maps back to."""
    article = parse_article(FRONT + body, path)
    seen = visible_text(article)
    pairs = []
    for match in re.finditer(r"\w+", seen.text):
        start, end = seen.file_span(match.start(), match.end())
        pairs.append((match.group(), article.text[start:end]))
    return seen.text, pairs


def test_markdown_syntax_is_not_prose_and_words_map_back_to_the_file() -> None:
    text, pairs = visible(
        "# A *rare* outing\n\n"
        'Kim met [Donald Trump](https://example.org/trump "t") in **Singapore**.\n'
        "He said `code 26` and <b>more</b> &amp; \\*less\\*.\n\n"
        "> Quoted 26 leaders\n\n"
        "- item *two*\n"
    )
    assert "https" not in text
    assert "example" not in text
    assert "code" not in text
    assert "Donald Trump" in text
    assert "Singapore" in text
    assert "<b>" not in text
    assert "& *less*" in text
    assert "Quoted 26 leaders" in text
    assert "item two" in text
    assert all(word == source for word, source in pairs)


def test_images_autolinks_and_code_blocks_are_left_out() -> None:
    text, _ = visible(
        "See ![a chart](c.png) at <https://x.org/2019>.\n\n    26 leaders in code\n\nEnd.\n"
    )
    assert "chart" not in text
    assert "2019" not in text
    assert "26" not in text
    assert text.startswith("See")
    assert text.endswith("End.")


def test_a_text_article_is_its_body() -> None:
    body = "Kim *met* [Trump](x).\n"
    article = parse_article(FRONT + body, "a.txt")
    seen = visible_text(article)
    assert seen.text == body
    assert seen.to_file(0) == article.body_start


@given(st.text(alphabet="abc XYZ,.;\n", min_size=0, max_size=60))
def test_plain_prose_is_read_as_written(body: str) -> None:
    _, pairs = visible(body + "\n")
    assert all(word == source for word, source in pairs)


@given(st.text(alphabet="aAéÉøß.-’'  ,Kim-jŏng\u0301xY", max_size=40))
def test_folded_text_is_fold_per_word_and_maps_back(text: str) -> None:
    folded = fold_text(text)
    assert " ".join(folded.text.split()) == fold(text) or not fold(text)
    for index in range(len(folded.text)):
        original = folded.original(index)
        assert 0 <= original < len(text)
        assert folded.text[index] in fold_text(text[original]).text or folded.text[index] == " "


def test_folding_keeps_punctuation_as_space_so_names_do_not_match_across_it() -> None:
    text = "Hong Lei, China's U.S. Díaz-Canel"
    folded = fold_text(text)
    assert folded.text == "hong lei  china's us diaz canel"
    start = folded.text.index("diaz")
    begin, end = folded.original_span(start, start + len("diaz canel"))
    assert text[begin:end] == "Díaz-Canel"


def test_sentences_skip_abbreviations_and_end_at_line_breaks() -> None:
    text = "The U.S. President met Kim. Mr. Xi said so.\nA new line. strategies.China grew"
    segments = Segments(text)
    starts = [text[s.start : s.end] for s in segments.sentences]
    assert starts[0] == "The U.S. President met Kim."
    assert starts[1].strip() == "Mr. Xi said so."
    assert any(s.strip().startswith("China grew") for s in starts)


def test_quotations_wall_off_reported_speech_but_not_short_terms() -> None:
    text = (
        "“Japan is the main target on Wednesday, alongside the West,” said Char"
        " at the “Victory Day” parade."
    )
    segments = Segments(text)
    wednesday = text.index("Wednesday")
    said = text.index("said")
    assert not segments.reachable(wednesday, said)
    assert segments.reachable(text.index("Victory"), text.index("parade"))


def test_distance_counts_words_and_clause_boundaries() -> None:
    text = "in 1945 -- it was founded in 1948, and more"
    segments = Segments(text)
    a = (text.index("1945"), text.index("1945") + 4)
    founded = (text.index("founded"), text.index("founded") + 7)
    b = (text.index("1948"), text.index("1948") + 4)
    assert segments.distance(founded, b) == 1
    assert segments.distance(a, founded) > segments.distance(founded, b) + 4
