"""Word lists written as prose: ``words("said says told")`` is a frozenset of words."""

from __future__ import annotations

from factsuite import language


def words(text: str) -> frozenset[str]:
    """The whitespace-separated words of ``text``."""
    return frozenset(text.split())


# The capitalised names of months and weekdays (language.calendar_names).
CALENDAR_NAMES = language.calendar_names()
