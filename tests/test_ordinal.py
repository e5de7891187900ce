"""The ``ordinal`` kind and the ``rank`` fact (issue 13): "his fourth title" against a
count, "finished seventh" against a rank, and an ordinal one off never agrees.

Sentences are from several beats (politics, business, sport, science, courts,
weather); negatives are text that must not be read as a claim of place or count.
"""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factsuite import language
from factsuite.articles import Article
from factsuite.compare import Context, judge
from factsuite.errors import InputError
from factsuite.extraction import Extractor
from factsuite.facts import parse_fact_file
from factsuite.kinds import registry
from factsuite.kinds.base import Found
from factsuite.kinds.ordinal import (
    OrdinalKind,
    context_words,
    numeral,
    ordinal_words,
    read_ordinal,
    tens_words,
)
from factsuite.model import CountFact, PercentFact, QuantityFact, RankFact, Verdict
from tests.kindcases import article_of, judge_quote

KIND = OrdinalKind()
DAY = date(2026, 7, 12)


def found(text: str) -> list[tuple[str, int | None]]:
    """What ``find`` reads in ``text``: each span's words and the number it reads."""
    return [
        (text[f.start : f.end], read_ordinal(text[f.start : f.end])) for f in KIND.find(text, DAY)
    ]


def in_words(n: int) -> str:
    """``n`` (1 to 99) as an ordinal word, built from the kind's own data."""
    words = {v: w for w, v in ordinal_words().items()}
    if n in words:
        return words[n]
    tens = {v: w for w, v in tens_words().items()}
    return f"{tens[n - n % 10]}-{words[n % 10]}"


def article(body: str, published: str = "2026-07-12") -> Article:
    return article_of(body, published=published, path="articles/a.md")


TITLES = CountFact(
    id="nigeria.titles",
    label="the number of titles Nigeria has won",
    value=2,
    unit="titles",
    cues=("title",),
    sources=("s",),
)
TABLE = RankFact(
    id="leeds.place",
    label="Leeds's final place in the table",
    value=7,
    of="Championship table, 2025-26",
    cues=("table",),
    sources=("s",),
)


def verdict(quote: str, fact: RankFact | CountFact, body: str = "") -> tuple[Verdict, str]:
    result = judge_quote(
        body or quote,
        quote,
        "ordinal",
        fact,
        status="pending",
        published="2026-07-12",
        path="articles/a.md",
    )
    return result.verdict, result.message


# -- reading ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "said"),
    [
        # politics
        ("Biden, the 46th president, spoke.", ("46th president", 46)),
        ("She won a second term.", ("second term", 2)),
        # business
        ("Veridian is the third-largest U.S. carmaker.", ("third-largest", 3)),
        ("the second biggest lender", ("second biggest", 2)),
        ("Ohio, the seventh most-populous state", ("seventh most-populous", 7)),
        # sport
        ("Leeds finished seventh in the table.", ("seventh", 7)),
        ("United came in third.", ("third", 3)),
        ("It was a record sixth win for the club.", ("sixth win", 6)),
        ("Nigeria won their third title.", ("third title", 3)),
        ("Nigeria's second title came in 2026.", ("second title", 2)),
        ("his third straight title", ("third straight title", 3)),
        ("Carvalho won his 150th cap.", ("150th cap", 150)),
        ("Ranked 12th in the world, she", ("12th", 12)),
        ("Alonso finished first.", ("first", 1)),
        # science
        ("It is the fifth trial of the vaccine.", ("fifth trial", 5)),
        ("the twenty-first patient", ("twenty-first patient", 21)),
        # courts
        ("Renn is the third executive to be convicted.", ("third executive", 3)),
        ("the 2nd defendant", ("2nd defendant", 2)),
        # weather
        ("Marisol was the fifth hurricane of the season.", ("fifth hurricane", 5)),
        ("the 3rd wettest June on record", ("3rd wettest", 3)),
        ("the hundredth storm", ("hundredth storm", 100)),
        ("its thirtieth season", ("thirtieth season", 30)),
    ],
)
def test_ordinals_that_claim_a_place_or_a_count_are_found(text: str, said: tuple[str, int]) -> None:
    assert found(text) == [said]


@pytest.mark.parametrize(
    "text",
    [
        # "first" as an adverb, and a first is no count
        "First, the data must be cleaned.",  # science
        "At first the jury seemed unconvinced.",  # courts
        "First came the rain, then the wind.",  # weather
        "It is his first visit to China in six years.",  # politics
        "The first major storm of the year",  # weather
        # the first time, and other idioms
        "for the first time since 1990",  # sport
        "the third time this year",  # business
        "the second half of the year",  # business
        "in the 24th minute",  # sport
        "a second opinion from the court",  # courts
        # "second" as a unit of time
        "a second later the lights went out",  # weather
        "It lasted 30 seconds.",  # science
        "for a second, nothing",  # sport
        # compounds
        "a second-hand car dealer",  # business
        "a first-class ticket",  # business
        "a 21st-century court",  # courts
        # names
        "First Lady Jill Biden visited.",  # politics
        "the First Minister of Scotland",  # politics
        "since the First World War",  # politics
        "the collapse of First Republic Bank",  # business
        "in the Second World War",  # politics
        # dates (dates win anyway)
        "on the 21st of May",  # courts
        "by May 21st",  # weather
        # centuries and anniversaries
        "the 21st century",  # science
        "the twenty-first century",  # science
        "the 80th anniversary of the end of the war",  # politics
        "his 80th birthday",  # politics
        # fractions
        "a third of the vote",  # election
        "two-thirds of voters",  # election
        "one-third of the patients",  # science
        "one third of the patients",  # science
        # nothing counted
        "There will be a fourth unless lawmakers act.",  # courts
        "the first to arrive",  # sport
        "the 21th time",  # a misprinted numeral is no ordinal
        "Third place went to Italy, in second place Spain",  # no verb, no determiner
    ],
)
def test_text_that_is_no_claim_of_place_or_count_is_not_found(text: str) -> None:
    assert found(text) == []


def test_dates_win_over_an_ordinal_in_extraction() -> None:
    facts = {"leeds.place": TABLE}
    body = "It was settled on the 21st of May; by May 21st Leeds had finished seventh in the table."
    claims = Extractor(facts).extract(article(body))
    ordinals = [(c.quote, c.fact) for c in claims if c.kind == "ordinal"]
    assert ordinals == [("seventh", "leeds.place")]
    assert {c.quote for c in claims if c.kind == "date"} >= {"21st of May", "May 21st"}


# -- each entry of the data files ---------------------------------------------------

# The ordinal kind reads the standard ordinals of data/en/number_words.tsv, and the
# tens words that open a compound ("twenty-third").
_ORDINAL_ROWS = [
    *(("ordinal", word, str(n)) for word, n in language.standard_ordinals().items()),
    *(("tens", word, str(n)) for word, n in language.number_word_table("tens").items()),
]


@pytest.mark.parametrize(("role", "word", "n"), _ORDINAL_ROWS)
def test_every_ordinal_word_reads_as_its_number(role: str, word: str, n: str) -> None:
    if role == "tens":
        assert read_ordinal(f"the {word}-third") == int(n) + 3
        assert read_ordinal(f"the {word} ninth") == int(n) + 9
    else:
        assert role == "ordinal"
        assert read_ordinal(f"the {word}") == int(n)
        assert found(f"Leeds finished {word} in the table.") == [(word, int(n))]
        if word != "first":
            assert found(f"their {word} title") == [(f"{word} title", int(n))]


def _entries(role: str) -> list[str]:
    return sorted(context_words()[role])


def test_the_context_words_have_only_known_roles() -> None:
    assert set(context_words()) == {
        "superlative",
        "placing",
        "determiner",
        "before",
        "after",
        "idiom",
        "stop",
    }


@pytest.mark.parametrize("word", _entries("superlative"))
def test_every_superlative_makes_a_rank(word: str) -> None:
    for joined in (f"third-{word}", f"third {word.replace('-', ' ')}"):
        spans = KIND.find(f"It is the {joined} in Europe.", DAY)
        assert [s.counted for s in spans] == [(word,)]
        assert not KIND.binds(TITLES, spans[0])  # a rank, never a count


@pytest.mark.parametrize("word", _entries("placing"))
def test_every_placing_verb_gives_a_place(word: str) -> None:
    assert found(f"Leeds {word} seventh in the table.") == [("seventh", 7)]


@pytest.mark.parametrize("word", _entries("determiner"))
def test_every_determiner_makes_a_count(word: str) -> None:
    assert found(f"{word} fourth title") == [("fourth title", 4)]


@pytest.mark.parametrize("word", _entries("before"))
def test_every_word_before_an_ordinal_is_passed_over(word: str) -> None:
    assert found(f"a {word} sixth win") == [("sixth win", 6)]


@pytest.mark.parametrize("word", _entries("after"))
def test_every_word_after_an_ordinal_is_passed_over(word: str) -> None:
    spans = KIND.find(f"his third {word} title", DAY)
    assert [s.counted[0] for s in spans] == ["title"]


@pytest.mark.parametrize("word", _entries("idiom"))
def test_every_idiom_is_no_count(word: str) -> None:
    assert found(f"the second {word} of it") == []
    assert found(f"the second {word}") == []


@pytest.mark.parametrize("word", _entries("stop"))
def test_every_stop_word_ends_what_is_counted(word: str) -> None:
    assert found(f"a second {word} title") == []


def test_a_possessive_is_a_determiner() -> None:
    assert found("Nigeria's third title and the Eagles' fourth final") == [
        ("third title", 3),
        ("fourth final", 4),
    ]


# -- the shape: every ordinal reads back and agrees with its count only ------------


@given(st.integers(min_value=1, max_value=200))
def test_every_ordinal_reads_back_and_agrees_with_its_count_only(n: int) -> None:
    written = [numeral(n)] + ([in_words(n)] if n < 100 else [])
    for ordinal in written:
        assert read_ordinal(ordinal) == n
        assert found(f"Leeds finished {ordinal} in the table.") == [(ordinal, n)]
        if n > 1:
            assert found(f"It was their {ordinal} title.") == [(f"{ordinal} title", n)]
        body = f"It was their {ordinal} title."
        quote = f"{ordinal} title"
        for value, expected in ((n, Verdict.AGREES), (n - 1, Verdict.CONTRADICTS)):
            fact = CountFact(id="t", value=value, unit="titles", sources=("s",))
            assert verdict(quote, fact, body)[0] is expected
        fact = CountFact(id="t", value=n + 1, unit="titles", sources=("s",))
        assert verdict(quote, fact, body)[0] is Verdict.CONTRADICTS


@pytest.mark.parametrize(
    ("written", "wrong"),
    [
        ("1st", "1th"),
        ("2nd", "2th"),
        ("3rd", "3th"),
        ("4th", "4st"),
        ("11th", "11st"),
        ("12th", "12nd"),
        ("13th", "13rd"),
        ("21st", "21th"),
        ("22nd", "22th"),
        ("23rd", "23th"),
        ("101st", "101th"),
        ("111th", "111st"),
        ("112th", "112nd"),
        ("113th", "113rd"),
    ],
)
def test_numerals_take_the_suffix_english_gives_them(written: str, wrong: str) -> None:
    n = int(written[:-2])
    assert numeral(n) == written
    assert read_ordinal(written) == n
    assert read_ordinal(wrong) is None


# -- binding ------------------------------------------------------------------------


def test_a_count_takes_only_an_ordinal_that_counts_what_it_counts() -> None:
    title = Found(0, 11, ("title",))
    assert KIND.binds(TITLES, title)
    assert KIND.binds(TITLES, Found(0, 11, ("atlantic", "nations", "cup", "title")))
    assert not KIND.binds(TITLES, Found(0, 11, ("goal",)))
    assert not KIND.binds(TITLES, Found(0, 7))  # a place ("finished seventh")
    unitless = CountFact(id="c", value=3, sources=("s",))
    assert KIND.binds(unitless, Found(0, 11, ("goal",)))
    by_cue = CountFact(id="c", value=3, unit="trophies", cues=("crown",), sources=("s",))
    assert KIND.binds(by_cue, Found(0, 11, ("crown",)))


@pytest.mark.parametrize(
    ("unit", "cues", "counted", "binds"),
    [
        # space: "the agency's fifth crewed mission", a count of crewed flights
        ("crewed flights", ("crewed mission",), ("crewed", "mission", "and"), True),
        ("crewed flights", (), ("crewed", "flight", "and"), True),
        ("crewed flights", ("crewed mission",), ("uncrewed", "mission"), False),
        # election: "his third general election win", a count of general elections
        ("general elections", (), ("general", "election", "win"), True),
        ("general elections", (), ("election", "general"), False),
        ("general elections", (), ("local", "election"), False),
    ],
)
def test_a_unit_or_cue_of_several_words_is_counted_when_its_words_stand_in_a_row(
    unit: str, cues: tuple[str, ...], counted: tuple[str, ...], binds: bool
) -> None:
    fact = CountFact(id="c", value=5, unit=unit, cues=cues, sources=("s",))
    assert KIND.binds(fact, Found(0, 11, counted)) is binds


def test_a_rank_takes_any_ordinal_and_no_other_fact_does() -> None:
    for span in (Found(0, 7), Found(0, 11, ("title",)), Found(0, 13, ("largest",))):
        assert KIND.binds(TABLE, span)
        for fact in (
            QuantityFact(id="q", value=3, sources=("s",)),
            PercentFact(id="p", value=3, sources=("s",)),
        ):
            assert not KIND.binds(fact, span)


def test_an_ordinal_is_extracted_and_bound_by_its_facts_cues() -> None:
    facts = {"nigeria.titles": TITLES, "leeds.place": TABLE}
    body = (
        "Nigeria won their third Atlantic Nations Cup title on Sunday.\n\n"
        "In the Championship, Leeds finished seventh in the table."
    )
    claims = Extractor(facts).extract(article(body))
    ordinals = [(c.quote, c.fact) for c in claims if c.kind == "ordinal"]
    assert ordinals == [("third Atlantic", "nigeria.titles"), ("seventh", "leeds.place")]
    context = Context.build(facts)
    results = [judge(c, article(body), context) for c in claims if c.kind == "ordinal"]
    assert [r.verdict for r in results] == [Verdict.CONTRADICTS, Verdict.AGREES]


# -- judging ------------------------------------------------------------------------


def test_an_ordinal_one_off_contradicts_a_count_in_a_copy_editors_words() -> None:
    assert verdict("third title", TITLES) == (
        Verdict.CONTRADICTS,
        "contradicts: 'third title' but the number of titles Nigeria has won is 2 titles",
    )
    assert verdict("second title", TITLES) == (
        Verdict.AGREES,
        "'second title' agrees with the number of titles Nigeria has won, 2 titles",
    )


EDITIONS = CountFact(
    id="race.editions",
    label="the editions of the race, this year's included",
    value=23,
    unit="editions",
    cues=("edition",),
    sources=("s",),
)


@pytest.mark.parametrize(
    ("body", "quote", "expected"),
    [
        # the one after those so far, still to come (cycling; tennis)
        ("It will be resurfaced before next year's 24th edition.", "24th edition", Verdict.AGREES),
        ("But the 24th edition will need more than numbers.", "24th edition", Verdict.AGREES),
        ("The coming 24th edition starts in May.", "24th edition", Verdict.AGREES),
        # the words are the project's lists: future_cues.txt, relative_words.tsv's "next"
        ("The 24th edition is scheduled to start in May.", "24th edition", Verdict.AGREES),
        ("Before the following year's 24th edition, it is relaid.", "24th edition",
         Verdict.AGREES),
        # not told as to come, or more than one on: a count's slip (sport's titles)
        ("This year's 24th edition was the wettest.", "24th edition", Verdict.CONTRADICTS),
        ("Before next year's 25th edition, it will be resurfaced.", "25th edition",
         Verdict.CONTRADICTS),
        ("Nigeria won their third title, and will defend it.", "third title",
         Verdict.CONTRADICTS),
    ],
)  # fmt: skip
def test_an_ordinal_one_above_a_count_told_as_to_come_is_the_next_one(
    body: str, quote: str, expected: Verdict
) -> None:
    fact = TITLES if "title" in quote else EDITIONS
    assert verdict(quote, fact, body)[0] is expected


def test_a_place_is_judged_against_a_rank_and_says_what_is_ranked() -> None:
    assert verdict("seventh", TABLE, "Leeds finished seventh.")[0] is Verdict.AGREES
    assert verdict("sixth", TABLE, "Leeds finished sixth.") == (
        Verdict.CONTRADICTS,
        "contradicts: 'sixth' but Leeds's final place in the table is"
        " 7th (Championship table, 2025-26)",
    )


def test_a_count_known_as_a_range_agrees_within_it() -> None:
    fact = CountFact(id="c", label="the trials run", value=4.5, low=4, high=5, sources=("s",))
    assert verdict("fifth trial", fact)[0] is Verdict.AGREES
    assert verdict("sixth trial", fact) == (
        Verdict.CONTRADICTS,
        "contradicts: 'sixth trial' but the trials run is 4-5",
    )


def test_a_quote_without_an_ordinal_awaits_a_person() -> None:
    assert verdict("the title", TITLES)[0] is Verdict.NEEDS_REVIEW


def test_the_ordinal_kind_is_registered() -> None:
    kind = registry.load().kind("ordinal")
    assert isinstance(kind, OrdinalKind)
    assert kind in registry.current().finders


# -- the rank fact ------------------------------------------------------------------


def test_a_rank_fact_loads_with_what_it_ranks() -> None:
    text = (
        "veridian.rank:\n"
        "  type: rank\n"
        "  label: Veridian's place among U.S. carmakers by sales\n"
        "  value: 3\n"
        "  of: largest U.S. carmakers by sales, 2025\n"
        "  sources: ['Industry registrations, 2025']\n"
    )
    (fact,) = parse_fact_file(text, "facts/f.yaml")
    assert fact == RankFact(
        id="veridian.rank",
        label="Veridian's place among U.S. carmakers by sales",
        value=3,
        of="largest U.S. carmakers by sales, 2025",
        sources=("Industry registrations, 2025",),
        path="facts/f.yaml",
        line=1,
    )


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("2.5", "'value' of fact 'r' must be a whole number from 1"),
        ("0", "'value' of fact 'r' must be a whole number from 1"),
        ("third", "'value' of fact 'r' must be a whole number from 1"),
    ],
)
def test_a_rank_is_a_whole_number_from_one(value: str, message: str) -> None:
    text = f"r:\n  type: rank\n  value: {value}\n  sources: [s]\n"
    with pytest.raises(InputError, match=message):
        parse_fact_file(text, "facts/f.yaml")


def test_a_rank_fact_has_no_unit() -> None:
    text = "r:\n  type: rank\n  value: 2\n  unit: places\n  sources: [s]\n"
    with pytest.raises(InputError, match="unit"):
        parse_fact_file(text, "facts/f.yaml")


REFERENCE_RANK = """\
veridian.rank:
  type: rank
  label: Veridian's place among U.S. carmakers by sales in 2025
  value: 3
  of: largest U.S. carmakers by sales, 2025    # what is ranked, for messages
  cues: [carmaker]
  sources: [https://example.org/registrations-2025]
"""


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("third-largest", (Verdict.AGREES, "ordinal", "veridian.rank")),
        ("second-largest", (Verdict.CONTRADICTS, "ordinal", "veridian.rank")),
    ],
)
def test_the_references_worked_example(written: str, expected: tuple[Verdict, str, str]) -> None:
    """docs/reference.md, "Facts": the rank fact, a sentence, the verdict."""
    (fact,) = parse_fact_file(REFERENCE_RANK, "facts/veridian.yaml")
    facts = {fact.id: fact}
    page = article(f"Veridian is the {written} U.S. carmaker.")
    (claim,) = [c for c in Extractor(facts).extract(page) if c.kind == "ordinal"]
    result = judge(claim, page, Context.build(facts))
    assert (result.verdict, claim.kind, claim.fact) == expected
    if result.verdict is Verdict.CONTRADICTS:
        assert result.message == (
            "contradicts: 'second-largest' but Veridian's place among U.S. carmakers by sales"
            " in 2025 is 3rd (largest U.S. carmakers by sales, 2025)"
        )


def test_an_unknown_type_names_rank_among_the_types() -> None:
    with pytest.raises(InputError, match="percent, range, rank, person"):
        parse_fact_file("r:\n  type: place\n  value: 2\n  sources: [s]\n", "facts/f.yaml")
