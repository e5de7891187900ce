"""How fast hostile input is read or refused, per MB, against plain prose.

    python benchmarks/hostile_speed.py [--sizes 0.1 0.5 1 2] [--articles 50]

Generates a seeded desk (benchmarks/make_desk.py) in a temporary folder. For each
class of adversarial input from issue 15 and each size, writes the input into the
desk and times, in this process, what extraction and the gate do with it: an
article is loaded (front matter included), its claims extracted and each judged;
a YAML file is loaded. Plain prose
of the same size (the desk's own articles, run together) is timed in the same run,
and each class is printed as seconds per MB and as a ratio to prose per MB.

The aim: no class above 3x prose per MB. An input refused with an error must be
refused at once: its ratio is of its own (small) size, so it is well under 1.
The 5 MB line of prose is past the article size limit: it is checked to fail at
once, and a line of prose at the limit is timed instead.
"""

from __future__ import annotations

import argparse
import base64
import random
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from make_desk import make_desk

from factsuite.articles import MAX_ARTICLE_CHARS, load_article
from factsuite.compare import judge
from factsuite.desk import Desk
from factsuite.errors import InputError
from factsuite.extraction.pipeline import Extractor
from factsuite.facts import parse_fact_file

AIM = 3.0
FRONT = "---\ntitle: Hostile input\npublished: 2025-09-03\n---\n"
MB = 1_000_000


def billion_laughs() -> str:
    """Nine anchors, each a list of nine aliases of the one before: 9**9 strings."""
    lines = ['lol0: &lol0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for level in range(1, 9):
        aliases = ", ".join([f"*lol{level - 1}"] * 9)
        lines.append(f"lol{level}: &lol{level} [{aliases}]")
    return "\n".join(lines) + "\n"


def _fill(unit: str, size: int) -> str:
    return (unit * (size // len(unit) + 1))[:size]


class Bench:
    """The desk, its extractor, and the timing of one input."""

    def __init__(self, desk: Path, articles: list[str]) -> None:
        self.desk = desk
        loaded = Desk.load(desk, use_cache=False)
        self.context = loaded.context
        self.extractor = Extractor(loaded.facts, loaded.context)
        self.prose = "\n".join(  # each article's body, without its front matter
            (desk / path).read_text(encoding="utf-8").split("---\n", 2)[2] for path in articles
        )
        self.names = ", ".join(person.name for person in loaded.facts.entities())
        self.rng = random.Random(1)

    def article(self, name: str, body: str, front: str = FRONT) -> tuple[float, str]:
        """Seconds to load ``body`` as an article and extract its claims; the outcome."""
        path = self.desk / "articles" / name
        path.write_text(front + body + "\n", encoding="utf-8")
        start = time.perf_counter()
        try:
            article = load_article(path, f"articles/{name}")
            verdicts = Counter(
                judge(claim, article, self.context).verdict.value
                for claim in self.extractor.extract(article)
            )
            outcome = ", ".join(f"{n} {v}" for v, n in sorted(verdicts.items())) or "no claims"
        except InputError as error:
            outcome = str(error)
        elapsed = time.perf_counter() - start
        path.unlink()
        return elapsed, outcome

    def body_size(self, size: int) -> int:
        """Characters of body for an article of ``size`` characters, within the limit."""
        return min(size, MAX_ARTICLE_CHARS) - len(FRONT) - 1

    def classes(self) -> dict[str, Callable[[int], tuple[float, str, int]]]:
        """Each hostile class: a function of a size giving seconds, outcome, characters."""

        def article_of(
            name: str, make: Callable[[int], str]
        ) -> Callable[[int], tuple[float, str, int]]:
            def run(size: int) -> tuple[float, str, int]:
                body = make(self.body_size(size))
                elapsed, outcome = self.article(name, body)
                return elapsed, outcome, len(FRONT) + len(body) + 1

            return run

        def yaml_bomb(_size: int) -> tuple[float, str, int]:
            text = billion_laughs()
            start = time.perf_counter()
            try:
                parse_fact_file(text, "facts/bomb.yaml")
                outcome = "loaded!"
            except InputError as error:
                outcome = str(error)
            return time.perf_counter() - start, outcome, len(text)

        def front_matter_bomb(_size: int) -> tuple[float, str, int]:
            front = FRONT.replace("---\n", "---\n" + billion_laughs(), 1)
            elapsed, outcome = self.article("bomb.md", "Text.", front)
            return elapsed, outcome, len(front)

        def base64_blob(size: int) -> str:
            return base64.b64encode(self.rng.randbytes(size * 3 // 4 + 3)).decode()[:size]

        return {
            "alias bomb, facts file": yaml_bomb,
            "alias bomb, front matter": front_matter_bomb,
            "'1,' repeated": article_of("ones.md", lambda n: "1," * (n // 2)),
            "base64 blob in .txt": article_of("blob.txt", base64_blob),
            "one line of prose": article_of(
                "line.md", lambda n: _fill(self.prose.replace("\n", " "), n)
            ),
            "digits": article_of("digits.md", lambda n: "1" * n),
            "line of known names": article_of("names.md", lambda n: _fill(self.names + ", ", n)),
        }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--sizes", type=float, nargs="+", default=[0.1, 0.5, 1.0, 2.0], help="in MB of text"
    )
    parser.add_argument("--articles", type=int, default=50, help="desk size (default: 50)")
    args = parser.parse_args(argv)
    worst = 0.0
    with tempfile.TemporaryDirectory(prefix="factsuite-hostile-") as folder:
        desk = Path(folder)
        bench = Bench(desk, make_desk(desk, args.articles, seed=1))
        print(f"{'input':<28}{'MB':>6}{'s':>9}{'s/MB':>9}{'ratio':>7}  outcome")
        for size_mb in args.sizes:
            size = int(size_mb * MB)
            prose_s, outcome = bench.article("prose.md", _fill(bench.prose, bench.body_size(size)))
            prose_mb = bench.body_size(size) / MB
            print(
                f"{'plain prose':<28}{prose_mb:>6.2f}{prose_s:>9.3f}{prose_s / prose_mb:>9.2f}"
                f"{1.0:>7.2f}  {outcome}"
            )
            for name, run in bench.classes().items():
                elapsed, outcome, chars = run(size)
                mb = chars / MB
                ratio = (elapsed / mb) / (prose_s / prose_mb)
                worst = max(worst, ratio)
                print(
                    f"{name:<28}{mb:>6.2f}{elapsed:>9.3f}{elapsed / mb:>9.2f}{ratio:>7.2f}"
                    f"  {outcome[:60]}"
                )
        too_long = _fill(bench.prose.replace("\n", " "), 5 * MB)
        elapsed, outcome = bench.article("five-mb.md", too_long)
        print(f"\n5 MB line of prose: {outcome} ({elapsed:.3f} s)")
    verdict = "within" if worst <= AIM else "NOT within"
    print(f"worst ratio {worst:.2f}: {verdict} {AIM:g}x plain prose per MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
