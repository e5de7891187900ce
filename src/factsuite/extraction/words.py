"""Word lists written as prose: ``words("said says told")`` is a frozenset of words."""

from __future__ import annotations


def words(text: str) -> frozenset[str]:
    """The whitespace-separated words of ``text``."""
    return frozenset(text.split())


# The capitalised names of months and weekdays: capitalised words that name neither a
# person nor a place ("in June", "on Monday").
CALENDAR_NAMES = words(
    """January February March April May June July August September October November
    December Monday Tuesday Wednesday Thursday Friday Saturday Sunday"""
)
