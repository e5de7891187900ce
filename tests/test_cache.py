"""The parsed-desk cache: a hit is the same desk, any change misses, damage is harmless."""

from __future__ import annotations

import gc
import os
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import msgspec
import pytest

from factsuite import cache
from factsuite.claims import load_claims
from factsuite.desk import Desk
from factsuite.errors import InputError
from factsuite.facts import EncodedFacts, fact_files, load_facts
from factsuite.kinds import registry
from tests.conftest import FACTS
from tests.test_context_lazy import collector_states
from tests.test_kinds import SHOUT_KIND, shout_desk

CLAIMS = """\
version: 1
claims:
  - article: articles/a.md
    line: 6
    column: 24
    quote: "26"
    kind: number
    fact: leaders
    status: confirmed
  - article: articles/a.md
    line: 5
    column: 56
    quote: next week
    kind: date
    fact: parade.date
    status: confirmed
"""


class Counting:
    """``parse`` for ``load_cached``, counting how often the desk is really parsed."""

    def __init__(self, root: Path):
        self.root = root
        self.calls = 0

    def inputs(self) -> list[Path]:
        return [*fact_files(self.root / "facts"), self.root / "claims.yaml"]

    def __call__(self) -> cache.Parsed:
        self.calls += 1
        facts = load_facts(fact_files(self.root / "facts"), self.root)
        return facts, load_claims(self.root / "claims.yaml", "claims.yaml", facts)

    def load(self) -> cache.Parsed:
        return cache.load_cached(self.root, self.inputs(), self)


@pytest.fixture
def desk(make_desk: Callable[..., Path]) -> Path:
    return make_desk(claims=CLAIMS)


def test_a_hit_returns_equal_facts_and_claims(desk: Path) -> None:
    parse = Counting(desk)
    fresh = parse.load()
    cached = parse.load()
    assert parse.calls == 1
    assert cached == fresh
    assert cached[0].facts == fresh[0].facts  # typed facts, roles and dates included
    assert cached[0].files == ("facts/base.yaml",)
    assert len(cached[1]) == 2
    assert cache.cache_path(desk).is_file()


def test_desk_load_uses_the_cache(desk: Path) -> None:
    first = Desk.load(desk)
    assert cache.cache_path(desk).is_file()
    second = Desk.load(desk)
    assert second.facts == first.facts
    assert second.claims == first.claims
    assert [r.verdict for r in second.results()] == [r.verdict for r in first.results()]


def test_changing_a_fact_file_invalidates(desk: Path) -> None:
    parse = Counting(desk)
    parse.load()
    (desk / "facts" / "base.yaml").write_text(FACTS.replace("value: 26", "value: 27"), "utf-8")
    facts, _ = parse.load()
    assert parse.calls == 2
    assert facts["leaders"].value == 27  # type: ignore[union-attr]
    assert Desk.load(desk).facts["leaders"].value == 27  # type: ignore[union-attr]


def test_adding_a_fact_file_or_changing_claims_invalidates(desk: Path) -> None:
    parse = Counting(desk)
    parse.load()
    (desk / "facts" / "more.yaml").write_text(
        "extra:\n  type: count\n  value: 1\n  sources: [x]\n", "utf-8"
    )
    assert "extra" in parse.load()[0]
    (desk / "claims.yaml").write_text(
        CLAIMS.replace("status: confirmed", "status: pending"), "utf-8"
    )
    _, claims = parse.load()
    assert {c.status for c in claims} == {"pending"}
    assert parse.calls == 3


def test_the_same_bytes_hit_even_when_touched(desk: Path) -> None:
    parse = Counting(desk)
    parse.load()
    text = (desk / "claims.yaml").read_bytes()
    (desk / "claims.yaml").write_bytes(text)  # a new mtime, the same contents
    parse.load()
    assert parse.calls == 1


@pytest.mark.parametrize(
    "damage",
    [b"", b"\x00", b"not msgpack at all", b"\x93\x01\x02", b"\xc1" * 100],
    ids=["empty", "nul", "text", "wrong-shape", "invalid"],
)
def test_a_corrupt_cache_file_is_ignored(desk: Path, damage: bytes) -> None:
    parse = Counting(desk)
    fresh = parse.load()
    cache.cache_path(desk).write_bytes(damage)
    assert parse.load() == fresh
    assert parse.calls == 2
    assert parse.load() == fresh  # and it was rewritten whole
    assert parse.calls == 2


def test_a_truncated_cache_file_is_ignored(desk: Path) -> None:
    parse = Counting(desk)
    fresh = parse.load()
    path = cache.cache_path(desk)
    path.write_bytes(path.read_bytes()[:-7])
    assert parse.load() == fresh
    assert parse.calls == 2


def test_an_unwritable_cache_is_only_slower(desk: Path) -> None:
    (desk / cache.CACHE_DIR).write_text("a file where the folder should be", "utf-8")
    parse = Counting(desk)
    first = parse.load()
    assert parse.load() == first
    assert parse.calls == 2


def test_input_errors_are_never_cached(desk: Path) -> None:
    (desk / "facts" / "base.yaml").write_text(FACTS + "leaders:\n  type: count\n", "utf-8")
    for _ in range(2):
        with pytest.raises(InputError, match="duplicate key 'leaders'"):
            Desk.load(desk)
    assert not cache.cache_path(desk).exists()


def test_the_cache_keeps_itself_out_of_git(desk: Path) -> None:
    Desk.load(desk)
    assert (desk / cache.CACHE_DIR / ".gitignore").read_text("utf-8").splitlines()[-1] == "*"


def test_without_the_cache_nothing_is_written(desk: Path) -> None:
    Desk.load(desk, use_cache=False)
    assert not (desk / cache.CACHE_DIR).exists()


def test_the_key_depends_on_contents_and_names(desk: Path) -> None:
    inputs = [desk / "facts" / "base.yaml", desk / "claims.yaml"]
    key = cache.cache_key(desk, inputs)
    assert cache.cache_key(desk, inputs) == key
    (desk / "facts" / "base.yaml").rename(desk / "facts" / "renamed.yaml")
    assert cache.cache_key(desk, [desk / "facts" / "renamed.yaml", desk / "claims.yaml"]) != key


def test_facts_are_cached_as_arrays_not_maps_of_their_field_names(desk: Path) -> None:
    """Field names repeated in each of 100,000 facts were a third of the cache, and
    of the time to read it back."""
    Desk.load(desk)
    entry = msgspec.msgpack.decode(cache.cache_path(desk).read_bytes())
    person = next(fact for fact in entry["facts"] if fact[0] == "person")
    assert "kim-jong-un" in person  # a list: the tag, then the fields' values
    assert "Kim Jong Un" in person
    roles = person[3]  # after the tag, the name and the variants
    assert roles[0][:2] == [["leader"], ["North Korea"]]  # a role is an array too


def test_the_collector_waits_while_the_name_index_is_built(
    desk: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Watched where the index is built: Context.names, on first use, not Desk.load.
    states = collector_states(monkeypatch)
    assert Desk.load(desk).context.names is not None
    assert states
    assert not any(states)
    assert gc.isenabled()


@pytest.fixture
def in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Run in ``tmp_path``; sys.path, sys.modules and the installed registry as they were after."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr("sys.path", list(sys.path))
    yield
    sys.modules.pop("deskkinds", None)
    registry.load()


@pytest.mark.usefixtures("in_tmp")
def test_editing_a_desk_kind_module_drops_the_parsed_desk(tmp_path: Path) -> None:
    """A desk's own kind decides which claims parse (its ``fact_types``), yet its
    module is no input file: the parsed desk is keyed on its source, or a check
    after the edit would judge claims.yaml as the old kind read it."""
    root = shout_desk(tmp_path, '["deskkinds:ShoutKind"]')
    assert [c.kind for c in Desk.load(root).claims] == ["shout"]  # parsed, and kept
    assert [c.kind for c in Desk.load(root).claims] == ["shout"]  # the same source: a hit
    edited = SHOUT_KIND.replace(
        "import AttributeFact, Verdict", "import AttributeFact, CountFact, Verdict"
    ).replace("fact_types = (AttributeFact,)", "fact_types = (CountFact,)", 1)
    (root / "deskkinds.py").write_text(edited, encoding="utf-8")
    sys.modules.pop("deskkinds")  # the next process imports the module as it is now
    with pytest.raises(InputError, match="a shout claim cannot be checked against"):
        Desk.load(root)


def hashed_by_name(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The sizes of what the cache hashes from now on."""
    sizes: list[int] = []
    sha256 = cache._sha256

    def counted(data: bytes) -> bytes:
        sizes.append(len(data))
        return sha256(data)

    monkeypatch.setattr(cache, "_sha256", counted)
    return sizes


def test_an_input_whose_stat_is_unchanged_is_not_hashed_again(
    desk: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Hashing a 10k desk's 15 MB claims.yaml on every check was a tenth of the hook."""
    monkeypatch.setattr(cache, "_RACY_NS", 0)  # as if every file were written long ago
    first = Desk.load(desk)
    hashed = hashed_by_name(monkeypatch)
    second = Desk.load(desk)
    assert hashed == []
    assert second.claims == first.claims
    claims = desk / "claims.yaml"
    claims.write_text(CLAIMS.replace("status: confirmed", "status: pending"), "utf-8")
    assert {c.status for c in Desk.load(desk).claims} == {"pending"}
    assert hashed == [claims.stat().st_size]  # the edited file alone


def test_an_edit_that_puts_back_the_size_and_mtime_is_still_seen(
    desk: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Size and mtime alone would miss it; the ctime, which no program sets, does not."""
    monkeypatch.setattr(cache, "_RACY_NS", 0)
    claims = desk / "claims.yaml"
    before = claims.stat()
    assert {c.status for c in Desk.load(desk).claims} == {"confirmed"}
    claims.write_text(CLAIMS.replace("status: confirmed", 'status: "pending"'), "utf-8")
    os.utime(claims, ns=(before.st_atime_ns, before.st_mtime_ns))
    assert claims.stat().st_size == before.st_size  # '"pending"' is as long as "confirmed"
    assert {c.status for c in Desk.load(desk).claims} == {"pending"}


def test_a_file_written_just_now_is_hashed_on_every_load(
    desk: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Another write in the same tick of a coarse clock could keep its stat: a file
    changed within two seconds is not remembered (as git's racily clean entries)."""
    # "Just now" as a minute, not the two seconds themselves: on a loaded machine the
    # fixture's writes and the first load can take longer than that, and the test
    # would fail for the machine's speed, not the rule's.
    monkeypatch.setattr(cache, "_RACY_NS", 60 * 10**9)
    Desk.load(desk)
    hashed = hashed_by_name(monkeypatch)
    Desk.load(desk)
    assert sorted(hashed) == sorted(
        path.stat().st_size
        for path in (desk / "facts" / "base.yaml", desk / "claims.yaml", desk / "pyproject.toml")
    )


def test_the_code_fingerprint_follows_every_module_and_word_list(tmp_path: Path) -> None:
    """factsuite's code keys every cache; each file counts by its stat signature, or,
    when changed in the last two seconds, by its bytes."""
    package = tmp_path / "factsuite"
    (package / "data" / "en").mkdir(parents=True)
    (package / "__pycache__").mkdir()
    module, words = package / "model.py", package / "data" / "en" / "months.txt"
    module.write_text("A = 1\n", "utf-8")
    words.write_text("January\n", "utf-8")
    now = time.time_ns()
    first = cache._fingerprint_of(str(package), now)
    assert cache._fingerprint_of(str(package), now) == first
    (package / "__pycache__" / "model.cpython-311.pyc").write_bytes(b"\0")
    (package / "notes").write_text("not code", "utf-8")
    assert cache._fingerprint_of(str(package), now) == first
    module.write_text("A = 2\n", "utf-8")  # the same size, just now: read
    edited = cache._fingerprint_of(str(package), time.time_ns())
    assert edited != first
    words.write_text("Janvier\n", "utf-8")
    assert cache._fingerprint_of(str(package), time.time_ns()) != edited
    later = time.time_ns() + 10 * cache._RACY_NS  # every file long written: by signature
    settled = cache._fingerprint_of(str(package), later)
    assert cache._fingerprint_of(str(package), later) == settled
    os.utime(module, ns=(now, now))
    assert cache._fingerprint_of(str(package), later) != settled


def test_the_code_fingerprint_leaves_out_the_pytest_plugin(tmp_path: Path) -> None:
    """plugin.py shows what the core found and keys nothing a cache holds: editing it
    does not send a 10k desk back to extracting every article."""
    package = tmp_path / "factsuite"
    (package / "kinds").mkdir(parents=True)
    (package / "plugin.py").write_text("A = 1\n", "utf-8")
    (package / "kinds" / "plugin.py").write_text("B = 1\n", "utf-8")
    now = time.time_ns()
    first = cache._fingerprint_of(str(package), now)
    (package / "plugin.py").write_text("A = 22\n", "utf-8")
    assert cache._fingerprint_of(str(package), time.time_ns()) == first
    (package / "kinds" / "plugin.py").write_text("B = 22\n", "utf-8")  # not the face: counts
    assert cache._fingerprint_of(str(package), time.time_ns()) != first


def test_a_cached_desk_decodes_only_the_facts_its_checks_look_up(desk: Path) -> None:
    """Decoding all of a 10k desk's facts was 15-30 ms of every pre-commit hook."""
    Desk.load(desk)  # parsed, and kept
    cached = Desk.load(desk)
    facts = cached.facts.facts
    assert isinstance(facts, EncodedFacts)
    assert facts._decoded == {}
    assert set(facts) == {"parade.date", "leaders", "trade.share", "kim-jong-un"}
    results = list(cached.results())
    assert set(facts._decoded) == {"parade.date", "leaders"}  # what the two claims cite
    assert [r.verdict for r in results] == [
        r.verdict for r in Desk.load(desk, use_cache=False).results()
    ]


def _damage_cached_fact(desk: Path, fact_id: str) -> None:
    """Leave the desk cache's entry of ``fact_id`` with no fields: it does not decode."""
    path = cache.cache_path(desk)
    entry = msgspec.msgpack.decode(path.read_bytes())
    entry["facts"][entry["ids"].index(fact_id)] = ["count"]
    path.write_bytes(msgspec.msgpack.encode(entry))


def test_a_damaged_cached_fact_is_parsed_again(desk: Path) -> None:
    fresh = Desk.load(desk).facts
    _damage_cached_fact(desk, "leaders")
    cached = Desk.load(desk).facts
    assert isinstance(cached.facts, EncodedFacts)
    assert cached["leaders"] == fresh["leaders"]
    assert dict(cached) == dict(fresh)


def test_every_cached_fact_decoded_at_once_is_each_decoded_alone(desk: Path) -> None:
    """Building an Extractor reads every fact: they are decoded in one call."""
    Desk.load(desk)
    one_by_one, at_once = Desk.load(desk).facts.facts, Desk.load(desk).facts.facts
    assert isinstance(at_once, EncodedFacts)
    assert isinstance(one_by_one, EncodedFacts)
    at_once["leaders"]  # one decoded already, kept as it is
    at_once.decode_all()
    assert list(at_once._decoded) != []
    assert set(at_once._decoded) == set(one_by_one)
    assert {i: at_once._decoded[i] for i in one_by_one} == dict(one_by_one)
    at_once.decode_all()  # nothing left to decode


def test_a_damaged_fact_decoded_with_all_others_is_parsed_again(desk: Path) -> None:
    fresh = Desk.load(desk).facts
    _damage_cached_fact(desk, "leaders")
    cached = Desk.load(desk).facts.facts
    assert isinstance(cached, EncodedFacts)
    cached.decode_all()
    assert dict(cached) == dict(fresh)


def test_building_the_extractor_decodes_every_fact_at_once(
    desk: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    Desk.load(desk)
    cached = Desk.load(desk)
    decoded: list[int] = []
    real = EncodedFacts.decode_all

    def counted(self: EncodedFacts) -> None:
        decoded.append(len(self._encoded) - len(self._decoded))
        real(self)

    monkeypatch.setattr(EncodedFacts, "decode_all", counted)
    cached.extractor()
    assert decoded == [4]


def test_the_name_index_of_a_cached_desk_decodes_only_its_people(desk: Path) -> None:
    """Each fact's type is kept beside it, so the index of names need not decode the
    dates and figures of the desk to find its people."""
    Desk.load(desk)
    cached = Desk.load(desk)
    assert cached.context.names.forms_of("kim-jong-un") == ["kim jong un"]
    facts = cached.facts.facts
    assert isinstance(facts, EncodedFacts)
    assert set(facts._decoded) == {"kim-jong-un"}


def test_a_desk_loaded_as_of_claims_read_earlier_is_that_copy(sample_desk: Path) -> None:
    """``extract`` reads claims.yaml, then loads the desk to merge into that copy:
    from the cache, the parse of those bytes, whatever the file holds since (the
    write then refuses a file saved meanwhile); not in the cache, the file as it is."""
    claims = sample_desk / "claims.yaml"
    first = claims.read_bytes()
    read = cache._sha256(first)
    Desk.load(sample_desk)  # cached
    saved = first.replace(b"status: pending", b"status: confirmed", 1)
    assert saved != first
    claims.write_bytes(saved)
    as_read = Desk.load(sample_desk, claims_read=read)
    assert dict(as_read.inputs or ())["claims.yaml"] == read
    now = Desk.load(sample_desk)
    assert dict(now.inputs or ())["claims.yaml"] == cache._sha256(saved)
    assert as_read.claims != now.claims
    claims.write_bytes(first)
    assert as_read.claims == Desk.load(sample_desk, use_cache=False).claims
    claims.write_bytes(saved)
    unknown = Desk.load(sample_desk, claims_read=cache._sha256(b"never cached"))
    assert unknown.claims == now.claims
    assert dict(unknown.inputs or ())["claims.yaml"] == cache._sha256(saved)


def test_the_collector_waits_while_every_fact_is_decoded(
    desk: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Every fact decoded stays alive, with no cycles: a collection then is pure cost."""
    from factsuite import facts as facts_module

    Desk.load(desk)
    cached = Desk.load(desk).facts.facts
    assert isinstance(cached, EncodedFacts)
    states: list[bool] = []
    decoder = facts_module._FACTS

    class Watched:
        def decode(self, data: bytes) -> object:
            states.append(gc.isenabled())
            return decoder.decode(data)

    monkeypatch.setattr(facts_module, "_FACTS", Watched())
    cached.decode_all()
    assert states == [False]
    assert gc.isenabled()
