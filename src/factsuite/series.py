"""Judging a number that changes over time: a fact holding a ``series`` of points.

A policy rate after each decision, a party's seats after each election: the fact
holds ``series: [{at: <date>, value: <number>}, ...]``. A claim on it is judged
against the point of the time its sentence sets (the rule "a series is read at the
time told"):

- a number said to be the highest or lowest of the series ("peaked at 5.5%", "a
  record 58 seats"; the phrases are ``data/en/extremes.tsv``) is judged against the
  highest (or lowest) point;
- else a date in the number's own clause ("37 seats in 2023"; not one after "since",
  which tells when a running total began, nor one right after another figure, which
  is that figure's), or one opening its sentence ("In 2023, the party won 37
  seats"), sets the time: the claim agrees with any value in effect during it (the
  point in effect when it begins and those after it within it); a time before the
  first point is one the facts hold no figure for;
- else a number right after "from" in a sentence that says the figure changed
  ("fell to 44 seats from 53", "up from the 37 seats"; the words are
  ``data/changes.txt``), or right after "to" another figure and "from" ("took the
  total to 187, from 214"), is the value before the one of the article's date;
- else the article's own date: the latest point on or before it (the latest point
  of all when the article is older than the series).

The claim's kind judges it against the point chosen, as against a fact of that one
value; the message names the point's date ("the policy rate as of 2025-03-12").
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Sequence
from datetime import date
from importlib import resources
from typing import TYPE_CHECKING

import msgspec

from factsuite.daterange import DateRange
from factsuite.model import Point, QuantityFact, Verdict
from factsuite.names import fold
from factsuite.text.document import CLAUSE_BOUNDARY  # what a number's date must not cross

if TYPE_CHECKING:
    from factsuite.dates import DatesOf

_WORDS_BETWEEN = 2  # words that may stand between an extreme's phrase and the number
# "from" right before a number, a determiner or a hedge between at most.
# (and a currency sign: "up from $44.7 billion")
_FROM = re.compile(r"\bfrom\s+(?:[\w'’-]+\s+){0,2}[^\w\s]?$", re.IGNORECASE)


@functools.cache
def extremes() -> dict[str, str]:
    """Phrase (folded) -> "max" or "min": the phrases said right before a number
    (data/en/extremes.tsv)."""
    from factsuite import language

    return {fold(e.phrase): e.which for e in language.extremes() if e.place == "before"}


@functools.cache
def clause_extremes() -> dict[str, str]:
    """Phrase (folded) -> "max" or "min": the phrases that set a whole clause at the
    series' highest or lowest ("At its peak it supplied more than 20%")."""
    from factsuite import language

    return {fold(e.phrase): e.which for e in language.extremes() if e.place == "clause"}


def extreme_said(sentence: str, at: int, end: int) -> str | None:
    """ "max" or "min" when the number at ``[at, end)`` of ``sentence`` is said to be
    its series' highest or lowest: a phrase right before it (``extreme_before``), or
    one anywhere in its clause, or in the sentence's opening phrase right before its
    clause, that sets the clause at the peak ("at its peak", "at the height of").
    Rule ``extreme``."""
    start = _clause_start(sentence, at)
    which = extreme_before(sentence[start:at])
    if which is not None:
        return which
    said = [sentence[start : _clause_end(sentence, end)]]
    if _in_opening_phrase(sentence, 0, 0, at):
        # the sentence's opening phrase sets the clause right after it ("At the height
        # of the outage, 148,000 homes were in the dark"), as its date would
        said.append(sentence[: _clause_end(sentence, 0)])
    for text in said:
        clause = f" {' '.join(fold(text).split())} "
        found = next(
            (w for phrase, w in clause_extremes().items() if f" {phrase} " in clause), None
        )
        if found is not None:
            return found
    return None


@functools.cache
def changes() -> frozenset[str]:
    """The words that say a figure changed, folded, from data/changes.txt."""
    text = resources.files("factsuite").joinpath("data/changes.txt").read_text("utf-8")
    return frozenset(
        fold(line) for line in text.splitlines() if line.strip() and not line.startswith("#")
    )


@functools.cache
def _relative_to_event() -> re.Pattern[str]:
    """ "the week before the ceremony": a unit of time, a word of data/event_relative.txt,
    and the event's determiner."""
    from factsuite import language

    text = resources.files("factsuite").joinpath("data/event_relative.txt").read_text("utf-8")
    joins = [line for line in text.splitlines() if line.strip() and not line.startswith("#")]
    units = sorted({u.word for u in language.time_units()}, key=len, reverse=True)
    return re.compile(
        rf"\b(?:the|that)\s+(?:{'|'.join(units)})s?\s+(?:{'|'.join(map(re.escape, joins))})"
        r"\s+(?:the|its|his|her|their|this|that)\b",
        re.IGNORECASE,
    )


def relative_to_event(sentence: str) -> str | None:
    """The period ``sentence`` sets against an event ("the week before the ceremony"),
    if any: a time told, though no date."""
    match = _relative_to_event().search(sentence)
    return match.group() if match else None


def changed_from(sentence: str, at: int) -> bool:
    """Whether the number at ``at`` of ``sentence`` is what a figure changed from:
    right after "from", in a sentence that says it changed before that, or right
    after "to" another figure ("taking the total to 187, from 214": the change is
    told by its two ends, whatever the verb)."""
    match = _FROM.search(sentence, max(0, at - 40), at)
    if match is None:
        return False
    if _TO_FIGURE_BEFORE.search(sentence, max(0, match.start() - 40), match.start()):
        return True
    said = f" {' '.join(fold(sentence[: match.start()]).split())} "
    return any(f" {word} " in said for word in changes())


# "to 8.7% from", "to £4,132, from", "to 42,000 visas from": "to", a figure (a
# currency sign before it, a unit or one word after it) and a comma at most before
# the "from" of the figure a change came from.
_TO_FIGURE_BEFORE = re.compile(
    r"\bto\s+[^\w\s]{0,3}\d[\d.,]*(?:\s*%|\s*[A-Za-z]+)?\s*,?\s*$", re.IGNORECASE
)


@functools.cache
def _earlier_words() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The patterns of data/en/earlier_words.tsv: a word before a figure (up to three
    words between, read back from it) and one after it (up to four between)."""
    from factsuite import language

    rows = language.earlier_words()
    space = r"\s+"
    before = language.alternation([w.word for w in rows if w.side == "before"], space)
    after = language.alternation([w.word for w in rows if w.side == "after"], space)
    return (
        re.compile(rf"\b(?:{before})\b(?:\W+[\w'’-]+){{0,3}}\W*$", re.I),
        re.compile(rf"^(?:\W*[\w'’-]+){{0,4}}?\W*\b(?:{after})\b", re.I),
    )


# A figure right after "from" and before "to" and another figure: "lifted his offer
# from 2.5% to 3.2%" says the first is an earlier value, whatever the verb.
_TO_FIGURE = re.compile(r"\s*(?:[^\w\s]{1,3}\s*)?to\s+[^\w\s]{0,3}\d", re.I)


def told_earlier(sentence: str, at: int, end: int) -> bool:
    """Whether the words of its clause tell that the figure at ``[at, end)`` is an
    earlier value of its series than today's: a word of data/en/earlier_words.tsv before
    it ("the previous record, $172.5 million") or after it ("$2,150 a tonne a year
    earlier"), or "from" before it and "to" another figure after ("from 2.5% to
    3.2%"). Rule ``told-earlier``."""
    clause_end = _clause_end(sentence, end)
    before, after = _earlier_words()
    # Read back across a comma: the figure may stand in apposition ("The previous
    # record, $172.5 million,"); the three words between keep it near.
    if before.search(sentence[max(0, at - 60) : at]) or after.search(sentence[end:clause_end]):
        return True
    return bool(_FROM.search(sentence, max(0, at - 40), at)) and bool(
        _TO_FIGURE.match(sentence, end)
    )


def told_next(
    sentence: str, at: int, reference: date, upcoming: Point, find: DatesOf | None = None
) -> bool:
    """Whether the sentence tells the figure at ``at`` as a value still to come, the
    ``upcoming`` point of its series (one after the article's date: a rate cut from
    July, announced in March): a word of the future before it in its sentence ("the
    rate would fall to 22%", "fares will rise to £4.20"), or a date of the sentence
    that holds the day the point takes effect ("from 24% to 22%, ... from July").
    Rule ``told-next``."""
    from factsuite import dates

    if dates.tells_what_is_to_come(sentence[:at]):
        return True
    # Any reading: "from July", in March, is next July, whichever July is nearer.
    return any(
        reading.start <= upcoming.at.start <= reading.end
        for m in (find or dates.find_dates)(sentence, reference)
        if m.kind in ("absolute", "relative")
        for reading in m.readings
    )


def extreme_before(before: str) -> str | None:
    """ "max" or "min" when the words right before a number (``before``, the text of
    its clause up to it) say it is the series' highest or lowest, else None."""
    folded = fold(before).split()
    for phrase, which in extremes().items():
        words = phrase.split()
        for gap in range(_WORDS_BETWEEN + 1):
            end = len(folded) - gap
            if end >= len(words) and folded[end - len(words) : end] == words:
                return which
    return None


def time_told(
    sentence: str, at: int, end: int, reference: date, find: DatesOf | None = None
) -> DateRange | None:
    """The time the sentence sets for the number at ``[at, end)`` of it: a date in its
    clause (the nearest), else one that opens the sentence; None when neither.
    ``find`` reads the sentence's dates (an article's Readings: once for its claims)."""
    from factsuite import dates

    found = [
        m
        for m in (find or dates.find_dates)(sentence, reference)
        if m.kind in ("absolute", "relative") and m.readings and (m.end <= at or m.start >= end)
    ]
    if not found:
        return None
    clause_start = _clause_start(sentence, at)
    clause_end = _clause_end(sentence, end)
    own = [
        m
        for m in found
        if m.start >= clause_start
        and m.end <= clause_end
        # "from 86.1% in 2023 to 89.2%": a date before "to" is the figure's it came from
        and not (m.end <= at and _CHANGED_TO.match(sentence, m.end, at))
        # "to 24,310 this year from 27,900 in 2022": a date after another figure is
        # that figure's
        and not (m.start >= end and _FIGURE.search(sentence, end, m.start))
        # "1,870 tonnes last year against 2,340 tonnes the year before": a date right
        # after another figure before this one is that figure's
        and not (m.end <= at and _AFTER_A_FIGURE.search(sentence, max(0, m.start - 40), m.start))
        and not _since_start(sentence, m.start)
    ]
    if own:
        # the nearest; as near either side, the one after ("from 61,400 in 1988 to
        # 118,900 in 2000": 118,900 is of 2000), as "a figure in a year" writes it
        nearest = min(own, key=lambda m: (at - m.end, 1) if m.end <= at else (m.start - end, 0))
        return nearest.readings[0]
    comma = clause_start - 1
    if comma >= 0 and sentence[comma] == "," and _WHEN_OPENS.match(sentence, clause_start):
        # "smaller than it was in 2009, when 21 boats started": a "when" clause is set
        # at the date right before its comma (rule ``when-clause-time``)
        for m in found:
            if m.end <= comma and not sentence[m.end : comma].strip():
                return m.readings[0]
    opening = found[0]
    first_boundary = CLAUSE_BOUNDARY.search(sentence)
    if (
        opening.end <= at
        and first_boundary is not None
        and opening.end <= first_boundary.start()
        and _opens_the_sentence(sentence[: opening.start])  # "In 2023, ..."
    ):
        return opening.readings[0]
    if opening.end <= at and _in_opening_phrase(sentence, opening.start, opening.end, at):
        return opening.readings[0]
    return None


@functools.cache
def _opening_words() -> re.Pattern[str]:
    """The first word of a sentence's opening phrase (data/en/opening_phrases.txt)."""
    from factsuite import language

    return re.compile(
        r"\s*(?:" + language.alternation(language.words("opening_phrases.txt")) + r")\b", re.I
    )


def _opens_the_sentence(before: str) -> bool:
    """Whether a date after ``before`` opens its sentence: nothing before it, or one
    word of data/en/opening_phrases.txt ("In 2023, ..."; not "Until 2023, ...", whose
    date ends a period)."""
    words = before.split()
    return not words or (len(words) == 1 and _opening_words().fullmatch(words[0]) is not None)


def _in_opening_phrase(sentence: str, start: int, end: int, at: int) -> bool:
    """Whether the date at ``[start, end)`` stands in the sentence's opening phrase
    and the figure at ``at`` in the clause right after it (rule
    ``opening-phrase-time``): the sentence opens with a word of
    data/en/opening_phrases.txt, no clause boundary comes before the date, and exactly
    one comes between the date and the figure ("When ministers approved the project
    in November 2021, it was expected to cost £3.1 billion")."""
    if not _opening_words().match(sentence) or CLAUSE_BOUNDARY.search(sentence, 0, start):
        return False
    boundary = CLAUSE_BOUNDARY.search(sentence, end, at)
    return boundary is not None and CLAUSE_BOUNDARY.search(sentence, boundary.end(), at) is None


# A clause that opens with "when" ("in June 2023, when it put the cost at 8.5 billion
# euros"): the date right before its comma is its time.
_WHEN_OPENS = re.compile(r"\s*when\b", re.I)
# A figure written in digits ("27,900", "£3.2m").
_FIGURE = re.compile(r"\d")
# A figure and at most two words (its unit, "in") right before a date: "1,870 tonnes
# last year", "5% in 2023". The date is that figure's.
_AFTER_A_FIGURE = re.compile(r"\d[\d,.]*\s*%?(?:\s+[^\W\d]+){0,2}\s+$")
# "since" and a few words, no comma: "doses given since the campaign began on Nov. 6",
# "households rehoused since June 2024". The date is when a running total began.
_SINCE_BEFORE = re.compile(r"\bsince\b[^,;:.\d]{0,40}$", re.I)


def _since_start(sentence: str, start: int) -> bool:
    """Whether the date at ``start`` follows "since" in its phrase (rule
    ``since-start``): it tells when a running total began, not the time of its
    figure, which is the time the sentence is told ("2.39 million doses since its
    campaign began on Nov. 6", in February's news, is February's figure)."""
    return _SINCE_BEFORE.search(sentence, max(0, start - 60), start) is not None


# "to" right before a figure, after a date: the figure a change came to.
_CHANGED_TO = re.compile(r"[\s,]*to\s+[^\s\d]{0,4}$", re.I)


def in_effect(series: Sequence[Point], time: DateRange) -> list[Point]:
    """The points whose value held at some day of ``time``: the one in effect when
    it begins, and those that began within it."""
    before = [p for p in series if p.at.start <= time.start]
    within = [p for p in series if time.start < p.at.start <= time.end]
    return ([before[-1]] if before else []) + within


def point_before(series: Sequence[Point], point: Point) -> Point | None:
    """The point in effect before ``point`` started, or None for the first."""
    earlier = [p for p in series if p.at.start < point.at.start]
    return earlier[-1] if earlier else None


def latest_by(series: Sequence[Point], day: date) -> Point:
    """The latest point on or before ``day``; the latest of all when none is."""
    on_or_before = [p for p in series if p.at.start <= day]
    return on_or_before[-1] if on_or_before else series[-1]


def at_point(fact: QuantityFact, point: Point, how: str) -> QuantityFact:
    """The fact as of one point: its value, and a label that says which point."""
    what = fact.label or fact.id
    return msgspec.structs.replace(
        fact, value=point.value, low=None, high=None, series=(), label=f"{what} {how}"
    )


Judged = tuple[Verdict, str, str, str]  # verdict, stated, expected, message


def judge_series(
    fact: QuantityFact,
    sentence: str,
    at: int,
    end: int,
    reference: date,
    judge: Callable[[QuantityFact], Judged],
    told: DateRange | None = None,
    find: DatesOf | None = None,
) -> Judged:
    """The judgement on the number at ``[at, end)`` of ``sentence`` against the point
    of the series the sentence means; ``judge`` judges it against a fact of one value.
    ``told``: the time a person gave the claim (its ``at``), which the sentence's
    words do not override. ``find`` reads the sentence's dates, as for ``time_told``."""
    series = fact.series
    which = None if told else extreme_said(sentence, at, end)
    if which is not None:
        pick = max if which == "max" else min
        point = pick(series, key=lambda p: p.value)
        word = "highest" if which == "max" else "lowest"
        return judge(at_point(fact, point, f"at its {word} (from {point.at})"))
    time = told or time_told(sentence, at, end, reference, find)
    if time is None:
        point = latest_by(series, reference)
        # A point after the article's date is a change already announced ("the rate
        # will fall to 22% from July"): the change a sentence tells may be that one.
        upcoming = next((p for p in series if p.at.start > reference), None)
        if changed_from(sentence, at) and (before := point_before(series, point)) is not None:
            changed = judge(at_point(fact, before, f"before its latest change (from {before.at})"))
            if changed[0] is Verdict.AGREES or upcoming is None:
                return changed
            # "would fall to 22% from 24%": today's value is what the next change is from
            today = judge(at_point(fact, point, f"as of {point.at}, before its next change"))
            return today if today[0] is Verdict.AGREES else changed
        now = judge(at_point(fact, point, f"as of {point.at}"))
        if (
            now[0] is not Verdict.AGREES
            and upcoming is not None
            and told_next(sentence, at, reference, upcoming, find)
        ):
            then = judge(at_point(fact, upcoming, f"from {upcoming.at}, as announced"))
            if then[0] is Verdict.AGREES:
                return then
        if now[0] is not Verdict.AGREES and told_earlier(sentence, at, end):
            # "the previous record, $172.5 million": any earlier point, latest first
            for earlier in reversed([p for p in series if p.at.start < point.at.start]):
                then = judge(at_point(fact, earlier, f"as of {earlier.at}, an earlier figure"))
                if then[0] is Verdict.AGREES:
                    return then
        return now
    points = in_effect(series, time)
    if not points:
        first = series[0]
        return (
            Verdict.UNVERIFIABLE,
            sentence[at:end],
            "",
            f"unverifiable: the sentence speaks of {time}, but the facts hold"
            f" {fact.label or fact.id} only from {first.at} on",
        )
    judged = [judge(at_point(fact, p, f"as of {p.at}")) for p in points]
    for one in judged:
        if one[0] is Verdict.AGREES:
            return one
    if (
        len(points) == 1
        and changed_from(sentence, at)
        and (before := point_before(series, points[0])) is not None
    ):
        # "On Friday the alert level came down from 4 to 3": the time told may be the
        # change's, and the figure it changed from the point in effect before it
        changed = judge(at_point(fact, before, f"before its change (from {before.at})"))
        if changed[0] is Verdict.AGREES:
            return changed
    if len(points) == 1:
        return judged[-1]
    verdict, stated, expected, message = judged[-1]
    values = ", ".join(f"{judged[i][2]} from {p.at}" for i, p in enumerate(points))
    return verdict, stated, expected, f"{message} (during {time} it was {values})"


def _clause_start(sentence: str, at: int) -> int:
    start = 0
    for match in CLAUSE_BOUNDARY.finditer(sentence, 0, at):
        start = match.end()
    return start


def _clause_end(sentence: str, end: int) -> int:
    """Where the clause holding ``end`` stops: at the next clause boundary, or the
    sentence's end."""
    stop = CLAUSE_BOUNDARY.search(sentence, end)
    return stop.start() if stop else len(sentence)
