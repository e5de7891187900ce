"""textfile.py: how a user's file's bytes become text, and when they need no change."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factsuite.errors import InputError
from factsuite.textfile import decode_text, decodes_as_is, read_errors


@pytest.mark.parametrize(
    ("data", "as_is"),
    [
        (b"claims:\n- a\n", True),
        (b"", True),
        (b"\xef\xbb\xbfclaims:\n", False),  # a byte-order mark, dropped
        (b"claims:\r\n- a\r\n", False),  # CRLF, read as LF
        (b"claims:\r- a\r", False),  # lone CR
    ],
)
def test_decodes_as_is(data: bytes, as_is: bool) -> None:
    assert decodes_as_is(data) is as_is


@given(st.text(alphabet=st.characters(blacklist_characters="\0", blacklist_categories=["Cs"])))
def test_bytes_that_decode_as_is_are_their_text(text: str) -> None:
    data = text.encode("utf-8")
    if decodes_as_is(data):
        assert decode_text(data, "f") == text
    else:  # only for what decoding rewrites
        assert "\r" in text or text.startswith("\ufeff")


def test_read_errors_say_what_is_wrong_in_one_line(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="is a directory, not a file"), read_errors("f"):
        tmp_path.read_bytes()
    with pytest.raises(FileNotFoundError), read_errors("f"):
        (tmp_path / "missing").read_bytes()
