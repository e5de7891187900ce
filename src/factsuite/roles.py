"""Titles in prose ("the former U.S. President", "Slovak Prime Minister") read as roles.

A title phrase is reduced to a set of words in which demonyms and short forms name
their country ("Slovak" and "Slovakia", "U.S." and "United States" are one word), so
"Chinese Assistant Minister of Foreign Affairs" and "China's assistant minister of
foreign affairs" are the same title. A phrase names a role when every word of it
belongs to the role (its titles and what it is "of") and it holds at least one whole
title or one whole organisation name.
"""

from __future__ import annotations

import enum
import functools
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from factsuite import language
from factsuite.daterange import DateRange
from factsuite.model import EntityFact, Role
from factsuite.names import fold
from factsuite.places import PLACES


def _unquoted(folded: str) -> str:
    """Folded text as title words read it: possessives dropped, apostrophes as spaces."""
    return folded.replace("'s ", " ").replace("'", " ")


def _names_at() -> dict[str, list[tuple[tuple[str, ...], str]]]:
    """Each place's names as _unquoted leaves them ("People's Republic of China" and
    "Côte d'Ivoire" are read in titles too), split into words and listed under their
    first word, longest first, each with its place as one word ("north_korea")."""
    names: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for place, aliases in PLACES.items():
        for alias in (place, *aliases):
            words = tuple(_unquoted(alias).split())
            names.setdefault(words[0], []).append((words, place.replace(" ", "_")))
    for listed in names.values():
        listed.sort(key=lambda name: len(name[0]), reverse=True)
    return names


# A title is read word by word; at each word the longest name of a place that starts
# there is that place ("papua new guinea", not "guinea").
_NAMES_AT = _names_at()
# A place as title_words writes it: one word, spaces joined ("north_korea").
PLACE_WORDS = frozenset(place.replace(" ", "_") for place in PLACES)
# The two-letter names of places ("us", "un"), which prose writes in capitals only.
_LOWER_SHORT_NAME = re.compile(
    r"\b(?:"
    + "|".join(sorted(a for p, names in PLACES.items() for a in (p, *names) if len(a) == 2))
    + r")\b",
    re.IGNORECASE,
)
# Words a title is compared without: small words, and whose it is ("its chief executive")
_STOPWORDS = frozenset(
    (*language.words("title_stopwords.txt"), *language.words("possessive_determiners.txt"))
)


class Tense(enum.Enum):
    """What a title phrase asserts about when the role was held."""

    CURRENT = "current"  # a bare title: held at the article's date
    FORMER = "former"  # "former", "ex-": held once, ended by the article's date
    THEN = "then"  # "then-": held at the time described


# Words that say when a title is held, read out of its words, with whether the title
# is held on the article's day whatever time the sentence is set at ("current"). A
# "described" word ("incumbent", "sitting") says what a bare title says. They come
# first, so that "former" wins.
TENSE_WORDS = {
    t.word: (Tense.CURRENT if t.tense == "described" else Tense(t.tense), t.tense == "current")
    for t in language.title_tenses()
}


@dataclass(frozen=True, slots=True)
class TitlePhrase:
    tense: Tense
    words: frozenset[str]
    # "the current South Korean President": held on the article's date, even in a
    # sentence set at another time (which gives a bare title that time's holders).
    now: bool = False


# "the trust's chief executive", "the company's chair": a common noun in the possessive
# after "the" says whose the role is without naming it, as "its" does, and is no word of
# the title. A capitalised one is a name ("the Merrow Trust's"), and stays.
OWNER_NOUN_WORDS = r"\b(?P<the>[Tt]he)\s+[a-z][a-z-]*['’]s"
OWNER_NOUN = re.compile(OWNER_NOUN_WORDS + r"(?=\s)")


def title_words(text: str) -> frozenset[str]:
    """The words of a title or organisation name, places merged into one word each."""
    words = _unquoted(fold(OWNER_NOUN.sub(r"\g<the>", text))).split()
    merged = []
    i = 0
    while i < len(words):
        for name, place in _NAMES_AT.get(words[i], ()):
            if tuple(words[i : i + len(name)]) == name:
                merged.append(place)
                i += len(name)
                break
        else:
            merged.append(words[i])
            i += 1
    return frozenset(word for word in merged if word not in _STOPWORDS)


def read_title(text: str) -> TitlePhrase:
    words = set(title_words(text))
    tense = Tense.CURRENT
    now = False
    for word, (meaning, on_the_day) in TENSE_WORDS.items():
        if word in words:
            words.discard(word)
            tense, now = meaning, on_the_day
    return TitlePhrase(tense, frozenset(words), now)


def names_role(words: frozenset[str], role: Role) -> bool:
    """Whether a title phrase's words name this role."""
    if not words:
        return False
    titles = [title_words(t) for t in role.titles]
    of = frozenset().union(*(title_words(o) for o in role.of))
    if words <= of:
        return True  # "Vladimir Putin of Russia": the place alone names his role
    # Else the words name one of its titles whole: "Chinese Foreign Minister" has the
    # place of "Assistant Minister of Foreign Affairs" of China, not its title.
    return words <= of.union(*titles) and any(part and part <= words for part in titles)


# Words that put a title a rank below the title they stand before: an assistant
# foreign minister is not the foreign minister, nor a deputy prime minister the prime
# minister. ("Acting" is left out: an acting president holds the office.)
RANK_WORDS = frozenset(language.words("rank_words.txt"))


def without_rank(title: str) -> str | None:
    """A title, folded, without its rank words ("assistant foreign minister" gives
    "foreign minister"): the higher title, which writers promote people to. None
    when the title has no rank word, or nothing else."""
    words = fold(title).split()
    kept = [w for w in words if w not in RANK_WORDS]
    return " ".join(kept) if kept and len(kept) < len(words) else None


def ranked_below(words: frozenset[str], role: Role) -> bool:
    """Whether a title phrase's words name one of the role's titles but for the rank
    words that put it below: "Foreign Minister" for an "Assistant Foreign Minister"."""
    if words & RANK_WORDS:
        return False
    for title in role.titles:
        part = title_words(title)
        higher = part - RANK_WORDS
        if higher != part and higher and higher <= words:
            return True
    return False


def ranked_otherwise(words: frozenset[str], role: Role) -> bool:
    """Whether a title phrase's words name one of the role's titles at another rank:
    "Vice Foreign Minister" for an "Assistant Foreign Minister", "Deputy Prime
    Minister" for a Prime Minister. (No rank word at all is :func:`ranked_below`.)

    Only for a title with a rank of its own, or an office of a country: a desk writes
    "professor" for an associate professor too, so "associate professor" may be right.
    """
    ranks = words & RANK_WORDS
    if not ranks:
        return False
    office = bool(role_places(role))
    for title in role.titles:
        part = title_words(title)
        higher = part - RANK_WORDS
        own_rank = part & RANK_WORDS
        if higher and higher <= words and ranks != own_rank and (own_rank or office):
            return True
    return False


def role_places(role: Role) -> frozenset[str]:
    """The places a role is "of" ("china" for "of: [China, State Council]")."""
    return frozenset().union(*(places_named(o) for o in role.of))


def places_named(text: str) -> frozenset[str]:
    """The countries a text names, by name or adjective ("Russian" gives "russia").

    A two-letter name counts only in capitals ("US", "UN"): in prose, "Kim Jong Un"
    and "told us" name no place.
    """
    return title_words(_LOWER_SHORT_NAME.sub(_unless_capitals, text)) & PLACE_WORDS


def _unless_capitals(match: re.Match[str]) -> str:
    return match.group() if match.group().isupper() else " "


def held_on(role: Role, day: date) -> bool:
    """Whether the role was held on ``day``; an imprecise start or end counts in its favour."""
    if role.start is not None and role.start.start > day:
        return False
    if role.end is not None:
        return role.end.end >= day
    return not role.ended


def moments(times: Sequence[DateRange], day: date) -> list[date]:
    """The days a bare title speaks of in a sentence: the first and last day of each
    time it writes out ("since June 2019"), or, when it writes none, ``day`` (the
    article's)."""
    return [edge for time in times for edge in (time.start, time.end)] or [day]


def held_during(role: Role, time: DateRange) -> bool:
    """Whether the role was held at some point of ``time``; an end known only to be
    past may come after it."""
    if role.start is not None and role.start.start > time.end:
        return False
    return role.end is None or role.end.end >= time.start


def started_by(role: Role, day: date) -> bool:
    return role.start is None or role.start.start <= day


def tense_holds(roles: list[Role], tense: Tense, day: date) -> bool:
    """Whether a current or "former" title agrees with these roles on ``day``: one of
    them held then, or all left by then after one had begun. ("then-" titles are
    judged at the time described, which ``day`` is not.)"""
    if tense is Tense.CURRENT:
        return any(held_on(r, day) for r in roles)
    if tense is Tense.FORMER:
        return not any(held_on(r, day) for r in roles) and any(started_by(r, day) for r in roles)
    raise ValueError("a then- title is judged at the time described")


def clashing_roles(
    phrase: TitlePhrase,
    roles: Iterable[Role],
    known_titles: frozenset[frozenset[str]],
    day: date | None,
) -> list[Role]:
    """A person's roles that a current title they never held clashes with.

    - Another office of the same place: "Indonesian Prime Minister Prabowo Subianto",
      when the facts make him President of Indonesia on ``day``.
    - The same office of another place: "Slovenian Prime Minister Robert Fico", when
      the facts make him Prime Minister of Slovakia that day.
    - Another place alone: "Vladimir Putin of Belarus", when each of his roles that
      day is an office of another country. Only a role of a country
      counts ("President of Russia"); a professor's role is of a university, and a
      nationality before it ("American professor") says nothing about the post.

    The rule is kept narrow because a desk's list of roles is rarely complete: the
    phrase must be a bare current title, the clashing role held on ``day`` (any day,
    when None: is there a clash to look for at all?), and the rest of its words
    exactly one of ``known_titles``, the desk's titles without places (so
    "Communist Party General Secretary", which the desk may simply not list, stays
    unverifiable).
    """
    if phrase.tense is not Tense.CURRENT:
        return []
    places = phrase.words & PLACE_WORDS
    title = phrase.words - places
    held = [r for r in roles if day is None or held_on(r, day)]
    if places and not title:
        # A place alone ("Vladimir Putin of Belarus"): wrong of a person whose every
        # post that day is an office of other countries; one post at an organisation,
        # and the place may be their nationality.
        if held and all((where := role_places(r)) and not places & where for r in held):
            return held
        return []
    if not places or title not in known_titles:
        return []
    there = [r for r in held if places <= role_places(r)]
    if there:
        return there
    return [
        r
        for r in held
        if (where := role_places(r))
        and not places & where
        and any(title_words(t) - PLACE_WORDS == title for t in r.titles)
    ]


def organisation_names(entities: Iterable[EntityFact]) -> dict[str, tuple[str, ...]]:
    """Every name of each organisation the desk lists, by its canonical name folded:
    what a role's ``of`` may be written as ("Brightwater" of Brightwater
    Infrastructure Partners)."""
    return {fold(entity.name): entity.names for entity in entities}


def another_office_there(
    phrase: TitlePhrase,
    roles: Iterable[Role],
    known_titles: frozenset[frozenset[str]],
    day: date | None,
    org_names: Mapping[str, tuple[str, ...]] | None = None,
) -> list[Role]:
    """A person's roles at an organisation, when a current title gives them another
    office of that same organisation: "Martin Oduya, chair of the Wessex Arts
    Council", when the facts make him its Chief Executive.

    As narrow as :func:`clashing_roles`: a bare current title naming one of the
    person's organisations whole, the role there held on ``day`` (any day, when
    None) and with a title (the organisation by any name ``org_names`` gives it:
    ``organisation_names``), and the rest of the phrase's words exactly one of
    ``known_titles`` but none of that role's titles. A title the desk never uses
    ("trustee") says nothing, and a phrase of two titles ("chair and chief
    executive") is none of them.
    """
    if phrase.tense is not Tense.CURRENT:
        return []
    clashing = []
    for role in roles:
        if not role.of or not role.titles or (day is not None and not held_on(role, day)):
            continue  # an affiliation alone ("Alfred Wu of NUS") says no office was held
        own = {title_words(t) - PLACE_WORDS for t in role.titles}
        for name in sorted(set(_organisation_names_of(role, org_names)), key=len, reverse=True):
            org = title_words(name) - PLACE_WORDS
            rest = phrase.words - org - PLACE_WORDS
            if org and org <= phrase.words and rest in known_titles and rest not in own:
                clashing.append(role)
                break
    return clashing


@functools.cache
def offices() -> dict[frozenset[str], frozenset[frozenset[str]]]:
    """Each name of an office an organisation has one holder of ("chairman", "chief
    executive": data/en/office_titles.txt), as title words, to the title words of
    every name of that office. Built on first use, not at import."""
    table: dict[frozenset[str], frozenset[frozenset[str]]] = {}
    for office in language.office_titles():
        names = frozenset(title_words(name) for name in office)
        for name in names:
            table[name] = names
    return table


def _organisation_names_of(
    role: Role, org_names: Mapping[str, tuple[str, ...]] | None
) -> list[str]:
    """Every name of the organisations a role is of: as its ``of`` writes them, and
    the other names ``org_names`` gives them (``organisation_names``)."""
    return [name for of in role.of for name in (of, *(org_names or {}).get(fold(of), ()))]


def another_office(
    phrase: TitlePhrase,
    roles: Iterable[Role],
    day: date | None,
    org_names: Mapping[str, tuple[str, ...]] | None = None,
) -> list[Role]:
    """A person's posts, when a current title gives them an office none of them is:
    "Its chairman, Priya Raman-Holt", when the facts make her the insurer's chief
    executive and nobody its chairman (rule office-not-held).

    The phrase is a bare current title that is, beside the names of the person's
    organisations and places ("Brightwater's chief executive"), exactly one office of
    ``offices()``; the person holds a titled post at an organisation on ``day`` (on
    any day, when None); and no title of those posts is that office by another name,
    holds the office's words ("executive chairman") or is held in them ("director",
    of a managing director). The reference asks a desk to list every title a person
    holds at one organisation; a title no office list knows ("trustee") says nothing.
    """
    if phrase.tense is not Tense.CURRENT:
        return []
    held = [r for r in roles if r.titles and r.of and (day is None or held_on(r, day))]
    if not held:
        return []
    # Beside the office, only the person's own organisations and places: "Russian
    # President Kim Jong Un" puts him in another country's office (clashing_roles).
    rest = phrase.words
    for role in held:
        rest -= role_places(role)
        for name in _organisation_names_of(role, org_names):
            org = title_words(name)
            if org and org <= rest:
                rest -= org
    office = offices().get(rest)
    if office is None:
        return []
    for role in held:
        for title in role.titles:
            words = title_words(title) - PLACE_WORDS
            if words in office or rest <= words or words <= rest:
                return []
    return held


def posted_elsewhere(
    phrase: TitlePhrase, roles: Iterable[Role], known_orgs: frozenset[frozenset[str]], day: date
) -> list[Role]:
    """A person's roles at organisations, when a current title puts them at another
    organisation the desk knows: "Nanyang Technological University professor Alfred
    Wu", when the facts place him at the National University of Singapore.

    Kept as narrow as :func:`clashing_roles`: a bare current title, naming whole one
    of ``known_orgs`` (the organisations the desk's roles are of, without places),
    and a person whose roles held on ``day`` are each at an organisation, none of
    them that one. An organisation the desk has never heard of says nothing either way.
    """
    if phrase.tense is not Tense.CURRENT:
        return []
    named = [org for org in known_orgs if org <= phrase.words]
    posts = [(r, [title_words(o) - PLACE_WORDS for o in r.of]) for r in roles if held_on(r, day)]
    if not named or not posts or not all(any(orgs) for _, orgs in posts):
        return []
    if any(
        org <= words or words <= org
        for org in named
        for _, orgs in posts
        for words in orgs
        if words
    ):
        return []  # one of the organisations named is the person's, in other words
    return [r for r, _ in posts]
