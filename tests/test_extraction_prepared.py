"""What an Extractor derives from every fact, kept in the desk's cache: the same
claims from a kept entry as from deriving it, and a stale or damaged entry derived
again; and binding's per-fact readings worked out only for the facts it weighs."""

from __future__ import annotations

import gc
import io
import shutil
from pathlib import Path

import msgspec
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factsuite import cache
from factsuite.cache import ClaimIndex
from factsuite.desk import Desk
from factsuite.extraction import binding, prepared
from factsuite.extraction.binding import Binder
from factsuite.extraction.command import run
from factsuite.extraction.lexicon import Category, Entry, Lexicon
from factsuite.extraction.pipeline import Extractor, Prepared, prepare
from factsuite.model import Claim
from factsuite.names import NameIndex


def _key(desk: Desk) -> str:
    cached = desk._extraction_cache
    assert cached is not None
    return cached.key


def _same(one: Prepared, other: Prepared) -> None:
    assert one.lexicon.keys == other.lexicon.keys
    assert list(one.lexicon.keys) == list(other.lexicon.keys)  # the order too
    assert one.people == other.people
    assert list(one.people) == list(other.people)
    assert one.about == other.about
    assert list(one.about) == list(other.about)


def _underived(monkeypatch: pytest.MonkeyPatch) -> None:
    """Deriving from the facts fails the test: the entry must be read."""

    def refused(*args: object) -> Prepared:
        raise AssertionError("derived from the facts, not read from the cache")

    monkeypatch.setattr(prepared, "prepare", refused)


def test_a_kept_entry_is_what_deriving_gives(
    sample_desk: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    desk = Desk.load(sample_desk)
    derived = prepare(desk.facts.facts, desk.context)
    prepared.load_prepared(desk.root, _key(desk), desk.facts.facts, desk.context)
    assert prepared.prepared_path(desk.root).exists()
    _underived(monkeypatch)
    kept = prepared.load_prepared(desk.root, _key(desk), desk.facts.facts, desk.context)
    _same(kept, derived)


def test_the_index_of_names_is_kept_too(sample_desk: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """compare.Context.names, folded from every entity's names, comes from the entry."""
    desk = Desk.load(sample_desk)
    facts = desk.facts.facts
    prepared.load_prepared(desk.root, _key(desk), facts, desk.context)
    built = Desk.load(sample_desk).context.names
    context = Desk.load(sample_desk).context

    def refused(*args: object) -> None:
        raise AssertionError("names folded again, not read from the cache")

    monkeypatch.setattr(NameIndex, "add", refused)
    prepared.load_prepared(desk.root, _key(desk), facts, context)
    assert context.names == built
    assert list(context.names.full) == list(built.full)  # the order too
    assert built.full  # the sample desk names people


def test_the_collector_waits_while_a_kept_entry_is_read(
    sample_desk: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Its entries and sets all stay alive, with no cycles: a collection is pure cost."""
    desk = Desk.load(sample_desk)
    prepared.load_prepared(desk.root, _key(desk), desk.facts.facts, desk.context)
    states: list[bool] = []
    made = Lexicon.of

    def watched(merged: dict[str, tuple[Entry, ...]]) -> Lexicon:
        states.append(gc.isenabled())
        return made(merged)

    monkeypatch.setattr(Lexicon, "of", watched)
    prepared.load_prepared(desk.root, _key(desk), desk.facts.facts, desk.context)
    assert states == [False]
    assert gc.isenabled()


def test_a_name_changed_in_the_facts_is_not_read_from_the_kept_index(sample_desk: Path) -> None:
    """The index is kept under the facts' key: a new variant is folded in."""
    Desk.load(sample_desk).extractor()  # kept
    people = sample_desk / "facts" / "people.yaml"
    text = people.read_text("utf-8")
    people.write_text(text.replace("variants: [Kim Jong-un]", "variants: [Kim Jong-un, Kim III]"))
    desk = Desk.load(sample_desk)
    desk.extractor()
    assert "kim iii" in desk.context.names.full


def test_extraction_from_a_kept_entry_is_byte_identical(sample_desk: Path) -> None:
    desk = Desk.load(sample_desk)
    facts = desk.facts.facts
    prepared.load_prepared(desk.root, _key(desk), facts, desk.context)
    kept = prepared.load_prepared(desk.root, _key(desk), facts, desk.context)
    fresh, cached = Extractor(facts, desk.context), Extractor(facts, desk.context, kept)
    paths = desk.article_paths()
    assert paths
    for path in paths:
        article = desk.article(path)
        assert cached.extract(article) == fresh.extract(article), path


@pytest.mark.parametrize(
    "damage",
    [b"", b"\x00garbage", b"\x93\xa3key", None],
    ids=["empty", "garbage", "truncated", "half"],
)
def test_a_damaged_entry_is_derived_again_and_rewritten(
    sample_desk: Path, damage: bytes | None
) -> None:
    desk = Desk.load(sample_desk)
    facts, key = desk.facts.facts, _key(desk)
    good = prepared.load_prepared(desk.root, key, facts, desk.context)
    path = prepared.prepared_path(desk.root)
    whole = path.read_bytes()
    path.write_bytes(whole[: len(whole) // 2] if damage is None else damage)
    _same(prepared.load_prepared(desk.root, key, facts, desk.context), good)
    assert path.read_bytes() == whole


def test_an_entry_under_another_key_is_not_used(
    sample_desk: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    desk = Desk.load(sample_desk)
    facts = desk.facts.facts
    prepared.load_prepared(desk.root, "another desk's facts", {}, desk.context)
    found = prepared.load_prepared(desk.root, _key(desk), facts, desk.context)
    _same(found, prepare(facts, desk.context))
    _underived(monkeypatch)  # and it was kept under the right key
    prepared.load_prepared(desk.root, _key(desk), facts, desk.context)


def test_extracting_an_edited_article_reads_the_kept_entry(
    sample_desk: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    article = sorted((sample_desk / "articles").rglob("*.md"))[0]
    path = article.relative_to(sample_desk).as_posix()
    uncached = sample_desk.parent / "uncached"
    shutil.copytree(sample_desk, uncached)
    out, err = io.StringIO(), io.StringIO()
    assert run(sample_desk, [str(article)], False, False, out, err) == 0, err.getvalue()
    for desk in (sample_desk, uncached):
        with (desk / path).open("a", encoding="utf-8") as stream:
            stream.write("\nOfficials counted 41 people at the scene.\n")
    assert run(uncached, [str(uncached / path)], False, False, out, err) == 0, err.getvalue()
    _underived(monkeypatch)
    assert run(sample_desk, [str(article)], False, False, out, err) == 0, err.getvalue()
    written = (sample_desk / "claims.yaml").read_bytes()
    assert written == (uncached / "claims.yaml").read_bytes()
    assert b"41" in written


_KEYS = st.text(alphabet="abcxyz '", min_size=1, max_size=12).filter(lambda k: k.strip())
_IDS = st.lists(st.text(alphabet="pq-1", min_size=1, max_size=4), max_size=3).map(tuple)
_ENTRIES = st.lists(
    st.builds(Entry, st.sampled_from(list(Category)), _IDS, st.sampled_from(["", "p-1"])),
    min_size=1,
    max_size=3,
).map(tuple)
_NAMED = st.dictionaries(st.text(max_size=5), st.frozensets(st.text(max_size=5)), max_size=4)


@settings(max_examples=60, deadline=None)
@given(st.dictionaries(_KEYS, _ENTRIES, max_size=6), _NAMED, _NAMED)
def test_any_prepared_part_reads_back_as_written(
    tmp_path_factory: pytest.TempPathFactory,
    keys: dict[str, tuple[Entry, ...]],
    people: dict[str, frozenset[str]],
    about: dict[str, frozenset[str]],
) -> None:
    path = tmp_path_factory.mktemp("kept") / prepared.PREPARED_FILE
    written = Prepared(Lexicon.of(keys), people, about)
    names = NameIndex()
    for entity, forms in people.items():
        names.add(entity, sorted(forms))
    prepared._write(path, "k", written, names)
    found = prepared._read(path, "k")
    assert found is not None
    read, read_names = found
    assert read_names == names
    _same(read, written)
    text = " " + " ".join(keys) + " "
    assert [h.key for h in read.lexicon.scan(text)] == [h.key for h in written.lexicon.scan(text)]


def test_binder_reads_a_fact_s_places_only_when_weighing_it(
    sample_desk: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    read: list[str] = []
    named = binding.places_named

    def counted(text: str) -> frozenset[str]:
        read.append(text)
        return named(text)

    monkeypatch.setattr(binding, "places_named", counted)
    facts = Desk.load(sample_desk).facts.facts
    binder = Binder(facts)
    assert read == []
    fid, fact = next(iter(facts.items()))
    assert binder.countries.get(fid) == (named(" | ".join([fact.label, *fact.cues])) or None)
    assert len(read) == 1
    binder.countries.get(fid)  # kept: not read again
    assert len(read) == 1
    assert binder.countries.get("no such fact") is None


# claims.yaml spliced by offsets: what splitting it into lines gives ----------------

_ARTICLES = [f"articles/{k:02}.md" for k in range(12)]


@st.composite
def _indexed(draw: st.DrawFn) -> tuple[str, ClaimIndex, dict[str, tuple[list[str], list[Claim]]]]:
    """A claims.yaml text of runs of lines, its index (some runs decoded, some
    not), and new blocks for some articles (some old, some new, some emptied)."""
    held = draw(st.lists(st.sampled_from(_ARTICLES), unique=True, min_size=1))
    if draw(st.booleans()):
        held.sort()
    lines = ["version: 1", "claims:"][: draw(st.integers(0, 2))]
    runs: list[tuple[str, int, msgspec.Raw | list[Claim]]] = []
    for article in held:
        size = draw(st.integers(1, 4))
        start = len(lines) + 1
        lines.extend(f"  - {article} {n}" for n in range(size))
        claims = [
            Claim(article=article, line=1, column=1, quote="q", kind="number", source_line=n)
            for n in range(1, size + 1)
        ]
        decoded = draw(st.booleans())
        shown = [msgspec.structs.replace(c, source_line=c.source_line + start - 1) for c in claims]
        runs.append(
            (article, start, shown if decoded else msgspec.Raw(msgspec.msgpack.encode(claims)))
        )
    blocks: dict[str, tuple[list[str], list[Claim]]] = {}
    for article in draw(st.lists(st.sampled_from(_ARTICLES), unique=True, max_size=4)):
        size = draw(st.integers(0, 3))
        blocks[article] = (
            [f"  - {article} new {n}" for n in range(size)],
            [
                Claim(article=article, line=2, column=1, quote="q", kind="number", source_line=n)
                for n in range(1, size + 1)
            ],
        )
    return "\n".join([*lines, ""]), ClaimIndex(runs, canonical=True), blocks


@settings(max_examples=200, deadline=None)
@given(_indexed(), st.integers(0, 3))
def test_splicing_by_offsets_is_splicing_by_lines(
    case: tuple[str, ClaimIndex, dict[str, tuple[list[str], list[Claim]]]], chunk: int
) -> None:
    text, index, blocks = case
    by_lines = index._spliced_by_lines(text, blocks)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(cache, "_CHUNK", 1 << chunk)  # chunk edges fall everywhere
        by_offsets = cache._spliced_by_offsets(index, text, blocks)
    if by_lines is None:
        assert by_offsets is None
        return
    assert by_offsets is not None
    assert by_offsets[0] == by_lines[0]
    assert by_offsets[1]._runs == by_lines[1]._runs
    assert by_offsets[1].canonical


def test_line_offsets_across_chunks(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(cache, "_CHUNK", 4)
    text = "ab\n\ncdefgh\ni\n"
    starts = [0, 3, 4, 11, 13]
    assert [cache._line_offset(text, line) for line in range(1, 6)] == starts
    # Counted on from a line already found, as a splice does stretch after stretch.
    for known in range(1, 6):
        since = (known, starts[known - 1])
        assert [cache._line_offset(text, line, since) for line in range(known, 6)] == starts[
            known - 1 :
        ]
