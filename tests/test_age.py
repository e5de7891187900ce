"""The age kind: "the 19-year-old", "aged 64", "Smith, 64,", "then 31", "at 64",
"turns 70", "(64)", judged against a birth date at the time the sentence is set."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factsuite import language
from factsuite.articles import parse_article
from factsuite.compare import Context, judge
from factsuite.daterange import DateRange, parse_iso_range
from factsuite.errors import InputError
from factsuite.extraction import Extractor
from factsuite.facts import parse_fact_file
from factsuite.kinds import registry
from factsuite.kinds.age import (
    after_words,
    age_on,
    ages_possible,
    birth_words,
    birthday,
    life_events,
    owner_before,
    people_nouns,
    read_age,
    role_events,
)
from factsuite.kinds.base import Found
from factsuite.model import (
    CountFact,
    DateFact,
    EntityFact,
    Fact,
    PersonFact,
    QuantityFact,
    Result,
    Role,
    Verdict,
)
from tests.kindcases import found_spans, judge_quote

OKONKWO = PersonFact(
    id="okonkwo",
    name="Chidi Okonkwo",
    born=parse_iso_range("2007-02-03"),
    sources=("Nigeria Football Federation squad list",),
)
YELLEN = PersonFact(
    id="yellen",
    name="Janet Yellen",
    born=parse_iso_range("1946-08-13"),
    sources=("Federal Reserve biography",),
)
FACTS: dict[str, Fact] = {f.id: f for f in (OKONKWO, YELLEN)}


def judged(
    body: str,
    quote: str,
    fact: Fact = OKONKWO,
    published: str = "2026-06-01",
    **extra: object,
) -> Result:
    return judge_quote(body, quote, "age", fact, published=published, **extra)


def found(text: str) -> list[str]:
    return found_spans("age", text, date(2026, 6, 1))


# -- reading: positives and negatives from several beats ------------------------------


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        # sport
        ("Okonkwo, the 19-year-old striker, scored twice.", ["19-year-old"]),
        ("Okonkwo, the 18-year-old Sporting striker, opened the scoring.", ["18-year-old"]),
        ("The 19-year-old scored twice after the break.", ["19-year-old"]),
        ("The twenty-five-year-old midfielder signed on Friday.", ["twenty-five-year-old"]),
        ("Serena Williams, who turns 45 next month, withdrew.", ["turns 45"]),
        # business and politics
        ("Janet Yellen, 79, said rates would hold.", ["79"]),
        ("Yellen, then 72, took over the Treasury in 2021.", ["then 72"]),
        ("The chairman (64) will stand down.", []),  # a title, no name before the age
        ("Chairman Li Wei (64) will stand down.", ["(64)"]),
        ("Senator Marsh, aged 71, did not run.", ["aged 71"]),
        # courts
        ("The defendant, a 34-year-old man from Leeds, denied the charge.", ["34-year-old"]),
        ("Judge Amara Obi retired at 70.", ["at 70"]),
        ("The author died at age 91 in Lagos.", ["at age 91"]),
        ("She was sentenced at the age of 19 in 2021.", ["at the age of 19"]),
        # science and weather
        ("Dr Ruth Park, 52, led the study.", ["52"]),
        ("The oldest victim was a 74-year-old man in Nueces County.", ["74-year-old"]),
        # a word that qualifies the person noun (defence, courts, business)
        ("Marchand, the 59-year-old defence minister, signed it.", ["59-year-old"]),
        ("Renn, a 34-year-old crypto executive, denied fraud.", ["34-year-old"]),
        ("The 61-year-old finance chief resigned on Monday.", ["61-year-old"]),
        # an age as all a clause says of a person (obituary, weather, sport)
        ("Brannigan died on Saturday. She was 86.", ["was 86"]),
        ("The oldest victim was 94; the youngest was 3.", ["was 94"]),
        ("He is 19 years old.", ["is 19"]),
    ],
)
def test_an_age_is_read_in_each_of_its_forms(text: str, spans: list[str]) -> None:
    assert found(text) == spans


@pytest.mark.parametrize(
    "text",
    [
        "Parliament repealed a 19-year-old law on Tuesday.",  # politics: no person
        "She took out a 30-year mortgage.",  # business
        "The 10-year bond yield rose to 4.1%.",
        "The 19-year-old record fell in the final.",  # sport: a record is no one
        # a word that qualifies a thing, or a small word before a person noun
        "A 30-year-old bridge for workers closed.",  # transport
        # "was 64" of no person, or going on to count something
        "The index was 64.",  # business
        "It was 64.",
        "Turnout was 64; the count was 12.",  # election
        "She was 86 points clear.",  # a count
        "Okonkwo, who scored, was 19.",  # a name far back: no form reads it
        "The 19-year-old pay deal for teachers expired.",  # education
        "A 40-year-old steel mill closed.",  # business: two words, no person
        "The 12-year-old law firm partner list grew.",  # a list is no one
        "The court heard evidence in 64 cases.",  # courts
        "Winds gusted at 64 kilometres an hour.",  # weather
        "The polls close at 6pm.",
        "The polls close at 6 pm.",
        "The sample was aged 12 years in oak.",  # a duration, not an age
        "Voters aged 18 to 24 turned out.",  # a band of people, no one's age
        "On Sunday, 64, people were evacuated.",  # a day, not a name, before the comma
        "In March, 40, of the samples failed.",
        "The index turned 3 points lower.",  # turning counts points
        "Turnout was then 31 percent.",
        "The index was then 64.",  # business: a figure, not an aside on a person
        "Shares closed at 64.",  # a price, not a life event
        "Unemployment stood at 5.2% in May.",
        "Labour, 62, Reform, 41, and the Greens, 4, won seats.",  # election: a list of seats
        "A crowd of 64,642 at the Estádio da Luz.",  # sport
        "The Lakers (41) lead the Celtics.",  # one capitalised word: no full name
    ],
)
def test_what_is_not_an_age(text: str) -> None:
    assert found(text) == []


def test_a_quote_states_its_age_and_form() -> None:
    stated = read_age("then 31")
    assert stated is not None
    assert (stated.age, stated.form.name, stated.form.tense) == (31, "then", "then")
    bare = read_age("64")
    assert bare is not None
    assert bare.age == 64
    assert read_age("the 19-year-old")
    assert read_age("a 130-year-old") is None  # older than anyone
    assert read_age("a handful") is None


# -- every entry of the word lists does its work -----------------------------------


@pytest.mark.parametrize("noun", sorted(people_nouns()))
def test_each_person_noun_makes_an_age(noun: str) -> None:
    assert found(f"Police said the 30-year-old {noun} was released.") == ["30-year-old"]


@pytest.mark.parametrize(
    "text",
    [
        # maritime and courts: a nationality between the age and the person noun
        "The captain, Rafael Costa, a 58-year-old Portuguese national, was questioned.",
        "Renn, a 41-year-old British citizen, was extradited on Monday.",
    ],
)
def test_an_age_before_a_nationality_and_a_person_noun_is_an_age(text: str) -> None:
    assert len(found(text)) == 1


@pytest.mark.parametrize("word", sorted(after_words()))
def test_each_word_after_an_age_leaves_it_an_age(word: str) -> None:
    assert found(f"Smith retired at 64 {word} the end.") == ["at 64"]


@pytest.mark.parametrize("word", sorted(life_events()))
def test_each_life_event_makes_at_an_age(word: str) -> None:
    assert found(f"Smith {word} at 64, aides said.") == ["at 64"]


@pytest.mark.parametrize("word", sorted(birth_words()))
def test_each_birth_word_makes_a_date_fact_a_birth(word: str) -> None:
    fact = DateFact(
        id="b", label=f"the {word} of Ana", value=parse_iso_range("2000"), sources=("s",)
    )
    assert registry.kind("age").accepts(fact)


# -- judging ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("published", "quote", "expected"),
    [
        ("2026-06-01", "the 19-year-old", Verdict.AGREES),
        ("2026-06-01", "the 18-year-old", Verdict.CONTRADICTS),
        ("2025-06-01", "the 18-year-old", Verdict.AGREES),
        ("2025-06-01", "the 19-year-old", Verdict.CONTRADICTS),
        ("2026-02-02", "the 18-year-old", Verdict.AGREES),  # the day before the birthday
        ("2026-02-03", "the 19-year-old", Verdict.AGREES),  # the birthday itself
    ],
)
def test_an_age_is_judged_on_the_articles_day(
    published: str, quote: str, expected: Verdict
) -> None:
    body = f"Chidi Okonkwo, {quote} striker, scored twice."
    assert judged(body, quote, published=published).verdict is expected


def test_a_contradiction_reads_like_a_copy_editors_note() -> None:
    result = judged("Okonkwo, the 18-year-old striker, scored.", "18-year-old")
    assert result.verdict is Verdict.CONTRADICTS
    assert result.message == (
        "contradicts: '18-year-old' states an age of 18, but Chidi Okonkwo was born on"
        " 3 February 2007: 19 on 1 June 2026 (source: Nigeria Football Federation squad list)"
    )
    assert (result.stated, result.expected) == ("18", "19 on 1 June 2026")


def test_then_is_judged_at_the_time_the_sentence_tells() -> None:
    body = "In March 2021 Yellen, then 74, became Treasury Secretary."
    assert judged(body, "then 74", YELLEN).verdict is Verdict.AGREES
    assert judged(body.replace("74", "79"), "then 79", YELLEN).verdict is Verdict.CONTRADICTS


def test_a_present_age_may_be_the_articles_whatever_dates_the_sentence_writes() -> None:
    body = "Janet Yellen, 79, who chaired the Fed from 2014, spoke."
    assert judged(body, "79", YELLEN).verdict is Verdict.AGREES


def test_now_is_judged_on_the_articles_day_alone() -> None:
    # "now 79" says today, whatever year the sentence writes
    body = "Janet Yellen, now 79, chaired the Fed from 2014."
    assert judged(body, "now 79", YELLEN).verdict is Verdict.AGREES
    assert judged(body.replace("79", "67"), "now 67", YELLEN).verdict is Verdict.CONTRADICTS


def test_at_an_age_is_judged_in_the_year_told() -> None:
    body = "Yellen became Fed chair in February 2014 at 67."
    assert judged(body, "at 67", YELLEN).verdict is Verdict.AGREES
    assert judged(body.replace("67", "60"), "at 60", YELLEN).verdict is Verdict.CONTRADICTS


# A judge (courts) and a chief executive (business): a role from 2019 to May 2024, born
# in May 1960: 58 when the role began, 64 when it ended, 66 on the article's day.
HOLDER = PersonFact(
    id="holder",
    name="Amara Obi",
    born=parse_iso_range("1960-05-01"),
    roles=(
        Role(
            ("judge",),
            ("High Court",),
            parse_iso_range("2019-03-01"),
            parse_iso_range("2024-05-31"),
        ),
    ),
    sources=("court roll",),
)


@pytest.mark.parametrize(
    ("body", "quote", "expected"),
    [
        # courts: the age when the role ended, not today's (66)
        ("Judge Obi, who sat for five years, retired at 64.", "at 64", Verdict.AGREES),
        ("Judge Obi, who sat for five years, retired at 66.", "at 66", Verdict.CONTRADICTS),
        # business: the age when it began
        ("Obi, now chair of the board, was appointed at 58.", "at 58", Verdict.AGREES),
        ("Obi, now chair of the board, was appointed at 64.", "at 64", Verdict.CONTRADICTS),
        # a date in the sentence still sets the time, and other events keep today's
        ("Obi retired in May 2024 at 64.", "at 64", Verdict.AGREES),
        ("Obi married at 64.", "at 64", Verdict.CONTRADICTS),
    ],
)
def test_an_age_at_a_role_event_is_judged_when_a_role_began_or_ended(
    body: str, quote: str, expected: Verdict
) -> None:
    assert judged(body, quote, HOLDER, published="2026-06-01").verdict is expected


@pytest.mark.parametrize("word", sorted(role_events()))
def test_each_role_event_is_a_life_event_judged_at_its_role(word: str) -> None:
    assert word in life_events()
    age = 58 if role_events()[word] == "start" else 64
    body = f"Obi {word} at {age}, aides said."
    assert judged(body, f"at {age}", HOLDER, published="2026-06-01").verdict is Verdict.AGREES


def test_turns_agrees_on_the_birthday_year() -> None:
    assert judged("Yellen turns 80 in August 2026.", "turns 80", YELLEN).verdict is Verdict.AGREES
    bad = judged("Yellen turns 80 in August 2027.", "turns 80", YELLEN)
    assert bad.verdict is Verdict.CONTRADICTS
    assert "turns 80 in 2026" in bad.message


def test_a_claims_at_sets_the_day() -> None:
    at = parse_iso_range("2020-01-01")
    assert judged("Okonkwo, 12, joined the academy.", "12", at=at).verdict is Verdict.AGREES


def test_a_birth_year_allows_both_ages_it_could_give() -> None:
    fact = PersonFact(id="p", name="Ana Sousa", born=parse_iso_range("1990"), sources=("s",))
    assert judged("Ana Sousa, 35, spoke.", "35", fact).verdict is Verdict.AGREES
    assert judged("Ana Sousa, 36, spoke.", "36", fact).verdict is Verdict.AGREES
    assert judged("Ana Sousa, 38, spoke.", "38", fact).verdict is Verdict.CONTRADICTS


def test_a_birth_date_fact_and_an_age_in_years_are_checked_too() -> None:
    birth = DateFact(
        id="b",
        label="the birth of Chidi Okonkwo",
        value=parse_iso_range("2007-02-03"),
        sources=("s",),
    )
    assert judged("Okonkwo, the 18-year-old striker.", "18-year-old", birth).verdict is (
        Verdict.CONTRADICTS
    )
    oldest = QuantityFact(
        id="o", label="the age of the oldest victim", value=84, unit="years", sources=("s",)
    )
    assert judged("a 74-year-old man", "74-year-old", oldest).verdict is Verdict.CONTRADICTS
    assert judged("an 84-year-old man", "84-year-old", oldest).verdict is Verdict.AGREES


def test_which_facts_an_age_may_be_checked_against() -> None:
    age = registry.kind("age")
    assert age.accepts(OKONKWO)
    assert not age.accepts(PersonFact(id="p", name="No Date", sources=("s",)))
    assert not age.accepts(EntityFact(id="e", name="Bank", sources=("s",)))
    assert not age.accepts(DateFact(id="d", label="the final", value=OKONKWO.born, sources=("s",)))  # type: ignore[arg-type]
    assert not age.accepts(CountFact(id="c", label="age", value=3, unit="years", sources=("s",)))
    assert not age.accepts(
        QuantityFact(id="q", label="the war", value=6, unit="years", sources=("s",))
    )


# -- extraction: an age binds to the person named beside it --------------------------


def test_an_age_beside_a_name_is_extracted_and_bound_to_that_person() -> None:
    body = (
        "Chidi Okonkwo, 18, scored twice. Janet Yellen (79) watched. "
        "Parliament repealed a 19-year-old law.\n"
    )
    article = parse_article(f"---\ntitle: T\npublished: 2026-06-01\n---\n{body}", "a.md")
    claims = [c for c in Extractor(FACTS).extract(article) if c.kind == "age"]
    assert [(c.quote, c.fact) for c in claims] == [("18", "okonkwo"), ("(79)", "yellen")]
    verdicts = [judge(c, article, Context.build(FACTS)).verdict for c in claims]
    assert verdicts == [Verdict.CONTRADICTS, Verdict.AGREES]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # sport: the country whose player he is
        ("Chidi Okonkwo, Nigeria's 18-year-old forward, scored twice.", "okonkwo"),
        # business: the company whose chief executive she is
        ("Janet Yellen, Veridian's 79-year-old chief executive, said so.", "yellen"),
    ],
)
def test_an_age_after_a_possessive_is_not_the_possessors(body: str, expected: str) -> None:
    """ "Greenhallow's 57-year-old chief executive": a name in the possessive before
    an age says whose the person is, not who; it rules out only its own facts."""
    article = parse_article(f"---\ntitle: T\npublished: 2026-06-01\n---\n{body}\n", "a.md")
    (claim,) = [c for c in Extractor(FACTS).extract(article) if c.kind == "age"]
    assert claim.fact == expected
    kind = registry.kind("age")
    possessed = Found(0, 0, ("yellen's",))  # "Yellen's 30-year-old deputy"
    assert not kind.binds(YELLEN, possessed)
    assert kind.binds(OKONKWO, possessed)


def test_a_person_without_a_birth_date_binds_no_age() -> None:
    plain = PersonFact(id="p", name="Chidi Okonkwo", sources=("s",))
    article = parse_article(
        "---\ntitle: T\npublished: 2026-06-01\n---\nChidi Okonkwo, 18, scored.\n", "a.md"
    )
    claims = [c for c in Extractor({"p": plain}).extract(article) if c.kind == "age"]
    assert all(c.fact is None for c in claims)


# -- facts ----------------------------------------------------------------------------


def test_a_person_fact_may_say_when_they_were_born() -> None:
    text = "ana:\n  type: person\n  name: Ana\n  born: 1990-05\n  sources: [s]\n"
    (fact,) = parse_fact_file(text, "facts/p.yaml")
    assert isinstance(fact, PersonFact)
    assert fact.born == parse_iso_range("1990-05")


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("x:\n  type: person\n  name: A\n  born: 1990-13\n  sources: [s]\n", "bad date in 'born'"),
        ("x:\n  type: entity\n  name: A\n  born: 1990\n  sources: [s]\n", "unknown key 'born'"),
    ],
)
def test_a_bad_birth_date_is_located(text: str, message: str) -> None:
    with pytest.raises(InputError) as caught:
        parse_fact_file(text, "facts/p.yaml")
    assert message in str(caught.value)
    assert caught.value.line == 4


# -- the arithmetic of birthdays ---------------------------------------------------------

_DAYS = st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31))


def test_a_leap_day_birthday_falls_on_the_first_of_march() -> None:
    born = date(2004, 2, 29)
    assert birthday(born, 1) == date(2005, 3, 1)
    assert age_on(born, date(2005, 2, 28)) == 0
    assert age_on(born, date(2005, 3, 1)) == 1
    assert age_on(born, date(2008, 2, 29)) == 4


@given(_DAYS, _DAYS, st.integers(min_value=0, max_value=130))
def test_a_stated_age_agrees_exactly_between_the_birthdays_bounding_it(
    born: date, day: date, stated: int
) -> None:
    told = DateRange(day, day)
    agrees = stated in ages_possible(DateRange(born, born), told)
    assert agrees == (birthday(born, stated) <= day < birthday(born, stated + 1))


@given(_DAYS, _DAYS, st.integers(min_value=0, max_value=400))
def test_a_birth_known_less_exactly_allows_every_age_of_its_days(
    start: date, day: date, length: int
) -> None:
    born = DateRange(start, start + timedelta(days=length))
    possible = ages_possible(born, DateRange(day, day))
    for offset in range(0, length + 1, 37):
        assert age_on(start + timedelta(days=offset), day) in possible or day < start


def test_an_age_after_a_name_binds_to_that_persons_birth_only() -> None:
    # Two births share the cue "year-old"; the name before the age says whose it is.
    births = {
        fid: DateFact(
            id=fid,
            label=f"the birth of {name}",
            value=parse_iso_range(born),
            cues=("born", "year-old"),
            sources=("squad list",),
        )
        for fid, name, born in (
            ("okonkwo.birth", "Chidi Okonkwo", "2007-02-03"),
            ("carvalho.birth", "Rui Carvalho", "1990-05-01"),
        )
    }
    body = (
        "Okonkwo, the 18-year-old striker, beat Carvalho. The 36-year-old Carvalho scored late.\n"
    )
    article = parse_article(f"---\ntitle: T\npublished: 2026-06-01\n---\n{body}", "a.md")
    claims = [c for c in Extractor(births).extract(article) if c.kind == "age"]
    assert [(c.quote, c.fact) for c in claims] == [
        ("18-year-old", "okonkwo.birth"),
        # no name before it: either birth could be meant, but only Carvalho's gives 36
        # (value-fits)
        ("36-year-old", "carvalho.birth"),
    ]
    first = judge(claims[0], article, Context.build(births))
    assert first.verdict is Verdict.CONTRADICTS


@pytest.mark.parametrize(
    ("text", "owner"),
    [
        ("Okonkwo, the 18-year-old striker", ("okonkwo",)),  # sport
        ("Senator Marsh, aged 71, did not run", ("marsh",)),  # politics
        ("Chairman Li Wei (64) will stand down", ("wei",)),  # business
        ("The defendant, a 34-year-old man", ()),  # courts: no name
        ("On Sunday, the 19-year-old", ()),  # a day is no one
        ("The 74-year-old man stayed", ()),  # weather
    ],
)
def test_whose_age_is_the_name_right_before_it(text: str, owner: tuple[str, ...]) -> None:
    kind = registry.kind("age")
    (span,) = kind.find(text, date(2026, 6, 1))
    assert span.counted == owner


@pytest.mark.parametrize("pronoun", language.words("person_pronouns.txt"))
def test_each_person_pronoun_states_an_age_with_was(pronoun: str) -> None:
    assert found(f"Renn was led in. {pronoun.title()} was 34.") == ["was 34"]
    assert owner_before(f"{pronoun.title()} was 34.", len(pronoun) + 1) == ()
