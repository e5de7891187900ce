"""Generate a large synthetic desk: seeded, offline, and checkable.

    python benchmarks/make_desk.py FOLDER [--articles 10000] [--seed 1]

Writes facts/ (people, events, figures and shares, in files of 500 facts),
articles/ (one Markdown file per article, with front matter), claims.yaml (every
claim's exact position), and the desk's pytest check and settings. Each article
states about eight facts: names, dates, counts and percentages. About one claim in
fifty is planted wrong (a count off by some), so the gate has failures to report,
as a real desk would.

The same seed gives byte-identical files.
"""

from __future__ import annotations

import argparse
import random
import sys
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from factsuite.scaffold import CHECK, CONFTEST, PYPROJECT

FACTS_PER_FILE = 500
WRONG_EVERY = 50  # about one claim in this many is planted wrong
MONTHS = (  # English whatever the locale (calendar.month_name follows it)
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
)  # fmt: skip
SYLLABLES = (
    "ka", "ri", "mo", "sen", "ta", "lo", "vi", "na", "dor", "el", "an", "us", "be", "ra", "ko",
    "mi", "zu", "fe", "lin", "ot", "ar", "is", "ve", "no", "ha", "tu", "ger", "sal", "pi",
    "da", "mar", "quen", "bo", "ru", "tis", "la", "wen", "ya", "ci", "om",
)  # fmt: skip
PLACES = (
    "Arden", "Belmar", "Corvo", "Dunmore", "Elsin", "Falk", "Garran", "Holt", "Ismere",
    "Jorvik", "Kell", "Lorne",
)  # fmt: skip


@dataclass(frozen=True)
class Person:
    id: str
    name: str


@dataclass(frozen=True)
class Event:
    id: str
    label: str
    day: date


@dataclass(frozen=True)
class Figure:
    id: str
    label: str
    value: int


@dataclass(frozen=True)
class Share:
    id: str
    label: str
    value: float


def _word(rng: random.Random, syllables: int) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(syllables)).capitalize()


def make_people(rng: random.Random, count: int) -> list[Person]:
    """Distinct two-word names; no two share a folded form."""
    seen: set[str] = set()
    people = []
    while len(people) < count:
        name = f"{_word(rng, 2)} {_word(rng, 3)}"
        if name.lower() in seen:
            continue
        seen.add(name.lower())
        people.append(Person(f"person-{len(people):05d}", name))
    return people


def make_facts(
    rng: random.Random, articles: int
) -> tuple[list[Person], list[Event], list[Figure], list[Share]]:
    scale = max(1, articles // 10)
    people = make_people(rng, 3 * scale)
    kinds = ("summit", "election", "flood", "strike", "fair")
    events = [
        Event(
            f"event-{i:05d}.date",
            f"the {rng.choice(PLACES)} {rng.choice(kinds)} no. {i}",
            date(2000, 1, 1) + timedelta(days=rng.randrange(9000)),
        )
        for i in range(2 * scale)
    ]
    figures = [
        Figure(f"figure-{i:05d}", f"people counted in survey {i}", rng.randrange(30, 90000))
        for i in range(2 * scale)
    ]
    shares = [
        Share(f"share-{i:05d}", f"turnout in district {i}", round(rng.uniform(5, 95), 1))
        for i in range(scale)
    ]
    return people, events, figures, shares


def _source(fact_id: str) -> str:
    return f"  sources: [https://example.org/archive/{fact_id}]\n"


def fact_files(
    people: list[Person], events: list[Event], figures: list[Figure], shares: list[Share]
) -> dict[str, str]:
    entries: list[tuple[str, str]] = []
    for p in people:
        entries.append(("people", f"{p.id}:\n  type: person\n  name: {p.name}\n" + _source(p.id)))
    for e in events:
        entries.append(
            (
                "events",
                f"{e.id}:\n  type: date\n  label: {e.label}\n  value: {e.day.isoformat()}\n"
                + _source(e.id),
            )
        )
    for f in figures:
        entries.append(
            (
                "figures",
                f"{f.id}:\n  type: count\n  label: {f.label}\n  value: {f.value}\n" + _source(f.id),
            )
        )
    for s in shares:
        entries.append(
            (
                "shares",
                f"{s.id}:\n  type: percent\n  label: {s.label}\n  value: {s.value}\n"
                + _source(s.id),
            )
        )
    files: dict[str, list[str]] = {}
    counters: dict[str, int] = {}
    for group, text in entries:
        index = counters.get(group, 0)
        counters[group] = index + 1
        files.setdefault(f"facts/{group}-{index // FACTS_PER_FILE:03d}.yaml", []).append(text)
    return {name: "".join(texts) for name, texts in files.items()}


def _date_text(day: date) -> str:
    return f"{MONTHS[day.month - 1]} {day.day}, {day.year}"


class ArticleWriter:
    """Builds one article's lines and records each claim's exact position."""

    def __init__(self, path: str, front_matter: list[str]):
        self.path = path
        self.lines = list(front_matter)
        self.claims: list[str] = []

    def sentence(self, parts: list[tuple[str, str | None, str | None]]) -> None:
        """A line of prose from parts: (text, kind, fact); parts with a kind are claims."""
        line = ""
        for text, kind, fact in parts:
            if kind is not None:
                self.claims.append(
                    f"  - article: {self.path}\n    line: {len(self.lines) + 1}\n"
                    f"    column: {len(line) + 1}\n    quote: {_yaml_quote(text)}\n"
                    f"    kind: {kind}\n    fact: {fact}\n    status: confirmed\n"
                )
            line += text
        self.lines.append(line)
        self.lines.append("")

    def text(self) -> str:
        return "\n".join(self.lines).rstrip("\n") + "\n"


def _yaml_quote(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def write_article(
    rng: random.Random,
    index: int,
    facts: tuple[list[Person], list[Event], list[Figure], list[Share]],
) -> tuple[str, str, list[str]]:
    people, events, figures, shares = facts
    published = date(2024, 1, 1) + timedelta(days=rng.randrange(600))
    path = f"articles/{index:05d}-{_word(rng, 2).lower()}-report.md"
    writer = ArticleWriter(
        path,
        [
            "---",
            f"title: Report {index} from {rng.choice(PLACES)}",
            f"published: {published}",
            "---",
        ],
    )
    for _ in range(2):
        person, event = rng.choice(people), rng.choice(events)
        writer.sentence(
            [
                (person.name, "name", person.id),
                (f" spoke about {event.label}, held on ", None, None),
                (_date_text(event.day), "date", event.id),
                (", to a crowd of reporters.", None, None),
            ]
        )
    for _ in range(2):
        figure, share, person = rng.choice(figures), rng.choice(shares), rng.choice(people)
        value = figure.value
        if rng.randrange(WRONG_EVERY) == 0:
            value += rng.choice([-1, 1]) * max(2, value // 10)  # a planted error
        writer.sentence(
            [
                ("According to ", None, None),
                (person.name, "name", person.id),
                (", the survey counted ", None, None),
                (f"{value:,}", "number", figure.id),
                (" people, and turnout reached ", None, None),
                (f"{share.value}%", "percent", share.id),
                (".", None, None),
            ]
        )
    return path, writer.text(), writer.claims


def make_desk(folder: Path, articles: int, seed: int) -> list[str]:
    """Write the desk into ``folder``; return the article paths, in order."""
    rng = random.Random(seed)
    facts = make_facts(rng, articles)
    for name, text in fact_files(*facts).items():
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_text(text, encoding="utf-8")
    (folder / "articles").mkdir(parents=True, exist_ok=True)
    paths, claims = [], ["version: 1\nclaims:\n"]
    for index in range(articles):
        path, text, article_claims = write_article(rng, index, facts)
        (folder / path).write_text(text, encoding="utf-8")
        paths.append(path)
        claims.extend(article_claims)
    (folder / "claims.yaml").write_text("".join(claims), encoding="utf-8")
    (folder / "checks").mkdir(exist_ok=True)
    (folder / "checks" / "test_claims.py").write_text(CHECK, encoding="utf-8")
    (folder / "conftest.py").write_text(CONFTEST, encoding="utf-8")
    (folder / "pyproject.toml").write_text(PYPROJECT, encoding="utf-8")
    return paths


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path, help="where to write the desk (created if missing)")
    parser.add_argument("--articles", type=int, default=10_000, help="how many (default: 10000)")
    parser.add_argument("--seed", type=int, default=1, help="random seed (default: 1)")
    args = parser.parse_args(argv)
    args.folder.mkdir(parents=True, exist_ok=True)
    paths = make_desk(args.folder, args.articles, args.seed)
    print(f"wrote {len(paths)} articles to {args.folder}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
