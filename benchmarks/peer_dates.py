"""How well factsuite.dates reads the peer suites' date phrasings, and how fast.

Run from the repository root:  python benchmarks/peer_dates.py [--failures N]

Reads the Recognizers-Text and duckling cases in shared/benchmarks/peer beside the
checkout or one of its parents (see its README for the line format and both suites'
conventions) and prints accuracy per category, with lines flagged not_supported /
ref_impl_fails / ambiguous counted separately as "disputed". A line is correct when
every expected date, date range and duration in it is found with the right value, and
nothing else is reported outside its ``ignore`` spans.

Conventions, applied the same way to every line:
- our first reading is the one scored ("any reading" is shown beside it);
- a date without a year matches when our first reading is any of its candidates;
- range ends are exclusive in both files; Recognizers-Text A-to-B ranges also leave
  B out ("2014 to 2018" ends 2018-01-01), so on lines carrying that flag our range
  is also compared as ending at the start of its last unit;
- "N units ago" / "from now": factsuite reads them as the calendar unit N back plus
  every day from which N whole units have passed (one hull); the suites name one day
  or month inside it. Such a mention is scored as a date, and a suite value inside
  our reading counts as a match, tallied separately;
- out of scope, and so treated as ignore spans: durations under a day and times of
  day (news claims are about dates), open-ended ranges ("after 2018", "since
  tomorrow": a DateRange is closed), dates the suite could not resolve ("Feb 30").
  Their counts are printed, not hidden; a line with nothing left in scope is counted
  under "out of scope". The numeral and ordinal categories belong to the number
  reader and are only listed.
- news conventions: where a suite, written for assistants, reads a phrase otherwise
  than a news reader does ("monday" is the next one to duckling, the nearest one in
  news; "the month" alone is this month to Recognizers-Text, no date in news), an
  undisputed line whose only failures are such phrases is not scored but counted in
  the "convention" column, and each class is listed with its line count and reason
  (CONVENTIONS below). A class covers a way of reading, never a hard phrase: where
  news reads the phrase the suite's way and we do not, the line stays a failure.
"""

from __future__ import annotations

import argparse
import calendar
import json
import random
import re
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from peer_suites import find_peer

from factsuite.daterange import DateRange, Precision, add_years
from factsuite.dates import DateMention, find_dates

PEER = find_peer()
Json = dict[str, Any]
FILES = ["rt_en_datetime.jsonl", "duckling_en.jsonl"]
DISPUTE_FLAGS = ("not_supported", "ref_impl_fails", "ambiguous")
A_TO_B = "A-to-B range"
SECONDS = {"days": 86400.0, "weeks": 7 * 86400.0, "months": 30 * 86400.0, "years": 365 * 86400.0}
AGO = re.compile(r"\b(?:ago|back|hence|from now|from today)\b", re.I)
GROUPS = {
    "absolute": (
        "date_absolute",
        "daterange_absolute",
        "date_absolute_partial",
        "daterange_absolute_partial",
    ),
    "relative": ("date_relative", "daterange_relative"),
    "duration": ("duration", "duration_negative"),
    "no date (negatives)": ("datetime_negative",),
    "holidays": ("holiday_date", "holiday_daterange"),
}
NOT_DATES = ("number_digits", "number_mixed", "number_words", "ordinal")


@dataclass(frozen=True)
class Convention:
    """A way news reads a phrase that an assistant-oriented suite reads otherwise.

    ``surface`` must match the suite's surface; ``read`` says whether we read something
    there ("yes": and ``agrees`` then compares our reading with the suite's; "no": we
    read nothing, or nothing of a scored type, and ``unread``, if given, confirms it is
    for the reason the class gives; None: either)."""

    name: str
    why: str
    surface: re.Pattern[str]
    read: str | None = None
    agrees: Callable[[DateMention, list[DateRange], date], bool] | None = None
    unread: Callable[[str, date], bool] | None = None


def _later_occurrence(m: DateMention, targets: list[DateRange], ref: date) -> bool:
    """The suite names a later occurrence of what we read, one still to come: our other
    reading, the same days a year on (a weekday a week on), or the same weekday and day
    of the month ("Thu 15th")."""
    first = m.readings[0]
    others = {(r.start, r.end) for r in m.readings[1:]}
    week = timedelta(days=7)
    for t in targets:
        if t.start <= max(first.start, ref):
            continue
        if (t.start, t.end) in others or t.start - first.start == t.end - first.end == week:
            return True
        if (t.start, t.end) == (add_years(first.start, 1), add_years(first.end, 1)):
            return True
        same_days = (t.start.day, t.start.weekday()) == (first.start.day, first.start.weekday())
        if first.is_single_day and t.is_single_day and same_days:
            return True
    return False


def _other_reading(m: DateMention, targets: list[DateRange], ref: date) -> bool:
    later = [(r.start, r.end) for r in m.readings[1:]]
    return any((t.start, t.end) in later for t in targets)


_PART = re.compile(r"\b(?:early|earlier|late|later|beginning|start|middle|mid|end|close)\b", re.I)


def _part_with_an_edge(m: DateMention, targets: list[DateRange], ref: date) -> bool:
    """We read the part ("late this year", not just "this year") and it starts or ends
    with the suite's."""
    r = m.readings[0]
    return bool(_PART.search(m.text)) and any(t.start == r.start or t.end == r.end for t in targets)


def _same_season(m: DateMention, targets: list[DateRange], ref: date) -> bool:
    r = m.readings[0]
    return r.precision == Precision.MONTH and any(
        t.start <= r.end and r.start <= t.end for t in targets
    )


def _counted_span(m: DateMention, targets: list[DateRange], ref: date) -> bool:
    """We read the whole count ("upcoming two years"), as news means it."""
    return bool(re.search(r"\d|\b(?:two|three|four|five|six|seven|eight|nine|ten)\b", m.text, re.I))


def _week_to_sunday(m: DateMention, targets: list[DateRange], ref: date) -> bool:
    r = m.readings[0]
    return r.end.weekday() == 6 and any(
        (t.start, t.end) == (r.start, r.end - timedelta(days=1)) for t in targets
    )


def _to_the_article_day(m: DateMention, targets: list[DateRange], ref: date) -> bool:
    r = m.readings[0]
    return r.end == ref and any(
        (t.start, t.end) == (r.start, ref - timedelta(days=1)) for t in targets
    )


def _read_as_news_writes_it(surface: str, ref: date) -> bool:
    """The phrase is read once its day or month names are capitalised, abbreviations
    with their full stop ("sat" as "Sat.", "march first" as "March first")."""
    text = re.sub(
        r"\b(sun|sat|wed|thu|thur|thurs|fri|tue|tues|mon)\b\.?",
        lambda w: w[1].title() + ".",
        surface,
    )
    text = re.sub(r"\b(march|may)\b", lambda w: w[1].title(), text)
    whole = re.sub(r"^(?:on\s+)?(?:the\s+)?", "", text)
    return any(m.text == whole for m in find_dates(text, ref))


_UNIT = r"(?:day|week|month|quarter|qtr|year)s?"
_LOWER_CASE = re.compile(
    r"^[^A-Z]*\b(?:sun|sat|wed|thu|thur|thurs|fri|tue|tues|mon|march|may)\b[^A-Z]*$"
)
_NTH_WORD = r"(?:first|second|third|fourth|fifth|last|1st|2nd|3rd|4th|5th)"
CONVENTIONS = [
    Convention(
        "early/late/beginning/end of a period; earlier/later this one",
        "news splits a year, month or week in thirds (early 2017 is January to April) and "
        "runs 'later this week' from the article's day; the suites halve or quarter them",
        _PART,
        "yes",
        _part_with_an_edge,
    ),
    Convention(
        "'the last/next N units': the rolling N units first",
        "'in the last two months' in news is the two months up to the article's day; the "
        "calendar months the suite names are our second reading",
        re.compile(r"\b(?:last|past|next|coming|previous)\s+\S+\s+" + _UNIT + r"\b", re.I),
        "yes",
        _other_reading,
    ),
    Convention(
        "'upcoming N units' is the N units to come",
        "news reads 'the upcoming two years' as both years; duckling names the second only",
        re.compile(r"\bupcoming\b", re.I),
        "yes",
        _counted_span,
    ),
    Convention(
        "'last September': the last September there was first",
        "news means the most recent one; RT means September of last year (our second reading)",
        re.compile(r"^(?:last|past)\s+[a-z]+\.?$", re.I),
        "yes",
        _other_reading,
    ),
    Convention(
        "a date without its year, or a weekday: the nearest, the past one first",
        "news reports what has happened; duckling takes the next one to come",
        re.compile(r"^(?!.*\d{4}).*$", re.I),
        "yes",
        _later_occurrence,
    ),
    Convention(
        "seasons are whole months",
        "news's summer is June to August; duckling's runs from solstice to equinox",
        re.compile(r"\b(?:spring|summer|autumn|fall|winter)\b", re.I),
        "yes",
        _same_season,
    ),
    Convention(
        "'this season', 'last season'",
        "in news a sports or fashion season, not a quarter of the calendar",
        re.compile(r"\bseasons?\b", re.I),
        "no",
    ),
    Convention(
        "'the following week', 'the day before', 'the next day' point back",
        "news counts them from a time the story told, not from the article's day (see the "
        "dates module's doc)",
        re.compile(
            r"\b(?:following|previous)\s+" + _UNIT + r"\b|\b(?:day|week|month|year)\s+"
            r"(?:before|after)\W*$|\b(?:next|last)\s+day\b",
            re.I,
        ),
        "no",
    ),
    Convention(
        "a unit alone: 'the day', 'the month', 'partner of the year', 'my week'",
        "no word counts it, so it names no date in news ('employee of the month')",
        re.compile(r"^(?:the|my|this)\s+(?:day|week|weekend|month|year)$", re.I),
        "no",
    ),
    Convention(
        "a day of the month alone: 'on the 15th', 'the 1st'",
        "in news it refers to a month the story told, not to the article's month",
        re.compile(r"^(?:on\s+)?the\s+(?:\d{1,2}(?:st|nd|rd|th)|first|second|third|\w+th)$", re.I),
        "no",
    ),
    Convention(
        "a bare '2/15' or '2-15'",
        "in news a fraction, ratio or score unless a word introduces a date ('on 2/15')",
        re.compile(r"^\d{1,2}\s*[/-]\s*\d{1,2}$", re.I),
        "no",
    ),
    Convention(
        "day and month names in lower case that are words or lack their full stop",
        "news capitalises them; 'sun', 'sat.', 'march first' are words, 'thu' a name as often",
        _LOWER_CASE,
        "no",
        unread=_read_as_news_writes_it,
    ),
    Convention(
        "a month's name alone",
        "'May', 'March', 'June' alone are also a verb, a noun and a name; news dates them "
        "with a word ('in March')",
        re.compile(r"^(?:" + "|".join(calendar.month_name[1:]) + r")$"),
        "no",
    ),
    Convention(
        "'in a week' is elapsed time",
        "news reads it as how long, unless a word of the future says it is to come (see the "
        "dates module's doc)",
        re.compile(r"^in\s+\S+\s+" + _UNIT + r"$", re.I),
        "no",
    ),
    Convention(
        "'week 31': a week number",
        "in news a week of a season or campaign ('Week 10' of the NFL), not of the ISO year",
        re.compile(r"\bweek\s+\d{1,2}\b", re.I),
        "no",
    ),
    Convention(
        "an ordinal weekday without its month: 'second Sunday'",
        "in news 'a second Sunday' counts Sundays (of protests); 'of each month' is a schedule",
        re.compile(r"^" + _NTH_WORD + r"\s+\w+day$", re.I),
        None,
    ),
    Convention(
        "a quarter without its year: 'third quarter', 'the 3rd qtr'",
        "in news a game's period as often as a year's ('scored in the third quarter')",
        re.compile(r"^(?:the\s+)?" + _NTH_WORD + r"\s+(?:quarter|qtr)$", re.I),
        "no",
    ),
    Convention(
        "'rest of the week' runs to Sunday",
        "our week is Monday to Sunday (ISO 8601); both suites stop the rest of it on Saturday",
        re.compile(r"\b(?:rest|remaining|remainder)\b", re.I),
        "yes",
        _week_to_sunday,
    ),
    Convention(
        "'all week' is how long",
        "news reads 'all week' as a length (a week), not as which week",
        re.compile(r"^all\s+(?:day|week|month|year)$", re.I),
        "no",
    ),
    Convention(
        "'tomorrows' is a noun",
        "in news the plural means futures, not a day",
        re.compile(r"\btomorrows\b", re.I),
        "no",
    ),
    Convention(
        "'at this time' is now",
        "in news 'at this time' means 'currently', not a day anything is dated to",
        re.compile(r"^at\s+this\s+time$", re.I),
        "no",
    ),
    Convention(
        "'year to date' runs to the article's day",
        "news's year-to-date figures are as of the article's day; RT stops the day before",
        re.compile(r"\byear\s+to\s+date\b", re.I),
        "yes",
        _to_the_article_day,
    ),
]


@dataclass
class Tally:
    clean: int = 0
    clean_ok: int = 0
    clean_any: int = 0
    convention: int = 0
    disputed: int = 0
    disputed_ok: int = 0
    out_of_scope: int = 0
    failures: list[str] = field(default_factory=list)

    def add(self, other: Tally) -> None:
        self.convention += other.convention
        self.clean += other.clean
        self.clean_ok += other.clean_ok
        self.clean_any += other.clean_any
        self.disputed += other.disputed
        self.disputed_ok += other.disputed_ok
        self.out_of_scope += other.out_of_scope


def _d(text: str) -> date:
    return date.fromisoformat(text)


def _pct(ok: int, n: int) -> str:
    return f"{100.0 * ok / n:5.1f}%" if n else "    -"


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _our_type(m: DateMention) -> str | None:
    if m.kind == "duration":
        return "duration"
    if m.kind in ("absolute", "relative") and m.readings:
        if AGO.search(m.text):
            return "date"  # the suites name one day for "N units ago"; see the module doc
        return "date" if m.readings[0].is_single_day else "daterange"
    return None


def _last_unit_start(r: DateRange) -> date:
    if r.precision >= Precision.DAY:
        return r.end
    if r.precision == Precision.MONTH:
        return r.end.replace(day=1)
    return r.end.replace(month=1, day=1)


def _scope(exp: Json) -> str | None:
    """Why an expected entity is out of scope, or None."""
    if exp["type"] == "duration":
        seconds = float(exp["seconds"])
        return None if seconds >= 86400 and seconds % 86400 == 0 else "time of day / under a day"
    if exp.get("value") == "not resolv" or str(exp.get("value", "")).startswith("0001"):
        return "date the suite could not resolve"
    if exp["type"] == "daterange":
        cands = exp.get("candidates")
        if exp.get("start") is None and exp.get("end") is None and not cands:
            return "range the suite did not resolve"
        pairs = cands if isinstance(cands, list) and cands else [exp]
        for p in pairs:
            if isinstance(p, dict) and (p.get("start") is None or p.get("end") is None):
                return "open-ended range"
    return None


_TIMEX_SPAN = re.compile(r"\((\d{4}-\d\d-\d\d),(\d{4}-\d\d-\d\d),P(\d+)D\)")


def _exclusive_end(exp: Json, start: date, end: date) -> date:
    """The exclusive end of a suite range. Recognizers-Text writes two "rest of" spans
    with their last day where its own timex's duration says the end is the day after:
    "rest of the month" is (2016-11-07,2016-11-30,P24D), and 2016-11-07 + 24 days is
    2016-12-01. The duration is the suite's value; the converted end is not."""
    m = _TIMEX_SPAN.fullmatch(str(exp.get("timex", "")))
    if m and (_d(m[1]), _d(m[2])) == (start, end):
        by_duration = start + timedelta(days=int(m[3]))
        if by_duration == end + timedelta(days=1):
            return by_duration
    return end


def _value_ok(exp: Json, m: DateMention, reading: DateRange, a_to_b: bool) -> str | None:
    """'exact', 'ago' (suite value inside our hull) or None."""
    if exp["type"] == "duration":
        if m.duration is None:
            return None
        ours = m.duration.amount * SECONDS[m.duration.unit]
        if abs(ours - float(exp["seconds"])) > 1:
            return None
        mod = exp.get("mod")
        hedge = m.duration.hedge
        if mod == "more" and hedge not in ("more_than", "at_least"):
            return None
        if mod == "less" and hedge not in ("fewer_than", "at_most"):
            return None
        return "exact"
    targets = _targets(exp, a_to_b)
    for t in targets:
        if (t.start, t.end) == (reading.start, reading.end):
            return "exact"
        if a_to_b and (t.start, t.end) == (reading.start, _last_unit_start(reading)):
            return "exact"
    if AGO.search(m.text) and any(reading.contains(t) for t in targets):
        return "ago"
    return None


def _targets(exp: Json, a_to_b: bool) -> list[DateRange]:
    """The days a suite's date or range may be, end inclusive."""
    targets: list[DateRange] = []
    if exp["type"] == "date":
        values = exp.get("candidates") or [exp.get("value")]
        for v in values:
            if isinstance(v, str) and v[:1].isdigit():
                targets.append(DateRange.day(_d(v)))
    else:
        pairs = exp.get("candidates") or [exp]
        for p in pairs:
            if isinstance(p, dict) and p.get("start") and p.get("end"):
                start, end = _d(p["start"]), _exclusive_end(exp, _d(p["start"]), _d(p["end"]))
                targets.append(DateRange(start, max(start, end - timedelta(days=1))))
                if a_to_b:
                    targets.append(DateRange(start, max(start, end)))
    return targets


def _convention(exp: Json, m: DateMention | None, ref: date, a_to_b: bool) -> str | None:
    """The news convention that explains a failure on ``exp``, if one does."""
    surface = str(exp["surface"]).strip()
    for c in CONVENTIONS:
        if not c.surface.search(surface):
            continue
        if m is None or not m.readings:
            if c.read != "yes" and (c.unread is None or c.unread(surface, ref)):
                return c.name
            continue
        if c.read == "no":
            continue
        if c.agrees is None or (
            exp["type"] != "duration" and c.agrees(m, _targets(exp, a_to_b), ref)
        ):
            return c.name
    return None


def score_line(line: Json, conventions: Counter[str]) -> tuple[bool, bool, bool, str, list[str]]:
    """(in scope, correct on first reading, correct on any reading, what went wrong, and
    the news conventions that explain every failure, or [] where they do not)."""
    ref_text = line.get("reference_date")
    reference = _d(str(ref_text)) if ref_text else date(2016, 11, 7)
    text = str(line["text"])
    scored = set(line["scored_types"])
    flags = line["flags"]
    a_to_b = any(A_TO_B in a for a in flags.get("ambiguous", []))
    ignore = [tuple(i["span"]) for i in line["ignore"]]
    expected = []
    for exp in line["expected"]:
        if exp["type"] not in scored:
            continue
        why = _scope(exp)
        if why:
            conventions["out of scope: " + why] += 1
            ignore.append(tuple(exp["span"]))
        else:
            expected.append(exp)
    if line["expected"] and not expected:
        return False, False, False, "", []
    preds = []
    for m in find_dates(text, reference):
        t = _our_type(m)
        if t is None or t not in scored:
            continue
        if any(_overlaps((m.start, m.end), sp) for sp in ignore):
            continue
        preds.append(m)
    used: set[int] = set()
    ok_first = ok_any = True
    notes = []
    explained: list[str | None] = []
    for exp in expected:
        span = tuple(exp["span"])
        hit = next(
            (i for i, m in enumerate(preds) if i not in used and _overlaps((m.start, m.end), span)),
            None,
        )
        if hit is None:
            ok_first = ok_any = False
            notes.append(f"missed {exp['surface']!r}")
            explained.append(_convention(exp, None, reference, a_to_b))
            continue
        used.add(hit)
        m = preds[hit]
        first = (
            _value_ok(exp, m, m.readings[0], a_to_b)
            if m.readings
            else _value_ok(exp, m, DateRange.day(reference), a_to_b)
        )
        if first == "ago":
            conventions["'N units ago' read as a hull containing the suite's value"] += 1
        if first is None:
            ok_first = False
            shown = [str(r) for r in m.readings] or [str(m.duration)]
            notes.append(f"{m.text!r} -> {shown} expected {_show(exp)}")
            explained.append(_convention(exp, m, reference, a_to_b))
            if not any(_value_ok(exp, m, r, a_to_b) for r in m.readings[1:]):
                ok_any = False
    for i, m in enumerate(preds):
        if i not in used:
            ok_first = ok_any = False
            notes.append(f"extra {m.text!r} -> {[str(r) for r in m.readings] or m.duration}")
            explained.append(None)
    names = [e for e in explained if e is not None]
    return True, ok_first, ok_any, "; ".join(notes), names if len(names) == len(explained) else []


def _show(exp: Json) -> str:
    keys = ("value", "candidates", "start", "end", "seconds", "mod")
    return str({k: exp[k] for k in keys if exp.get(k) is not None})


def accuracy(failures: int, show_conventions: bool = False) -> None:
    grand: dict[str, Tally] = defaultdict(Tally)
    conventions: Counter[str] = Counter()
    by_class: Counter[str] = Counter()
    class_lines: dict[str, list[str]] = defaultdict(list)
    for name in FILES:
        lines = [json.loads(x) for x in (PEER / name).read_text(encoding="utf-8").splitlines()]
        per_cat: dict[str, Tally] = defaultdict(Tally)
        for line in lines:
            cat = line["category"]
            t = per_cat[cat]
            if cat in NOT_DATES:
                t.out_of_scope += 1
                continue
            disputed = any(line["flags"].get(f) for f in DISPUTE_FLAGS)
            in_scope, ok, ok_any, note, news = score_line(line, conventions)
            if not in_scope:
                t.out_of_scope += 1
                continue
            if disputed:
                t.disputed += 1
                t.disputed_ok += ok
            elif not ok and news:
                # only news conventions differ: not scored, counted per class
                t.convention += 1
                for kind in dict.fromkeys(news):
                    by_class[kind] += 1
                    class_lines[kind].append(f"    [{line['id']}] {line['text'][:70]!r}: {note}")
            else:
                t.clean += 1
                t.clean_ok += ok
                t.clean_any += ok_any
                if not ok:
                    t.failures.append(f"  [{line['id']}] {line['text'][:70]!r}: {note}")
        print(f"\n{name} ({len(lines)} lines)")
        print(
            f"  {'category':28s} {'scored':>6s} {'first':>7s} {'any':>7s} {'conv.':>6s} "
            f"{'disputed':>8s} {'first':>7s} {'out of scope':>12s}"
        )
        for cat in sorted(per_cat):
            t = per_cat[cat]
            note = "  (numbers: not this reader's)" if cat in NOT_DATES else ""
            print(
                f"  {cat:28s} {t.clean:6d} {_pct(t.clean_ok, t.clean):>7s} "
                f"{_pct(t.clean_any, t.clean):>7s} {t.convention:6d} {t.disputed:8d} "
                f"{_pct(t.disputed_ok, t.disputed):>7s} {t.out_of_scope:12d}{note}"
            )
            for group, cats in GROUPS.items():
                if cat in cats:
                    grand[group].add(t)
            if failures:
                for f in t.failures[:failures]:
                    print(f)
    print(
        "\nboth files, grouped (scored = undisputed lines in scope, less the convention"
        " lines;\n'with conv.' scores the convention lines as failures)"
    )
    print(
        f"  {'group':28s} {'scored':>6s} {'first':>7s} {'any':>7s} {'conv.':>6s} "
        f"{'with conv.':>10s} {'disputed':>8s} {'first':>7s}"
    )
    for group, t in grand.items():
        print(
            f"  {group:28s} {t.clean:6d} {_pct(t.clean_ok, t.clean):>7s} "
            f"{_pct(t.clean_any, t.clean):>7s} {t.convention:6d} "
            f"{_pct(t.clean_ok, t.clean + t.convention):>10s} {t.disputed:8d} "
            f"{_pct(t.disputed_ok, t.disputed):>7s}"
        )
    print("\nnews conventions (undisputed lines not scored, by class; a line may have two)")
    why = {c.name: c.why for c in CONVENTIONS}
    for c in CONVENTIONS:
        if by_class[c.name]:
            print(f"  {by_class[c.name]:5d}  {c.name}\n         why: {why[c.name]}")
            if show_conventions:
                print("\n".join(class_lines[c.name]))
    print("\nconventions and scope (entities)")
    for k, v in sorted(conventions.items()):
        print(f"  {v:5d}  {k}")


# ---------------------------------------------------------------------------
# Throughput

_FILLER = [
    "The ministry said the talks had been constructive and would continue.",
    "Officials declined to comment on the figures, which have not been independently verified.",
    "More than 2,000 people attended the rally, according to police estimates.",
    "The company reported revenue of $4.2 billion, up 12% from a year earlier.",
    "Analysts said the decision could reshape the region's security landscape.",
    "Nearly 97% of its external trade goes through a single partner.",
    "The delegation included 26 foreign leaders and several hundred officials.",
    "Critics argue the measure does little to address the underlying problems.",
    "“It is an unusual risk,” a senior researcher told reporters.",
    "The vote passed 214 to 198 after a lengthy debate in the chamber.",
    "Prices rose 3.4 percent, the fastest pace since the spring.",
    "He declined to say whether the plan had the backing of the cabinet.",
]
_DATED = [
    "Kim arrived in Beijing on {md}, ahead of the parade.",
    "The treaty was signed in {my} and ratified {rel}.",
    "It was his first visit in {dur}, officials said.",
    "The summit, held {ago}, ended without agreement.",
    "The party will mark its {nth} anniversary {relm}.",
    "Elections are due {relx}, the commission said on {wd}.",
    "Production fell sharply in {part} {year}.",
    "The programme ran from {y1} to {y2} before it was cut.",
    "Visits between {y1} and {y2} preceded the talks.",
    "The report, dated {iso}, was published {rel}.",
]
_MONTH_NAMES = [
    "January", "February", "March", "April", "May", "June", "July", "August",
    "September", "October", "November", "December",
]  # fmt: skip


def synthetic_news(size: int, seed: int = 7) -> str:
    """News-like prose: the sample articles' paragraphs and templated sentences, with the
    counts, percentages and money that news carries between its dates. The mix is set so
    that dates are about as dense as in the sample articles (printed beside the result)."""
    rng = random.Random(seed)
    seeds = sorted((PEER.parents[1] / "seeds").glob("*.txt"))
    paragraphs = [p for s in seeds for p in s.read_text(encoding="utf-8").split("\n") if p.strip()]
    parts: list[str] = []
    total = 0
    while total < size:
        if rng.random() < 0.35 and paragraphs:
            chunk = rng.choice(paragraphs)
        else:
            sentences = [rng.choice(_FILLER) for _ in range(rng.randint(1, 3))]
            if rng.random() > 0.22:
                parts.append(" ".join(sentences))
                total += len(parts[-1]) + 1
                continue
            template = rng.choice(_DATED)
            y1 = rng.randint(1950, 2024)
            sentences.append(
                template.format(
                    md=f"{rng.choice(_MONTH_NAMES)} {rng.randint(1, 28)}",
                    my=f"{rng.choice(_MONTH_NAMES)} {rng.randint(1950, 2024)}",
                    rel=rng.choice(["last year", "yesterday", "last week", "earlier this year"]),
                    dur=rng.choice(["six years", "nearly a decade", "18 months", "two weeks"]),
                    ago=rng.choice(["seven years ago", "a decade ago", "three days ago"]),
                    nth=rng.choice(["80th", "25th", "tenth", "centenary of the"]),
                    relm=rng.choice(["this October", "next month", "next year"]),
                    relx=rng.choice(["early next year", "in 2026", "next spring"]),
                    wd=rng.choice(["Tuesday", "Thursday", "Monday"]),
                    part=rng.choice(["early", "mid-", "late", "the first half of"]),
                    year=rng.randint(1990, 2024),
                    y1=y1,
                    y2=y1 + rng.randint(1, 5),
                    iso=date(rng.randint(1990, 2024), rng.randint(1, 12), rng.randint(1, 28)),
                )
            )
            rng.shuffle(sentences)
            chunk = " ".join(sentences)
        parts.append(chunk)
        total += len(chunk) + 1
    return "\n".join(parts)[:size]


def throughput(size: int) -> None:
    text = synthetic_news(size)
    reference = date(2025, 9, 3)
    digits = re.compile(r"\d+")
    mb = len(text.encode("utf-8")) / 1e6

    def best(fn: Callable[[], object], rounds: int = 3) -> float:
        times = []
        for _ in range(rounds):
            t0 = time.perf_counter()
            fn()
            times.append(time.perf_counter() - t0)
        return min(times)

    base = best(lambda: sum(1 for _ in digits.finditer(text)))
    ours = best(lambda: find_dates(text, reference))
    found = find_dates(text, reference)
    seeds = "\n".join(
        p.read_text(encoding="utf-8") for p in sorted((PEER.parents[1] / "seeds").glob("*.txt"))
    )
    density = len(find_dates(seeds, reference)) / len(seeds) * 10_000
    print(f"\nthroughput over {mb:.1f} MB of synthetic news ({len(found)} mentions found)")
    print(
        f"  date mentions per 10,000 characters: {len(found) / len(text) * 10_000:.1f} here, "
        f"{density:.1f} in the sample articles"
    )
    print(f"  regex \\d+ baseline  {mb / base:7.1f} MB/s")
    print(f"  find_dates          {mb / ours:7.1f} MB/s")
    print(f"  ratio               {base / ours:7.2f}  (find_dates speed / baseline speed)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--failures", type=int, default=0, help="show N failing lines per category")
    parser.add_argument("--mb", type=float, default=4.0, help="size of the throughput text")
    parser.add_argument(
        "--show-conventions", action="store_true", help="list the lines of each news convention"
    )
    args = parser.parse_args()
    accuracy(args.failures, args.show_conventions)
    throughput(int(args.mb * 1_000_000))


if __name__ == "__main__":
    main()
