"""Places of events: which places after "in" or "at" are claims, of which event."""

from __future__ import annotations

import re

import pytest

from factsuite.articles import Article
from factsuite.compare import judge
from factsuite.extraction import Extractor
from factsuite.extraction.binding_rules import word_list
from factsuite.extraction.eventplaces import find_places
from factsuite.extraction.words import CALENDAR_NAMES
from factsuite.facts import parse_fact_file
from factsuite.gazetteer import VENUE_HEADS, Gazetteer, Standing, another_venue, venue_head
from tests.test_extraction_support import FixtureDesk, fixture_desk
from tests.test_extraction_support import article as support_article

FACTS = """\
parade.date:
  type: date
  label: the Victory Day parade
  value: 2025-09-03
  place: [Tiananmen Square, Beijing]
  cues: [parade, event, commemoration]
  sources: [https://example.org/parade]
parade.announced:
  type: date
  label: the announcement of Kim's attendance
  value: 2025-08-28
  cues: [confirmed, announced]
  sources: [https://example.org/announced]
parade.foreign-leaders:
  type: count
  label: foreign leaders attending the parade
  value: 26
  unit: leaders
  cues: [foreign leaders, leaders]
  sources: [https://example.org/leaders]
kim.arrived:
  type: date
  label: Kim arrived in Beijing
  value: 2025-09-02
  place: [Beijing Railway Station, Beijing]
  cues: [arrived, trip, visit]
  sources: [https://example.org/arrived]
kim-jong-un:
  type: person
  name: Kim Jong Un
  sources: [https://example.org/kim]
vladimir-putin:
  type: person
  name: Vladimir Putin
  sources: [https://example.org/putin]
kim.last-china-visit:
  type: date
  label: Kim's last visit to China before 2025
  value: 2019-01-07..10
  place: Beijing
  cues: [first visit, last visit]
  sources: [https://example.org/visit]
kim.came-to-power:
  type: date
  label: Kim came to power
  value: 2011-12
  cues: [came to power]
  sources: [https://example.org/power]
summit.singapore:
  type: date
  label: the Singapore summit
  value: 2018-06-12
  place: Singapore
  cues: [summit, singapore]
  sources: [https://example.org/sg]
summit.hanoi:
  type: date
  label: the Hanoi summit
  value: 2019-02-27..28
  place: Hanoi
  cues: [summit, hanoi]
  sources: [https://example.org/hanoi]
meeting.panmunjom:
  type: date
  label: the meeting at Panmunjom
  value: 2019-06-30
  place: [Joint Security Area, Panmunjom, DMZ]
  cues: [panmunjom, dmz]
  sources: [https://example.org/dmz]
xi.visit:
  type: date
  label: Xi's state visit to Pyongyang
  value: 2019-06-20..21
  place: Pyongyang
  cues: [met in pyongyang, in-person meeting, state visit]
  sources: [https://example.org/xi]
treaty.signed:
  type: date
  label: the treaty was signed
  value: 2024-06-19
  place: Pyongyang
  cues: [treaty, mutual defence, defence agreement, signed]
  sources: [https://example.org/treaty]
"""


DESK = fixture_desk(FACTS)

NEAR_FACTS = """\
spill.date:
  type: date
  label: the Tillicum pipeline rupture
  value: 2026-03-14
  place: [Port Alder, British Columbia, Canada]
  cues: [ruptured, spill, collapsed]
  sources: [https://example.org/spill]
"""


def article(body: str, published: str) -> Article:
    return support_article(body + "\n", published, "a.md")


def places(
    body: str, published: str = "2025-08-28", desk: FixtureDesk = DESK
) -> set[tuple[str, str | None, str]]:
    """(quote, fact, verdict) of every place claim extracted from ``body`` on ``desk``."""
    item = article(body, published)
    return {
        (claim.quote, claim.fact, judge(claim, item, desk.context).verdict.value)
        for claim in desk.extractor.extract(item)
        if claim.kind == "place"
    }


# -- places of events ------------------------------------------------------------------

WED = "2025-09-03"  # the parade's day, when the AFP article was published


@pytest.mark.parametrize(
    ("body", "published", "expected"),
    [
        # A cue before the place in its clause.
        ("Kim will attend a military parade in Moscow next week.", "2025-08-28",
         {("Moscow", "parade.date", "contradicts")}),
        ("Russia and North Korea last year signed a mutual defence agreement in Moscow.", WED,
         {("Moscow", "treaty.signed", "contradicts")}),
        ("Kim arrived in Shanghai by armoured train yesterday.", WED,
         {("Shanghai", "kim.arrived", "contradicts")}),
        # A date beside the place, when the cue stands across a comma.
        ("The event, scheduled for September 3 in Shanghai, will draw 26 leaders.",
         "2025-08-28", {("Shanghai", "parade.date", "contradicts")}),
        # An unbound date picks one of the events a shared cue speaks of.
        ("He met Trump in Singapore in June 2018, followed by another summit in Bangkok"
         " in early 2019.", WED,
         {("Singapore", "summit.singapore", "agrees"), ("Bangkok", "summit.hanoi", "contradicts")}),
        # ... and so does one beside the place, when the cue stands across a comma.
        ("The summit, held in Bangkok in early 2019, ended without a deal.", WED,
         {("Bangkok", "summit.hanoi", "contradicts")}),
        # A place in the "when" clause of a bound date.
        ("It will be their first in-person meeting since June 2019, when the pair met"
         " in Beijing.", "2025-08-28", {("Beijing", "xi.visit", "contradicts")}),
        # A cue that is itself a place ("hanoi") ties no later place to its event.
        ("Kim met Trump in Hanoi in February 2019 and at Panmunjom on June 30, 2019.", WED,
         {("Hanoi", "summit.hanoi", "agrees"),
          ("Panmunjom", "meeting.panmunjom", "agrees")}),
        # What agrees: the places listed, a country holding one, the capital, a spot
        # after its city's possessive.
        ("Kim will attend a military parade in Beijing next week.", "2025-08-28",
         {("Beijing", "parade.date", "agrees")}),
        ("Kim will attend a military parade in Tiananmen Square next week.", "2025-08-28",
         {("Tiananmen Square", "parade.date", "agrees")}),
        ("Kim will attend a military parade in China next week.", "2025-08-28",
         {("China", "parade.date", "agrees")}),
        ("Kim will attend a military parade in the Chinese capital next week.", "2025-08-28",
         {("the Chinese capital", "parade.date", "agrees")}),
        ("Kim will attend a military parade in China's capital next week.", "2025-08-28",
         {("China's capital", "parade.date", "agrees")}),
        ("Kim watched the parade in Beijing's Tiananmen Square on Wednesday.", WED,
         {("Tiananmen Square", "parade.date", "agrees")}),
        ("He met Trump in Singapore in June 2018, followed by another summit in Vietnam"
         " in early 2019.", WED,
         {("Singapore", "summit.singapore", "agrees"), ("Vietnam", "summit.hanoi", "agrees")}),
        ("Kim arrived at Beijing Railway Station on Tuesday.", WED,
         {("Beijing Railway Station", "kim.arrived", "agrees")}),
        # A country written with "the".
        ("Kim will attend a military parade in the United States next week.", "2025-08-28",
         {("United States", "parade.date", "contradicts")}),
    ],
)  # fmt: skip
def test_the_place_of_an_event_is_a_claim(
    body: str, published: str, expected: set[tuple[str, str, str]]
) -> None:
    assert places(body, published) == expected


@pytest.mark.parametrize(
    ("body", "published", "why"),
    [
        ("Kim spoke in Beijing on Thursday.", "2025-08-28", "no cue ties it to an event"),
        ("Kim arrived after talks in Shanghai.", WED, "a cue beyond 'after' is another event's"),
        ("A military parade in Pyongyang in October 2020 marked the anniversary.", WED,
         "the date beside it is not the event's"),
        ("Kim held summits in Singapore and Hanoi.", WED, "a plural cue: several events"),
        ("Xi has paid state visits in Moscow.", WED, "a plural cue, of a fact of two days"),
        ("Kim made his first visit in Shanghai.", WED, "a first is no fact's last visit"),
        ("The parade was announced in Shanghai.", "2025-08-28",
         "the nearest cue is of an event with no place"),
        ("Officials detailed plans for the parade to reporters in Shanghai.", "2025-08-28",
         "where something was said"),
        ("The parade will keep North Korea in Beijing’s orbit.", "2025-08-28", "a possessive"),
        ("The treaty was signed in Russia–DPRK talks.", WED, "a compound"),
        ("Kim watched the parade in the Beijing heat.", WED, "a city after 'the' is a modifier"),
        ("The treaty was signed at Moscow State University.", WED, "part of a longer name"),
        ("The treaty was signed in Russian and Korean.", WED, "a language, not a place"),
        ("Kim came to power in Pyongyang in December 2011.", WED, "no place for that fact"),
        ("Kim held a summit in Bangkok.", WED, "a cue two events share, and no date"),
        ("Putin arrived in Shanghai by plane yesterday.", WED, "someone else's arrival"),
    ],
)  # fmt: skip
def test_no_claim_for_a_place_nothing_ties_to_an_event(body: str, published: str, why: str) -> None:
    assert places(body, published) == set(), why


def test_a_place_of_another_event_in_the_same_sentence_is_no_claim_of_this_one() -> None:
    """ "arrived in Beijing ... after the summit in Hanoi": Beijing is the arrival's,
    Hanoi the summit's (and which summit, nothing says)."""
    assert places("Kim arrived in Beijing yesterday, days after the summit in Hanoi.", WED) == {
        ("Beijing", "kim.arrived", "agrees")
    }


def test_an_unreviewed_wrong_place_no_date_ties_to_the_event_fails() -> None:
    """ "The commemoration in Tokyo" fails: it is more often a slip than another
    commemoration (kinds/place.py says how that was measured); a person who knows it is
    another binds it there."""
    assert places("The commemoration in Tokyo was muted.", WED) == {
        ("Tokyo", "parade.date", "contradicts")
    }


def test_the_dateline_is_no_claim() -> None:
    assert places("BEIJING, Sept 3 — Officials spoke to the press.", WED) == set()


def test_places_are_found_after_in_at_and_near_only() -> None:
    text = (
        "Kim rolled into Beijing, went to Shanghai, arrived at Dalian, stayed in Dandong"
        " and stopped near Tianjin."
    )
    found = find_places(text, DESK.extractor.places.names)
    assert [text[m.start : m.end] for m in found] == ["Dalian", "Dandong", "Tianjin"]


@pytest.mark.parametrize("head", word_list("place_of_heads"))
def test_a_place_named_by_a_head_and_of_is_read_as_after_in(head: str) -> None:
    text = f"The parade filled the {head} of Beijing. The {head} of hope was full."
    found = find_places(text, DESK.extractor.places.names)
    assert [text[m.start : m.end] for m in found] == ["Beijing"]


def test_the_port_or_district_of_a_city_is_its_events_place() -> None:
    # maritime and policing: "ran aground at the entrance to the port of Rotterdam on
    # Saturday", "dawn raids across the Ashgrove district of Carrowmere on Thursday"
    assert places("Kim arrived by train in the city of Beijing.", "2025-09-02") == {
        ("Beijing", "kim.arrived", "agrees")
    }
    assert places("The parade marched through the port of Dalian on Wednesday.", WED) == {
        ("Dalian", "parade.date", "contradicts")
    }


@pytest.mark.parametrize("lead", word_list("place_leads"))
def test_each_place_lead_reads_the_place_after_it_whatever_its_case(lead: str) -> None:
    for written in (lead, lead.title()):
        text = f"The parade went ahead {written} Beijing. {written} Shanghai, it rained."
        found = find_places(text, DESK.extractor.places.names)
        assert [text[m.start : m.end] for m in found] == ["Beijing", "Shanghai"], written


def test_a_time_of_day_after_another_time_word_keeps_the_event_of_the_cue() -> None:
    """As for values (binding.another_time): "shortly after 7 a.m." says when in its
    day the same event was, not that another event came before it."""
    assert places("Kim arrived shortly after 7 a.m. in Beijing.", "2025-09-02") == {
        ("Beijing", "kim.arrived", "agrees")
    }
    desk = fixture_desk(NEAR_FACTS)
    assert places(
        "The pipeline ruptured shortly after 4 a.m. near Port Alder.", "2026-03-16", desk
    ) == {("Port Alder", "spill.date", "agrees")}
    assert places("Kim arrived after talks in Shanghai.", "2025-09-02") == set()


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # environment: a spill near the town its fact lists
        ("The pipeline ruptured on Saturday near Port Alder.", ("Port Alder", "agrees")),
        # mining: a collapse at a mine near another town
        ("A tunnel collapsed on Saturday near Calama.", ("Calama", "contradicts")),
    ],
)  # fmt: skip
def test_a_place_near_which_an_event_happened_is_its_place(
    body: str, expected: tuple[str, str]
) -> None:
    desk = fixture_desk(NEAR_FACTS)
    quote, verdict = expected
    assert places(body, "2026-03-16", desk) == {(quote, "spill.date", verdict)}


def test_no_place_claims_for_a_desk_whose_facts_declare_no_place() -> None:
    body = "Kim met Trump at another summit in Bangkok in February 2019."
    bare = parse_fact_file(re.sub(r"  place: .*\n", "", FACTS), "facts/base.yaml")
    item = article(body, WED)
    assert [c for c in Extractor({f.id: f for f in bare}).extract(item) if c.kind == "place"] == []
    assert places(body, WED) == {("Bangkok", "summit.hanoi", "contradicts")}


# -- one event, several facts: the cue of a date and of its figures ----------------------

SHARED = fixture_desk("""\
final.date:
  type: date
  label: the final of the 2026 Cup
  value: 2026-07-12
  place: [Estadio da Luz, Lisbon, Portugal]
  cues: [final]
  sources: [https://example.org/cup]
final.crowd:
  type: count
  label: the crowd at the final
  value: 64642
  unit: fans
  cues: [final, crowd]
  sources: [https://example.org/cup]
semifinal.date:
  type: date
  label: the semi-final in Porto
  value: 2026-07-08
  place: [Porto, Portugal]
  cues: [semi-final]
  sources: [https://example.org/cup]
election.date:
  type: date
  label: the general election
  value: 2026-10-17
  place: [New Zealand]
  cues: [election]
  sources: [https://example.org/commission]
election.turnout:
  type: percent
  label: the turnout at the general election
  value: 78.2
  cues: [election, turnout]
  sources: [https://example.org/commission]
""")


@pytest.mark.parametrize(
    ("body", "published", "expected"),
    [
        # sport: "final" is the cue of the final's date and its crowd, one event
        ("The final in Madrid on Sunday drew a big crowd.", "2026-07-13",
         {("Madrid", "final.date", "contradicts")}),
        ("The final in Lisbon drew a big crowd.", "2026-07-13",
         {("Lisbon", "final.date", "agrees")}),
        # election: "election" is the cue of its date and its turnout
        ("The election in Australia on Saturday drew long queues.", "2026-10-18",
         {("Australia", "election.date", "contradicts")}),
        # no date beside: a wrong place fails all the same, a right one agrees
        ("The final in Madrid drew a big crowd.", "2026-07-13",
         {("Madrid", "final.date", "contradicts")}),
        ("The election in New Zealand drew long queues.", "2026-10-18",
         {("New Zealand", "election.date", "agrees")}),
        # a cue of the figure alone, not of the event's date: no place of it
        ("The turnout in Australia was high.", "2026-10-18", set()),
    ],
)  # fmt: skip
def test_a_cue_of_one_events_date_and_figures_gives_the_place_to_its_date(
    body: str, published: str, expected: set[tuple[str, str, str]]
) -> None:
    assert places(body, published, SHARED) == expected


PARADE_IN_MOSCOW = "Kim will attend a military parade{} in Moscow next week."


@pytest.mark.parametrize(
    "word", sorted({*word_list("said_place_words"), *word_list("reporting_verbs")})
)
def test_each_said_place_word_makes_the_place_where_something_was_said(word: str) -> None:
    for written in (word, word.capitalize()):
        assert places(PARADE_IN_MOSCOW.format(f" {written}"), "2025-08-28") == set()


def test_a_place_after_another_word_is_the_events() -> None:
    expected = {("Moscow", "parade.date", "contradicts")}
    assert places(PARADE_IN_MOSCOW.format(" march"), "2025-08-28") == expected


@pytest.mark.parametrize("name", sorted(CALENDAR_NAMES))
def test_a_month_or_weekday_after_a_place_ends_its_name(name: str) -> None:
    text = f"Kim arrived in Dandong {name} by train."
    found = find_places(text, DESK.extractor.places.names)
    assert [text[m.start : m.end] for m in found] == ["Dandong"]


def test_another_capitalised_word_after_a_place_goes_on_with_its_name() -> None:
    text = "Kim arrived in Dandong Harbour by train."
    assert find_places(text, DESK.extractor.places.names) == []


# -- venues: another venue of the kind the event was at ----------------------------------

VENUES = fixture_desk("""\
hearing.date:
  type: date
  label: the public hearing on the 2027 budget
  value: 2026-11-24
  place: [Eastbrook Community Center, Carrow Bay]
  cues: [hearing]
  sources: [https://example.org/council]
ward.opening:
  type: date
  label: the opening of the new cancer ward
  value: 2026-05-04
  place: [St Aidan's Hospital, Bradford]
  cues: [ward, opened]
  sources: [https://example.org/trust]
""")


@pytest.mark.parametrize(
    ("body", "published", "expected"),
    [
        # council: another community center, with the hearing's date beside it
        ("The hearing at the Westbrook Community Center on Nov. 24 ran late.", "2026-11-26",
         {("Westbrook Community Center", "hearing.date", "contradicts")}),
        # health: another hospital, the ward's opening dated beside it
        ("The new ward opened at St Luke's Hospital on Monday.", "2026-05-06",
         {("St Luke's Hospital", "ward.opening", "contradicts")}),
        # no date of the event beside: another venue fails, as any wrong place does
        ("The hearing at the Westbrook Community Center ran late.", "2026-11-26",
         {("Westbrook Community Center", "hearing.date", "contradicts")}),
        # the listed venue agrees; its short form is no claim, as before
        ("The hearing at the Eastbrook Community Center on Nov. 24 ran late.", "2026-11-26",
         {("Eastbrook Community Center", "hearing.date", "agrees")}),
        ("The hearing at the Community Center on Nov. 24 ran late.", "2026-11-26", set()),
        ("The new ward opened at the Hospital on Monday.", "2026-05-06", set()),
        # a venue of a kind the facts list none of is not read: no fact says where it is
        ("The hearing at the Westbrook Library on Nov. 24 ran late.", "2026-11-26", set()),
        ("The new ward opened at the Aidan Clinic on Monday.", "2026-05-06", set()),
    ],
)  # fmt: skip
def test_another_venue_of_the_kind_the_event_was_at_is_a_claim(
    body: str, published: str, expected: set[tuple[str, str, str]]
) -> None:
    assert places(body, published, VENUES) == expected


def test_no_venue_is_read_in_a_desk_whose_facts_list_none() -> None:
    body = "The parade at the Westbrook Community Center on September 3 drew crowds."
    assert places(body, WED) == set()


@pytest.mark.parametrize("head", sorted(VENUE_HEADS))
def test_each_venue_word_makes_two_names_two_venues(head: str) -> None:
    listed = f"eastbrook {head}"
    assert venue_head(listed) == head
    assert another_venue(f"westbrook {head}", listed)
    assert not another_venue(listed, listed)
    assert not another_venue(f"{head}", listed)  # one word names no venue
    judged = Gazetteer([]).judge(f"Westbrook {head.title()}", (f"Eastbrook {head.title()}",))
    assert judged.standing is Standing.CONTRADICTS


def test_a_short_form_or_another_kind_of_venue_is_no_other_venue() -> None:
    assert not another_venue("town hall", "sheffield town hall")
    assert another_venue("leeds town hall", "sheffield town hall")
    assert not another_venue("leeds library", "sheffield town hall")
    assert venue_head("lockwood & pryce") is None
