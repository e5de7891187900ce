"""The registry of claim kinds: built-in kinds found through their entry points, a
desk's own kinds named "module:Class", and compare judging by lookup."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import msgspec
import pytest

from factsuite.articles import parse_article
from factsuite.claims import parse_claims
from factsuite.compare import Context, judge
from factsuite.errors import InputError
from factsuite.kinds import ClaimKind, registry
from factsuite.model import (
    AttributeFact,
    Claim,
    CountFact,
    DateFact,
    EntityFact,
    PercentFact,
    PersonFact,
    QuantityFact,
    RangeFact,
    RankFact,
    ScoreFact,
    Verdict,
)

BUILT_IN = {
    "date": (DateFact,),
    "elapsed": (DateFact,),
    "anniversary": (DateFact,),
    "place": (DateFact,),
    "number": (QuantityFact,),
    "quantity": (QuantityFact,),
    "percent": (PercentFact,),
    "name": (EntityFact,),
    "role": (EntityFact,),
    "attribute": (AttributeFact,),
    "money": (QuantityFact,),
    "fraction": (PercentFact,),
    "points": (QuantityFact,),
    "range": (RangeFact, QuantityFact),
    "age": (PersonFact, DateFact, QuantityFact),
    "tenure": (PersonFact,),
    "ordinal": (RankFact, CountFact),
    "score": (ScoreFact,),
}

# A kind a desk or another package would write: one module, one class. It judges an
# attribute claim by whether the quote is the fact's value in capitals.
SHOUT_KIND = """
from factsuite.kinds import ClaimKind, Judgement
from factsuite.model import AttributeFact, Verdict


class ShoutKind(ClaimKind[AttributeFact]):
    name = "shout"
    fact_types = (AttributeFact,)

    def judge(self, claim, fact, situation):
        said = claim.quote
        verdict = Verdict.AGREES if said == fact.value.upper() else Verdict.CONTRADICTS
        where = situation.article.position(situation.where[0])
        return Judgement(verdict, said, fact.value.upper(), f"{said!r} at {where}")


class WhisperKind(ShoutKind):
    name = "whisper"


class NotAKind:
    name = "plain"


class Unfinished(ClaimKind[AttributeFact]):
    name = "unfinished"
    fact_types = (AttributeFact,)


class Clash(ShoutKind):
    name = "date"
"""


@pytest.fixture
def kind_module(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """A module ``shoutkind`` on sys.path; the registry is the installed one again after."""
    modules = tmp_path / "modules"  # a folder of its own: the kinds cache is keyed on it
    modules.mkdir()
    (modules / "shoutkind.py").write_text(SHOUT_KIND, encoding="utf-8")
    monkeypatch.syspath_prepend(str(modules))
    yield "shoutkind"
    registry.load()


@pytest.fixture
def kinds_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """The cache of installed kinds, in a directory of the test's own."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.delenv("FACTSUITE_NO_KINDS_CACHE", raising=False)
    yield tmp_path / "cache" / "factsuite"
    registry.load()


def test_every_built_in_kind_is_registered_by_its_entry_point() -> None:
    loaded = registry.load()
    assert set(loaded.names()) == set(BUILT_IN)
    for name, fact_types in BUILT_IN.items():
        kind = loaded.kind(name)
        assert isinstance(kind, ClaimKind)
        assert kind.name == name
        assert kind.fact_types == fact_types
        assert type(kind).__module__ == f"factsuite.kinds.{name}"


# What a fresh process running ``factsuite check ARTICLE`` imported of the kinds, and
# which kinds the registry made, as "imported|made", each sorted and comma-joined.
_CHECK_AND_LIST_KINDS = """
import contextlib, io, sys
from factsuite import cli
from factsuite.kinds import registry
with contextlib.redirect_stdout(io.StringIO()):
    cli.main(["check", sys.argv[1]])
kinds = [m.rpartition(".")[2] for m in sys.modules if m.startswith("factsuite.kinds.")]
print(",".join(sorted(k for k in kinds if k in registry.names())), end="|")
print(",".join(sorted(registry.current().made())))
"""


def test_a_check_of_one_article_imports_only_the_kinds_it_needs(sample_desk: Path) -> None:
    """factsuite's own kinds are imported on first use: a pre-commit hook on one
    article pays for the kinds of its claims and of the spans found in it, not for
    all eighteen."""
    from factsuite.desk import Desk

    article = "articles/000-kim-rolls-into-beijing.md"
    command = [sys.executable, "-c", _CHECK_AND_LIST_KINDS, article]
    subprocess.run(command, cwd=sample_desk, check=True, capture_output=True)  # caches filled
    kept = subprocess.run(command, cwd=sample_desk, check=True, capture_output=True, text=True)
    assert kept.stdout.strip() == "|"  # its verdicts kept (verdicts.py): no kind is needed
    shutil.rmtree(sample_desk / ".factsuite_cache" / "verdicts")  # judged, the rest warm
    done = subprocess.run(command, cwd=sample_desk, check=True, capture_output=True, text=True)
    imported, made = (set(part.split(",")) - {""} for part in done.stdout.strip().split("|"))
    desk = Desk.load(sample_desk)
    judged = {c.kind for c in desk.index.select([article]) if c.fact is not None}
    spans = {c.kind for c in desk.extract(desk.article(article))}
    assert imported == made
    assert judged <= made <= judged | spans
    assert made < set(BUILT_IN)


def test_a_kind_judges_only_the_facts_it_names() -> None:
    number = registry.kind("number")
    assert number.accepts(CountFact(id="n", value=1, sources=("s",)))
    assert number.accepts(PercentFact(id="p", value=1, sources=("s",)))
    assert not registry.kind("percent").accepts(CountFact(id="n", value=1, sources=("s",)))


ARTICLE = "---\ntitle: T\npublished: 2025-08-28\n---\nThe charge was WAR CRIMES, they said.\n"
CHARGE = AttributeFact(id="charge", value="war crimes", sources=("s",))


def shout_claim(quote: str, kind: str = "shout") -> tuple[Claim, Verdict, str]:
    article = parse_article(ARTICLE, "articles/t.md")
    line, column = article.position(article.text.index(quote))
    claim = Claim(
        article=article.path,
        line=line,
        column=column,
        quote=quote,
        kind=kind,
        fact="charge",
        status="confirmed",
    )
    result = judge(claim, article, Context.build({"charge": CHARGE}))
    return claim, result.verdict, result.message


def test_a_third_party_kind_is_one_module_named_in_load(kind_module: str) -> None:
    loaded = registry.load(extra=[f"{kind_module}:ShoutKind"])
    assert "shout" in loaded.names()
    assert set(BUILT_IN) <= set(loaded.names())
    _, verdict, message = shout_claim("WAR CRIMES")
    assert verdict is Verdict.AGREES
    assert message == "'WAR CRIMES' at (5, 16)"  # the situation gave it the quote's place
    _, verdict, _ = shout_claim("they")
    assert verdict is Verdict.CONTRADICTS


def test_claims_yaml_accepts_a_registered_kind_of_a_desk(kind_module: str) -> None:
    text = (
        "version: 1\nclaims:\n  - {article: articles/t.md, line: 5, column: 16,"
        " quote: WAR CRIMES, kind: shout, fact: charge, status: confirmed}\n"
    )
    facts = {"charge": CHARGE}
    with pytest.raises(InputError, match="'kind' of the claim at line 3 is 'shout'"):
        parse_claims(text, "claims.yaml", facts)
    registry.load(extra=[f"{kind_module}:ShoutKind"])
    (claim,) = parse_claims(text, "claims.yaml", facts)
    assert claim.kind == "shout"


def test_an_unknown_kind_in_claims_yaml_is_a_located_one_line_error() -> None:
    text = (
        "version: 1\nclaims:\n  - article: articles/t.md\n    line: 5\n    column: 16\n"
        "    quote: WAR CRIMES\n    kind: rumour\n"
    )
    with pytest.raises(InputError) as caught:
        parse_claims(text, "claims.yaml", {})
    message = str(caught.value)
    assert message.startswith("claims.yaml:7:11: 'kind' of the claim at line 3 is 'rumour'")
    assert "\n" not in message
    assert "date" in message  # names the kinds there are


def test_a_claim_bound_to_a_fact_its_kind_does_not_judge_is_refused() -> None:
    text = (
        "version: 1\nclaims:\n  - {article: articles/t.md, line: 5, column: 16,"
        " quote: WAR CRIMES, kind: date, fact: charge}\n"
    )
    with pytest.raises(InputError, match="a date claim cannot be checked against 'charge'"):
        parse_claims(text, "claims.yaml", {"charge": CHARGE})


def test_a_hand_built_claim_of_no_known_kind_awaits_review() -> None:
    _, verdict, message = shout_claim("WAR CRIMES", kind="whisper")
    assert verdict is Verdict.NEEDS_REVIEW
    assert "no claim kind is called 'whisper'" in message
    _, verdict, message = shout_claim("WAR CRIMES", kind="date")
    assert verdict is Verdict.NEEDS_REVIEW
    assert "a date claim cannot use 'charge'" in message


@pytest.mark.parametrize(
    ("target", "message"),
    [
        ("nosuchmodule_xyz:Kind", "does not import: ModuleNotFoundError"),
        ("shoutkind:Missing", "module 'shoutkind' has no 'Missing'"),
        ("shoutkind:NotAKind", "is not a ClaimKind subclass"),
        ("shoutkind:Unfinished", "does not define judge"),
        ("shoutkind:Clash", "a kind called 'date', but a kind of that name is already"),
        ("shoutkind", "must be written 'module:Class'"),
    ],
)
def test_a_bad_extra_kind_is_a_one_line_error(kind_module: str, target: str, message: str) -> None:
    with pytest.raises(InputError) as caught:
        registry.load(extra=[target], source="pyproject.toml")
    text = str(caught.value)
    assert text.startswith(f"pyproject.toml: kind {target!r}")
    assert message in text
    assert "\n" not in text


def test_two_extra_kinds_of_one_name_clash(kind_module: str) -> None:
    with pytest.raises(InputError, match="already registered"):
        registry.load(extra=[f"{kind_module}:ShoutKind", f"{kind_module}:ShoutKind"])


def install_distribution(folder: Path, entry_point: str) -> Path:
    """Install (again) a distribution ``shoutkind`` in ``folder`` as pip does: its
    metadata folder made anew, with ``entry_point`` in the group factsuite.kinds."""
    installed = folder / "shoutkind-1.0.dist-info"
    if installed.exists():
        shutil.rmtree(installed)
    installed.mkdir()
    (installed / "METADATA").write_text(
        "Metadata-Version: 2.1\nName: shoutkind\nVersion: 1.0\n", encoding="utf-8"
    )
    (installed / "entry_points.txt").write_text(
        f"[factsuite.kinds]\n{entry_point}\n", encoding="utf-8"
    )
    return installed


def test_installed_kinds_are_remembered_until_the_environment_changes(
    kinds_cache: Path, kind_module: str, tmp_path: Path
) -> None:
    registry.load()
    (cached,) = kinds_cache.glob("kinds-*.json")
    entry = msgspec.json.decode(cached.read_bytes())
    assert ["date", "factsuite.kinds.date:DateKind"] in entry["entry_points"]
    # What the cache holds is what is loaded, without asking importlib.metadata ...
    entry["entry_points"].append(["whisper", f"{kind_module}:WhisperKind"])
    cached.write_bytes(msgspec.json.encode(entry))
    assert "whisper" in registry.load().names()
    # ... even when a folder on sys.path changes, while it holds no distribution ...
    (tmp_path / "modules" / "notes.txt").write_text("", encoding="utf-8")
    assert "whisper" in registry.load().names()
    # ... until a distribution is installed there: it registers its kind, and the
    # cache's own invention is gone.
    installed = install_distribution(tmp_path / "modules", f"shout = {kind_module}:ShoutKind")
    names = registry.load().names()
    assert "shout" in names
    assert "whisper" not in names
    assert names[: len(BUILT_IN)] == tuple(sorted(BUILT_IN))  # factsuite's own first
    # An entry point must be called what its kind is called.
    install_distribution(tmp_path / "modules", f"yell = {kind_module}:ShoutKind")
    with pytest.raises(InputError) as caught:
        registry.load()
    assert str(caught.value) == (
        "shoutkind:ShoutKind: the factsuite.kinds entry point 'yell' names a kind called"
        " 'shout': the two names must be the same"
    )
    shutil.rmtree(installed)  # uninstalled again


def test_a_corrupt_kinds_cache_is_asked_again(kinds_cache: Path) -> None:
    registry.load()
    (cached,) = kinds_cache.glob("kinds-*.json")
    cached.write_text("{not json", encoding="utf-8")
    assert set(registry.load().names()) == set(BUILT_IN)


def test_the_situation_works_out_the_sentence_only_when_asked(kind_module: str) -> None:
    # The shout kind never asks for the sentence: judging it parses no dates.
    from factsuite.kinds.base import Situation

    article = parse_article(ARTICLE, "articles/t.md")
    start = article.text.index("WAR")
    situation = Situation(article, (start, start + 3), Context.build({}))
    assert "sentence" not in vars(situation)
    assert situation.sentence[0].startswith("The charge was WAR CRIMES")
    assert situation.reference == date(2025, 8, 28)
    assert situation.text_after(7) == " CRIMES"


def test_a_kind_names_what_it_expects() -> None:
    assert registry.kind("number").describe_expected(
        QuantityFact(id="b", value=512.4e9, unit="USD", sources=("s",))
    ) == ("512,400,000,000 USD")
    assert registry.kind("date").describe_expected(CHARGE) == "charge"


def test_factsuite_installed_without_its_kinds_says_to_reinstall(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(registry, "_installed", list)  # metadata from before the registry
    with pytest.raises(InputError) as caught:
        registry.load()
    assert str(caught.value) == (
        "factsuite.kinds: none of factsuite's own claim kinds is registered:"
        " reinstall factsuite (pip install -e . in a checkout)"
    )
    monkeypatch.undo()
    registry.load()


DESK_FACTS = """\
charge:
  type: attribute
  label: the charge
  value: war crimes
  sources: [a court filing]
"""
DESK_CLAIMS = """\
version: 1
claims:
  - article: articles/t.md
    line: 5
    column: 16
    quote: WAR CRIMES
    kind: shout
    fact: charge
    status: confirmed
"""


def shout_desk(tmp_path: Path, kinds: str) -> Path:
    """A desk whose pyproject names ``kinds`` and whose folder holds the kind's module."""
    root = tmp_path / "desk"
    (root / "facts").mkdir(parents=True)
    (root / "articles").mkdir()
    (root / "facts" / "base.yaml").write_text(DESK_FACTS, encoding="utf-8")
    (root / "articles" / "t.md").write_text(ARTICLE, encoding="utf-8")
    (root / "claims.yaml").write_text(DESK_CLAIMS, encoding="utf-8")
    (root / "deskkinds.py").write_text(SHOUT_KIND, encoding="utf-8")
    (root / "pyproject.toml").write_text(f"[tool.factsuite]\nkinds = {kinds}\n", "utf-8")
    return root


@pytest.fixture
def clean_registry(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Run in the desk; sys.path, sys.modules and the installed registry as they were after."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr("sys.path", list(__import__("sys").path))
    yield
    __import__("sys").modules.pop("deskkinds", None)
    registry.load()


@pytest.mark.usefixtures("clean_registry")
def test_a_desk_names_its_own_kind_in_its_pyproject(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from factsuite import cli

    os.chdir(shout_desk(tmp_path, '["deskkinds:ShoutKind"]'))
    status = cli.main(["check", "--no-cache", "articles/t.md"])
    out, err = capsys.readouterr()
    assert (status, err) == (0, "")
    assert out == "1 claim: 1 agrees\n"


@pytest.mark.usefixtures("clean_registry")
def test_without_the_pyproject_naming_it_a_desk_kind_is_unknown(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from factsuite import cli

    os.chdir(shout_desk(tmp_path, "[]"))
    status = cli.main(["check", "--no-cache", "articles/t.md"])
    _, err = capsys.readouterr()
    assert status == 2
    assert err.startswith("claims.yaml:7:11: 'kind' of the claim at line 3 is 'shout'")


@pytest.mark.usefixtures("clean_registry")
def test_a_desk_kind_that_does_not_import_is_one_line_in_the_pyproject(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from factsuite import cli

    os.chdir(shout_desk(tmp_path, '["nosuchmodule:ShoutKind"]'))
    status = cli.main(["check", "--no-cache", "articles/t.md"])
    _, err = capsys.readouterr()
    assert status == 2
    assert err.startswith("pyproject.toml: kind 'nosuchmodule:ShoutKind' does not import")
    assert err.count("\n") == 1


# A kind that finds its own spans: a lap number, "lap 12", bound to a count fact
# whose cues stand near it; "lap" alone or a lap in a date is not one.
LAP_KIND = """
import re

from factsuite.kinds import ClaimKind, Found, Judgement
from factsuite.model import CountFact, Verdict

_LAP = re.compile(r"\\blap (\\d+)\\b")


class LapKind(ClaimKind[CountFact]):
    name = "lap"
    fact_types = (CountFact,)

    def find(self, text, reference):
        return [Found(m.start(), m.end(), ("lap",)) for m in _LAP.finditer(text)]

    def binds(self, fact, found):
        return fact.unit == "lap"

    def judge(self, claim, fact, situation):
        said = int(claim.quote.split()[1])
        verdict = Verdict.AGREES if said == fact.value else Verdict.CONTRADICTS
        return Judgement(verdict, claim.quote, f"lap {fact.value:g}", "")
"""
LAP_FACTS = {
    "crash": CountFact(id="crash", value=12, unit="lap", cues=("crashed",), sources=("s",)),
    "laps": CountFact(id="laps", value=58, unit="laps", cues=("race",), sources=("s",)),
}


@pytest.fixture
def lap_kind(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    modules = tmp_path / "lapmodules"
    modules.mkdir()
    (modules / "lapkind.py").write_text(LAP_KIND, encoding="utf-8")
    monkeypatch.syspath_prepend(str(modules))
    registry.load(extra=["lapkind:LapKind"])
    yield "lap"
    registry.load()


@pytest.mark.usefixtures("lap_kind")
def test_a_kind_that_finds_its_own_spans_is_extracted_and_bound_by_cue() -> None:
    from factsuite.extraction import Extractor

    body = "He crashed on lap 13 of the 58-lap race, in lap traffic.\n"
    article = parse_article(f"---\ntitle: T\npublished: 2025-08-28\n---\n{body}", "articles/r.md")
    claims = Extractor(LAP_FACTS).extract(article)
    laps = [c for c in claims if c.kind == "lap"]
    assert [(c.quote, c.fact) for c in laps] == [("lap 13", "crash")]
    # The number inside the kind's span is not a count claim of its own besides.
    assert not [c for c in claims if c.kind == "number" and c.quote == "13"]
    assert judge(laps[0], article, Context.build(LAP_FACTS)).verdict is Verdict.CONTRADICTS


def test_only_the_kinds_that_find_spans_are_asked_to() -> None:
    loaded = registry.load()
    # The first kinds are found by extraction's own readers; the later ones by find.
    assert {k.name for k in loaded.finders} == {
        "age",
        "fraction",
        "ordinal",
        "points",
        "quantity",
        "range",
        "score",
        "tenure",
    }
    # A kind that keeps the default find reads nothing, even where a finder would.
    assert loaded.kind("number").find("He won his third title, aged 19.", date(2025, 1, 1)) == ()
    assert loaded.kind("ordinal").find("He won his third title, aged 19.", date(2025, 1, 1))


def test_the_kinds_that_claim_bound_numbers_say_so_through_the_hook() -> None:
    loaded = registry.load()
    claimers = {k.name for k in loaded.claimers}
    assert claimers == {"money", "quantity", "range"}
    dollars = QuantityFact(id="d", value=5.0, unit="billion dollars", sources=("s",))
    metres = QuantityFact(id="m", value=412, unit="metres", sources=("s",))
    band = RangeFact(id="r", low=3.5, high=3.75, percent=True, sources=("s",))
    seats = CountFact(id="c", value=52, unit="seats", sources=("s",))
    said = {
        (k.name, fact.id, value_kind)
        for k in loaded.claimers
        for fact in (dollars, metres, band, seats)
        for value_kind in ("number", "percent", "date")
        if k.claims_bound(value_kind, fact)
    }
    assert said == {
        ("money", "d", "number"),
        ("quantity", "m", "number"),
        ("range", "r", "number"),
        ("range", "r", "percent"),
    }


@pytest.mark.usefixtures("lap_kind")
def test_a_number_bound_to_a_fact_another_kind_claims_becomes_that_kinds_claim() -> None:
    from factsuite.extraction import Extractor

    facts = {
        "cost": QuantityFact(
            id="cost", value=2.4, unit="million pounds", cues=("repairs cost",), sources=("s",)
        ),
    }
    body = "The repairs cost 2.4 million, the council said.\n"
    article = parse_article(f"---\ntitle: T\npublished: 2025-08-28\n---\n{body}", "articles/c.md")
    claims = Extractor(facts).extract(article)
    assert [(c.quote, c.kind, c.fact) for c in claims if c.fact == "cost"] == [
        ("2.4 million", "money", "cost")
    ]
