"""English word lists read from the data files under ``factsuite/data/en/``.

Each list has one definition, here, and every reader (numbers, dates, extraction)
takes it from here. Files are tab-separated with a header comment; a row that
does not fit its file's columns stops the import with one line,
``path:line:column: message``, since a broken word list is a packaging fault.

The rows are checked by hand rather than with msgspec, and held in named tuples
rather than dataclasses: numbers and dates read these lists at import, where msgspec
would add about 10 ms and six dataclasses about 5 ms to every hook that imports them.
"""

# No "from __future__ import annotations": NamedTuple would then compile each field's
# annotation string at import, which cost ~4 ms here.
import functools
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from importlib import resources
from typing import TYPE_CHECKING, Literal, NamedTuple, TypeVar, get_args

if TYPE_CHECKING:  # importlib.resources.abc is new in Python 3.11
    from importlib.abc import Traversable

__all__ = [
    "AgoDirection",
    "AgoWord",
    "Anniversary",
    "CountryWithThe",
    "DatePreposition",
    "DayForm",
    "Direction",
    "DurationUnit",
    "EarlierWord",
    "FigureSide",
    "HeadPreposition",
    "HedgeInterval",
    "HedgePhrase",
    "LanguageDataError",
    "LazyWords",
    "MonthName",
    "NumberWord",
    "NumberWordClass",
    "OverStretchRole",
    "OverStretchWord",
    "PrepositionHead",
    "Register",
    "RelativeDay",
    "RelativeWord",
    "Scale",
    "ScaleAbbreviation",
    "Season",
    "Tense",
    "TenseWord",
    "TimeUnit",
    "TitleTense",
    "TitleTenseWord",
    "VagueQuantity",
    "WeekdayName",
    "WeekendPlace",
    "WeekendWord",
    "YearContext",
    "YearContextWord",
    "ago_words",
    "anniversaries",
    "countries_with_the",
    "date_prepositions",
    "earlier_words",
    "hedges",
    "months",
    "number_word_table",
    "number_words",
    "office_titles",
    "over_stretch_words",
    "preposition_heads",
    "relative_days",
    "relative_words",
    "scale_abbreviations",
    "scales",
    "seasons",
    "standard_ordinals",
    "tense_words",
    "time_units",
    "title_tenses",
    "vague_quantities",
    "weekdays",
    "weekend_words",
    "words",
    "year_context",
]

_DIRECTORY = "data/en"

NameForm = Literal["name", "abbreviation"]
NumberWordClass = Literal[
    "zero",
    "unit",
    "teen",
    "tens",
    "hundred",
    "ordinal_zero",
    "ordinal_unit",
    "ordinal_teen",
    "ordinal_tens",
    "ordinal_scale",
    "times",
]
Register = Literal["standard", "informal", "misspelling"]
ScaleSystem = Literal["short", "indian"]
AbbreviationAfterSpace = Literal["caseless", "exact", "no"]
HedgeInterval = Literal["nearly", "about", "more_than", "at_least", "fewer_than", "at_most"]
HedgeReader = Literal["numbers", "dates"]
DurationUnit = Literal["days", "weeks", "months", "years"]
Tense = Literal["past", "future", "not_past"]
ArticleUse = Literal["required", "never"]
TheMatch = Literal["word", "name"]
TitleTense = Literal["described", "current", "former", "then"]
YearContext = Literal["year", "count"]
DayForm = Literal["weekday_abbreviation", "numeric_day"]
WeekendPlace = Literal["before", "after"]
FigureSide = Literal["before", "after"]
ExtremeEnd = Literal["max", "min"]
ExtremePlace = Literal["before", "clause"]
HeadPreposition = Literal["about", "around", "over", "under"]
Direction = Literal["next", "last", "past", "this"]
OverStretchRole = Literal["adjective", "hedged_after", "measured_by"]
AgoDirection = Literal["back", "ahead", "before_day", "after_day"]

_T = TypeVar("_T")

# Each column's allowed values, read from its type once rather than for every row.
_NAME_FORM_VALUES: tuple[NameForm, ...] = get_args(NameForm)
_NUMBER_WORD_CLASS_VALUES: tuple[NumberWordClass, ...] = get_args(NumberWordClass)
_REGISTER_VALUES: tuple[Register, ...] = get_args(Register)
_SCALE_SYSTEM_VALUES: tuple[ScaleSystem, ...] = get_args(ScaleSystem)
_ABBREVIATION_AFTER_SPACE_VALUES: tuple[AbbreviationAfterSpace, ...] = get_args(
    AbbreviationAfterSpace
)
_DURATION_UNIT_VALUES: tuple[DurationUnit, ...] = get_args(DurationUnit)
_HEDGE_INTERVAL_VALUES: tuple[HedgeInterval, ...] = get_args(HedgeInterval)
_HEDGE_READER_VALUES: tuple[HedgeReader, ...] = get_args(HedgeReader)
_TENSE_VALUES: tuple[Tense, ...] = get_args(Tense)
_ARTICLE_USE_VALUES: tuple[ArticleUse, ...] = get_args(ArticleUse)
_THE_MATCH_VALUES: tuple[TheMatch, ...] = get_args(TheMatch)
_TITLE_TENSE_VALUES: tuple[TitleTense, ...] = get_args(TitleTense)
_YEAR_CONTEXT_VALUES: tuple[YearContext, ...] = get_args(YearContext)
_DAY_FORM_VALUES: tuple[DayForm, ...] = get_args(DayForm)
_WEEKEND_PLACE_VALUES: tuple[WeekendPlace, ...] = get_args(WeekendPlace)
_FIGURE_SIDE_VALUES: tuple[FigureSide, ...] = get_args(FigureSide)
_EXTREME_END_VALUES: tuple[ExtremeEnd, ...] = get_args(ExtremeEnd)
_EXTREME_PLACE_VALUES: tuple[ExtremePlace, ...] = get_args(ExtremePlace)
_HEAD_PREPOSITION_VALUES: tuple[HeadPreposition, ...] = get_args(HeadPreposition)
_DIRECTION_VALUES: tuple[Direction, ...] = get_args(Direction)
_OVER_STRETCH_ROLE_VALUES: tuple[OverStretchRole, ...] = get_args(OverStretchRole)
_AGO_DIRECTION_VALUES: tuple[AgoDirection, ...] = get_args(AgoDirection)


class LanguageDataError(ValueError):
    """A row of a word list that does not fit its file's columns."""


class MonthName(NamedTuple):
    word: str
    month: int  # 1 is January
    form: NameForm


class WeekdayName(NamedTuple):
    word: str
    weekday: int  # 0 is Monday, as in datetime.date.weekday()
    form: NameForm
    # A lower-case abbreviation with its full stop reads as a day only when it is no
    # English word: "mon." and "fri." are days, "sat." and "wed." words ("they wed.").
    lowercase_is_day: bool


class NumberWord(NamedTuple):
    word: str
    value: int
    word_class: NumberWordClass
    register: Register


class Scale(NamedTuple):
    word: str
    value: int
    plural: str  # "" when the word takes no plural ("koti")
    system: ScaleSystem


class ScaleAbbreviation(NamedTuple):
    abbreviation: str
    value: int
    # After a number and a space ("10 bn"): matched in any case, only as written
    # ("5 M" is five million, "5 m" five metres), or not at all.
    after_space: AbbreviationAfterSpace
    glued: bool  # written against the number ("10bn")


class HedgePhrase(NamedTuple):
    phrase: str
    interval: HedgeInterval
    read_by: frozenset[HedgeReader]


def _path(name: str) -> str:
    return f"factsuite/{_DIRECTORY}/{name}"


@functools.cache
def _data_directory() -> "Traversable":
    """The folder of the English data files, found once: finding the package's files
    costs more than reading one of them."""
    return resources.files("factsuite").joinpath(_DIRECTORY)


def _read_text(name: str) -> str:
    return _data_directory().joinpath(name).read_text("utf-8")


class LazyWords:
    """A set of words made by ``load`` the first time it is asked about: a reader that
    only needs a list while it reads text (not to build its patterns) does not read the
    file at import, which every pre-commit hook pays for."""

    __slots__ = ("_load", "_words")

    def __init__(self, load: Callable[[], Iterable[str]]) -> None:
        self._load = load
        self._words: frozenset[str] | None = None

    def _loaded(self) -> frozenset[str]:
        if self._words is None:
            self._words = frozenset(self._load())
        return self._words

    def __contains__(self, word: object) -> bool:
        return word in self._loaded()

    def __iter__(self) -> Iterator[str]:
        return iter(self._loaded())


def alternation(entries: Iterable[str], space: str | None = None) -> str:
    """A regex alternation of ``entries`` (no group around it), each escaped, longest
    first so that no entry is cut short by one it begins with; with ``space``, the
    spaces within an entry match it ("according to" with ``r"\\s+"``)."""
    escaped = (re.escape(entry) for entry in sorted(entries, key=len, reverse=True))
    if space is not None:
        escaped = (entry.replace(r"\ ", space) for entry in escaped)
    return "|".join(escaped)


@functools.cache
def words(name: str) -> tuple[str, ...]:
    """The entries of the plain word list data/en/NAME (one word or phrase a line;
    ``#`` lines and blank lines are skipped), in file order. A padded entry or a second
    line with the same entry is an error: one definition each."""
    rows = []
    for number, line in enumerate(_read_text(name).splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        if line != line.strip() or "\t" in line:
            raise LanguageDataError(f"{_path(name)}:{number}:1: padded entry {line!r}")
        rows.append((number, line))
    return _unique(name, rows, lambda entry: entry)


def _rows(name: str, columns: int) -> list[tuple[int, list[str]]]:
    """The rows of a data file with their line numbers, split at tabs, without the
    comment lines (``#``) and blank lines; a row of the wrong width is an error."""
    text = _read_text(name)
    rows = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        fields = line.split("\t")
        if len(fields) != columns:
            raise LanguageDataError(
                f"{_path(name)}:{number}:1: expected {columns} tab-separated columns,"
                f" found {len(fields)}"
            )
        rows.append((number, fields))
    return rows


def _column(fields: list[str], index: int) -> int:
    """The 1-based character column where field ``index`` starts."""
    return sum(len(field) + 1 for field in fields[:index]) + 1


class _Row:
    """One row of data file ``name``, read field by field: a field that does not fit
    is an error naming the file, the line and the column where the field starts."""

    __slots__ = ("fields", "line", "name")

    def __init__(self, name: str, line: int, fields: list[str]) -> None:
        self.name = name
        self.line = line
        self.fields = fields

    def error(self, index: int, message: str) -> LanguageDataError:
        where = _column(self.fields, index)
        return LanguageDataError(f"{_path(self.name)}:{self.line}:{where}: {message}")

    def word(self, index: int) -> str:
        word = self.fields[index]
        if not word or word != word.strip():
            raise self.error(index, f"empty or padded word {word!r}")
        return word

    def integer(self, index: int) -> int:
        text = self.fields[index]
        if not text.isascii() or not text.isdigit():
            raise self.error(index, f"not a whole number: {text!r}")
        return int(text)

    def signed_integer(self, index: int) -> int:
        text = self.fields[index]
        digits = text[1:] if text.startswith("-") else text
        if not digits.isascii() or not digits.isdigit():
            raise self.error(index, f"not a whole number: {text!r}")
        return int(text)

    def choice(self, index: int, allowed: Sequence[_T], text: str | None = None) -> _T:
        """The option of ``allowed`` that field ``index`` (or ``text``, a part of it) is."""
        if text is None:
            text = self.fields[index]
        for option in allowed:
            if option == text:
                return option
        expected = ", ".join(str(option) for option in allowed)
        raise self.error(index, f"{text!r} is not one of {expected}")

    def yes_no(self, index: int) -> bool:
        return self.choice(index, ("yes", "no")) == "yes"


def _table(
    name: str, columns: int, build: Callable[[_Row], _T], key: Callable[[_T], object]
) -> tuple[_T, ...]:
    """Data file ``name``'s rows, each built by ``build``, in file order; a row of the
    wrong width or with a field that does not fit, then a second row with the same
    ``key``, is an error: one definition each."""
    return _unique(name, [(n, build(_Row(name, n, f))) for n, f in _rows(name, columns)], key)


def _unique(name: str, rows: list[tuple[int, _T]], key: Callable[[_T], object]) -> tuple[_T, ...]:
    """The rows' values, refusing a second row with the same key: one definition each."""
    seen: dict[object, int] = {}
    for line, row in rows:
        k = key(row)
        if k in seen:
            raise LanguageDataError(
                f"{_path(name)}:{line}:1: {k!r} is already defined on line {seen[k]}"
            )
        seen[k] = line
    return tuple(row for _, row in rows)


@functools.cache
def months() -> tuple[MonthName, ...]:
    """Month names and abbreviations (data/en/months.tsv), in file order."""
    return _table("months.tsv", 3, _month, lambda m: m.word)


def _month(row: _Row) -> MonthName:
    month = MonthName(row.word(0), row.integer(1), row.choice(2, _NAME_FORM_VALUES))
    if not 1 <= month.month <= 12:
        raise row.error(1, "no month")
    return month


@functools.cache
def weekdays() -> tuple[WeekdayName, ...]:
    """Weekday names and abbreviations (data/en/weekdays.tsv), in file order."""
    return _table("weekdays.tsv", 4, _weekday, lambda d: d.word)


@functools.cache
def calendar_names() -> frozenset[str]:
    """The capitalised names of months and weekdays: capitalised words that name
    neither a person, a place nor an event ("in June", "on Monday"); their full names
    (not "Sept", "Mon")."""
    return frozenset(
        [
            *(month.word.capitalize() for month in months() if month.form == "name"),
            *(day.word.capitalize() for day in weekdays() if day.form == "name"),
        ]
    )


def _weekday(row: _Row) -> WeekdayName:
    day = WeekdayName(row.word(0), row.integer(1), row.choice(2, _NAME_FORM_VALUES), row.yes_no(3))
    if not 0 <= day.weekday <= 6:
        raise row.error(1, "no day")
    return day


@functools.cache
def number_words() -> tuple[NumberWord, ...]:
    """Cardinal and ordinal number words (data/en/number_words.tsv), in file order."""
    return _table("number_words.tsv", 4, _number_word, lambda w: w.word)


def _number_word(row: _Row) -> NumberWord:
    return NumberWord(
        row.word(0),
        row.integer(1),
        row.choice(2, _NUMBER_WORD_CLASS_VALUES),
        row.choice(3, _REGISTER_VALUES),
    )


def number_word_table(
    *classes: NumberWordClass, registers: frozenset[Register] | None = None
) -> dict[str, int]:
    """Word to value for the number words of ``classes`` (in file order), of any
    register unless ``registers`` is given."""
    return {
        w.word: w.value
        for w in number_words()
        if w.word_class in classes and (registers is None or w.register in registers)
    }


def standard_ordinals() -> dict[str, int]:
    """The ordinal words from "first" to "hundredth" in their standard spelling, word
    to value: the ordinals that dates and the ordinal kind read."""
    return {
        w.word: w.value
        for w in number_words()
        if w.register == "standard"
        and (
            w.word_class in ("ordinal_unit", "ordinal_teen", "ordinal_tens")
            or (w.word_class == "ordinal_scale" and w.value == 100)
        )
    }


@functools.cache
def scales() -> tuple[Scale, ...]:
    """Scale words with their plurals (data/en/scales.tsv), in file order."""
    return _table("scales.tsv", 4, _scale, lambda s: s.word)


def _scale(row: _Row) -> Scale:
    return Scale(
        row.word(0),
        row.integer(1),
        "" if row.fields[2] == "-" else row.word(2),
        row.choice(3, _SCALE_SYSTEM_VALUES),
    )


@functools.cache
def scale_abbreviations() -> tuple[ScaleAbbreviation, ...]:
    """Abbreviated scales ("bn", "K") and where they count (data/en/scale_abbreviations.tsv)."""
    return _table("scale_abbreviations.tsv", 4, _scale_abbreviation, lambda a: a.abbreviation)


def _scale_abbreviation(row: _Row) -> ScaleAbbreviation:
    return ScaleAbbreviation(
        row.word(0), row.integer(1), row.choice(2, _ABBREVIATION_AFTER_SPACE_VALUES), row.yes_no(3)
    )


class Anniversary(NamedTuple):
    phrase: str
    years: int


class TimeUnit(NamedTuple):
    word: str
    unit: DurationUnit
    amount: int  # how many of ``unit`` one of it is: a fortnight is 2 weeks


@functools.cache
def anniversaries() -> tuple[Anniversary, ...]:
    """Words that name an anniversary by its years (data/en/anniversaries.tsv)."""
    return _table(
        "anniversaries.tsv", 2, lambda r: Anniversary(r.word(0), r.integer(1)), lambda a: a.phrase
    )


@functools.cache
def time_units() -> tuple[TimeUnit, ...]:
    """Units of time a duration counts in, with their size (data/en/time_units.tsv)."""
    return _table("time_units.tsv", 3, _time_unit, lambda u: u.word)


def _time_unit(row: _Row) -> TimeUnit:
    return TimeUnit(row.word(0), row.choice(1, _DURATION_UNIT_VALUES), row.integer(2))


@functools.cache
def hedges() -> tuple[HedgePhrase, ...]:
    """Hedging phrases, the interval each implies and which readers take them
    (data/en/hedges.tsv), in file order."""
    return _table("hedges.tsv", 3, _hedge, lambda h: h.phrase)


def _hedge(row: _Row) -> HedgePhrase:
    read_by = row.fields[2].split(",")
    for reader in read_by:
        row.choice(2, _HEDGE_READER_VALUES, reader)
    return HedgePhrase(
        row.word(0),
        row.choice(1, _HEDGE_INTERVAL_VALUES),
        frozenset(r for r in _HEDGE_READER_VALUES if r in read_by),
    )


class TenseWord(NamedTuple):
    word: str
    tense: Tense


@functools.cache
def tense_words() -> tuple[TenseWord, ...]:
    """Words that settle a clause's tense (data/en/tense_words.tsv), in file order."""
    return _table(
        "tense_words.tsv",
        2,
        lambda r: TenseWord(r.word(0), r.choice(1, _TENSE_VALUES)),
        lambda w: w.word,
    )


@functools.cache
def past_words() -> frozenset[str]:
    """The words of tense_words.tsv that tell what happened ("said", "fell", "ago")."""
    return frozenset(w.word for w in tense_words() if w.tense == "past")


class Season(NamedTuple):
    name: str
    first_month: int
    last_month: int  # before first_month when the season runs into the next year


@functools.cache
def seasons() -> tuple[Season, ...]:
    """Seasons and the months they cover (data/en/seasons.tsv), in file order."""
    return _table("seasons.tsv", 3, _season, lambda s: s.name)


def _season(row: _Row) -> Season:
    season = Season(row.word(0), row.integer(1), row.integer(2))
    for index, month in ((1, season.first_month), (2, season.last_month)):
        if not 1 <= month <= 12:
            raise row.error(index, "no month")
    return season


class VagueQuantity(NamedTuple):
    word: str
    value: int
    low: int
    high: int
    article: ArticleUse
    date_value: int | None  # None when no duration is counted in it
    date_phrases: tuple[str, ...]


@functools.cache
def vague_quantities() -> tuple[VagueQuantity, ...]:
    """Words of vague count and what they mean (data/en/vague_quantities.tsv)."""
    return _table("vague_quantities.tsv", 7, _vague_quantity, lambda v: v.word)


def _vague_quantity(row: _Row) -> VagueQuantity:
    value, low, high = row.integer(1), row.integer(2), row.integer(3)
    if not low <= value <= high:
        raise row.error(1, f"value {value} outside {low} to {high}")
    date_value: int | None = None
    phrases: tuple[str, ...] = ()
    if row.fields[5] != "-" or row.fields[6] != "-":
        date_value = row.integer(5)
        phrases = tuple(row.fields[6].split(","))
        if any(not p or p != p.strip() for p in phrases):
            raise row.error(6, f"empty or padded phrase in {row.fields[6]!r}")
    return VagueQuantity(
        row.word(0), value, low, high, row.choice(4, _ARTICLE_USE_VALUES), date_value, phrases
    )


class CountryWithThe(NamedTuple):
    entry: str
    match: TheMatch  # "word": every country name with this word; "name": this name


@functools.cache
def countries_with_the() -> tuple[CountryWithThe, ...]:
    """Country names written with "the" (data/en/country_names_with_the.tsv)."""
    return _table(
        "country_names_with_the.tsv",
        2,
        lambda r: CountryWithThe(r.word(0), r.choice(1, _THE_MATCH_VALUES)),
        lambda c: c.entry,
    )


class TitleTenseWord(NamedTuple):
    word: str
    tense: TitleTense


@functools.cache
def title_tenses() -> tuple[TitleTenseWord, ...]:
    """Words that say when a title is held (data/en/title_tenses.tsv), in file order."""
    return _table(
        "title_tenses.tsv",
        2,
        lambda r: TitleTenseWord(r.word(0), r.choice(1, _TITLE_TENSE_VALUES)),
        lambda t: t.word,
    )


class YearContextWord(NamedTuple):
    word: str
    reads_as: YearContext


@functools.cache
def year_context() -> tuple[YearContextWord, ...]:
    """Words before a four-digit number that make it a year or a count
    (data/en/year_context.tsv), in file order."""
    return _table(
        "year_context.tsv",
        2,
        lambda r: YearContextWord(r.word(0), r.choice(1, _YEAR_CONTEXT_VALUES)),
        lambda w: w.word,
    )


class DatePreposition(NamedTuple):
    word: str
    introduces: frozenset[DayForm]


@functools.cache
def date_prepositions() -> tuple[DatePreposition, ...]:
    """Words that introduce a day in a short form, and which forms
    (data/en/date_prepositions.tsv), in file order."""
    return _table("date_prepositions.tsv", 2, _date_preposition, lambda p: p.word)


def _date_preposition(row: _Row) -> DatePreposition:
    forms = row.fields[1].split(",")
    for form in forms:
        row.choice(1, _DAY_FORM_VALUES, form)
    return DatePreposition(row.word(0), frozenset(f for f in _DAY_FORM_VALUES if f in forms))


class Extreme(NamedTuple):
    phrase: str
    which: ExtremeEnd  # the series' highest or lowest
    place: ExtremePlace  # right before the number, or anywhere in its clause


@functools.cache
def extremes() -> tuple[Extreme, ...]:
    """Phrases that say a series' figure is its highest or lowest ("peaked at", "at
    its peak": data/en/extremes.tsv), in file order."""
    return _table(
        "extremes.tsv",
        3,
        lambda r: Extreme(
            r.word(0), r.choice(1, _EXTREME_END_VALUES), r.choice(2, _EXTREME_PLACE_VALUES)
        ),
        lambda e: e.phrase,
    )


class EarlierWord(NamedTuple):
    word: str
    side: FigureSide  # stands before the figure it tells is earlier, or after it


@functools.cache
def earlier_words() -> tuple[EarlierWord, ...]:
    """Words that tell a series' figure is an earlier one ("the previous record",
    "a year earlier": data/en/earlier_words.tsv), in file order; a word may stand on
    both sides."""
    return _table(
        "earlier_words.tsv",
        2,
        lambda r: EarlierWord(r.word(0), r.choice(1, _FIGURE_SIDE_VALUES)),
        lambda w: (w.word, w.side),
    )


@functools.cache
def office_titles() -> tuple[tuple[str, ...], ...]:
    """The offices an organisation has one holder of, each as its names, the first
    its own (data/en/office_titles.txt: one office a line, names joined by " = ")."""
    return tuple(tuple(line.split(" = ")) for line in words("office_titles.txt"))


class WeekendWord(NamedTuple):
    word: str
    place: WeekendPlace  # before "the weekend" or after it


@functools.cache
def weekend_words() -> tuple[WeekendWord, ...]:
    """Words around "the weekend" that say which weekend it is
    (data/en/weekend_words.tsv), in file order; a word may stand on both sides."""
    return _table(
        "weekend_words.tsv",
        2,
        lambda r: WeekendWord(r.word(0), r.choice(1, _WEEKEND_PLACE_VALUES)),
        lambda w: (w.word, w.place),
    )


class PrepositionHead(NamedTuple):
    word: str
    preposition: HeadPreposition


@functools.cache
def preposition_heads() -> tuple[PrepositionHead, ...]:
    """Words that make "about", "around", "over" or "under" after them their preposition,
    not a hedge (data/en/preposition_heads.tsv), in file order."""
    return _table(
        "preposition_heads.tsv",
        2,
        lambda r: PrepositionHead(r.word(0), r.choice(1, _HEAD_PREPOSITION_VALUES)),
        lambda h: (h.word, h.preposition),
    )


class OverStretchWord(NamedTuple):
    word: str
    role: OverStretchRole


@functools.cache
def over_stretch_words() -> tuple[OverStretchWord, ...]:
    """Words around "over" and a stretch of time that decide whether it is "more than"
    (data/en/over_stretch_words.tsv), in file order."""
    return _table(
        "over_stretch_words.tsv",
        2,
        lambda r: OverStretchWord(r.word(0), r.choice(1, _OVER_STRETCH_ROLE_VALUES)),
        lambda w: (w.word, w.role),
    )


class RelativeWord(NamedTuple):
    phrase: str
    direction: Direction


@functools.cache
def relative_words() -> tuple[RelativeWord, ...]:
    """Words that place a day or a period relative to the article's date
    (data/en/relative_words.tsv), in file order."""
    return _table(
        "relative_words.tsv",
        2,
        lambda r: RelativeWord(r.word(0), r.choice(1, _DIRECTION_VALUES)),
        lambda w: w.phrase,
    )


class RelativeDay(NamedTuple):
    phrase: str
    offset: int  # days after the article's date; negative before it


@functools.cache
def relative_days() -> tuple[RelativeDay, ...]:
    """Words that name a day by its distance from the article's date
    (data/en/relative_days.tsv), in file order."""
    return _table(
        "relative_days.tsv",
        2,
        lambda r: RelativeDay(r.word(0), r.signed_integer(1)),
        lambda d: d.phrase,
    )


class SpellingVariant(NamedTuple):
    british: str  # an ending as British spelling writes it: "ise", "our"
    american: str  # the same ending in American spelling: "ize", "or"


@functools.cache
def spelling_variants() -> tuple[SpellingVariant, ...]:
    """Word endings British and American spelling write differently
    (data/en/spelling_variants.tsv), in file order."""
    return _table(
        "spelling_variants.tsv",
        2,
        lambda r: SpellingVariant(r.word(0), r.word(1)),
        lambda v: v.british,
    )


class AgoWord(NamedTuple):
    phrase: str
    direction: AgoDirection


@functools.cache
def ago_words() -> tuple[AgoWord, ...]:
    """Words after a count of units that place it from the article's date, and which
    way (data/en/ago_words.tsv), in file order."""
    return _table("ago_words.tsv", 2, _ago_word, lambda w: w.phrase)


def _ago_word(row: _Row) -> AgoWord:
    word = AgoWord(row.word(0), row.choice(1, _AGO_DIRECTION_VALUES))
    if word.direction in ("before_day", "after_day"):
        day = word.phrase.split()[-1]
        if day not in {d.phrase for d in relative_days()}:
            raise row.error(0, f"{day!r} is no day of relative_days.tsv")
    return word
