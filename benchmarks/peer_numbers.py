"""Score factsuite's number reader against peer test suites, and time it.

Usage: python benchmarks/peer_numbers.py [--failures] [--mb MB]

Reads shared/benchmarks/peer/{rt_en_numbers,duckling_en}.jsonl beside the
repository root or one of its parents (a git worktree sits a level deeper) and
prints, per suite and category, the share of lines read exactly right: every
expected entity found with its span and value, and nothing else of a scored
type. Lines flagged not_supported, ref_impl_fails or ambiguous are counted apart
as "disputed": the suites themselves say a reasonable reader may differ there.
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

from peer_suites import find_peer  # noqa: E402

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


def group_of(category: str) -> str | None:
    for prefix, name in GROUPS:
        if category.startswith(prefix):
            return name
    return None


def disputed(flags: dict[str, Any]) -> bool:
    return bool(flags.get("not_supported") or flags.get("ref_impl_fails") or flags.get("ambiguous"))


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


def score(show_failures: bool) -> None:
    # (suite, group) -> [clean_ok, clean_n, disputed_ok, disputed_n]
    table: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0, 0, 0])
    failures: list[str] = []
    for name in FILES:
        suite = name.split("_")[0]
        with (PEER / name).open(encoding="utf-8") as fh:
            for raw in fh:
                line = json.loads(raw)
                group = group_of(line["category"])
                if group is None:
                    continue
                correct = line_correct(line)
                row = table[(suite, group)]
                offset = 2 if disputed(line["flags"]) else 0
                row[offset] += int(correct)
                row[offset + 1] += 1
                if not correct and show_failures:
                    tag = "disputed" if offset else "CLEAN"
                    got = [(s, t, v) for s, t, v in predictions(line)]
                    want = [(e["span"], e["type"], e.get("value")) for e in line["expected"]]
                    failures.append(
                        f"{tag} {line['id']}: {line['text']!r}\n    want {want}\n    got  {got}"
                    )

    print(f"{'suite':<10}{'category':<16}{'clean':>16}{'disputed':>16}")
    totals: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0])
    for (suite, group), (ok, n, dok, dn) in sorted(table.items()):
        print_row(suite, group, ok, n, dok, dn)
        tot = totals[group]
        for k, v in enumerate((ok, n, dok, dn)):
            tot[k] += v
    print("-" * 58)
    for group, (ok, n, dok, dn) in sorted(totals.items()):
        print_row("all", group, ok, n, dok, dn)
    if failures:
        print("\nfailures:")
        print("\n".join(failures))


def print_row(suite: str, group: str, ok: int, n: int, dok: int, dn: int) -> None:
    if group == "number ranges":
        # The reader returns each bound as its own number; ranges are the caller's.
        counts = f"{n} clean + {dn} disputed lines"
        print(f"{suite:<10}{group:<16}{'not supported':>16}  ({counts})")
        return
    print(f"{suite:<10}{group:<16}{pct(ok, n):>16}{pct(dok, dn):>16}")


def pct(ok: int, n: int) -> str:
    if n == 0:
        return "-"
    return f"{ok}/{n} {100 * ok / n:5.1f}%"


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
    parser.add_argument("--failures", action="store_true", help="list every line read wrongly")
    parser.add_argument("--mb", type=float, default=4.0, help="size of the timing text in MB")
    args = parser.parse_args()
    score(args.failures)
    throughput(args.mb)


if __name__ == "__main__":
    main()
