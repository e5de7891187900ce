"""``place``: where an event was ("the parade in Beijing"), against the places a
date fact lists (see gazetteer.py)."""

from __future__ import annotations

from factsuite.gazetteer import Standing, canonical_words, capital_of, shown
from factsuite.kinds._shared import label
from factsuite.kinds.base import ClaimKind, Judgement, Situation
from factsuite.model import Claim, DateFact, Verdict


class PlaceKind(ClaimKind[DateFact]):
    name = "place"
    states_value = True
    fact_types = (DateFact,)  # where the event was: see DateFact.place
    description = "where an event was, against the places its date fact lists"

    def judge(self, claim: Claim, fact: DateFact, situation: Situation) -> Judgement:
        """One of the fact's places, another name of one, or a country holding one
        agrees; another known place contradicts; what cannot be placed is unverifiable.

        A wrong place fails whether or not its sentence dates or names the event. A
        place bound by a cue alone ("the commemoration in Tokyo") may be another event
        of the same kind, but holding such places for review held back 4 planted errors
        for each false alarm it spared (benchmarks/beats/AFTER_WAVE.md, session 16):
        a person answers the rare other event by binding the claim to it.
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
            return Judgement(
                Verdict.CONTRADICTS,
                stated,
                expected,
                f"contradicts: {label(fact)} was in {expected}, not {stated}",
            )
        return Judgement(Verdict.UNVERIFIABLE, stated, expected, f"unverifiable: {found.why}")
