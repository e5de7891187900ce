"""``factsuite merge-claims``: claims.yaml merged claim by claim, no decision lost."""

from __future__ import annotations

from pathlib import Path

import msgspec
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factsuite import cli
from factsuite.claims import parse_claims
from factsuite.extraction.claimsfile import DEFAULT_HEADER, render, render_entry
from factsuite.mergeclaims import (
    OURS_MARKER,
    SPLIT_MARKER,
    THEIRS_MARKER,
    Conflict,
    decision,
    identity,
    merge_claims,
)
from factsuite.model import Claim
from tests.conftest import REPO


def claim(
    article: str = "articles/a.md",
    line: int = 5,
    column: int = 10,
    quote: str = "May 14, 2024",
    kind: str = "date",
    **decided: object,
) -> Claim:
    return Claim(
        article=article,
        line=line,
        column=column,
        quote=quote,
        kind=kind,
        **decided,  # type: ignore[arg-type]
    )


def text(*claims: Claim) -> str:
    return render(claims)


PENDING = claim(fact="library.opening")
CONFIRMED = msgspec.structs.replace(PENDING, status="confirmed")
IGNORED = msgspec.structs.replace(PENDING, status="ignored", reason="a quote, not our claim")
OTHER = claim(article="articles/b.md", line=7, column=1, quote="12", kind="count")


def test_claims_added_on_each_side_are_all_kept() -> None:
    theirs_new = claim(article="articles/c.md", quote="3", kind="count")
    result = merge_claims(text(PENDING), text(PENDING, OTHER), text(PENDING, theirs_new))
    assert not result.conflicts
    assert result.text() == text(PENDING, OTHER, theirs_new)


def test_a_claim_deleted_on_one_side_and_unchanged_on_the_other_is_deleted() -> None:
    result = merge_claims(text(CONFIRMED, OTHER), text(OTHER), text(CONFIRMED, OTHER))
    assert result.text() == text(OTHER)
    # a position moved on the other side is no decision: still deleted
    moved = msgspec.structs.replace(CONFIRMED, line=9)
    assert merge_claims(text(CONFIRMED), text(), text(moved)).text() == text()


def test_a_decision_made_on_one_side_is_taken_with_the_other_sides_move() -> None:
    moved = msgspec.structs.replace(PENDING, line=PENDING.line + 3)
    result = merge_claims(text(PENDING), text(moved), text(CONFIRMED))
    assert result.claims == [msgspec.structs.replace(CONFIRMED, line=PENDING.line + 3)]
    # symmetric
    assert merge_claims(text(PENDING), text(CONFIRMED), text(moved)).claims == result.claims


def test_moves_on_both_sides_add_up() -> None:
    down_two = msgspec.structs.replace(PENDING, line=PENDING.line + 2)
    down_five = msgspec.structs.replace(PENDING, line=PENDING.line + 5)
    (merged,) = merge_claims(text(PENDING), text(down_two), text(down_five)).claims
    assert merged.line == PENDING.line + 7


def test_the_same_decision_on_both_sides_is_taken_once() -> None:
    result = merge_claims(text(PENDING), text(CONFIRMED), text(CONFIRMED))
    assert result.text() == text(CONFIRMED)


def test_a_decision_made_where_the_other_side_had_only_extractions_guess() -> None:
    # both branches extracted the same new article; one reviewed the claim
    assert merge_claims(text(), text(PENDING), text(IGNORED)).text() == text(IGNORED)
    assert merge_claims(text(), text(IGNORED), text(PENDING)).text() == text(IGNORED)


def test_a_persons_decision_wins_over_a_new_guess_of_extractions() -> None:
    guessed_again = msgspec.structs.replace(PENDING, fact="library.closing")
    result = merge_claims(text(PENDING), text(guessed_again), text(IGNORED))
    assert result.text() == text(IGNORED)
    assert merge_claims(text(PENDING), text(IGNORED), text(guessed_again)).text() == text(IGNORED)
    # deleted on one side, only guessed again on the other: nothing decided is lost
    assert merge_claims(text(PENDING, OTHER), text(OTHER), text(guessed_again, OTHER)).text() == (
        text(OTHER)
    )


def test_two_different_decisions_are_a_conflict_marked_as_git_marks_one() -> None:
    result = merge_claims(text(PENDING, OTHER), text(CONFIRMED, OTHER), text(IGNORED, OTHER))
    assert result.conflicts == [Conflict(CONFIRMED, IGNORED)]
    lines = [
        *DEFAULT_HEADER.splitlines(),
        "version: 1",
        "claims:",
        OURS_MARKER,
        *render_entry(CONFIRMED),
        SPLIT_MARKER,
        *render_entry(IGNORED),
        THEIRS_MARKER,
        *render_entry(OTHER),  # the rest merged, in the file's order
    ]
    assert result.text() == "\n".join(lines) + "\n"


def test_deleted_on_one_side_and_decided_on_the_other_is_a_conflict() -> None:
    result = merge_claims(text(PENDING), text(), text(CONFIRMED))
    assert result.conflicts == [Conflict(None, CONFIRMED)]
    assert f"{OURS_MARKER}\n{SPLIT_MARKER}\n  - article: articles/a.md\n" in result.text()


def test_a_new_binding_and_a_confirmation_are_one_decision_not_mixed() -> None:
    # two people confirmed two bindings: merged field by field, the fact changed on one
    # side only would win silently
    rebound = msgspec.structs.replace(CONFIRMED, fact="library.closing")
    result = merge_claims(text(PENDING), text(rebound), text(CONFIRMED))
    assert result.conflicts == [Conflict(rebound, CONFIRMED)]


def test_repeated_quotes_pair_by_nearest_position() -> None:
    first, second = PENDING, msgspec.structs.replace(PENDING, line=40)
    result = merge_claims(
        text(first, second),
        text(first, msgspec.structs.replace(second, status="confirmed")),
        text(msgspec.structs.replace(first, line=6), msgspec.structs.replace(second, line=41)),
    )
    assert not result.conflicts
    assert result.text() == text(
        msgspec.structs.replace(first, line=6),
        msgspec.structs.replace(second, line=41, status="confirmed"),
    )


def test_the_header_a_side_changed_is_kept() -> None:
    ours = "# our desk's claims\nversion: 1" + text(PENDING).split("version: 1", 1)[1]
    assert merge_claims(text(PENDING), text(PENDING), ours).text() == ours
    assert merge_claims(text(PENDING), ours, text(PENDING)).text() == ours


def test_a_merge_of_the_sample_desks_claims_is_byte_identical() -> None:
    # claims.yaml as extract wrote it: merging it with itself writes the same bytes
    sample = (REPO / "claims.yaml").read_text(encoding="utf-8")
    assert merge_claims(sample, sample, sample).text() == sample
    claims = parse_claims(sample, "claims.yaml", None)
    fewer = render(claims[:-3], DEFAULT_HEADER)
    assert merge_claims(fewer, fewer, sample).text() == sample


# The command ----------------------------------------------------------------------


def write_sides(tmp_path: Path, base: str, ours: str, theirs: str) -> list[str]:
    names = []
    for name, content in (("base", base), ("ours", ours), ("theirs", theirs)):
        (tmp_path / name).write_text(content, encoding="utf-8")
        names.append(str(tmp_path / name))
    return names


def test_the_command_writes_the_merge_into_ours(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)  # no desk here: the driver reads only the files git gives
    names = write_sides(tmp_path, text(PENDING), text(PENDING, OTHER), text(CONFIRMED))
    assert cli.main(["merge-claims", *names]) == 0
    assert (tmp_path / "ours").read_text(encoding="utf-8") == text(CONFIRMED, OTHER)
    assert capsys.readouterr() == ("", "")


def test_the_command_exits_1_on_a_conflict_and_names_the_claim(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    names = write_sides(tmp_path, text(PENDING), text(CONFIRMED), text(IGNORED))
    assert cli.main(["merge-claims", *names]) == 1
    merged = (tmp_path / "ours").read_text(encoding="utf-8")
    assert merged.count(OURS_MARKER) == 1
    assert merged.count(THEIRS_MARKER) == 1
    err = capsys.readouterr().err
    assert err.startswith("articles/a.md:5:10: conflict: the claim 'May 14, 2024' (date)")
    assert err.count("\n") == 1


def test_unparsable_input_exits_2_with_one_line_and_leaves_ours(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    broken = "version: 1\nclaims:\n  - article: a.md\n    line: [\n"
    names = write_sides(tmp_path, text(PENDING), text(PENDING), broken)
    assert cli.main(["merge-claims", *names]) == 2
    assert (tmp_path / "ours").read_text(encoding="utf-8") == text(PENDING)
    err = capsys.readouterr().err
    assert err.startswith(f"{tmp_path / 'theirs'}:")
    assert err.count("\n") == 1
    assert "Traceback" not in err


def test_ours_keeps_its_crlf_line_endings(tmp_path: Path) -> None:
    crlf = text(PENDING).replace("\n", "\r\n")
    names = write_sides(tmp_path, text(PENDING), crlf, text(CONFIRMED))
    (tmp_path / "ours").write_bytes(crlf.encode("utf-8"))
    assert cli.main(["merge-claims", *names]) == 0
    assert (tmp_path / "ours").read_bytes() == text(CONFIRMED).replace("\n", "\r\n").encode()


def test_a_missing_side_is_an_input_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    names = write_sides(tmp_path, "", text(PENDING), text(PENDING))
    assert cli.main(["merge-claims", names[0], names[1], str(tmp_path / "nowhere")]) == 2
    assert "nowhere: cannot be read" in capsys.readouterr().err


def test_an_empty_base_is_a_file_added_on_both_sides(tmp_path: Path) -> None:
    names = write_sides(tmp_path, "", text(PENDING), text(OTHER))
    assert cli.main(["merge-claims", *names]) == 0
    assert (tmp_path / "ours").read_text(encoding="utf-8") == text(PENDING, OTHER)


# Properties -------------------------------------------------------------------------


@st.composite
def claims(draw: st.DrawFn) -> Claim:
    # a small space, so that sides often hold versions of the same claim
    status = draw(st.sampled_from(["pending", "confirmed", "ignored"]))
    return claim(
        article=draw(st.sampled_from(["articles/a.md", "articles/b.md"])),
        line=draw(st.integers(1, 4)),
        column=draw(st.integers(1, 3)),
        quote=draw(st.sampled_from(["12", "May 2024"])),
        kind=draw(st.sampled_from(["date", "number"])),
        fact=draw(st.sampled_from([None, "f.one", "f.two"])),
        status=status,
        reason="not ours" if status == "ignored" else draw(st.sampled_from(["", "no fact"])),
        stated=draw(st.sampled_from([None, "26"])),
    )


def place(c: Claim) -> tuple[str, int, int, str]:
    return (c.article, c.line, c.column, c.kind)


# As extract writes claims.yaml: one claim of a kind at one place.
desks = st.lists(claims(), max_size=8, unique_by=place).map(lambda cs: text(*cs))


def entries(result_claims: list[Claim]) -> list[list[str]]:
    return sorted(render_entry(c) for c in result_claims)


@settings(max_examples=200, deadline=None)
@given(desks, desks)
def test_merging_one_change_on_both_sides_gives_it(base: str, x: str) -> None:
    assert merge_claims(base, x, x).text() == x


@settings(max_examples=200, deadline=None)
@given(desks, desks)
def test_a_change_on_one_side_only_is_the_result(base: str, x: str) -> None:
    assert merge_claims(base, base, x).text() == x
    assert merge_claims(base, x, base).text() == x


@settings(max_examples=200, deadline=None)
@given(desks, desks, desks)
def test_merging_is_symmetric_up_to_the_sides_of_a_conflict(
    base: str, ours: str, theirs: str
) -> None:
    one, other = merge_claims(base, ours, theirs), merge_claims(base, theirs, ours)
    assert entries(one.claims) == entries(other.claims)
    swapped = [Conflict(c.theirs, c.ours) for c in other.conflicts]
    assert sorted(map(repr, one.conflicts)) == sorted(map(repr, swapped))


@settings(max_examples=200, deadline=None)
@given(desks, desks, desks)
def test_no_decision_of_either_side_is_lost_without_a_conflict(
    base: str, ours: str, theirs: str
) -> None:
    result = merge_claims(base, ours, theirs)
    before = {(identity(c), decision(c)) for c in parse_claims(base, "base", None)}
    kept = {(identity(c), decision(c)) for c in result.claims}
    contested = {
        identity(side) for c in result.conflicts for side in (c.ours, c.theirs) if side is not None
    }
    for side in (ours, theirs):
        for c in parse_claims(side, "side", None):
            if c.status == "pending" or (identity(c), decision(c)) in before:
                continue  # no decision, or one the side did not make (the other may change it)
            assert (identity(c), decision(c)) in kept or identity(c) in contested, c


@settings(max_examples=100, deadline=None)
@given(desks, desks, desks)
def test_a_clean_merge_reads_back_as_claims_yaml(base: str, ours: str, theirs: str) -> None:
    result = merge_claims(base, ours, theirs)
    if not result.conflicts:
        assert render(parse_claims(result.text(), "merged", None)) == result.text()
