"""Every word a desk's facts give extraction to look for, in one Aho-Corasick automaton.

Names and variants of entities, the single words that name a person alone (surnames),
role titles and the organisations and places roles are "of", the cues of dates and
quantities, and the accepted phrasings of categorical facts: one pass over the folded
text finds all of them, however many facts the desk has (a regex alternation of
thousands of names is hundreds of times slower).

Keys are folded with ``names.fold``, so "Kim Jong-un", "KIM JONG UN" and "Kim Jong Un"
are one key, and "U.S." is "us".
"""

from __future__ import annotations

import enum
import functools
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from operator import attrgetter

import ahocorasick

from factsuite import language
from factsuite.extraction.folded import FoldedText, fold_text
from factsuite.extraction.words import words
from factsuite.kinds import registry
from factsuite.model import AttributeFact, EntityFact, Fact, PersonFact, ScoreFact
from factsuite.names import NameIndex, fold
from factsuite.places import PLACES
from factsuite.roles import RANK_WORDS, without_rank


class Category(enum.Enum):
    NAME = "name"  # a full name or variant of an entity
    SHORT = "short"  # one word that names a person alone ("Putin", "Xi")
    TITLE = "title"  # a role title or alias ("Prime Minister", "leader")
    ORG = "org"  # what a role is "of" ("Nanyang Technological University")
    PLACE = "place"  # a country or its people ("Slovak", "U.S.")
    CUE = "cue"  # words that tie a number or date to a fact
    PHRASING = "phrasing"  # an accepted phrasing of a categorical fact
    RELATION = "relation"  # "father" in a fact labelled "Kim Jong Un's father"
    # A person's name, tying to that person's fact only a value a registered kind
    # found and binds to people ("Okonkwo, 19,"); no cue of any other value or cue
    HOLDER = "holder"

    # Hashed as compared, by identity: Enum hashes a member's name by a call in
    # Python, and the stages test a set of categories for each of hundreds of hits.
    __hash__ = object.__hash__


@dataclass(frozen=True, slots=True)
class Entry:
    category: Category
    ids: tuple[str, ...] = ()  # the entities or facts it stands for
    owner: str = ""  # for RELATION: the entity the relation is of


@dataclass(slots=True)
class Hit:
    """One match in the visible text: ``[start, end)`` and what the key stands for.

    Not frozen: a frozen dataclass sets each field through object.__setattr__, three
    times slower to build, and an article has hundreds of hits. Nothing changes a hit
    once built (nor hashes one). Not a named tuple either: its fields are read
    through descriptors that Python 3.11 does not specialise, and binding reads them
    in its inner loops.
    """

    start: int
    end: int
    key: str
    entries: tuple[Entry, ...]
    # The categories of ``entries``: one set per key, shared by all its hits. Each
    # stage walks every hit for the few of its category; a set test skips the others
    # for less than a call to ``of``.
    categories: frozenset[Category]

    def of(self, category: Category) -> Entry | None:
        for entry in self.entries:
            if entry.category is category:
                return entry
        return None


# Words a label is made of that do not, alone or at the edge of a phrase, speak of it.
# Code, not data (and _FUNCTION_WORDS): function words, a closed class no desk extends.
_LABEL_STOPWORDS = words(
    """the a an of to in on at for by with before after from and or its his her their s was
    were is are be been"""
)
_FUNCTION_WORDS = words(
    """a an the in on at of to by for and or but as is it be we he she us me my no so up
    do go if its his her our who"""
)
# Text that folds to the same spacing character by character as ``names.fold`` makes
# of it: words, single spaces, hyphens, apostrophes and full stops. Only other text
# ("Salt & Signal", two spaces) needs a key as it is read (``Lexicon.build``).
_PLAIN = re.compile(r"[\w'’.\-]+(?: [\w'’.\-]+)*")
# What may stand either side of a whole word in folded text (see ``Lexicon.scan``).
_WORD_EDGES = (" ", "'")
_EDGE = re.compile("[" + "".join(_WORD_EDGES) + "]")
# The rank words read before any of the desk's titles, in a fixed order. Not "under":
# in "under President Trump" it is the preposition.
_RANKS_BEFORE_TITLES = tuple(sorted(RANK_WORDS - {"under"}))


def _people_of(fact: Fact, facts: Mapping[str, Fact], names: NameIndex) -> set[str]:
    """The people a fact's label names in full ("the birth of Aroha Tane").

    Only the label: an age's kind ties "Tane, 41," to a fact whose words name Tane.
    Not subjects.label_people, which finds them by scanning the label with the
    lexicon this builds; the names index is what there is before it exists."""
    people: set[str] = set()
    label = f" {fold(fact.label)} "
    for word in label.split():
        for i in names.short.get(word, ()):
            if (
                i not in people
                and isinstance(facts.get(i), PersonFact)
                and any(f" {form} " in label for form in names.forms_of(i))
            ):
                people.add(i)
    return people


# What a key stands for when found: the key, its entries, their categories (one set
# per key, shared by all its hits) and its length framed (see ``Lexicon.scan``).
_Found = tuple[str, tuple[Entry, ...], frozenset[Category], int]

# Texts scanned by looking up each framed stretch of them among the keys, before the
# automaton is made: making it from a 10k desk's 30,000 framed keys costs as much as
# looking up the stretches of a few dozen articles, and extracting one edited article
# (or checking one) scans one. A whole desk's extraction makes it after these.
_LOOKUPS_BEFORE_AUTOMATON = 8


class Lexicon:
    """The keys a desk's facts give extraction to look for, each with its merged
    entries; found in a text by one automaton (made on the ninth scan) or, before
    that, by looking up each stretch of the text a key could stand in."""

    def __init__(self, keys: dict[str, tuple[Entry, ...]]) -> None:
        self.keys = keys
        self._found: dict[str, _Found] = {}
        self._automaton: ahocorasick.Automaton | None = None
        self._scans = 0
        self._longest = max(map(len, keys), default=0)

    @classmethod
    def build(cls, facts: Mapping[str, Fact], names: NameIndex) -> Lexicon:
        # Entries per key in insertion order, without repeats; a dict, not a list,
        # because a desk's thousands of people share titles such as "president".
        keys: dict[str, dict[Entry, None]] = {}

        def add(text: str, entry: Entry) -> None:
            key = fold(text)
            if key:
                keys.setdefault(key, {})[entry] = None
                # The text is folded character by character, a separator to a space
                # (folded.py): "Salt & Signal" is read as "salt   signal", which the
                # key "salt signal" never matches. Such a name is also a key as its
                # own separators fold, so that it is read as written.
                if _PLAIN.fullmatch(text) is None:
                    spaced = fold_text(text).text.strip()
                    if spaced != key and spaced.split() == key.split():
                        keys.setdefault(spaced, {})[entry] = None

        name_words: set[str] = set()
        for fact in facts.values():
            if isinstance(fact, EntityFact):
                for name in fact.names:
                    add(name, Entry(Category.NAME, (fact.id,)))
                    name_words.update(fold(name).split())
                for role in fact.roles:
                    for title in role.titles:
                        add(title, Entry(Category.TITLE))
                        # "Foreign Minister" for an assistant foreign minister: read,
                        # so that the promotion is judged.
                        if (higher := without_rank(title)) is not None:
                            add(higher, Entry(Category.TITLE))
                        # "Vice Foreign Minister" for him too: read, so that the
                        # rank is judged (roles.ranked_otherwise).
                        for rank in _RANKS_BEFORE_TITLES:
                            add(f"{rank} {higher or title}", Entry(Category.TITLE))
                    for org in role.of:
                        add(org, Entry(Category.ORG))
        # The offices an organisation has one holder of, whoever the desk lists: "Its
        # chairman, Priya Raman-Holt" is read, so that a chief executive called
        # chairman is caught (roles.another_office).
        for office in language.office_titles():
            for name in office:
                add(name, Entry(Category.TITLE))
        for word, ids in names.short.items():
            # "Moon Jae-in" ends in "in": a word English uses everywhere names nobody.
            if len(word) >= 2 and word not in _FUNCTION_WORDS:
                add(word, Entry(Category.SHORT, tuple(sorted(ids))))
        for place, aliases in PLACES.items():
            for alias in (place, *aliases):
                add(alias, Entry(Category.PLACE))
        # A person a kind that finds its own spans can check (a birth date for ages,
        # a dated role for tenures): their name ties such a span to their fact, so
        # that "Okonkwo, 19," and "Bailey has led the bank for six years" bind to it
        # (binding.py reads these as cues of those spans only).
        finders = registry.current().finders
        born = {
            fid
            for fid, fact in facts.items()
            if isinstance(fact, PersonFact) and any(k.accepts(fact) for k in finders)
        }
        # And the facts of a person's such a kind checks ("the birth of Aroha Tane"
        # for her age): her names tie them too (binding's rule facts-of-the-named).
        held: dict[str, set[str]] = {fid: {fid} for fid in born}
        for fid, fact in facts.items():
            if any(k.of_a_person(fact) for k in finders):
                for person in _people_of(fact, facts, names):
                    held.setdefault(person, set()).add(fid)
        for person in sorted(held):
            for name in facts[person].names:  # type: ignore[union-attr]
                add(name, Entry(Category.HOLDER, tuple(sorted(held[person]))))
        for word, ids in names.short.items():
            if word in _FUNCTION_WORDS:
                continue
            if own := tuple(sorted({f for i in ids for f in held.get(i, ())})):
                add(word, Entry(Category.HOLDER, own))
        for fact in facts.values():
            if isinstance(fact, EntityFact):
                continue
            cues = fact.cues or _label_cues(fact.label, name_words)
            if isinstance(fact, ScoreFact):
                # "Nigeria beat Portugal 3-1": a side's name ties a score to its game.
                cues = (*cues, *(name for names in fact.side_names(facts) for name in names))
            for cue in cues:
                for form in cue_forms(fold(cue)):
                    add(form, Entry(Category.CUE, (fact.id,)))
            if isinstance(fact, AttributeFact):
                for phrasing in fact.phrasings:
                    add(phrasing, Entry(Category.PHRASING, (fact.id,)))
                relation = _relation(fact, names)
                if relation:
                    add(relation[1], Entry(Category.RELATION, (fact.id,), relation[0]))
        return cls.of({key: _merge(list(entries)) for key, entries in keys.items()})

    @classmethod
    def of(cls, merged: dict[str, tuple[Entry, ...]]) -> Lexicon:
        """The lexicon of keys ``build`` derived (each with its merged entries): from a
        cache of them (extraction/prepared.py), a quarter of the cost of deriving them
        from every fact."""
        return cls(merged)

    def _found_of(self, key: str) -> _Found:
        found = self._found.get(key)
        if found is None:
            entries = self.keys[key]
            categories = frozenset(entry.category for entry in entries)
            found = self._found[key] = (key, entries, categories, len(key) + 1)
        return found

    @property
    def automaton(self) -> ahocorasick.Automaton:
        """Every key, framed, in one Aho-Corasick automaton, made on first use."""
        if self._automaton is None:
            automaton = ahocorasick.Automaton()
            for key in self.keys:
                # Each key between the two characters that can stand next to a whole
                # word (see ``scan``), so that the automaton reports whole words only.
                found = self._found_of(key)
                for before in _WORD_EDGES:
                    for after in _WORD_EDGES:
                        automaton.add_word(before + key + after, found)
            if self.keys:
                automaton.make_automaton()
            self._automaton = automaton
        return self._automaton

    def _matches(self, framed: str) -> Iterable[tuple[int, _Found]]:
        """What the automaton's ``iter`` gives for ``framed``: where each framed key
        found ends, and what it stands for; by looking stretches up for the first
        few texts (``_LOOKUPS_BEFORE_AUTOMATON``)."""
        self._scans += 1
        if self._automaton is not None or self._scans > _LOOKUPS_BEFORE_AUTOMATON:
            matches: Iterable[tuple[int, _Found]] = self.automaton.iter(framed)
            return matches
        return self._looked_up(framed)

    def _looked_up(self, framed: str) -> list[tuple[int, _Found]]:
        """``_matches`` by looking up, for each pair of edges (a space or an apostrophe)
        at most the longest key apart, the stretch between them: in the automaton's
        order, by where the match ends, then longest first."""
        edges = [m.start() for m in _EDGE.finditer(framed)]
        keys, longest = self.keys, self._longest
        found: list[tuple[int, _Found]] = []
        first = 0  # the first edge a key ending at the current one may start after
        for last in edges:
            while last - edges[first] - 1 > longest:
                first += 1
            for k in range(first, len(edges)):
                start = edges[k]
                if start >= last:
                    break
                key = framed[start + 1 : last]
                if key in keys:
                    found.append((last, self._found_of(key)))
        return found

    def scan(self, text: str, folded: FoldedText | None = None) -> list[Hit]:
        """Every whole-word match in ``text``, in order of start (longest first)."""
        if not self.keys:
            return []
        folded = folded or fold_text(text)
        original = folded.original
        hits = []
        # A whole word has no word character (alphanumeric or "_") on either side. The
        # folded text is made of word characters, spaces and apostrophes only, so a
        # whole word is a key between two of " '" (a space at either end of the text
        # stands for its edge). The automaton holds each key so framed: it skips the
        # keys inside words ("un" in "under", a third of all matches) by itself, and
        # this loop, which runs for every match, tests nothing. ``last`` is where the
        # frame closes; the key is ``[last - size, last - 1)`` of the folded text.
        for last, (key, entries, categories, size) in self._matches(f" {folded.text} "):
            hits.append(
                Hit(original(last - size), original(last - 2) + 1, key, entries, categories)
            )
        # By start, longest first; ties keep the automaton's order. Two stable sorts on
        # one attribute each, read in C, instead of a Python key building a tuple.
        hits.sort(key=_END, reverse=True)
        hits.sort(key=_START)
        return hits


_START = attrgetter("start")
_END = attrgetter("end")


def _merge(entries: list[Entry]) -> tuple[Entry, ...]:
    """One entry per category (and owner), standing for every id the key names."""
    ids: dict[tuple[Category, str], list[str]] = {}
    for entry in entries:
        bucket = ids.setdefault((entry.category, entry.owner), [])
        bucket.extend(i for i in entry.ids if i not in bucket)
    return tuple(
        Entry(category, tuple(sorted(found)), owner) for (category, owner), found in ids.items()
    )


# The letters of a word an ending is replaced after, at least: "favour" is "favor",
# but "four", "rise" and "fence" keep their endings (data/en/spelling_variants.tsv).
_STEM_LETTERS = 3


@functools.cache
def _spelling_swaps() -> tuple[tuple[str, str], ...]:
    """Each ending and the other spelling's, both ways, longest ending first."""
    swaps = [(v.british, v.american) for v in language.spelling_variants()]
    swaps += [(american, british) for british, american in swaps]
    return tuple(sorted(swaps, key=lambda swap: -len(swap[0])))


def function_words(words: Iterable[str]) -> bool:
    """Whether every word is a function word ("on", "the", "of")."""
    return all(word in _FUNCTION_WORDS for word in words)


def other_spellings(cue: str) -> Iterable[str]:
    """A cue as written, then as the other spelling of English writes it, when any of
    its words ends as one spelling writes and the other does not: a desk's cue "voted
    to authorise" is also "voted to authorize", "in favor" also "in favour"."""
    yield cue
    parts = cue.split(" ")
    changed = False
    for i, word in enumerate(parts):
        for ending, other in _spelling_swaps():
            if word.endswith(ending) and len(word) - len(ending) >= _STEM_LETTERS:
                parts[i] = word[: -len(ending)] + other
                changed = True
                break
    if changed:
        yield " ".join(parts)


def cue_forms(cue: str) -> Iterator[str]:
    """Every form a folded cue is matched in, itself first: its rate written with the
    other rate words (``rate_forms``), each in both spellings of English
    (``other_spellings``), each singular and plural (``inflections``)."""
    for rate in rate_forms(cue):
        for spelled in other_spellings(rate):
            yield from inflections(spelled)


@functools.cache
def _rate_words() -> tuple[str, ...]:
    """The words that make a rate before a unit: "per", "each", "every", "a", "an"."""
    return (*language.words("recurrence_words.txt"), *language.words("rate_articles.txt"))


def rate_forms(cue: str) -> Iterable[str]:
    """A cue as written, then, when it ends in a rate ("per dose", "operations a year"),
    with each other word that makes one: "a dose", "each dose", "operations per year"."""
    yield cue
    parts = cue.split(" ")
    if len(parts) < 2 or parts[-2] not in _rate_words():
        return
    for word in _rate_words():
        if word != parts[-2]:
            yield " ".join((*parts[:-2], word, parts[-1]))


def inflections(cue: str) -> Iterable[str]:
    """A cue and its plural, the first form first: editors write "summit", articles
    "summits"."""
    yield cue
    if not cue or not cue[-1].isalpha():
        return
    if cue.endswith(("s", "x", "ch", "sh")):
        yield cue + "es"
    elif cue.endswith("y") and len(cue) > 1 and cue[-2] not in "aeiou":
        yield cue[:-1] + "ies"
    else:
        yield cue + "s"


def _label_cues(label: str, name_words: set[str]) -> list[str]:
    """Phrases of a label that can stand as cues when a fact declares none.

    "the span of Kim's four visits to China before 2025" gives "visits to china": the
    runs of the label left once the names of people and the numbers are taken out,
    trimmed of small words at their edges and kept when two words or more remain.
    """
    words = fold(re.sub(r"\([^)]*\)", " ", label)).replace("'s ", " ").split()
    runs: list[list[str]] = [[]]
    for word in words:
        if word in name_words or any(ch.isdigit() for ch in word) or _is_number_word(word):
            runs.append([])
        else:
            runs[-1].append(word)
    cues = []
    for run in runs:
        while run and run[0] in _LABEL_STOPWORDS:
            run.pop(0)
        while run and run[-1] in _LABEL_STOPWORDS:
            run.pop()
        if sum(word not in _LABEL_STOPWORDS for word in run) >= 2:
            cues.append(" ".join(run))
    return cues


# Language data, not moved this session: a subset of number_words.tsv and scales.tsv;
# deriving it from the whole files would change which label words make cues.
_NUMBER_WORDS = words(
    """one two three four five six seven eight nine ten eleven twelve twenty thirty forty
    fifty hundred thousand million first second third fourth fifth"""
)


def _is_number_word(word: str) -> bool:
    return word in _NUMBER_WORDS


def _relation(fact: AttributeFact, names: NameIndex) -> tuple[str, str] | None:
    """For a fact labelled "Kim Jong Un's father", the entity id and the relation word."""
    if fact.relation is None:
        return None
    owner, relation = fact.relation
    owners = names.full.get(fold(owner), set())
    if len(owners) != 1:
        return None
    return next(iter(owners)), relation
