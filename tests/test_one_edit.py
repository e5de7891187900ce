"""Extracting one edited article at archive scale (issue 17): what its process spends
no time on, and what it writes as a full extraction writes it."""

from __future__ import annotations

import gc
import io
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factsuite import cache, claimswrite, hook
from factsuite.cache import ClaimIndex
from factsuite.claimswrite import ReadBytes
from factsuite.desk import Desk
from factsuite.extraction.command import run
from factsuite.model import Claim
from tests.test_extraction_cache import refuse_yaml
from tests.test_extraction_prepared import _indexed as indexed

# ``factsuite extract ARTICLE`` run in a fresh process, then printing which of these
# modules it imported.
_EXTRACT_AND_LIST = """
import sys
from factsuite.hook import main
status = main(["extract", "--no-progress", sys.argv[1]])
heavy = ("multiprocessing",)
print("imported:", ",".join(name for name in heavy if name in sys.modules))
sys.exit(status)
"""


def test_extracting_one_article_imports_no_multiprocessing(sample_desk: Path) -> None:
    article = sorted((sample_desk / "articles").iterdir())[0]
    with article.open("a", encoding="utf-8") as stream:
        stream.write("\nOfficials counted 41 people at the scene.\n")
    command = [sys.executable, "-c", _EXTRACT_AND_LIST, str(article)]
    done = subprocess.run(command, cwd=sample_desk, capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    assert "(written)" in done.stdout
    assert done.stdout.endswith("imported: \n")


def test_the_console_script_collects_in_larger_batches_while_it_runs(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    seen: list[tuple[int, ...]] = []

    def answered(*args: object) -> int:
        seen.append(gc.get_threshold())
        return 0

    monkeypatch.setattr(hook, "answered", answered)
    before = gc.get_threshold()
    frozen = gc.get_freeze_count()
    assert hook.main(["check", "articles/a.md"]) == 0
    assert seen == [(hook.COLLECTOR_THRESHOLD, *before[1:])]
    assert before[0] < hook.COLLECTOR_THRESHOLD
    assert gc.get_threshold() == before  # as it was, for a caller that goes on
    assert gc.get_freeze_count() == frozen  # and nothing frozen for it


def test_the_console_script_freezes_what_it_made_before_the_process_ends(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Run as the script (no arguments given), Python's exit would walk every object
    made, to free nothing; frozen, it does not."""
    monkeypatch.setattr(hook, "answered", lambda *args: 0)
    monkeypatch.setattr(sys, "argv", ["factsuite", "check", "articles/a.md"])
    thresholds = gc.get_threshold()
    gc.unfreeze()
    try:
        assert hook.main() == 0
        assert gc.get_freeze_count() > 0
    finally:  # this process goes on: collected as before
        gc.unfreeze()
        gc.set_threshold(*thresholds)


# claims.yaml spliced as bytes: what a full extraction writes ------------------------


def extract(root: Path, *paths: str, check: bool = False) -> tuple[int, str]:
    out, err = io.StringIO(), io.StringIO()
    status = run(root, list(paths), check, False, out, err)
    return status, out.getvalue() + err.getvalue()


def append(article: Path, figure: int) -> None:
    with article.open("a", encoding="utf-8") as stream:
        stream.write(f"\nOfficials counted {figure} people at the scene.\n")


def reword_a_confirmed_claim(root: Path, article: Path) -> None:
    """The first confirmed claim of ``article`` loses its words: a person's decision
    whose quote is gone, kept (and listed) by extract."""
    relative = article.relative_to(root).as_posix()
    desk = Desk.load(root, use_cache=False)
    claim = next(
        c
        for c in desk.claims
        if c.article == relative and c.status == "confirmed" and len(c.quote) > 3
    )
    text = article.read_text("utf-8")
    article.write_text(text.replace(claim.quote, "something else entirely"), "utf-8")


def test_edited_articles_spliced_as_bytes_are_what_a_full_extraction_writes(
    sample_desk: Path, tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert extract(sample_desk)[0] == 0  # the cache says claims.yaml is extract's own
    before = Desk.load(sample_desk, use_cache=False).claims
    other = tmp_path_factory.mktemp("other")
    shutil.copytree(sample_desk, other, dirs_exist_ok=True)
    shutil.rmtree(other / cache.CACHE_DIR)
    for root in (sample_desk, other):
        articles = sorted((root / "articles").iterdir())
        append(articles[1], 41)
        reword_a_confirmed_claim(root, articles[3])
        append(articles[3], 42)
    status, said = extract(other)  # no cache: parsed, merged, rendered whole
    assert status == 0
    assert "kept, stale" in said
    full = (other / "claims.yaml").read_bytes()

    def refuse(*args: object) -> None:
        raise AssertionError("claims.yaml decoded or rendered whole")

    monkeypatch.setattr("factsuite.extraction.command.rendered", refuse)
    monkeypatch.setattr(ReadBytes, "snapshot", refuse)
    paths = [str(p) for p in sorted((sample_desk / "articles").iterdir())]
    assert extract(sample_desk, paths[1])[0] == 0  # one article
    status, said = extract(sample_desk, paths[3], paths[0])  # two: one kept as it was
    assert status == 0
    assert "kept, stale" in said
    assert (sample_desk / "claims.yaml").read_bytes() == full
    assert extract(sample_desk, paths[1], paths[3], check=True)[0] == 0  # told without decoding
    monkeypatch.undo()
    after = Desk.load(sample_desk, use_cache=False).claims
    decided = {
        (c.article, c.quote, c.kind, c.status, c.reason) for c in before if c.status != "pending"
    }
    kept = {(c.article, c.quote, c.kind, c.status, c.reason) for c in after}
    assert decided <= kept  # no decision lost
    refuse_yaml(monkeypatch)  # and the cache holds what parsing the file gives
    assert Desk.load(sample_desk).claims == after


def test_an_edit_not_yet_extracted_is_told_out_of_date_from_the_bytes(
    sample_desk: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert extract(sample_desk)[0] == 0
    article = sorted((sample_desk / "articles").iterdir())[2]
    monkeypatch.setattr(ReadBytes, "snapshot", None)  # never decoded
    assert extract(sample_desk, str(article), check=True)[0] == 0
    append(article, 43)
    status, said = extract(sample_desk, str(article), check=True)
    assert (status, "1 new" in said) == (1, True)


def test_a_crlf_claims_yaml_is_spliced_as_text_in_its_own_endings(
    sample_desk: Path, tmp_path_factory: pytest.TempPathFactory
) -> None:
    path = sample_desk / "claims.yaml"
    path.write_bytes(path.read_bytes().replace(b"\n", b"\r\n"))
    article = sorted((sample_desk / "articles").iterdir())[1]
    append(article, 44)
    assert extract(sample_desk)[0] == 0  # rendered whole, in CRLF: the cache says so
    other = tmp_path_factory.mktemp("other")
    shutil.copytree(sample_desk, other, dirs_exist_ok=True)
    shutil.rmtree(other / cache.CACHE_DIR)
    for root in (sample_desk, other):
        append(sorted((root / "articles").iterdir())[1], 45)
    assert extract(other)[0] == 0
    assert extract(sample_desk, str(article))[0] == 0  # spliced as text
    written = path.read_bytes()
    assert written == (other / "claims.yaml").read_bytes()
    assert written.count(b"\r\n") == written.count(b"\n")


@settings(max_examples=200, deadline=None)
@given(indexed(), st.booleans())
def test_splicing_bytes_is_splicing_lines_encoded(
    case: tuple[str, ClaimIndex, dict[str, tuple[list[str], list[Claim]]]], wide: bool
) -> None:
    text, index, blocks = case
    if wide:  # characters of two and three bytes: offsets in bytes are not in characters
        text = text.replace("  - ", "  - é€ ")
        blocks = {
            a: ([line.replace("  - ", "  - é€ ") for line in b], c) for a, (b, c) in blocks.items()
        }
    by_lines = index._spliced_by_lines(text, blocks)
    data = text.encode()
    in_bytes = index.splice_bytes(data, blocks)
    if by_lines is None:
        assert in_bytes is None
        return
    assert in_bytes is not None
    pieces, spliced, same = in_bytes
    joined = b"".join(pieces)
    assert joined == by_lines[0].encode()
    assert spliced._runs == by_lines[1]._runs
    assert same == (joined == data)


@pytest.mark.parametrize("at_once", [3, 1 << 20])
def test_claims_yaml_saved_since_it_was_read_is_never_overwritten(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, at_once: int
) -> None:
    monkeypatch.setattr(claimswrite, "_COMPARED_AT_ONCE", at_once)  # piece edges everywhere
    path = tmp_path / "claims.yaml"
    path.write_bytes(b"version: 1\nclaims: []\n# a comment\n")
    read = claimswrite.read_bytes(path, "claims.yaml")
    path.write_bytes(b"version: 1\nclaims: []\n# a Comment\n")  # the same size, saved
    with pytest.raises(claimswrite.ChangedSinceReadError):
        claimswrite.replace_claims(path, [b"version: 1\n", b"claims: []\n"], read, "claims.yaml")
    assert path.read_bytes() == b"version: 1\nclaims: []\n# a Comment\n"
    for saved in (b"version: 1\nclaims: []\n", b"version: 1\nclaims: []\n# a comment\n#\n"):
        path.write_bytes(saved)  # shorter, longer
        with pytest.raises(claimswrite.ChangedSinceReadError):
            claimswrite.replace_claims(path, [b"x"], read, "claims.yaml")
    path.write_bytes(b"version: 1\nclaims: []\n# a comment\n")  # as read: written
    claimswrite.replace_claims(path, [b"version: 1\n", memoryview(b"claims: []\n")], read, "c")
    assert path.read_bytes() == b"version: 1\nclaims: []\n"


# The desk's cache after one edited article: a small chunk, not every claim again ----


def chunk_files(root: Path) -> dict[str, int]:
    folder = root / cache.CACHE_DIR
    return {p.name: p.stat().st_size for p in folder.glob(f"{cache.CHUNK_PREFIX}*")}


def test_one_edited_article_keeps_its_claims_in_a_chunk_of_their_own(sample_desk: Path) -> None:
    assert extract(sample_desk)[0] == 0
    (first,) = chunk_files(sample_desk).items()
    articles = sorted((sample_desk / "articles").iterdir())
    for figure in (46, 47):  # the second edit's chunk replaces the first's
        append(articles[2], figure)
        assert extract(sample_desk, str(articles[2]))[0] == 0
        chunks = chunk_files(sample_desk)
        assert len(chunks) == 2
        assert chunks[first[0]] == first[1]  # the others' claims, where they were
        assert sum(chunks.values()) < 2 * first[1]
    parsed = Desk.load(sample_desk, use_cache=False).claims
    assert Desk.load(sample_desk).claims == parsed


def test_past_the_most_chunks_every_claim_goes_into_one(
    sample_desk: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(cache, "_MOST_CHUNKS", 3)
    assert extract(sample_desk)[0] == 0
    articles = sorted((sample_desk / "articles").iterdir())
    counts = []
    for k, article in enumerate(articles):
        append(article, 50 + k)
        assert extract(sample_desk, str(article))[0] == 0
        counts.append(len(chunk_files(sample_desk)))
    assert counts == [2, 3, 1, 2, 3]
    parsed = Desk.load(sample_desk, use_cache=False).claims
    refuse_yaml(monkeypatch)
    assert Desk.load(sample_desk).claims == parsed


def test_a_chunk_gone_means_parsing_again(sample_desk: Path) -> None:
    assert extract(sample_desk)[0] == 0
    parsed = Desk.load(sample_desk, use_cache=False).claims
    for name in chunk_files(sample_desk):
        (sample_desk / cache.CACHE_DIR / name).unlink()
    assert Desk.load(sample_desk).claims == parsed


@pytest.mark.parametrize("damage", ["short", "garbage"])
def test_a_damaged_chunk_means_parsing_again(sample_desk: Path, damage: str) -> None:
    assert extract(sample_desk)[0] == 0
    parsed = Desk.load(sample_desk, use_cache=False).claims
    (name,) = chunk_files(sample_desk)
    path = sample_desk / cache.CACHE_DIR / name
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2] if damage == "short" else b"\xc1" * len(data))
    assert Desk.load(sample_desk).claims == parsed


def test_an_index_keeps_its_chunks_when_a_later_store_removes_them(sample_desk: Path) -> None:
    """A command's desk holds the claims.yaml it read: a store by another command
    meanwhile, removing the chunk it named, does not change them under it."""
    assert extract(sample_desk)[0] == 0
    loaded = Desk.load(sample_desk)
    before = Desk.load(sample_desk, use_cache=False).claims
    article = sorted((sample_desk / "articles").iterdir())[1]
    append(article, 48)
    (sample_desk / "claims.yaml").write_text(
        (sample_desk / "claims.yaml")
        .read_text("utf-8")
        .replace("status: confirmed", "status: pending", 1),
        "utf-8",
    )
    assert extract(sample_desk)[0] == 0  # rendered whole: one new chunk, the old removed
    assert len(chunk_files(sample_desk)) == 1
    assert loaded.claims == before
