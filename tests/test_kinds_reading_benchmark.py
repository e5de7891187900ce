"""benchmarks/kinds_reading.py: its blind corpus is well formed, and it counts fairly.

The corpus (benchmarks/kinds_corpus/) is what each kind's reader is measured on,
before and after the kinds are written: a quote that no longer stands in its
sentence, a value of the wrong shape, or an overlap rule that counts the wrong span
would make its figures meaningless.
"""

from __future__ import annotations

import datetime
from collections.abc import Sequence
from pathlib import Path
from typing import Any, ClassVar

import pytest

from factsuite.kinds import registry
from factsuite.kinds.base import ClaimKind, Found, Judgement, Situation
from factsuite.model import Claim, QuantityFact, Verdict
from tests.benchscripts import load_benchmark

REPO = Path(__file__).resolve().parents[1]


bench = load_benchmark("kinds_reading")
CORPUS_FILES = sorted(bench.CORPUS.glob("*.yaml"))
DAY = datetime.date(2025, 6, 1)


# -- the corpus ----------------------------------------------------------------------


def test_there_is_one_corpus_file_per_kind() -> None:
    assert sorted(f.stem for f in CORPUS_FILES) == sorted(bench.KINDS)


@pytest.mark.parametrize("path", CORPUS_FILES, ids=lambda p: p.stem)
def test_each_corpus_file_is_well_formed(path: Path) -> None:
    # load() checks that each quote stands in its text (once, or as nth says) and
    # that each value has its kind's shape.
    kind, cases = bench.load(path)
    assert kind == path.stem
    assert 25 <= len(cases) <= 40
    assert len({case.beat for case in cases}) >= 4, "sentences from at least four beats"
    traps = sum(case.is_negative_or_trap for case in cases)
    assert 3 * traps >= len(cases), "at least a third are negatives or traps"
    assert sum(len(case.expect) for case in cases) > 0
    for case in cases:
        for expected in case.expect:
            assert case.text[expected.start : expected.end] == expected.quote


@pytest.mark.parametrize("path", CORPUS_FILES, ids=lambda p: p.stem)
def test_no_sentence_is_written_twice(path: Path) -> None:
    _, cases = bench.load(path)
    texts = [case.text for case in cases]
    assert len(texts) == len(set(texts))


def _write(tmp_path: Path, body: str, name: str = "score") -> Path:
    path = tmp_path / f"{name}.yaml"
    path.write_text(f"kind: {name}\ncases:\n{body}", encoding="utf-8")
    return path


CASE = (
    '  - {{text: "United won 3-1 on Saturday and 3-1 again.", reference: 2025-03-09,'
    " beat: sport, expect: [{expect}]}}\n"
)


def test_a_quote_that_does_not_stand_in_its_text_is_refused(tmp_path: Path) -> None:
    path = _write(tmp_path, CASE.format(expect='{quote: "4-1", value: [4, 1]}'))
    with pytest.raises(bench.CorpusError, match="does not stand in the text"):
        bench.load(path)


def test_a_quote_written_twice_must_say_which(tmp_path: Path) -> None:
    path = _write(tmp_path, CASE.format(expect='{quote: "3-1", value: [3, 1]}'))
    with pytest.raises(bench.CorpusError, match="say which"):
        bench.load(path)
    second = _write(tmp_path, CASE.format(expect='{quote: "3-1", value: [3, 1], nth: 2}'))
    [case] = bench.load(second)[1]
    assert case.expect[0].start == case.text.rindex("3-1")


def test_a_value_of_the_wrong_shape_is_refused(tmp_path: Path) -> None:
    path = _write(tmp_path, CASE.format(expect='{quote: "on Saturday", value: 3}'))
    with pytest.raises(bench.CorpusError, match="not \\[a, b\\]"):
        bench.load(path)


def test_a_file_must_be_for_the_kind_it_is_named_after(tmp_path: Path) -> None:
    path = tmp_path / "age.yaml"
    path.write_text("kind: score\ncases: []\n", encoding="utf-8")
    with pytest.raises(bench.CorpusError, match="not the file's name"):
        bench.load(path)


@pytest.mark.parametrize(
    ("kind", "value", "fits"),
    [
        ("number", 3400, True),
        ("number", "3400", False),
        ("percent", 4.5, True),
        ("money", {"amount": 3.5e9, "currency": "USD"}, True),
        ("money", {"amount": 3.5e9, "currency": "XYZ"}, False),
        ("money", 3.5e9, False),
        ("date", "2025-03-14", True),
        ("date", "2025-03", True),
        ("date", "2025-13-01", False),
        ("date", "14 March", False),
        ("ordinal", 3, True),
        ("ordinal", 0, False),
        ("ordinal", True, False),
        ("quantity", {"amount": 1.2, "unit": "km"}, True),
        ("quantity", {"amount": 1.2}, False),
        ("fraction", 0.25, True),
        ("fraction", 25, False),
        ("points", 25, True),
        ("range", [40, 50], True),
        ("range", [50, 40], False),
        ("age", 54, True),
        ("age", 54.5, False),
        ("tenure", 1.5, True),
        ("tenure", 0, False),
        ("score", [3, 1], True),
        ("score", [3], False),
        ("score", [3, -1], False),
    ],
)
def test_values_have_their_kinds_shape(kind: str, value: Any, fits: bool) -> None:
    assert (bench.check_value(kind, value) is None) is fits


# -- scoring -------------------------------------------------------------------------


def _case(text: str, *quotes: tuple[str, Any]) -> Any:
    spans = []
    for quote, value in quotes:
        start = text.index(quote)
        spans.append(bench.Expected(quote, start, start + len(quote), value))
    return bench.Case(text, DAY, "sport", tuple(spans))


def test_a_span_found_is_correct_when_it_overlaps_an_expected_quote() -> None:
    text = "United won 3-1 in the 89th minute, a 5-4 ruling said."
    case = _case(text, ("3-1", [3, 1]))

    def reader(text: str, reference: datetime.date) -> list[Any]:
        return [
            bench.Reading(text.index("3"), text.index("3") + 1),  # part of "3-1": counts
            bench.Reading(text.index("5-4"), text.index("5-4") + 3),  # a trap read
        ]

    result = bench.score("score", [case], reader)
    assert (result.expected, result.found, result.correct, result.recalled) == (1, 2, 1, 1)
    assert result.precision == 0.5
    assert result.recall == 1.0
    assert [text[r.start : r.end] for _, r in result.false] == ["5-4"]


def test_an_expected_quote_no_span_overlaps_is_a_miss() -> None:
    case = _case("She won 6-4, 7-5.", ("6-4", [6, 4]), ("7-5", [7, 5]))

    def reader(text: str, reference: datetime.date) -> list[Any]:
        return [bench.Reading(text.index("6-4"), text.index("6-4") + 3)]

    result = bench.score("score", [case], reader)
    assert result.recall == 0.5
    assert [e.quote for _, e in result.misses] == ["7-5"]


def test_a_kind_without_a_reader_finds_nothing_and_says_why() -> None:
    case = _case("She won 6-4.", ("6-4", [6, 4]))
    result = bench.score("score", [case], None, "not registered")
    assert (result.found, result.recall, result.precision) == (0, 0.0, None)
    assert "not registered" in bench.row(result)


def test_values_read_are_compared_with_the_expected_ones() -> None:
    case = _case(
        "It cost $3.5 billion and $20.",
        ("$3.5 billion", {"amount": 3.5e9, "currency": "USD"}),
        ("$20", {"amount": 20, "currency": "EUR"}),
    )
    result = bench.score("money", [case], bench.reader_for("money")[0])
    assert (result.compared, result.agreed) == (2, 1)
    assert [e.quote for _, e, _ in result.disagreements] == ["$20"]


# -- the readers ---------------------------------------------------------------------


def _read(kind: str, text: str) -> list[tuple[str, Any]]:
    reader, status = bench.reader_for(kind)
    assert reader is not None, status
    return [(text[r.start : r.end], r.value) for r in reader(text, DAY)]


def test_money_is_a_number_that_carries_a_currency() -> None:
    text = "Tickets cost up to US$450, and 3,000 fans came."
    [(quote, value)] = _read("money", text)
    assert quote.endswith("US$450")
    assert value == (450, "USD")
    assert _read("number", text) == [("3,000", 3000)]


def test_dates_are_read_with_their_readings() -> None:
    [(quote, readings)] = _read("date", "The vote is on 14 March 2026.")
    assert quote == "14 March 2026"
    assert bench.agrees("date", "2026-03-14", readings)
    assert not bench.agrees("date", "2026-03", readings)


class _Tally(ClaimKind[QuantityFact]):
    """A kind that finds each "N-N" and nothing else: for the finder reader."""

    name: ClassVar[str] = "tally"
    fact_types: ClassVar[tuple[type[QuantityFact], ...]] = (QuantityFact,)

    def judge(self, claim: Claim, fact: QuantityFact, situation: Situation) -> Judgement:
        return Judgement(Verdict.AGREES, "", "", "")

    def find(self, text: str, reference: datetime.date) -> Sequence[Found]:
        import re

        return [Found(m.start(), m.end()) for m in re.finditer(r"\d+-\d+", text)]


class _Silent(_Tally):
    name: ClassVar[str] = "silent"
    find = ClaimKind.find


def test_a_registered_kind_is_read_by_its_own_find(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(registry, "current", lambda: registry.Registry([_Tally(), _Silent()]))
    assert _read("tally", "Won 3-1 today.") == [("3-1", None)]
    assert bench.reader_for("silent") == (None, "no find")
    assert bench.reader_for("score") == (None, "not registered")


def test_the_benchmark_prints_a_row_per_kind(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _write(tmp_path, CASE.format(expect='{quote: "Saturday", value: [1, 1]}'), name="score")
    assert bench.main(["--corpus", str(tmp_path), "--list"]) == 0
    out = capsys.readouterr().out
    assert "precision" in out
    assert "recall" in out
    assert "miss   [sport] 'Saturday'" in out


def test_a_malformed_corpus_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _write(tmp_path, CASE.format(expect='{quote: "4-1", value: [4, 1]}'))
    assert bench.main(["--corpus", str(tmp_path)]) == 2
    assert "does not stand" in capsys.readouterr().err
