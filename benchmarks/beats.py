"""The gate on beats unlike the sample story: planted errors caught, false alarms, review load.

Run from the repository root:

    python benchmarks/beats.py [BEAT ...] [--split dev|test|all] [--articles GLOB] [--list]
                               [--validate] [--without RULE[,RULE]] [--src DIR]

Each folder under benchmarks/beats/ is a desk (``facts/``, ``articles/``, an empty
``claims.yaml``) written by a new user from the docs alone, with ``truth.yaml`` as its
answer key: for every article its split (dev or test), its style, every planted error
and every true statement that a desk fact can check, each by line and verbatim quote.

For the chosen split, each beat's desk is copied to a temporary folder with only that
split's articles and judged twice with factsuite's own core:

- hook: as the pre-commit hook sees new articles (claims.yaml empty, so every span is
  unrecorded and judged as ``factsuite check`` would);
- extract: after ``factsuite extract`` with no review, the gate over what it recorded.

For each stage:

- caught: planted errors for which a failing claim's span overlaps the planted quote
  on its line;
- false alarms: failing claims that overlap no planted error, also per 100 of the
  true statements the key lists;
- needs-review share: claims judged needs-review among all claims judged;
- true statements agreed: listed true statements some agreeing claim overlaps.

``--without RULE[,RULE]`` turns those binding rules off (extraction/binding_rules.py)
for both stages; benchmarks/binding_rules.py does so for each rule alone.

``--src DIR`` measures the factsuite package under DIR instead of this repository's
src/: another commit's, to compare two versions on the same beats in the same run.

``--validate`` only checks the answer keys (each quote stands verbatim on its line,
kinds, splits and styles known, facts exist) and runs no gate: the way to check test
articles before their first-contact run. A malformed key exits 2.
"""

from __future__ import annotations

import argparse
import fnmatch
import io
import shutil
import sys
import tempfile
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))
from srctree import use_source_tree

use_source_tree(sys.argv)

# factsuite is imported only once the source to measure is on the path.
from factsuite.desk import Desk  # noqa: E402
from factsuite.errors import InputError  # noqa: E402
from factsuite.extraction.binding_rules import UnknownRuleError, without  # noqa: E402
from factsuite.extraction.command import run as extract  # noqa: E402
from factsuite.model import Result, Verdict  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
BEATS = REPO / "benchmarks" / "beats"
SPLITS = ("dev", "test")
STYLES = {"wire", "explainer", "live-blog", "opinion", "feature"}
KINDS = {
    "date",
    "number",
    "count",
    "percent",
    "money",
    "ordinal",
    "quantity",
    "points",
    "fraction",
    "range",
    "age",
    "tenure",
    "score",
    "series",
    "name",
    "role",
    "attribute",
    "place",
    "elapsed",
    "anniversary",
}
STAGES = ("hook", "extract")


class MalformedKeyError(Exception):
    """A malformed answer key: the message names the key file and the entry."""


@dataclass(frozen=True)
class Statement:
    """One planted error or one true statement of an article, as the key lists it."""

    article: str  # relative to the beat's desk: articles/NN-slug.md
    line: int
    quote: str
    kind: str
    fact: str
    expressible: bool
    truth: str  # what is true, for planted errors; empty for true statements
    columns: tuple[tuple[int, int], ...]  # every [start, end) of the quote on its line

    def overlaps(self, result: Result) -> bool:
        start, end = _span(result)
        for column, end_column in self.columns:
            if start < (self.line, end_column) and (self.line, column) < end:
                return True
        return False


@dataclass
class Beat:
    name: str
    folder: Path
    splits: dict[str, str] = field(default_factory=dict)  # article -> split
    styles: dict[str, str] = field(default_factory=dict)
    errors: list[Statement] = field(default_factory=list)
    correct: list[Statement] = field(default_factory=list)


def _span(result: Result) -> tuple[tuple[int, int], tuple[int, int]]:
    """The claim's [start, end) as (line, column) pairs."""
    if result.span is not None:
        span = result.span
        return (span.line, span.column), (span.end_line, span.end_column)
    claim = result.claim
    return (claim.line, claim.column), (claim.line, claim.end_column)


def _fact_ids(folder: Path) -> set[str]:
    ids: set[str] = set()
    for path in sorted((folder / "facts").rglob("*.yaml")):
        loaded = yaml.safe_load(path.read_text(encoding="utf-8"))
        if isinstance(loaded, dict):
            ids.update(str(key) for key in loaded)
    return ids


def _statement(
    where: str, entry: object, article: str, lines: list[str], facts: set[str], planted: bool
) -> Statement:
    if not isinstance(entry, dict):
        raise MalformedKeyError(f"{where}: an entry must be a mapping")
    allowed = {"line", "quote", "kind", "fact", "expressible"} | ({"truth"} if planted else set())
    unknown = set(entry) - allowed
    if unknown:
        raise MalformedKeyError(f"{where}: unknown keys {sorted(unknown)}")
    line, quote, kind = entry.get("line"), entry.get("quote"), entry.get("kind")
    fact, expressible = entry.get("fact"), entry.get("expressible", True)
    if not isinstance(line, int) or not 1 <= line <= len(lines):
        raise MalformedKeyError(f"{where}: line {line!r} is not a line of {article}")
    if not isinstance(quote, str) or not quote:
        raise MalformedKeyError(f"{where}: quote must be non-empty text")
    text = lines[line - 1]
    columns: list[tuple[int, int]] = []
    start = text.find(quote)
    while start >= 0:
        columns.append((start + 1, start + 1 + len(quote)))
        start = text.find(quote, start + 1)
    if not columns:
        raise MalformedKeyError(f"{where}: {quote!r} does not stand on {article}:{line}")
    if kind not in KINDS:
        raise MalformedKeyError(f"{where}: unknown kind {kind!r}")
    if not isinstance(fact, str) or fact not in facts:
        raise MalformedKeyError(f"{where}: {fact!r} is not a fact of the desk")
    if not isinstance(expressible, bool):
        raise MalformedKeyError(f"{where}: expressible must be true or false")
    truth = entry.get("truth", "")
    if planted and (not isinstance(truth, str) or not truth):
        raise MalformedKeyError(f"{where}: a planted error says what is true in `truth`")
    return Statement(article, line, quote, kind, fact, expressible, str(truth), tuple(columns))


def load_beat(folder: Path) -> Beat:
    """Read and validate ``folder/truth.yaml``; raise MalformedKeyError on anything malformed."""
    key_path = folder / "truth.yaml"
    label = str(key_path.relative_to(REPO)) if key_path.is_relative_to(REPO) else str(key_path)
    if not key_path.is_file():
        raise MalformedKeyError(f"{label}: missing")
    try:
        loaded: Any = yaml.safe_load(key_path.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        raise MalformedKeyError(f"{label}: not YAML: {str(exc).splitlines()[0]}") from exc
    if not isinstance(loaded, dict) or set(loaded) != {"articles"}:
        raise MalformedKeyError(f"{label}: must be a mapping with the one key `articles`")
    articles = loaded["articles"]
    if not isinstance(articles, dict):
        raise MalformedKeyError(f"{label}: `articles` must map article paths to entries")
    beat = Beat(folder.name, folder)
    facts = _fact_ids(folder)
    on_disk = {
        f"articles/{p.name}" for p in (folder / "articles").glob("*") if p.suffix in {".md", ".txt"}
    }
    for missing in sorted(on_disk - set(articles)):
        raise MalformedKeyError(f"{label}: {missing} has no entry")
    for article, entry in articles.items():
        where = f"{label}: {article}"
        if article not in on_disk:
            raise MalformedKeyError(f"{where}: no such article")
        if not isinstance(entry, dict):
            raise MalformedKeyError(f"{where}: must be a mapping")
        unknown = set(entry) - {"split", "style", "errors", "correct"}
        if unknown:
            raise MalformedKeyError(f"{where}: unknown keys {sorted(unknown)}")
        if entry.get("split") not in SPLITS:
            raise MalformedKeyError(f"{where}: split must be one of {', '.join(SPLITS)}")
        if entry.get("style") not in STYLES:
            raise MalformedKeyError(f"{where}: style must be one of {', '.join(sorted(STYLES))}")
        beat.splits[article] = entry["split"]
        beat.styles[article] = entry["style"]
        lines = (folder / article).read_text(encoding="utf-8").splitlines()
        for group, planted in (("errors", True), ("correct", False)):
            items = entry.get(group) or []
            if not isinstance(items, list):
                raise MalformedKeyError(f"{where}: `{group}` must be a list")
            for n, item in enumerate(items, 1):
                statement = _statement(
                    f"{where}: {group} #{n}", item, article, lines, facts, planted
                )
                (beat.errors if planted else beat.correct).append(statement)
    return beat


@dataclass
class Tally:
    planted: list[Statement] = field(default_factory=list)
    caught: list[Statement] = field(default_factory=list)
    missed: list[tuple[Statement, list[Result]]] = field(default_factory=list)
    false_alarms: list[Result] = field(default_factory=list)
    correct: int = 0
    agreed: int = 0
    judged: int = 0
    needs_review: int = 0

    def add(self, other: Tally) -> None:
        self.planted += other.planted
        self.caught += other.caught
        self.missed += other.missed
        self.false_alarms += other.false_alarms
        self.correct += other.correct
        self.agreed += other.agreed
        self.judged += other.judged
        self.needs_review += other.needs_review


def _judge(root: Path) -> list[Result]:
    desk = Desk.load(root, use_cache=False)
    paths = desk.article_paths()
    return list(desk.results(desk.gate_claims(desk.checked_claims(), paths)))


def _chosen(beat: Beat, split: str, articles: str) -> list[str]:
    """The beat's articles of ``split`` whose file name matches ``articles`` (a glob)."""
    return sorted(
        a
        for a, s in beat.splits.items()
        if split in ("all", s) and fnmatch.fnmatch(Path(a).name, articles)
    )


def _tally(beat: Beat, split: str, results: list[Result], articles: str = "*") -> Tally:
    chosen = set(_chosen(beat, split, articles))
    errors = [e for e in beat.errors if e.article in chosen]
    correct = [c for c in beat.correct if c.article in chosen]
    tally = Tally(planted=errors, correct=len(correct), judged=len(results))
    tally.needs_review = sum(r.verdict == Verdict.NEEDS_REVIEW for r in results)
    failed = [r for r in results if r.outcome == "failed"]
    for error in errors:
        mine = [r for r in results if r.claim.article == error.article and error.overlaps(r)]
        if any(r.outcome == "failed" for r in mine):
            tally.caught.append(error)
        else:
            tally.missed.append((error, mine))
    tally.false_alarms = [
        r for r in failed if not any(r.claim.article == e.article and e.overlaps(r) for e in errors)
    ]
    tally.agreed = sum(
        any(
            r.claim.article == c.article and r.verdict == Verdict.AGREES and c.overlaps(r)
            for r in results
        )
        for c in correct
    )
    return tally


def measure(beat: Beat, split: str, articles: str = "*") -> dict[str, Tally]:
    """Judge the beat's articles of ``split`` (those ``articles`` matches) at both stages."""
    chosen = _chosen(beat, split, articles)
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        shutil.copytree(beat.folder / "facts", root / "facts")
        (root / "articles").mkdir()
        for article in chosen:
            shutil.copy2(beat.folder / article, root / article)
        (root / "claims.yaml").write_text("version: 1\nclaims: []\n", encoding="utf-8")
        tallies = {"hook": _tally(beat, split, _judge(root), articles)}
        quiet = io.StringIO()
        status = extract(root, [], check=False, progress=False, out=quiet, err=quiet)
        if status == 2:
            raise InputError(
                f"benchmarks/beats/{beat.name}", f"extract: {quiet.getvalue().strip()}"
            )
        tallies["extract"] = _tally(beat, split, _judge(root), articles)
    return tallies


def _share(part: int, whole: int) -> str:
    return f"{100 * part / whole:.1f}%" if whole else "n/a"


def _summary(name: str, tally: Tally) -> str:
    alarms = len(tally.false_alarms)
    per_100 = f"{100 * alarms / tally.correct:.1f}" if tally.correct else "n/a"
    return (
        f"  {name:<10} caught {len(tally.caught)}/{len(tally.planted)}"
        f" ({_share(len(tally.caught), len(tally.planted))});"
        f" false alarms {alarms} ({per_100} per 100 true statements);"
        f" needs-review {tally.needs_review}/{tally.judged}"
        f" ({_share(tally.needs_review, tally.judged)});"
        f" true statements agreed {tally.agreed}/{tally.correct}"
    )


def _breakdown(tally: Tally) -> None:
    by_expressible = Counter(e.expressible for e in tally.planted)
    caught_expressible = Counter(e.expressible for e in tally.caught)
    for flag in (True, False):
        if by_expressible[flag]:
            label = "expressible" if flag else "not expressible"
            print(f"    {label:<16} caught {caught_expressible[flag]}/{by_expressible[flag]}")
    by_kind = Counter(e.kind for e in tally.planted)
    caught_kind = Counter(e.kind for e in tally.caught)
    print(
        "    by kind: "
        + ", ".join(f"{kind} {caught_kind[kind]}/{n}" for kind, n in sorted(by_kind.items()))
    )
    # which kinds and verdicts the false alarms are: an aggregate, so that a split never
    # read (test) still says where the gate errs on prose it was not tuned on
    alarms = Counter(f"{r.claim.kind} {r.verdict.value}" for r in tally.false_alarms)
    if alarms:
        print(
            "    false alarms by kind: "
            + ", ".join(f"{what} {n}" for what, n in sorted(alarms.items()))
        )


def _listing(beat: str, tally: Tally) -> None:
    for error, mine in tally.missed:
        said = "; ".join(f"{r.verdict.value}: {r.message}" for r in mine) or "no claim"
        print(
            f"    missed       beats/{beat}/{error.article}:{error.line}: {error.quote!r}"
            f" [{error.kind}] ({error.truth}) -- gate: {said}"
        )
    for result in tally.false_alarms:
        print(
            f"    false alarm  beats/{beat}/{result.claim.article}:{result.claim.line}:"
            f"{result.claim.column}: {result.message}"
        )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("beats", nargs="*", help="beat folders under benchmarks/beats/")
    parser.add_argument("--split", choices=("dev", "test", "all"), default="dev")
    parser.add_argument(
        "--articles",
        default="*",
        metavar="GLOB",
        help="only the articles of the split whose file name matches (e.g. '06-*': the"
        " test articles written to replace seen ones)",
    )
    parser.add_argument("--list", action="store_true", help="print every miss and false alarm")
    parser.add_argument("--validate", action="store_true", help="check the keys; run no gate")
    parser.add_argument(
        "--without", default="", metavar="RULE[,RULE]", help="binding rules to turn off"
    )
    parser.add_argument(
        "--src", metavar="DIR", help="measure the factsuite package under DIR (read at import)"
    )
    args = parser.parse_args(argv)
    rules_off = [name for name in args.without.split(",") if name]
    try:
        with without(rules_off):
            pass
    except UnknownRuleError as exc:
        print(f"--without: {exc}", file=sys.stderr)
        return 2
    names = args.beats or sorted(
        p.name for p in BEATS.iterdir() if p.is_dir() and (p / "facts").is_dir()
    )
    beats: list[Beat] = []
    try:
        for name in names:
            folder = BEATS / name
            if not folder.is_dir():
                raise MalformedKeyError(f"benchmarks/beats/{name}: no such beat")
            beats.append(load_beat(folder))
    except MalformedKeyError as exc:
        print(exc, file=sys.stderr)
        return 2
    if args.validate:
        for beat in beats:
            per_split = Counter(beat.splits.values())
            print(
                f"{beat.name}: {len(beat.splits)} articles"
                f" ({', '.join(f'{s} {per_split[s]}' for s in SPLITS)}),"
                f" {len(beat.errors)} planted errors, {len(beat.correct)} true statements: key ok"
            )
        return 0
    overall = {stage: Tally() for stage in STAGES}
    print(
        f"split: {args.split}"
        + (f"; articles {args.articles}" if args.articles != "*" else "")
        + (f"; without {', '.join(rules_off)}" if rules_off else "")
    )
    for beat in beats:
        try:
            with without(rules_off):
                tallies = measure(beat, args.split, args.articles)
        except InputError as exc:
            print(exc, file=sys.stderr)
            return 2
        print(f"{beat.name}:")
        for stage in STAGES:
            print(_summary(stage, tallies[stage]))
            overall[stage].add(tallies[stage])
            if args.list:
                _listing(beat.name, tallies[stage])
    print("overall:")
    for stage in STAGES:
        print(_summary(stage, overall[stage]))
        _breakdown(overall[stage])
    return 0


if __name__ == "__main__":
    sys.exit(main())
