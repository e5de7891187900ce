"""A desk's whole life, as its people live it (issue 16, "Done when").

An editor makes a desk with `factsuite init` in a new git repository. Two writers
branch from it: one adds a city-budget story, the other a football result with two
planted errors they fix in the article. Each runs `factsuite extract` and reviews
every claim in `factsuite review`, typed in a pseudo-terminal. git merges the two
branches with factsuite's merge driver, and the merged desk passes the commands of
the pull-request workflow that `factsuite init` wrote.

Nobody edits claims.yaml by hand: every step checks that the file is as the last
command left it, so only factsuite (and git) ever change it.
"""

from __future__ import annotations

import io
import json
import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import msgspec
import pytest
import yaml

from factsuite.claims import Claim, parse_claims
from tests.conftest import git_environment

pexpect = pytest.importorskip("pexpect", reason="the review steps need pexpect")
if sys.platform == "win32":  # pragma: no cover
    pytest.skip("pseudo-terminals are POSIX", allow_module_level=True)
if shutil.which("git") is None:  # pragma: no cover
    pytest.skip("git is not installed", allow_module_level=True)

WORKFLOW = ".github/workflows/factcheck.yml"
KEYS = "quit >"  # the end of review's line of keys, shown when it awaits a key
ANSI = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]|\r")

# Branch budget: the city-hall writer's facts and story ---------------------------------

BUDGET_FACTS = """\
budget.total:
  type: number
  label: the city's budget for 2025
  value: 412000000
  unit: dollars
  cues: [budget]
  sources:
    - Riverside city council, budget resolution 2024-17
budget.police:
  type: percent
  label: the rise in police spending
  value: 4.5
  cues: [police]
  sources:
    - Riverside city council, budget resolution 2024-17
budget.vote:
  type: date
  label: the council's budget vote
  value: 2024-11-19
  cues: [voted, vote]
  sources:
    - Riverside city council minutes, 2024-11-19
budget.members:
  type: count
  label: council members
  value: 9
  cues: [members]
  sources:
    - Riverside city charter
budget.hearing:
  type: count
  label: residents at the public hearing
  value: 200
  cues: [attended]
  sources:
    - Riverside city council minutes, 2024-11-19
budget.officers:
  type: count
  label: new police officers the budget pays for
  value: 40
  cues: [hired]
  sources:
    - Riverside city council, budget resolution 2024-17
"""

BUDGET_STORY = """\
---
title: Council passes the city budget
published: 2024-11-20
---
The council voted on Nov. 19, 2024 to pass a $412 million budget.
Police spending rises 4.5%, and all 9 council members backed it.
Some 200 residents came to the budget hearing, and dozens spoke.
The budget funds 40 new officers.
The council meets again on Dec. 3.
"""

# Branch football: the sports writer's facts and story, with two planted errors --------

FOOTBALL_FACTS = """\
final.date:
  type: date
  label: the county cup final
  value: 2024-11-16
  cues: [final]
  sources:
    - County Football Association match report, 2024-11-16
final.score:
  type: score
  label: the final's score
  sides: [Riverside Rovers, Hillcrest Town]
  scores: [2, 1]
  cues: [beat]
  sources:
    - County Football Association match report, 2024-11-16
final.crowd:
  type: count
  label: the final's attendance
  value: 4200
  cues: [crowd, fans]
  sources:
    - Riverside Rovers ticket office
rovers.captain:
  type: person
  name: Dana Okafor
  roles:
    - title: captain
      of: [Riverside Rovers]
      from: 2022-07
  sources:
    - Riverside Rovers squad list
"""

FOOTBALL_STORY = """\
---
title: Rovers win the county cup
published: 2024-11-17
---
Riverside Rovers beat Hillcrest Town 3-1 in the county cup final on Saturday.
A crowd of 4,200 fans saw captain Dana Okafr lift the trophy.
"""


# The people and their tools --------------------------------------------------------------


def clean_environment(home: Path) -> dict[str, str]:
    """A writer's shell: factsuite and pytest of this interpreter on PATH, and none of
    this machine's git configuration."""
    env = git_environment(home)
    env.update(
        LC_ALL="C.UTF-8",
        TERM="xterm",
        PROMPT_TOOLKIT_NO_CPR="1",
    )
    for name in ("PYTEST_ADDOPTS", "NO_COLOR", "GITHUB_ACTIONS", "GITHUB_WORKSPACE"):
        env.pop(name, None)
    for name in [n for n in env if n.startswith("GIT_") and n.endswith(("_NAME", "_EMAIL"))]:
        del env[name]  # the identity is the repository's own, set by the editor
    return env


class Desk:
    """A desk's git repository, and the commands people run in it.

    claims.yaml is only ever changed by a command run here: each command first checks
    the file is as the previous command left it (nothing edited it in between)."""

    def __init__(self, root: Path, env: dict[str, str]):
        self.root = root
        self.env = env
        self.claims_after_last_command: str | None = None

    @property
    def claims_text(self) -> str | None:
        path = self.root / "claims.yaml"
        return path.read_text(encoding="utf-8") if path.exists() else None

    def assert_claims_untouched_since_last_command(self) -> None:
        assert self.claims_text == self.claims_after_last_command, (
            "claims.yaml changed outside a command"
        )

    def run(self, *argv: str, expect: int = 0) -> subprocess.CompletedProcess[str]:
        self.assert_claims_untouched_since_last_command()
        done = subprocess.run(
            argv, cwd=self.root, env=self.env, capture_output=True, text=True, check=False
        )
        self.claims_after_last_command = self.claims_text
        assert done.returncode == expect, f"{argv}:\n{done.stdout}{done.stderr}"
        return done

    def git(self, *argv: str, expect: int = 0) -> subprocess.CompletedProcess[str]:
        return self.run("git", "-c", "commit.gpgsign=false", *argv, expect=expect)

    def factsuite(self, *argv: str, expect: int = 0) -> subprocess.CompletedProcess[str]:
        return self.run("factsuite", *argv, expect=expect)

    def write(self, name: str, text: str) -> None:
        """A writer saves a file in their editor (facts or an article, never claims.yaml)."""
        assert name != "claims.yaml"
        self.assert_claims_untouched_since_last_command()
        path = self.root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")

    def edit(self, name: str, old: str, new: str) -> None:
        text = (self.root / name).read_text(encoding="utf-8")
        assert text.count(old) == 1
        self.write(name, text.replace(old, new))

    def commit(self, message: str, author: str) -> None:
        self.git("add", "-A")
        self.git("commit", "-q", f"--author={author}", "-m", message)

    def claims(self) -> list[Claim]:
        text = self.claims_text
        assert text is not None
        return parse_claims(text, "claims.yaml", None)

    def review(self) -> Review:
        self.assert_claims_untouched_since_last_command()
        return Review(self)


class Review:
    """`factsuite review` in a pseudo-terminal, driven as a person types."""

    def __init__(self, desk: Desk):
        self.desk = desk
        self.log = io.StringIO()
        self.child = pexpect.spawn(
            "factsuite",
            ["review"],
            cwd=str(desk.root),
            env=desk.env,
            encoding="utf-8",
            dimensions=(50, 200),
            timeout=30,
        )
        self.child.logfile_read = self.log
        self.shown_before = 0  # where in the log the last claim's screen ended

    def on_screen(self, place_and_kind: str) -> None:
        """Wait until review shows the claim at ``place_and_kind`` and offers its keys
        (the screen is coloured: it is compared as plain text)."""
        while True:  # the line of keys is drawn again as a key is read: wait for the next
            try:
                self.child.expect_exact(KEYS)
            except pexpect.TIMEOUT:
                shown = ANSI.sub("", self.log.getvalue()[self.shown_before :])
                raise AssertionError(f"{place_and_kind!r} not shown; shown:\n{shown}") from None
            screen = ANSI.sub("", self.log.getvalue()[self.shown_before :])
            if KEYS in screen.partition(place_and_kind)[2]:
                break
        self.shown_before = len(self.log.getvalue())

    def confirm(self, place_and_kind: str) -> None:
        self.on_screen(place_and_kind)
        self.child.send("c")

    def bind_to_candidate(self, place_and_kind: str, candidate: int) -> None:
        """Bind the claim to the fact listed as ``candidate`` on its screen."""
        self.on_screen(place_and_kind)
        self.child.send("b")
        self.child.expect_exact("fact (candidate number or id, Tab completes):")
        self.child.send(f"{candidate}\r")

    def change_kind(self, place_and_kind: str, kind: str) -> None:
        self.on_screen(place_and_kind)
        self.child.send("k")
        self.child.expect_exact("kind (Tab completes):")
        self.child.send(kind + "\r")

    def ignore(self, place_and_kind: str, reason: str) -> None:
        self.on_screen(place_and_kind)
        self.child.send("i")
        self.child.expect_exact("reason (required):")
        self.child.send(reason + "\r")

    def mark_unverifiable(self, place_and_kind: str, reason: str) -> None:
        self.on_screen(place_and_kind)
        self.child.send("u")
        self.child.expect_exact("reason (required):")
        self.child.send(reason + "\r")

    def finish(self) -> str:
        """Wait for review to end by itself (the queue is done); what it showed."""
        self.child.expect(pexpect.EOF)
        self.child.close()
        assert self.child.exitstatus == 0
        self.desk.claims_after_last_command = self.desk.claims_text
        return ANSI.sub("", self.log.getvalue())


# The story, step by step -----------------------------------------------------------------


def make_a_new_desk(root: Path, env: dict[str, str]) -> Desk:
    """Step 1: the editor runs `factsuite init` in a new repository, sets git up as
    init says, and commits."""
    root.mkdir()
    desk = Desk(root, env)
    desk.git("init", "-q", "-b", "main")
    desk.git("config", "user.name", "Desk Editor")
    desk.git("config", "user.email", "editor@example.org")
    printed = desk.factsuite("init").stdout
    assert "created claims.yaml\n" in printed
    assert f"created {WORKFLOW}\n" in printed
    setup = [
        line[line.index("git config ") :] for line in printed.splitlines() if "git config " in line
    ]
    assert setup  # init names the one step it cannot take
    for command in setup:
        argv = shlex.split(command)
        assert argv[:2] == ["git", "config"]
        desk.git(*argv[1:])
    assert desk.git("config", "merge.factsuite-claims.driver").stdout.startswith(
        "factsuite merge-claims "
    )
    desk.factsuite("check")
    desk.commit("a new desk", "Desk Editor <editor@example.org>")
    return desk


def queue(desk: Desk) -> list[str]:
    return desk.factsuite("review", "--list").stdout.splitlines()


def write_the_budget_story(desk: Desk) -> None:
    """Step 2: on branch budget, a writer adds facts and a story, extracts its claims
    and reviews every one."""
    desk.git("checkout", "-q", "-b", "budget", "main")
    desk.write("facts/budget.yaml", BUDGET_FACTS)
    desk.write("articles/budget.md", BUDGET_STORY)
    extracted = desk.factsuite("extract", "--no-progress").stdout
    assert extracted.startswith("claims.yaml: 8 new, 0 changed, 0 stale, 1 unchanged")
    assert queue(desk) == [
        "articles/budget.md:5:22: date: Nov. 19, 2024 (pending: bound to budget.vote, agrees)",
        "articles/budget.md:5:47: money: 412 million (pending: bound to budget.total, agrees)",
        "articles/budget.md:6:23: percent: 4.5% (pending: bound to budget.police, agrees)",
        "articles/budget.md:6:37: number: 9 (pending: bound to budget.members, agrees)",
        # the hearing's cue ("attended") is not written: the reviewer binds it
        "articles/budget.md:7:1: number: Some 200 (needs review: no fact's cues stand near it)",
        "articles/budget.md:7:52: number: dozens"
        " (pending: unverifiable: 'dozens' is a vague quantity no fact covers)",
        # officers read as money, by their nearness to "budget": the reviewer makes it a
        # count, and binds it to the officers' fact, whose cue ("hired") is not written
        "articles/budget.md:8:18: money: 40 (needs review: '40' is far from the city's"
        " budget for 2025 (USD 412 million), and no slip of it: is it about another time,"
        " place or group? Bind it by hand to the fact it is about, or mark it unverifiable)",
        # the next meeting, which no fact records: the reviewer ignores it
        "articles/budget.md:9:28: date: Dec. 3 (needs review: no fact's cues stand near it)",
    ]

    review = desk.review()
    review.confirm("articles/budget.md:5:22  kind: date  status: pending")
    review.confirm("articles/budget.md:5:47  kind: money  status: pending")
    review.confirm("articles/budget.md:6:23  kind: percent  status: pending")
    review.confirm("articles/budget.md:6:37  kind: number  status: pending")
    # "Some 200" residents: the hearing's, not the budget's
    review.bind_to_candidate("articles/budget.md:7:1  kind: number  status: pending", 2)
    review.mark_unverifiable(
        "articles/budget.md:7:52  kind: number  status: pending", "nobody counted the speakers"
    )
    # "40" new officers, read as money: a number, and the officers', not the budget's
    review.change_kind("articles/budget.md:8:18  kind: money  status: pending", "number")
    review.bind_to_candidate("articles/budget.md:8:18  kind: number  status: pending", 1)
    review.ignore(
        "articles/budget.md:9:28  kind: date  status: pending", "the next meeting, not a claim"
    )
    shown = review.finish()
    assert "    2  budget.hearing  residents at the public hearing: 200" in shown
    assert (
        "  gate now:   needs review: '40' is far from the city's budget for 2025"
        " (USD 412 million), and no slip of it" in shown
    )
    assert "    1  budget.officers  new police officers the budget pays for: 40" in shown
    # eight claims, nine saves: the kind change of "40" was saved on its own
    assert "review: 9 decisions saved; 0 claims left\n" in shown
    assert shown.rstrip("\n").endswith("8 claims: 7 agrees, 1 unverifiable")
    assert queue(desk) == []

    by_quote = {c.quote: c for c in desk.claims()}
    assert (by_quote["Some 200"].kind, by_quote["Some 200"].fact) == ("number", "budget.hearing")
    assert by_quote["Some 200"].status == "confirmed"
    assert (by_quote["40"].kind, by_quote["40"].fact) == ("number", "budget.officers")
    assert by_quote["40"].status == "confirmed"
    assert (by_quote["dozens"].fact, by_quote["dozens"].status) == (None, "confirmed")
    assert by_quote["dozens"].reason == "nobody counted the speakers"
    assert (by_quote["Dec. 3"].status, by_quote["Dec. 3"].reason) == (
        "ignored",
        "the next meeting, not a claim",
    )
    assert desk.factsuite("check", "--strict").stdout.endswith(
        "8 claims: 7 agrees, 1 unverifiable\n"
    )
    desk.commit("the council passes the budget", "City Writer <city@example.org>")


def write_the_football_story(desk: Desk) -> None:
    """Step 3: on branch football, from the init commit, another writer adds a match
    report; check shows two errors, which the writer fixes in the article."""
    desk.git("checkout", "-q", "-b", "football", "main")
    assert not (desk.root / "articles" / "budget.md").exists()
    desk.write("facts/football.yaml", FOOTBALL_FACTS)
    desk.write("articles/cup-final.md", FOOTBALL_STORY)
    desk.factsuite("extract", "--no-progress")
    failing = desk.factsuite("check", expect=1).stdout
    assert (
        "articles/cup-final.md:5:38: contradicts: '3-1' gives 3-1, but the final's score is"
        " Riverside Rovers 2, Hillcrest Town 1\n" in failing
    )
    assert "articles/cup-final.md:6:35: misspelled: 'Dana Okafr' should be 'Dana Okafor'\n" in (
        failing
    )
    assert failing.endswith("6 claims: 4 agrees, 1 contradicts, 1 misspelled, 5 unreviewed\n")

    # the writer corrects the story, not the facts and not claims.yaml
    desk.edit("articles/cup-final.md", "Hillcrest Town 3-1", "Hillcrest Town 2-1")
    desk.edit("articles/cup-final.md", "Dana Okafr", "Dana Okafor")
    extracted = desk.factsuite("extract", "--no-progress").stdout
    assert extracted.startswith("claims.yaml: 0 new, 3 changed, 0 stale, 3 unchanged")
    assert desk.factsuite("check").stdout.endswith("6 claims: 6 agrees, 5 unreviewed\n")

    review = desk.review()
    review.confirm("articles/cup-final.md:5:38  kind: score  status: pending")
    review.confirm("articles/cup-final.md:5:66  kind: date  status: pending")
    review.confirm("articles/cup-final.md:6:12  kind: number  status: pending")
    review.confirm("articles/cup-final.md:6:27  kind: role  status: pending")
    review.confirm("articles/cup-final.md:6:35  kind: name  status: pending")
    shown = review.finish()
    assert "  gate now:   '2-1' agrees with" in shown
    assert "review: 5 decisions saved; 0 claims left\n" in shown
    assert queue(desk) == []
    assert desk.factsuite("check", "--strict").stdout.endswith("6 claims: 6 agrees\n")
    desk.commit("Rovers win the cup", "Sports Writer <sports@example.org>")


def merge_the_branches(desk: Desk) -> None:
    """Step 4: the editor merges football into budget; the driver merges claims.yaml."""
    budget_claims = claims_at(desk, "budget")
    football_claims = claims_at(desk, "football")
    desk.git("checkout", "-q", "budget")
    merged = desk.git("merge", "--no-edit", "football")
    assert "CONFLICT" not in merged.stdout + merged.stderr
    assert desk.git("status", "--porcelain").stdout == ""  # merged and committed
    text = desk.claims_text
    assert text is not None
    assert not any(marker in text for marker in ("<<<<<<<", "=======", ">>>>>>>"))
    claims = [as_recorded(claim) for claim in desk.claims()]
    # every claim and every decision of both writers, once each (example.md's is shared)
    assert len(claims) == len(budget_claims) + len(football_claims) - 1
    for claim in budget_claims + football_claims:
        assert as_recorded(claim) in claims


def as_recorded(claim: Claim) -> dict[str, object]:
    """A claim as claims.yaml records it, wherever in the file it stands."""
    fields = msgspec.structs.asdict(claim)
    del fields["source_line"]
    return fields


def claims_at(desk: Desk, branch: str) -> list[Claim]:
    text = desk.git("show", f"{branch}:claims.yaml").stdout
    return parse_claims(text, "claims.yaml", None)


def run_the_pull_request_workflow(desk: Desk, summary: Path) -> None:
    """Step 5: the commands of init's workflow, in order, as GitHub Actions runs them
    (all but the install step, which needs the network)."""
    workflow = yaml.safe_load((desk.root / WORKFLOW).read_text(encoding="utf-8"))
    assert "pull_request" in workflow[True]  # YAML 1.1 reads the key `on` as true
    steps = workflow["jobs"]["factcheck"]["steps"]
    commands = [
        step["run"] for step in steps if "run" in step and step.get("name") != "Install factsuite"
    ]
    assert commands == [
        "factsuite extract --check --no-progress",
        "factsuite check --strict --format github",
        "pytest --factsuite-strict",
        "factsuite check --strict --format sarif -o factsuite.sarif",
    ]
    ci = Desk(desk.root, {**desk.env, "CI": "true", "GITHUB_STEP_SUMMARY": str(summary)})
    ci.claims_after_last_command = desk.claims_text
    outputs = [ci.run("bash", "-e", "-c", command) for command in commands]
    desk.claims_after_last_command = ci.claims_after_last_command

    annotations = outputs[1].stdout
    assert "::error" not in annotations
    gate = outputs[2].stdout
    # both stories' claims and example.md's; the ignored "Dec. 3" is not checked
    assert "\n13 claims: 12 agrees, 1 unverifiable\n" in gate
    assert gate.splitlines()[-1].strip("= ").startswith("12 passed, 1 skipped in "), gate
    assert "13 claims checked, 0 failed." in summary.read_text(encoding="utf-8")
    sarif = json.loads((desk.root / "factsuite.sarif").read_text(encoding="utf-8"))
    assert sarif["version"] == "2.1.0"
    assert [r for r in sarif["runs"][0]["results"] if r.get("level") == "error"] == []


def test_a_new_desk_reviewed_merged_and_run_as_a_pull_request_ends_green(
    tmp_path: Path,
) -> None:
    desk = make_a_new_desk(tmp_path / "desk", clean_environment(tmp_path))
    write_the_budget_story(desk)
    desk.git("checkout", "-q", "main")
    write_the_football_story(desk)
    merge_the_branches(desk)
    run_the_pull_request_workflow(desk, tmp_path / "step-summary.md")
    # Step 6: nothing but commands changed claims.yaml, to the last step
    desk.assert_claims_untouched_since_last_command()
    authors = set(desk.git("log", "--format=%an").stdout.splitlines())
    assert authors == {"Desk Editor", "City Writer", "Sports Writer"}
