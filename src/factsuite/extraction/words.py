"""Word lists written as prose: ``words("said says told")`` is a frozenset of words."""

from __future__ import annotations


def words(text: str) -> frozenset[str]:
    """The whitespace-separated words of ``text``."""
    return frozenset(text.split())
