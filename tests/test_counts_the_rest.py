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


# Facts that count the rest themselves: their label holds the word the count does.
OWN_REST = {
    # courts: the convictions before this one, as the desk counts them
    "priors": CountFact(id="priors", label="Tom Vale's prior convictions", value=14,
                        unit="convictions", sources=SRC),
    # politics: the ministers besides the prime minister
    "ministers": CountFact(id="ministers", label="the other ministers in the cabinet",
                           value=21, unit="ministers", sources=SRC),
    # space: her flights before this mission
    "earlier": CountFact(id="earlier", label="Anna Brook's earlier spaceflights", value=2,
                         unit="spaceflights", sources=SRC),
}  # fmt: skip


@pytest.mark.parametrize(
    ("body", "quote", "fact", "verdict"),
    [
        ("Vale, who has 14 prior convictions, was jailed on Friday.", "14", "priors",
         Verdict.AGREES),
        ("Vale, who has 15 prior convictions, was jailed on Friday.", "15", "priors",
         Verdict.CONTRADICTS),
        ("The prime minister and 21 other ministers met on Monday.", "21", "ministers",
         Verdict.AGREES),
        ("The prime minister and 22 other ministers met on Monday.", "22", "ministers",
         Verdict.CONTRADICTS),
        ("Brook, a veteran of two earlier spaceflights, commands the crew.", "two",
         "earlier", Verdict.AGREES),
        # the label's word must be the count's: "prior" does not make "other" its own
        ("Vale and 13 other men were convicted.", "13", "priors", Verdict.AGREES),
    ],
)  # fmt: skip
def test_a_fact_that_counts_the_rest_itself_is_compared_with_the_count_as_written(
    body: str, quote: str, fact: str, verdict: Verdict
) -> None:
    """ "14 prior convictions" of "Tom Vale's prior convictions" are the 14 the desk
    counts, not 14 and the one the sentence tells."""
    result = judge_quote(body, quote, "number", OWN_REST, published="2026-07-20", fact=fact)
    assert result.verdict is verdict
