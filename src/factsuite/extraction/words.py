"""Word lists written as prose: ``words("said says told")`` is a frozenset of words."""

from __future__ import annotations

from factsuite import language


def words(text: str) -> frozenset[str]:
    """The whitespace-separated words of ``text``."""
    return frozenset(text.split())


# The capitalised names of months and weekdays: capitalised words that name neither a
# person nor a place ("in June", "on Monday"). From data/en/months.tsv and weekdays.tsv,
# their full names (not "Sept", "Mon").
CALENDAR_NAMES = frozenset(
    [
        *(month.word.capitalize() for month in language.months() if month.form == "name"),
        *(day.word.capitalize() for day in language.weekdays() if day.form == "name"),
    ]
)
