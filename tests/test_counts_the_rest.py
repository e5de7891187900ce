"""A count that counts the rest beside the one its sentence tells of ("Putin and 25 other
foreign leaders", "a veteran of two earlier spaceflights"): each word of
data/en/counts_the_rest.txt, and the whole the number kind then judges. Cases from
space, courts, sport, mining and weather."""

from __future__ import annotations

import pytest

from factsuite import language, numbers
from factsuite.model import CountFact, Verdict
from tests.kindcases import judge_quote


@pytest.mark.parametrize("word", language.words("counts_the_rest.txt"))
def test_each_word_before_a_noun_says_the_count_counts_the_rest(word: str) -> None:
    assert numbers.counts_the_rest(f" {word} missions flown")
    # before a function word it is no count's ("two earlier in the day")
    assert not numbers.counts_the_rest(f" {word} in the day")
    assert not numbers.counts_the_rest(f" {word} this year")


def test_others_alone_counts_the_rest_and_other_words_do_not() -> None:
    assert numbers.counts_the_rest(" others.")
    assert not numbers.counts_the_rest(" missions flown")
    assert not numbers.counts_the_rest(" otherwise")


SRC = ("s",)
FACTS = {
    # space: the flights she has made, this one included
    "flights": CountFact(id="flights", label="the spaceflights Anna Brook has made",
                         value=3, unit="spaceflights", sources=SRC),
    # courts: his convictions, the one this trial ended in included
    "convictions": CountFact(id="convictions", label="Tom Vale's convictions", value=4,
                             unit="convictions", sources=SRC),
    # sport: the finals the club has played, this one included
    "finals": CountFact(id="finals", label="the finals Leeds have played", value=5,
                        unit="finals", sources=SRC),
    # mining: the workers the collapse trapped; weather: the people the storm injured
    "trapped": CountFact(id="trapped", label="the workers trapped by the collapse", value=14,
                         unit="workers", sources=SRC),
    "injured": CountFact(id="injured", label="the people injured by the storm", value=40,
                         unit="people", sources=SRC),
}  # fmt: skip


@pytest.mark.parametrize(
    ("body", "quote", "fact", "verdict"),
    [
        ("Brook, a veteran of two earlier spaceflights, commands the crew.", "two",
         "flights", Verdict.AGREES),
        ("Vale, who has three prior convictions, was jailed on Friday.", "three",
         "convictions", Verdict.AGREES),
        ("Leeds, in four previous finals, never lost by more than a goal.", "four",
         "finals", Verdict.AGREES),
        # the whole is at least one more: the fact's own figure counts too many
        ("Brook, a veteran of three earlier spaceflights, commands the crew.", "three",
         "flights", Verdict.CONTRADICTS),
        # "and" after a clause with a verb of its own joins two clauses: the others
        # are the second clause's alone
        ("Two miners were killed and 14 others were trapped underground.", "14",
         "trapped", Verdict.AGREES),
        ("Three people were killed and 40 others were injured in the storm.", "40",
         "injured", Verdict.AGREES),
        # ... but after "and" that joins one thing, the others are counted with it
        ("Rescuers freed Ortiz and 13 others from the shaft.", "13", "trapped",
         Verdict.AGREES),
        ("Rescuers freed Ortiz and 14 others from the shaft.", "14", "trapped",
         Verdict.CONTRADICTS),
        # negatives: a count followed by no such word is the whole
        ("Brook has made two spaceflights.", "two", "flights", Verdict.CONTRADICTS),
        ("Leeds reached four finals, two earlier in the decade.", "four", "finals",
         Verdict.CONTRADICTS),
    ],
)  # fmt: skip
def test_the_whole_a_count_of_the_rest_makes_is_judged(
    body: str, quote: str, fact: str, verdict: Verdict
) -> None:
    result = judge_quote(body, quote, "number", FACTS, published="2026-07-20", fact=fact)
    assert result.verdict is verdict
