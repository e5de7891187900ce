"""Where the peer suites (Recognizers-Text and duckling cases) are, for the benchmarks
that read them."""

from __future__ import annotations

import re
import sys
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

_CHECKOUT = Path(__file__).resolve().parents[1]


def find_peer() -> Path:
    """shared/benchmarks/peer beside the checkout, or beside one of its parents: a git
    worktree (/work/wt/<name>) sits a level deeper than the main checkout."""
    for up in _CHECKOUT.parents:
        found = up / "shared" / "benchmarks" / "peer"
        if found.is_dir():
            return found
    return _CHECKOUT.parent / "shared" / "benchmarks" / "peer"


# ---------------------------------------------------------------------------
# What both peer scripts share: the suites' own flags, factsuite's disputes, and
# the way every in-scope line is counted.

DISPUTES = Path(__file__).resolve().parent / "peer_disputes.yaml"
SUITE_FLAGS = ("not_supported", "ref_impl_fails", "ambiguous")


@dataclass(frozen=True)
class Dispute:
    """A way factsuite, a reader of news, reads a class of the suites' phrasings
    otherwise than the suite expects: the lines it covers are scored as misses and
    listed under this reason, never left out."""

    reason: str
    reader: str  # "numbers" or "dates": the script whose lines these are
    why: str
    ids: tuple[str, ...]


def load_disputes(path: Path = DISPUTES) -> list[Dispute]:
    raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    if not isinstance(raw, list):
        raise ValueError(f"{path}: a list of reasons")
    out = []
    for n, entry in enumerate(raw, 1):
        if not isinstance(entry, dict) or set(entry) != {"reason", "reader", "why", "ids"}:
            raise ValueError(f"{path}: reason {n} needs exactly reason, reader, why, ids")
        if entry["reader"] not in ("numbers", "dates"):
            raise ValueError(f"{path}: reason {n}: reader is numbers or dates")
        out.append(Dispute(entry["reason"], entry["reader"], entry["why"], tuple(entry["ids"])))
    return out


def suite_flags(flags: dict[str, Any]) -> list[str]:
    """The suite's own reasons a reader may differ on a line ([] for none)."""
    return [f for f in SUITE_FLAGS if flags.get(f)]


@dataclass
class Count:
    ok: int = 0
    n: int = 0

    def add(self, correct: bool) -> None:
        self.ok += int(correct)
        self.n += 1

    def __str__(self) -> str:
        if self.n == 0:
            return "-"
        return f"{self.ok}/{self.n} {100 * self.ok / self.n:5.1f}%"


@dataclass
class Miss:
    id: str
    text: str
    expected: str
    got: str
    spans: list[tuple[int, int]] = field(default_factory=list)  # the expected entities


@dataclass
class Scoreboard:
    """Every in-scope line counted once: overall, by the suite's flags, and the misses
    factsuite disputes grouped by reason."""

    reader: str
    disputes: list[Dispute]
    overall: Count = field(default_factory=Count)
    by_flag: dict[str, Count] = field(default_factory=lambda: defaultdict(Count))
    disputed: dict[str, list[Miss]] = field(default_factory=lambda: defaultdict(list))
    misses: list[Miss] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._reason_of = {
            i: d.reason for d in self.disputes if d.reader == self.reader for i in d.ids
        }

    def add(self, line: dict[str, Any], correct: bool, expected: str, got: str) -> None:
        self.overall.add(correct)
        for flag in suite_flags(line["flags"]) or ["none"]:
            self.by_flag[flag].add(correct)
        if correct:
            return
        spans = [(e["span"][0], e["span"][1]) for e in line["expected"]]
        miss = Miss(line["id"], line["text"], expected, got, spans)
        reason = self._reason_of.get(line["id"])
        if reason is None:
            self.misses.append(miss)
        else:
            self.disputed[reason].append(miss)

    def all_misses(self) -> list[Miss]:
        return self.misses + [m for ms in self.disputed.values() for m in ms]

    def print(self, show_lines: bool) -> None:
        print(f"\nevery in-scope line, scored: {self.overall}")
        print("  by the suite's own flags (a line may carry two):")
        for flag in (*SUITE_FLAGS, "none"):
            print(f"    {flag:16s} {self.by_flag[flag]!s:>18s}")
        n_disputed = sum(len(v) for v in self.disputed.values())
        print(
            f"  misses: {self.overall.n - self.overall.ok}, of which {n_disputed} disputed by"
            f" factsuite and {len(self.misses)} not"
        )
        print("\ndisputed by factsuite (scored as misses above; reasons in peer_disputes.yaml)")
        for d in self.disputes:
            if d.reader != self.reader or not self.disputed[d.reason]:
                continue
            print(f"  {len(self.disputed[d.reason]):4d}  {d.reason}\n        why: {d.why}")
            if show_lines:
                for m in self.disputed[d.reason]:
                    print(f"        [{m.id}] {m.text[:70]!r}\n          expected {m.expected}")
                    print(f"          got      {m.got}")
        if show_lines and self.misses:
            print("\nmisses not disputed")
            for m in self.misses:
                print(
                    f"  [{m.id}] {m.text[:70]!r}\n    expected {m.expected}\n    got      {m.got}"
                )


# ---------------------------------------------------------------------------
# Non-news forms (issue 3's third question): what each would gain on the suites and
# cost on the negative corpus and the beats' dev articles.

FORMS = Path(__file__).resolve().parent / "peer_forms.yaml"
CORPUS = _CHECKOUT / "tests" / "corpus"
Spans = list[tuple[int, int]]


@dataclass(frozen=True)
class NewsCase:
    """A news sentence the form is tried on: ``reads`` the spans it would rightly read
    there (none: a negative, where any reading of the form is false)."""

    beat: str
    text: str
    reads: tuple[str, ...]


@dataclass(frozen=True)
class Form:
    name: str
    reader: str
    reads: str
    pattern: re.Pattern[str]
    news: tuple[NewsCase, ...] = ()


def load_forms(path: Path = FORMS) -> list[Form]:
    raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    out = []
    for n, entry in enumerate(raw, 1):
        keys = {"name", "reader", "reads", "pattern"}
        if not isinstance(entry, dict) or not keys <= set(entry) <= keys | {"news"}:
            raise ValueError(f"{path}: form {n} needs name, reader, reads, pattern (and news)")
        if entry["reader"] not in ("numbers", "dates"):
            raise ValueError(f"{path}: form {n}: reader is numbers or dates")
        news = []
        for case in entry.get("news", []):
            for surface in case["reads"]:
                if surface not in case["text"]:
                    raise ValueError(f"{path}: form {n}: {surface!r} is not in {case['text']!r}")
            news.append(NewsCase(case["beat"], case["text"], tuple(case["reads"])))
        pattern = re.compile(entry["pattern"])
        out.append(Form(entry["name"], entry["reader"], entry["reads"], pattern, tuple(news)))
    return out


def additions(form: Form, text: str, read: Spans) -> Spans:
    """The spans the form would read in ``text`` otherwise than the reader does today:
    every match not inside a span read already ("per cent of 210" is more than the 210
    read today, so it changes the reading)."""
    return [
        m.span()
        for m in form.pattern.finditer(text)
        if not any(s <= m.start() and m.end() <= e for s, e in read)
    ]


def _overlaps_any(span: tuple[int, int], spans: Spans) -> bool:
    return any(span[0] < e and s < span[1] for s, e in spans)


def negative_texts() -> list[tuple[str, Spans]]:
    """Texts of the negative corpus, each with the spans a reader may read in it:
    not_numbers.yaml (its expected readings) and kind_rules.yaml's negatives (none)."""
    out: list[tuple[str, Spans]] = []
    for case in yaml.safe_load((CORPUS / "not_numbers.yaml").read_text(encoding="utf-8")):
        text = case["text"]
        allowed = []
        for e in case["expect"]:
            at = text.find(e["text"])
            if at >= 0:
                allowed.append((at, at + len(e["text"])))
        out.append((text, allowed))
    for case in yaml.safe_load((CORPUS / "kind_rules.yaml").read_text(encoding="utf-8")):
        if case.get("expect") == []:
            out.append((case["text"], []))
    return out


def beats_dev_texts() -> list[str]:
    """The dev articles of benchmarks/beats (never the test split)."""
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from beats import BEATS, load_beat

    texts = []
    for folder in sorted(p for p in BEATS.iterdir() if (p / "truth.yaml").is_file()):
        beat = load_beat(folder)
        for article, split in sorted(beat.splits.items()):
            if split == "dev":
                texts.append((folder / article).read_text(encoding="utf-8"))
    return texts


@dataclass
class FormCost:
    form: Form
    gain: int  # missed peer lines where it would read an expected entity
    negatives: int  # readings it adds where the negative corpus reads none
    dev: int  # readings it adds to the beats' dev articles
    news_right: int = 0  # spans of its own news cases it reads rightly
    news_false: int = 0  # readings it adds in its own news cases that are wrong

    @property
    def decision(self) -> str:
        if self.negatives:
            return f"keep out: {self.negatives} false readings on the negative corpus"
        if self.news_false:
            return f"keep out: {self.news_false} false readings in its own news cases"
        if self.dev:
            return f"keep out: {self.dev} new readings in beats dev (claims to bind or alarms)"
        if not self.gain:
            return "no gain on the suites"
        if not self.form.news:
            return "free here (no case of it in either): add only with negatives of its own"
        return "free: no false reading anywhere it was tried"


def measure_forms(
    reader: str, read: Callable[[str], Spans], misses: Iterable[Miss], forms: list[Form]
) -> list[FormCost]:
    missed = list(misses)
    negatives = negative_texts()
    dev = [(text, read(text)) for text in beats_dev_texts()]
    costs = []
    for form in (f for f in forms if f.reader == reader):
        gain = sum(
            any(_overlaps_any(span, m.spans) for span in additions(form, m.text, read(m.text)))
            for m in missed
        )
        false_readings = sum(
            sum(not _overlaps_any(span, allowed) for span in additions(form, text, read(text)))
            for text, allowed in negatives
        )
        new_in_dev = sum(len(additions(form, t, spans)) for t, spans in dev)
        right = wrong = 0
        for case in form.news:
            for start, end in additions(form, case.text, read(case.text)):
                if case.text[start:end] in case.reads:
                    right += 1
                else:
                    wrong += 1
        costs.append(FormCost(form, gain, false_readings, new_in_dev, right, wrong))
    return costs


def print_forms(costs: list[FormCost]) -> None:
    print("\nnon-news forms (issue 3's third question; candidates in peer_forms.yaml)")
    print(f"  {'form':42s} {'gain':>5s} {'neg.':>5s} {'dev':>5s} {'news':>6s}  decision")
    for c in costs:
        news = f"{c.news_right}/{c.news_false}" if c.form.news else "-"
        print(
            f"  {c.form.name:42s} {c.gain:5d} {c.negatives:5d} {c.dev:5d} {news:>6s}  {c.decision}"
        )
    print(
        "  gain: missed peer lines it would read an expected entity in; neg.: readings it"
        " adds\n  on the negative corpus; dev: readings it adds to the beats' dev articles;"
        "\n  news: right/false readings on the form's own news cases (peer_forms.yaml)"
    )
