"""The rule "a title next to an organisation is of it": in "Veridian chief executive Dana
Holt" the organisation says whose chief executive, and the person named holds the title.
The organisation holds none (the facts give organisations no roles), so no role claim is
made of it: judged as one, it was a false alarm ("Veridian Motors has never held the
title in 'Veridian chief executive'"). Cases from two beats, business and labour."""

from __future__ import annotations

from pathlib import Path

import pytest

from factsuite import language
from factsuite.compare import judge
from factsuite.roles import title_words
from tests.sentencecases import extract_sentence

BUSINESS = """\
veridian:
  type: entity
  name: Veridian Motors
  variants: [Veridian]
  sources: [https://example.org/veridian]
dana-holt:
  type: person
  name: Dana Holt
  roles:
    - title: chief executive
      of: [Veridian Motors, Veridian]
      from: 2021-03
  sources: [https://example.org/holt]
"""

LABOUR = """\
rail-union:
  type: entity
  name: Rail and Transit Union
  variants: [RTU]
  sources: [https://example.org/rtu]
mara-quill:
  type: person
  name: Mara Quill
  roles:
    - title: general secretary
      of: [Rail and Transit Union, RTU]
      from: 2019-06
  sources: [https://example.org/quill]
tom-reyes:
  type: person
  name: Tom Reyes
  roles:
    - title: president
      of: [Rail and Transit Union, RTU]
      from: 2022-01
  sources: [https://example.org/reyes]
"""

DESKS = {"business": BUSINESS, "labour": LABOUR}


def _roles(
    beat: str, sentence: str, tmp_path: Path, published: str = "2026-03-02"
) -> set[tuple[str, str | None, str]]:
    """(quote, fact, verdict) of each role claim extraction makes in ``sentence``."""
    claims, article, desk = extract_sentence(DESKS[beat], sentence, tmp_path / beat, published)
    results = [judge(claim, article, desk.context) for claim in claims if claim.kind == "role"]
    return {(r.claim.quote, r.claim.fact, r.verdict.value) for r in results}


@pytest.mark.parametrize(
    ("beat", "sentence", "expected"),
    [
        # the rule fires: the title is the person's, of the organisation before it
        ("business", "Veridian chief executive Dana Holt said sales rose.",
         {("Veridian chief executive Dana Holt", "dana-holt", "agrees")}),
        ("labour", "RTU general secretary Mara Quill said members had voted.",
         {("RTU general secretary Mara Quill", "mara-quill", "agrees")}),
        # and a wrong title still fails, on the person
        ("labour", "RTU president Mara Quill said members had voted.",
         {("RTU president Mara Quill", "mara-quill", "contradicts")}),
        # negatives: a title set off after the person, and a person's possessive
        ("business", "Dana Holt, Veridian's chief executive, said sales rose.",
         {("Dana Holt, Veridian's chief executive", "dana-holt", "agrees")}),
        ("labour", "Mara Quill, the RTU's general secretary, spoke first.",
         {("Mara Quill, the RTU's general secretary", "mara-quill", "agrees")}),
    ],
)  # fmt: skip
def test_a_title_next_to_an_organisation_is_the_persons(
    beat: str, sentence: str, expected: set[tuple[str, str | None, str]], tmp_path: Path
) -> None:
    assert _roles(beat, sentence, tmp_path) == expected


@pytest.mark.parametrize(
    ("beat", "sentence"),
    [
        ("business", "Veridian chief executive Dana Holt said sales rose."),
        ("labour", "RTU general secretary Mara Quill said members had voted."),
        ("business", "A Veridian chief executive once said as much."),
    ],
)
def test_no_role_claim_is_made_of_an_organisation(beat: str, sentence: str, tmp_path: Path) -> None:
    owners = {fact for _, fact, _ in _roles(beat, sentence, tmp_path)}
    assert not owners & {"veridian", "rail-union"}


@pytest.mark.parametrize(
    ("beat", "sentence", "expected"),
    [
        # a title set off before the name, opened by a possessive or an owner
        ("labour", "The union met. Its general secretary, Mara Quill, said members had voted.",
         {("Its general secretary, Mara Quill", "mara-quill", "agrees")}),
        ("labour", "The union met. Its president, Mara Quill, said members had voted.",
         {("Its president, Mara Quill", "mara-quill", "contradicts")}),
        ("business", "Veridian's chief executive, Dana Holt, said sales rose.",
         {("Veridian's chief executive, Dana Holt", "dana-holt", "agrees")}),
        # a list after the title names several people: no one holder is claimed
        ("business", "Its chief executive, Dana Holt and two others, left early.", set()),
    ],
)  # fmt: skip
def test_a_title_set_off_before_a_name_may_open_with_whose_it_is(
    beat: str, sentence: str, expected: set[tuple[str, str | None, str]], tmp_path: Path
) -> None:
    assert _roles(beat, sentence, tmp_path) == expected


@pytest.mark.parametrize("word", language.words("possessive_determiners.txt"))
def test_whose_a_title_is_is_no_word_of_it(word: str) -> None:
    assert title_words(f"{word} chief executive") == title_words("chief executive")


@pytest.mark.parametrize(
    ("beat", "sentence", "expected"),
    [
        # the rule "owner-noun": "the company's", "the union's" say whose the title is,
        # as "its" does, after the name or before it
        ("business", "Dana Holt, the company's chief executive, said sales rose.",
         {("Dana Holt, the company's chief executive", "dana-holt", "agrees")}),
        ("labour", "Mara Quill, the union's general secretary, spoke first.",
         {("Mara Quill, the union's general secretary", "mara-quill", "agrees")}),
        ("labour", "The union's general secretary, Mara Quill, spoke first.",
         {("The union's general secretary, Mara Quill", "mara-quill", "agrees")}),
        # and a wrong title after it still fails
        ("labour", "Mara Quill, the union's president, spoke first.",
         {("Mara Quill, the union's president", "mara-quill", "contradicts")}),
        # negatives: a possessive with no title after it is no role, and one not
        # opened by "the" ("a rival's chief executive") says nothing of whose
        ("business", "Dana Holt, the company's largest shareholder, said sales rose.", set()),
        ("business", "Dana Holt met a rival's chief executive, who said sales rose.", set()),
    ],
)  # fmt: skip
def test_a_common_noun_in_the_possessive_says_whose_a_title_is(
    beat: str, sentence: str, expected: set[tuple[str, str | None, str]], tmp_path: Path
) -> None:
    assert _roles(beat, sentence, tmp_path) == expected


@pytest.mark.parametrize("noun", ["company", "union", "trust", "city", "ship"])
def test_the_owner_noun_is_no_word_of_the_title(noun: str) -> None:
    assert title_words(f"the {noun}'s chief executive") == title_words("chief executive")
    assert title_words(f"The {noun}’s chief executive") == title_words("chief executive")
    # a name in the possessive says which organisation: it stays
    assert title_words("the Merrow Trust's chief executive") != title_words("chief executive")


# Desks whose roles name the organisation in full, its short form only a variant of the
# entity: the lexicon knows "Cordal Minerals" as an organisation, not "Cordal".
MINING = """\
cordal:
  type: entity
  name: Cordal Minerals
  variants: [Cordal]
  sources: [https://example.org/cordal]
ingrid-solvang:
  type: person
  name: Ingrid Solvang
  roles:
    - title: chief executive
      of: [Cordal Minerals]
      from: 2019-04-01
      to: 2026-05-15
  sources: [https://example.org/solvang]
tomas-arrieta:
  type: person
  name: Tomás Arrieta
  roles:
    - title: chief executive
      of: [Cordal Minerals]
      from: 2026-05-16
  sources: [https://example.org/arrieta]
"""

COURTS = """\
harbourline:
  type: entity
  name: Harbourline Capital
  variants: [Harbourline]
  sources: [https://example.org/harbourline]
priya-natarajan:
  type: person
  name: Priya Natarajan
  roles:
    - title: chief financial officer
      of: [Harbourline Capital]
      from: 2019-01
      to: 2024-06
  sources: [https://example.org/natarajan]
"""


DESKS.update(mining=MINING, courts=COURTS)


@pytest.mark.parametrize(
    ("beat", "sentence", "expected"),
    [
        # a short form the desk knows an organisation by owns the title set off after it
        ("mining", "Cordal's chief executive, Tomás Arrieta, visited the mine.",
         {("Cordal's chief executive, Tomás Arrieta", "tomas-arrieta", "agrees")}),
        ("mining", "Cordal's chief executive, Ingrid Solvang, visited the mine.",
         {("Cordal's chief executive, Ingrid Solvang", "ingrid-solvang", "outdated")}),
        ("courts", "Harbourline's former chief financial officer, Priya Natarajan, testified.",
         {("Harbourline's former chief financial officer, Priya Natarajan", "priya-natarajan",
           "agrees")}),
        ("courts", "Harbourline's chief financial officer, Priya Natarajan, testified.",
         {("Harbourline's chief financial officer, Priya Natarajan", "priya-natarajan",
           "outdated")}),
        # negatives: a person's possessive owns no title; a name the desk does not know
        ("courts", "Natarajan's chief financial officer, Priya Natarajan, testified.", set()),
        ("mining", "Altavista's chief executive, Ingrid Solvang, visited the mine.", set()),
    ],
)  # fmt: skip
def test_an_organisation_known_by_a_short_form_owns_a_title_set_off_after_it(
    beat: str, sentence: str, expected: set[tuple[str, str | None, str]], tmp_path: Path
) -> None:
    assert _roles(beat, sentence, tmp_path, published="2026-08-21") == expected
