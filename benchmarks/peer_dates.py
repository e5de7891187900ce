"""How well factsuite.dates reads the peer suites' date phrasings, and how fast.

Run from the repository root:  python benchmarks/peer_dates.py [--failures] [--mb MB]

Reads the Recognizers-Text and duckling cases in shared/benchmarks/peer beside the
checkout or one of its parents (see its README for the line format and both suites'
conventions). Every in-scope line is scored; the headline is the share of them read
right, with the suites' own flags (not_supported, ref_impl_fails, ambiguous) shown as
a breakdown of it, never taken out. A line is right when every expected date, date
range and duration in it is found with the suite's value on our first reading ("any
reading" is shown beside it), and nothing else of a scored type is reported.

Out of scope, and only this, as the README's scoring section says:
- a line none of whose ``scored_types`` is date, daterange or duration (duckling's
  numeral and ordinal lines: peer_numbers.py scores them);
- a mention of ours whose type the line does not score (each source file annotates
  only its own types), or that overlaps one of the line's ``ignore`` spans (the suite
  says it counts neither way).

Each suite's own convention, as the README asks:
- a date without a year matches when our first reading is any of its candidates;
- range ends are exclusive in both files; Recognizers-Text A-to-B ranges also leave
  B out ("2014 to 2018" ends 2018-01-01), so on lines carrying that flag our range
  is also compared as ending at the start of its last unit.

Where factsuite, a reader of news, reads a class of phrasings otherwise than these
assistant-oriented suites ("monday" is the next one to duckling, the nearest one in
news; "three years ago" is a span to us, one day to the suites; "3 hours" is no date
to us), the line is scored as a miss and listed under "disputed by factsuite" with the
reason, from benchmarks/peer_disputes.yaml (tests/test_peer_disputes.py keeps that
list true). ``--failures`` prints each missed line with what was expected and got.

Last, issue 3's third question: for each candidate non-news form of this reader in
benchmarks/peer_forms.yaml (a form the suites expect that news does not need), the
missed lines it could fix, the readings it would add to the negative corpus
(tests/corpus/not_numbers.yaml, kind_rules.yaml negatives) and to benchmarks/beats'
dev articles, and the decision: a form is kept out if it adds any.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from peer_suites import (
    Count,
    Scoreboard,
    find_peer,
    load_disputes,
    load_forms,
    measure_forms,
    print_forms,
)

from factsuite.daterange import DateRange, Precision
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
DATE_TYPES = frozenset(("date", "daterange", "duration"))


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
        unit_seconds = SECONDS.get(m.duration.unit)
        if (
            unit_seconds is None
            or abs(m.duration.amount * unit_seconds - float(exp["seconds"])) > 1
        ):
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


@dataclass
class Failure:
    """One way a line was read wrongly: an expected entity missed or misread, or an
    extra mention (``expected`` None)."""

    expected: Json | None
    mention: DateMention | None
    note: str


def score_line(line: Json, tallies: Counter[str]) -> tuple[bool, bool, list[Failure]]:
    """(correct on our first reading, correct on any reading, what went wrong)."""
    ref_text = line.get("reference_date")
    reference = _d(str(ref_text)) if ref_text else date(2016, 11, 7)
    text = str(line["text"])
    scored = set(line["scored_types"])
    a_to_b = any(A_TO_B in a for a in line["flags"].get("ambiguous", []))
    ignore = [tuple(i["span"]) for i in line["ignore"]]
    expected = [exp for exp in line["expected"] if exp["type"] in scored]
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
    failures: list[Failure] = []
    for exp in expected:
        span = tuple(exp["span"])
        hit = next(
            (i for i, m in enumerate(preds) if i not in used and _overlaps((m.start, m.end), span)),
            None,
        )
        if hit is None:
            ok_first = ok_any = False
            failures.append(Failure(exp, None, f"missed {exp['surface']!r} {_show(exp)}"))
            continue
        used.add(hit)
        m = preds[hit]
        first = (
            _value_ok(exp, m, m.readings[0], a_to_b)
            if m.readings
            else _value_ok(exp, m, DateRange.day(reference), a_to_b)
        )
        if first == "ago":
            # the suite's day lies inside our hull: a different reading, so a miss
            tallies["'N units ago' read as a hull holding the suite's value (missed)"] += 1
        if first != "exact":
            ok_first = False
            shown = [str(r) for r in m.readings] or [str(m.duration)]
            failures.append(Failure(exp, m, f"{m.text!r} -> {shown} expected {_show(exp)}"))
            if not any(_value_ok(exp, m, r, a_to_b) == "exact" for r in m.readings[1:]):
                ok_any = False
    for i, m in enumerate(preds):
        if i not in used:
            ok_first = ok_any = False
            shown = [str(r) for r in m.readings] or [str(m.duration)]
            failures.append(Failure(None, m, f"extra {m.text!r} -> {shown}"))
    return ok_first, ok_any, failures


def _show(exp: Json) -> str:
    keys = ("value", "candidates", "start", "end", "seconds", "mod")
    return str({k: exp[k] for k in keys if exp.get(k) is not None})


FORMS_REFERENCE = date(2025, 6, 1)  # any day: a form's spans do not depend on it


def read_spans(text: str) -> list[tuple[int, int]]:
    """What find_dates reads in ``text`` today."""
    return [(m.start, m.end) for m in find_dates(text, FORMS_REFERENCE)]


def in_scope(line: Json) -> bool:
    return bool(set(line["scored_types"]) & DATE_TYPES)


def accuracy(show_lines: bool) -> Scoreboard:
    """Score every in-scope line; print accuracy per file and category, per group, then
    the headline over all lines with the suites' flags as a breakdown."""
    board = Scoreboard("dates", load_disputes())
    tallies: Counter[str] = Counter()
    grand: dict[str, list[Count]] = defaultdict(lambda: [Count(), Count()])
    for name in FILES:
        lines = [json.loads(x) for x in (PEER / name).read_text(encoding="utf-8").splitlines()]
        per_cat: dict[str, list[Count]] = defaultdict(lambda: [Count(), Count()])
        for line in lines:
            if not in_scope(line):
                continue
            ok_first, ok_any, failures = score_line(line, tallies)
            first, any_reading = per_cat[line["category"]]
            first.add(ok_first)
            any_reading.add(ok_any)
            group = next((g for g, cats in GROUPS.items() if line["category"] in cats), "other")
            grand[group][0].add(ok_first)
            grand[group][1].add(ok_any)
            want = [_show(e) for e in line["expected"]]
            board.add(line, ok_first, str(want), "; ".join(f.note for f in failures))
        print(f"\n{name} ({len(lines)} lines, {sum(c[0].n for c in per_cat.values())} in scope)")
        print(f"  {'category':28s} {'first reading':>18s} {'any reading':>18s}")
        for cat in sorted(per_cat):
            first, any_reading = per_cat[cat]
            print(f"  {cat:28s} {first!s:>18s} {any_reading!s:>18s}")
    print("\nboth files, grouped")
    print(f"  {'group':28s} {'first reading':>18s} {'any reading':>18s}")
    for group, (first, any_reading) in grand.items():
        print(f"  {group:28s} {first!s:>18s} {any_reading!s:>18s}")
    board.print(show_lines)
    print("\nentities read as a hull that holds the suite's value (scored as misses)")
    for k, v in sorted(tallies.items()):
        print(f"  {v:5d}  {k}")
    return board


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
    parser.add_argument(
        "--failures", action="store_true", help="list every line read wrongly, with its reason"
    )
    parser.add_argument("--mb", type=float, default=4.0, help="size of the throughput text")
    args = parser.parse_args()
    board = accuracy(args.failures)
    print_forms(measure_forms("dates", read_spans, board.all_misses(), load_forms()))
    throughput(int(args.mb * 1_000_000))


if __name__ == "__main__":
    main()
