"""The docs say what the program does: every checked example of docs/cli.md is run in
a temporary desk and compared with what it prints, the test ids and JSON report of
docs/reference.md are the plugin's, and the README's links stay in the repository.

A block of cli.md is checked when the line before its fence is
``<!-- checked: NAME -->``; ``SCENARIOS[NAME]`` sets up its desk and says what to run
when the block shows no ``$ command`` lines of its own. An example that drifts from
the program's output fails here; so does a marked block without a scenario, and a
scenario without its block.
"""

from __future__ import annotations

import json
import re
import shlex
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from factsuite import cli, plugin
from factsuite.model import Claim
from tests.conftest import REPO, dedent
from tests.test_tutorial import edit, make_tutorial_desk

DOCS = REPO / "docs"
_CHECKED = re.compile(
    r"<!-- checked: (?P<name>[\w-]+) -->\n(?P<indent> *)```[a-z]*\n(?P<body>.*?)(?P=indent)```",
    re.DOTALL,
)
_FENCED = re.compile(r"^ *```.*?^ *```", re.DOTALL | re.MULTILINE)


def checked_blocks(page: Path) -> dict[str, str]:
    """The checked blocks of a page by name, their indentation taken off."""
    found: dict[str, str] = {}
    for match in _CHECKED.finditer(page.read_text(encoding="utf-8")):
        indent = len(match["indent"])
        body = "".join(line[indent:] for line in match["body"].splitlines(keepends=True))
        assert match["name"] not in found, f"two blocks named {match['name']}"
        found[match["name"]] = body
    return found


def transcript(
    commands: list[str], capsys: pytest.CaptureFixture[str], *, prompt: bool = True
) -> str:
    """What a terminal shows for ``commands`` (each ``factsuite ...``): each after its
    ``$`` prompt, or (``prompt=False``) their outputs alone."""
    shown = []
    for command in commands:
        words = shlex.split(command)
        assert words[0] == "factsuite", command
        cli.main(words[1:])
        out, err = capsys.readouterr()
        shown.append((command, out + err))
    if not prompt:
        return "".join(printed for _, printed in shown)
    return "".join(f"$ {command}\n{printed}" for command, printed in shown)


# Scenarios: the desk each checked block of cli.md runs in ---------------------------


def sample_desk(tmp_path: Path) -> Path:
    """A copy of the repository's sample desk (five articles on Kim Jong Un's trip)."""
    desk = tmp_path / "sample"
    for name in ("facts", "articles", "checks"):
        shutil.copytree(REPO / name, desk / name)
    for name in ("claims.yaml", "pyproject.toml", "conftest.py"):
        shutil.copy(REPO / name, desk / name)
    return desk


def input_errors(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> tuple[Path, list[str]]:
    # A fact file whose twelfth line names a type that does not exist.
    people = dedent("""\
        kim-jong-un:
          type: person
          name: Kim Jong Un
          sources: [https://example.org/kim]
        xi-jinping:
          type: person
          name: Xi Jinping
          sources: [https://example.org/xi]
        putin:
          name: Vladimir Putin
          sources: [https://example.org/putin]
          type: persn
        """)
    desk = make_tutorial_desk(tmp_path, capsys)
    (desk / "facts" / "people.yaml").write_text(people, encoding="utf-8")
    return desk, ["factsuite check", "factsuite check --format xml"]


def impact(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> tuple[Path, list[str]]:
    return sample_desk(tmp_path), []


def extract_prune(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> tuple[Path, list[str]]:
    # The tutorial's desk as extract leaves it, then its reviewed length claim's words
    # replaced by words of the same length that are no claim (no other claim moves).
    desk = make_tutorial_desk(tmp_path, capsys)
    assert cli.main(["extract", "--no-progress"]) == 0
    edit(
        desk / "articles" / "footbridge-reopens.md",
        "The 412-metre footbridge",
        "The old metal footbridge",
    )
    return desk, []


# A scenario writes its desk (the tutorial's is made in the current folder) and says
# where to run, and what when the block shows no commands.
Scenario = Callable[[Path, pytest.CaptureFixture[str]], tuple[Path, list[str]]]
SCENARIOS: dict[str, Scenario] = {
    "input-errors": input_errors,
    "impact": impact,
    "extract-prune": extract_prune,
}


def test_every_checked_block_has_its_scenario() -> None:
    assert set(checked_blocks(DOCS / "cli.md")) == set(SCENARIOS)


@pytest.mark.parametrize("name", sorted(SCENARIOS))
def test_a_checked_example_of_cli_md_is_what_the_program_prints(
    name: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    block = checked_blocks(DOCS / "cli.md")[name]
    monkeypatch.chdir(tmp_path)
    where, commands = SCENARIOS[name](tmp_path, capsys)
    monkeypatch.chdir(where)
    capsys.readouterr()
    shown_commands = [line[2:] for line in block.splitlines() if line.startswith("$ ")]
    if shown_commands:
        assert not commands, "a block that shows its commands runs those"
        assert transcript(shown_commands, capsys) == block
    else:
        assert transcript(commands, capsys, prompt=False) == block


# reference.md: the test ids and the JSON report --------------------------------------


def test_the_json_report_example_is_the_sample_desks(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    reference = (DOCS / "reference.md").read_text(encoding="utf-8")
    section = reference[reference.index("\n## pytest\n") :]
    example = json.loads(re.search(r"```json\n(.*?)```", section, re.DOTALL)[1])  # type: ignore[index]
    (documented,) = example["results"]

    monkeypatch.chdir(sample_desk(tmp_path))
    cli.main(["check", "--format", "json", "--no-cache"])
    report = json.loads(capsys.readouterr().out)
    place = (documented["article"], documented["line"], documented["column"])
    (actual,) = [r for r in report["results"] if (r["article"], r["line"], r["column"]) == place]
    assert {**documented, "test": ""} == actual

    claim = Claim(
        article=actual["article"],
        line=actual["line"],
        column=actual["column"],
        quote=actual["quote"],
        kind=actual["kind"],
        fact=actual["fact"],
    )
    assert documented["test"] == f"checks/test_claims.py::test_claim[{plugin.claim_id(claim)}]"


def test_the_test_id_format_is_the_plugins() -> None:
    reference = (DOCS / "reference.md").read_text(encoding="utf-8")
    pattern = re.search(r"ids\s+`([^`]+)`", reference)
    assert pattern, "reference.md states the test id format"
    claim = Claim(
        article="articles/a-story.md", line=3, column=14, quote="26", kind="number", fact="x.y"
    )
    unbound = Claim(article="articles/a-story.md", line=3, column=14, quote="26", kind="number")
    for example, fact in ((claim, "x.y"), (unbound, "number")):
        filled = (
            pattern[1]
            .replace("<article name>", "a-story")
            .replace("<line>", "3")
            .replace("<column>", "14")
            .replace("<fact or kind>", fact)
        )
        assert filled == plugin.claim_id(example)


# Links ----------------------------------------------------------------------------------

# The absolute URLs the README may link to: the project's own pages and the standards
# it implements. Anything else is a link out of the repository a reader cannot rely on.
ALLOWED_URLS = (
    "https://github.com/factsuite/factsuite",
    "https://schema.org/",
    "https://docs.oasis-open.org/sarif/",
    "https://docs.pytest.org/",
)
_LINK = re.compile(r"\[[^\]]*\]\(([^)\s]+)\)")


def links(page: Path) -> list[str]:
    """The targets of a Markdown page's links, code blocks and code spans left out."""
    text = _FENCED.sub("", page.read_text(encoding="utf-8"))
    text = re.sub(r"`[^`\n]*`", "", text)
    return _LINK.findall(text)


def anchors(page: Path) -> set[str]:
    """The anchors GitHub makes for a page: a slug per heading, and ``<a id>``s."""
    text = _FENCED.sub("", page.read_text(encoding="utf-8"))
    found = set(re.findall(r'<a id="([^"]+)">', text))
    for heading in re.findall(r"^#+ (.*)$", text, re.MULTILINE):
        found.add(re.sub(r"[^\w\- ]", "", heading.lower()).replace(" ", "-"))
    return found


@pytest.mark.parametrize(
    "page", [REPO / "README.md", *sorted(DOCS.glob("*.md"))], ids=lambda p: p.name
)
def test_links_stay_in_the_repository(page: Path) -> None:
    for target in links(page):
        if re.match(r"[a-z]+:", target):
            assert target.startswith(ALLOWED_URLS), f"{page.name}: link out: {target}"
            continue
        path, _, anchor = target.partition("#")
        file = (page.parent / path).resolve() if path else page
        assert file.is_relative_to(REPO), f"{page.name}: {target} leaves the repository"
        assert file.exists(), f"{page.name}: {target} does not exist"
        if anchor and file.suffix == ".md":
            assert anchor in anchors(file), f"{page.name}: {target}: no such anchor"


def test_the_link_check_can_fail(tmp_path: Path) -> None:
    page = tmp_path / "page.md"
    page.write_text("[a](../x.md) [b](https://example.org) `[c](y.md)`\n```\n[d](z)\n```\n")
    assert links(page) == ["../x.md", "https://example.org"]
    assert "desk-settings-toolfactsuite" in anchors(DOCS / "reference.md")


def test_the_readmes_failure_is_what_check_prints(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    shown = re.search(r"\*\*A failure\*\*.*?```text\n(.*?)```", readme, re.DOTALL)
    assert shown, "README.md shows a failure"
    article = shown[1].split(":", 1)[0]
    monkeypatch.chdir(sample_desk(tmp_path))
    assert cli.main(["check", "--no-cache", article]) == 1
    diagnostics = capsys.readouterr().out.split("\n\n")
    assert shown[1].rstrip("\n") in diagnostics
