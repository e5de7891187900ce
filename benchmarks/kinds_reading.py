"""How well each claim kind's reader finds its claims in a blind corpus of news sentences.

Run from the repository root:

    python benchmarks/kinds_reading.py [KIND ...] [--list] [--corpus FOLDER]

benchmarks/kinds_corpus/<kind>.yaml holds, for one kind, news sentences from several
beats written for this benchmark (never from the sample desk or benchmarks/beats),
each with the article's date (``reference``) and every span of that kind a reader
should find (``expect``: ``quote`` and the ``value`` it should read). At least a
third of each file are sentences with no span of the kind, or with look-alikes that
must not be read (``note`` says which).

Each kind is read the way extraction reads it:

- ``number``, ``percent``, ``money`` and ``date`` by extraction's own readers
  (``find_values``, with the registered finders, as extraction calls it): a ``number``
  value whose text carries a currency (a sign, a code or a word right around it) is
  ``money``, any other ``number`` value is ``number``;
- every other kind by its registered ``find(text, reference)``. A kind not
  registered, or registered without a ``find`` of its own, reads nothing: it prints
  "not registered" (or "no find") with recall 0.

A span found is correct when it overlaps an expected quote; an expected quote is
recalled when a span found overlaps it. Per kind: cases, expected spans, spans found,
precision (correct / found) and recall (recalled / expected). Where the reader gives a
value (number, percent, money, date), the values of the matched pairs are compared too.
``--list`` prints the misses, the false readings and the values that disagree.
"""

from __future__ import annotations

import argparse
import datetime
import math
import re
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from factsuite.daterange import DateRange, parse_iso_range
from factsuite.extraction.values import Value, find_values
from factsuite.kinds import registry
from factsuite.kinds.base import ClaimKind
from factsuite.kinds.money import currency_around, currency_of

CORPUS = Path(__file__).resolve().parent / "kinds_corpus"
KINDS = (
    "number",
    "percent",
    "money",
    "date",
    "ordinal",
    "quantity",
    "fraction",
    "points",
    "range",
    "age",
    "tenure",
    "score",
)
# Read by extraction's own readers, not by a kind's ``find``.
EXTRACTION_KINDS = frozenset({"number", "percent", "money", "date"})
# How far around an amount its currency is looked for ("US dollars" after it).
_CURRENCY_BEFORE = 8
_CURRENCY_AFTER = 24
_ISO = re.compile(r"\d{4}(?:-\d{2}(?:-\d{2})?)?")


class CorpusError(ValueError):
    """A corpus file that is not as this benchmark reads it: where, and what is wrong."""


@dataclass(frozen=True)
class Expected:
    """One span a reader should find: its quote, where it stands, what it should read."""

    quote: str
    start: int
    end: int
    value: Any


@dataclass(frozen=True)
class Case:
    text: str
    reference: datetime.date
    beat: str
    expect: tuple[Expected, ...]
    note: str = ""

    @property
    def is_negative_or_trap(self) -> bool:
        """No span of the kind, or look-alikes a note names."""
        return not self.expect or bool(self.note)


@dataclass(frozen=True)
class Reading:
    """A span a reader found, with the value it read when it says one (else None)."""

    start: int
    end: int
    value: Any = None


Reader = Callable[[str, datetime.date], list[Reading]]


@dataclass
class Score:
    kind: str
    cases: int = 0
    expected: int = 0
    found: int = 0
    correct: int = 0  # spans found that overlap an expected quote
    recalled: int = 0  # expected quotes some span found overlaps
    compared: int = 0  # matched pairs whose reading gives a value
    agreed: int = 0
    status: str = ""  # "" when read; else why nothing was read
    misses: list[tuple[Case, Expected]] = field(default_factory=list)
    false: list[tuple[Case, Reading]] = field(default_factory=list)
    disagreements: list[tuple[Case, Expected, Reading]] = field(default_factory=list)

    @property
    def precision(self) -> float | None:
        return self.correct / self.found if self.found else None

    @property
    def recall(self) -> float:
        return self.recalled / self.expected if self.expected else 0.0


# -- the corpus ----------------------------------------------------------------------


def load(path: Path) -> tuple[str, list[Case]]:
    """The kind a corpus file is for and its cases; CorpusError when it is malformed.

    Each quote must stand in its text exactly once (``nth: N`` picks the N-th of
    several), and each value must have the shape its kind reads (``check_value``)."""
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as error:
        raise CorpusError(f"{path.name}: not YAML: {error}") from None
    if not isinstance(data, dict) or not isinstance(data.get("cases"), list):
        raise CorpusError(f"{path.name}: expected a mapping with 'kind' and a list of 'cases'")
    kind = data.get("kind")
    if kind != path.stem:
        raise CorpusError(f"{path.name}: 'kind' is {kind!r}, not the file's name {path.stem!r}")
    cases = [_case(item, f"{path.name} case {n}", kind) for n, item in enumerate(data["cases"], 1)]
    return kind, cases


def _case(item: object, where: str, kind: str) -> Case:
    if not isinstance(item, dict):
        raise CorpusError(f"{where}: not a mapping")
    unknown = set(item) - {"text", "reference", "beat", "expect", "note"}
    if unknown:
        raise CorpusError(f"{where}: unknown keys {sorted(unknown)}")
    text, reference, beat = item.get("text"), item.get("reference"), item.get("beat")
    if not isinstance(text, str) or not text.strip():
        raise CorpusError(f"{where}: 'text' must be a sentence")
    if isinstance(reference, str):
        try:
            reference = datetime.date.fromisoformat(reference)
        except ValueError:
            raise CorpusError(f"{where}: 'reference' {reference!r} is not a date") from None
    if not isinstance(reference, datetime.date) or isinstance(reference, datetime.datetime):
        raise CorpusError(f"{where}: 'reference' must be the article's date (YYYY-MM-DD)")
    if not isinstance(beat, str) or not beat:
        raise CorpusError(f"{where}: 'beat' must name the beat")
    expect = item.get("expect")
    if not isinstance(expect, list):
        raise CorpusError(f"{where}: 'expect' must be a list ([] for none)")
    note = item.get("note", "")
    if not isinstance(note, str):
        raise CorpusError(f"{where}: 'note' must be text")
    spans = tuple(_expected(e, text, f"{where} ({text[:40]!r})", kind) for e in expect)
    return Case(text, reference, beat, spans, note)


def _expected(item: object, text: str, where: str, kind: str) -> Expected:
    if not isinstance(item, dict) or set(item) - {"quote", "value", "nth"}:
        raise CorpusError(f"{where}: each expected span is {{quote, value}} (and nth)")
    quote = item.get("quote")
    if not isinstance(quote, str) or not quote:
        raise CorpusError(f"{where}: a 'quote' must be text")
    if "value" not in item:
        raise CorpusError(f"{where}: {quote!r} has no 'value'")
    starts = [m.start() for m in re.finditer(re.escape(quote), text)]
    if not starts:
        raise CorpusError(f"{where}: the quote {quote!r} does not stand in the text")
    nth = item.get("nth")
    if nth is None and len(starts) > 1:
        raise CorpusError(f"{where}: {quote!r} stands {len(starts)} times: say which (nth)")
    index = 1 if nth is None else nth
    if not isinstance(index, int) or not 1 <= index <= len(starts):
        raise CorpusError(f"{where}: nth must be 1 to {len(starts)}")
    problem = check_value(kind, item["value"])
    if problem:
        raise CorpusError(f"{where}: value of {quote!r}: {problem}")
    start = starts[index - 1]
    return Expected(quote, start, start + len(quote), item["value"])


def _is_number(value: object) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def _measure(value: object, key: str) -> bool:
    return (
        isinstance(value, dict)
        and set(value) == {"amount", key}
        and _is_number(value["amount"])
        and isinstance(value[key], str)
    )


def _money(value: object) -> bool:
    return (
        _measure(value, "currency")
        and isinstance(value, dict)
        and currency_of(value["currency"]) is not None
    )


def _iso(value: object) -> bool:
    return isinstance(value, str) and _ISO.fullmatch(value) is not None


def _ordinal(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and value > 0


def _fraction(value: object) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool) and 0 < value < 1


def _positive(value: object) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool) and value > 0


def _age(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and 0 <= value < 130


def _range(value: object) -> bool:
    return (
        isinstance(value, list)
        and len(value) == 2
        and all(_is_number(v) for v in value)
        and value[0] < value[1]
    )


def _score(value: object) -> bool:
    return (
        isinstance(value, list)
        and len(value) == 2
        and all(isinstance(v, int) and not isinstance(v, bool) and v >= 0 for v in value)
    )


# What each kind's value must look like, and how to say so when it does not.
_VALUE_SHAPES: dict[str, tuple[Callable[[object], bool], str]] = {
    "number": (_is_number, "a number"),
    "percent": (_is_number, "the percentage, a number"),
    "money": (_money, "{amount, currency} with an ISO 4217 code"),
    "date": (_iso, "an ISO date (YYYY, YYYY-MM or YYYY-MM-DD) as a string"),
    "ordinal": (_ordinal, "a whole number n >= 1"),
    "quantity": (lambda v: _measure(v, "unit"), "{amount, unit}"),
    "fraction": (_fraction, "a decimal between 0 and 1"),
    "points": (_is_number, "basis points, a number"),
    "range": (_range, "[low, high] with low < high"),
    "age": (_age, "whole years, 0 to 129"),
    "tenure": (_positive, "years, a positive number"),
    "score": (_score, "[a, b], whole numbers"),
}


def check_value(kind: str, value: object) -> str | None:
    """Why ``value`` is not what a reader of ``kind`` reads, or None when it is."""
    shape = _VALUE_SHAPES.get(kind)
    if shape is None:
        return None
    test, description = shape
    if not test(value):
        return f"{value!r} is not {description}"
    if kind == "date":
        try:
            parse_iso_range(str(value))
        except ValueError as error:
            return str(error)
    return None


# -- the readers ---------------------------------------------------------------------


_DIGIT = re.compile(r"\d")


def _money_currency(text: str, value: Value) -> str | None:
    """The currency an amount carries: right before its first digit (its text may
    hold a hedge and a sign, "up to US$450"), else right before or after its text."""
    start, end = value.core
    after = text[end : end + _CURRENCY_AFTER]
    digit = _DIGIT.search(text, start, end)
    first = digit.start() if digit else start
    written = currency_around(text[max(0, first - _CURRENCY_BEFORE) : first], after) or (
        currency_around(text[max(0, start - _CURRENCY_BEFORE) : start], after)
    )
    # its ISO code; a name several currencies share ("pesos") is shown as written
    return written.shown if written is not None else None


def _extraction_reader(kind: str) -> Reader:
    finders = registry.current().finders

    def read(text: str, reference: datetime.date) -> list[Reading]:
        readings = []
        for value in find_values(text, reference, finders):
            reading = _as(kind, text, value)
            if reading is not None:
                readings.append(reading)
        return readings

    return read


def _as(kind: str, text: str, value: Value) -> Reading | None:
    """``value`` as a reading of ``kind``, or None when it is not one."""
    if kind == "date":
        if value.kind != "date":
            return None
        return Reading(value.start, value.end, value.readings or None)
    if kind == "percent":
        if value.kind != "percent":
            return None
        return Reading(value.start, value.end, value.number.value if value.number else None)
    if value.kind != "number" or value.number is None:
        return None
    currency = _money_currency(text, value)
    if kind == "money":
        if currency is None:
            return None
        return Reading(value.start, value.end, (value.number.value, currency))
    if kind == "number" and currency is None:
        return Reading(value.start, value.end, value.number.value)
    return None


def _finder_reader(found: ClaimKind[Any]) -> Reader:
    def read(text: str, reference: datetime.date) -> list[Reading]:
        return [Reading(span.start, span.end) for span in found.find(text, reference)]

    return read


def reader_for(kind: str) -> tuple[Reader | None, str]:
    """How ``kind`` is read, or None and why it is not ("not registered", "no find")."""
    if kind in EXTRACTION_KINDS:
        return _extraction_reader(kind), ""
    kinds = registry.current()
    found = kinds.find(kind)
    if found is None:
        return None, "not registered"
    if found not in kinds.finders:
        return None, "no find"
    return _finder_reader(found), ""


# -- scoring -------------------------------------------------------------------------


def agrees(kind: str, expected: Any, read: Any) -> bool:
    """Whether the value a reader read is the expected value of ``kind``."""
    if kind in ("number", "percent"):
        return _close(float(read), float(expected))
    if kind == "money":
        amount, currency = read
        return _close(float(amount), float(expected["amount"])) and currency == currency_of(
            str(expected["currency"])
        )
    if kind == "date":
        want = parse_iso_range(str(expected))
        readings: Sequence[DateRange] = read
        return any(r.start == want.start and r.end == want.end for r in readings)
    return bool(read == expected)


def _close(a: float, b: float) -> bool:
    return math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-9)


def score(kind: str, cases: Sequence[Case], reader: Reader | None, status: str = "") -> Score:
    """How ``reader`` does on ``cases``; a None reader finds nothing (``status`` says why)."""
    result = Score(kind, cases=len(cases), status=status)
    for case in cases:
        result.expected += len(case.expect)
        readings = reader(case.text, case.reference) if reader is not None else []
        result.found += len(readings)
        for reading in readings:
            hit = [e for e in case.expect if reading.start < e.end and e.start < reading.end]
            if not hit:
                result.false.append((case, reading))
                continue
            result.correct += 1
            if reading.value is not None:
                result.compared += 1
                if any(agrees(kind, e.value, reading.value) for e in hit):
                    result.agreed += 1
                else:
                    result.disagreements.append((case, hit[0], reading))
        for expected in case.expect:
            if any(r.start < expected.end and expected.start < r.end for r in readings):
                result.recalled += 1
            else:
                result.misses.append((case, expected))
    return result


# -- the report ----------------------------------------------------------------------

_HEADER = (
    f"{'kind':<10} {'cases':>5} {'expected':>8} {'found':>6} {'correct':>7}"
    f" {'precision':>9} {'recall':>7}  values agree"
)


def row(result: Score) -> str:
    precision = "-" if result.precision is None else f"{result.precision:.3f}"
    values = f"{result.agreed}/{result.compared}" if result.compared else "-"
    line = (
        f"{result.kind:<10} {result.cases:>5} {result.expected:>8} {result.found:>6}"
        f" {result.correct:>7} {precision:>9} {result.recall:>7.3f}  {values}"
    )
    return f"{line}  ({result.status})" if result.status else line


def details(result: Score) -> list[str]:
    lines = [f"-- {result.kind}" + (f": {result.status}" if result.status else "")]
    for case, expected in result.misses:
        lines.append(f"  miss   [{case.beat}] {expected.quote!r} in: {case.text}")
    for case, reading in result.false:
        quote = case.text[reading.start : reading.end]
        lines.append(f"  false  [{case.beat}] {quote!r} in: {case.text}")
    for case, expected, reading in result.disagreements:
        lines.append(
            f"  value  [{case.beat}] {expected.quote!r}: read {_show(reading.value)},"
            f" expected {expected.value!r}"
        )
    return lines


def _show(value: Any) -> str:
    if isinstance(value, tuple) and value and isinstance(value[0], DateRange):
        return ", ".join(str(r) for r in value)
    return repr(value)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("kinds", nargs="*", metavar="KIND", help="only these kinds")
    parser.add_argument("--list", action="store_true", help="print misses and false readings")
    parser.add_argument("--corpus", type=Path, default=CORPUS, help="the corpus folder")
    args = parser.parse_args(argv)
    files = sorted(args.corpus.glob("*.yaml"), key=_file_order)
    if args.kinds:
        files = [f for f in files if f.stem in args.kinds]
        unknown = set(args.kinds) - {f.stem for f in files}
        if unknown:
            print(f"no corpus file for: {', '.join(sorted(unknown))}", file=sys.stderr)
            return 2
    results = []
    try:
        corpora = [load(file) for file in files]
    except CorpusError as error:
        print(f"malformed corpus: {error}", file=sys.stderr)
        return 2
    for kind, cases in corpora:
        reader, status = reader_for(kind)
        results.append(score(kind, cases, reader, status))
    print(_HEADER)
    for result in results:
        print(row(result))
    if args.list:
        for result in results:
            print()
            print("\n".join(details(result)))
    return 0


def _file_order(path: Path) -> tuple[int, str]:
    return (KINDS.index(path.stem) if path.stem in KINDS else len(KINDS), path.stem)


if __name__ == "__main__":
    sys.exit(main())
