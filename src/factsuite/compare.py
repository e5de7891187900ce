"""The comparison core: one verdict per claim, from the claim, its article and the facts.

Each kind of claim reads the quote with the matching normalizer (numbers, dates,
names, titles) and asks one question of the fact. Nothing here knows about pytest or
the command line; both show the ``Result`` this module returns.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import date

from factsuite import dates, numbers
from factsuite.articles import Article
from factsuite.daterange import DateRange, format_range, parse_iso_range
from factsuite.gazetteer import Gazetteer, Standing, canonical_words, capital_of, shown
from factsuite.model import (
    AttributeFact,
    Claim,
    DateFact,
    EntityFact,
    Fact,
    PercentFact,
    QuantityFact,
    Result,
    Role,
    Span,
    Verdict,
)
from factsuite.names import NameIndex, fold
from factsuite.roles import (
    PLACE_WORDS,
    Tense,
    clashing_roles,
    held_during,
    held_on,
    moments,
    names_role,
    posted_elsewhere,
    ranked_below,
    ranked_otherwise,
    read_title,
    tense_holds,
    title_words,
)

# A categorical phrasing this close (rapidfuzz ratio, folded) to an accepted one agrees:
# it allows for spelling and inflection ("war crime"/"war crimes"), not other words.
ATTRIBUTE_SCORE = 90.0
# A date bound by extraction and not yet reviewed that misses its fact by more than
# this is more likely about another event of the same kind ("his own parade in 2020",
# "his grandfather's death in 1994") than a slip: it awaits review instead of
# failing. Slips writers make (a day, a month, a year off) stay well within it; a
# reviewed claim is judged without it, and so is one a person bound whose words were
# changed since (Claim.unreviewed_binding): a person said which event it is of.
IMPLAUSIBLE_GAP_DAYS = 2 * 365
_DAYS_PER_UNIT = {"days": 1.0, "weeks": 7.0, "months": 30.436875, "years": 365.2425}


@dataclass(frozen=True, slots=True)
class Judgement:
    """What a kind-specific rule decided, before it is dressed as a ``Result``."""

    verdict: Verdict
    stated: str
    expected: str
    message: str


@dataclass
class Context:
    """What every rule may consult besides the claim's own fact."""

    facts: Mapping[str, Fact]
    names: NameIndex

    @classmethod
    def build(cls, facts: Mapping[str, Fact]) -> Context:
        names = NameIndex()
        for fact in facts.values():
            if isinstance(fact, EntityFact):
                names.add(fact.id, fact.names)
        return cls(facts, names)

    @functools.cached_property
    def known_titles(self) -> frozenset[frozenset[str]]:
        """Every role title of the desk, as title words ("prime minister" and the like)."""
        return self._without_places(lambda role: role.titles)

    @functools.cached_property
    def known_orgs(self) -> frozenset[frozenset[str]]:
        """Every organisation a role of the desk is of, as title words without places
        ("nanyang technological university"): what a title phrase may name a post at."""
        return self._without_places(lambda role: role.of)

    def _without_places(
        self, texts_of: Callable[[Role], Iterable[str]]
    ) -> frozenset[frozenset[str]]:
        """The title words, places left out, of what ``texts_of`` gives of each role of
        the desk, when any are left."""
        return frozenset(
            words
            for entity in self.entities()
            for role in entity.roles
            for text in texts_of(role)
            if (words := title_words(text) - PLACE_WORDS)
        )

    @functools.cached_property
    def role_words(self) -> frozenset[str]:
        """Every word a title phrase can hold that names no person: the words of the
        desk's titles and of what roles are of, and places."""
        return PLACE_WORDS.union(
            *(
                title_words(text)
                for entity in self.entities()
                for role in entity.roles
                for text in (*role.titles, *role.of)
            )
        )

    def entities(self) -> Iterable[EntityFact]:
        return (f for f in self.facts.values() if isinstance(f, EntityFact))

    @functools.cached_property
    def gazetteer(self) -> Gazetteer:
        """The cities and countries of the world, and the places the facts name."""
        return Gazetteer(self.facts.values())


def locate(claim: Claim, article: Article) -> tuple[int, int] | None:
    """Where the claim's quote stands now: at its recorded place; if it moved, at its
    only occurrence on its recorded line (words changed earlier in the paragraph
    shift it along), else at its only occurrence in the article. None when it is
    gone or ambiguous (the claim is stale)."""
    offset = article.offset(claim.line, claim.column)
    if offset is not None and article.text.startswith(claim.quote, offset):
        return offset, offset + len(claim.quote)
    found = article.occurrences(claim.quote)
    if len(found) > 1:
        found = [at for at in found if article.position(at)[0] == claim.line]
    if len(found) == 1:
        return found[0], found[0] + len(claim.quote)
    return None


def judge(claim: Claim, article: Article, context: Context) -> Result:
    """The verdict on one claim."""
    where = locate(claim, article)
    span: Span | None = None
    sentence, sentence_offset = "", 0
    if where is None:
        count = len(article.occurrences(claim.quote))
        why = (
            "is no longer in the article"
            if count == 0
            else f"is no longer at line {claim.line}, column {claim.column}"
            f" and now stands {count} times"
        )
        decision = Judgement(
            Verdict.STALE,
            claim.quote,
            "",
            f"stale: the quote {claim.quote!r} {why}; run factsuite extract",
        )
    else:
        span = article.span(*where)
        sentence, sentence_offset = _kept_sentence(*article.sentence(*where), where)
        decision = _decide(claim, article, context, where)
        if not claim.recorded:
            decision = _unrecorded(decision)
        elif claim.was is not None:
            decision = _changed(decision, claim.was)
    fact = context.facts.get(claim.fact) if claim.fact else None
    return Result(
        claim=claim,
        verdict=decision.verdict,
        stated=decision.stated,
        expected=decision.expected,
        message=decision.message,
        sources=fact.sources if fact else (),
        span=span,
        sentence=sentence,
        sentence_offset=sentence_offset,
    )


# Characters of its sentence a result keeps either side of the quote: more than a
# report shows (70, cut at a word), so reports are unchanged, but a line of thousands
# of claims without a sentence end keeps no copy of its whole length per claim.
SENTENCE_KEPT = 200


def _kept_sentence(sentence: str, offset: int, where: tuple[int, int]) -> tuple[str, int]:
    """The part of ``sentence`` a result keeps, and where the quote starts in it."""
    begin = max(0, offset - SENTENCE_KEPT)
    return sentence[begin : offset + (where[1] - where[0]) + SENTENCE_KEPT], offset - begin


UNRECORDED = "not in claims.yaml yet: run factsuite extract, then review it"


def _unrecorded(decision: Judgement) -> Judgement:
    """A span claims.yaml lacks fails only on a real error; else it awaits review."""
    if decision.verdict.outcome == "failed":
        return Judgement(
            decision.verdict,
            decision.stated,
            decision.expected,
            f"{decision.message} ({UNRECORDED})",
        )
    return Judgement(
        Verdict.NEEDS_REVIEW, decision.stated, decision.expected, f"needs review: {UNRECORDED}"
    )


def _changed(decision: Judgement, was: str) -> Judgement:
    """A claim followed to the words that replaced its quote: judged, and the move told."""
    note = f"(claims.yaml quotes {was!r} here: run factsuite extract)"
    return Judgement(
        decision.verdict, decision.stated, decision.expected, f"{decision.message} {note}"
    )


def _decide(claim: Claim, article: Article, context: Context, where: tuple[int, int]) -> Judgement:
    if claim.fact is None:
        if claim.status == "pending":
            why = claim.reason or "not bound to any fact yet"
            return Judgement(Verdict.NEEDS_REVIEW, claim.quote, "", f"needs review: {why}")
        why = claim.reason or "no canonical fact covers it"
        return Judgement(Verdict.UNVERIFIABLE, claim.quote, "", f"unverifiable: {why}")
    fact = context.facts[claim.fact]
    if fact.disputed:
        note = f": {fact.note}" if fact.note else ""
        return Judgement(
            Verdict.UNVERIFIABLE,
            claim.quote,
            "",
            f"unverifiable: fact {fact.id!r} is disputed{note}",
        )
    reference = article.reference_date
    if claim.kind == "date" and isinstance(fact, DateFact):
        return _judge_date(claim, fact, _readings(claim, article, where), reference)
    if claim.kind == "elapsed" and isinstance(fact, DateFact):
        return _judge_elapsed(claim, fact, reference)
    if claim.kind == "anniversary" and isinstance(fact, DateFact):
        return _judge_anniversary(claim, fact, reference)
    if claim.kind == "place" and isinstance(fact, DateFact):
        return _judge_place(
            claim, fact, context.gazetteer, lambda: _dates_event(article, where, fact)
        )
    if claim.kind in ("number", "percent") and isinstance(fact, QuantityFact):
        return _judge_quantity(claim, fact, article, where)
    if claim.kind == "name" and isinstance(fact, EntityFact):
        return _judge_name(claim, fact, context)
    if claim.kind == "role" and isinstance(fact, EntityFact):
        return _judge_role(claim, fact, context, reference, lambda: _times_told(article, where))
    if claim.kind == "attribute" and isinstance(fact, AttributeFact):
        return _judge_attribute(claim, fact)
    # claims.py refuses such pairs when loading; this guards hand-built claims.
    return Judgement(
        Verdict.NEEDS_REVIEW,
        claim.quote,
        "",
        f"needs review: a {claim.kind} claim cannot use {fact.id!r}",
    )


def _unreadable(claim: Claim, what: str) -> Judgement:
    return Judgement(
        Verdict.NEEDS_REVIEW,
        claim.quote,
        "",
        f"needs review: cannot read {what} in {claim.quote!r}; give it as 'stated' in claims.yaml",
    )


def _readings(claim: Claim, article: Article, where: tuple[int, int]) -> tuple[DateRange, ...]:
    """What a date claim says: its ``stated`` reading, else its quote's.

    A quote that points back ("March that year", "The next year, he moved") is read
    where it stands, from the date before it: alone, it would count from the article's
    date or from nothing. Any other quote is read alone, and where it stands too, as
    extraction read it, and may mean either: a date without a year may be in the year
    of one told before it ("19 June 2024 -- ...; it takes effect on 4 December"), or
    the past one its tense says ("it came into force in December"). In place, a tense
    word can also narrow a weekday to one side of the article's date, and it is not
    always the weekday's ("arrived today for a parade on Wednesday"): what the words
    alone can mean stays.
    """
    if claim.stated:
        try:
            return (parse_iso_range(claim.stated),)
        except ValueError:
            return ()
    reference = article.reference_date
    here = dates.read_date_at(article.text, *where, reference)
    if here is not None and here.anaphoric:
        return here.readings
    alone = dates.read_date(claim.quote, reference)
    readings = alone.readings if alone is not None else ()
    if here is not None and where[0] <= here.start and here.end <= where[1]:
        readings += tuple(r for r in here.readings if r not in readings)
    return readings


def _judge_date(
    claim: Claim, fact: DateFact, readings: tuple[DateRange, ...], reference: date
) -> Judgement:
    if not readings:
        return _unreadable(claim, "a date")
    stated = " or ".join(format_range(r) for r in readings)
    expected = format_range(fact.value)
    if any(r.overlaps(fact.value) for r in readings):
        return Judgement(
            Verdict.AGREES, stated, expected, f"{claim.quote!r} ({stated}) agrees with {expected}"
        )
    gap = min(_days_apart(r, fact.value) for r in readings)
    if claim.unreviewed_binding and gap > IMPLAUSIBLE_GAP_DAYS:
        return Judgement(
            Verdict.NEEDS_REVIEW,
            stated,
            expected,
            f"needs review: {claim.quote!r} ({stated}) is years from {_label(fact)}"
            f" ({expected}); is it about another event? Bind it by hand if not",
        )
    return Judgement(
        Verdict.CONTRADICTS,
        stated,
        expected,
        f"contradicts: {claim.quote!r} means {stated} (as of {reference}),"
        f" but {_label(fact)} is {expected}",
    )


def _days_apart(a: DateRange, b: DateRange) -> int:
    """Days between two ranges' nearest ends (0 when they overlap)."""
    if a.end < b.start:
        return (b.start - a.end).days
    if b.end < a.start:
        return (a.start - b.end).days
    return 0


def _day_of(claim: Claim, reference: date) -> date:
    return claim.at.start if claim.at else reference


def _anniversary(mention: dates.DateMention | None) -> int | None:
    """Which anniversary a quote names: "the 80th anniversary", or whole years marked
    since the event ("80 years since")."""
    if mention is None:
        return None
    if mention.kind == "anniversary":
        return mention.ordinal
    elapsed = mention.duration
    if (
        elapsed is not None
        and elapsed.unit == "years"
        and elapsed.hedge is None
        and elapsed.amount >= 1
        and elapsed.amount == int(elapsed.amount)
    ):
        return int(elapsed.amount)
    return None


def _judge_anniversary(claim: Claim, fact: DateFact, reference: date) -> Judgement:
    ordinal = _anniversary(dates.read_date(claim.stated or claim.quote, reference))
    if ordinal is None:
        number = numbers.read_number(claim.stated or claim.quote)
        ordinal = int(number.value) if number and number.kind == "ordinal" else None
    if ordinal is None:
        return _unreadable(claim, "an anniversary")
    year = _day_of(claim, reference).year
    possible = range(year - fact.value.end.year, year - fact.value.start.year + 1)
    expected = f"{possible[-1]}th anniversary in {year} of {format_range(fact.value)}"
    if ordinal in possible:
        return Judgement(
            Verdict.AGREES, f"{ordinal}th", expected, f"{claim.quote!r} agrees: {expected}"
        )
    return Judgement(
        Verdict.CONTRADICTS,
        f"{ordinal}th",
        expected,
        f"contradicts: {year} is the {expected}, not the {ordinal}th",
    )


def _elapsed_agrees(stated: dates.Duration, actual: float) -> bool:
    """Whether ``actual`` (in the stated unit) is how news would say ``stated``.

    Unhedged, "in six years" is true from 5.5 up to (not including) 7 years: writers
    round or count whole years, never up past the next one.
    """
    amount = stated.amount
    hedge = stated.hedge
    if hedge == "nearly":
        return amount - 1 <= actual <= amount + 0.25
    if hedge == "about":
        return abs(actual - amount) <= max(1.0, 0.15 * amount)
    if hedge == "more_than":
        return actual > amount
    if hedge == "at_least":
        return actual >= amount
    if hedge == "fewer_than":
        return actual < amount
    if hedge == "at_most":
        return actual <= amount
    return amount - 0.5 <= actual < amount + 1


def _judge_elapsed(claim: Claim, fact: DateFact, reference: date) -> Judgement:
    mention = dates.read_date(claim.stated or claim.quote, reference)
    if mention is None or mention.duration is None:
        return _unreadable(claim, "an elapsed time")
    duration = mention.duration
    later = _day_of(claim, reference)
    actual = (later - fact.value.end).days / _DAYS_PER_UNIT[duration.unit]
    amount = f"{duration.amount:g} {duration.unit}"
    stated = f"{duration.hedge.replace('_', ' ')} {amount}" if duration.hedge else amount
    elapsed = f"{actual:.1f} {duration.unit}"
    expected = f"{elapsed} since {format_range(fact.value)}"
    if _elapsed_agrees(duration, actual):
        return Judgement(Verdict.AGREES, stated, expected, f"{claim.quote!r} agrees: {expected}")
    return Judgement(
        Verdict.CONTRADICTS,
        stated,
        expected,
        f"contradicts: {claim.quote!r} says {stated},"
        f" but {_label(fact)} was {elapsed} before {later}",
    )


def _judge_place(
    claim: Claim, fact: DateFact, gazetteer: Gazetteer, dated: Callable[[], bool]
) -> Judgement:
    """Where the claim says the event was, against the places the fact lists (see
    gazetteer.py): one of them, another name of one, or a country holding one agrees;
    another known place contradicts; what cannot be placed is unverifiable.

    ``dated`` says whether the claim's sentence writes a date of the event. A place
    extraction bound and nobody has reviewed, that contradicts its fact in a sentence
    that does not, is ``needs-review``: a cue alone ("the commemoration in Tokyo",
    "during his visit in Vladivostok") is as often another event of the same kind as
    a slip. With the event's date beside it ("the parade in Moscow next week") it is
    the event, and a wrong place fails; a reviewed claim is judged strictly, and so is
    one a person bound whose words were changed since (``reviewed_quote``).
    """
    quote = claim.stated or claim.quote
    city = capital_of(canonical_words(quote))
    stated = f"{quote} ({shown(city)})" if city else quote
    if not fact.place:
        return Judgement(
            Verdict.UNVERIFIABLE,
            stated,
            "",
            f"unverifiable: the facts give no place for {_label(fact)}",
        )
    expected = fact.place[0]
    if len(fact.place) > 1:
        expected += f" ({', '.join(fact.place[1:])})"
    found = gazetteer.judge(quote, fact.place)
    if found.standing is Standing.AGREES:
        return Judgement(Verdict.AGREES, stated, expected, f"{stated!r} agrees with {expected}")
    if found.standing is Standing.CONTRADICTS:
        if claim.unreviewed_binding and not dated():
            return Judgement(
                Verdict.NEEDS_REVIEW,
                stated,
                expected,
                f"needs review: {_label(fact)} was in {expected}, not {stated}, and nothing in"
                " the sentence dates it to that event: is it about another one? Confirm it if not",
            )
        return Judgement(
            Verdict.CONTRADICTS,
            stated,
            expected,
            f"contradicts: {_label(fact)} was in {expected}, not {stated}",
        )
    return Judgement(Verdict.UNVERIFIABLE, stated, expected, f"unverifiable: {found.why}")


def _dates_event(article: Article, where: tuple[int, int], fact: DateFact) -> bool:
    """Whether the sentence around a quote writes a date of the fact's event."""
    sentence, _ = article.sentence(*where)
    return any(
        reading.overlaps(fact.value)
        for mention in dates.find_dates(sentence, article.reference_date)
        for reading in mention.readings
    )


def _format_quantity(fact: QuantityFact) -> str:
    def show(value: float) -> str:
        text = f"{value:,.6f}".rstrip("0").rstrip(".")
        return f"{text}%" if isinstance(fact, PercentFact) else text

    if fact.low is not None and fact.high is not None:
        return f"{show(fact.low)}-{show(fact.high)}"
    unit = f" {fact.unit}" if fact.unit else ""
    return show(fact.value) + unit


def _judge_quantity(
    claim: Claim, fact: QuantityFact, article: Article, where: tuple[int, int]
) -> Judgement:
    read = numbers.read_number(claim.stated or claim.quote)
    if read is None:
        return _unreadable(claim, "a number")
    mention = read
    after = article.text[where[1] : where[1] + 12]
    if read.kind == "number" and numbers.counts_the_rest(after):
        # the sentence is read only then: most numbers are followed by no "other"
        sentence, at = article.sentence(*where)
        mention = numbers.counting_the_rest(read, sentence[:at], after)
    # "25 other leaders": what is compared is the whole, the rest and who they are besides
    said = f"{claim.quote!r}" if mention is read else f"{claim.quote!r} others and those named"
    expected = _format_quantity(fact)
    if fact.low is not None and fact.high is not None:
        agrees = mention.low <= fact.high and fact.low <= mention.high
    else:
        agrees = mention.agrees_with(fact.value)
    stated = mention.text
    if agrees:
        return Judgement(Verdict.AGREES, stated, expected, f"{said} agrees with {expected}")
    return Judgement(
        Verdict.CONTRADICTS,
        stated,
        expected,
        f"contradicts: {said} ({_describe_interval(mention)}) but {_label(fact)} is {expected}",
    )


def _describe_interval(mention: numbers.NumberMention) -> str:
    def show(value: float) -> str:
        return f"{value:,.4f}".rstrip("0").rstrip(".")

    if mention.low == mention.high:
        return f"exactly {show(mention.low)}"
    if mention.high == float("inf"):
        return f"{'above' if mention.low_open else 'at least'} {show(mention.low)}"
    if mention.low == float("-inf"):
        return f"{'below' if mention.high_open else 'at most'} {show(mention.high)}"
    return f"between {show(mention.low)} and {show(mention.high)}"


def _judge_name(claim: Claim, fact: EntityFact, context: Context) -> Judgement:
    stated = claim.stated or claim.quote
    found = context.names.judge(stated, fact.id)
    if found.kind == "same":
        return Judgement(Verdict.AGREES, stated, fact.name, f"{stated!r} is {fact.name}")
    if found.kind == "misspelled":
        return Judgement(
            Verdict.MISSPELLED,
            stated,
            found.nearest,
            f"misspelled: {stated!r} should be {found.nearest!r}"
            + (f" ({fact.name})" if found.nearest != fact.name else ""),
        )
    if found.kind == "other":
        return Judgement(
            Verdict.CONTRADICTS,
            stated,
            fact.name,
            f"contradicts: {stated!r} names {found.nearest}, a different person from {fact.name}",
        )
    return Judgement(
        Verdict.CONTRADICTS, stated, fact.name, f"contradicts: {stated!r} does not name {fact.name}"
    )


def _strip_names(quote: str, fact: EntityFact, names: NameIndex) -> str:
    """The quote without the person's own name, leaving the title ("Slovak Prime Minister")."""
    text = fold(quote)
    # Indexed by entity: scanning every short form of the desk cost a pass over
    # thousands of names for each role judged.
    forms = names.forms_of(fact.id) + names.short_of.get(fact.id, [])
    for form in sorted(forms, key=len, reverse=True):
        text = re.sub(rf"\b{re.escape(form)}\b", " ", text)
    return text


def _terms(roles: Iterable[Role]) -> str:
    return "; ".join(_term(r) for r in roles)


def _term(role: Role) -> str:
    """A role and when it was held: "President of Russia (2000 to 2008)"."""
    start = format_range(role.start) if role.start else None
    end = format_range(role.end) if role.end else None
    if start and end:
        when = f" ({start} to {end})"
    elif start:
        when = f" (ended, from {start})" if role.ended else f" (since {start})"
    elif end:
        when = f" (until {end})"
    else:
        when = " (ended)" if role.ended else ""
    return role.describe() + when


def _times_told(article: Article, where: tuple[int, int]) -> list[DateRange]:
    """The times the sentence around a quote is set in: the dates it writes out."""
    sentence, _ = article.sentence(*where)
    return dates.times_written(sentence, article.reference_date)


def _judge_role(
    claim: Claim,
    fact: EntityFact,
    context: Context,
    reference: date,
    times_told: Callable[[], list[DateRange]],
) -> Judgement:
    """``times_told``: the times the claim's sentence is set in (see _times_told)."""
    stated = claim.stated or claim.quote
    phrase = read_title(_strip_names(stated, fact, context.names))
    if not phrase.words:
        return _unreadable(claim, "a title")
    own = [role for role in fact.roles if names_role(phrase.words, role)]
    if not own:
        # "U.S. President Joe Biden", bound to the title's one holder on the day:
        # the words no title holds are a name, and not the holder's.
        named = phrase.words - context.role_words
        title = phrase.words - named
        if phrase.tense is Tense.CURRENT and len(named) >= 2:
            # The holder at the times its sentence writes out, if it writes any (see
            # extraction's rolephrases._before_unknown_name). Read only here: it
            # parses the sentence's dates.
            told = times_told()
            days = moments(told, reference)
            held = [
                r
                for r in fact.roles
                if names_role(title, r) and all(held_on(r, day) for day in days)
            ]
            if held:
                terms = _terms(held)
                when = "when the sentence is set" if told else f"on {reference}"
                return Judgement(
                    Verdict.CONTRADICTS,
                    stated,
                    f"{fact.name}: {terms}",
                    f"contradicts: {when} the title in {stated!r} was {fact.name}'s,"
                    f" not the person it names: {terms}",
                )
        below = [r for r in fact.roles if ranked_below(phrase.words, r)]
        if below:
            terms = _terms(below)
            return Judgement(
                Verdict.CONTRADICTS,
                stated,
                terms,
                f"contradicts: {fact.name} is {terms}, a rank below the title in {stated!r}",
            )
        # Current titles only: a career's earlier posts are seldom all on a desk, and
        # "former Vice President Joe Biden" is right of a man the desk lists as President.
        other_rank = [
            r
            for r in fact.roles
            if phrase.tense is Tense.CURRENT
            and ranked_otherwise(phrase.words, r)
            and held_on(r, reference)
        ]
        if other_rank:
            terms = _terms(other_rank)
            return Judgement(
                Verdict.CONTRADICTS,
                stated,
                terms,
                f"contradicts: on {reference} {fact.name} was {terms},"
                f" not of the rank in {stated!r}",
            )
        holders = sorted(
            {
                other.name
                for other in context.entities()
                for r in other.roles
                if names_role(phrase.words, r)
            }
        )
        if holders:
            return Judgement(
                Verdict.CONTRADICTS,
                stated,
                _terms(fact.roles) or fact.name,
                f"contradicts: {fact.name} has never held the title in {stated!r}"
                f" (it belongs to {', '.join(holders)})",
            )
        there = clashing_roles(phrase, fact.roles, context.known_titles, reference)
        if not there and (
            elsewhere := posted_elsewhere(phrase, fact.roles, context.known_orgs, reference)
        ):
            terms = _terms(elsewhere)
            return Judgement(
                Verdict.CONTRADICTS,
                stated,
                terms,
                f"contradicts: on {reference} {fact.name} was at {terms},"
                f" not the organisation in {stated!r}",
            )
        if there:
            terms = _terms(there)
            return Judgement(
                Verdict.CONTRADICTS,
                stated,
                terms,
                f"contradicts: on {reference} {fact.name} held {terms},"
                f" not the title in {stated!r}",
            )
        return Judgement(
            Verdict.UNVERIFIABLE,
            stated,
            "",
            f"unverifiable: no role of {fact.name} in the facts matches {stated!r}",
        )
    terms = _terms(own)
    if phrase.tense is Tense.CURRENT:
        if tense_holds(own, phrase.tense, reference):
            return Judgement(
                Verdict.AGREES, stated, terms, f"{fact.name} held it on {reference}: {terms}"
            )
        # "On 27 April 2018, Kim met South Korean President Moon Jae-in": a sentence
        # set at a time of its own gives its people the titles they held then.
        told = (
            [] if phrase.now else [t for t in times_told() if any(held_during(r, t) for r in own)]
        )
        if told:
            return Judgement(
                Verdict.AGREES,
                stated,
                terms,
                f"{fact.name} held it in {format_range(told[0])}, when the sentence is set:"
                f" {terms}",
            )
        return Judgement(
            Verdict.OUTDATED,
            stated,
            terms,
            f"outdated: {stated!r} is a title {fact.name} did not hold on {reference}: {terms};"
            " write 'former' or 'then-'",
        )
    if phrase.tense is Tense.FORMER:
        if tense_holds(own, phrase.tense, reference):
            return Judgement(
                Verdict.AGREES, stated, terms, f"{fact.name} had left the role by {reference}"
            )
        if any(held_on(r, reference) for r in own):
            return Judgement(
                Verdict.OUTDATED,
                stated,
                terms,
                f"outdated: {stated!r} calls {fact.name} former, but on {reference} {fact.name}"
                f" held the role: {terms}",
            )
        return Judgement(
            Verdict.CONTRADICTS,
            stated,
            terms,
            f"contradicts: {fact.name} had not held it by {reference}",
        )
    if claim.at is None or any(
        held_on(r, day) for r in own for day in (claim.at.start, claim.at.end)
    ):
        return Judgement(
            Verdict.AGREES, stated, terms, f"{fact.name} held it at the time described: {terms}"
        )
    return Judgement(
        Verdict.OUTDATED,
        stated,
        terms,
        f"outdated: {fact.name} did not hold it in {format_range(claim.at)}: {terms}",
    )


def _judge_attribute(claim: Claim, fact: AttributeFact) -> Judgement:
    stated = _after_relation(claim.stated or claim.quote, fact)
    key = fold(stated)
    from rapidfuzz import fuzz  # only categorical claims need it

    best = max(fuzz.ratio(key, fold(p)) for p in fact.phrasings)
    if best >= ATTRIBUTE_SCORE:
        return Judgement(
            Verdict.AGREES, stated, fact.value, f"{stated!r} agrees with {fact.value!r}"
        )
    return Judgement(
        Verdict.CONTRADICTS,
        stated,
        fact.value,
        f"contradicts: {_label(fact)} is {fact.value!r}, not {stated!r}",
    )


def _after_relation(quote: str, fact: AttributeFact) -> str:
    """The name a relation claim states: "Kim Jong-Il" of "father, the late Kim Jong-Il"."""
    if fact.relation is None:
        return quote
    lead = re.match(
        rf"{re.escape(fact.relation[1])}(?:,\s*|\s+)(?:the\s+late\s+)?", quote, re.IGNORECASE
    )
    return quote[lead.end() :] if lead else quote


def _label(fact: Fact) -> str:
    return fact.label or fact.id
