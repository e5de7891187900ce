"""How often each binding rule fires on the beats' articles of one split.

Run from the repository root:

    python benchmarks/rules_fired.py [--split dev|test] [--most N]

Extracts every article of the split (benchmarks/beats/, as ``factsuite extract``
would on a desk holding the beat's facts and those articles) with a binding trace
(extraction/binding_rules.py's ``Trace``, what ``extract --explain`` prints), and
counts, per rule: the (cue, fact) pairs it vetoed, the pairs it priced (weight
rules), and the values whose binding it decided. It changes nothing and tunes
nothing: it says which rules carry the work, for the closing figures of issue 14.
Running it on the test split measures; no rule may be changed from what it shows.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from beats import BEATS, SPLITS, load_beat

from factsuite.articles import load_article
from factsuite.desk import Desk
from factsuite.extraction.binding_rules import RULES, Trace


def count(split: str) -> tuple[Counter[str], Counter[str], Counter[str], int]:
    """Vetoes, weighings and decisions per rule over the split's articles; and how
    many values binding saw."""
    vetoed: Counter[str] = Counter()
    weighed: Counter[str] = Counter()
    decided: Counter[str] = Counter()
    values = 0
    for folder in sorted(p for p in BEATS.iterdir() if (p / "truth.yaml").is_file()):
        beat = load_beat(folder)
        chosen = sorted(a for a, s in beat.splits.items() if s == split)
        with tempfile.TemporaryDirectory() as tmp:
            root = Path(tmp)
            shutil.copytree(folder / "facts", root / "facts")
            (root / "articles").mkdir()
            (root / "claims.yaml").write_text("version: 1\nclaims: []\n", encoding="utf-8")
            for article in chosen:
                shutil.copy2(folder / article, root / article)
            desk = Desk.load(root, use_cache=False)
            extractor = desk.extractor()
            for article in chosen:
                trace = Trace.empty()
                extractor.extract(load_article(root / article, article), trace)
                values += len(trace.spans)
                for considered in trace.considered.values():
                    for pair in considered:
                        if pair.veto is not None:
                            vetoed[pair.veto] += 1
                        for rule, _ in pair.weights:
                            weighed[rule] += 1
                decided.update(trace.decided_by.values())
    return vetoed, weighed, decided, values


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=SPLITS, default="dev")
    parser.add_argument("--most", type=int, default=15, help="rows per table (default 15)")
    args = parser.parse_args(argv)
    vetoed, weighed, decided, values = count(args.split)
    known = set(RULES)
    print(f"binding rules fired on the {args.split} split ({values} values seen)")
    for title, counts in (
        ("decided the binding of a value", decided),
        ("vetoed a (cue, fact) pair", vetoed),
        ("priced a (cue, fact) pair", weighed),
    ):
        print(f"\n{title}:")
        for rule, n in counts.most_common(args.most):
            note = "" if rule in known else "  (an outcome: no rule applied)"
            print(f"  {rule:<28}{n:>7}{note}")
    silent = sorted(known - set(vetoed) - set(weighed) - set(decided))
    print(f"\nrules that never fired ({len(silent)}): {', '.join(silent) or 'none'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
