"""Mentions of known people and entities: full names, surnames, near-miss spellings.

- A full name or declared variant (found by the lexicon's automaton, folded, so
  "Miguel Diaz-Canel" is "Miguel Díaz-Canel") names its entity.
- A surname alone ("Putin", "Xi") names the person it belongs to only if that person
  was named in full earlier in the article, and only if exactly one such person was:
  "Kim" after both "Kim Jong Un" and "Soo Kim" names nobody for sure.
- A surname or given name right after a title ("President Xi", "Indonesia's
  President Prabowo") names its person even with no full name before it: that is how
  news introduces people it takes as known. When several people share the word, the
  title must pick one (who has held a role it names). It is the person's first
  mention, and recorded as a name; a capitalised word after it makes it part of a
  longer name, someone else's.
- A capitalised run of words that is not a known name but is a near miss of one
  ("Min Aung Hliang") names the nearest known person, as ``names.NameIndex`` judges
  it: a run nearer to another known person, or equal to one ("Kim Jong Il"), is
  never taken for a misspelling of someone else.
- A word that attributes a quotation ("said Hastins", "Easly said"), or that ", who"
  follows ("Halvick, who faces a vote": a relative clause on a person), and is one
  letter (or two swapped letters) off the surname of one person named in full before
  it (spelled right or as a near miss) names that person, misspelled. Only there:
  elsewhere a capitalised word one letter off a surname is as often a word ("Great"
  for "Green").
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

from rapidfuzz import fuzz, process
from rapidfuzz.distance import OSA, Hamming

from factsuite import language
from factsuite.extraction.lexicon import Category, Hit
from factsuite.names import NameIndex, fold

# "titled": a short form introduced by a title ("President Prabowo"), see above.
MentionForm = Literal["full", "short", "near", "titled"]
# Who in the facts has held a role the title words name (``RoleJudge.holders_of``):
# roles live in the facts, and this module knows only names.
TitleHolders = Callable[[str], tuple[str, ...]]

# How close a capitalised run must be to a known name to be read as a misspelling of
# it: the whole (rapidfuzz ratio, folded) and each word that differs. Stricter than
# the judge's own threshold, because here nobody has said the run is a name at all:
# "Kim Jong Nam" is another man, not a typo of "Kim Jong Un".
NEAR_NAME_SCORE = 85.0
NEAR_WORD_SCORE = 75.0
# A differing word this short is another name ("Il"/"Un"), unless only a letter after
# its first is struck wrong ("Um"/"Un").
MIN_NEAR_WORD = 3
# Capitalised words, joined by a space or by the particles of a person's name ("Pieter
# van Dalen": data/en/name_particles.txt), where a near miss of a known name is sought.
_CAPITALISED_RUN = re.compile(
    r"[A-Z][\w'’\-\u00c0-\u024f]*(?:[ \u00a0]+(?:(?:"
    + "|".join(re.escape(w) for w in language.words("name_particles.txt"))
    + r")[ \u00a0]+){0,2}[A-Z][\w'’\-\u00c0-\u024f]*)+"
)
_NON_SPACE = re.compile(r"\S+")
# Words of a person's title (data/en/name_titles.txt): one where a known name has
# another word is that title, not a slip of the name ("Finance Minister" beside the
# "Finance Ministry").
_TITLE_WORDS = language.LazyWords(lambda: language.words("name_titles.txt"))
# A capitalised word after a short form: it is part of a longer name ("Minister Li
# Zhaoxing" is not Li Qiang).
_NAME_GOES_ON = re.compile(r"[ \u00a0]+[A-Z]")


@dataclass(frozen=True, slots=True)
class EntityMention:
    start: int
    end: int
    entity: str | None  # None when a surname could name more than one person
    form: MentionForm


class NearNames:
    """Known full names by word count, for finding near-miss spellings quickly."""

    def __init__(self, names: NameIndex) -> None:
        self.names = names
        self._seen: dict[str, str | None] = {}
        self.all_forms = list(names.full)
        self.by_length: dict[int, list[str]] = {}
        for form in self.all_forms:
            self.by_length.setdefault(len(form.split()), []).append(form)

    def match(self, stated: str) -> str | None:
        """The entity ``stated`` is a misspelling of, or None."""
        if stated not in self._seen:
            if len(self._seen) > 1 << 16:
                self._seen.clear()
            self._seen[stated] = self._match(stated)
        return self._seen[stated]

    def _match(self, stated: str) -> str | None:
        key = fold(stated)
        words = key.split()
        forms = self.by_length.get(len(words))
        if not forms or key in self.names.full:
            return None
        best = process.extractOne(key, forms, scorer=fuzz.ratio, score_cutoff=NEAR_NAME_SCORE)
        if best is None:
            return None
        form = best[0]
        for said, known in zip(words, form.split(), strict=True):
            if said == known:
                continue
            if said in _TITLE_WORDS:
                return None  # "Health Minister" is a title, not "Health Ministry" misspelt
            if min(len(said), len(known)) < MIN_NEAR_WORD:
                if not _one_slip(said, known):
                    return None
            elif fuzz.ratio(said, known) < NEAR_WORD_SCORE:
                return None
        ids = self.names.full[form]
        if len(ids) != 1:
            return None
        (entity,) = ids
        # The nearest known person wins: if the run is at least as near to someone
        # else, it is not a misspelling of this one.
        if self.names.judge(stated, entity).kind != "misspelled":
            return None
        return entity


def _one_slip(said: str, known: str) -> bool:
    """Whether a short word is a known one with one later letter struck wrong ("Um" for
    "Un"). "Il" for "Un" changes the initial too: another name, not a slip."""
    return len(said) == len(known) and said[0] == known[0] and Hamming.distance(said, known) == 1


def find_entities(
    text: str, hits: list[Hit], near: NearNames, holders: TitleHolders | None = None
) -> list[EntityMention]:
    """Every mention of a known entity in ``text``, in order. Without ``holders``, no
    short form is read as introduced by a title."""
    mentions: list[EntityMention] = []
    taken_until = -1
    # An enum member looked up on its class costs more than the test itself (Python
    # 3.11), and an article has hundreds of hits: looked up once.
    name = Category.NAME
    for hit in hits:  # sorted by start, longest first
        if name not in hit.categories or hit.start < taken_until:
            continue
        entry = hit.of(name)
        assert entry is not None
        entity = entry.ids[0] if len(entry.ids) == 1 else None
        mentions.append(EntityMention(hit.start, hit.end, entity, "full"))
        taken_until = hit.end
    mentions.extend(_near_misses(text, mentions, near))
    mentions.sort(key=lambda m: m.start)
    mentions.extend(_surnames(text, hits, mentions, holders))
    mentions.sort(key=lambda m: (m.start, -m.end))
    slips = _attributed_slips(text, mentions, near.names)
    if slips:
        mentions.extend(slips)
        mentions.sort(key=lambda m: (m.start, -m.end))
    return mentions


# A surname, capitalised, of at least four letters: what a slip frame reads.
_SURNAME = r"(?P<surname>[A-Z][a-z'’]{3,})"
_SPACE = r"[ \u00a0]+"


def _alternatives(words: tuple[str, ...]) -> str:
    return f"(?:{language.alternation(words, _SPACE)})"


@dataclass(frozen=True, slots=True)
class SlipFrame:
    """A named rule of where a capitalised word is a person's surname, so that one
    letter off a surname named before is read as a slip of it: the frame's words
    around the word make it a person (see the module's doc)."""

    name: str
    description: str
    pattern: re.Pattern[str]


def _slip_frames() -> tuple[SlipFrame, ...]:
    attributing = language.words("attribution_verbs.txt")
    relatives = language.words("person_relatives.txt")
    return (
        SlipFrame(
            "said-name",
            'a verb attributing a quotation, or "according to", before the surname:'
            ' "said Hastings"',
            re.compile(rf"\b{_alternatives((*attributing, 'according to'))}{_SPACE}{_SURNAME}\b"),
        ),
        SlipFrame(
            "name-said",
            'the surname before a verb attributing a quotation: "Hastings said"',
            re.compile(rf"\b{_SURNAME}{_SPACE}{_alternatives(attributing)}\b"),
        ),
        SlipFrame(
            "name-aged",
            'the surname before an age set off by commas: "Oyelarin, 51, who has led the'
            ' regulator", "Halvick, 58, said"',
            re.compile(rf"\b{_SURNAME},{_SPACE}\d{{1,3}},"),
        ),
        SlipFrame(
            "name-who",
            "the surname before a comma and a relative pronoun that follows people:"
            ' "Halvick, who faces a vote"',
            re.compile(rf"\b{_SURNAME},{_SPACE}{_alternatives(relatives)}\b"),
        ),
    )


# The frames, in the order they are tried at a word.
SLIP_FRAMES = _slip_frames()
# Every frame in one pattern, read in one pass over an article (a pass per frame cost
# twice what the one pattern before them took): each frame's
# surname group renamed by its place, since a pattern names a group once.
_ANY_FRAME = re.compile(
    "|".join(
        frame.pattern.pattern.replace("(?P<surname>", f"(?P<s{i}>")
        for i, frame in enumerate(SLIP_FRAMES)
    )
)
MIN_SLIP_WORD = 5  # shorter surnames are one letter off too many other words


def _attributed_slips(
    text: str, mentions: list[EntityMention], names: NameIndex
) -> list[EntityMention]:
    """Surnames misspelled where they attribute a quotation, or open a "who" clause
    (see the module's doc)."""
    found = []
    taken = _Taken(mentions)
    for start, end, word in _framed_surnames(text):
        if len(word) < MIN_SLIP_WORD or taken.overlaps(start, end):
            continue
        if word in names.short or word in names.full:
            continue
        # named before in full, or misspelled in full ("Karen Whitlowe, director of
        # the center ... Whitlowe says"): the surname alone repeats the slip
        before = {
            m.entity for m in mentions if m.form in ("full", "near") and m.entity and m.end <= start
        }
        near = {
            entity
            for entity in before
            for short in names.short_of.get(entity, ())
            if len(short) >= MIN_SLIP_WORD and OSA.distance(word, short) == 1
        }
        if len(near) == 1:
            found.append(EntityMention(start, end, near.pop(), "near"))
    return found


def _framed_surnames(text: str) -> Iterator[tuple[int, int, str]]:
    """Each word a slip frame reads as a surname, the frames read together (a frame's
    match takes its words from the next one's): its span and its folded form."""
    for match in _ANY_FRAME.finditer(text):
        # the frame's surname group: the only group a frame captures, so the last
        group = match.lastgroup
        assert group is not None
        start, end = match.span(group)
        yield start, end, fold(match.group(group))


def framed_by(text: str) -> dict[str, list[str]]:
    """The words each slip frame reads as a surname in ``text``, by the frame's name:
    what the rules' corpus checks (tests/corpus/name_slips.yaml)."""
    return {
        frame.name: [match.group("surname") for match in frame.pattern.finditer(text)]
        for frame in SLIP_FRAMES
    }


class _Taken:
    """Spans already taken by mentions (sorted, not overlapping): does a span touch one?

    Found by bisection rather than by comparing with every span: an article names
    dozens of people and has hundreds of capitalised runs and surnames to test.
    """

    def __init__(self, mentions: list[EntityMention]) -> None:
        self.starts = [m.start for m in mentions]
        self.ends = [m.end for m in mentions]

    def overlaps(self, start: int, end: int) -> bool:
        # The first span ending after ``start`` is the only one that can overlap.
        k = bisect.bisect_right(self.ends, start)
        return k < len(self.starts) and self.starts[k] < end


def _near_misses(text: str, known: list[EntityMention], near: NearNames) -> list[EntityMention]:
    taken = _Taken(known)  # full names: sorted by start, and none overlaps another
    found = []
    for run in _CAPITALISED_RUN.finditer(text):
        offset = run.start()
        for start, end, stated in _windows(run.group()):
            start += offset
            end += offset
            if taken.overlaps(start, end):
                continue
            entity = near.match(stated)
            if entity is not None:
                found.append(EntityMention(start, end, entity, "near"))
                break
    return found


@lru_cache(maxsize=1 << 14)
def _windows(run: str) -> tuple[tuple[int, int, str], ...]:
    """The runs of four, three and two words of a capitalised run that may name
    someone, in the order they are tried (longest first, then left to right): their
    span in ``run`` and their text. Cached: the same names and titles recur in
    every article."""
    words = [m.span() for m in _NON_SPACE.finditer(run)]
    windows = []
    for size in (4, 3, 2):
        for first in range(len(words) - size + 1):
            start = words[first][0]
            end = words[first + size - 1][1]
            while end > start and not run[end - 1].isalnum():
                end -= 1  # a trailing possessive or punctuation is not part of a name
            if run[end - 2 : end] in ("’s", "'s"):
                end -= 2
            windows.append((start, end, run[start:end]))
    return tuple(windows)


def _surnames(
    text: str, hits: list[Hit], named: list[EntityMention], holders: TitleHolders | None
) -> list[EntityMention]:
    found = []
    taken = _Taken(named)  # full names and near misses, sorted by start, none overlapping
    by_end = sorted(named, key=lambda m: m.end)
    seen: set[str | None] = set()  # the entities of the mentions that end before the hit
    done = 0
    short = Category.SHORT  # looked up once, as in find_entities
    titles = _Titles(text, hits, holders) if holders is not None else None
    for hit in hits:  # sorted by start
        if short not in hit.categories or taken.overlaps(hit.start, hit.end):
            continue
        entry = hit.of(short)
        assert entry is not None
        word = text[hit.start : hit.end]
        # A name is written capitalised; an all-capitals word is an acronym ("UN").
        if not word[:1].isupper() or not any(ch.islower() for ch in word[1:]):
            continue
        while done < len(by_end) and by_end[done].end <= hit.start:
            seen.add(by_end[done].entity)
            done += 1
        earlier = {entity for entity in entry.ids if entity in seen}
        if earlier:
            entity = next(iter(earlier)) if len(earlier) == 1 else None
            found.append(EntityMention(hit.start, hit.end, entity, "short"))
            continue
        entity = titles.introduced(hit.start, hit.end, entry.ids) if titles is not None else None
        if entity is not None:
            found.append(EntityMention(hit.start, hit.end, entity, "titled"))
            seen.add(entity)  # later, the word alone names this person
    return found


class _Titles:
    """The titles of a text by where they end, and whom a short form after one names."""

    def __init__(self, text: str, hits: list[Hit], holders: TitleHolders) -> None:
        self.text = text
        self.holders = holders
        self.by_end: dict[int, str] = {}
        title = Category.TITLE
        for hit in hits:  # sorted by start, so the longest title ending here wins
            if title in hit.categories and hit.end not in self.by_end:
                self.by_end[hit.end] = text[hit.start : hit.end]

    def introduced(self, start: int, end: int, ids: tuple[str, ...]) -> str | None:
        """The one of ``ids`` a short form from ``start`` to ``end`` names because a
        title stands one space before it, or None."""
        space = start - 1
        if space < 1 or self.text[space] not in " \u00a0":
            return None
        title = self.by_end.get(space)
        if title is None or _NAME_GOES_ON.match(self.text, end):
            return None
        # The word names one person: the title is theirs to be judged ("Prime Minister
        # Prabowo" is an error to catch). Several share it: the title must pick one.
        fitting = set(ids)
        if len(fitting) > 1:
            fitting &= set(self.holders(title))
        return next(iter(fitting)) if len(fitting) == 1 else None
