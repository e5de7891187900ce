"""factsuite review without a terminal: the queue, --list, and decisions saved at once."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from factsuite.claims import parse_claims
from factsuite.cli import main
from factsuite.desk import Desk
from factsuite.reviewing.edits import ClaimKey, Decided
from factsuite.reviewing.queue import candidates, overlap_score
from factsuite.reviewing.session import CHANGED_ELSEWHERE, Session, gate_summary
from tests.conftest import ARTICLE

QUEUE = [
    "articles/a.md:5:1: role: North Korean leader Kim Jong Un"
    " (pending: bound to kim-jong-un, agrees)",
    "articles/a.md:5:21: name: Kim Jong Un (pending: bound to kim-jong-un, agrees)",
    "articles/a.md:5:56: date: next week (needs review: no fact's cues stand near it)",
    "articles/a.md:6:24: number: 26 (needs review: no fact's cues stand near it)",
]
NAME = ClaimKey("articles/a.md", 5, 21, "Kim Jong Un", "name")
ROLE = ClaimKey("articles/a.md", 5, 1, "North Korean leader Kim Jong Un", "role")
COUNT = ClaimKey("articles/a.md", 6, 24, "26", "number")


@pytest.fixture
def desk(
    make_desk: Callable[..., Path],
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> Path:
    """The test desk after `factsuite extract`: four claims awaiting a person."""
    root = make_desk()
    monkeypatch.chdir(root)
    assert main(["extract", "--no-progress"]) == 0
    capsys.readouterr()
    return root


def _list(capsys: pytest.CaptureFixture[str], *paths: str) -> list[str]:
    assert main(["review", "--list", *paths]) == 0
    return capsys.readouterr().out.splitlines()


def test_list_prints_the_queue_in_claims_yaml_order(
    desk: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _list(capsys) == QUEUE


def test_list_leaves_out_decided_claims_and_other_articles(
    desk: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (desk / "articles" / "b.md").write_text(ARTICLE, encoding="utf-8")
    assert main(["extract", "--no-progress"]) == 0
    session = Session.start(Desk.load(desk, use_cache=False), {"articles/a.md"})
    assert session.decide(NAME, Decided("name", "kim-jong-un", "confirmed", ""))
    assert session.decide(ROLE, Decided("role", "kim-jong-un", "ignored", "a title"))
    capsys.readouterr()
    assert _list(capsys, "articles/a.md") == QUEUE[2:]
    assert _list(capsys) == QUEUE[2:] + [line.replace("a.md", "b.md") for line in QUEUE]


def test_without_a_terminal_review_says_to_use_list(
    desk: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["review"]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert err == (
        "factsuite review: error: not a terminal; use factsuite review --list"
        " to print the claims awaiting review\n"
    )


def test_candidates_rank_facts_by_the_words_their_cues_and_label_share() -> None:
    from factsuite.model import CountFact, PercentFact

    leaders = CountFact(id="leaders", label="foreign leaders", value=26, sources=("s",))
    share = PercentFact(id="share", label="China's share", value=9, sources=("s",), cues=("trade",))
    sentence = "It will bring together 26 foreign leaders for trade talks."
    assert overlap_score(leaders, sentence) == 2  # "foreign", "leaders"
    assert overlap_score(share, sentence) == 2  # the cue "trade"
    assert overlap_score(share, "It will bring together 26 leaders.") == 0
    from factsuite.model import Claim

    claim = Claim(article="a", line=1, column=1, quote="26", kind="number")
    assert [f.id for f in candidates(claim, sentence, [share, leaders])] == ["leaders", "share"]
    # nothing scores: every fact the kind accepts, by id; a date is not a number's fact
    from factsuite.daterange import DateRange
    from factsuite.model import DateFact

    parade = DateFact(id="parade", value=DateRange.year(2025), sources=("s",), cues=("26",))
    assert [f.id for f in candidates(claim, "26.", [share, leaders, parade])] == [
        "leaders",
        "share",
    ]


def test_each_decision_is_saved_at_once_and_undo_restores_the_file(desk: Path) -> None:
    original = (desk / "claims.yaml").read_text(encoding="utf-8")
    session = Session.start(Desk.load(desk, use_cache=False))
    assert session.decide(COUNT, Decided("number", "leaders", "confirmed", ""))
    assert (desk / "claims.yaml").read_text(encoding="utf-8") == original.replace(
        "    quote: '26'\n    kind: number\n    status: pending\n"
        "    reason: no fact's cues stand near it\n",
        "    quote: '26'\n    kind: number\n    fact: leaders\n    status: confirmed\n",
    )
    assert session.undo()
    assert (desk / "claims.yaml").read_text(encoding="utf-8") == original


def test_after_each_decision_the_session_holds_the_claims_the_file_holds(desk: Path) -> None:
    # the session reads back only the decided claim's lines: the rest must agree with
    # a full read, where each claim stands included (lines added and dropped above it)
    session = Session.start(Desk.load(desk, use_cache=False))
    for key, decided in [
        (ROLE, Decided("role", None, "confirmed", "a title,\nnot a fact")),
        (NAME, Decided("name", "kim-jong-un", "ignored", "a byline")),
        (COUNT, Decided("number", "leaders", "confirmed", "")),
    ]:
        assert session.decide(key, decided)
        text = (desk / "claims.yaml").read_text(encoding="utf-8")
        assert session.claims == parse_claims(text, "claims.yaml", session.desk.facts, desk)


def test_a_save_by_someone_else_elsewhere_is_kept_and_the_decision_saved_on_top(
    desk: Path,
) -> None:
    path = desk / "claims.yaml"
    session = Session.start(Desk.load(desk, use_cache=False))
    theirs = path.read_text(encoding="utf-8").replace(
        "    quote: Kim Jong Un\n    kind: name\n    fact: kim-jong-un\n    status: pending",
        "    quote: Kim Jong Un\n    kind: name\n    fact: kim-jong-un\n    status: confirmed",
    )
    path.write_text(theirs, encoding="utf-8")  # an editor's save, between two keys
    assert session.decide(ROLE, Decided("role", "kim-jong-un", "confirmed", ""))
    assert CHANGED_ELSEWHERE in session.notes
    assert path.read_text(encoding="utf-8") == theirs.replace(
        "    kind: role\n    fact: kim-jong-un\n    status: pending",
        "    kind: role\n    fact: kim-jong-un\n    status: confirmed",
    )


def test_a_claim_someone_else_decided_meanwhile_is_not_overwritten(desk: Path) -> None:
    path = desk / "claims.yaml"
    session = Session.start(Desk.load(desk, use_cache=False))
    theirs = path.read_text(encoding="utf-8").replace(
        "    quote: '26'\n    kind: number\n    status: pending",
        "    quote: '26'\n    kind: number\n    status: ignored",
    )
    path.write_text(theirs, encoding="utf-8")
    assert not session.decide(COUNT, Decided("number", "leaders", "confirmed", ""))
    assert path.read_text(encoding="utf-8") == theirs
    assert any("changed by someone else meanwhile" in note for note in session.notes)


def test_undo_leaves_a_claim_someone_else_changed_since_as_they_left_it(desk: Path) -> None:
    path = desk / "claims.yaml"
    session = Session.start(Desk.load(desk, use_cache=False))
    assert session.decide(NAME, Decided("name", "kim-jong-un", "confirmed", ""))
    theirs = path.read_text(encoding="utf-8").replace(
        "    kind: name\n    fact: kim-jong-un\n    status: confirmed",
        "    kind: name\n    fact: kim-jong-un\n    status: ignored\n    reason: theirs",
    )
    path.write_text(theirs, encoding="utf-8")
    assert not session.undo()
    assert path.read_text(encoding="utf-8") == theirs


def test_a_windows_claims_file_stays_crlf(desk: Path) -> None:
    path = desk / "claims.yaml"
    path.write_bytes(path.read_bytes().replace(b"\n", b"\r\n"))
    session = Session.start(Desk.load(desk, use_cache=False))
    assert session.decide(NAME, Decided("name", "kim-jong-un", "confirmed", ""))
    data = path.read_bytes()
    assert b"status: confirmed\r\n" in data
    assert data.count(b"\n") == data.count(b"\r\n")


def test_the_queue_passes_by_claims_decided_elsewhere_and_the_end_count_is_the_gates(
    desk: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    session = Session.start(Desk.load(desk, use_cache=False))
    assert session.current() is not None
    path = desk / "claims.yaml"
    path.write_text(
        path.read_text(encoding="utf-8").replace("    status: pending", "    status: confirmed", 2),
        encoding="utf-8",
    )
    found = session.current()
    assert found is not None
    assert found.claim.quote == "next week"
    assert session.position == 2
    assert main(["check"]) == 0
    assert gate_summary(session.desk) == capsys.readouterr().out.splitlines()[-1]
    assert gate_summary(session.desk).endswith(", 2 unreviewed")


def test_only_the_review_screen_loads_prompt_toolkit(desk: Path) -> None:
    # the hook and the plugin must not pay for the terminal library, nor must --list
    import subprocess
    import sys

    script = (
        "import sys, factsuite.plugin\n"
        "from factsuite.cli import main\n"
        "main(['check']); main(['review', '--list'])\n"
        "print('prompt_toolkit' in sys.modules)\n"
    )
    run = subprocess.run(
        [sys.executable, "-c", script], cwd=desk, capture_output=True, text=True, check=True
    )
    assert run.stdout.splitlines()[-1] == "False"
