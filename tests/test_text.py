"""The text model (factsuite.text): one sentence splitter, run on the named cases of
tests/corpus/sentences.yaml, and one Document per article, shared by extraction and
the judges, that quotes a claim's sentence as the file writes it."""

from __future__ import annotations

import itertools
import subprocess
import sys
from collections import defaultdict
from datetime import date
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import given
from hypothesis import strategies as st

from factsuite import series
from factsuite.articles import parse_article
from factsuite.compare import judge
from factsuite.dates import find_dates
from factsuite.kinds.score import read_score
from factsuite.model import Verdict
from factsuite.text import Document, document_of, split_sentences
from factsuite.text.sentences import abbreviations, sentence_end, sentence_start
from factsuite.text.visible import visible_text
from tests.test_extraction_support import fixture_desk
from tests.test_series import DESK, _verdict

CORPUS = Path(__file__).parent / "corpus" / "sentences.yaml"
BEATS = {"business", "sport", "courts", "science", "weather", "politics"}
FORMS = {
    "abbreviation",
    "initials",
    "decimal",
    "ellipsis",
    "quotation",
    "glued",
    "line-break",
    "list",
    "negative",
    "opening-figure",
}


def _cases() -> list[dict[str, Any]]:
    loaded = yaml.safe_load(CORPUS.read_text(encoding="utf-8"))
    assert isinstance(loaded, list)
    return loaded


def _sentences(text: str) -> list[str]:
    return [text[s.start : s.end].strip() for s in split_sentences(text)]


@pytest.mark.parametrize("case", _cases(), ids=lambda case: case["name"])
def test_sentence_corpus(case: dict[str, Any]) -> None:
    if case.get("xfail"):
        pytest.xfail(case["xfail"])
    assert _sentences(case["text"]) == case["sentences"]


def test_the_corpus_covers_every_form_from_two_beats_and_every_beat_twice() -> None:
    cases = _cases()
    names = [case["name"] for case in cases]
    assert len(names) == len(set(names)), "case names are unique"
    beats_of_form: dict[str, set[str]] = defaultdict(set)
    cases_of_beat: dict[str, int] = defaultdict(int)
    for case in cases:
        assert case["beat"] in BEATS, case["name"]
        assert set(case["forms"]) <= FORMS, case["name"]
        assert ("negative" in case["forms"]) == (len(case["sentences"]) == 1), case["name"]
        cases_of_beat[case["beat"]] += 1
        for form in case["forms"]:
            beats_of_form[form].add(case["beat"])
    assert {form for form, beats in beats_of_form.items() if len(beats) >= 2} == FORMS
    assert {beat for beat, count in cases_of_beat.items() if count >= 2} == BEATS


def test_sentences_cover_the_text_in_order() -> None:
    text = "Mr. Kim met Xi. They spoke.\n“Yes.” No. 3 won"
    found = split_sentences(text)
    assert found[0].start == 0
    assert found[-1].end == len(text)
    assert all(a.end == b.start for a, b in itertools.pairwise(found))


@given(st.text(alphabet="aZ3 .!?\n“”\"')", max_size=60))
def test_sentences_always_cover_the_whole_text(text: str) -> None:
    found = split_sentences(text)
    assert found
    assert found[0].start == 0
    assert found[-1].end == len(text)
    assert all(a.end == b.start and a.start < a.end for a, b in itertools.pairwise(found))


# --- the abbreviations, data/en/abbreviations.txt ----------------------------------


def test_abbreviations_are_lower_case_words() -> None:
    words = abbreviations()
    assert words
    assert all(word.isalpha() and word.islower() for word in words)


@pytest.mark.parametrize("word", sorted(abbreviations()))
def test_each_abbreviation_keeps_its_sentence_going(word: str) -> None:
    # Before a capital a full stop ends a sentence ("Kim. Smith"); after an
    # abbreviation, written as news writes it, it does not.
    for written in (word.capitalize(), word):
        text = f"They met {written}. Smith and 3 others."
        assert _sentences(text) == [text], written


def test_a_word_that_is_no_abbreviation_ends_its_sentence() -> None:
    assert "kim" not in abbreviations()
    assert _sentences("They met Kim. Smith left.") == ["They met Kim.", "Smith left."]


# --- one Document per article ------------------------------------------------------

_ARTICLE = (
    "---\ntitle: T\npublished: 2025-06-01\n---\n"
    "In 2023, after U.S. talks stalled, the **policy rate** was 5.5%. It fell later.\n"
)


def test_the_opening_date_is_read_across_an_abbreviation() -> None:
    # The judges once split sentences at every full stop and read "talks stalled, the
    # policy rate was 5.5%." with no date: the rate of the article's date, outdated.
    assert _verdict("In 2023, after U.S. talks stalled, the policy rate was 5.5%.", "5.5%") == (
        "agrees"
    )
    assert (
        _verdict(
            "In 2020, after Mr. Ellis quit, Harbour won 41 seats.", "41", published="2026-10-18"
        )
        == "agrees"
    )


def test_extraction_and_judging_share_one_document() -> None:
    desk = fixture_desk(DESK)
    article = parse_article(_ARTICLE, "articles/a.md")
    claims = desk.extractor.extract(article)
    built = article.document
    assert built is not None
    assert document_of(article) is built
    bound = [c for c in claims if c.fact == "rate"]
    assert bound
    result = judge(bound[0], article, desk.context)
    assert article.document is built
    assert result.verdict is Verdict.AGREES


def test_a_sentence_is_quoted_as_the_file_writes_it() -> None:
    article = parse_article(_ARTICLE, "articles/a.md")
    start = article.text.index("5.5%")
    sentence, offset = document_of(article).sentence_around(start, start + 4)
    assert sentence == "In 2023, after U.S. talks stalled, the **policy rate** was 5.5%."
    assert sentence[offset:].startswith("5.5%")


def test_a_quote_outside_the_prose_is_quoted_with_its_line() -> None:
    article = parse_article(_ARTICLE, "articles/a.md")
    start = article.text.index("2025-06-01")
    sentence, offset = document_of(article).sentence_around(start, start + 10)
    assert (sentence, offset) == ("published: 2025-06-01", len("published: "))


_MARKDOWN_PIECES = ["Kim", " ", "met", "*Xi*", "[Putin](http://x.org/2019)", ".", "\n", "\n\n"]
_MARKDOWN_PIECES += ["- ", "# ", "`code`", "> ", "U.S.", "3", "**", "“", "”"]


@given(st.lists(st.sampled_from(_MARKDOWN_PIECES), max_size=30).map("".join))
def test_every_visible_character_maps_to_the_file_and_back(body: str) -> None:
    article = parse_article(f"---\ntitle: T\npublished: 2025-06-01\n---\n{body}", "a.md")
    visible = visible_text(article)
    for index, char in enumerate(visible.text):
        at = visible.to_file(index)
        if article.text[at] == char:  # the gap between blocks stands for no file text
            assert visible.from_file(at) == index


@pytest.mark.parametrize(
    ("bracketed", "parenthesised"),
    [
        (
            "The policy rate was 5.5% [in 2023] said the bank.",
            "The policy rate was 5.5% (in 2023) said the bank.",
        ),
        (
            "In 2023 [the year of the cut] the policy rate was 5.5%.",
            "In 2023 (the year of the cut) the policy rate was 5.5%.",
        ),
    ],
)
def test_the_judges_clauses_are_those_of_the_text_model(bracketed: str, parenthesised: str) -> None:
    # Brackets close a clause as parentheses do, for binding and for the time a
    # series is read at alike.
    told = [
        series.time_told(s, s.index("5.5%"), s.index("5.5%") + 4, date(2025, 6, 1))
        for s in (bracketed, parenthesised)
    ]
    assert told[0] == told[1]
    start = bracketed.index("[")
    assert Document(bracketed).boundary_cost(start, start + 1) > 0


@given(st.text(alphabet="aZ3 .!?\n“”\"')", min_size=1, max_size=60), st.data())
def test_a_sentence_read_back_from_a_position_starts_where_the_splitter_starts_it(
    text: str, data: st.DataObject
) -> None:
    position = data.draw(st.integers(0, len(text) - 1))
    starts = [s.start for s in split_sentences(text) if s.start <= position]
    assert sentence_start(text, position) == max(starts)


@pytest.mark.parametrize(
    ("text", "score"),
    [
        ("Mexico beat the U.S. 2-1 on Sunday.", (2, 1)),
        ("Harbour beat St. Mirren 3-0 at home.", (3, 0)),
    ],
)
def test_a_score_s_result_verb_is_read_across_an_abbreviation(
    text: str, score: tuple[int, int]
) -> None:
    # The words before a score are read back to its sentence's start, which an
    # abbreviation's full stop is not.
    assert [(r.first, r.second, r.rule) for r in read_score(text)] == [(*score, "result-verb")]


@given(st.text(alphabet="aZ3 .!?\n“”\"')", min_size=1, max_size=60), st.data())
def test_a_sentence_read_on_from_a_position_ends_where_the_splitter_ends_it(
    text: str, data: st.DataObject
) -> None:
    position = data.draw(st.integers(0, len(text) - 1))
    holding = [s for s in split_sentences(text) if s.start <= position < s.end]
    assert sentence_end(text, position) == holding[0].end


@pytest.mark.parametrize(
    ("text", "readings"),
    [
        # politics: the future tense reaches across "U.S."
        ("Officials will meet U.S. envoys in two weeks.", ["2025-06-18", "2025-06-16..24"]),
        ("Officials will meet U.S. envoys on Tuesday.", ["2025-06-10"]),
        # business: and across "Corp."
        (
            "Acme will sign with Globex Corp. partners in three months.",
            ["2025-09-04", "2025-09-01..10-03"],
        ),
        # courts: a semicolon still parts two clauses, each opening with its own time
        ("The court rose; in two weeks, it will rule.", ["2025-06-18", "2025-06-16..24"]),
    ],
)
def test_a_date_s_tense_is_read_in_its_whole_sentence(text: str, readings: list[str]) -> None:
    found = find_dates(text, date(2025, 6, 4))  # a Wednesday
    assert [[str(r) for r in m.readings] for m in found] == [readings]


# A fresh process reads an article's visible text and says whether markdown-it was
# imported for it.
_VISIBLE_AND_MARKDOWN_IT = """
import sys
from factsuite.articles import parse_article
from factsuite.text.visible import visible_text
text = visible_text(parse_article(sys.argv[1], "articles/a.md")).text
print(text.strip(), "markdown_it" in sys.modules, sep="|")
"""


@pytest.mark.parametrize(
    ("body", "visible", "imported"),
    [
        ("Officials counted 42 people.\n", "Officials counted 42 people.", False),
        ("Officials counted *42* people.\n", "Officials counted 42 people.", True),
    ],
)
def test_markdown_it_is_imported_only_for_a_body_that_is_not_plain_prose(
    body: str, visible: str, imported: bool
) -> None:
    """Importing it is 20-50 ms of a pre-commit hook, and plain prose is read without it."""
    article = f"---\ntitle: T\npublished: 2025-01-01\n---\n{body}"
    done = subprocess.run(
        [sys.executable, "-c", _VISIBLE_AND_MARKDOWN_IT, article],
        capture_output=True,
        text=True,
        check=True,
    )
    assert done.stdout.strip() == f"{visible}|{imported}"


@pytest.mark.parametrize(
    ("text", "between"),
    [
        # mining: a clock time between a cue and its value is no clause boundary
        ("The collapse struck at 4:20 a.m. at a depth of 860 metres.", ("struck", "860")),
        # obituary: nor is a number's thousands separator
        ("The population grew from 61,400 to 118,900.", ("population", "118,900")),
    ],
)
def test_a_number_or_a_clock_time_is_no_clause_boundary(
    text: str, between: tuple[str, str]
) -> None:
    start, end = text.index(between[0]) + len(between[0]), text.index(between[1])
    assert Document(text).boundary_cost(start, end) == 0
    # the same mark with a space after it is one
    spaced = text.replace(":", ": ").replace("61,", "61, ")
    assert Document(spaced).boundary_cost(start, spaced.index(between[1])) > 0


@pytest.mark.parametrize(
    ("text", "span", "clause"),
    [
        # the boundary before and after the span, within its sentence
        (
            "The plant opened in May. Production was first due in December 2026; it starts later.",
            "December 2026",
            " Production was first due in December 2026",
        ),
        ("He left, and in March 2, 2026, she took over.", "March 2, 2026", " and in March 2, 2026"),
        (
            "It will open on March 2, 2026, the council said.",
            "March 2, 2026",
            "It will open on March 2, 2026",
        ),
        ("Nothing splits this sentence in 2026.", "2026", "Nothing splits this sentence in 2026."),
    ],
)
def test_the_clause_around_a_span_is_bounded_by_its_sentence(
    text: str, span: str, clause: str
) -> None:
    document = Document(text)
    start = text.index(span)
    low, high = document.clause_around(start, start + len(span))
    assert text[low:high] == clause
