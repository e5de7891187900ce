"""Whose event a cue speaks of: the people a fact's label names, and the one a
sentence names right before the cue.

A cue names a kind of event, not whose it is: "arrived" is a cue of "Kim arrived in
Beijing", and in "Putin arrived in China on Sunday" it would bind Putin's Sunday to
Kim's arrival and fail correct prose. The person a sentence names right before a cue
is whose event it is:

- "Putin arrived", "Putin has visited", "Putin also arrived", "Putin, who arrived",
  "Xi's trip": a name, then at most two small words (an auxiliary, "also"), a
  possessive or ", who";
- "Kim and Putin arrived", "Putin, Xi and Kim met": every name of the list.

When the facts' label names people ("Kim arrived in Beijing", "Kim's summit with
Donald Trump") and the sentence names others, none of them, the cue is of another
person's event and binds nothing. A label that names nobody ("the parade") and a cue
with no name right before it ("the North Korean leader arrived", "he arrived") say
nothing of whose event it is, and bind as before. A surname alone ("Kim") stands for
everyone of that name.

The rule "a value is of its subject" (``about_of``, ``ValueSubjects``) does the same
for the value itself. A fact may say whom it is about (``about: kenya``); a fact
that does not, and whose label names an organisation of the desk ("the seats the
Harbour Party won"), is about that organisation. Where several facts share a cue
("seats", "golds", "revenue"), the subject a value is said of decides: the entity of
the desk named nearest before it in its clause ("Kenya won 11 golds, Ethiopia 4"),
except in a relative clause ("Halvard, which owns two-fifths of Corran Bank"), which
is said of the name right before it; else, when the value opens its clause, the
first named after it there ("11 golds went to Kenya"; not "owns 60% of Corran Bank"
or "Its 212 students will move to Fenwick Park"); else the last named before it in
its sentence ("Harbour won 52 seats, up from 37 in 2023"). A fact about others than
that subject is not the value's; one about it, or one about nobody in particular,
still is. A value whose sentence names no such entity binds as before. The last of
these rules a fact out only when the value's clause has no subject of its own
("...; they arrived a year and a half late": ``ValueSubjects.firmly``).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Mapping

from factsuite import language
from factsuite.extraction.binding_rules import noun_determiners, word_list
from factsuite.extraction.lexicon import Category, Hit, Lexicon
from factsuite.extraction.segments import Segments
from factsuite.model import EntityFact, Fact, PersonFact
from factsuite.text.document import CLAUSE_BOUNDARY, in_dateline

_PEOPLE = frozenset({Category.NAME, Category.SHORT})


def _either(words: Iterable[str]) -> str:
    """A regex group matching any one of ``words``, each as written."""
    return f"(?:{language.alternation(words)})"


# What may stand between a name and its cue: "Putin has also visited", "Xi's trip",
# "Putin, who arrived". Anchored at the cue; the match starts where the name ends.
# The words are data/binding/between_name_and_cue.txt, longest first.
_SMALL_WORDS = "|".join(
    re.escape(w) for w in sorted(word_list("between_name_and_cue"), key=lambda w: (-len(w), w))
)
_BEFORE_CUE = re.compile(
    rf"(?:['’]s|,\s*who)?(?:\s+(?:{_SMALL_WORDS})){{0,2}}\s+$",
)
# What joins two names of a list: "Kim and Putin", "Putin, Xi and Kim".
LIST_JOIN = r"(?:\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*)"
_LIST_JOIN = re.compile(LIST_JOIN + "$")
_REACH = 48  # characters before a cue in which its joining words can stand
# A relative clause opening after a boundary, and what may stand between the name it
# is said of and that boundary ("Halvard, which", "Halvard Energy's partner, who").
_RELATIVE = re.compile(
    # "that" opens no clause after a comma (data/binding/relative_pronouns.txt)
    r"\s*" + _either(w for w in word_list("relative_pronouns") if w != "that") + r"\b",
    re.I,
)
_ANTECEDENT_GAP = re.compile(r"(?:['’]s?)?\s*[,—–(]|\s*--")
# A clause that opens with a subject of its own: after up to two conjunctions or none,
# a subject pronoun or a determiner ("; they arrived late", ", and the mayor's rating
# fell to 31%", ", and yet its revenue was"), not a participle or a preposition (",
# taking 58 seats", ", up from 37").
_OWN_SUBJECT = re.compile(
    r"\s*(?:"
    + _either(word_list("clause_conjunctions"))
    + r"\s+){0,2}"
    + _either((*word_list("subject_pronouns"), *noun_determiners()))
    + r"\b",
    re.I,
)
# A name given a figure by the verb before it, the figure right after it ("fined
# Caldermere £16.8 million", "paid the Harbour Party $50,000"): an indirect object.
_GIVEN_TO = re.compile(r"\b" + _either(word_list("double_object_verbs")) + r"\s+(?:the\s+)?$", re.I)
_NAME_TO_VALUE = re.compile(r"\s+(?:[A-Z]{0,3}[$£€¥]\s*)?")
# "by" right before a name: the name is a passive's agent ("operated by Kestrel").
_AGENT = re.compile(r"\bby\s+(?:the\s+)?$", re.I)
# After a name, a verb that makes it the source of a figure after it ("the agency
# reckons some 7,800 people will be eligible"), with no subject pronoun or possessive
# between the verb and the figure ("Acme said it sold 5,000", "Acme said its revenue
# rose to $5bn": they are Acme's).
_SOURCE = re.compile(
    r"\s+"
    + _either(word_list("source_verbs"))
    + r"\b(?![^.;]*?\b"
    + _either((*word_list("subject_pronouns"), *language.words("possessive_determiners.txt")))
    + r"\b)",
    re.I,
)
# What may stand before a value that opens its clause: a conjunction, a determiner that
# names no owner, a hedge ("11 golds went to Kenya", "and nearly 11 golds went to
# Kenya"); not a verb (", owns 60% of Corran Bank") or an owner ("Its 212 students").
_OPENING_WORDS = frozenset(
    {
        *word_list("clause_conjunctions"),
        *(noun_determiners() - frozenset(language.words("possessive_determiners.txt"))),
        *(word for hedge in language.hedges() for word in hedge.phrase.split()),
    }
)


def persons(facts: Mapping[str, Fact]) -> frozenset[str]:
    """The ids of the desk's people (not its organisations)."""
    return frozenset(fid for fid, fact in facts.items() if isinstance(fact, PersonFact))


def label_people(facts: Mapping[str, Fact], lexicon: Lexicon) -> dict[str, frozenset[str]]:
    """The people each fact's label names, for the facts whose label names any."""
    people = {}
    everyone = persons(facts)
    for fid, fact in facts.items():
        if isinstance(fact, PersonFact):
            continue
        named = _Names(lexicon.scan(fact.label), everyone)
        found = frozenset(i for ids, _ in named.by_end.values() for i in ids)
        if found:
            people[fid] = found
    return people


class _Names:
    """The people named in a text, by where each name ends; a name inside a longer
    one ("Kim" in "Kim Jong Un") is the longer one's."""

    def __init__(
        self, hits: list[Hit], people: frozenset[str], short: frozenset[str] | None = None
    ) -> None:
        """``short``: the ids a single word (``Category.SHORT``) may name; all of
        ``people`` when None. "Party" is no name of the Harbour Party."""
        self.by_end: dict[int, tuple[frozenset[str], int]] = {}
        covered = -1  # the furthest end of the names kept so far
        for hit in hits:  # by start, longest first
            if not (hit.categories & _PEOPLE) or hit.end <= covered:
                continue
            ids = frozenset(
                i
                for entry in hit.entries
                if entry.category in _PEOPLE
                for i in entry.ids
                if i in people and (short is None or entry.category is Category.NAME or i in short)
            )
            if ids:
                self.by_end[hit.end] = (ids, hit.start)
                covered = hit.end
        self.ends = sorted(self.by_end)


class Subjects:
    """The people an article's sentences name right before each cue."""

    def __init__(self, text: str, hits: list[Hit], people: frozenset[str]) -> None:
        """``people``: the ids of the desk's people (``persons``)."""
        self.text = text
        self.names = _Names(hits, people)

    def before(self, cue_start: int) -> frozenset[str]:
        """Whose event the cue starting at ``cue_start`` is, as the words right before
        it name them; empty when no name stands there."""
        ends = self.names.ends
        reach = max(0, cue_start - _REACH)
        at = bisect.bisect_left(ends, reach)
        if at == len(ends) or ends[at] >= cue_start:
            return frozenset()  # no name ends near the cue: most cues have none
        gap = _BEFORE_CUE.search(self.text, reach, cue_start)
        if gap is None:
            return frozenset()
        named = self.names.by_end.get(gap.start())
        if named is None:
            return frozenset()
        found, start = named
        for _ in range(4):  # a list of a few names at most
            join = _LIST_JOIN.search(self.text, max(0, start - 8), start)
            if join is None or (earlier := self.names.by_end.get(join.start())) is None:
                break
            found |= earlier[0]
            start = earlier[1]
        return found


def about_of(facts: Mapping[str, Fact], lexicon: Lexicon) -> dict[str, frozenset[str]]:
    """The entities each fact is about, for the facts about any: its ``about``, or
    else the organisations of the desk (entities that are not people) its label
    names: "the seats the Harbour Party won in 2026" is about the Harbour Party.
    People named in labels have their own rule (``label_people``)."""
    organisations = frozenset(
        fid
        for fid, fact in facts.items()
        if isinstance(fact, EntityFact) and not isinstance(fact, PersonFact)
    )
    about: dict[str, frozenset[str]] = {}
    for fid, fact in facts.items():
        if fact.about:
            about[fid] = frozenset(fact.about)
        elif organisations and not isinstance(fact, EntityFact) and fact.label:
            named = _Names(lexicon.scan(fact.label), organisations, frozenset())
            found = frozenset(i for ids, _ in named.by_end.values() for i in ids)
            if found:
                about[fid] = found
    return about


# A cue's complement: "rise in the ...", "takeover of ..." (ValueSubjects.after_cue).
_CUE_COMPLEMENT = re.compile(r"[ ]+(?:in|of)[ ]+(?:the[ ]+)?")


class ValueSubjects:
    """The subject each value of an article is said of: which of the entities some
    fact is about its words name (see the module's notes)."""

    def __init__(
        self,
        text: str,
        hits: list[Hit],
        subjects: frozenset[str],
        people: frozenset[str] = frozenset(),
    ) -> None:
        """``subjects``: the entities some fact is about (``about_of``); ``people``:
        the desk's people, the only ones a surname alone names."""
        self.text = text
        names = _Names(hits, subjects, people)
        # (start, end, ids) of each name, in order; not the place of a dateline ("DUBLIN,
        # May 12 —"), which says where the story was filed, not whom it is about
        self.names = sorted(
            (start, end, ids)
            for end, (ids, start) in names.by_end.items()
            if not in_dateline(text, start, end)
        )
        self.starts = [start for start, _, _ in self.names]

    def of(self, start: int, end: int, segments: Segments) -> frozenset[str]:
        """The subject of the value at ``[start, end)``; empty when its sentence names
        none."""
        return self.said_of(start, end, segments)[0]

    def after_cue(self, cue_end: int) -> frozenset[str]:
        """What the words after a cue say it is of: the name right after "in" or "of"
        ("a 21 per cent rise in the Playhouse's grant", "its £4.3bn takeover of
        Pellmart"), or nothing. Only those two: "to" and "for" name whom a figure goes
        to ("Kenya's 11 golds to Ethiopia's 4"), not what it is of."""
        match = _CUE_COMPLEMENT.match(self.text, cue_end)
        if match is None:
            return frozenset()
        i = bisect.bisect_left(self.starts, match.end())
        if i < len(self.names) and self.names[i][0] == match.end():
            return self.names[i][2]
        return frozenset()

    def firmly(self, start: int, end: int, segments: Segments) -> frozenset[str]:
        """The subject of the value at ``[start, end)`` when its own clause names it
        (or, in a relative clause, the name it follows); empty when the subject is
        the last name of an earlier clause and its own clause has a subject of its own
        ("The authority promised trains by 2024; they arrived a year and a half late"):
        that name ranks the facts a value could be of, but is not enough to rule one
        out. A clause without a subject of its own is said of that name ("Harbour won
        the election, taking 58 seats")."""
        subject, firm = self.said_of(start, end, segments)
        return subject if firm else frozenset()

    def said_of(self, start: int, end: int, segments: Segments) -> tuple[frozenset[str], bool]:
        """The subject of the value at ``[start, end)``, and whether its own clause
        names it (``firmly``)."""
        if not self.names:
            return frozenset(), False
        sentence = segments.sentence_at(start)
        lo = bisect.bisect_left(self.starts, sentence.start)
        hi = bisect.bisect_left(self.starts, sentence.end)
        if lo == hi:
            return frozenset(), False
        clause_start = sentence.start
        for match in CLAUSE_BOUNDARY.finditer(self.text, sentence.start, start):
            clause_start = match.end()
        stop = CLAUSE_BOUNDARY.search(self.text, end, sentence.end)
        clause_end = stop.start() if stop else sentence.end
        before = [
            n for n in self.names[lo:hi] if n[1] <= start and not _is_source(self.text, n[1], start)
        ]
        in_clause = [n for n in before if n[0] >= clause_start]
        if in_clause:
            name_start, name_end, ids = in_clause[-1]
            if _given_to(self.text, name_start, name_end, start):
                # "the regulator fined Caldermere £16.8 million": the figure is the
                # act's, between both; whose fact it is, neither name rules out
                return frozenset(), False
            return ids, True
        if before and _RELATIVE.match(self.text, clause_start) is not None:
            # "Halvard, which owns two-fifths of Corran Bank": the clause is said of
            # the name it follows, not of the one inside it.
            name_start, name_end, ids = before[-1]
            if _ANTECEDENT_GAP.fullmatch(self.text, name_end, clause_start) is not None:
                return ids, True
        if _opens_clause(self.text[clause_start:start]):
            for name_start, name_end, ids in self.names[lo:hi]:
                if name_start >= end and name_end <= clause_end:
                    return ids, True
        if not before:
            return frozenset(), False
        # The last name of an earlier clause: what a clause without a subject of its
        # own is said of ("Harbour won the election, taking 58 seats"); a clause with
        # one may be said of another ("...; they arrived late"). The agent of a passive
        # is no subject ("The vessel, operated by Kestrel Lines, was carrying 11,780
        # containers"): a name right after "by" is passed over.
        named = [n for n in before if _AGENT.search(self.text, 0, n[0]) is None]
        if not named:
            return frozenset(), False
        return named[-1][2], _OWN_SUBJECT.match(self.text, clause_start) is None


def _given_to(text: str, name_start: int, name_end: int, value_start: int) -> bool:
    """Whether the name at ``[name_start, name_end)`` is the indirect object of a verb
    that gives it the figure right after it (``_GIVEN_TO``)."""
    return (
        _NAME_TO_VALUE.fullmatch(text, name_end, value_start) is not None
        and _GIVEN_TO.search(text, max(0, name_start - 24), name_start) is not None
    )


def _is_source(text: str, name_end: int, value_start: int) -> bool:
    """Whether the name ending at ``name_end`` is the source of the figure at
    ``value_start``, not its subject: a source verb right after it, and no subject
    pronoun between that verb and the figure."""
    # (endpos: the pronoun looked for stands before the figure, and no copy is made)
    return _SOURCE.match(text, name_end, value_start) is not None


def _opens_clause(before: str) -> bool:
    """Whether a value after ``before`` (its clause up to it) opens its clause, so that
    a name after it in the clause may be what it is said of: "11 golds went to Kenya",
    "The 11 golds went to Kenya"; not "owns 60% of Corran Bank", where the name is the
    object's, nor "Its 212 students will move to Fenwick Park"."""
    return all(word in _OPENING_WORDS for word in before.casefold().split())
