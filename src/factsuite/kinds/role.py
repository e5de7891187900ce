"""``role``: a title given to a person ("President Donald Trump", "former Vice
President", "then-Prime Minister"), against the roles the person's fact lists, as of
the article's date or the time the sentence is set in (see roles.py)."""

from __future__ import annotations

import re
from collections.abc import Iterable

from factsuite.daterange import format_range
from factsuite.kinds._shared import unreadable
from factsuite.kinds.base import ClaimKind, Judgement, Situation
from factsuite.model import Claim, EntityFact, Role, Verdict
from factsuite.names import NameIndex, fold
from factsuite.roles import (
    Tense,
    another_office,
    another_office_there,
    clashing_roles,
    held_during,
    held_on,
    moments,
    names_role,
    posted_elsewhere,
    ranked_below,
    ranked_otherwise,
    read_title,
    tense_holds,
)


class RoleKind(ClaimKind[EntityFact]):
    name = "role"
    fact_types = (EntityFact,)
    description = "a title given to a person, as of the time the claim speaks of"

    def judge(self, claim: Claim, fact: EntityFact, situation: Situation) -> Judgement:
        return _judge_role(claim, fact, situation)


def _judge_role(claim: Claim, fact: EntityFact, situation: Situation) -> Judgement:
    """Whether the title the claim gives was the person's at the time it speaks of."""
    context = situation.context
    reference = situation.reference
    stated = claim.stated or claim.quote
    phrase = read_title(_strip_names(stated, fact, context.names))
    if not phrase.words:
        return unreadable(claim, "a title")
    own = [role for role in fact.roles if names_role(phrase.words, role)]
    if not own:
        # "U.S. President Joe Biden", bound to the title's one holder on the day:
        # the words no title holds are a name, and not the holder's.
        named = phrase.words - context.role_words
        title = phrase.words - named
        if phrase.tense is Tense.CURRENT and len(named) >= 2:
            # The holder at the times its sentence writes out, if it writes any (see
            # extraction's rolephrases._before_unknown_name). Read only here: it
            # parses the sentence's dates.
            told = situation.times_told
            days = moments(told, reference)
            held = [
                r
                for r in fact.roles
                if names_role(title, r) and all(held_on(r, day) for day in days)
            ]
            if held:
                terms = _terms(held)
                when = "when the sentence is set" if told else f"on {reference}"
                return Judgement(
                    Verdict.CONTRADICTS,
                    stated,
                    f"{fact.name}: {terms}",
                    f"contradicts: {when} the title in {stated!r} was {fact.name}'s,"
                    f" not the person it names: {terms}",
                )
        below = [r for r in fact.roles if ranked_below(phrase.words, r)]
        if below:
            terms = _terms(below)
            return Judgement(
                Verdict.CONTRADICTS,
                stated,
                terms,
                f"contradicts: {fact.name} is {terms}, a rank below the title in {stated!r}",
            )
        # Current titles only: a career's earlier posts are seldom all on a desk, and
        # "former Vice President Joe Biden" is right of a man the desk lists as President.
        other_rank = [
            r
            for r in fact.roles
            if phrase.tense is Tense.CURRENT
            and ranked_otherwise(phrase.words, r)
            and held_on(r, reference)
        ]
        if other_rank:
            terms = _terms(other_rank)
            return Judgement(
                Verdict.CONTRADICTS,
                stated,
                terms,
                f"contradicts: on {reference} {fact.name} was {terms},"
                f" not of the rank in {stated!r}",
            )
        holders = sorted(
            {
                other.name
                for other in context.entities()
                for r in other.roles
                if names_role(phrase.words, r)
            }
        )
        if holders:
            return Judgement(
                Verdict.CONTRADICTS,
                stated,
                _terms(fact.roles) or fact.name,
                f"contradicts: {fact.name} has never held the title in {stated!r}"
                f" (it belongs to {', '.join(holders)})",
            )
        there = clashing_roles(
            phrase, fact.roles, context.known_titles, reference
        ) or another_office_there(
            phrase, fact.roles, context.known_titles, reference, context.org_names
        )
        if not there and (
            elsewhere := posted_elsewhere(phrase, fact.roles, context.known_orgs, reference)
        ):
            terms = _terms(elsewhere)
            return Judgement(
                Verdict.CONTRADICTS,
                stated,
                terms,
                f"contradicts: on {reference} {fact.name} was at {terms},"
                f" not the organisation in {stated!r}",
            )
        if there or (there := another_office(phrase, fact.roles, reference, context.org_names)):
            terms = _terms(there)
            return Judgement(
                Verdict.CONTRADICTS,
                stated,
                terms,
                f"contradicts: on {reference} {fact.name} held {terms},"
                f" not the title in {stated!r}",
            )
        return Judgement(
            Verdict.UNVERIFIABLE,
            stated,
            "",
            f"unverifiable: no role of {fact.name} in the facts matches {stated!r}",
        )
    terms = _terms(own)
    if phrase.tense is Tense.CURRENT:
        if tense_holds(own, phrase.tense, reference):
            return Judgement(
                Verdict.AGREES, stated, terms, f"{fact.name} held it on {reference}: {terms}"
            )
        # "On 27 April 2018, Kim met South Korean President Moon Jae-in": a sentence
        # set at a time of its own gives its people the titles they held then.
        told = (
            []
            if phrase.now
            else [t for t in situation.times_told if any(held_during(r, t) for r in own)]
        )
        if told:
            return Judgement(
                Verdict.AGREES,
                stated,
                terms,
                f"{fact.name} held it in {format_range(told[0])}, when the sentence is set:"
                f" {terms}",
            )
        return Judgement(
            Verdict.OUTDATED,
            stated,
            terms,
            f"outdated: {stated!r} is a title {fact.name} did not hold on {reference}: {terms};"
            " write 'former' or 'then-'",
        )
    if phrase.tense is Tense.FORMER:
        if tense_holds(own, phrase.tense, reference):
            return Judgement(
                Verdict.AGREES, stated, terms, f"{fact.name} had left the role by {reference}"
            )
        if any(held_on(r, reference) for r in own):
            return Judgement(
                Verdict.OUTDATED,
                stated,
                terms,
                f"outdated: {stated!r} calls {fact.name} former, but on {reference} {fact.name}"
                f" held the role: {terms}",
            )
        return Judgement(
            Verdict.CONTRADICTS,
            stated,
            terms,
            f"contradicts: {fact.name} had not held it by {reference}",
        )
    if claim.at is None or any(
        held_on(r, day) for r in own for day in (claim.at.start, claim.at.end)
    ):
        return Judgement(
            Verdict.AGREES, stated, terms, f"{fact.name} held it at the time described: {terms}"
        )
    return Judgement(
        Verdict.OUTDATED,
        stated,
        terms,
        f"outdated: {fact.name} did not hold it in {format_range(claim.at)}: {terms}",
    )


def _strip_names(quote: str, fact: EntityFact, names: NameIndex) -> str:
    """The quote without the person's own name, leaving the title ("Slovak Prime Minister")."""
    text = fold(quote)
    # Indexed by entity: scanning every short form of the desk cost a pass over
    # thousands of names for each role judged.
    forms = names.forms_of(fact.id) + names.short_of.get(fact.id, [])
    for form in sorted(forms, key=len, reverse=True):
        text = re.sub(rf"\b{re.escape(form)}\b", " ", text)
    return text


def _terms(roles: Iterable[Role]) -> str:
    return "; ".join(_term(r) for r in roles)


def _term(role: Role) -> str:
    """A role and when it was held: "President of Russia (2000 to 2008)"."""
    start = format_range(role.start) if role.start else None
    end = format_range(role.end) if role.end else None
    if start and end:
        when = f" ({start} to {end})"
    elif start:
        when = f" (ended, from {start})" if role.ended else f" (since {start})"
    elif end:
        when = f" (until {end})"
    else:
        when = " (ended)" if role.ended else ""
    return role.describe() + when
