"""Every row of the word lists under factsuite/data/en/ is read as the row says,
and a malformed row stops the load with ``path:line:column: message``."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date

import pytest

from factsuite import dates, language, numbers
from factsuite.daterange import DateRange, Precision
from tests.languagedata import serving

REFERENCE = date(2024, 6, 15)


def _only_date(text: str) -> dates.DateMention:
    found = dates.find_dates(text, REFERENCE)
    assert len(found) == 1, (text, found)
    return found[0]


def _only_number(text: str) -> numbers.NumberMention:
    found = numbers.find_numbers(text)
    assert len(found) == 1, (text, found)
    return found[0]


@pytest.mark.parametrize("month", language.months(), ids=lambda m: m.word)
def test_each_month_word_reads_as_its_month(month: language.MonthName) -> None:
    for written in (month.word.capitalize(), month.word.upper()):
        mention = _only_date(f"It opened on 3 {written} 2019, officials said.")
        assert mention.readings[0] == DateRange(
            date(2019, month.month, 3), date(2019, month.month, 3), Precision.DAY
        )


@pytest.mark.parametrize("day", language.weekdays(), ids=lambda d: d.word)
def test_each_weekday_word_reads_as_its_weekday(day: language.WeekdayName) -> None:
    # 15 June 2024 is a Saturday; "last <day>" is the one before it.
    mention = _only_date(f"The talks began last {day.word.capitalize()}.")
    assert mention.readings[0].start.weekday() == day.weekday


@pytest.mark.parametrize(
    "day", [d for d in language.weekdays() if d.form == "abbreviation"], ids=lambda d: d.word
)
def test_lowercase_abbreviation_reads_as_a_day_only_where_the_data_says(
    day: language.WeekdayName,
) -> None:
    found = dates.find_dates(f"The vote was held on {day.word}. Turnout was low.", REFERENCE)
    read_as_day = any(m.text.lower().startswith(day.word) for m in found)
    assert read_as_day == day.lowercase_is_day


_CARDINAL_CLASSES = frozenset({"zero", "unit", "teen", "tens", "hundred"})


@pytest.mark.parametrize("word", language.number_words(), ids=lambda w: w.word)
def test_each_number_word_reads_as_its_value(word: language.NumberWord) -> None:
    if word.word_class in _CARDINAL_CLASSES:
        mention = _only_number(f"They counted {word.word} boats.")
        assert (mention.kind, mention.value) == ("number", word.value)
    elif word.word_class == "times":
        mention = _only_number(f"The team has won the cup {word.word} since then.")
        assert (mention.kind, mention.value) == ("multiplier", word.value)
    else:
        mention = _only_number(f"It came {word.word} in the race.")
        assert (mention.kind, mention.value) == ("ordinal", word.value)


# The number words dates count years with, and the ordinals of an anniversary; dates
# count no years in hundreds, scales or times, nor read a zeroth.
_YEAR_COUNT_CLASSES = frozenset({"zero", "unit", "teen", "tens"})
_ANNIVERSARY_CLASSES = frozenset({"ordinal_unit", "ordinal_teen", "ordinal_tens"})


@pytest.mark.parametrize(
    "word",
    [
        w
        for w in language.number_words()
        if w.word_class in _YEAR_COUNT_CLASSES | _ANNIVERSARY_CLASSES
    ],
    ids=lambda w: w.word,
)
def test_dates_count_with_the_standard_number_words_only(word: language.NumberWord) -> None:
    if word.word_class in _YEAR_COUNT_CLASSES:
        found = dates.find_dates(f"The strike lasted {word.word} years.", REFERENCE)
        duration = found[0].duration if found else None
        reads = duration is not None and (duration.amount, duration.unit) == (word.value, "years")
    else:
        found = dates.find_dates(f"the {word.word} anniversary of the war", REFERENCE)
        reads = bool(found) and found[0].ordinal == word.value
    assert reads == (word.register == "standard")


@pytest.mark.parametrize("scale", language.scales(), ids=lambda s: s.word)
def test_each_scale_multiplies(scale: language.Scale) -> None:
    mention = _only_number(f"They raised two {scale.word} rupees.")
    assert mention.value == 2 * scale.value
    if scale.plural:
        plural = numbers.find_numbers(f"They raised 12 {scale.plural} rupees.")
        read_as_number = [m.value for m in plural] == [12 * scale.value]
        assert read_as_number == (scale.system == "indian")


@pytest.mark.parametrize(
    "abbreviation", language.scale_abbreviations(), ids=lambda a: a.abbreviation
)
def test_each_scale_abbreviation_reads_where_the_data_says(
    abbreviation: language.ScaleAbbreviation,
) -> None:
    written = abbreviation.abbreviation
    spaced = numbers.find_numbers(f"Sales reached 75 {written} last year.")
    assert (spaced[0].value == 75 * abbreviation.value) == (abbreviation.after_space != "no")
    if abbreviation.after_space == "caseless":
        other_case = numbers.find_numbers(f"Sales reached 75 {written.upper()} last year.")
        assert other_case[0].value == 75 * abbreviation.value
    glued = numbers.find_numbers(f"Sales reached 75{written} last year.")
    assert (bool(glued) and glued[0].value == 75 * abbreviation.value) == abbreviation.glued


@pytest.mark.parametrize("hedge", language.hedges(), ids=lambda h: h.phrase)
def test_each_hedge_implies_its_interval(hedge: language.HedgePhrase) -> None:
    mention = _only_number(f"The storm cut power to {hedge.phrase} 40 homes.")
    assert (mention.hedge == hedge.interval) == ("numbers" in hedge.read_by)
    duration = dates.find_dates(f"The case dragged on for {hedge.phrase} three years.", REFERENCE)
    hedged = [
        m
        for m in duration
        if m.duration is not None
        and m.duration.hedge == hedge.interval
        and m.text.lower().startswith(hedge.phrase)
    ]
    assert bool(hedged) == ("dates" in hedge.read_by)


_LOADERS = (
    language.anniversaries,
    language.time_units,
    language.months,
    language.weekdays,
    language.number_words,
    language.scales,
    language.scale_abbreviations,
    language.hedges,
)


@pytest.fixture
def data_file(monkeypatch: pytest.MonkeyPatch) -> Iterator[Callable[[str], None]]:
    """Serve a given text as every data file (tests/languagedata.py)."""
    yield from serving(monkeypatch, _LOADERS)


@pytest.mark.parametrize(
    ("loader", "text", "message"),
    [
        (
            language.months,
            "# months\njan\t1\n",
            "months.tsv:2:1: expected 3 tab-separated columns, found 2",
        ),
        (language.months, "jan\tone\tabbreviation\n", "months.tsv:1:5: not a whole number: 'one'"),
        (language.months, "jan\t13\tabbreviation\n", "months.tsv:1:5: no month"),
        (
            language.months,
            "jan\t1\tshort\n",
            "months.tsv:1:7: 'short' is not one of name, abbreviation",
        ),
        (
            language.months,
            "jan\t1\tabbreviation\njan\t1\tabbreviation\n",
            "months.tsv:2:1: 'jan' is already defined on line 1",
        ),
        (
            language.weekdays,
            "mon\t0\tabbreviation\tmaybe\n",
            "weekdays.tsv:1:20: 'maybe' is not one of yes, no",
        ),
        (language.weekdays, "mon\t7\tabbreviation\tyes\n", "weekdays.tsv:1:5: no day"),
        (
            language.number_words,
            " one\t1\tunit\tstandard\n",
            "number_words.tsv:1:1: empty or padded word ' one'",
        ),
        (
            language.scales,
            "lakh\t100000\tlakhs\tmetric\n",
            "scales.tsv:1:19: 'metric' is not one of short, indian",
        ),
        (
            language.scale_abbreviations,
            "bn\t-1\tcaseless\tyes\n",
            "scale_abbreviations.tsv:1:4: not a whole number: '-1'",
        ),
        (
            language.hedges,
            "about\tabout\tnumbers,words\n",
            "hedges.tsv:1:13: 'words' is not one of numbers, dates",
        ),
    ],
)
def test_a_malformed_row_is_one_line_with_its_place(
    data_file: Callable[[str], None], loader: Callable[[], object], text: str, message: str
) -> None:
    data_file(text)
    with pytest.raises(language.LanguageDataError) as raised:
        loader()
    assert str(raised.value) == f"factsuite/data/en/{message}"


@pytest.mark.parametrize("anniversary", language.anniversaries(), ids=lambda a: a.phrase)
def test_each_anniversary_word_reads_as_its_years(anniversary: language.Anniversary) -> None:
    mention = _only_date(f"They marked the {anniversary.phrase} of the club.")
    assert (mention.kind, mention.ordinal) == ("anniversary", anniversary.years)


@pytest.mark.parametrize("unit", language.time_units(), ids=lambda u: u.word)
def test_each_time_unit_counts_as_the_data_says(unit: language.TimeUnit) -> None:
    # A row's plural is the word and "s" ("centurie" is there for "centuries"), so a row
    # may read only in the singular or only in the plural; each reading must agree.
    readings = []
    for text, count in ((f"It lasted one {unit.word}.", 1), (f"It lasted three {unit.word}s.", 3)):
        found = dates.find_dates(text, REFERENCE)
        if found and found[0].duration is not None:
            duration = found[0].duration
            readings.append(((duration.amount, duration.unit), (count * unit.amount, unit.unit)))
    assert readings
    assert all(read == expected for read, expected in readings)
