"""``tenure``: how long, or since when, a person has held a role ("has led the bank
for six years", "in office since 2019", "governor from 2013 to 2020", "became
chancellor in May 2021"), against the ``from``/``to`` of the person's roles.

The dates and durations are read by dates.py, as the ``date`` and ``elapsed`` kinds
read them. A time in a role is judged at the precision printed: "six years" agrees
with 5.5 up to (not including) 6.5 years, "nearly six years" with 5 up to 6, "more
than six years" with anything above 6; a role known to the month or year allows
every length its dates could give. Which of the person's roles is meant is the one
the quote names ("governor", "chancellor", "the bank" for a role "of" a bank), else
the person's one dated role.

What a finder reads as a tenure is a set of named forms (``FORMS``), each a phrase of
holding a role (data/tenure_verbs.txt: "led", "headed", "served"...) and its time:
"for six years" after a verb of holding ("has led", or "led" alone: data/tenure_past_verbs.txt)
or after a title ("chief of staff for three years"), "since 2019" after one ("has led the
bank since 2019"), after "in office" or after a title ("chief executive since 2019"),
"from 2013 to 2020" after a title, "in May 2021" after "became" and a title, "spent six
years as mayor". "For six years" after anything else ("jailed for six years", "has lived
there for six years") is no tenure. A sentence may state several ("leader since 2019 and
prime minister since 2020"): each form reads on after the time it has read.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from factsuite import dates
from factsuite.daterange import DateRange, format_range
from factsuite.kinds._shared import (
    DAYS_PER_UNIT,
    ROUNDING_PER_STEP,
    data_words,
    day_of,
    lowered,
    nearly_below,
    unreadable,
)
from factsuite.kinds.base import ClaimKind, Found, Judgement, Situation
from factsuite.model import Claim, EntityFact, Fact, PersonFact, Role, Verdict
from factsuite.roles import held_on, title_words

__all__ = ["FORMS", "TenureKind", "holding_verbs", "read_tenure", "role_words", "tenure_agrees"]


@functools.cache
def holding_verbs() -> frozenset[str]:
    """Verbs of holding a role: "has led", "has chaired" (data/tenure_verbs.txt)."""
    return data_words("tenure_verbs.txt")


def _phrases(phrases: frozenset[str]) -> str:
    """An alternation of ``phrases``, escaped, longest first, a space for any spaces."""
    ordered = sorted(phrases, key=lambda p: (-len(p), p))
    return "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in ordered)


@functools.cache
def past_verbs() -> frozenset[str]:
    """Verbs of holding a role in the simple past: "led the bank for six years"
    (data/tenure_past_verbs.txt)."""
    return data_words("tenure_past_verbs.txt")


@functools.cache
def _patterns() -> dict[str, re.Pattern[str]]:
    verbs = "|".join(sorted(holding_verbs(), key=len, reverse=True))
    past = "|".join(sorted(past_verbs(), key=len, reverse=True))
    # The titles a time may follow with no verb; "post", "office" and the like only
    # with one ("in office since 2019" is the "since" form's).
    titles = "|".join(
        re.escape(t) for t in sorted(role_words() - _not_alone(), key=len, reverse=True)
    )
    in_role = _phrases(in_role_phrases())
    # A word hyphened to the title is part of it: "vice-captain", "co-founder" (the
    # title alone would read "captain", another role).
    rank = r"(?:(?i:[a-z]+)[-‐])?"
    # What the role is, between the verb and its time: "the bank", "as governor".
    held = r"(?P<held>(?:\s+(?!for\b|since\b)[\w'’&.-]+){0,5}?)"
    # With no auxiliary, something held must follow the verb: "ran Harbourline for
    # eight years"; "the trial ran for five weeks" lasted, and held nothing.
    held_past = r"(?P<held>(?!\s+to\b)(?:\s+(?!for\b|since\b)[\w'’&.-]+){1,5}?)"
    return {
        # "has led the bank for six years", "had served as governor for nearly a decade"
        "for": re.compile(
            rf"\b(?P<aux>has|have|had)\s+(?:been\s+)?(?P<verb>{verbs}){held}\s+(?P<time>for\s+[^.,;:]+)",
            re.I,
        ),
        # "Renn ran Harbourline for nearly eight years", "she led the union for a
        # decade": a verb of holding with no auxiliary; "managed to stay open for six
        # years" holds nothing.
        "past-for": re.compile(
            rf"\b(?P<verb>{past}){held_past}"
            r"\s+(?P<time>for\s+[^.,;:]+)",
            re.I,
        ),
        # "has led the bank since 2019", "has chaired the board since May 2021"
        "held-since": re.compile(
            rf"\b(?:has|have|had)\s+(?:been\s+)?(?P<verb>{verbs}){held}"
            r"\s+(?P<time>since\s+[^.,;:]+)",
            re.I,
        ),
        # "in office since 2019", "at the helm since May 2021", "in the post since 2019"
        "since": re.compile(
            rf"\b(?P<held>{in_role})\s+(?P<time>since\s+[^.,;:]+)",
            re.I,
        ),
        # "Helena Marwick, chief executive since 2015,", "the mayor since 2019": a
        # title and its time, with no verb of holding
        # A capitalised word after the title is a name, not the role's ("President Xi
        # Jinping since June 2019" is a meeting's time), unless it follows "of".
        "title-since": re.compile(
            rf"\b(?P<held>{rank}(?i:{titles})(?:\s+(?:of|at|for)(?:\s+the)?(?:\s+[A-Z][\w'’&.-]*)+"
            r"|\s+(?!since\b)[a-z][\w'’&.-]*){0,3}?)"
            r"\s+(?P<time>since\s+[^.,;:]+)",
        ),
        # "Gen. Tessier, chief of the defence staff for nearly three years,", "its chief
        # executive for 11 years": a title and how long, with no verb of holding (not
        # across "and": "chair and chief executive for 11 years" is the second's)
        "title-for": re.compile(
            rf"\b(?P<held>{rank}(?i:{titles})(?:\s+(?!for\b|and\b)[\w'’&.-]+){{0,4}}?)"
            r"\s+(?P<time>for\s+[^.,;:]+)",
        ),
        # "spent fourteen years as mayor", "spent a decade as chief executive"
        # (the role ends at its title: "as deputy to a leader" holds "deputy").
        "spent-as": re.compile(
            r"\bspent\s+(?P<time>[^.,;:]+?)\s+as\s+(?P<held>(?:[\w'’&.-]+\s+){0,3}?"
            rf"(?:{titles})\b)",
            re.I,
        ),
        # "governor from 2013 to 2020", "chancellor between 2013 and 2020"
        "span": re.compile(
            r"\b(?P<held>[A-Za-z][\w'’-]*)\s+(?P<time>(?:from|between)\s+[^.,;:]+?"
            r"\s+(?:to|until|till|and|-|–)\s+[^.,;:\s]+(?:\s+\d{4})?)",
        ),
        # "became chancellor in May 2021", "was appointed governor in 2013"
        "became": re.compile(
            rf"\b(?:{_phrases(became_phrases())})"
            # not "took over from Martin Lisle in 2019": the name is the predecessor's
            r"(?P<held>(?:\s+(?!in\b|on\b|from\b)[\w'’&.-]+){0,5}?)\s+(?P<time>(?:in|on)\s+[^.,;:]+)",
            re.I,
        ),
    }


@dataclass(frozen=True, slots=True)
class Tenure:
    """A time in a role as a quote states it: ``form`` (for, since, span, became),
    the words naming the role, and the duration or dates read from its time."""

    form: str
    held: str
    duration: dates.Duration | None = None
    since: DateRange | None = None
    until: DateRange | None = None
    # "has run the brewery for five years": the present perfect says the time runs to
    # the article's day, in the role held then (rule present-perfect-tenure).
    to_date: bool = False


FORMS = (
    "for",
    "past-for",
    "title-for",
    "spent-as",
    "held-since",
    "since",
    "title-since",
    "span",
    "became",
)
# The forms that say how long a role was held, and those that say since when it has
# been held, to this day.
_FOR_FORMS = frozenset({"for", "past-for", "title-for", "spent-as"})
_SINCE_FORMS = frozenset({"since", "held-since", "title-since"})
# Forms with no verb of their own, or one another form's phrase holds ("has led the
# bank for six years" holds "led the bank for six years"): inside another form's
# tenure they are no second one.
_INNER_FORMS = frozenset({"title-since", "title-for", "past-for"})


@functools.cache
def in_role_phrases() -> frozenset[str]:
    """Phrases of being in a role: "in office", "at the helm" (data/tenure_in_role.txt)."""
    return data_words("tenure_in_role.txt")


@functools.cache
def became_phrases() -> frozenset[str]:
    """Phrases of taking a role: "became", "was appointed" (data/tenure_became.txt)."""
    return data_words("tenure_became.txt")


@functools.cache
def _not_alone() -> frozenset[str]:
    """Role words that name a role only after a verb or "in" ("in office", "held the
    post"): the last words of the in-role phrases."""
    return frozenset(phrase.split()[-1] for phrase in in_role_phrases())


# The words a form's pattern cannot match without, lower-cased, besides its anchor
# (_ANCHOR_OF): each tuple names words one of which the text must hold ("for" needs
# "for" and "has", "have" or "had"). A case-blind search costs about as much as
# reading the text once; most articles hold none of "since", "became" or "appointed",
# so their forms' patterns are not run on them at all (see _shared.lowered).
_CUES: dict[str, tuple[tuple[str, ...], ...]] = {
    "for": (("has", "have", "had"),),  # and its anchor, "for": see _cues
    "past-for": (),
    "title-for": (),
    "spent-as": (("spent",),),
    "held-since": (("has", "have", "had"),),
    "since": (),  # and a last word of an in-role phrase: see _cues
    "title-since": (),
    "span": (("from", "between"),),
    "became": (),  # a became-phrase's first word that is no auxiliary: see _cues
}
# Code, not data: the auxiliaries a phrase of taking a role may open with.
_AUXILIARIES = frozenset({"was", "were", "is", "has", "have", "had", "been"})


@functools.cache
def _cues(form: str) -> tuple[tuple[str, ...], ...]:
    """The words the form's pattern cannot match without: its anchor word ("for",
    "since": _ANCHOR_OF), _CUES, and for the "since" form one of the in-role phrases'
    last words ("office", "helm")."""
    anchor = _ANCHOR_OF.get(form)
    cues = ((anchor,), *_CUES[form]) if anchor is not None else _CUES[form]
    if form == "since":
        return (*cues, tuple(sorted(_not_alone())))
    if form == "became":
        words = (next(w for w in p.split() if w not in _AUXILIARIES) for p in became_phrases())
        return (tuple(sorted(set(words))),)
    return cues


def _read(form: str, match: re.Match[str], reference: date) -> tuple[Tenure, int] | None:
    """The tenure a match states, and where its time ends; None when the time is not
    a duration (for "for") or a date (for the others)."""
    time = match["time"]
    start = match.start("time")
    found = [m for m in dates.find_dates(time, reference) if m.start <= 14]
    if not found:
        return None
    first = min(found, key=lambda m: m.start)
    held = match["held"].strip()
    if form in _FOR_FORMS:
        if first.duration is None or first.duration.unit not in DAYS_PER_UNIT:
            return None
        # "spent six years as mayor": the role named after the time is the tenure's too
        to_date = form == "for" and match["aux"].casefold() != "had"
        return Tenure(form, held, duration=first.duration, to_date=to_date), max(
            start + first.end, match.end("held")
        )
    if first.kind != "absolute" or not first.readings:
        return None
    if form == "span":
        ends = [m for m in dates.find_dates(time, reference) if m.kind == "absolute"]
        edges = _edges(time, reference)
        if edges is None:
            return None
        return Tenure(form, held, since=edges[0], until=edges[1]), start + max(m.end for m in ends)
    return Tenure(form, held, since=first.readings[0]), start + first.end


_SPAN_EDGES = re.compile(
    r"(?:from|between)\s+(?P<a>.+?)\s+(?:to|until|till|and|-|–)\s+(?P<b>.+)$", re.I
)


def _edges(time: str, reference: date) -> tuple[DateRange, DateRange] | None:
    """The two ends of "from 2013 to 2020", each read on its own."""
    match = _SPAN_EDGES.match(time.strip())
    if match is None:
        return None
    a, b = dates.read_date(match["a"], reference), dates.read_date(match["b"], reference)
    if a is None or b is None or not a.readings or not b.readings:
        return None
    return a.readings[0], b.readings[0]


def _found(text: str, reference: date) -> list[tuple[int, int, Tenure]]:
    spans = []
    low = lowered(text)
    windows: dict[str, list[tuple[int, int]]] = {}  # by anchor word, found once
    for form, pattern in _patterns().items():
        if not all(any(word in low for word in words) for words in _cues(form)):
            continue  # a word the form needs is nowhere in the text
        # Read on after the time each match has read, not after all the pattern took:
        # its time runs to the clause's end, and may hold a second tenure ("leader
        # since 2019 and prime minister since November 2020").
        at = 0
        word = _ANCHOR_OF.get(form)
        if word is not None and word not in windows:
            windows[word] = _windows(_ANCHORS[word], text)
        for low_end, high_end in windows[word] if word is not None else ((0, len(text)),):
            at = max(at, low_end)
            while (match := pattern.search(text, at, high_end)) is not None:
                at = match.end()
                read = _read_match(form, match, reference)
                if read is not None:
                    spans.append((match.start(), read[1], read[0]))
                    at = read[1]
    # "has been chief executive since 2019" is the held-since form's: the title and
    # its time inside it are no second tenure.
    return [
        (start, end, tenure)
        for start, end, tenure in spans
        if tenure.form not in _INNER_FORMS
        or not any(
            other is not tenure and other.form != tenure.form and s <= start and end <= e
            for s, e, other in spans
        )
    ]


# The word a form's time opens with: its pattern is searched only near one (the words
# before it that name the role, the time after it), not across the whole text.
_ANCHOR_OF = {
    **dict.fromkeys(("for", "past-for", "title-for"), "for"),
    **dict.fromkeys(("held-since", "since", "title-since"), "since"),
}
_ANCHORS = {word: re.compile(rf"\b{word}\b", re.I) for word in set(_ANCHOR_OF.values())}
# How far before its anchor a form's match may start ("has chaired the finance
# committee of the board for"), and after it its time may run.
_BEFORE_ANCHOR = 120
_AFTER_ANCHOR = 80


def _windows(anchor: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    """The stretches of ``text`` a form's pattern is searched in: around each of its
    anchor words, merged."""
    windows: list[tuple[int, int]] = []
    for found in anchor.finditer(text):
        low_end = max(0, found.start() - _BEFORE_ANCHOR)
        high_end = min(len(text), found.end() + _AFTER_ANCHOR)
        if windows and low_end <= windows[-1][1]:
            windows[-1] = (windows[-1][0], high_end)
        else:
            windows.append((low_end, high_end))
    return windows


def _read_match(form: str, match: re.Match[str], reference: date) -> tuple[Tenure, int] | None:
    """The tenure a form's match states, and where it ends; None when it states none."""
    # The role named is asked about before the time is read (dates are the costly
    # part): "rose from 2013 to 2020" names none.
    held = match["held"].strip()
    if form == "span" and not _looks_like_title(held):
        return None
    if form == "held-since" and _IN_OFFICE.match(held):
        return None  # "has been in office since 2019": the "since" form's
    if form == "became" and _FROM_SOMEONE.search(match["time"]):
        # "took over on January 5 from Gerald Pennock": the one named is the
        # predecessor, and binding, which reads names, would give them the date
        return None
    if (
        form in ("for", "past-for", "held-since")
        and match["verb"].casefold() in _BARE_VERBS
        and not any(_looks_like_title(word) for word in re.findall(r"[\w-]+", held))
    ):
        return None  # "has been in Leeds", "has held the record": no role named
    return _read(form, match, reference)


# Code, not data: the prepositions of the in-role phrases (tenure_in_role.txt).
_IN_OFFICE = re.compile(r"(?:in|at)\b", re.I)
# A name after "from" in a became form's time: who held the role before.
_FROM_SOMEONE = re.compile(r"\bfrom\s+[A-Z]")

# Verbs that hold a role only when a title follows: "has been governor for six
# years", "has held the post"; not "has been in Leeds", "has held the record".
_BARE_VERBS = frozenset({"been", "held"})


def _looks_like_title(word: str) -> bool:
    """Whether a word names a role held from one date to another: "governor from 2013
    to 2020" does; "rose from 2013 to 2020" does not."""
    return word.casefold() in role_words()


@functools.cache
def role_words() -> frozenset[str]:
    """Words naming a role (data/tenure_titles.txt): "governor", "the post"."""
    return data_words("tenure_titles.txt")


def read_tenure(quote: str, reference: date) -> Tenure | None:
    """The tenure a claim's quote states ("has led the bank for six years")."""
    found = _found(quote, reference)
    if not found:
        return None
    return max(found, key=lambda f: f[1] - f[0])[2]


def tenure_agrees(stated: dates.Duration, low: float, high: float) -> bool:
    """Whether a time in a role from ``low`` to ``high`` (in the stated unit: a role
    known to the month or year allows a range) is how news would say ``stated``:
    unhedged, at the precision printed ("six years": more than 5.5, less than 6.5);
    "nearly six years" is 5 up to 6; "about", within half a unit or a tenth. Written
    in a larger unit, to that unit's rounding (``Duration.step``): "nearly three
    decades" is 25 up to 30 years."""
    amount = stated.amount
    inf = float("inf")
    half = max(0.5, stated.step / ROUNDING_PER_STEP)
    about = max(half, 0.1 * amount)
    # (lowest, highest, lowest excluded, highest excluded)
    bands = {
        None: (amount - half, amount + half, True, True),
        "nearly": (amount - nearly_below(amount, stated.step), amount, False, True),
        "about": (amount - about, amount + about, False, False),
        "more_than": (amount, inf, True, False),
        "at_least": (amount, inf, False, False),
        "fewer_than": (-inf, amount, False, True),
        "at_most": (-inf, amount, False, False),
    }
    lowest, highest, low_open, high_open = bands.get(stated.hedge, bands[None])
    above = high > lowest if low_open else high >= lowest
    below = low < highest if high_open else low <= highest
    return above and below


class TenureKind(ClaimKind[EntityFact]):
    name = "tenure"
    states_value = True
    fact_types = (PersonFact,)
    description = "how long, or since when, a person has held a role, against its from/to"
    # "in office since 2019": the date is the tenure's, and stays a date claim besides.
    beside_dates = True

    def accepts(self, fact: Fact) -> bool:
        return isinstance(fact, PersonFact) and any(r.start for r in fact.roles)

    def find(self, text: str, reference: date) -> Sequence[Found]:
        return [Found(start, end) for start, end, _ in _found(text, reference)]

    def judge(self, claim: Claim, fact: EntityFact, situation: Situation) -> Judgement:
        reference = situation.reference
        tenure = read_tenure(claim.stated or claim.quote, reference)
        if tenure is None:
            return unreadable(claim, "a time in a role")
        roles = _roles_meant(tenure, fact, day_of(claim, reference))
        if not roles:
            return Judgement(
                Verdict.NEEDS_REVIEW,
                claim.quote,
                "",
                f"needs review: no dated role of {fact.name} is named by {claim.quote!r};"
                " give its title in 'stated'",
            )
        day = day_of(claim, reference)
        for role in roles:
            if _holds(tenure, role, day):
                return Judgement(
                    Verdict.AGREES,
                    _stated(tenure),
                    _term(role),
                    f"{claim.quote!r} agrees: {fact.name} was {_term(role)}",
                )
        role = roles[0]
        return Judgement(
            Verdict.CONTRADICTS,
            _stated(tenure),
            _term(role),
            f"contradicts: {claim.quote!r} says {_stated(tenure)}, but {fact.name}"
            f" was {_term(role)}{_length(tenure, role, day)}"
            + (f" (source: {fact.sources[0]})" if fact.sources else ""),
        )


def _roles_meant(tenure: Tenure, fact: EntityFact, day: date) -> list[Role]:
    """The person's dated roles the quote's words name, of those held on ``day`` when
    the quote says the time runs to it (``to_date``); all of them when it names none
    held then (the judge then says the role has ended)."""
    named = _roles_named(tenure, fact, day)
    if tenure.to_date:
        # "has run the brewery for five years" speaks of the post held now, not of
        # the finance director's post she held there before (present-perfect-tenure)
        return [r for r in named if held_on(r, day)] or named
    return named


def _roles_named(tenure: Tenure, fact: EntityFact, day: date) -> list[Role]:
    """The person's dated roles the quote's words name: by title, else by what the
    role is of ("the bank"), else the one dated role the person has; else, for a
    quote that says the role is held to this day and names none ("has led the
    country since November 2020", "has led the company for seven years"), the one
    role the person holds on ``day``."""
    dated = [r for r in fact.roles if r.start is not None]
    words = title_words(tenure.held) - {"as", "led", "has", "been"}
    # By its longest title the quote names whole: "had been vice-captain" names the
    # vice-captaincy, not the captaincy inside it ("deputy chief executive", "assistant
    # coach" alike).
    named = {
        i: max((len(t) for t in map(title_words, r.titles) if t and t <= words), default=0)
        for i, r in enumerate(dated)
    }
    longest = max(named.values(), default=0)
    if longest:
        return [r for i, r in enumerate(dated) if named[i] == longest]
    by_of = [r for r in dated if any(words & title_words(o) for o in r.of)]
    if by_of:
        return by_of
    by_word = [r for r in dated if words & frozenset().union(*map(title_words, r.titles))]
    if by_word:
        return by_word
    if len(dated) == 1:
        return dated
    if tenure.form in _SINCE_FORMS or tenure.form == "for":
        held = [r for r in dated if held_on(r, day)]
        if len(held) == 1:
            return held
    return []


def _holds(tenure: Tenure, role: Role, day: date) -> bool:
    start = role.start
    assert start is not None
    if tenure.form in _FOR_FORMS:
        assert tenure.duration is not None
        until = day if role.end is None else min(day, role.end.end)
        if role.end is None and role.ended:
            return False
        per = DAYS_PER_UNIT[tenure.duration.unit]
        low = (until - start.end).days / per
        high = (until - start.start).days / per
        return tenure_agrees(tenure.duration, low, high)
    assert tenure.since is not None
    if not start.overlaps(tenure.since):
        return False
    if tenure.form in _SINCE_FORMS:
        # held to the article's day: a role that ends after it (the facts written
        # later) was still held when the article said "since"
        if role.end is not None:
            return role.end.end >= day
        return not role.ended
    if tenure.form == "span":
        return tenure.until is not None and role.end is not None and role.end.overlaps(tenure.until)
    return True


def _stated(tenure: Tenure) -> str:
    if tenure.duration is not None:
        hedge = tenure.duration.hedge
        amount = f"{tenure.duration.amount:g} {tenure.duration.unit}"
        return f"{hedge.replace('_', ' ')} {amount}" if hedge else amount
    assert tenure.since is not None
    if tenure.until is not None:
        return f"{format_range(tenure.since)} to {format_range(tenure.until)}"
    return ("since " if tenure.form in _SINCE_FORMS else "from ") + format_range(tenure.since)


def _term(role: Role) -> str:
    assert role.start is not None
    begun = f"{role.describe()} from {format_range(role.start)}"
    if role.end is not None:
        return f"{begun} to {format_range(role.end)}"
    return f"{begun} (it has ended)" if role.ended else f"{begun} (still held)"


def _length(tenure: Tenure, role: Role, day: date) -> str:
    if tenure.duration is None or role.start is None:
        return ""
    until = day if role.end is None else min(day, role.end.end)
    per = DAYS_PER_UNIT[tenure.duration.unit]
    held = (until - role.start.start).days / per
    return f": {held:.1f} {tenure.duration.unit} by {until}"
