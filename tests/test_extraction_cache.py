"""Extraction cached per article: a hit is what extracting gives, and skips the work;
an edited article, a changed fact or a damaged entry is extracted again."""

from __future__ import annotations

import io
import shutil
from datetime import date
from pathlib import Path

import msgspec
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factsuite import cache
from factsuite.articles import Article
from factsuite.claims import parse_claims
from factsuite.daterange import DateRange
from factsuite.desk import Desk
from factsuite.extraction import Extractor, claimsfile
from factsuite.extraction.claimsfile import DEFAULT_HEADER, render, rendered
from factsuite.extraction.command import run
from factsuite.kinds import registry
from factsuite.model import Claim


class Spy:
    """Counts the articles really extracted (not answered from the cache)."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.paths: list[str] = []
        extract = Extractor.extract

        def counted(extractor: Extractor, article: Article) -> list[Claim]:
            self.paths.append(article.path)
            return extract(extractor, article)

        monkeypatch.setattr(Extractor, "extract", counted)


def extract(root: Path, *paths: str, check: bool = False) -> tuple[int, str]:
    out, err = io.StringIO(), io.StringIO()
    status = run(root, list(paths), check, False, out, err)
    return status, out.getvalue() + err.getvalue()


def entries(root: Path) -> list[Path]:
    return sorted((root / cache.CACHE_DIR / cache.EXTRACTED_DIR).glob("*.msgpack"))


def test_claims_yaml_is_byte_identical_with_a_cold_and_a_warm_cache(
    sample_desk: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    spy = Spy(monkeypatch)
    (sample_desk / "claims.yaml").unlink()
    assert extract(sample_desk)[0] == 0
    cold = (sample_desk / "claims.yaml").read_bytes()
    articles = sorted(
        p.relative_to(sample_desk).as_posix() for p in (sample_desk / "articles").iterdir()
    )
    assert sorted(spy.paths) == articles
    assert len(entries(sample_desk)) == len(articles)

    (sample_desk / "claims.yaml").unlink()
    spy.paths.clear()
    assert extract(sample_desk)[0] == 0
    assert spy.paths == []  # every article answered from its entry
    assert (sample_desk / "claims.yaml").read_bytes() == cold


def test_the_sample_desk_stays_up_to_date_from_the_cache(
    sample_desk: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert extract(sample_desk, check=True)[0] == 0
    spy = Spy(monkeypatch)
    status, out = extract(sample_desk, check=True)
    assert (status, spy.paths) == (0, [])
    assert "is up to date" in out


def test_only_the_edited_article_is_extracted_again(
    sample_desk: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    extract(sample_desk)
    spy = Spy(monkeypatch)
    edited = sorted((sample_desk / "articles").iterdir())[1]
    edited.write_text(edited.read_text("utf-8") + "\nA new last sentence.\n", "utf-8")
    extract(sample_desk)
    assert spy.paths == [edited.relative_to(sample_desk).as_posix()]
    before = len(entries(sample_desk))
    spy.paths.clear()
    extract(sample_desk)
    assert spy.paths == []
    assert len(entries(sample_desk)) == before  # the article's entry was replaced, not added


def test_a_changed_fact_file_or_pyproject_extracts_every_article_again(
    sample_desk: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    extract(sample_desk)
    spy = Spy(monkeypatch)
    fact_file = sorted((sample_desk / "facts").glob("*.yaml"))[0]
    fact_file.write_text(fact_file.read_text("utf-8") + "\n# a comment\n", "utf-8")
    extract(sample_desk)
    assert len(spy.paths) == len(entries(sample_desk))
    spy.paths.clear()
    pyproject = sample_desk / "pyproject.toml"
    pyproject.write_text(pyproject.read_text("utf-8") + "\n", "utf-8")
    extract(sample_desk)
    assert len(spy.paths) == len(entries(sample_desk))


@pytest.mark.parametrize("damage", [b"", b"\xc1garbage", b"\x92\xa3abc\x90"])
def test_a_damaged_entry_is_extracted_again(
    sample_desk: Path, monkeypatch: pytest.MonkeyPatch, damage: bytes
) -> None:
    (sample_desk / "claims.yaml").unlink()
    extract(sample_desk)
    expected = (sample_desk / "claims.yaml").read_bytes()
    first = entries(sample_desk)[0]
    first.write_bytes(damage)
    spy = Spy(monkeypatch)
    (sample_desk / "claims.yaml").unlink()
    assert extract(sample_desk)[0] == 0
    assert len(spy.paths) == 1
    assert (sample_desk / "claims.yaml").read_bytes() == expected


def test_an_entry_under_another_key_is_not_used(sample_desk: Path) -> None:
    desk = Desk.load(sample_desk)
    path = desk.article_paths()[0]
    article = desk.article(path)
    stored = cache.ExtractionCache(sample_desk, "one key")
    stored.put(article, [])
    assert stored.get(article) == []
    assert cache.ExtractionCache(sample_desk, "another key").get(article) is None
    other = Desk.load(sample_desk).article(desk.article_paths()[1])
    assert stored.get(other) is None


def test_the_hook_reads_extraction_from_the_cache(
    sample_desk: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cold = Desk.load(sample_desk)
    paths = cold.article_paths()
    expected = cold.gate_claims(cold.checked_claims(), paths)

    def refuse(*args: object) -> None:
        raise AssertionError("the Extractor was built")

    monkeypatch.setattr(Extractor, "__init__", refuse)
    warm = Desk.load(sample_desk)
    assert warm.gate_claims(warm.checked_claims(), paths) == expected


def test_without_the_cache_extraction_writes_no_entry(sample_desk: Path) -> None:
    desk = Desk.load(sample_desk, use_cache=False)
    path = desk.article_paths()[0]
    assert desk.extract(desk.article(path))
    assert not (sample_desk / cache.CACHE_DIR).exists()


def test_a_cache_folder_symlinked_out_gets_no_entries(
    sample_desk: Path, tmp_path_factory: pytest.TempPathFactory
) -> None:
    outside = tmp_path_factory.mktemp("outside")
    (sample_desk / cache.CACHE_DIR).mkdir()
    (sample_desk / cache.CACHE_DIR / cache.EXTRACTED_DIR).symlink_to(
        outside, target_is_directory=True
    )
    assert extract(sample_desk, check=True)[0] == 0
    assert list(outside.iterdir()) == []


# The gate's cache, written by extract ----------------------------------------------


def refuse_yaml(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object) -> None:
        raise AssertionError("YAML was parsed")

    monkeypatch.setattr("factsuite.desk.load_facts", refuse)
    monkeypatch.setattr("factsuite.desk.load_claims", refuse)


def verdicts(desk: Desk) -> list[tuple[str, int, int, str, str]]:
    paths = desk.article_paths()
    return [
        (r.claim.article, r.claim.line, r.claim.column, r.claim.quote, r.verdict)
        for r in desk.results(desk.gate_claims(desk.checked_claims(), paths))
    ]


def test_a_check_right_after_extract_reads_no_yaml_and_judges_as_a_cold_run(
    sample_desk: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    edited = sorted((sample_desk / "articles").iterdir())[2]
    text = edited.read_text("utf-8")
    edited.write_text(text + "\nThe parade drew 27 foreign leaders.\n", "utf-8")
    status, out = extract(sample_desk)
    assert (status, "(written)" in out) == (0, True)
    cold = Desk.load(sample_desk, use_cache=False)
    refuse_yaml(monkeypatch)
    warm = Desk.load(sample_desk)
    assert warm.facts == cold.facts
    assert warm.claims == cold.claims  # positions in claims.yaml (source_line) too
    assert verdicts(warm) == verdicts(cold)


def test_a_check_right_after_extract_from_scratch_reads_no_yaml(
    sample_desk: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (sample_desk / "claims.yaml").write_text("version: 1\r\nclaims: []\r\n", "utf-8")
    assert extract(sample_desk)[0] == 0
    assert b"\r\n" in (sample_desk / "claims.yaml").read_bytes()  # its line endings kept
    cold = Desk.load(sample_desk, use_cache=False)
    refuse_yaml(monkeypatch)
    assert Desk.load(sample_desk).claims == cold.claims


def test_a_claims_yaml_saved_after_extract_is_parsed_again(sample_desk: Path) -> None:
    (sample_desk / "claims.yaml").unlink()
    extract(sample_desk)
    path = sample_desk / "claims.yaml"
    path.write_text(
        path.read_text("utf-8").replace("status: pending", "status: confirmed"), "utf-8"
    )
    assert {c.status for c in Desk.load(sample_desk).claims} == {"confirmed"}


_TEXT = st.text(st.characters(exclude_categories=("Cs",)), max_size=12)
_DAYS = st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31))


@st.composite
def claims_to_write(draw: st.DrawFn) -> Claim:
    status = draw(st.sampled_from(("pending", "confirmed", "ignored")))
    start, end = sorted(draw(st.lists(_DAYS, min_size=2, max_size=2)))
    return Claim(
        article=draw(st.sampled_from(("articles/a.md", " articles/b c.md", "articles/ü.txt"))),
        line=draw(st.integers(1, 10**6)),
        column=draw(st.integers(1, 10**6)),
        quote=draw(_TEXT.filter(bool)),
        kind=draw(st.sampled_from(registry.names())),
        status=status,  # type: ignore[arg-type]
        reason=draw(_TEXT.filter(str.strip)) if status == "ignored" else draw(_TEXT),
        stated=draw(st.none() | _TEXT),
        at=draw(st.none() | st.just(DateRange(start, end))),
        reviewed_quote=draw(st.none() | _TEXT.filter(bool)),
        recorded=draw(st.booleans()),
        was=draw(st.none() | _TEXT),
    )


@given(
    st.lists(claims_to_write(), max_size=6), st.sampled_from(("", DEFAULT_HEADER, "# a\n\n# b\n"))
)
@settings(max_examples=100, deadline=None)
def test_rendered_claims_are_what_parsing_the_text_gives(claims: list[Claim], header: str) -> None:
    text, as_parsed = rendered(claims, header)
    assert text == render(claims, header)
    if as_parsed is None:  # only where YAML reads a value over several lines
        assert any(c in text for c in "\x85\u2028\u2029")
    else:
        assert as_parsed == parse_claims(text, "claims.yaml", {})


def test_one_article_decodes_only_its_own_claims() -> None:
    mine = [Claim(article="a.md", line=1, column=1, quote="26", kind="number", source_line=2)]
    damaged = msgspec.Raw(b"\xc1")

    def reparse() -> list[Claim]:
        raise AssertionError("parsed again")

    # Encoded, a run's claims count their lines from the run's own (here line 4).
    encoded = msgspec.Raw(msgspec.msgpack.encode(mine))
    index = cache.ClaimIndex([("a.md", 4, encoded), ("b.md", 11, damaged)], reparse)
    assert index.select(["a.md"]) == [msgspec.structs.replace(mine[0], source_line=6)]


def test_a_damaged_group_of_claims_means_parsing_again() -> None:
    claims = [
        Claim(article=name, line=1, column=k, quote="26", kind="number")
        for k, name in enumerate(("a.md", "b.md", "a.md"), 1)
    ]
    runs = [
        ("a.md", 0, msgspec.Raw(msgspec.msgpack.encode(claims[:1]))),
        ("b.md", 0, msgspec.Raw(b"\xc1")),
    ]
    assert cache.ClaimIndex(runs, lambda: claims).all() == claims
    assert cache.ClaimIndex(runs, lambda: claims).select(["b.md", "a.md"]) == claims


@given(
    st.text(alphabet=st.sampled_from("aZ09 _.,%$/()'-:#\"!&*?|>@`~+=éy"), max_size=12)
    | st.sampled_from(
        ("26", "yes", "No", "null", "1e3", "2019-01-01", "0x1F", "1_000", "3:25", ".5", "~")
    )
    | st.text(max_size=8)
)
@settings(max_examples=500, deadline=None)
def test_a_scalar_is_written_as_the_yaml_emitter_writes_it(value: str) -> None:
    assert claimsfile._scalar(value) == claimsfile._dumped(value)


# One edited article: its lines spliced into claims.yaml ------------------------------


def edit(root: Path, k: int, figure: int) -> str:
    article = sorted((root / "articles").iterdir())[k]
    article.write_text(
        article.read_text("utf-8") + f"\nOfficials counted {figure} people at the scene.\n",
        "utf-8",
    )
    return str(article)  # absolute: a relative path is read from the current folder first


def test_one_edited_article_is_spliced_into_claims_yaml_as_a_full_render_writes_it(
    sample_desk: Path, tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    edit(sample_desk, 0, 40)
    assert "(written)" in extract(sample_desk)[1]  # as extract writes it: the cache says so
    other = tmp_path_factory.mktemp("other")
    shutil.copytree(sample_desk, other, dirs_exist_ok=True)
    shutil.rmtree(other / cache.CACHE_DIR)
    for root in (sample_desk, other):
        edit(root, 1, 41)
        edit(root, 3, 42)
    assert (
        extract(other, str(other / "articles"))[0] == 0
    )  # no cache: parsed, merged, rendered whole
    full = (other / "claims.yaml").read_bytes()

    def refuse(*args: object) -> None:
        raise AssertionError("claims.yaml rendered whole")

    monkeypatch.setattr("factsuite.extraction.command.rendered", refuse)
    paths = [str(p) for p in sorted((sample_desk / "articles").iterdir())]
    assert extract(sample_desk, paths[1])[0] == 0
    assert extract(sample_desk, paths[3])[0] == 0
    assert (sample_desk / "claims.yaml").read_bytes() == full
    parsed = Desk.load(sample_desk, use_cache=False).claims
    refuse_yaml(monkeypatch)  # and the cache holds what parsing it gives
    assert Desk.load(sample_desk).claims == parsed


def test_a_hand_edited_claims_yaml_is_rendered_whole(sample_desk: Path) -> None:
    edit(sample_desk, 0, 40)
    extract(sample_desk)
    path = sample_desk / "claims.yaml"
    path.write_text(path.read_text("utf-8").replace("\n  - article", "\n\n  - article", 1), "utf-8")
    edited = edit(sample_desk, 2, 43)
    assert extract(sample_desk, edited)[0] == 0
    assert "\n\n  - article" not in path.read_text("utf-8")  # its layout is extract's again
    assert extract(sample_desk, check=True)[0] == 0


def test_an_article_left_without_claims_leaves_no_lines(sample_desk: Path) -> None:
    (sample_desk / "claims.yaml").unlink()
    extract(sample_desk)
    article = sorted((sample_desk / "articles").iterdir())[0]
    text = article.read_text("utf-8")
    article.write_text(text[: text.index("---", 3) + 4] + "Nothing to check here.\n", "utf-8")
    path = article.relative_to(sample_desk).as_posix()
    assert extract(sample_desk, str(article))[0] == 0
    written = (sample_desk / "claims.yaml").read_text("utf-8")
    assert f"article: {path}" not in written
    assert extract(sample_desk, check=True)[0] == 0


def test_a_claims_yaml_found_up_to_date_is_spliced_next_time(
    sample_desk: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    Desk.load(sample_desk)  # the cache filled by a parse: it cannot vouch for the layout
    assert extract(sample_desk, check=True)[0] == 0  # extract renders it: the same text
    edited = edit(sample_desk, 2, 44)

    def refuse(*args: object) -> None:
        raise AssertionError("claims.yaml rendered whole")

    monkeypatch.setattr("factsuite.extraction.command.rendered", refuse)
    assert "(written)" in extract(sample_desk, edited)[1]
    monkeypatch.undo()
    assert extract(sample_desk, check=True)[0] == 0


def test_editing_a_desk_kind_module_changes_the_extraction_key(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A desk's own kind is not factsuite's code: its source keys the extraction
    cache, or an edited ``find`` would be answered with what the old one found."""
    from tests.test_kinds import SHOUT_KIND

    module = tmp_path / "editedkind.py"
    module.write_text(SHOUT_KIND, encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    try:
        registry.load(["editedkind:ShoutKind"])
        before = cache.extraction_key(())
        assert cache.extraction_key(()) == before  # the same source, the same key
        module.write_text(SHOUT_KIND + "\n# find changed\n", encoding="utf-8")
        assert cache.extraction_key(()) != before
    finally:
        registry.load()
    assert cache.extraction_key(()) != before  # without the kind, another key again
