"""``score``: the result of a game ("a 3-1 win", "lost 0-2 to Ghana", "a 1-1 draw",
"won 4-2 on penalties"), against a score fact (model.py ``ScoreFact``).

A score is two whole numbers joined by a hyphen or a dash ("3-1", "3–1", "3 - 1"),
read as a game's only when the words around it say so (named rules, each with its
words in data/score_words.tsv):

- ``outcome-noun``: a result noun right after it, "a 3-1 win", "a 0-2 defeat", "a 1-1
  draw", adjectives allowed between ("a 3-1 home win");
- ``decided``: how the game was decided, right after it, "4-2 on penalties";
- ``result-verb``: a result verb a few words before it, "beat Ghana 1-0", "lost 0-2",
  "drew 1-1", with no other noun between ("won the vote 52-48" is no game);
- ``score-context``: a word that makes a bare pair the result, "ended 2-2";
- ``running-score``: a word that makes it the score during the game, "led 2-0", "made
  it 2-1": found (so its numbers are not read as counts), but judged by a person, since
  it need not be the result;
- ``side-by-side``: between two capitalised names, "Portugal 1-3 Nigeria".

It is not a score when a noun of something else follows ("a 5-4 ruling", "a 9-5 job",
"10-15 inches", "3-1 odds") or a range word stands before it ("ages 18-24", "pages
10-12"); years ("2025-26"), numbers with leading zeros, telephone numbers and
decimals are not read at all.

The judge reads the numbers in either order, and who won from the sentence: "Nigeria
beat Portugal 3-1", "Portugal lost 1-3 to Nigeria", "Portugal's 1-3 defeat" and "a 3-1
win over Portugal" all say Nigeria won 3-1. A score with the right numbers but the
wrong winner contradicts; so do other numbers, a shoot-out the game did not have, or
extra time it did not go to.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, replace
from datetime import date

from factsuite.kinds._shared import data_rows, label, unreadable
from factsuite.kinds.base import ClaimKind, Found, Judgement, Situation
from factsuite.model import Claim, ScoreFact, Verdict
from factsuite.text.sentences import sentence_start

__all__ = ["Reading", "ScoreKind", "read_at", "read_score", "score_words"]

# Two whole numbers of up to three digits, no leading zero, joined by a hyphen or a
# dash with at most a space either side; not inside a longer run of digits and
# hyphens (a telephone number, "2025-26"), a decimal, an amount or a percentage.
_SCORE = re.compile(
    r"(?<![\w.,/$€£¥:–—-])(?<![\d][-–—] )"
    r"(?P<a>0|[1-9]\d{0,2}) ?[-–—] ?(?P<b>0|[1-9]\d{0,2})"
    r"(?![\w%/:–—-]|[.,]\d| ?[-–—] ?\d)"
)
# How far before a score a result verb is looked for, in words.
_VERB_REACH = 6
# How many characters either side of a score are read.
_WINDOW = 80
_WORD = re.compile(r"[A-Za-z](?:[\w'’-]|\.(?=\w))*")
_NAME = re.compile(r"[A-Z][\w'’-]*")


@functools.cache
def score_words() -> dict[str, frozenset[str]]:
    """Every phrase of data/score_words.tsv, lower-cased, to the roles it has."""
    roles: dict[str, set[str]] = {}
    for phrase, role in data_rows("score_words.tsv"):
        roles.setdefault(phrase.lower(), set()).add(role)
    return {phrase: frozenset(found) for phrase, found in roles.items()}


@functools.cache
def _phrases(*wanted: str) -> re.Pattern[str]:
    """An alternation of the phrases with any of the roles ``wanted``, longest first."""
    phrases = sorted(
        (p for p, roles in score_words().items() if roles & set(wanted)), key=len, reverse=True
    )
    body = "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in phrases)
    return re.compile(rf"(?:{body})(?![\w-])", re.IGNORECASE)


def _has(word: str, role: str) -> bool:
    return role in score_words().get(word.lower().rstrip(".'’"), frozenset())


@dataclass(frozen=True, slots=True)
class Reading:
    """A score read in a text: its numbers as written, the span it covers (the
    numbers, and the noun or the way it was decided written right after them), the
    rule that read it and the word that did (``cue``, a span), and how the game was
    decided when the words say ("penalties", "extra time")."""

    first: int
    second: int
    start: int
    end: int
    rule: str
    cue: tuple[int, int]
    outcome: str  # win, loss, draw, won, lost, drew, or "" when none is said
    after: str = ""

    @property
    def numbers(self) -> str:
        return f"{self.first}-{self.second}"


def read_score(text: str) -> list[Reading]:
    """Every score of a game in ``text``, in order."""
    found = []
    for match in _SCORE.finditer(text):
        reading = read_at(text, match)
        if reading is not None:
            found.append(reading)
    return found


def read_at(text: str, match: re.Match[str]) -> Reading | None:
    """The score ``match`` (of the number pattern) is, when the words around say so."""
    start, end = match.span()
    first, second = int(match["a"]), int(match["b"])
    after = text[end : end + _WINDOW]
    words_before = _words_before(text, start)
    if words_before and _has(text[slice(*words_before[-1])], "before-not"):
        return None  # "ages 18-24", "between 10-15"
    # What follows: the way it was decided, a result noun, or something else.
    decided = _phrases("penalties", "extra time").match(after.lstrip())
    gap = len(after) - len(after.lstrip())
    noun_end, outcome, after_how = end, "", ""
    if decided is not None:
        after_how = next(
            iter(score_words()[_normal(decided.group())] & {"penalties", "extra time"})
        )
        noun_end = end + gap + decided.end()
    else:
        position = end
        while (word := _WORD.match(text, _skip_space(text, position))) is not None:
            said = word.group().lower().rstrip(".")
            if _has(said, "modifier") and not _outcome_noun(said):
                position = word.end()
                continue
            if (noun := _outcome_noun(said)) is not None:
                outcome, noun_end = noun, word.end()
            elif not _has(said, "link") and not word.group()[0].isupper():
                return None  # "a 5-4 ruling", "a 9-5 job", "10-15 inches"
            break
        if outcome:
            how = _phrases("penalties", "extra time").match(text, _skip_space(text, noun_end))
            if how is not None:
                after_how = next(
                    iter(score_words()[_normal(how.group())] & {"penalties", "extra time"})
                )
    if outcome:
        return Reading(
            first, second, start, noun_end, "outcome-noun", (start, noun_end), outcome, after_how
        )
    verb = _result_verb(text, words_before)
    verb_outcome = ""
    if verb is not None:
        roles = score_words()[_normal(text[slice(*verb)])]
        verb_outcome = next(r for r in ("won", "lost", "drew") if r in roles)
    if after_how:
        # "won 4-2 on penalties": the verb, when there is one, says who won.
        cue = verb if verb is not None else (end, noun_end)
        return Reading(first, second, start, noun_end, "decided", cue, verb_outcome, after_how)
    if verb is not None:
        return Reading(first, second, start, end, "result-verb", verb, verb_outcome)
    context = _context(text, start, words_before)
    if context is not None:
        running = "running" in score_words()[_normal(text[slice(*context)])]
        rule = "running-score" if running else "score-context"
        return Reading(first, second, start, end, rule, context, "")
    if _side_by_side(text, start, end, words_before):
        return Reading(first, second, start, end, "side-by-side", (start, end), "")
    return None


def _words_before(text: str, start: int) -> list[tuple[int, int]]:
    """The spans of the words before ``start`` in its sentence, a window's worth."""
    window_start = sentence_start(text, start, max(0, start - _WINDOW))
    return [w.span() for w in _WORD.finditer(text, window_start, start)]


def _normal(phrase: str) -> str:
    return " ".join(phrase.lower().split())


def _skip_space(text: str, position: int) -> int:
    while position < len(text) and text[position] in " \t":
        position += 1
    return position


def _context(text: str, start: int, words_before: list[tuple[int, int]]) -> tuple[int, int] | None:
    """A score-context phrase of up to three words right before a score, but for a
    comma or colon between ("ended 2-2", "full-time: 2-0"); its span."""
    if not words_before or text[words_before[-1][1] : start].strip(" \t,:"):
        return None
    for size in (3, 2, 1):
        if len(words_before) >= size:
            span = (words_before[-size][0], words_before[-1][1])
            if {"context", "running"} & score_words().get(_normal(text[slice(*span)]), set()):
                return span
    return None


def _outcome_noun(word: str) -> str | None:
    roles = score_words().get(word, frozenset())
    for role in ("win", "loss", "draw"):
        if role in roles:
            return role
    return None


def _result_verb(text: str, words_before: list[tuple[int, int]]) -> tuple[int, int] | None:
    """The nearest result verb in the few words before a score, when no noun of
    something else stands between ("won the vote 52-48")."""
    near = words_before[-_VERB_REACH:]
    for index in range(len(near) - 1, -1, -1):
        word = text[slice(*near[index])]
        if _has(word, "not"):
            return None
        roles = score_words().get(word.lower(), frozenset())
        if roles & {"won", "lost", "drew"}:
            return near[index]
        if index > 0:  # two-word verbs: "saw off", "went down"
            pair = _normal(text[near[index - 1][0] : near[index][1]])
            if score_words().get(pair, frozenset()) & {"won", "lost", "drew"}:
                return near[index - 1][0], near[index][1]
    return None


def _side_by_side(text: str, start: int, end: int, words_before: list[tuple[int, int]]) -> bool:
    """ "Portugal 1-3 Nigeria": a capitalised name right before and right after."""
    if not words_before or text[words_before[-1][1] : start].strip():
        return False
    name_before = text[slice(*words_before[-1])]
    name_after = _NAME.match(text, _skip_space(text, end))
    if name_after is None or name_after.start() == end:
        return False
    return bool(_NAME.fullmatch(name_before)) and not _has(name_before, "before-not")


# -- judging ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Said:
    """What a sentence says of a game: the numbers, and when it says them, the winner
    (an index into the fact's sides), each side's own score, and how it was decided."""

    high: int
    low: int
    level: bool
    winner: int | None
    by_side: tuple[int, int] | None
    after: str
    how: str  # the words the winner was read from, for messages


def _mentions(sentence: str, names: list[tuple[str, ...]]) -> list[tuple[int, int, int]]:
    """(start, end, side) of each mention of a side's names in the sentence."""
    found: list[tuple[int, int, int]] = []
    for side, forms in enumerate(names):
        for form in forms:
            pattern = re.compile(rf"(?<!\w){re.escape(form)}(?!\w)", re.IGNORECASE)
            found.extend((m.start(), m.end(), side) for m in pattern.finditer(sentence))
    return sorted(found)


def _said(sentence: str, reading: Reading, names: list[tuple[str, ...]]) -> _Said:
    a, b = reading.first, reading.second
    mentions = _mentions(sentence, names)
    winner, how, by_side = None, "", None
    before = [m for m in mentions if m[1] <= reading.start]
    right_after = [m for m in mentions if m[0] >= reading.start]
    # "Portugal 1-3 Nigeria": each side's own score.
    match = _SCORE.match(sentence, reading.start)
    numbers_end = match.end() if match else reading.end
    if (
        before
        and right_after
        and not sentence[before[-1][1] : reading.start].strip()
        and not sentence[numbers_end : right_after[0][0]].strip()
        and before[-1][2] != right_after[0][2]
    ):
        by_side = (a, b) if before[-1][2] == 0 else (b, a)
    elif a != b:
        winner, how = _winner(sentence, reading, mentions)
    elif (verb := _result_verb(sentence, _words_before(sentence, reading.start))) is not None:
        # "Ghana won on penalties after a 1-1 draw": a level score, and a winner.
        roles = score_words()[_normal(sentence[slice(*verb)])]
        if outcome := next((r for r in ("won", "lost") if r in roles), ""):
            by_verb = replace(reading, rule="result-verb", cue=verb, outcome=outcome)
            winner, how = _winner(sentence, by_verb, mentions)
    return _Said(max(a, b), min(a, b), a == b, winner, by_side, reading.after, how)


_TO = re.compile(r"\s+to\s+")
_POSSESSIVE = ("'s", "\u2019s")
# Where the other side of a game is named: right after a result verb ("beat Ghana"), or
# after the score and one of these words ("3-1 to Ghana", "a 2-0 win over Ghana").
# Code, not data (and _AFTER_NOUN): the prepositions that name the other side.
_OPPONENT = re.compile(r"\s*(?:(?:to|over|against|by)\s+)?(?P<name>[A-Z][\w'’-]*)")


def _other_side(
    sentence: str, reading: Reading, mentions: list[tuple[int, int, int]]
) -> str | None:
    """The name of a side that is not one of the fact's, where the sentence names the
    other side of its game ("they beat Ghana 1-0" for a final against Portugal)."""
    starts = {m[0] for m in mentions}
    slots = [reading.end]
    if reading.outcome in ("won", "lost", "drew"):
        slots.append(reading.cue[1])
    for slot in slots:
        named = _OPPONENT.match(sentence, slot)
        if named is None or named.start("name") in starts:
            continue
        if slot == reading.end and named.start("name") == _skip_space(sentence, slot):
            continue  # "Portugal 1-3 Nigeria", "3-1 On Sunday": no word says it is a side
        return named["name"]
    return None


_NEXT_WORD = re.compile(r"\s+(\w+)\s+")
# The words after a result noun that name the other side: "a win over X" (X lost),
# "a defeat to X" (X won).
_AFTER_NOUN = {"win": ("over", "against"), "loss": ("to", "against", "by", "at")}


def _winner(
    sentence: str,
    reading: Reading,
    mentions: list[tuple[int, int, int]],
) -> tuple[int | None, str]:
    """The side the sentence says won, and the words that say it."""
    outcome = reading.outcome
    if outcome in ("draw", "drew", ""):
        # "3-1 to Nigeria": the side after "to" won.
        to = _TO.match(sentence, reading.end)
        if to is not None:
            named = next((m for m in mentions if m[0] == to.end()), None)
            # "3-1 to Access's dismay": a side in the possessive is how someone took
            # the result, not who it went to; the score says nothing of the winner.
            if named is not None and not sentence.startswith(_POSSESSIVE, named[1]):
                return named[2], sentence[reading.start : named[1]]
        return None, ""
    if outcome in ("win", "loss"):
        tail = _NEXT_WORD.match(sentence, reading.end)
        if tail is not None and tail.group(1).lower() in _AFTER_NOUN[outcome]:
            named = next((m for m in mentions if m[0] == tail.end()), None)
            if named is not None:
                said = sentence[reading.start : named[1]]
                # "a win over X": X lost; "a defeat to X": X won.
                return (named[2] if outcome == "loss" else 1 - named[2]), said
        earlier = [m for m in mentions if m[1] <= reading.start]
        if earlier:
            side = earlier[-1][2]
            said = sentence[earlier[-1][0] : reading.end]
            return (side if outcome == "win" else 1 - side), said
        return None, ""
    verb_start, verb_end = reading.cue
    subject = [m for m in mentions if m[1] <= verb_start]
    said = sentence[(subject[-1][0] if subject else verb_start) : reading.end]
    if subject:
        side = subject[-1][2]
        return (side if outcome == "won" else 1 - side), said
    # "beat Portugal 3-1": the side after the verb lost; "lost 0-2 to Ghana": won.
    later = [m for m in mentions if m[0] >= verb_end]
    if later:
        side = later[0][2]
        said = sentence[verb_start : max(reading.end, later[0][1])]
        return (1 - side if outcome == "won" else side), said
    return None, ""


class ScoreKind(ClaimKind[ScoreFact]):
    name = "score"
    states_value = True
    fact_types = (ScoreFact,)
    description = "the score of a game, and who won it"

    def find(self, text: str, reference: date) -> list[Found]:
        return [Found(r.start, r.end) for r in read_score(text)]

    def judge(self, claim: Claim, fact: ScoreFact, situation: Situation) -> Judgement:
        names = list(fact.side_names(situation.context.facts))
        if claim.stated:
            sentence, offset = claim.stated, 0
            span = len(claim.stated)
        else:
            sentence, offset = situation.sentence
            span = len(claim.quote)
        reading = next(
            (
                r
                for m in _SCORE.finditer(sentence, offset, offset + span)
                if (r := read_at(sentence, m)) is not None
            ),
            None,
        )
        if reading is None:
            match = _SCORE.search(sentence, offset, offset + span)
            if match is None:
                return unreadable(claim, "a score")
            reading = Reading(
                int(match["a"]), int(match["b"]), match.start(), match.end(), "", (0, 0), ""
            )
        if reading.rule == "running-score":
            return Judgement(
                Verdict.NEEDS_REVIEW,
                reading.numbers,
                self._expected(fact, [n[0] for n in names]),
                f"needs review: {claim.quote!r} is the score during the game"
                f" ({sentence[reading.cue[0] : reading.end]!r}), not necessarily its result",
            )
        sides = [n[0] for n in names]
        other = _other_side(sentence, reading, _mentions(sentence, names))
        if other is not None:
            return Judgement(
                Verdict.NEEDS_REVIEW,
                reading.numbers,
                self._expected(fact, sides),
                f"needs review: {claim.quote!r} is a game against {other!r}, who is not a side"
                f" of {label(fact)} ({sides[0]} and {sides[1]}): the score of another game?",
            )
        said = _said(sentence, reading, names)
        return self._compare(claim, fact, said, reading, sides)

    def _compare(
        self, claim: Claim, fact: ScoreFact, said: _Said, reading: Reading, sides: list[str]
    ) -> Judgement:
        expected = self._expected(fact, sides)
        stated = self._stated(said, reading, sides)
        quote = claim.quote
        what = label(fact)

        def contradicts(why: str, tail: str = "") -> Judgement:
            return Judgement(
                Verdict.CONTRADICTS,
                stated,
                expected,
                f"contradicts: {quote!r} {why}, but {what} is {expected}{tail}",
            )

        target = fact.scores
        if said.after == "penalties":
            if fact.after != "penalties":
                return contradicts("says the game went to penalties, but it did not")
            if fact.shootout is None:
                if said.level and said.high == fact.scores[0]:
                    target = fact.scores
                else:
                    return Judgement(
                        Verdict.UNVERIFIABLE,
                        stated,
                        expected,
                        f"unverifiable: {quote!r} gives a shoot-out score, but the facts give"
                        f" none for {what} ({expected})",
                    )
            else:
                target = fact.shootout if not said.level else fact.scores
        elif said.after == "extra time" and fact.after not in ("extra time", "penalties"):
            return contradicts(
                "says the game went to extra time, but it was decided in normal time"
            )
        if said.by_side is not None:
            if said.by_side != target:
                return contradicts(
                    f"gives {sides[0]} {said.by_side[0]}, {sides[1]} {said.by_side[1]}"
                )
            return self._agrees(quote, what, stated, expected)
        if (said.high, said.low) != (max(target), min(target)):
            return contradicts(f"gives {reading.numbers}")
        winner = (
            (0 if target[0] > target[1] else 1) if target[0] != target[1] else fact.winning_side
        )
        if said.winner is not None and winner is not None and said.winner != winner:
            return contradicts(
                f"says {sides[said.winner]} won ({said.how!r})", f": {sides[winner]} won"
            )
        if said.winner is not None and winner is None:
            return contradicts(f"says {sides[said.winner]} won ({said.how!r})")
        return self._agrees(quote, what, stated, expected)

    @staticmethod
    def _agrees(quote: str, what: str, stated: str, expected: str) -> Judgement:
        return Judgement(
            Verdict.AGREES, stated, expected, f"{quote!r} agrees with {what}, {expected}"
        )

    @staticmethod
    def _stated(said: _Said, reading: Reading, sides: list[str]) -> str:
        if said.by_side is not None:
            return f"{sides[0]} {said.by_side[0]}, {sides[1]} {said.by_side[1]}"
        text = reading.numbers
        if said.winner is not None:
            text += f" ({sides[said.winner]} won)"
        if said.after:
            text += f" on {said.after}" if said.after == "penalties" else f" after {said.after}"
        return text

    @staticmethod
    def _expected(fact: ScoreFact, sides: list[str]) -> str:
        text = f"{sides[0]} {fact.scores[0]}, {sides[1]} {fact.scores[1]}"
        if fact.after and fact.after != "penalties":
            text += f" after {fact.after}"
        if fact.after == "penalties":
            text += " after extra time" if fact.scores[0] == fact.scores[1] else ""
            winner = fact.winning_side
            if fact.shootout is not None and winner is not None:
                shootout = f"{max(fact.shootout)}-{min(fact.shootout)}"
                text += f", {sides[winner]} winning {shootout} on penalties"
            elif winner is not None:
                text += f", {sides[winner]} winning on penalties"
        elif fact.winning_side is None:
            text += " (a draw)"
        return text

    def describe_expected(self, fact: ScoreFact) -> str:
        return self._expected(fact, list(fact.sides))
