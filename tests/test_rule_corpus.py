"""The named rules of the claim kinds, run on tests/corpus/kind_rules.yaml.

The project's standard: a rule is named, and comes with corpus cases, positive and
negative, from at least two beats. Every case is read through the kind's public
``find``; where the reader says which rule read a span (score, age, tenure), that is
checked too, and a score case with ``judge`` is judged against a score fact. The
series rules of compare.py (a number after "from" in a sentence of change, an extreme
said right before a number) are read through series.py's public functions, and the
rule of extraction that a kind's span wins over a date read strictly inside it
through extraction.Extractor. The corpus
itself is checked: each named rule of score.py, age.py, tenure.py and ordinal.py has
cases, reading and reading nothing, from at least two beats (the score rules whose
phrases were seen in sport test articles: from two beats besides sport).

A case the rule gets wrong is kept, marked ``xfail`` (strict) with the reason: it is
a finding about the rule, not a case to fit the rule to.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date
from pathlib import Path
from typing import Any

import pytest
import yaml

from factsuite import series
from factsuite.articles import parse_article
from factsuite.compare import Context, judge
from factsuite.extraction import Extractor
from factsuite.kinds import age, tenure
from factsuite.kinds.score import read_score
from factsuite.model import Claim, Fact, PercentFact, QuantityFact, ScoreFact, Verdict
from tests.conftest import REPO
from tests.kindcases import found_spans

CORPUS = Path(__file__).parent / "corpus" / "kind_rules.yaml"
# The beats of benchmarks/beats: a case names the one it is written for.
BEATS = {path.parent.name for path in (REPO / "benchmarks" / "beats").glob("*/truth.yaml")}
REFERENCE = date(2026, 7, 12)

RULES = {
    "score": {
        "outcome-noun",
        "decided",
        "result-verb",
        "score-context",
        "running-score",
        "side-by-side",
        "to-side",
    },
    "age": {form.name for form in age.FORMS},
    "tenure": set(tenure.FORMS),
    "ordinal": {
        "superlative-rank",
        "placing",
        "place-in-a-field",
        "determined-count",
        "first-no-count",
        "idiom",
        "nothing-counted",
        "one-of-the-day",
        "name",
        "compound",
    },
    "series": {"changed-from", "extreme"},
    "range": {"amounts-each-end"},
    "extraction": {"kind-over-inner-date"},
}
# Rules whose phrases match lines of glimpsed sport test articles: their cases must
# come from two beats besides sport.
NOT_FROM_SPORT = {("score", "running-score"), ("score", "to-side")}


# The facts the corpus's extraction cases bind to.
EXTRACTION_FACTS: dict[str, Fact] = {
    "share": PercentFact(
        id="share",
        label="the share",
        value=75,
        cues=("voters", "jurors", "staff", "patients"),
        sources=("corpus",),
    ),
    "cut": QuantityFact(
        id="cut", value=25, unit="basis points", cues=("cut", "rise"), sources=("corpus",)
    ),
}


def _cases() -> list[dict[str, Any]]:
    loaded = yaml.safe_load(CORPUS.read_text("utf-8"))
    assert isinstance(loaded, list)
    return loaded


CASES = _cases()


def _param(case: dict[str, Any]) -> Any:
    marks = [pytest.mark.xfail(strict=True, reason=case["xfail"])] if "xfail" in case else []
    return pytest.param(case, marks=marks, id=f"{case['kind']}:{case['rule']}:{case['text'][:40]}")


def _reference(case: dict[str, Any]) -> date:
    return case.get("reference") or REFERENCE


def _rules_read(kind: str, text: str, spans: list[str], reference: date) -> set[str]:
    """The rule names the reader gives for what it read; empty where it names none."""
    if kind == "score":
        return {r.rule for r in read_score(text)}
    if kind == "age":
        # A span alone may lose its form ("(64)" without the name before it): the
        # sentence read as a quote names it too.
        quotes = [*spans, text] if spans else []
        return {s.form.name for quote in quotes if (s := age.read_age(quote)) is not None}
    if kind == "tenure":
        return {t.form for span in spans if (t := tenure.read_tenure(span, reference)) is not None}
    return set()


def _verdict(text: str, verdict: dict[str, Any]) -> Verdict:
    fact = ScoreFact(
        id="game.score",
        label="the game",
        sides=tuple(verdict["sides"]),
        scores=tuple(verdict["scores"]),
        sources=("corpus",),
    )
    article = parse_article(f"---\ntitle: T\npublished: 2026-07-13\n---\n{text}\n", "articles/a.md")
    quote = verdict["quote"]
    claim = Claim(
        article=article.path,
        line=5,
        column=text.index(quote) + 1,
        quote=quote,
        kind="score",
        fact=fact.id,
    )
    return judge(claim, article, Context.build({fact.id: fact})).verdict


def _series_read(case: dict[str, Any]) -> list[str]:
    """What series.py reads of the number ``at``: it as the earlier value of a change,
    or "max"/"min" for an extreme."""
    text, number = case["text"], case["at"]
    at = text.index(number)
    if case["rule"] == "changed-from":
        return [number] if series.changed_from(text, at) else []
    extreme = series.extreme_before(text[:at])
    return [extreme] if extreme else []


@pytest.mark.parametrize("case", [_param(c) for c in CASES])
def test_corpus_case(case: dict[str, Any]) -> None:
    text, reference = case["text"], _reference(case)
    if case["kind"] == "series":
        assert _series_read(case) == case["expect"]
        return
    if case["kind"] == "extraction":
        article = parse_article(
            f"---\ntitle: T\npublished: {reference}\n---\n{text}\n", "articles/a.md"
        )
        claims = Extractor(EXTRACTION_FACTS).extract(article)
        assert [f"{c.quote} | {c.kind}" for c in claims if c.fact] == case["expect"]
        return
    spans = found_spans(case["kind"], text, reference)
    assert spans == case["expect"]
    named = _rules_read(case["kind"], text, spans, reference)
    if spans and named and case["rule"] != "to-side":
        assert case["rule"] in named
    if "cue" in case:
        cues = {text[slice(*r.cue)].lower() for r in read_score(text)}
        assert case["cue"] in cues
    if "judge" in case:
        assert _verdict(text, case["judge"]) is Verdict(case["judge"]["verdict"])


def test_corpus_cases_are_well_formed() -> None:
    allowed = {
        "kind",
        "rule",
        "beat",
        "text",
        "expect",
        "reference",
        "cue",
        "fires",
        "at",
        "judge",
        "xfail",
    }
    for case in CASES:
        assert set(case) <= allowed, case
        assert case["kind"] in RULES, case
        assert case["rule"] in RULES[case["kind"]], case
        assert case["beat"] in BEATS, case
        assert isinstance(case["expect"], list), case
        if case["kind"] == "series":
            assert case["at"] in case["text"], case
            assert set(case["expect"]) <= {case["at"], "max", "min"}, case
        elif case["kind"] == "extraction":
            assert all(e.split(" | ")[0] in case["text"] for e in case["expect"]), case
        else:
            assert all(span in case["text"] for span in case["expect"]), case


def test_each_rule_has_cases_reading_and_reading_nothing_from_two_beats() -> None:
    fires: dict[tuple[str, str], set[str]] = defaultdict(set)
    not_fires: dict[tuple[str, str], set[str]] = defaultdict(set)
    for case in CASES:
        applies = case.get("fires", bool(case["expect"]))
        (fires if applies else not_fires)[case["kind"], case["rule"]].add(case["beat"])
    for kind, rules in RULES.items():
        for name in rules:
            rule = (kind, name)
            skip = {"sport"} if rule in NOT_FROM_SPORT else set()
            assert len(fires[rule] - skip) >= 2, (rule, fires[rule])
            assert len(not_fires[rule] - skip) >= 2, (rule, not_fires[rule])
