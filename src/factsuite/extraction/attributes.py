"""Claims on categorical facts: who someone's father is, what a warrant was for.

An attribute fact has one canonical phrasing and others accepted for it. Finding a
phrasing anywhere is not a claim ("Slovakia" in a list of countries says nothing of
who the only EU leader was); a claim is a phrase standing where the fact's own words
put it:

- a fact labelled "<someone>'s <relation>" ("Kim Jong Un's father") is claimed by
  the relation and the name right after it, when the relation is that person's
  ("his father, Kim Jong-Il"; "Kim’s grandfather Kim Il Sung"), quoted from the
  relation word on ("father, Kim Jong-Il");
- a fact whose value is a person the desk knows, with cues ("the only EU leader":
  Robert Fico), is claimed by the first person named in the cue's sentence before
  it: "Serbian President Aleksandar Vučić ... will be the only leader from the bloc
  in attendance" names the wrong man. One whose value is a body the desk knows is
  claimed so by the first body named, never by a person ("Achterberg, 56, has run
  the builder since 2019": the builder is a firm). Neither is claimed when the cue
  stands in a relative clause still open ("a final stage that ended in a bunch
  sprint"), which has a subject of its own;
- a fact whose value is a person or a body (a proper name, known to the desk or
  not), with cues, is claimed by the one name standing where the cue puts its
  answer (``_stated_names``): after it ("presided over by X", "chaired by X",
  "the presiding judge, X,", "chief executive X", "the leader is X") or before it
  ("X, the presiding judge", "X is the party's leader", "X presided", "named X chief
  executive"). "Judge Daniel Reyes presided over the trial" names the wrong judge
  although the desk has never heard of him. A known name inside a longer one is no
  answer, the longer name is ("founded by Odette Sorvane", not Maison Sorvane by its
  short name: ``_inside_a_longer_name``). Nothing is bound when the place holds a
  list ("X and Y presided"), a place ("Manhattan"), a title alone ("Judge") or a
  lone unknown word with no title before it ("Reyes presided", not "Judge Reyes");
- a fact with cues ("arrest warrant", "ICC") is claimed by what the cue is "for" or
  "over" ("an arrest warrant ... for crimes against humanity"), up to the end of the
  clause, and by any accepted phrasing in the same sentence as a cue.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from factsuite import language
from factsuite.extraction.binding_rules import word_list
from factsuite.extraction.lexicon import Category, Hit
from factsuite.extraction.mentions import EntityMention
from factsuite.extraction.segments import Segments

MAX_PHRASE_WORDS = 8
# Code, not data (to _TRIM): pronouns, prepositions and conjunctions of the constructions.
_PRONOUNS = frozenset({"his", "her", "their", "its"})
_BETWEEN_RELATION_AND_NAME = re.compile(r"(?:,\s*|\s+)(?:the\s+late\s+)?$")
_COMPLEMENT = re.compile(r"\s+(?:for|over|on charges of|on suspicion of)\s+", re.I)
_CLAUSE_END = re.compile(r"[,.;:—–()\n]|\s--|\s(?:and|but|while|which|who)\s")
_TRIM = frozenset({"the", "a", "an", "of", "and", "in", "on", "at"})
# A relative clause's opening word, and what closes an aside (_in_relative_clause).
_RELATIVE_OPENS = re.compile(
    r"\b(?:" + language.alternation(word_list("relative_pronouns")) + r")\b", re.I
)
_CLAUSE_CLOSE = re.compile(r"[,;:—–()]|\s--")


@dataclass(frozen=True, slots=True)
class AttributeClaim:
    start: int
    end: int
    fact: str


def find_attributes(
    text: str,
    hits: list[Hit],
    entities: list[EntityMention],
    segments: Segments,
    attribute_facts: frozenset[str],
    person_valued: frozenset[str] = frozenset(),
    name_valued: frozenset[str] = frozenset(),
    is_place: Callable[[str], bool] | None = None,
    *,
    valued_people: frozenset[str] = frozenset(),
    people: frozenset[str] = frozenset(),
) -> list[AttributeClaim]:
    """Every attribute claim in ``text``; ``attribute_facts`` are the desk's attribute
    ids, ``person_valued`` those of them whose value is an entity the desk knows (of
    those, ``valued_people`` the ones whose value is a person: ``people`` are the
    desk's people), ``name_valued`` those whose value is a person or body by name,
    known or not, and ``is_place`` tells a place's name (see the module's doc)."""
    found = _relations(text, hits, entities)
    # Where a cue puts its answer ("published by X") comes first: the first person
    # named before the cue is its answer only when the cue states none of its own
    # ("The Salt Orchard, published by Harrow & Finch" names no publisher first).
    phrased = _phrasings(hits)
    found.extend(
        _stated_names(text, hits, entities, segments, name_valued, is_place, found, phrased)
    )
    found.extend(_subjects(hits, entities, segments, person_valued, found, valued_people, people))
    # What a name-valued cue is "over" is no answer ("presided over the trial").
    found.extend(_complements(text, hits, segments, found, attribute_facts - name_valued, phrased))
    found.sort(key=lambda a: (a.start, a.fact))
    return found


def _relations(text: str, hits: list[Hit], entities: list[EntityMention]) -> list[AttributeClaim]:
    found = []
    relation = Category.RELATION  # looked up once: this loop runs for every hit
    for hit in hits:
        if relation not in hit.categories:
            continue
        entry = hit.of(relation)
        if entry is None or not _owned_by(text, hit.start, entry.owner, entities):
            continue
        for mention in entities:
            if mention.start < hit.end or mention.form == "short":
                continue
            if _BETWEEN_RELATION_AND_NAME.fullmatch(text, hit.end, mention.start):
                # the relation is quoted with the name: it is what makes the claim, and
                # "father" written over "grandfather" must leave a quote that is gone
                found.append(AttributeClaim(hit.start, mention.end, entry.ids[0]))
            break
    return found


def _subjects(
    hits: list[Hit],
    entities: list[EntityMention],
    segments: Segments,
    person_valued: frozenset[str],
    taken: list[AttributeClaim],
    valued_people: frozenset[str],
    people: frozenset[str],
) -> list[AttributeClaim]:
    found: list[AttributeClaim] = []
    spans = [(a.start, a.end) for a in taken]
    for hit, facts in _cued(hits, person_valued):
        sentence = segments.sentence_at(hit.start)
        answered = {a.fact for a in taken if sentence.start <= a.start < sentence.end}
        facts = [fact for fact in facts if fact not in answered]
        if not facts:
            continue
        subject = next(
            (
                m
                for m in entities
                if sentence.start <= m.start
                and m.end <= hit.start
                and m.entity is not None
                and m.form != "near"
            ),
            None,
        )
        if subject is None or _overlaps(spans, subject.start, subject.end):
            continue
        if _in_relative_clause(segments.text, subject.end, hit.start):
            continue  # "... after a final stage that ended in a bunch sprint": the stage's
        # a person is no answer where the value is a body ("Achterberg ... has run the
        # builder": the builder is a firm), nor a body where it is a person
        person = subject.entity in people
        facts = [fact for fact in facts if (fact in valued_people) == person]
        if not facts:
            continue
        found.extend(AttributeClaim(subject.start, subject.end, fact) for fact in facts)
        spans.append((subject.start, subject.end))
    return found


def _in_relative_clause(text: str, subject_end: int, cue_start: int) -> bool:
    """Whether the cue stands in a relative clause opened after the subject and still
    open at the cue ("Kalniņš finished third, after a stage that ended in a bunch
    sprint"): that clause has a subject of its own. One closed before the cue ("Fico,
    who unlike his peers kept ties with Russia, will be the only leader") is an aside."""
    opens = [m.end() for m in _RELATIVE_OPENS.finditer(text, subject_end, cue_start)]
    return bool(opens) and _CLAUSE_CLOSE.search(text, opens[-1], cue_start) is None


def _cued(hits: list[Hit], valued: frozenset[str]) -> Iterator[tuple[Hit, list[str]]]:
    """Each hit that is a cue of some of the ``valued`` facts, with those facts in
    order of their ids: what a claim found at the cue's answer is claimed for."""
    if not valued:
        return
    for hit in hits:
        cue = hit.of(Category.CUE)
        if cue is not None and (facts := sorted(valued.intersection(cue.ids))):
            yield hit, facts


def _phrasings(hits: list[Hit]) -> list[tuple[int, int, str]]:
    """Where each accepted phrasing of a fact stands, and its fact, in the order of the
    hits: read once, for the cues that hold one and for the claims they make."""
    found: list[tuple[int, int, str]] = []
    for hit in hits:
        entry = hit.of(Category.PHRASING)
        if entry is not None:
            found.extend((hit.start, hit.end, fact) for fact in entry.ids)
    return found


def _holds_phrasing(cue: Hit, fact: str, phrased: list[tuple[int, int, str]]) -> bool:
    """Whether a phrasing of ``fact`` stands inside the cue ``cue``."""
    return any(f == fact and cue.start <= s and e <= cue.end for s, e, f in phrased)


def _overlaps(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether the span from ``start`` to ``end`` overlaps one of ``spans``."""
    return any(s < end and start < e for s, e in spans)


def _owned_by(text: str, start: int, owner: str, entities: list[EntityMention]) -> bool:
    """Whether the relation before ``start`` is ``owner``'s: "his", or "Kim’s" for Kim."""
    before = text[max(0, start - 40) : start]
    word = re.search(r"(\w+)\s+$", before)
    if word and word.group(1).lower() in _PRONOUNS:
        return True
    possessive = re.search(r"['’]s\s+$", before)
    if not possessive:
        return False
    end = start - (len(before) - possessive.start())
    return any(m.end == end and m.entity == owner for m in entities)


def _complements(
    text: str,
    hits: list[Hit],
    segments: Segments,
    taken: list[AttributeClaim],
    attribute_facts: frozenset[str],
    phrased: list[tuple[int, int, str]],
) -> list[AttributeClaim]:
    """``phrased``: where the facts' accepted phrasings stand (``_phrasings``)."""
    found: list[AttributeClaim] = []
    cues: dict[str, list[Hit]] = {}
    for hit in hits:
        entry = hit.of(Category.CUE)
        if entry is not None:
            for fact in entry.ids:
                cues.setdefault(fact, []).append(hit)
    spans = [(a.start, a.end) for a in taken]
    answered = {(a.fact, segments.sentence_index(a.start)) for a in taken}
    for fact in sorted(set(cues) & attribute_facts):
        for cue in cues[fact]:
            match = _COMPLEMENT.match(text, cue.end)
            if match is None:
                continue
            start = match.end()
            stop = _CLAUSE_END.search(text, start)
            end = stop.start() if stop else len(text)
            end = _trim_end(text, start, end)
            if end <= start or len(text[start:end].split()) > MAX_PHRASE_WORDS:
                continue
            if not _overlaps(spans, start, end):
                found.append(AttributeClaim(start, end, fact))
                spans.append((start, end))
    seen: set[tuple[int, int]] = set()
    for start, end, fact in phrased:
        if (start, end) in seen:
            continue  # a phrasing two facts accept is read for the first of them
        seen.add((start, end))
        if fact not in cues:
            continue
        sentence = segments.sentence_index(start)
        if not any(segments.sentence_index(c.start) == sentence for c in cues[fact]):
            continue
        if _overlaps(spans, start, end):
            continue
        if (fact, sentence) in answered:
            continue  # the sentence states its answer where the cue puts it: that one
        found.append(AttributeClaim(start, end, fact))
        spans.append((start, end))
    return found


def _trim_end(text: str, start: int, end: int) -> int:
    """``end`` moved back over spaces and small words ("for war crimes and" -> "war crimes")."""
    while True:
        while end > start and text[end - 1].isspace():
            end -= 1
        last = re.search(r"(\w+)$", text[start:end])
        if last and last.start() > 0 and last.group(1).lower() in _TRIM:
            end = start + last.start()
            continue
        return end


# A name as news writes one: capitalised words, joined by a space or by the small
# words of a body's name ("Court of Appeals for the Second Circuit", "Procter &
# Gamble": data/en/name_joiners.txt); "and" is not one of them here, for "X and Y"
# is two names.
_JOINERS = "|".join(
    re.escape(w)
    for w in sorted(set(language.words("name_joiners.txt")) - {"and"}, key=lambda w: (-len(w), w))
)
# A word glued to a currency sign ("NZ$410m", "US$12") is an amount's, no name's.
_NAME_WORD = r"[A-Z][\w'’\-.]*(?![\w'’\-.$£€¥])"
_NAME = rf"{_NAME_WORD}(?:[ \u00a0]+(?:(?:{_JOINERS})[ \u00a0]+){{0,2}}{_NAME_WORD}){{0,7}}"
# How far before a cue its answer is looked for: a name and the words joining it to
# the cue ("X, the company's chief executive") are far shorter, and a bound keeps a
# sentence of a thousand cues from being read a thousand times over.
_LOOK_BACK = 160
# After the cue: "presided over by X", "chaired by X" (the passive's agent); "the
# presiding judge, X" (an appositive); "the leader is X"; "chief executive X".
_AFTER_CUE = re.compile(
    r"(?:[ \u00a0]+(?:over[ \u00a0]+)?by[ \u00a0]+"
    r"|,[ \u00a0]+"
    r"|[ \u00a0]+(?:is|was|will[ \u00a0]+be|has[ \u00a0]+been)[ \u00a0]+"
    r"|[ \u00a0]+)"
    rf"(?:the[ \u00a0]+)?(?P<name>{_NAME})"
)


# After a name a cue puts as its answer, a title in lower case and a second name: the
# first is the body the person leads or speaks for, the second the person ("moved by
# Rural First leader Fiona Strachan", "chaired by Acme chief executive Jane Doe").
# Up to two lower-case words before the title word ("deputy party leader").
@functools.cache
def _titled_after() -> re.Pattern[str]:
    titles = language.alternation(language.words("name_titles.txt"))
    return re.compile(
        rf"[ \u00a0]+(?:[a-z][\w\-]*[ \u00a0]+){{0,2}}(?:{titles})\.?[ \u00a0]+(?P<name>{_NAME})"
    )


# What may close an appositive name: "the presiding judge, Daniel Reyes, said".
_APPOSITIVE_END = re.compile(r"\s*(?:[,.;:)\]—–]|$)")
# A name that a list goes on from: "X and Y", "X, Y and Z".
_LIST_AFTER = re.compile(r",?[ \u00a0]+(?:and|or|&)[ \u00a0]+[A-Z]|,[ \u00a0]*[A-Z][\w'’\-]*,")
_LIST_BEFORE = re.compile(r"[A-Z][\w'’\-.]*,?[ \u00a0]+(?:and|or|&)[ \u00a0]+$")
_OWNER = r"(?:the|its|their|his|her|[A-Z][\w.&\-]*(?:[ \u00a0]+[A-Z][\w.&\-]*)*['’]s)"
_BEFORE_CUE = (
    # "X, the presiding judge", "X, the party's leader"
    re.compile(
        rf"(?P<name>{_NAME}),[ \u00a0]+(?:{_OWNER}[ \u00a0]+)(?:[\w\-’']+[ \u00a0]+){{0,2}}$"
    ),
    # "X is the company's chief executive", "X was named chief executive"
    re.compile(
        rf"(?P<name>{_NAME})[ \u00a0]+(?:is|was|has[ \u00a0]+been|will[ \u00a0]+be|became|remains"
        r"|(?:was|has[ \u00a0]+been)[ \u00a0]+(?:named|appointed|elected))[ \u00a0]+"
        rf"(?:(?:as[ \u00a0]+)?{_OWNER}[ \u00a0]+)?(?:[a-z][\w\-]*[ \u00a0]+){{0,2}}$"
    ),
    # "Acme named X chief executive", "the board appointed X as chair"
    re.compile(
        rf"\b(?:named|appointed|elected)[ \u00a0]+(?P<name>{_NAME})[ \u00a0]+"
        rf"(?:as[ \u00a0]+)?(?:{_OWNER}[ \u00a0]+)?(?:[a-z][\w\-]*[ \u00a0]+){{0,2}}$"
    ),
)
# "X presided", "X chaired": a cue written as a verb in the past, its subject before it.
_SUBJECT_OF_VERB = re.compile(
    rf"(?P<name>{_NAME})[ \u00a0]+(?:(?:has|had|also|then|later)[ \u00a0]+)?$"
)
# Code, not data: the articles, which stand where a title does ("the Judge") but
# make no title of the word after them.
_ARTICLES = frozenset({"the", "a", "an"})
# Words that make a title, not a name: stripped from the front of a name ("Judge
# Daniel Reyes" states "Daniel Reyes"); a title alone names nobody
# (data/en/name_titles.txt, and the articles).
_TITLE_WORDS = language.LazyWords(lambda: (*language.words("name_titles.txt"), *_ARTICLES))
# A word that opens a sentence as often as a name does ("Today", "Monday") is no name
# (data/en/name_openers.txt, and the months' and weekdays' names).
_NOT_NAMES = language.LazyWords(
    lambda: (
        *language.words("name_openers.txt"),
        *(d.word for d in language.weekdays() if d.form == "name"),
        *(m.word for m in language.months() if m.form == "name"),
    )
)


# The words that join a person's name to where the person is from (grammar, not a list
# a newsroom extends).
_AFFILIATION_WORDS = frozenset({"of", "for", "from"})


def _stated_names(
    text: str,
    hits: list[Hit],
    entities: list[EntityMention],
    segments: Segments,
    name_valued: frozenset[str],
    is_place: Callable[[str], bool] | None,
    taken: list[AttributeClaim],
    phrased: list[tuple[int, int, str]],
) -> list[AttributeClaim]:
    """Claims of a fact whose value is a name, by the name where a cue puts its answer
    (see the module's doc); ``phrased``: where the facts' phrasings stand."""
    found: list[AttributeClaim] = []
    spans = [(a.start, a.end) for a in taken]
    for hit, facts in _cued(hits, name_valued):
        # A cue that holds a phrasing of its fact ("Norwich-based" for where a
        # publisher is based) states its answer itself: the name after it ("Norwich-
        # based Quillon & Vellacott") is what it describes, not its answer.
        facts = [f for f in facts if not _holds_phrasing(hit, f, phrased)]
        if not facts:
            continue
        sentence_start = max(segments.sentence_at(hit.start).start, hit.start - _LOOK_BACK)
        span = _answer_of(text, hit, sentence_start)
        if span is None:
            continue
        # A name ends with its sentence: "led by Judith Kerrane. In one case" (the
        # full stop a name's initials may hold let the pattern run on).
        sentence_end = segments.sentence_at(hit.start).end
        if span[0] >= sentence_end:
            continue
        span = (span[0], min(span[1], sentence_end))
        span = _named(text, span, entities, is_place)
        if span is None:
            continue
        start, end = span
        if _overlaps(spans, start, end):
            continue
        found.extend(AttributeClaim(start, end, fact) for fact in facts)
        spans.append((start, end))
    return found


def _answer_of(text: str, cue: Hit, sentence_start: int) -> tuple[int, int] | None:
    """Where the name the cue at ``cue`` puts its answer stands, or None."""
    after = _AFTER_CUE.match(text, cue.end)
    if after is not None:
        start, end = after.span("name")
        joined = text[cue.end : start]
        appositive = joined.startswith(",")
        if appositive and not _APPOSITIVE_END.match(text, _name_end(text, start, end)):
            after = None
        elif _LIST_AFTER.match(text, _name_end(text, start, end)):
            return None  # "presided over by X and Y": several names, none the answer
        else:
            titled = None if appositive else _titled_after().match(text, end)
            if titled is not None:
                # the body, its title and the person: the title comes off in _named
                return start, titled.end("name")
            return start, end
    for pattern in _BEFORE_CUE:
        before = pattern.search(text, sentence_start, cue.start)
        if before is not None:
            return _unlisted(text, sentence_start, before.span("name"))
    if cue.end - cue.start > 2 and text[cue.start : cue.end].lower().endswith("ed"):
        before = _SUBJECT_OF_VERB.search(text, sentence_start, cue.start)
        if before is not None:
            return _unlisted(text, sentence_start, before.span("name"))
    return None


def _unlisted(text: str, sentence_start: int, span: tuple[int, int]) -> tuple[int, int] | None:
    """``span``, unless it ends a list of names ("X and Y presided")."""
    start = span[0]
    if _LIST_BEFORE.search(text, max(sentence_start, start - 60), start):
        return None
    return span


def _name_end(text: str, start: int, end: int) -> int:
    """Where a name from ``start`` ends once a possessive or full stop is off it."""
    while end > start and text[end - 1] in ".,":
        end -= 1
    if text[end - 2 : end] in ("'s", "’s"):
        end -= 2
    return end


def _inside_a_longer_name(text: str, words: list[tuple[int, int]], mention: EntityMention) -> bool:
    """Whether the name ``words`` hold goes on, capitalised, past a known name found
    inside it: then the longer name is the answer, not the one it holds ("founded by
    Odette Sorvane" is not Maison Sorvane by its short name; "to be called Caldmoor
    Wyeford Bank" is not Caldmoor Bank by its variant). After the known name, "of",
    "for" or "from" says where it is from, not that it goes on ("designed by Maren
    Oakridge of Oakridge Fenwick Architects" names the architect)."""
    if any(text[s].isupper() for s, e in words if e <= mention.start):
        return True
    after = [(s, e) for s, e in words if s >= mention.end]
    return (
        bool(after)
        and text[slice(*after[0])] not in _AFFILIATION_WORDS
        and any(text[s].isupper() for s, e in after)
    )


def _named(
    text: str,
    span: tuple[int, int],
    entities: list[EntityMention],
    is_place: Callable[[str], bool] | None,
) -> tuple[int, int] | None:
    """The name in ``span`` once titles are off its front: a known person's mention as
    found, or an unknown name of two words or more, or of one after a title ("Judge
    Reyes"); None for a possessive, a place, a title alone or a lone unknown word."""
    start, end = span
    if text[end - 2 : end] in ("'s", "’s") or text[end : end + 2] in ("'s", "’s"):
        return None  # "Daniel Reyes's court": the name owns something, it is not the answer
    end = _name_end(text, start, end)
    words = [(m.start() + start, m.end() + start) for m in re.finditer(r"\S+", text[start:end])]
    # Titles off the front: whatever stands before the last title word belongs to it
    # ("Acme Chief Executive Jane Doe" states "Jane Doe").
    # Only before "of", "for" or "from": a title word after one is of the body the
    # name is from ("Judith Kerrane of the Marine Casualty Board").
    joined = next(
        (i for i, (s, e) in enumerate(words) if text[s:e] in _AFFILIATION_WORDS), len(words)
    )
    last_title = max(
        (
            i
            for i, (s, e) in enumerate(words[:joined])
            if text[s:e].lower().rstrip(".") in _TITLE_WORDS
        ),
        default=-1,
    )
    # "Judge Reyes": one word after a title is a surname, the way news names people
    titled = last_title >= 0 and text[slice(*words[last_title])].lower() not in _ARTICLES
    words = words[last_title + 1 :]
    while words and text[words[0][0] : words[0][1]].lower() in _NOT_NAMES:
        words = words[1:]
    for i, (s, e) in enumerate(words[2:-1], start=2):
        # "Judith Kerrane of the Marine Casualty Board": after a name of two capitalised
        # words or more, the body the person is from; not in a body's own name ("Bank
        # of the West", "Court of Appeals for the Second Circuit")
        if text[s:e] in _AFFILIATION_WORDS and text[slice(*words[i + 1])] == "the":
            if all(text[w].isupper() for w, _ in words[:i]):
                words = words[:i]
            break
    if is_place is not None:
        # "Dr Amara Nwosu of Lagos": where the person is from is no part of the name
        for i, (s, e) in enumerate(words[1:-1], start=1):
            if text[s:e] in ("of", "from") and is_place(text[words[i + 1][0] : words[-1][1]]):
                words = words[:i]
                break
    if not words:
        return None
    start, end = words[0][0], words[-1][1]
    if not text[start].isupper():
        return None
    for mention in entities:
        if mention.start < end and start < mention.end:
            if _inside_a_longer_name(text, words, mention):
                break  # "founded by Erik Halvorsen": not Halvorsen Foods by its short name
            if mention.entity is None:
                return None  # a surname several people share names nobody for sure
            return (max(start, mention.start), min(end, mention.end))
    if len(words) < 2 and not titled:
        return None
    if is_place is not None and is_place(text[start:end]):
        return None
    return start, end
