"""The rules of binding, by name: what each decides, its weight, and how to turn it off.

binding.py binds a value (a date, a number) to a fact in four steps, and each
decision it takes on the way is one of the rules below:

1. ``cue``: which matches of the facts' cues count as cues at all;
2. ``candidate``: for each (cue, value) pair in a sentence, and each fact the cue
   speaks of, whether the fact is a candidate of the value. A ``veto`` drops the
   candidate; the ``weight`` rules price it (the candidate's cost: lower is nearer);
3. ``decision``: the one scoring function (``binding._decide``) takes, for each
   value, the candidates of the cues nearest to it and binds the cheapest fact when
   no other is within the margin; among facts within the margin, the ``tie-break``
   rules decide in order, or the value stays unbound, with the reason;
4. ``after``: rules that bind (or drop) a value the decision left unbound, or unbind
   one the decision bound, from what the rest of the sentence or article says.

Each rule can be turned off by name (``Binder(..., without={"another-time"})``, or
``with without({"another-time"}):`` around code that builds an ``Extractor``), which
is how each is measured alone (benchmarks/binding_rules.py). A rule marked
``essential`` cannot be: turning it off would bind a value to a fact of another type,
which no judge can read.
"""

from __future__ import annotations

import contextvars
import functools
from collections.abc import Collection, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from importlib import resources
from typing import Literal

Stage = Literal["cue", "candidate", "decision", "after"]
Effect = Literal["veto", "weight", "tie-break", "binds", "unbinds", "drops"]


@dataclass(frozen=True, slots=True)
class Rule:
    name: str
    stage: Stage
    effect: Effect
    description: str
    weight: int | None = None  # for weights: what one unit of it costs
    essential: bool = False  # cannot be turned off

    @property
    def summary(self) -> str:
        """The effect and weight in a few words: "veto", "weight 1 per word"."""
        if self.effect == "weight":
            return f"weight {self.weight:+d}"
        return self.effect


RULES: dict[str, Rule] = {}


def _rule(
    name: str,
    stage: Stage,
    effect: Effect,
    description: str,
    weight: int | None = None,
    essential: bool = False,
) -> None:
    assert name not in RULES, name
    RULES[name] = Rule(name, stage, effect, description, weight, essential)


# The weights, as binding has always priced a cue (see segments.py for the price of a
# clause boundary: a comma costs 1, a dash or a semicolon more).
MAX_COST = 12  # words (boundaries included) beyond which a cue says nothing of a value
MARGIN = 2  # how much nearer the best fact must be than any other
AFTER_COST = 1  # the extra price of a cue standing after the value

# 1. Which cue matches count.
_rule(
    "reporting-verb",
    "cue",
    "veto",
    'a reporting verb ("said", "told") is no cue: every statement is said by someone',
)
_rule(
    "inside-longer-cue",
    "cue",
    "veto",
    'a cue inside a longer one is no cue of its own ("visit" in "first visit")',
)
_rule(
    "compound-tail",
    "cue",
    "veto",
    "a cue a hyphen joins to the word before it is no cue: the whole word names another"
    ' thing ("her quarter-final" is no final, "a by-election" no general election)',
)
_rule(
    "inner-cue-of-another-type",
    "cue",
    "binds",
    "a cue inside a longer one that adds only function words speaks for a value no cue"
    ' around it can take and no other cue speaks of: "found" in "the hoard, found on'
    ' March 4" when "found on" is the cue of where it was found',
)
_rule(
    "facts-of-the-named",
    "cue",
    "binds",
    "a person's name is a cue of the facts of theirs a registered kind checks, not only"
    ' of their own fact: "Tane, 41," of the birth date fact labelled "the birth of Aroha'
    ' Tane" (a fact whose label names them in full)',
)
_rule(
    "compound-head",
    "cue",
    "veto",
    "of cues side by side, a space between, the last is the head of one compound and"
    ' the others say what it is of ("the Atlantic Cup final", "the election rally"): a'
    " place after them is the head's event's (eventplaces.py)",
)
_rule(
    "of-complement",
    "cue",
    "veto",
    'a cue after another cue and "of" (and a determiner) names what the other is of:'
    ' "published its assessment of the budget in Halvik" is the assessment\'s place,'
    " not the budget's (eventplaces.py)",
)
_rule(
    "said-once",
    "cue",
    "drops",
    "a person's name ties a span to their own fact alone when a fact of theirs says only"
    ' what it says (a birth date fact equal to their "born"): "Brannigan, aged 86," is'
    " of one birth, not two",
)
# 2. Candidates: vetoes, in the order binding.py tries them.
_rule(
    "name-cue-own-kind",
    "candidate",
    "veto",
    "a person's name is a cue only of a registered kind's span (an age, a tenure),"
    " never of a date or a number (fact-type implies it: this is its early exit)",
)
_rule(
    "who-clause-object",
    "candidate",
    "veto",
    'a person\'s name inside a relative clause opened by ", who" ("Marwick, who succeeded'
    ' Arthur Penhallow in 2019 and has led the company for seven years") is what the one'
    " named before it did: no span later in the clause is that name's, unless set beside"
    ' it ("Penhallow, 61,")',
)
_rule(
    "same-quotation",
    "candidate",
    "veto",
    "a cue counts only on the value's side of a quotation",
)
_rule(
    "own-words",
    "candidate",
    "veto",
    'a number\'s own words ("times" in "three times") say how it counts, not what',
)
_rule(
    "earlier-plan",
    "candidate",
    "veto",
    'a date its clause tells as an earlier plan ("was first due to begin in December'
    ' 2026", "the original schedule promised first light in 2024") is no date of a fact'
    " whose label and cues say nothing of an earlier plan",
)
_rule(
    "later-clause",
    "candidate",
    "veto",
    "a cue after the value in a later clause speaks of something else, unless the"
    ' value opens the sentence ("On Wednesday, the parade ...") and does not refer'
    ' back ("The 46-year-old takes over, when ...")',
)
_rule(
    "when-it-was",
    "candidate",
    "veto",
    'a cue in the "when" clause right after a date says what happened then ("That was fine'
    ' in 2001, when the prize was founded"): later-clause does not veto it',
)
_rule(
    "max-distance",
    "candidate",
    "veto",
    f"a cue more than {MAX_COST} words (boundaries included) away says nothing of a value",
)
_rule(
    "another-time",
    "candidate",
    "veto",
    'a cue beyond "after", "before", "following", "until" ... speaks of another event'
    ' ("returned on Friday after a four-day trip"), but not beyond one that sets a time'
    ' of day ("went down shortly after 7:10 a.m. on Saturday", "before dawn")',
)
_rule(
    "object-of-another-cue",
    "candidate",
    "veto",
    "a date after a cue that another fact's cue acts on is the act's (\"China"
    ' announced the visit on Thursday"); a figure after it is the object\'s ("reported a'
    ' pre-tax profit of £421 million")',
)
_rule(
    "of-another-cue",
    "candidate",
    "veto",
    "a date after a cue that says what another fact's cue is of is the other's event"
    ' ("construction of the first boat will begin in September 2026")',
)
_rule(
    "deadline-date",
    "candidate",
    "veto",
    'a date after "has until" (or "have", "given" ... until) is a deadline: only a date'
    ' fact whose label says so (data/binding/deadline_words.txt) can take it ("has until'
    ' 5 p.m. on May 12 to make a firm offer" is no date of the bid)',
)
_rule(
    "reference-event",
    "candidate",
    "veto",
    'a cue that is the object of "after", "before" ... in a clause of its own is what'
    ' another time is set against ("on Wednesday, after the parade, ...")',
)
_rule(
    "purpose",
    "candidate",
    "veto",
    'a date is not of a cue that is only what something is for ("Rehearsals for the'
    ' parade began in July")',
)
_rule(
    "reported-clause",
    "candidate",
    "veto",
    'a cue before the "that" of what a reporting verb reports ("said after the finish'
    ' that teams had warned organisers about the road in March") frames the report (when,'
    " where, by whom it was said): it is no cue of a value inside the report",
)
_rule(
    "topic-of-another-cue",
    "candidate",
    "veto",
    "a date is not of a cue that is only what another cue's event is about (\"a public"
    ' hearing on the restart request in Ottawa on March 18", "an inquiry into the'
    ' collapse opened on Monday")',
)
_rule(
    "reserved-cue",
    "candidate",
    "veto",
    'a cue inside a value\'s quote ("80th anniversary"), or what an anniversary is of,'
    " belongs to that value alone",
)
_rule(
    "someone-else",
    "candidate",
    "veto",
    "a cue right after a person's name is that person's event: no fact whose label"
    ' names someone else ("Putin arrived" is no arrival of Kim\'s)',
)
_rule(
    "about-subject",
    "candidate",
    "veto",
    "a value said of an entity (a fact's about:) is of no fact about another entity of"
    " its sort, a person's or a body's (\"Ethiopia won 4\" is no count of Kenya's golds,"
    ' nor "Arrieta took second place on 5½ points" Oyelaran\'s score; "Arregi\'s reward'
    " was a winner's cheque\" is the race's prize); a name before a verb that makes it the"
    " figure's"
    ' source ("the agency reckons some 7,800 people will be eligible"), or one a verb'
    ' gives the figure to ("fined Caldermere £16.8 million"), is no subject of it',
)
_rule(
    "cue-names-the-subject",
    "candidate",
    "binds",
    'a cue after the value followed by "in" or "of" and a name says whom the figure is'
    " about, whoever the clause's subject: about-subject does not rule out that name's"
    " facts (\"The Wessex Arts Council's 21 per cent rise in the Playhouse's grant\","
    ' "Greenhallow ... its £4.3bn takeover of Pellmart")',
)
_rule(
    "fact-type",
    "candidate",
    "veto",
    "a value binds only to a fact of its type: a date to a date, a percentage to a"
    " percentage, a count to a count; a registered kind decides for its own spans",
    essential=True,
)
_rule(
    "anniversary-past",
    "candidate",
    "veto",
    "an anniversary or an elapsed time is of something in the past",
)
_rule(
    "relative-reach",
    "candidate",
    "veto",
    'a date written relative to the article ("last year") is of a fact within reach'
    " of the article's date",
)
_rule(
    "duration-unit",
    "candidate",
    "veto",
    'an amount of time ("six months", "48 hours") is of a number fact in any unit of'
    ' time (they convert: "48 hours" of a fact in days), never of a count or an amount'
    " in another unit; its unit says what it counts, in place of the counted rule",
)
_rule(
    "vague-long-cue",
    "candidate",
    "veto",
    'a vague quantity ("several", "thousands") is bound only by a cue of two words or more',
)
_rule(
    "counted",
    "candidate",
    "veto",
    "a count is of a fact whose unit or cue it counts (its words up to the first plural"
    ' noun: "ten places tells players" counts places), or whose cue follows it in its'
    ' clause ("26 heads of state") or stands right before it with "of" and no plural'
    ' noun after it ("the crew of 24 deserve credit"); "twice" counts anything but a'
    ' length, a weight or a sum ("walked the 190-mile path twice"), "people"'
    ' any unit of people ("78,400 people on the waiting list": its patients), and a count'
    ' counts what its label says after "the number of" ("38,412 runners" of "the number'
    ' of runners who started", in starters); a cue right after a count says what it'
    ' counts, and so it is no amount of a unit of measure ("after two walkouts" beside'
    " the length of a walkout in hours) unless its words write a unit",
)
_rule(
    "compound-count",
    "candidate",
    "veto",
    'a number joined by a hyphen to a noun ("a 96-turbine wind farm", "the 120-seat'
    ' parliament") counts that noun: it is of a fact whose unit or cue is the noun, and'
    ' no claim otherwise ("a three-way race", "a four-time champion")',
)
_rule(
    "counts-no-money",
    "candidate",
    "veto",
    'a number that counts the plural noun right after it ("200 residents", "40 officers")'
    " is no amount of money, unless a currency is written by it or the noun is the fact's cue",
)
_rule(
    "one-more",
    "candidate",
    "veto",
    'an ordinal after "a" or "an" ("a second release could follow", "seeking a third'
    ' term") speaks of one more, to come or supposed: it is of no count fact',
)
_rule(
    "by-difference",
    "candidate",
    "veto",
    'a figure after "by" ("won the seat by 4,212 votes", "cut the quota by 22%") is a'
    " difference: of no fact whose label names no change or margin"
    " (data/binding/change_nouns.txt, difference_nouns.txt); not a count after a"
    ' participle ("fished by 27 boats"), the agent',
)
_rule(
    "share-not-change",
    "candidate",
    "veto",
    'a share of a whole ("nearly a third of visitors", "62% of the volunteers") is no'
    ' change in a percentage: no fact whose label opens with one ("the rise in summer'
    ' visitors": data/binding/change_nouns.txt)',
)
_rule(
    "money-no-count",
    "candidate",
    "veto",
    'a number with a currency written by it ("tickets priced from £45") is an amount of'
    " money: no count or measure in another unit (the shows of a tour)",
)
_rule(
    "first-of-another",
    "candidate",
    "veto",
    'a date described by a cue that says "first" is of no fact that is not a first',
)
_rule(
    "another-instance",
    "candidate",
    "veto",
    'a date described by a cue an ordinal after "a" says is one more of its kind ("a'
    ' second release could follow in 2027", "a third term from 2030") is of no date fact'
    " whose label does not say so",
)
_rule(
    "plural-cue",
    "candidate",
    "veto",
    'a plural cue ("trips") speaks of several events, never of a date fact of one day',
)
_rule(
    "first-since",
    "candidate",
    "veto",
    'in "the first trip since January 2019" the date is the trip before: no fact near'
    " the article's date",
)
_rule(
    "adjective-cue",
    "candidate",
    "veto",
    'a cue that is a past participle between a determiner and a noun ("will post the'
    ' adopted plan online by Friday") describes a thing: it dates no event',
)
_rule(
    "another-occurrence",
    "candidate",
    "veto",
    'a date in the possessive before its cue ("next year\'s ceremony", "last year\'s'
    ' final") says which occurrence of that event is meant: no fact of another date, and'
    ' no fact of another cue; not a day ("Saturday\'s race"), which dates the event',
)
_rule(
    "event-town",
    "candidate",
    "veto",
    "a value or cue placed in a town is of no fact whose label places it in another",
)
_rule(
    "event-country",
    "candidate",
    "veto",
    'a value or cue placed in a country is of no fact about another ("has visited'
    ' Russia three times" is no count of visits to China)',
)
_rule(
    "distance",
    "candidate",
    "weight",
    "a cue costs the words between it and the value, plus a price per clause boundary",
    weight=1,
)
_rule(
    "cue-after",
    "candidate",
    "weight",
    "a cue after the value costs one more: a value mostly completes what precedes it",
    weight=AFTER_COST,
)
_rule(
    "own-clause-first",
    "candidate",
    "tie-break",
    "each (cue, fact) goes to the nearest value it can describe, one in its own clause first",
)
_rule(
    "name-per-kind",
    "candidate",
    "tie-break",
    "a person's name goes to the nearest span of each registered kind, not only the"
    ' nearest of all ("Garside, the 57-year-old who has run Halvard for seven years": the'
    " age and the tenure are both hers)",
)
_rule(
    "pass-on",
    "candidate",
    "binds",
    "a value bound to another fact by a nearer cue passes the cue on to the next value",
)
# 3. The decision.
_rule(
    "anaphoric",
    "decision",
    "veto",
    'a date that points back ("that year") is never bound: say which in "stated"',
)
_rule(
    "margin",
    "decision",
    "weight",
    f"the cheapest fact wins only when no other is within {MARGIN} of it",
    weight=MARGIN,
)
_rule(
    "subject-first",
    "decision",
    "tie-break",
    "among facts within the margin, the one about the value's subject wins",
)
_rule(
    "specific-cue",
    "decision",
    "tie-break",
    "else, among facts within the margin, the one with a cue no other fact has wins",
)
_rule(
    "year-said",
    "decision",
    "tie-break",
    "else, among facts within the margin, the one fact whose label names the year a"
    " date in the value's clause falls in wins (\"its revenue was £31.2 million last"
    " year\", beside revenue in 2024 and in 2025: 2025's, whichever figure it writes); a"
    " date with another figure between is that figure's (\"to $88.7 million from $141.2"
    ' million in 2024")',
)
_rule(
    "value-fits",
    "decision",
    "tie-break",
    "else, among facts within the margin, the one fact whose value the stated value"
    " agrees with (as its kind's judge says) wins",
)
_rule(
    "slip-nearest",
    "decision",
    "tie-break",
    "else, when the value agrees with none of them, the one whose figure it is a slip of"
    " (one keystroke off: slips.py; a date a day off) wins, the nearest if several",
)
# 4. After the decision.
_rule(
    "when-clause",
    "after",
    "binds",
    'a date followed by a "when" clause is the time of that clause\'s dated event',
)
_rule(
    "same-day",
    "after",
    "binds",
    "a relative date with no cue that names the day of a fact bound elsewhere is that day",
)
_rule(
    "anniversary-time",
    "after",
    "binds",
    "a later date in an anniversary's clause says when the anniversary is marked (its at)",
)
_rule(
    "the-one-named-before",
    "after",
    "binds",
    'a span of a registered kind that refers back ("the 58-year-old"), with no person'
    " named before it in its sentence or after it in its clause, is of the one person"
    " the nearest sentence naming anyone names (at most two sentences back) whose"
    " facts such a span checks",
)
_rule(
    "pronoun-subject",
    "after",
    "binds",
    'a span of a registered kind in a sentence whose subject is a person pronoun ("She'
    ' died on August 19, aged 93", "He joined as a constable at 21") refers back as "the'
    " 58-year-old\" does, under the-one-named-before's conditions",
)
_rule(
    "title-of-the-one",
    "after",
    "binds",
    'a span of a registered kind that refers back with "the" and names a title ("the'
    ' 59-year-old defence minister") is of the one person of the desk who holds that'
    " title when a bare title speaks of (the article's date, or the dates its sentence"
    " writes), when no cue bound it",
)
_rule(
    "the-age-s-person",
    "after",
    "binds",
    'a span of a registered kind no cue bound ("has led Cordal since 2019"), in the'
    ' sentence of an age bound to a person before it ("The 58-year-old has led Cordal'
    " since 2019\"), and nobody named in the sentence before the span, is that person's",
)
_rule(
    "change-to",
    "after",
    "binds",
    'the figure after "to" in a change ("slipped from 94.7% in March to 93.1% in April")'
    " is of the fact of the figure it changed from, when that fact holds a series",
)
_rule(
    "change-from",
    "after",
    "binds",
    'the figure after "from" in a change ("fell to 43,900, from 61,200 at the end of'
    ' 2024", "$52bn, up from $44.7bn") is of the fact of the figure it changed to, when'
    " that fact holds a series, else of the one other fact like it that shares its cue"
    " (last year's profit beside this year's)",
)
_rule(
    "since-before-its-event",
    "after",
    "unbinds",
    '"since 2024" says a state has lasted from then ("the agreement the council has been'
    ' negotiating since 2024"): bound by its cue to an event dated more than a year after'
    " it, it is left unbound, with the reason (a year's gap keeps a slip of one year a"
    " claim); it keeps its cue from the sentence's other values",
)
_rule(
    "unit-names-the-fact",
    "after",
    "binds",
    "a count no cue binds, right before a noun that is the unit of exactly one fact of"
    ' the desk ("The district has 44,150 students", beside the enrolment in students),'
    ' is that fact\'s, as is an ordinal that counts ("its seventh plant"; not "a'
    ' fourth grounding", one more to come), and a measure in the unit of measure of'
    ' exactly one fact ("Demand peaked at 10,312 megawatts"; not the second of two'
    ' figures its unit follows, "a surge of 2.5 to 3.5 metres"), unless it is said of'
    " another entity than the fact's",
)
_rule(
    "said-on-the-day",
    "after",
    "binds",
    'a day right after a reporting verb ("the union said on Thursday", "Halcyra said'
    ' on Thursday it carried") is when something was made known: no cue binds it, and'
    " it is the fact's when it agrees with exactly one date fact of an announcement"
    " (its label or cues say so: data/binding/announcement_words.txt), else unbound",
)
_rule(
    "stated-already",
    "after",
    "unbinds",
    "a figure bound to a fact its sentence already states, agreeing, in another figure of"
    " the same kind, and that does not agree itself, is of another thing the fact's cues"
    ' describe ("after a 14-day walkout in February and a week-long strike in March"):'
    " left unbound, with the reason (not a date: two dates of one event, one is wrong)",
)
_rule(
    "unique-value",
    "after",
    "binds",
    "a value no cue binds, specific enough that a coincidence is unlikely (a day, a"
    " month and year, three figures, an amount of money, a decimal percentage), that"
    " agrees with exactly one fact of its type in the desk is that fact's",
)
# What unique-value counts as specific. A value agrees by chance with a fact it is not
# about when few values are possible: a bare year or a small count ("seven") matches
# some fact of any desk, a day or "412,300" hardly ever.
UNIQUE_MIN_FIGURES = 3  # a count or plain number: "412,300", "1.25 million", not "4,500"
# An amount of money needs fewer: its currency and scale already narrow it ("$44.7
# billion", "$52 billion"), but a single figure ("$5 million") is as round as "seven".
UNIQUE_MONEY_MIN_FIGURES = 2
# A date fact longer than a month (a year, "2019-2021") holds most days a story names:
# a day agreeing with it says nothing of which event the day is.
UNIQUE_FACT_MAX_DAYS = 31
_rule(
    "drop-qualifiers",
    "after",
    "drops",
    "an unbound year or amount of time that is itself the cue of a figure bound in its"
    ' sentence is no claim ("97% of its trade in 2023", "41.7% had waited longer than 18'
    ' weeks")',
)
_rule(
    "checked-inside",
    "after",
    "drops",
    "an unbound date or amount of time inside the span of a kind that stands beside"
    ' dates, bound to its fact ("has led the agency since 2021", "has run the force for'
    ' nearly seven years": a tenure bound to its person), is no claim of its own: that'
    " span's claim checks it; so is an amount of time a cue bound to an event not of"
    ' that person ("has run the event for nearly a decade")',
)
_rule(
    "period-of-a-figure",
    "after",
    "drops",
    "a year or month right after a figure bound in its clause says which period the"
    ' figure is of ("its graduation rate reached 89.2% last year"): bound by a cue beyond'
    " the figure to an event it does not agree with, it is no claim of that event",
)
_rule(
    "names-the-period",
    "after",
    "drops",
    'a year that says which period a thing covers ("the 2025 annual results", "revenue for'
    ' 2025"), as the label of the date fact it is bound to does, is no claim when that date'
    " lies outside the year",
)

_rule(
    "place-cue-reach",
    "candidate",
    "veto",
    'a cue more than ten words before a place in its clause ("in" counted) is no cue of'
    ' it; nearer, it is ("the ceremony is under way at the operations centre in Aberdeen":'
    " nine words) (eventplaces.py)",
)
_rule(
    "cue-after-place",
    "cue",
    "binds",
    'a place no cue stands before, that says where the subject of its clause is ("a judge'
    ' in Victoria fined") or stands in the sentence\'s opening phrase ("On Tuesday, in a'
    ' courtroom in Lincoln, a judge fined"), is the place of the event of the cue right'
    " after it (eventplaces.py)",
)
_rule(
    "subject-referred-to",
    "after",
    "binds",
    'a span that refers back ("the 26-year-old") to a sentence naming several people'
    ' is of the one named first, its subject ("Tomás Arregi won the race, 48 seconds'
    " ahead of Belgium's Pieter Vandaele. The 26-year-old ...\"): the-one-named-before"
    " otherwise leaves it unbound",
)
_rule(
    "venue-in-city",
    "after",
    "binds",
    'a place right after a venue a date fact lists ("at St Aidan\'s Hospital in Leeds",'
    ' "the ExCeL centre in London") says where that venue is: no cue is needed, it is'
    " bound to that fact (eventplaces.py)",
)


@functools.cache
def word_list(name: str) -> tuple[str, ...]:
    """The entries of ``data/binding/NAME.txt``, the words binding's rules look for:
    one a line, ``#`` lines are comments."""
    text = resources.files("factsuite").joinpath(f"data/binding/{name}.txt").read_text("utf-8")
    return tuple(
        line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")
    )


@functools.cache
def noun_determiners() -> frozenset[str]:
    """The words of determiners.txt that open a noun phrase and no relative clause
    ("the", "its"; not "that" or "whose"), for the rules that read what follows one:
    adjective-cue, and the subject rules of extraction/subjects.py."""
    return frozenset(word_list("determiners")) - frozenset(word_list("relative_pronouns"))


class UnknownRuleError(ValueError):
    """A rule name that is not registered, or one that cannot be turned off."""


def checked(names: Collection[str]) -> frozenset[str]:
    """``names`` as rules that may be turned off; raises ``UnknownRuleError``."""
    for name in names:
        rule = RULES.get(name)
        if rule is None:
            raise UnknownRuleError(f"no binding rule is called {name!r}")
        if rule.essential:
            raise UnknownRuleError(f"the binding rule {name!r} cannot be turned off")
    return frozenset(names)


_SWITCHED_OFF: contextvars.ContextVar[frozenset[str]] = contextvars.ContextVar(
    "binding_rules_switched_off", default=frozenset()
)


def switched_off() -> frozenset[str]:
    """The rules turned off by the innermost ``without`` (none outside one)."""
    return _SWITCHED_OFF.get()


@contextmanager
def without(names: Collection[str]) -> Iterator[None]:
    """Binders built inside the block leave the rules ``names`` out."""
    token = _SWITCHED_OFF.set(checked(names))
    try:
        yield
    finally:
        _SWITCHED_OFF.reset(token)


@dataclass(frozen=True, slots=True)
class Considered:
    """One (cue, fact) that binding weighed for a value: vetoed by a rule, or priced."""

    cue: tuple[int, int]  # the cue's span in the visible text
    key: str  # the cue as the lexicon matched it
    fact: str | None  # None: vetoed before any fact of the cue was looked at
    veto: str | None = None  # the rule that dropped it
    weights: tuple[tuple[str, int], ...] = ()  # the weight rules that priced it
    crossed: bool = False  # a clause boundary lies between cue and value

    @property
    def cost(self) -> int:
        return sum(amount for _, amount in self.weights)


@dataclass(slots=True)
class Trace:
    """What binding weighed for each value (by its index), for ``extract --explain``.

    Filled only when asked for: binding without a trace records nothing."""

    considered: dict[int, list[Considered]]
    # The candidates the decision saw for each value (the nearest claimant of each
    # (cue, fact)), as (fact, cost).
    decided_among: dict[int, list[tuple[str, int]]]
    # The rule that decided each value, bound or not.
    decided_by: dict[int, str]
    # Each value's span and kind, and the fact it was bound to (None: unbound) with
    # the reason, or when an anniversary is marked: (start, end, kind).
    spans: list[tuple[int, int, str]]
    outcome: dict[int, tuple[str | None, str]]

    @classmethod
    def empty(cls) -> Trace:
        return cls({}, {}, {}, [], {})

    def add(self, value: int, considered: Considered) -> None:
        self.considered.setdefault(value, []).append(considered)
