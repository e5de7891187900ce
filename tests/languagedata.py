"""Serving a given text as every data file of factsuite/data/, for the tests of the
loaders' errors (tests/test_language.py, tests/test_language_lists.py)."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from typing import Any

import pytest

from factsuite import language


def serving(
    monkeypatch: pytest.MonkeyPatch, loaders: Sequence[Any]
) -> Iterator[Callable[[str], None]]:
    """A fixture's body: a function that serves its text as every data file, with the
    ``loaders``' caches cleared before and after, so that the package's own files are
    read again afterwards."""

    def serve(text: str) -> None:
        monkeypatch.setattr(language, "_read_text", lambda name: text)
        for loader in loaders:
            loader.cache_clear()

    yield serve
    monkeypatch.undo()
    for loader in loaders:
        loader.cache_clear()
