"""Score factsuite's number reader against peer test suites, and time it.

Usage: python benchmarks/peer_numbers.py [--failures] [--mb MB]

Reads shared/benchmarks/peer/{rt_en_numbers,duckling_en}.jsonl beside the
repository root or one of its parents (a git worktree sits a level deeper) and
prints, per suite and category, the share of lines read exactly right: every
expected entity found with its span and value, and nothing else of a scored type.
The headline is that share over every in-scope line; the suites' own flags
(not_supported, ref_impl_fails, ambiguous) are a breakdown of it, not taken out.

Out of scope, and only this, as the README's scoring section says:
- a line none of whose ``scored_types`` is number, percentage, ordinal or
  number_range (duckling's date and duration lines: peer_dates.py scores them);
- a reading of ours whose type the line does not score, or that overlaps one of the
  line's ``ignore`` spans (the suite says it counts neither way).
Number-range lines are in scope: find_numbers reads no range, so such a line is
right only when it expects none.

Lines factsuite reads otherwise by a news convention ("1m" is a million in news)
are misses, listed under "disputed by factsuite" with the reason, from
benchmarks/peer_disputes.yaml (tests/test_peer_disputes.py keeps that list true).

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
from collections import defaultdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from peer_suites import (  # noqa: E402
    Count,
    Scoreboard,
    find_peer,
    load_disputes,
    load_forms,
    measure_forms,
    print_forms,
)

from factsuite.numbers import NumberMention, find_numbers, read_number  # noqa: E402

PEER = find_peer()
FILES = ("rt_en_numbers.jsonl", "duckling_en.jsonl")
SUITE_TYPE = {"number": "number", "percent": "percentage", "ordinal": "ordinal"}
GROUPS = (
    ("number_range", "number ranges"),
    ("number", "numbers"),
    ("percentage", "percentages"),
    ("ordinal", "ordinals"),
)
SUPPORTED_TYPES = frozenset(SUITE_TYPE.values())


SCORED_TYPES = frozenset((*SUPPORTED_TYPES, "number_range"))


def group_of(category: str) -> str:
    for prefix, name in GROUPS:
        if category.startswith(prefix):
            return name
    return category


def core_span(m: NumberMention) -> tuple[int, int]:
    """The number's own span without its hedge: the suites never include hedges."""
    if m.hedge is None:
        return m.start, m.end
    for word in re.finditer(r"\S+", m.text):
        if word.start() == 0:
            continue
        inner = read_number(m.text[word.start() :])
        if inner is not None and inner.hedge is None and inner.end == len(m.text) - word.start():
            return m.start + word.start() + inner.start, m.end
    return m.start, m.end


def same_value(a: float, b: float) -> bool:
    return abs(a - b) <= 1e-9 * max(1.0, abs(a), abs(b))


def overlaps(span: tuple[int, int], others: list[list[int]]) -> bool:
    return any(span[0] < e and s < span[1] for s, e in others)


def predictions(line: dict[str, Any]) -> list[tuple[tuple[int, int], str, float]]:
    scored = set(line["scored_types"])
    out = []
    for m in find_numbers(line["text"]):
        kind = SUITE_TYPE.get(m.kind)
        if kind is None or kind not in scored:
            continue
        span = core_span(m)
        if overlaps(span, line["ignore"]):
            continue
        out.append((span, kind, m.value))
    return out


def line_correct(line: dict[str, Any]) -> bool:
    expected = [
        ((e["span"][0], e["span"][1]), e["type"], e.get("value"))
        for e in line["expected"]
        if not overlaps((e["span"][0], e["span"][1]), line["ignore"])
    ]
    got = predictions(line)
    if len(got) != len(expected):
        return False
    remaining = list(got)
    for span, kind, value in expected:
        for cand in remaining:
            matches = cand[0] == span and cand[1] == kind and value is not None
            if matches and same_value(cand[2], float(value)):
                remaining.remove(cand)
                break
        else:
            return False
    return True


def read_spans(text: str) -> list[tuple[int, int]]:
    """What find_numbers reads in ``text`` today, whatever its kind."""
    return [(m.start, m.end) for m in find_numbers(text)]


def in_scope(line: dict[str, Any]) -> bool:
    return bool(set(line["scored_types"]) & SCORED_TYPES)


def score(show_lines: bool) -> Scoreboard:
    """Score every in-scope line; print accuracy per suite and category group, then the
    headline over all lines with the suites' flags as a breakdown."""
    board = Scoreboard("numbers", load_disputes())
    table: dict[tuple[str, str], Count] = defaultdict(Count)
    for name in FILES:
        suite = name.split("_")[0]
        with (PEER / name).open(encoding="utf-8") as fh:
            for raw in fh:
                line = json.loads(raw)
                if not in_scope(line):
                    continue
                correct = line_correct(line)
                table[(suite, group_of(line["category"]))].add(correct)
                want = [
                    (e["span"], e["type"], e.get("value", e.get("min"))) for e in line["expected"]
                ]
                board.add(line, correct, str(want), str(predictions(line)))
    print(f"{'suite':<10}{'category':<16}{'every line':>18}")
    totals: dict[str, Count] = defaultdict(Count)
    for (suite, group), count in sorted(table.items()):
        print(f"{suite:<10}{group:<16}{count!s:>18}")
        totals[group].ok += count.ok
        totals[group].n += count.n
    print("-" * 44)
    for group, count in sorted(totals.items()):
        print(f"{'all':<10}{group:<16}{count!s:>18}")
    print("(number ranges: find_numbers reads each bound as its own number and no range,")
    print(" so a range line is read right only when it expects none)")
    board.print(show_lines)
    return board


# ---------------------------------------------------------------------------
# Throughput
# ---------------------------------------------------------------------------

_SENTENCES = (
    "The minister said nearly {pct}% of the {n} foreign leaders had arrived by {day} {month}.",
    "Officials counted {words} protesters outside the parliament on {weekday}.",
    "About two dozen reporters waited while the {ord} anniversary parade went past.",
    "Turnout fell to {dec} per cent, the lowest since {year}, according to the commission.",
    "He has travelled to Russia twice and to China four times since taking office.",
    "Revenue rose to ${big} billion in the quarter, up from {dec} billion a year earlier.",
    "Tens of thousands of people marched through the capital, police said.",
    "The company cut {n} jobs, or roughly a third of its workforce, in {year}.",
    "Only a handful of the {n} delegates voted against the motion at {hour}:{minute}.",
    "Some {thousands},000 homes lost power after the storm, the utility said.",
    "The bill passed by {n} votes to {n2}, with several abstentions.",
    "Prices have risen more than {pct} percent over the past {n2} months.",
)
_WORDS = ("twenty-six", "one hundred and five", "three thousand", "forty-two", "several hundred")
_MONTHS = ("January", "March", "June", "September", "November")
_DAYS = ("Monday", "Tuesday", "Friday")


def synthetic_text(megabytes: float, seed: int = 7) -> str:
    rng = random.Random(seed)
    parts: list[str] = []
    size = 0
    target = int(megabytes * 1_000_000)
    filler = (
        "The announcement came after weeks of negotiations between the coalition partners, "
        "who had disagreed over the budget and the timetable for reform. "
    )
    while size < target:
        s = rng.choice(_SENTENCES).format(
            pct=rng.randint(1, 99),
            n=rng.randint(2, 900),
            n2=rng.randint(2, 90),
            day=rng.randint(1, 28),
            month=rng.choice(_MONTHS),
            weekday=rng.choice(_DAYS),
            words=rng.choice(_WORDS),
            ord=rng.randint(2, 99),
            dec=f"{rng.randint(1, 99)}.{rng.randint(0, 9)}",
            year=rng.randint(1950, 2024),
            big=rng.randint(1, 900),
            hour=rng.randint(0, 23),
            minute=f"{rng.randint(0, 59):02d}",
            thousands=rng.randint(1, 99),
        )
        s = s.replace("{ord}", "80th")
        parts.append(s + " " + filler)
        size += len(parts[-1])
    return "".join(parts)


def throughput(megabytes: float) -> None:
    text = synthetic_text(megabytes)
    size_mb = len(text.encode("utf-8")) / 1_000_000
    t0 = time.perf_counter()
    found = find_numbers(text)
    t_reader = time.perf_counter() - t0
    baseline = re.compile(r"\d+")
    t0 = time.perf_counter()
    runs = baseline.findall(text)
    t_regex = time.perf_counter() - t0
    mbs_reader = size_mb / t_reader
    mbs_regex = size_mb / t_regex
    density = len(found) / (size_mb * 1000)
    print(f"\nthroughput over {size_mb:.1f} MB of synthetic news-like text")
    print(f"  ({density:.1f} mentions per KB, denser than most real reporting)")
    print(f"  find_numbers : {mbs_reader:8.2f} MB/s  ({len(found)} mentions)")
    print(f"  regex \\d+    : {mbs_regex:8.2f} MB/s  ({len(runs)} digit runs)")
    print(f"  ratio        : {mbs_reader / mbs_regex:8.4f} (find_numbers / regex)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--failures", action="store_true", help="list every line read wrongly, with its reason"
    )
    parser.add_argument("--mb", type=float, default=4.0, help="size of the timing text in MB")
    args = parser.parse_args()
    board = score(args.failures)
    print_forms(measure_forms("numbers", read_spans, board.all_misses(), load_forms()))
    throughput(args.mb)


if __name__ == "__main__":
    main()
