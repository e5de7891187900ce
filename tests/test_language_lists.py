"""Every entry of the word lists moved out of the readers' code into factsuite/data/en/
does what its file says, read through the public readers; a malformed row stops the
load with ``path:line:column: message``."""

from __future__ import annotations

import calendar
from collections.abc import Callable, Iterator
from datetime import date, timedelta
from importlib import resources

import pytest

from factsuite import dates, gazetteer, language, names, numbers, roles
from factsuite.daterange import DateRange, Precision
from factsuite.extraction.values import find_values
from factsuite.kinds import age
from factsuite.kinds._shared import data_rows
from factsuite.notnumbers import word_list
from factsuite.places import PLACES
from tests.languagedata import serving

REFERENCE = date(2024, 6, 15)  # a Saturday
LAST_SUNDAY = DateRange.day(date(2024, 6, 9))
NEXT_SUNDAY = DateRange.day(date(2024, 6, 16))


def _readings(text: str) -> list[tuple[str, tuple[DateRange, ...]]]:
    return [(m.text, m.readings) for m in dates.find_dates(text, REFERENCE)]


@pytest.mark.parametrize("word", language.tense_words(), ids=lambda w: w.word)
def test_each_tense_word_settles_the_weekday_it_says(word: language.TenseWord) -> None:
    expected = {
        "past": (LAST_SUNDAY,),
        "future": (NEXT_SUNDAY,),
        # no tense: both Sundays, the nearer first
        "not_past": (LAST_SUNDAY, NEXT_SUNDAY),
    }[word.tense]
    found = _readings(f"The team {word.word} rivals on Sunday.")
    # "tomorrow" is a date too
    assert [reading for reading in found if reading[0] == "Sunday"] == [("Sunday", expected)]


def test_a_word_in_ed_not_listed_reads_as_past() -> None:
    # What a not_past entry prevents: without it, "indeeds" aside, "-ed" is past.
    assert _readings("The team crossed rivals on Sunday.") == [("Sunday", (LAST_SUNDAY,))]


@pytest.mark.parametrize("plural", language.words("event_plurals.txt"))
def test_each_event_plural_keeps_the_year_before_it(plural: str) -> None:
    assert _readings(f"Officials praised the 2012 {plural}.") == [
        ("2012", (DateRange(date(2012, 1, 1), date(2012, 12, 31), Precision.YEAR),))
    ]


def test_another_plural_after_a_year_counts() -> None:
    assert _readings("Officials praised the 2012 clerks.") == []


@pytest.mark.parametrize("noun", language.words("counted_plurals.txt"))
def test_each_counted_plural_makes_the_number_before_it_a_count(noun: str) -> None:
    assert [text for text, _ in _readings(f"The firm hired 1999 {noun} last year.")] == [
        "last year"
    ]


def test_a_singular_noun_after_a_year_leaves_it_a_year() -> None:
    assert [text for text, _ in _readings("The firm hired 1999 crew last year.")] == [
        "1999",
        "last year",
    ]


def _season_months(season: language.Season, year: int) -> DateRange:
    last_year = year + (season.last_month < season.first_month)
    last_day = calendar.monthrange(last_year, season.last_month)[1]
    return DateRange(
        date(year, season.first_month, 1),
        date(last_year, season.last_month, last_day),
        Precision.MONTH,
    )


@pytest.mark.parametrize("season", language.seasons(), ids=lambda s: s.name)
def test_each_season_reads_as_its_months(season: language.Season) -> None:
    assert _readings(f"The drought struck in {season.name} 2023.") == [
        (f"{season.name} 2023", (_season_months(season, 2023),))
    ]
    # 15 June 2024: the last of a season is the one that ended before it
    last = 2024 if season.first_month < 6 else 2023
    assert _readings(f"The drought struck last {season.name}.") == [
        (f"last {season.name}", (_season_months(season, last),))
    ]


@pytest.mark.parametrize("vague", language.vague_quantities(), ids=lambda v: v.word)
def test_each_vague_quantity_counts_as_the_data_says(vague: language.VagueQuantity) -> None:
    after_article = numbers.find_numbers(f"They found a {vague.word} of boats.")
    alone = numbers.find_numbers(f"They found {vague.word} boats.")
    counted = after_article if vague.article == "required" else alone
    assert [(m.value, m.low, m.high, m.form) for m in counted] == [
        (vague.value, vague.low, vague.high, "approximate")
    ]
    if vague.article == "required":
        assert counted[0].text.startswith("a ")
        assert alone == []
    else:  # the article is no part of it
        assert [m.text.split()[0] for m in after_article] == [vague.word]


@pytest.mark.parametrize(
    ("vague", "phrase"),
    [(v, p) for v in language.vague_quantities() for p in v.date_phrases],
    ids=lambda x: x if isinstance(x, str) else "",
)
def test_each_date_phrase_counts_a_duration_in_its_date_value(
    vague: language.VagueQuantity, phrase: str
) -> None:
    found = dates.find_dates(f"The strike lasted {phrase} years.", REFERENCE)
    assert [m.text for m in found] == [f"{phrase} years"]
    duration = found[0].duration
    assert duration is not None
    assert (duration.amount, duration.unit) == (vague.date_value, "years")
    # hedged as numbers calls it vague: its count may be twice its least
    assert (duration.hedge == "about") == (vague.high >= 2 * vague.low)


def test_a_vague_word_without_date_phrases_counts_no_duration() -> None:
    without = [v.word for v in language.vague_quantities() if not v.date_phrases]
    assert without
    for word in without:
        assert dates.find_dates(f"The strike lasted a {word} of years.", REFERENCE) == []


@pytest.mark.parametrize("code", language.words("currency_codes.txt"))
def test_a_hedge_before_each_currency_code_hedges_the_amount(code: str) -> None:
    found = numbers.find_numbers(f"The bill came to about {code} 300 last year.")
    assert [(m.text, m.value, m.hedge) for m in found] == [(f"about {code} 300", 300, "about")]


def test_a_hedge_before_another_code_does_not_reach_the_amount() -> None:
    found = numbers.find_numbers("The bill came to about XYZ 300 last year.")
    assert [(m.text, m.hedge) for m in found] == [("300", None)]


@pytest.mark.parametrize("word", language.words("percent_words.txt"))
def test_each_percent_word_makes_a_percentage(word: str) -> None:
    for written in (f"5 {word}", f"five {word}"):
        found = numbers.find_numbers(f"Turnout rose {written} in May.")
        assert [(m.text, m.kind, m.value) for m in found] == [(written, "percent", 5)]


@pytest.mark.parametrize("unit", language.words("glued_units.txt"))
def test_digits_before_each_glued_unit_are_a_number(unit: str) -> None:
    glued_scales = {a.abbreviation for a in language.scale_abbreviations() if a.glued}
    for written in {unit, unit.upper()} - glued_scales:  # "29M" is 29 million
        found = numbers.find_numbers(f"The road runs 29{written} east.")
        assert [(m.text, m.value) for m in found] == [("29", 29)]


def test_digits_before_other_glued_letters_are_a_code() -> None:
    assert numbers.find_numbers("The road runs 29xq east.") == []


@pytest.mark.parametrize("word", language.words("half_periods.txt"))
def test_each_half_period_word_makes_half_a_period(word: str) -> None:
    found = numbers.find_numbers(f"They scored twice in the {word} half of the game.")
    assert [m.value for m in found if m.text.lower().startswith("half")] == []


def test_half_after_another_word_is_a_half() -> None:
    found = numbers.find_numbers("They scored twice in the green half of the game.")
    assert [(m.text, m.value) for m in found] == [("twice", 2), ("half", 0.5)]


@pytest.mark.parametrize("word", language.year_context(), ids=lambda w: w.word)
def test_each_year_context_word_makes_the_number_after_it_what_it_says(
    word: language.YearContextWord,
) -> None:
    if word.reads_as == "year":  # a number before 1900 is a year only after one
        assert [m.text for m in dates.find_dates(f"It opened {word.word} 1848.", REFERENCE)] == [
            "1848"
        ]
    else:
        found = dates.find_dates(f"The firm sold {word.word} 2012 in May.", REFERENCE)
        assert [m.text for m in found] == ["May"]


def test_a_number_after_another_word_is_as_its_size_says() -> None:
    assert dates.find_dates("It opened near 1848.", REFERENCE) == []
    found = dates.find_dates("The firm sold exactly 2012 in May.", REFERENCE)
    assert [m.text for m in found] == ["2012", "May"]


@pytest.mark.parametrize("word", language.words("fiscal_words.txt"))
def test_each_fiscal_word_makes_the_year_after_it_a_fiscal_year(word: str) -> None:
    for written in (word, word.upper()):
        assert _readings(f"Sales rose in {written} 2025.") == [
            ("2025", (DateRange(date(2024, 2, 1), date(2026, 3, 31), Precision.MONTH),))
        ]


def test_a_year_after_another_word_is_the_calendar_year() -> None:
    assert _readings("Sales rose in budget 2025.") == [
        ("2025", (DateRange(date(2025, 1, 1), date(2025, 12, 31), Precision.YEAR),))
    ]


@pytest.mark.parametrize("word", language.words("recurrence_words.txt"))
def test_each_recurrence_word_makes_a_day_no_date(word: str) -> None:
    assert _readings(f"The market opens {word} Tuesday.") == []


@pytest.mark.parametrize("word", language.words("passive_auxiliaries.txt"))
def test_each_passive_auxiliary_makes_the_participle_after_it_tell_no_tense(word: str) -> None:
    # no tense: both Sundays, the nearer first, as for a word of no tense
    assert _readings(f"The result {word} announced on Sunday.") == [
        ("Sunday", (LAST_SUNDAY, NEXT_SUNDAY))
    ]
    # the control: the same participle after "was" is past
    assert _readings("The result was announced on Sunday.") == [("Sunday", (LAST_SUNDAY,))]


def test_a_day_after_another_word_is_a_date() -> None:
    assert [text for text, _ in _readings("The market opens some Tuesday.")] == ["Tuesday"]


@pytest.mark.parametrize("word", language.date_prepositions(), ids=lambda p: p.word)
def test_each_date_preposition_introduces_the_forms_it_says(
    word: language.DatePreposition,
) -> None:
    abbreviation = _readings(f"The vote is {word.word} Thu, officials said.")
    assert bool(abbreviation) == ("weekday_abbreviation" in word.introduces)
    numeric = _readings(f"The vote was {word.word} 3/14, officials said.")
    assert bool(numeric) == ("numeric_day" in word.introduces)


def test_a_short_day_after_another_word_is_no_date() -> None:
    assert _readings("The vote is near Thu, officials said.") == []
    assert _readings("The vote was near 3/14, officials said.") == []


@pytest.mark.parametrize("word", language.weekend_words(), ids=lambda w: f"{w.place}-{w.word}")
def test_each_weekend_word_says_which_weekend(word: language.WeekendWord) -> None:
    if word.place == "before":
        text = f"Crowds came {word.word} the weekend and left."
        assert [text for text, _ in _readings(text)] == ["weekend"]
    else:
        assert _readings(f"Crowds came over the weekend {word.word} the race.") == []


def test_the_weekend_after_another_word_is_not_read() -> None:
    assert _readings("Crowds came near the weekend and left.") == []


TOLD = "The firm met in March 2022. "


@pytest.mark.parametrize("word", language.words("comparison_words.txt"))
def test_a_time_after_each_comparison_word_is_not_read(word: str) -> None:
    for compared in ("a year earlier", "the previous year"):
        found = _readings(f"{TOLD}Revenue rose 12% {word} {compared}.")
        assert compared not in [text for text, _ in found]


def test_a_time_after_another_word_is_read() -> None:
    for compared in ("a year earlier", "the previous year"):
        found = _readings(f"{TOLD}Revenue rose 12% near {compared}.")
        assert compared in [text for text, _ in found]


@pytest.mark.parametrize("word", language.words("bare_month_words.txt"))
def test_a_bare_month_after_each_word_is_the_month(word: str) -> None:
    for month in ("May", "March"):
        found = _readings(f"The vote came {word} {month}, officials said.")
        assert [text.split()[-1] for text, _ in found] == [month]


def test_a_bare_may_or_march_after_another_word_is_no_month() -> None:
    for month in ("May", "March"):
        assert _readings(f"The vote came near {month}, officials said.") == []


def _hedges(text: str) -> list[tuple[str, str | None]]:
    return [(m.text, m.hedge) for m in numbers.find_numbers(text)]


_PREPOSITION_HEDGE = {
    "about": "about",
    "around": "about",
    "over": "more_than",
    "under": "fewer_than",
}


@pytest.mark.parametrize(
    "head", language.preposition_heads(), ids=lambda h: f"{h.word}-{h.preposition}"
)
def test_each_preposition_head_makes_its_preposition_no_hedge(
    head: language.PrepositionHead,
) -> None:
    assert _hedges(f"Reports {head.word} {head.preposition} 40 homes.") == [("40", None)]


@pytest.mark.parametrize("preposition", sorted(_PREPOSITION_HEDGE))
def test_the_preposition_after_another_word_hedges(preposition: str) -> None:
    assert _hedges(f"Reports said {preposition} 40 homes.") == [
        (f"{preposition} 40", _PREPOSITION_HEDGE[preposition])
    ]


@pytest.mark.parametrize("noun", language.words("under_counted.txt"))
def test_under_before_each_counted_noun_is_no_hedge(noun: str) -> None:
    assert _hedges(f"Trade grew under 3 {noun} in all.") == [("3", None)]


def test_under_before_another_noun_is_fewer_than() -> None:
    assert _hedges("Trade grew under 3 homes in all.") == [("under 3", "fewer_than")]


def _hedges_of_12(text: str) -> list[tuple[str, str | None]]:
    return [(t, hedge) for t, hedge in _hedges(text) if t.split()[-1] == "12"]


@pytest.mark.parametrize("stretch", language.words("stretches.txt"))
def test_over_before_each_stretch_is_across(stretch: str) -> None:
    assert _hedges_of_12(f"The index rose over 12 straight {stretch}.") == [("12", None)]


def test_over_before_another_noun_is_more_than() -> None:
    assert _hedges_of_12("The index rose over 12 straight homes.") == [("over 12", "more_than")]


@pytest.mark.parametrize("word", language.over_stretch_words(), ids=lambda w: f"{w.role}-{w.word}")
def test_each_over_stretch_word_acts_as_its_role(word: language.OverStretchWord) -> None:
    text = {
        "adjective": f"The index rose over 12 {word.word} years.",
        "hedged_after": f"It {word.word} over 12 years.",
        "measured_by": f"It rose over 12 years {word.word}.",
    }[word.role]
    expected = None if word.role == "adjective" else "more_than"
    assert [hedge for _, hedge in _hedges_of_12(text)] == [expected]


def test_without_such_words_over_a_stretch_is_across_and_an_odd_word_breaks_it() -> None:
    assert _hedges_of_12("It rose over 12 years.") == [("12", None)]
    assert _hedges_of_12("It rose over 12 years together.") == [("12", None)]
    # a word that is no adjective between them leaves "years" unseen: "over" hedges
    assert _hedges_of_12("The index rose over 12 lovely years.") == [("over 12", "more_than")]


@pytest.mark.parametrize("suffix", language.words("compound_suffixes.txt"))
def test_some_before_each_compound_suffix_stays_a_hedge(suffix: str) -> None:
    assert _hedges(f"They hired some 30-{suffix} people.") == [("some 30", "about")]


def test_some_before_another_compound_is_no_hedge() -> None:
    assert _hedges("They hired some 3-year-olds.") == [("3", None)]


WEDNESDAY = date(2024, 6, 12)


@pytest.mark.parametrize("word", language.relative_words(), ids=lambda w: w.phrase)
def test_each_relative_word_places_a_day_and_a_month_as_its_direction(
    word: language.RelativeWord,
) -> None:
    [sunday] = dates.find_dates(f"The firm votes {word.phrase} Sunday.", WEDNESDAY)
    days = [r.start for r in sunday.readings]
    assert sunday.text == f"{word.phrase} Sunday"
    [month] = dates.find_dates(f"Sales rose {word.phrase} month.", WEDNESDAY)
    starts = [r.start for r in month.readings]
    if word.direction == "next":
        assert date(2024, 6, 16) in days
        assert min(days) > WEDNESDAY
        assert starts[0] == date(2024, 7, 1)
    elif word.direction == "last":
        assert date(2024, 6, 9) in days
        assert max(days) < WEDNESDAY
        assert starts[0] == date(2024, 5, 1)
    elif word.direction == "past":
        assert days == [date(2024, 6, 9)]
        assert all(r.end < WEDNESDAY for r in month.readings)
    else:
        assert days == [date(2024, 6, 16)]
        assert starts == [date(2024, 6, 1)]


@pytest.mark.parametrize(
    "word",
    [w for w in language.relative_words() if w.direction != "this" and " " not in w.phrase],
    ids=lambda w: w.phrase,
)
def test_each_relative_word_counts_units_back_or_ahead_as_its_direction(
    word: language.RelativeWord,
) -> None:
    found = dates.find_dates(f"Sales rose during the {word.phrase} three years.", WEDNESDAY)
    if word.phrase in ("previous", "following"):
        # these count from a time told before, not from today: read as nothing at all,
        # not as a duration of three years
        assert found == []
        return
    assert [(m.text, m.kind) for m in found] == [(f"{word.phrase} three years", "relative")]
    rolling = found[0].readings[0]
    if word.direction == "next":
        assert (rolling.start, rolling.end) == (date(2024, 6, 13), date(2027, 6, 12))
    else:
        assert (rolling.start, rolling.end) == (date(2021, 6, 12), date(2024, 6, 11))


def test_a_count_after_this_or_another_word_counts_no_units_from_today() -> None:
    for word in ("this", "some"):
        found = dates.find_dates(f"Sales rose during the {word} three years.", WEDNESDAY)
        assert [m.kind for m in found] == ["duration"]


def test_a_day_after_another_word_is_read_by_the_tense_around_it() -> None:
    [sunday] = dates.find_dates("The firm votes some Sunday.", WEDNESDAY)
    assert sunday.text == "Sunday"
    assert dates.find_dates("Sales rose some month.", WEDNESDAY) == []


@pytest.mark.parametrize("word", language.words("period_edge_words.txt"))
def test_the_last_year_before_each_edge_word_is_not_last_year(word: str) -> None:
    found = _readings(f"He took office in 2019. Sales rose the last year {word} his term.")
    assert [text for text, _ in found] == ["2019"]


def test_the_last_year_before_another_word_is_last_year() -> None:
    found = _readings("He took office in 2019. Sales rose the last year and his term.")
    assert [text for text, _ in found] == ["2019", "last year"]


@pytest.mark.parametrize("preposition", language.words("comparing_prepositions.txt"))
def test_each_comparing_preposition_is_a_hedge_except_after_a_number(preposition: str) -> None:
    assert preposition in {h.phrase for h in language.hedges() if "numbers" in h.read_by}
    assert _hedges(f"Sales rose 7 {preposition} 12 units.") == [("7", None), ("12", None)]
    [(_, hedge)] = _hedges(f"Sales rose {preposition} 12 units.")
    assert hedge is not None


def test_another_hedge_after_a_number_still_hedges() -> None:
    assert _hedges("Sales rose 7 nearly 12 units.") == [("7", None), ("nearly 12", "nearly")]


@pytest.mark.parametrize("day", language.relative_days(), ids=lambda d: d.phrase)
def test_each_relative_day_word_names_its_day(day: language.RelativeDay) -> None:
    assert _readings(f"The vote was held {day.phrase}, officials said.") == [
        (day.phrase, (DateRange.day(REFERENCE + timedelta(days=day.offset)),))
    ]


@pytest.mark.parametrize("name", language.words("numeric_names.txt"))
def test_each_numeric_name_is_no_date(name: str) -> None:
    assert _readings(f"They met on {name}, officials said.") == []


def test_another_day_and_month_after_on_is_a_date() -> None:
    assert [text for text, _ in _readings("They met on 9/12, officials said.")] == ["9/12"]


NO_FACTS = gazetteer.Gazetteer([])


@pytest.mark.parametrize("organisation", language.words("organisations.txt"))
def test_each_organisation_is_a_place_of_titles_but_no_country(organisation: str) -> None:
    assert organisation in PLACES  # else the entry says nothing
    assert NO_FACTS.locate(organisation) is None


@pytest.mark.parametrize("alias", language.words("country_aliases.txt"))
def test_each_country_alias_names_its_country(alias: str) -> None:
    [country] = [place for place, aliases in PLACES.items() if alias in aliases]
    located = NO_FACTS.locate(alias)
    assert located is not None
    assert (located.name, located.is_country) == (country, True)


def test_an_alias_not_listed_names_no_country() -> None:
    assert "chinese" in PLACES["china"]
    assert NO_FACTS.locate("chinese") is None


@pytest.mark.parametrize("entry", language.countries_with_the(), ids=lambda c: c.entry)
def test_each_country_name_with_the_takes_it(entry: language.CountryWithThe) -> None:
    if entry.match == "name":
        named = [entry.entry]
    else:
        named = [name for name in gazetteer.COUNTRY_NAMES if entry.entry in name.split()]
    assert named
    assert all(gazetteer.takes_the(name) for name in named)


def test_a_country_name_without_such_a_word_takes_no_the() -> None:
    assert not gazetteer.takes_the("china")


@pytest.mark.parametrize("joiner", language.words("name_joiners.txt"))
def test_each_name_joiner_joins_a_proper_name(joiner: str) -> None:
    assert names.names_someone(f"the Court {joiner} Appeals")


def test_another_small_word_breaks_a_proper_name() -> None:
    assert not names.names_someone("the Court with Appeals")


@pytest.mark.parametrize("rank", language.words("rank_words.txt"))
def test_each_rank_word_puts_a_title_below_its_higher_title(rank: str) -> None:
    assert roles.without_rank(f"{rank} foreign minister") == "foreign minister"


def test_a_title_without_a_rank_word_has_no_higher_title() -> None:
    assert roles.without_rank("acting foreign minister") is None


@pytest.mark.parametrize("word", language.title_tenses(), ids=lambda t: t.word)
def test_each_title_tense_word_says_when_the_title_is_held(
    word: language.TitleTenseWord,
) -> None:
    # "described" says what a bare title says; "current" holds it on the article's day
    tense = roles.Tense.CURRENT if word.tense == "described" else roles.Tense(word.tense)
    for written in (f"{word.word} foreign minister", f"{word.word}-foreign minister"):
        assert roles.read_title(written) == roles.TitlePhrase(
            tense, frozenset({"foreign", "minister"}), word.tense == "current"
        )


@pytest.mark.parametrize("word", language.words("title_stopwords.txt"))
def test_each_title_stopword_is_left_out_of_a_title(word: str) -> None:
    assert roles.title_words(f"Minister {word} Finance") == {"minister", "finance"}


def test_another_small_word_stays_in_a_title() -> None:
    assert roles.title_words("Minister on Finance") == {"minister", "on", "finance"}


@pytest.mark.parametrize("size", word_list("group_sizes"))
def test_each_group_size_names_a_group(size: str) -> None:
    assert numbers.find_numbers(f"Leaders of the Group of {size.title()} met in May.") == []


def test_a_size_not_listed_is_read() -> None:
    found = numbers.find_numbers("Leaders of the Group of Thirteen met in May.")
    assert [(m.text, m.value) for m in found] == [("Thirteen", 13)]


@pytest.mark.parametrize(
    "word",
    [e.split(" ", 1)[1] for e in word_list("one_pronoun") if e.startswith("alone-before ")],
)
def test_a_word_that_makes_a_lone_one_a_pronoun_leaves_a_larger_number(word: str) -> None:
    # Why these words are "alone-" lines: masked before reading, the million would go.
    found = numbers.find_numbers(f"{word.capitalize()} one million people left.")
    assert [(m.text, m.value) for m in found] == [("one million", 1_000_000)]


@pytest.mark.parametrize("adverb", word_list("once_adverbs"))
def test_once_before_each_adverb_and_a_past_tense_is_no_count(adverb: str) -> None:
    assert numbers.find_numbers(f"A candidate once {adverb} needed to turn up.") == []


def test_once_before_another_word_and_a_past_tense_counts() -> None:
    found = numbers.find_numbers("A candidate once then needed to turn up.")
    assert [(m.text, m.value) for m in found] == [("once", 1)]


_NOT_YEAR_AFTER = (
    *language.words("not_year_after.txt"),
    *(scale.word for scale in language.scales() if scale.system == "short"),
    *language.number_word_table("hundred"),
)


@pytest.mark.parametrize("word", _NOT_YEAR_AFTER)
def test_a_four_digit_number_before_each_not_year_word_is_no_year(word: str) -> None:
    for written in (word, word.upper()):
        assert _readings(f"It opened in 1998 {written} from the coast.") == []


def test_a_four_digit_number_before_another_word_is_a_year() -> None:
    assert [text for text, _ in _readings("It opened in 1998 near the coast.")] == ["1998"]


_DAY_OFFSETS = {d.phrase: d.offset for d in language.relative_days()}


@pytest.mark.parametrize("word", language.ago_words(), ids=lambda w: w.phrase)
def test_each_ago_word_places_a_count_as_its_direction(word: language.AgoWord) -> None:
    base = _DAY_OFFSETS[word.phrase.split()[-1]] if word.direction.endswith("_day") else 0
    sign = -1 if word.direction in ("back", "before_day") else 1
    expected = DateRange.day(REFERENCE + timedelta(days=base + sign * 3))
    for written in (word.phrase, word.phrase.upper()):
        assert _readings(f"The plant opened three days {written}.") == [
            (f"three days {written}", (expected,))
        ]


def test_a_count_before_another_word_is_a_duration() -> None:
    assert _kinds("The plant opened three days onward.") == [("three days", "duration")]


def _kinds(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.kind) for m in dates.find_dates(text, REFERENCE)]


_FREQUENCY_WORDS = (
    *language.words("frequency_words.txt"),
    *language.number_word_table("times"),
    *language.words("recurrence_words.txt"),
)


@pytest.mark.parametrize("word", _FREQUENCY_WORDS)
def test_a_length_of_time_after_each_frequency_word_is_no_duration(word: str) -> None:
    assert _kinds(f"The board meets {word} two years.") == []


def test_a_length_of_time_after_another_word_is_a_duration() -> None:
    assert _kinds("The board meets some two years.") == [("some two years", "duration")]
    assert _kinds("The board met two years.") == [("two years", "duration")]


@pytest.mark.parametrize("word", language.words("lone_day_words.txt"))
def test_a_lone_day_after_each_lone_day_word_is_a_duration(word: str) -> None:
    for day in ("one day", "a day"):
        [found] = dates.find_dates(f"The talks lasted {word} {day}.", REFERENCE)
        assert (found.text, found.duration) == (day, dates.Duration(1.0, "days", None))


def test_a_lone_day_after_another_word_is_no_duration() -> None:
    assert _kinds("One day he will return.") == []
    assert _kinds("The town held a day of mourning.") == []


AHEAD = "The court will rule in two weeks"


@pytest.mark.parametrize("word", language.words("not_ahead_words.txt"))
def test_in_two_weeks_before_each_not_ahead_word_is_elapsed_time(word: str) -> None:
    assert _kinds(f"{AHEAD} {word} the hearing.") == [("two weeks", "duration")]


def test_in_two_weeks_before_another_word_is_the_day_to_come() -> None:
    [found] = dates.find_dates(f"{AHEAD} at the hearing.", REFERENCE)
    assert (found.text, found.kind) == ("two weeks", "relative")
    assert found.readings[0] == DateRange.day(REFERENCE + timedelta(days=14))


@pytest.mark.parametrize("cue", language.words("future_cues.txt"))
def test_each_future_cue_makes_in_two_weeks_a_day_to_come(cue: str) -> None:
    # any case, and either apostrophe
    for written in {cue, cue.upper(), cue.replace("'", "’")}:
        glue = "" if cue.startswith("'") else " "
        found = _kinds(f"The court{glue}{written} rule in two weeks.")
        assert found == [("two weeks", "relative")], written


def test_in_two_weeks_without_a_future_cue_is_elapsed_time() -> None:
    assert _kinds("The court ruled in two weeks.") == [("two weeks", "duration")]
    # a cue is a whole word: "swill" holds no "will", "set" alone is no "set to"
    assert _kinds("The swill rose in two weeks.") == [("two weeks", "duration")]
    assert _kinds("The court set rules in two weeks.") == [("two weeks", "duration")]


@pytest.mark.parametrize("cue", language.words("elapsed_cues.txt"))
def test_each_elapsed_cue_makes_in_two_weeks_elapsed_time(cue: str) -> None:
    for written in (cue, cue.upper()):
        found = _kinds(f"It will be the {written} visit in two weeks.")
        assert ("two weeks", "relative") not in found, written


def test_a_superlative_is_an_elapsed_cue_and_another_word_none() -> None:
    assert ("two weeks", "relative") not in _kinds("It will be the biggest visit in two weeks.")
    assert _kinds("It will be the royal visit in two weeks.") == [("two weeks", "relative")]


@pytest.mark.parametrize("verb", language.words("marking_verbs.txt"))
def test_years_after_each_marking_verb_are_an_anniversary(verb: str) -> None:
    for written in (verb, verb.upper()):
        text = f"Crowds gathered to {written} 80 years since the war ended."
        found = [(v.kind, text[v.start : v.end]) for v in find_values(text, REFERENCE)]
        assert found == [("anniversary", "80 years since")]


def test_years_after_another_verb_are_a_figure() -> None:
    text = "Crowds gathered to note 80 years since the war ended."
    found = [(v.kind, text[v.start : v.end]) for v in find_values(text, REFERENCE)]
    assert found == [("number", "80 years")]


_POINTING_BACK_UNITS = [
    *language.words("pointing_back_units.txt"),
    *(season.name for season in language.seasons()),
]


@pytest.mark.parametrize("unit", _POINTING_BACK_UNITS)
def test_each_pointing_back_unit_is_recorded_as_a_date_pointing_back(unit: str) -> None:
    for phrase in (f"later that {unit}", f"the same {unit}", f"Early That {unit.upper()}"):
        text = f"Judges ruled {phrase}, the court said."
        found = find_values(text, REFERENCE)
        values = [(v.kind, text[v.start : v.end], v.anaphoric) for v in found]
        assert ("date", phrase, True) in values


def test_another_word_after_that_is_no_date_pointing_back() -> None:
    text = "Judges ruled later that fortnight, the court said."
    assert find_values(text, REFERENCE) == []


_AGE_NOT_NAMES = [row[0] for row in data_rows("age_not_names.txt")]
_CALENDAR = [
    *(month.word.capitalize() for month in language.months() if month.form == "name"),
    *(day.word.capitalize() for day in language.weekdays() if day.form == "name"),
]


@pytest.mark.parametrize("word", _AGE_NOT_NAMES + _CALENDAR)
def test_each_age_not_name_names_no_owner_of_an_age(word: str) -> None:
    assert age.owner_before(f"{word}, 64, said", len(word) + 2) == ()


def test_another_capitalised_word_owns_the_age_after_it() -> None:
    assert age.owner_before("Marsh, 64, said", 7) == ("marsh",)


def test_every_data_file_opens_with_a_header_comment() -> None:
    # The header says what reads the file and what an entry means: a newsroom that
    # extends a list starts there.
    folder = resources.files("factsuite").joinpath("data/en")
    bare = [
        entry.name
        for entry in folder.iterdir()
        if entry.name.endswith((".txt", ".tsv")) and not entry.read_text("utf-8").startswith("# ")
    ]
    assert bare == []


_LOADERS = (
    language.ago_words,
    language.tense_words,
    language.seasons,
    language.vague_quantities,
    language.countries_with_the,
    language.title_tenses,
    language.year_context,
    language.date_prepositions,
    language.weekend_words,
    language.earlier_words,
    language.extremes,
    language.office_titles,
    language.preposition_heads,
    language.over_stretch_words,
    language.relative_words,
    language.relative_days,
    language.words,
)


@pytest.fixture
def data_file(monkeypatch: pytest.MonkeyPatch) -> Iterator[Callable[[str], None]]:
    """Serve a given text as every data file (tests/languagedata.py)."""
    yield from serving(monkeypatch, _LOADERS)


@pytest.mark.parametrize(
    ("load", "text", "message"),
    [
        (language.tense_words, "said\tpast\tnow\n", "tense_words.tsv:1:1: expected 2"),
        (
            language.tense_words,
            "said\tpresent\n",
            "tense_words.tsv:1:6: 'present' is not one of past, future, not_past",
        ),
        (
            language.tense_words,
            "said\tpast\nsaid\tfuture\n",
            "tense_words.tsv:2:1: 'said' is already defined on line 1",
        ),
        (language.seasons, "summer\t6\t13\n", "seasons.tsv:1:10: no month"),
        (
            language.countries_with_the,
            "gambia\tcountry\n",
            "country_names_with_the.tsv:1:8: 'country' is not one of word, name",
        ),
        (
            language.date_prepositions,
            "on\tweekday_abbreviation,month\n",
            "date_prepositions.tsv:1:4: 'month' is not one of weekday_abbreviation, numeric_day",
        ),
        (
            language.weekend_words,
            "over\tbefore\nover\tbefore\n",
            "weekend_words.tsv:2:1: ('over', 'before') is already defined on line 1",
        ),
        (
            language.earlier_words,
            "previous\tbeside\n",
            "earlier_words.tsv:1:10: 'beside' is not one of before, after",
        ),
        (
            language.extremes,
            "at its peak\tmax\tafter\n",
            "extremes.tsv:1:17: 'after' is not one of before, clause",
        ),
        (
            language.preposition_heads,
            "story\tbeside\n",
            "preposition_heads.tsv:1:7: 'beside' is not one of about, around, over, under",
        ),
        (
            language.over_stretch_words,
            "ago\tmeasured_by\nago\tmeasured_by\n",
            "over_stretch_words.tsv:2:1: ('ago', 'measured_by') is already defined on line 1",
        ),
        (
            language.relative_words,
            "next\tforward\n",
            "relative_words.tsv:1:6: 'forward' is not one of next, last, past, this",
        ),
        (
            language.relative_days,
            "yesterday\t-one\n",
            "relative_days.tsv:1:11: not a whole number: '-one'",
        ),
        (
            language.year_context,
            "circa\tdate\n",
            "year_context.tsv:1:7: 'date' is not one of year, count",
        ),
        (
            language.title_tenses,
            "former\tpast\n",
            "title_tenses.tsv:1:8: 'past' is not one of described, current, former, then",
        ),
        (language.seasons, "summer\tjune\t8\n", "seasons.tsv:1:8: not a whole number: 'june'"),
        (
            language.vague_quantities,
            "few\t3\t2\t9\toptional\t3\tfew\n",
            "vague_quantities.tsv:1:11: 'optional' is not one of required, never",
        ),
        (
            language.vague_quantities,
            "few\t12\t2\t9\trequired\t3\tfew\n",
            "vague_quantities.tsv:1:5: value 12 outside 2 to 9",
        ),
        (
            language.vague_quantities,
            "few\t3\t2\t9\trequired\t3\ta few,\n",
            "vague_quantities.tsv:1:22: empty or padded phrase in 'a few,'",
        ),
        (
            language.vague_quantities,
            "few\t3\t2\t9\trequired\t-\tfew\n",
            "vague_quantities.tsv:1:20: not a whole number: '-'",
        ),
        (
            lambda: language.words("event_plurals.txt"),
            "# plurals\nolympics\nolympics\n",
            "event_plurals.txt:3:1: 'olympics' is already defined on line 2",
        ),
        (
            language.ago_words,
            "ago\tbackward\n",
            "ago_words.tsv:1:5: 'backward' is not one of back, ahead, before_day, after_day",
        ),
        (language.ago_words, "ago\n", "ago_words.tsv:1:1: expected 2 tab-separated columns"),
        (
            language.ago_words,
            "ago\tback\nago\tahead\n",
            "ago_words.tsv:2:1: 'ago' is already defined on line 1",
        ),
        (
            lambda: language.words("future_cues.txt"),
            "# cues\nwill\nshall\nwill\n",
            "future_cues.txt:4:1: 'will' is already defined on line 2",
        ),
        (
            lambda: language.words("event_plurals.txt"),
            "olympics \n",
            "event_plurals.txt:1:1: padded entry 'olympics '",
        ),
    ],
)
def test_a_malformed_row_is_one_line_with_its_place(
    data_file: Callable[[str], None], load: Callable[[], object], text: str, message: str
) -> None:
    data_file(text)
    with pytest.raises(language.LanguageDataError) as raised:
        load()
    assert str(raised.value).startswith(f"factsuite/data/en/{message}")


def test_an_ago_word_counted_from_a_day_names_a_day_of_relative_days(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    read = language._read_text
    text = "before noon\tbefore_day\n"
    monkeypatch.setattr(
        language, "_read_text", lambda name: text if name == "ago_words.tsv" else read(name)
    )
    language.ago_words.cache_clear()
    try:
        with pytest.raises(language.LanguageDataError) as raised:
            language.ago_words()
    finally:
        monkeypatch.undo()
        language.ago_words.cache_clear()
    assert str(raised.value) == (
        "factsuite/data/en/ago_words.tsv:1:1: 'noon' is no day of relative_days.tsv"
    )


@pytest.mark.parametrize("word", language.words("time_after_counts.txt"))
def test_each_time_word_after_a_number_ends_what_it_counts(word: str) -> None:
    text = f"Complaints reached 1,163 {word} week, and 96 residents wrote in."
    counted = [v.counted[:1] for v in find_values(text, date(2026, 3, 1)) if v.kind == "number"]
    # 1,163 counts nothing it names; the control: a plural noun is counted
    assert counted == [(), ("residents",)]


def test_a_weekday_after_a_number_ends_what_it_counts() -> None:
    text = "Complaints reached 1,163 Monday night, and 96 residents wrote in."
    counted = [v.counted[:1] for v in find_values(text, date(2026, 3, 1)) if v.kind == "number"]
    assert counted == [(), ("residents",)]
