"""``age``: how old a person is said to be ("the 19-year-old", "aged 64", "Smith,
64,", "then 31", "at 64", "turns 70"), against the birth date the facts give.

The age is judged at the time the sentence is set: the claim's ``at`` when given,
else the dates the sentence writes out (Situation.times_told), else the article's
reference date. A present-tense age ("the 19-year-old", "aged 64", "Smith, 64,")
may also be the age on the article's own date, whatever dates its sentence writes
("Smith, 64, who took office in 2013"); "then 31", "at 64" and "turns 70" speak of
the time the sentence tells only. A birth date known to the year or month allows
every age it could give.

What a finder reads as an age is a set of named forms (``FORMS``), each with what
must follow it: a person noun after "the 19-year-old" ("a 19-year-old law" is no
one's age), no counted noun after "at 64" ("at 64 kilometres"). Word lists are data
(data/age_people.txt, data/age_after.txt, data/age_birth_words.txt).

An age binds to a person fact with ``born``, to a date fact that is a birth (its
label or cues say "born" or "birth"), or to a number fact counted in years that is
an age (its label or cues say "age" or "year-old").
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from operator import attrgetter

from factsuite import language, numbers
from factsuite.daterange import DateRange
from factsuite.kinds._shared import data_rows, data_words, label, lowered, said_words, unreadable
from factsuite.kinds.base import ClaimKind, Found, Judgement, Situation
from factsuite.model import Claim, DateFact, Fact, PersonFact, QuantityFact, Verdict
from factsuite.names import fold

__all__ = [
    "FORMS",
    "AgeKind",
    "Stated",
    "age_on",
    "ages_possible",
    "birth_of",
    "birthday",
    "read_age",
]

OLDEST = 125  # no one is older: a larger number is not an age


@functools.cache
def people_nouns() -> frozenset[str]:
    """Nouns an age describes: "the 19-year-old striker" (data/age_people.txt)."""
    return data_words("age_people.txt")


@functools.cache
def after_words() -> frozenset[str]:
    """Words that may follow a stated age (data/age_after.txt)."""
    return data_words("age_after.txt")


@functools.cache
def birth_words() -> frozenset[str]:
    """Words that say a date fact is a birth (data/age_birth_words.txt)."""
    return data_words("age_birth_words.txt")


# -- birthdays ----------------------------------------------------------------------


def birthday(born: date, age: int) -> date:
    """The day a person born on ``born`` turns ``age``: 29 February's birthday falls
    on 1 March in a year that has none."""
    year = born.year + age
    try:
        return born.replace(year=year)
    except ValueError:  # 29 February in a common year
        return date(year, 3, 1)


def age_on(born: date, day: date) -> int:
    """How old a person born on ``born`` is on ``day``: whole years, by birthdays."""
    age = day.year - born.year
    return age if birthday(born, age) <= day else age - 1


def ages_possible(born: DateRange, told: DateRange) -> range:
    """Every age a person born within ``born`` may have at some day of ``told``."""
    return range(age_on(born.end, told.start), age_on(born.start, told.end) + 1)


# -- reading ------------------------------------------------------------------------

_NUMBER = r"(?P<n>\d{1,3}|[A-Za-z]+(?:-[A-Za-z]+)?)"
# An age is a whole number: not the "5" of "5.2%", "64,642" or "31 percent".
_DIGITS = r"(?P<n>\d{1,3})(?![.,]\d|\d|\s*%|\s*per\s*cent)"
# A word after an age: where it ends, and the word itself.
_NEXT_WORD = re.compile(r"\s+([A-Za-z][\w'’-]*)")
_PUNCTUATION_AFTER = re.compile(r"\s*(?:[,.;:!?)\]—–]|--|$)")
# Code, not data: the words of the "years old" construction itself.
_YEARS_OLD = re.compile(r"\s+years?\s+(?:old|of\s+age)\b", re.I)


def _anywhere(text: str, start: int) -> bool:
    return True


@dataclass(frozen=True)
class Form:
    """One way an age is written: ``pattern`` finds it (group ``n`` is the age),
    ``fits`` says whether the text after it lets it be an age and ``placed`` whether
    the text before it does, ``tense`` whether it speaks of the present ("now": the
    article's date or the time the sentence tells; "today": the article's date
    alone), of the time the sentence tells ("then"), or of a birthday ("turns")."""

    name: str
    pattern: re.Pattern[str]
    fits: Callable[[str, int], bool]
    tense: str = "now"
    placed: Callable[[str, int], bool] = _anywhere
    # A cheap pattern that every match of ``pattern`` holds (its literal word, lower
    # case), searched in the text lowered once for all forms (_shared.lowered, which
    # folds as re.IGNORECASE does): a text without it is not searched with
    # ``pattern`` at all. Most articles hold no "-old", "aged" or "(64)", and a full
    # search costs each form about as much as reading the text once; a cue that
    # opens with a literal is found at C speed. None for a form with no such word.
    cue: re.Pattern[str] | None = None


def _clause_ends(text: str, end: int) -> bool:
    """After "was 86": the clause ends ("She was 86.", "She was 86; her husband ..."),
    maybe after "years old"; "He was 86 when ..." and "was 86 points" go on."""
    if (years := _YEARS_OLD.match(text, end)) is not None:
        end = years.end()
    return _CLAUSE_END.match(text, end) is not None


_CLAUSE_END = re.compile(r"\s*(?:[.;!?)\]—–]|--|$)")


def _nothing_counted(text: str, end: int) -> bool:
    """After "at 64", "then 31", "turns 70", "aged 64": punctuation, the end of the
    text, "years old", or a word that counts nothing ("at 64 in 2019")."""
    if (years := _YEARS_OLD.match(text, end)) is not None:
        end = years.end()
    if _PUNCTUATION_AFTER.match(text, end):
        return True
    word = _NEXT_WORD.match(text, end)
    return word is not None and word.group(1).casefold() in after_words()


def _describes_a_person(text: str, end: int) -> bool:
    """After "the 19-year-old": a person noun, maybe after names or words that qualify
    it ("the 18-year-old Sporting striker", "the 59-year-old defence minister", "a
    46-year-old former shop steward"); a full name ("32-year-old Priya Sethuraman");
    a name and what it does ("the 36-year-old Carvalho wept"); or no noun at all ("the
    19-year-old scored", "the 19-year-old, who"). A small word or a verb ends the noun
    phrase with no person named: "a 30-year-old bridge for workers", "a 40-year-old
    steel mill closed" are things' ages, and so is a phrase of three words that names
    no person ("a 100-year-old storm drain burst")."""
    position = end
    qualified = False  # a word in lower case stands before: only a person noun may follow
    capitals = 0  # capitalised words in a row right after the age: two are a full name
    for _ in range(3):
        word = _NEXT_WORD.match(text, position)
        if word is None:
            return not qualified and _PUNCTUATION_AFTER.match(text, position) is not None
        folded = word.group(1).casefold()
        if folded.rstrip("s") in people_nouns() or folded in people_nouns():
            return True
        if not word.group(1)[0].isupper():
            verb = folded in after_words() or _past_tense(folded)
            if verb or folded in _small_words():
                # after the age or after a name: a verb; after a word that qualifies
                # a noun, or before a small word: a thing ("a 19-year-old law")
                return verb and not qualified
            qualified = True
        elif qualified:
            return False
        else:
            capitals += 1
            if capitals == 2:
                return True  # "32-year-old Priya Sethuraman", whatever follows
        position = word.end()
    return False


@functools.cache
def _small_words() -> frozenset[str]:
    """The words that end a noun phrase after an age: articles and prepositions, as
    titles leave them out (data/en/title_stopwords.txt)."""
    return frozenset(language.words("title_stopwords.txt"))


def _past_tense(word: str) -> bool:
    """A verb's past: ending in -ed ("scored"), or one of the irregular ones the tense
    words list ("fell", "won": data/en/tense_words.tsv). No noun is named."""
    return (len(word) > 4 and word.endswith("ed")) or word in language.past_words()


@functools.cache
def not_names() -> frozenset[str]:
    """Capitalised words that stand before a comma or bracket but name no one, as
    written: the months' and weekdays' names (data/en/months.tsv, weekdays.tsv) and
    data/age_not_names.txt ("Chapter, 12", "The (19)")."""
    return frozenset(
        [
            *(month.word.capitalize() for month in language.months() if month.form == "name"),
            *(day.word.capitalize() for day in language.weekdays() if day.form == "name"),
            *(row[0] for row in data_rows("age_not_names.txt")),
        ]
    )


_WORD_BEFORE = re.compile(r"([A-Za-z]+)\s+$")


@functools.cache
def life_events() -> frozenset[str]:
    """Words right before "at 64" that make it an age: "retired at 64", "died at
    91", "stepped down at 70" (data/age_events.txt). "Closed at 64" is a price."""
    return data_words("age_events.txt")


def _after_life_event(text: str, start: int) -> bool:
    if text[start:].casefold().startswith(("at the age", "at age")):
        return True
    word = _WORD_BEFORE.search(text[max(0, start - 30) : start])
    return word is not None and word.group(1).casefold() in life_events()


@functools.cache
def _person_pronouns() -> frozenset[str]:
    """Pronouns that stand for one person (data/en/person_pronouns.txt)."""
    return frozenset(language.words("person_pronouns.txt"))


def _said_of_a_person(text: str, start: int) -> bool:
    """Whether "was 86" follows a person: a pronoun for one ("She was 86.") or a
    person noun ("The oldest victim was 94."); "The index was 64." is a figure."""
    word = _WORD_BEFORE.search(text[max(0, start - 30) : start])
    if word is None:
        return False
    folded = word.group(1).casefold()
    return folded in _person_pronouns() or folded in people_nouns()


def _in_apposition(text: str, start: int) -> bool:
    """Whether an age stands in an aside about the person just named (", then 31,",
    "(then 31)"): "the index was then 64" is a figure."""
    return re.search(r"[,(]\s*$", text[max(0, start - 3) : start]) is not None


_LISTED = re.compile(r"\b[A-Z][\w’'-]*,\s+\d{1,3},")
_LIST_REACH = 60  # characters either side of an age read for a list it stands in


def _sentence_goes_on(text: str, end: int) -> bool:
    """Whether the sentence goes on in lower case after an age in apposition ("Smith,
    64, said", "Smith, 64, a teacher"), the only one of its kind near it: "Labour, 62,
    Reform, 41, and the Greens, 4, won seats" is a list of figures."""
    if re.match(r",\s+[a-z]", text[end : end + 3]) is None:
        return False
    near = text[max(0, end - _LIST_REACH) : end + _LIST_REACH]
    return len(_LISTED.findall(near)) <= 1


FORMS: tuple[Form, ...] = (
    Form(
        "year-old",
        re.compile(rf"\b{_NUMBER}-years?-old\b", re.I),
        _describes_a_person,
        cue=re.compile(r"-old"),
    ),
    Form(
        "aged",
        re.compile(rf"\baged\s+{_DIGITS}\b", re.I),
        _nothing_counted,
        cue=re.compile(r"aged"),
    ),
    Form(
        "then",
        re.compile(rf"\bthen(?:\s+aged)?\s+{_DIGITS}\b", re.I),
        _nothing_counted,
        "then",
        _in_apposition,
        cue=re.compile(r"then"),
    ),
    # "Dennis Tanfield, now 86, opened his first shop in 1961": the age today, in an
    # aside about the person just named, as "then 31" is the age at the time told.
    Form(
        "now",
        re.compile(rf"\bnow(?:\s+aged)?\s+{_DIGITS}\b", re.I),
        _nothing_counted,
        "today",
        _in_apposition,
        cue=re.compile(r"now"),
    ),
    Form(
        "at",
        re.compile(rf"\bat\s+(?:(?:the\s+)?age\s+(?:of\s+)?)?{_DIGITS}\b", re.I),
        _nothing_counted,
        "then",
        _after_life_event,
    ),
    # "She was 86.", "The driver is 47.": a person's age as all the clause says.
    Form(
        "copula",
        re.compile(rf"\b(?:was|is)\s+{_DIGITS}\b"),
        _clause_ends,
        "then",
        _said_of_a_person,
        cue=re.compile(r"(?:was|is)\s+\d"),
    ),
    Form(
        "turns",
        re.compile(rf"\bturn(?:s|ed|ing)?\s+{_DIGITS}\b", re.I),
        _nothing_counted,
        "turns",
        cue=re.compile(r"turn"),
    ),
    Form(
        "apposition",
        re.compile(rf"\b(?P<name>[A-Z][\w’'-]*),\s+{_DIGITS}(?=,)"),
        _sentence_goes_on,
        cue=re.compile(r",\s+\d{1,3},"),
    ),
    # "Li Wei (64)": a full name, two capitalised words (not "The Lakers"), before it.
    Form(
        "bracketed",
        re.compile(rf"\b(?!The\b)[A-Z][\w’'-]*\s+(?P<name>[A-Z][\w’'-]*)\s+\({_DIGITS}\)"),
        lambda text, end: True,
        cue=re.compile(r"\(\d"),
    ),
)


@dataclass(frozen=True, slots=True)
class Stated:
    """An age as a quote states it, and in which form."""

    age: int
    form: Form


def _value(token: str) -> int | None:
    if token.isdigit():
        return int(token)
    read = numbers.read_number(token)
    if read is None or read.kind != "number" or read.end - read.start != len(token):
        return None
    return int(read.value) if read.value == int(read.value) else None


def _found(text: str, *, placed: bool = True) -> list[tuple[int, int, Stated]]:
    """The ages in ``text``; with ``placed`` False (a claim's quote, read alone),
    whatever stands before each is not asked about."""
    spans = []
    low = lowered(text)
    for form in FORMS:
        if form.cue is not None and form.cue.search(low) is None:
            continue  # the form's word is nowhere in the text: no match to look for
        for match in form.pattern.finditer(text):
            age = _value(match["n"])
            if age is None or not 0 < age <= OLDEST or not form.fits(text, match.end()):
                continue
            if placed and not form.placed(text, match.start()):
                continue
            start, end = match.span()
            if "name" in form.pattern.groupindex:  # "Smith, 64," and "Smith (64)": the age
                if match["name"] in not_names():
                    continue
                start = match.start("n") - (1 if form.name == "bracketed" else 0)
            spans.append((start, end, Stated(age, form)))
    return spans


# The name an age follows: "Okonkwo, the", "Marsh, aged", "Li Wei (", "Yellen turns".
# Code, not data: the articles that may stand between a name and its age.
_OWNER = re.compile(r"(?P<owner>[A-Z][\w’'-]*)(?:\s*,)?\s+(?:(?:the|a|an)\s+)?$")
_OWNER_REACH = 40  # characters before an age read for its owner's name


def owner_before(text: str, start: int) -> tuple[str, ...]:
    """The name standing right before an age, folded: ("okonkwo",); () for none."""
    match = _OWNER.search(text[max(0, start - _OWNER_REACH) : start])
    if match is None or match["owner"] in not_names():
        return ()
    if match["owner"].casefold() in _person_pronouns():
        return ()  # "She was 86.": whoever she is, a sentence before names her
    return (fold(match["owner"]),)


def _possessor(owner: str) -> str | None:
    """The name a possessive owner is of ("greenhallow" of "greenhallow's"), or None."""
    return owner[:-2] if owner.endswith(("'s", "’s")) else None


def _words_of(fact: Fact) -> frozenset[str]:
    """The words naming whom a fact is about: a person's names, else its label."""
    if isinstance(fact, PersonFact):
        return frozenset(w for name in fact.names for w in fold(name).split())
    return said_words(fact)


def read_age(quote: str) -> Stated | None:
    """The age a claim's quote states ("the 19-year-old", "then 31", "64")."""
    found = _found(quote, placed=False)
    if found:
        return max(found, key=lambda f: f[1] - f[0])[2]
    bare = re.fullmatch(r"\(?\s*(\d{1,3})\s*\)?", quote.strip())
    if bare and 0 < (age := int(bare.group(1))) <= OLDEST:
        return Stated(age, FORMS[-2])
    return None


# -- facts --------------------------------------------------------------------------


def _says(fact: Fact, words: frozenset[str]) -> bool:
    said = " ".join((fact.label, *fact.cues))
    return any(word in words for word in re.findall(r"[a-z]+", fold(said)))


def birth_of(fact: Fact) -> DateRange | None:
    """When the person a fact is about was born, if it says."""
    if isinstance(fact, PersonFact):
        return fact.born
    if isinstance(fact, DateFact) and _says(fact, birth_words()):
        return fact.value
    return None


def _is_age(fact: Fact) -> bool:
    """A number fact that is an age: counted in years, and said to be an age."""
    return (
        isinstance(fact, QuantityFact)
        and type(fact) is QuantityFact
        and fold(fact.unit).rstrip("s") in ("year", "year old", "years old")
        and _says(fact, frozenset({"age", "aged", "old"}))
    )


def _born(fact: Fact, born: DateRange) -> str:
    """What a message says of a birth: "Chidi Okonkwo was born on 3 February 2007"."""
    if isinstance(fact, PersonFact):
        return f"{fact.name} was born {_on(born)}"
    return f"{label(fact)} was {_on(born)}"


class AgeKind(ClaimKind[Fact]):
    name = "age"
    states_value = True
    fact_types = (PersonFact, DateFact, QuantityFact)
    description = "a person's age, at the time the sentence is set, against a birth date"

    def accepts(self, fact: Fact) -> bool:
        return birth_of(fact) is not None or _is_age(fact)

    def of_a_person(self, fact: Fact) -> bool:
        return not isinstance(fact, PersonFact) and self.accepts(fact)

    def find(self, text: str, reference: date) -> Sequence[Found]:
        """Each age in ``text``; its ``counted`` is whose it is, when a name stands
        right before it ("Okonkwo, the 18-year-old", "Yellen (79)", "Yellen turns 80")."""
        if "-old" not in text and not re.search(r"\d", text):
            return ()
        return [Found(start, end, owner_before(text, start)) for start, end, _ in _found(text)]

    def repeats(self, fact: Fact, person: Fact) -> bool:
        born = birth_of(person)
        return born is not None and birth_of(fact) == born

    def binds(self, fact: Fact, found: Found) -> bool:
        """A fact with a birth date (or an age); when a name stands right before the
        age, only a fact about that person: in "Okonkwo, the 18-year-old", the age is
        Okonkwo's, whatever other births the sentence's cues speak of."""
        if not self.accepts(fact):
            return False
        if not found.counted:
            return True
        owner = found.counted[0]
        possessor = _possessor(owner)
        if possessor is not None:
            # "Greenhallow's 57-year-old chief executive": whose the person is, not who
            return possessor not in _words_of(fact)
        return owner in _words_of(fact)

    def judge(self, claim: Claim, fact: Fact, situation: Situation) -> Judgement:
        stated = read_age(claim.stated or claim.quote)
        if stated is None:
            return unreadable(claim, "an age")
        said = str(stated.age)
        if isinstance(fact, QuantityFact):
            expected = f"{fact.value:g}"
            if fact.value == stated.age:
                return Judgement(
                    Verdict.AGREES,
                    said,
                    expected,
                    f"{claim.quote!r} agrees: {label(fact)} is {expected}",
                )
            return Judgement(
                Verdict.CONTRADICTS,
                said,
                expected,
                f"contradicts: {claim.quote!r} says {stated.age}, but {label(fact)} is {expected}"
                f"{_per(fact)}",
            )
        born = birth_of(fact)
        if born is None:
            return unreadable(claim, "a birth date for the age")
        times = _times(claim, situation, stated.form.tense)
        if stated.form.name == "at" and claim.at is None and not situation.times_told:
            times = _role_event_times(fact, situation) or times
        if stated.form.tense == "turns":
            return _judge_birthday(claim, fact, stated, born, times)
        for told in times:
            possible = ages_possible(born, told)
            if stated.age in possible:
                expected = _describe(possible, told)
                return Judgement(
                    Verdict.AGREES,
                    said,
                    expected,
                    f"{claim.quote!r} agrees: {_born(fact, born)}: {expected}",
                )
        told = times[0]
        expected = _describe(ages_possible(born, told), told)
        return Judgement(
            Verdict.CONTRADICTS,
            said,
            expected,
            f"contradicts: {claim.quote!r} states an age of {stated.age}, but"
            f" {_born(fact, born)}: {expected}{_per(fact)}",
        )


def _judge_birthday(
    claim: Claim,
    fact: Fact,
    stated: Stated,
    born: DateRange,
    times: list[DateRange],
) -> Judgement:
    """A birthday ("turns 70") agrees when a year the sentence tells is its year."""
    years = range(born.start.year + stated.age, born.end.year + stated.age + 1)
    expected = f"{stated.age} in {_years(years)}"
    for told in times:
        if any(told.start.year <= year <= told.end.year for year in years):
            return Judgement(
                Verdict.AGREES,
                str(stated.age),
                expected,
                f"{claim.quote!r} agrees: {_born(fact, born)}: {expected}",
            )
    told = times[0]
    return Judgement(
        Verdict.CONTRADICTS,
        str(stated.age),
        expected,
        f"contradicts: {claim.quote!r} is set in {_span(told)}, but {_born(fact, born)}:"
        f" turns {expected}{_per(fact)}",
    )


_START = attrgetter("start")


@functools.cache
def role_events() -> dict[str, str]:
    """The life events that begin or end a role, and which ("retired": "end"), from
    data/age_role_events.tsv."""
    return {row[0]: row[1] for row in data_rows("age_role_events.tsv")}


def _role_event_times(fact: Fact, situation: Situation) -> list[DateRange]:
    """Rule ``age-at-a-role-event``: "Lisle, who led the diocese for 16 years and
    retired at 70" is his age when a role ended, not today; with no date in the
    sentence, the starts or ends of the roles the person's fact lists are the times it
    may be judged at (the latest first). None when the word before it begins or ends
    no role, or the fact lists no such date."""
    if not isinstance(fact, PersonFact) or not fact.roles:
        return []
    sentence, at = situation.sentence
    word = _WORD_BEFORE.search(sentence[max(0, at - 30) : at])
    edge = role_events().get(word.group(1).casefold()) if word is not None else None
    if edge is None:
        return []
    found = [role.start if edge == "start" else role.end for role in fact.roles]
    return sorted((time for time in found if time is not None), key=_START, reverse=True)


def _times(claim: Claim, situation: Situation, tense: str) -> list[DateRange]:
    """The times an age is judged at: the claim's ``at``, else the sentence's dates,
    else the article's; a present-tense age also at the article's date."""
    if claim.at is not None:
        return [claim.at]
    reference = DateRange(situation.reference, situation.reference)
    if tense == "today":
        return [reference]  # "now 86": whatever times its sentence tells
    told = list(situation.times_told)
    if not told:
        return [reference]
    return [*told, reference] if tense == "now" else told


def _describe(possible: range, told: DateRange) -> str:
    ages = f"{possible[0]}" if len(possible) == 1 else f"{possible[0]} or {possible[-1]}"
    return f"{ages} on {_span(told)}" if told.start == told.end else f"{ages} in {_span(told)}"


def _span(told: DateRange) -> str:
    from factsuite.daterange import format_range

    if told.start == told.end:
        return _day(told)
    return format_range(told)


def _day(value: DateRange) -> str:
    from factsuite.daterange import format_range

    if value.start == value.end:
        return f"{value.start.day} {value.start:%B %Y}"
    return format_range(value)


def _years(years: range) -> str:
    return str(years[0]) if len(years) == 1 else f"{years[0]} or {years[-1]}"


def _on(value: DateRange) -> str:
    return f"on {_day(value)}" if value.start == value.end else f"in {_day(value)}"


def _per(fact: Fact) -> str:
    return f" (source: {fact.sources[0]})" if fact.sources else ""
