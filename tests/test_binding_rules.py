"""The named rules of binding (extraction/binding_rules.py), their word lists and their corpus.

Every case of tests/corpus/binding_rules.yaml is extracted twice: with every rule on,
where the span must be bound as the case says, and with the case's rule turned off,
where the outcome must change for a case the rule decides (``fires: true``) and stay
for a negative one. So a case shows what its rule does, not only what binding does.
The rules that decide by value (``VALUE_RULES``) are a fallback for what the words
leave open: a case another rule decides from the words is shown without them too, or
the value would often settle it the same way, rightly, and hide what the rule does.
The corpus itself is checked: each rule has cases that fire and negative cases, from
at least two beats, but the rule listed in ``WITHOUT_CASES``, which no case can show.
"""

from __future__ import annotations

import functools
import re
from collections import defaultdict
from datetime import date
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from factsuite import language
from factsuite.articles import load_article, parse_article
from factsuite.daterange import parse_iso_range
from factsuite.desk import Desk
from factsuite.extraction import Extractor, binding, subjects
from factsuite.extraction.binding import Binder, compound_tail, cue_hits
from factsuite.extraction.binding_rules import RULES, UnknownRuleError, checked, without, word_list
from factsuite.extraction.explain import explain
from factsuite.extraction.lexicon import Category, Entry, Hit
from factsuite.extraction.segments import Segments
from factsuite.extraction.values import Value, find_values
from factsuite.model import DateFact, PercentFact, QuantityFact
from tests.conftest import REPO

CORPUS = Path(__file__).parent / "corpus" / "binding_rules.yaml"
DATA = yaml.safe_load(CORPUS.read_text(encoding="utf-8"))
CASES: list[dict[str, Any]] = DATA["cases"]
# Rules no corpus case can show: turned off, they change nothing, since another rule
# vetoes the same candidates (kept as an early exit of the inner loop).
WITHOUT_CASES = {
    "name-cue-own-kind": "a name's facts are people, which fact-type never binds a date"
    " or a number to",
}


VALUE_RULES = ("value-fits", "slip-nearest", "unique-value", "stated-already")


def _id(case: dict[str, Any]) -> str:
    sign = "fires" if case["fires"] else "not"
    return f"{case['rule']}-{case['beat']}-{sign}-{case['span']}"


@functools.cache
def _desk(beat: str, tmp: Path) -> Desk:
    root = tmp / beat
    (root / "facts").mkdir(parents=True)
    (root / "articles").mkdir()
    facts = yaml.safe_dump(DATA["facts"][beat], sort_keys=False)
    (root / "facts" / "facts.yaml").write_text(facts, encoding="utf-8")
    (root / "claims.yaml").write_text("", encoding="utf-8")
    return Desk.load(root, use_cache=False)


@functools.cache
def _extractor(beat: str, tmp: Path, off: tuple[str, ...]) -> Extractor:
    desk = _desk(beat, tmp)
    with without(off):
        return Extractor(desk.facts, desk.context)


def _outcome(
    case: dict[str, Any], tmp: Path, off: str | tuple[str, ...] | None
) -> tuple[str | None, str | None]:
    """The fact the case's span is bound to ("dropped": no claim), and its ``at``.

    A case of ``kind: place`` reads the places extraction bound; any other, the dates
    and numbers (other claims are of words, not of a span binding decides)."""
    published = case["published"]
    text = f"---\ntitle: T\npublished: {published}\n---\n{case['text']}\n"
    article = parse_article(text, "articles/a.md")
    claims = [
        c
        for c in _extractor(
            case["beat"], tmp, (off,) if isinstance(off, str) else off or ()
        ).extract(article)
        if (c.kind == "place") == (case.get("kind") == "place")
        and c.kind not in ("name", "role", "attribute")
    ]
    mine = [c for c in claims if c.quote == case["span"]]
    if not mine:
        return "dropped", None
    assert len(mine) == 1, mine
    return mine[0].fact, str(mine[0].at) if mine[0].at is not None else None


@pytest.fixture(scope="module")
def corpus_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("binding-corpus")


@pytest.mark.parametrize(
    "case",
    [
        pytest.param(c, marks=pytest.mark.xfail(strict=True, reason=c["xfail"]))
        if "xfail" in c
        else c
        for c in CASES
    ],
    ids=_id,
)
def test_a_case_binds_as_its_rule_says(case: dict[str, Any], corpus_dir: Path) -> None:
    expected = (case["expect"], case.get("at"))
    found = _outcome(case, corpus_dir, None)
    assert found == expected
    rule = case["rule"]
    if case["fires"] and rule not in VALUE_RULES:
        without_rule = _outcome(case, corpus_dir, (rule, *VALUE_RULES))
    else:
        without_rule = _outcome(case, corpus_dir, rule)
    if case["fires"]:
        assert without_rule != found, "turned off, the rule should change this case"
    else:
        assert without_rule == found, "the rule should not decide this negative case"


def test_each_rule_has_cases_that_fire_and_negative_ones_from_two_beats() -> None:
    fires: dict[str, set[str]] = defaultdict(set)
    negative: dict[str, set[str]] = defaultdict(set)
    for case in CASES:
        assert case["rule"] in RULES, case
        assert case["beat"] in DATA["facts"], case
        (fires if case["fires"] else negative)[case["rule"]].add(case["beat"])
    for name, rule in RULES.items():
        if rule.essential or name in WITHOUT_CASES:
            assert not fires[name] or not negative[name], f"{name} has cases now: list it"
            continue
        assert fires[name], f"{name}: no case where it fires"
        assert negative[name], f"{name}: no negative case"
        assert len(fires[name] | negative[name]) >= 2, f"{name}: cases from one beat only"


# The registry ----------------------------------------------------------------------


def test_every_rule_is_named_and_described_on_one_line() -> None:
    for name, rule in RULES.items():
        assert rule.name == name
        assert re.fullmatch(r"[a-z]+(?:-[a-z]+)*", name), name
        assert rule.description
        assert "\n" not in rule.description
        assert (rule.weight is not None) == (rule.effect == "weight"), name


def test_unknown_and_essential_rules_cannot_be_turned_off() -> None:
    assert checked(["another-time"]) == {"another-time"}
    with pytest.raises(UnknownRuleError, match="no binding rule is called 'nope'"):
        checked(["nope"])
    with pytest.raises(UnknownRuleError, match="cannot be turned off"):
        Binder({}, without=["fact-type"])
    with pytest.raises(UnknownRuleError), without(["nope"]):
        pass


def test_a_binder_takes_the_rules_turned_off_around_it() -> None:
    with without(["margin", "pass-on"]):
        assert Binder({}).without == {"margin", "pass-on"}
        assert Binder({}, without=[]).without == frozenset()
    assert Binder({}).without == frozenset()


# The word lists, each entry ----------------------------------------------------------


def _cue(key: str) -> Hit:
    entry = Entry(Category.CUE, ("some.fact",))
    return Hit(0, len(key), key, (entry,), frozenset({Category.CUE}))


@pytest.mark.parametrize("head", word_list("compound_heads"))
def test_each_compound_head_makes_the_cue_after_its_hyphen_no_cue(head: str) -> None:
    text = f"Her {head}-final on Tuesday was delayed."
    assert compound_tail(text, text.index("final"))
    # the control: the cue on its own, and after a head not listed ("the third-largest")
    assert not compound_tail("Her final on Tuesday", len("Her "))
    assert not compound_tail("the third-largest", len("the third-"))


@pytest.mark.parametrize("verb", word_list("reporting_verbs"))
def test_a_reporting_verb_is_no_cue(verb: str) -> None:
    hit = _cue(verb)
    assert cue_hits([hit]) == []
    assert cue_hits([hit], frozenset({"reporting-verb"})) == [hit]


def test_a_word_that_is_no_reporting_verb_stays_a_cue() -> None:
    hit = _cue("landfall")
    assert cue_hits([hit]) == [hit]


@pytest.mark.parametrize("words", word_list("another_time"))
def test_a_cue_beyond_a_word_of_another_time_is_another_event(words: str, corpus_dir: Path) -> None:
    case = {
        "beat": "weather",
        "published": date(2026, 9, 15),
        "text": f"Residents returned on Monday {words} the evacuation.",
        "span": "on Monday",
    }
    assert _outcome(case, corpus_dir, None) == (None, None)
    assert _outcome(case, corpus_dir, "another-time") == ("storm.evacuation", None)


# The date each corpus beat's cases are published on (tests/corpus/binding_rules.yaml).
_PUBLISHED = {
    "weather": date(2026, 9, 15),
    "business": date(2026, 2, 12),
    "courts": date(2026, 2, 22),
}


def _case(beat: str, text: str, span: str) -> dict[str, Any]:
    """A case of ``beat``'s facts, as the corpus writes one, for a test that builds it."""
    return {"beat": beat, "published": _PUBLISHED[beat], "text": text, "span": span}


@pytest.mark.parametrize("time", [*word_list("times_of_day"), "7:10 a.m.", "9.30pm", "21:40"])
@pytest.mark.parametrize("words", word_list("another_time"))
def test_a_time_of_day_after_a_word_of_another_time_is_the_same_event(
    words: str, time: str, corpus_dir: Path
) -> None:
    case = _case("weather", f"The storm made landfall {words} {time} on Saturday.", "on Saturday")
    assert _outcome(case, corpus_dir, None) == ("storm.landfall", None)


@pytest.mark.parametrize("words", word_list("earlier_plan"))
def test_a_date_told_as_an_earlier_plan_dates_no_fact_of_the_plan_now(
    words: str, corpus_dir: Path
) -> None:
    case = _case("courts", f"Sentencing {words} for March 2.", "March 2")
    assert _outcome(case, corpus_dir, None) == (None, None)
    assert _outcome(case, corpus_dir, "earlier-plan") == ("renn.sentencing", None)


@pytest.mark.parametrize("words", word_list("earlier_plan_facts"))
def test_a_fact_that_is_an_earlier_plan_takes_a_date_told_as_one(
    words: str, corpus_dir: Path
) -> None:
    fact = DateFact(
        id="f", label=f"the {words} opening", value=parse_iso_range("2026-03"), sources=("s",)
    )
    assert binding._earlier_plan_fact(fact)
    plain = DateFact(id="f", label="the opening", value=parse_iso_range("2026-03"), sources=("s",))
    assert not binding._earlier_plan_fact(plain)


@pytest.mark.parametrize("preposition", word_list("topic_prepositions"))
def test_a_cue_a_topic_preposition_puts_after_another_cue_is_what_it_is_about(
    preposition: str, corpus_dir: Path
) -> None:
    text = f"The bail hearing {preposition} the extradition was held on November 5."
    case = _case("courts", text, "November 5")
    assert _outcome(case, corpus_dir, None) == ("renn.bail", None)
    assert _outcome(case, corpus_dir, "topic-of-another-cue") == ("renn.extradition", None)


@pytest.mark.parametrize("words", ["a second", "a third", "an eighth", "a tenth"])
def test_a_cue_said_to_be_one_more_of_its_kind_dates_no_fact_of_it(
    words: str, corpus_dir: Path
) -> None:
    case = _case("weather", f"Forecasters fear {words} landfall in 2027.", "2027")
    assert _outcome(case, corpus_dir, None) == (None, None)
    assert _outcome(case, corpus_dir, "another-instance") == ("storm.landfall", None)


def test_another_or_the_next_may_be_the_desks_own_event(corpus_dir: Path) -> None:
    # "followed by another summit in Hanoi": often the desk's own second summit
    case = _case("weather", "Forecasters fear another landfall in 2026.", "2026")
    assert _outcome(case, corpus_dir, None) == ("storm.landfall", None)


@pytest.mark.parametrize("verb", word_list("source_verbs"))
def test_a_name_before_a_source_verb_is_no_subject_of_the_figure(
    verb: str, corpus_dir: Path
) -> None:
    case = _case(
        "business", f"Lumen Cells {verb} some 4,500 jobs will go at Veridian.", "some 4,500"
    )
    assert _outcome(case, corpus_dir, None) == ("veridian.job-cuts", None)
    # with a pronoun or a possessive after the verb, the figure is the name's own
    case["text"] = f"Lumen Cells {verb} it will cut some 4,500 jobs."
    assert _outcome(case, corpus_dir, None) == ("lumen.job-cuts", None)
    case["text"] = f"Lumen Cells {verb} its plant will cut some 4,500 jobs."
    assert _outcome(case, corpus_dir, None) == ("lumen.job-cuts", None)


@pytest.mark.parametrize("noun", word_list("occasion_nouns"))
def test_a_count_of_occasions_counts_whatever_the_cue_names(noun: str) -> None:
    titles = QuantityFact(id="t", label="titles", value=3, unit="titles", sources=("s",))
    value = Value(0, 1, "number", counted=(noun,), core=(0, 1))
    assert binding._counts(value, titles)
    other = Value(0, 1, "number", counted=("penalties",), core=(0, 1))
    assert not binding._counts(other, titles)


@pytest.mark.parametrize("unit", word_list("people_units"))
@pytest.mark.parametrize("word", word_list("people_words"))
def test_a_count_of_people_counts_a_fact_in_people_of_any_kind(unit: str, word: str) -> None:
    """ "78,400 people on the waiting list" counts the list's patients."""
    fact = QuantityFact(id="f", label="f", value=3, unit=unit, sources=("s",))
    assert binding._counts(Value(0, 1, "number", counted=(word,), core=(0, 1)), fact)
    things = QuantityFact(id="f", label="f", value=3, unit="goals", sources=("s",))
    assert not binding._counts(Value(0, 1, "number", counted=(word,), core=(0, 1)), things)
    # and only people do: "78,400 beds" is no count of patients
    assert not binding._counts(Value(0, 1, "number", counted=("beds",), core=(0, 1)), fact)


@pytest.mark.parametrize("word", word_list("numeral_words"))
def test_a_number_word_makes_a_vague_quantity_a_figure(word: str) -> None:
    assert binding._NUMERALS.search(f"some {word} leaders")
    assert binding._NUMERALS.search(f"some {word.upper()} leaders")
    assert not binding._NUMERALS.search(f"x{word}x leaders")


@pytest.mark.parametrize("word", word_list("not_places"))
def test_a_capitalised_word_of_no_town_places_nothing(word: str) -> None:
    assert binding._places(f"the parade in {word} 2019") == frozenset()
    assert binding._places("the parade in Pyongyang") == {"pyongyang"}


BUDGET = QuantityFact(
    id="b", label="the budget", value=4e8, unit="dollars", cues=("budget",), sources=("s",)
)


def _number(text: str) -> Value:
    """The one number ``find_values`` reads in ``text``."""
    (value,) = [v for v in find_values(text, date(2026, 1, 1)) if v.kind == "number"]
    return value


@pytest.mark.parametrize("noun", word_list("irregular_plurals"))
def test_a_count_of_an_irregular_plural_is_no_amount_of_money(noun: str) -> None:
    text = f"Some 200 {noun} came to the budget hearing."
    assert binding._counts_no_money(_number(text), BUDGET, text)
    paid = f"Some $200 {noun} came to the budget hearing."
    assert not binding._counts_no_money(_number(paid), BUDGET, paid)


@settings(max_examples=100)
@given(
    st.integers(2, 99_999),
    st.sampled_from(["residents", "officers", "analysts", "voters", "families", "people"]),
    st.sampled_from(["$", "US$", "€", ""]),
    st.sampled_from(["", " dollars"]),
)
def test_a_count_is_money_only_where_a_currency_is_written(
    count: int, noun: str, symbol: str, word: str
) -> None:
    text = f"Some {symbol}{count:,}{word} {noun} came to the budget hearing."
    written = bool(symbol or word)
    assert binding._counts_no_money(_number(text), BUDGET, text) is not written


@pytest.mark.parametrize("noun", ["bonus", "address", "this", "new", "budget"])
def test_a_number_before_no_plural_noun_may_be_money(noun: str) -> None:
    text = f"The 200 {noun} rose."
    assert not binding._counts_no_money(_number(text), BUDGET, text)


@pytest.mark.parametrize("word", word_list("determiners"))
def test_a_year_after_each_determiner_and_before_a_noun_names_a_period(word: str) -> None:
    text = f"Rivals saw {word} 2025 results."
    start = text.index("2025")
    assert binding._names_a_period(text, start, start + 4)
    bare = f"Rivals saw {word} 2025."
    assert not binding._names_a_period(bare, start, start + 4)


@pytest.mark.parametrize("word", word_list("period_for"))
def test_a_year_after_each_word_of_a_figure_s_period_names_it(word: str) -> None:
    text = f"It reported revenue {word} 2025, up 4%."
    start = text.index("2025")
    assert binding._names_a_period(text, start, start + 4)


@settings(max_examples=100)
@given(
    st.integers(1900, 2099),
    st.sampled_from(["the", "its", "Veridian's", "the players’", "for"]),
    st.sampled_from(["in", "since", "until", "by", "during", "early"]),
)
def test_a_year_after_a_determiner_names_a_period_and_after_a_preposition_a_time(
    year: int, qualifier: str, preposition: str
) -> None:
    for before, period in ((qualifier, True), (preposition, False)):
        text = f"They reported {before} {year} results."
        start = text.index(str(year))
        assert binding._names_a_period(text, start, start + 4) is period, text


def test_the_beats_benchmark_turns_rules_off_by_name(capsys: pytest.CaptureFixture[str]) -> None:
    from tests.test_beats_benchmark import beats

    assert beats.main(["--without", "nope"]) == 2
    assert "--without: no binding rule is called 'nope'" in capsys.readouterr().err
    assert beats.main(["weather", "--without", "margin,cue-after"]) == 0
    assert capsys.readouterr().out.startswith("split: dev; without margin, cue-after\n")


# The scoring function's shape ----------------------------------------------------------

OPTIONS = st.lists(
    st.builds(
        binding._Option,
        cost=st.integers(0, 14),
        fact=st.sampled_from(["a", "b", "c", "d"]),
        specific=st.booleans(),
        subject=st.booleans(),
    ),
    max_size=8,
)
A_DATE = Value(0, 4, "date", core=(0, 4))


@settings(max_examples=300)
@given(OPTIONS, st.integers(0, 14))
def test_a_candidate_beyond_the_margin_never_changes_the_decision(
    options: list[binding._Option], extra: int
) -> None:
    decided, rule = binding._decide(A_DATE, options, frozenset(), binding.MARGIN)
    if not options:
        assert (decided.fact, rule) == (None, "no-candidate")
        return
    far = min(o.cost for o in options) + binding.MARGIN + extra
    more = [*options, binding._Option(far, "e", specific=True, subject=True)]
    assert binding._decide(A_DATE, more, frozenset(), binding.MARGIN) == (decided, rule)


@settings(max_examples=300)
@given(OPTIONS)
def test_a_value_is_bound_only_to_a_candidate_within_the_margin_of_the_cheapest(
    options: list[binding._Option],
) -> None:
    decided, rule = binding._decide(A_DATE, options, frozenset(), binding.MARGIN)
    if decided.fact is None:
        assert decided.reason
        return
    best = min(o.cost for o in options)
    assert any(o.fact == decided.fact and o.cost < best + binding.MARGIN for o in options)
    assert rule in {"margin", "subject-first", "specific-cue"}


SAMPLE = sorted((REPO / "articles").glob("*.md"))
SWITCHABLE = sorted(name for name, rule in RULES.items() if not rule.essential)


@settings(max_examples=15, deadline=None)
@given(st.sets(st.sampled_from(SWITCHABLE)))
def test_whatever_rules_are_off_a_value_binds_only_to_a_fact_of_its_type(off: set[str]) -> None:
    desk = _sample_desk()
    with without(off):
        extractor = Extractor(desk.facts, desk.context)
    for path in SAMPLE:
        article = load_article(path, f"articles/{path.name}")
        for claim in extractor.extract(article):
            fact = desk.facts.get(claim.fact) if claim.fact else None
            if claim.kind in ("date", "anniversary", "elapsed") and fact is not None:
                assert isinstance(fact, DateFact), claim
            if claim.kind == "percent" and fact is not None:
                assert isinstance(fact, PercentFact), claim


@functools.cache
def _sample_desk() -> Desk:
    return Desk.load(REPO, use_cache=False)


def _cue_hit(text: str, word: str) -> Hit:
    at = text.index(word)
    entries = (Entry(Category.CUE, ("f",)),)
    return Hit(at, at + len(word), word, entries, frozenset({Category.CUE}))


@pytest.mark.parametrize("word", word_list("determiners"))
def test_a_participle_after_a_determiner_describes_a_thing(word: str) -> None:
    text = f"They will post {word} adopted plan by Friday."
    relative = word in word_list("relative_pronouns")
    assert binding._describes_a_thing(text, _cue_hit(text, "adopted")) is not relative
    verb = "The plan was adopted by Friday."
    assert not binding._describes_a_thing(verb, _cue_hit(verb, "adopted"))


@pytest.mark.parametrize("word", [w for w in word_list("relative_pronouns") if w != "that"])
def test_a_clause_a_relative_pronoun_opens_after_a_comma_is_said_of_the_name_before(
    word: str,
) -> None:
    assert subjects._RELATIVE.match(f", {word} owns it", 1)
    assert not subjects._RELATIVE.match(", that is, it", 1)


def _said_of(text: str, value: str) -> tuple[frozenset[str], frozenset[str]]:
    """The subject ``ValueSubjects`` gives the value ``value`` in ``text``, and the one
    it gives firmly, where the desk's entities are Harbour and the Greens."""
    hits = []
    for name, entity in (("Harbour", "harbour"), ("Greens", "greens")):
        for match in re.finditer(name, text):
            entries = (Entry(Category.NAME, (entity,)),)
            hits.append(Hit(match.start(), match.end(), name.lower(), entries,
                            frozenset({Category.NAME})))  # fmt: skip
    hits.sort(key=lambda hit: hit.start)
    said = subjects.ValueSubjects(text, hits, frozenset({"harbour", "greens"}))
    at = text.index(value)
    segments = Segments(text)
    end = at + len(value)
    return said.of(at, end, segments), said.firmly(at, end, segments)


@pytest.mark.parametrize("word", word_list("subject_pronouns"))
def test_a_clause_a_subject_pronoun_opens_is_not_firmly_an_earlier_names(word: str) -> None:
    text = f"Harbour won the vote; {word} took 9 seats."
    assert _said_of(text, "9") == (frozenset({"harbour"}), frozenset())
    # a clause of no subject of its own is firmly the earlier name's
    assert _said_of("Harbour won the vote, taking 9 seats.", "9") == (frozenset({"harbour"}),) * 2


@pytest.mark.parametrize("word", word_list("clause_conjunctions"))
def test_a_conjunction_may_stand_before_a_clauses_own_subject(word: str) -> None:
    text = f"Harbour won the vote, {word} the party took 9 seats."
    assert _said_of(text, "9") == (frozenset({"harbour"}), frozenset())


@pytest.mark.parametrize("word", language.words("possessive_determiners.txt"))
def test_a_value_after_an_owner_is_not_the_next_names(word: str) -> None:
    text = f"Polls closed. {word.capitalize()} 9 seats went to the Greens."
    assert _said_of(text, "9") == (frozenset(), frozenset())
    # a value that opens its clause is the name's after it
    opens = "Polls closed. The 9 seats went to the Greens."
    assert _said_of(opens, "9") == (frozenset({"greens"}),) * 2


@pytest.mark.parametrize("noun", word_list("change_nouns"))
def test_a_fact_labelled_as_a_change_is_no_share_of_a_whole(noun: str) -> None:
    change = PercentFact(id="c", label=f"the {noun} in sales in 2025", value=9, sources=("s",))
    label = f"the share of sales after the {noun}"
    share = PercentFact(id="s", label=label, value=9, sources=("s",))
    value = Value(0, 3, "percent", core=(0, 3))
    text = "41% of sales were electric."
    assert binding._share_not_change(value, change, text)
    assert not binding._share_not_change(value, share, text)
    # a figure that is no share of a whole may be the change
    assert not binding._share_not_change(value, change, "41% more sales were electric.")


@pytest.mark.parametrize("noun", word_list("difference_nouns"))
def test_a_fact_labelled_as_a_difference_takes_a_figure_after_by(noun: str) -> None:
    """by-difference: each noun of difference_nouns.txt makes a label a difference's."""
    text = "Harbour won the vote by 52 seats."
    value = Value(text.index("52"), text.index("52") + 2, "number", core=(0, 0))
    difference = QuantityFact(
        id="d", label=f"Harbour's {noun} in the vote", value=52, sources=("s",)
    )
    level = QuantityFact(id="l", label="the seats Harbour won", value=52, sources=("s",))
    assert not binding._by_another_than_difference(value, difference, text)
    assert binding._by_another_than_difference(value, level, text)


@pytest.mark.parametrize("word", word_list("announcement_words"))
def test_a_fact_labelled_as_an_announcement_takes_the_day_it_was_said(word: str) -> None:
    """said-on-the-day: each word of announcement_words.txt, in a date fact's label,
    makes the day after a reporting verb that fact's; a label without one does not."""
    text = "---\ntitle: T\npublished: 2026-03-06\n---\nCorvane said on Thursday that it was sold.\n"
    article = parse_article(text, "articles/a.md")
    day = parse_iso_range("2026-03-05")

    def bound(label: str) -> str | None:
        fact = DateFact(id="d", label=label, value=day, sources=("s",))
        claims = Extractor({"d": fact}).extract(article)
        return next(c.fact for c in claims if c.quote == "on Thursday")

    assert bound(f"Corvane's {word} of the sale") == "d"
    assert bound("Corvane's sale") is None


@pytest.mark.parametrize("verb", word_list("double_object_verbs"))
def test_a_name_a_verb_gives_a_figure_to_is_no_subject_of_it(verb: str) -> None:
    text = f"The regulator {verb} Caldermere £16.8 million."
    name = (text.index("Caldermere"), text.index("Caldermere") + len("Caldermere"))
    assert subjects._given_to(text, *name, text.index("16.8"))
    # the name is the subject again when the figure is not given to it
    later = f"The regulator {verb} Caldermere in March: £16.8 million."
    assert not subjects._given_to(later, *name, later.index("16.8"))
    own = f"Caldermere {verb} out £16.8 million."
    assert not subjects._given_to(own, 0, len("Caldermere"), own.index("16.8"))


@pytest.mark.parametrize("word", word_list("reported_frame_words"))
def test_each_frame_word_may_open_the_frame_of_a_report(word: str) -> None:
    text = f"Prosecutors said {word} the verdict that Renn fled."
    found = binding._REPORTED_THAT.search(text)
    assert found is not None, word
    assert found.group().endswith("that"), word
    # a noun right after the verb: the "that" opens no report
    assert binding._REPORTED_THAT.search("Prosecutors praised the verdict that came.") is None


def test_a_cue_in_the_frame_of_a_report_is_no_cue_inside_it(corpus_dir: Path) -> None:
    case = _case(
        "courts", "Prosecutors said after the verdict that Renn fled on Monday.", "on Monday"
    )
    assert _outcome(case, corpus_dir, None) == (None, None)
    assert _outcome(case, corpus_dir, "reported-clause") == ("renn.verdict", None)
    case["text"] = "Prosecutors praised the verdict that came on Monday."
    assert _outcome(case, corpus_dir, None) == ("renn.verdict", None)


@pytest.mark.parametrize(
    ("beat", "published", "text", "cue", "fact"),
    [
        ("courts", "2026-02-22", "His trial began, arrested at home, on January 12.",
         "arrested", "renn.arrest"),
        ("weather", "2026-09-15", "The evacuation and its landfall at Port Aransas came on"
         " Thursday.", "landfall", "storm.landfall"),
    ],
)  # fmt: skip
def test_explain_says_a_cue_inside_a_longer_one_gave_way_to_another_cue(
    beat: str, published: str, text: str, cue: str, fact: str, corpus_dir: Path
) -> None:
    """inner-cue-of-another-type lets such a cue speak only for a value no other cue
    speaks of; --explain says so, not that the cue went to a nearer value."""
    article = parse_article(f"---\ntitle: T\npublished: {published}\n---\n{text}\n", "a.md")
    shown = explain(_extractor(beat, corpus_dir, ()), article)
    assert f"cue '{cue}' at 5:" in shown
    assert f"-> {fact}: vetoed by inner-cue-of-another-type" in shown


@pytest.mark.parametrize("word", word_list("deadline_words"))
def test_each_deadline_word_lets_a_date_fact_take_a_date_after_has_until(
    word: str, tmp_path: Path
) -> None:
    facts = {
        "bid.date": {
            "type": "date",
            "label": f"the {word} for the bid",
            "value": "2026-03-20",
            "cues": ["offer"],
            "sources": ["s"],
        }
    }
    (tmp_path / "facts").mkdir()
    (tmp_path / "articles").mkdir()
    (tmp_path / "facts" / "f.yaml").write_text(yaml.safe_dump(facts), encoding="utf-8")
    (tmp_path / "claims.yaml").write_text("", encoding="utf-8")
    desk = Desk.load(tmp_path, use_cache=False)
    text = (
        "---\ntitle: T\npublished: 2026-02-12\n---\nNordvik has until March 12 to make an offer.\n"
    )
    article = parse_article(text, "articles/a.md")
    bound = {c.quote: c.fact for c in Extractor(desk.facts, desk.context).extract(article)}
    assert bound["March 12"] == "bid.date"
    # the control: a label of no deadline ("the start of the bid") cannot take it
    facts["bid.date"]["label"] = "the start of the bid"
    (tmp_path / "facts" / "f.yaml").write_text(yaml.safe_dump(facts), encoding="utf-8")
    desk = Desk.load(tmp_path, use_cache=False)
    bound = {c.quote: c.fact for c in Extractor(desk.facts, desk.context).extract(article)}
    assert bound["March 12"] is None
