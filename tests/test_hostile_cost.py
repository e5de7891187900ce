"""Hostile input costs little: a clear one-line error or the right reading, never a hang.

Each class of adversarial input from issue 15 has its test here, on small inputs; how
fast each class is read against plain prose is measured by benchmarks/hostile_speed.py.
"""

from __future__ import annotations

import base64
import random
import tempfile
from collections.abc import Callable
from datetime import date
from pathlib import Path

import msgspec
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factsuite.articles import MAX_ARTICLE_CHARS, load_article, parse_article
from factsuite.compare import SENTENCE_KEPT
from factsuite.dates import find_dates, read_date
from factsuite.desk import Desk
from factsuite.errors import InputError
from factsuite.extraction.pipeline import Extractor
from factsuite.numbers import LONGEST_NUMERAL, find_numbers, read_number
from factsuite.report import excerpt
from factsuite.text import document_of
from factsuite.yamlsource import MAX_ALIAS_EXPANDED_NODES, MAX_ALIAS_USES, load_yaml

_FRONT = "---\ntitle: T\npublished: 2025-09-03\n---\n"


def _billion_laughs(levels: int = 9) -> str:
    """Nine anchors, each a list of nine aliases of the one before: 9**9 strings."""
    lines = ['a0: &a0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for level in range(1, levels):
        aliases = ", ".join([f"*a{level - 1}"] * 9)
        lines.append(f"a{level}: &a{level} [{aliases}]")
    return "\n".join(lines) + "\n"


def test_an_alias_bomb_is_refused_where_it_goes_off() -> None:
    with pytest.raises(InputError) as caught:
        load_yaml(_billion_laughs(), "facts/bomb.yaml")
    # a4, on line 5, holds 9**5 strings: the first level past the limit.
    assert 9**4 < MAX_ALIAS_EXPANDED_NODES < 9**5
    assert str(caught.value) == (
        f"facts/bomb.yaml:5:1: aliases expand to more than {MAX_ALIAS_EXPANDED_NODES:,}"
        " values (an alias bomb?): write the values out"
    )


def test_too_many_aliases_are_refused_at_the_first_one_past_the_limit() -> None:
    text = "shared: &s x\n" + "".join(f"f{i}: *s\n" for i in range(MAX_ALIAS_USES + 1))
    with pytest.raises(InputError) as caught:
        load_yaml(text, "claims.yaml")
    assert str(caught.value) == (
        f"claims.yaml:{MAX_ALIAS_USES + 2}:1: more than {MAX_ALIAS_USES} aliases:"
        " write the values out"
    )


def test_an_alias_inside_its_own_anchor_is_refused() -> None:
    with pytest.raises(InputError) as caught:
        load_yaml("facts:\n  loop: &x [1, *x]\n", "facts/x.yaml")
    assert str(caught.value) == (
        "facts/x.yaml:2:3: an alias inside its own anchor: write the values out"
    )


def test_nesting_past_the_limit_is_refused_where_it_goes_too_deep() -> None:
    text = "a: " + "[" * 101 + "]" * 101 + "\n"
    with pytest.raises(InputError) as caught:
        load_yaml(text, "f.yaml")
    assert str(caught.value) == "f.yaml:1:104: nesting is deeper than 100 levels"


def test_a_shared_sources_list_still_loads() -> None:
    # A desk may write its sources once and name them in each fact.
    text = (
        "a:\n  value: 1\n  sources: &wire [https://example.org/1, https://example.org/2]\n"
        "b:\n  value: 2\n  sources: *wire\n"
    )
    data = load_yaml(text, "facts/x.yaml")
    assert data["b"]["sources"] == ["https://example.org/1", "https://example.org/2"]
    assert data["b"]["sources"] is not data["a"]["sources"]


def test_an_article_past_the_size_limit_is_refused_in_one_line() -> None:
    text = _FRONT + "word " * (MAX_ARTICLE_CHARS // 5)
    with pytest.raises(InputError) as caught:
        parse_article(text, "articles/huge.md")
    assert str(caught.value) == (
        "articles/huge.md: article is 2.0 MB; factsuite reads articles up to 2 MB"
    )


def test_a_file_far_past_the_size_limit_is_refused_before_it_is_read(tmp_path: Path) -> None:
    huge = tmp_path / "huge.txt"
    with huge.open("wb") as file:  # sparse: 9 MB of nothing, which is not UTF-8 text
        file.truncate(9_000_000)
    with pytest.raises(InputError) as caught:
        load_article(huge, "articles/huge.txt")
    assert str(caught.value) == (
        "articles/huge.txt: article is 9.0 MB; factsuite reads articles up to 2 MB"
    )


def test_an_article_at_the_size_limit_is_read() -> None:
    text = _FRONT + "x" * (MAX_ARTICLE_CHARS - len(_FRONT))
    assert parse_article(text, "articles/big.md").body_start == len(_FRONT)


def test_an_alias_bomb_in_front_matter_is_refused_where_it_goes_off(tmp_path: Path) -> None:
    article = tmp_path / "bomb.md"
    article.write_text("---\n" + _billion_laughs() + _FRONT.removeprefix("---\n") + "Text.\n")
    with pytest.raises(InputError) as caught:
        load_article(article, "articles/bomb.md")
    # The front matter's line 5 is the file's line 6.
    assert str(caught.value).startswith("articles/bomb.md:6:1: aliases expand to more than")


def _verdicts(desk_root: Path, body: str, name: str = "hostile.md") -> list[tuple[str, str]]:
    """(quote, verdict) of every claim extraction finds in an article of ``body``."""
    path = desk_root / "articles" / name
    path.write_text(_FRONT + body + "\n", encoding="utf-8")
    desk = Desk.load(desk_root, use_cache=False)
    article = desk.article(f"articles/{name}")
    claims = Extractor(desk.facts, desk.context).extract(article)
    return [(claim.quote, desk.judge(claim).verdict.value) for claim in claims]


@pytest.fixture
def desk_root(make_desk: Callable[..., Path]) -> Path:
    return make_desk(articles={})


def test_a_line_of_ones_and_commas_is_data_not_counts(desk_root: Path) -> None:
    assert find_numbers("1," * 1_000) == []
    assert _verdicts(desk_root, "1," * 1_000) == []


def test_a_short_list_of_numbers_is_still_read() -> None:
    assert [m.text for m in find_numbers("lanes 1,2,3 and 4")] == ["1", "2", "3", "4"]


def test_a_base64_blob_in_a_txt_article_has_no_claims(desk_root: Path) -> None:
    blob = base64.b64encode(random.Random(1).randbytes(3_000)).decode()
    assert "+" in blob
    assert any(c.isdigit() for c in blob)
    assert _verdicts(desk_root, blob + "+8B+11K+", "blob.txt") == []


def test_prose_on_one_line_reads_as_it_does_on_many(desk_root: Path) -> None:
    sentence = (
        "North Korean leader Kim Jong Un attended the parade on September 3, 2025."
        " It brought together 26 foreign leaders."
    )
    on_lines = _verdicts(desk_root, "\n\n".join([sentence] * 30))
    on_one_line = _verdicts(desk_root, " ".join([sentence] * 30))
    assert on_one_line == on_lines
    assert (
        on_one_line
        == [
            ("North Korean leader Kim Jong Un", "agrees"),
            ("Kim Jong Un", "agrees"),
            # no cue of its fact stands near it: the desk's one fact of that day
            # (unique-value)
            ("September 3, 2025", "agrees"),
            ("26", "needs-review"),
        ]
        * 30
    )


def test_a_hundred_thousand_digits_are_no_number(desk_root: Path) -> None:
    digits = "1" * 100_000
    assert find_numbers(digits) == []
    assert find_dates(digits, date(2025, 9, 3)) == []
    assert _verdicts(desk_root, f"The parade had {digits} leaders.") == []


def test_the_longest_numeral_read_has_forty_digits() -> None:
    longest = "9" * LONGEST_NUMERAL
    assert [m.text for m in find_numbers(f"{longest} people")] == [longest]
    assert find_numbers(f"{longest}9 people") == []
    grouped = "1" + ",000" * 14  # 43 digits in groups
    assert find_numbers(f"{grouped} people") == []


def test_a_long_line_of_known_names_is_each_name_once(desk_root: Path) -> None:
    verdicts = _verdicts(desk_root, "Kim Jong Un, " * 500)
    assert verdicts == [("Kim Jong Un", "agrees")] * 500


_READER_TEXT = st.lists(
    st.sampled_from([*"0123456789,.:/-+ \n%$ab", "June", "that year", "million", "½"]),
    max_size=80,
).map("".join) | st.text(max_size=200)


@given(_READER_TEXT)
@settings(max_examples=300, deadline=None)
def test_the_number_and_date_readers_never_raise(text: str) -> None:
    find_numbers(text)
    read_number(text)
    find_dates(text, date(2025, 9, 3))
    read_date(text, date(2025, 9, 3))


@given(st.text(max_size=300))
@settings(max_examples=300, deadline=None)
def test_the_yaml_loader_raises_only_input_errors(text: str) -> None:
    message = ""
    try:
        load_yaml(text, "f.yaml")
    except InputError as error:
        message = str(error)
    assert "\n" not in message


_YAMLISH = st.lists(
    st.sampled_from(
        [
            "title: T",
            "published: 2025-09-03",
            "&a [1, *a]",
            "*a",
            "&a x",
            "- ",
            ": ",
            "{",
            "[",
            "\n",
            "  ",
            "dateline:",
            "place: X",
            "date: 2025-13-40",
            "!!python/object",
            "---",
            "...",
        ]
    )
    | st.text(max_size=10),
    max_size=12,
).map("".join)


@given(front=_YAMLISH, body=st.text(max_size=100))
@settings(max_examples=300, deadline=None)
def test_front_matter_raises_only_input_errors(front: str, body: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "a.md"
        path.write_text(f"---\n{front}\n---\n{body}", encoding="utf-8", errors="surrogatepass")
        message = ""
        try:
            load_article(path, "articles/a.md")
        except InputError as error:
            message = str(error)
    assert "\n" not in message


def test_a_character_yaml_refuses_is_located_in_one_line() -> None:
    with pytest.raises(InputError) as caught:
        load_yaml("a: 1\nb: \x1f\n", "f.yaml")
    assert str(caught.value) == (
        "f.yaml:2:4: malformed YAML: character U+001F: control characters are not allowed"
    )


def test_a_result_keeps_only_what_a_report_shows_of_a_long_line(desk_root: Path) -> None:
    body = "Kim Jong Un, " * 200 + "and many more words " * 20 + "."
    (desk_root / "articles" / "names.md").write_text(_FRONT + body + "\n", encoding="utf-8")
    desk = Desk.load(desk_root, use_cache=False)
    article = desk.article("articles/names.md")
    claims = Extractor(desk.facts, desk.context).extract(article)
    middle = desk.judge(claims[100])
    assert len(middle.sentence) == 2 * SENTENCE_KEPT + len("Kim Jong Un")
    # What a report shows is what the whole sentence would show.
    start = article.offset(claims[100].line, claims[100].column) or 0
    whole, offset = document_of(article).sentence_around(start, start + len("Kim Jong Un"))
    assert len(whole) > len(middle.sentence)
    assert excerpt(middle) == excerpt(
        msgspec.structs.replace(middle, sentence=whole, sentence_offset=offset)
    )


def test_digits_glued_to_a_word_are_passed_over_after_a_zone_offset_is_read() -> None:
    # The quick pass over "G7"-like digits must not cut a zone's minutes loose.
    assert [m.text for m in find_numbers("UTC-05:30 and G7, with 26 leaders")] == ["26"]
