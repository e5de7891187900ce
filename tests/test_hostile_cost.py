"""Hostile input costs little: a clear one-line error or the right reading, never a hang.

Each class of adversarial input from issue 15 has its test here, on small inputs; how
fast each class is read against plain prose is measured by benchmarks/hostile_speed.py.
"""

from __future__ import annotations

import pytest

from factsuite.articles import MAX_ARTICLE_CHARS, parse_article
from factsuite.errors import InputError
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


def test_an_article_at_the_size_limit_is_read() -> None:
    text = _FRONT + "x" * (MAX_ARTICLE_CHARS - len(_FRONT))
    assert parse_article(text, "articles/big.md").body_start == len(_FRONT)
