"""The tenure kind: "has led the bank for six years", "in office since 2019",
"governor from 2013 to 2020", "became chancellor in May 2021", against a role's
from/to, at the precision printed."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factsuite import dates
from factsuite.articles import parse_article
from factsuite.compare import Context, judge
from factsuite.daterange import parse_iso_range
from factsuite.extraction import Extractor
from factsuite.kinds import registry
from factsuite.kinds.tenure import (
    became_phrases,
    holding_verbs,
    in_role_phrases,
    past_verbs,
    read_tenure,
    role_words,
    tenure_agrees,
)
from factsuite.model import EntityFact, Fact, PersonFact, Result, Role, Verdict
from tests.kindcases import found_spans, judge_quote

BAILEY = PersonFact(
    id="bailey",
    name="Andrew Bailey",
    roles=(
        Role(titles=("Governor",), of=("Bank of England",), start=parse_iso_range("2020-03-16")),
    ),
    sources=("Bank of England, governors",),
)
CARNEY = PersonFact(
    id="carney",
    name="Mark Carney",
    roles=(
        Role(
            titles=("Governor",),
            of=("Bank of England",),
            start=parse_iso_range("2013-07-01"),
            end=parse_iso_range("2020-03-15"),
            ended=True,
        ),
    ),
    sources=("Bank of England, governors",),
)
SCHOLZ = PersonFact(
    id="scholz",
    name="Olaf Scholz",
    roles=(
        Role(
            titles=("Chancellor",),
            of=("Germany",),
            start=parse_iso_range("2021-12-08"),
            end=parse_iso_range("2025-05-06"),
            ended=True,
        ),
    ),
    sources=("Bundestag",),
)
COACH = PersonFact(
    id="okafor",
    name="Ngozi Okafor",
    roles=(Role(titles=("head coach", "coach"), of=("Nigeria",), start=parse_iso_range("2020")),),
    sources=("NFF",),
)
FACTS: dict[str, Fact] = {f.id: f for f in (BAILEY, CARNEY, SCHOLZ, COACH)}
REFERENCE = date(2026, 6, 1)


def judged(body: str, quote: str, fact: Fact, published: str = "2026-06-01") -> Result:
    return judge_quote(body, quote, "tenure", fact, published=published)


def found(text: str) -> list[str]:
    return found_spans("tenure", text, REFERENCE)


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        # business
        ("Bailey has led the bank for six years.", ["has led the bank for six years"]),
        ("Carney was governor from 2013 to 2020.", ["governor from 2013 to 2020"]),
        # politics
        ("Scholz became chancellor in May 2021.", ["became chancellor in May 2021"]),
        ("The mayor has been in office since 2019.", ["in office since 2019"]),
        # transport, business: a verb of holding, since when
        ("Vanterpool has led the authority since 2018.", ["has led the authority since 2018"]),
        ("Bailey has chaired the board since May 2021.", ["has chaired the board since May 2021"]),
        # sport
        (
            "Okafor has served as coach for nearly six years, she said.",
            ["has served as coach for nearly six years"],
        ),
        ("Bailey has been governor for six years.", ["has been governor for six years"]),
        ("Bailey has held the post for six years.", ["has held the post for six years"]),
        # courts
        (
            "Judge Obi has presided over the court for a decade.",
            ["has presided over the court for a decade"],
        ),
    ],
)
def test_a_tenure_is_read_in_each_of_its_forms(text: str, spans: list[str]) -> None:
    assert found(text) == spans


@pytest.mark.parametrize(
    "text",
    [
        "He was jailed for six years.",  # courts: a sentence, not a role
        "She has lived in Leeds for six years.",  # no role is held
        "The drought has lasted for six years.",  # weather
        "Prices rose from 2013 to 2020.",  # business: no title before "from"
        "The trial ran from March to May.",  # courts
        "The telescope was built from 2013 to 2020.",  # science
        "She has been in Leeds for six years.",  # "been" names no role here
        "He has held the record for six years.",  # sport: a record is no role
    ],
)
def test_what_is_not_a_tenure(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    ("body", "quote", "fact", "expected"),
    [
        # 2020-03-16 to 2026-06-01 is 6.2 years
        (
            "Bailey has led the bank for six years.",
            "has led the bank for six years",
            BAILEY,
            Verdict.AGREES,
        ),
        (
            "Bailey has led the bank for five years.",
            "has led the bank for five years",
            BAILEY,
            Verdict.CONTRADICTS,
        ),
        (
            "Bailey has led the bank for seven years.",
            "has led the bank for seven years",
            BAILEY,
            Verdict.CONTRADICTS,
        ),
        (
            "Bailey has led the bank for more than six years.",
            "has led the bank for more than six years",
            BAILEY,
            Verdict.AGREES,
        ),
        (
            "Bailey has led the bank for nearly six years.",
            "has led the bank for nearly six years",
            BAILEY,
            Verdict.CONTRADICTS,
        ),
        ("Bailey has been in office since 2020.", "in office since 2020", BAILEY, Verdict.AGREES),
        (
            "Bailey has been in office since 2019.",
            "in office since 2019",
            BAILEY,
            Verdict.CONTRADICTS,
        ),
        (
            "Carney has been in office since 2013.",
            "in office since 2013",
            CARNEY,
            Verdict.CONTRADICTS,
        ),  # left in 2020
        (
            "Carney was governor from 2013 to 2020.",
            "governor from 2013 to 2020",
            CARNEY,
            Verdict.AGREES,
        ),
        (
            "Carney was governor from 2012 to 2020.",
            "governor from 2012 to 2020",
            CARNEY,
            Verdict.CONTRADICTS,
        ),
        (
            "Carney was governor from 2013 to 2021.",
            "governor from 2013 to 2021",
            CARNEY,
            Verdict.CONTRADICTS,
        ),
        (
            "Scholz became chancellor in December 2021.",
            "became chancellor in December 2021",
            SCHOLZ,
            Verdict.AGREES,
        ),
        (
            "Scholz became chancellor in May 2021.",
            "became chancellor in May 2021",
            SCHOLZ,
            Verdict.CONTRADICTS,
        ),
        # a role known to the year: 2020 to mid-2026 is 5.4 up to 6.4 years
        (
            "Okafor has served as coach for six years.",
            "has served as coach for six years",
            COACH,
            Verdict.AGREES,
        ),
        (
            "Okafor has served as coach for nearly six years.",
            "has served as coach for nearly six years",
            COACH,
            Verdict.AGREES,
        ),
        (
            "Okafor has served as coach for four years.",
            "has served as coach for four years",
            COACH,
            Verdict.CONTRADICTS,
        ),
    ],
)
def test_a_tenure_is_judged_against_the_roles_dates(
    body: str, quote: str, fact: Fact, expected: Verdict
) -> None:
    assert judged(body, quote, fact).verdict is expected


def test_a_contradiction_says_what_was_stated_and_what_is_true() -> None:
    result = judged(
        "Scholz became chancellor in May 2021.", "became chancellor in May 2021", SCHOLZ
    )
    assert result.message == (
        "contradicts: 'became chancellor in May 2021' says from 2021-05, but Olaf Scholz was"
        " Chancellor of Germany from 2021-12-08 to 2025-05-06 (source: Bundestag)"
    )
    longer = judged(
        "Bailey has led the bank for five years.", "has led the bank for five years", BAILEY
    )
    assert longer.message.endswith(": 6.2 years by 2026-06-01 (source: Bank of England, governors)")


VICE_AND_CAPTAIN = PersonFact(
    id="fairbairn",
    name="Dominic Fairbairn",
    roles=(
        Role(titles=("captain",), of=("Caldermoor CCC",), start=parse_iso_range("2026-01-13")),
        Role(
            titles=("vice-captain",),
            of=("Caldermoor CCC",),
            start=parse_iso_range("2022-03"),
            end=parse_iso_range("2026-01-13"),
            ended=True,
        ),
    ),
    sources=("club",),
)
DEPUTY_AND_CHIEF = PersonFact(
    id="nash",
    name="Priya Nash",
    roles=(
        Role(titles=("chief executive",), of=("Ardmoor",), start=parse_iso_range("2025-09")),
        Role(
            titles=("deputy chief executive",),
            of=("Ardmoor",),
            start=parse_iso_range("2019-04"),
            end=parse_iso_range("2025-09"),
            ended=True,
        ),
    ),
    sources=("trust",),
)


@pytest.mark.parametrize(
    ("body", "quote", "fact", "expected"),
    [
        (
            "Fairbairn had been vice-captain for nearly four years.",
            "vice-captain for nearly four years",
            VICE_AND_CAPTAIN,
            Verdict.AGREES,
        ),
        (
            "Fairbairn had been vice-captain for six years.",
            "vice-captain for six years",
            VICE_AND_CAPTAIN,
            Verdict.CONTRADICTS,
        ),
        (
            "Nash was deputy chief executive for six years.",
            "deputy chief executive for six years",
            DEPUTY_AND_CHIEF,
            Verdict.AGREES,
        ),
        (
            "Nash has been chief executive since 2025.",
            "chief executive since 2025",
            DEPUTY_AND_CHIEF,
            Verdict.AGREES,
        ),
        # the captaincy and the chief executive's post began then, the longer titles
        # did not: judged against the inner title, each would agree
        (
            "Fairbairn has been vice-captain since January 2026.",
            "vice-captain since January 2026",
            VICE_AND_CAPTAIN,
            Verdict.CONTRADICTS,
        ),
        (
            "Nash has been deputy chief executive since 2025.",
            "deputy chief executive since 2025",
            DEPUTY_AND_CHIEF,
            Verdict.CONTRADICTS,
        ),
    ],
)
def test_a_tenure_is_of_the_longest_title_its_words_name(
    body: str, quote: str, fact: Fact, expected: Verdict
) -> None:
    assert judged(body, quote, fact, published="2026-01-14").verdict is expected


# Two posts at one organisation, the earlier one ended: a business shape (a finance
# director become chief executive) and a science shape (a head of monitoring become
# the observatory's director).
FINANCE_THEN_CHIEF = PersonFact(
    id="hebden",
    name="Rosa Hebden",
    roles=(
        Role(titles=("chief executive",), of=("Kettle Brewery",), start=parse_iso_range("2019-09")),
        Role(
            titles=("finance director",),
            of=("Kettle Brewery",),
            start=parse_iso_range("2014-05"),
            end=parse_iso_range("2019-09"),
            ended=True,
        ),
    ),
    sources=("annual report",),
)
MONITORING_THEN_DIRECTOR = PersonFact(
    id="barra",
    name="Ines Barra",
    roles=(
        Role(titles=("director",), of=("Corva Observatory",), start=parse_iso_range("2018-11")),
        Role(
            titles=("head of seismic monitoring",),
            of=("Corva Observatory",),
            start=parse_iso_range("2009-03"),
            end=parse_iso_range("2018-11"),
            ended=True,
        ),
    ),
    sources=("observatory staff page",),
)


@pytest.mark.parametrize(
    ("body", "quote", "fact", "expected"),
    [
        # the present perfect runs to the article's day: the post held now, not the
        # earlier one of the same length
        (
            "Hebden, who has run the brewery for five years, argues otherwise.",
            "has run the brewery for five years",
            FINANCE_THEN_CHIEF,
            Verdict.CONTRADICTS,
        ),
        (
            "Hebden, who has run the brewery for nearly seven years, argues otherwise.",
            "has run the brewery for nearly seven years",
            FINANCE_THEN_CHIEF,
            Verdict.AGREES,
        ),
        (
            "Barra, who has run the Corva Observatory for a decade, raised the alarm.",
            "has run the Corva Observatory for a decade",
            MONITORING_THEN_DIRECTOR,
            Verdict.CONTRADICTS,
        ),
        (
            "Barra has run the Corva Observatory for more than seven years.",
            "has run the Corva Observatory for more than seven years",
            MONITORING_THEN_DIRECTOR,
            Verdict.AGREES,
        ),
        # the past perfect does not: the earlier post may be the one meant
        (
            "Barra had run the Corva Observatory's monitoring for nearly ten years.",
            "had run the Corva Observatory's monitoring for nearly ten years",
            MONITORING_THEN_DIRECTOR,
            Verdict.AGREES,
        ),
    ],
)
def test_a_present_perfect_tenure_is_of_the_post_held_on_the_articles_day(
    body: str, quote: str, fact: Fact, expected: Verdict
) -> None:
    assert judged(body, quote, fact, published="2026-06-08").verdict is expected


def test_a_role_the_quote_does_not_name_awaits_review() -> None:
    two = PersonFact(
        id="p",
        name="A B",
        roles=(
            Role(titles=("Governor",), start=parse_iso_range("2013")),
            Role(titles=("Minister",), start=parse_iso_range("2001")),
        ),
        sources=("s",),
    )
    result = judged("A B has been in office since 2013.", "in office since 2013", two)
    assert result.verdict is Verdict.NEEDS_REVIEW


def test_which_facts_a_tenure_may_be_checked_against() -> None:
    tenure = registry.kind("tenure")
    assert tenure.accepts(BAILEY)
    assert not tenure.accepts(PersonFact(id="p", name="No Role", sources=("s",)))
    undated = Role(titles=("Governor",))
    assert not tenure.accepts(PersonFact(id="p", name="A", roles=(undated,), sources=("s",)))
    assert not tenure.accepts(EntityFact(id="e", name="Bank", sources=("s",)))


@pytest.mark.parametrize("title", sorted(role_words()))
def test_each_role_word_makes_a_tenure(title: str) -> None:
    assert found(f"Smith was {title} from 2013 to 2020.") == [f"{title} from 2013 to 2020"]
    assert found(f"Smith has been {title} for six years.") == [f"has been {title} for six years"]


@pytest.mark.parametrize("phrase", sorted(became_phrases()))
def test_each_became_phrase_makes_a_tenure_from_the_date_after_it(phrase: str) -> None:
    for written in (phrase, phrase.upper()):
        assert found(f"Ng {written} chief executive in March 2020.") == [
            f"{written} chief executive in March 2020"
        ]


def test_another_verb_before_a_role_and_a_date_is_no_tenure() -> None:
    assert found("Ng was promoted chief executive in March 2020.") == []


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        # sport and politics: a phrase of taking a role needs no title after it
        ("Head coach Amara Bello, who took charge in 2023, smiled.", ["took charge in 2023"]),
        ("When Rosa Valdane took office in January 2021, she promised more.",
         ["took office in January 2021"]),
        # negatives: "took" before anything else takes no role
        ("The law took effect in January 2021.", []),
        ("She took part in 2023.", []),
    ],
)  # fmt: skip
def test_a_phrase_of_taking_a_role_may_stand_without_the_title(text: str, spans: list[str]) -> None:
    assert found(text) == spans


@pytest.mark.parametrize("phrase", sorted(in_role_phrases()))
def test_each_in_role_phrase_makes_a_tenure_and_its_last_word_none_alone(phrase: str) -> None:
    assert found(f"The mayor has been {phrase} since 2019.") == [f"{phrase} since 2019"]
    assert found(f"Smith, {phrase.upper()} since 2019, spoke.") == [f"{phrase.upper()} since 2019"]
    # its last word alone is no title a time since may follow
    assert found(f"Smith, the {phrase.split()[-1]} since 2019, spoke.") == []


def test_another_phrase_before_since_is_no_tenure() -> None:
    assert found("The mayor has been in Leeds since 2019.") == []


@pytest.mark.parametrize("verb", sorted(holding_verbs()))
def test_each_holding_verb_makes_a_tenure(verb: str) -> None:
    assert found(f"Smith has {verb} the club as manager for six years.") == [
        f"has {verb} the club as manager for six years"
    ]


def test_a_tenure_beside_a_name_is_extracted_and_bound_to_that_person() -> None:
    body = (
        "Andrew Bailey has led the bank for five years. Mark Carney was governor from 2013"
        " to 2020. Bailey was jailed for six years.\n"
    )
    article = parse_article(f"---\ntitle: T\npublished: 2026-06-01\n---\n{body}", "a.md")
    claims = [c for c in Extractor(FACTS).extract(article) if c.kind == "tenure"]
    assert [(c.quote, c.fact) for c in claims] == [
        ("has led the bank for five years", "bailey"),
        ("governor from 2013 to 2020", "carney"),
    ]
    verdicts = [judge(c, article, Context.build(FACTS)).verdict for c in claims]
    assert verdicts == [Verdict.CONTRADICTS, Verdict.AGREES]
    # The dates and times inside, bound to no fact of their own, are the tenures' to
    # check (binding rule checked-inside); the time of a sentence, outside any
    # tenure, stays a claim.
    quotes = [c.quote for c in Extractor(FACTS).extract(article) if c.kind != "tenure"]
    assert "from 2013 to 2020" not in quotes
    assert "for five years" not in quotes
    assert "six years" in quotes


def test_read_tenure_reads_its_forms() -> None:
    tenure = read_tenure("in office since 2019", REFERENCE)
    assert tenure is not None
    assert tenure.form == "since"
    assert tenure.since == parse_iso_range("2019")
    assert read_tenure("jailed for six years", REFERENCE) is None


@st.composite
def _amount_and_time(draw: st.DrawFn) -> tuple[int, float]:
    """A stated number of years, and a time in the role: often one of the edges of
    the bands near it (a whole or half year either side), else anything up to 50."""
    amount = draw(st.integers(min_value=1, max_value=40))
    edges = [amount + step / 2 for step in range(-3, 4) if amount + step / 2 >= 0]
    actual = draw(
        st.one_of(st.sampled_from(edges), st.floats(min_value=0, max_value=50, allow_nan=False))
    )
    return amount, actual


@given(_amount_and_time())
def test_an_unhedged_tenure_agrees_exactly_at_its_printed_precision(
    case: tuple[int, float],
) -> None:
    amount, actual = case
    stated = dates.Duration(float(amount), "years", None)
    assert tenure_agrees(stated, actual, actual) == (amount - 0.5 < actual < amount + 0.5)


@given(_amount_and_time())
def test_nearly_is_the_year_below_or_a_20th_of_a_round_figure(case: tuple[int, float]) -> None:
    """As numbers.py reads "nearly 140" of a count: 133 to 140, and "nearly 27" 26 to 27."""
    amount, actual = case
    stated = dates.Duration(float(amount), "years", "nearly")
    below = max(1.0, amount / 20) if amount % 5 == 0 else 1.0
    assert tenure_agrees(stated, actual, actual) == (amount - below <= actual < amount)


# -- title-since: a title and its time, with no verb ("Bailey, governor since 2020,") --


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        ("Bailey, governor since 2020, spoke.", ["governor since 2020"]),
        # the verb's form holds it: no second tenure inside it
        ("Bailey has been governor since 2020.", ["has been governor since 2020"]),
        ("Bailey has been in office since 2020.", ["in office since 2020"]),
        # a role word that names a role only after a verb or "in"
        ("The post since 2020 has been vacant.", []),
    ],
)
def test_a_title_and_its_time_is_one_tenure(text: str, spans: list[str]) -> None:
    assert found(text) == spans


@pytest.mark.parametrize(
    ("body", "quote", "verdict"),
    [
        ("Andrew Bailey, governor since 2020, spoke.", "governor since 2020", Verdict.AGREES),
        # the year he became something else, or a slip: the role began in 2020
        ("Andrew Bailey, governor since 2015, spoke.", "governor since 2015", Verdict.CONTRADICTS),
    ],
)
def test_a_title_since_is_judged_against_the_roles_start(
    body: str, quote: str, verdict: Verdict
) -> None:
    assert judged(body, quote, BAILEY).verdict is verdict


@pytest.mark.parametrize("verb", sorted(past_verbs()))
def test_each_past_verb_makes_a_tenure_with_no_auxiliary(verb: str) -> None:
    assert found(f"Smith {verb} the club for six years.") == [f"{verb} the club for six years"]
    assert found(f"Smith {verb} to the club for six years.") == []
    if verb in holding_verbs():
        # after "has", the "for" form's one tenure, not a second inside it
        assert found(f"Smith has {verb} the club as manager for six years.") == [
            f"has {verb} the club as manager for six years"
        ]


def test_since_holds_when_the_role_ends_after_the_articles_day() -> None:
    # tourism, charity: facts written after the story record the role's end; on the
    # article's day it was still held, so "has led ... since" was true then
    body = "Carney has led the Bank of England since July 2013."
    quote = "has led the Bank of England since July 2013"
    assert judged(body, quote, CARNEY, published="2019-06-01").verdict is Verdict.AGREES
    # after the role ended, "has led since" is wrong
    assert judged(body, quote, CARNEY, published="2021-06-01").verdict is Verdict.CONTRADICTS


MARWICK = PersonFact(
    id="marwick",
    name="Helena Marwick",
    roles=(
        Role(
            titles=("chief operating officer",),
            of=("Kestrel Silicon",),
            start=parse_iso_range("2014-03"),
            end=parse_iso_range("2019-05"),
            ended=True,
        ),
        Role(
            titles=("chief executive",), of=("Kestrel Silicon",), start=parse_iso_range("2019-06")
        ),
    ),
    sources=("Kestrel Silicon, annual report",),
)
ADEYEMI = PersonFact(
    id="adeyemi",
    name="Tunde Adeyemi",
    roles=(
        Role(
            titles=("assistant coach",),
            of=("Nigeria",),
            start=parse_iso_range("2018"),
            end=parse_iso_range("2021"),
            ended=True,
        ),
        Role(titles=("head coach",), of=("Nigeria",), start=parse_iso_range("2022-01")),
    ),
    sources=("NFF",),
)


@pytest.mark.parametrize(
    ("body", "quote", "fact", "expected"),
    [
        # tech: a role held to this day, named by no title: the one held on the day
        ("Marwick has led the company for seven years.", "has led the company for seven years",
         MARWICK, Verdict.AGREES),
        ("Marwick has led the company since 2015.", "has led the company since 2015", MARWICK,
         Verdict.CONTRADICTS),
        # sport: the same, of a coach once an assistant
        ("Adeyemi has led the side since 2022.", "has led the side since 2022", ADEYEMI,
         Verdict.AGREES),
        ("Adeyemi has led the side for nine years.", "has led the side for nine years", ADEYEMI,
         Verdict.CONTRADICTS),
        # a past role, named by no title, says nothing of which: for review
        ("Adeyemi took charge in 2018.", "took charge in 2018", ADEYEMI, Verdict.NEEDS_REVIEW),
    ],
)  # fmt: skip
def test_a_role_held_to_this_day_and_named_by_no_title_is_the_one_held_on_the_day(
    body: str, quote: str, fact: PersonFact, expected: Verdict
) -> None:
    assert judged(body, quote, fact).verdict is expected


_HEDGES = st.sampled_from([None, "nearly", "about", "more_than", "at_least"])


@given(_amount_and_time(), _HEDGES, st.sampled_from([10.0, 100.0]))
def test_a_tenure_in_decades_allows_at_least_what_the_same_in_years_does(
    case: tuple[int, float], hedge: str | None, step: float
) -> None:
    """Written in a larger unit, the band is never narrower: "three decades" rounds to
    the decade, "30 years" to the year."""
    amount, actual = case
    in_years = dates.Duration(float(amount), "years", hedge)
    in_decades = dates.Duration(float(amount), "years", hedge, step)
    if tenure_agrees(in_years, actual, actual):
        assert tenure_agrees(in_decades, actual, actual)


def test_nearly_three_decades_is_25_to_30_years() -> None:
    stated = dates.Duration(30.0, "years", "nearly", 10.0)
    assert tenure_agrees(stated, 26.5, 26.5)
    assert not tenure_agrees(stated, 24.0, 24.0)
    assert not tenure_agrees(stated, 30.5, 30.5)
    # "nearly 30 years" is the year below
    assert not tenure_agrees(dates.Duration(30.0, "years", "nearly"), 26.5, 26.5)


@pytest.mark.parametrize(
    ("text", "step"),
    [
        ("nearly four decades", 10.0),
        ("three decades", 10.0),
        ("a century", 100.0),
        ("40 years", 1.0),
        ("half a century", 1.0),  # a half is written finer than the century
        ("two years and three months", 1.0),
    ],
)
def test_a_length_of_time_keeps_the_unit_it_was_written_in(text: str, step: float) -> None:
    mention = dates.read_date(text, date(2026, 5, 18))
    assert mention is not None
    assert mention.duration is not None
    assert mention.duration.step == step


def test_since_a_month_without_its_year_is_the_last_one_before_the_article() -> None:
    # "since" tells the past (data/en/tense_words.tsv): in March, last July, not the
    # nearer July to come
    tenure = read_tenure("in the job since July", date(2026, 3, 20))
    assert tenure is not None
    assert tenure.since == parse_iso_range("2025-07")
