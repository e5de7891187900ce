"""The fast paths of extraction give exactly what the plain way of writing them gives.

Each faster form (a regex rewritten so that re can skip ahead, a scan on lower-cased
text, a fold through str.translate's ASCII path, a bisection for overlaps) is checked
here against the plain form it replaced, on generated text that mixes the words and
characters each one cares about.
"""

from __future__ import annotations

import io
import re
import sys
import unicodedata
from pathlib import Path

from hypothesis import example, given, settings
from hypothesis import strategies as st

from factsuite import language, names
from factsuite.extraction import binding, values
from factsuite.extraction import lexicon as lexicon_module
from factsuite.extraction.command import run
from factsuite.extraction.folded import _TABLE, fold_text
from factsuite.extraction.lexicon import Lexicon
from factsuite.extraction.mentions import EntityMention, _Taken
from factsuite.text import document, sentences, visible
from tests.test_extraction_support import extractor

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
    fast = [m.span() for m in sentences.SENTENCE_END.finditer(text)]
    assert fast == [m.span() for m in plain.finditer(text)]


@given(texts(SENTENCE_WORDS))
def test_clause_boundaries_are_those_of_the_plain_pattern(text: str) -> None:
    # a comma or colon between two digits is part of a number or a clock time
    plain = re.compile(r"--|(?<!\d)[,:]|[,:](?!\d)|[;—–()\[\]]")
    fast = [m.span() for m in document.CLAUSE_BOUNDARY.finditer(text)]
    assert fast == [m.span() for m in plain.finditer(text)]


WORD_PIECES = [*PUNCTUATION, *"?_'’‘`", "Kim", "a", "é", "ß", "\u0301", "½", "٣", "\u00a0", "x?y"]


@settings(max_examples=300)
@given(texts(WORD_PIECES))
def test_words_start_where_the_plain_pattern_finds_them(text: str) -> None:
    plain = re.compile(r"\w+(?:['’]\w+)*")
    marks = document._word_starts(text)
    assert len(marks) == len(text)
    starts = [i for i, mark in enumerate(marks) if mark == "^"]
    assert starts == [m.start() for m in plain.finditer(text)]


POINTING_WORDS = [
    *("that", "the", "same", "day", "week", "year", "decade", "night", "in"),
    *("earlier", "later", "early", "late", "That", "THE", "Same", "EARLIER", "Night"),
    *("xthat", "sameday", "_that", "that3", "thatday", ",", ".", "“"),
    # Characters lower() and re.I do not agree on: long s, dotted and dotless i, and
    # the Kelvin sign (which they do agree on).
    *("\u017fame", "\u0130n", "\u0131n", "wee\u212a"),
]


@example("xthat day, that_ week; that3 day — the same  night, later in\nthe same\tyear")
@example("Earlier that week, EARLIER IN THE SAME YEAR and late  that\u00a0morning.")
@settings(max_examples=300)
@given(texts(POINTING_WORDS))
def test_dates_pointing_back_are_found_as_the_case_blind_pattern_finds_them(text: str) -> None:
    case_blind, _ = values._pointing_back_patterns()
    expected = [m.span() for m in case_blind.finditer(text)]
    assert values._pointing_back(text) == expected


def test_lower_casing_agrees_with_case_blind_matching_but_for_the_known_traps() -> None:
    """Why _pointing_back may read lower-cased text: for every character, lower() keeps
    it one character, a word character or a space as it was, and turns it into one of
    the pattern's letters exactly when re.I matches it to that letter; except for the
    characters ``_LOWER_CASE_TRAPS`` sends to the case-blind pattern."""
    units = [*language.words("pointing_back_units.txt"), *(s.name for s in language.seasons())]
    letters = set("".join([*values._POINTING_BACK_LEADS, "inthatsame", *units])) & set(
        "abcdefghijklmnopqrstuvwxyz"
    )
    every = "".join(chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c <= 0xDFFF)
    disagree = set()
    for char in every:
        low = char.lower()
        if low == char:
            continue  # lower() leaves it alone: nothing can change
        same_kind = (char.isalnum(), char.isspace()) == (low.isalnum(), low.isspace())
        if len(low) != 1 or not same_kind or (low in letters and not re.fullmatch(low, char, re.I)):
            disagree.add(char)
    for letter in letters:
        for char in re.findall(letter, every, re.I):
            if char.lower() != letter:
                disagree.add(char)
    assert disagree == set(values._LOWER_CASE_TRAPS)


REFERENCE_EVENT_WORDS = [
    *("after", "Before", "following", "ahead", "of", "prior", "to", "the", "his", "a", "for"),
    *("parade", "summit", "x", "’", "'", "-", ",", ".", "é", "_", "3", "AFTER", "xafter"),
    *("long-winded-hyphenated-words-that-fill-the-window", "\u00a0" * 30, " " * 50),
]


@settings(max_examples=300)
@given(texts(REFERENCE_EVENT_WORDS), st.integers(0, 2000))
# A window of spaces only: the leftmost match starts before it.
@example(text="for" + " " * 50 + "for" + "\u00a0" * 30, cue_start=81)
def test_reference_events_are_found_as_searching_from_the_start_finds_them(
    text: str, cue_start: int
) -> None:
    cue_start = min(cue_start, len(text))
    expected = binding._REFERENCE_EVENT.search(text, 0, cue_start) is not None
    assert binding._is_reference_event(text, cue_start) == expected
    purpose = binding._PURPOSE.search(text, 0, cue_start)
    found = binding._phrase_ending_at(binding._PURPOSE, text, cue_start)
    assert (found and found.span()) == (purpose and purpose.span())


SINCE_WORDS = ["since", "Since", "SINCE", "\u017fince", "xsince", "_since", "sincere", "in"]


@settings(max_examples=300)
@given(texts([*SINCE_WORDS, *PUNCTUATION, " ", "\u2003", "\u00a0", "\x1c", "\n"]))
def test_since_before_a_date_is_found_as_searching_every_position_finds_it(before: str) -> None:
    expected = binding._SINCE_BEFORE.search(before) is not None
    assert binding._ends_with_since(before) == expected


FOLD_PIECES = [*"aAzZ09_ .,;?'’‘-–—\u00ad\u200b\t\n", "é", "É", "ø", "ß", "þ", "ŏ", "\u0301", "Kim"]


@given(texts(FOLD_PIECES))
def test_folding_is_the_table_applied_per_character(text: str) -> None:
    folded = fold_text(text)
    assert folded.text == "".join(_TABLE[ord(c)] for c in text)
    # Where each folded character came from, counted out one character at a time.
    origins = [index for index, c in enumerate(text) for _ in _TABLE[ord(c)]]
    assert [folded.original(i) for i in range(len(folded.text))] == origins
    assert folded.original(len(folded.text)) == len(text)


SCAN_PIECES = [
    *FOLD_PIECES,
    *("Kim Jong-un", "Kim", "Xi", "KIM JONG UN", "U.S.", "Prime Minister", "parade", "un"),
    *("under", "parades", "Kim's", "O'Kim", "Kim_", "_Xi", "'Xi'", "Xi’s", "½", "æ", "ß"),
]


@settings(max_examples=300)
@given(texts(SCAN_PIECES))
def test_the_lexicon_finds_whole_words_as_testing_each_match_finds_them(text: str) -> None:
    """The automaton holds each key framed by what may stand next to a word; the plain
    way is to find every occurrence of every key and test the characters around it."""
    lexicon = extractor().lexicon
    folded = fold_text(text)
    body = folded.text
    assert set(body) <= {" ", "'"} | {c for c in body if c.isalnum() or c == "_"}
    expected = []
    for key in lexicon.keys:
        at = body.find(key)
        while at != -1:
            end = at + len(key)
            before, after = body[at - 1 : at], body[end : end + 1]
            if not (before.isalnum() or before == "_" or after.isalnum() or after == "_"):
                expected.append((folded.original(at), folded.original(end - 1) + 1, key))
            at = body.find(key, at + 1)
    hits = lexicon.scan(text, folded)
    assert [(h.start, h.end, h.key) for h in hits] == sorted(expected, key=lambda h: (h[0], -h[1]))


@settings(max_examples=300)
@given(texts(SCAN_PIECES))
def test_looking_stretches_up_finds_what_the_automaton_finds(text: str) -> None:
    """The first scans look each stretch between two edges up rather than make the
    automaton: the same matches, in the same order (where each ends, longest first)."""
    lexicon = extractor().lexicon
    framed = f" {fold_text(text).text} "
    assert lexicon._looked_up(framed) == list(lexicon.automaton.iter(framed))


def test_the_automaton_is_made_only_after_the_first_scans() -> None:
    """Extracting one article of a 10k desk scans it once: making the automaton from
    30,000 framed keys would cost more than the scan."""
    lexicon = Lexicon.of(dict(extractor().lexicon.keys))
    text = "Kim Jong Un and Xi met in Pyongyang, the U.S. said."
    scans = [lexicon.scan(text) for _ in range(lexicon_module._LOOKUPS_BEFORE_AUTOMATON)]
    assert lexicon._automaton is None
    assert lexicon.scan(text) == scans[0] == scans[-1]
    assert lexicon._automaton is not None
    assert {"kim jong un", "xi"} <= {h.key for h in scans[0]}


def plain_fold(text: str) -> str:
    """``names.fold`` as a chain of regex substitutions, one per rule."""
    decomposed = unicodedata.normalize("NFKD", text)
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    bare = bare.casefold().translate(names._LETTERS)
    bare = re.sub(r"[\u00ad\u200b-\u200d\u2060\ufeff]", "", bare)  # invisible: nothing
    bare = re.sub(r"[\u2010-\u2015\u2212\-]+", " ", bare)
    bare = re.sub(r"[\u2018\u2019\u02bc\u0060\u00b4]", "'", bare).replace(".", "")
    bare = re.sub(r"[^\w' ]+", " ", bare)
    return re.sub(r"\s+", " ", bare).strip()


def test_every_character_folds_as_the_substitutions_fold_it() -> None:
    every = [chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c <= 0xDFFF]
    for at in range(0, len(every), 500):
        # Each character between letters (folding is one character at a time, then
        # spaces are collapsed), and a few alone: fold strips what ends up at the edges.
        text = "a" + "a".join(every[at : at + 500]) + "B"
        assert names.fold(text) == plain_fold(text), at
        assert names.fold(every[at]) == plain_fold(every[at]), at


@settings(max_examples=500)
@given(
    texts([*FOLD_PIECES, *SCAN_PIECES, "\u02bc", "\u00b4", "`", "\u2212", "\u0130", "ǅ", "\x1c"])
)
def test_text_folds_as_the_substitutions_fold_it(text: str) -> None:
    assert names.fold(text) == plain_fold(text)


@given(
    st.lists(st.tuples(st.integers(0, 5), st.integers(1, 5)), max_size=8),
    st.integers(0, 60),
    st.integers(0, 8),
)
def test_taken_spans_overlap_as_comparing_with_each_one_says(
    gaps: list[tuple[int, int]], start: int, width: int
) -> None:
    mentions = []
    at = 0
    for gap, size in gaps:  # sorted, not overlapping, as mentions are
        mentions.append(EntityMention(at + gap, at + gap + size, "x", "full"))
        at += gap + size
    end = start + width
    expected = any(m.start < end and start < m.end for m in mentions)
    assert _Taken(mentions).overlaps(start, end) == expected


MARKDOWN_PIECES = [
    *("Kim", "said", "2025", "3.5", "x.", "(a)", "“q”", "’", "—", "!", "?", ",", "a-b", "é"),
    *("1.", "2)", "1234567890.", "-", "+", "#", "=", "~", "*", "_", "[a](b)", "![i](c)"),
    *("<b>", "<http://x.org>", "&amp;", "&", "\\*", "`c`", ">", "|", "\u00a0", "\u200b"),
    *("\n", "\n\n", "\n\n\n", "  \n", " \n", "\n ", "\n    ", "\t", "\r\n", "\x0c", "\u2028"),
]


@settings(max_examples=500)
@given(texts(MARKDOWN_PIECES), st.sampled_from(["", "\n", " ", "1. ", "    "]))
def test_plain_prose_is_cut_into_paragraphs_as_markdown_it_reads_it(body: str, lead: str) -> None:
    body = lead + body
    plain = visible._plain_blocks(body)
    if plain is None:
        return  # markdown-it reads it
    expected = visible._assemble(visible._markdown_blocks(body), 40)
    assert visible._assemble(plain, 40) == expected


def test_markdown_syntax_is_never_taken_for_plain_prose() -> None:
    for body in [
        "Kim *met* Xi.",
        "Kim met\n- Xi",
        "Kim met\n\n    code",
        "Kim met  \nXi",
        "# Title",
        "1. One",
        "Kim met\n===",
        "[Xi](x)",
        "a &amp; b",
        "Kim met \u00a0",
    ]:
        assert visible._plain_blocks(body) is None, body
    assert visible._plain_blocks("Kim met Xi.\nHe said so.\n\n\nEnd.") == [
        [("Kim met Xi.\nHe said so.", 0)],
        [("End.", 26)],
    ]


def test_the_sample_desk_claims_file_is_what_extraction_gives() -> None:
    """``factsuite extract --check`` on the sample desk: claims.yaml is up to date."""
    out, err = io.StringIO(), io.StringIO()
    assert run(ROOT, [], True, False, out, err) == 0, out.getvalue() + err.getvalue()
