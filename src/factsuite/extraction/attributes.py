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
  in attendance" names the wrong man;
- a fact with cues ("arrest warrant", "ICC") is claimed by what the cue is "for" or
  "over" ("an arrest warrant ... for crimes against humanity"), up to the end of the
  clause, and by any accepted phrasing in the same sentence as a cue.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from factsuite.extraction.lexicon import Category, Hit
from factsuite.extraction.mentions import EntityMention
from factsuite.extraction.segments import Segments

MAX_PHRASE_WORDS = 8
_PRONOUNS = frozenset({"his", "her", "their", "its"})
_BETWEEN_RELATION_AND_NAME = re.compile(r"(?:,\s*|\s+)(?:the\s+late\s+)?$")
_COMPLEMENT = re.compile(r"\s+(?:for|over|on charges of|on suspicion of)\s+", re.I)
_CLAUSE_END = re.compile(r"[,.;:—–()\n]|\s--|\s(?:and|but|while|which|who)\s")
_TRIM = frozenset({"the", "a", "an", "of", "and", "in", "on", "at"})


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
) -> list[AttributeClaim]:
    """Every attribute claim in ``text``; ``attribute_facts`` are the desk's attribute
    ids, ``person_valued`` those of them whose value is a person (see the module's doc)."""
    found = _relations(text, hits, entities)
    found.extend(_subjects(hits, entities, segments, person_valued, found))
    found.extend(_complements(text, hits, segments, found, attribute_facts))
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
) -> list[AttributeClaim]:
    found: list[AttributeClaim] = []
    if not person_valued:
        return found
    spans = [(a.start, a.end) for a in taken]
    for hit in hits:
        cue = hit.of(Category.CUE)
        if cue is None:
            continue
        for fact in person_valued.intersection(cue.ids):
            sentence = segments.sentence_at(hit.start)
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
            if subject is None or any(s < subject.end and subject.start < e for s, e in spans):
                continue
            found.append(AttributeClaim(subject.start, subject.end, fact))
            spans.append((subject.start, subject.end))
    return found


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
) -> list[AttributeClaim]:
    found: list[AttributeClaim] = []
    cues: dict[str, list[Hit]] = {}
    phrasings: list[tuple[Hit, str]] = []
    wanted = frozenset({Category.CUE, Category.PHRASING})
    for hit in hits:
        if wanted.isdisjoint(hit.categories):
            continue
        for entry in hit.entries:
            if entry.category is Category.CUE:
                for fact in entry.ids:
                    cues.setdefault(fact, []).append(hit)
            elif entry.category is Category.PHRASING:
                phrasings.append((hit, entry.ids[0]))
    spans = [(a.start, a.end) for a in taken]
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
            if not any(s < end and start < e for s, e in spans):
                found.append(AttributeClaim(start, end, fact))
                spans.append((start, end))
    for hit, fact in phrasings:
        if fact not in cues:
            continue
        sentence = segments.sentence_index(hit.start)
        if not any(segments.sentence_index(c.start) == sentence for c in cues[fact]):
            continue
        if any(s < hit.end and hit.start < e for s, e in spans):
            continue
        found.append(AttributeClaim(hit.start, hit.end, fact))
        spans.append((hit.start, hit.end))
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
