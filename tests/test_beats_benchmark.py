"""benchmarks/beats.py: its answer-key validation and how it counts a caught error.

The script is run by hand, but its figures are recorded (FIRST_CONTACT.md) and
compared across rule changes: a key that silently drifts from its article, or an
overlap rule that counts the wrong claim, would make them meaningless.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from factsuite.model import Claim, Result, Verdict
from tests.benchscripts import load_benchmark

REPO = Path(__file__).resolve().parents[1]


beats = load_benchmark("beats")

ARTICLE = """---
title: A test
published: 2026-02-11
---
Acme reported revenue of $51.2 million for 2025.
"""
KEY = """articles:
  articles/01-a.md:
    split: test
    style: wire
    errors:
      - {line: 5, quote: "$51.2 million", kind: money, fact: acme.revenue,
         truth: "revenue was $51.2 billion", expressible: false}
    correct:
      - {line: 5, quote: "2025", kind: date, fact: acme.revenue}
"""
FACTS = """acme.revenue:
  type: number
  label: Acme's revenue in 2025
  value: 51.2
  unit: billion dollars
  sources: [Acme annual report 2025]
"""


def _beat(tmp_path: Path, key: str = KEY) -> Path:
    folder = tmp_path / "acme"
    (folder / "facts").mkdir(parents=True)
    (folder / "articles").mkdir()
    (folder / "facts" / "acme.yaml").write_text(FACTS, encoding="utf-8")
    (folder / "articles" / "01-a.md").write_text(ARTICLE, encoding="utf-8")
    (folder / "truth.yaml").write_text(key, encoding="utf-8")
    return folder


def test_a_well_formed_key_loads_with_its_columns(tmp_path: Path) -> None:
    beat = beats.load_beat(_beat(tmp_path))
    assert beat.splits == {"articles/01-a.md": "test"}
    [error] = beat.errors
    assert (error.line, error.columns, error.expressible) == (5, ((26, 39),), False)
    [correct] = beat.correct
    assert correct.expressible is True


@pytest.mark.parametrize(
    ("old", "new", "complaint"),
    [
        ('quote: "$51.2 million"', 'quote: "$52.1 million"', "does not stand on"),
        ("kind: money", "kind: cash", "unknown kind"),
        ("split: test", "split: train", "split must be one of"),
        ("style: wire", "style: blog", "style must be one of"),
        ("fact: acme.revenue,", "fact: acme.profit,", "is not a fact of the desk"),
        ('{line: 5, quote: "2025"', '{line: 9, quote: "2025"', "is not a line of"),
        ('truth: "revenue was $51.2 billion", ', "", "says what is true"),
    ],
)
def test_a_malformed_key_is_refused(tmp_path: Path, old: str, new: str, complaint: str) -> None:
    assert old in KEY
    with pytest.raises(beats.MalformedKeyError, match=complaint):
        beats.load_beat(_beat(tmp_path, KEY.replace(old, new)))


def test_an_article_the_key_omits_is_refused(tmp_path: Path) -> None:
    folder = _beat(tmp_path)
    shutil.copy(folder / "articles" / "01-a.md", folder / "articles" / "02-b.md")
    with pytest.raises(beats.MalformedKeyError, match=r"02-b\.md has no entry"):
        beats.load_beat(folder)


def test_the_committed_keys_are_valid() -> None:
    assert beats.main(["--validate"]) == 0


def _result(column: int, quote: str, verdict: Verdict) -> Result:
    claim = Claim(article="articles/01-a.md", line=5, column=column, quote=quote, kind="number")
    return Result(claim=claim, verdict=verdict, stated=quote, expected="", message="")


def test_a_failing_claim_over_the_planted_quote_catches_it_and_others_are_false_alarms(
    tmp_path: Path,
) -> None:
    beat = beats.load_beat(_beat(tmp_path))
    results = [
        _result(27, "51.2 million", Verdict.CONTRADICTS),  # inside the planted quote
        _result(44, "2025", Verdict.CONTRADICTS),  # on a true statement
        _result(1, "Acme", Verdict.NEEDS_REVIEW),
    ]
    tally = beats._tally(beat, "test", results)
    assert [e.quote for e in tally.caught] == ["$51.2 million"]
    assert [r.claim.quote for r in tally.false_alarms] == ["2025"]
    assert (tally.needs_review, tally.judged, tally.correct, tally.agreed) == (1, 3, 1, 0)
    assert beats._tally(beat, "dev", results).planted == []


def test_only_the_articles_a_glob_matches_are_tallied(tmp_path: Path) -> None:
    beat = beats.load_beat(_beat(tmp_path))
    results = [_result(27, "51.2 million", Verdict.CONTRADICTS)]
    assert [e.quote for e in beats._tally(beat, "test", results, "01-*").caught] == [
        "$51.2 million"
    ]
    other = beats._tally(beat, "test", results, "06-*")
    assert (other.planted, other.correct) == ([], 0)


def test_a_claim_beside_the_planted_quote_does_not_catch_it(tmp_path: Path) -> None:
    beat = beats.load_beat(_beat(tmp_path))
    tally = beats._tally(beat, "test", [_result(23, "of", Verdict.CONTRADICTS)])
    assert tally.caught == []
    assert len(tally.false_alarms) == 1


def test_the_source_measured_is_this_repositorys_unless_another_is_named() -> None:
    srctree = load_benchmark("srctree")
    assert srctree.source_tree(["beats.py", "--split", "dev"]) == str(REPO / "src")
    assert srctree.source_tree(["beats.py", "--src", "/tmp/old/src", "sport"]) == "/tmp/old/src"
    assert srctree.source_tree(["beats.py", "--src=/tmp/old/src"]) == "/tmp/old/src"


@pytest.mark.parametrize("script", ["beats.py", "extraction_speed.py"])
def test_a_benchmark_imports_factsuite_from_the_source_it_is_given(
    script: str, tmp_path: Path
) -> None:
    """extraction_speed.py used to put this repository's src/ first whatever it was
    asked, so comparing two commits measured the same code twice. A stand-in package
    under --src is the one imported."""
    fake = tmp_path / "src" / "factsuite"
    fake.mkdir(parents=True)
    (fake / "__init__.py").write_text('raise SystemExit("stand-in factsuite imported")\n')
    done = subprocess.run(
        [sys.executable, str(REPO / "benchmarks" / script), "--src", str(tmp_path / "src")],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert "stand-in factsuite imported" in done.stderr
