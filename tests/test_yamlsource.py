"""The YAML loader: safe, positioned, strict about duplicates."""

from __future__ import annotations

from collections.abc import Callable

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from factsuite import yamlsource
from factsuite.errors import InputError
from factsuite.yamlsource import Mark, YamlList, YamlMap, load_yaml


def test_values_keep_their_positions() -> None:
    data = load_yaml("a: 1\nb:\n  - x\n  - y\nc:\n  d: text\n", "f.yaml")
    assert isinstance(data, YamlMap)
    assert data.key_mark("b") == Mark(2, 1)
    assert isinstance(data["b"], YamlList)
    assert data["b"].item_mark(1) == Mark(4, 5)
    assert data["c"].value_mark("d") == Mark(6, 6)


def test_dates_and_yes_no_stay_text() -> None:
    # factsuite reads dates itself, at any precision; "no" is a word, not False.
    data = load_yaml("d: 2025-09-03\nm: 2011-12\nw: no\nt: true\n", "f.yaml")
    assert data == {"d": "2025-09-03", "m": "2011-12", "w": "no", "t": True}


def test_duplicate_keys_are_errors_with_both_places() -> None:
    with pytest.raises(InputError) as caught:
        load_yaml("a: 1\nb: 2\na: 3\n", "f.yaml")
    assert (caught.value.line, caught.value.column) == (3, 1)
    assert "duplicate key 'a'" in caught.value.message
    assert "first at line 1" in caught.value.message


def test_malformed_yaml_is_located() -> None:
    with pytest.raises(InputError) as caught:
        load_yaml("a: [1, 2\nb: 3\n", "facts/x.yaml")
    assert str(caught.value).startswith("facts/x.yaml:")
    assert caught.value.line is not None
    assert "malformed YAML" in caught.value.message


@pytest.mark.parametrize(
    "document",
    [
        "!!python/object/apply:os.system ['echo hacked']\n",
        "a: !!python/name:os.system\n",
        "- !!python/object:collections.OrderedDict {}\n",
    ],
)
def test_nothing_in_a_data_file_can_run_code(document: str) -> None:
    with pytest.raises(InputError, match="unsupported YAML tag"):
        load_yaml(document, "f.yaml")


def test_merge_keys_are_refused() -> None:
    with pytest.raises(InputError, match="merge keys"):
        load_yaml("base: &b {x: 1}\nother:\n  <<: *b\n", "f.yaml")


def test_empty_document_is_none() -> None:
    assert load_yaml("# only a comment\n", "f.yaml") is None


# The fast path (``_build_plain``) against the careful one (``_Builder``): the same
# values and marks for every document, the same error or none.


def _careful(text: str) -> object:
    """``load_yaml`` with its fast path turned down, as if every document were unusual."""

    def unusual(*_: object) -> object:
        raise yamlsource._UnusualError

    fast = yamlsource._build_plain
    yamlsource._build_plain = unusual
    try:
        return load_yaml(text, "f.yaml")
    finally:
        yamlsource._build_plain = fast


def _located(value: object) -> object:
    """``value`` with every mark spelt out, so that equality compares them too."""
    if isinstance(value, YamlMap):
        return (
            "map",
            value.mark,
            [(k, value.key_marks[k], value.value_marks[k], _located(v)) for k, v in value.items()],
        )
    if isinstance(value, YamlList):
        return ("list", value.mark, value.item_marks, [_located(v) for v in value])
    return (type(value).__name__, value)


def _outcome(load: Callable[[str], object], text: str) -> object:
    try:
        return _located(load(text))
    except InputError as error:
        return str(error)


_SCALARS = st.one_of(
    st.text(max_size=8),
    st.integers(),
    st.floats(allow_nan=False),
    st.booleans(),
    st.none(),
    st.sampled_from(["2025-09-03", "no", "on", "~", "0x1F", "1_000", ".inf", "<<"]),
)
_DATA = st.recursive(
    _SCALARS,
    lambda inner: (
        st.lists(inner, max_size=4)
        | st.dictionaries(
            st.one_of(st.text(max_size=5), st.integers(), st.booleans()), inner, max_size=4
        )
    ),
    max_leaves=12,
)
_SNIPPETS = st.lists(
    st.sampled_from(
        [
            "a: 1\n",
            "a: 2\n",
            "b:\n",
            "  - x\n",
            "  c: !!str 3\n",
            "? [k]\n",
            ": v\n",
            "!!map [1]\n",
            "!!int x\n",
            "<<: {a: 1}\n",
            "d: !custom t\n",
            "- !!str {a: 1}\n",
            "e: " + "[" * 120 + "\n",
            "f: 1" + "0" * 5000 + "\n",
            "g: 'q'\n",
            "h: |\n  text\n",
            "&a i: 1\n",
        ]
    ),
    max_size=6,
).map("".join)


@given(
    st.one_of(
        _DATA.map(lambda data: yaml.safe_dump(data, allow_unicode=True)),
        _DATA.map(lambda data: yaml.safe_dump(data, default_flow_style=True)),
        _SNIPPETS,
    )
)
@settings(max_examples=300, deadline=None)
def test_the_fast_path_reads_every_document_as_the_careful_one(text: str) -> None:
    assert _outcome(lambda t: load_yaml(t, "f.yaml"), text) == _outcome(_careful, text)


def test_plain_documents_take_the_fast_path(monkeypatch: pytest.MonkeyPatch) -> None:
    calls = []
    monkeypatch.setattr(yamlsource._Builder, "build", lambda self, node: calls.append(node) or {})
    assert load_yaml("a: [1, x, true, ~, 2.5]\nb: {c: d}\n", "f.yaml") == {
        "a": [1, "x", True, None, 2.5],
        "b": {"c": "d"},
    }
    assert calls == []
    load_yaml("a: &x 1\nb: *x\n", "f.yaml")  # an alias: counted and built with care
    assert len(calls) == 1
