"""``ordinal``: a place or a count written as an ordinal ("his fourth title", "the
46th president", "finished seventh", "the third-largest"), against a rank fact (the
place itself) or a count fact (his fourth title: the titles he has won are 4).

The judge is exact: an ordinal one off never agrees. Ordinal words, the superlatives
of a rank and the words around an ordinal that make it a claim are data
(data/en/number_words.tsv, data/ordinal_words.tsv).

What ``find`` reads, each a named rule:

- **superlative rank**: an ordinal joined to a superlative ("third-largest", "the
  second biggest"): a rank, bound to rank facts only;
- **placing**: an ordinal after a verb that gives a place ("finished seventh",
  "came in third", "is ranked fifth", "sits seventh"), or after "to" and a word that
  says something moved ("climbed to seventh", "rose to third": data/movements.txt):
  a rank, bound to rank facts only;
- **place in a field**: an ordinal right after a name, then "of" or "out of" and how
  many there are ("left Ardmoor eighth of England's 11 ambulance services", "ranks
  Northmoor 16th of 17 companies"): a rank, bound to rank facts only. After anything
  but a name it is left to the rules above: "a third of the 20 seats" is a share, and
  "The first of four premieres" (a determiner opening the sentence) one of a series;
- **determined count**: a determiner or a possessive, an ordinal, then what it counts
  ("his fourth title", "Nigeria's third title", "a record sixth win", "the 46th
  president"): bound to a rank fact, or to a count fact of what it counts.

And what it leaves, each a named rule too:

- **a first is no count**: "first" is read only as a place ("finished first"):
  news writes "his first visit", "the first major event", "first came" to say a
  thing had not happened before (dates.py and binding read "first ... since"), far
  more often than to count one of something;
- **idiom**: an ordinal before a word of data/ordinal_words.tsv's ``idiom`` rows
  ("the first time", "the 21st century", "the 80th anniversary", "the second half");
- **the next one** (judge): an ordinal one above a count, with "next" right before it
  or a future verb right after what it counts ("next year's 24th edition", "the 48th
  edition will need more"), is the one to come and agrees;
- **one of the day**: an ordinal after a day's possessive ("Saturday's sixth stage",
  "Sunday's eighth round", "yesterday's second leg") names one of a series by its day
  and counts nothing (data/en/weekdays.tsv, relative_days.tsv);
- **nothing counted**: an ordinal before a ``stop`` word, a number or punctuation ("a
  third of the vote", "a second later", "the 21st of May");
- **a name**: a capitalised ordinal word before a capitalised word ("First Lady",
  "the First World War", "First Republic Bank");
- **compounds and fractions**: an ordinal joined by a hyphen to anything but a
  superlative ("second-hand", "21st-century"), or after one ("two-thirds").

Dates win over an ordinal anyway ("May 21st"): extraction drops a span a date
reader reads over.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from datetime import date

from factsuite import dates, language
from factsuite.kinds._shared import data_rows, figure, label, singular, unreadable
from factsuite.kinds.base import ClaimKind, Found, Judgement, Situation
from factsuite.kinds.points import movement_words
from factsuite.model import Claim, CountFact, Fact, RankFact, Verdict
from factsuite.names import fold

# How far around an ordinal its context is read.
_BEFORE = 60
_AFTER = 80
# How many words after an ordinal say what it counts ("third Atlantic Nations Cup title").
_COUNTED_WORDS = 4


@functools.cache
def ordinal_words() -> dict[str, int]:
    """Every ordinal word from "first" to "hundredth" to its number ("fourth": 4), as
    data/en/number_words.tsv lists them."""
    return language.standard_ordinals()


@functools.cache
def tens_words() -> dict[str, int]:
    """The cardinals a compound ordinal starts with ("twenty": 20)."""
    return language.number_word_table("tens")


@functools.cache
def context_words() -> dict[str, frozenset[str]]:
    """The words of data/ordinal_words.tsv by role ("superlative", "placing", ...)."""
    roles: dict[str, set[str]] = {}
    for role, word in data_rows("ordinal_words.tsv"):
        roles.setdefault(role, set()).add(word)
    return {role: frozenset(words) for role, words in roles.items()}


@functools.cache
def _ordinal_pattern() -> re.Pattern[str]:
    """One ordinal: a numeral ("46th"), a compound ("twenty-first", "twenty first") or
    a word ("fourth"); never inside a word or after a hyphen ("two-thirds")."""
    units = [w for w, n in ordinal_words().items() if n < 10]
    return re.compile(
        r"(?<![\w\-‐–])(?:"
        r"(?P<num>\d{1,4})(?P<suf>st|nd|rd|th)"
        rf"|(?P<tens>{language.alternation(tens_words())})[-‐\s](?P<unit>{language.alternation(units)})"
        rf"|(?P<word>{language.alternation(ordinal_words())})"
        r")(?![\w])",
        re.IGNORECASE,
    )


# Code, not data: the small words after "most" that make it no superlative ("a third
# most of the time").
_NOT_ADJECTIVES = "(?:of|the|a|an|in|on|at|to|for|and|or|than)"


@functools.cache
def _superlative_after() -> re.Pattern[str]:
    """A superlative right after an ordinal: one of data/ordinal_words.tsv's, with a
    participle hyphened to it or not, or "most" or "least" and any adjective
    ("third-most endangered", "the second least punctual"), the English superlative of
    a long adjective."""
    words = [re.escape(w).replace(r"\-", r"[-\s]") for w in context_words()["superlative"]]
    alternation = "|".join(sorted(words, key=len, reverse=True))
    # A participle hyphened to the superlative is part of it: "fourth-fastest-retreating",
    # "second-fastest-growing", "third-best-selling".
    return re.compile(
        rf"(?:[-‐]|\s+)(?P<sup>(?:{alternation})(?:[-‐][a-z]+(?:ing|ed))?"
        rf"|(?:most|least)[-\s]+(?!{_NOT_ADJECTIVES}\b)[a-z]+)"
        r"(?![\w-])",
        re.IGNORECASE,
    )


@functools.cache
def _in_a_field() -> re.Pattern[str]:
    """What follows an ordinal that places something in a field: "of" or "out of", an
    optional determiner or possessive, and how many there are ("of England's 11",
    "out of 17")."""
    counts = language.alternation(language.number_word_table("unit", "teen", "tens"))
    return re.compile(
        r"[ \t]+(?:out[ \t]+)?of[ \t]+(?:(?:the|its|their|[\w]+['’]s?)[ \t]+)?"
        rf"(?:\d|(?:{counts})\b)",
        re.IGNORECASE,
    )


_WORD_AFTER = re.compile(r"[ \t]+(?P<word>[A-Za-z][\w'’]*(?:-[A-Za-z]+)*)")
_POSSESSIVE = re.compile(r"\w['’]s$|s['’]$")
_POSSESSIVE_S = re.compile(r"['’]s?$")


@functools.cache
def _day_words() -> frozenset[str]:
    """The one-word names of a day, lower case: weekdays written in full
    (data/en/weekdays.tsv: not "Sun", whose possessive is a newspaper's) and the
    relative days ("yesterday", "tonight": data/en/relative_days.tsv)."""
    days = [d.word for d in language.weekdays() if d.form == "name"]
    days += [d.phrase for d in language.relative_days() if " " not in d.phrase]
    return frozenset(days)


def _word_before(text: str, start: int) -> tuple[int, str] | None:
    """The word right before ``start``, with only spaces between (where it starts,
    lower-cased); None after punctuation or a line's start. Read backwards, a few
    characters at most: a reader that searched a window per ordinal cost seconds on
    a long article."""
    position = start
    while position > 0 and text[position - 1] in " \t":
        position -= 1
    if position == start:
        return None
    end = position
    while position > 0 and end - position < _BEFORE and _in_word(text[position - 1]):
        position -= 1
    if position == end:
        return None
    return position, text[position:end].lower()


def _in_word(character: str) -> bool:
    return character.isalnum() or character in "_'’"


def suffix(n: int) -> str:
    """The suffix of ``n`` as a numeral ordinal: "st" for 21, "th" for 11."""
    if n % 100 in (11, 12, 13):
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


def numeral(n: int) -> str:
    """``n`` as a numeral ordinal: "46th"."""
    return f"{n}{suffix(n)}"


def _value(match: re.Match[str]) -> int | None:
    if match["num"]:
        n = int(match["num"])
        return n if n > 0 and match["suf"].lower() == suffix(n) else None
    if match["tens"]:
        return tens_words()[match["tens"].lower()] + ordinal_words()[match["unit"].lower()]
    return ordinal_words()[match["word"].lower()]


def read_ordinal(text: str) -> int | None:
    """The number of the first ordinal written in ``text`` ("a record sixth win": 6)."""
    for match in _ordinal_pattern().finditer(text):
        value = _value(match)
        if value is not None:
            return value
    return None


def find_ordinals(text: str) -> list[Found]:
    """The ordinals of ``text`` that claim a place or a count (the module's rules)."""
    words = context_words()
    found: list[Found] = []
    for match in _ordinal_pattern().finditer(text):
        n = _value(match)
        if n is None:
            continue
        span = _claimed(text, match, n, words)
        if span is not None:
            found.append(span)
    return found


def _claimed(
    text: str, match: re.Match[str], n: int, words: dict[str, frozenset[str]]
) -> Found | None:
    start, end = match.span()
    after = text[end : end + _AFTER]
    superlative = _superlative_after().match(after)
    if superlative is not None:  # superlative rank
        written = "-".join(superlative["sup"].lower().split())
        return Found(start, end + superlative.end(), (written,))
    if after.startswith(("-", "‐")):  # compounds: "second-hand", "21st-century"
        return None
    written = match.group()
    following = _WORD_AFTER.match(after)
    if (
        not match["num"]
        and written[:1].isupper()
        and following is not None
        and following["word"][:1].isupper()
    ):
        return None  # a name: "First Lady", "the Second World War"
    previous = _word_before(text, start)
    if previous is not None and previous[1] == "in":
        # "came in third": the verb stands before "in"
        earlier = _word_before(text, previous[0])
        if earlier is not None and earlier[1] in words["placing"]:
            return Found(start, end)
    if previous is not None and previous[1] == "to":
        # "climbed to seventh", "rose to third": a figure that moved, to a place
        earlier = _word_before(text, previous[0])
        if earlier is not None and earlier[1] in movement_words():
            return Found(start, end)
    if previous is not None and previous[1] in words["placing"]:
        return Found(start, end)  # placing
    if (
        previous is not None
        and text[previous[0]].isupper()
        and previous[1] not in words["determiner"]  # "The first of four premieres"
        and _in_a_field().match(text, end) is not None
    ):
        return Found(start, end)  # place in a field
    if n == 1:
        return None  # a first is no count
    if previous is None:
        return None
    if previous[1] in words["before"]:  # "a record sixth win"
        previous = _word_before(text, previous[0])
        if previous is None:
            return None
    determiner = text[previous[0] : previous[0] + len(previous[1])]
    if not (previous[1] in words["determiner"] or _POSSESSIVE.search(determiner)):
        return None
    if _POSSESSIVE.search(determiner) and _POSSESSIVE_S.sub("", previous[1]) in _day_words():
        return None  # one of the day: "Saturday's sixth stage" is one of several stages
    counted, span_end = _counted(text, end, words)
    if not counted or counted[0] in words["idiom"]:
        return None  # nothing counted, or an idiom
    return Found(start, span_end, counted)


def _counted(text: str, end: int, words: dict[str, frozenset[str]]) -> tuple[tuple[str, ...], int]:
    """What the ordinal ending at ``end`` counts ("straight titles" skipped to
    "titles"), lower-cased, and where its first word ends."""
    counted: list[str] = []
    position = end
    span_end = end
    while len(counted) < _COUNTED_WORDS:
        following = _WORD_AFTER.match(text, position)
        if following is None:
            break
        word = following["word"].lower()
        if word in words["stop"]:
            break
        position = following.end()
        if not counted and word in words["after"]:
            continue
        counted.append(word)
        if len(counted) == 1:
            span_end = position
        if word in words["idiom"]:
            break
    return tuple(counted), span_end


@functools.cache
def _next_before() -> re.Pattern[str]:
    """A word that places what follows next ("next year's 24th edition", "the coming
    12th season": the "next" rows of data/en/relative_words.tsv), up to two words before
    the ordinal."""
    nexts = language.alternation(
        [w.phrase for w in language.relative_words() if w.direction == "next"], r"\s+"
    )
    return re.compile(rf"\b(?:{nexts})\b(?:['’]s)?(?:\s+\S+){{0,2}}\s*$", re.I)


def _the_next_one(claim: Claim, fact: Fact, said: int, situation: Situation) -> bool:
    """Whether an ordinal one above a count says the next one, still to come (rule
    ``the-next-one``): "next" right before it ("before next year's 24th edition") or a
    future verb right after what it counts ("the 48th edition will need more"), of a
    count that includes the latest one (23 editions, 2026's included)."""
    if not isinstance(fact, CountFact) or fact.low is not None or said != fact.value + 1:
        return False
    sentence, at = situation.sentence
    end = at + len(claim.quote)
    return bool(_next_before().search(sentence[max(0, at - _NEXT_REACH) : at])) or (
        dates.tells_what_is_to_come_at(sentence, end)
    )


# Characters read back from an ordinal for "next" and the two words after it at most.
_NEXT_REACH = 30


def _counts_phrase(said: list[str], phrase: str) -> bool:
    """Whether the words an ordinal counts (``said``, singular) hold ``phrase``, a
    fact's unit or cue, its words in a row: "title" in "third Atlantic Nations Cup
    title", "crewed mission" (or its unit "crewed flights") in "fifth crewed mission"."""
    words = [singular(word) for word in fold(phrase).split()]
    if not words:
        return False
    return any(said[i : i + len(words)] == words for i in range(len(said) - len(words) + 1))


class OrdinalKind(ClaimKind[RankFact | CountFact]):
    name = "ordinal"
    states_value = True
    fact_types = (RankFact, CountFact)
    description = "a place or a count written as an ordinal (third, 46th, third-largest), exactly"

    def find(self, text: str, reference: date) -> Sequence[Found]:
        return find_ordinals(text)

    def binds(self, fact: Fact, found: Found) -> bool:
        """A rank fact takes any ordinal; a count fact only one that counts (not a
        place or a superlative rank), and, when the fact has a unit, only an ordinal
        that counts it ("third title" for a count of titles) or one of its cues."""
        if isinstance(fact, RankFact):
            return True
        if not isinstance(fact, CountFact) or not found.counted:
            return False
        if found.counted[0] in context_words()["superlative"]:
            return False
        if not fact.unit:
            return True
        said = [singular(word) for word in found.counted]
        return any(_counts_phrase(said, phrase) for phrase in (fact.unit, *fact.cues))

    def judge(self, claim: Claim, fact: RankFact | CountFact, situation: Situation) -> Judgement:
        said = read_ordinal(claim.stated or claim.quote)
        if said is None:
            return unreadable(claim, "an ordinal")
        expected = self.describe_expected(fact)
        if isinstance(fact, CountFact) and fact.low is not None and fact.high is not None:
            agrees = fact.low <= said <= fact.high
        else:
            agrees = said == fact.value
        stated = numeral(said)
        if not agrees and _the_next_one(claim, fact, said, situation):
            return Judgement(
                Verdict.AGREES,
                stated,
                expected,
                f"{claim.quote!r} is the next of {label(fact)}, {expected} so far",
            )
        if agrees:
            return Judgement(
                Verdict.AGREES,
                stated,
                expected,
                f"{claim.quote!r} agrees with {label(fact)}, {expected}",
            )
        return Judgement(
            Verdict.CONTRADICTS,
            stated,
            expected,
            f"contradicts: {claim.quote!r} but {label(fact)} is {expected}",
        )

    def describe_expected(self, fact: RankFact | CountFact) -> str:
        """A rank as a numeral ordinal with what is ranked ("6th (largest carmakers
        by sales)"); a count as its number and unit ("2 titles")."""
        if isinstance(fact, RankFact):
            return numeral(fact.value) + (f" ({fact.of})" if fact.of else "")

        if fact.low is not None and fact.high is not None:
            return f"{figure(fact.low)}-{figure(fact.high)}"
        return figure(fact.value) + (f" {fact.unit}" if fact.unit else "")
