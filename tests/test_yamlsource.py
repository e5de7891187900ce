"""The YAML loader: safe, positioned, strict about duplicates."""

from __future__ import annotations

import pytest

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
