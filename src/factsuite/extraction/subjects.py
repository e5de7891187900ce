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
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Mapping

from factsuite.extraction.lexicon import Category, Hit, Lexicon
from factsuite.model import Fact, PersonFact

_PEOPLE = frozenset({Category.NAME, Category.SHORT})
# What may stand between a name and its cue: "Putin has also visited", "Xi's trip",
# "Putin, who arrived". Anchored at the cue; the match starts where the name ends.
_SMALL_WORDS = (
    "has|have|had|is|was|were|are|will|would|also|already|then|later|first|finally"
    "|himself|herself|recently|previously|once|never|last|again"
)
_BEFORE_CUE = re.compile(
    rf"(?:['’]s|,\s*who)?(?:\s+(?:{_SMALL_WORDS})){{0,2}}\s+$",
)
# What joins two names of a list: "Kim and Putin", "Putin, Xi and Kim".
_LIST_JOIN = re.compile(r"(?:\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*)$")
_REACH = 48  # characters before a cue in which its joining words can stand


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

    def __init__(self, hits: list[Hit], people: frozenset[str]) -> None:
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
                if i in people
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
