"""Each binding rule measured alone: the dev split's figures with that one rule off.

Run from the repository root:

    python benchmarks/binding_rules.py [RULE ...] [--split dev]

Judges the beats' dev articles (benchmarks/beats.py, both stages) once with every
binding rule on, the baseline of this run, then once per rule of
extraction/binding_rules.py with that rule alone turned off, and prints for each the
change against the baseline, at the ``extract`` stage (after ``factsuite extract``
with no review) and the ``hook`` stage (claims.yaml empty):

- caught: planted errors caught, in points of the share caught;
- alarms: false alarms per 100 true statements;
- review: the share of judged claims left needs-review, in points.

A rule whose removal costs caught errors or adds false alarms earns its place; one
whose removal changes nothing on the dev split is listed as such (it may still serve
articles the split does not have: its corpus cases say which). Only the dev split:
the test split is for first-contact figures, never for tuning rules.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from beats import BEATS, STAGES, Tally, load_beat, measure

from factsuite.extraction.binding_rules import RULES, without

Figures = dict[str, tuple[float, float, float]]  # stage -> caught %, alarms per 100, review %


def figures(rules_off: list[str], split: str) -> Figures:
    """The overall figures of every beat for ``split`` with ``rules_off`` turned off."""
    overall = {stage: Tally() for stage in STAGES}
    names = sorted(p.name for p in BEATS.iterdir() if p.is_dir() and (p / "facts").is_dir())
    with without(rules_off):
        for name in names:
            tallies = measure(load_beat(BEATS / name), split)
            for stage in STAGES:
                overall[stage].add(tallies[stage])
    return {stage: _rates(tally) for stage, tally in overall.items()}


def _rates(tally: Tally) -> tuple[float, float, float]:
    caught = 100 * len(tally.caught) / len(tally.planted) if tally.planted else 0.0
    alarms = 100 * len(tally.false_alarms) / tally.correct if tally.correct else 0.0
    review = 100 * tally.needs_review / tally.judged if tally.judged else 0.0
    return caught, alarms, review


def _row(label: str, cells: list[str]) -> str:
    return f"{label:<34}" + "".join(f"{cell:>9}" for cell in cells)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("rules", nargs="*", help="rules to measure (default: every rule)")
    parser.add_argument("--split", choices=("dev",), default="dev")
    args = parser.parse_args(argv)
    unknown = [name for name in args.rules if name not in RULES]
    if unknown:
        print(f"no binding rule is called {', '.join(unknown)}", file=sys.stderr)
        return 2
    chosen = args.rules or [name for name, rule in RULES.items() if not rule.essential]
    base = figures([], args.split)
    heads = [f"{stage} {what}" for stage in STAGES for what in ("caught", "alarms", "review")]
    print(f"split: {args.split}; figures of the baseline (every rule on), then changes")
    print(_row("", [h.split()[0] for h in heads]))
    print(_row("", [h.split()[1] for h in heads]))
    print(_row("baseline", [f"{base[s][i]:.1f}" for s in STAGES for i in range(3)]))
    unchanged = []
    for name in chosen:
        if RULES[name].essential:
            print(_row(name, ["cannot be turned off"]))
            continue
        off = figures([name], args.split)
        deltas = [off[s][i] - base[s][i] for s in STAGES for i in range(3)]
        if all(abs(d) < 0.05 for d in deltas):
            unchanged.append(name)
        print(_row(f"without {name}", [f"{d:+.1f}" for d in deltas]))
    if unchanged:
        print(f"no change on {args.split} without: {', '.join(unchanged)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
