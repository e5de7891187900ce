"""An article's texts read once for their dates, while its claims are judged together.

Claims of one article share its lines and sentences, and their kinds read what stands
around them: the dates of the line a date stands on (``dates.read_date_at``), the dates
of the sentence a figure or a place stands in (series.py, the place kind, the times a
sentence tells). Judged one by one, each claim read its line or sentence again.
``Readings`` keeps each text's reading for the claims judged with it.

One is made for each article judged (``compare.judge_article``) and dropped with it:
nothing outlives the article, so a run over an archive keeps nothing of the articles
it has done with, and nothing read under one article's date is read back under another.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from factsuite.dates import DateMention

__all__ = ["Readings"]


class Readings:
    """The dates of each text read so far, by text and reference date."""

    __slots__ = ("_dates",)

    def __init__(self) -> None:
        self._dates: dict[tuple[str, date], tuple[DateMention, ...]] = {}

    def dates(self, text: str, reference: date) -> Sequence[DateMention]:
        """``dates.find_dates(text, reference)``, read once per text and reference."""
        key = (text, reference)
        found = self._dates.get(key)
        if found is None:
            from factsuite.dates import find_dates

            found = self._dates[key] = tuple(find_dates(text, reference))
        return found
