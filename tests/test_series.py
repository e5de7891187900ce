"""Values that change over time: a number fact holding a ``series`` of points, judged
at the time its sentence sets. Cases from economics (a policy rate after each
decision), politics (a party's seats after each election) and science (a trial's
enrolment at each data cut)."""

from __future__ import annotations

from datetime import date
from importlib import resources
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factsuite import language, series
from factsuite.articles import parse_article
from factsuite.compare import judge
from factsuite.daterange import DateRange, parse_iso_range
from factsuite.errors import InputError
from factsuite.facts import load_facts, parse_fact_file
from factsuite.model import Claim, Point, QuantityFact
from tests.test_extraction_support import fixture_desk

DESK = """\
rate:
  type: percent
  label: the central bank's policy rate
  cues: [policy rate, rate]
  series:
    - {at: 2023-07-26, value: 5.5}
    - {at: 2022-05-04, value: 1.0}
    - {at: 2024-09-18, value: 5.0}
    - {at: 2025-03-12, value: 4.25}
  sources: [monetary policy decisions]
harbour.seats:
  type: count
  label: the Harbour Party's seats in Parliament
  unit: seats
  cues: [seats]
  series:
    - {at: 2020-10-17, value: 41}
    - {at: 2023-10-14, value: 37}
    - {at: 2026-10-17, value: 52}
  sources: [official results]
trial.enrolled:
  type: count
  label: the volunteers enrolled in the trial
  unit: volunteers
  cues: [enrolled, volunteers]
  series:
    - {at: 2022-03, value: 1200}
    - {at: 2023-01, value: 20100}
  sources: [trial registry]
"""


def _judged(sentence: str, published: str = "2025-06-01") -> dict[str, tuple[str, str]]:
    """Quote -> (verdict, message) for the claims bound to a series."""
    desk = fixture_desk(DESK)
    item = parse_article(f"---\ntitle: T\npublished: {published}\n---\n{sentence}\n", "a.md")
    out = {}
    for claim in desk.extractor.extract(item):
        if claim.fact is not None:
            result = judge(claim, item, desk.context)
            out[claim.quote] = (result.verdict.value, result.message)
    return out


def _verdict(sentence: str, quote: str, published: str = "2025-06-01") -> str:
    return _judged(sentence, published)[quote][0]


# --- the format --------------------------------------------------------------------


def test_a_series_is_read_oldest_first_and_its_value_is_the_latest_point() -> None:
    facts = {f.id: f for f in parse_fact_file(DESK, "facts/a.yaml")}
    rate = facts["rate"]
    assert isinstance(rate, QuantityFact)
    assert [p.value for p in rate.series] == [1.0, 5.5, 5.0, 4.25]
    assert rate.value == 4.25
    assert rate.series[0].at == parse_iso_range("2022-05-04")


@pytest.mark.parametrize(
    ("body", "line", "column", "says"),
    [
        ("  value: 3\n  series: [{at: 2020, value: 1}]\n", 3, 3, "give no 'value'"),
        ("  series: []\n", 3, 11, "is empty"),
        ("  series: [{at: 2020}]\n", 3, 12, "needs 'value'"),
        ("  series: [{at: 2020-13, value: 1}]\n", 3, 17, "bad date in 'at'"),
        ("  series: [{at: 2020, value: x}]\n", 3, 30, "must be a number"),
        ("  series: [{at: 2020, value: 1, when: 2021}]\n", 3, 33, "unknown key 'when'"),
        (
            "  series:\n    - {at: 2020, value: 1}\n    - {at: 2020, value: 2}\n",
            5,
            12,
            "two points at 2020",
        ),
        ("  series: 3\n", 3, 11, "must be a list"),
    ],
)
def test_a_malformed_series_is_a_located_error(
    tmp_path: Path, body: str, line: int, column: int, says: str
) -> None:
    (tmp_path / "facts").mkdir()
    path = tmp_path / "facts" / "a.yaml"
    path.write_text(f"seats:\n  type: count\n{body}  sources: [x]\n", encoding="utf-8")
    with pytest.raises(InputError) as caught:
        load_facts([path], tmp_path)
    assert says in caught.value.message
    assert (caught.value.line, caught.value.column) == (line, column)


def test_a_series_fact_survives_the_cache_encoding() -> None:
    import msgspec

    from factsuite.model import Fact

    fact = fixture_desk(DESK).facts["rate"]
    decoded = msgspec.msgpack.decode(msgspec.msgpack.encode(fact), type=Fact)
    assert decoded == fact


# --- which point ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "quote", "verdict"),
    [
        # no time told: the latest point on or before the article's date
        ("The policy rate is 4.25%.", "4.25%", "agrees"),
        # another-point: an earlier point's value, no time told: an old figure
        ("The policy rate is 5%.", "5%", "outdated"),
        ("The policy rate is 4.5%.", "4.5%", "needs-review"),  # far, and no point's
        # a year in the number's clause: any value in effect during it
        ("The policy rate stood at 5.5% in 2023.", "5.5%", "agrees"),
        ("The policy rate stood at 1% in 2023.", "1%", "agrees"),  # until July 2023
        ("The policy rate stood at 4.25% in 2023.", "4.25%", "contradicts"),
        # a date opening the sentence sets the time of what follows
        ("In 2024, the policy rate was 5%.", "5%", "agrees"),
        # a relative time ("last spring", "last year") is read against the article
        ("The policy rate was 5% last year.", "5%", "agrees"),
        ("The policy rate was 1% last year.", "1%", "contradicts"),
        # "peaked at": the highest point, whenever it was
        ("The policy rate peaked at 5.5%.", "5.5%", "agrees"),
        ("At its peak the policy rate stood at 5.5%.", "5.5%", "agrees"),
        ("At the height of the crisis, the policy rate stood at 5.5%.", "5.5%", "agrees"),
        ("The policy rate peaked at 5.6%.", "5.6%", "contradicts"),  # a slip of 5.5
        ("The policy rate peaked at 5.25%.", "5.25%", "needs-review"),  # far: which peak?
        # a time before the first point: the facts hold no figure for it
        ("In 2019, the policy rate was 0.5%.", "0.5%", "unverifiable"),
        # an opening phrase's date sets the time of the clause after it
        ("When the bank last moved in September 2024, the policy rate was 5%.", "5%", "agrees"),
        # a "when" clause is set at the date right before its comma
        ("The rate is lower than in September 2024, when it was 5%.", "5%", "agrees"),
        # a figure told as an earlier one: any earlier point
        ("The previous policy rate, 5%, was cut in March.", "5%", "agrees"),
    ],
)
def test_economics_a_policy_rate_is_judged_at_the_time_told(
    sentence: str, quote: str, verdict: str
) -> None:
    assert _verdict(sentence, quote) == verdict


@pytest.mark.parametrize(
    ("sentence", "quote", "verdict"),
    [
        ("Harbour won 52 seats.", "52", "agrees"),
        ("Harbour won 37 seats in 2023.", "37", "agrees"),
        ("Harbour won 52 seats in 2023.", "52", "contradicts"),
        ("In 2020, Harbour won 41 seats.", "41", "agrees"),
        ("Harbour won a record 52 seats.", "52", "agrees"),
        ("Harbour won a record 41 seats.", "41", "contradicts"),
    ],
)
def test_politics_a_party_s_seats_are_judged_at_the_election_told(
    sentence: str, quote: str, verdict: str
) -> None:
    assert _verdict(sentence, quote, published="2026-10-18") == verdict


def _bound_verdict(
    sentence: str,
    quote: str,
    fact: str,
    *,
    desk: str = DESK,
    published: str = "2026-10-18",
    status: str = "confirmed",
    kind: str = "number",
) -> str:
    """The verdict on ``quote`` of ``sentence`` bound to ``fact`` (a percent when it
    ends in "%"), as a reviewer (confirmed) or extraction (pending) binds it."""
    item = parse_article(f"---\ntitle: T\npublished: {published}\n---\n{sentence}\n", "a.md")
    claim = Claim(
        article="a.md",
        line=5,
        column=sentence.rindex(quote) + 1,
        quote=quote,
        kind="percent" if quote.endswith("%") else kind,
        fact=fact,
        status=status,
    )
    return judge(claim, item, fixture_desk(desk).context).verdict.value


@pytest.mark.parametrize(
    ("sentence", "quote", "fact", "verdict"),
    [
        # economics, politics: a number a figure changed from is the value before
        ("The policy rate was cut to 4.25% from 5%.", "5%", "rate", "agrees"),
        ("The policy rate was cut to 4.25% from 5.5%.", "5.5%", "rate", "contradicts"),
        # "to" a figure, then "from": the change's two ends, whatever the verb
        ("The March decision took the policy rate to 4.25%, from 5%.", "5%", "rate", "agrees"),
        ("Harbour rose to 52 seats, up from 37.", "37", "harbour.seats", "agrees"),
        ("Harbour rose to 52 seats, up from 41.", "41", "harbour.seats", "contradicts"),
        # negative: without a word of change, "from" says nothing of time
        ("Harbour drew 52 seats from 41 regions.", "52", "harbour.seats", "agrees"),
        # a time told that is the change's: the figure changed from is the point before
        ("On 12 March 2025 the policy rate was cut to 4.25% from 5%.", "5%", "rate", "agrees"),
        (
            "On 12 March 2025 the policy rate was cut to 4.25% from 5.5%.",
            "5.5%",
            "rate",
            "contradicts",
        ),
        (
            "On 17 October 2026 Harbour went up from 37 to 52 seats.",
            "37",
            "harbour.seats",
            "agrees",
        ),
        (
            "On 17 October 2026 Harbour went up from 41 to 52 seats.",
            "41",
            "harbour.seats",
            "contradicts",
        ),
        # a month holds both points: the one it changed from is in effect during it
        ("In March 2025 the policy rate was cut to 4.25% from 5%.", "5%", "rate", "agrees"),
        (
            "In March 2025 the policy rate was cut to 4.25% from 5.5%.",
            "5.5%",
            "rate",
            "contradicts",
        ),
        # ... or the figure's own: "down from 37 in 2023"
        ("Harbour fell to 41 seats, down from 37 in 2023.", "37", "harbour.seats", "agrees"),
    ],
)
def test_a_number_a_figure_changed_from_is_judged_against_the_point_before(
    sentence: str, quote: str, fact: str, verdict: str
) -> None:
    assert _bound_verdict(sentence, quote, fact) == verdict


def test_science_an_older_article_is_judged_at_its_own_date() -> None:
    # Published in mid-2022, after the first data cut and before the second.
    assert _verdict("The trial has enrolled 1,200 volunteers.", "1,200", "2022-06-01") == "agrees"
    assert _verdict("The trial has enrolled 1,200 volunteers.", "1,200", "2024-06-01") == (
        "outdated"
    )


def test_the_message_names_the_point_and_its_date() -> None:
    _, message = _judged("The policy rate is 4.52%.")["4.52%"]  # two digits swapped
    assert message == (
        "contradicts: '4.52%' (between 4.515 and 4.525) but the central bank's policy rate"
        " as of 2025-03-12 is 4.25%"
    )
    _, message = _judged("The policy rate is 5%.")["5%"]
    assert message == (
        "outdated: '5%' was the central bank's policy rate as of 2024-09-18; as of"
        " 2025-03-12 it is 4.25%"
    )
    _, message = _judged("The policy rate peaked at 5.6%.")["5.6%"]
    assert "the central bank's policy rate at its highest (from 2023-07-26) is 5.5%" in message
    _, message = _judged("Harbour won 52 seats in 2023.", "2026-10-18")["52"]
    assert message.endswith("('52' is its value as of 2026-10-17)")
    _, message = _judged("The policy rate stood at 4.25% in 2023.")["4.25%"]
    assert "(during 2023 it was 1% from 2022-05-04, 5.5% from 2023-07-26)" in message
    assert message.endswith("('4.25%' is its value as of 2025-03-12)")  # another-point
    _, message = _judged("In 2019, the policy rate was 0.5%.")["0.5%"]
    assert message == (
        "unverifiable: the sentence speaks of 2019, but the facts hold the central bank's"
        " policy rate only from 2022-05-04 on"
    )


def test_a_claim_s_own_at_sets_the_time() -> None:
    desk = fixture_desk(DESK)
    item = parse_article("---\ntitle: T\npublished: 2025-06-01\n---\nThe rate was 1%.\n", "a.md")
    claim = Claim(
        article="a.md",
        line=5,
        column=14,
        quote="1%",
        kind="percent",
        fact="rate",
        at=parse_iso_range("2022-06"),
    )
    assert judge(claim, item, desk.context).verdict.value == "agrees"
    bare = Claim(article="a.md", line=5, column=14, quote="1%", kind="percent", fact="rate")
    assert judge(bare, item, desk.context).verdict.value == "outdated"  # 1% as of 2022-05-04


# --- the rule's parts ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("before", "which"),
    [
        ("the rate peaked at ", "max"),
        ("the rate, peaking at ", "max"),
        ("a peak of ", "max"),
        ("a high of ", "max"),
        ("won a record ", "max"),
        ("its highest ", "max"),
        ("the rate topped out at ", "max"),
        ("the rate bottomed out at ", "min"),
        ("a low of ", "min"),
        ("its lowest ", "min"),
        ("Peaked at about ", "max"),  # a hedge between: two words at most
        # negative: no extreme, or one too far from the number
        ("the rate stood at ", None),
        ("the highest court ruled on ", None),
        ("a record was set when the rate reached ", None),
        ("", None),
    ],
)
def test_an_extreme_is_said_right_before_the_number(before: str, which: str | None) -> None:
    assert series.extreme_before(before) == which


def test_every_extreme_phrase_of_the_data_file_is_read() -> None:
    for phrase, which in series.extremes().items():
        assert which in ("max", "min")
        assert series.extreme_before(f"the figure {phrase} ") == which
    for phrase, which in series.clause_extremes().items():
        assert which in ("max", "min")
        sentence = f"The figure was 41 {phrase} and fell."
        at = sentence.index("41")
        assert series.extreme_said(sentence, at, at + 2) == which


@pytest.mark.parametrize(
    ("sentence", "number", "which"),
    [
        # energy, chess, steel: a phrase setting the whole clause at the peak
        ("At its peak it supplied more than 20% of the state's power.", "20%", "max"),
        ("Some 4.2 million were watching at its peak on Saturday.", "4.2", "max"),
        ("The works employed 18,000 people at their peak.", "18,000", "max"),
        # ... and one right before the number, as before
        ("The rate peaked at 5.5% in 2023.", "5.5%", "max"),
        # an opening phrase sets the clause right after it (weather, fire)
        ("At the height of the outage, 148,000 homes were dark.", "148,000", "max"),
        ("At its height, 140 firefighters fought the blaze.", "140", "max"),
        # negative: the phrase in another clause, or none
        ("Work slowed, and at the peak 2,100 people left, but 640 stayed.", "640", None),
        ("Prices rose at their peak rate, but sales held at 4,000.", "4,000", None),
        ("The plant employs 640 people.", "640", None),
    ],
)
def test_an_extreme_is_said_before_the_number_or_for_its_clause(
    sentence: str, number: str, which: str | None
) -> None:
    at = sentence.index(number)
    assert series.extreme_said(sentence, at, at + len(number)) == which


@pytest.mark.parametrize(
    ("sentence", "number", "told"),
    [
        ("The rate was 5% in 2023.", "5%", "2023"),
        ("In 2023, the rate was 5%.", "5%", "2023"),
        ("The rate was 5%, the bank said in March 2024.", "5%", None),  # another clause
        ("The rate is 5%.", "5%", None),
        ("The rate was 1% in 2022 and 5% in 2023.", "5%", "2023"),  # the nearest in its clause
        # as near either side: the one after, "a figure in a year" (obituary, a city's
        # population; business, a workforce), and no clause ends inside "61,400"
        ("It grew from 61,400 in 1988 to 118,900 in 2000.", "118,900", "2000"),
        ("It grew from 61,400 in 1988 to 118,900 in 2000.", "61,400", "1988"),
        ("Staff fell from 4,650 in 2023 to 3,980 in 2025.", "3,980", "2025"),
        # a date right before "to" is the time of the figure the change came from
        # (education: a graduation rate; legislature: debt as a share of GDP)
        ("The rate rose from 86.1% in 2023 to 89.2%.", "89.2%", None),
        ("Net debt climbed from 39.1% of GDP in 2023, to 43.9%.", "43.9%", None),
        ("In 2023 the rate rose to 89.2%.", "89.2%", "2023"),  # the opening phrase's
        # a date after another figure is that figure's (university: student numbers;
        # library: visits; airport: noise complaints)
        ("Numbers fell to 24,310 from 27,900 in 2022.", "24,310", None),
        ("Numbers fell to 24,310 this year from 27,900 in 2022.", "24,310", "2025"),
        ("Numbers fell to 24,310 from 27,900 in 2022.", "27,900", "2022"),
        ("Visits rose to 694,000 from 651,000 in 2024.", "694,000", None),
        ("Complaints reached 1,163 in 2025, up from 587 in 2024.", "1,163", "2025"),
        # an opening phrase or clause sets the time of the clause right after it
        # (satellite and energy: an estimate; eclipse: bookings; avalanche: a level)
        (
            "When the council approved Selkie in November 2019, it was to cost €310 million.",
            "310",
            "2019-11",
        ),
        ("By the end of June, nine in ten rooms were taken.", "nine in ten", "2025-06-21..30"),
        ("On the morning of Tuesday, February 17, the level was 4.", "4", "2026-02-17"),
        # a "when" clause is set at the date right before its comma (rule
        # when-clause-time: sailing, a fleet; mining, a copper price; business, a cost)
        ("The fund is smaller than in 2009, when 21 boats started.", "21", "2009"),
        (
            "It was granted in June 2008, when copper traded at about $8,000 a tonne.",
            "8,000",
            "2008-06",
        ),
        (
            "It announced the plant in June 2023, when it put the cost at 8.5 billion euros.",
            "8.5",
            "2023-06",
        ),
        # ... and at no date a word away, nor across a clause of its own
        ("It opened in 2009 and, when it did, had 21 staff.", "21", None),
        ("It opened in 2009; when 21 boats started, nobody came.", "21", None),
        # not a clause later, nor after an opening that bounds a period, nor one that
        # opens with no word of data/en/opening_phrases.txt
        ("When it opened in 2019, it had 40 staff; today it has 412.", "412", "2025-06-01"),
        ("When it opened in 2019, it had 40 staff, and later 412.", "412", None),
        ("Until March 2024, the rate was 5%.", "5%", None),
        ("Since 2019, membership has grown to 8,130.", "8,130", None),
        ("Ministers approved it in November 2019, and it will cost €310 million.", "310", None),
        # a date after "since" tells when a running total began, not its figure's time
        # (rule since-start: health, vaccine doses; housing, households rehoused;
        # weather, a death toll)
        ("It has given 2.39 million doses since its campaign began on Nov. 6.", "2.39", None),
        ("It said 517 households had been rehoused since June 2024.", "517", None),
        ("The toll rose to 40 since the storm struck in January, police said.", "40", None),
        # a date right after another figure before this one is that figure's
        # (agriculture, a harvest; festivals, a crowd against a capacity)
        ("It was 1,870 tonnes last year against 2,340 tonnes before.", "2,340", None),
        ("The crowd beat 41,500 last year and neared its capacity of 45,000.", "45,000", None),
        ("It employed 4,000 staff, and in 2023 it cut 500.", "500", "2023"),
        # ... and only so: "since" with a comma between, or no "since"
        ("It has given 2.39 million doses since then, and 1.2 million in May.", "1.2", "2025-05"),
        ("It said 517 households had been rehoused by June 2024.", "517", "2024-06"),
    ],
)
def test_the_time_told_is_in_the_number_s_clause_or_opens_the_sentence(
    sentence: str, number: str, told: str | None
) -> None:
    at = sentence.index(number)
    found = series.time_told(sentence, at, at + len(number), date(2025, 6, 1))
    assert found == (parse_iso_range(told) if told else None)


@pytest.mark.parametrize(
    ("sentence", "number", "changed"),
    [
        ("The Union fell to 44 seats from 53.", "53", True),
        ("Revenue was $51.2 billion, up from $44.7 billion.", "44.7", True),
        ("The rate was lowered to 4% from about 4.25%.", "4.25", True),
        ("Inflation rose from 2% to 3%.", "2", True),
        # negative: no word says the figure changed, or "from" is not right before it
        ("The party drew its 53 seats from 14 regions.", "14", False),
        ("Votes came in from 53 electorates.", "53", False),
        ("The Union fell to 44 seats.", "44", False),
        ("Harbour rose from obscurity to win 52 seats.", "52", False),
        # education and business: verbs of shrinking and narrowing
        ("The teaching grant shrank from £21m to £14.2m.", "21m", True),
        ("The loss narrowed to $88.7 million from $141.2 million.", "141.2", True),
        ("The grant came from £21m of savings.", "21m", False),
    ],
)
def test_a_number_after_from_in_a_sentence_of_change_is_the_earlier_value(
    sentence: str, number: str, changed: bool
) -> None:
    assert series.changed_from(sentence, sentence.index(number)) is changed


def test_every_change_word_of_the_data_file_is_read() -> None:
    for word in series.changes():
        assert series.changed_from(
            f"The figure {word} from 5", len("The figure  from ") + len(word)
        )


@pytest.mark.parametrize(
    ("sentence", "number", "earlier"),
    [
        # lottery, vineyard, labour, football: words that make a figure an earlier one
        ("The previous record, $172.5 million, was won in Laval.", "172.5", True),
        ("They paid $2,680 a tonne, against $2,150 a tonne a year earlier.", "2,150", True),
        ("He lifted his offer from 2.5% to 3.2% and then 4.8%.", "2.5", True),
        ("The club's old transfer record of £31.5m fell on Monday.", "31.5", True),
        ("It counted 5.1 million people two censuses ago.", "5.1", True),
        ("The earlier estimate, £3.1 billion, was raised twice.", "3.1", True),
        ("Harbour held 41 seats four years before.", "41", True),
        # housing, cyber, patents, power: the first, original or initial figure
        ("The bill is £1.43bn, up from an initial estimate of £1.1bn.", "1.1", True),
        ("The council put it at £11.8m, above its first estimate of £7.5m.", "7.5", True),
        ("Carrow sued in 2023, originally asserting seven patents.", "seven", True),
        ("The repairs cost £27.3m, against an original budget of £16.4m.", "16.4", True),
        # negative: today's figure, words too far off, or a change's end
        ("He lifted his offer from 2.5% to 3.2% and then 4.8%.", "3.2", False),
        ("He lifted his offer from 2.5% to 3.2% and then 4.8%.", "4.8", False),
        ("The club has 8,130 members.", "8,130", False),
        ("Unlike the previous year, the club has 8,130 members.", "8,130", False),
        ("Membership reached 8,130, up 7.8% on a year ago.", "8,130", False),
        ("Funding came from 14 regions to the centre.", "14", False),
        ("The first estimate was revised on Friday to £415m.", "415", False),
        ("Originally a mill, the site now employs 412 people.", "412", False),
    ],
)
def test_a_figure_told_as_an_earlier_one(sentence: str, number: str, earlier: bool) -> None:
    at = sentence.index(number)
    assert series.told_earlier(sentence, at, at + len(number)) is earlier


@pytest.mark.parametrize(("word", "side"), language.earlier_words())
def test_every_earlier_word_of_the_data_file_is_read(word: str, side: str) -> None:
    sentence = f"The {word} figure, 41, is gone." if side == "before" else f"It was 41 {word}."
    at = sentence.index("41")
    assert series.told_earlier(sentence, at, at + 2)


@pytest.mark.parametrize(
    ("sentence", "quote", "fact", "verdict"),
    [
        # an earlier point's value told as earlier agrees; today's still does
        ("Harbour's previous tally, 41 seats, was its best.", "41", "harbour.seats", "agrees"),
        ("Harbour's previous tally, 37 seats, was its best.", "37", "harbour.seats", "agrees"),
        ("The policy rate stood at 5% a year earlier.", "5%", "rate", "agrees"),
        ("Harbour's previous tally, 52 seats, was its best.", "52", "harbour.seats", "agrees"),
        # no point's value: judged as today's (25, a slip of 52)
        ("Harbour's previous tally, 25 seats, was its best.", "25", "harbour.seats", "contradicts"),
        # not told as earlier: an old figure
        ("Harbour holds 41 seats.", "41", "harbour.seats", "outdated"),
    ],
)
def test_a_figure_told_as_earlier_agrees_with_any_earlier_point(
    sentence: str, quote: str, fact: str, verdict: str
) -> None:
    assert _bound_verdict(sentence, quote, fact, status="pending") == verdict


SCHEDULED = """\
tax.basic-rate:
  type: percent
  label: the basic rate of income tax
  cues: [basic rate, income tax]
  series:
    - {at: 2019-01-01, value: 25}
    - {at: 2023-01-01, value: 24}
    - {at: 2026-07-01, value: 22}
  sources: [finance ministry]
tickets.adult:
  type: number
  label: the price of an adult day ticket
  unit: GBP
  cues: [adult ticket]
  series:
    - {at: 2025-04-01, value: 24.5}
    - {at: 2026-04-01, value: 26}
  sources: [zoo price list]
"""


@pytest.mark.parametrize(
    ("sentence", "quote", "fact", "verdict"),
    [
        # a budget's and a zoo's: a change announced before it takes effect
        (
            "Thorsell said the basic rate would fall to 22% from 24%.",
            "22%",
            "tax.basic-rate",
            "agrees",
        ),
        (
            "Thorsell said the basic rate would fall to 22% from 24%.",
            "24%",
            "tax.basic-rate",
            "agrees",
        ),
        (
            "The cut in the basic rate, from 24% to 22%, applies from July.",
            "22%",
            "tax.basic-rate",
            "agrees",
        ),
        ("An adult ticket will cost £26 after the rise.", "£26", "tickets.adult", "agrees"),
        ("From April 1 an adult ticket costs £26.", "£26", "tickets.adult", "agrees"),
        # negative: told as today's, the change has not happened yet
        ("The basic rate is 22%.", "22%", "tax.basic-rate", "contradicts"),
        ("An adult ticket costs £26.", "£26", "tickets.adult", "contradicts"),
        # the point to come is not any value a future word stands before
        ("The basic rate will fall to 21%.", "21%", "tax.basic-rate", "contradicts"),
    ],
)
def test_a_change_announced_before_it_takes_effect_is_the_next_point(
    sentence: str, quote: str, fact: str, verdict: str
) -> None:
    judged = _bound_verdict(
        sentence,
        quote,
        fact,
        desk=SCHEDULED,
        published="2026-03-12",
        status="pending",
        kind="money",
    )
    assert judged == verdict


days = st.dates(min_value=date(2000, 1, 1), max_value=date(2030, 12, 31))


@settings(max_examples=60, deadline=None)
@given(st.lists(days, min_size=1, max_size=6, unique=True), days, days)
def test_the_points_in_effect_are_the_one_at_its_start_and_those_within(
    starts: list[date], first: date, last: date
) -> None:
    points = [Point(DateRange.day(d), float(i)) for i, d in enumerate(sorted(starts))]
    time = DateRange(min(first, last), max(first, last))
    found = series.in_effect(points, time)
    # each point found held on some day of the time, and every such point is found
    for point in points:
        later = [p for p in points if p.at.start > point.at.start]
        until = later[0].at.start if later else date.max
        held = point.at.start <= time.end and until > time.start
        assert (point in found) == held
    assert series.latest_by(points, time.end) in points


# --- a period set against an event ("the week before the ceremony") -------------------


@pytest.mark.parametrize(
    ("sentence", "quote", "verdict"),
    [
        # economics: an earlier point's value, in a period set against an event
        ("The policy rate was 5% in the week before the election.", "5%", "needs-review"),
        # politics
        ("Harbour held 37 seats in the months leading up to the vote.", "37", "needs-review"),
        # no such period: an old figure, as before
        ("Harbour holds 37 seats.", "37", "outdated"),
        # the latest point's value: agrees whatever the sentence says
        ("Harbour held 52 seats in the week after the vote.", "52", "agrees"),
    ],
)
def test_a_period_set_against_an_event_is_a_time_told(
    sentence: str, quote: str, verdict: str
) -> None:
    assert _verdict(sentence, quote, published="2026-11-01") == verdict


def test_every_word_setting_a_period_against_an_event_is_read() -> None:
    text = resources.files("factsuite").joinpath("data/event_relative.txt").read_text("utf-8")
    joins = [line for line in text.splitlines() if line.strip() and not line.startswith("#")]
    for join in joins:
        assert series.relative_to_event(f"Sales rose in the week {join} the launch.")
        assert series.relative_to_event(f"Sales rose in the weeks {join} the launch.")
        # a period needs its unit: "the team before the launch" is none
        assert series.relative_to_event(f"Sales rose in the team {join} the launch.") is None
