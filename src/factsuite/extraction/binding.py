"""Binding each date and number to the fact it speaks of, from the facts' cues.

A fact file declares the words that speak of a fact (``cues``: "parade", "came to
power", "foreign leaders"). A value is bound to a fact when a cue of that fact stands
near it, in the same sentence and on the same side of any quotation, with nothing
between them that belongs to another value. The rules, each general:

- distance is counted in words, plus a price per clause boundary crossed (a comma
  is cheap, a dash dearer); a cue after the value costs one word more than one
  before it, since a date or number mostly completes what precedes it ("came to
  power in 2011", "rolled into Beijing ... yesterday"), and a cue after the value
  in a later clause does not count at all, unless the value opens the sentence
  ("On Wednesday, the parade ...");
- each cue belongs to the nearest value it can describe, one in its own clause
  first, so in "did not exist in 1945 -- it was founded in 1948" the cue "founded"
  goes to 1948 and 1945 stays unbound; a value bound to another fact by a nearer
  cue passes the cue on to the next value;
- a cue inside a value's quote is that value's ("anniversary" in "the 75th
  anniversary"), and what an anniversary is "of" (or "since") is the anniversary's
  ("the 75th anniversary of Japan's surrender in 2020": 2020 is not when Japan
  surrendered; it becomes the anniversary's ``at``);
- a reporting verb ("said", "told") ties nothing: every statement is said by someone;
- a cue that is the object of another fact's cue ("announced the visit", "confirmed
  Kim's trip") is what is acted on: a date after it is the act's ("China announced
  the visit on Thursday" dates the announcement, not the visit);
- a cue right after a person's name is that person's event: "Putin arrived on
  Sunday" is no date of a fact whose label names Kim ("Kim arrived in Beijing"), and
  "Putin has visited China 20 times" no count of Kim's visits (see subjects.py);
- a cue beyond "after", "before", "following" or "ahead of" speaks of another
  event than the value: "returned on Friday after a four-day trip"; so does a cue
  that is the object of one of them in a clause of its own: "met Putin on
  Wednesday, after the parade, and Xi on Thursday";
- a value is of its subject (``subjects.ValueSubjects``): where facts about different
  entities share a cue ("seats", "golds", "revenue"), the entity of the desk the value
  is said of decides, so in "Kenya won 11 golds, Ethiopia 4" the 4 is no count of a
  fact about Kenya; a fact about nobody in particular is left to the other rules;
- a plural cue ("trips", matched for the cue "trip") speaks of several events, so
  never of a date fact of one day: "his four earlier trips came in 2018";
- a value whose own words place its event in a town ("a parade in Pyongyang on
  October 10") is not about a fact whose label places it in another ("the parade in
  Beijing"); a country before a person's title ("summit with US President Donald
  Trump") is the person's, and places no event;
- a cue that says "first" ("first visit") names the first of its kind, so a date it
  describes is of no fact that is not itself a first ("Kim's last visit to China"),
  unless the date is the one since which it is the first ("his first visit since
  January 2019");
- in "the first trip since January 2019", the date is the previous trip, never the
  one the article reports: facts near the article's own date are left out;
- a value can only be bound to a fact it could be about: a date to a date fact, a
  percentage to a percentage, a count to a count whose unit it counts ("thousands
  of its troops" is not a number of visits; "26 heads of state" counts what the cue
  right after it names; "on three occasions" counts what "three times" does), an
  anniversary or an elapsed time to something in the past, and a date written
  relative to the article ("today", "last year") to a fact within reach of the
  article's date;
- when two facts are equally near, a cue only one fact has decides; else the value
  itself, when it agrees with one of them only, as its kind's judge says ("about
  $52.0 billion" between two years' revenue); else the value stays unbound;
- a specific value no cue binds ("Feb 11", "$44.7 billion") is the one fact's of the
  desk it agrees with, if only one agrees (byvalue.py);
- "seven years ago, when he met ... in June 2018": a date followed by a "when"
  clause is the time of that clause's own dated event;
- a vague quantity ("several", "thousands") is bound only by a cue of two words or
  more: "leaders" alone does not make "several world leaders" a count of the
  parade's foreign leaders;
- a person's name is a cue of that person's fact for the spans of a registered kind
  that accepts it (an age: "Okonkwo, 19,"; a tenure: "Bailey has led the bank for
  six years"), and for nothing else: it is no cue of a date or a number, and takes
  part in no rule between cues.

What cannot be bound with confidence stays unbound, to be reviewed: a claim with no
fact is needs-review, never a guess that could fail the gate for nothing.

Each rule above is registered by name in binding_rules.py (a veto, a weight or a
tie-break), can be turned off by name and measured alone, and is reported by
``factsuite extract --explain``; ``_decide`` is the one function that combines them.
"""

from __future__ import annotations

import bisect
import functools
import operator
import re
from collections.abc import Callable, Collection, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Generic, TypeVar

from factsuite import language, numbers
from factsuite.daterange import DateRange, Precision
from factsuite.extraction.binding_rules import (
    AFTER_COST,
    MAX_COST,
    Considered,
    Trace,
    checked,
    noun_determiners,
    switched_off,
    word_list,
)
from factsuite.extraction.binding_rules import (
    MARGIN as MARGIN,  # eventplaces.py shares it
)
from factsuite.extraction.byvalue import Fits, Slips, ValueIndex, specific
from factsuite.extraction.lexicon import Category, Hit, function_words, inflections
from factsuite.extraction.segments import Segments
from factsuite.extraction.subjects import LIST_JOIN, Subjects, ValueSubjects, persons
from factsuite.extraction.values import DATED_KINDS, OWN_KINDS, Value
from factsuite.extraction.words import CALENDAR_NAMES
from factsuite.farfigures import label_year
from factsuite.kinds import registry
from factsuite.kinds._shared import label as fact_label
from factsuite.kinds._shared import singular
from factsuite.kinds.base import Found
from factsuite.kinds.money import currency_near, currency_of
from factsuite.kinds.quantity import TIME, Unit, in_time, unit_of
from factsuite.kinds.unitscale import unscaled_unit
from factsuite.model import (
    CountFact,
    DateFact,
    EntityFact,
    Fact,
    PercentFact,
    QuantityFact,
    RangeFact,
    Role,
)
from factsuite.names import fold
from factsuite.notnumbers import clock_pattern
from factsuite.places import PLACES
from factsuite.roles import held_on, moments, places_named
from factsuite.text.document import CLAUSE_BOUNDARY

_Derived = TypeVar("_Derived")

# A date relative to the article ("today", "next week") is within this many days of
# the fact it speaks of, or within half the distance it reaches back or ahead.
RELATIVE_REACH_DAYS = 400
REPORTING_VERBS = frozenset(word_list("reporting_verbs"))
# The heads of hyphened words that make their tail no cue (rule compound-tail).
COMPOUND_HEADS = frozenset(word_list("compound_heads"))
# The "that" opening what a reporting verb reports, with what may stand between them:
# nothing, or a phrase opened by a word of reported_frame_words.txt ("said after the
# finish that"), or the person told ("told analysts on a call on Thursday that").
_REPORTED_THAT = re.compile(
    r"\b(?:"
    + language.alternation(REPORTING_VERBS)
    + r")\b(?:\s+[a-z]+)?(?:\s+(?:"
    + language.alternation(word_list("reported_frame_words"))
    + r")\b[^.;:\"“”]{0,60}?)?\s+that\b",
    re.I,
)
# A figure in a vague quantity's words: digits or a number word ("some twenty").
_NUMERALS = re.compile(
    r"\d|\b(?:" + "|".join(map(re.escape, word_list("numeral_words"))) + r")\b", re.I
)
# Nouns that count events of any kind, as "times" does.
_OCCASIONS = frozenset(word_list("occasion_nouns"))
WHEN_CLAUSE = re.compile(r",?\s+when\b")
# For said-on-the-day: a reporting verb right before a day, with at most "on" between
# ("said on Thursday", "said Thursday"; not "told reporters on Monday", where the day
# may be another's); and the words that make a date fact an announcement's.
_SAID_BEFORE = re.compile(r"\b(?:" + "|".join(sorted(REPORTING_VERBS)) + r")(?:\s+on)?\s+$", re.I)
_ANNOUNCING = re.compile(
    r"\b(?:" + "|".join(map(re.escape, word_list("announcement_words"))) + r")\b", re.I
)
# Words that set one event in time against another: a cue beyond them speaks of the
# other event ("on Friday after a trip", "in 2011 following the death of ...").
ANOTHER_TIME = re.compile(
    r"\b(?:" + "|".join(re.escape(w.split()[0]) for w in word_list("another_time")) + r")\b", re.I
)


@functools.cache
def _time_of_day() -> re.Pattern[str]:
    """Right after an another-time word, a time of day: an hour ("after 7:10 a.m.") or a
    word for one ("before dawn", data/binding/times_of_day.txt)."""
    words = language.alternation(word_list("times_of_day"), r"\s+")
    hour = clock_pattern().pattern
    # ANOTHER_TIME matches the first word of each entry: the rest of "ahead of", "prior
    # to" stands between it and the time
    rest = language.alternation(
        tail for w in word_list("another_time") if (tail := w.partition(" ")[2])
    )
    return re.compile(rf"(?:\s+(?:{rest}))?\s+(?:(?:{words})\b|(?:{hour}))", re.I)


def another_time(text: str, start: int, end: int) -> bool:
    """Whether an another-time word ("after", "before", ...) stands between ``start`` and
    ``end`` that sets something against another event: not one whose object is a time
    of day, which only says when in its day the same event was ("the network went down
    shortly after 7:10 a.m. on Saturday")."""
    for match in ANOTHER_TIME.finditer(text, start, end):
        if not _time_of_day().match(text, match.end()):
            return True
    return False


# A cue that is the object of such a word names the event another time is set against.
_REFERENCE_EVENT = re.compile(
    r"\b(?:after|before|following|ahead\s+of|prior\s+to)\s+(?:the|his|her|its|their|a|an)?"
    r"\s*(?:[\w'’-]+\s+){0,2}$",
    re.I,
)
# A cue that is the object of "for" names what something else is for: in "Rehearsals
# for the parade began in July" the date is the rehearsals'.
_PURPOSE = re.compile(
    r"\bfor\s+(?:the|his|her|its|their|this|that|next|last)?\s*(?:[\w'’-]+\s+){0,2}$", re.I
)
# What may stand between such a cue and a date that is still the cue's own ("for the
# parade on 3 September").
_ATTACHED = frozenset({"", "on", "in", "at", "of"})
# What a match of _REFERENCE_EVENT or _PURPOSE (a phrase ending at a cue) cannot hold:
# they are made of words, spaces, apostrophes and hyphens only.
_NOT_IN_PHRASE = re.compile(r"[^\w\s'’-]")
PHRASE_WINDOW = 80  # characters before a cue read first for such a phrase
# The start of a hit or a value, for bisecting lists of either kept in order of it.
_START = operator.attrgetter("start")
# What stands between a verb and its object's head: a determiner or a possessive, and
# a word or two ("announced the visit", "confirmed Kim's planned trip"). Not two cues
# side by side, which are one compound ("victory parade", "visited Russia"), nor a
# preposition ("arrived for the parade"), which begins a phrase of its own.
_DETERMINER = r"(?:the|a|an|his|her|its|their|this|that|these|those|[\w-]+['’]s)"
_HEAD_WORDS = (  # a word or two before a noun's head, none that opens a phrase
    r"(?:(?!(?:in|on|at|for|of|to|from|with|by|and|or|but|after|before|since|during"
    r"|when|that|which|who|as|than)\b)[\w'’-]+\s+){0,2}"
)
_OBJECT_GAP = re.compile(rf"\s+{_DETERMINER}\s+{_HEAD_WORDS}", re.I)
# What stands between an event's noun and the noun it is of: "of", maybe a
# determiner or a possessive, and a word or two ("construction of the first boat",
# "the opening of its new line").
_OF_GAP = re.compile(rf"\s+of\s+(?:{_DETERMINER}\s+)?{_HEAD_WORDS}", re.I)
_ASIDE = re.compile(r"\([^()]*\)")
_SINCE_BEFORE = re.compile(r"\bsince\s+$", re.I)
_FIRST = re.compile(r"\bfirst\b", re.I)
# What joins an anniversary to what it is of: "the 80th anniversary of the end of ...",
# "80 years since the end of ..." (whose quote ends with its "since", or "on from").
_ANNIVERSARY_OF = re.compile(
    r"(?:\s+of|(?<=since)|(?<=from))\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}$", re.I
)
_PLACED = re.compile(r"\b(?:in|at|to)\s+([A-Z][\w'’-]*)")
_COUNTRIES = frozenset(fold(n) for place, names in PLACES.items() for n in (place, *names))
PLACE_REACH = 4  # words either side of a value in which a place says where it happened
_NOT_PLACES = CALENDAR_NAMES | frozenset(word_list("not_places"))


_DIGIT = re.compile(r"[0-9]")
_IRREGULAR_PLURALS = frozenset(word_list("irregular_plurals"))
_PEOPLE_WORDS = frozenset(word_list("people_words"))
_PEOPLE_UNITS = frozenset(word_list("people_units"))
# A year, or a season across two ("2024-25"), as a period's name is written.
_YEAR = re.compile(r"[12][0-9]{3}(?:[-–][0-9]{2}(?:[0-9]{2})?)?")
# Words that open a noun phrase (one list for the rules that read it).
_DETERMINERS = frozenset(word_list("determiners"))
_YEAR_QUALIFIER_BEFORE = _DETERMINERS
_PERIOD_FOR = frozenset(word_list("period_for"))
_WORD_BEFORE = re.compile(r"([\w'’-]+)[ \t\u00a0]+$")
_WORD_REACH = 40  # characters before a year read for the word before it
_NOUN_AFTER = re.compile(r"[ \t\u00a0]+[A-Za-z]")

NO_CUES = "no fact's cues stand near it"
_NO_CUES = NO_CUES
_NOBODY: frozenset[str] = frozenset()
_NO_FACTS: frozenset[str] = frozenset()
# Vetoes of a cue that say nothing of its facts, only that the cue cannot tell: it is
# too far, across a quotation, or the value's own words. The others say the value is
# of another event than the cue's facts ("returned on Monday after the evacuation").
_SAY_NOTHING_OF_FACTS = frozenset(
    {"max-distance", "same-quotation", "own-words", "name-cue-own-kind"}
)


@dataclass(frozen=True, slots=True)
class Binding:
    value: Value
    fact: str | None
    reason: str = ""
    at: DateRange | None = None  # when an anniversary is marked, if the sentence says


class _PerFact(Generic[_Derived]):
    """What ``derive`` makes of a fact (None: nothing), by the fact's id, each
    worked out the first time it is asked for and kept."""

    def __init__(
        self, facts: Mapping[str, Fact], derive: Callable[[Fact], _Derived | None]
    ) -> None:
        self._facts = facts
        self._derive = derive
        self._known: dict[str, _Derived | None] = {}

    def get(self, fid: str) -> _Derived | None:
        if fid in self._known:
            return self._known[fid]
        fact = self._facts.get(fid)
        found = self._known[fid] = None if fact is None else self._derive(fact)
        return found


@dataclass(frozen=True, slots=True)
class _Option:
    cost: int
    fact: str
    specific: bool
    subject: bool = False  # the fact is about the entity the value is said of


class Binder:
    """Binds values to a desk's facts; built once per fact base."""

    def __init__(
        self,
        facts: Mapping[str, Fact],
        people: Mapping[str, frozenset[str]] | None = None,
        about: Mapping[str, frozenset[str]] | None = None,
        without: Collection[str] | None = None,
    ) -> None:
        """``people``: the people each fact's label names (``subjects.label_people``);
        ``about``: the entities each fact is about (``subjects.about_of``);
        ``without``: the rules of binding_rules.py left out (by default those
        ``binding_rules.without`` turns off around the call)."""
        self.without = switched_off() if without is None else checked(without)
        self.facts = dict(facts)  # a plain dict: Mapping.get is slow on the hot path
        self.people = dict(people or {})
        self.about = dict(about or {})
        self.subject_ids = frozenset(i for ids in self.about.values() for i in ids)
        self.persons = persons(facts)
        # The subjects a surname alone may name: the people among them.
        self.subject_people = self.subject_ids & self.persons
        self._said_once: dict[tuple[str, ...], tuple[str, ...]] = {}
        self._holders: dict[str, list[tuple[str, Role]]] | None = None
        # Each worked out for a fact when binding first weighs it: an article weighs
        # a few dozen of a desk's thousands of facts, and reading every label up
        # front was a third of building an Extractor for one edited article.
        self.places = _PerFact(facts, lambda fact: _places(fact.label))
        # The countries a fact is about, as its label and its cues (as editors wrote
        # them: "travel to china") name them.
        self.countries = _PerFact(
            facts, lambda fact: places_named(" | ".join([fact.label, *fact.cues])) or None
        )
        # Plural cues ("trips"), kept for the date facts of a single day.
        self.plural_cues = _PerFact(
            facts,
            lambda fact: (
                plural_cues(fact)
                if isinstance(fact, DateFact) and fact.value.start == fact.value.end
                else None
            ),
        )

    # The fact base indexed for the after-rules, each built when one first asks: on an
    # archive's desk of 100,000 facts, once per fact base, not once per value.
    @functools.cached_property
    def _by_value(self) -> ValueIndex:
        """The facts by value (unique-value, said-on-the-day)."""
        return ValueIndex(self.facts)

    @functools.cached_property
    def _by_unit(self) -> dict[str, tuple[str, ...]]:
        """The counts and amounts by their one-word unit (unit-names-the-fact)."""
        return _facts_by_unit(self.facts)

    @functools.cached_property
    def _by_measure(self) -> dict[str, tuple[str, ...]]:
        """The measured facts by their unit of measure's pint name (unit-names-the-fact)."""
        return _facts_by_measure(self.facts)

    @functools.cached_property
    def _alike(self) -> dict[_Measure, tuple[str, ...]]:
        """The number facts by measure: type, unit and subject (change-from)."""
        alike: dict[_Measure, list[str]] = {}
        for fid, fact in self.facts.items():
            if isinstance(fact, QuantityFact):
                alike.setdefault(_measure(fact), []).append(fid)
        return {key: tuple(ids) for key, ids in alike.items()}

    @functools.cached_property
    def first_cues(self) -> frozenset[str]:
        """Cues that name a first ("first visit"): worked out when a date first asks,
        since reading every fact's cues was a tenth of extracting one edited article
        in a 10k desk."""
        return frozenset(
            folded
            for fact in self.facts.values()
            for c in fact.cues
            if _says_first(folded := fold(c))
        )

    @functools.cached_property
    def firsts(self) -> frozenset[str]:
        """The facts that are firsts: a label that says so outside its asides in
        brackets ("Kim's first summit")."""
        return frozenset(
            fid
            for fid, fact in self.facts.items()
            if _says_first(fold(_ASIDE.sub(" ", fact.label)))
        )

    def bind(
        self,
        values: list[Value],
        hits: list[Hit],
        segments: Segments,
        reference: date,
        cues: list[Hit],
        subjects: Subjects | None,
        trace: Trace | None = None,
        fits: Fits | None = None,
        slips: Slips | None = None,
    ) -> list[Binding]:
        """Each value bound to a fact, or why not; ``hits`` in the lexicon's order (by
        start, longest first), ``cues`` what ``self.cue_hits`` makes of them and
        ``subjects`` what ``self.subjects`` makes of the text (read once by the caller,
        for values and places). ``trace``, when given, is filled with what each
        value's binding weighed (binding_rules.py names each rule). ``fits``, when
        given, says whether a value agrees with a fact, for the rules that bind by
        value (byvalue.py); without it they do not fire."""
        off = self.without
        text = segments.text
        if "compound-count" in off:
            values = [value for value in values if not value.compound]  # as before the rule
        if trace is not None:
            trace.spans = [(value.start, value.end, value.kind) for value in values]
        places_text = _without_nationalities(text, hits)
        reserved = (
            {} if "reserved-cue" in off else _reserved(values, cues, text, self.facts, reference)
        )
        # Every value each (cue, fact) could describe, nearest first (one in the cue's
        # own clause before any other).
        # Keyed by (cue, fact, kind): a person's name goes to the nearest span of each
        # registered kind ("Garside, the 57-year-old who has run Halvard for seven
        # years": the age and the tenure); any other cue's kind is "".
        claimants: dict[tuple[int, str, str], list[tuple[tuple[bool, int], int]]] = {}
        name_per_kind = "name-per-kind" not in off
        by_sentence: dict[int, list[int]] = {}
        for v, value in enumerate(values):
            by_sentence.setdefault(segments.sentence_index(value.core[0]), []).append(v)
        objects = (
            frozenset() if "object-of-another-cue" in off else _objects_of_other_cues(cues, text)
        )
        complements = (
            frozenset() if "of-another-cue" in off else _objects_of_other_cues(cues, text, _OF_GAP)
        )
        check_subject = "about-subject" not in off
        check_complement = "cue-names-the-subject" not in off
        said_of = (
            ValueSubjects(text, hits, self.subject_ids, self.subject_people)
            if self.subject_ids and (check_subject or "subject-first" not in off)
            else None
        )
        subject_of: dict[int, frozenset[str]] = {}
        check_names = "name-cue-own-kind" not in off
        check_who = "who-clause-object" not in off
        check_quotation = "same-quotation" not in off
        check_another_time = "another-time" not in off
        check_reference_event = "reference-event" not in off
        check_purpose = "purpose" not in off
        check_reported = "reported-clause" not in off
        check_topic = "topic-of-another-cue" not in off
        check_someone_else = "someone-else" not in off
        check_max_distance = "max-distance" not in off
        own_clause_first = "own-clause-first" not in off
        plain_rank = own_clause_first and not ({"distance", "cue-after"} & off)
        # The facts a rule has said each value is not of, as the words near it put
        # them ("Kofi Mensah's debut" is no date of Okonkwo's debut): unique-value
        # binds a value to none of them, whatever its value.
        vetoed: dict[int, set[str]] | None = (
            {} if fits is not None and "unique-value" not in off else None
        )
        # After the cues, those inside a longer cue (rule inner-cue-of-another-type):
        # they speak only when no cue around them could take the value ("found on" is
        # the cue of a find spot, so in "found on March 4" the date is the finding's).
        first_shadow = len(cues)
        shadows = shadowed_cues(hits, off)
        cues = cues + [shadow.hit for shadow in shadows]
        own = len(cues)
        # People's names, after the cues: they tie only the spans of registered kinds
        # (an age, a tenure) to the person, and take part in no rule between cues.
        cues = cues + [h for h in hits if Category.HOLDER in h.categories]
        named_facts = "facts-of-the-named" not in off
        for c, hit in enumerate(cues):
            entry = hit.of(Category.CUE) if c < own else hit.of(Category.HOLDER)
            assert entry is not None
            fact_ids = (
                entry.ids
                if c < own or named_facts
                else tuple(i for i in entry.ids if i in self.persons)
            )
            if c >= own:
                fact_ids = self._once(fact_ids)
            near = by_sentence.get(segments.sentence_index(hit.start), ())
            # "Putin arrived": an arrival, but not the one of a fact about Kim.
            who = subjects.before(hit.start) if subjects is not None and near else frozenset()
            cue_span = (hit.start, hit.end)
            for v in near:
                value = values[v]
                # How far the cue is from the value, or the rule that vetoes the pair.
                measured: tuple[bool, int] | str
                # A cue inside a longer one says nothing of what the value is not.
                shadow = first_shadow <= c < own
                if shadow and any(
                    self._takes(around, value, reference, off)
                    for around in shadows[c - first_shadow].around
                ):
                    measured = "inside-longer-cue"
                elif check_names and c >= own and value.kind in OWN_KINDS:
                    measured = "name-cue-own-kind"  # a name is no cue of a date or a number
                elif check_who and c >= own and _inside_who_clause(text, hit, value, segments):
                    # "Marwick, who succeeded Arthur Penhallow in 2019 and has led the
                    # company for seven years": Penhallow is what Marwick did
                    measured = "who-clause-object"
                elif check_quotation and segments.quotation(value.core[0]) != segments.quotation(
                    hit.start
                ):
                    measured = "same-quotation"
                else:
                    measured = _cost(value, hit, segments, off)
                    if isinstance(measured, str):
                        pass  # own-words or later-clause
                    elif check_max_distance and measured[1] > MAX_COST:
                        measured = "max-distance"
                    elif check_another_time and another_time(text, *_between(value.core, hit)):
                        measured = "another-time"  # "returned on Friday after a four-day trip"
                    elif c in objects and value.core[0] >= hit.end and value.kind in DATED_KINDS:
                        # "China announced the visit on Thursday": the announcing was on
                        # Thursday, whatever the visit's date.
                        measured = "object-of-another-cue"
                    elif (
                        c in complements
                        and value.core[0] >= hit.end
                        and self._takes(cues[c - 1], value, reference, off)
                    ):
                        # "Construction of the first boat will begin in September
                        # 2026": the construction begins then, not the boat's delivery.
                        measured = "of-another-cue"
                    elif (
                        check_reference_event
                        and measured[0]
                        and _is_reference_event(text, hit.start)
                    ):
                        # "met Putin on Wednesday, after the parade, and Xi on Thursday":
                        # the parade is what another time is set against, in a clause of
                        # its own.
                        measured = "reference-event"
                    elif (
                        check_purpose
                        and value.kind == "date"
                        and _for_something_else(value, hit, text)
                    ):
                        measured = "purpose"
                    elif check_reported and _in_report_of_frame(text, hit, value):
                        # "said after the finish that teams had warned organisers
                        # about the road in March": the finish is when it was said
                        measured = "reported-clause"
                    elif (
                        check_topic
                        and c < own
                        and value.kind == "date"
                        and _topic_of_another_cue(value, hit, cues[:first_shadow], text)
                    ):
                        # "a public hearing on the restart request ... on March 18":
                        # the date is the hearing's, the restart what it is about
                        measured = "topic-of-another-cue"
                if isinstance(measured, str):
                    if trace is not None:
                        trace.add(v, Considered(cue_span, hit.key, None, measured))
                    if vetoed is not None and not shadow and measured not in _SAY_NOTHING_OF_FACTS:
                        vetoed.setdefault(v, set()).update(fact_ids)
                    continue
                # The cue is what a number counts when it follows it in its clause,
                # a couple of words on at most ("26 heads of state").
                adjacent = (
                    hit.start >= value.end
                    and not measured[0]
                    and segments.words_between(value.end, hit.start) <= 2
                ) or _counted_by_of(text, hit, value)
                # How near the cue is, to rank the values it could describe: its cost
                # as the weight rules on price it, and first whether it is in the
                # value's clause (measured as is when every such rule is on).
                rank = (
                    measured
                    if plain_rank
                    else (
                        measured[0] and own_clause_first,
                        sum(w for _, w in _weights(value, hit, measured[1], off)),
                    )
                )
                for fact_id in fact_ids:
                    veto: str | None = None
                    if reserved.get((c, fact_id), v) != v:
                        veto = "reserved-cue"
                    elif check_someone_else and self.someone_else(who, fact_id):
                        veto = "someone-else"
                    else:
                        if fact_id in self.about and said_of is not None:
                            if v not in subject_of:
                                # only a subject its own clause names rules a fact out
                                # or ranks it first (ValueSubjects.firmly)
                                subject_of[v] = said_of.firmly(value.start, value.end, segments)
                            if (
                                check_subject
                                and self._about_another(fact_id, subject_of[v])
                                and not (
                                    check_complement
                                    and hit.start >= value.end
                                    and said_of.after_cue(hit.end) & self.about[fact_id]
                                )
                            ):
                                veto = "about-subject"  # "Ethiopia won 4": not Kenya's golds
                        if veto is None:
                            fact = self.facts.get(fact_id)
                            veto = (
                                "fact-type"
                                if fact is None
                                else self._vetoed_by(
                                    value, fact, hit, segments, places_text, reference, adjacent
                                )
                            )
                    if trace is not None:
                        trace.add(
                            v,
                            Considered(
                                cue_span,
                                hit.key,
                                fact_id,
                                veto,
                                _weights(value, hit, measured[1], off) if veto is None else (),
                                measured[0],
                            ),
                        )
                    if veto is not None:
                        if vetoed is not None and not shadow and veto != "fact-type":
                            vetoed.setdefault(v, set()).add(fact_id)
                        continue
                    per_kind = value.kind if c >= own and name_per_kind else ""
                    claimants.setdefault((c, fact_id, per_kind), []).append((rank, v))
        if shadows:
            # inner-cue-of-another-type: such a cue speaks only for a value no other cue
            # speaks of.
            spoken = {
                v
                for key, found in claimants.items()
                if not first_shadow <= key[0] < own
                for _, v in found
            }
            for key in [key for key in claimants if first_shadow <= key[0] < own]:
                unspoken = [(r, v) for r, v in claimants[key] if v not in spoken]
                if trace is not None:
                    given_way = [v for _, v in claimants[key] if v in spoken]
                    _trace_given_way(trace, cues[key[0]], key[1], given_way)
                if unspoken:
                    claimants[key] = unspoken
                else:
                    del claimants[key]
        for found in claimants.values():
            found.sort()
        # Each (cue, fact) goes to its nearest claimant. A claimant bound to another
        # fact by a nearer cue does not need it, and passes it on: in "came to power
        # in December 2011 after the death of Kim Jong Il on 17 December 2011",
        # "death" goes to the second date once the first is bound by "came to power".
        passed: dict[tuple[int, str, str], int] = {}
        bindings: list[Binding] = []
        decided: list[tuple[Binding, str]] = []
        years_said = None if "year-said" in off else self._years_said(values, segments)
        margin = 1 if "margin" in off else MARGIN
        for _ in range(1 if "pass-on" in off else 3):
            options: dict[int, list[_Option]] = {}
            for key, found in claimants.items():
                start = passed.get(key, 0)
                if start >= len(found):
                    continue
                nearest = found[start][0]
                entry = cues[key[0]].of(Category.CUE if key[0] < own else Category.HOLDER)
                assert entry is not None
                for measured_rank, v in found[start:]:
                    if measured_rank != nearest:
                        break
                    options.setdefault(v, []).append(
                        _Option(
                            measured_rank[1],
                            key[1],
                            len(entry.ids) == 1,
                            bool(subject_of.get(v, _NOBODY) & self.about.get(key[1], _NOBODY)),
                        )
                    )
            decided = [
                _decide(value, options.get(v, []), off, margin, fits, slips, years_said)
                for v, value in enumerate(values)
            ]
            bindings = [binding for binding, _ in decided]
            if trace is not None:
                trace.decided_among = {
                    v: [(o.fact, o.cost) for o in found_options]
                    for v, found_options in options.items()
                }
            moved = False
            for key, found in claimants.items():
                start = passed.get(key, 0)
                if start < len(found) - 1:
                    owner, how = decided[found[start][1]]
                    # A value bound by its value (value-fits) keeps the cues that
                    # stood near it: they describe it, its value only chose among
                    # their facts ("two doses": no cue of doses for a later figure).
                    if owner.fact is not None and owner.fact != key[1] and how != "value-fits":
                        passed[key] = start + 1
                        moved = True
            if not moved:
                break
        if trace is not None:
            trace.decided_by = {v: rule for v, (_, rule) in enumerate(decided)}
        steps: list[tuple[str, Callable[[list[Binding]], list[Binding]]]] = [
            ("when-clause", lambda found: self._follow_when(found, segments, reference)),
            ("same-day", self._same_day),
            ("anniversary-time", lambda found: self._anniversary_times(found, segments)),
            ("the-one-named-before", lambda found: self._named_before(found, hits, segments)),
            (
                "title-of-the-one",
                lambda found: self._title_of_the_one(found, hits, segments, reference),
            ),
            ("the-age-s-person", lambda found: self._age_s_person(found, hits, segments)),
        ]
        steps.append(("change-from", lambda found: self._change_from(found, segments)))
        steps.append(("change-to", lambda found: self._change_to(found, segments)))
        steps.append(
            ("since-before-its-event", lambda found: self._since_unbound(found, segments.text))
        )
        steps.append(
            (
                "unit-names-the-fact",
                lambda found: self._unit_names_the_fact(
                    found, segments, said_of, vetoed or {}, fits
                ),
            )
        )
        if fits is not None:
            steps.append(
                ("said-on-the-day", lambda found: self._said_on_the_day(found, segments, fits))
            )
            steps.append(
                (
                    "unique-value",
                    lambda found: self._unique_value(found, segments, fits, said_of, vetoed or {}),
                )
            )
            steps.append(
                (
                    "stated-already",
                    lambda found: _stated_already(found, segments, fits, self.facts),
                )
            )
        for rule, step in steps:
            if rule in off:
                continue
            before = bindings
            bindings = step(bindings)
            if trace is not None:
                for v, (old, new) in enumerate(zip(before, bindings, strict=True)):
                    if old is not new:
                        trace.decided_by[v] = rule
        if trace is not None:
            trace.outcome = {
                v: (binding.fact, binding.reason if binding.at is None else f"marked {binding.at}")
                for v, binding in enumerate(bindings)
            }
        own_cues, facts = cues[:first_shadow], self.facts
        drops: list[tuple[str, Callable[[list[Binding]], list[Binding]]]] = [
            ("compound-count", lambda found: _drop_compounds(found, facts)),
            ("drop-qualifiers", lambda found: _drop_qualifiers(found, own_cues, segments, facts)),
            ("names-the-period", lambda found: _drop_periods(found, text, facts)),
            ("checked-inside", lambda found: _drop_checked_inside(found, self.people)),
        ]
        if fits is not None:
            fitting = fits
            drops.append(
                ("period-of-a-figure", lambda found: _drop_figure_periods(found, segments, fitting))
            )
        kept = bindings
        for rule, drop in drops:
            if rule in off:
                continue
            before = kept
            kept = drop(before)
            if trace is not None and len(kept) != len(before):
                left = {id(binding) for binding in kept}
                index = {id(binding): v for v, binding in enumerate(bindings)}
                for binding in before:
                    if id(binding) not in left:
                        trace.decided_by[index[id(binding)]] = rule
        return kept

    def cue_hits(self, hits: list[Hit], text: str) -> list[Hit]:
        """``cue_hits(hits, text)``, leaving out the cue rules this binder is without."""
        return cue_hits(hits, self.without, text)

    def _same_day(self, bindings: list[Binding]) -> list[Binding]:
        """A day named again: "a parade ... today" then "On Wednesday he will find
        himself among leaders", in an article of that Wednesday.

        A relative date with no cue of its own that names exactly the day of a date
        bound elsewhere in the article, to a fact of that very day, is taken for the
        same day. When the day is another's, or two facts share it, it stays unbound;
        so this never decides a verdict, it only files the claim under its fact.
        """
        days: dict[DateRange, set[str]] = {}
        for binding in bindings:
            value = binding.value
            fact = self.facts.get(binding.fact or "")
            if (
                value.kind == "date"
                and value.readings
                and isinstance(fact, DateFact)
                and fact.value == value.readings[0]
            ):
                days.setdefault(fact.value, set()).add(fact.id)
        out = list(bindings)
        for i, binding in enumerate(bindings):
            value = binding.value
            if binding.fact is not None or not value.relative or value.anaphoric:
                continue
            if binding.reason != _NO_CUES or not value.readings:
                continue
            same = days.get(value.readings[0], set())
            if len(same) == 1:
                out[i] = Binding(value, next(iter(same)))
        return out

    def _takes(self, cue: Hit, value: Value, reference: date, off: frozenset[str]) -> bool:
        """Whether a cue speaks of a fact a value of its kind can be bound to, as the
        rule fact-type says ("the third edition of the Cup ended on Sunday": an
        edition is counted, so Sunday is the Cup's)."""
        entry = cue.of(Category.CUE)
        return entry is not None and any(
            (fact := self.facts.get(fid)) is not None
            and _incompatible(value, fact, cue, reference, False, off) != "fact-type"
            for fid in entry.ids
        )

    def _title_of_the_one(
        self, bindings: list[Binding], hits: list[Hit], segments: Segments, reference: date
    ) -> list[Binding]:
        """The rule ``title-of-the-one``: "the 59-year-old defence minister", with no
        cue near it, is the age of the one person of the desk who holds the title it
        names (any of its written forms) when a bare title speaks of: the article's
        date, or each date its sentence writes out (roles.moments). Bound to that
        person's own fact when the span's kind binds it. A title two people hold
        then, or one after "a", names no one."""
        text = segments.text
        out = list(bindings)
        titles = [hit for hit in hits if Category.TITLE in hit.categories]
        if not titles:
            return out
        for i, value in _referring_back(bindings, text, _THE_BEFORE):
            title = next(
                (
                    hit
                    for hit in titles
                    if hit.start > value.end
                    and _NOUN_PHRASE_GAP.fullmatch(text, value.end, hit.start)
                ),
                None,
            )
            kind = registry.find(value.kind)
            if title is None or kind is None:
                continue
            sentence = segments.sentence_index(value.start)
            times = [
                reading
                for other in bindings
                if other.value.kind == "date"
                and segments.sentence_index(other.value.start) == sentence
                for reading in other.value.readings
            ]
            roles = self._title_holders().get(title.key, ())
            holders = {
                fid
                for day in moments(times, reference)
                for fid, role in roles
                if held_on(role, day)
            }
            if len(holders) != 1:
                continue
            person = self.facts[holders.pop()]
            if kind.binds(person, Found(value.start, value.end, value.counted)):
                out[i] = Binding(value, person.id)
        return out

    def _title_holders(self) -> dict[str, list[tuple[str, Role]]]:
        """Each title's written forms, folded, and the people's roles of that title:
        worked out once, the first time a span names a title."""
        if self._holders is None:
            holders: dict[str, list[tuple[str, Role]]] = {}
            for fid in sorted(self.persons):
                fact = self.facts[fid]
                assert isinstance(fact, EntityFact)
                for role in fact.roles:
                    for title in role.titles:
                        holders.setdefault(fold(title), []).append((fid, role))
            self._holders = holders
        return self._holders

    def _once(self, ids: tuple[str, ...]) -> tuple[str, ...]:
        """A person's facts a name ties (``Category.HOLDER``), without those that say
        only what their own fact says (rule ``said-once``; all of them when it is off)."""
        if "said-once" in self.without:
            return ids
        found = self._said_once.get(ids)
        if found is None:
            kinds = registry.current().finders
            people = [self.facts[i] for i in ids if i in self.persons and i in self.facts]
            found = tuple(
                i
                for i in ids
                if i in self.persons
                or not any(
                    kind.repeats(self.facts[i], person) for kind in kinds for person in people
                )
            )
            self._said_once[ids] = found
        return found

    def _named_before(
        self, bindings: list[Binding], hits: list[Hit], segments: Segments
    ) -> list[Binding]:
        """The rule ``the-one-named-before``: "Helena Marwick said ... . 'Customers
        asked us,' the 58-year-old said": a span of a registered kind that refers back
        ("the" right before it), with no person named before it in its sentence or
        after it in its clause ("the 27-year-old striker Kofi Mensah"), is of the one
        person the nearest sentence naming anyone names (the sentence before,
        or the one before that when the sentence between names nobody: "Derek Hollins
        keeps a calendar. Fourteen months are crossed off. The 72-year-old ..."), if
        their names tie such spans (``Category.HOLDER``): bound to the one fact of
        theirs the span's kind binds. A person named in a later clause does not stand
        between it and whom it refers to ("The 46-year-old takes over on December 1,
        when Lindqvist steps down"). When that sentence names several people, the one
        named first, its subject, is whom it refers to (rule ``subject-referred-to``)."""
        text = segments.text
        out = list(bindings)
        by_sentence: dict[int, list[Hit]] | None = None  # the hits, once one asks
        pronoun_subject = "pronoun-subject" not in self.without
        referring = (
            (i, value)
            for i, value in _referring_back(bindings, text)
            if _REFERS_BACK.search(text, max(0, value.start - 8), value.start)
            or (pronoun_subject and _opens_with_pronoun(segments, value.start))
        )
        for i, value in referring:
            own = segments.sentence_index(value.start)
            if by_sentence is None:
                by_sentence = {}
                for hit in hits:
                    by_sentence.setdefault(segments.sentence_index(hit.start), []).append(hit)
            if own == 0 or any(
                (hit.start < value.start or self._named_beside(value, hit, segments))
                and self._people_named(hit)
                for hit in by_sentence.get(own, ())
            ):
                continue
            named: set[str] = set()
            holders: set[tuple[str, ...]] = set()
            before = own
            for _ in range(_REFERS_BACK_SENTENCES):
                before -= 1  # past blank lines between paragraphs
                while before > 0 and not _sentence_text(segments, before).strip():
                    before -= 1
                named, holders = self._referred_to(by_sentence.get(before, ()), text)
                if named or before == 0:
                    break
            kind = registry.find(value.kind)
            if len(named) > 1 or len(holders) != 1 or kind is None:
                continue
            found = Found(value.start, value.end, value.counted)
            facts = [
                fid
                for fid in next(iter(holders))
                if (fact := self.facts.get(fid)) is not None and kind.binds(fact, found)
            ]
            if len(facts) == 1:
                out[i] = Binding(value, facts[0])
        return out

    @staticmethod
    def _named_beside(value: Value, hit: Hit, segments: Segments) -> bool:
        """Whether a name after a span that refers back names its person: in its clause
        and a few words on at most, as a noun phrase names ("the 27-year-old striker
        Kofi Mensah"); further on, it is someone the person acts on ("The 28-year-old
        pulled away from Ethiopia's Haftom Desta")."""
        return (
            not segments.boundary_cost(value.end, hit.start)
            and segments.words_between(value.end, hit.start) <= _APPOSITION_WORDS
        )

    def _referred_to(self, said: Sequence[Hit], text: str) -> tuple[set[str], set[tuple[str, ...]]]:
        """Whom a sentence's hits ``said`` name, for a span that refers back to it: the
        people, and the ids their names hold. When it names several, the one named
        first, its subject, unless a list joins it to the next (rule
        ``subject-referred-to``): "Tomás Arregi won the race, 48 seconds ahead of
        Belgium's Pieter Vandaele. The 26-year-old ..." is Arregi; "Renn and Vance
        arrived. The 34-year-old ..." is neither."""
        named = {i for hit in said for i in self._people_named(hit)}
        holders = {
            self._once(entry.ids) for hit in said if (entry := hit.of(Category.HOLDER)) is not None
        }
        if len(named) < 2 or "subject-referred-to" in self.without:
            return named, holders
        people = [hit for hit in said if self._people_named(hit)]
        first = people[0]
        second = next((hit for hit in people if hit.start >= first.end), None)
        if second is None or _NAMES_JOINED.fullmatch(text, first.end, second.start):
            return named, holders
        entry = first.of(Category.HOLDER)
        return set(self._people_named(first)), (
            {self._once(entry.ids)} if entry is not None else set()
        )

    def _age_s_person(
        self, bindings: list[Binding], hits: list[Hit], segments: Segments
    ) -> list[Binding]:
        """The rule ``the-age-s-person``: "The 58-year-old has led Cordal since 2019",
        "the 59-year-old superintendent, who has run Alder Creek Unified since July
        2025": a span of a registered kind no cue bound, in the sentence of an age
        bound to a person before it, and nobody named in the sentence before the span
        (the age is all that says who), is that person's:
        bound to the one fact of theirs the span's kind binds (the age refers back to
        someone, the-one-named-before or title-of-the-one says whom, and what follows
        it in its sentence is said of them)."""
        ages = [b for b in bindings if b.fact is not None and b.value.kind == "age"]
        if not ages:
            return bindings
        out = list(bindings)
        for i, binding in enumerate(bindings):
            value = binding.value
            if binding.fact is not None or binding.reason != _NO_CUES or value.kind == "age":
                continue
            kind = registry.find(value.kind)
            if kind is None or value.kind in OWN_KINDS:
                continue
            sentence = segments.sentence_index(value.start)
            before = [
                b
                for b in ages
                if b.value.end <= value.start and segments.sentence_index(b.value.start) == sentence
            ]
            if not before:
                continue
            age = before[-1]
            start = segments.sentence_at(value.start).start
            if any(start <= hit.start < value.start and self._people_named(hit) for hit in hits):
                # someone named between: theirs, perhaps; or named before the age,
                # whose name then binds it (name-per-kind: "Garside, the 57-year-old
                # who has run Halvard for seven years")
                continue
            fact = self.facts.get(age.fact or "")
            found = Found(value.start, value.end, value.counted)
            if fact is not None and kind.binds(fact, found):
                out[i] = Binding(value, fact.id)
        return out

    def _people_named(self, hit: Hit) -> set[str]:
        """The people of the desk a name hit names: none for a name that is no
        person's ("Living", a word of the company "Moorgate Living")."""
        if not hit.categories & _PEOPLE_NAMED:
            return set()
        return {
            i
            for entry in hit.entries
            if entry.category in _PEOPLE_NAMED
            for i in entry.ids
            if i in self.persons
        }

    def _about_another(self, fact_id: str, subject: frozenset[str]) -> bool:
        """Whether ``fact_id`` is about other entities than ``subject``, the value's
        (empty: said of nobody the desk knows, which rules no fact out)."""
        about = self.about.get(fact_id)
        if not subject or about is None or subject & about:
            return False
        # A person rules out only another person's fact, a body another body's: people
        # act in bodies and events ("Arregi's reward was a winner's cheque for €61,000",
        # "Oyelaran ... collect the €102,000 first prize" of the tournament).
        return bool(subject & self.persons) == bool(about & self.persons)

    def _since_unbound(self, bindings: list[Binding], text: str) -> list[Binding]:
        """The rule ``since-before-its-event``: "the community agreement the council
        has been negotiating since 2024" says the talks began in 2024; the agreement,
        signed in 2026, began no state in 2024. A date opened by "since" that its cue
        bound to an event more than a year after it is left unbound, with the reason.
        The value keeps its cue (it was decided before this rule), so no other value
        of the sentence takes a cue the "since" phrase describes."""
        out = list(bindings)
        for i, binding in enumerate(bindings):
            fact = self.facts.get(binding.fact or "")
            if isinstance(fact, DateFact) and _since_before_its_event(binding.value, fact, text):
                out[i] = Binding(
                    binding.value,
                    None,
                    f"it says since when something has lasted, and {fact_label(fact)}"
                    " came more than a year later: bind it by hand if it began it",
                )
        return out

    def _change_from(self, bindings: list[Binding], segments: Segments) -> list[Binding]:
        """The rule ``change-from``: "The backlog has fallen to 43,900, from 61,200 at
        the end of 2024", "profit climbed to £312 million in the year to March 1 from
        £286 million a year earlier": the figure after "from" is the same measure, at
        another time, as the figure after "to" before it, which its cue bound ("$52bn,
        up from $44.7bn" as well). No cue is left for it (its cue went to the nearer
        figure), so it is bound here: to that fact when the fact holds values over
        time (``series``), else to the one other fact of the same type and unit, about
        the same subject, that shares a cue with it and is no change (last year's
        profit beside this year's)."""
        text = segments.text
        out = list(bindings)
        for i, value in _unbound_figures(bindings):
            before = _glued_start(text, value.start)
            if "from" not in text[max(0, before - 6) : before].lower() or (
                _FROM.search(text, max(0, before - 6), before) is None
            ):
                continue
            partner = _changed_to(bindings, i, segments)
            if partner is None:
                continue
            fact = self._same_measure(partner)
            if fact is not None:
                out[i] = Binding(value, fact)
        return out

    def _change_to(self, bindings: list[Binding], segments: Segments) -> list[Binding]:
        """The rule ``change-to``: "on-time performance slipped from 94.7% in March to
        93.1% in April": the figure after "to" is the same measure, at a later time,
        as the figure after "from" before it, which its cue bound. No cue is left for
        it (its cue went to the nearer figure), so it is bound here, when that fact
        holds values over time (``series``): the time it is told at picks the point."""
        text = segments.text
        out = list(bindings)
        for i, value in _unbound_figures(bindings):
            came_from = _came_from(bindings, i, segments)
            if came_from is None or _THEN_AFTER.match(text, value.end):
                # "from 2.5% to 3.2% and then 4.8%": a point on the way, at no time told
                continue
            fact = self.facts.get(came_from)
            if isinstance(fact, QuantityFact) and fact.series:
                out[i] = Binding(value, came_from)
        return out

    def _same_measure(self, fid: str) -> str | None:
        """The fact a figure "from" which ``fid``'s figure changed is of: ``fid`` when
        it holds a series, else the one other fact like it (see ``_change_from``)."""
        fact = self.facts.get(fid)
        if not isinstance(fact, QuantityFact):
            return None
        if fact.series:
            return fid
        cues = {fold(cue) for cue in fact.cues}
        others = [
            other_id
            for other_id in self._alike.get(_measure(fact), ())
            if other_id != fid
            and cues & {fold(cue) for cue in self.facts[other_id].cues}
            # "the rise in turnout" is no turnout at another time
            and _CHANGE_LABEL.match(self.facts[other_id].label or "") is None
        ]
        return others[0] if len(others) == 1 else None

    def _unit_names_the_fact(
        self,
        bindings: list[Binding],
        segments: Segments,
        said_of: ValueSubjects | None,
        vetoed: Mapping[int, set[str]],
        fits: Fits | None,
    ) -> list[Binding]:
        """ "The district has 44,150 students" with no cue near: the count counts what
        one fact of the desk counts, its unit ("students"), so it is that fact's. Only
        a count no cue bound, the noun right after it, and a unit of exactly one fact
        (money and percentages aside); an ordinal that counts ("Kestrel's seventh
        plant") of a count fact, but not after "a" ("a fourth grounding" is one more,
        to come); never a fact a rule vetoed for the value, nor one about another
        entity than the value's subject. A compound's number ("the 96-turbine wind
        farm") binds to the one fact counting its noun whose value it agrees with. A
        measure ("10,312 megawatts") binds to the one fact in its unit of measure,
        unless it ends an uncertainty written with the unit once ("2.5 to 3.5
        metres")."""
        out = list(bindings)
        for i, binding in enumerate(bindings):
            value = binding.value
            if binding.fact is not None or binding.reason != _NO_CUES:
                continue
            if value.duration or not value.counted:
                continue
            if value.kind == "quantity":
                # "Demand peaked at 10,312 megawatts": the one fact measured in megawatts
                measure = unit_of(value.counted[0])
                if measure is None or measure.dimension == TIME:
                    continue
                if _second_end(segments.text, value.start):
                    continue  # "a surge of 2.5 to 3.5 metres": an uncertainty, not a value
                owners = self._by_measure.get(measure.name, ())
            elif value.kind not in _UNIT_COUNTS or _one_more(value, segments.text):
                continue  # "a fourth grounding", "seeking a third term": one more, to come
            else:
                owners = tuple(
                    fact_id
                    for fact_id in self._by_unit.get(singular(value.counted[0]), ())
                    if isinstance(self.facts[fact_id], _UNIT_COUNTS[value.kind])
                )
            if value.compound:
                # "a 12-vehicle convoy" describes the convoy: with no cue, only agreeing
                # with the fact says it is the fact's count (and picks it among several)
                owners = tuple(o for o in owners if fits is not None and fits(value, o))
            if len(owners) != 1 or owners[0] in vetoed.get(i, _NO_FACTS):
                continue
            if owners[0] in self.about and said_of is not None:
                subject = said_of.of(value.start, value.end, segments)
                if self._about_another(owners[0], subject):
                    continue  # "Lumen has 800 workers" is none of Veridian's counts
            out[i] = Binding(value, owners[0])
        return out

    def _unique_value(
        self,
        bindings: list[Binding],
        segments: Segments,
        fits: Fits,
        said_of: ValueSubjects | None,
        vetoed: Mapping[int, set[str]],
    ) -> list[Binding]:
        """ "Revenue came to $44.7 billion" with no cue near: the desk's one fact whose
        value that is. A value no cue binds (not one whose cues name several facts:
        value-fits weighs those), specific enough (``byvalue.specific``), that agrees
        with exactly one fact of its type is bound to it; never to a fact it
        contradicts, nor to one about another entity than the value's subject, nor to
        a count of something other than the words after it count, nor to a fact a
        rule vetoed for the value (``vetoed``, by the value's index)."""
        out = list(bindings)
        text = segments.text
        for i, binding in enumerate(bindings):
            value = binding.value
            if binding.fact is not None or binding.reason != _NO_CUES:
                continue
            if not specific(value, text):
                continue  # a date, number, percentage or measure, specific enough
            subject = (
                said_of.of(value.start, value.end, segments) if said_of is not None else _NOBODY
            )
            fitting = []
            not_of = vetoed.get(i, _NO_FACTS)
            for fact_id in self._by_value.candidates(value):
                if fact_id in not_of:
                    continue  # a rule said the value is not this fact's
                fact = self.facts[fact_id]
                if (
                    value.kind == "number"
                    and isinstance(fact, QuantityFact)
                    and not _counts(value, fact)
                ):
                    continue  # "412,300 cars" is no count of homes
                if self._about_another(fact_id, subject):
                    continue  # "Lumen made $44.7 billion" is none of Veridian's figures
                if fits(value, fact_id):
                    fitting.append(fact_id)
                    if len(fitting) > 1:
                        break
            if len(fitting) == 1:
                out[i] = Binding(value, fitting[0])
        return out

    def _said_on_the_day(
        self, bindings: list[Binding], segments: Segments, fits: Fits
    ) -> list[Binding]:
        """The rule ``said-on-the-day``: "Halcyra Airways said on Thursday it carried a
        record 14.28 million passengers": the day after the reporting verb is when
        the airline said so, and no cue of the sentence speaks of it (the verb is no
        cue, and the cues after it are the figures'). A day named against the
        article's date is too common a value for ``unique-value``; here the verb
        narrows it to the days things were made known, so it is bound to the one
        date fact of an announcement it agrees with, and to none when there are
        several or none. It never binds a day it contradicts, so it decides no
        verdict: it files the claim under its fact."""
        text = segments.text
        out = list(bindings)
        for i, binding in enumerate(bindings):
            value = binding.value
            if (
                binding.fact is not None
                or binding.reason != _NO_CUES
                or value.kind != "date"
                or value.anaphoric
                or not value.readings
                or any(r.precision is not Precision.DAY for r in value.readings)
                or _SAID_BEFORE.search(text, max(0, value.start - 24), value.start) is None
            ):
                continue
            fitting = [
                fact_id
                for fact_id in self._by_value.candidates(value)
                if fact_id in self._announcements and fits(value, fact_id)
            ]
            if len(fitting) == 1:
                out[i] = Binding(value, fitting[0])
        return out

    @functools.cached_property
    def _announcements(self) -> frozenset[str]:
        """The date facts of a day something was made known: their label or cues hold
        a word of data/binding/announcement_words.txt."""
        return frozenset(
            fact.id
            for fact in self.facts.values()
            if isinstance(fact, DateFact)
            and _ANNOUNCING.search(" ".join((fact.label, *fact.cues))) is not None
        )

    def _anniversary_times(self, bindings: list[Binding], segments: Segments) -> list[Binding]:
        """ "the 80th anniversary of the Workers' Party that will be held this October":
        the anniversary is marked in October; the claim says so in ``at``."""
        out = list(bindings)
        for i, binding in enumerate(bindings):
            value = binding.value
            fact = self.facts.get(binding.fact or "")
            if value.kind != "anniversary" or not isinstance(fact, DateFact):
                continue
            sentence = segments.sentence_at(value.start)
            for later in bindings[i + 1 :]:
                date_value = later.value
                if date_value.start >= sentence.end or segments.boundary_cost(
                    value.end, date_value.start
                ):
                    break
                if date_value.kind != "date" or not date_value.readings:
                    continue
                if segments.words_between(value.end, date_value.start) > MAX_COST:
                    break
                reading = date_value.readings[0]
                if reading.start > fact.value.end:  # else it dates the event, not its anniversary
                    out[i] = Binding(value, binding.fact, binding.reason, reading)
                break
        return out

    def _years_said(self, values: list[Value], segments: Segments) -> _YearsSaid | None:
        """The years the dates of each value's clause fall in, for year-said; None
        when no value of the text is a date of one year."""
        dated = [
            (value, frozenset(years))
            for value in values
            if value.kind == "date"
            and not value.anaphoric
            and value.readings
            and len(years := {y for r in value.readings for y in (r.start.year, r.end.year)}) == 1
        ]
        if not dated:
            return None
        figures = sorted(v.start for v in values if v.kind not in DATED_KINDS)
        return _YearsSaid(dated, segments, self.facts, figures)

    def subjects(self, text: str, hits: list[Hit]) -> Subjects | None:
        """Who the sentences of ``text`` name before their cues; None when no fact's
        label names anyone."""
        return Subjects(text, hits, self.persons) if self.people else None

    def someone_else(self, who: frozenset[str], fact_id: str) -> bool:
        """Whether the people named before a cue (``Subjects.before``) are none of those
        the fact's label names: "Putin arrived" is no arrival of Kim's. A label that
        names nobody ("the parade") says nothing of whose event it is."""
        named = self.people.get(fact_id)
        return bool(who) and named is not None and not who & named

    def first_of_another(self, cue: Hit, fact_id: str) -> bool:
        """Whether ``cue`` names a first ("first visit") and the fact is no first."""
        # The cheap test first: most cues say nothing of a first, and then neither
        # set is worked out.
        return _says_first(cue.key) and cue.key in self.first_cues and fact_id not in self.firsts

    def _vetoed_by(
        self,
        value: Value,
        fact: Fact,
        cue: Hit,
        segments: Segments,
        places_text: str,
        reference: date,
        adjacent: bool,
    ) -> str | None:
        """The rule by which ``value`` cannot be about ``fact`` as ``cue`` describes
        it, if any. ``places_text``: the text with the countries of people's titles
        blanked."""
        off = self.without
        rule = _incompatible(value, fact, cue, reference, adjacent, off)
        if rule is not None:
            return rule
        if (
            "deadline-date" not in off
            and isinstance(fact, DateFact)
            and _GIVEN_UNTIL.search(segments.text, max(0, value.start - _UNTIL_REACH), value.start)
            and not _DEADLINE_LABEL.search(fact.label or "")
        ):
            # "Nordvik has until 5 p.m. on May 12 to make a firm offer": a deadline,
            # not the day of the bid the cue "offer" names
            return "deadline-date"
        if (
            "earlier-plan" not in off
            and isinstance(fact, DateFact)
            and value.kind == "date"
            and _told_as_an_earlier_plan(segments, value)
            and not _earlier_plan_fact(fact)
        ):
            # "Production was first due to begin in December 2026": a plan since
            # changed, not the date the fact holds now
            return "earlier-plan"
        if (
            "one-more" not in off
            and isinstance(fact, CountFact)
            and _one_more(value, segments.text)
        ):
            # "a second release could follow in 2027": one more release, to come, and
            # no count of the releases (or of the foxes released) so far.
            return "one-more"
        if "by-difference" not in off and _by_another_than_difference(value, fact, segments.text):
            # "beating Wielgocz to the title by 24 points": a margin, not his points
            return "by-difference"
        if "share-not-change" not in off and _share_not_change(value, fact, segments.text):
            return "share-not-change"  # "nearly a third of visitors": no rise in visitors
        if (
            not adjacent
            and "counts-no-money" not in off
            and _counts_no_money(value, fact, segments.text)
        ):
            # "Some 200 residents came to the budget hearing": residents, not dollars.
            return "counts-no-money"
        if "money-no-count" not in off and _money_no_count(value, fact, segments.text):
            return "money-no-count"  # "tickets priced from £45": no count of dates
        if (
            value.kind == "date"
            and self.first_of_another(cue, fact.id)
            and not _after_first_since(segments.text, value)
            and "first-of-another" not in off
        ):
            # "25-28 March 2018 -- Kim's first visit to China": a first visit, not the
            # last one before this year's, whatever that fact's cues say.
            return "first-of-another"
        if (
            isinstance(fact, DateFact)
            and value.kind == "date"
            and "another-instance" not in off
            and _another_instance(segments.text, cue, fact)
        ):
            # "a second release could follow in 2027": one more release, not the
            # release the fact dates
            return "another-instance"
        if (
            isinstance(fact, DateFact)
            and cue.key in (self.plural_cues.get(fact.id) or ())
            and "plural-cue" not in off
        ):
            # "his four earlier trips all came in 2018": trips are several events, and
            # a fact of one day is one of them at most.
            return "plural-cue"
        if (
            isinstance(fact, DateFact)
            and value.kind == "date"
            and _after_first_since(segments.text, value)
            and _near(fact, reference, RELATIVE_REACH_DAYS)
            and "first-since" not in off
        ):
            # "his first trip to China since January 2019": January 2019 is the trip
            # before, so not an event of the article's own days.
            return "first-since"
        if (
            value.kind == "date"
            and "adjective-cue" not in off
            and _describes_a_thing(segments.text, cue)
        ):
            # "will post the adopted plan online by Friday": Friday is the posting's.
            return "adjective-cue"
        if (
            value.kind == "date"
            and value.readings
            and "another-occurrence" not in off
            # a day ("Saturday's race") is when this occurrence was: an event recurs
            # by the year or the season, not within days
            and any(reading.precision is not Precision.DAY for reading in value.readings)
            and _POSSESSIVE.match(segments.text, value.end) is not None
            and (
                _POSSESSIVE_BEFORE_CUE.fullmatch(segments.text, value.end, cue.start) is None
                or not isinstance(fact, DateFact)
                or not any(reading.overlaps(fact.value) for reading in value.readings)
            )
        ):
            # "tickets for next year's ceremony would go on sale": the date says which
            # ceremony, another than this year's, and is no date of the sale either.
            return "another-occurrence"
        towns = self.places.get(fact.id)
        countries = self.countries.get(fact.id)
        if not (towns or countries):
            return None
        if off:
            towns = None if "event-town" in off else towns
            countries = None if "event-country" in off else countries
            if not (towns or countries):
                return None
        # Where the event is said may be by the value or by the cue: "24-26 April
        # 2019 — Kim's first trip to Russia", "his Russia trip". Only the word right
        # before a cue: further back stands its subject ("North Korea's Kim arrived").
        around = _around(segments, places_text, value.start, value.end)
        if not value.start <= cue.start < value.end:
            around += " | " + _around(segments, places_text, cue.start, cue.end, before=1)
        # A cue that is itself a name ("lent 68% of it to Quayside") places nothing.
        found = _places(around).difference(cue.key.split()) if towns else frozenset()
        if towns and found and not found & towns:
            return "event-town"
        # "has visited Russia three times" is no count of visits to China.
        if countries and (named := places_named(around)) and not named & countries:
            return "event-country"
        return None

    def _follow_when(
        self, bindings: list[Binding], segments: Segments, reference: date
    ) -> list[Binding]:
        """ "seven years ago, when he met Trump in Singapore in June 2018": one time."""
        text = segments.text
        out = list(bindings)
        for i, binding in enumerate(bindings):
            value = binding.value
            if binding.fact is not None or value.anaphoric or value.kind != "date":
                continue
            if not WHEN_CLAUSE.match(text, value.end):
                continue
            sentence = segments.sentence_at(value.start)
            for later in bindings[i + 1 :]:
                if later.value.start >= sentence.end:
                    break
                if later.value.kind == "date" and later.fact is not None:
                    fact = self.facts[later.fact]
                    if isinstance(fact, DateFact) and (
                        not value.relative or _within_reach(value, fact, reference)
                    ):
                        out[i] = Binding(value, later.fact)
                    break
        return out


def _reserved(
    values: list[Value], cues: list[Hit], text: str, facts: Mapping[str, Fact], reference: date
) -> dict[tuple[int, str], int]:
    """(cue, fact) pairs that belong to one value, whoever else stands near.

    - A cue inside a value's quote is that value's, for facts of its type:
      "anniversary" in "the 75th anniversary" speaks of no other date; "times" in
      "three times" of no other count. ("2023", a date that is itself a cue of a
      figure, still tells which figure "nearly 97%" is.)
    - What an anniversary is of is the anniversary's: in "the 75th anniversary of
      Japan's surrender in 2020", 2020 is when it was marked, not the surrender.
    """
    reserved: dict[tuple[int, str], int] = {}
    # Only cues starting inside a value or just after it can be reserved for it.
    starts = [cue.start for cue in cues]  # in order, as the lexicon's hits are
    cue_category = Category.CUE
    for v, value in enumerate(values):
        dated = value.kind in DATED_KINDS
        first = bisect.bisect_left(starts, value.start)
        last = bisect.bisect_right(starts, value.end + 60)
        for c in range(first, last):
            cue = cues[c]
            entry = cue.of(cue_category)
            assert entry is not None
            inside = value.start <= cue.start and cue.end <= value.end
            argument = (
                value.kind == "anniversary"
                and value.end <= cue.start <= value.end + 60
                and _ANNIVERSARY_OF.fullmatch(text, value.end, cue.start) is not None
            )
            if not (inside or argument):
                continue
            for fact_id in entry.ids:
                fact = facts.get(fact_id)
                if isinstance(fact, DateFact) != dated:
                    continue
                if value.duration and not _timed(fact):
                    # "41.7% had waited longer than 18 weeks": a cue the amount of time
                    # spells is the share's, not the amount's, unless a fact of time
                    continue
                if argument and not (
                    isinstance(fact, DateFact) and fact.value.end.year < reference.year
                ):
                    continue  # not something an anniversary this year can be of
                reserved.setdefault((c, fact_id), v)
    return reserved


def _measured(fact: QuantityFact) -> bool:
    """Whether ``fact`` is an amount of a unit of measure or of a currency, which no
    count of times states."""
    return _in_a_unit_of_measure(fact) or (
        bool(fact.unit) and currency_of(unscaled_unit(fact.unit)) is not None
    )


def _in_a_unit_of_measure(fact: QuantityFact) -> bool:
    """Whether ``fact`` is an amount of a unit of measure (hours, metres, tonnes)."""
    return _unit_of_measure(fact) is not None


def _unit_of_measure(fact: QuantityFact) -> Unit | None:
    """The unit of measure ``fact`` is an amount of, after any scale word its unit
    opens with ("million cubic metres"), if it is one."""
    return unit_of(unscaled_unit(fact.unit)) if fact.unit else None


def _timed(fact: Fact | None) -> bool:
    """Whether ``fact`` is a number in a unit of time, what an amount of time binds to."""
    return isinstance(fact, QuantityFact) and bool(fact.unit) and in_time(unscaled_unit(fact.unit))


def _places(text: str) -> frozenset[str]:
    """The towns a text puts its event in: "the parade in Beijing" gives {"beijing"}.

    Countries are left out: a visit "to China" may well be the one "in Beijing", and
    which town lies in which country is not something the facts say.
    """
    return frozenset(
        place
        for m in _PLACED.finditer(text)
        if m.group(1) not in _NOT_PLACES and (place := fold(m.group(1))) not in _COUNTRIES
    )


def _around(segments: Segments, text: str, first: int, last: int, before: int = PLACE_REACH) -> str:
    """The words of ``text`` (``segments.text`` or a copy with the same offsets) next to
    a value (or a cue) from ``first`` to ``last`` in its clause, where the place of its
    event is said: "a parade in Pyongyang on October 10", "his 2019 visit to Hanoi".
    ``before`` words before it, PLACE_REACH after."""
    sentence = segments.sentence_at(first)
    start = sentence.start
    for match in CLAUSE_BOUNDARY.finditer(text, sentence.start, first):
        start = match.end()
    stop = CLAUSE_BOUNDARY.search(text, last, sentence.end)
    end = stop.start() if stop else sentence.end
    ahead = text[start:first].split()[-before:]
    after = text[last:end].split()[:PLACE_REACH]
    return " ".join([*ahead, "|", *after])


def _referring_back(
    bindings: list[Binding], text: str, before: re.Pattern[str] | None = None
) -> Iterator[tuple[int, Value]]:
    """The spans of a registered kind no cue bound that refer back, ``before`` right
    before them ("the 58-year-old", "she was 86"), with their index; with no
    ``before``, every such span (pronoun-subject looks at its sentence instead)."""
    for i, binding in enumerate(bindings):
        value = binding.value
        if binding.fact is not None or binding.reason != _NO_CUES or value.kind in OWN_KINDS:
            continue
        if before is None or before.search(text, max(0, value.start - 8), value.start):
            yield i, value


def _sentence_text(segments: Segments, index: int) -> str:
    sentence = segments.sentences[index]
    return segments.text[sentence.start : sentence.end]


# Before a participle, a relative pronoun makes it the clause's verb.
_BEFORE_AN_ADJECTIVE = noun_determiners()
_WORD_AFTER = re.compile(r"[ \t]+([a-z][a-z-]*)\b")


def _describes_a_thing(text: str, cue: Hit) -> bool:
    """Whether ``cue`` is a past participle used as an adjective: one word ending in
    "-ed", a determiner right before it and a lower-case word, its noun, right after
    ("the adopted plan", "its approved budget"; "the plan adopted on Tuesday" has
    its determiner before the noun)."""
    if " " in cue.key or not cue.key.endswith("ed"):
        return False
    before = _WORD_BEFORE.search(text, max(0, cue.start - _WORD_REACH), cue.start)
    if before is None or before.group(1).lower() not in _BEFORE_AN_ADJECTIVE:
        return False
    return _WORD_AFTER.match(text, cue.end) is not None


# What stands between a date in the possessive and the event it names ("next year's
# ceremony", "last year's rain-hit final"): the possessive and at most two words.
_POSSESSIVE = re.compile(r"['’]s\b")
_POSSESSIVE_BEFORE_CUE = re.compile(r"['’]s(?:\s+[\w-]+){0,2}?\s+")


# "the 59-year-old defence minister": what may stand between a span and the title
# after it in one noun phrase: a space, or one word ("the 58-year-old former mayor").
_NOUN_PHRASE_GAP = re.compile(r"[ \t]+(?:[\w'’-]+[ \t]+)?")
_THE_BEFORE = re.compile(r"\bthe\s+$", re.IGNORECASE)
# "the 58-year-old", "she was 86": a span that refers back to someone named before.
_PERSON_PRONOUNS = "|".join(language.words("person_pronouns.txt"))
_REFERS_BACK = re.compile(r"\b(?:the|" + _PERSON_PRONOUNS + r")\s+$", re.IGNORECASE)
# A sentence whose subject is a person pronoun ("She died on August 19, aged 93").
_PRONOUN_OPENS = re.compile(r"\s*[\"“‘']?(?:" + _PERSON_PRONOUNS + r")\b", re.IGNORECASE)


def _opens_with_pronoun(segments: Segments, position: int) -> bool:
    """Whether the sentence at ``position`` opens with a person pronoun that is the
    subject of the words up to ``position``: no reporting verb, relative pronoun or
    quotation mark stands between ("He says ... a school that has served the
    neighbourhood for 68 years" tells the school's time, not his)."""
    start = segments.sentence_at(position).start
    if _PRONOUN_OPENS.match(segments.text, start) is None:
        return False
    between = segments.text[start:position]
    if _ANOTHER_SUBJECT.search(between):
        return False
    return not any(word in REPORTING_VERBS for word in _WORD.findall(between.casefold()))


# "has until", "have until", "given until": what follows is a deadline (rule
# deadline-date), with no comma or semicolon before the date ("has until 5 p.m. on";
# a clock time's full stops allowed), at most _UNTIL_REACH characters back.
_GIVEN_UNTIL = re.compile(
    r"\b(?:has|have|had|having|given|gives|get|gets|got)\s+until\b[^;,]*$", re.IGNORECASE
)
_UNTIL_REACH = 30
# A label that says its date is a deadline (data/binding/deadline_words.txt).
_DEADLINE_LABEL = re.compile(
    r"\b(?:" + "|".join(re.escape(w) for w in word_list("deadline_words")) + r")\b",
    re.IGNORECASE,
)
# How the words of an earlier plan may be written apart: "we were also promised".
_PLAN_GAP = r"\s+(?:(?:also|once|then)\s+)?"


@functools.cache
def _earlier_plan_words() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The words that tell a date is an earlier plan (data/binding/earlier_plan.txt),
    and those that make a fact one (earlier_plan_facts.txt): rule earlier-plan. Built
    when a date first meets one, not at import (a pre-commit hook's start-up)."""

    def pattern(name: str, gap: str) -> re.Pattern[str]:
        written = (gap.join(map(re.escape, w.split())) for w in word_list(name))
        return re.compile(r"\b(?:" + "|".join(written) + r")\b", re.IGNORECASE)

    return pattern("earlier_plan", _PLAN_GAP), pattern("earlier_plan_facts", r"\s+")


def _earlier_plan_fact(fact: Fact) -> bool:
    """Whether a fact's label or cues say it is an earlier plan's date."""
    said = " | ".join([fact.label or "", *fact.cues])
    told, planned = _earlier_plan_words()
    return bool(told.search(said) or planned.search(said))


def _told_as_an_earlier_plan(segments: Segments, value: Value) -> bool:
    """Whether the clause of ``value`` holds words that tell an earlier plan, since
    changed."""
    start, end = segments.clause_around(value.core[0], value.end)
    return _earlier_plan_words()[0].search(segments.text, start, end) is not None


# A word, without the punctuation after it ("says," is "says").
_WORD = re.compile(r"[a-z’']+")
# What opens a clause of another subject before a span: "that", "which", "who" or
# a quotation.
_ANOTHER_SUBJECT = re.compile(r"\b(?:that|which|who|whom|whose)\b|[\"“”]", re.IGNORECASE)


# The words that may stand between a span that refers back and a name after it that
# names its person ("the 59-year-old former defence minister Kofi Mensah").
_APPOSITION_WORDS = 3
_PEOPLE_NAMED = frozenset({Category.NAME, Category.SHORT, Category.HOLDER})
# What joins two names of a list ("Renn and Vance"): subject-referred-to.
_NAMES_JOINED = re.compile(LIST_JOIN)
# How many sentences before its own a span that refers back looks for whom it names:
# the sentence before, or the one before that when the sentence between names nobody.
_REFERS_BACK_SENTENCES = 2


def _without_nationalities(text: str, hits: list[Hit]) -> str:
    """``text`` with each country that stands right before a person's title blanked
    out: in "a summit with US President Donald Trump", "US" is the president's
    country, not where the summit was. Offsets are kept."""
    place, title = Category.PLACE, Category.TITLE
    title_starts = {hit.start for hit in hits if title in hit.categories}
    if not title_starts:
        return text
    spans = []
    for hit in hits:
        if place not in hit.categories:
            continue
        after = hit.end
        while after < len(text) and text[after] == " ":
            after += 1
        if after > hit.end and after in title_starts:
            spans.append((hit.start, hit.end))
    if not spans:
        return text
    parts, at = [], 0
    for start, end in spans:
        if start < at:
            continue
        parts += [text[at:start], " " * (end - start)]
        at = end
    parts.append(text[at:])
    return "".join(parts)


def _objects_of_other_cues(
    cues: list[Hit], text: str, gap: re.Pattern[str] | None = None
) -> frozenset[int]:
    """The cues that are what another fact's cue acts on: "visit" in "China announced
    the visit", "trip" in "confirmed Kim's planned trip": a cue after another with the
    start of its noun phrase between them (``_OBJECT_GAP``), when the two speak of no
    fact in common. With ``gap`` ``_OF_GAP``, the cues that say what another's event is
    of: "first boat" in "construction of the first boat"."""
    gap = gap or _OBJECT_GAP
    found = []
    for c in range(1, len(cues)):
        verb, noun = cues[c - 1], cues[c]
        if verb.end > noun.start or not gap.fullmatch(text, verb.end, noun.start):
            continue
        verb_entry, noun_entry = verb.of(Category.CUE), noun.of(Category.CUE)
        assert verb_entry is not None
        assert noun_entry is not None
        if not set(verb_entry.ids) & set(noun_entry.ids):
            found.append(c)
    return frozenset(found)


def _is_reference_event(text: str, cue_start: int) -> bool:
    """Whether a cue starting at ``cue_start`` is the object of "after", "before", ..."""
    return _phrase_ending_at(_REFERENCE_EVENT, text, cue_start) is not None


def _phrase_ending_at(pattern: re.Pattern[str], text: str, cue_start: int) -> re.Match[str] | None:
    """``pattern.search(text, 0, cue_start)`` for a pattern of words, spaces,
    apostrophes and hyphens anchored at its end (``$``), without running it from the
    start of the text for every cue.

    A match ends at the cue and holds no punctuation, so none begins before the last
    punctuation mark ahead of the cue: the search starts at a window before the cue
    that holds one, widened until it does (or reaches the start of the text).
    """
    reach = PHRASE_WINDOW
    while True:
        start = max(0, cue_start - reach)
        if start == 0 or _NOT_IN_PHRASE.search(text, start, cue_start):
            # (re reads the characters before ``start`` for its \b, as it should)
            return pattern.search(text, start, cue_start)
        reach *= 2


def _after_first_since(text: str, value: Value) -> bool:
    before = text[max(0, value.core[0] - 200) : value.core[0]]
    if not _ends_with_since(before):
        return False
    clause_start = max(before.rfind(ch) for ch in ".;:—\n")
    return bool(_FIRST.search(before, clause_start + 1))


# How much later than a "since" date an event may be and still be what began the
# state it opens: a year, so that "since 2019" for an event of 2020 stays a claim, and
# fails as the slip it likely is.
_SINCE_SLACK = timedelta(days=366)


def _stated_already(
    bindings: list[Binding], segments: Segments, fits: Fits, facts: Mapping[str, Fact]
) -> list[Binding]:
    """The rule ``stated-already``: a sentence that states a fact's value, agreeing,
    and binds another value of the same kind to that fact which does not agree, tells
    of two things the fact's cues describe ("after a 14-day walkout in February and a
    week-long strike in March"; "the 12 teams of this edition, against 16 in 2022"):
    the other value is left unbound, with the reason, rather than failing. Not dates:
    two dates of one event in a sentence are one event's, and one of them is wrong.
    Nor a value that changes over time: "forecast at $1.9bn this year, down from $3.4bn
    in 2025" states two of its points, each judged at its own time."""
    out = list(bindings)
    together: dict[tuple[int, str, str], list[int]] = {}
    for i, binding in enumerate(bindings):
        bound = facts.get(binding.fact or "")
        if isinstance(bound, QuantityFact) and bound.series:
            continue
        if binding.fact is not None and binding.value.kind not in DATED_KINDS:
            sentence = segments.sentence_index(binding.value.start)
            together.setdefault((sentence, binding.fact, binding.value.kind), []).append(i)
    for (_, fact, _), members in together.items():
        if len(members) < 2:
            continue  # (a value's fit is asked only where two share a fact: it is dear)
        agreeing = [i for i in members if fits(bindings[i].value, fact)]
        if not agreeing:
            continue
        stated = bindings[agreeing[0]].value
        shown = segments.text[stated.start : stated.end]
        for i in members:
            if i not in agreeing:
                out[i] = Binding(
                    bindings[i].value,
                    None,
                    f"its sentence already states the fact it was bound to ({shown!r}):"
                    " is it about another time, place or group? Bind it by hand if not",
                )
    return out


def _since_before_its_event(value: Value, fact: DateFact, text: str) -> bool:
    """Whether ``value`` is a date opened by "since" ("since 2024", "since March") and
    ``fact`` an event that began more than a year after every reading of it."""
    if value.kind != "date" or not value.readings:
        return False
    # "since" right before the figures, inside the quote ("since 2024") or not
    opened = _ends_with_since(text[max(0, value.core[0] - 12) : value.core[0]])
    return opened and all(fact.value.start > r.end + _SINCE_SLACK for r in value.readings)


def _ends_with_since(before: str) -> bool:
    """``_SINCE_BEFORE.search(before)``, tried only where it can match: "since" ends
    where the spaces at the end begin, so it starts five characters before them."""
    since_at = len(before.rstrip()) - len("since")
    return since_at >= 0 and _SINCE_BEFORE.match(before, since_at) is not None


def _says_first(folded: str) -> bool:
    return "first" in folded.split()


def _near(fact: DateFact, reference: date, days: int) -> bool:
    gap = max((fact.value.start - reference).days, (reference - fact.value.end).days)
    return gap <= days


def plural_cues(fact: Fact) -> frozenset[str]:
    """The plural forms the lexicon also matches for a fact's cues ("trips" for
    "trip"), which speak of several events."""
    cues = frozenset(fold(c) for c in fact.cues)
    return frozenset(
        plural for c in cues for plural in list(inflections(c))[1:] if plural not in cues
    )


def cue_hits(hits: list[Hit], without: frozenset[str] = frozenset(), text: str = "") -> list[Hit]:
    """Cue matches, without reporting verbs, those inside a longer cue ("visit" in
    "first visit") and, given the ``text`` they are in, those a hyphen joins to the word
    before ("final" in "quarter-final"); ``without``: the rules of binding left out."""
    cues = _all_cues(hits, without)
    if text and "compound-tail" not in without:
        cues = [hit for hit in cues if not compound_tail(text, hit.start)]
    if "inside-longer-cue" in without:
        return cues
    inside = _inside_longer(cues)
    return [hit for i, hit in enumerate(cues) if i not in inside]


def compound_tail(text: str, start: int) -> bool:
    """Whether the word at ``start`` ends a hyphened word whose head makes it another
    thing (data/binding/compound_heads.txt: "quarter-final", "by-election"): the rule
    ``compound-tail``."""
    if start < 2 or text[start - 1] not in "-‐":
        return False
    head = _WORD_BEFORE_HYPHEN.search(text, max(0, start - 12), start - 1)
    return head is not None and head.group(1).lower() in COMPOUND_HEADS


# The word before a hyphen, for compound-tail.
_WORD_BEFORE_HYPHEN = re.compile(r"(?<![A-Za-z])([A-Za-z]+)$")


def shadowed_cues(hits: list[Hit], without: frozenset[str] = frozenset()) -> list[ShadowedCue]:
    """The cues ``cue_hits`` leaves out for standing inside a longer cue, each with the
    longer cues around it."""
    if "inside-longer-cue" in without or "inner-cue-of-another-type" in without:
        return []
    cues = _all_cues(hits, without)
    out = []
    for i in sorted(_inside_longer(cues)):
        inner = cues[i]
        # the cues are by start: those around it start at or before it
        before = bisect.bisect_right(cues, inner.start, key=_START)
        around = tuple(
            h
            for h in cues[:before]
            if h.end >= inner.end and (h.start, h.end) != (inner.start, inner.end)
        )
        if all(_adds_function_words(h.key, inner.key) for h in around):
            out.append(ShadowedCue(inner, around))
    return out


def _trace_given_way(trace: Trace, cue: Hit, fact_id: str, values: list[int]) -> None:
    """Mark the pairs of a cue inside a longer one, for one of its facts, with the
    ``values`` another cue speaks of as vetoed by inner-cue-of-another-type, as
    ``--explain`` then says."""
    span = (cue.start, cue.end)
    for v in values:
        considered = trace.considered.get(v, [])
        for i, item in enumerate(considered):
            if item.cue == span and item.fact == fact_id and item.veto is None:
                considered[i] = Considered(span, item.key, fact_id, "inner-cue-of-another-type")


def _adds_function_words(longer: str, inner: str) -> bool:
    """Whether a longer cue is an inner one with only function words added ("found on"
    is "found"; "launch contract" is a contract)."""
    if longer.startswith(inner + " "):
        return function_words(longer[len(inner) + 1 :].split())
    if longer.endswith(" " + inner):
        return function_words(longer[: -len(inner) - 1].split())
    return False


@dataclass(frozen=True, slots=True)
class ShadowedCue:
    """A cue inside longer ones (``around``) that add only function words to it."""

    hit: Hit
    around: tuple[Hit, ...]


def _all_cues(hits: list[Hit], without: frozenset[str]) -> list[Hit]:
    """Every cue match but the reporting verbs (unless that rule is left out)."""
    cue_category = Category.CUE
    verbs = frozenset() if "reporting-verb" in without else REPORTING_VERBS
    return [h for h in hits if cue_category in h.categories and h.key not in verbs]


def _inside_longer(cues: list[Hit]) -> set[int]:
    """The indices of the cues inside a longer one."""
    # One pass in (start, longest first) order, the order of the lexicon's hits: a
    # cue is inside a longer one when a cue starting earlier reaches as far, or one
    # starting with it reaches further.
    inside: set[int] = set()
    reach = -1  # the furthest end of the cues starting before the current start
    group_start = group_end = -1
    for i, hit in enumerate(cues):
        if hit.start != group_start:
            reach = max(reach, group_end)
            group_start, group_end = hit.start, hit.end
        if reach >= hit.end or group_end > hit.end:
            inside.add(i)
    return inside


def _between(core: tuple[int, int], cue: Hit) -> tuple[int, int]:
    """The text between a value and a cue, in either order."""
    if cue.start >= core[1]:
        return core[1], cue.start
    if cue.end <= core[0]:
        return cue.end, core[0]
    return core[0], core[0]


# A cue that is the object of "on", "about", "into" or "over" right after another cue
# names what that cue's event is about (data/binding/topic_prepositions.txt): in "a
# public hearing on the restart request in Ottawa on March 18" the date is the hearing's.
@functools.cache
def _topic() -> re.Pattern[str]:
    words = language.alternation(word_list("topic_prepositions"))
    return re.compile(
        # a word may close the head's compound first ("the evacuation order over ...")
        rf"(?:\s+[\w'’-]+)?\s+(?:{words})\s+(?:the|his|her|its|their|this|that|a|an)?\s*"
        r"(?:[\w'’-]+\s+){0,2}$",
        re.I,
    )


def _topic_of_another_cue(value: Value, cue: Hit, cues: list[Hit], text: str) -> bool:
    """Whether ``cue`` is only what another cue's event is about, for ``value`` (rule
    ``topic-of-another-cue``): it is the object of a topic preposition standing right
    after another cue ("the hearing on the restart request"), and the date stands
    neither inside that phrase nor right after the cue ("the vote on the budget on
    Tuesday" is left to the other rules)."""
    # cues are in order of start: only those ending in the window before this one count
    first = bisect.bisect_left(cues, cue.start - PHRASE_WINDOW, key=_START)
    last = bisect.bisect_left(cues, cue.start, key=_START)
    for head in cues[first:last]:
        if head.end > cue.start or cue.start - head.end > PHRASE_WINDOW:
            continue
        # (endpos: the phrase ends at the cue, and no copy of the text is made)
        found = _topic().match(text, head.end, cue.start)
        if found is None or _NOT_IN_PHRASE.search(text, head.end, cue.start):
            continue
        start, end = value.core
        if head.start <= start and end <= cue.start:
            return False  # the date stands inside the phrase: it is the head's anyway
        if start < cue.end:
            return False
        return text[cue.end : value.start].strip().lower() not in _ATTACHED
    return False


def _for_something_else(value: Value, cue: Hit, text: str) -> bool:
    """Whether the cue is only what the sentence's subject is for ("Rehearsals for the
    parade began in July", "In July, preparations for the summit began"), rather than
    the event the date is of: a date inside the phrase ("for the 3 September parade")
    or right after it ("for the parade on 3 September") is the cue's own."""
    purpose = _phrase_ending_at(_PURPOSE, text, cue.start)
    if purpose is None:
        return False
    start, end = value.core
    if purpose.start() <= start and end <= cue.start:
        return False
    return start < cue.end or text[cue.end : value.start].strip().lower() not in _ATTACHED


# How far before a cue the reporting verb of the frame it stands in may start, in
# characters (reported-clause).
_FRAME_REACH = 60


def _in_report_of_frame(text: str, cue: Hit, value: Value) -> bool:
    """The rule ``reported-clause``: whether ``value`` stands in what a reporting verb
    reports ("... that teams had warned organisers in March") and ``cue`` before the
    "that" of it, in the words that frame the report (who said it, when, where) or
    before them. Searched near the pair only: few pairs get this far, and a search of
    the whole text for frames once per article measured slower."""
    start = value.core[0]
    if cue.end > start:
        return False
    return any(
        cue.end < found.end() <= start
        for found in _REPORTED_THAT.finditer(text, max(0, cue.start - _FRAME_REACH), start)
    )


def _cost(
    value: Value, cue: Hit, segments: Segments, off: frozenset[str]
) -> tuple[bool, int] | str:
    """How far a cue is from a value: whether a clause boundary lies between them, and
    the words and boundaries between them, plus AFTER_COST for a cue after the value
    (its cost with every weight rule on); or the rule that says the cue cannot
    describe the value."""
    start, end = value.core
    if cue.start < value.end and value.start < cue.end:
        # (the value itself is its core: the hedge of an amount of time is not in it)
        if (
            value.number is not None
            and cue.start < end
            and start < cue.end
            and "own-words" not in off
        ):
            # A number's own words ("times" in "three times") say how it counts,
            # not what: they tie it to no fact.
            return "own-words"
        return False, 0  # the cue is part of the quote ("in six years", "80th anniversary")
    if cue.start >= end:
        crossed = segments.boundary_cost(end, cue.start) > 0
        if crossed and "later-clause" not in off:
            sentence = segments.sentence_at(start)
            # A value that opens the sentence may be told of after it ("On Wednesday,
            # the parade ..."), but not one that refers back: "The 46-year-old takes
            # over on December 1, when Lindqvist steps down" is not Lindqvist's age.
            opens = segments.words_between(sentence.start, value.start) <= 1 and not (
                value.kind not in OWN_KINDS
                and _REFERS_BACK.search(segments.text, max(0, value.start - 8), value.start)
            )
            if not opens and not (
                value.kind == "date"
                and "when-it-was" not in off
                and _in_when_clause(segments, end, cue.start)
            ):
                return "later-clause"  # a later clause speaks of something else
        return crossed, segments.distance((start, end), (cue.start, cue.end)) + AFTER_COST
    crossed = segments.boundary_cost(cue.end, start) > 0
    return crossed, segments.distance((start, end), (cue.start, cue.end))


# "the crew of 24", "a workforce of about 41,000": a cue, "of", the number.
_OF_BETWEEN = re.compile(r"[ \u00a0]+of[ \u00a0]+")


def _counted_by_of(text: str, cue: Hit, value: Value) -> bool:
    """Whether the cue right before ``value``, joined to it by "of", is what it counts
    (rule ``counted``): "the crew of 24 deserve credit", "a workforce of about 41,000
    worldwide"; not when a plural noun after the number says what it counts ("a jury
    of 12 lawyers")."""
    if cue.end > value.start or not _OF_BETWEEN.fullmatch(text, cue.end, value.start):
        return False
    return not value.counted or singular(value.counted[0]) == value.counted[0]


def _weights(value: Value, cue: Hit, cost: int, off: frozenset[str]) -> tuple[tuple[str, int], ...]:
    """The weight rules on that price a cue whose cost, every weight rule on, is
    ``cost`` (``_cost``), and what each adds."""
    inside = cue.start < value.end and value.start < cue.end
    after = not inside and cue.start >= value.core[1]
    found = [] if "distance" in off else [("distance", cost - AFTER_COST * after)]
    if after and "cue-after" not in off:
        found.append(("cue-after", AFTER_COST))
    return tuple(found)


def _incompatible(
    value: Value, fact: Fact, cue: Hit, reference: date, adjacent: bool, off: frozenset[str]
) -> str | None:
    """The rule by which ``value`` cannot be about ``fact`` as ``cue`` describes it, if any."""
    if value.compound and not _counts_compound(value, fact):
        return "compound-count"  # "a 96-turbine wind farm": turbines, or nothing
    if value.kind not in OWN_KINDS:  # a registered kind found it: it decides
        kind = registry.find(value.kind)
        binds = kind is not None and kind.binds(fact, Found(value.start, value.end, value.counted))
        return None if binds else "fact-type"
    if value.kind in DATED_KINDS:
        if not isinstance(fact, DateFact):
            return "fact-type"
        if value.kind == "anniversary":
            past = fact.value.end.year < reference.year
            return None if past or "anniversary-past" in off else "anniversary-past"
        if value.kind == "elapsed":
            past = fact.value.end < reference
            return None if past or "anniversary-past" in off else "anniversary-past"
        if value.relative and "relative-reach" not in off:
            return None if _within_reach(value, fact, reference) else "relative-reach"
        return None
    if isinstance(fact, RangeFact):
        # One figure by a range's cue states it, wrongly ("3.6%" for a target range
        # of 3.50%-3.75%): bound, the range kind judges it (pipeline.py).
        if fact.percent:
            return None if value.kind == "percent" else "fact-type"
        if value.kind != "number":
            return "fact-type"
        return None if adjacent or "counted" in off else "counted"
    if value.kind == "percent":
        return None if isinstance(fact, PercentFact) else "fact-type"
    if not isinstance(fact, QuantityFact) or isinstance(fact, PercentFact):
        return "fact-type"
    if value.duration and "duration-unit" not in off:
        # its unit of time says what it counts, in place of the counted words
        return None if _timed(fact) else "duration-unit"
    number = value.number
    if (
        number is not None
        and number.form == "approximate"
        and len(cue.key.split()) < 2
        and not _NUMERALS.search(number.text)
        and "vague-long-cue" not in off
    ):
        return "vague-long-cue"  # a vague quantity needs a cue of two words or more
    if number is not None and number.kind == "multiplier":
        # "twice", "four times": counts of whatever the cue names, but no length,
        # weight or sum ("walked the 190-mile Saltmarsh Way twice")
        return "counted" if _measured(fact) and "counted" not in off else None
    if adjacent and _counts_no_measure(value, fact) and "counted" not in off:
        return "counted"  # "two walkouts" by the cue "walkout" of a length in hours
    if adjacent or _counts(value, fact) or "counted" in off:
        return None  # "26 heads of state": the cue is what it counts
    return "counted"


# change-from: the figures a change is told in ("fell to 43,900, from 61,200"), the
# "from" before the figure it started at, and how far the figure it came to may stand
# from it, in words.
_CHANGED_KINDS = frozenset({"number", "percent"})
# "and then", ", then" after a figure a change came to: another figure follows it.
_THEN_AFTER = re.compile(r"[\s,]*(?:and\s+)?then\b", re.I)
_FROM = re.compile(r"\bfrom\s+$", re.I)
_TO = re.compile(r"\bto\s+$", re.I)
# "$52bn, up from $44.7bn": the figure before is what it came to, with no "to".
_UP_FROM = re.compile(r"\b(?:up|down)\s+from\s+$", re.I)
_CHANGE_REACH = 8


# What makes two facts the same measure, for change-from: their type, their unit and
# the entities they are about.
_Measure = tuple[type, str, tuple[str, ...]]


def _measure(fact: QuantityFact) -> _Measure:
    return type(fact), fold(fact.unit), fact.about


def _glued_start(text: str, start: int) -> int:
    """Where what is written glued to a figure before it begins: its currency ("£286",
    "C$38.5", "US$12"), so that the word before the figure is read before that."""
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    return start


def _changed_to(bindings: list[Binding], i: int, segments: Segments) -> str | None:
    """The fact of the figure a change came to, before the figure at ``i`` it came
    from ("to A ... from B", "A, up from B"), bound, and written alike
    (``_written_alike``: "to $52bn from 40 countries" is no change)."""
    j = _figure_before(bindings, i, segments)
    if j is None:
        return None
    text = segments.text
    other, value = bindings[j].value, bindings[i].value
    to_at, from_at = _glued_start(text, other.start), _glued_start(text, value.start)
    came_to = _TO.search(text, max(0, to_at - 4), to_at) is not None
    up_from = _UP_FROM.search(text, max(0, from_at - 14), from_at) is not None
    if (came_to or up_from) and _written_alike(other, value, text):
        return bindings[j].fact
    return None  # nothing came to the figure before: "from" says where else it is from


def _figure_before(bindings: list[Binding], i: int, segments: Segments) -> int | None:
    """The index of the figure before the one at ``i`` that a change would pair it
    with: the nearest of its kind in its sentence, no amount of time, at most
    ``_CHANGE_REACH`` words away and no semicolon between (change-from, change-to)."""
    text = segments.text
    value = bindings[i].value
    sentence = segments.sentence_at(value.start)
    for j in range(i - 1, -1, -1):
        other = bindings[j].value
        if other.end <= sentence.start:
            break
        if other.kind != value.kind or other.duration:
            continue  # a date or another measure between: "from 94.7% in March to"
        between = text[other.end : value.start]
        if ";" in between or segments.words_between(other.end, value.start) > _CHANGE_REACH:
            break
        return j
    return None


def _unbound_figures(bindings: list[Binding]) -> Iterator[tuple[int, Value]]:
    """The unbound numbers and percentages of ``bindings`` that are no amount of time,
    each with its index: the figures change-from and change-to may bind."""
    for i, binding in enumerate(bindings):
        value = binding.value
        if binding.fact is None and value.kind in _CHANGED_KINDS and not value.duration:
            yield i, value


def _came_from(bindings: list[Binding], i: int, segments: Segments) -> str | None:
    """The fact of the figure a change came from, before the figure at ``i`` it came
    to ("from A [in March] to B"), bound, and written alike."""
    text = segments.text
    value = bindings[i].value
    to_at = _glued_start(text, value.start)
    if _TO.search(text, max(0, to_at - 4), to_at) is None:
        return None
    j = _figure_before(bindings, i, segments)
    if j is None:
        return None
    other = bindings[j].value
    from_at = _glued_start(text, other.start)
    if _FROM.search(text, max(0, from_at - 6), from_at) is None:
        return None
    return bindings[j].fact if _written_alike(other, value, text) else None


def _written_alike(first: Value, second: Value, text: str) -> bool:
    """Whether the figure a change came from (``second``) measures as the one it came
    to (``first``) does: a currency by both or neither, and any noun it counts counted
    by the other too ("to 44 seats from 53" is alike; "to 48,900 from 300 branches"
    is not)."""
    if first.number is None or second.number is None:
        return False
    if _currency_written(first.number, text) != _currency_written(second.number, text):
        return False
    return not second.counted or first.counted == second.counted


# An indefinite article right before an ordinal: the next one, not the count so far.
_INDEFINITE = re.compile(r"\ban?\s+$", re.I)


@functools.cache
def _another_before() -> re.Pattern[str]:
    """What says a cue after it is one more of its kind: an ordinal above "first" after
    "a" or "an" ("a second release", "a third term"), with one word between at most
    ("a second fox release"); the ordinals of data/en/number_words.tsv. Not "another"
    nor "the next": "followed by another summit in Hanoi" is often the desk's own
    second summit."""
    ordinals = sorted((w for w, n in language.standard_ordinals().items() if n > 1), key=len)
    return re.compile(
        rf"\ban?\s+(?:{'|'.join(reversed(ordinals))})\s+(?:[\w-]+\s+)?$",
        re.I,
    )


def _another_instance(text: str, cue: Hit, fact: DateFact) -> bool:
    """Whether ``cue`` is said of one more event of its kind ("a second release could
    follow in 2027"), which the fact is not unless its label says so too (rule
    ``another-instance``)."""
    before = _another_before().search(text, max(0, cue.start - 40), cue.start)
    if before is None:
        return False
    said = fold(before.group()).split()
    label = fold(fact.label).split()
    return not any(word in label for word in said if word not in ("a", "an", "the"))


def _one_more(value: Value, text: str) -> bool:
    """Whether ``value`` is an ordinal after "a" or "an" ("a fourth grounding", "seeking
    a third term"): one more, to come or supposed, not the count so far."""
    start = max(0, value.start - 4)  # room for " an " before the ordinal
    return value.kind == "ordinal" and _INDEFINITE.search(text, start, value.start) is not None


# The values unit-names-the-fact binds, and the facts each may be of: a count or amount
# ("44,150 students"), and an ordinal that counts ("Kestrel's seventh plant").
_UNIT_COUNTS: dict[str, type[QuantityFact]] = {"number": QuantityFact, "ordinal": CountFact}


# A figure and a joining word right before a number: "2.5 to", "between 3.6 and",
# "two or", "10-". The number after is the second end of an uncertainty or a band.
_FIGURE_JOINED = re.compile(r"([\w.,]+)\s*(?:[-‐–—]|\s(?:to|or|and)\s)\s*$", re.IGNORECASE)


def _second_end(text: str, start: int) -> bool:
    """Whether the number at ``start`` is the second of two figures its unit, written
    once after both, measures ("2.5 to 3.5 metres", "between 3.6 and 4.8 kilograms",
    "two or three kilometres")."""
    joined = _FIGURE_JOINED.search(text, max(0, start - 24), start)
    return joined is not None and numbers.read_number(joined[1]) is not None


def _facts_by_measure(facts: Mapping[str, Fact]) -> dict[str, tuple[str, ...]]:
    """The amounts of ``facts`` measured in a unit of measure, by its pint name
    ("megawatt" for a fact in "megawatts" or "MW")."""
    by_measure: dict[str, list[str]] = {}
    for fact_id, fact in facts.items():
        measure = _unit_of_measure(fact) if isinstance(fact, QuantityFact) else None
        if measure is not None and not isinstance(fact, PercentFact):
            by_measure.setdefault(measure.name, []).append(fact_id)
    return {name: tuple(ids) for name, ids in by_measure.items()}


def _facts_by_unit(facts: Mapping[str, Fact]) -> dict[str, tuple[str, ...]]:
    """The counts and amounts of ``facts`` by their unit, when it is one word and no
    currency ("students": the enrolment), singular and folded."""
    by_unit: dict[str, list[str]] = {}
    for fact_id, fact in facts.items():
        if not isinstance(fact, QuantityFact) or isinstance(fact, PercentFact) or not fact.unit:
            continue
        unit = fold(fact.unit)
        if " " in unit or currency_of(unscaled_unit(fact.unit)) is not None:
            continue
        by_unit.setdefault(singular(unit), []).append(fact_id)
    return {unit: tuple(ids) for unit, ids in by_unit.items()}


# by-difference: "by" right before a figure, the word before "by", and the nouns that
# say a fact's label is of a difference (a change or a margin).
_DIFFERENCE_KINDS = frozenset({"number", "percent", "points", "quantity"})
_BY = re.compile(r"(?:^|\W)(?P<word>[\w'’-]+)\s+by\s+$", re.I)
_DIFFERENCE_LABEL = re.compile(
    r"\b(?:"
    + "|".join(
        re.escape(noun) for noun in (*word_list("change_nouns"), *word_list("difference_nouns"))
    )
    + r")(?:e?s)?\b",
    re.I,
)


def _by_another_than_difference(value: Value, fact: Fact, text: str) -> bool:
    """The rule ``by-difference``: a figure after "by" says how much something won or
    changed by ("won her seat by 4,212 votes", "cut the quota by 22%", "winds rising by
    65 mph"), so it is of no fact whose label names no difference (a change or a
    margin: data/binding/change_nouns.txt, difference_nouns.txt). Not the agent of a
    passive, a count after a participle ("fished by 27 boats", "staffed by about 300
    substitutes"), which counts who did it."""
    if value.kind not in _DIFFERENCE_KINDS or value.duration:
        return False
    before = _glued_start(text, value.start)
    if "by" not in text[max(0, before - 4) : before].lower():
        return False  # asked for every candidate of every figure: the cheap test first
    by = _BY.search(text, max(0, before - 40), before)
    if by is None:
        return False
    if (
        by["word"].lower().endswith("ed")
        and value.kind == "number"
        and value.number is not None
        and not _currency_written(value.number, text)
    ):
        return False  # the agent of a passive
    return _DIFFERENCE_LABEL.search(fact.label or "") is None


# A fact whose label opens with a change ("the rise in summer visitors"), after an
# article and up to two words ("the annual rise in"): data/binding/change_nouns.txt.
_CHANGE_LABEL = re.compile(
    r"^(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,2}?(?:"
    + "|".join(re.escape(noun) for noun in word_list("change_nouns"))
    + r")s?\b",
    re.I,
)
# Right after a share: "of" and its whole ("a third of visitors", "62% of the
# volunteers"), as the value's text goes on.
_OF_A_WHOLE = re.compile(r"\s+of\s+\w", re.I)


def _share_not_change(value: Value, fact: Fact, text: str) -> bool:
    """Whether ``value`` is a share of a whole ("nearly a third of visitors", "62% of the
    volunteers") and ``fact`` a change in a percentage ("the rise in summer visitors"),
    which no share states."""
    return (
        isinstance(fact, PercentFact)
        and _OF_A_WHOLE.match(text, value.end) is not None
        and _CHANGE_LABEL.match(fact.label or "") is not None
    )


def _in_when_clause(segments: Segments, end: int, cue_start: int) -> bool:
    """Whether a cue stands in the "when" clause right after a date ending at ``end``
    ("in 2001, when the prize was founded"), no clause boundary between: the clause
    says what happened then."""
    opener = WHEN_CLAUSE.match(segments.text, end)
    return opener is not None and segments.boundary_cost(opener.end(), cue_start) == 0


# ", who" opening a relative clause on the person named before it.
_WHO = re.compile(r",\s+who\b", re.I)


def _inside_who_clause(text: str, name: Hit, value: Value, segments: Segments) -> bool:
    """Whether a person's name stands inside a relative clause that opens with ", who"
    before it and runs on to ``value`` ("Marwick, who succeeded Arthur Penhallow in 2019
    and has led the company for seven years"): the clause is about the one named before
    "who", and a name inside it is what they did, not who did it. Not a name set off
    by a comma from the span ("who hired Penhallow, 61,"): the span is that name's."""
    if name.end > value.start or "," in text[name.end : value.start]:
        return False
    sentence_start = segments.sentence_at(value.start).start
    return _WHO.search(text, sentence_start, name.start) is not None


def _drop_compounds(bindings: list[Binding], facts: Mapping[str, Fact]) -> list[Binding]:
    """A compound's number ("a three-way race") is a claim only when bound to a fact
    that counts its noun, however it was bound (a cue, or an after-rule by its value).
    With compound-count off no compound is read at all (Binder.bind), as before it."""
    return [
        binding
        for binding in bindings
        if not binding.value.compound
        or (binding.fact is not None and _counts_compound(binding.value, facts[binding.fact]))
    ]


def _counts_compound(value: Value, fact: Fact) -> bool:
    """Whether ``fact`` counts the noun a compound's number is joined to ("a 96-turbine
    wind farm": a count whose unit, or one of whose cues, is turbines)."""
    if not isinstance(fact, QuantityFact) or isinstance(fact, PercentFact) or not value.counted:
        return False
    noun = value.counted[0]
    if fact.unit and singular(fold(fact.unit)) == noun:
        return True
    return any(singular(fold(cue)) == noun for cue in fact.cues)


def _counts_no_measure(value: Value, fact: QuantityFact) -> bool:
    """Whether the words after the number count things where the fact is an amount of a
    unit of measure: "after two walkouts" beside the length of the first walkout, in
    hours; "three turbines" beside a turbine's rating in megawatts. The cue after it
    is what it counts, and a length, a weight or a rating is no count of that. Words
    that write a unit themselves ("72 hours of walkouts", "12 square miles") measure."""
    if not value.counted or not _in_a_unit_of_measure(fact):
        return False  # people, stores, dollars: a count, or money the money kind reads
    return not any(unit_of(word) is not None for word in _counted_phrase(value.counted))


def _counts(value: Value, fact: QuantityFact) -> bool:
    """Whether the words after the number are what the fact counts."""
    if not fact.unit or not value.counted:
        return True
    if currency_of(unscaled_unit(fact.unit)) is not None:
        return True  # an amount of money counts no words: the money kind reads its currency
    if value.counted[0] in _OCCASIONS:
        return True  # "on three occasions" counts whatever "three times" would
    unit = singular(fold(fact.unit))
    counted = " ".join(value.counted)
    if any(singular(word) == unit for word in _counted_phrase(value.counted)):
        return True
    if value.counted[0] in _PEOPLE_WORDS and unit in _PEOPLE_UNITS:
        return True  # "78,400 people on the waiting list": its patients
    if any(singular(word) in _label_nouns(fact) for word in _counted_phrase(value.counted)):
        return True  # "38,412 runners" of "the number of runners who started" (starters)
    # "26 heads of state": the counted words are one of the fact's own cues.
    return any(counted.startswith(fold(cue)) for cue in fact.cues)


@functools.lru_cache(maxsize=4096)
def _label_nouns(fact: QuantityFact) -> frozenset[str]:
    """What a label says a count counts, singular: the words right after "the number
    of" ("the number of runners who started": runner, as much as its unit, starters)."""
    found = _NUMBER_OF.search(fold(fact.label))
    return frozenset(singular(word) for word in found.group(1).split()) if found else frozenset()


# "the number of gold coins in the hoard": the words a count's label says it counts
_NUMBER_OF = re.compile(r"\bnumbers? of ((?:[a-z]+ ){0,2}[a-z]+)")


def _counts_no_money(value: Value, fact: Fact, text: str) -> bool:
    """Whether ``value`` counts the plural noun right after it ("200 residents"), so is
    no amount of ``fact``, an amount of money: no currency is written by the number
    ("$200", "200 euros") and the noun is none of the fact's cues."""
    number = value.number
    if value.kind != "number" or number is None or not value.counted:
        return False
    if not isinstance(fact, QuantityFact) or isinstance(fact, PercentFact):
        return False
    if currency_of(unscaled_unit(fact.unit)) is None:
        return False
    if not _plural_noun(value.counted[0]) or _currency_written(number, text):
        return False
    counted = " ".join(value.counted)
    return not any(counted.startswith(fold(cue)) for cue in fact.cues)


def _money_no_count(value: Value, fact: Fact, text: str) -> bool:
    """Whether ``value`` is an amount of money (a currency written by the number:
    "tickets priced from £45") and ``fact`` a count or measure in no currency: money
    counts no shows, seats or metres."""
    number = value.number
    if value.kind != "number" or number is None:
        return False
    if not isinstance(fact, QuantityFact) or isinstance(fact, PercentFact):
        return False
    if not fact.unit or currency_of(unscaled_unit(fact.unit)) is not None:
        return False
    return _currency_written(number, text)


def _currency_written(number: numbers.NumberMention, text: str) -> bool:
    """Whether a currency is written by the number ("$200", "200 euros"); it may stand
    inside the number's words ("Some $200"), before its digits."""
    digit = _DIGIT.search(text, number.start, number.end)
    figures = (digit.start() if digit else number.start, number.end)
    return currency_near(text, number.start, number.end, figures) is not None


def _counted_phrase(words: tuple[str, ...]) -> tuple[str, ...]:
    """The words a number counts, up to the first plural noun, which ends the phrase
    (rule ``counted``): "26 foreign leaders", "18 Airbus jets", but "ten places tells
    players" counts places, and the players are another phrase's."""
    for at, word in enumerate(words):
        if _plural_noun(word):
            return words[: at + 1]
    return words


def _plural_noun(word: str) -> bool:
    """Whether ``word`` (lower case) names several: "residents", "people"; not "bonus",
    "address" or "this"."""
    if word in _IRREGULAR_PLURALS:
        return True
    return len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is"))


def _drop_checked_inside(
    bindings: list[Binding], people: Mapping[str, frozenset[str]]
) -> list[Binding]:
    """Leave out an unbound date, or amount of time, that lies inside the span of a
    kind that stands beside dates (``ClaimKind.beside_dates``) bound to its fact.

    A tenure reads the date or the time inside it ("has led the agency since 2021",
    "has run the force for nearly seven years") against its person's role, and its
    judge checks exactly what they say; the date, bound to no fact of its own, would
    only ask a person to review what is checked. A date inside a tenure that binds
    to a fact of its own stays a claim, and so does one inside a tenure left unbound.
    An amount of time inside a bound tenure goes even when a cue bound it, unless to
    a fact whose label names the tenure's person (``people``: their appointment):
    "Carmen Iturbe, who has run the event for nearly a decade" says how long she has
    run it, not how long ago the event was.
    """
    holders = [
        (b.value.start, b.value.end, b.fact)
        for b in bindings
        if b.fact is not None and (kind := registry.find(b.value.kind)) and kind.beside_dates
    ]
    if not holders:
        return bindings

    def checked(binding: Binding) -> bool:
        value = binding.value
        if not (value.kind in DATED_KINDS or value.duration):
            return False
        span = (value.start, value.end)
        holder = next(
            (person for start, end, person in holders
             if start <= span[0] and span[1] <= end and (start, end) != span),
            None,
        )  # fmt: skip
        if holder is None:
            return False
        if binding.fact is None:
            return True
        return _an_amount_of_time(value) and holder not in people.get(binding.fact, ())

    return [b for b in bindings if not checked(b)]


def _an_amount_of_time(value: Value) -> bool:
    """Whether ``value`` is an amount of time ("for nearly a decade", "six years"), not
    a date ("since 2021")."""
    return value.kind == "elapsed" or value.duration is not None


def _drop_periods(bindings: list[Binding], text: str, facts: Mapping[str, Fact]) -> list[Binding]:
    """Leave out a year that says which period a thing covers, where the label of the
    date fact it is bound to says the same period, and the fact's date lies outside it.

    In "revenue of $51.2 billion for 2025" or "the 2025 annual results", bound to "the
    release of the 2025 annual results" (11 February 2026), 2025 says which results,
    not when they were released; "the 2024 election", bound to an election held in
    2024, stays a claim and agrees, and "released its results in 2025" is no period.
    """
    out = []
    for binding in bindings:
        value = binding.value
        fact = facts.get(binding.fact or "")
        if (
            value.kind == "date"
            and isinstance(fact, DateFact)
            and len(value.readings) == 1
            and not value.readings[0].overlaps(fact.value)
            and (year := _YEAR.fullmatch(text, *value.core)) is not None
            and _names_a_period(text, *value.core)
            and any(
                _names_a_period(fact.label, found.start(), found.end())
                for found in re.finditer(
                    rf"(?<![\w-]){re.escape(year.group())}(?![\w-])", fact.label
                )
            )
        ):
            continue
        out.append(binding)
    return out


def _names_a_period(text: str, start: int, end: int) -> bool:
    """Whether the year from ``start`` to ``end`` in ``text`` says which period a thing
    covers: after a determiner or a possessive, before the noun it qualifies ("the
    2026 budget", "Veridian's 2025 results"), or after "for" ("revenue for 2025")."""
    before = _WORD_BEFORE.search(text, max(0, start - _WORD_REACH), start)
    if before is None:
        return False
    word = before.group(1).lower()
    if word in _PERIOD_FOR:
        return True
    qualifies = word in _YEAR_QUALIFIER_BEFORE or word.endswith(("'s", "’s", "s'", "s’"))
    return qualifies and _NOUN_AFTER.match(text, end) is not None


def _within_reach(value: Value, fact: DateFact, reference: date) -> bool:
    for reading in value.readings:
        reach = max(RELATIVE_REACH_DAYS, abs((reading.start - reference).days) // 2)
        if reading.overlaps(fact.value):
            return True
        gap = max((fact.value.start - reading.end).days, (reading.start - fact.value.end).days)
        if gap <= reach:
            return True
    return False


class _YearsSaid:
    """For year-said: the years the dates in a value's clause fall in, and the year
    each fact's label names. Both are read only when a tie asks: most values are
    bound by a cue, and reading every label of an archive's 100,000 facts would
    decode each of them (facts.EncodedFacts)."""

    def __init__(
        self,
        dated: list[tuple[Value, frozenset[int]]],
        segments: Segments,
        facts: Mapping[str, Fact],
        figures: list[int],
    ) -> None:
        self.dated = dated
        self.segments = segments
        self.facts = facts
        self.figures = figures  # where the text's other figures start, in order
        self._said: dict[int, frozenset[int]] = {}  # by id of the value

    def said(self, value: Value) -> frozenset[int]:
        """The years of the dates in ``value``'s clause (one year each), but those with
        another figure between: "narrowed to $88.7 million from $141.2 million in
        2024" sets the $141.2 million in 2024, not the $88.7 million."""
        found = self._said.get(id(value))
        if found is None:
            segments = self.segments
            years: set[int] = set()
            for date_value, one_year in self.dated:
                first, second = sorted((value, date_value), key=_START)
                if (
                    first is not second
                    and segments.sentence_index(first.start)
                    == segments.sentence_index(second.start)
                    and not segments.boundary_cost(first.end, second.start)
                    and not self._figure_between(first.end, second.start)
                ):
                    years |= one_year
            found = self._said[id(value)] = frozenset(years)
        return found

    def _figure_between(self, start: int, end: int) -> bool:
        at = bisect.bisect_left(self.figures, start)
        return at < len(self.figures) and self.figures[at] < end

    def of(self, fid: str) -> int | None:
        """The one year fact ``fid``'s label names (farfigures.label_year), or None."""
        fact = self.facts.get(fid)
        return None if fact is None else label_year(fact)


def _decide(
    value: Value,
    options: list[_Option],
    off: frozenset[str],
    margin: int,
    fits: Fits | None = None,
    slips: Slips | None = None,
    years: _YearsSaid | None = None,
) -> tuple[Binding, str]:
    """The one scoring function: the value bound to the cheapest of its candidates
    when no other is within ``margin`` of it, else by the tie-break rules in order,
    else left unbound with the reason; and the rule that decided. ``fits``: whether
    the value agrees with a fact, for ``value-fits``; ``slips``: how far a value that
    is a slip of a fact's figure is from it, for ``slip-nearest``; ``years``, for
    ``year-said``: the years a value's clause writes, and each fact's label's year."""
    if value.anaphoric and "anaphoric" not in off:
        reason = "it points back to a date given earlier; say which in 'stated'"
        return Binding(value, None, reason), "anaphoric"
    if not options:
        return Binding(value, None, _NO_CUES), "no-candidate"
    best = min(o.cost for o in options)
    facts = sorted({o.fact for o in options if o.cost < best + margin})
    if len(facts) == 1:
        return Binding(value, facts[0]), "margin"
    # Several facts about as near: the one about the value's subject is the value's
    # ("Harbour won 52 seats": the Harbour Party's seats, not Parliament's).
    if "subject-first" not in off:
        of_subject = [f for f in facts if any(o.subject for o in options if o.fact == f)]
        if len(of_subject) == 1:
            return Binding(value, of_subject[0]), "subject-first"
    # Else a cue that only one of them has settles it.
    if "specific-cue" not in off:
        distinct = [f for f in facts if any(o.specific for o in options if o.fact == f)]
        if len(distinct) == 1:
            return Binding(value, distinct[0]), "specific-cue"
    # Else the year its clause writes: "its revenue was £31.2 million last year"
    # between two years' revenue is that year's, whichever figure it writes.
    if years is not None and value.kind != "date" and (said := years.said(value)):
        labelled = [(f, years.of(f)) for f in facts]
        # only between facts told apart by their year, each label naming one
        if all(year is not None for _, year in labelled):
            of_year = [f for f, year in labelled if year in said]
            if len(of_year) == 1:
                return Binding(value, of_year[0]), "year-said"
    # Else the value itself: "about $52.0 billion" between two years' revenue is the
    # year's whose revenue it is. Last, so that it never overrides what the words
    # say: a wrong figure the cues tie to its fact is still judged against it.
    if fits is not None and "value-fits" not in off:
        fitting = [f for f in facts if fits(value, f)]
        if len(fitting) == 1:
            return Binding(value, fitting[0]), "value-fits"
        # Else, when it agrees with none, the one whose figure it is a slip of, the
        # nearest if several: "$51.2 million" between last year's revenue ($44.7
        # billion) and this year's ($51.2 billion) is this year's, mistyped; it is
        # bound, so that it fails.
        if not fitting and slips is not None and "slip-nearest" not in off:
            slipped = sorted(
                (distance, f) for f in facts if (distance := slips(value, f)) is not None
            )
            if len(slipped) == 1 or (len(slipped) > 1 and slipped[0][0] < slipped[1][0]):
                return Binding(value, slipped[0][1]), "slip-nearest"
    return Binding(value, None, f"its cues speak of several facts: {', '.join(facts)}"), "tie"


# How many words may stand between a figure and the period after it that it is of
# ("89.2% last year", "14.28 million passengers last year").
_PERIOD_AFTER_WORDS = 2


def _drop_figure_periods(bindings: list[Binding], segments: Segments, fits: Fits) -> list[Binding]:
    """The rule ``period-of-a-figure``: a year or a month right after a figure bound in
    its clause ("its graduation rate reached 89.2% last year") says which period the
    figure is of; bound by a cue beyond the figure to an event it does not agree with
    (the strike's settlement in February), it is no claim of that event: left out,
    as the figure's claim holds it."""
    figures = [b for b in bindings if b.fact is not None and b.value.kind not in DATED_KINDS]
    if not figures:
        return bindings
    out = []
    for binding in bindings:
        value = binding.value
        if (
            binding.fact is not None
            and value.kind == "date"
            and value.readings
            and all(r.precision in (Precision.YEAR, Precision.MONTH) for r in value.readings)
            and any(
                f.value.end <= value.start
                and segments.boundary_cost(f.value.end, value.start) == 0
                and segments.words_between(f.value.end, value.start) <= _PERIOD_AFTER_WORDS
                for f in figures
            )
            and not fits(value, binding.fact)  # (asked last: a date's fit reads the text)
        ):
            continue
        out.append(binding)
    return out


def _drop_qualifiers(
    bindings: list[Binding], cues: list[Hit], segments: Segments, facts: Mapping[str, Fact]
) -> list[Binding]:
    """Leave out a year, or an amount of time, that is itself the cue of a figure
    bound in its sentence.

    In "nearly 97% of its external trade in 2023", 2023 says which figure is meant
    (a fact whose cues include "2023"); it is not a date claim of its own. In "41.7%
    had waited longer than 18 weeks", the 18 weeks say which share is meant.
    """
    bound = {(segments.sentence_index(b.value.start), b.fact) for b in bindings if b.fact}
    out = []
    for binding in bindings:
        value = binding.value
        if (value.kind == "date" or value.duration) and binding.fact is None:
            sentence = segments.sentence_index(value.start)
            # the cue inside the value ("2023"), or the value inside the cue ("for
            # more than 48 hours" around "more than 48 hours")
            inside = [
                c
                for c in cues
                if value.start <= c.start < c.end <= value.end
                or c.start <= value.start < value.end <= c.end
            ]
            ids = [i for c in inside if (entry := c.of(Category.CUE)) for i in entry.ids]
            if any((sentence, i) in bound and not isinstance(facts.get(i), DateFact) for i in ids):
                continue
        out.append(binding)
    return out
