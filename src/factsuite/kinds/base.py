"""The protocol every claim kind follows, and what a judge is given and returns.

A kind of claim (a date, a count, a title...) is a class: it names itself, says
which facts it can be checked against, and judges one claim against one fact. Like
an extension class, a kind overrides what it must (``judge``) and inherits a
default for every other hook, so a hook added later breaks no kind written before.
Nothing here imports a kind, the registry or pytest.
"""

from __future__ import annotations

import abc
import functools
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, ClassVar, Generic, TypeVar

from factsuite.articles import Article
from factsuite.model import Claim, Fact, Verdict
from factsuite.readings import Readings
from factsuite.text.document import document_of

if TYPE_CHECKING:
    from factsuite.compare import Context
    from factsuite.daterange import DateRange

__all__ = ["ClaimKind", "Found", "Judgement", "Situation"]

FactT = TypeVar("FactT", bound=Fact)


@dataclass(frozen=True, slots=True)
class Judgement:
    """What a kind decided, before it is dressed as a ``Result``."""

    verdict: Verdict
    stated: str
    expected: str
    message: str
    # For a contradiction between two plain figures in the same unit: the figure
    # stated and the fact's, for the far-from-its-fact rule (farfigures.py) to tell a
    # slip of the hand from a figure about something else. None for anything else.
    figures: tuple[float, float] | None = None
    # For a contradiction between amounts in two units of one dimension ("seven years"
    # against a fact of 14 days): the amount stated, the fact's in its own unit, and
    # the fact's converted to the unit stated, for far-in-another-unit (farfigures.py).
    converted: tuple[float, float, float] | None = None
    # For a contradiction of an amount whose currency and figure both differ from its
    # fact's: far-from-its-fact fails the fact's own figure in another currency (a
    # currency mixed up), but not a slip of it as well (two mistakes at once: likelier
    # another amount).
    currency_and_figure_differ: bool = False


@dataclass(frozen=True, slots=True)
class Found:
    """A span of an article's visible text that a kind reads as one of its claims.

    ``start``/``end`` are offsets in the visible text extraction reads (markup
    removed); ``counted`` are the words right after the value that say what it
    counts or measures ("titles", "metres"), lower-cased, for binding to a fact
    whose unit or cues name the same thing.
    """

    start: int
    end: int
    counted: tuple[str, ...] = ()


@dataclass
class Situation:
    """Everything a judge may consult besides the claim and its fact.

    ``where`` is the quote's span (start, end) in ``article.text``. What costs
    something to work out (the sentence, the dates it writes) is computed on first
    use and kept, so a judge that does not ask pays nothing. ``readings`` reads the
    dates of the article's lines and sentences once for all the claims judged with it
    (one ``Readings`` per article, readings.py); a claim judged alone has its own.
    """

    article: Article
    where: tuple[int, int]
    context: Context
    readings: Readings = field(default_factory=Readings)

    @property
    def reference(self) -> date:
        """The date the article is read against: its dateline's, else its publication."""
        return self.article.reference_date

    @functools.cached_property
    def sentence(self) -> tuple[str, int]:
        """The sentence around the quote, and where the quote starts in it."""
        return document_of(self.article).sentence_around(*self.where)

    @functools.cached_property
    def times_told(self) -> list[DateRange]:
        """The times the sentence around the quote is set in: the dates it writes out."""
        from factsuite import dates

        return dates.times_written(self.sentence[0], self.reference, self.readings.dates)

    def text_after(self, length: int) -> str:
        """Up to ``length`` characters of the article right after the quote."""
        end = self.where[1]
        return self.article.text[end : end + length]


class ClaimKind(abc.ABC, Generic[FactT]):
    """One kind of claim. Subclass it, set ``name`` and ``fact_types``, write ``judge``.

    ``name`` is what claims.yaml writes as a claim's ``kind`` and the name the kind is
    registered under (the entry-point group ``factsuite.kinds``). ``fact_types`` are
    the fact structs (model.py) a claim of this kind can be checked against; a claim
    bound to any other fact is refused when claims.yaml is read.
    """

    name: ClassVar[str]
    fact_types: ClassVar[tuple[type[Fact], ...]]
    # One line on what the kind checks, for lists of kinds and error messages.
    description: ClassVar[str] = ""
    # Whether a claim of this kind states a value (a number, a date, an amount, a
    # place): words changed in place at its position still state the same fact, so
    # a person's binding follows them (drift.py). Names and titles are not values.
    states_value: ClassVar[bool] = False
    # Whether the kind's spans may hold a date extraction reads ("in office since
    # 2019"): they are then found beside that date, which stays a claim of its own,
    # instead of giving way to it.
    beside_dates: ClassVar[bool] = False
    # Whether the kind's span is a figure in a unit ("the 366-metre vessel") that, with
    # two significant figures or more, its unit written out, and no cue near, is the one
    # fact of the desk it agrees with, as a bare number would be (rule unique-value).
    measures_value: ClassVar[bool] = False

    def accepts(self, fact: Fact) -> bool:
        """Whether a claim of this kind can be checked against ``fact``."""
        return isinstance(fact, self.fact_types)

    @abc.abstractmethod
    def judge(self, claim: Claim, fact: FactT, situation: Situation) -> Judgement:
        """The verdict on ``claim`` against ``fact``, one of ``fact_types``.

        Called only for a claim whose quote stands in the article, bound to a fact
        that is not disputed: the caller handles stale, unbound and disputed claims.
        """

    # -- optional hooks: each has a default a kind may override ---------------------

    def find(self, text: str, reference: date) -> Sequence[Found]:
        """The spans of an article's visible ``text`` that are claims of this kind,
        for extraction to bind; ``reference`` is the date the article is read
        against. The default finds none: factsuite's first kinds (dates, numbers,
        names, titles, places) are found by extraction's own readers.

        A span found here takes the place of a plain number extraction reads inside
        it ("380" in "a 380-metre climb"); a date, an anniversary or elapsed time
        extraction reads over it wins over it.
        """
        return ()

    def claims_bound(self, value_kind: str, fact: Fact) -> bool:
        """Whether a value extraction's own readers found (``value_kind``: "number",
        "percent", ...) and bound to ``fact`` is a claim of this kind rather than of
        its own: a number bound to an amount in dollars is money, judged in its
        currency. The default: never."""
        return False

    def of_a_person(self, fact: Fact) -> bool:
        """Whether ``fact``, not a person's own fact, is one of a person's that a span
        of this kind checks (a birth date for an age): the person's name beside such
        a span then ties it to the fact, when the fact's label names the person in
        full ("Tane, 41," to "the birth of Aroha Tane"). The default: none."""
        return False

    def repeats(self, fact: Fact, person: Fact) -> bool:
        """Whether ``fact``, one of ``person``'s (``of_a_person``), says for a span of
        this kind only what the person's own fact says (a birth date fact equal to
        their ``born``): their name then ties the span to their own fact alone, not to
        two facts that give one answer. The default: never."""
        return False

    def binds(self, fact: Fact, found: Found) -> bool:
        """Whether extraction may bind ``found``, a span of this kind, to ``fact``
        when a cue of ``fact`` stands near it. The default: any fact it accepts."""
        return self.accepts(fact)

    def describe_expected(self, fact: FactT) -> str:
        """How a message names what the fact says (its label, else its id)."""
        return fact.label or fact.id
