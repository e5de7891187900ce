"""The fraction kind: a share written as a fraction ("two-thirds", "one in five"),
judged against a percent fact at the precision a fraction word implies, and never
bound to a count."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from factsuite.kinds import registry
from factsuite.kinds.fraction import FractionKind, fraction_words, measure_words
from factsuite.model import CountFact, PercentFact, QuantityFact, Result, Verdict
from tests.kindcases import article_of, found_spans, judge_quote

KIND = FractionKind()
VOTE = PercentFact(id="vote", label="Harbour's share of the vote", value=33.6, sources=("s",))


def judged(quote: str, value: float, body: str | None = None) -> Result:
    fact = PercentFact(id="share", label="the share", value=value, sources=("s",))
    return judge_quote(body or f"It was {quote} in the end.", quote, "fraction", fact)


def found(text: str) -> list[str]:
    return found_spans(KIND, text)


@pytest.mark.parametrize(
    ("sentence", "share"),
    [
        ("Harbour won a third of the vote on Saturday.", "a third"),  # election
        ("The party took two-thirds of the electorate seats.", "two-thirds"),
        ("Half of the volunteers were children.", "Half"),  # science
        ("Three in four patients recovered within a week.", "Three in four"),
        ("Four in five homes lost power.", "Four in five"),  # weather
        ("Nine out of ten analysts expected a cut.", "Nine out of ten"),  # business
        ("One in five adults has never voted.", "One in five"),
        ("Roughly four in five cases were in Asia.", "Roughly four in five"),
        ("The club sold more than half the season tickets.", "more than half"),  # sport
        ("Jurors rejected three-quarters of the claims.", "three-quarters"),  # courts
        ("Sales fell by a quarter.", "a quarter"),
    ],
)
def test_a_share_written_as_a_fraction_is_found(sentence: str, share: str) -> None:
    assert found(sentence) == [share]


@pytest.mark.parametrize(
    "sentence",
    [
        "The score was level at half-time.",  # sport: a period
        "The jury deliberated for a quarter of an hour.",  # courts: a measure of time
        "Profits rose in the third quarter.",  # business: a period
        "United led in the first half.",  # sport: a period
        "Half a million homes lost power.",  # weather: a number
        "She is seeking a third term.",  # election: an ordinal
        "The storm stalled for half an hour.",  # weather: a measure
        "Sales grew for three quarters in a row.",  # business: periods
        "They reached a quarter-final.",  # sport: a compound
        "The Fed made a quarter-point cut.",  # business: points, not a share
        "Rainfall was 0.5 inches.",  # a decimal is no fraction word
    ],
)
def test_what_is_no_share_is_not_found(sentence: str) -> None:
    assert found(sentence) == []


@pytest.mark.parametrize(
    ("quote", "value", "verdict"),
    [
        ("two-thirds", 66.7, Verdict.AGREES),
        ("two-thirds", 67.9, Verdict.AGREES),  # within 1.5 points
        ("two-thirds", 62.0, Verdict.CONTRADICTS),
        ("a third", 33.6, Verdict.AGREES),
        ("a third", 38.0, Verdict.CONTRADICTS),
        ("about a third", 35.0, Verdict.AGREES),  # the hedge widens it
        ("about a third", 40.0, Verdict.CONTRADICTS),
        ("half", 50.4, Verdict.AGREES),
        ("half", 47.0, Verdict.CONTRADICTS),
        ("more than half", 50.2, Verdict.AGREES),
        ("more than half", 50.0, Verdict.CONTRADICTS),  # "more than" is open
        ("nearly half", 48.0, Verdict.AGREES),
        ("nearly half", 51.0, Verdict.CONTRADICTS),
        # "nearly" is a little below what the word stands for, from its lowest
        # (publishing: "nearly a third" of a publisher's revenue, 31%; labour: "nearly
        # half" of members, 46.5%), not below its exact value
        ("nearly a third", 31.0, Verdict.AGREES),
        ("nearly half", 46.5, Verdict.AGREES),
        ("nearly a third", 29.5, Verdict.CONTRADICTS),
        ("nearly half", 45.5, Verdict.CONTRADICTS),
        ("nearly a third", 33.6, Verdict.CONTRADICTS),  # not above it
        ("three-quarters", 62.0, Verdict.CONTRADICTS),
        ("one in five", 20.9, Verdict.AGREES),
        ("one in five", 25.0, Verdict.CONTRADICTS),
        ("one in 20", 5.4, Verdict.AGREES),  # a tenth of 5%: 4.5% to 5.5%
        ("one in 20", 6.0, Verdict.CONTRADICTS),
        ("roughly four in five", 78.0, Verdict.AGREES),
        ("nine out of ten", 90.0, Verdict.AGREES),
        ("nine out of ten", 80.0, Verdict.CONTRADICTS),
    ],
)
def test_a_fraction_is_judged_at_the_precision_it_implies(
    quote: str, value: float, verdict: Verdict
) -> None:
    assert judged(quote, value).verdict is verdict


def test_a_contradiction_reads_like_a_note() -> None:
    result = judged("a third", 38.0)
    assert result.message == (
        "contradicts: 'a third' is 33.3% of the whole (read as 31.8% to 34.8%) but the share is 38%"
    )
    assert judged("more than half", 45.0).message.endswith("(above 50%) but the share is 45%")
    # docs/reference.md's "nearly half is 46.1% to 50%"
    assert "(read as 46.1% to 50%)" in judged("nearly half", 40.0).message


def test_a_fraction_agrees_with_a_percent_range() -> None:
    fact = PercentFact(id="r", value=63.0, low=60.0, high=66.0, sources=("s",))
    assert KIND.describe_expected(fact) == "60%-66%"


def test_a_quote_that_is_no_fraction_awaits_review() -> None:
    assert judged("62%", 62.0).verdict is Verdict.NEEDS_REVIEW


def test_a_fraction_binds_to_a_percent_and_never_to_a_count() -> None:
    span = KIND.find("four in five", date(2025, 1, 1))[0]
    assert KIND.binds(VOTE, span)
    assert not KIND.binds(CountFact(id="c", value=6.2e6, sources=("s",)), span)
    assert not KIND.binds(QuantityFact(id="n", value=0.8, sources=("s",)), span)
    assert registry.kind("fraction").fact_types == (PercentFact,)


@pytest.mark.parametrize(
    ("sentence", "facts", "bound"),
    [
        # science: a count's cue near a share never binds it ("cases" is the count's)
        (
            "Roughly four in five dengue cases were in Asia.",
            {"cases": CountFact(id="cases", value=6.2e6, cues=("cases",), sources=("s",))},
            None,
        ),
        # election: the share's cue binds it
        (
            "Harbour won a third of the vote.",
            {"vote": PercentFact(id="vote", value=33.6, cues=("vote",), sources=("s",))},
            "vote",
        ),
    ],
)
def test_extraction_binds_a_share_to_a_percent_only(
    sentence: str, facts: dict[str, CountFact | PercentFact], bound: str | None
) -> None:
    from factsuite.extraction.pipeline import Extractor

    claims = Extractor(facts).extract(article_of(sentence))
    assert [c.fact for c in claims if c.fact is not None] == ([bound] if bound else [])
    assert all(c.kind == "fraction" for c in claims if c.fact is not None)


def test_every_fraction_word_is_read_as_its_denominator() -> None:
    from factsuite import numbers

    for word, (denominator, _) in fraction_words().items():
        text = f"one {word}" if not word.endswith("s") else f"two {word}"
        mention = numbers.read_number(text)
        numerator = 1 if not word.endswith("s") else 2
        assert mention is not None
        assert mention.value == pytest.approx(numerator / denominator)


def test_every_measure_word_makes_a_fraction_a_measure() -> None:
    for word in measure_words():
        assert found(f"It took half a {word} to finish.") == [], word


_NUMERATORS = ["", "a", "two", "three", "four", "five", "six", "seven", "eight", "nine"]


@given(st.data())
def test_any_fraction_in_the_table_agrees_with_its_percentage(data: st.DataObject) -> None:
    singular = [w for w in fraction_words() if not w.endswith("s")]
    word = data.draw(st.sampled_from(singular))
    q = fraction_words()[word][0]
    p = data.draw(st.integers(1, q - 1))
    if p == 1:
        quote = f"a {word}"
    else:
        plural = next(w for w in fraction_words() if w.endswith("s") and w.startswith(word[:-1]))
        quote = f"{_NUMERATORS[p]}-{plural}"
    assert judged(quote, 100 * p / q, f"They won {quote} of the seats.").verdict is Verdict.AGREES


@given(st.integers(1, 9), st.integers(2, 10))
def test_any_ratio_agrees_with_its_percentage(p: int, q: int) -> None:
    assume(p < q)
    quote = f"{_NUMERATORS[p] if p > 1 else 'one'} in {q}"
    assert judged(quote, 100 * p / q).verdict is Verdict.AGREES


VOTE_SHARE = PercentFact(
    id="vote",
    label="Harbour's share of the party vote",
    value=38.6,
    cues=("Harbour", "party vote"),
    sources=("s",),
)
CHILDREN = PercentFact(
    id="children",
    label="the share of trial volunteers who were children",
    value=62,
    cues=("children",),
    sources=("s",),
)


@pytest.mark.parametrize(
    ("sentence", "fact", "binds"),
    [
        # election: a share of the seats is no share of the vote
        ("Harbour won 48 seats, two-thirds of the total.", VOTE_SHARE, False),
        ("Harbour won a third of the party vote.", VOTE_SHARE, True),
        # science: the whole is named by the fact's label
        ("Three-quarters of the trial's volunteers were children.", CHILDREN, True),
        ("Three-quarters of the doses went abroad.", CHILDREN, False),
        # courts, weather: no whole named, or a pronoun: any percent fact may be it
        ("The jury agreed with half of them.", CHILDREN, True),
        ("Power came back to two-thirds.", VOTE_SHARE, True),
    ],
)
def test_a_share_binds_only_to_a_percent_of_the_same_whole(
    sentence: str, fact: PercentFact, binds: bool
) -> None:
    (span,) = KIND.find(sentence, date(2025, 1, 1))
    assert KIND.binds(fact, span) is binds


def test_every_function_word_is_left_out_of_a_whole() -> None:
    from factsuite.kinds.fraction import function_words, whole_of

    for word in function_words():
        assert whole_of(f" {word} voters") == ("voter",), word


def test_a_share_is_no_span_of_time_the_date_reader_saw() -> None:
    from factsuite.extraction.pipeline import Extractor

    body = "But three-quarters of the trial's volunteers were children."
    claims = Extractor({CHILDREN.id: CHILDREN}).extract(article_of(body))
    assert [(c.quote, c.kind, c.fact) for c in claims if c.fact] == [
        ("three-quarters", "fraction", "children")
    ]
