"""Title phrases read as roles: places merged, tense read from "former" and "then-"."""

from __future__ import annotations

from datetime import date

import pytest

from factsuite.daterange import parse_iso_range
from factsuite.model import EntityFact, Role
from factsuite.roles import (
    Tense,
    another_office,
    another_office_there,
    names_role,
    offices,
    organisation_names,
    places_named,
    posted_elsewhere,
    ranked_below,
    ranked_otherwise,
    read_title,
    tense_holds,
    title_words,
    without_rank,
)

US_PRESIDENT = Role(titles=("President", "leader"), of=("United States",))
KOREA_LEADER = Role(titles=("leader", "ruler"), of=("North Korea",))
AFFILIATION = Role(titles=(), of=("International Crisis Group", "ICG"))
ASSISTANT_MINISTER = Role(
    titles=("Assistant Minister of Foreign Affairs", "assistant foreign minister"),
    of=("China", "foreign ministry"),
)
UNDER_SECRETARY = Role(titles=("Under-Secretary-General",), of=("United Nations",))


@pytest.mark.parametrize(
    ("left", "right"),
    [
        ("U.S. President", "President of the United States"),
        ("US President", "American President"),
        (
            "Chinese Assistant Minister of Foreign Affairs",
            "China's assistant minister of foreign affairs",
        ),
        ("Slovak Prime Minister", "Prime Minister of Slovakia"),
        ("Myanmar’s military ruler", "military ruler of Myanmar"),
    ],
)
def test_one_title_however_written(left: str, right: str) -> None:
    assert title_words(left) == title_words(right)


@pytest.mark.parametrize(
    ("phrase", "tense"),
    [
        ("the U.S. President", Tense.CURRENT),
        ("the former U.S. President", Tense.FORMER),
        ("ex-President", Tense.FORMER),
        ("then-President", Tense.THEN),
        ("the current U.S. President", Tense.CURRENT),
        ("the sitting U.S. President", Tense.CURRENT),
        ("the serving U.S. President", Tense.CURRENT),
    ],
)
def test_tense(phrase: str, tense: Tense) -> None:
    title = read_title(phrase)
    assert title.tense is tense
    assert title.words == title_words("President") | (
        title_words("US") if "U.S." in phrase else frozenset()
    )


@pytest.mark.parametrize(
    ("phrase", "words"),
    [
        # courts (an inquiry's chair) and education (a legacy's donor)
        ("retired appeals court judge", "appeals court judge"),
        ("the retired headteacher", "headteacher"),
    ],
)
def test_retired_is_a_title_once_held(phrase: str, words: str) -> None:
    title = read_title(phrase)
    assert (title.tense, title.words) == (Tense.FORMER, title_words(words))


@pytest.mark.parametrize(
    ("phrase", "role", "expected"),
    [
        ("U.S. President", US_PRESIDENT, True),
        ("President", US_PRESIDENT, True),
        ("American leader", US_PRESIDENT, True),
        ("Russian President", US_PRESIDENT, False),
        ("Vice President", US_PRESIDENT, False),
        ("North Korean leader", KOREA_LEADER, True),
        ("South Korean leader", KOREA_LEADER, False),
        ("the International Crisis Group (ICG)'s", AFFILIATION, True),
        ("ICG analyst", AFFILIATION, False),
        ("", US_PRESIDENT, False),
        ("of Russia", KOREA_LEADER, False),
        ("of North Korea", KOREA_LEADER, True),  # the place alone names a role
        # its place, but not its title
        ("Chinese Foreign Minister", ASSISTANT_MINISTER, False),
        ("Chinese assistant foreign minister", ASSISTANT_MINISTER, True),
        ("China's foreign ministry", ASSISTANT_MINISTER, True),
    ],
)
def test_names_role(phrase: str, role: Role, expected: bool) -> None:
    assert names_role(read_title(phrase).words, role) is expected


def _term(start: str, end: str | None = None) -> Role:
    return Role(
        titles=("President",),
        start=parse_iso_range(start),
        end=parse_iso_range(end) if end else None,
    )


@pytest.mark.parametrize(
    ("roles", "tense", "day", "holds"),
    [
        ([_term("2017-05-10", "2022-05-09")], Tense.CURRENT, "2020-01-01", True),
        ([_term("2017-05-10", "2022-05-09")], Tense.CURRENT, "2025-08-28", False),
        ([_term("2017-05-10", "2022-05-09")], Tense.FORMER, "2025-08-28", True),
        ([_term("2017-05-10", "2022-05-09")], Tense.FORMER, "2020-01-01", False),
        ([_term("2025-06-04")], Tense.FORMER, "2020-01-01", False),  # not begun: not former
        # Two terms, between them: former; during the second: current again.
        ([_term("2000", "2008"), _term("2012-05")], Tense.FORMER, "2010-01-01", True),
        ([_term("2000", "2008"), _term("2012-05")], Tense.CURRENT, "2025-08-28", True),
    ],
)
def test_a_title_tense_holds_as_of_a_day(
    roles: list[Role], tense: Tense, day: str, holds: bool
) -> None:
    assert tense_holds(roles, tense, date.fromisoformat(day)) is holds


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("the UN and the US", {"united_nations", "united_states"}),
        ("U.S. and EU officials", {"united_states", "european_union"}),
        ("Kim Jong Un told us", set()),  # in prose, two letters name a place in capitals only
        ("Russian and Chinese leaders", {"russia", "china"}),
    ],
)
def test_the_places_a_text_names(text: str, places: set[str]) -> None:
    assert places_named(text) == places


@pytest.mark.parametrize(
    ("title", "higher"),
    [
        ("Assistant Minister of Foreign Affairs", "minister of foreign affairs"),
        ("Under-Secretary-General", "secretary general"),
        ("Deputy Prime Minister", "prime minister"),
        ("Vice President", "president"),
        ("President", None),
        ("Acting President", None),  # an acting president holds the office
        ("Deputy", None),
    ],
)
def test_a_title_without_its_rank_words(title: str, higher: str | None) -> None:
    assert without_rank(title) == higher


@pytest.mark.parametrize(
    ("phrase", "role", "expected"),
    [
        ("Chinese Foreign Minister", ASSISTANT_MINISTER, True),
        ("Minister of Foreign Affairs", ASSISTANT_MINISTER, True),
        ("Chinese Assistant Foreign Minister", ASSISTANT_MINISTER, False),
        ("Deputy Foreign Minister", ASSISTANT_MINISTER, False),  # another rank, not a higher
        ("Secretary-General", UNDER_SECRETARY, True),
        ("UN Secretary-General", UNDER_SECRETARY, True),
        ("Under-Secretary-General", UNDER_SECRETARY, False),
        ("President", US_PRESIDENT, False),  # no rank to drop
        ("Chinese Prime Minister", ASSISTANT_MINISTER, False),
    ],
)
def test_a_title_ranked_below_the_one_written(phrase: str, role: Role, expected: bool) -> None:
    assert ranked_below(read_title(phrase).words, role) is expected


NUS = Role(titles=(), of=("National University of Singapore",))
NTU = Role(titles=(), of=("Singapore's Nanyang Technological University",))
KNOWN_ORGS = frozenset(
    title_words(org) - title_words("Singapore")
    for org in ("National University of Singapore", "Nanyang Technological University")
)
ON = date(2025, 8, 28)


@pytest.mark.parametrize(
    ("phrase", "roles", "clash"),
    [
        ("Nanyang Technological University professor", [NUS], True),
        ("National University of Singapore professor", [NUS], False),
        ("Singapore's Nanyang Technological University", [NTU], False),
        ("former Nanyang Technological University professor", [NUS], False),  # once, maybe
        ("University of Melbourne professor", [NUS], False),  # an organisation unknown
        ("Nanyang Technological University professor", [NUS, KOREA_LEADER], False),
        ("Nanyang Technological University professor", [], False),
    ],
)
def test_a_current_title_at_another_known_organisation(
    phrase: str, roles: list[Role], clash: bool
) -> None:
    assert bool(posted_elsewhere(read_title(phrase), roles, KNOWN_ORGS, ON)) is clash


ARTS_CHIEF = Role(
    titles=("Chief Executive",), of=("Wessex Arts Council",), start=parse_iso_range("2021-05")
)
HOUSE_CHIEF = Role(titles=("Chief Executive", "CEO"), of=("Maison Sorvane", "Sorvane"))
# The desk's titles, each as someone's: a chair, a chief executive, an artistic director.
KNOWN_TITLES = frozenset(
    title_words(title) for title in ("Chair", "Chief Executive", "Artistic Director", "professor")
)


@pytest.mark.parametrize(
    ("phrase", "roles", "clash"),
    [
        ("chair of the Wessex Arts Council", [ARTS_CHIEF], True),
        ("Sorvane's artistic director", [HOUSE_CHIEF], True),
        ("chief executive of the Wessex Arts Council", [ARTS_CHIEF], False),  # the own title
        ("Sorvane's CEO", [HOUSE_CHIEF], False),
        ("trustee of the Wessex Arts Council", [ARTS_CHIEF], False),  # no title of the desk's
        ("chair and chief executive of Sorvane", [HOUSE_CHIEF], False),  # two titles
        ("former chair of the Wessex Arts Council", [ARTS_CHIEF], False),  # once, maybe
        ("chair of the Lantern Theatre", [ARTS_CHIEF], False),  # another organisation
        ("chair", [ARTS_CHIEF], False),  # no organisation named
        ("Nanyang Technological University professor", [NTU], False),  # no title known
    ],
)
def test_another_office_of_the_persons_own_organisation(
    phrase: str, roles: list[Role], clash: bool
) -> None:
    assert bool(another_office_there(read_title(phrase), roles, KNOWN_TITLES, ON)) is clash


def test_another_office_there_knows_the_organisation_by_any_of_its_names() -> None:
    partner = Role(titles=("Managing Partner",), of=("Brightwater Infrastructure Partners",))
    fund = EntityFact(
        id="brightwater",
        name="Brightwater Infrastructure Partners",
        variants=("Brightwater",),
        sources=("s",),
    )
    phrase = read_title("Brightwater's chief executive")
    names = organisation_names([fund])
    assert another_office_there(phrase, [partner], KNOWN_TITLES, ON, names)
    assert not another_office_there(phrase, [partner], KNOWN_TITLES, ON)  # the name alone
    own = read_title("Brightwater's managing partner")
    assert not another_office_there(own, [partner], KNOWN_TITLES, ON, names)


def test_another_office_there_needs_the_role_held_that_day() -> None:
    phrase = read_title("chair of the Wessex Arts Council")
    assert another_office_there(phrase, [ARTS_CHIEF], KNOWN_TITLES, date(2021, 6, 1))
    assert not another_office_there(phrase, [ARTS_CHIEF], KNOWN_TITLES, date(2020, 1, 1))
    assert another_office_there(phrase, [ARTS_CHIEF], KNOWN_TITLES, None)


PROFESSOR = Role(titles=("professor",), of=("University of Sydney",))


@pytest.mark.parametrize(
    ("phrase", "role", "expected"),
    [
        ("Chinese Vice Foreign Minister", ASSISTANT_MINISTER, True),
        ("Deputy Foreign Minister", ASSISTANT_MINISTER, True),
        ("Assistant Foreign Minister", ASSISTANT_MINISTER, False),  # its own rank
        ("Foreign Minister", ASSISTANT_MINISTER, False),  # no rank: ranked_below's
        ("Vice President", US_PRESIDENT, True),  # an office of a country
        ("associate professor", PROFESSOR, False),  # a desk's "professor" may be one
        ("Vice Prime Minister", US_PRESIDENT, False),  # not its title
    ],
)
def test_a_title_at_another_rank(phrase: str, role: Role, expected: bool) -> None:
    assert ranked_otherwise(read_title(phrase).words, role) is expected


@pytest.mark.parametrize(
    ("phrase", "now"),
    [("the current U.S. President", True), ("the U.S. President", False),
     ("the former incumbent President", False), ("the incumbent U.S. President", False),
     ("the sitting U.S. President", False)],
)  # fmt: skip
def test_current_says_the_title_is_held_on_the_article_day(phrase: str, now: bool) -> None:
    assert read_title(phrase).now is now


# Posts the desks list, of three beats' shapes: a cricket club's chief executive, a
# chess federation's president, an insurer's executive chairman.
CLUB_CHIEF = Role(
    titles=("chief executive",),
    of=("Caldermoor County Cricket Club", "Caldermoor"),
    start=parse_iso_range("2021-06"),
)
FEDERATION_PRESIDENT = Role(
    titles=("President",), of=("Global Chess Federation",), start=parse_iso_range("2022-10")
)
EXECUTIVE_CHAIR = Role(
    titles=("Executive Chairman",), of=("Brightwater Mutual",), start=parse_iso_range("2020")
)
CHAIR_AT_TRUST = Role(titles=("Chair",), of=("Merrow Trust",), start=parse_iso_range("2019"))
RETIRED_CHIEF = Role(
    titles=("chief executive",),
    of=("Brightwater Mutual",),
    start=parse_iso_range("2010"),
    end=parse_iso_range("2024-03"),
    ended=True,
)


@pytest.mark.parametrize(
    ("phrase", "roles", "clash"),
    [
        ("The club's chairman", [CLUB_CHIEF], True),
        ("the federation's secretary-general", [FEDERATION_PRESIDENT], True),
        ("Caldermoor's managing director", [CLUB_CHIEF], True),  # the own organisation named
        ("its chief operating officer", [CLUB_CHIEF], True),
        # the office held, by another of its names
        ("its chair", [CHAIR_AT_TRUST], False),
        ("The club's CEO", [CLUB_CHIEF], False),
        ("the chairwoman", [CHAIR_AT_TRUST], False),
        ("its chairman", [EXECUTIVE_CHAIR], False),  # inside the post's title
        ("the federation's president", [FEDERATION_PRESIDENT], False),
        # not a bare current office
        ("its former chairman", [CLUB_CHIEF], False),
        ("its trustee", [CLUB_CHIEF], False),  # no office list knows it
        ("its chairman and chief executive", [CLUB_CHIEF], False),  # two titles
        ("chairman of the Lantern Theatre", [CLUB_CHIEF], False),  # another organisation
        ("Nanyang Technological University professor", [NTU], False),
        # no post held on the day: the former chief executive may chair it now
        ("its chairman", [RETIRED_CHIEF], False),
    ],
)
def test_an_office_no_post_of_the_person_is(phrase: str, roles: list[Role], clash: bool) -> None:
    assert bool(another_office(read_title(phrase), roles, ON)) is clash


@pytest.mark.parametrize("office", sorted(offices(), key=sorted))
def test_each_office_is_no_post_of_a_person_holding_another(office: frozenset[str]) -> None:
    # every name of every office clashes with a post nobody would call by it, and
    # none with the office's own names
    other = Role(
        titles=("harbour master",), of=("Kellsport Harbour",), start=parse_iso_range("2020")
    )
    phrase = read_title(" ".join(sorted(office)))
    assert another_office(phrase, [other], ON)
    for name in offices()[office]:
        own = Role(titles=(" ".join(sorted(name)),), of=("Kellsport Harbour",))
        assert not another_office(phrase, [own], ON)
