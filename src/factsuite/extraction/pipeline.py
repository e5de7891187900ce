"""One article in, its claims out: the readers, the lexicon and binding put together.

An ``Extractor`` is built once per fact base (the automaton, the name index) and is
then a pure function of one article: what it finds in an article never depends on
which articles were read before, so extraction is the same in any order.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from factsuite.articles import Article
from factsuite.compare import VAGUE_QUANTITY, Context
from factsuite.daterange import DateRange
from factsuite.extraction.attributes import find_attributes
from factsuite.extraction.binding import NO_CUES, Binder
from factsuite.extraction.binding_rules import Trace
from factsuite.extraction.byvalue import judged_fits
from factsuite.extraction.eventplaces import PlaceBinder
from factsuite.extraction.folded import fold_text
from factsuite.extraction.lexicon import Lexicon
from factsuite.extraction.mentions import NearNames, find_entities
from factsuite.extraction.rolephrases import RoleJudge, find_role_phrases
from factsuite.extraction.subjects import about_of, label_people
from factsuite.extraction.values import find_values
from factsuite.kinds import registry
from factsuite.model import AttributeFact, Claim, Fact, KindName, claim_order
from factsuite.names import fold, names_someone
from factsuite.text.document import document_of
from factsuite.text.visible import VisibleText


@dataclass(frozen=True)
class Prepared:
    """What an Extractor derives from every fact by reading their names, labels and
    cues, the bulk of its building: kept between runs (extraction/prepared.py), so
    that extracting one edited article does not read every fact again."""

    lexicon: Lexicon
    people: dict[str, frozenset[str]]  # subjects.label_people
    about: dict[str, frozenset[str]]  # subjects.about_of


def prepare(facts: Mapping[str, Fact], context: Context) -> Prepared:
    lexicon = Lexicon.build(facts, context.names)
    return Prepared(lexicon, label_people(facts, lexicon), about_of(facts, lexicon))


class Extractor:
    """Finds every checkable claim of an article, bound to the desk's facts."""

    def __init__(
        self,
        facts: Mapping[str, Fact],
        context: Context | None = None,
        prepared: Prepared | None = None,
    ) -> None:
        """``prepared``: what ``prepare(facts, context)`` gives, when already known."""
        self.facts = facts
        self.context = context or Context.build(facts)
        prepared = prepared or prepare(facts, self.context)
        self.lexicon = prepared.lexicon
        self.near = NearNames(self.context.names)
        self.binder = Binder(facts, prepared.people, prepared.about)
        self.places = PlaceBinder(facts, self.binder)
        self.role_judge = RoleJudge(facts, self.context.known_titles, self.context.org_names)
        attributes = [f for f in facts.values() if isinstance(f, AttributeFact)]
        self.attribute_facts = frozenset(f.id for f in attributes)
        # Attributes claimed by a name where their cue puts it: relations have a rule
        # of their own, and a fact without cues of its own has nothing to be claimed by.
        cued = [f for f in attributes if f.cues and f.relation is None]
        # Those whose value is a person the desk knows, claimed by naming one ("the
        # only EU leader"): Robert Fico.
        known = self.context.names.full
        valued = [f for f in cued if known.get(fold(f.value))]
        self.person_valued = frozenset(f.id for f in valued)
        # Of those, the ones whose value is a person and not a body: a person named is
        # no answer for a body, nor a body for a person.
        people = self.binder.persons
        self.valued_people = frozenset(f.id for f in valued if known[fold(f.value)] & people)
        # Those whose value is a person or body by name, known or not ("the judge who
        # presided": Maria Okafor), and no place: claimed by the name a cue puts as
        # its answer.
        self.name_valued = frozenset(
            f.id
            for f in cued
            if (f.id in self.person_valued or names_someone(f.value))
            and self.context.gazetteer.locate(f.value) is None
        )

    def _is_place(self, name: str) -> bool:
        return self.context.gazetteer.locate(name) is not None

    def extract(self, article: Article, trace: Trace | None = None) -> list[Claim]:
        """The article's claims, in file order, each pending review; ``trace``, when
        given, records what binding weighed (``factsuite extract --explain``)."""
        segments = document_of(article)
        visible = segments.visible
        assert visible is not None  # a Document of an article has its map to the file
        text = segments.text
        folded = fold_text(text)
        hits = self.lexicon.scan(text, folded)
        reference = article.reference_date
        claims: dict[tuple[int, int, str, str | None], Claim] = {}

        def add(
            start: int,
            end: int,
            kind: KindName,
            fact: str | None,
            reason: str = "",
            at: DateRange | None = None,
        ) -> None:
            claim = _claim(article, visible, start, end, kind, fact, reason, at)
            if claim is not None:
                claims.setdefault((claim.line, claim.column, kind, fact), claim)

        entities = find_entities(text, hits, self.near, self.role_judge.holders_of)
        for mention in entities:
            if mention.form != "short" and mention.entity is not None:
                add(mention.start, mention.end, "name", mention.entity)
        for phrase in find_role_phrases(
            text, hits, entities, self.facts, self.role_judge, segments, reference
        ):
            reason = ""
            if phrase.entity is None:
                who = ", ".join(phrase.candidates) or "more than one person"
                reason = f"the title could name any of: {who}"
            add(phrase.start, phrase.end, "role", phrase.entity, reason)
        for attribute in find_attributes(
            text,
            hits,
            entities,
            segments,
            self.attribute_facts,
            self.person_valued,
            self.name_valued,
            self._is_place,
            valued_people=self.valued_people,
            people=self.binder.persons,
        ):
            add(attribute.start, attribute.end, "attribute", attribute.fact)
        values = find_values(text, reference, registry.current().finders)
        # Read once, for values and places.
        cues = self.binder.cue_hits(hits, text)
        subjects = self.binder.subjects(text, hits)
        # Whether a value agrees with a fact, as its kind's judge says: for the rules
        # that bind by value where the cues cannot decide (byvalue.py).
        fits, slips = judged_fits(article, visible, self.facts, self.context)
        bindings = self.binder.bind(
            values, hits, segments, reference, cues, subjects, trace, fits, slips
        )
        # A value bound to some facts is another kind's claim: a number bound to an
        # amount in dollars is money, one bound to a measurement a quantity, one figure
        # bound to a range a range (ClaimKind.claims_bound).
        claimers = registry.current().claimers
        for binding in bindings:
            value = binding.value
            kind: KindName = value.kind
            if binding.fact is not None:
                fact = self.facts[binding.fact]
                kind = next((k.name for k in claimers if k.claims_bound(kind, fact)), kind)
            reason = binding.reason
            if reason == NO_CUES and value.number is not None and value.number.vague:
                # "a handful", "tens of thousands" with no fact near: nothing to check
                # it against, and said so (unverifiable), not left to a person's review.
                reason = VAGUE_QUANTITY
            add(value.start, value.end, kind, binding.fact, reason, binding.at)
        for place in self.places.bind(text, hits, segments, bindings, cues, subjects):
            add(place.mention.start, place.mention.end, "place", place.fact)
        return sorted(claims.values(), key=claim_order)


def _claim(
    article: Article,
    visible: VisibleText,
    start: int,
    end: int,
    kind: KindName,
    fact: str | None,
    reason: str,
    at: DateRange | None,
) -> Claim | None:
    file_start, file_end = visible.file_span(start, end)
    quote = article.text[file_start:file_end]
    if not quote.strip() or quote != quote.strip():
        return None
    line, column = article.position(file_start)
    return Claim(
        article=article.path,
        line=line,
        column=column,
        quote=quote,
        kind=kind,
        fact=fact,
        reason=reason if fact is None else "",
        at=at,
    )
