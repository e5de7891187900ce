"""A human decision is never lost: not by ``factsuite extract``, not by a concurrent save.

Each test is one way a decision used to be lost (issue 15), with the exact outcome.
"""

from __future__ import annotations

import io
import os
import threading
from pathlib import Path

import pytest
from filelock import FileLock
from hypothesis import given
from hypothesis import strategies as st

from factsuite import claimswrite, cli
from factsuite.articles import parse_article
from factsuite.desk import Desk
from factsuite.errors import InputError
from factsuite.extraction import command
from factsuite.extraction.claimsfile import Merge, merge
from factsuite.invisible import invisible_names
from factsuite.model import Claim, Span

FACTS = """\
footbridge.length:
  type: count
  label: the length of the Riverside footbridge
  value: 412
  unit: metres
  sources:
    - Riverside council planning report, 2023 (p. 4)
footbridge.closure:
  type: date
  label: the closure of the Riverside footbridge for repairs
  value: 2024-06
  sources:
    - Riverside council press release, 2024-06-03
"""

ARTICLE = """\
---
title: Riverside footbridge reopens
published: 2025-06-02
---
The 412-metre footbridge, closed for repairs since last June, reopened on Monday.
"""

HEADER = "version: 1\nclaims:\n"
LENGTH = """\
  - article: articles/footbridge-reopens.md
    line: 5
    column: 5
    quote: "412-metre"
    kind: quantity
    fact: footbridge.length
    status: confirmed
"""
CLOSURE = """\
  - article: articles/footbridge-reopens.md
    line: 5
    column: 52
    quote: last June
    kind: date
    fact: footbridge.closure
    status: confirmed
"""
MONDAY = """\
  - article: articles/footbridge-reopens.md
    line: 5
    column: 72
    quote: on Monday
    kind: date
    status: ignored
    reason: the reopening day is not a fact we keep
"""
STALE_LENGTH = (
    "stale: the reviewed words '412-metre' are no longer in the article; review the claim: restore"
    " the words, or record and confirm the new ones in claims.yaml; or run"
    " `factsuite extract --prune` to drop reviewed claims whose words are gone"
)


def footbridge_desk(root: Path, article: str = ARTICLE, claims: str = LENGTH) -> Path:
    (root / "facts").mkdir(parents=True)
    (root / "facts" / "riverside.yaml").write_text(FACTS, encoding="utf-8")
    (root / "articles").mkdir()
    (root / "articles" / "footbridge-reopens.md").write_text(article, encoding="utf-8")
    (root / "claims.yaml").write_text(HEADER + claims + CLOSURE + MONDAY, encoding="utf-8")
    return root


def edit_article(root: Path, old: str, new: str) -> None:
    path = root / "articles" / "footbridge-reopens.md"
    path.write_text(path.read_text(encoding="utf-8").replace(old, new), encoding="utf-8")


def gate(root: Path) -> list[tuple[str, str, str]]:
    """What the gate says of every claim: (quote, verdict, message), failures only."""
    desk = Desk.load(root, use_cache=False)
    results = desk.results(desk.gate_claims(desk.checked_claims(), desk.article_paths()))
    return [(r.claim.quote, r.verdict.value, r.message) for r in results if r.outcome == "failed"]


def extract(root: Path, *, prune: bool = False, check: bool = False) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    status = command.run(root, [], check, False, out, err, prune)
    return status, out.getvalue(), err.getvalue()


def quotes(root: Path) -> list[str]:
    text = (root / "claims.yaml").read_text(encoding="utf-8")
    return [
        line[len("    quote: ") :] for line in text.splitlines() if line.startswith("    quote: ")
    ]


# 1. A reviewed value whose words are gone ------------------------------------------


def test_a_reviewed_length_whose_words_are_gone_fails_before_and_after_extract(
    tmp_path: Path,
) -> None:
    root = footbridge_desk(tmp_path)
    assert gate(root) == []
    edit_article(root, "412-metre", "iron-clad")
    assert gate(root) == [("412-metre", "stale", STALE_LENGTH)]

    status, out, err = extract(root)
    assert (status, err) == (0, "")
    assert out == (
        "claims.yaml: 0 new, 0 changed, 0 stale, 2 unchanged; 1 reviewed stale kept (written)\n"
        "  kept, stale: articles/footbridge-reopens.md:5:5: '412-metre' (quantity) was reviewed"
        " and its words are gone; review it (restore the words, or record the new ones) or run"
        " `factsuite extract --prune`\n"
    )
    assert quotes(root) == ["412-metre", "last June", "on Monday"]
    assert gate(root) == [("412-metre", "stale", STALE_LENGTH)]  # still failing: never green
    assert extract(root, check=True)[0] == 0  # kept as it is: claims.yaml is up to date

    status, out, _ = extract(root, prune=True)
    assert status == 0
    assert out == (
        "claims.yaml: 0 new, 0 changed, 0 stale, 2 unchanged; 1 reviewed stale pruned (written)\n"
        "  pruned: articles/footbridge-reopens.md:5:5: '412-metre' (quantity)\n"
    )
    assert quotes(root) == ["last June", "on Monday"]
    assert gate(root) == []  # a person chose to drop it


TUTORIAL_LENGTH = LENGTH.replace('"412-metre"', '"412"').replace("quantity", "number")


def test_the_tutorials_changed_length_is_read_and_fails_before_and_after_extract(
    tmp_path: Path,
) -> None:
    """The tutorial records "412" of "412-metre" by hand, as a number. Typed as
    "421-metre", the new words are the quantity extraction reads there: they take the
    claim's place and contradict, in the gate and after extract."""
    root = footbridge_desk(tmp_path, claims=TUTORIAL_LENGTH)
    assert gate(root) == []
    edit_article(root, "412-metre", "421-metre")
    contradicts = (
        "contradicts: '421-metre' (between 420.5 and 421.5 metres) but the length of the"
        " Riverside footbridge is 412 metres"
    )
    assert gate(root) == [
        (
            "421-metre",
            "contradicts",
            f"{contradicts} (claims.yaml quotes '412' here: run factsuite extract)",
        )
    ]
    status, out, err = extract(root)
    assert (status, err) == (0, "")
    assert out == "claims.yaml: 0 new, 1 changed, 0 stale, 2 unchanged (written)\n"
    assert quotes(root) == ["421-metre", "last June", "on Monday"]
    assert gate(root) == [("421-metre", "contradicts", contradicts)]  # still failing


def test_restoring_the_words_makes_the_kept_claim_agree_again(tmp_path: Path) -> None:
    root = footbridge_desk(tmp_path)
    edit_article(root, "412-metre", "iron-clad")
    extract(root)
    edit_article(root, "iron-clad", "412-metre")
    assert gate(root) == []
    assert extract(root)[1].startswith("claims.yaml: 0 new, 0 changed, 0 stale, 3 unchanged\n")


# 2. An ignored claim whose words are gone -----------------------------------------


def test_an_ignored_claim_whose_words_are_gone_stays_and_fails_as_stale(tmp_path: Path) -> None:
    root = footbridge_desk(tmp_path)
    edit_article(root, ", reopened on Monday", ", reopened")
    stale = (
        "on Monday",
        "stale",
        "stale: the reviewed words 'on Monday' are no longer in the article; review the claim:"
        " restore the words, or record and confirm the new ones in claims.yaml; or run"
        " `factsuite extract --prune` to drop reviewed claims whose words are gone",
    )
    assert gate(root) == [stale]
    assert extract(root)[0] == 0
    assert quotes(root) == ["412-metre", "last June", "on Monday"]
    assert gate(root) == [stale]
    assert (
        "pruned: articles/footbridge-reopens.md:5:72: 'on Monday' (date)"
        in (extract(root, prune=True)[1])
    )
    assert gate(root) == []


# 3. A pending claim moved onto new words, not yet reviewed again -------------------


def test_a_claim_carrying_a_reviewed_quote_is_kept_when_its_new_words_go(tmp_path: Path) -> None:
    moved = LENGTH.replace("status: confirmed", "status: pending\n    reviewed_quote: '400'")
    root = footbridge_desk(tmp_path, claims=moved)
    edit_article(root, "412-metre", "iron-clad")
    status, out, _ = extract(root)
    assert status == 0
    assert "1 reviewed stale kept" in out
    assert quotes(root) == ["412-metre", "last June", "on Monday"]
    assert [v for _, v, _ in gate(root)] == ["stale"]


# 4. A machine guess nobody reviewed is still dropped, as before --------------------


def test_a_pending_guess_whose_words_are_gone_is_dropped(tmp_path: Path) -> None:
    guess = LENGTH.replace("    fact: footbridge.length\n", "").replace("confirmed", "pending")
    root = footbridge_desk(tmp_path, claims=guess)
    edit_article(root, "412-metre", "iron-clad")
    status, out, _ = extract(root)
    assert status == 0
    assert out == (
        "claims.yaml: 0 new, 0 changed, 1 stale, 2 unchanged (written)\n"
        "  stale: articles/footbridge-reopens.md:5:5: '412-metre' (quantity)\n"
    )
    assert quotes(root) == ["last June", "on Monday"]


# 5. The reviewed claims of a deleted article --------------------------------------


def test_reviewed_claims_of_a_deleted_article_stay_until_pruned(tmp_path: Path) -> None:
    root = footbridge_desk(tmp_path)
    (root / "articles" / "footbridge-reopens.md").unlink()
    status, out, _ = extract(root)
    assert status == 0
    assert out.startswith(
        "claims.yaml: 0 new, 0 changed, 0 stale, 0 unchanged; 3 reviewed stale kept (written)\n"
    )
    desk = Desk.load(root, use_cache=False)
    with pytest.raises(InputError) as error:
        desk.check_articles(desk.claims)
    assert str(error.value) == (
        "articles/footbridge-reopens.md: article not found (named in claims.yaml): restore it,"
        " or run `factsuite extract --prune` to drop its reviewed claims (claims.yaml line 3)"
    )
    status, out, _ = extract(root, prune=True)
    assert out.startswith("claims.yaml: 0 new, 0 changed, 0 stale, 0 unchanged; 3 reviewed")
    assert quotes(root) == []


# The rule itself, for any decision --------------------------------------------------

_ARTICLE = parse_article(ARTICLE.replace("412-metre", "iron-clad"), "articles/a.md")


@given(
    status=st.sampled_from(["pending", "confirmed", "ignored"]),
    reviewed_quote=st.sampled_from([None, "400"]),
    prune=st.booleans(),
)
def test_only_a_person_drops_a_decision(
    status: str, reviewed_quote: str | None, prune: bool
) -> None:
    claim = Claim(
        article="articles/a.md",
        line=5,
        column=5,
        quote="412",
        kind="number",
        fact="footbridge.length",
        status=status,  # type: ignore[arg-type]
        reason="reviewed" if status == "ignored" else "",
        reviewed_quote=reviewed_quote,
    )
    result: Merge = merge([claim], {_ARTICLE.path: (_ARTICLE, [])}, prune=prune)
    decided = status != "pending" or reviewed_quote is not None
    assert (claim in result.claims) == (decided and not prune)
    assert result.kept_stale == ([claim] if decided and not prune else [])
    assert result.pruned == ([claim] if decided and prune else [])
    assert result.stale == ([] if decided else [claim])


# 6. claims.yaml is shared: a save made while extract runs ---------------------------

EDITOR_SAVE = (
    HEADER
    + LENGTH
    + CLOSURE
    + MONDAY.replace("ignored", "confirmed").replace(
        "    reason: the reopening day is not a fact we keep\n", ""
    )
)


def test_a_save_made_while_extract_runs_is_kept(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = footbridge_desk(tmp_path)
    edit_article(root, "412-metre", "iron-clad")  # so extract has something to write
    real_merge = command.merge

    def merge_while_an_editor_saves(*args: object, **kwargs: bool) -> Merge:
        # An editor saves claims.yaml from another process, between extract's read and write.
        worker = threading.Thread(
            target=(root / "claims.yaml").write_text,
            args=(EDITOR_SAVE,),
            kwargs={"encoding": "utf-8"},
        )
        worker.start()
        worker.join()
        return real_merge(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(command, "merge", merge_while_an_editor_saves)
    status, out, err = extract(root, prune=True)
    assert (status, out) == (1, "")
    assert err == (
        "claims.yaml: changed while this command ran (someone saved it); left as saved and"
        " nothing written: run the command again\n"
    )
    assert (root / "claims.yaml").read_text(encoding="utf-8") == EDITOR_SAVE
    assert not list(root.glob(".claims.yaml.*"))
    monkeypatch.setattr(command, "merge", real_merge)
    assert extract(root, prune=True)[0] == 0  # run again: the editor's decision is merged
    assert "status: confirmed\n" in (root / "claims.yaml").read_text(encoding="utf-8")
    assert "ignored" not in (root / "claims.yaml").read_text(encoding="utf-8")


def test_a_lock_held_by_another_writer_stops_with_a_message(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = footbridge_desk(tmp_path)
    edit_article(root, "412-metre", "iron-clad")
    before = (root / "claims.yaml").read_bytes()
    monkeypatch.setattr(claimswrite, "LOCK_TIMEOUT", 0.05)
    with FileLock(root / "claims.yaml.lock"):
        status, _, err = extract(root, prune=True)
    assert status == 1
    assert err == (
        "claims.yaml: another factsuite command kept claims.yaml.lock locked for 0 s;"
        " nothing written: run the command again\n"
    )
    assert (root / "claims.yaml").read_bytes() == before


@pytest.mark.parametrize("mode", [0o644, 0o664, 0o600])
def test_the_files_mode_is_kept(tmp_path: Path, mode: int) -> None:
    root = footbridge_desk(tmp_path)
    edit_article(root, "412-metre", "iron-clad")
    (root / "claims.yaml").chmod(mode)
    assert "(written)" in extract(root)[1]
    assert (root / "claims.yaml").stat().st_mode & 0o777 == mode


def test_a_new_claims_file_gets_the_mode_the_umask_allows(tmp_path: Path) -> None:
    root = footbridge_desk(tmp_path)
    (root / "claims.yaml").unlink()
    previous = os.umask(0o002)
    try:
        assert extract(root)[0] == 0
    finally:
        os.umask(previous)
    assert (root / "claims.yaml").stat().st_mode & 0o777 == 0o664


def test_a_symlinked_claims_file_stays_a_link(tmp_path: Path) -> None:
    # The link's target lies inside the desk: one pointing out is refused (paths.py).
    root = footbridge_desk(tmp_path / "desk")
    shared = root / "shared"
    shared.mkdir()
    (root / "claims.yaml").rename(shared / "claims.yaml")
    (root / "claims.yaml").symlink_to(shared / "claims.yaml")
    edit_article(root, "412-metre", "iron-clad")
    status, out, _ = extract(root, prune=True)
    assert status == 0
    assert "(written)" in out
    assert (root / "claims.yaml").is_symlink()
    assert (root / "claims.yaml").resolve() == (shared / "claims.yaml").resolve()
    assert "'412'" not in (shared / "claims.yaml").read_text(encoding="utf-8")
    assert sorted(p.name for p in shared.iterdir()) == ["claims.yaml"]  # no temp file left


def test_a_failed_write_leaves_the_file_and_no_temporary_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = footbridge_desk(tmp_path)
    edit_article(root, "412-metre", "iron-clad")
    before = (root / "claims.yaml").read_bytes()

    def disk_full(self: Path, target: object) -> Path:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(Path, "replace", disk_full)
    status, out, err = extract(root, prune=True)
    assert (status, out) == (2, "")
    assert err == "claims.yaml: cannot be written: No space left on device\n"
    assert (root / "claims.yaml").read_bytes() == before
    assert sorted(p.name for p in root.iterdir() if p.name.startswith(".claims")) == []


def test_the_unchanged_check_compares_bytes_not_what_they_parse_to(tmp_path: Path) -> None:
    path = tmp_path / "claims.yaml"
    path.write_text("version: 1\nclaims: []\n", encoding="utf-8")
    read = claimswrite.read_snapshot(path, "claims.yaml")
    path.write_text("version: 1\nclaims: []\n# a comment\n", encoding="utf-8")
    with pytest.raises(claimswrite.ChangedSinceReadError):
        claimswrite.write_claims(path, "version: 1\nclaims: []\n", read, "claims.yaml")
    assert path.read_text(encoding="utf-8").endswith("# a comment\n")


# 7. Invisible characters inside a name or a number ----------------------------------

PEOPLE = """\
min-aung-hlaing:
  type: person
  name: Min Aung Hlaing
  sources: [https://example.org/min-aung-hlaing]
"""
PARADE = """\
---
title: Parade
published: 2025-09-03
---
The parade was attended by Min Aung Hliang and others.
"""
MISSPELLED = """\
version: 1
claims:
  - article: articles/a.md
    line: 5
    column: 28
    quote: Min Aung Hliang
    kind: name
    fact: min-aung-hlaing
    status: confirmed
"""
# Where "Hl" ends: the invisible character goes between "Hl" and "iang".
INSIDE = PARADE.index("Hliang") + 2


def parade_desk(root: Path, invisible: str, claims: str = MISSPELLED) -> Path:
    (root / "facts").mkdir()
    (root / "facts" / "people.yaml").write_text(PEOPLE, encoding="utf-8")
    (root / "articles").mkdir()
    text = PARADE[:INSIDE] + invisible + PARADE[INSIDE:]
    (root / "articles" / "a.md").write_text(text, encoding="utf-8")
    (root / "claims.yaml").write_text(claims, encoding="utf-8")
    return root


def test_the_invisible_characters_are_those_of_the_data_file() -> None:
    assert invisible_names() == {
        "\u00ad": "soft hyphen",
        "\u200b": "zero-width space",
        "\u200c": "zero-width non-joiner",
        "\u200d": "zero-width joiner",
        "\u2060": "word joiner",
        "\ufeff": "byte-order mark",
    }


@pytest.mark.parametrize("invisible", sorted(invisible_names()))
def test_a_misspelled_name_with_an_invisible_character_inside_still_fails(
    tmp_path: Path, invisible: str
) -> None:
    root = parade_desk(tmp_path, invisible)
    desk = Desk.load(root, use_cache=False)
    (result,) = desk.results(desk.gate_claims(desk.checked_claims(), desk.article_paths()))
    assert result.verdict.value == "misspelled"
    assert result.message == "misspelled: 'Min Aung Hliang' should be 'Min Aung Hlaing'"
    # The span is the file's: it holds the invisible character, so it is one longer.
    assert result.span == Span(5, 28, 5, 28 + len("Min Aung Hliang") + 1)
    (found,) = desk.article("articles/a.md").invisible_characters()
    name = invisible_names()[invisible]
    assert found.warning == (
        f"articles/a.md:5:39: warning: invisible character U+{ord(invisible):04X} ({name})"
        f" inside {'Hl' + invisible + 'iang'!r}; delete it"
    )
    # Extraction reads the name through it, and keeps the reviewed claim as it is.
    status, out, _ = extract(root)
    assert (status, out) == (0, "claims.yaml: 0 new, 0 changed, 0 stale, 1 unchanged\n")
    assert (root / "claims.yaml").read_text(encoding="utf-8") == MISSPELLED


def test_extraction_reads_a_name_split_by_a_soft_hyphen_as_the_misspelled_name(
    tmp_path: Path,
) -> None:
    root = parade_desk(tmp_path, "\u00ad", claims="version: 1\nclaims: []\n")
    assert extract(root)[0] == 0
    assert quotes(root) == ["Min Aung Hliang"]
    assert [(q, v) for q, v, _ in gate(root)] == [("Min Aung Hliang", "misspelled")]


def test_check_warns_on_stderr_and_keeps_its_exit_status(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    root = parade_desk(tmp_path, "\u200b", claims=MISSPELLED.replace("Hliang", "Hlaing"))
    path = root / "articles" / "a.md"
    path.write_text(path.read_text(encoding="utf-8").replace("iang", "aing"), "utf-8")
    monkeypatch.chdir(root)
    assert cli.main(["check"]) == 0
    out, err = capsys.readouterr()
    assert out == "1 claim: 1 agrees\n"
    assert err == (
        "articles/a.md:5:39: warning: invisible character U+200B (zero-width space)"
        " inside 'Hl\\u200baing'; delete it\n"
    )


def test_the_pytest_summary_lists_the_warning(pytester: pytest.Pytester) -> None:
    parade_desk(pytester.path, "\u00ad")
    pytester.makepyfile(test_claims="def test_claim(claim, check_claim):\n    check_claim(claim)\n")
    result = pytester.runpytest("-p", "no:cacheprovider")
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(
        [
            "*- factsuite -*",
            "articles/a.md:5:39: warning: invisible character U+00AD (soft hyphen)"
            " inside 'Hl\\xadiang'; delete it",
            "1 claim: 1 misspelled",
        ]
    )


@given(
    st.lists(
        st.tuples(
            st.sampled_from(["a", "b", " ", "\n", "é"]),
            st.sampled_from(["", "\u00ad", "\u200b", "\ufeff"]),
        ),
        max_size=30,
    )
)
def test_every_offset_maps_to_the_same_character_in_the_file(pieces: list[tuple[str, str]]) -> None:
    body = "".join(visible + hidden for visible, hidden in pieces)
    stored = "---\ntitle: t\npublished: 2025-01-01\n---\n" + body
    item = parse_article(stored, "articles/a.md")
    lines = stored.splitlines(keepends=True)
    assert "\u00ad" not in item.body
    assert "\u200b" not in item.body
    for index, char in enumerate(item.text):
        line, column = item.position(index)
        assert lines[line - 1][column - 1] == char
        assert item.offset(line, column) == index
    hidden = item.invisible_characters()
    assert [lines[c.line - 1][c.column - 1] for c in hidden] == [h for _, h in pieces if h]


def test_a_report_gets_the_mode_a_new_file_would_not_the_temporary_files(tmp_path: Path) -> None:
    from factsuite.report import write_atomically

    previous = os.umask(0o022)
    try:
        write_atomically(tmp_path / "out" / "report.json", "{}")
    finally:
        os.umask(previous)
    written = tmp_path / "out" / "report.json"
    assert written.read_text(encoding="utf-8") == "{}\n"
    assert written.stat().st_mode & 0o777 == 0o644  # mkstemp alone would leave 600
    assert [p.name for p in (tmp_path / "out").iterdir()] == ["report.json"]
