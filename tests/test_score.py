"""The score kind: score facts, scores found in prose and what is not one, and the
judge reading who won from the sentence."""

from __future__ import annotations

from datetime import date

import msgspec
import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from factsuite.articles import Article
from factsuite.claims import parse_claims
from factsuite.compare import Context, judge
from factsuite.errors import InputError
from factsuite.extraction import Extractor
from factsuite.facts import parse_fact_file
from factsuite.kinds import registry
from factsuite.kinds.score import ScoreKind, read_score, score_words
from factsuite.model import Claim, CountFact, EntityFact, Fact, ScoreFact, Verdict
from tests.kindcases import article_of, judge_quote

FINAL = ScoreFact(
    id="final.score",
    label="the final",
    sides=("nigeria", "portugal"),
    scores=(3, 1),
    cues=("final",),
    sources=("match report",),
)
FACTS: dict[str, Fact] = {
    "nigeria": EntityFact(
        id="nigeria", name="Nigeria", variants=("the Super Eagles",), sources=("s",)
    ),
    "portugal": EntityFact(id="portugal", name="Portugal", sources=("s",)),
    "final.score": FINAL,
    "portugal.goals": CountFact(
        id="portugal.goals",
        label="the goals Portugal scored at the tournament",
        value=14,
        unit="goals",
        cues=("goals", "scored"),
        sources=("s",),
    ),
}


def _article(body: str) -> Article:
    return article_of(body, published="2026-07-13", path="articles/a.md")


def _verdict(sentence: str, quote: str, fact: ScoreFact = FINAL) -> tuple[Verdict, str]:
    """The verdict on ``quote`` of ``sentence`` against ``fact``, not yet reviewed."""
    facts = {**FACTS, fact.id: fact}
    result = judge_quote(
        sentence,
        quote,
        "score",
        facts,
        fact=fact.id,
        status="pending",
        published="2026-07-13",
        path="articles/a.md",
    )
    return result.verdict, result.message


def _found(text: str) -> list[str]:
    return [text[r.start : r.end] for r in read_score(text)]


# -- the fact -----------------------------------------------------------------------


def test_a_score_fact_loads_with_its_sides_scores_and_how_it_was_decided() -> None:
    text = (
        "semi.score:\n  type: score\n  label: the semi-final\n  sides: [nigeria, Uruguay]\n"
        "  scores: [2, 1]\n  after: extra time\n  sources: [report]\n"
        "cup.score:\n  type: score\n  sides: [Ghana, Togo]\n  scores: [1, 1]\n"
        "  shootout: [4, 2]\n  sources: [report]\n"
    )
    semi, cup = parse_fact_file(text, "facts/s.yaml")
    assert isinstance(semi, ScoreFact)
    assert isinstance(cup, ScoreFact)
    assert (semi.sides, semi.scores, semi.after, semi.winning_side) == (
        ("nigeria", "Uruguay"),
        (2, 1),
        "extra time",
        0,
    )
    # A shoot-out says the game went to penalties, and who won it.
    assert (cup.after, cup.shootout, cup.winning_side) == ("penalties", (4, 2), 0)


def test_a_level_score_is_a_draw_unless_a_winner_is_given() -> None:
    draw = ScoreFact(id="d", sides=("A", "B"), scores=(1, 1), sources=("s",))
    won = ScoreFact(
        id="w", sides=("A", "B"), scores=(1, 1), after="penalties", winner="B", sources=("s",)
    )
    assert draw.winning_side is None
    assert won.winning_side == 1


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ("  sides: [Ghana]\n  scores: [1, 0]\n", "must be two different sides"),
        ("  sides: [Ghana, ghana]\n  scores: [1, 0]\n", "must be two different sides"),
        ("  sides: [Ghana, Togo]\n", "needs 'scores'"),
        ("  sides: [Ghana, Togo]\n  scores: [1]\n", "must be two whole numbers"),
        ("  sides: [Ghana, Togo]\n  scores: [1, -1]\n", "must be two whole numbers"),
        ("  sides: [Ghana, Togo]\n  scores: [1.5, 1]\n", "must be two whole numbers"),
        ("  sides: [Ghana, Togo]\n  scores: [1, 0]\n  winner: Mali\n", "one of its sides"),
        ("  sides: [Ghana, Togo]\n  scores: [1, 0]\n  winner: Togo\n", "the other side scored"),
        ("  sides: [Ghana, Togo]\n  scores: [1, 0]\n  shootout: [4, 2]\n", "is not level"),
        ("  sides: [Ghana, Togo]\n  scores: [1, 1]\n  shootout: [4, 4]\n", "has no winner"),
        (
            "  sides: [Ghana, Togo]\n  scores: [1, 1]\n  shootout: [4, 2]\n  winner: Togo\n",
            "lost the shoot-out",
        ),
        ("  sides: [Ghana, Togo]\n  scores: [1, 0]\n  value: 1-0\n", "unknown key 'value'"),
    ],
)
def test_a_malformed_score_fact_is_an_input_error_that_says_why(body: str, message: str) -> None:
    with pytest.raises(InputError, match=message):
        parse_fact_file(f"g.score:\n  type: score\n{body}  sources: [s]\n", "facts/g.yaml")


# -- finding scores -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # sport: results in every form
        ("Nigeria beat Portugal 3-1 in the final.", ["3-1"]),
        ("Nigeria beat Portugal 3–1 in the final.", ["3–1"]),
        ("It finished in a 3 - 1 victory for the hosts.", ["3 - 1 victory"]),
        ("Okonkwo scored twice in a 3-1 win over Portugal.", ["3-1 win"]),
        ("Portugal lost 0-2 to Ghana.", ["0-2"]),
        ("It was a 1-1 draw in Braga.", ["1-1 draw"]),
        ("Ghana won 4-2 on penalties after a 1-1 draw.", ["4-2 on penalties", "1-1 draw"]),
        ("The group match against Ghana ended 2-2.", ["2-2"]),
        ("Nwosu made it 3-1 on 88 minutes.", ["3-1"]),
        ("Full-time: Portugal 1-3 Nigeria.", ["1-3"]),
        ("Uruguay fell 2-1 after extra time.", ["2-1 after extra time"]),
        ("Their 2-0 home defeat ended the run.", ["2-0 home defeat"]),
        # other beats: a game named in a business or weather story is still a game
        ("The sponsor's club edged Leeds 2-1 on Saturday, shares rose.", ["2-1"]),
        ("The storm-delayed match finished 0-0 after the rain stopped.", ["0-0"]),
    ],
)
def test_a_score_of_a_game_is_found(text: str, found: list[str]) -> None:
    assert _found(text) == found


@pytest.mark.parametrize(
    "text",
    [
        # courts: a split bench is not a game
        "The Supreme Court struck it down in a 5-4 ruling.",
        "A Second Circuit panel upheld that decision in a 3-0 ruling in June.",
        "A 2-1 appeals panel was right to keep Renn in custody.",
        "The court ruled 5-4 on Friday.",
        # election: a vote is not a score
        "Harbour won the seat 52-48.",
        "The Senate passed the bill 51-49.",
        "The committee voted 7-2 to adopt it.",
        # business: dates, hours, phone numbers, ranges
        "Revenue for the 2025-26 season rose.",
        "It is no longer a 9-5 job.",
        "The committee meets again on April 28-29.",
        "Call 614-555-0187 for details.",
        "Shares fell 3.5-4 points.",
        "Staff aged 18-24 were hired.",
        "See pages 10-12 of the filing.",
        "The desk is open 24-7.",
        # weather and science: measurements and odds
        "Forecasters expect 10-15 inches of rain.",
        "Gusts of 40-60 mph are likely.",
        "Bookmakers offered 3-1 odds on a landfall.",
        "The ratio was 3-1 in favour of the vaccine group.",
        "Doses 2-3 were given 90 days apart.",
        # no words say it is a game
        "The grid is 3-1 and 4-2.",
    ],
)
def test_what_is_not_a_score_is_not_found(text: str) -> None:
    assert _found(text) == []


def _phrases(role: str) -> list[str]:
    return sorted(p for p, roles in score_words().items() if role in roles)


@pytest.mark.parametrize("phrase", _phrases("win") + _phrases("loss") + _phrases("draw"))
def test_each_result_noun_makes_a_score_and_says_the_outcome(phrase: str) -> None:
    text = f"It was a 2-1 {phrase}."
    (reading,) = read_score(text)
    assert text[reading.start : reading.end] == f"2-1 {phrase}"
    assert reading.outcome in score_words()[phrase]


@pytest.mark.parametrize("phrase", _phrases("won") + _phrases("lost") + _phrases("drew"))
def test_each_result_verb_makes_a_score_and_says_the_outcome(phrase: str) -> None:
    (reading,) = read_score(f"They {phrase} 2-1 on Sunday.")
    assert reading.rule == "result-verb"
    assert reading.outcome in score_words()[phrase]


@pytest.mark.parametrize("phrase", _phrases("penalties") + _phrases("extra time"))
def test_each_way_a_game_was_decided_is_read(phrase: str) -> None:
    text = f"The game was settled 5-4 {phrase} in Braga."
    (reading,) = read_score(text)
    assert text[reading.start : reading.end] == f"5-4 {phrase}"
    assert reading.after in score_words()[phrase]


@pytest.mark.parametrize("phrase", _phrases("context"))
def test_each_score_context_makes_a_bare_pair_a_score(phrase: str) -> None:
    (reading,) = read_score(f"Then {phrase} 2-2.")
    assert reading.rule == "score-context"
    assert read_score(f"Then {phrase} 2-2 percent.") == []


@pytest.mark.parametrize("phrase", _phrases("running"))
def test_each_running_score_word_finds_a_score_left_for_review(phrase: str) -> None:
    (reading,) = read_score(f"Then {phrase} 2-0.")
    assert reading.rule == "running-score"
    sentence = f"Nigeria {phrase} 3-1."
    verdict, message = _verdict(sentence, "3-1")
    assert verdict is Verdict.NEEDS_REVIEW
    assert message == (
        f"needs review: '3-1' is the score during the game ({phrase + ' 3-1'!r}),"
        " not necessarily its result"
    )


@pytest.mark.parametrize("phrase", _phrases("modifier"))
def test_each_modifier_may_stand_between_a_score_and_its_noun(phrase: str) -> None:
    text = f"It was a 2-1 {phrase} win."
    (reading,) = read_score(text)
    assert text[reading.start : reading.end] == f"2-1 {phrase} win"


@pytest.mark.parametrize("phrase", _phrases("link"))
def test_each_link_word_may_follow_a_score(phrase: str) -> None:
    assert _found(f"The match ended 2-1 {phrase} them.") == ["2-1"]


@pytest.mark.parametrize("phrase", _phrases("before-not"))
def test_each_range_word_before_a_pair_makes_it_no_score(phrase: str) -> None:
    assert _found(f"They won {phrase} 3-1.") == []


@pytest.mark.parametrize("phrase", _phrases("not"))
def test_each_other_noun_makes_a_pair_no_score(phrase: str) -> None:
    assert _found(f"It was a 3-1 {phrase}.") == []
    assert _found(f"They won the {phrase} 3-1.") == []


def test_the_word_list_gives_every_phrase_a_known_role() -> None:
    known = {"win", "loss", "draw", "won", "lost", "drew", "penalties", "extra time"}
    known |= {"context", "running", "modifier", "link", "before-not", "not"}
    assert all(roles <= known for roles in score_words().values())


# -- extraction ---------------------------------------------------------------------


def test_a_score_supersedes_the_numbers_inside_it_and_binds_by_a_sides_name() -> None:
    body = "Okonkwo scored both goals in a 3-1 win over Portugal, in front of a full house."
    article = _article(body)
    claims = Extractor(FACTS).extract(article)
    scores = [(c.quote, c.fact) for c in claims if c.kind == "score"]
    assert scores == [("3-1 win", "final.score")]
    # "3" is not Portugal's goals at the tournament, nor "1" anything else.
    assert not [c for c in claims if c.kind == "number" and c.quote in ("3", "1")]


def test_a_score_of_another_game_is_left_to_review_not_failed() -> None:
    article = _article("Ghana beat Togo 2-0 on Tuesday.")
    claims = [c for c in Extractor(FACTS).extract(article) if c.kind == "score"]
    assert [(c.quote, c.fact) for c in claims] == [("2-0", None)]
    assert judge(claims[0], article, Context.build(FACTS)).verdict is Verdict.NEEDS_REVIEW


def test_a_split_ruling_is_read_as_before() -> None:
    article = _article("The court upheld it in a 5-4 ruling.")
    claims = Extractor(FACTS).extract(article)
    assert not [c for c in claims if c.kind == "score"]


def test_the_score_kind_is_registered_and_binds_only_score_facts() -> None:
    kind = registry.load().kind("score")
    assert isinstance(kind, ScoreKind)
    assert kind.find("a 3-1 win", date(2026, 1, 1))
    assert kind.accepts(FINAL)
    assert not kind.accepts(FACTS["portugal.goals"])


# -- judging ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "quote", "verdict"),
    [
        ("Nigeria beat Portugal 3-1 in the final.", "3-1", Verdict.AGREES),
        ("Portugal beat Nigeria 3-1 in the final.", "3-1", Verdict.CONTRADICTS),
        ("Nigeria beat hosts Portugal 3-2 in the final.", "3-2", Verdict.CONTRADICTS),
        ("He scored twice in a 3-2 win over Portugal.", "3-2 win", Verdict.CONTRADICTS),
        ("He scored twice in a 3-1 win over Portugal.", "3-1 win", Verdict.AGREES),
        ("He scored twice in a 3-1 win over Nigeria.", "3-1 win", Verdict.CONTRADICTS),
        ("Portugal's 1-3 defeat in the final stung.", "1-3 defeat", Verdict.AGREES),
        ("Nigeria's 1-3 defeat in the final stung.", "1-3 defeat", Verdict.CONTRADICTS),
        ("It was a 1-3 defeat to Nigeria.", "1-3 defeat", Verdict.AGREES),
        ("Portugal lost 1-3 to Nigeria in the final.", "1-3", Verdict.AGREES),
        ("Nigeria lost 1-3 to Portugal in the final.", "1-3", Verdict.CONTRADICTS),
        ("Portugal lost to the Super Eagles 1-3 in the final.", "1-3", Verdict.AGREES),
        ("It ended Portugal 1-3 Nigeria.", "1-3", Verdict.AGREES),
        ("It ended Portugal 3-1 Nigeria.", "3-1", Verdict.CONTRADICTS),
        ("It ended 3-1 to Nigeria.", "3-1", Verdict.AGREES),
        ("It ended 3-1 to Portugal.", "3-1", Verdict.CONTRADICTS),
        ("The final was a 1-1 draw.", "1-1 draw", Verdict.CONTRADICTS),
        # no side named: the numbers alone are judged
        ("They won the final 3-1.", "3-1", Verdict.AGREES),
        ("They won the final 4-1.", "4-1", Verdict.CONTRADICTS),
        ("Nigeria won 3-1 after extra time.", "3-1", Verdict.CONTRADICTS),
    ],
)
def test_the_judge_reads_the_numbers_in_either_order_and_the_winner(
    sentence: str, quote: str, verdict: Verdict
) -> None:
    assert _verdict(sentence, quote)[0] is verdict


def test_messages_say_what_was_stated_and_what_is_true() -> None:
    _, wrong_winner = _verdict("Portugal beat Nigeria 3-1 in the final.", "3-1")
    assert wrong_winner == (
        "contradicts: '3-1' says Portugal won ('Portugal beat Nigeria 3-1'),"
        " but the final is Nigeria 3, Portugal 1: Nigeria won"
    )
    _, wrong_numbers = _verdict("He scored twice in a 3-2 win over Portugal.", "3-2 win")
    assert (
        wrong_numbers == "contradicts: '3-2 win' gives 3-2, but the final is Nigeria 3, Portugal 1"
    )
    _, agrees = _verdict("Portugal's 1-3 defeat in the final stung.", "1-3 defeat")
    assert agrees == "'1-3 defeat' agrees with the final, Nigeria 3, Portugal 1"


CUP = ScoreFact(
    id="cup.score",
    label="the cup final",
    sides=("Ghana", "Togo"),
    scores=(1, 1),
    shootout=(4, 2),
    after="penalties",
    sources=("s",),
)


@pytest.mark.parametrize(
    ("sentence", "quote", "verdict"),
    [
        ("Ghana won on penalties after a 1-1 draw.", "1-1 draw", Verdict.AGREES),
        ("Ghana won 4-2 on penalties.", "4-2 on penalties", Verdict.AGREES),
        ("Togo won 4-2 on penalties.", "4-2 on penalties", Verdict.CONTRADICTS),
        ("Ghana won 5-3 on penalties.", "5-3 on penalties", Verdict.CONTRADICTS),
        ("Ghana beat Togo 2-1 in the cup final.", "2-1", Verdict.CONTRADICTS),
        ("The cup final ended 2-2.", "2-2", Verdict.CONTRADICTS),
    ],
)
def test_a_game_won_on_penalties(sentence: str, quote: str, verdict: Verdict) -> None:
    assert _verdict(sentence, quote, CUP)[0] is verdict


def test_penalties_said_of_a_game_decided_in_play_contradict() -> None:
    verdict, message = _verdict("Nigeria won 3-1 on penalties.", "3-1 on penalties")
    assert verdict is Verdict.CONTRADICTS
    assert "went to penalties" in message


def test_a_shoot_out_score_the_facts_do_not_give_is_unverifiable() -> None:
    fact = ScoreFact(
        id="cup.score",
        label="the cup final",
        sides=("Ghana", "Togo"),
        scores=(1, 1),
        after="penalties",
        winner="Ghana",
        sources=("s",),
    )
    assert _verdict("Ghana won 4-2 on penalties.", "4-2 on penalties", fact)[0] is (
        Verdict.UNVERIFIABLE
    )
    assert _verdict("Togo won on penalties after a 1-1 draw.", "1-1 draw", fact)[0] is (
        Verdict.CONTRADICTS
    )


def test_a_quote_with_no_score_awaits_a_person() -> None:
    assert _verdict("Nigeria won the final.", "final")[0] is Verdict.NEEDS_REVIEW


# -- properties ---------------------------------------------------------------------

_TEAMS = st.sampled_from(["Ghana", "Togo", "Mali", "Chile", "Peru", "Wales"])
_GOALS = st.integers(min_value=0, max_value=150)


@given(_TEAMS, _TEAMS, _GOALS, _GOALS, st.booleans())
def test_any_result_reads_back_and_a_swapped_winner_never_agrees(
    first: str, second: str, a: int, b: int, as_loser: bool
) -> None:
    assume(first != second)
    fact = ScoreFact(id="g", label="the game", sides=(first, second), scores=(a, b), sources=("s",))
    high, low = max(a, b), min(a, b)
    winner, loser = (first, second) if a >= b else (second, first)
    if a == b:
        told = f"{first} drew {a}-{b} with {second} on Sunday."
        swapped = f"{second} drew {a}-{b} with {first} on Sunday."
        quote = f"{a}-{b}"
    elif as_loser:
        told = f"{loser} lost {low}-{high} to {winner} on Sunday."
        swapped = f"{winner} lost {low}-{high} to {loser} on Sunday."
        quote = f"{low}-{high}"
    else:
        told = f"{winner} beat {loser} {high}-{low} on Sunday."
        swapped = f"{loser} beat {winner} {high}-{low} on Sunday."
        quote = f"{high}-{low}"
    assert _verdict(told, quote, fact)[0] is Verdict.AGREES
    expected = Verdict.AGREES if a == b else Verdict.CONTRADICTS
    assert _verdict(swapped, quote, fact)[0] is expected


@given(_TEAMS, _TEAMS, _GOALS, _GOALS, _GOALS, _GOALS)
def test_other_numbers_never_agree(first: str, second: str, a: int, b: int, c: int, d: int) -> None:
    assume(first != second and sorted((a, b)) != sorted((c, d)))
    fact = ScoreFact(id="g", label="the game", sides=(first, second), scores=(a, b), sources=("s",))
    assert _verdict(f"It was a {c}-{d} draw or win.", f"{c}-{d}", fact)[0] is Verdict.CONTRADICTS


def test_a_score_deep_in_an_article_is_read_from_its_own_sentence() -> None:
    text = "The weather was fine. " * 40 + "Later Ghana beat Togo 2-0. Staff aged 18-24 came."
    (reading,) = read_score(text)
    assert text[reading.start : reading.end] == "2-0"
    assert text[slice(*reading.cue)] == "beat"
    # A verb in the sentence before is not this sentence's: "ended. 2-2" is no score.
    assert read_score("The match ended. 2-2 was the code.") == []


def test_claims_yaml_takes_a_score_claim_on_a_score_fact_only() -> None:
    text = (
        "version: 1\nclaims:\n  - {article: a.md, line: 5, column: 1,"
        " quote: 3-1 win, kind: score, fact: FACT}\n"
    )
    (claim,) = parse_claims(text.replace("FACT", "final.score"), "claims.yaml", FACTS)
    assert claim.fact == "final.score"
    with pytest.raises(InputError, match="a score claim cannot be checked against"):
        parse_claims(text.replace("FACT", "portugal.goals"), "claims.yaml", FACTS)


def test_a_stated_reading_is_judged_by_its_numbers() -> None:
    article = _article("Nigeria were the better side on the night.")
    claim = Claim(
        article=article.path,
        line=5,
        column=1,
        quote="Nigeria",
        kind="score",
        fact="final.score",
        stated="Nigeria beat Portugal 3-1",
    )
    assert judge(claim, article, Context.build(FACTS)).verdict is Verdict.AGREES
    wrong = msgspec.structs.replace(claim, stated="Portugal beat Nigeria 3-1")
    assert judge(wrong, article, Context.build(FACTS)).verdict is Verdict.CONTRADICTS


@pytest.mark.parametrize(
    ("sentence", "quote"),
    [
        # sport: an earlier final, against another side
        ("It repeats their triumph of 2022, when they beat Ghana 1-0 in the final.", "1-0"),
        ("Nigeria lost 0-2 to Ghana in the final of 2019.", "0-2"),
        ("It was a 2-0 win over Ghana in the final.", "2-0 win"),
        # business: a sponsor's club in a results round-up
        ("The sponsor's club edged Leeds 2-1 in the cup final, and shares rose.", "2-1"),
    ],
)
def test_a_game_against_another_side_is_left_to_review_not_failed(
    sentence: str, quote: str
) -> None:
    verdict, message = _verdict(sentence, quote)
    assert verdict is Verdict.NEEDS_REVIEW
    assert "who is not a side of the final (Nigeria and Portugal)" in message


def test_a_side_named_where_the_other_side_stands_is_judged() -> None:
    assert _verdict("Nigeria beat Portugal 3-2 in the final.", "3-2")[0] is Verdict.CONTRADICTS
    assert _verdict("Nigeria beat hosts Portugal 3-1.", "3-1")[0] is Verdict.AGREES
    assert _verdict("It ended Portugal 1-3 Nigeria On Sunday.", "1-3")[0] is Verdict.AGREES
