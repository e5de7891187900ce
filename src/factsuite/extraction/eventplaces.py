"""Places of events: "the summit in Hanoi", "a military parade in Beijing next week".

A place is a claim when it says where an event of the facts happened: a known place
(a city of the gazetteer, a country, a place a date fact names, or "the Chinese
capital") standing right after "in", "at" or "near" (data/binding/place_leads.txt),
or after a head and "of" ("the port of Rotterdam": place_of_heads.txt), bound to a
date fact that declares its places (``place:`` in the fact file). It is bound the
way dates and numbers are, by the facts' cues, with the dates of its sentence as
evidence:

- the nearest cue before the place in its own clause says which event it is the
  place of ("the parade in Beijing", "signed a mutual defence agreement in
  Pyongyang", "arrived in Beijing"); the nearest cue of any fact decides, so a cue of
  a fact with no place ("confirmed in Beijing", of an announcement) binds nothing,
  but a cue shared by an event's date and its figures ("final": its date, its crowd)
  gives the place to the one of them with a place;
- a date beside the place in its clause ("scheduled for September 3 in Beijing", "in
  Singapore in June 2018"), or one whose "when" clause the place stands in ("since
  June 2019, when the pair met in Pyongyang"), is of the same event: bound to a fact
  whose date it agrees with, it binds the place there; unbound, it picks among the
  facts the cues point to ("another summit in Hanoi in early 2019": of the two
  summits, the one in 2019);
- a date beside the place that is no date of the event says it is another event ("a
  parade in Pyongyang in October 2020"), and the place is not bound;
- as for values (binding.py), a cue beyond "after", "before", ... speaks of another
  event ("arrived in Beijing after the summit in Hanoi": Hanoi is the summit's); a
  plural cue ("parades") of several events; a cue that says "first" of no fact that
  is not a first;
- a cue that is a place is no cue of a place: the Hanoi summit's cue "hanoi" says
  where its own event was, and taken as a cue would make any "summit in Hanoi" agree
  and bind the place after it ("in Hanoi in February 2019 and at Panmunjom");
- a cue right after someone's name is that person's event, as for values ("Putin
  arrived in Shanghai" says nothing of where Kim arrived);
- a reporting word between the cue and the place ("gave details of the parade to
  reporters in Shanghai") makes the place where something was said;
- with no cue before it and no date beside it, a place is the place of the event of
  the cue right after it, in its own clause ("a crowd in Madrid watched the final")
  or in the clause after an opening phrase ("On Tuesday, in a courtroom in Lincoln, a
  judge fined Harwick Foods"): rule ``cue-after-place``;
- a place right after the venue a fact lists first, before where it is ("St Aidan's
  Hospital in Leeds"), says where that venue is, and is bound to that fact with no cue
  (rule ``venue-in-city``).

When the cue and the date disagree, or several events stay as likely, the place is
not bound. A bound place that contradicts its fact fails (kinds/place.py).

A place nothing binds is not a claim, not even one for review: "in Beijing" stands in
most sentences of a story from Beijing, where someone spoke, lives or was quoted, and
recorded for review each would ask a person to look at what states nothing the facts
can check, and make the pre-commit hook list every one. A place is worth a claim when
its sentence ties it to an event the facts know.

Which places are written "the" before them is the gazetteer's to say ("the United
States", "the Netherlands"); a city after "the" ("the Beijing parade") names the
event, not where it is said to be, and is left alone, as is a place that is part of a
longer name ("at Moscow State University"), a possessive ("in Beijing's orbit", but
"in Beijing's Tiananmen Square" is the square) or a compound ("Russia–DPRK talks").
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from operator import attrgetter
from typing import Literal

from factsuite.cities import CAPITALS

# Shared with value binding, whose rules these are (see binding.py's docstring).
from factsuite.extraction.binding import (
    MARGIN,
    REPORTING_VERBS,
    WHEN_CLAUSE,
    Binder,
    Binding,
    another_time,
    plural_cues,
)
from factsuite.extraction.binding_rules import word_list
from factsuite.extraction.lexicon import Category, Hit
from factsuite.extraction.segments import Segments
from factsuite.extraction.subjects import Subjects
from factsuite.extraction.words import CALENDAR_NAMES
from factsuite.gazetteer import (
    CITY_NAMES,
    COUNTRY_NAMES,
    COUNTRY_WORDS,
    another_venue,
    takes_the,
    venue_head,
)
from factsuite.language import alternation
from factsuite.model import DateFact, Fact
from factsuite.names import fold
from factsuite.text.document import CLAUSE_BOUNDARY
from factsuite.text.sentences import Sentence

# How far a cue may stand before the place, in words ("in" counted): "signed a
# mutual defence agreement in": "signed" is four words back; "the ceremony is under way
# at Halvard's operations centre in": nine (rule place-cue-reach). Six missed such
# places on two beats' dev articles and ten or fourteen bound no other place there.
CUE_WORDS = 10
# How far a date after a place may stand from it, in words: "in Singapore in June
# 2018", "in Beijing by armoured train yesterday".
DATE_WORDS = 3
# " in", " at" or " near" before a capital (data/binding/place_leads.txt, each also
# capitalised), and a "the" between (see ``find_places``).
_LEADS = re.compile(
    r" (?:"
    + alternation(lead for word in word_list("place_leads") for lead in (word, word.title()))
    + r"|(?:"
    + alternation(word_list("place_of_heads"))
    + r")\s+of)\s+(?:([Tt]he)\s+)?(?=[A-Z])"
)
# A phrase led as a place is: "in a courtroom in Lincoln" (cue-after-place).
_LED = re.compile(r"\s*(?:" + alternation(word_list("place_leads")) + r")\b", re.I)
_CAPITAL = re.compile(r"\s+capital\b")
_POSSESSIVE_CAPITAL = re.compile(r"['’]s\s+capital\b")
_POSSESSIVE = re.compile(r"['’]s\b")
_POSSESSIVE_SPACE = re.compile(r"['’]s[ \u00a0]+")
# Code, not data: the conjunctions that end a clause.
_AND = re.compile(r"\b(?:and|or|but|then)\b")
# A capitalised word right after a place makes it part of a longer name ("at Moscow
# State University"), unless it is a month or a weekday ("in Beijing Tuesday").
_NAME_GOES_ON = re.compile(r"[ \u00a0]+([A-Z][\w'’-]*)")
# Words that make a place where something was said, not where an event happened:
# the reporting verbs binding ties nothing to, and the words of briefings
# (data/binding/said_place_words.txt).
_SAID = re.compile(
    r"\b(?:"
    + "|".join(sorted(REPORTING_VERBS | frozenset(word_list("said_place_words"))))
    + r")\b",
    re.I,
)


_START = attrgetter("start")
# "of" between two cues, and a determiner (data/binding/determiners.txt) or none: the
# second names what the first is of (of-complement).
_OF_BETWEEN = re.compile(
    r"\s+of\s+(?:(?:" + alternation(word_list("determiners")) + r")\s+)?", re.I
)
_VALUE_START = attrgetter("value.start")
# A word of a place's name: letters, digits, apostrophes, hyphens and full stops
# ("Komsomolsk-on-Amur", "Xi'an", "St."), and the spaces between two words.
_WORD = re.compile(r"[\w'’.\-]+")
_SPACES = re.compile(r"[ \u00a0]+")
# A word of a venue's name, and how many a venue's name may have.
_CAPITALISED = re.compile(r"[A-Z][\w'’.\-]*")
_VENUE_WORDS = 6
# How far on a cue after a place may stand, in words (cue-after-place): in the place's
# own clause ("a crowd in Madrid watched the final"), and in the clause after the
# sentence's opening phrase ("On Tuesday, in a courtroom in Lincoln, a judge fined").
_SUBJECT_CUE_WORDS = 2
_OPENING_CUE_WORDS = 6
# How far back from a place's "in" a venue's name is read, in characters (venue-in-city).
_VENUE_REACH = 80

# What a folded name is to ``find_places``: a city or a country it reads after "in",
# a spot a fact lists, only the word of a people ("the Chinese capital"), or a venue no
# fact lists of a kind one lists ("the Westbrook Community Center" beside "Eastbrook
# Community Center").
PlaceKind = Literal["city", "country", "spot", "people", "venue"]


class PlaceNames:
    """Every name ``find_places`` reads, folded, and what it is; built once per fact
    base (the spots its facts list)."""

    def __init__(self, facts: Mapping[str, Fact]) -> None:
        kinds: dict[str, PlaceKind] = dict.fromkeys(COUNTRY_WORDS, "people")
        kinds.update(dict.fromkeys(COUNTRY_NAMES, "country"))
        kinds.update(dict.fromkeys(CITY_NAMES, "city"))
        for fact in facts.values():
            if isinstance(fact, DateFact):
                for place in fact.place:
                    kinds.setdefault(fold(place), "spot")
        self.kinds = kinds
        # The spots the facts list that are venues ("eastbrook community center"): a
        # venue of their kind under another name is read too.
        self.venues = tuple(
            name for name, kind in kinds.items() if kind == "spot" and venue_head(name)
        )
        # The most words a name has, by its first word: most words after "in" begin
        # no name, and are read no further.
        self.longest: dict[str, int] = {}
        for name in kinds:
            words = name.split()
            self.longest[words[0]] = max(self.longest.get(words[0], 0), len(words))

    def at(self, text: str, start: int) -> tuple[str, int] | None:
        """The longest name starting at ``start`` (folded) and where it ends, or None.

        Read word by word, longest first, up to the longest name's number of words; a
        name ends before a possessive or a full stop that ends its last word ("in
        Beijing's orbit", "in Beijing.")."""
        first = _WORD.match(text, start)
        if first is None:
            return None
        words = fold(first.group()).split()
        most = self.longest.get(words[0], 0) if words else 0
        if not most and words and words[0].endswith("'s"):
            most = self.longest.get(words[0][:-2], 0)  # "Beijing's"
        if not most:
            return self._venue_at(text, start)
        ends: list[int] = []
        at = start
        while len(ends) < most:
            word = _WORD.match(text, at)
            if word is None:
                break
            ends.append(word.end())
            gap = _SPACES.match(text, word.end())
            if gap is None:
                break
            at = gap.end()
        kinds = self.kinds
        for end in reversed(ends):
            while text[end - 1] == "." and end - 1 > start:
                end -= 1
            key = fold(text[start:end])
            if key in kinds:
                return key, end
            if text[end - 2 : end] in ("'s", "’s"):
                key = fold(text[start : end - 2])
                if key in kinds:
                    return key, end - 2
        return self._venue_at(text, start)

    def kind(self, key: str) -> PlaceKind:
        """What a name ``at`` read is: one it knows, or else a venue."""
        return self.kinds.get(key, "venue")

    def _venue_at(self, text: str, start: int) -> tuple[str, int] | None:
        """A venue no fact lists, of the kind of one a fact lists, starting at
        ``start``: capitalised words up to a venue's last word ("Westbrook Community
        Center", "St Luke's Hospital"), and not a short form of the listed one ("the
        Community Center")."""
        if not self.venues:
            return None
        found = None
        at = start
        for _ in range(_VENUE_WORDS):
            word = _CAPITALISED.match(text, at)
            if word is None:
                break
            key = fold(text[start : word.end()])
            if any(another_venue(key, venue) for venue in self.venues):
                found = key, word.end()
            gap = _SPACES.match(text, word.end())
            if gap is None:
                break
            at = gap.end()
        return found


@dataclass(frozen=True, slots=True)
class PlaceMention:
    """A place after a lead ("in", "at", "near", "the port of"): its quote from
    ``start`` to ``end``, and where the lead starts."""

    start: int
    end: int
    lead: int


def find_places(text: str, names: PlaceNames) -> list[PlaceMention]:
    """Every known place standing right after a lead ("in", "at", "near"), in order.

    The "in"s and "at"s before a capital are found first, by one regex in C, and the
    names after each looked up in ``names``: an article holds a dozen of them. (Names
    are not put in the lexicon's automaton: every stage reads every hit, and a city
    hit anywhere else would cost them all for nothing.) The regex reads the text with
    a space before it and its line breaks as spaces (same offsets, one on), so that
    every "in" it reads is a whole word after a space, which re finds fastest."""
    found: list[PlaceMention] = []
    taken = -1
    for lead in _LEADS.finditer(" " + text.replace("\n", " ")):
        at = lead.start()  # the space before "in" in the padded text: "in" in ``text``
        if at < taken:
            continue
        the = lead.start(1) - 1 if lead.group(1) else -1
        # "in The Hague" holds its "the"; else the place starts after "the".
        place = lead.end() - 1
        tries = ((the, -1), (place, the)) if the != -1 else ((place, -1),)
        for start, the_start in tries:
            name = names.at(text, start)
            if name is None:
                continue
            mention = _mention(text, names, start, *name, at, the_start)
            owner = _POSSESSIVE_SPACE.match(text, name[1])
            if (
                mention is None
                and owner is not None
                and text[owner.end() : owner.end() + 1].isupper()
            ):
                # "in Beijing's Tiananmen Square": the place is the one after the owner's
                held = names.at(text, owner.end())
                if held is not None:
                    mention = _mention(text, names, owner.end(), *held, at, -1)
            if mention is not None:
                found.append(mention)
                taken = mention.end
                break
    return found


def _mention(
    text: str, names: PlaceNames, start: int, key: str, end: int, lead: int, the_start: int
) -> PlaceMention | None:
    """The place named from ``start`` to ``end`` (``key`` folded) after the "in" or
    "at" at ``lead``, or None when it is no place of anything there; ``the_start`` is
    where a "the" before it starts (-1 for none)."""
    the = the_start != -1
    kind = names.kind(key)
    country = COUNTRY_WORDS.get(key) if kind in ("country", "people") else None
    if country is not None and country in CAPITALS:
        # "the Chinese capital", "China's capital"
        capital = (_CAPITAL if the else _POSSESSIVE_CAPITAL).match(text, end)
        if capital is not None:
            return PlaceMention(the_start if the else start, capital.end(), lead)
    if kind == "people":
        return None  # a people's adjective, a language, an organisation
    if key in ("us", "uk") and text.startswith(".", end):
        end += 1  # "U.S." folds to "us": its last full stop is part of it
    written = text[start:end]
    if the and not (
        kind in ("spot", "venue") or takes_the(key) or (len(written) > 1 and written.isupper())
    ):
        return None  # "in the Beijing parade", "in the Ukraine war"
    if _POSSESSIVE.match(text, end):
        return None  # "in Beijing's orbit"
    if text[end : end + 1] in ("-", "–") and text[end + 1 : end + 2].isalnum():
        return None  # "Russia–DPRK"
    goes_on = _NAME_GOES_ON.match(text, end)
    if goes_on is not None and goes_on.group(1) not in CALENDAR_NAMES:
        return None  # "at Moscow State University"
    return PlaceMention(start, end, lead)


@dataclass(frozen=True, slots=True)
class PlaceBinding:
    mention: PlaceMention
    fact: str


class PlaceBinder:
    """Binds places to the date facts that declare places; built once per fact base,
    beside the value binder whose cues and rules it shares."""

    def __init__(self, facts: Mapping[str, Fact], binder: Binder) -> None:
        self.binder = binder
        self.names = PlaceNames(facts)
        self.placed = frozenset(
            fid for fid, fact in facts.items() if isinstance(fact, DateFact) and fact.place
        )
        # Plural cues ("summits") speak of several events, which have no one place,
        # however many days the fact spans (value binding leaves out only facts of
        # one day).
        self.plural_cues = {fid: plural_cues(facts[fid]) for fid in self.placed}
        self.venue_facts = _venue_facts(facts, self.placed, self.names)

    def bind(
        self,
        text: str,
        hits: list[Hit],
        segments: Segments,
        bindings: list[Binding],
        cues: list[Hit],
        subjects: Subjects | None,
    ) -> list[PlaceBinding]:
        """The places of ``text`` that say where an event of the facts was, each with
        that event; ``bindings`` are the value binder's, for the dates beside them, and
        ``cues`` and ``subjects`` what the value binder was given."""
        if not self.placed:
            return []
        mentions = find_places(text, self.names)
        if not mentions:
            return []
        dates = [b for b in bindings if b.value.kind == "date" and not b.value.anaphoric]
        dates.sort(key=_VALUE_START)
        out = []
        for mention in mentions:
            fact = self._bind(mention, cues, dates, segments, subjects)
            if fact is None:
                fact = self._venue_in_city(text, mention)
            if fact is not None:
                out.append(PlaceBinding(mention, fact))
        return out

    def _bind(
        self,
        place: PlaceMention,
        cues: list[Hit],
        dates: list[Binding],
        segments: Segments,
        subjects: Subjects | None,
    ) -> str | None:
        text = segments.text

        def whose(cue: Hit) -> frozenset[str]:
            return subjects.before(cue.start) if subjects is not None else frozenset()

        sentence = segments.sentence_at(place.start)
        side = segments.quotation(place.start)
        clause_start = sentence.start
        for boundary in CLAUSE_BOUNDARY.finditer(text, sentence.start, place.start):
            clause_start = boundary.end()
        # Cues and dates are in order of start: only those near the place are read.
        first = bisect.bisect_left(cues, clause_start, key=_START)
        last = bisect.bisect_right(cues, place.lead, key=_START)
        # The cues before the place in its clause, and the facts they describe.
        options: dict[str, int] = {}
        via: dict[str, set[str]] = {}  # the cues that speak of each fact
        last_cue = clause_start
        window = cues[first:last]
        for index, cue in enumerate(window):
            if cue.end > place.lead or not self._counts(cue, segments, side):
                continue
            if self._modifies(cue, window[index + 1 : index + 2], place, segments, side):
                continue
            if index and self._complement(cue, window[index - 1], segments):
                continue
            gap = segments.words_between(cue.end, place.start)
            if (gap > CUE_WORDS and "place-cue-reach" not in self.binder.without) or another_time(
                text, cue.end, place.lead
            ):
                continue
            last_cue = max(last_cue, cue.end)
            entry = cue.of(Category.CUE)
            assert entry is not None
            who = whose(cue)
            for fid in entry.ids:
                if self._describes(cue, fid) and not self.binder.someone_else(who, fid):
                    options[fid] = min(options.get(fid, gap), gap)
                    via.setdefault(fid, set()).add(cue.key)
        if _SAID.search(text, last_cue, place.lead):
            return None  # where something was said
        best = min(options.values(), default=0)
        tied = {fid for fid, gap in options.items() if gap < best + MARGIN}
        first = bisect.bisect_left(dates, sentence.start, key=_VALUE_START)
        last = bisect.bisect_left(dates, sentence.end, key=_VALUE_START)
        beside = [
            b for b in dates[first:last] if self._beside(b, place, segments, sentence.end, side)
        ]

        def agrees(fid: str, with_dates: list[Binding] = beside) -> bool:
            fact = self.binder.facts.get(fid)
            return isinstance(fact, DateFact) and any(
                reading.overlaps(fact.value) for b in with_dates for reading in b.value.readings
            )

        # A date bound to a fact whose date it is says which event the place is of.
        bound = {b.fact for b in beside if b.fact is not None and agrees(b.fact, [b])}
        if bound:
            if len(bound) > 1:
                return None
            (fid,) = bound
            if tied and fid not in tied:
                return None  # the cue says another event
            return fid if fid in self.placed else None
        if tied:
            if beside:
                tied = {fid for fid in tied if agrees(fid)}
            if len(tied) == 1:
                return _only(tied & self.placed)
            # "the final in Porto": "final" is the cue of the final's date, its score
            # and its crowd, one event; the one of them with a place is its place's.
            placed = _only(tied & self.placed)
            if placed is not None and all(via[fid] & via[placed] for fid in tied):
                return placed
            return None
        if not beside:
            return self._cue_after(place, cues, segments, side, sentence, clause_start, whose)
        # An unbound date beside the place: of the events the sentence's cues speak
        # of, the one it is the date of.
        first = bisect.bisect_left(cues, sentence.start, key=_START)
        last = bisect.bisect_left(cues, sentence.end, key=_START)
        spoken: set[str] = set()
        for cue in cues[first:last]:
            if self._counts(cue, segments, side) and (entry := cue.of(Category.CUE)):
                who = whose(cue)
                spoken.update(fid for fid in entry.ids if not self.binder.someone_else(who, fid))
        dated = _only({fid for fid in spoken & self.placed if agrees(fid)})
        if dated is not None:
            return dated
        return self._cue_after(place, cues, segments, side, sentence, clause_start, whose)

    def _cue_after(
        self,
        place: PlaceMention,
        cues: list[Hit],
        segments: Segments,
        side: int,
        sentence: Sentence,
        clause_start: int,
        whose: Callable[[Hit], frozenset[str]],
    ) -> str | None:
        """The rule ``cue-after-place``: a place that says where the subject of its
        clause is ("a crowd in Madrid watched the final") or that stands in the
        sentence's opening phrase ("On Tuesday, in a courtroom in Lincoln, a judge fined
        Harwick") is the place of the event the cue right after it names: the first cue
        after the place, a couple of words on in its clause, or in the clause after the
        opening phrase; none past a reporting word or a word of another time. Read only
        when no cue before the place and no date beside it bound it: the one fact with
        a place that cue speaks of, or None."""
        if "cue-after-place" in self.binder.without:
            return None
        text = segments.text
        boundary = CLAUSE_BOUNDARY.search(text, place.end, sentence.end)
        # an opening phrase: the place's clause is a phrase led as the place is ("On
        # Tuesday, in a courtroom in Lincoln,"), with the sentence's clause after it
        opening = boundary is not None and _LED.match(text, clause_start) is not None
        # only the first cue after the place is read: a later one is further off
        at = bisect.bisect_left(cues, place.end, key=_START)
        if at == len(cues):
            return None
        cue = cues[at]
        if cue.start >= sentence.end or not self._counts(cue, segments, side):
            return None
        if segments.words_between(place.end, cue.start) > (
            _OPENING_CUE_WORDS if opening else _SUBJECT_CUE_WORDS
        ):
            return None
        if boundary is not None and boundary.start() < cue.start:
            if not opening:
                return None  # past the place's own clause
            if CLAUSE_BOUNDARY.search(text, boundary.end(), cue.start) is not None:
                return None  # past the clause after the opening phrase
        between = (place.end, cue.start)
        if _SAID.search(text, *between) or another_time(text, *between):
            return None
        entry = cue.of(Category.CUE)
        assert entry is not None
        who = whose(cue)
        return _only(
            {
                fid
                for fid in entry.ids
                if fid in self.placed
                and self._describes(cue, fid)
                and not self.binder.someone_else(who, fid)
            }
        )

    def _venue_in_city(self, text: str, place: PlaceMention) -> str | None:
        """The rule ``venue-in-city``: the fact listing the venue written right before
        the place's "in" ("St Aidan's Hospital in Leeds"), whose city the place says."""
        if not self.venue_facts or "venue-in-city" in self.binder.without:
            return None
        if self.names.kind(fold(text[place.start : place.end])) not in ("city", "country"):
            return None
        before = fold(text[max(0, place.lead - _VENUE_REACH) : place.lead].rstrip())
        for venue, fid in self.venue_facts.items():
            if before.endswith(venue) and not before[-len(venue) - 1 : -len(venue)].isalnum():
                return fid
        return None

    def _counts(self, cue: Hit, segments: Segments, side: int) -> bool:
        """Whether a cue of the place's sentence can tie it to an event: one on the
        same side of every quotation, and no place itself. A place that is a cue
        ("hanoi" of the Hanoi summit) says where its event was, not which event
        another place is of ("in Hanoi in February 2019 and at Panmunjom on June
        30"), and a place is no cue of itself."""
        return cue.key not in self.names.kinds and segments.quotation(cue.start) == side

    def _modifies(
        self, cue: Hit, following: list[Hit], place: PlaceMention, segments: Segments, side: int
    ) -> bool:
        """Whether ``cue`` only says what the cue right after it is of (rule
        ``compound-head``): "the Atlantic Cup final in Porto" is the final's place, not
        the Cup's. The head is the last of cues a space apart, before the place, and
        written in lower case: a capital after a cue begins a name, and with it a new
        phrase ("the final Nigeria won in Lisbon")."""
        if not following or "compound-head" in self.binder.without:
            return False
        head = following[0]
        text = segments.text
        return (
            head.start > cue.end
            and head.end <= place.lead
            and _SPACES.fullmatch(text, cue.end, head.start) is not None
            and text[head.start].islower()
            and self._counts(head, segments, side)
        )

    def _complement(self, cue: Hit, previous: Hit, segments: Segments) -> bool:
        """Whether ``cue`` only says what the cue before it is of (rule
        ``of-complement``): "published its assessment of the budget in Halvik" is the
        assessment's place, not the budget's; "the launch of the satellite in Kourou"
        the launch's."""
        if "of-complement" in self.binder.without:
            return False
        return _OF_BETWEEN.fullmatch(segments.text, previous.end, cue.start) is not None

    def _describes(self, cue: Hit, fid: str) -> bool:
        """Whether a cue can speak of one event of a fact (binding.py's rules)."""
        if cue.key in self.plural_cues.get(fid, ()):
            return False  # "state visits in Moscow": several events
        return not self.binder.first_of_another(cue, fid)

    @staticmethod
    def _beside(
        binding: Binding, place: PlaceMention, segments: Segments, sentence_end: int, side: int
    ) -> bool:
        """Whether a date stands beside a place in its clause, or is the time of the
        "when" clause the place stands in."""
        value = binding.value
        start, end = value.start, value.end
        if start >= sentence_end or segments.sentence_index(start) != segments.sentence_index(
            place.start
        ):
            return False
        if segments.quotation(start) != side:
            return False
        text = segments.text
        if end <= place.lead:
            when = WHEN_CLAUSE.match(text, end)
            if when is not None and when.end() <= place.lead:
                return segments.boundary_cost(when.end(), place.start) == 0
            # Right before its "in": "scheduled for September 3 in Beijing" (not "in
            # February 2019 and at Panmunjom", where the date is the item before).
            return not text[end : place.lead].strip()
        if start < place.end:
            return False
        between = (place.end, start)
        return (
            segments.boundary_cost(*between) == 0
            and segments.words_between(*between) <= DATE_WORDS
            and not another_time(text, *between)
            and not _AND.search(text, *between)
        )


def _venue_facts(
    facts: Mapping[str, Fact], placed: frozenset[str], names: PlaceNames
) -> dict[str, str]:
    """For ``venue-in-city``: each venue a date fact lists first, before where it is
    ("St Aidan's Hospital, Bradford"), folded, and the fact listing it; a venue facts
    list in different places is left out (which of them would the city be of?).
    ``placed``: the date facts with places, the only ones read (an archive's other
    facts are not walked again at start-up)."""
    listed: dict[str, set[tuple[str, ...]]] = {}
    owner: dict[str, str] = {}
    for fid in sorted(placed):
        fact = facts[fid]
        if not isinstance(fact, DateFact) or len(fact.place) < 2:
            continue
        venue = fold(fact.place[0])
        if names.kind(venue) != "spot":
            continue  # a city or a country first: no venue
        listed.setdefault(venue, set()).add(tuple(fold(p) for p in fact.place))
        owner.setdefault(venue, fid)
    return {venue: owner[venue] for venue, places in listed.items() if len(places) == 1}


def _only(facts: set[str]) -> str | None:
    return next(iter(facts)) if len(facts) == 1 else None
