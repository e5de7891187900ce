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

        A place extraction bound and nobody has reviewed, that contradicts its fact in
        a sentence that writes no date of the event, is ``needs-review``: a cue alone
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
            if claim.unreviewed_binding and not _dates_event(situation, fact):
                return Judgement(
                    Verdict.NEEDS_REVIEW,
                    stated,
                    expected,
                    f"needs review: {label(fact)} was in {expected}, not {stated}, and nothing"
                    " in the sentence dates it to that event: is it about another one?"
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
