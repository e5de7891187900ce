"""Load a desk's canonical facts from ``facts/*.yaml`` into typed records.

A fact file is a mapping from fact id to fact::

    parade.date:
      type: date
      label: Victory Day military parade, Beijing
      value: 2025-09-03
      sources: [https://example.org/parade]

See docs/reference.md for every type and field.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path

import msgspec

from factsuite.collector import collector_paused as collector_paused  # re-exported
from factsuite.daterange import DateRange
from factsuite.deskfiles import fact_files as fact_files  # re-exported
from factsuite.errors import InputError
from factsuite.fields import Fields
from factsuite.model import (
    FACT_TYPES,
    AttributeFact,
    CountFact,
    DateFact,
    EntityFact,
    Fact,
    PercentFact,
    PersonFact,
    Point,
    QuantityFact,
    RangeFact,
    RankFact,
    Role,
    ScoreFact,
)
from factsuite.names import fold
from factsuite.paths import display_path
from factsuite.textfile import read_text
from factsuite.yamlsource import YamlList, YamlMap, load_yaml

FACT_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.:-]*$")
_COMMON = ("type", "label", "sources", "disputed", "note", "cues", "about")
_KEYS: dict[str, tuple[str, ...]] = {
    "date": ("value", "place"),
    "number": ("value", "low", "high", "unit", "series"),
    "count": ("value", "low", "high", "unit", "series"),
    "percent": ("value", "low", "high", "unit", "series"),
    "range": ("low", "high", "unit", "percent"),
    "rank": ("value", "of"),
    "person": ("name", "variants", "roles", "born"),
    "entity": ("name", "variants", "roles"),
    "attribute": ("value", "accepted"),
    "score": ("sides", "scores", "after", "shootout", "winner"),
}
_TYPE_NAMES = {cls: name for name, cls in FACT_TYPES.items()}
_ROLE_KEYS = ("title", "aliases", "of", "from", "to", "ended")


@dataclass
class FactBase(Mapping[str, Fact]):
    """Every fact of a desk by id, and the files they came from."""

    # A dict when parsed; the desk's cache gives its facts decoded on demand (cache.py).
    facts: Mapping[str, Fact] = field(default_factory=dict)
    files: tuple[str, ...] = ()

    def __getitem__(self, fact_id: str) -> Fact:
        return self.facts[fact_id]

    def __iter__(self) -> Iterator[str]:
        return iter(self.facts)

    def __len__(self) -> int:
        return len(self.facts)

    def entities(self) -> Iterator[EntityFact]:
        return entities_of(self.facts)


_FACT = msgspec.msgpack.Decoder(Fact)
_FACTS = msgspec.msgpack.Decoder(list[Fact])
_ENCODER = msgspec.msgpack.Encoder()
# The type tags of the facts that name someone (EntityFact and its kinds)
_ENTITY_TAGS = frozenset(
    str(cls.__struct_config__.tag) for cls in FACT_TYPES.values() if issubclass(cls, EntityFact)
)


def encode_fact(fact: Fact) -> tuple[str, msgspec.Raw]:
    """``fact``'s type tag, and ``fact`` encoded, as ``EncodedFacts`` holds them."""
    return str(fact.__struct_config__.tag), msgspec.Raw(_ENCODER.encode(fact))


class EncodedFacts(Mapping[str, Fact]):
    """A desk's facts by id as its cache holds them (cache.py), each decoded when
    first asked for: a check of one article looks up the few facts its claims are
    bound to, and decoding all of a 10k desk's 8,000 facts was 15-30 ms of every
    hook. Each fact's type tag is known undecoded, so the name index decodes only
    the people and bodies. ``reparse`` gives every fact again should one turn out
    damaged (a cache is never an error)."""

    def __init__(
        self,
        ids: list[str],
        tags: list[str],
        encoded: list[msgspec.Raw],
        reparse: Callable[[], Mapping[str, Fact]],
    ) -> None:
        # By id, in the desk's order (a dict's), which iteration follows.
        self._tags = dict(zip(ids, tags, strict=True))
        self._encoded = dict(zip(ids, encoded, strict=True))
        self._decoded: dict[str, Fact] = {}
        self._reparse: Callable[[], Mapping[str, Fact]] | None = reparse

    def __getitem__(self, fact_id: str) -> Fact:
        fact = self._decoded.get(fact_id)
        if fact is None:
            encoded = self._encoded[fact_id]  # KeyError: no such fact
            try:
                fact = _FACT.decode(encoded)
            except (msgspec.MsgspecError, ValueError, TypeError):
                self._recover()
                return self._decoded[fact_id]
            self._decoded[fact_id] = fact
        return fact

    def decode_all(self) -> None:
        """Decode every fact not decoded yet, in one call: for a reader of them all
        (building an Extractor reads every fact), one decode in C of the facts as
        one MessagePack array, not one call each (a tenth of extracting one edited
        article of a 10k desk)."""
        pending = [fact_id for fact_id in self._encoded if fact_id not in self._decoded]
        if not pending:
            return
        count = len(pending)
        header = b"\xdd" + count.to_bytes(4, "big")  # an array of ``count`` items
        try:
            with collector_paused():  # every fact of the desk, all kept
                facts = _FACTS.decode(header + b"".join(self._encoded[i] for i in pending))
        except (msgspec.MsgspecError, ValueError, TypeError):
            self._recover()
            return
        self._decoded.update(zip(pending, facts, strict=True))

    def __contains__(self, fact_id: object) -> bool:
        return fact_id in self._encoded

    def __iter__(self) -> Iterator[str]:
        return iter(self._encoded)

    def __len__(self) -> int:
        return len(self._encoded)

    def entities(self) -> Iterator[EntityFact]:
        """The people and bodies, in order, the other facts left undecoded."""
        for fact_id, tag in self._tags.items():
            if tag in _ENTITY_TAGS:
                fact = self[fact_id]
                if isinstance(fact, EntityFact):
                    yield fact

    def encoded(self) -> tuple[list[str], list[msgspec.Raw]]:
        """Every fact's type tag, and every fact encoded, in order."""
        return list(self._tags.values()), list(self._encoded.values())

    def _recover(self) -> None:
        if self._reparse is None:
            raise AssertionError("recovered once already: the parse decodes")
        parsed, self._reparse = self._reparse(), None
        self._decoded = dict(parsed)
        encoded = {fact_id: encode_fact(fact) for fact_id, fact in parsed.items()}
        self._tags = {fact_id: tag for fact_id, (tag, _) in encoded.items()}
        self._encoded = {fact_id: raw for fact_id, (_, raw) in encoded.items()}


def entities_of(facts: Mapping[str, Fact]) -> Iterator[EntityFact]:
    """The people and bodies among ``facts``: from a cached desk, only they are decoded."""
    held = facts.facts if isinstance(facts, FactBase) else facts
    if isinstance(held, EncodedFacts):
        return held.entities()
    return (fact for fact in held.values() if isinstance(fact, EntityFact))


def _quantity(fields: Fields, kind: type[QuantityFact], common: dict[str, object]) -> QuantityFact:
    if fields.has("series"):
        for key in ("value", "low", "high"):
            if fields.has(key):
                raise fields.at_key(
                    key,
                    f"{fields.what} holds a 'series': its value is the latest point's,"
                    f" so give no {key!r}",
                )
        points = _series(fields)
        return kind(value=points[-1].value, unit=fields.text("unit"), series=points, **common)  # type: ignore[arg-type]
    value = fields.number("value")
    low = fields.number("low")
    high = fields.number("high")
    if value is None:
        if low is None or high is None:
            raise fields.error(
                fields.mapping.mark, f"{fields.what} needs 'value' (or 'low' and 'high')"
            )
        value = (low + high) / 2
    if low is not None and high is not None and low > high:
        raise fields.at_value("low", f"'low' of {fields.what} is above its 'high'")
    return kind(value=value, low=low, high=high, unit=fields.text("unit"), **common)  # type: ignore[arg-type]


_POINT_KEYS = ("at", "value")


def _series(fields: Fields) -> tuple[Point, ...]:
    """A ``series``: a list of ``{at: <date>, value: <number>}``, at least one, no two
    at the same date; kept oldest first whatever the order written."""
    points = []
    seen: dict[DateRange, int] = {}
    for item, _ in fields.mapping_list("series"):
        point = Fields(item, fields.path, f"a point of the series of {fields.what}")
        point.only(_POINT_KEYS)
        at = point.date("at", required=True)
        value = point.number("value", required=True)
        assert at is not None
        assert value is not None
        if at in seen:
            raise point.at_value(
                "at",
                f"the series of {fields.what} has two points at {at} (lines {seen[at]}"
                f" and {item.value_mark('at').line})",
            )
        seen[at] = item.value_mark("at").line
        points.append(Point(at, value))
    if not points:
        raise fields.at_value("series", f"the 'series' of {fields.what} is empty")
    return tuple(sorted(points, key=lambda p: (p.at.start, p.at.end)))


def _places(fields: Fields) -> tuple[str, ...]:
    """A date fact's ``place``: one name or a list, most specific first. An empty
    list, a name that is no words, or one name twice is a mistake worth stopping on."""
    if not fields.has("place"):
        return ()
    places = fields.texts("place")
    if not places:
        raise fields.at_value("place", f"'place' of {fields.what} is empty")
    seen: dict[str, str] = {}
    for place in places:
        key = fold(place)
        if not key:
            raise fields.at_value("place", f"{place!r} in 'place' of {fields.what} names no place")
        if key in seen:
            raise fields.at_value(
                "place", f"'place' of {fields.what} lists {seen[key]!r} twice (as {place!r})"
            )
        seen[key] = place
    return places


def _role(item: YamlMap, fields: Fields) -> Role:
    role = Fields(item, fields.path, f"a role of {fields.what}")
    role.only(_ROLE_KEYS)
    titles = tuple(t for t in (role.text("title"), *role.texts("aliases")) if t)
    if not titles and not role.has("of"):
        raise role.error(item.mark, f"a role of {fields.what} needs a 'title', an 'of', or both")
    start, end = role.date("from"), role.date("to")
    if start and end and end.end < start.start:
        raise role.at_value("to", "a role cannot end before it starts")
    return Role(
        titles=titles,
        of=role.texts("of"),
        start=start,
        end=end,
        ended=role.flag("ended") or end is not None,
    )


def _fact(fact_id: str, mapping: YamlMap, path: str, line: int) -> Fact:
    fields = Fields(mapping, path, f"fact {fact_id!r}")
    fact_type = fields.text("type", required=True)
    if fact_type not in _KEYS:
        raise fields.at_value(
            "type", f"unknown fact type {fact_type!r}; expected one of: " + ", ".join(_KEYS)
        )
    if fact_type != "date" and "place" in mapping:
        raise fields.at_key(
            "place",
            f"'place' is where an event was: only a date fact has one, and {fields.what}"
            f" is a {fact_type} fact",
        )
    fields.only(_COMMON + _KEYS[fact_type])
    common: dict[str, object] = {
        "id": fact_id,
        "label": fields.text("label"),
        "sources": fields.texts("sources", required=True),
        "disputed": fields.flag("disputed"),
        "note": fields.text("note"),
        "cues": fields.texts("cues"),
        "about": fields.texts("about"),
        "path": path,
        "line": line,
    }
    if fact_type == "date":
        return DateFact(
            value=fields.date("value", required=True),  # type: ignore[arg-type]
            place=_places(fields),
            **common,  # type: ignore[arg-type]
        )
    if fact_type in ("number", "count", "percent"):
        kind = {"number": QuantityFact, "count": CountFact, "percent": PercentFact}[fact_type]
        return _quantity(fields, kind, common)
    if fact_type == "range":
        low = fields.number("low")
        high = fields.number("high")
        if low is None or high is None:
            raise fields.error(fields.mapping.mark, f"{fields.what} needs 'low' and 'high'")
        if low > high:
            raise fields.at_value("low", f"'low' of {fields.what} is above its 'high'")
        return RangeFact(
            low=low,
            high=high,
            unit=fields.text("unit"),
            percent=fields.flag("percent"),
            **common,  # type: ignore[arg-type]
        )
    if fact_type == "rank":
        return RankFact(
            value=fields.integer("value", required=True),
            of=fields.text("of"),
            **common,  # type: ignore[arg-type]
        )
    if fact_type in ("person", "entity"):
        roles = tuple(_role(item, fields) for item, _ in fields.mapping_list("roles"))
        if fact_type == "person":
            return PersonFact(
                name=fields.text("name", required=True),
                variants=fields.texts("variants"),
                roles=roles,
                born=fields.date("born"),
                **common,  # type: ignore[arg-type]
            )
        return EntityFact(
            name=fields.text("name", required=True),
            variants=fields.texts("variants"),
            roles=roles,
            **common,  # type: ignore[arg-type]
        )
    if fact_type == "score":
        return _score(fields, common)
    return AttributeFact(
        value=fields.text("value", required=True),
        accepted=fields.texts("accepted"),
        **common,  # type: ignore[arg-type]
    )


def _pair(fields: Fields, key: str) -> tuple[int, int] | None:
    """Two whole numbers from 0 ("scores: [3, 1]"), or None when the key is absent."""
    if not fields.has(key):
        return None
    value = fields.raw(key)
    if (
        not isinstance(value, list)
        or len(value) != 2
        or any(isinstance(n, bool) or not isinstance(n, int) or n < 0 for n in value)
    ):
        raise fields.at_value(
            key, f"{key!r} of {fields.what} must be two whole numbers from 0, as [3, 1]"
        )
    return int(value[0]), int(value[1])


def _score(fields: Fields, common: dict[str, object]) -> ScoreFact:
    """A score fact: two sides, what each scored, and who won when the score does not
    say it (a level game decided on penalties)."""
    sides = fields.texts("sides", required=True)
    if len(sides) != 2 or fold(sides[0]) == fold(sides[1]):
        raise fields.at_value("sides", f"'sides' of {fields.what} must be two different sides")
    scores = _pair(fields, "scores")
    if scores is None:
        raise fields.error(fields.mapping.mark, f"{fields.what} needs 'scores'")
    shootout = _pair(fields, "shootout")
    after = fields.text("after") or ("penalties" if shootout is not None else "")
    winner = fields.text("winner")
    if winner and winner not in sides:
        raise fields.at_value(
            "winner", f"'winner' of {fields.what} must be one of its sides: {', '.join(sides)}"
        )
    if winner and scores[0] != scores[1] and sides[scores.index(max(scores))] != winner:
        raise fields.at_value(
            "winner", f"'winner' of {fields.what} is {winner!r}, but the other side scored more"
        )
    if shootout is not None and shootout[0] == shootout[1]:
        raise fields.at_value("shootout", f"'shootout' of {fields.what} has no winner")
    if shootout is not None and scores[0] != scores[1]:
        raise fields.at_key(
            "shootout", f"{fields.what} has a 'shootout', but its score is not level"
        )
    if winner and shootout is not None and sides[shootout.index(max(shootout))] != winner:
        raise fields.at_value(
            "winner", f"'winner' of {fields.what} is {winner!r}, but lost the shoot-out"
        )
    return ScoreFact(
        sides=(sides[0], sides[1]),
        scores=scores,
        after=after,
        shootout=shootout,
        winner=winner,
        **common,  # type: ignore[arg-type]
    )


def parse_fact_file(text: str, path: str) -> list[Fact]:
    """The facts of one file, in file order. Raises ``InputError``."""
    return [fact for fact, _ in _parse_fact_file(text, path)]


def _parse_fact_file(text: str, path: str) -> list[tuple[Fact, YamlMap]]:
    """The facts of one file with the mapping each was read from, for the checks
    that need the whole fact base (``_check_about``)."""
    document = load_yaml(text, path)
    if document is None:
        return []
    if not isinstance(document, YamlMap):
        raise InputError(path, "a fact file must be a mapping from fact id to fact", 1, 1)
    facts = []
    for fact_id, body in document.items():
        mark = document.key_mark(fact_id)
        if not isinstance(fact_id, str) or not FACT_ID.match(fact_id):
            raise InputError(
                path,
                f"bad fact id {fact_id!r}: use letters, digits and . _ - : (no spaces)",
                mark.line,
                mark.column,
            )
        if not isinstance(body, YamlMap):
            value_mark = document.value_mark(fact_id)
            raise InputError(
                path, f"fact {fact_id!r} must be a mapping", value_mark.line, value_mark.column
            )
        facts.append((_fact(fact_id, body, path, mark.line), body))
    return facts


def load_facts(files: Iterable[Path], root: Path) -> FactBase:
    """Load and merge fact files; the same id in two places is an error."""
    with collector_paused():
        return _load_facts(files, root)


def _load_facts(files: Iterable[Path], root: Path) -> FactBase:
    facts: dict[str, Fact] = {}
    names = []
    read: list[tuple[Fact, YamlMap]] = []
    for file in files:
        name = display_path(file, root)
        names.append(name)
        for fact, body in _parse_fact_file(read_text(file, name), name):
            read.append((fact, body))
            if fact.id in facts:
                first = facts[fact.id]
                raise InputError(
                    name,
                    f"fact id {fact.id!r} is already defined at {first.path}:{first.line}",
                    fact.line,
                    1,
                )
            facts[fact.id] = fact
    for fact, body in read:
        _check_about(fact, body, facts)
    return FactBase(facts, tuple(names))


def _check_about(fact: Fact, body: YamlMap, facts: Mapping[str, Fact]) -> None:
    """Each id in a fact's ``about`` is an entity or person of the desk; the error
    points at the id that is not."""
    if not fact.about:
        return
    value = body["about"]
    items = list(value) if isinstance(value, YamlList) else [value]
    for index, item in enumerate(items):
        about = str(item).strip()
        if isinstance(facts.get(about), EntityFact):
            continue
        mark = value.item_mark(index) if isinstance(value, YamlList) else body.value_mark("about")
        known = facts.get(about)
        why = (
            f"which is a {_TYPE_NAMES.get(type(known), 'other')} fact, not an entity or person"
            if known is not None
            else "which is no fact of the desk"
        )
        raise InputError(
            fact.path,
            f"'about' of fact {fact.id!r} names {about!r}, {why}: 'about' takes the id of"
            " an entity or person fact",
            mark.line,
            mark.column,
        )
