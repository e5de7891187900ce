"""The gate on articles the rules were not written from: false failures and caught errors.

Run from the repository root:  python benchmarks/heldout.py

The articles in benchmarks/heldout/ were written afresh from FACTSHEET.md, in other
words than the sample articles: four state only true facts (any failure there is a
false alarm; behind-the-scenes.md is full of other events of the same kinds: another
parade, another death, an earlier trip), two have errors planted in them (listed below,
with what is true). Each
is put in a copy of the sample desk's facts with an empty claims.yaml and judged
twice: as the hook sees a new article (every span unrecorded), and after
``factsuite extract`` has recorded what it found.
"""

from __future__ import annotations

import io
import shutil
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from factsuite.desk import Desk
from factsuite.extraction.command import run as extract

REPO = Path(__file__).resolve().parents[1]
HELD_OUT = REPO / "benchmarks" / "heldout"
# The planted errors: quote -> what the facts say.
PLANTED = {
    "kim-to-join-parade-planted-errors.md": {
        "September 4": "the parade was on 3 September",
        "Some 27": "26 foreign leaders attended",
        "2012": "Kim came to power in December 2011",
        "in five years": "his last visit to China was in January 2019, six years before",
        "South Korean President Moon Jae-in": "Moon left office in 2022",
        "99%": "China's share was 98.3% in 2023",
    },
    # Written a session later, before running it. "in seven years" was planted first
    # and is no error by the desk's rule (6 years 8 months reads as six or seven);
    # "in three years" replaced it.
    "second-planted-errors.md": {
        "on Wednesday": "Kim arrived on Tuesday 2 September",
        "Xi Jinping, China's premier": "Xi is China's president; Li Qiang is premier",
        "28": "26 foreign leaders attended",
        "in three years": "his last visit to China was in January 2019",
        "three times": "Kim has visited Russia twice",
        "October 1946": "the Workers' Party was founded on 10 October 1945",
        "more than 99%": "China's share was 98.3% in 2023",
    },
}


def failures(root: Path) -> dict[str, set[str]]:
    desk = Desk.load(root, use_cache=False)
    paths = desk.article_paths()
    results = desk.results(desk.gate_claims(desk.checked_claims(), paths))
    failed: dict[str, set[str]] = {Path(p).name: set() for p in paths}
    for result in results:
        if result.outcome == "failed":
            failed[Path(result.claim.article).name].add(result.claim.quote)
    return failed


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        shutil.copytree(REPO / "facts", root / "facts")
        shutil.copytree(HELD_OUT, root / "articles")
        (root / "claims.yaml").write_text("version: 1\nclaims: []\n", encoding="utf-8")
        stages = {"hook (unrecorded)": failures(root)}
        quiet = io.StringIO()
        extract(root, [], check=False, progress=False, out=quiet, err=quiet)
        stages["after extract"] = failures(root)
    planted_total = sum(len(p) for p in PLANTED.values())
    for stage, failed in stages.items():
        false_alarms = caught = 0
        print(f"{stage}:")
        for name, quotes in sorted(failed.items()):
            planted = PLANTED.get(name, {})
            for quote in sorted(quotes):
                if quote in planted:
                    caught += 1
                else:
                    false_alarms += 1
                    print(f"  false alarm  {name}: {quote!r}")
            for quote, truth in planted.items():
                if quote not in quotes:
                    print(f"  missed       {name}: {quote!r} ({truth})")
        print(f"  planted errors caught {caught}/{planted_total}; false alarms {false_alarms}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
