"""Dates in English news prose, resolved against the article's own date.

``find_dates`` reads every date, relative date, elapsed time and anniversary in a
text; ``read_date`` reads the one date in a short phrase such as a claim's quote.
Each date becomes the closed intervals of days it can mean (``DateRange``), most
likely first, so that comparing a claim with a fact stays a question about
intervals (see ``daterange``).

The grammar is our own and deliberately small: general-purpose date parsers read
"the 80th" as 1980 and "97% of" as 1997, which a fact-checker cannot afford. Speed
comes from one compiled prefilter that only stops at digits, capitalised month
names and a few time words; the grammar runs only where the prefilter stopped.

News conventions the reader keeps, where peer parsers (built for assistants) differ:
a date without a year, and a bare weekday, is the nearest one, the past one first
unless a tense word says otherwise (a date without a year may also be the last one
before the article's date when its clause is in the past tense, "it came into force
in December", or the next one in the future tense; or in the year of a date told
before it on its line: "19 June 2024 -- ...; it takes effect on 4 December");
a date without its year that "last year", "this year" or "next year" follows, with
or without "of", is one date (of kind "relative") in that year: in an article of 2025,
"June 19 last year" and "19 June of last year" are 19 June 2024, "June 19-20 last
year" those two days, "early June last year" and "the last week of June last year"
parts of June 2024, as "March last year" is March 2024; a noun's "last year's" stays
apart ("on June 19 last year's winner lost"), and so does a year after a comma
("Before June 19, last year ...");
"next Friday" is the Friday of next week first; "in six years" is elapsed time, and
the day that far ahead only where a word of the future says so ("the court will rule
in two weeks"); a fiscal year spans every calendar a fiscal year keeps; a week
(Monday to Sunday) belongs to the month holding its Thursday.

A date that points back counts from a time the story told, never from the article's
date: "that year", "earlier that year", "in January of that year", "the same month",
"the following year", "the year before", "a year later". Such a date is read against
the nearest date before it in its paragraph (its line), when that date states its
year ("June 2019", "in 2019", "3 September 2015", or a date itself read this way) and
falls in one year (one month, for "that month"); "earlier that year" after "June
2019" is January to May 2019, "later that year" July to December. With no such date
it is kind "anaphoric" and has no readings: someone must say which date it is.
Other units ("the following week") are not read.
"""

from __future__ import annotations

import calendar
import functools
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import Literal

from factsuite import language
from factsuite.daterange import DateRange, Precision, add_years, pair_end
from factsuite.text.sentences import sentence_end, sentence_start

__all__ = [
    "DateKind",
    "DateMention",
    "Duration",
    "find_dates",
    "read_date",
    "read_date_at",
    "tells_what_is_to_come",
    "times_written",
]

DateKind = Literal["absolute", "relative", "duration", "anniversary", "anaphoric"]
DurationUnit = language.DurationUnit

_split = str.split  # word lists read better as one string

DAY = Precision.DAY
MONTH = Precision.MONTH
YEAR = Precision.YEAR
DECADE = Precision.DECADE
ONE_DAY = timedelta(days=1)


@dataclass(frozen=True, slots=True)
class Duration:
    """Elapsed time as written: "nearly seven years" is 7 years, hedge "nearly".

    ``hedge`` is "nearly", "about", "more_than", "at_least", "fewer_than", "at_most" or
    None; "a few"/"several" read as 3 with "about". Decades and centuries count in years,
    fortnights in weeks, quarters in months; "two years and three months" is 27 months.
    ``step`` is the unit as written, in ``unit``: 10 for "four decades", 1 for "40
    years" or "half a century". A writer rounds to it, so the judges allow more
    either side of "nearly four decades" than of "nearly 40 years".
    """

    amount: float
    unit: DurationUnit
    hedge: str | None
    step: float = 1.0


@dataclass(frozen=True, slots=True)
class DateMention:
    """One date expression in a text, with every interval it can mean.

    ``start``/``end`` index the text given (code points, end exclusive). A leading "the"
    or preposition is left out of the span ("in 2011" is "2011"), while "between" and
    "from" belong to the range they open, and "the" to a date that points back with it
    ("the following year", which without it counts from the article's date).
    ``readings`` (absolute and relative kinds only) lists the possible intervals, most
    likely first; ``duration`` is set for kind "duration" and ``ordinal`` for kind
    "anniversary". ``anaphoric`` marks a date that points back ("that year"): read from
    the date before it (kind "absolute"), or, with none to read it from, of kind
    "anaphoric" without readings.
    """

    start: int
    end: int
    text: str
    kind: DateKind
    readings: tuple[DateRange, ...]
    duration: Duration | None
    ordinal: int | None
    anaphoric: bool = False


# ---------------------------------------------------------------------------
# Vocabulary

_MONTHS = {month.word: month.month for month in language.months()}
_WEEKDAYS = {day.word: day.weekday for day in language.weekdays()}
# In lower case only the abbreviations that are no word, and with their full stop: "mon."
# and "fri." are days, "sat." and "wed." words ("they wed.").
_LOWER_ABBREVIATIONS = frozenset(day.word for day in language.weekdays() if day.lowercase_is_day)
_LOWER_ABBREVIATIONS_BY_LENGTH = [
    sorted(w for w in _LOWER_ABBREVIATIONS if len(w) == n) for n in (3, 4, 5)
]
# Dates read only the standard spellings: "nil" and "nineth" are for numbers alone.
_STANDARD: frozenset[language.Register] = frozenset({"standard"})
_SMALL = language.number_word_table("zero", "unit", "teen", registers=_STANDARD)
_TENS = language.number_word_table("tens")
_ORD_SMALL = {w: v for w, v in language.standard_ordinals().items() if v < 20}
_ORD_TENS = {w: v for w, v in language.standard_ordinals().items() if v >= 20}
# Vague quantities read as the conventional number; "a few"/"several" also hedge.
_VAGUE = {
    phrase: v.date_value
    for v in language.vague_quantities()
    if v.date_value is not None
    for phrase in v.date_phrases
}
# Those whose count may be twice its least ("a few" is 2 to 9) hedge, as numbers calls
# them vague; "a couple" (2 or 3) says a figure.
_HEDGED_VAGUE = frozenset(
    phrase for v in language.vague_quantities() if v.high >= 2 * v.low for phrase in v.date_phrases
)
_JUBILEES = {a.phrase: a.years for a in language.anniversaries()}
_HEDGES = {hedge.phrase: hedge.interval for hedge in language.hedges() if "dates" in hedge.read_by}
_UNIT_NAMES: dict[str, tuple[DurationUnit, int]] = {
    u.word: (u.unit, u.amount) for u in language.time_units()
}
# The plurals of the units of time ("centurie" + "s" is "centuries").
_TIME_NOUNS = frozenset(u.word + "s" for u in language.time_units())
# Plural nouns that follow a year as its event rather than count it ("the 2012 Olympics").
_EVENT_PLURALS = language.LazyWords(lambda: language.words("event_plurals.txt"))
_PLURALS = language.LazyWords(lambda: language.words("counted_plurals.txt"))
_YEAR_PREPOSITIONS = language.LazyWords(
    lambda: (w.word for w in language.year_context() if w.reads_as == "year")
)
_COUNT_WORDS = language.LazyWords(
    lambda: (w.word for w in language.year_context() if w.reads_as == "count")
)
# Season -> its first and last month, counted on past December into the next year.
_SEASONS = {
    s.name: (s.first_month, s.last_month + (12 if s.last_month < s.first_month else 0))
    for s in language.seasons()
}
_SEASON_NAMES = "|".join(re.escape(name) for name in _SEASONS)
# Season names that are also verbs, read only where no verb stands (the season-verb
# rule, _season_not_verb).
_SEASON_VERBS = language.LazyWords(lambda: language.words("season_verbs.txt"))
# Code, not data: the words before a season-verb and a year that make it a noun.
_SEASON_NOUN_BEFORE = frozenset({"in", "the"})
_PAST_HINTS = language.LazyWords(language.past_words)
_FUTURE_HINTS = language.LazyWords(
    lambda: (w.word for w in language.tense_words() if w.tense == "future")
)
# A future word is read before the "-ed" rule, so it need not be listed here too.
_NOT_PAST_ED = language.LazyWords(
    lambda: (w.word for w in language.tense_words() if w.tense == "not_past")
)
_SETS = language.LazyWords(lambda: language.words("recurrence_words.txt"))
_PASSIVE_AUXILIARIES = language.LazyWords(lambda: language.words("passive_auxiliaries.txt"))


def _alts(words: object) -> str:
    """A regex alternation of ``words``, longest first so no word hides a longer one."""
    items = sorted({str(w) for w in words}, key=lambda w: (-len(w), w))  # type: ignore[attr-defined]
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in items)


_MON = r"(?:" + _alts(_MONTHS) + r")(?![a-z])\.?"
_WD = r"(?:" + _alts(_WEEKDAYS) + r")(?![a-z])\.?"
_CARD = (
    r"(?:(?:" + _alts(_TENS) + r")(?:[-\s](?:" + _alts(k for k in _SMALL if _SMALL[k] < 10)
    + r"))?|" + _alts(_SMALL) + r")(?![a-z])"
)  # fmt: skip
_ORDW = (
    r"(?:(?:" + _alts(_TENS) + r")[-\s]?(?:" + _alts(k for k in _ORD_SMALL if _ORD_SMALL[k] < 10)
    + r")|" + _alts(_ORD_TENS) + "|" + _alts(_ORD_SMALL) + r")(?![a-z])"
)  # fmt: skip
_ORDD = r"\d{1,3}(?:st|nd|rd|th)(?![a-z])"
# A day's number is not glued to letters ("12km", "3am"), except a month's name: forms
# and hasty copy write "14april 2015"; nor is it an hour ("3:30"), though a colon that
# opens a list or a clause may follow it ("unveiled on March 3: close seven schools").
_DAYN = (
    r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?!\d|:\d|(?!(?:" + _alts(_MONTHS)
    + r")(?![a-z]))[a-z]{2})"
)  # fmt: skip
_DAYW = (
    r"(?:thirty[-\s]?first|thirtieth|twenty[-\s]?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|twentieth|"
    + _alts(_ORD_SMALL)
    + r")(?![a-z])"
)
_YR = r"(?:1\d{3}|20\d\d|2100)(?![\d])"
_NUM = r"(?:\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?|½|" + _alts(_VAGUE) + r"|a|an|" + _CARD + r")"
# A unit of time, singular or plural (data/en/time_units.tsv).
_UNIT = r"(?:" + _alts({*_UNIT_NAMES, *_TIME_NOUNS}) + r")(?![a-z])"
_HEDGE = r"(?:" + _alts(_HEDGES) + r")"
_RELATIVE = {w.phrase: w.direction for w in language.relative_words()}
# Days named by their distance from the article's: "yesterday" is -1.
_DAY_WORDS = {d.phrase: d.offset for d in language.relative_days()}
# Longest first, as a phrase ("this past") must win over its first word ("this").
_REL = r"(?:" + _alts(_RELATIVE) + r")"
# The one-word relative words that count back or ahead ("the past three years", "the
# next two months"), not "this" or "current" (data/en/relative_words.tsv).
_COUNTED_BACK_OR_AHEAD = frozenset(
    p for p, direction in _RELATIVE.items() if direction != "this" and " " not in p
)
_PARTE = r"(?:early|mid|late|earlier|later)"
# What may follow a time word that ends its phrase ("a year before," "the year after.")
_CLAUSE_ENDS = r"(?=[ \t]*(?:[,.;:!?)\n—–]|$))"


def _year_counted(name: str = "") -> str:
    """The year counted from the article's day that a day or month written without its
    year may take, as group ``name`` (or unnamed): "June 19 last year", "19 June of next year"; not
    a noun's ("June 19 last year's winner"), nor one after a comma ("Before June 19,
    last year's rules applied")."""
    group = f"(?P<{name}>" if name else "(?:"
    return r"\s+(?:of\s+)?" + group + r"this|last|next)\s+year(?![\w-]|['’]s(?![a-z]))"


def _g(name: str, body: str) -> str:
    return f"(?P<{name}>{body})"


class _Lazy:
    """A regex compiled on its first use, for the ones off the common path: importing
    factsuite (a pre-commit hook's start-up) compiles none of them."""

    __slots__ = ("_args", "_pattern")

    # A pattern built from a data file is given as the function that builds it, so
    # the file too is read on first use, not at import.
    def __init__(self, pattern: str | Callable[[], str], flags: int = 0) -> None:
        self._args = (pattern, flags)
        self._pattern: re.Pattern[str] | None = None

    def _get(self) -> re.Pattern[str]:
        if self._pattern is None:
            pattern, flags = self._args
            self._pattern = re.compile(pattern if isinstance(pattern, str) else pattern(), flags)
        return self._pattern

    def match(self, string: str, pos: int = 0) -> re.Match[str] | None:
        return self._get().match(string, pos)

    def search(self, string: str, pos: int = 0) -> re.Match[str] | None:
        return self._get().search(string, pos)


# After a four-digit number, what makes it an amount or a clock time: a percentage, a
# decimal, a scale (the short scales of scales.tsv, "hundred") or a word of
# data/en/not_year_after.txt; built on first use.
_NOT_YEAR_AFTER = _Lazy(
    lambda: (
        r"\s*(?:%|percent\b|per\s?cent\b|[.,]\d|(?:"
        + _alts(
            [
                *(s.word for s in language.scales() if s.system == "short"),
                *language.number_word_table("hundred"),
                *language.words("not_year_after.txt"),
            ]
        )
        + r")\b)"
    ),
    re.I,
)


@functools.cache
def _ago_words() -> dict[str, language.AgoDirection]:
    """Words after a count that place it, and which way (data/en/ago_words.tsv)."""
    return {w.phrase: w.direction for w in language.ago_words()}


# Code, not data: the words woven into these alternatives are each construction's
# grammar (prepositions, a range's connectors, "early/mid/late"); their open lists
# come from data (months, weekdays, number words, units, relative words, hedges,
# anniversaries, and count_ago's phrases, ago_words.tsv).
# One alternative per construction. An expression never starts with "the" (spans
# leave it out), so each alternative starts with a word of a known class, and
# ``_core_match`` only tries the alternatives that can start with the word found.
# Within a class the first alternative that matches wins: longer constructions
# come before the ones they contain. Each alternative is named for what it reads, and
# _READERS reads it under that name; the groups inside keep a short prefix of their own
# ("yba_u" in period_before_or_after) to keep the patterns readable.
# An alternative built from a data file is given as the function that builds it, so
# that the file is read when the alternative is first compiled, not at import.
_ALT: dict[str, str | Callable[[], str]] = {
    "relative_day_word":
    r"(?P<rw_w>" + _alts(_DAY_WORDS) + r")(?![a-z])",
    "count_ago": lambda: r"(?P<ago_n>" + _NUM + r")[\s-]+(?P<ago_u>" + _UNIT + r"|(?P<ago_wd>"
    + _alts(k for k in _WEEKDAYS if len(k) > 5) + r")s)\s+"
    r"(?P<ago_d>" + _alts(_ago_words()) + r")(?![a-z])",  # data/en/ago_words.tsv
    "first_or_last_units_of":
    r"(?P<fn_e>first|last|final)\s+(?P<fn_n>" + _NUM + r")\s+(?P<fn_u>days|weeks|months"
    r"|quarters)\s+(?:of|in)\s+(?:the\s+)?(?:(?P<fn_y>" + _YR + r")|(?P<fn_m>" + _MON
    + r")(?:\s*,?\s*(?P<fn_my>" + _YR + r")|" + _year_counted("fn_ry") + r")?"
    r"|(?:(?P<fn_r>this|last|next|current)\s+)?(?P<fn_ru>year|month)(?![a-z]))",
    "past_or_next_count": r"(?P<pn_d>" + _alts(_COUNTED_BACK_OR_AHEAD) + r")\s+"
    r"(?P<pn_n>" + _NUM + r")(?:\s+|(?<=\d))(?P<pn_u>" + _UNIT + ")"
    # "the two upcoming years", "the three past months": a count of two or more, since
    # "a past year" is some year gone by
    r"|(?P<pn_n2>\d{1,3}|" + _CARD + r")\s+(?P<pn_d2>upcoming|coming|past)\s+(?P<pn_u2>" + _UNIT
    + ")",
    "anniversary": r"(?:(?P<an_o>" + _ORDD + "|" + _ORDW + r")|(?P<an_n>\d{1,3}|" + _CARD
    + r")[\s-]+years?)[\s-]+anniversary(?![a-z])|(?P<an_w>" + _alts(_JUBILEES) + r")(?![a-z])",
    "day_range_in_month":
    r"(?P<dd_a>" + _DAYN + "|" + _DAYW + r")\s*(?:-|–|to|through|thru|till|until|and)\s*"
    r"(?:the\s+)?(?P<dd_b>" + _DAYN + "|" + _DAYW + r")\s*(?:of\s+)?(?P<dd_m>" + _MON
    + r")(?:\s*,?\s*(?P<dd_y>" + _YR + ")|" + _year_counted("dd_ry") + ")?",
    "iso_date": r"(?:(?P<iso_wd>" + _WD + r")\s*,?\s*)?(?P<iso_y>" + _YR + r")(?P<iso_s>[-/.])"
    r"(?:(?P<iso_m>1[0-2]|0?[1-9])|(?P<iso_mn>" + _MON + r"))(?P=iso_s)"
    r"(?P<iso_d>3[01]|[12]\d|0?[1-9])(?![\d:/-]|\.\d)",
    "numeric_date": r"(?:(?P<num_wd>" + _WD + r")\s*,?\s*)?(?P<num_a>\d{1,2})(?P<num_s>[/.-])"
    r"(?P<num_b>\d{1,2})(?P=num_s)(?P<num_y>\d{4}|\d\d)(?![\d]|[/.-]\d)",
    "month_slash_day": r"(?:(?P<md_wd>" + _WD + r")\s*,?\s*)?(?P<md_a>\d{1,2})/(?P<md_b>\d{1,2})"
    r"(?![\d/]|[.,:]\d)",
    "month_day_year":
    r"(?:(?P<mdy_wd>" + _WD + r")\s*,?\s*)?(?P<mdy_m>" + _MON + r")[\s-]*(?:the\s+)?"
    r"(?P<mdy_d>" + _DAYN + "|" + _DAYW + r")(?:(?:\s*,\s*|\s+|\s*-\s*)"
    r"(?:of\s+|in\s+)?(?P<mdy_y>" + _YR + r")|" + _year_counted("mdy_ry")
    + r")?(?:\s*,\s*(?P<mdy_wd2>" + _WD + "))?",
    "day_month_year": r"(?:(?P<dmy_wd>" + _WD + r")\s*,?\s*)?(?:the\s+)?(?P<dmy_d>" + _DAYN + "|"
    + _DAYW + r")(?:\.?\s*(?:of\s+)?|\s*[-/]\s*)(?P<dmy_m>" + _MON
    + r")(?:(?:\s*,?\s*|\s*[-/]\s*)(?:of\s+|in\s+)?(?P<dmy_y>" + _YR + r")"
    r"|(?<=[a-z])-(?P<dmy_y2>\d\d)(?![\d-])|" + _year_counted("dmy_ry") + ")?",
    "last_day_of_month":
    r"(?P<ld_n>last|final|" + _DAYW + "|" + _ORDD + r")\s+day\s+(?:of|in)\s+(?P<ld_m>" + _MON
    + r")(?:\s*,?\s*(?P<ld_y>" + _YR + ")|" + _year_counted("ld_ry") + ")?",
    "week_of_month_or_year":
    r"(?P<wk_n>first|second|third|fourth|fifth|last|final|1st|2nd|3rd|4th|5th)\s+week"
    r"\s+(?:of|in)\s+(?:the\s+)?(?:(?P<wk_m>" + _MON + r")(?:\s*,?\s*(?P<wk_y>" + _YR + r")|"
    + _year_counted("wk_ry") + ")?"
    r"|(?P<wk_y2>" + _YR + r")|(?:(?P<wk_r>this|next|last|previous|following|current|coming"
    r"|past)\s+)?(?P<wk_u>month|year)(?![a-z]))",
    "week_of": r"week\s+of\s+(?:the\s+)?(?=[\da-z])",
    "nth_weekday_of_month":
    r"(?P<nth_n>first|second|third|fourth|fifth|last|1st|2nd|3rd|4th|5th)\s+"
    r"(?P<nth_wd>" + _WD + r")\s+(?:of|in)\s+(?:(?P<nth_r>this|next|last|the\s+following"
    r"|the\s+previous|previous|the|the\s+current|current)\s+month|(?P<nth_m>" + _MON
    + r")(?:\s*,?\s*(?P<nth_y>" + _YR + ")|" + _year_counted("nth_ry") + ")?)",
    "day_of_relative_month": r"(?P<dr_d>" + _DAYN + "|" + _DAYW + r")\s+(?:day\s+)?(?:of|in)\s+"
    r"(?:the\s+)?(?P<dr_r>this|next|last|current|previous|following)\s+month",
    "weekday_and_day":
    r"(?P<wdn_wd>" + _WD + r")\s*,?\s*(?:the\s+)?(?P<wdn_d>(?:3[01]|[12]\d|0?[1-9])"
    r"(?:st|nd|rd|th)|" + _DAYW + r"|(?:3[01]|[12]\d|0?[1-9])(?![\d:/]|[.,-]\d|\s*(?:[ap]\.?m"
    r"|" + _UNIT + r"|%|percent|noon|midnight|o['’]clock)))(?!\s*(?:of\s+)?" + _MON + ")",
    "weekday_of_relative_week": r"(?P<ww_r>this|next|last|previous|following|coming)"
    r"\s+week(?:['’]s)?\s*(?:-\s*|on\s+)?(?P<ww_wd>" + _WD + ")",
    "weekday": r"(?P<wd_r>" + _REL + r"\s+)?(?P<wd_wd>" + _WD + r")(?:\s*,?\s*(?P<wd_wk>(?:of\s+)?"
    r"(?:next|last|this|the\s+following|previous|the\s+previous|the\s+coming)\s+week"
    r"|from\s+last\s+week)|\s+(?P<wd_an>after\s+next))?",
    "quarter_or_half_code":
    r"(?:(?P<qh_k>[qh])(?P<qh_n>[1-4])(?:\s*-\s*|\s*(?:of\s+)?)(?:(?P<qh_y>" + _YR
    + r")|(?:the\s+)?(?P<qh_r>this|next|last|previous|following|current)\s+year)|(?P<qh_y2>"
    + _YR + r")(?:\s*-\s*|\s*)(?P<qh_k2>[qh])(?P<qh_n2>[1-4])|(?P<qh_y3>\d\d)q(?P<qh_n3>[1-4]))"
    r"(?![\w])",
    # "2016 third quarter", "its 2016 first-half results", "2016 the third quarter"
    "year_then_quarter_or_half":
    r"(?P<yq_y>" + _YR + r")\s+(?:the\s+)?(?P<yq_n>first|second|third|fourth|final|1st|2nd"
    r"|3rd|4th)[\s-]+(?P<yq_u>quarter|qtr|half)(?![a-z])",
    # "2016 10 16": year, month and day with single spaces, where the phrase ends
    "year_month_day_spaced":
    r"(?P<ys_y>" + _YR + r") (?P<ys_m>1[0-2]|0?[1-9]) (?P<ys_d>3[01]|[12]\d|0?[1-9])"
    r"(?=\s*(?:[,.;:!?)\]\"”]|$))",
    "part_of_period": r"(?:(?P<pt_e>" + _PARTE + r")(?:\s+in)?[\s-]*|(?P<pt_b>beginning|start"
    r"|middle|end|close)\s+of\s+|(?P<pt_h>first|second|1st|2nd|latter)\s+half\s+of\s+"
    r"|(?P<pt_q>first|second|third|fourth|final|1st|2nd|3rd|4th)\s+(?:quarter|qtr)\s+(?:of\s+)?"
    r"|(?P<pt_s>" + _SEASON_NAMES + r")\s+(?:of\s+)?)(?:the\s+)?"
    r"(?:(?P<pt_y>" + _YR + r")(?:(?P<pt_yp>\s*[-–—/]\s*)(?P<pt_yn>\d{4}|\d\d)(?![\d]|[-/.]\d))?"
    r"(?!\s?['’]?s(?![a-z]))|(?P<pt_m>" + _MON
    + r")(?:\s*,?\s*(?P<pt_my>" + _YR + r")|" + _year_counted("pt_ry") + ")?"
    r"|(?P<pt_r>" + _REL + r")\s+(?P<pt_ru>year|month|week|decade)(?![a-z])"
    r"|(?P<pt_u>year|month|week|decade)(?![a-z]))",
    # "that year", "earlier that year", "later in the same month", "the preceding year";
    # not "year after year", nor "the same month last year" (a month of the year named)
    "anaphoric_period":
    r"(?:(?P<ana_e>earlier|later|early|late|mid)[\s-]+(?:in\s+)?(?P<ana_t>the\s+)?)?"
    r"(?P<ana_d>that\s+same|that|same|preceding|prior)\s+(?P<ana_u>year|month)(?![\w-])"
    r"(?!\s+(?:(?:after|on|by|to)\s+(?:year|month)|(?:last|next|this)\s+(?:year|month)"
    r"|(?:a|one)\s+(?:year|month)\s+(?:earlier|before|ago|later)|of\s))",
    "decade":
    r"(?:(?P<dc_e>early|mid|late)[\s-]+)?(?P<dc_y>(?:1\d|20)\d0|['’]\d0)\s?['’]?s(?![a-z])",
    "century": r"(?:(?P<ct_e>early|mid|late)[\s-]+)?(?P<ct_n>" + _ORDD + "|" + _ORDW
    + r")[\s-]+century(?![a-z])",
    "month_range_year": r"(?P<mm_a>" + _MON + r")\s*(?:-|–|to|through|until|and)\s*(?P<mm_b>" + _MON
    + r")\s*,?\s*(?P<mm_y>" + _YR + ")",
    "month_year": r"(?P<my_m>" + _MON + r")(?:\s*[,/-]?\s*|\s+of\s+|\s+in\s+)(?P<my_y>" + _YR
    + r"|['’]\d\d(?![\d]))",
    "year_month": r"(?P<ym_y>" + _YR + r")(?:\s+|(?P<ym_c>\s*,\s*))(?P<ym_m>" + _MON + ")",
    "year_pair":
    r"(?P<yn_y>" + _YR + r")(?P<yn_s>\s*[-–—~/.]\s*)(?P<yn_n>\d{4}|\d{1,2})(?![\d]|[-/.]\d)",
    "numeric_month_year": r"(?P<nmy_m>1[0-2]|0?[1-9])\s*[-/]\s*(?P<nmy_y>" + _YR + r")(?![-/.]\d)",
    "relative_period":
    r"(?P<rel_r>" + _REL + r")\s+(?P<rel_u>week(?:end)?|month|year|yr|quarter|qtr|decade"
    r"|century|" + _SEASON_NAMES + r"|(?P<rel_m>" + _MON + r")(?!\s*(?:" + _DAYN
    + r")))(?![a-z])",
    "month_of_relative_year":
    r"(?P<mry_m>" + _MON + r")\s+(?:of\s+)?(?P<mry_r>this|next|last|the\s+previous"
    r"|the\s+following|previous|following)\s+year(?![a-z])",
    "month_after_next_or_before_last":
    r"(?P<man_m>" + _MON + r")\s+(?P<man_d>after\s+next|before\s+last)(?![a-z])",
    "weekend": r"weekend(?![a-z])",
    "period_before_last_or_after_next":
    r"(?P<ba_u>week|month|year)\s+(?P<ba_d>before\s+last|after\s+next)(?![a-z])",
    # "the year before,", "the month after when ...": not "the year before the war"
    "period_before_or_after":
    r"(?P<yba_u>year|month)\s+(?P<yba_d>before|after|earlier|later)(?![a-z])(?:"
    + _CLAUSE_ENDS + r"|(?=\s+(?:and|but|in|at|on|when|with|as|while)(?![a-z])))",
    "rest_of_period":
    r"(?:rest|remainder|remaining)\s+(?:of\s+)?(?:the\s+|this\s+|(?:the\s+)?current\s+)?"
    r"(?P<rest_u>week|month|year)(?![a-z])",
    "year_to_date": r"year[\s-]to[\s-]date(?![a-z])",
    # a number of days or years is no year: "2000 years of history", "1000 days in office"
    "year": r"(?:year\s+(?:of\s+)?)?(?P<yr_y>" + _YR + r")(?![\s-]+(?:days|nights|weeks|months"
    r"|years|decades|centuries)(?![a-z]))(?:\s*(?P<yr_e>a\.?d\.?"
    r"|c\.?e\.?|b\.?c\.?e?\.?)(?![a-z]))?",
    "duration": r"(?:(?P<du_h>" + _HEDGE + r")\s+)?(?:half\s+(?:a|an)\s+(?P<du_hu>" + _UNIT + r")"
    r"|(?P<du_all>all|full|whole|entire)[\s-](?P<du_au>day|week|month|year)(?![a-z])"
    r"|(?P<du_n>(?:another\s+)?" + _NUM + r"|another)(?:\s+and\s+(?:a\s+)?(?P<du_f>half|quarter))?"
    r"(?:\s+|-|(?<=\d))"
    r"(?P<du_u>" + _UNIT + r")(?:\s+and\s+(?:a\s+)?(?P<du_f2>half|quarter)(?![a-z]))?)",
    "bare_month": r"(?P<bm_m>" + _MON + ")",
    "fiscal_year_code": r"fy(?P<fy_y>" + _YR + ")",
}  # fmt: skip
_ORDER = list(_ALT)


def _group(*names: str) -> frozenset[str]:
    return frozenset(names)


@functools.cache
def _compiled(names: frozenset[str]) -> re.Pattern[str]:
    """The alternation of these grammar rules, compiled on first use.

    Compiling every alternation at import took ~70 ms, most of a pre-commit hook's
    start-up, while one article needs only a few of them.
    """
    return re.compile("|".join(_g(n, _alternative(n)) for n in _ORDER if n in names))


def _alternative(name: str) -> str:
    alternative = _ALT[name]
    return alternative if isinstance(alternative, str) else alternative()


_Y4_START = _group(
    "count_ago",
    "iso_date",
    "quarter_or_half_code",
    "year_then_quarter_or_half",
    "year_month_day_spaced",
    "decade",
    "year_month",
    "year_pair",
    "year",
    "duration",
)
_D12_START = _group(
    "count_ago",
    "anniversary",
    "day_range_in_month",
    "numeric_date",
    "month_slash_day",
    "day_month_year",
    "last_day_of_month",
    "week_of_month_or_year",
    "day_of_relative_month",
    "part_of_period",
    "century",
    "numeric_month_year",
    "quarter_or_half_code",
    "past_or_next_count",
    "duration",
)
_D3_START = _group("count_ago", "anniversary", "past_or_next_count", "duration")
_START_NAMES: dict[str, set[str]] = {}


def _starts_with(words: object, *names: str) -> None:
    for word in words:  # type: ignore[attr-defined]
        _START_NAMES.setdefault(str(word).split()[0].lower(), set()).update(names)


_starts_with(
    _MONTHS,
    "month_day_year",
    "month_range_year",
    "month_year",
    "month_of_relative_year",
    "month_after_next_or_before_last",
    "bare_month",
)
# The rules a weekday can start ("Wednesday, Sept. 3, 2025", "Wed 3/9"): named once,
# for the start-word table and for _WEEKDAY_START.
_WEEKDAY_RULES = (
    "iso_date",
    "numeric_date",
    "month_slash_day",
    "month_day_year",
    "day_month_year",
    "weekday_and_day",
    "weekday",
)
_starts_with(_WEEKDAYS, *_WEEKDAY_RULES)
_starts_with(
    _split("this next last coming past previous following upcoming current"),
    "relative_day_word", "past_or_next_count", "last_day_of_month", "nth_weekday_of_month",
    "weekday_of_relative_week", "weekday", "relative_period",
)  # fmt: skip
_starts_with(_DAY_WORDS, "relative_day_word")
_starts_with(
    _split("early mid late earlier later beginning start middle end close"),
    "part_of_period",
    "decade",
    "century",
)
_starts_with(_SEASONS, "part_of_period")
_starts_with(
    [*_ORD_SMALL, *_ORD_TENS],
    "anniversary",
    "day_range_in_month",
    "day_month_year",
    "last_day_of_month",
    "week_of_month_or_year",
    "nth_weekday_of_month",
    "day_of_relative_month",
    "part_of_period",
    "century",
)
_starts_with(["final"], "last_day_of_month", "week_of_month_or_year", "part_of_period")
_starts_with(["last"], "week_of_month_or_year")
_starts_with(_split("first last final"), "first_or_last_units_of")
_starts_with(["week"], "week_of")
_starts_with(_split("another all full whole entire"), "duration")
_starts_with(
    [*_SMALL, *_TENS, "a", "an", *(phrase.split()[0] for phrase in _VAGUE), "half"],
    "count_ago",
    "anniversary",
    "duration",
)
_starts_with([*_SMALL, *_TENS], "past_or_next_count")
_starts_with(_split("earlier later early late mid that same preceding prior"), "anaphoric_period")
_starts_with(_split("year month"), "period_before_or_after")
_starts_with(
    ["thirty", "twenty"],
    "anniversary",
    "day_range_in_month",
    "day_month_year",
    "last_day_of_month",
    "nth_weekday_of_month",
    "day_of_relative_month",
    "century",
)
_starts_with(_split("silver ruby golden diamond sapphire platinum"), "anniversary")
_starts_with(_JUBILEES, "anniversary")
_starts_with(_split("rest remainder remaining"), "rest_of_period")
_starts_with(["weekend"], "weekend")
_starts_with(_split("week month year"), "period_before_last_or_after_next")
_starts_with(["fy"], "fiscal_year_code")
_starts_with(["year"], "year_to_date", "year")
_starts_with(["q", "h"], "quarter_or_half_code")
_starts_with(_HEDGES, "duration")
_START = {word: frozenset(names) for word, names in _START_NAMES.items()}
_WEEKDAY_START = frozenset(_WEEKDAY_RULES)
_DIGIT_AND_APOS = _group("decade", "duration")
_WORD = re.compile(r"[a-z]+")


_YEAR_ONLY = _group("year")
_WEEKDAY_ONLY = _group("weekday")
# Words that can continue an expression after a year or a weekday.
# Code, not data: the expression grammar's continuations, from the data lists and punctuation.
_YEAR_GOES_ON = frozenset(
    [
        *_MONTHS,
        *(k + "s" for k in _UNIT_NAMES),
        *_UNIT_NAMES,
        *_split("centuries yrs q1 q2 q3 q4 h1 h2 a.d. ad a.d b.c. bc bce b.c.e. ce c.e. s 's ’s"),
        # a quarter or half of the year ("2016 third quarter", "2016 the first half")
        *_split("the first second third fourth final 1st 2nd 3rd 4th"),
    ]
)
# Code, not data: as _YEAR_GOES_ON, for a weekday.
_WEEKDAY_GOES_ON = frozenset([*_MONTHS, "the", "of", "from", "after", "next", "last", "this", "-"])


def _year_stands_alone(token: str) -> bool:
    if token.isdigit():
        return len(token) > 2  # a month and a day may follow: "2016 10 16"
    first = token.split("-", 1)[0]  # "2016 third-quarter results"
    return first not in _YEAR_GOES_ON and token[:1] not in "-–—~/"


def _month_after_comma(low: str, i: int) -> bool:
    """Whether a comma at or after ``i`` (past spaces) is followed by a month's name:
    "2016, Nov" is a month of that year."""
    n = len(low)
    while i < n and low[i] == " ":
        i += 1
    if low[i : i + 1] != ",":
        return False
    i += 1
    while i < n and low[i] == " ":
        i += 1
    w = _WORD.match(low, i)
    return w is not None and w.group() in _MONTHS


def _next_token(low: str, i: int) -> str:
    if low[i : i + 1] != " ":
        return ""
    words = low[i : i + 14].split(maxsplit=1)
    return words[0].rstrip(",.;:") if words else ""  # nothing but spaces to the end


def _core_match(low: str, s: int) -> re.Match[str] | None:
    """The grammar alternative that matches the lowercased text at ``s``, tried only
    among those that can start with the word (or the run of digits) found there."""
    if s >= len(low):
        return None
    c = low[s]
    if c.isdigit():
        n = s + 1
        stop = min(len(low), s + 5)
        while n < stop and low[n].isdigit():
            n += 1
        after = low[n : n + 1]
        n -= s
        if n == 4:
            # most years stand alone: try the one alternative that reads them
            if (
                after == ""
                or after in ';:)!?"”’\n'
                or (after == "," and not _month_after_comma(low, s + 4))
                or (after == " " and _year_stands_alone(_next_token(low, s + 4)))
            ):
                return _compiled(_YEAR_ONLY).match(low, s)
            return _compiled(_Y4_START).match(low, s)
        names = _D12_START if n <= 2 else _D3_START if n == 3 else None
        return _compiled(names).match(low, s) if names is not None else None
    if c in "'’½":
        return _compiled(_DIGIT_AND_APOS).match(low, s)
    w = _WORD.match(low, s)
    if w is None:
        return None
    word = w.group()
    rules = _START.get(word)
    if rules == _WEEKDAY_START:
        e = w.end()
        rest = low[e : e + 16].lstrip(" ,.").split(maxsplit=1)
        if not rest or not (rest[0][0].isdigit() or rest[0].rstrip(",.") in _WEEKDAY_GOES_ON):
            return _compiled(_WEEKDAY_ONLY).match(low, s)
    return _compiled(rules).match(low, s) if rules is not None else None


# A second part of a range after "to", "-", "and": any date, or the parts that change.
_RANGE_SEP = re.compile(
    r"\s*(?:(?P<dash>[-–~])|(?P<word>to|through|thru|till|until|and|or)(?![a-z]))\s*"
)
# The second day of "June 5 and 6" / "June 5 or 6": a bare day that ends the phrase
# (or takes a year), so that "June 5 and 6 people" and "June 5 and 6 years" stay apart.
_PAIR_DAY = _Lazy(
    r"(?:the\s+)?(?:3[01]|[12]\d|0?[1-9])(?:(?:st|nd|rd|th)(?![a-z])|(?=\s*(?:[,.;:!?)\n\"”]|$)"
    r"|\s*,?\s*(?:1\d{3}|20\d\d)(?!\d)|" + _year_counted() + "))"
)
_RIGHT = _Lazy(
    r"(?:the\s+)?(?P<d>" + _DAYN + r")(?:\s*(?:of\s+)?(?P<m>" + _MON + r"))?(?:\s*,?\s*(?P<y>"
    + _YR + r")|" + _year_counted("ry") + r")?|(?P<m2>" + _MON + r")\s*(?P<d2>" + _DAYN
    + r")?(?:\s*,?\s*(?P<y2>" + _YR + r")|" + _year_counted("ry2") + ")?"
)  # fmt: skip
_DUR_MORE = re.compile(
    r"\s*,?\s*(?:and\s+)?(?P<n>" + _NUM + r")[\s-]+(?P<u>" + _UNIT + ")"
)  # fmt: skip

# The prefilter: every date expression contains one of these. Each branch starts with
# a literal character so the regex engine can skip everything else at C speed.
_ANCHOR_BRANCHES = (
    [
        r"m(?:onth|(?<=[Ss]umm)er|(?<=[Aa]utum)n)",
        r"c(?:ent(?:en|ur)|(?<=dec)ade)",
        # "tonight", "spring", and the parts of a day of relative_days.tsv ("this
        # morning", "this evening"), found at their "g" or after "af" ("afternoon")
        r"g(?:(?<=nig)ht|(?<=[Ss]pring)|(?<=[Mm]orning|[Ee]vening)(?![a-z]))",
        r"f(?:(?<=[Aa]f)ternoon|(?<![A-Za-z]f)all)(?![a-z])",  # and "fall" (season-verb rule)
        r"w(?:(?<=morrow)|inter)",
        r"y(?:ear|rs?(?![a-z])|(?<=day))",
        r"k(?<=week)",
        r"v(?<=anniv)",
        r"q(?:uarter|tr)",
        "jubilee",
    ]
    # money and percentages are passed over here rather than in Python
    + [d + r"(?<![$£€¥#,.\d]" + d + r")(?![\d.,]*\s?(?:%|per\s?cent))[\d.,]*" for d in "0123456789"]
    # capitalised months, and the weekdays news abbreviates ("Tue.", "Thurs."), one
    # branch per capital so the scan stops at no more letters than it must
    + ["Jan", "F(?:eb|ri(?![a-z])|(?<![A-Za-z]F)all(?![a-z]))", "M(?:a[ry]|on(?![a-z]))"]
    + ["Apr", "Ju[nl]", "Aug"]
    + [r"S(?:ep|at\.|un\.)", "Oct", "Nov", "Dec", "T(?:ues?|hu(?:rs?)?)(?![a-z])", "Wed(?![a-z])"]
    # a weekday abbreviated in lower case with its full stop ("mon.", "fri."), found at
    # the full stop, which is rarer than any letter; "lemon." and "c'mon." are words.
    # One look behind per length of word keeps the stop at each full stop short.
    + [
        r"\.(?:"
        + "|".join(
            rf"(?<=(?:{'|'.join(ws)})\.)(?<![a-z'’](?:{'|'.join(ws)})\.)"
            for ws in _LOWER_ABBREVIATIONS_BY_LENGTH
        )
        + ")"
    ]
)


@functools.cache
def _anchor() -> re.Pattern[str]:
    return re.compile("|".join(_ANCHOR_BRANCHES))


# A month in lower case after "of" ("the first of march"). News capitalises months, so
# the prefilter only looks for it (a branch that stops at every "f") in a text that has
# one: a literal search for "of" finds out at a fraction of the cost.
_MONTHS_NOT_VERBS = (
    r"jan(?:uary)?|feb(?:ruary)?|apr(?:il)?|june?|july?|aug(?:ust)?"
    r"|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"
)
_LOWER_MONTH = r"(?:mar(?:ch)?|may|" + _MONTHS_NOT_VERBS + r")(?![a-z])"
_OF_LOWER_MONTH = _Lazy(r"of\s+" + _LOWER_MONTH)
# ... and after "next", "last" or "past" ("next june", "last sept"), where it can be
# nothing else; "may" and "march" stay verbs there too ("the next march on"). The
# look for one starts with the literal "t " (next, last, past all end in t) to be fast.
_REL_LOWER = r"(?:" + _MONTHS_NOT_VERBS + r")(?![a-z])"
_REL_LOWER_MONTH = _Lazy(r"t (?:jan|feb|apr|ju[nl]|aug|sep|oct|nov|dec)")


@functools.cache
def _anchor_with_lower_months(of: bool, rel: bool) -> re.Pattern[str]:
    branches = list(_ANCHOR_BRANCHES)
    if of:
        branches.append(r"f(?<=\bof)\s+" + _LOWER_MONTH)
    if rel:
        branches.append(r"t(?<=\bnext|\blast|\bpast)\s+" + _REL_LOWER)
    return re.compile("|".join(branches))


# Words that can stand before the anchor inside one expression ("the past two years",
# "nearly seven years", "between 2018 and 2019", "Wednesday, September 3").
# Code, not data: the prefilter's index of words a pattern may open with; its words
# repeat the patterns' own, so it changes with them, not with a newsroom's English.
_LEFT_WORDS = (
    frozenset(
        _split("""the a an last next this past coming following previous current upcoming early
    earlier mid late later end beginning start middle close of first second third fourth
    that same preceding prior
    fifth final half latter between from nearly almost about around approximately roughly
    some circa estimated more than over less fewer under at least most no not up to just
    and in day before after rest remainder remaining q1 q2 q3 q4 h1 h2 year
    couple few several dozen upwards excess minimum maximum longer shorter well another all
    full whole entire silver ruby golden diamond sapphire platinum""")
    )
    | frozenset(_SMALL)
    | frozenset(_TENS)
    | frozenset(_ORD_SMALL)
    | frozenset(_ORD_TENS)
    | frozenset(_WEEKDAYS)
    | frozenset(_MONTHS)
)


# ---------------------------------------------------------------------------
# Calendar arithmetic


@functools.lru_cache(maxsize=4096)
def _month_range(y: int, m: int) -> DateRange:
    return DateRange.month(y, m)


@functools.lru_cache(maxsize=1024)
def _year_range(y: int) -> DateRange:
    return DateRange.year(y)


def _days(a: date, b: date, precision: Precision = DAY) -> DateRange:
    return DateRange(a, b, precision)


def _add_months(d: date, n: int) -> date:
    total = d.year * 12 + d.month - 1 + n
    y, m = divmod(total, 12)
    last = calendar.monthrange(y, m + 1)[1]
    return date(y, m + 1, min(d.day, last))


def _months_span(y: int, m1: int, m2: int) -> DateRange:
    """Months m1..m2 of year y; m2 may run past December into the next year."""
    start = date(y, m1, 1)
    end_first = _add_months(start, m2 - m1)
    end = date(
        end_first.year, end_first.month, calendar.monthrange(end_first.year, end_first.month)[1]
    )
    return DateRange(start, end, MONTH)


def _week(d: date) -> DateRange:
    monday = d - timedelta(days=d.weekday())
    return DateRange(monday, monday + timedelta(days=6), DAY)


def _distance(r: DateRange, ref: date) -> int:
    if r.start <= ref <= r.end:
        return 0
    return (r.start - ref).days if r.start > ref else (ref - r.end).days


def _nearest(
    options: list[DateRange], ref: date, same_year: DateRange | None
) -> tuple[DateRange, ...]:
    """The occurrence nearest the reference (the past one on a tie), then the same-year one."""
    best = min(options, key=lambda r: (_distance(r, ref), r.start > ref))
    if same_year is not None and same_year != best:
        return (best, same_year)
    return (best,)


# Code, not data: the calendar's arithmetic (days a month may have), in no language.
_MONTH_DAYS = (0, 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def _valid_day(y: int, m: int, d: int) -> bool:
    if not (1 <= m <= 12 and 1 <= d <= _MONTH_DAYS[m]):
        return False
    return m != 2 or d < 29 or calendar.isleap(y)


def _yearless_day(ref: date, m: int, d: int) -> tuple[DateRange, ...] | None:
    years = range(ref.year - 1, ref.year + 2)
    if m == 2 and d == 29:
        years = range(ref.year - 4, ref.year + 5)  # the nearest leap years
    options = [DateRange.day(date(y, m, d)) for y in years if _valid_day(y, m, d)]
    if not options:
        return None
    same = DateRange.day(date(ref.year, m, d)) if _valid_day(ref.year, m, d) else None
    return _nearest(options, ref, same)


def _yearless_month(ref: date, m: int) -> tuple[DateRange, ...]:
    options = [_month_range(y, m) for y in (ref.year - 1, ref.year, ref.year + 1)]
    return _nearest(options, ref, _month_range(ref.year, m))


def _weekday_readings(ref: date, wd: int, tense: str | None) -> tuple[DateRange, ...]:
    if wd == ref.weekday():
        return (DateRange.day(ref),)
    back = (ref.weekday() - wd) % 7
    past = DateRange.day(ref - timedelta(days=back))
    future = DateRange.day(ref + timedelta(days=7 - back))
    if tense == "past":
        return (past,)
    if tense == "future":
        return (future,)
    return (past, future)


def _next_weekday(ref: date, wd: int) -> tuple[DateRange, ...]:
    ahead = (wd - ref.weekday()) % 7 or 7
    first = ref + timedelta(days=ahead)
    of_next_week = _week(ref).start + timedelta(days=7 + wd)
    if of_next_week != first:
        return (DateRange.day(first), DateRange.day(of_next_week))
    return (DateRange.day(first),)


def _last_weekday(ref: date, wd: int) -> tuple[DateRange, ...]:
    back = (ref.weekday() - wd) % 7 or 7
    first = ref - timedelta(days=back)
    of_last_week = _week(ref).start - timedelta(days=7) + timedelta(days=wd)
    if of_last_week != first:
        return (DateRange.day(first), DateRange.day(of_last_week))
    return (DateRange.day(first),)


def _this_weekday(ref: date, wd: int) -> tuple[DateRange, ...]:
    this_week = _week(ref).start + timedelta(days=wd)
    if this_week >= ref:
        return (DateRange.day(this_week),)
    return (DateRange.day(this_week), DateRange.day(this_week + timedelta(days=7)))


def _ago(ref: date, n: int, unit: DurationUnit, sign: int) -> DateRange:
    """N units ago (sign -1) or from now (+1): the calendar unit N back, widened to every
    day from which exactly N whole units have passed, as an age is counted."""
    if unit == "days":
        return DateRange.day(ref + sign * timedelta(days=n))
    if unit == "weeks":
        anchor = ref + sign * timedelta(days=7 * n)
        window = (
            _days(anchor - timedelta(days=6), anchor)
            if sign < 0
            else _days(anchor, anchor + timedelta(days=6))
        )
        return _week(anchor).hull(window)
    if unit == "months":
        anchor = _add_months(ref, sign * n)
        cal = _month_range(anchor.year, anchor.month)
        if sign < 0:
            window = _days(_add_months(ref, -n - 1) + ONE_DAY, anchor)
        else:
            window = _days(anchor, _add_months(ref, n + 1) - ONE_DAY)
        return cal.hull(window)
    anchor = add_years(ref, sign * n)
    if sign < 0:
        window = _days(add_years(ref, -n - 1) + ONE_DAY, anchor)
    else:
        window = _days(anchor, add_years(ref, n + 1) - ONE_DAY)
    return DateRange.year(anchor.year).hull(window)


def _shift(ref: date, n: int, unit: DurationUnit) -> date:
    if unit == "days":
        return ref + timedelta(days=n)
    if unit == "weeks":
        return ref + timedelta(days=7 * n)
    if unit == "months":
        return _add_months(ref, n)
    return add_years(ref, n)


def _season(y: int, name: str) -> DateRange:
    a, b = _SEASONS[name]
    return _months_span(y, a, b)


def _part_of(whole: DateRange, part: str, unit: str) -> DateRange:
    """early/mid/late of a year (Jan-Apr, May-Aug, Sep-Dec), month (1-10, 11-20, 21-end),
    week (Mon-Wed, Wed-Fri, Fri-Sun) or decade (years 0-3, 4-6, 7-9)."""
    s, e = whole.start, whole.end
    if unit == "decade":
        lo, hi = _THIRDS[part]
        return DateRange(date(s.year + lo, 1, 1), date(s.year + hi, 12, 31), YEAR)
    if unit == "year":
        a, b = {"early": (1, 4), "mid": (5, 8), "late": (9, 12)}[part]
        return _months_span(s.year, a, b)
    if unit == "month":
        lo, hi = {"early": (1, 10), "mid": (11, 20), "late": (21, e.day)}[part]
        return _days(s.replace(day=lo), s.replace(day=hi))
    a, b = {"early": (0, 2), "mid": (2, 4), "late": (4, 6)}[part]
    return _days(s + timedelta(days=a), s + timedelta(days=b))


# ---------------------------------------------------------------------------
# Reading


@dataclass(slots=True)
class _Read:
    """What one grammar alternative read; ``ymd`` lets a range inherit missing parts."""

    end: int
    kind: DateKind
    readings: tuple[DateRange, ...] = ()
    duration: Duration | None = None
    ordinal: int | None = None
    ymd: tuple[int | None, int | None, int | None] | None = None
    void: bool = False  # read, but names no day the article's date can give
    weekday: int | None = None  # a bare weekday, which a range's end may put in its week
    week: date | None = None  # the Monday of a week named outright ("Friday last week")
    anaphor: _Anaphor | None = None  # for kind "anaphoric": how it counts from a time told


_ToldUnit = Literal["year", "month"]


def _told_unit(word: str) -> _ToldUnit | None:
    """The unit a date pointing back can count in: a year or a month."""
    w = word.lower()
    return "year" if w == "year" else "month" if w == "month" else None


@dataclass(frozen=True, slots=True)
class _Anaphor:
    """A date counted from the time told before it: ``step`` years or months on from
    its year (or month), a ``part`` of that (early, mid, late; earlier or later than the
    time told), or a ``month`` (and ``day``) in that year: "March that year"."""

    unit: _ToldUnit
    step: int = 0
    part: str | None = None
    month: int | None = None
    day: int | None = None


def _num(word: str) -> float | None:
    w = " ".join(word.lower().replace("-", " ").split())
    if not w:
        return None
    if w[0].isdigit():
        return float(w.replace(",", ""))
    if w == "½":
        return 0.5
    if w in ("a", "an"):
        return 1.0
    if w in _VAGUE:
        return float(_VAGUE[w])
    if w in _SMALL:
        return float(_SMALL[w])
    parts = w.split()
    if parts[0] in _TENS:
        return float(_TENS[parts[0]] + (_SMALL.get(parts[1], 0) if len(parts) > 1 else 0))
    return None


def _ordinal(word: str) -> int | None:
    w = word.lower().replace("-", " ").strip()
    if w[:1].isdigit():
        return int(re.sub(r"\D", "", w))
    w = " ".join(w.split())
    if w in _ORD_SMALL:
        return _ORD_SMALL[w]
    if w in _ORD_TENS:
        return _ORD_TENS[w]
    for tens, value in _TENS.items():
        if w.startswith(tens):
            rest = w[len(tens) :].strip()
            if rest in _ORD_SMALL:
                return value + _ORD_SMALL[rest]
    return None


def _day(word: str) -> int | None:
    w = word.strip().lower()
    if w[:1].isdigit():
        return int(re.match(r"\d+", w).group())  # type: ignore[union-attr]
    return _ordinal(w)


def _month(word: str) -> int:
    return _MONTHS[word.lower().rstrip(".")]


def _weekday(word: str) -> int:
    return _WEEKDAYS[word.lower().rstrip(".")]


def _year2(text: str) -> int:
    """A two-digit year: '99 is 1999, '05 is 2005 (a pivot 30 years ahead of 2000)."""
    n = int(text.lstrip("'’"))
    return 2000 + n if n <= 30 else 1900 + n


def _prev_word(text: str, pos: int) -> str:
    i = pos - 1
    while i >= 0 and text[i] in " \t":
        i -= 1
    j = i
    while j >= 0 and (text[j].isalnum() or text[j] in "'’$£€.#"):
        j -= 1
    return text[j + 1 : i + 1].lower()


def _next_word(text: str, pos: int) -> str:
    n = len(text)
    i = pos
    while i < n and text[i] in " \t":
        i += 1
    j = i
    while j < n and text[j].isalpha():
        j += 1
    return text[i:j].lower()


# A semicolon parts two clauses that each tell their own time ("it rose 4% on Monday;
# it will fall next week"): the words read around a date stop at one, as at the end
# of its sentence.
_SEMICOLON = re.compile(r";\s")
_TENSE_WORD = re.compile(r"[A-Za-z'’]+")


def _around(text: str, start: int, end: int, back: int, on: int) -> tuple[str, str]:
    """The words of its sentence before ``start`` (at most ``back`` characters) and
    after ``end`` (at most ``on``), neither across a semicolon."""
    left = text[sentence_start(text, start, max(0, start - back)) : start]
    cut = list(_SEMICOLON.finditer(left))
    if cut:
        left = left[cut[-1].end() :]
    right = text[end : sentence_end(text, end, end + on)]
    stop = _SEMICOLON.search(right)
    if stop:
        right = right[: stop.start()]
    return left, right


def _tense(text: str, start: int, end: int) -> str | None:
    """The tense of the clause around a weekday, when one word settles it."""
    left, right = _around(text, start, end, 120, 80)
    left_words = [w.lower() for w in _TENSE_WORD.findall(left)]
    right_words = [w.lower() for w in _TENSE_WORD.findall(right)]
    best: tuple[int, str] | None = None
    for seq, sign in ((_backwards(left_words), 0), (_forwards(left_words, right_words), 1)):
        for dist, (w, before) in enumerate(seq):
            found = None
            if w in _FUTURE_HINTS or w.endswith(("'ll", "’ll")):
                found = "future"
            elif (
                w in _PAST_HINTS or (len(w) > 4 and w.endswith("ed") and w not in _NOT_PAST_ED)
            ) and before not in _PASSIVE_AUXILIARIES:  # "will be held": a participle
                found = "past"
            if found:
                score = dist * 2 + sign
                if best is None or score < best[0]:
                    best = (score, found)
                break
    return best[1] if best else None


def _backwards(words: list[str]) -> Iterator[tuple[str, str]]:
    """Each word of ``words`` from the last, with the word before it."""
    for i in range(len(words) - 1, -1, -1):
        yield words[i], words[i - 1] if i else ""


def _forwards(left: list[str], right: list[str]) -> Iterator[tuple[str, str]]:
    """Each word of ``right`` from the first, with the word before it (the last of
    ``left`` for the first)."""
    before = left[-1] if left else ""
    for word in right:
        yield word, before
        before = word


def _counts_things(word: str) -> bool:
    """Whether ``word`` after a number is a plural noun the number counts."""
    if word in _PLURALS:
        return True
    return (
        len(word) > 2
        and word.endswith("s")
        and not word.endswith(("ss", "us", "is", "ous", "'s", "’s"))
        and word not in _TIME_NOUNS
        and word not in _EVENT_PLURALS
    )


# "at least", "at most" before a number: a bound on a count.
_AT_LEAST = frozenset({("at", "least"), ("at", "most")})


def _reject_year(text: str, start: int, end: int, y: int, bare: bool = True) -> bool:
    """Whether a four-digit number reads as a count, an amount or an identifier. A
    ``bare`` number before 1900 also needs a word that introduces a year ("in 1848")."""
    if start > 0:
        before = text[start - 1]
        if before in "$£€¥#" or before.isdigit():
            return True
        if before in ",." and start > 1 and text[start - 2].isdigit():
            return True
    if _NOT_YEAR_AFTER.match(text, end):
        return True
    prev = _prev_word(text, start)
    if prev in _YEAR_PREPOSITIONS:
        return False
    prev2 = _prev_word(text, start - len(prev) - 1) if prev else ""
    nxt = _next_word(text, end)
    # "more than 2024", "at least 2024": a count; "at the 2024 election" is a year
    if prev in _COUNT_WORDS or prev2 in ("more", "less", "fewer") or (prev2, prev) in _AT_LEAST:
        return prev not in _YEAR_PREPOSITIONS
    if prev in ("no.", "number", "no", "nos.", "page", "room", "flight", "route", "box", "p."):
        return True
    if _counts_things(nxt) and prev not in _YEAR_PREPOSITIONS and text[end : end + 1] in " \t":
        return True
    if y < 1900 and bare:
        return prev not in _YEAR_PREPOSITIONS and prev not in (
            "of",
            "the",
            "year",
            "and",
            "to",
            "or",
        )
    return False


def _month_word_ok(text: str, start: int, word: str, has_context: bool) -> bool:
    """May and March are also a verb and a noun: read them only written as months."""
    word = text[start : start + len(word)]
    w = word.lower().rstrip(".")
    if w == "may":
        return word[0] == "M" and (has_context or _prev_word(text, start) in _BARE_MONTH_CONTEXT)
    if w == "march" and word[0] == "m":
        return has_context
    return True


_MONTH_TO_MONTH = _Lazy(r"\.?\s*(?:-|–|to|through|thru|until|till)\s*(?:" + _MON + ")", re.I)
# The year of a day or month written without one, told before: "March that year",
# "7 January of the same year", "June of the next year".
_OF_THAT_YEAR = _Lazy(
    r"\s+(?:of\s+|in\s+)?(?:that\s+(?:same\s+)?|the\s+same\s+|the\s+(?P<step>following|next"
    r"|previous|preceding|prior)\s+)year(?![\w-])",
    re.I,
)
_BARE_MONTH_CONTEXT = language.LazyWords(lambda: language.words("bare_month_words.txt"))


def _abs_day(ref: date, y: int | None, m: int, d: int) -> tuple[DateRange, ...] | None:
    if y is None:
        return _yearless_day(ref, m, d)
    if not _valid_day(y, m, d):
        return None
    return (DateRange.day(date(y, m, d)),)


def _with_weekday(ref: date, m: int, d: int, wd: int) -> tuple[DateRange, ...] | None:
    """A yearless date with its weekday ("Tuesday, May 9"): the year nearest the reference
    in which that date falls on that weekday."""
    years = sorted(
        range(ref.year - 6, ref.year + 7), key=lambda y: (abs(y - ref.year), y > ref.year)
    )
    for y in years:
        if _valid_day(y, m, d) and date(y, m, d).weekday() == wd:
            return (DateRange.day(date(y, m, d)),)
    return None


_Reader = Callable[[str, "re.Match[str]", date], "_Read | None"]


_TO_COUNT = re.compile(r"\s*(?:to|-|–|and|or)\s*\d[\d,]*\s+([a-z]+)")


def _read_year(text: str, m: re.Match[str], ref: date) -> _Read | None:
    """A year on its own: "in 2019", "the year 2019", "2019 AD"."""
    y = int(m["yr_y"])
    era = (m["yr_e"] or "").replace(".", "")
    if era.startswith("b"):
        return None  # BC years are outside the calendar a DateRange can hold
    if not (era or m["year"].startswith("year")):
        if _reject_year(text, m.start("yr_y"), m.end("yr_y"), y):
            return None
        count = _TO_COUNT.match(m.string, m.end())
        if count and _counts_things(count[1]):
            return None  # "from 1500 to 2000 people"
    low, start, end = m.string, m.start(), m.end()
    # "fiscal 2024", "FY 2024", "the 2024 fiscal year" (a cheap look first)
    near = low[max(0, start - 8) : start]
    maybe_fiscal = any(word in near for word in _FISCAL) or low.startswith(" fiscal", end)
    if maybe_fiscal and (_prev_word(low, start) in _FISCAL or _next_word(low, end) == "fiscal"):
        return _Read(end, "absolute", (_fiscal_year(y),))
    return _Read(m.end(), "absolute", (_year_range(y),), ymd=(y, None, None))


_FISCAL = language.LazyWords(lambda: language.words("fiscal_words.txt"))


def _fiscal_year(y: int) -> DateRange:
    """Fiscal year y, whichever calendar it keeps: the US government's ends in September
    of y, Walmart's FY2025 began in February 2024, Japan's FY2024 ends in March 2025.
    Read as the calendar year y would fail true claims about any of them."""
    return DateRange(date(y - 1, 2, 1), date(y + 1, 3, 31), MONTH)


def _read_fiscal_year_code(text: str, m: re.Match[str], ref: date) -> _Read | None:
    """A fiscal year written as a code: "FY2021"."""
    return _Read(m.end(), "absolute", (_fiscal_year(int(m["fy_y"])),))


def _read_relative_day_word(text: str, m: re.Match[str], ref: date) -> _Read | None:
    """A day named relative to the article's: "today", "yesterday", "the day after tomorrow"."""
    offset = _DAY_WORDS.get(" ".join(m["rw_w"].split()), 0)
    return _Read(m.end(), "relative", (DateRange.day(ref + timedelta(days=offset)),))


_NEXT_WORDS = frozenset(p for p, direction in _RELATIVE.items() if direction == "next")
_LAST_WORDS = frozenset(p for p, direction in _RELATIVE.items() if direction == "last")
_PAST_WORDS = frozenset(p for p, direction in _RELATIVE.items() if direction == "past")
_THIS_WORDS = frozenset(p for p, direction in _RELATIVE.items() if direction == "this")


def _week_step(words: str) -> int:
    if any(w in words for w in ("next", "following", "coming")):
        return 1
    if any(w in words for w in ("last", "previous", "past")):
        return -1
    return 0


_ENDS_PHRASE = _Lazy(r"\s*(?:[,.;:!?)\]\"”]|$)")
_OF_EACH = _Lazy(r"\s+(?:of|in)\s+(?:each|every)\b", re.I)


# Weekdays as news abbreviates them. With its full stop and a capital ("Tue.", "Sat.")
# an abbreviation is a day; without one, only the few that are no English word, after
# a word that introduces a day and ending the phrase ("on Thu,"), since "Mon" is also a
# people and a state of Myanmar and "Thu" a Vietnamese name. "Sat" and "Sun" bare are
# words, and "the Sun." a newspaper.
_WEEKDAY_ABBREVIATIONS = frozenset(k for k in _WEEKDAYS if len(k) < 6)
_BARE_ABBREVIATIONS = _WEEKDAY_ABBREVIATIONS - {"sat", "sun"}
_DAY_PREPOSITIONS = language.LazyWords(
    lambda: (p.word for p in language.date_prepositions() if "weekday_abbreviation" in p.introduces)
)


def _abbreviated_weekday(text: str, start: int, word: str) -> bool:
    written = text[start : start + len(word)]
    bare = written.rstrip(".")
    if bare.islower() and bare in _LOWER_ABBREVIATIONS and written.endswith("."):
        return start == 0 or not (text[start - 1].isalpha() or text[start - 1] in "'’")
    if not (bare[0].isupper() and bare[1:].islower()) or bare.lower() not in _WEEKDAY_ABBREVIATIONS:
        return False
    if written.endswith("."):
        return not (bare == "Sun" and _prev_word(text, start) == "the")
    return (
        bare.lower() in _BARE_ABBREVIATIONS
        and _prev_word(text, start) in _DAY_PREPOSITIONS
        and bool(_ENDS_PHRASE.match(text, start + len(written)))
    )


def _read_weekday(text: str, m: re.Match[str], ref: date) -> _Read | None:
    """A weekday, perhaps relative: "on Tuesday", "last Friday", "Monday of next week"."""
    word = m["wd_wd"]
    end = m.end()
    if not (m["wd_r"] or m["wd_wk"] or m["wd_an"]):
        if len(word.rstrip(".")) < 6 and not _abbreviated_weekday(text, m.start("wd_wd"), word):
            return None  # "sat", "Sun", "Wed" alone are words, not days
        if _prev_word(text, m.start()) in _SETS or _OF_EACH.match(text, end):
            return None  # "every Tuesday", "the second Saturday of each month" are no one day
    wd = _weekday(word)
    if m["wd_an"]:
        ahead = (wd - ref.weekday()) % 7 or 7
        return _Read(end, "relative", (DateRange.day(ref + timedelta(days=ahead + 7)),))
    if m["wd_wk"]:
        monday = _week(ref).start + timedelta(days=7 * _week_step(m["wd_wk"]))
        return _Read(end, "relative", (DateRange.day(monday + timedelta(days=wd)),), week=monday)
    rel = " ".join(m["wd_r"].split()) if m["wd_r"] else ""
    readings: tuple[DateRange, ...]
    # "next Friday" is the Friday of next week before the first Friday to come, and
    # "last Friday" the Friday of last week: the nearer one is plain "Friday" (AP style),
    # and both suites agree; the nearer one stays as the second reading
    if rel in _NEXT_WORDS:
        readings = _next_weekday(ref, wd)[::-1] if rel == "next" else _next_weekday(ref, wd)[:1]
    elif rel in _LAST_WORDS:
        readings = _last_weekday(ref, wd)[::-1]
    elif rel in _PAST_WORDS:
        readings = _last_weekday(ref, wd)[:1]
    elif rel in _THIS_WORDS:
        readings = _this_weekday(ref, wd)
    else:
        readings = _weekday_readings(ref, wd, _tense(text, m.start(), end))
        return _Read(end, "relative", readings, weekday=wd)
    return _Read(end, "relative", readings)


def _read_day_month(text: str, m: re.Match[str], ref: date) -> _Read | None:
    """A day and its month, either way round: "May 3, 2021", "3 May", "Tuesday, 3rd of May"."""
    p = "mdy_" if m.lastgroup == "month_day_year" else "dmy_"
    end = m.end()
    mword = m[p + "m"]
    day_word = m[p + "d"]
    year_word = m[p + "y"]
    if p == "dmy_" and m["dmy_y2"]:
        # "31-Oct-74", as tables and datelines write it; not "31 Oct-74"
        if text[m.end("dmy_d") : m.end("dmy_d") + 1] == "-":
            year_word = str(_year2(m["dmy_y2"]))
        else:
            end = m.end("dmy_m")
    counted = m[p + "ry"]  # "June 19 last year"
    # "march" is a month after a number, before a year, or as "the first of march"
    has_context = day_word[0].isdigit() or bool(year_word or counted)
    if p == "dmy_" and not has_context:
        has_context = "of" in text[m.end(p + "d") : m.start(p + "m")].lower().split()
    if not _month_word_ok(text, m.start(p + "m"), mword, has_context):
        return None
    mon = _month(mword)
    d = _day(day_word)
    if d is None:
        return None
    y = int(year_word) if year_word else _counted_year(ref, counted) if counted else None
    wd_word = m[p + "wd"] or (m["mdy_wd2"] if p == "mdy_" else None)
    if y is not None:
        if not _valid_day(y, mon, d):
            return None
        written = m[p + "y"] is not None
        if (
            written
            and _reject_year(text, m.start(p + "y"), m.end(p + "y"), y, False)
            and not m[p + "wd"]
        ):
            end = m.end(p + "d")  # "June 3 2011 people": the day, not the count
            y = None
    readings = _abs_day(ref, y, mon, d)
    if y is None and wd_word:
        readings = _with_weekday(ref, mon, d, _weekday(wd_word)) or readings
    if not readings:
        return None
    return _Read(end, "relative" if counted else "absolute", readings, ymd=(y, mon, d))


def _read_month_range_year(text: str, m: re.Match[str], ref: date) -> _Read | None:
    """A range of months in a year: "May to July 2021"."""
    a, b = _month(m["mm_a"]), _month(m["mm_b"])
    if not _month_word_ok(text, m.start("mm_a"), m["mm_a"], True):
        return None
    y = int(m["mm_y"])
    start = _month_range(y - 1 if a > b else y, a)
    end = _month_range(y, b)
    return _Read(m.end(), "absolute", (DateRange(start.start, end.end, MONTH),))


def _read_month_year(text: str, m: re.Match[str], ref: date) -> _Read | None:
    """A month and its year: "May 2021", "May of 2021", "May '21"."""
    ys = m["my_y"]
    y = int(ys) if ys[0].isdigit() else _year2(ys)
    if not _month_word_ok(text, m.start("my_m"), m["my_m"], True):
        return None
    if ys[0].isdigit() and _reject_year(text, m.start("my_y"), m.end("my_y"), y, False):
        return None
    mon = _month(m["my_m"])
    return _Read(m.end(), "absolute", (_month_range(y, mon),), ymd=(y, mon, None))


def _read_anniversary(text: str, m: re.Match[str], ref: date) -> _Read | None:
    """An anniversary: "the 80th anniversary", "its golden jubilee", "the centenary"."""
    if m["an_w"]:
        return _Read(m.end(), "anniversary", ordinal=_JUBILEES[" ".join(m["an_w"].split())])
    value = _ordinal(m["an_o"]) if m["an_o"] else _num(m["an_n"])
    if value is None or value < 1:
        return None
    return _Read(m.end(), "anniversary", ordinal=int(value))


def _read_count_ago(text: str, m: re.Match[str], ref: date) -> _Read | None:
    """A count of units from the article's day: "three years ago", "two weeks from now"."""
    n = _num(m["ago_n"])
    if n is None or n != int(n) or n > 10000:
        return None
    count = int(n)
    end = m.end()
    phrase = " ".join(m["ago_d"].split())
    direction = _ago_words()[phrase]
    back = direction == "back"
    if m["ago_wd"]:
        wd = _weekday(m["ago_wd"])
        first = (_last_weekday if back else _next_weekday)(ref, wd)[0].start
        step = -7 if back else 7
        return _Read(end, "relative", (DateRange.day(first + timedelta(days=step * (count - 1))),))
    unit, factor = _unit(m["ago_u"])
    count *= factor
    if direction in ("back", "ahead"):
        return _Read(end, "relative", (_ago(ref, count, unit, -1 if back else 1),))
    base = _DAY_WORDS[phrase.split()[-1]]
    sign = -1 if direction == "before_day" else 1
    when = _shift(ref + timedelta(days=base), sign * count, unit)
    return _Read(end, "relative", (DateRange.day(when),))


def _read_day_range_in_month(text: str, m: re.Match[str], ref: date) -> _Read | None:
    """A range of days in a month: "3-5 May", "May 3 to 5, 2021"."""
    if not _month_word_ok(text, m.start("dd_m"), m["dd_m"], True):
        return None
    mon = _month(m["dd_m"])
    a, b = _day(m["dd_a"]), _day(m["dd_b"])
    counted = m["dd_ry"]  # "3-9 June last year"
    y = int(m["dd_y"]) if m["dd_y"] else _counted_year(ref, counted) if counted else None
    if a is None or b is None or b <= a:
        return None
    first = _abs_day(ref, y, mon, a)
    if not first:
        return None
    readings = tuple(
        _days(r.start, date(r.start.year, mon, b))
        for r in first
        if _valid_day(r.start.year, mon, b)
    )
    return _Read(m.end(), "relative" if counted else "absolute", readings) if readings else None


def _read_iso_date(text: str, m: re.Match[str], ref: date) -> _Read | None:
    """A date in ISO order: "2021-05-03", "2021/May/03"."""
    y = int(m["iso_y"])
    mon = int(m["iso_m"]) if m["iso_m"] else _month(m["iso_mn"])
    d = int(m["iso_d"])
    if not _valid_day(y, mon, d):
        return None
    return _Read(m.end(), "absolute", (DateRange.day(date(y, mon, d)),), ymd=(y, mon, d))


def _read_numeric_date(text: str, m: re.Match[str], ref: date) -> _Read | None:
    """A date in digits with its year: "03/05/2021", "3.5.21"."""
    a, b = int(m["num_a"]), int(m["num_b"])
    ys = m["num_y"]
    y = int(ys) if len(ys) == 4 else _year2(ys)
    if not 1000 <= y <= 2100:
        return None
    # US order unless the first number cannot be a month; dotted dates are day-first.
    mon, d = (a, b) if a <= 12 and m["num_s"] != "." else (b, a)
    if not _valid_day(y, mon, d):
        mon, d = d, mon
        if not _valid_day(y, mon, d):
            return None
    return _Read(m.end(), "absolute", (DateRange.day(date(y, mon, d)),), ymd=(y, mon, d))


# Words before a yearless numeric date ("on 2/15") that make it a date, not a fraction
# ("by 2/3", "cut 1/4"), a ratio or a score; "9/11" and "24/7" are names, not days.
_MD_BEFORE = language.LazyWords(
    lambda: (p.word for p in language.date_prepositions() if "numeric_day" in p.introduces)
)
_MD_NAMES = language.LazyWords(lambda: language.words("numeric_names.txt"))
_MD_NOT_AFTER = _Lazy(
    r"-[a-z]|\s*(?:%|(?:of|percent|per|inch(?:es)?|cups?|miles?|pounds?|lbs?)\b"
    r"|,\s*\d{1,2}/\d)",
    re.I,
)  # "on 1/2-inch pipe", "3/4 of", and "won on 6/4, 6/3" (a tennis score) are no days


def _read_month_slash_day(text: str, m: re.Match[str], ref: date) -> _Read | None:
    """A yearless numeric date, month first as US news writes it ("on 2/15"), or day
    first when the first number cannot be a month ("on 15/2"): only after a word that
    introduces a date, or a weekday ("Fri 2/15")."""
    a, b = int(m["md_a"]), int(m["md_b"])
    if f"{a}/{b}" in _MD_NAMES:
        return None
    wd = m["md_wd"]
    if not wd and _prev_word(text, m.start()) not in _MD_BEFORE:
        return None
    if _MD_NOT_AFTER.match(text, m.end()):
        return None
    mon, d = (a, b) if 1 <= a <= 12 else (b, a)
    readings = _with_weekday(ref, mon, d, _weekday(wd)) if wd else _yearless_day(ref, mon, d)
    if not readings:
        return None
    return _Read(m.end(), "absolute", readings, ymd=(None, mon, d))


def _read_last_day_of_month(text: str, m: re.Match[str], ref: date) -> _Read | None:
    """The last (or a numbered) day of a month: "the last day of May"."""
    if not _month_word_ok(text, m.start("ld_m"), m["ld_m"], True):
        return None
    mon = _month(m["ld_m"])
    counted = m["ld_ry"]  # "the last day of June last year"
    if m["ld_y"] or counted:
        years = [int(m["ld_y"]) if m["ld_y"] else _counted_year(ref, counted)]
    else:
        years = [r.start.year for r in _yearless_month(ref, mon)]
    n = m["ld_n"].lower()
    nth = None if n in ("last", "final") else _day(n)
    readings = tuple(
        DateRange.day(date(y, mon, nth or calendar.monthrange(y, mon)[1]))
        for y in years
        if nth is None or _valid_day(y, mon, nth)
    )
    return _Read(m.end(), "relative" if counted else "absolute", readings) if readings else None


def _read_first_or_last_units_of(text: str, m: re.Match[str], ref: date) -> _Read | None:
    """The first (or last) N days, weeks, months or quarters of a year or a month: "the
    first nine months of the year", "the last 10 days of June"."""
    n = _num(m["fn_n"])
    if n is None or n != int(n) or n < 1:
        return None
    kind: DateKind = "absolute"
    wholes: tuple[DateRange, ...]
    if m["fn_y"]:
        wholes = (_year_range(int(m["fn_y"])),)
    elif m["fn_m"]:
        if not _month_word_ok(text, m.start("fn_m"), m["fn_m"], True):
            return None
        mon = _month(m["fn_m"])
        my = m["fn_my"]
        if m["fn_ry"]:  # "the last 10 days of June last year"
            kind = "relative"
            wholes = (_month_range(_counted_year(ref, m["fn_ry"]), mon),)
        else:
            wholes = (_month_range(int(my), mon),) if my else _yearless_month(ref, mon)
    else:
        kind = "relative"
        rel = m["fn_r"] or "this"
        wholes = (_unit_range(ref, m["fn_ru"], _YEAR_STEP[rel]),)
    unit, factor = _unit(m["fn_u"])
    count = int(n) * factor
    first = m["fn_e"] == "first"
    readings = []
    for whole in wholes:
        if first:
            end = _shift(whole.start, count, unit) - ONE_DAY
            part = _days(whole.start, min(end, whole.end))
        else:
            start = _shift(whole.end + ONE_DAY, -count, unit)
            part = _days(max(start, whole.start), whole.end)
        readings.append(DateRange(part.start, part.end, MONTH if unit == "months" else DAY))
    return _Read(m.end(), kind, tuple(readings))


def _weeks_of(first: date, last: date) -> list[DateRange]:
    """The Monday-to-Sunday weeks that belong to the days first..last: those whose
    Thursday falls in them, as ISO 8601 gives weeks to years (and both suites to months)."""
    thursday = first + timedelta(days=(3 - first.weekday()) % 7)
    out = []
    while thursday <= last:
        out.append(_days(thursday - timedelta(days=3), thursday + timedelta(days=3)))
        thursday += timedelta(days=7)
    return out


def _read_week_of_month_or_year(text: str, m: re.Match[str], ref: date) -> _Read | None:
    """The first (.. fifth, last) week of a month or a year."""
    kind: DateKind = "absolute"
    wholes: list[DateRange]
    if m["wk_m"]:
        if not _month_word_ok(text, m.start("wk_m"), m["wk_m"], True):
            return None
        mon = _month(m["wk_m"])
        if m["wk_y"]:
            wholes = [_month_range(int(m["wk_y"]), mon)]
        elif m["wk_ry"]:  # "the first week of June last year"
            kind = "relative"
            wholes = [_month_range(_counted_year(ref, m["wk_ry"]), mon)]
        else:
            wholes = list(_yearless_month(ref, mon))
    elif m["wk_y2"]:
        wholes = [_year_range(int(m["wk_y2"]))]
    else:
        kind = "relative"
        rel = (m["wk_r"] or "this").lower()
        step = _MONTH_STEP.get(rel, 0)
        if rel == "past":
            step = -1
        wholes = [_unit_range(ref, m["wk_u"].lower(), step)]
    n = m["wk_n"].lower()
    idx = -1 if n in ("last", "final") else _NTH[n]
    readings = []
    for whole in wholes:
        weeks = _weeks_of(whole.start, whole.end)
        if -len(weeks) <= idx < len(weeks):
            readings.append(weeks[idx])
    return _Read(m.end(), kind, tuple(readings)) if readings else None


_WEEK_OF_DAY = _group("month_day_year", "day_month_year", "iso_date", "numeric_date")


def _read_week_of(text: str, m: re.Match[str], ref: date) -> _Read | None:
    """The week of a day: "the week of March 3" is that day's Monday-to-Sunday week."""
    inner = _core_match(m.string, m.end())
    if inner is None or inner.lastgroup not in _WEEK_OF_DAY:
        return None
    got = _read_core(text, inner, ref)
    if got is None or not got.readings or not got.readings[0].is_single_day:
        return None
    weeks = tuple(dict.fromkeys(_week(r.start) for r in got.readings))
    kind: DateKind = "absolute" if got.ymd and got.ymd[0] is not None else got.kind
    return _Read(got.end, kind, weeks)


# Code, not data: the positions the nth-weekday and week-of patterns spell out.
_NTH = {"first": 0, "1st": 0, "second": 1, "2nd": 1, "third": 2, "3rd": 2, "fourth": 3, "4th": 3}
_NTH.update({"fifth": 4, "5th": 4, "last": -1})
# How many months or years a relative word moves from the article's: "past" moves none
# here, as these rules read it ("the first week of past month" is this month's).
_MONTH_STEP = {
    p: {"next": 1, "last": -1}.get(direction, 0)
    for p, direction in _RELATIVE.items()
    if direction != "past"
}


def _read_nth_weekday_of_month(text: str, m: re.Match[str], ref: date) -> _Read | None:
    """A numbered weekday of a month: "the first Monday of May", "the last Friday of next month"."""
    wd = _weekday(m["nth_wd"])
    if m["nth_m"]:
        mon = _month(m["nth_m"])
        if m["nth_y"]:
            months = [(int(m["nth_y"]), mon)]
        elif m["nth_ry"]:  # "the first Monday of June last year"
            months = [(_counted_year(ref, m["nth_ry"]), mon)]
        else:
            months = [(r.start.year, mon) for r in _yearless_month(ref, mon)]
    else:
        step = _MONTH_STEP.get(m["nth_r"].split()[-1], 0)
        anchor = _add_months(ref.replace(day=1), step)
        months = [(anchor.year, anchor.month)]
    idx = _NTH[m["nth_n"]]
    readings = []
    for y, mo in months:
        matching = [
            date(y, mo, d)
            for d in range(1, calendar.monthrange(y, mo)[1] + 1)
            if date(y, mo, d).weekday() == wd
        ]
        if idx < len(matching):
            readings.append(DateRange.day(matching[idx]))
    return _Read(m.end(), "relative", tuple(readings)) if readings else None


def _read_day_of_relative_month(text: str, m: re.Match[str], ref: date) -> _Read | None:
    """A day of a month named relative to the article's: "the 15th of next month"."""
    d = _day(m["dr_d"])
    anchor = _add_months(ref.replace(day=1), _MONTH_STEP.get(m["dr_r"], 0))
    if d is None or not _valid_day(anchor.year, anchor.month, d):
        return None
    return _Read(m.end(), "relative", (DateRange.day(anchor.replace(day=d)),))


def _read_weekday_and_day(text: str, m: re.Match[str], ref: date) -> _Read | None:
    """A weekday and a day number: "Monday 3rd", "Tuesday the 4th"."""
    wd = _weekday(m["wdn_wd"])
    d = _day(m["wdn_d"])
    if d is None:
        return None
    if m["wdn_d"].isdigit() and not _ENDS_PHRASE.match(text, m.end()):
        # "Thursday 12 people died": a count, unless the phrase ends there
        alone = _compiled(_WEEKDAY_ONLY).match(m.string, m.start())
        return _read_weekday(text, alone, ref) if alone else None
    # the month nearest the reference in which that day falls on that weekday
    for k in sorted(range(-12, 13), key=lambda k: (abs(k), k > 0)):
        a = _add_months(ref.replace(day=1), k)
        if _valid_day(a.year, a.month, d) and a.replace(day=d).weekday() == wd:
            return _Read(m.end(), "relative", (DateRange.day(a.replace(day=d)),))
    return None


def _read_weekday_of_relative_week(text: str, m: re.Match[str], ref: date) -> _Read | None:
    """A weekday of a week named relative to the article's: "next week Monday"."""
    monday = _week(ref).start + timedelta(days=7 * _week_step(m["ww_r"]))
    when = monday + timedelta(days=_weekday(m["ww_wd"]))
    return _Read(m.end(), "relative", (DateRange.day(when),), week=monday)


def _read_quarter_or_half_code(text: str, m: re.Match[str], ref: date) -> _Read | None:
    """A quarter or half written as a code: "Q1 2021", "H2 this year", "21Q3"."""
    k = m["qh_k"] or m["qh_k2"] or "q"
    n = int(m["qh_n"] or m["qh_n2"] or m["qh_n3"])
    kind: DateKind = "absolute"
    if m["qh_r"]:
        kind = "relative"
        y = ref.year + _YEAR_STEP[m["qh_r"]]
    elif m["qh_y3"]:
        y = _year2(m["qh_y3"])  # "18q4", as analysts shorten the fourth quarter of 2018
    else:
        y = int(m["qh_y"] or m["qh_y2"])
    if k == "h" and n > 2:
        return None
    span = 3 if k == "q" else 6
    return _Read(m.end(), kind, (_months_span(y, span * (n - 1) + 1, span * n),))


_YEAR_STEP = _MONTH_STEP


def _counted_year(ref: date, word: str) -> int:
    """The year "this year", "last year" or "next year" names, by its first word."""
    return ref.year + _YEAR_STEP[word]


# Code, not data: the years of a decade that early, mid and late cover (_PARTE's words).
_THIRDS = {"early": (0, 3), "mid": (4, 6), "late": (7, 9)}


def _read_decade(text: str, m: re.Match[str], ref: date) -> _Read | None:
    """A decade: "the 1990s", "the early '80s"."""
    ys = m["dc_y"]
    first = int(ys) if ys[0].isdigit() else _year2(ys[1:]) // 10 * 10
    lo, hi = _THIRDS[m["dc_e"]] if m["dc_e"] else (0, 9)
    return _Read(
        m.end(), "absolute", (DateRange(date(first + lo, 1, 1), date(first + hi, 12, 31), DECADE),)
    )


def _read_century(text: str, m: re.Match[str], ref: date) -> _Read | None:
    """A century: "the 21st century", "the late nineteenth century"."""
    n = _ordinal(m["ct_n"])
    if n is None or not 11 <= n <= 21:
        return None
    base = (n - 1) * 100
    lo, hi = (
        {"early": (0, 32), "mid": (33, 66), "late": (67, 99)}[m["ct_e"]] if m["ct_e"] else (0, 99)
    )
    return _Read(
        m.end(), "absolute", (DateRange(date(base + lo, 1, 1), date(base + hi, 12, 31), DECADE),)
    )


def _year_alone(text: str, m: re.Match[str], ref: date) -> _Read | None:
    """The year that starts a longer form the words after it do not make ("Prices in
    2016 may rise", "In 2016, June Smith said"): read on its own."""
    alone = _compiled(_YEAR_ONLY).match(m.string, m.start())
    return _read_year(text, alone, ref) if alone else None


def _read_year_month(text: str, m: re.Match[str], ref: date) -> _Read | None:
    """A year then its month: "2021 May"."""
    word = m["ym_m"].rstrip(".")
    if word in ("may", "mar") or not _month_word_ok(text, m.start("ym_m"), m["ym_m"], True):
        return _year_alone(text, m, ref)
    if m["ym_c"] and not _ENDS_PHRASE.match(text, m.end()):
        return _year_alone(text, m, ref)  # only "2016, Nov" that ends its phrase
    y, mon = int(m["ym_y"]), _month(m["ym_m"])
    return _Read(m.end(), "absolute", (_month_range(y, mon),), ymd=(y, mon, None))


def _read_year_then_quarter_or_half(text: str, m: re.Match[str], ref: date) -> _Read | None:
    """A quarter or half written after its year: "2016 third quarter"."""
    y = int(m["yq_y"])
    if _reject_year(text, m.start("yq_y"), m.end("yq_y"), y, False):
        return None
    n = m["yq_n"]
    if m["yq_u"] == "half":
        if n not in _NTH or _NTH[n] > 1:
            return _year_alone(text, m, ref)  # "2016 third half"
        second = _NTH[n] == 1
        return _Read(
            m.end(), "absolute", (_months_span(y, 7 if second else 1, 12 if second else 6),)
        )
    q = 4 if n == "final" else _NTH[n] + 1
    return _Read(m.end(), "absolute", (_months_span(y, 3 * q - 2, 3 * q),))


def _read_year_month_day_spaced(text: str, m: re.Match[str], ref: date) -> _Read | None:
    """Year, month and day with spaces between ("2016 10 16"), as some forms print them."""
    y, mon, d = int(m["ys_y"]), int(m["ys_m"]), int(m["ys_d"])
    if not _valid_day(y, mon, d):
        return _year_alone(text, m, ref)  # "in 2016 2 30."
    if _reject_year(text, m.start(), m.end("ys_y"), y, False):
        return None
    return _Read(m.end(), "absolute", (DateRange.day(date(y, mon, d)),), ymd=(y, mon, d))


def _read_month_after_next_or_before_last(text: str, m: re.Match[str], ref: date) -> _Read | None:
    """ "March after next", "June before last": that month a second time on (or back)."""
    word = text[m.start("man_m") : m.end("man_m")]
    if word[0].islower() and word.lower().startswith(("mar", "may")):
        return None  # "they march after next week's vote"
    if not _month_word_ok(text, m.start("man_m"), word, True):
        return None
    mon = _month(word)
    if m["man_d"].startswith("after"):
        y = (ref.year if mon > ref.month else ref.year + 1) + 1
    else:
        y = (ref.year if mon < ref.month else ref.year - 1) - 1
    return _Read(m.end(), "relative", (_month_range(y, mon),))


def _read_numeric_month_year(text: str, m: re.Match[str], ref: date) -> _Read | None:
    """A month and year in digits: "5/2021"."""
    if m.start() > 0 and (text[m.start() - 1].isdigit() or text[m.start() - 1] in "/.-"):
        return None
    y, mon = int(m["nmy_y"]), int(m["nmy_m"])
    return _Read(m.end(), "absolute", (_month_range(y, mon),), ymd=(y, mon, None))


def _read_month_of_relative_year(text: str, m: re.Match[str], ref: date) -> _Read | None:
    """A month of a year named relative to the article's: "May of next year"."""
    if not _month_word_ok(text, m.start(), m["mry_m"], True):
        return None
    y = ref.year + _YEAR_STEP[m["mry_r"].split()[-1]]
    mon = _month(m["mry_m"])
    # ymd lets "from June to August last year" date June by August's year
    return _Read(m.end(), "relative", (_month_range(y, mon),), ymd=(y, mon, None))


_WEEKEND_OF = language.LazyWords(
    lambda: (w.word for w in language.weekend_words() if w.place == "after")
)
_WEEKEND_BEFORE = language.LazyWords(
    lambda: (w.word for w in language.weekend_words() if w.place == "before")
)


def _read_weekend(text: str, m: re.Match[str], ref: date) -> _Read | None:
    """ "(over) the weekend": the one the article's day is in, or else the last one or the
    next one, as a tense word nearby says; the last one first, as news mostly reports."""
    if _prev_word(text, m.start()) != "the" or _next_word(text, m.end()) in _WEEKEND_OF:
        return None  # "a weekend", "the weekend of the vote", "the weekend before"
    before_the = _prev_word(text, m.start() - 4) if m.start() >= 4 else ""
    if before_the not in _WEEKEND_BEFORE and text[m.end() : m.end() + 1] not in ("'", "’"):
        return None  # "the weekend edition": only "over the weekend", "the weekend's"
    monday = _week(ref).start
    if ref.weekday() >= 5:
        return _Read(
            m.end(), "relative", (_days(monday + timedelta(days=5), monday + timedelta(days=6)),)
        )
    past = _days(monday - timedelta(days=2), monday - ONE_DAY)
    coming = _days(monday + timedelta(days=5), monday + timedelta(days=6))
    tense = _tense(text, m.start(), m.end())
    readings = (past,) if tense == "past" else (coming,) if tense == "future" else (past, coming)
    return _Read(m.end(), "relative", readings)


def _read_period_before_last_or_after_next(text: str, m: re.Match[str], ref: date) -> _Read | None:
    """ "the week before last", "the year after next" """
    step = -2 if m["ba_d"].startswith("before") else 2
    return _Read(m.end(), "relative", (_unit_range(ref, m["ba_u"], step),))


def _read_rest_of_period(text: str, m: re.Match[str], ref: date) -> _Read | None:
    """The rest of a period: "the rest of the year", "the remainder of this month"."""
    return _Read(m.end(), "relative", (_days(ref, _unit_range(ref, m["rest_u"], 0).end),))


def _read_year_to_date(text: str, m: re.Match[str], ref: date) -> _Read | None:
    """The year to date: "year-to-date"."""
    return _Read(m.end(), "relative", (_days(date(ref.year, 1, 1), ref),))


def _read_past_or_next_count(text: str, m: re.Match[str], ref: date) -> _Read | None:
    """A count of units back or ahead: "the past three years", "the next two months"."""
    after = m["pn_n2"] is not None  # "two upcoming years"
    n = _num(m["pn_n2"] if after else m["pn_n"])
    if n is None or n != int(n) or n < (2 if after else 1):
        return None
    unit_word = m["pn_u2"] if after else m["pn_u"]
    unit, factor = _unit(unit_word)
    count = int(n) * factor
    past = _RELATIVE[(m["pn_d2"] if after else m["pn_d"]).lower()] != "next"
    # "the past two years": the rolling two years before the article, then the last two
    # calendar years, which news also means by it
    if past:
        rolling = _days(_shift(ref, -count, unit), ref - ONE_DAY)
    else:
        rolling = _days(ref + ONE_DAY, _shift(ref, count, unit))
    readings = [rolling]
    # "the next three quarters" are calendar quarters, not nine calendar months
    quarters = unit_word.lower().startswith("quarter")
    cal = _calendar_units(ref, int(n) if quarters else count, unit, -1 if past else 1, quarters)
    if cal is not None and cal != rolling:
        readings.append(cal)
    return _Read(m.end(), "relative", tuple(readings))


def _read_bare_month(text: str, m: re.Match[str], ref: date) -> _Read | None:
    """A month on its own: "in May"."""
    word = text[m.start("bm_m") : m.end("bm_m")].rstrip(".")
    w = word.lower()
    if word[0].islower() or (len(w) < 4 and w != "may") or w == "sept":
        return None
    context = _prev_word(text, m.start()) in _BARE_MONTH_CONTEXT
    after = m.start() + len(word)
    of_that_year = False
    if not context:
        # a bare month is read after "in", "by" ... or as "January to March", "January
        # of that year"
        of_that_year = _OF_THAT_YEAR.match(text, after) is not None
        if not of_that_year and not _MONTH_TO_MONTH.match(text, after):
            return None
    if not _month_word_ok(text, m.start(), word, of_that_year):
        return None
    mon = _month(w)
    return _Read(
        m.start() + len(word), "absolute", _yearless_month(ref, mon), ymd=(None, mon, None)
    )


def _read_core(text: str, m: re.Match[str], ref: date) -> _Read | None:
    """What the alternative that matched (named by ``m.lastgroup``) reads, if anything:
    arithmetic that leaves the calendar ("100 centuries ago") reads as nothing."""
    try:
        got = _READERS[m.lastgroup or ""](text, m, ref)
    except (ValueError, OverflowError):
        return None
    if got is not None and got.kind == "duration" and m.lastgroup == "duration":
        return _counted_on(text, m, got)
    if got is not None and got.kind == "relative" and not _place_in_month(m):
        g = m.group()
        told = "following" in g or "previous" in g or "last" in g or "next" in g
        if told and (step := _anaphoric(text, m, got.end)) is not None:
            anaphor = _counted_from_told(m, step)
            if anaphor is None:
                return _Read(got.end, "relative", void=True)
            return _Read(got.end, "anaphoric", anaphor=anaphor)
    return got


# The rules that name a place in a month ("the last day of June", "the last Monday of
# June last year"), by the group of the month named.
# Code, not data: rule names to the group each names a month in.
_IN_MONTH = {
    "last_day_of_month": "ld_m",
    "week_of_month_or_year": "wk_m",
    "nth_weekday_of_month": "nth_m",
    "first_or_last_units_of": "fn_m",
}


def _place_in_month(m: re.Match[str]) -> bool:
    """Whether ``m`` names a place in a month it names: its "last" is that place ("the
    last week of June when he left"), not a time counted from one told (see
    ``_anaphoric``)."""
    month = _IN_MONTH.get(m.lastgroup or "")
    return month is not None and m[month] is not None


_ANAPHORIC_WORD = _Lazy(r"\b(?:(?P<told>following|previous)|(?P<edge>last|next))\b")
_ANAPHORIC_AFTER = language.LazyWords(lambda: language.words("period_edge_words.txt"))


def _anaphoric(text: str, m: re.Match[str], end: int) -> int | None:
    """How a relative date counts from a time the text told, if it does, rather than
    from the article's day: "the following year", "the previous week" ("arrested in May
    2019 and charged the following week"), "the last year of his term", "the next month
    before the vote". Without "the" ("following week", "last year") they count from the
    article's day: None. Else the step from the time told (1 or -1) when the words give
    one ("the following year"), and 0 when they do not ("the last year of his term")."""
    g = m.group()
    w = _ANAPHORIC_WORD.search(g)
    if w is None:
        return None
    before = g[: w.start()].split()
    if (before[-1] if before else _prev_word(text, m.start())) != "the":
        return None
    if w["told"]:
        return 1 if w["told"] == "following" else -1
    return 0 if _next_word(text, end) in _ANAPHORIC_AFTER else None


def _counted_from_told(m: re.Match[str], step: int) -> _Anaphor | None:
    """What a relative date that counts from a time told reads as, when it can be read:
    "the following year", "the previous month", "January of the following year",
    "late the previous year"; None for other units and shapes ("the following week")."""
    if step == 0:
        return None
    g = m.group
    name = m.lastgroup
    if name == "relative_period" and not g("rel_m") and (unit := _told_unit(g("rel_u"))):
        return _Anaphor(unit, step)
    if name == "month_of_relative_year":
        return _Anaphor("year", step, month=_month(g("mry_m")))
    if name == "part_of_period" and (unit := _told_unit(g("pt_ru") or "")):
        part = _part_name(g("pt_e"), g("pt_b"))
        return _Anaphor(unit, step, part) if part is not None else None
    return None


# Words before a year or month counted from another when it is what a figure is
# compared with: "up 12% from a year earlier" (see _compared_with).
_COMPARED = language.LazyWords(lambda: language.words("comparison_words.txt"))
# What makes whole years or months a time counted from one told: "a year later",
# "two months earlier", "ten years on,"; not "two years later than planned", nor "a
# year after the war" (counted from the war).
_LATER = _Lazy(
    r"\s+(?:(?P<d>later|earlier|afterwards?)(?![a-z])(?!\s+than(?![a-z]))"
    r"|(?P<e>before|after|on)" + _CLAUSE_ENDS + ")",
    re.I,
)


def _counted_on(text: str, m: re.Match[str], got: _Read) -> _Read:
    """A duration read as the time that long after (or before) a time told, when a word
    after it says so: "a year later"."""
    later = _LATER.match(text, got.end)
    elapsed = got.duration
    if (
        later is None
        or elapsed is None
        or elapsed.hedge is not None
        or elapsed.unit not in ("years", "months")
        or elapsed.amount < 1
        or elapsed.amount != int(elapsed.amount)
        or m["du_n"] is None
        or _prev_word(text, m.start()) in _COMPARED  # "up 12% from a year earlier"
    ):
        return got
    back = (later["d"] or later["e"]).lower() in ("earlier", "before")
    step = int(elapsed.amount) * (-1 if back else 1)
    told: _ToldUnit = "year" if elapsed.unit == "years" else "month"
    return _Read(later.end(), "anaphoric", anaphor=_Anaphor(told, step))


def _read_anaphoric_period(text: str, m: re.Match[str], ref: date) -> _Read | None:
    """ "that year", "the same month", "earlier that year", "the preceding year" """
    g = m.group
    word = g("ana_d").split()[0]
    the = bool(g("ana_t")) if g("ana_e") else _after_the(m.string, m.start())
    if the == (word == "that"):
        return None  # "that year" and "the same year", not "the that year" nor "same year"
    step = -1 if word in ("preceding", "prior") else 0
    lead = (g("ana_e") or "").lower() or None
    if lead in ("earlier", "later") and step:
        return None
    unit = _told_unit(g("ana_u"))
    assert unit is not None  # the pattern reads no other
    return _Read(m.end(), "anaphoric", anaphor=_Anaphor(unit, step, lead))


def _read_period_before_or_after(text: str, m: re.Match[str], ref: date) -> _Read | None:
    """ "the year before", "the month after" """
    if not _after_the(m.string, m.start()):
        return None
    step = -1 if m["yba_d"] in ("before", "earlier") else 1
    unit = _told_unit(m["yba_u"])
    assert unit is not None  # the pattern reads no other
    return _Read(m.end(), "anaphoric", anaphor=_Anaphor(unit, step))


def _unit(word: str) -> tuple[DurationUnit, int]:
    w = word.lower()
    w = w[:-1] if w.endswith("s") else w
    w = "century" if w.startswith("centur") else w
    return _UNIT_NAMES[w]


def _unit_range(ref: date, unit: str, step: int) -> DateRange:
    if unit == "week":
        return _week(ref + timedelta(days=7 * step))
    if unit == "month":
        a = _add_months(ref.replace(day=1), step)
        return _month_range(a.year, a.month)
    if unit == "quarter":
        q0 = date(ref.year, (ref.month - 1) // 3 * 3 + 1, 1)
        a = _add_months(q0, 3 * step)
        return _months_span(a.year, a.month, a.month + 2)
    if unit == "decade":
        y = ref.year // 10 * 10 + 10 * step
        return DateRange(date(y, 1, 1), date(y + 9, 12, 31), DECADE)
    if unit == "century":
        y = ref.year // 100 * 100 + 100 * step
        return DateRange(date(y, 1, 1), date(y + 99, 12, 31), DECADE)
    return DateRange.year(ref.year + step)


def _calendar_units(
    ref: date, count: int, unit: DurationUnit, sign: int, quarters: bool = False
) -> DateRange | None:
    """The last (or next) ``count`` whole calendar units (or quarters), excluding the
    current one."""
    name = "quarter" if quarters else unit[:-1]
    if name == "day":
        return None
    if sign < 0:
        first, last = _unit_range(ref, name, -count), _unit_range(ref, name, -1)
    else:
        first, last = _unit_range(ref, name, 1), _unit_range(ref, name, count)
    return first.hull(last)


def _after_the(low: str, pos: int) -> bool:
    """Whether the word before ``pos`` is "the" (a cheaper ``_prev_word(...) == "the"``)."""
    i = pos
    while i > 0 and low[i - 1] in " \t":
        i -= 1
    return i >= 3 and low[i - 3 : i] == "the" and (i == 3 or not low[i - 4].isalnum())


def _read_relative_period(text: str, m: re.Match[str], ref: date) -> _Read | None:
    """A period named relative to the article's: "next year", "last month", "this spring"."""
    g = m.group
    rel = " ".join(g("rel_r").lower().split())
    rel = rel.removeprefix("the ")
    u = g("rel_u").lower()
    u = {"yr": "year", "qtr": "quarter"}.get(u, u)
    if _prev_word(text, m.start()) in _SETS:
        return None
    end = m.end()
    future = rel in ("next", "coming", "following", "upcoming", "this coming")
    past = rel in ("last", "past", "previous", "this past")
    if g("rel_m"):
        word = text[m.start("rel_m") : m.end("rel_m")]
        if not _month_word_ok(text, m.start("rel_m"), word, True) or (
            word[0].islower() and word.lower().startswith("mar")
        ):
            return None
        mon = _month(word)
        if future:
            y = ref.year if mon > ref.month else ref.year + 1
            first = _month_range(y, mon)
            second = _month_range(ref.year + 1, mon)
        elif past:
            y = ref.year if mon < ref.month else ref.year - 1
            first = _month_range(y, mon)
            second = _month_range(ref.year - 1, mon)
        else:
            first = second = _month_range(ref.year, mon)
        if first == second or rel in ("this past", "this coming"):
            return _Read(end, "relative", (first,))
        return _Read(end, "relative", (first, second))
    if u in _SEASONS:
        if u in _SEASON_VERBS and _prev_word(text, m.start()) == "the":
            return None  # the season-verb rule: "the next fall in rates"
        readings: tuple[DateRange, ...]
        occ = [_season(y, u) for y in range(ref.year - 2, ref.year + 2)]
        if future:
            readings = tuple(o for o in occ if o.start > ref)[:1]
        elif past:
            before = [o for o in occ if o.end < ref]
            readings = (before[-1],) if before else ()
        else:
            containing = [o for o in occ if o.start <= ref <= o.end]
            readings = tuple(containing) or (
                (_season(ref.year, u),)
                if u != "winter" or ref.month > 2
                else (_season(ref.year - 1, u),)
            )
        return _Read(end, "relative", readings) if readings else None
    if u == "weekend":
        step = 1 if future else -1 if past else 0
        sat = _week(ref).start + timedelta(days=5 + 7 * step)
        return _Read(end, "relative", (_days(sat, sat + ONE_DAY),))
    step = 1 if future else -1 if past else 0
    the = rel in ("last", "next") and _after_the(m.string, m.start())
    if the and rel == "next" and _tense(text, m.start(), end) == "past":
        # "The next year, he moved to Paris": the year after a time the story told
        if unit_told := _told_unit(u):
            return _Read(end, "anaphoric", anaphor=_Anaphor(unit_told, 1))
        return _Read(end, "relative", void=True)
    if (rel == "past" or the) and u in ("week", "month", "year", "decade"):
        # "the past week", "in the last year", "in the next month": the seven days (twelve
        # months ...) up to the article's day or after it as often as the calendar unit
        unit, factor = _unit(u)
        if rel == "next":
            rolling = _days(ref + ONE_DAY, _shift(ref, factor, unit))
        else:
            rolling = _days(_shift(ref, -factor, unit), ref - ONE_DAY)
        return _Read(end, "relative", (rolling, _unit_range(ref, u, step)))
    return _Read(end, "relative", (_unit_range(ref, u, step),))


def _season_not_verb(text: str, m: re.Match[str]) -> bool:
    """The season-verb rule: a season named before a year (group ``pt_s``) that is also
    a verb ("fall") is the season only with the year joined by "of" ("the fall of 2024"),
    after "in" or "the" ("in fall 2023"), or capitalised as a name ("Fall 2023 intake");
    "shares could fall 2000 points" is the verb. Other seasons are always the season."""
    season = text[m.start("pt_s") : m.end("pt_s")]  # as written: m reads the lowered text
    if season.lower() not in _SEASON_VERBS:
        return True
    if not m.group("pt_y"):
        return False  # "fall this year", "fall next month": the verb
    joined = text[m.end("pt_s") : m.start("pt_y")].lower().split()
    return (
        "of" in joined or season[0].isupper() or _prev_word(text, m.start()) in _SEASON_NOUN_BEFORE
    )


def _read_part(text: str, m: re.Match[str], ref: date) -> _Read | None:
    """A part of a period: "early 2019", "the end of May", "the second half of next year"."""
    g = m.group
    end = m.end()
    kind: DateKind = "absolute"
    unit: str
    if g("pt_y"):
        y = int(g("pt_y"))
        if g("pt_yn"):
            return _part_of_year_pair(m, y, end)
        if _reject_year(text, m.start("pt_y"), m.end("pt_y"), y) and not (
            g("pt_q") or g("pt_h") or g("pt_b") or g("pt_s")
        ):
            return None
        whole = DateRange.year(y)
        unit = "year"
    elif g("pt_m"):
        counted = g("pt_ry")  # "early June last year"
        if not _month_word_ok(text, m.start("pt_m"), g("pt_m"), bool(g("pt_my") or counted)):
            return None  # "the end of march" may be a march's
        mon = _month(g("pt_m"))
        if g("pt_my") or counted:
            y = int(g("pt_my")) if g("pt_my") else _counted_year(ref, counted)
            whole = _month_range(y, mon)
            readings_whole: tuple[DateRange, ...] = (whole,)
            kind = "relative" if counted else "absolute"
        else:
            # "at the end of June" in a past clause may be last June, as "in June" is
            yearless = _Read(end, kind, _yearless_month(ref, mon), ymd=(None, mon, None))
            readings_whole = _in_tense(yearless, text, m.start(), ref).readings
            whole = readings_whole[0]
        unit = "month"
        if g("pt_s") or g("pt_h") or g("pt_q"):
            return None
        part = _part_name(g("pt_e"), g("pt_b"))
        if part is None:
            return None
        return _Read(end, kind, tuple(_part_of(w, part, "month") for w in readings_whole))
    else:
        kind = "relative"
        unit = (g("pt_ru") or g("pt_u")).lower()
        rel = " ".join((g("pt_r") or "this").lower().split()).removeprefix("the ")
        step = {"next": 1, "coming": 1, "following": 1, "last": -1, "past": -1, "previous": -1}.get(
            rel, 0
        )
        whole = _unit_range(ref, unit, step)
        e = (g("pt_e") or "").lower()
        if e in ("earlier", "later"):
            if step != 0:
                part = "early" if e == "earlier" else "late"
                return _Read(end, kind, (_part_of(whole, part, unit),))
            # "earlier this week" is over by the article's day; "later this week" may
            # still be that day
            if e == "earlier":
                return _Read(end, kind, (_days(whole.start, max(whole.start, ref - ONE_DAY)),))
            return _Read(end, kind, (_days(ref, whole.end),))
    if (g("pt_e") or "").lower() in ("earlier", "later"):
        return None
    if g("pt_s"):
        if unit != "year" or not _season_not_verb(text, m):
            return None
        return _Read(end, kind, (_season(whole.start.year, g("pt_s").lower()),))
    if g("pt_h"):
        if unit != "year":
            return None
        second = g("pt_h").lower() in ("second", "2nd", "latter")
        return _Read(
            end, kind, (_months_span(whole.start.year, 7 if second else 1, 12 if second else 6),)
        )
    if g("pt_q"):
        if unit != "year":
            return None
        q = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3}.get(
            g("pt_q").lower(), 4
        )
        return _Read(end, kind, (_months_span(whole.start.year, 3 * q - 2, 3 * q),))
    part = _part_name(g("pt_e"), g("pt_b"))
    if part is None:
        return None
    return _Read(end, kind, (_part_of(whole, part, unit),))


def _part_of_year_pair(m: re.Match[str], first: int, end: int) -> _Read | None:
    """Part of a season, school or fiscal year written as a pair of years ("the end of
    the 2026-27 school year", "early in the 2025/26 season"): such a year straddles
    the two, so its start lies in the first and its end in the second; its middle, a
    half or a quarter of it, could be in either. Not a part of its first year alone."""
    g = m.group
    n_text = g("pt_yn")
    second = pair_end(first, n_text)
    if second != first + 1 or g("pt_s") or g("pt_h") or g("pt_q"):
        return None
    part = _part_name(g("pt_e"), g("pt_b"))
    if part == "early":
        return _Read(end, "absolute", (DateRange.year(first),))
    if part == "late":
        return _Read(end, "absolute", (DateRange.year(second),))
    return _Read(end, "absolute", (DateRange(date(first, 1, 1), date(second, 12, 31), YEAR),))


def _part_name(e: str | None, b: str | None) -> str | None:
    if e:
        return {"early": "early", "mid": "mid", "late": "late"}.get(e.lower())
    if b:
        return {
            "beginning": "early",
            "start": "early",
            "middle": "mid",
            "end": "late",
            "close": "late",
        }[b.lower()]
    return None


def _read_year_pair(text: str, m: re.Match[str], ref: date) -> _Read | None:
    """2018-19, 2018–2019, 2014~2018 (ranges), 2016-11, 2016/11 (months)."""
    g = m.group
    y = int(g("yn_y"))
    sep = g("yn_s").strip()
    n_text = g("yn_n")
    n = int(n_text)
    end = m.end()
    if m.start() > 0 and (text[m.start() - 1].isdigit() or text[m.start() - 1] in "+"):
        return None
    if len(n_text) == 4:
        if sep not in "-–—~" or not y < n <= 2100 or n - y > 200:
            return None
        if _reject_year(text, m.start("yn_n"), end, n):
            return None
        return _Read(end, "absolute", (DateRange(date(y, 1, 1), date(n, 12, 31), YEAR),))
    readings: list[DateRange] = []
    if len(n_text) == 2 and sep in "-–—/":
        full = pair_end(y, n_text)
        if full > y:
            if _reject_year(text, m.start("yn_n"), end, full):
                return None
            readings.append(DateRange(date(y, 1, 1), date(full, 12, 31), YEAR))
    if 1 <= n <= 12 and sep in "-/.":
        readings.append(_month_range(y, n))
    if not readings:
        return None
    return _Read(
        end,
        "absolute",
        tuple(readings),
        ymd=(y, n, None) if readings[0].precision == MONTH else None,
    )


# Code, not data (here and _AGO_AFTER): one word that ends the phrase.
_AGE = re.compile(r"[\s-]+old\b")
# "nearly 14 years ago" is elapsed time up to the article's day, said of an event:
# the hedge makes it a span of time, not one calendar year back.
_AGO_AFTER = re.compile(r"\s+ago\b")
# Words before a length of time that make it a frequency (data/en/frequency_words.txt,
# with the "times" number words and recurrence_words.txt it names).
_FREQUENCY = language.LazyWords(
    lambda: (
        *language.words("frequency_words.txt"),
        *language.number_word_table("times"),
        *language.words("recurrence_words.txt"),
    )
)
# Words before "one day", "a day" that make it a length of time (data/en/lone_day_words.txt).
_DAY_CONTEXT = language.LazyWords(lambda: language.words("lone_day_words.txt"))
# Code, not data: a table of sizes, for counting "two years and three months" in days.
_IN_DAYS = {"days": 1.0, "weeks": 7.0, "months": 30.0, "years": 365.0}


def _read_duration(text: str, m: re.Match[str], ref: date) -> _Read | None:
    """A length of time: "three years", "nearly a decade", "half a year", "two and a half weeks"."""
    g = m.group
    end = m.end()
    hedge = _HEDGES[" ".join(g("du_h").lower().split())] if g("du_h") else None
    step = 1.0
    if g("du_hu"):
        unit, factor = _unit(g("du_hu"))
        amount = 0.5 * factor
    elif g("du_all"):
        unit, factor = _unit(g("du_au"))
        amount = float(factor)
    else:
        n_word = g("du_n")
        if n_word.startswith("another"):
            n_word = n_word[7:].strip() or "a"
        n = _num(n_word)
        if n is None:
            return None
        low = n_word.lower()
        if low in _HEDGED_VAGUE:
            hedge = hedge or "about"
        unit, factor = _unit(g("du_u"))
        frac = (g("du_f") or g("du_f2") or "").lower()
        amount = (n + {"half": 0.5, "quarter": 0.25, "": 0.0}[frac]) * factor
        # whole decades or centuries are written to the decade or century
        step = float(factor) if not frac and n == int(n) else 1.0
        lone_day = low in ("one", "a", "an") and unit == "days" and not g("du_h")
        if lone_day and m[0][:3] != "ano" and _prev_word(text, m.start()) not in _DAY_CONTEXT:
            return None  # "one day he will", "a day of mourning"
        if n_word[0].isdigit() and m.start() > 0 and text[m.start() - 1] in "$£€#.,":
            return None
    if _AGE.match(m.string, end):
        return None  # ages are not elapsed time between dated events
    if _prev_word(text, m.start()) in _FREQUENCY:
        return None
    # "two years and three months": count in the smallest unit written
    more = _DUR_MORE.match(m.string, end)
    while more:
        n2 = _num(more.group("n"))
        if n2 is None:
            break
        unit2, factor2 = _unit(more.group("u"))
        order = ("days", "weeks", "months", "years")
        if order.index(unit2) >= order.index(unit):
            break
        if unit2 == "months":  # only years come before months
            amount = amount * 12 + n2 * factor2
        else:
            amount = amount * _IN_DAYS[unit] / _IN_DAYS[unit2] + n2 * factor2
        unit = unit2
        step = 1.0
        end = more.end()
        more = _DUR_MORE.match(m.string, end)
    if hedge is not None and (ago := _AGO_AFTER.match(m.string, end)):
        end = ago.end()
    if hedge is None and g("du_n") and not g("du_n").startswith("another"):
        ahead = _future_offset(text, m.start(), end, amount, unit, ref)
        if ahead is not None:
            return ahead
    return _Read(end, "duration", duration=Duration(amount, unit, hedge, step))


def _cue_pattern(name: str, *more: str) -> str:
    """A case-blind pattern of the cues of data/en/NAME (and the word patterns ``more``),
    each a whole word or phrase: longest first, escaped, a space for any run of spaces
    and an apostrophe for either; a cue that opens with a letter ends no longer word."""
    cues = sorted(language.words(name), key=lambda cue: (-len(cue), cue))
    written = {cue: re.escape(cue).replace(r"\ ", r"\s+").replace("'", "['’]") for cue in cues}
    words = "|".join([*(written[cue] for cue in cues if cue[0].isalpha()), *more])
    others = [written[cue] for cue in cues if not cue[0].isalpha()]
    return "(?:" + "|".join([f"(?<![a-z])(?:{words})", *others]) + ")(?![a-z])"


# "in two weeks" is elapsed time in news far more often than a date ("his first visit
# in six years", "the lowest level in two weeks", "rose 5% in two days"), and an elapsed
# claim's quote is "in six years" on its own. It is read as the day that far after the
# article's date only when all of these hold: "in" stands right before it, unhedged;
# its clause has no word that makes it elapsed time (first, last, only, ever, since,
# never, record, "time", a superlative); its sentence says it is to come with a word
# of the future ("will", "'ll", "shall", "is due", "expected to", "set to", "plans to"
# ...) before it, or after it when it opens the sentence ("In two weeks, the court
# will rule"); and no "of", "since", "after" follows ("in two weeks of talks"). The
# words are data: data/en/future_cues.txt, elapsed_cues.txt and not_ahead_words.txt.
_FUTURE_CUE = _Lazy(lambda: _cue_pattern("future_cues.txt"), re.I)
# The same cues and the conditional of reported speech ("the rate would fall to 22%"):
# what a series' scheduled change is told with (series.told_next).
_TO_COME = _Lazy(lambda: _cue_pattern("future_cues.txt", "would"), re.I)


def tells_what_is_to_come(text: str) -> bool:
    """Whether ``text`` holds a word of the future (data/en/future_cues.txt) or "would"."""
    return _TO_COME.search(text) is not None


def tells_what_is_to_come_at(text: str, position: int) -> bool:
    """Whether a word of the future (data/en/future_cues.txt) opens what follows
    ``position``, or follows its first word: "the 48th edition will need more", "the
    24th edition is scheduled to start"."""
    first = _FIRST_WORD.match(text, position)
    if first is None:
        return False
    return bool(_FUTURE_CUE.match(text, first.start(1)) or _FUTURE_CUE.match(text, first.end()))


# Spaces, then a word and the spaces after it (tells_what_is_to_come_at).
_FIRST_WORD = re.compile(r"[ \t]+([A-Za-z’']+)[ \t]*")


# Code, not data: a superlative is read by its ending, "lowest", "biggest".
_SUPERLATIVE = r"[a-z]{2,}est"
_ELAPSED_CUE = _Lazy(lambda: _cue_pattern("elapsed_cues.txt", _SUPERLATIVE), re.I)
# Code, not data: punctuation that opens a clause.
_CLAUSE_START = re.compile(r"[,;:(—–]|[.!?]\s|\n")
_NOT_AHEAD_AFTER = language.LazyWords(lambda: language.words("not_ahead_words.txt"))
# Code, not data: one word, "in two weeks' time".
_TIME_AFTER = _Lazy(r"['’]s?\s+time(?![a-z])|\s+time(?![a-z])", re.I)


def _future_offset(
    text: str, start: int, end: int, amount: float, unit: DurationUnit, ref: date
) -> _Read | None:
    if amount != int(amount) or amount < 1 or text[start - 3 : start].lower() != "in ":
        return None
    if start > 3 and (text[start - 4].isalnum() or text[start - 4] in "'’"):
        return None  # "within", "Berlin"
    if _next_word(text, end) in _NOT_AHEAD_AFTER or text[end : end + 1] in ("'", "’", "-"):
        time = _TIME_AFTER.match(text, end)  # "in two weeks' time" is still to come
        if time is None:
            return None
        end = time.end()
    lead, right = _around(text, start, end, 120, 80)
    before = lead.rstrip()[:-2]  # up to "in"
    if not _FUTURE_CUE.search(before):
        if before.strip():
            return None  # neither a word of the future before it nor opening the sentence
        if _ELAPSED_CUE.search(right) or not _FUTURE_CUE.search(right):
            return None
    cuts = list(_CLAUSE_START.finditer(before))
    if _ELAPSED_CUE.search(before, cuts[-1].end() if cuts else 0):
        return None  # "will be his first visit in six years"
    n = int(amount)
    try:
        day = _shift(ref, n, unit)
        hull = _ago(ref, n, unit, 1)
    except (ValueError, OverflowError):
        return None
    readings = (DateRange.day(day),) if hull.is_single_day else (DateRange.day(day), hull)
    return _Read(end, "relative", readings)


def _combine(left: _Read, right: _Read) -> tuple[DateRange, ...] | None:
    ends = right.readings
    if len(ends) < len(left.readings):
        ends = ends + ends[-1:] * (len(left.readings) - len(ends))
    out = [
        DateRange(a.start, b.end, min(a.precision, b.precision))
        for a, b in zip(left.readings, ends[: len(left.readings)], strict=True)
        if b.end >= a.start
    ]
    return tuple(dict.fromkeys(out)) or None


def _right_part(text: str, low: str, pos: int, left: _Read, ref: date) -> _Read | None:
    """The end of a range whose start ``left`` was read: it may leave out the parts
    that do not change ("July 13-15", "Nov 18-Dec 19, 2015", "2014 through May 2018")."""
    full = _core_match(low, pos)
    got = None
    if full is not None and full.lastgroup not in (
        "duration",
        "anniversary",
        "day_range_in_month",
        "bare_month",
        "count_ago",
        "past_or_next_count",
    ):
        got = _read_core(text, full, ref)
        if got is not None and (got.kind not in ("absolute", "relative") or not got.readings):
            got = None
    if got is not None and not (got.ymd and got.ymd[0] is None and left.ymd):
        if left.ymd and got.ymd and left.ymd[0] is None and got.ymd[0] is not None:
            # "Nov 18 - Dec 19, 2015": the start takes the year of the end
            _, lm, ld = left.ymd
            y = got.ymd[0] - (1 if lm and got.ymd[1] and lm > got.ymd[1] else 0)
            if lm and ld and _valid_day(y, lm, ld):
                left.readings = (DateRange.day(date(y, lm, ld)),)
            elif lm and not ld:
                left.readings = (_month_range(y, lm),)
            else:
                return None
        return got
    if left.ymd is None or left.ymd[1] is None:
        return None
    ld = left.ymd[2]
    counted = None
    if got is not None and got.ymd is not None:
        mon_r, day_r, end = got.ymd[1], got.ymd[2], got.end
        year_r = None
    else:
        part = _RIGHT.match(low, pos)
        if not part:
            return None
        d = part.group("d") or part.group("d2")
        mw = part.group("m") or part.group("m2")
        yw = part.group("y") or part.group("y2")
        counted = part.group("ry") or part.group("ry2")  # "June 3-9 last year"
        mon_r = _month(mw) if mw else None
        day_r = _day(d) if d else None
        year_r = int(yw) if yw else _counted_year(ref, counted) if counted else None
        end = part.end()
    if (ld is not None) != (day_r is not None) and not (ld is None and mon_r):
        return None
    lm = left.ymd[1]
    if year_r is not None and left.ymd[0] is None:
        # "March 3-5, 2019", "March 3-5 last year": the start takes the year after the end
        y = year_r - (1 if mon_r and lm > mon_r else 0)
        if ld is not None and not _valid_day(y, lm, ld):
            return None
        left.readings = (DateRange.day(date(y, lm, ld)) if ld else _month_range(y, lm),)
    readings = []
    for r in left.readings:
        mon = mon_r or r.start.month
        y = year_r or r.start.year + (1 if mon < r.start.month else 0)
        if day_r is not None:
            if not _valid_day(y, mon, day_r):
                return None
            readings.append(DateRange.day(date(y, mon, day_r)))
        else:
            readings.append(_month_range(y, mon))
    return _Read(end, "relative" if counted else "absolute", tuple(readings))


def _try_range(text: str, low: str, got: _Read, ref: date, opener: str) -> _Read | None:
    sep = _RANGE_SEP.match(low, got.end)
    if not sep or got.kind not in ("absolute", "relative") or not got.readings:
        return None
    word = (sep.group("word") or "").lower()
    dash = sep.group("dash")
    # without "between", "and"/"or" join only two days of one month ("June 5 and 6"),
    # read as the days from one to the other, which hold both
    pair = bool(got.ymd and got.ymd[2] is not None and _PAIR_DAY.match(low, sep.end()))
    if word in ("and", "or") and opener != "between" and not pair:
        return None
    if word in ("to", "and", "or", "through", "thru", "till", "until") or dash:
        if dash and sep.group(0) != dash and not opener and got.ymd is None:
            return None
        right = _right_part(text, low, sep.end(), got, ref)
        if right is None or right.kind not in ("absolute", "relative"):
            return None
        left_wd, right_week = got.weekday, right.week
        week_named = left_wd is not None and right_week is not None
        if (
            word in ("till", "until", "to", "through", "thru")
            and not opener
            and got.kind == "relative"
            and not week_named
        ):
            return None  # "open Monday to Friday" is every week's
        if left_wd is not None and right_week is not None:
            # "between Monday and Friday last week": both days of last week
            got.readings = (DateRange.day(right_week + timedelta(days=left_wd)),)
        elif left_wd is not None and right.weekday is not None:
            # "from Monday to Friday": the Friday after each Monday it may be
            ahead = timedelta(days=(right.weekday - left_wd) % 7)
            right.readings = tuple(DateRange.day(r.start + ahead) for r in got.readings)
        combined = _combine(got, right)
        if combined is None:
            return None
        kind: DateKind = "relative" if "relative" in (got.kind, right.kind) else "absolute"
        return _Read(right.end, kind, combined)
    return None


_READERS: dict[str, _Reader] = {
    "year": _read_year,
    "relative_period": _read_relative_period,
    "relative_day_word": _read_relative_day_word,
    "weekday": _read_weekday,
    "month_day_year": _read_day_month,
    "day_month_year": _read_day_month,
    "month_range_year": _read_month_range_year,
    "month_year": _read_month_year,
    "duration": _read_duration,
    "anniversary": _read_anniversary,
    "count_ago": _read_count_ago,
    "part_of_period": _read_part,
    "day_range_in_month": _read_day_range_in_month,
    "iso_date": _read_iso_date,
    "numeric_date": _read_numeric_date,
    "month_slash_day": _read_month_slash_day,
    "year_pair": _read_year_pair,
    "last_day_of_month": _read_last_day_of_month,
    "week_of_month_or_year": _read_week_of_month_or_year,
    "first_or_last_units_of": _read_first_or_last_units_of,
    "week_of": _read_week_of,
    "nth_weekday_of_month": _read_nth_weekday_of_month,
    "day_of_relative_month": _read_day_of_relative_month,
    "weekday_and_day": _read_weekday_and_day,
    "weekday_of_relative_week": _read_weekday_of_relative_week,
    "quarter_or_half_code": _read_quarter_or_half_code,
    "decade": _read_decade,
    "century": _read_century,
    "year_month": _read_year_month,
    "numeric_month_year": _read_numeric_month_year,
    "month_of_relative_year": _read_month_of_relative_year,
    "rest_of_period": _read_rest_of_period,
    "weekend": _read_weekend,
    "period_before_last_or_after_next": _read_period_before_last_or_after_next,
    "fiscal_year_code": _read_fiscal_year_code,
    "year_to_date": _read_year_to_date,
    "year_then_quarter_or_half": _read_year_then_quarter_or_half,
    "year_month_day_spaced": _read_year_month_day_spaced,
    "month_after_next_or_before_last": _read_month_after_next_or_before_last,
    "past_or_next_count": _read_past_or_next_count,
    "bare_month": _read_bare_month,
    "anaphoric_period": _read_anaphoric_period,
    "period_before_or_after": _read_period_before_or_after,
}


def _left_word_as_written(word: str) -> bool:
    """A left word with its punctuation: "twenty-five", "Wednesday,", "Sept.", "18"."""
    if "-" in word[1:] and all(p in _LEFT_WORDS for p in word.split("-")):
        return True
    if word[-1] in ",." and word[:-1].rstrip(".") in _WEEKDAYS:
        return True
    return word.isdigit() or (word[-1] == "." and word[:-1] in _MONTHS)


# The longest run of non-spaces a date expression starts a word in ("(mid-September",
# "2018-03-25..28"): an anchor deeper in a token (a base64 blob, a long URL) is not
# looked back from, so a token is never rescanned to its start for each digit in it.
_LONGEST_DATE_WORD = 64


def _candidates(low: str, a: int, floor: int) -> list[int]:
    """Where an expression around the anchor at ``a`` may start, leftmost first: the
    anchor's own word and the words before it that can belong to a date."""
    i = a
    lowest = max(floor, a - _LONGEST_DATE_WORD)
    while i > floor and not low[i - 1].isspace():
        if i == lowest:
            return []
        i -= 1
    while i < a and not low[i].isalnum() and low[i] not in "'’½":
        i += 1
    starts = [i]
    pos = i
    for word in reversed(low[max(floor, i - 60) : i].split()):
        if word not in _LEFT_WORDS and not _left_word_as_written(word):
            break
        pos = low.rfind(word, floor, pos)
        starts.append(pos)
    starts.reverse()
    return starts


_FOLLOWERS = (
    frozenset(_MONTHS)
    | frozenset(k + "s" for k in _UNIT_NAMES)
    | frozenset(_UNIT_NAMES)
    | frozenset(_split("yrs qtr centuries anniversary of to and through thru till until or"))
    | frozenset(_split("upcoming more additional extra full - – /"))
)
_UNIT_WORDS = frozenset([*_UNIT_NAMES, *(k + "s" for k in _UNIT_NAMES), "centuries"])
_DOTTED = re.compile(r"\d{1,4}\.\d{1,2}\.\d")


def _number_may_be_date(low: str, a: int) -> bool:
    """A cheap look at a number before the grammar runs: most numbers in news count
    things ("2,000 people", "12%", "26 leaders") and can be passed over at once."""
    if a > 0 and low[a - 1] in "$£€¥#,.":
        return False
    j = a
    n = len(low)
    while j < n and low[j].isdigit():
        j += 1
    if a > 0 and low[a - 1].isalpha() and j < n and low[j].isalpha():
        return False  # inside a word ("b2b", "x86y", a base64 blob): no date starts there
    if j - a == 4:
        return j >= n or low[j] != "," or not low[j + 1 : j + 2].isdigit()
    if j >= n:
        return True
    c = low[j]
    if c.isalpha() or c in "-–'’":
        return True
    if c in "/:" or (c == "." and _DOTTED.match(low, a)):
        return low[j + 1 : j + 2].isdigit()
    if c not in " \t\n,.":
        return False
    if c == "," and low[j + 1 : j + 2].isdigit():
        # thousands: only an elapsed time ("1,000 days") can follow
        while j < n and (low[j].isdigit() or low[j] == ","):
            j += 1
        after = low[j : j + 12].split(maxsplit=1)
        return bool(after) and after[0].rstrip(".,;:") in _UNIT_WORDS
    word = low[j + 1 : j + 16].split(maxsplit=1)
    if word and (word[0].rstrip(".,;:") in _FOLLOWERS or word[0][0] in "-–/"):
        return True
    prev = _prev_word(low, a)
    return prev.rstrip(".,") in _WEEKDAYS or prev.rstrip(".,") in _MONTHS


def _opener(text: str, start: int) -> tuple[str, int]:
    """A "between" or "from" just before ``start``, which a range takes into its span."""
    i = start
    while i > 0 and text[i - 1] in " \t":
        i -= 1
    j = i
    while j > 0 and text[j - 1].isalpha():
        j -= 1
    word = text[j:i].lower()
    if word in ("between", "from") and i < start:
        return word, j
    return "", start


def _of_that_year(text: str, got: _Read) -> _Read:
    """A day or month without its year, followed by the year told before: "March that
    year", "7 January of the same year", "June of the following year"."""
    ymd = got.ymd
    if got.kind not in ("absolute", "relative") or ymd is None or ymd[0] is not None or not ymd[1]:
        return got
    tail = _OF_THAT_YEAR.match(text, got.end)
    if tail is None:
        return got
    word = (tail["step"] or "").lower()
    step = 1 if word in ("following", "next") else -1 if word else 0
    return _Read(tail.end(), "anaphoric", anaphor=_Anaphor("year", step, month=ymd[1], day=ymd[2]))


def _resolve(anaphor: _Anaphor, told: DateRange) -> DateRange | None:
    """The interval a date that points back names, counted from ``told``; None when
    ``told`` does not fall in one year (one month, for a month counted from it)."""
    first, last = told.start, told.end
    if first.year != last.year or (anaphor.unit == "month" and first.month != last.month):
        return None
    if anaphor.unit == "year":
        y = first.year + anaphor.step
        if not 1 <= y <= 9999:
            return None
        if anaphor.month is not None:
            return _month_or_day(y, anaphor.month, anaphor.day)
        whole = _year_range(y)
    else:
        start = _add_months(first.replace(day=1), anaphor.step)
        whole = _month_range(start.year, start.month)
    part = anaphor.part
    if part in ("early", "mid", "late"):
        return _part_of(whole, part, anaphor.unit)
    precision = max(told.precision, whole.precision)
    if part == "earlier" and first > whole.start:
        return DateRange(whole.start, first - ONE_DAY, precision)  # before the time told
    if part == "later" and last < whole.end:
        return DateRange(last + ONE_DAY, whole.end, precision)
    return whole


_THE = re.compile(r"\bthe\b")


def _compared_with(anaphor: _Anaphor, low: str, start: int) -> bool:
    """Whether a year or month before or after a time is what a figure is compared
    with ("revenue was up 12% from a year earlier", "compared with the previous year"):
    a period counted from the one a figure is for, which the text need not have told,
    not a time the story tells. Such a date is not read."""
    plain = anaphor.step != 0 and anaphor.month is None and anaphor.part is None
    return plain and _prev_word(low, start) in _COMPARED


# A date states its year when it has one written out: it can be told back ("that year").
_STATES_YEAR = re.compile(r"\d{4}|['’]\d\d")


def find_dates(text: str, reference: date) -> list[DateMention]:
    """Every date expression in ``text``, in text order and without overlaps, each read
    as long as it goes; relative ones resolved against ``reference``, the article's
    publication (or dateline) date, and those that point back against the date before
    them on their line (see the module's doc)."""
    out: list[DateMention] = []
    consumed = 0
    told: DateMention | None = None  # the last time read, which "that year" counts from
    low = text.lower()
    if len(low) != len(text):
        low = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    of = _OF_LOWER_MONTH.search(text) is not None
    rel = _REL_LOWER_MONTH.search(text) is not None
    anchors = _anchor_with_lower_months(of, rel) if of or rel else _anchor()
    for anchor in anchors.finditer(text):
        a = anchor.start()
        if a < consumed:
            continue
        if text[a].isdigit() and not _number_may_be_date(low, a):
            continue
        got = None
        for s in _candidates(low, a, consumed):
            m = _core_match(low, s)
            if m is not None and m.end() > a:
                got = _read_core(text, m, reference)
                if got is not None:
                    break
        if got is None:
            continue
        if got.void:
            consumed = got.end
            continue
        if got.ymd is not None and got.ymd[0] is None:
            got = _of_that_year(text, got)
            if (
                got.kind == "absolute"
                and not _RANGE_SEP.match(low, got.end)
                and not _NAMED_WEEKDAY.search(low[s : got.end])  # its weekday gave its year
            ):
                got = _in_year_told(got, _time_told(told, _newline_since(text, told, s)))
                got = _in_tense(got, text, s, reference)
        if _RANGE_SEP.match(low, got.end):
            opener, opener_start = _opener(text, s)
            try:
                ranged = _try_range(text, low, got, reference, opener)
            except (ValueError, OverflowError):
                ranged = None
            if ranged is not None:
                got = ranged
                s = opener_start
        end = got.end
        while end > s and text[end - 1] in " \t,":
            end -= 1
        if text[end - 1] == "." and not _KEEP_DOT.search(text, max(s, end - 6), end):
            end -= 1
        if got.anaphor is not None:
            if _after_the(low, s) and not _THE.search(low, s, end):
                # "the following year": without its "the", it would count from today
                s = low.rfind("the", 0, s)
            if _compared_with(got.anaphor, low, s):
                consumed = end
                continue
        if got.anaphor is None:
            mention = DateMention(
                s, end, text[s:end], got.kind, got.readings, got.duration, got.ordinal
            )
        else:
            time = _time_told(told, _newline_since(text, told, s))
            resolved = _resolve(got.anaphor, time) if time is not None else None
            kind: DateKind = "absolute" if resolved else "anaphoric"
            readings = (resolved,) if resolved else ()
            mention = DateMention(s, end, text[s:end], kind, readings, None, None, True)
        out.append(mention)
        if mention.readings:
            told = mention
        consumed = end
    return out


def _in_year_told(got: _Read, time: DateRange | None) -> _Read:
    """A day or month without its year, after a date that states one on its line, may
    be in that year: "19 June 2024 -- the two sign a treaty; it takes effect on 4
    December". That reading is added after the nearest one, which stays first."""
    ymd = got.ymd
    if time is None or ymd is None or ymd[1] is None or time.start.year != time.end.year:
        return got
    return _also(got, _month_or_day(time.start.year, ymd[1], ymd[2]))


def _month_or_day(year: int, month: int, day: int | None) -> DateRange | None:
    """The month (or its day) in ``year``; None for a day that year does not have."""
    if day is None:
        return _month_range(year, month)
    return DateRange.day(date(year, month, day)) if _valid_day(year, month, day) else None


def _also(got: _Read, reading: DateRange | None) -> _Read:
    """``got`` with ``reading`` added after its own, if it is not one of them."""
    if reading is None or reading in got.readings:
        return got
    return replace(got, readings=(*got.readings, reading))


_NAMED_WEEKDAY = _Lazy(r"\b" + _WD)


def _in_tense(got: _Read, text: str, start: int, ref: date) -> _Read:
    """A day or month without its year (``text[start:got.end]``) in a clause whose
    tense is past ("it came into force in December") may be the last one before the
    article's date, however much nearer the next is; in the future tense, the next
    one. That reading is added when none of the others lies that way."""
    ymd = got.ymd
    if ymd is None or ymd[1] is None or not got.readings:
        return got
    # Only readings within a year of the article's date lie "that way": a reading in
    # the year of a date told earlier on the line ("retired in 1991. She died on
    # August 19") is not the last August 19 before it.
    year_before, year_after = add_years(ref, -1), add_years(ref, 1)
    near = [r for r in got.readings if year_before <= r.start <= year_after]
    has_past = any(r.start <= ref for r in near)
    has_future = any(r.end >= ref for r in near)
    tense = _tense(text, start, got.end)
    if tense is None:
        return got
    past = tense == "past"
    if has_past if past else has_future:
        # nothing to add; the reading the tense points to goes first, as the one a
        # series takes for the sentence's time ("it stood at 44% in May", in December)
        ordered = sorted(got.readings, key=lambda r: (r.start > ref) if past else (r.end < ref))
        return replace(got, readings=tuple(ordered))
    for year in (ref.year, ref.year - 1) if past else (ref.year, ref.year + 1):
        reading = _month_or_day(year, ymd[1], ymd[2])
        if reading is not None and ((reading.start <= ref) if past else (reading.end >= ref)):
            # first: the tense says it, however much nearer the other is
            others = tuple(r for r in got.readings if r != reading)
            return replace(got, readings=(reading, *others))
    return got


def _newline_since(text: str, told: DateMention | None, position: int) -> int:
    """The last line break before ``position`` and after the time told, else -1:
    only that gap is looked at, not the line back to its start for every date."""
    return text.rfind("\n", told.start if told else position, position)


def _time_told(told: DateMention | None, line_start: int) -> DateRange | None:
    """The time a date pointing back counts from: the last time read before it, when it
    stands on the same line (in the same paragraph) and states its year, or was itself
    counted from one, in a single reading."""
    if told is None or told.start <= line_start or len(told.readings) != 1:
        return None
    if told.anaphoric or (told.kind == "absolute" and _STATES_YEAR.search(told.text)):
        return told.readings[0]
    return None


# A full stop after an abbreviation belongs to the date; after a word, to the sentence.
# The month and weekday abbreviations are data/en's (read within 6 characters of the
# end, so none may be longer than "thurs").
_KEEP_DOT = re.compile(
    r"(?<![A-Za-z])(?:"
    + "|".join(
        re.escape(name.word)
        for names in (language.months(), language.weekdays())
        for name in names
        if name.form == "abbreviation"
    )
    + r"|A\.D|C\.E|B\.C)\.$",
    re.I,
)


# What reads the dates of a text: find_dates, or an article's Readings.dates.
DatesOf = Callable[[str, date], Sequence[DateMention]]


def read_date(text: str, reference: date, find: DatesOf = find_dates) -> DateMention | None:
    """The longest date expression in a short phrase such as a claim's quote; ``find``
    reads the dates of a text (an article's ``readings.Readings`` reads each once)."""
    found = find(text, reference)
    if not found:
        return None
    return max(found, key=lambda d: (d.end - d.start, -d.start))


def times_written(text: str, reference: date, find: DatesOf = find_dates) -> list[DateRange]:
    """The times ``text`` writes out: the readings of its dates that are not counted
    from the article's day ("27 April 2018", "in 2018"; not "today")."""
    return [r for m in find(text, reference) if m.kind == "absolute" for r in m.readings]


# Characters of a quote's line read either side of it: the sentences around it, and
# the date before it that "that year" counts from.
_LINE_READ_AROUND = 1_000


def read_date_at(
    text: str, start: int, end: int, reference: date, find: DatesOf = find_dates
) -> DateMention | None:
    """The longest date expression overlapping ``text[start:end]``, read where it stands:
    a date that points back ("that year") counts from the date before it on its line.
    Spans are those of ``text``. The line is read at most ``_LINE_READ_AROUND``
    characters either side: a long line is not read whole for each date in it."""
    floor = max(0, start - _LINE_READ_AROUND)
    line_start = max(floor, text.rfind("\n", floor, start) + 1)
    ceiling = min(len(text), end + _LINE_READ_AROUND)
    line_end = text.find("\n", end, ceiling)
    if line_end == -1:
        line_end = ceiling
    found = [
        m
        for m in find(text[line_start:line_end], reference)
        if m.start < end - line_start and start - line_start < m.end
    ]
    if not found:
        return None
    best = max(found, key=lambda d: (d.end - d.start, -d.start))
    return replace(best, start=best.start + line_start, end=best.end + line_start)
