"""Digits and number words that are no number: named rules, each with its reason.

News prose is full of figures that count nothing: the time of a live blog's entry
("1:45 a.m."), a number to call ("(361) 555-0142", "call 911"), a ZIP code ("TX
78401"), a product's version or model ("iOS 18", "Boeing 737"), the label of a road,
a chapter or an exhibit ("Route 66", "Chapter 11", "Exhibit 14"), a group's name
("Group of 20"), and the words "once" and "one" where they are a conjunction, an
adverb or a pronoun ("once the storm passed", "no one"). Read as numbers they are
bound to the nearest count and fail the gate for nothing.

Each rule is a named unit (``Rule``): its ``name``, why its spans are no number (its
docstring), and the spans it finds. ``numbers.find_numbers`` masks every span a rule
finds before it reads, as it already passes over codes glued to letters ("G7") and
time-zone offsets ("GMT+8"). The words each rule looks for are language data, in
``data/notnumbers/``. The corpus of cases, positive and negative, from several
beats, is ``tests/corpus/not_numbers.yaml``.

A rule masks only what names or orders something: the figures beside it are still
read ("Route 66 carried 3,000 cars": 3,000 is a number, 66 is not). "once" that says
how often ("once a year", "more than once") is a count of times and is still read.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from importlib import resources

from factsuite import language

__all__ = ["RULES", "Rule", "lone_one_pronoun", "mask", "not_number_spans"]

Span = tuple[int, int]


@functools.cache
def word_list(name: str) -> tuple[str, ...]:
    """The entries of ``data/notnumbers/NAME.txt``: one a line, ``#`` lines are comments."""
    text = resources.files("factsuite").joinpath(f"data/notnumbers/{name}.txt").read_text("utf-8")
    return tuple(
        line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")
    )


@functools.cache
def word_set(name: str) -> frozenset[str]:
    """The entries of ``data/notnumbers/NAME.txt``, as a set."""
    return frozenset(word_list(name))


@dataclass(frozen=True, slots=True)
class Rule:
    """A named reason why some figures in prose are no number.

    ``find(text, digits)`` gives the spans of ``text`` the rule masks; ``digits`` are
    where each run of digits starts in it, found once for every rule: a rule about
    digits looks only there, at the words just before, so all rules together cost
    about one scan of the text."""

    name: str
    why: str
    find: Finder


Finder = Callable[[str, Sequence[int]], Iterator[Span]]
RULES: list[Rule] = []


def rule(name: str) -> Callable[[Finder], Finder]:
    """Register a function finding the spans of a text that are no number, as a rule
    called ``name`` whose reason is the function's docstring."""

    def register(find: Finder) -> Finder:
        RULES.append(Rule(name, " ".join((find.__doc__ or "").split()), find))
        return find

    return register


_SPACES = " \t\u00a0"
_WORD_CHARS = ".'’-"
_LONGEST_HEAD = 24  # characters: the longest word a rule looks for before digits


def _head_before(text: str, start: int) -> tuple[str, int]:
    """The word right before ``start`` across one or two spaces ("Route" in "Route
    66"), and where it starts; ("", start) when none stands there."""
    i = start
    while i > 0 and text[i - 1] in _SPACES and start - i < 2:
        i -= 1
    if i == start:
        return "", start
    j = i
    while j > 0 and (text[j - 1].isalpha() or text[j - 1] in _WORD_CHARS) and i - j < _LONGEST_HEAD:
        j -= 1
    if j > 0 and (text[j - 1].isalnum() or text[j - 1] == "_"):
        return "", start  # glued to more: "M25 4" is no head
    return text[j:i], j


def _glued(text: str, start: int) -> bool:
    """Whether the digits at ``start`` follow a letter, digit or mark that makes them
    part of something else ("G7", "1.5")."""
    return start > 0 and (text[start - 1].isalnum() or text[start - 1] in "_:.,/")


# ---------------------------------------------------------------------------
# Clock times
# ---------------------------------------------------------------------------


@functools.cache
def clock_pattern() -> re.Pattern[str]:
    """A time of day written with its hour ("21:40", "1:45 a.m.", "7.30pm", "9 a.m."),
    matched where it starts: the rule ``clock-time``'s, and binding's, whose rule
    another-time reads "after 7:10 a.m." as a time of the same event."""
    after = language.alternation(word_list("clock_after"))
    return re.compile(
        # "21:40", "1:45 a.m.", "07:05": hours and minutes with a colon
        r"(?:[01]?[0-9]|2[0-4]):[0-5][0-9](?![0-9]|[:.,][0-9])"
        rf"(?:[ \t\u00a0]?(?:{after})(?![A-Za-z]))?"
        # "7.30pm", "9 a.m.", "10pm", "3 o'clock": an hour marked as one
        rf"|(?:1[0-2]|0?[0-9])(?:\.[0-5][0-9])?[ \t\u00a0]?(?:{after})(?![A-Za-z])"
    )


@rule("clock-time")
def clock_times(text: str, digits: Sequence[int]) -> Iterator[Span]:
    """A time of day ("21:40", "1:45 a.m.", "7.30pm", "9 a.m.") says when, not how many:
    a live blog's time stamps would otherwise be counts bound to the nearest fact."""
    clock = clock_pattern()
    for start in digits:
        if not _glued(text, start) and (match := clock.match(text, start)):
            yield match.span()


# ---------------------------------------------------------------------------
# Phone numbers
# ---------------------------------------------------------------------------

# "+1 361-555-0142", "+44 20 7946 0958": a country code and its groups
_PHONE_PLUS = re.compile(r"\+[0-9]{1,3}(?:[ .\-\u00a0]?\(?[0-9]{1,4}\)?){2,4}(?![0-9])")
# "(361) 555-0142", "361-555-0142", "361.555.0142": three, three and four digits;
# "020 7946 0958", "01 643 2200" (Dublin's one-digit area code): a trunk prefix and two
# groups; "01632 960411", "01224 592334": a British area code of four or five digits
# and one group of six; "(04) 463 5000", "(020) 7946 0958": an area code in brackets
# and two groups
_PHONE_PLAIN = re.compile(
    r"(?:\([0-9]{3}\)[ \u00a0]?|[0-9]{3}[.\-])[0-9]{3}[.\-][0-9]{4}(?![0-9])"
    r"|0[0-9]{1,4}[ \-][0-9]{3,4}[ \-][0-9]{3,4}(?![0-9])"
    r"|0[0-9]{3,4}[ \-][0-9]{6}(?![0-9])"
    r"|\(0?[0-9]{1,4}\)[ \u00a0]?[0-9]{3,4}[ \u00a0\-][0-9]{3,4}(?![0-9])"
)
_PHONE_DIGITS = 7  # the fewest digits of a phone number with its groups
_DIALLED_AFTER = re.compile(
    r"(?![0-9])(?=[ \t]*(?:[.,;:!?)]|\Z|(?:and|or|for|if|to|now|immediately)\b))"
)
_DIGIT_RUN = re.compile(r"[0-9]+")


@rule("phone-number")
def phone_numbers(text: str, digits: Sequence[int]) -> Iterator[Span]:
    """A telephone number ("(361) 555-0142", "+1 361-555-0142") or one to call ("call
    911") is dialled, not counted."""
    verbs = word_set("phone_verbs")
    emergency = word_set("emergency_numbers")
    for start in digits:
        at = start - 1 if start and text[start - 1] in "+(" else start
        if _glued(text, at):
            continue
        pattern = _PHONE_PLUS if text.startswith("+", at) else _PHONE_PLAIN
        match = pattern.match(text, at)
        if match and sum(ch.isdigit() for ch in match.group()) >= _PHONE_DIGITS:
            yield match.span()
            continue
        run = _DIGIT_RUN.match(text, start)
        assert run is not None
        if (
            run.group() in emergency
            and _head_before(text, start)[0].lower() in verbs
            and _DIALLED_AFTER.match(text, run.end())
        ):
            yield run.span()


# ---------------------------------------------------------------------------
# Postcodes
# ---------------------------------------------------------------------------

_ZIP = re.compile(r"[0-9]{5}(?:-[0-9]{4})?(?![0-9])")
_UK_INWARD = re.compile(r"[0-9][A-Z]{2}\b")
_UK_OUTWARD = re.compile(r"[A-Z]{1,2}[0-9][A-Z0-9]?")


@rule("postcode")
def postcodes(text: str, digits: Sequence[int]) -> Iterator[Span]:
    """A ZIP code after its state ("Corpus Christi, TX 78401") or a British postcode
    ("SW1A 1AA") is an address, not a figure."""
    states = word_set("us_states")
    for start in digits:
        if (code := _ZIP.match(text, start)) and not _glued(text, start):
            head, at = _head_before(text, start)
            two = f"{_head_before(text, at)[0]} {head}"
            if head in states or two in states:
                yield code.span()
        elif inward := _UK_INWARD.match(text, start):
            head, at = _head_before(text, start)
            if head == "" and start >= 4 and text[start - 1] in _SPACES:
                j = start - 1
                while j > 0 and text[j - 1].isalnum() and start - j <= 5:
                    j -= 1
                if _UK_OUTWARD.fullmatch(text, j, start - 1) and not _glued(text, j):
                    yield j, inward.end()


# ---------------------------------------------------------------------------
# Versions and models
# ---------------------------------------------------------------------------

_VERSION = re.compile(r"[0-9]+(?:[.\-][0-9]+)*(?![0-9,]?[0-9])")


@rule("version-or-model")
def versions_and_models(text: str, digits: Sequence[int]) -> Iterator[Span]:
    """A version or model number after a product's name ("iOS 18", "Windows 11",
    "Boeing 737", "Apollo 11") names the product; it counts nothing."""
    products = word_set("products")
    for start in digits:
        if _glued(text, start) or _head_before(text, start)[0] not in products:
            continue
        if version := _VERSION.match(text, start):
            yield version.span()


# ---------------------------------------------------------------------------
# Labels: routes, chapters, exhibits, flights ...
# ---------------------------------------------------------------------------

_LABEL = re.compile(r"[0-9]{1,4}[A-Za-z]?(?![0-9,.]?[0-9])")
_LIST_TAIL = re.compile(r"(?:[ \t]*(?:,|and|or|to|through|-|–)[ \t]*[0-9]{1,4}[A-Za-z]?(?![0-9]))*")


@functools.cache
def _label_heads() -> dict[str, bool]:
    """Each spelling of a label noun, and whether it is plural."""
    heads: dict[str, bool] = {"No.": False, "Nos.": True}
    for head in word_list("numbered_heads"):
        for spelled in {head, head.capitalize()} if head.islower() else {head}:
            heads[spelled] = False
            heads[spelled + "s"] = True
    return heads


@rule("numbered-label")
def labels(text: str, digits: Sequence[int]) -> Iterator[Span]:
    """A number after the noun it labels ("Route 66", "Interstate 37", "Chapter 11",
    "junction 4", "Section 230", "Exhibit 14", "Room 101", "Flight 370", "Gate 14B",
    "No. 10") says which one, not how many."""
    heads = _label_heads()
    for start in digits:
        if _glued(text, start):
            continue
        plural = heads.get(_head_before(text, start)[0])
        if plural is None or (label := _LABEL.match(text, start)) is None:
            continue
        # A plural names several: "Exhibits 14 and 15"; after "route 1," a figure is
        # the sentence's own.
        more = _LIST_TAIL.match(text, label.end()) if plural else None
        yield start, more.end() if more else label.end()


# ---------------------------------------------------------------------------
# Scorelines
# ---------------------------------------------------------------------------

_SCORELINE = re.compile(r"[0-9]{1,3}[ \t]?[-–][ \t]?[0-9]{1,3}(?![0-9]|[.,][0-9]|[-–][0-9])")
_WORD_AFTER = re.compile(r"[ \t\u00a0]+([A-Za-z]+)")


@rule("scoreline")
def scorelines(text: str, digits: Sequence[int]) -> Iterator[Span]:
    """A game's result ("a 3-1 win", "won 2-0", "led 14-10") gives the goals or points
    of one game; a fact of the article is seldom either side of it, and a kind for
    scores reads its own spans. A vote's tally ("a 5-4 ruling") is still read."""
    nouns = word_set("score_nouns")
    verbs = word_set("score_verbs")
    after_end = -1
    for start in digits:
        if start < after_end or _glued(text, start):
            continue
        score = _SCORELINE.match(text, start)
        if score is None:
            continue
        after_end = score.end()
        word = _WORD_AFTER.match(text, score.end())
        if (word is not None and word.group(1).lower() in nouns) or _head_before(text, start)[
            0
        ].lower() in verbs:
            yield score.span()


# ---------------------------------------------------------------------------
# Groups named by their size
# ---------------------------------------------------------------------------


@functools.cache
def _group() -> re.Pattern[str]:
    heads = language.alternation(word_list("group_heads"))
    # Longest first: "seventy" tried before "seventy-seven" would mask "Seventy" alone.
    sizes = language.alternation(word_list("group_sizes"))
    return re.compile(rf"\b(?:{heads})[ \t\u00a0]+(?P<number>(?i:{sizes})\b)")


@rule("group-name")
def group_names(text: str, digits: Sequence[int]) -> Iterator[Span]:
    """A group named by its number of members ("the Group of 20", "the Group of Seven",
    "the Gang of Four") is named, not counted: the summit is no count of 20. Only a
    name, capitalised: "a group of 20 students" is a count."""
    heads = word_set("group_heads")
    for start in digits:
        word, at = _head_before(text, start)
        if word == "of" and f"{_head_before(text, at)[0]} of" in heads and not _glued(text, start):
            run = _DIGIT_RUN.match(text, start)
            assert run is not None
            yield run.span()
    # The pattern needs a head as written ("Group of"): a text with none is not
    # searched (a search from every word start costs about a reading of the text).
    if any(head in text for head in word_list("group_heads")):
        for match in _group().finditer(text):
            yield match.span("number")


# ---------------------------------------------------------------------------
# "once" and "one"
# ---------------------------------------------------------------------------

_ONCE = re.compile(r"\b[Oo]nce\b")
_WORD_BEFORE = re.compile(r"([A-Za-z’']+)[ \t]+\Z")
_WORDS_AFTER = re.compile(r"[ \t]+([A-Za-z’'-]+)(?:[ \t]+([A-Za-z’'-]+))?")
_LOOK_BEHIND = 40  # characters: the word before


def _word_before(text: str, start: int) -> str:
    found = _WORD_BEFORE.search(text, max(0, start - _LOOK_BEHIND), start)
    return found.group(1).lower() if found else ""


def _words_after(text: str, end: int) -> tuple[str, str]:
    found = _WORDS_AFTER.match(text, end)
    if found is None:
        return "", ""
    return found.group(1).lower(), (found.group(2) or "").lower()


def _past_tense(word: str) -> bool:
    return len(word) > 4 and word.endswith("ed")


def once_counts(text: str, start: int, end: int) -> bool:
    """Whether the "once" at ``start`` says how often ("once a year", "more than once",
    "only once"), which is a count of times."""
    before = _word_before(text, start)
    first, second = _words_after(text, end)
    if before in word_set("once_counts_before"):
        return True
    return first in ("a", "an", "per", "every", "each") and _singular(second) in word_set(
        "once_frequency"
    )


def _singular(word: str) -> str:
    return word[:-1] if word.endswith("s") else word


@rule("once-not-a-count")
def once_not_a_count(text: str, digits: Sequence[int]) -> Iterator[Span]:
    """ "once" as a conjunction ("once the storm passed"), an adverb of time past ("a
    Union candidate once only needed to turn up", "was once") or an idiom ("at once",
    "once again") says when, not how many times. "once a year", "more than once" and
    "only once" do count times, and are read."""
    if "once" not in text and "Once" not in text:
        return  # the pattern's two spellings: most texts hold neither, and are not searched
    for match in _ONCE.finditer(text):
        start, end = match.span()
        if once_counts(text, start, end):
            continue
        before = _word_before(text, start)
        first, second = _words_after(text, end)
        if (
            before in word_set("once_not_counts_before")
            or first in word_set("once_not_counts")
            or _past_tense(first)
            or (first in word_set("once_adverbs") and _past_tense(second))
            or (first.endswith("ly") and _past_tense(second))
        ):
            yield start, end


@functools.cache
def _one_contexts() -> dict[str, frozenset[str]]:
    table: dict[str, set[str]] = {
        where: set() for where in ("before", "after", "the", "alone-before", "alone-after")
    }
    for entry in word_list("one_pronoun"):
        where, _, word = entry.partition(" ")
        table[where].add(word)
    return {where: frozenset(found) for where, found in table.items()}


def lone_one_pronoun(before: str, after: str) -> bool:
    """Whether "one" that is the whole of a number is a pronoun for the word before it
    or the word after it (data/notnumbers/one_pronoun.txt): "the one", "no one", "one
    that", "one of"."""
    contexts = _one_contexts()
    return (
        before in contexts["before"]
        or before in contexts["alone-before"]
        or (after in contexts["after"] or after in contexts["alone-after"])
    )


# "one" as a word (not "someone", not "one-off"). Written as the letter O, then the
# word boundary before it as a lookbehind ("no word character before that O"):
# the same matches as r"\b[Oo]ne\b", but a pattern that opens with a character
# class lets the regex engine skip to each O or o, twice as fast as trying \b at
# every position of the text.
_ONE = re.compile(r"[Oo](?<!\w[Oo])ne\b(?![-‐–])")


@rule("one-pronoun")
def one_pronoun(text: str, digits: Sequence[int]) -> Iterator[Span]:
    """ "one" as a pronoun ("no one", "one another", "one of the", "the one that", "one
    by one") stands for a person or thing; it counts nothing. "one of every five" is a
    ratio, and is read."""
    if "ne" not in text:
        return
    contexts = _one_contexts()
    for match in _ONE.finditer(text):
        start, end = match.span()
        before = _word_before(text, start)
        first, second = _words_after(text, end)
        if first == "of" and second in ("every", "each", "all"):
            continue
        if (
            before in contexts["before"]
            or first in contexts["after"]
            or (before == "the" and first in contexts["the"])
            or text.startswith(("’s", "'s"), end)
        ):
            yield start, end


# ---------------------------------------------------------------------------
# All of them
# ---------------------------------------------------------------------------


def not_number_spans(text: str) -> list[tuple[str, Span]]:
    """Each span of ``text`` that some rule says is no number, with the rule's name,
    in order of position."""
    digits = [match.start() for match in _DIGIT_RUN.finditer(text)]
    found = [(span, r.name) for r in RULES for span in r.find(text, digits)]
    found.sort()
    return [(name, span) for span, name in found]


_MASK = re.compile(r"[0-9A-Za-z]")


def mask(text: str) -> str:
    """``text`` with every letter and digit of each span no number masked by ``x``:
    offsets hold, and no reader takes a masked span for a number."""
    spans = not_number_spans(text)
    if not spans:
        return text
    parts: list[str] = []
    at = 0
    for _, (start, end) in spans:
        if end <= at:
            continue
        start = max(start, at)
        parts.append(text[at:start])
        parts.append(_MASK.sub("x", text[start:end]))
        at = end
    parts.append(text[at:])
    return "".join(parts)
