"""Loading a desk: facts, claims and articles, and a clear error for each bad input."""

from __future__ import annotations

import gc
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest

from factsuite import facts as facts_module
from factsuite.daterange import DateRange, Precision
from factsuite.desk import Desk
from factsuite.errors import InputError
from factsuite.facts import load_facts, parse_fact_file
from factsuite.model import CountFact, DateFact, PersonFact
from tests.conftest import ARTICLE, FACTS

CLAIM = """\
version: 1
claims:
  - article: articles/a.md
    line: 6
    column: 25
    quote: "26"
    kind: number
    fact: leaders
    status: confirmed
"""


def error_of(make: Callable[[], object]) -> InputError:
    with pytest.raises(InputError) as caught:
        make()
    return caught.value


def test_facts_load_into_typed_records() -> None:
    facts = {f.id: f for f in parse_fact_file(FACTS, "facts/base.yaml")}
    parade = facts["parade.date"]
    assert isinstance(parade, DateFact)
    assert parade.value == DateRange(date(2025, 9, 3), date(2025, 9, 3), Precision.DAY)
    assert parade.sources == ("https://example.org/parade",)
    assert isinstance(facts["leaders"], CountFact)
    kim = facts["kim-jong-un"]
    assert isinstance(kim, PersonFact)
    assert kim.names == ("Kim Jong Un", "Kim Jong-un")
    assert kim.roles[0].start == DateRange(date(2011, 12, 1), date(2011, 12, 31), Precision.MONTH)


@pytest.mark.parametrize(
    ("text", "line", "column", "message"),
    [
        ("x:\n  type: rumour\n  sources: [s]\n", 2, 9, "unknown fact type 'rumour'"),
        ("x:\n  type: date\n  value: 2025-02-30\n  sources: [s]\n", 3, 10, "day 30 does not exist"),
        ("x:\n  type: date\n  value: 2025\n", 2, 3, "needs 'sources'"),
        ("x:\n  type: date\n  value: 2025\n  soruces: [s]\n", 4, 3, "unknown key 'soruces'"),
        ("x:\n  type: count\n  value: many\n  sources: [s]\n", 3, 10, "must be a number"),
        ("bad id:\n  type: date\n  value: 2025\n  sources: [s]\n", 1, 1, "bad fact id"),
        (
            "x:\n  type: person\n  name: A\n  sources: [s]\n  roles:\n    - from: 2020\n",
            6,
            7,
            "needs a 'title'",
        ),
        ("x: [1, 2]\n", 1, 4, "must be a mapping"),
        ("- a\n- b\n", 1, 1, "mapping from fact id"),
    ],
)
def test_bad_fact_files_are_located(text: str, line: int, column: int, message: str) -> None:
    error = error_of(lambda: parse_fact_file(text, "facts/f.yaml"))
    assert (error.path, error.line, error.column) == ("facts/f.yaml", line, column)
    assert message in error.message


@pytest.mark.parametrize(
    ("place", "expected"),
    [
        ("Hanoi", ("Hanoi",)),
        ("[Tiananmen Square, Beijing]", ("Tiananmen Square", "Beijing")),
        ("[Panmunjom, '', DMZ]", ("Panmunjom", "DMZ")),
    ],
)
def test_a_date_fact_says_where_its_event_was(place: str, expected: tuple[str, ...]) -> None:
    text = f"x:\n  type: date\n  value: 2025\n  place: {place}\n  sources: [s]\n"
    (fact,) = parse_fact_file(text, "facts/f.yaml")
    assert isinstance(fact, DateFact)
    assert fact.place == expected


def test_a_date_fact_without_a_place_has_none() -> None:
    (fact,) = parse_fact_file("x:\n  type: date\n  value: 2025\n  sources: [s]\n", "f.yaml")
    assert isinstance(fact, DateFact)
    assert fact.place == ()


@pytest.mark.parametrize(
    ("place", "column", "message"),
    [
        ("[]", 10, "'place' of fact 'x' is empty"),
        ("''", 10, "'place' of fact 'x' is empty"),
        ("[Beijing, {city: Beijing}]", 20, "each item of 'place' in fact 'x' must be text"),
        ("[Beijing, BEIJING]", 10, "lists 'Beijing' twice (as 'BEIJING')"),
        ("['--']", 10, "'--' in 'place' of fact 'x' names no place"),
        ("true", 10, "must be text"),
    ],
)
def test_a_bad_place_is_located(place: str, column: int, message: str) -> None:
    text = f"x:\n  type: date\n  value: 2025\n  place: {place}\n  sources: [s]\n"
    error = error_of(lambda: parse_fact_file(text, "facts/f.yaml"))
    assert (error.path, error.line, error.column) == ("facts/f.yaml", 4, column)
    assert message in error.message


def test_only_a_date_fact_has_a_place() -> None:
    text = "x:\n  type: count\n  value: 2\n  place: Vladivostok\n  sources: [s]\n"
    error = error_of(lambda: parse_fact_file(text, "facts/f.yaml"))
    assert (error.line, error.column) == (4, 3)
    assert "only a date fact has one" in error.message
    assert "a count fact" in error.message


def test_the_same_fact_id_in_two_files(make_desk: Callable[..., Path]) -> None:
    root = make_desk(
        facts={"a.yaml": FACTS, "b.yaml": "leaders:\n  type: count\n  value: 3\n  sources: [s]\n"}
    )
    error = error_of(lambda: Desk.load(root))
    assert error.location == "facts/b.yaml:1:1"
    assert "'leaders' is already defined at facts/a.yaml:6" in error.message


def test_claims_load_and_bind(make_desk: Callable[..., Path]) -> None:
    desk = Desk.load(make_desk(claims=CLAIM))
    (claim,) = desk.claims
    assert (claim.article, claim.line, claim.column, claim.quote) == ("articles/a.md", 6, 25, "26")
    assert claim.fact == "leaders"
    assert claim.status == "confirmed"
    assert claim.reviewed_quote is None


def test_a_reworded_claim_loads_the_quote_a_person_reviewed(
    make_desk: Callable[..., Path],
) -> None:
    reworded = CLAIM.replace("status: confirmed", "status: pending\n    reviewed_quote: '25'")
    (claim,) = Desk.load(make_desk(claims=reworded)).claims
    assert (claim.status, claim.reviewed_quote) == ("pending", "25")
    assert not claim.unreviewed_binding


@pytest.mark.parametrize(
    ("change", "line", "message"),
    [
        (("fact: leaders", "fact: leader"), 8, "unknown fact id 'leader'"),
        (("fact: leaders", "fact: parade.date"), 8, "cannot be checked against 'parade.date'"),
        (("kind: number", "kind: place"), 8, "a place claim cannot be checked against 'leaders'"),
        (("kind: number", "kind: rumour"), 7, "expected one of"),
        (("status: confirmed", "status: ignored"), 9, "needs a 'reason'"),
        (("line: 6", "line: zero"), 4, "whole number"),
        (('quote: "26"', "quote: 26"), 6, "exact text"),
        (("status: confirmed", "status: confirmed\n    status: pending"), 10, "duplicate key"),
        (("status: confirmed", "status: pending\n    reviewed_quote: 25"), 10, "reviewed"),
        (("status: confirmed", "status: pending\n    reviewed_quote: ''"), 10, "reviewed"),
    ],
)
def test_bad_claims_are_located(
    make_desk: Callable[..., Path], change: tuple[str, str], line: int, message: str
) -> None:
    root = make_desk(claims=CLAIM.replace(*change))
    error = error_of(lambda: Desk.load(root))
    assert (error.path, error.line) == ("claims.yaml", line)
    assert message in error.message


def test_article_front_matter_and_reference_date(make_desk: Callable[..., Path]) -> None:
    dated = ARTICLE.replace(
        "published: 2025-08-28\n",
        "published: 2025-08-28\ndateline:\n  place: Beijing\n  date: 2025-08-29\n",
    )
    desk = Desk.load(
        make_desk(articles={"a.md": dated}, claims=CLAIM.replace("line: 6", "line: 9"))
    )
    article = desk.article("articles/a.md")
    assert article.title == "Parade"
    assert article.published == date(2025, 8, 28)
    assert article.dateline_place == "Beijing"
    assert article.reference_date == date(2025, 8, 29)


@pytest.mark.parametrize(
    ("content", "message", "line"),
    [
        (b"No front matter here.\n", "has no front matter", 1),
        (b"---\ntitle: T\n---\nBody\n", "needs 'published'", 2),
        (b"---\ntitle: T\npublished: 2025-08\n---\nBody\n", "must be a full date", 3),
        (b"---\ntitle: T\npublished: 2025-08-28\nauthr: me\n---\nBody\n", "unknown key 'authr'", 4),
        (b"---\ntitle: T\npublished: 2025-08-28\n---\nCaf\xe9 au lait\n", "not valid UTF-8", 5),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00", "binary file", None),
    ],
)
def test_bad_articles_are_clear_errors(
    make_desk: Callable[..., Path], content: bytes, message: str, line: int | None
) -> None:
    root = make_desk(claims=CLAIM)
    (root / "articles" / "a.md").write_bytes(content)
    desk = Desk.load(root)
    error = error_of(lambda: desk.check_articles(desk.claims))
    assert error.path == "articles/a.md"
    assert message in error.message
    assert error.line == line


def test_a_missing_article_names_the_claim(make_desk: Callable[..., Path]) -> None:
    root = make_desk(claims=CLAIM.replace("articles/a.md", "articles/gone.md"))
    desk = Desk.load(root)
    error = error_of(lambda: desk.check_articles(desk.claims))
    assert (
        str(error)
        == "articles/gone.md: article not found (named in claims.yaml): restore it, or run"
        " `factsuite extract --prune` to drop its reviewed claims (claims.yaml line 3)"
    )


def test_the_garbage_collector_waits_while_facts_load_and_resumes_after(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Loading makes millions of objects and no cycles: a collection then is pure cost."""
    (tmp_path / "good.yaml").write_text(FACTS, encoding="utf-8")
    (tmp_path / "bad.yaml").write_text("x:\n  type: nonsense\n", encoding="utf-8")
    states: list[bool] = []
    real = facts_module._parse_fact_file

    def watched(text: str, path: str) -> list[object]:
        states.append(gc.isenabled())
        return real(text, path)  # type: ignore[return-value]

    monkeypatch.setattr(facts_module, "_parse_fact_file", watched)
    assert gc.isenabled()
    load_facts([tmp_path / "good.yaml"], tmp_path)
    with pytest.raises(InputError):
        load_facts([tmp_path / "bad.yaml"], tmp_path)
    assert states == [False, False]
    assert gc.isenabled()  # after an error too
    gc.disable()
    try:
        load_facts([tmp_path / "good.yaml"], tmp_path)
        assert not gc.isenabled()  # whoever turned it off keeps it off
    finally:
        gc.enable()
