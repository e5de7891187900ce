"""Titles next to a name, and role phrases that stand for a person, as role claims.

Around a person's mention the phrase grows over what the facts know as role words:
titles and their aliases, organisations and places (with possessives: "the
University of Sydney’s"), "former", "ex-", "then-" and a leading "the":

- before the name: "Slovak Prime Minister Robert Fico", "Former CIA analyst Soo Kim",
  "the International Crisis Group (ICG)’s Christopher Green", "President Xi";
- after it: "Vladimir Putin of Russia", "James Char from Singapore’s Nanyang
  Technological University", "Hong Lei, China's assistant minister of foreign affairs".

A phrase is recorded when the facts can judge it. When it holds words the facts know
of nobody ("Analyst Moon Seong-mook", where the facts give him only an institute),
it is cut back to the words known of this person; a title the facts give someone
else is kept, since that is exactly the error to catch. A misspelled name is left
out of its role quote (the name claim reports it; the title is judged alone).

A title standing alone ("the former U.S. President") names a person when exactly
one person in the facts has held that role, or when of several holders exactly one
was named earlier in the article and fits the title's tense on the article's date
("the North Korean leader", after Kim Jong Un is named, when Kim Jong Il is not).
Otherwise it is recorded unbound, for review: the title alone cannot say whom a
writer meant ("the South Korean leader", when the current holder was never named).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from factsuite import dates, language
from factsuite.extraction.lexicon import Category, Hit
from factsuite.extraction.mentions import EntityMention
from factsuite.extraction.segments import Segments
from factsuite.extraction.words import CALENDAR_NAMES
from factsuite.model import EntityFact, Fact, PersonFact
from factsuite.roles import (
    OWNER_NOUN,
    OWNER_NOUN_WORDS,
    TENSE_WORDS,
    Tense,
    TitlePhrase,
    another_office,
    another_office_there,
    clashing_roles,
    held_on,
    moments,
    names_role,
    read_title,
    tense_holds,
    title_words,
)

# The same titles recur in every article: read each once.
_title_words = lru_cache(maxsize=1 << 16)(title_words)
_read_title = lru_cache(maxsize=1 << 16)(read_title)

_ROLE_CATEGORIES = frozenset({Category.TITLE, Category.ORG, Category.PLACE})
# "former" stands apart; "then" and "ex" only joined by a hyphen ("then-President"):
# "Then President Xi left" is an adverb before a title.
_MODIFIERS = frozenset(TENSE_WORDS) - {"then", "ex"}
# Code, not data (to _LINKS): the articles and prepositions that join a title to its body.
_ARTICLES = frozenset({"the"})
# What may open a role phrase: "the", or a possessive that says whose the role is ("Its
# chief operating officer, Henrike Baarsma": data/en/possessive_determiners.txt).
_OPENERS = _ARTICLES | frozenset(language.words("possessive_determiners.txt"))
_CLOSES_APPOSITION = re.compile(r"\s*(?:[,.;:)]|—|--|$)")
_APPOSITIVE_ARTICLES = frozenset({"the", "a", "an"})
_FIRST_LINKS = frozenset({"of", "from", "at"})
_LINKS = frozenset({"of", "at", "for", "from", "in", "and"})
_SPACES = " \u00a0\t"
_WORD_BEFORE = re.compile(r"([A-Za-z]+)$")
_WORD_AFTER = re.compile(r"[A-Za-z]+")
# "the trust's" right before a title (roles.OWNER_NOUN), found from its end.
_OWNER_NOUN_BEFORE = re.compile(OWNER_NOUN_WORDS + "$")


@dataclass(frozen=True, slots=True)
class RolePhrase:
    start: int
    end: int
    entity: str | None  # None: several people could be meant
    candidates: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class _Piece:
    start: int
    end: int
    # "title", "org", "place", "owner" (a possessive organisation or place),
    # "modifier" ("former", "then-") or "article" ("the")
    kind: str


class RoleJudge:
    """Whether the facts can decide a title said of a person (as ``compare`` would):
    the person held a role it names, or someone else did. Otherwise the claim would
    only ever be unverifiable. Answers are cached: the same titles recur."""

    def __init__(
        self,
        facts: Mapping[str, Fact],
        known_titles: frozenset[frozenset[str]],
        org_names: Mapping[str, tuple[str, ...]],
    ) -> None:
        self.entities = [f for f in facts.values() if isinstance(f, EntityFact)]
        self.known_titles = known_titles  # Context.known_titles: the desk's titles
        self.org_names = org_names  # Context.org_names: each organisation's names
        self.by_id = {f.id: f for f in self.entities}
        self._cache: dict[tuple[TitlePhrase, str], bool] = {}
        self._vocabulary: dict[str, frozenset[str]] = {}
        self._holders: dict[frozenset[str], tuple[str, ...]] = {}

    def holders(self, words: frozenset[str]) -> tuple[str, ...]:
        """Everyone in the facts who has held a role these title words name."""
        if words not in self._holders:
            self._holders[words] = tuple(
                sorted(e.id for e in self.entities if any(names_role(words, r) for r in e.roles))
            )
        return self._holders[words]

    def holders_of(self, title: str) -> tuple[str, ...]:
        """Everyone in the facts who has held the role ``title`` names."""
        return self.holders(_read_title(title).words)

    def fitting(
        self,
        holders: tuple[str, ...],
        phrase: TitlePhrase,
        named: set[str],
        reference: date | None,
    ) -> list[str]:
        """The holders a title standing alone can mean here: named earlier in the
        article and, as the tense says, holding the role on the article's date
        ("the North Korean leader") or having left it ("the former ...")."""
        if reference is None or phrase.tense is Tense.THEN:
            return []  # the time described is not known here

        def fits(entity: EntityFact) -> bool:
            roles = [r for r in entity.roles if names_role(phrase.words, r)]
            return tense_holds(roles, phrase.tense, reference)

        return [h for h in holders if h in named and fits(self.by_id[h])]

    def holding(self, holders: tuple[str, ...], phrase: TitlePhrase, day: date) -> list[str]:
        """The holders who held a role the (current) title names on ``day``."""
        return [
            h
            for h in holders
            if any(names_role(phrase.words, r) and held_on(r, day) for r in self.by_id[h].roles)
        ]

    def vocabulary(self, entity: EntityFact) -> frozenset[str]:
        """Every word of every role of ``entity``."""
        if entity.id not in self._vocabulary:
            self._vocabulary[entity.id] = frozenset().union(
                *(_title_words(t) for r in entity.roles for t in (*r.titles, *r.of))
            )
        return self._vocabulary[entity.id]

    def __call__(self, title: str, entity_id: str) -> bool:
        phrase = _read_title(title)
        words = phrase.words
        key = (phrase, entity_id)
        if key not in self._cache:
            entity = self.by_id.get(entity_id)
            roles = entity.roles if entity is not None else []
            self._cache[key] = bool(words) and (
                any(names_role(words, r) for r in roles)
                or bool(self.holders(words))
                or bool(clashing_roles(phrase, roles, self.known_titles, None))
                or bool(
                    another_office_there(phrase, roles, self.known_titles, None, self.org_names)
                )
                or bool(another_office(phrase, roles, None, self.org_names))
            )
        return self._cache[key]


class _RoleWords:
    """The role-word hits of a text, by where they start and end."""

    def __init__(self, text: str, hits: list[Hit], owners: Mapping[int, int]) -> None:
        self.text = text
        # Where the mention of an organisation the desk knows by name starts, by where
        # it ends: a short form or variant ("Cordal" of Cordal Minerals) owns a title
        # as the lexicon's organisations do ("Cordal's chief executive, ...").
        self.owners = owners
        # The same mentions by where they start: after a name, "Oliver Strand,
        # Brightwater's chief executive" says whose the title is as the lexicon's
        # organisations do.
        self.owner_ends = {start: end for end, start in owners.items()}
        self.by_end: dict[int, Hit] = {}
        self.by_start: dict[int, Hit] = {}
        self.titles: list[Hit] = []
        for hit in hits:
            if _ROLE_CATEGORIES.isdisjoint(hit.categories):
                continue
            end = hit.end
            # "U.S." folds to "us": the hit ends before the abbreviation's last dot.
            if end < len(text) and text[end] == "." and hit.key in ("us", "uk", "un", "eu"):
                hit = Hit(hit.start, end + 1, hit.key, hit.entries, hit.categories)
            if hit.end not in self.by_end or self.by_end[hit.end].start > hit.start:
                self.by_end[hit.end] = hit
            if hit.start not in self.by_start or self.by_start[hit.start].end < hit.end:
                self.by_start[hit.start] = hit
            if hit.of(Category.TITLE):
                self.titles.append(hit)

    def left(self, position: int) -> list[_Piece]:
        """The role pieces standing directly before ``position``, nearest first."""
        text = self.text
        pieces: list[_Piece] = []
        pos = position
        while True:
            q = pos
            while q > 0 and text[q - 1] in _SPACES:
                q -= 1
            if q == pos and pieces and text[q - 1 : q] != "-":
                break  # pieces are separated by a space (or joined by a hyphen: "then-")
            if text[q - 1 : q] == "-" and q - 1 > 0:
                word = _WORD_BEFORE.search(text, max(0, q - 12), q - 1)
                if word and word.group(1).lower() in ("then", "ex"):
                    pieces.append(_Piece(word.start(1), q, "modifier"))
                    pos = word.start(1)
                    continue
                break
            if text[q - 2 : q] in ("’s", "'s"):
                owner = self._owner_before(q - 2)
                if owner is None:
                    # "The trust's chief executive, Corinne Matlock": whose, as "its" says
                    noun = _OWNER_NOUN_BEFORE.search(text, max(0, q - 40), q)
                    if noun is not None and pieces:
                        pieces.append(_Piece(noun.start(), q, "article"))
                    break
                pieces.append(_Piece(owner, q, "owner"))
                pos = owner
                continue
            hit = self.by_end.get(q)
            if hit is not None:
                kind = (
                    "title"
                    if hit.of(Category.TITLE)
                    else "org"
                    if hit.of(Category.ORG)
                    else "place"
                )
                pieces.append(_Piece(hit.start, hit.end, kind))
                pos = hit.start
                continue
            word = _WORD_BEFORE.search(text, max(0, q - 12), q)
            if word and word.group(1).lower() in _MODIFIERS:
                pieces.append(_Piece(word.start(1), q, "modifier"))
                pos = word.start(1)
                continue
            if word and word.group(1).lower() in _OPENERS and pieces:
                pieces.append(_Piece(word.start(1), q, "article"))
            break
        return pieces

    def _owner_before(self, end: int) -> int | None:
        """Where the organisation or place owning a possessive ending at ``end`` starts."""
        text = self.text
        if text[end - 1 : end] == ")":  # "the International Crisis Group (ICG)’s"
            opening = text.rfind("(", 0, end)
            if opening == -1:
                return None
            q = opening
            while q > 0 and text[q - 1] in _SPACES:
                q -= 1
            hit = self.by_end.get(q)
        else:
            hit = self.by_end.get(end)
        if hit is None or not (hit.of(Category.ORG) or hit.of(Category.PLACE)):
            return self.owners.get(end)
        start = hit.start
        word = _WORD_BEFORE.search(text, max(0, start - 5), start - 1) if start > 0 else None
        if word and word.group(1).lower() == "the" and text[start - 1 : start] == " ":
            start = word.start(1)
        return start

    def right(self, position: int, appositive: bool) -> int:
        """The end of the role phrase after a name ending at ``position``, or ``position``."""
        text = self.text
        pos = position
        if appositive:
            if not text.startswith(", ", pos):
                return position
            pos += 2
        last = position
        seen_title = False
        seen_any = False
        first = True
        while True:
            q = pos
            while q < len(text) and text[q] in _SPACES:
                q += 1
            if q == pos and not first:
                break
            owner_end = self.owner_ends.get(q)
            if (
                owner_end is not None
                and (appositive or not first)
                and text.startswith(("’s", "'s"), owner_end)
            ):
                # a short form or variant of an organisation, in the possessive
                pos = owner_end + 2
                first = False
                continue
            hit = self.by_start.get(q)
            if hit is not None:
                seen_any = True
                seen_title = seen_title or hit.of(Category.TITLE) is not None
                pos = hit.end
                if text.startswith(("’s", "'s"), pos):
                    pos += 2
                else:
                    last = pos
                if text.startswith(" (", pos):  # an acronym after an organisation
                    close = text.find(")", pos)
                    if 0 < close - pos <= 12:
                        pos = last = close + 1
                first = False
                continue
            word = _WORD_AFTER.match(text, q)
            if word is None:
                break
            lower = word.group().lower()
            if first and not appositive and lower not in _FIRST_LINKS:
                break
            if lower in _LINKS or (lower in _APPOSITIVE_ARTICLES and (appositive or not first)):
                # "Corinne Matlock, the trust's chief executive": "the trust's" says
                # whose the title is, as "its" does
                owner = OWNER_NOUN.match(text, word.start())
                pos = owner.end() if owner is not None else word.end()
                first = False
                continue
            if lower in _MODIFIERS:
                pos = word.end()
                first = False
                continue
            break
        if not seen_any or (appositive and not seen_title):
            return position
        if appositive and re.match(r"[ \u00a0]+[A-Z]", text[last : last + 3]):
            return position  # "Putin, U.S. President Donald Trump": the next name's title
        return last


def find_role_phrases(
    text: str,
    hits: list[Hit],
    entities: list[EntityMention],
    facts: Mapping[str, Fact],
    judgeable: RoleJudge,
    segments: Segments,
    reference: date | None = None,
) -> list[RolePhrase]:
    owners = {
        m.end: m.start
        for m in entities
        if m.entity is not None
        and isinstance(fact := facts.get(m.entity), EntityFact)
        and not isinstance(fact, PersonFact)
    }
    words = _RoleWords(text, hits, owners)

    def named_before(position: int) -> set[str]:
        return {m.entity for m in entities if m.entity and m.form != "near" and m.end <= position}

    phrases: list[RolePhrase] = []
    covered: list[tuple[int, int]] = []
    for mention in entities:
        phrase = _around_name(text, words, mention, facts, judgeable)
        covered.append((mention.start, mention.end))
        if phrase is not None:
            phrases.append(phrase)
            covered.append((phrase.start, phrase.end))
    for hit in words.titles:
        if any(s <= hit.start and hit.end <= e for s, e in covered):
            continue
        phrase = _standing_alone(text, words, hit, judgeable, named_before, segments, reference)
        if phrase is not None:
            phrases.append(phrase)
            covered.append((phrase.start, phrase.end))
    return phrases


def _around_name(
    text: str,
    words: _RoleWords,
    mention: EntityMention,
    facts: Mapping[str, Fact],
    judgeable: RoleJudge,
) -> RolePhrase | None:
    before = words.left(mention.start) or _set_off_before(text, words, mention)
    # A place alone before a name is not a title ("in China Xi Jinping said"); a
    # title or a possessive ("Russia’s Vladimir Putin") is.
    if not any(p.kind in ("title", "owner") for p in before):
        before = []
    after_end = words.right(mention.end, appositive=False)
    if after_end == mention.end:
        after_end = words.right(mention.end, appositive=True)
    if not before and after_end == mention.end:
        return None
    if mention.entity is None:
        # A surname several people share: a role is claimed, but of whom is unsure.
        return RolePhrase(before[-1].start if before else mention.start, after_end, None)
    entity = facts.get(mention.entity)
    if not isinstance(entity, EntityFact):
        return None
    if not isinstance(entity, PersonFact) and not entity.roles:
        # An organisation the facts give no role is what a title next to it is *of*
        # ("Corvane chief executive Gideon Farrow", "FFU general secretary Delia
        # Marchbank"): the person named with it holds the title, not the organisation.
        return None
    candidates = _candidates(text, mention, before, after_end, judgeable.vocabulary(entity))
    for start, end in candidates:
        # The title without the person's own name, as the judge will read it.
        title = text[start:end]
        if start <= mention.start and mention.end <= end:
            title = text[start : mention.start] + " " + text[mention.end : end]
        if judgeable(title, entity.id):
            return RolePhrase(start, end, entity.id)
    if candidates and mention.form != "near":
        # Every word of it is a title the facts know, yet none fits: keep the whole
        # phrase on record ("Russian Prime Minister Vladimir Putin"); the gate shows
        # it as unverifiable until the facts can say.
        start, end = candidates[0]
        return RolePhrase(start, end, entity.id)
    return None


def _set_off_before(text: str, words: _RoleWords, mention: EntityMention) -> list[_Piece]:
    """A title the name is set off from by commas: "the South Korean President, Moon
    Jae-in, met him", "Its chief operating officer, Henrike Baarsma, said", "Kestrel's
    chief executive, Henrike Baarsma". Only after "the", a possessive or an owner, and
    before a comma or the sentence's end: the one holder, named; "Kim met the
    president, Moon Jae-in and Xi" is a list."""
    comma = mention.start - 2
    if text[comma : mention.start] != ", " or not _CLOSES_APPOSITION.match(text, mention.end):
        return []
    pieces = words.left(comma)
    if not pieces or pieces[0].kind != "title" or pieces[-1].kind not in ("article", "owner"):
        return []
    return pieces


def _candidates(
    text: str,
    mention: EntityMention,
    before: list[_Piece],
    after_end: int,
    vocabulary: frozenset[str],
) -> list[tuple[int, int]]:
    """Role quotes to try, best first: the whole phrase, then what the facts know.

    ``before`` lists the pieces before the name, nearest first; ``vocabulary`` is
    every word of the person's roles.
    """

    def known(piece: _Piece) -> bool:
        return (
            piece.kind in ("modifier", "article")
            or _title_words(text[piece.start : piece.end]) <= vocabulary
        )

    has_after = after_end > mention.end
    after_known = has_after and _title_words(text[mention.end : after_end]) <= vocabulary
    out: list[tuple[int, int]] = []
    if mention.form != "near":
        out.append((before[-1].start if before else mention.start, after_end))
        run = _known_run(before, known)
        if run or after_known:
            out.append(
                (run[-1].start if run else mention.start, after_end if after_known else mention.end)
            )
    if before and any(p.kind in ("title", "org") for p in before):
        # The title alone: cut from a misspelled name, or standing apart from the name.
        out.append((before[-1].start, before[0].end))
        rest = before
        while rest:
            while rest and not (known(rest[0]) and rest[0].kind not in ("modifier", "article")):
                rest = rest[1:]
            run = _known_run(rest, known)
            if not run:
                break
            if any(p.kind in ("title", "org") for p in run):
                out.append((run[-1].start, run[0].end))
            rest = rest[len(run) :]
    unique: list[tuple[int, int]] = []
    for span in out:
        if span not in unique and span[0] < span[1]:
            unique.append(span)
    return unique


def _known_run(pieces: list[_Piece], known: Callable[[_Piece], bool]) -> list[_Piece]:
    """The pieces, nearest first, up to the first the facts do not know of the person."""
    run: list[_Piece] = []
    for piece in pieces:
        if not known(piece):
            break
        run.append(piece)
    if len(run) < len(pieces):
        # A modifier or article beyond the cut belonged to the unknown words.
        while run and run[-1].kind in ("modifier", "article"):
            run.pop()
    return run if any(p.kind not in ("modifier", "article") for p in run) else []


def _standing_alone(
    text: str,
    words: _RoleWords,
    title: Hit,
    judge: RoleJudge,
    named_before: Callable[[int], set[str]],
    segments: Segments,
    reference: date | None,
) -> RolePhrase | None:
    pieces = words.left(title.end)
    if not pieces or pieces[0].kind != "title":
        return None
    kinds = {p.kind for p in pieces}
    name = _UNKNOWN_NAME.match(text, title.end)
    if name is not None:
        if not kinds & {"org", "place", "owner"} or reference is None:
            return None
        start = pieces[-1].start
        return _before_unknown_name(text, start, name.end(), title, judge, segments, reference)
    # Only a definite, qualified title stands for one person: "the former U.S.
    # President", "Myanmar’s military ruler"; not "a regional leader" or "the leader".
    definite = "article" in kinds or "owner" in kinds
    qualified = bool(kinds & {"org", "place", "owner"})
    if not (definite and qualified):
        return None
    if re.match(r"[ \u00a0]+[A-Z]", text[title.end : title.end + 3]):
        return None  # a title before a word nobody in the facts has: not ours to judge
    start = pieces[-1].start
    phrase = _read_title(text[start : title.end])
    holders = judge.holders(phrase.words)
    if not holders:
        return None
    if len(holders) == 1:
        return RolePhrase(start, title.end, holders[0], holders)
    fitting = judge.fitting(holders, phrase, named_before(start), reference)
    return RolePhrase(start, title.end, fitting[0] if len(fitting) == 1 else None, holders)


# Two or three capitalised words after a title: a first and a last name ("Joe Biden",
# "Kim Jong Nam"), not a month, a weekday or a word that opens a clause.
# (data/en/not_names_after_title.txt, and the months' and weekdays' names)
_NOT_NAMES = CALENDAR_NAMES | frozenset(language.words("not_names_after_title.txt"))
_UNKNOWN_NAME = re.compile(
    r"[ \u00a0]+(?!(?:" + "|".join(sorted(_NOT_NAMES)) + r")\b)"
    r"[A-Z][a-z'’]+(?:-[A-Za-z'’]+)?(?:[ \u00a0][A-Z][a-z'’]+(?:-[A-Za-z'’]+)?){1,2}\b"
    r"(?![ \u00a0]*[A-Z])"
)


def _before_unknown_name(
    text: str,
    start: int,
    end: int,
    title: Hit,
    judge: RoleJudge,
    segments: Segments,
    day: date,
) -> RolePhrase | None:
    """ "U.S. President Joe Biden", in an article of 2025: a title one person held on
    the article's day, before a name the facts do not know. The claim is the holder's,
    so that the gate says the title was someone else's.

    A sentence that writes out a date is set then, and the title is its holder's at
    that time ("since June 2019, ... Chinese President Hu Jintao": Xi held it then);
    it is left alone when the facts know no one, or several, who held it all that
    time ("In 2010, U.S. President Barack Obama", on a desk that lists only later
    presidents), and when the title is not a current one ("former").
    """
    phrase = _read_title(text[start : title.end])
    if phrase.tense is not Tense.CURRENT or not phrase.words:
        return None
    sentence = segments.sentence_at(start)
    times = dates.times_written(text[sentence.start : sentence.end], day)
    candidates = judge.holders(phrase.words)
    holding = {tuple(judge.holding(candidates, phrase, moment)) for moment in moments(times, day)}
    if len(holding) != 1:
        return None
    (only,) = holding
    if len(only) != 1:
        return None
    return RolePhrase(start, end, only[0], only)
