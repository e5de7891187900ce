"""Facts scoped to a subject (``about``): a value binds to the fact about the entity it
is said of, where facts about several entities share a cue. Cases from three beats:
election seats by party, medals by country, revenue by company."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factsuite.articles import parse_article
from factsuite.compare import judge
from factsuite.errors import InputError
from factsuite.extraction.lexicon import Lexicon
from factsuite.extraction.segments import Segments
from factsuite.extraction.subjects import ValueSubjects, about_of
from factsuite.facts import load_facts, parse_fact_file
from factsuite.text.document import in_dateline
from tests.test_extraction_support import fixture_desk

DESK = """\
harbour-party:
  type: entity
  name: Harbour Party
  variants: [Harbour]
  sources: [register of parties]
southern-union:
  type: entity
  name: Southern Union
  variants: [Union]
  sources: [register of parties]
aroha-tane:
  type: person
  name: Aroha Tane
  sources: [members' biographies]
harbour.seats:
  type: count
  label: the seats the Harbour Party won
  value: 52
  unit: seats
  cues: [seats]
  sources: [official results]
union.seats:
  type: count
  label: the seats the Southern Union won
  value: 44
  unit: seats
  cues: [seats]
  sources: [official results]
parliament.seats:
  type: count
  label: the seats in Parliament
  value: 120
  unit: seats
  cues: [seats in Parliament, seats]
  sources: [official results]
kenya:
  type: entity
  name: Kenya
  variants: [Kenyan team, Kenyans]
  sources: [federation]
ethiopia:
  type: entity
  name: Ethiopia
  variants: [Ethiopians]
  sources: [federation]
kenya.golds:
  type: count
  label: Kenya's gold medals at the championships
  about: kenya
  value: 11
  unit: golds
  cues: [golds, gold medals]
  sources: [medal table]
ethiopia.golds:
  type: count
  label: Ethiopia's gold medals at the championships
  about: [ethiopia]
  value: 4
  unit: golds
  cues: [golds, gold medals]
  sources: [medal table]
veridian:
  type: entity
  name: Veridian Motors
  variants: [Veridian]
  sources: [company register]
norrland:
  type: entity
  name: Norrland Steel
  variants: [Norrland]
  sources: [company register]
veridian.revenue:
  type: number
  label: Veridian Motors's revenue in 2025
  value: 51200000000
  unit: USD
  cues: [revenue, sales]
  sources: [annual report]
norrland.revenue:
  type: number
  label: Norrland Steel's revenue in 2025
  value: 12400000000
  unit: USD
  cues: [revenue, sales]
  sources: [annual report]
tane.majority:
  type: count
  label: Aroha Tane's majority in Wellington Central
  value: 4212
  unit: votes
  cues: [majority]
  sources: [electorate results]
"""


def _bound(sentence: str) -> dict[str, str | None]:
    """Quote -> fact, for the numbers extracted from ``sentence``."""
    desk = fixture_desk(DESK)
    item = parse_article(f"---\ntitle: T\npublished: 2026-02-11\n---\n{sentence}\n", "a.md")
    return {
        c.quote: c.fact
        for c in desk.extractor.extract(item)
        if c.kind in ("number", "money", "percent")
    }


def _verdicts(sentence: str) -> dict[str, str]:
    desk = fixture_desk(DESK)
    item = parse_article(f"---\ntitle: T\npublished: 2026-02-11\n---\n{sentence}\n", "a.md")
    return {
        c.quote: judge(c, item, desk.context).verdict.value
        for c in desk.extractor.extract(item)
        if c.fact is not None and c.kind in ("number", "money")
    }


# --- the format --------------------------------------------------------------------


def test_about_is_read_as_one_id_or_a_list() -> None:
    facts = {f.id: f for f in parse_fact_file(DESK, "facts/a.yaml")}
    assert facts["kenya.golds"].about == ("kenya",)
    assert facts["ethiopia.golds"].about == ("ethiopia",)
    assert facts["harbour.seats"].about == ()


@pytest.mark.parametrize(
    ("about", "column", "says"),
    [
        ("kenyaa", 10, "'kenyaa', which is no fact of the desk"),
        ("[kenya, ethiopa]", 18, "'ethiopa', which is no fact of the desk"),
        ("ethiopia.golds", 10, "'ethiopia.golds', which is a count fact, not an entity"),
    ],
)
def test_an_about_that_names_no_entity_of_the_desk_is_a_located_error(
    tmp_path: Path, about: str, column: int, says: str
) -> None:
    (tmp_path / "facts").mkdir()
    (tmp_path / "facts" / "a.yaml").write_text(DESK, encoding="utf-8")
    extra = tmp_path / "facts" / "b.yaml"
    extra.write_text(
        f"medals:\n  type: count\n  value: 3\n  about: {about}\n  sources: [x]\n",
        encoding="utf-8",
    )
    with pytest.raises(InputError) as caught:
        load_facts([tmp_path / "facts" / "a.yaml", extra], tmp_path)
    assert (caught.value.path, caught.value.line, caught.value.column) == (
        "facts/b.yaml",
        4,
        column,
    )
    assert says in caught.value.message


def test_an_about_may_name_an_entity_of_another_file(tmp_path: Path) -> None:
    (tmp_path / "facts").mkdir()
    (tmp_path / "facts" / "a.yaml").write_text(DESK, encoding="utf-8")
    extra = tmp_path / "facts" / "b.yaml"
    extra.write_text(
        "medals:\n  type: count\n  value: 3\n  about: [kenya, aroha-tane]\n  sources: [x]\n",
        encoding="utf-8",
    )
    base = load_facts([extra, tmp_path / "facts" / "a.yaml"], tmp_path)
    assert base["medals"].about == ("kenya", "aroha-tane")


def test_a_fact_is_about_its_about_or_the_organisations_its_label_names() -> None:
    desk = fixture_desk(DESK)
    about = about_of(desk.facts, Lexicon.build(desk.facts, desk.context.names))
    assert about["kenya.golds"] == {"kenya"}  # declared
    assert about["harbour.seats"] == {"harbour-party"}  # its label names the party
    assert about["norrland.revenue"] == {"norrland"}
    assert "parliament.seats" not in about  # about nobody in particular
    assert "tane.majority" not in about  # people have a rule of their own (label_people)
    assert "kenya" not in about  # an entity is not about itself


# --- the rule: a value is of its subject --------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # election: seats by party, each named in the value's clause
        (
            "Harbour won 52 seats, the Southern Union 44.",
            {"52": "harbour.seats", "44": "union.seats"},
        ),
        (
            "The Southern Union won 44 seats and Harbour 52.",
            {"44": "union.seats", "52": "harbour.seats"},
        ),
        # sport: medals by country, named after the value in its clause
        (
            "Eleven gold medals went to Kenya, and 4 golds to Ethiopia.",
            {"Eleven": "kenya.golds", "4": "ethiopia.golds"},
        ),
        # sport: a clause naming no one takes the last subject of its sentence
        (
            "Kenya topped the table, winning 11 golds.",
            {"11": "kenya.golds"},
        ),
        # business: revenue by company, possessives
        (
            "Norrland's revenue was $12.4 billion, against Veridian's $51.2 billion.",
            {"12.4 billion": "norrland.revenue", "51.2 billion": "veridian.revenue"},
        ),
        # a clause that opens with two conjunctions and a subject of its own ("and yet
        # its") is not said of the last name of the clause before (election, business)
        (
            "Harbour campaigned against the Southern Union, and yet its candidates won 52 seats.",
            {"52": "harbour.seats"},
        ),
        (
            "Veridian Motors buys from Norrland Steel, and yet its revenue was $51.2 billion.",
            {"51.2 billion": "veridian.revenue"},
        ),
    ],
)
def test_a_value_binds_to_the_fact_about_its_subject(
    sentence: str, expected: dict[str, str]
) -> None:
    bound = _bound(sentence)
    assert {quote: bound.get(quote) for quote in expected} == expected


@pytest.mark.parametrize(
    ("sentence", "quote", "fact"),
    [
        # no subject named: still several facts, left for review (with a value that
        # none of them has, nor is a slip of: one that only one has is theirs by
        # value-fits; one a keystroke from only one, by slip-nearest)
        ("The party won 70 seats.", "70", None),
        ("The party won 50 seats.", "50", "harbour.seats"),  # 52 mistyped
        ("The team won 7 golds.", "7", None),  # one digit against 4: decides nothing
        ("The team won 10 golds.", "10", "kenya.golds"),  # 11, one off
        ("Revenue was $70.9 billion.", "70.9 billion", None),
        ("Revenue was $50.2 billion.", "50.2 billion", "veridian.revenue"),  # 51.2
        ("The party won 52 seats.", "52", "harbour.seats"),
        # a subject the fact is not about: Ethiopia's medals are not Kenya's
        ("Ethiopia won 11 golds.", "11", "ethiopia.golds"),
        # a fact about nobody in particular is left to the other rules: its own cue
        ("Harbour won 52 of the 120 seats in Parliament.", "120", "parliament.seats"),
        ("There are 120 seats.", "120", None),
    ],
)
def test_a_value_with_no_subject_or_another_subject_is_not_bound_to_a_fact_about_someone(
    sentence: str, quote: str, fact: str | None
) -> None:
    bound = _bound(sentence)
    if fact is None:
        assert bound[quote] not in {
            "harbour.seats",
            "union.seats",
            "kenya.golds",
            "ethiopia.golds",
            "veridian.revenue",
            "norrland.revenue",
        }
    else:
        assert bound[quote] == fact


def test_a_wrong_number_said_of_a_subject_fails_against_that_subject_s_fact() -> None:
    verdicts = _verdicts("Kenya won 11 golds and Ethiopia won 5 golds.")
    assert verdicts == {"11": "agrees", "5": "contradicts"}
    desk = fixture_desk(DESK)
    item = parse_article(
        "---\ntitle: T\npublished: 2026-02-11\n---\nEthiopia won 5 golds.\n", "a.md"
    )
    (claim,) = [c for c in desk.extractor.extract(item) if c.fact == "ethiopia.golds"]
    assert judge(claim, item, desk.context).message == (
        "contradicts: '5' (between 4.5 and 5.5) but Ethiopia's gold medals at the"
        " championships is 4 golds"
    )
    verdicts = _verdicts(
        "Veridian reported revenue of $61.2 billion; Norrland's was $12.4 billion."
    )
    assert verdicts == {"61.2 billion": "contradicts", "12.4 billion": "agrees"}


def test_a_person_named_before_a_value_does_not_take_it_from_a_party() -> None:
    # Aroha Tane is no subject of any fact's ``about``: "Harbour" still is.
    assert _bound("Harbour, led by Aroha Tane, won 52 seats.")["52"] == "harbour.seats"


COUNTRIES = [("Kenya", "kenya.golds"), ("Ethiopia", "ethiopia.golds")]


@settings(max_examples=25, deadline=None)
@given(
    order=st.permutations(COUNTRIES),
    counts=st.tuples(st.integers(1, 30), st.integers(1, 30)),
    join=st.sampled_from([", and ", "; ", ", while ", ". "]),
)
def test_each_count_binds_to_the_country_named_in_its_clause(
    order: list[tuple[str, str]], counts: tuple[int, int], join: str
) -> None:
    (first, first_fact), (second, second_fact) = order
    a, b = counts
    if a == b:
        b += 1
    sentence = f"{first} won {a} golds{join}{second} won {b} golds."
    bound = _bound(sentence)
    assert bound[str(a)] == first_fact
    assert bound[str(b)] == second_fact


def test_value_subjects_read_clause_then_sentence() -> None:
    desk = fixture_desk(DESK)
    lexicon = Lexicon.build(desk.facts, desk.context.names)
    text = "Kenya topped the table, winning 11 golds. Nobody else won 3."
    subjects = ValueSubjects(text, lexicon.scan(text), frozenset({"kenya", "ethiopia"}))
    segments = Segments(text)
    at = text.index("11")
    assert subjects.of(at, at + 2, segments) == {"kenya"}
    at = text.index("3")
    assert subjects.of(at, at + 1, segments) == frozenset()


@pytest.mark.parametrize(
    "dateline",
    [
        "KENYA, Aug 3 — ",  # sport: filed from a place the facts are also about
        "HARBOUR, March 9 (Reuters) — ",  # politics: with the agency in brackets
    ],
)
def test_a_dateline_place_is_no_subject(dateline: str) -> None:
    """ "DUBLIN, May 12 — Ireland's population rose to 5,421,860": the dateline says
    where the story was filed, not whom its first sentence is about."""
    desk = fixture_desk(DESK)
    lexicon = Lexicon.build(desk.facts, desk.context.names)
    people = frozenset({"kenya", "ethiopia", "harbour-party"})
    for body, subject in (("The team won 11 golds.", set()), ("Kenya won 11 golds.", {"kenya"})):
        text = dateline + body
        subjects = ValueSubjects(text, lexicon.scan(text), people)
        at = text.index("11")
        assert subjects.of(at, at + 2, Segments(text)) == subject


@pytest.mark.parametrize(
    ("text", "span", "inside"),
    [
        ("DUBLIN, May 12 — Dublin grew.", "DUBLIN", True),
        ("LONDON, March 9 (Reuters) — London fell.", "LONDON", True),
        ("DUBLIN, May 12 — Dublin grew.", "Dublin", False),
        ("Dublin, the capital — it grew.", "Dublin", False),  # no capitals: a sentence
        ("US, EU and UK leaders met.", "US", False),  # no dash after a date: a list
    ],
)
def test_in_dateline(text: str, span: str, inside: bool) -> None:
    start = text.index(span) if span != "Dublin" else text.rindex(span)
    assert in_dateline(text, start, start + len(span)) is inside
