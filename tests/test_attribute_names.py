"""Attributes whose value is a person or body by name (issue 13): the name a cue puts
as its answer is claimed, whether or not the desk knows that person."""

from __future__ import annotations

import pytest

from factsuite import language
from factsuite.compare import judge
from factsuite.names import names_someone
from tests.test_extraction_support import article, fixture_desk

FACTS = """\
okafor:
  type: person
  name: Maria Okafor
  sources: [https://example.org/court]
hale:
  type: person
  name: Simon Hale
  sources: [https://example.org/hale]
trial.judge:
  type: attribute
  label: the judge who presided over the trial
  value: Maria Okafor
  accepted: [Judge Maria Okafor]
  cues: [presided, presiding judge]
  sources: [https://example.org/docket]
halvorsen.ceo:
  type: attribute
  label: the chief executive Halvorsen Foods named
  value: Ingrid Solberg
  cues: [chief executive]
  sources: [https://example.org/halvorsen]
greens.leader:
  type: attribute
  label: the leader of the Green Alliance
  value: Tomas Brandt
  cues: [party leader, party's leader]
  sources: [https://example.org/greens]
tessavax.pi:
  type: attribute
  label: the principal investigator of the Tessavax trial
  value: Amara Nwosu
  accepted: [Dr Amara Nwosu, Professor Amara Nwosu]
  cues: [principal investigator, led by]
  sources: [https://example.org/tessavax]
harrow:
  type: entity
  name: Harrow & Finch
  sources: [https://example.org/harrow]
orchard:
  type: entity
  name: The Salt Orchard
  sources: [https://example.org/harrow]
orchard.publisher:
  type: attribute
  label: the publisher of The Salt Orchard
  value: Harrow & Finch
  cues: [published by, publisher]
  sources: [https://example.org/harrow]
harrow.base:
  type: attribute
  label: where Harrow & Finch is based
  value: Norwich
  cues: [based in, Norwich-based]
  sources: [https://example.org/harrow]
halvorsen:
  type: entity
  name: Halvorsen Foods
  sources: [https://example.org/halvorsen]
halvorsen.base:
  type: attribute
  label: where Halvorsen Foods has its headquarters
  value: Bergen
  cues: [headquartered in, Bergen-based]
  sources: [https://example.org/halvorsen]
halvorsen.founder:
  type: attribute
  label: the founder of Halvorsen Foods
  value: Ingrid Halvorsen
  cues: [founded by]
  sources: [https://example.org/halvorsen]
caldmoor:
  type: entity
  name: Caldmoor Bank
  variants: [Caldmoor]
  sources: [https://example.org/caldmoor]
merger.name:
  type: attribute
  label: the name of the merged bank
  value: Caldmoor Wyeford Bank
  cues: [to be called]
  sources: [https://example.org/caldmoor]
"""


def attributes(text: str) -> set[tuple[str, str | None, str]]:
    """(quote, fact, verdict) of every attribute claim in ``text``."""
    desk = fixture_desk(FACTS)
    item = article(text)
    results = (judge(c, item, desk.context) for c in desk.extractor.extract(item))
    return {
        (r.claim.quote, r.claim.fact, r.verdict.value)
        for r in results
        if r.claim.kind == "attribute"
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # courts: the presiding judge, named by someone the desk has never heard of
        ("Judge Daniel Reyes presided over the trial.",
         {("Daniel Reyes", "trial.judge", "contradicts")}),
        ("The trial, presided over by Daniel Reyes, lasted five weeks.",
         {("Daniel Reyes", "trial.judge", "contradicts")}),
        ("Daniel Reyes, the presiding judge, denied the motion.",
         {("Daniel Reyes", "trial.judge", "contradicts")}),
        ("The presiding judge, Maria Okafer, denied the motion.",
         {("Maria Okafer", "trial.judge", "misspelled")}),
        ("Judge Maria Okafor presided over the trial.",
         {("Maria Okafor", "trial.judge", "agrees")}),
        ("In New York City, Judge Daniel Reyes presided.",
         {("Daniel Reyes", "trial.judge", "contradicts")}),
        # where the cue states its answer, the name before it is no answer of its own
        ("Simon Hale's appeal, presided over by Maria Okafor, was dismissed.",
         {("Maria Okafor", "trial.judge", "agrees")}),
        ("The Salt Orchard, published by Harrow & Finch in March, sold well.",  # culture
         {("Harrow & Finch", "orchard.publisher", "agrees")}),
        # a cue that holds its answer ("Norwich-based") describes the name after it,
        # which is no answer (publishing, business); its answer is what it holds
        ("Norwich-based Harrow & Finch published it in March.",
         {("Norwich", "harrow.base", "agrees")}),
        ("Norwich-based Tromso Fisk bought the rival on Monday.",
         {("Norwich", "harrow.base", "agrees")}),
        # a control: a value the gazetteer knows as a place is no name answer at all,
        # so the name after its cue was never read
        ("Bergen-based Halvorsen Foods named a new chair.",
         {("Bergen", "halvorsen.base", "agrees")}),
        # a name the desk knows as someone else is that person, not a misspelling
        ("Simon Hale presided over the trial.",
         {("Simon Hale", "trial.judge", "contradicts")}),
        # business: the chief executive a company statement names
        ("Halvorsen Foods said it had named Erik Lund chief executive.",
         {("Erik Lund", "halvorsen.ceo", "contradicts")}),
        ("Halvorsen Foods named chief executive Ingrid Solberg in March.",
         {("Ingrid Solberg", "halvorsen.ceo", "agrees")}),
        ("Ingrid Solberg was named chief executive on Monday.",
         {("Ingrid Solberg", "halvorsen.ceo", "agrees")}),
        # politics: the party's leader
        ("Hanna Berg, the party's leader, conceded on Sunday night.",
         {("Hanna Berg", "greens.leader", "contradicts")}),
        ("The party leader is Tomas Brandt.",
         {("Tomas Brandt", "greens.leader", "agrees")}),
        # science: the trial's principal investigator
        ("The trial was led by Dr Amara Nwosu of Lagos.",
         {("Amara Nwosu", "tessavax.pi", "agrees")}),
        ("Professor Lena Fischer, the trial's principal investigator, said the results held.",
         {("Lena Fischer", "tessavax.pi", "contradicts")}),
        # the body a named person is from is no part of the name, nor are its title
        # words a title of the name (science, courts)
        ("The trial was led by Dr Amara Nwosu of the Lagos Institute of Tropical Medicine.",
         {("Amara Nwosu", "tessavax.pi", "agrees")}),
        ("The trial was presided over by Judge Daniel Reyes of the Eastern District Court.",
         {("Daniel Reyes", "trial.judge", "contradicts")}),
        # ... but a body's own name keeps its words (culture)
        ("The Salt Orchard was published by House of the Raven in March.",
         {("House of the Raven", "orchard.publisher", "contradicts")}),
        # a name ends with its sentence, the next one's first word no part of it
        ("The trial was led by Dr Amara Nwosu. In March it enrolled 400 children.",
         {("Amara Nwosu", "tessavax.pi", "agrees")}),
        ("The presiding judge was Daniel Reyes. On Monday he denied bail.",
         {("Daniel Reyes", "trial.judge", "contradicts")}),
        # the body a person leads, a title in lower case, then the person: the person is
        # the answer (legislature: "moved by Rural First leader Fiona Strachan")
        ("The trial was led by Lagos Institute professor Amara Nwosu.",
         {("Amara Nwosu", "tessavax.pi", "agrees")}),
        ("The trial was led by Lagos Institute deputy director Lena Fischer.",
         {("Lena Fischer", "tessavax.pi", "contradicts")}),
        ("The trial was presided over by Eastern District judge Daniel Reyes.",
         {("Daniel Reyes", "trial.judge", "contradicts")}),
        ("The trial was presided over by Harbour County judge Maria Okafor.",
         {("Maria Okafor", "trial.judge", "agrees")}),
        # a lower-case word that is no title leaves the name the cue put first
        ("The trial was presided over by Daniel Reyes alone.",
         {("Daniel Reyes", "trial.judge", "contradicts")}),
        # one word after a title is a surname, judged against the value's
        ("The trial was led by Dr Nwosu.", {("Nwosu", "tessavax.pi", "agrees")}),
        ("The trial was led by Dr Fischer.", {("Fischer", "tessavax.pi", "contradicts")}),
        ("The trial was led by Dr Nwosa.", {("Nwosa", "tessavax.pi", "misspelled")}),
        # a known name inside a longer one is not the answer: the longer name is
        # (fashion's founder, banking's merged name, bookprize's founder)
        ("Halvorsen Foods, founded by Ingrid Halvorsen in 1952, employs 900 people.",
         {("Ingrid Halvorsen", "halvorsen.founder", "agrees")}),
        ("Halvorsen Foods, founded by Erik Halvorsen in 1952, employs 900 people.",
         {("Erik Halvorsen", "halvorsen.founder", "misspelled")}),
        ("The merged bank, to be called Caldmoor Wyeford Bank, opens in May.",
         {("Caldmoor Wyeford Bank", "merger.name", "agrees")}),
        ("The merged bank, to be called Caldmoor Westford Bank, opens in May.",
         {("Caldmoor Westford Bank", "merger.name", "misspelled")}),
        # ... and the known name alone is still that name
        ("The merged bank, to be called Caldmoor, opens in May.",
         {("Caldmoor", "merger.name", "contradicts")}),
        # after a known person's name, "of" a body says where the person is from
        # (courts, politics; theatre's "designed by Maren Oakridge of Oakridge Fenwick")
        ("The trial was presided over by Maria Okafor of Harbour County Court.",
         {("Maria Okafor", "trial.judge", "agrees")}),
        ("The party leader is Simon Hale of Green Alliance.",
         {("Simon Hale", "greens.leader", "contradicts")}),
        # a word glued to a currency sign is an amount's (publishing, business;
        # bankrun's "bought by Ironbark Banking Group for NZ$410m")
        ("The Salt Orchard was published by Harrow & Finch for US$25.",
         {("Harrow & Finch", "orchard.publisher", "agrees")}),
        ("Halvorsen Foods hired chief executive Ingrid Solberg for A$3m a year.",
         {("Ingrid Solberg", "halvorsen.ceo", "agrees")}),
        # a preposition opening the sentence is no part of the name after it
        # (politics, courts; paygap's "For Halsted Logistics, the largest late filer")
        ("For Tomas Brandt, the party's leader, the result was a blow.",
         {("Tomas Brandt", "greens.leader", "agrees")}),
        ("With Daniel Reyes, the presiding judge, away, the trial stalled.",
         {("Daniel Reyes", "trial.judge", "contradicts")}),
    ],
)  # fmt: skip
def test_the_name_a_cue_puts_as_its_answer_is_judged(
    text: str, expected: set[tuple[str, str | None, str]]
) -> None:
    assert attributes(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # another person, named in another clause, is not the answer
        "Daniel Reyes, a defence lawyer, said the presiding judge erred.",
        "The party leader spoke first, and Hanna Berg answered her.",
        # the name is the subject of a different verb
        "Daniel Reyes argued that the trial's principal investigator had erred.",
        "Erik Lund said the chief executive would step down.",
        # several names where one answer stands: none is bound
        "The trial, presided over by Daniel Reyes and Anna Weiss, ended.",
        # a place stands where the answer would
        "In New Zealand, the party's leader conceded.",
        # a title alone, and a lone word that may be no name at all
        "Halvorsen Foods said its chief executive, the Executive Chairman, would go.",
        "Reyes presided.",
        # the name owns something: it is not the answer
        "Daniel Reyes's lawyer said the presiding judge erred.",
    ],
)
def test_no_answer_is_bound_where_the_cue_does_not_put_one(text: str) -> None:
    assert attributes(text) == set()


@pytest.mark.parametrize(
    "text",
    [
        # publishing: a person named before the cue of a firm-valued fact
        "Simon Hale, 56, has run the publisher since 2019.",
        # courts: a body named before the cue of a person-valued fact
        "Halvorsen Foods, unlike its rivals, welcomed the presiding judge.",
    ],
)
def test_a_person_is_no_answer_for_a_body_nor_a_body_for_a_person(text: str) -> None:
    assert attributes(text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # courts: the cue in a relative clause of its own subject
        ("Simon Hale spoke after a hearing that the presiding judge cut short.", set()),
        # election (cycling's dev article has the same shape: "Kalniņš finished third,
        # after a final stage that ended in a bunch sprint")
        ("Simon Hale won a seat in a count which the presiding judge ordered.", set()),
        # an aside closed before the cue leaves the name the subject
        ("Simon Hale, who unlike his peers kept quiet, was the presiding judge.",
         {("Simon Hale", "trial.judge", "contradicts")}),
    ],
)  # fmt: skip
def test_a_cue_in_a_relative_clause_of_its_own_takes_no_answer_before_it(
    text: str, expected: set[tuple[str, str | None, str]]
) -> None:
    assert attributes(text) == expected


def test_what_a_name_valued_cue_is_over_is_no_answer() -> None:
    assert attributes("The presiding judge presided over the trial of the decade.") == set()


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("Maria Okafor", True),
        ("the US Court of Appeals for the Second Circuit", True),
        ("Procter & Gamble", True),
        ("not guilty", False),
        ("Columbus, Ohio", False),
        ("a live-attenuated tetravalent vaccine", False),
    ],
)
def test_a_value_names_someone_when_it_reads_as_a_proper_name(value: str, expected: bool) -> None:
    assert names_someone(value) is expected


def test_the_worked_example_of_the_reference() -> None:
    """docs/reference.md, "Attributes whose value is a name": the fact, the sentences,
    the verdicts."""
    desk = fixture_desk(FACTS)
    item = article("Judge Daniel Reyes presided over the trial.")
    (claim,) = [c for c in desk.extractor.extract(item) if c.kind == "attribute"]
    result = judge(claim, item, desk.context)
    assert (claim.quote, claim.fact) == ("Daniel Reyes", "trial.judge")
    assert result.message == (
        "contradicts: the judge who presided over the trial is 'Maria Okafor', not 'Daniel Reyes'"
    )
    assert attributes("The trial, presided over by Judge Maria Okafer, ended.") == {
        ("Maria Okafer", "trial.judge", "misspelled")
    }
    assert attributes("Maria Okafor, the presiding judge, adjourned.") == {
        ("Maria Okafor", "trial.judge", "agrees")
    }


def test_a_sentence_of_capitalised_words_and_cues_is_read_in_bounded_time() -> None:
    """The answer is looked for a bounded way before each cue: a sentence of thousands
    of capitalised words, or of cues, costs what a short one does per cue."""
    import time

    started = time.perf_counter()
    assert attributes("Abc " * 3000 + "Judge Daniel Reyes presided.") == {
        ("Daniel Reyes", "trial.judge", "contradicts")
    }
    assert attributes("presided " * 3000) == set()
    assert time.perf_counter() - started < 1.5


FISCHER = {("Lena Fischer", "tessavax.pi", "contradicts")}


@pytest.mark.parametrize("title", language.words("name_titles.txt"))
def test_each_name_title_is_taken_off_the_name_and_makes_one_word_a_surname(title: str) -> None:
    for written in (title.capitalize(), title.upper()):
        assert attributes(f"The trial was led by {written} Lena Fischer.") == FISCHER
    assert attributes(f"The trial was led by {title.capitalize()} Fischer.") == {
        ("Fischer", "tessavax.pi", "contradicts")
    }


@pytest.mark.parametrize("word", language.words("name_openers.txt"))
def test_each_name_opener_is_taken_off_the_front_of_a_name(word: str) -> None:
    assert attributes(f"The trial was led by {word.capitalize()} Lena Fischer.") == FISCHER


def test_another_capitalised_word_stays_in_the_name_and_no_lone_word_is_one() -> None:
    assert attributes("The trial was led by Visiting Lena Fischer.") == {
        ("Visiting Lena Fischer", "tessavax.pi", "contradicts")
    }
    assert attributes("The trial was led by Visiting Fischer.") == {
        ("Visiting Fischer", "tessavax.pi", "contradicts")
    }
    assert attributes("The trial was led by Fischer.") == set()


# "and" joins no name here; "the" joins one ("Court of Appeals for the Second Circuit")
# but is then taken off its front with the words before it, as a title word is.
@pytest.mark.parametrize(
    "joiner", [j for j in language.words("name_joiners.txt") if j not in ("and", "the")]
)
def test_each_name_joiner_joins_the_name_a_cue_answers_with(joiner: str) -> None:
    name = f"Lena {joiner} Fischer"
    assert attributes(f"The trial was led by {name}.") == {(name, "tessavax.pi", "contradicts")}


def test_and_joins_two_names_so_none_answers() -> None:
    assert "and" in language.words("name_joiners.txt")  # a joiner elsewhere, not here
    assert attributes("The trial was led by Lena and Fischer.") == set()
