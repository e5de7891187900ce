"""Dates and numbers in the visible text, as the candidate claims binding works on.

``dates.find_dates`` and ``numbers.find_numbers`` read every value; this module
decides which of them are claims, of which kind, and how their quote is cut:

- a date is a ``date`` claim, an anniversary an ``anniversary`` claim, and a
  duration an ``elapsed`` claim only where it measures time since something ("his
  first visit in six years", "has ruled for nearly a decade");
- whole years since an event that is marked ("to mark 80 years since Japan's
  surrender", "commemorating 70 years on from the armistice") are an anniversary,
  quoted with their "since": the same claim as "the 80th anniversary of Japan's
  surrender". Years since a date ("80 years since 1945": the date is the claim) and
  years nobody marks ("six years since his last visit") are not;
- a date that points back to another ("that year", "the following year") is read
  from the date before it in its paragraph (see ``dates``) and is then a date like
  any other; where none gives it its year, or for other units ("that day", "the
  following week"), it cannot be read on its own and is recorded unbound;
- the dateline ("BEIJING, Sept 3 —") and a lone word ("Today" left over from a web
  page) are not claims;
- a duration that none of those readings takes is an amount of time ("a maximum of
  100 years", "six months apart", "a two-week strike", "within 48 hours"): a number
  claim in its unit of time, which binds only to a fact in a unit of time
  (``DURATION_RULES`` names each reading, tests/corpus/durations.yaml shows them).
  An elapsed time, an anniversary, an age or a tenure read over the same words wins:
  it is read first, and a kind's span supersedes the values read inside it;
- numbers inside dates, years, ordinals, ages and parts of names, "one", and small
  numbers in definite descriptions ("the three nations", "these three leaders") are
  not counts anyone claims. Codes ("G7") and
  time-zone offsets ("GMT+8") are not read as numbers at all (see ``numbers``), nor
  clock times, phone numbers, labels ("Route 66") and the like (see ``notnumbers``);
- a number joined by a hyphen to a noun ("a 96-turbine wind farm", "a three-way race")
  is read as a count of that noun, and kept only where a fact counts it (binding
  rule compound-count).
"""

from __future__ import annotations

import bisect
import dataclasses
import functools
import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from factsuite import dates, language, numbers
from factsuite.daterange import DateRange
from factsuite.extraction.words import words
from factsuite.kinds._shared import numbers_in
from factsuite.kinds.quantity import TIME, clock_parts, in_time, one_unit_and, unit_of
from factsuite.text.document import DATELINE_DASH, DATELINE_PLACE

if TYPE_CHECKING:
    from factsuite.kinds.base import ClaimKind

# A value's kind: one of OWN_KINDS, the kinds extraction's own readers find; or a
# registered kind that finds spans of its own (``ClaimKind.find``), by its name.
ValueKind = str
DATED_KINDS = frozenset({"date", "anniversary", "elapsed"})
OWN_KINDS = DATED_KINDS | {"number", "percent"}

# A weekday's name, or its abbreviation with the full stop ("Tues."), ends the text.
_WEEKDAY = re.compile(
    "(?:"
    + "|".join(d.word for d in language.weekdays() if d.form == "name")
    + r")\.?$|(?:"
    + "|".join(d.word for d in language.weekdays() if d.form == "abbreviation")
    + r")\.$",
    re.I,
)
_MONTH = re.compile(
    "(?:" + "|".join(m.word for m in language.months() if m.form == "name") + ")$", re.I
)
_YEAR = re.compile(r"\d{4}$")
# Code, not data (to _FOR_OR_OVER): the function words of the constructions read here.
_ANAPHORIC_LEAD = re.compile(r"(?:the|that|this same|the same)\s+$", re.I)
_ANAPHORIC_HEAD = re.compile(r"(?:next|following|previous|preceding|same|prior)\b", re.I)
_ELAPSED_FOR = re.compile(
    r"(?:(?:has|have|had|'s|’s)\s+(?:\w+\s+){0,3}?)(?:for|over)(?:\s+(?:the\s+)?(?:past|last))?\s+$",
    re.I,
)
_IN = re.compile(r"\bin\s+$", re.I)
_FIRST_OR_LAST = re.compile(r"\b(?:first|last)\b", re.I)
_SINCE = re.compile(r"\bsince\s+$", re.I)
_PREPOSITION_ON = re.compile(r"\b[Oo]n\s+$")
_PREPOSITION_IN = re.compile(r"\b[Ii]n\s+$")
# Code, not data: the determiners that point back ("the three nations"); apart from
# data/binding/determiners.txt on purpose: no "a", "an", "this", "that" ("a three"
# points back to nothing).
_DETERMINERS = words("""the these those its their his her our your my both all such""")
_AGE_AFTER = re.compile(r"-years?-old")
_SKIP_AFTER = re.compile(rf"{_AGE_AFTER.pattern}|\s*-\s*[A-Za-z]")
# "a 96-turbine wind farm", "the 120-seat parliament", "a six-book shortlist": a number
# joined by a hyphen to the singular noun it counts.
_COMPOUND_NOUN = re.compile(r"-([a-z]+)\b(?!-)")
_AGE_BEFORE = re.compile(r"\b(?:aged|age)\s+$", re.I)
_AGE_APPOSITION = re.compile(r"[A-Z][\w'’-]*,\s*$")
_TRAILING_OF = re.compile(r"\s+of$")
_THAT_OR_THE_SAME = re.compile(r"(?:that|the same)\b", re.I)
_FOUR_DIGITS = re.compile(r"\d{4}")
_FOR_OR_OVER = re.compile(r"(?:for|over)\b.*$", re.I)
_PREVIOUS_WORD = re.compile(r"(\w+)\s+$")
_COUNTED_WORD = re.compile(r"\s*([A-Za-z][\w'’-]*)|\s*(\S)")


@functools.cache
def _marked() -> re.Pattern[str]:
    """ "to mark 80 years since ...", "commemorating the 70 years since ...": years an
    event is marked after, as an anniversary marks them (data/en/marking_verbs.txt,
    longest first; "the", "exactly", "a full" are the phrase's grammar)."""
    verbs = sorted(language.words("marking_verbs.txt"), key=lambda verb: (-len(verb), verb))
    return re.compile(
        rf"\b(?:{'|'.join(map(re.escape, verbs))})\s+(?:the\s+|exactly\s+|a\s+full\s+)?$",
        re.I,
    )


_SINCE_AFTER = re.compile(r"\s+(since|on\s+from)\s+(?=\S)", re.I)
# Dates that point back and that the date reader leaves alone (it reads a year or a
# month told before, not a day, a week or a season): recorded unbound, for a person
# to say which date.
# Code, not data: the adverbs of the construction ("earlier that day").
_POINTING_BACK_LEADS = ("earlier", "later", "early", "late")


@functools.cache
def _pointing_back_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The pattern of a date that points back, case-blind, and the same for
    lower-cased text, with its optional lead spelled out as one alternative per first
    word and without the leading word boundary (checked by hand). Every alternative of the second
    then opens with a literal letter, so re skips in C to the next "e", "l" or "t";
    the first, opening with a word boundary and case-blind, is tried at every character (2.5
    times slower on news text). The units: data/en/pointing_back_units.txt and the
    seasons of seasons.tsv, longest first."""
    units = {*language.words("pointing_back_units.txt"), *(s.name for s in language.seasons())}
    unit = rf"(?:{'|'.join(map(re.escape, sorted(units, key=lambda u: (-len(u), u))))})\b"
    case_blind = re.compile(
        rf"\b(?:(?:{'|'.join(_POINTING_BACK_LEADS)})\s+(?:in\s+)?)?(?:that|the\s+same)\s+" + unit,
        re.I,
    )
    lower = re.compile(
        "|".join(
            [
                *(
                    rf"{lead}\s+(?:in\s+)?(?:that|the\s+same)\s+{unit}"
                    for lead in _POINTING_BACK_LEADS
                ),
                rf"that\s+{unit}",
                rf"the\s+same\s+{unit}",
            ]
        )
    )
    return case_blind, lower


# Characters for which lower-casing and re.I disagree about the letters above: "ſ"
# matches "s" case-blind but lower() keeps it, and "İ" lower-cases to two characters.
# A text with one is read with the case-blind pattern. (Each is looked for with "in":
# a regex of the three scanned the whole text in re, a hundredth of all extraction.)
_LOWER_CASE_TRAPS = "\u0130\u0131\u017f"
# Years a bare four-digit number is taken for, when the date reader left it alone.
_YEAR_RANGE = range(1000, 2101)


@dataclass(frozen=True, slots=True)
class Value:
    """A candidate claim: a date or number, its quote span and what it can be checked against."""

    start: int  # the quote, in the visible text
    end: int
    kind: ValueKind
    readings: tuple[DateRange, ...] = ()  # for dates
    relative: bool = False  # a date read against the article's own date ("yesterday")
    anaphoric: bool = False  # a date that points back ("that year"): never bound
    number: numbers.NumberMention | None = None
    counted: tuple[str, ...] = ()  # the words a number counts ("foreign leaders")
    core: tuple[int, int] = (0, 0)  # the value itself, without the words added to the quote
    # An amount of time: the unit of time the number counts in ("months", "hours").
    duration: str = ""
    # Joined by a hyphen to the noun it counts ("a 96-turbine wind farm"): a claim only
    # where a fact counts that noun (binding rule compound-count).
    compound: bool = False

    @property
    def span(self) -> tuple[int, int]:
        return self.start, self.end


def find_values(text: str, reference: date, finders: Sequence[ClaimKind[Any]] = ()) -> list[Value]:
    """Every date and number in ``text`` that can be a claim, and the spans each of
    ``finders`` (registered kinds with a ``find`` of their own) reads as its claims."""
    found: list[Value] = []
    date_spans: list[tuple[int, int]] = []
    mentions = dates.find_dates(text, reference)
    starts = {mention.start for mention in mentions}
    lines = _Lines(text)
    for mention in mentions:
        date_spans.append((mention.start, mention.end))
        value = _date_value(text, mention, starts, lines)
        if value is not None:
            found.append(value)
            date_spans.append(value.span)
    dated = _SpanIndex(date_spans)
    for start, end in _pointing_back(text):  # in order, none overlapping the one before
        if dated.overlaps(start, end):
            continue
        found.append(Value(start, end, "date", anaphoric=True, core=(start, end)))
        date_spans.append((start, end))
    dated = _SpanIndex(date_spans)
    taken = -1  # where the last value ends: "two hours and 48 minutes" reads "48" in it
    for number in numbers_in(text):  # read once: the kinds that look at numbers share it
        if number.start < taken:
            continue
        value = _number_value(text, number, dated)
        if value is not None:
            found.append(value)
            taken = value.end
    if finders:
        found = _with_kinds_found(text, reference, finders, found)
    found.sort(key=lambda v: (v.start, v.end))
    return found


def _with_kinds_found(
    text: str,
    reference: date,
    finders: Sequence[ClaimKind[Any]],
    found: list[Value],
) -> list[Value]:
    """``found`` with the spans of ``finders`` added, by three rules:

    - a date, anniversary or elapsed time read over a kind's span wins over it,
      unless it lies strictly inside (the longer reading wins: "a quarter-point cut"
      is no quarter of a year) or the kind stands beside dates
      (``ClaimKind.beside_dates``: a tenure "from 2013 to 2020");
    - of two kinds' overlapping spans, the first registered wins;
    - a kind's span wins over the values read across or inside it ("three-quarters
      of the volunteers" are no nine months), except the dates inside a kind that
      stands beside them: those are read as values of their own (binding drops
      them where the kind's claim checks them: rule checked-inside).
    """
    dated = _SpanIndex([v.span for v in found if v.kind in DATED_KINDS])
    spans: list[Value] = []
    # The spans of kinds that do not stand beside dates: by the first rule, every
    # date read over one lies inside it, and gives way.
    superseding: list[tuple[int, int]] = []
    for kind in finders:
        for span in kind.find(text, reference):
            if (
                not kind.beside_dates
                and dated.overlaps(span.start, span.end)
                and not dated.all_inside(span.start, span.end)
            ):
                continue
            if any(span.start < v.end and v.start < span.end for v in spans):
                continue
            where = (span.start, span.end)
            spans.append(Value(*where, kind.name, counted=span.counted, core=where))
            if not kind.beside_dates:
                superseding.append(where)
    if not spans:
        return found
    claimed, superseded = _SpanIndex([v.span for v in spans]), _SpanIndex(superseding)
    kept = [
        v
        for v in found
        if not (superseded if v.kind in DATED_KINDS else claimed).overlaps(v.start, v.end)
    ]
    return kept + spans


def _pointing_back(text: str) -> list[tuple[int, int]]:
    """The spans of dates that point back (``_pointing_back_patterns``), found without
    trying the case-blind pattern everywhere."""
    case_blind, lower = _pointing_back_patterns()
    low = text.lower()
    if len(low) != len(text) or any(trap in text for trap in _LOWER_CASE_TRAPS):
        return [match.span() for match in case_blind.finditer(text)]
    if "that" not in low and "same" not in low:
        return []  # every match holds one of them
    spans = []
    position = 0
    while (match := lower.search(low, position)) is not None:
        start = match.start()
        if start > 0 and (low[start - 1].isalnum() or low[start - 1] == "_"):
            position = start + 1  # no word boundary before it: finditer would go on from here
            continue
        spans.append(match.span())
        position = match.end()
    return spans


class _SpanIndex:
    """Spans, asked whether any overlaps a range in time logarithmic in their number
    (a scan per number made an article of many dates and numbers quadratic)."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        ordered = sorted(spans)
        self.starts = [start for start, _ in ordered]
        self.ends = [end for _, end in ordered]
        # The furthest end of the spans up to each one.
        self.reach = list(itertools.accumulate((end for _, end in ordered), max))

    def overlaps(self, start: int, end: int) -> bool:
        before_end = bisect.bisect_left(self.starts, end)  # the spans starting before ``end``
        return before_end > 0 and self.reach[before_end - 1] > start

    def all_inside(self, start: int, end: int) -> bool:
        """Whether every span overlapping ``start``-``end`` lies inside it, shorter."""
        index = bisect.bisect_left(self.starts, end) - 1
        while index >= 0 and self.reach[index] > start:
            span_start, span_end = self.starts[index], self.ends[index]
            inside = start <= span_start and span_end <= end
            if span_end > start and not (inside and span_end - span_start < end - start):
                return False
            index -= 1
        return True


class _Lines:
    """Where each line of a text starts, found once: looking for the line ends around
    each date rescanned a long line once per date in it."""

    def __init__(self, text: str) -> None:
        self.ends = [match.start() for match in re.finditer("\n", text)]
        self.length = len(text)

    def of(self, position: int) -> tuple[int, int]:
        """The start and end (its newline, or the text's end) of the line at ``position``."""
        index = bisect.bisect_left(self.ends, position)
        start = self.ends[index - 1] + 1 if index else 0
        return start, self.ends[index] if index < len(self.ends) else self.length


# More than two words: the start of a third after two.
_THREE_WORDS = re.compile(r"\s*\S+\s+\S+\s+\S")


def _date_value(
    text: str, mention: dates.DateMention, starts: set[int], lines: _Lines
) -> Value | None:
    """``starts``: where each date mention of the text starts."""
    start, end = mention.start, mention.end
    line_start, line_end = lines.of(start)
    # Matched in place, not split: the line may be a whole paragraph, for every date in it.
    if _THREE_WORDS.match(text, line_start, line_end) is None:
        return None  # a word on its own line is a heading or page debris, not a claim
    if DATELINE_PLACE.fullmatch(text, line_start, start) and DATELINE_DASH.match(text, end):
        return None
    before = text[max(0, start - 30) : start]
    if mention.kind == "duration":
        return (
            _years_marked(text, mention, before, starts)
            or _elapsed(text, mention, before, line_start)
            or _amount_of_time(text, mention, starts)
        )
    if mention.kind == "anaphoric":  # points back to a date the paragraph does not give
        return Value(start, mention.end, "date", anaphoric=True, core=(start, mention.end))
    kind: ValueKind = "anniversary" if mention.kind == "anniversary" else "date"
    anaphoric = not mention.anaphoric and (
        bool(_ANAPHORIC_LEAD.search(before) and _ANAPHORIC_HEAD.match(mention.text))
        or bool(_THAT_OR_THE_SAME.match(mention.text))
    )
    # A bare weekday or month keeps its preposition ("On Wednesday", "in October"),
    # and a bare year after "since" keeps it ("the first time since 2019").
    quote_start = start
    for bare, lead in ((_WEEKDAY, _PREPOSITION_ON), (_MONTH, _PREPOSITION_IN), (_YEAR, _SINCE)):
        if bare.match(mention.text) and (m := lead.search(before)):
            quote_start = start - (len(before) - m.start())
            break
    return Value(
        quote_start,
        end,
        kind,
        readings=mention.readings,
        # A date without its year ("3 September", "in October") is as relative to
        # the article's date as "next week" is; one read from a date told before it
        # ("March that year") is not.
        relative=mention.kind == "relative"
        or not (mention.anaphoric or _FOUR_DIGITS.search(mention.text)),
        anaphoric=anaphoric,
        core=(start, end),
    )


def _years_marked(
    text: str, mention: dates.DateMention, before: str, starts: set[int]
) -> Value | None:
    """ "to mark 80 years since Japan's surrender": an anniversary, quoted "80 years since"."""
    duration = mention.duration
    if (
        duration is None
        or duration.unit != "years"
        or duration.hedge is not None
        or duration.amount < 1
        or duration.amount != int(duration.amount)
        or not _marked().search(before)
    ):
        return None
    since = _SINCE_AFTER.match(text, mention.end)
    if since is None or since.end() in starts:
        return None  # "80 years since 1945": years since a date, which is the claim
    return Value(mention.start, since.end(1), "anniversary", core=(mention.start, mention.end))


def _elapsed(text: str, mention: dates.DateMention, before: str, line_start: int) -> Value | None:
    if mention.duration is None:
        return None
    start = mention.start
    clause_start = max(line_start, *(text.rfind(p, line_start, start) + 1 for p in ",;:—("))
    if (m := _IN.search(before)) and _FIRST_OR_LAST.search(text, clause_start, start):
        # "his first visit to China in six years"
        return Value(
            start - (len(before) - m.start()), mention.end, "elapsed", core=(start, mention.end)
        )
    if mention.text.endswith("ago"):  # "nearly 14 years ago": elapsed up to the article's day
        return Value(start, mention.end, "elapsed", core=(start, mention.end))
    if m := _ELAPSED_FOR.search(before):
        # "has ruled for nearly a decade": the quote starts at "for"
        lead = _FOR_OR_OVER.search(m.group())
        assert lead is not None
        quote_start = start - (len(before) - m.start() - lead.start())
        return Value(quote_start, mention.end, "elapsed", core=(start, mention.end))
    return None


# The named readings of an amount of time, each shown by tests/corpus/durations.yaml
# with cases that read and cases that must not, from two beats or more.
DURATION_RULES: dict[str, str] = {
    "duration-amount": "a duration the date reader reads that no elapsed or anniversary"
    ' reading takes is an amount of time: "a maximum of 100 years", "a two-week strike";'
    ' "over" before it says during it ("31 matches over 24 days"), no more than',
    "short-time": "a number of hours, minutes or seconds (units the date reader leaves):"
    ' "within 48 hours", "a 90-minute meeting"',
    "clock-parts": "a length of time in several of the clock's units, each smaller than"
    ' the one before, is one amount in the smallest: "two hours and 48 minutes" is 168'
    ' minutes, "2 hours, 21 minutes and 37 seconds" 8,497 seconds (kinds/quantity.py)',
    "years-since-a-date": 'years since a date ("80 years since 1945") are the date\'s'
    " claim, not an amount of their own",
    "rate-not-amount": 'a duration per another unit of time ("24 hours a day", "three'
    ' days a week"), one that says how often ("every 10 minutes"), and "a week" or "a'
    ' year" after an amount and its phrase ("$60 a month", "£9m a week", "1.4 million'
    ' tonnes of steel a year", "one a year") are rates, not amounts of time',
    "reading-covers": "an elapsed, anniversary, age or tenure reading over the same"
    ' words wins: "in six years" after "first", "80 years since the surrender",'
    ' "a two-year-old colt", "has led the bank for six years"',
}


@functools.cache
def _rate_words() -> str:
    """An alternation of the words before a unit that make it recur ("every", "each",
    "per": data/en/recurrence_words.txt), longest first."""
    recurring = sorted(language.words("recurrence_words.txt"), key=lambda w: (-len(w), w))
    return "|".join(map(re.escape, recurring))


@functools.cache
def _rate_after() -> re.Pattern[str]:
    """ "a day", "per week": what makes the duration before it a rate (the articles,
    and the recurrence words)."""
    return re.compile(rf"\s+(?:a|an|{_rate_words()})\s+(\w+)", re.I)


# "over" before an amount of time says during it ("over three days"), as in "has
# ruled over the past decade", not more than it.
_DURING = re.compile(r"over\s+", re.I)
# The hedge before an amount of time that the date reader leaves out of its words
# ("within two weeks"): the numbers reader's hedges, read over this many characters.
_HEDGE_REACH = 24


@functools.cache
def _rate_before() -> re.Pattern[str]:
    """ "every 10 minutes", "each year": how often, not how long (the recurrence words)."""
    return re.compile(rf"\b(?:{_rate_words()})\s+(?:other\s+)?$", re.I)


_PER_ONE = re.compile(r"(?:a|an|per)\s", re.I)


# How far before "a"/"an"/"per" an amount it makes a rate of is looked for.
_AMOUNT_REACH = 64


@functools.cache
def _amount_before() -> re.Pattern[str]:
    """ "$60 a month", "£9m a week", "1.4 million tonnes of steel a year", "one a year":
    an amount (a figure, maybe with a scale or unit glued to it, or a number or scale
    word) and at most four words of its phrase, right before "a"/"an"/"per" and a unit
    of time, make that unit the one it is counted per. Group ``amount`` is the amount,
    ``words`` the words after it."""
    amounts = sorted(
        {
            *language.number_word_table("unit", "teen", "tens", "hundred"),
            *(scale.word for scale in language.scales()),
        },
        key=lambda w: (-len(w), w),
    )
    return re.compile(
        rf"(?P<amount>\d[\w.%]*(?:,\d+)*|\b(?:{'|'.join(map(re.escape, amounts))}))"
        r"(?P<words>(?:[^\S\n]+[A-Za-z$€£%'’-]+){0,4})[^\S\n]+$",
        re.I,
    )


def _counted_per(before: str) -> bool:
    """Whether ``before`` ends in an amount and its phrase, so that "a week" after it is
    the unit the amount is counted per: not when a word between them takes an amount
    of time ("cost £9m in a week", "two dozen nurses for a month":
    data/en/duration_prepositions.txt), nor when the figure is a year."""
    match = _amount_before().search(before)
    if match is None:
        return False
    amount = match["amount"]
    if amount.isdigit() and int(amount) in _YEAR_RANGE:
        return False  # "in 2019 the strike lasted a month": a year counts nothing
    return not any(word.casefold() in _TAKES_TIME for word in match["words"].split())


# The words that, between an amount and "a week", take an amount of time themselves.
_TAKES_TIME = language.LazyWords(lambda: language.words("duration_prepositions.txt"))


def _rate(text: str, start: int, end: int) -> bool:
    """Whether the duration ``start``-``end`` is a rate's unit, not an amount of time
    (the ``rate-not-amount`` rule)."""
    after = _rate_after().match(text, end)
    if after is not None and in_time(after.group(1)):
        return True  # "24 hours a day"
    before = text[max(0, start - 24) : start]
    if _rate_before().search(before):
        return True  # "every 10 minutes"
    return bool(
        _PER_ONE.match(text, start) and _counted_per(text[max(0, start - _AMOUNT_REACH) : start])
    )


def _amount_of_time(text: str, mention: dates.DateMention, starts: set[int]) -> Value | None:
    """A duration left by the elapsed and anniversary readings, as a number claim in
    its unit of time (the ``duration-amount`` rule), hedged as numbers are."""
    duration = mention.duration
    if duration is None:
        return None
    since = _SINCE_AFTER.match(text, mention.end)
    if since is not None and since.end() in starts:
        return None  # years-since-a-date
    if _rate(text, mention.start, mention.end):
        return None
    start, end = mention.start, mention.end
    if during := _DURING.match(text, start, end):
        start = during.end()  # "31 matches over 24 days": during them, not more than
    number = _number_ending_within(text, start, end)
    figure = start
    if number is not None:
        start = min(start, number.start)
        figure = max(figure, _figure_start(text, number))
    # The hedge is no part of the value itself: a fact's cue written in it ("a
    # maximum of 100 years") still ties the amount to its fact (binding's own-words).
    return Value(
        start,
        end,
        "number",
        number=number,
        counted=(duration.unit,),
        core=(figure, end),
        duration=duration.unit,
    )


def _number_ending_within(text: str, start: int, end: int) -> numbers.NumberMention | None:
    """The number the duration ``start``-``end`` counts with; None where no figure is
    written ("a decade"). The date reader's hedge is the duration's ("over three days"
    is no more than three), but one only numbers read ("within 48 hours") is added."""
    window = max(0, start - _HEDGE_REACH)
    if window > 0:
        space = text.find(" ", window, start)
        window = start if space < 0 else space + 1
    for read_from in (window, start):
        inside = [m for m in numbers.find_numbers(text[read_from:end]) if m.kind == "number"]
        for mention in inside:
            if read_from + mention.end <= start:
                continue  # before the duration's words: the first number in them counts
            found = dataclasses.replace(
                mention, start=mention.start + read_from, end=mention.end + read_from
            )
            if found.start >= start or "dates" not in _opening_hedge(text, found).read_by:
                return found
            break  # a hedge the date reader reads, and left out: read inside its words
    return None


_NO_HEDGE = language.HedgePhrase("", "about", frozenset({"numbers", "dates"}))


def _opening_hedge(text: str, number: numbers.NumberMention) -> language.HedgePhrase:
    """The hedging phrase ``number`` opens with (the longest), if any."""
    if number.hedge is None:
        return _NO_HEDGE
    written = text[number.start : number.end].casefold()
    read = [h for h in language.hedges() if "numbers" in h.read_by]
    opening = [h for h in read if written.startswith(h.phrase + " ")]
    return max(opening, key=lambda h: len(h.phrase), default=_NO_HEDGE)


def _figure_start(text: str, number: numbers.NumberMention) -> int:
    """Where the figure of ``number`` starts, after the hedge it opens with."""
    opening = _opening_hedge(text, number).phrase
    after = number.start + len(opening)
    while opening and after < number.end and text[after].isspace():
        after += 1
    return after


def _number_value(text: str, number: numbers.NumberMention, dated: _SpanIndex) -> Value | None:
    start, end = number.start, number.end
    if number.kind == "ordinal":
        return None
    if dated.overlaps(start, end):
        return None
    digits = number.text.strip()
    if digits.isdigit() and int(digits) in _YEAR_RANGE and number.form == "digits":
        return None  # a year the date reader did not take is still a year, not a count
    before_char = text[start - 1 : start]
    if (
        before_char.isalnum()
        or (before_char and before_char in "-/#")
        or text[end : end + 1].isalnum()
    ):
        return None  # part of a name or code: "G20", "COVID-19", "No. 3"
    if short := _short_time(text, number):
        return short
    if (noun := _COMPOUND_NOUN.match(text, end)) is not None and not _AGE_AFTER.match(text, end):
        return _compound_value(number, noun.group(1).lower())
    if _SKIP_AFTER.match(text, end) or _AGE_BEFORE.search(text, max(0, start - 8), start):
        return None  # "41-year-old", "aged 41"
    if (
        digits.isdigit()
        and int(digits) < 130
        and _AGE_APPOSITION.search(text, max(0, start - 40), start)
        and text.startswith(",", end)
    ):
        return None  # "Kim, 41, arrived": an age
    if number.form == "words" and number.kind == "number":
        if number.value == 1:
            return None  # "one" is mostly a pronoun ("one of ...")
        previous = _PREVIOUS_WORD.search(text[max(0, start - 20) : start])
        if previous and previous.group(1).lower() in _DETERMINERS:
            return None  # "the three nations", "these three leaders": pointing back, not counting
    counted = _counted(text, number.end)
    if counted and counted[0] in _TIME_UNITS and _next_word(text, number.end) == counted[0]:
        # "three hours later", "two days": a duration, the date reader's to read; not
        # "up from 74.1% the year before", where the unit is the next phrase's
        return None
    trailing = _TRAILING_OF.search(text, start, end)
    if trailing:
        end = trailing.start()
    kind: ValueKind = "percent" if number.kind == "percent" else "number"
    return Value(start, end, kind, number=number, counted=counted, core=(start, end))


def _compound_value(number: numbers.NumberMention, noun: str) -> Value | None:
    """A number joined by a hyphen to a noun, as a count of that noun: binding keeps it
    only where a fact counts the noun ("a 96-turbine wind farm" of the farm's
    turbines), and "a three-way race" or "a four-time champion" stays no claim. A unit
    of time ("a two-week strike") is the duration readers'; "one" is no count."""
    if noun in _TIME_UNITS or number.kind != "number" or number.value == 1:
        return None
    span = (number.start, number.end)
    return Value(*span, "number", number=number, counted=(noun,), core=span, compound=True)


# A unit of time written right after a number, spaced or hyphened ("48 hours",
# "90-minute"); which ones the date reader leaves is the units' data's to say.
_UNIT_AFTER = re.compile(r"(?:[ \t\u00a0]+|-)([A-Za-z]+)\b(?!-)")


def _short_time(text: str, number: numbers.NumberMention) -> Value | None:
    """A number of hours, minutes or seconds (the ``short-time`` rule): the date reader
    reads days and longer, so these are read here, quoted with their unit."""
    if number.kind != "number":
        return None
    after = _UNIT_AFTER.match(text, number.end)
    written = unit_of(after.group(1)) if after is not None else None
    if after is None or written is None or written.dimension != TIME:
        return None
    if _date_readers_unit(after.group(1)):
        return None
    end = after.end()
    if _rate(text, number.start, end):
        return None
    unit = after.group(1).casefold()
    # "two hours and 48 minutes": one amount, in its smallest unit (clock-parts); its
    # first part may be written "an" before this number ("an hour and 10 minutes")
    one = one_unit_and(text, number.start)
    parts = clock_parts(text, *one) if one is not None else None
    if parts is None or parts[2] < end:
        parts = clock_parts(text, number, written, end)
    if parts is not None:
        number, smallest, end = parts
        unit = smallest.form.casefold()
    return Value(
        number.start,
        end,
        "number",
        number=number,
        counted=(unit,),
        core=(number.start, end),
        duration=unit,
    )


def _date_readers_unit(word: str) -> bool:
    """Whether the date reader reads durations in ``word`` ("days", "yrs")."""
    folded = word.casefold()
    read = _date_reader_words()
    return folded in read or folded.removesuffix("s") in read


@functools.cache
def _date_reader_words() -> frozenset[str]:
    return frozenset(unit.word for unit in language.time_units())


# Language data, not moved this session: it differs from time_units.tsv (no "night",
# "quarter", "yr"; "three quarters" is a share) and deriving it would change what is read.
_TIME_UNITS = words(
    """second seconds minute minutes hour hours day days week weeks fortnight fortnights
    month months year years decade decades century centuries"""
)
# Code, not data: function words that end the noun a number counts.
_COUNTED_STOP = words(
    """to in at on from for with by of than as that which who and or but is are was were
    will would have has had be been"""
)


def _next_word(text: str, end: int) -> str:
    """The word right after ``end`` (lower case), or "" when something else is."""
    match = _COUNTED_WORD.match(text, end)
    return match.group(1).lower() if match is not None and match.group(1) else ""


def _counted(text: str, end: int) -> tuple[str, ...]:
    """The words a number counts: "26 foreign leaders", "thousands of its troops"; none
    from where a time is told ("reached 1,163 last year", "412 on Monday")."""
    words: list[str] = []
    time_starts = _time_starts()
    for match in _COUNTED_WORD.finditer(text[end : end + 80]):
        word = match.group(1)
        if word is None:
            break
        lower = word.lower()
        if not words and lower in ("of", *_DETERMINERS):
            continue
        if lower in _COUNTED_STOP or word in time_starts or len(words) >= 4:
            break
        words.append(lower)
    return tuple(words)


@functools.cache
def _time_starts() -> frozenset[str]:
    """Words that begin a time told, not a thing counted (data/en/time_after_counts.txt),
    and the weekdays' capitalised names ("412 Monday" is no count of Mondays)."""
    weekdays = {day.word.capitalize() for day in language.weekdays() if day.form == "name"}
    return frozenset(language.words("time_after_counts.txt")) | weekdays
