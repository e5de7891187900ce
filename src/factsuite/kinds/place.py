"""``place``: where an event was ("the parade in Beijing"), against the places a
date fact lists (see gazetteer.py)."""

from __future__ import annotations

import re
from collections.abc import Collection

from factsuite import language
from factsuite.gazetteer import (
    CITY_NAMES,
    COUNTRY_NAMES,
    COUNTRY_WORDS,
    Standing,
    canonical_words,
    capital_of,
    shown,
)
from factsuite.kinds._shared import label
from factsuite.kinds.base import ClaimKind, Judgement, Situation
from factsuite.model import Claim, DateFact, Verdict
from factsuite.names import fold

# A run of capitalised words, joined by spaces and the particles of names ("Atlantic
# Nations Cup", "St Aidan's Hospital", "Estádio da Luz": data/en/name_particles.txt).
_CAPITALISED_RUN = re.compile(
    r"[A-Z][\w'’.\-]*(?:[ \u00a0]+(?:(?:"
    + "|".join(re.escape(w) for w in language.words("name_particles.txt"))
    + r")[ \u00a0]+){0,2}[A-Z][\w'’.\-]*)*"
)
# A possessive inside a run, where it may join two names ("Glass Meridian's Saturday").
_POSSESSIVE = re.compile(r"['’]s[ \u00a0]+")


class PlaceKind(ClaimKind[DateFact]):
    name = "place"
    states_value = True
    fact_types = (DateFact,)  # where the event was: see DateFact.place
    description = "where an event was, against the places its date fact lists"

    def judge(self, claim: Claim, fact: DateFact, situation: Situation) -> Judgement:
        """One of the fact's places, another name of one, or a country holding one
        agrees; another known place contradicts; what cannot be placed is unverifiable.

        A place extraction bound and nobody has reviewed, that contradicts its fact in
        a sentence that writes no date of the event and no name of it before the place
        (rule ``names-the-event``, ``_names_event``), is ``needs-review``: a cue alone
        ("the commemoration in Tokyo", "during his visit in Vladivostok") is as often
        another event of the same kind as a slip. With the event's date beside it ("the
        parade in Moscow next week") it is the event, and a wrong place fails; a
        reviewed claim is judged strictly, and so is one a person bound whose words
        were changed since (``reviewed_quote``).
        """
        quote = claim.stated or claim.quote
        city = capital_of(canonical_words(quote))
        stated = f"{quote} ({shown(city)})" if city else quote
        if not fact.place:
            return Judgement(
                Verdict.UNVERIFIABLE,
                stated,
                "",
                f"unverifiable: the facts give no place for {label(fact)}",
            )
        expected = fact.place[0]
        if len(fact.place) > 1:
            expected += f" ({', '.join(fact.place[1:])})"
        found = situation.context.gazetteer.judge(quote, fact.place)
        if found.standing is Standing.AGREES:
            return Judgement(Verdict.AGREES, stated, expected, f"{stated!r} agrees with {expected}")
        if found.standing is Standing.CONTRADICTS:
            if (
                claim.unreviewed_binding
                and not _dates_event(situation, fact)
                and not _names_event(situation, fact)
            ):
                return Judgement(
                    Verdict.NEEDS_REVIEW,
                    stated,
                    expected,
                    f"needs review: {label(fact)} was in {expected}, not {stated}, and nothing"
                    " in the sentence dates or names that event: is it about another one?"
                    " Confirm it if not",
                )
            return Judgement(
                Verdict.CONTRADICTS,
                stated,
                expected,
                f"contradicts: {label(fact)} was in {expected}, not {stated}",
            )
        return Judgement(Verdict.UNVERIFIABLE, stated, expected, f"unverifiable: {found.why}")


def _dates_event(situation: Situation, fact: DateFact) -> bool:
    """Whether the sentence around the quote writes a date of the fact's event."""
    return any(
        reading.overlaps(fact.value)
        for mention in situation.readings.dates(situation.sentence[0], situation.reference)
        for reading in mention.readings
    )


def _names_event(situation: Situation, fact: DateFact) -> bool:
    """The rule ``names-the-event``: whether the sentence, before the quote, writes a
    name of the fact's event (``event_names``): "the Atlantic Nations Cup final in
    Porto", "headlined Wildmoor in Leeds", "St Aidan's Hospital in Leeds". A cue alone
    names a kind of event ("the final", "the commemoration"); a proper name names
    that one, and a venue stays where it is, whatever happens in it."""
    names = event_names(fact, situation.context.names.full)
    if not names:
        return False
    sentence, at = situation.sentence
    before = sentence[:at]
    return any(re.search(rf"(?<!\w){re.escape(name)}(?!\w)", before) for name in names)


def event_names(fact: DateFact, people: Collection[str]) -> frozenset[str]:
    """The proper names of a date fact's event, as written: the capitalised runs of
    its label and of its venue, and its cues written with a capital; not a
    city, country or people the gazetteer knows (where, not what), nor a month or
    weekday, nor an entity's name (``people``, folded: who, not what)."""
    runs = []
    # the places listed after the first are where it is (a city, a country); the
    # first, when others follow it, may be the venue ("St Aidan's Hospital")
    for text in (fact.label, *fact.place[:1]) if len(fact.place) > 1 else (fact.label,):
        for match in _CAPITALISED_RUN.finditer(text):
            run = match.group().rstrip("'’.").removesuffix("'s").removesuffix("’s")
            runs.append(run)
            # the names a possessive joins, each: "Glass Meridian", "Saturday"
            runs += [part for part in _POSSESSIVE.split(run) if " " in part]
    runs += [cue for cue in fact.cues if cue[:1].isupper()]
    out = set()
    for run in runs:
        key = fold(run)
        if (
            len(run) < 3
            or key in people
            or key in CITY_NAMES
            or key in COUNTRY_NAMES
            or key in COUNTRY_WORDS
            or run in language.calendar_names()
        ):
            continue
        out.add(run)
    return frozenset(out)
