"""What `factsuite init` writes for CI and editors: a workflow that runs, task
problem matchers and Vim settings that read what `factsuite check` prints."""

from __future__ import annotations

import json
import os
import re
import shlex
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from packaging.requirements import Requirement

from factsuite import __version__, cli, scaffold
from tests.conftest import REPO

WORKFLOW = ".github/workflows/factcheck.yml"


def workflow_steps(desk: Path) -> list[dict[str, object]]:
    workflow = yaml.safe_load((desk / WORKFLOW).read_text(encoding="utf-8"))
    steps: list[dict[str, object]] = workflow["jobs"]["factcheck"]["steps"]
    return steps


def test_the_workflow_installs_factsuite_from_a_pinned_git_tag(tmp_path: Path) -> None:
    scaffold.scaffold(tmp_path)
    workflow = yaml.safe_load((tmp_path / WORKFLOW).read_text(encoding="utf-8"))
    requirement = Requirement(workflow["env"]["FACTSUITE"])  # pip's own syntax
    assert requirement.name == "factsuite"
    assert requirement.url == f"git+{scaffold.FACTSUITE_REPOSITORY}@v{__version__}"
    (install,) = [s for s in workflow_steps(tmp_path) if s.get("name") == "Install factsuite"]
    assert install["run"] == 'python -m pip install "$FACTSUITE"'  # the one place to edit
    cli_md = (REPO / "docs" / "cli.md").read_text(encoding="utf-8")
    assert f"`{workflow['env']['FACTSUITE']}`" in cli_md


def test_the_workflow_checks_extraction_the_strict_gate_and_uploads_sarif(
    tmp_path: Path,
) -> None:
    scaffold.scaffold(tmp_path)
    workflow = yaml.safe_load((tmp_path / WORKFLOW).read_text(encoding="utf-8"))
    steps = workflow_steps(tmp_path)
    commands = [step.get("run") for step in steps]
    assert "factsuite extract --check --no-progress" in commands
    assert "pytest --factsuite-strict" in commands
    (sarif,) = [s for s in steps if "--format sarif" in str(s.get("run", ""))]
    assert sarif["run"] == "factsuite check --strict --format sarif -o factsuite.sarif"
    assert sarif["if"] == "always()"  # a report even when the gate failed
    (upload,) = [s for s in steps if str(s.get("uses", "")).startswith("github/codeql-action/")]
    assert str(upload["uses"]).startswith("github/codeql-action/upload-sarif@")
    assert upload["if"] == "always()"
    assert upload["with"] == {"sarif_file": "factsuite.sarif"}
    assert workflow["jobs"]["factcheck"]["permissions"]["security-events"] == "write"
    # the report is written before it is uploaded
    assert steps.index(sarif) < steps.index(upload)


def tool_path() -> dict[str, str]:
    """The environment with this interpreter's scripts (factsuite, pytest) first."""
    env = dict(os.environ)
    env["PATH"] = str(Path(sys.executable).parent) + os.pathsep + env.get("PATH", "")
    env.pop("PYTEST_ADDOPTS", None)
    return env


def test_the_workflows_commands_pass_in_a_new_desk(tmp_path: Path) -> None:
    scaffold.scaffold(tmp_path)
    ran = []
    for step in workflow_steps(tmp_path):
        command = step.get("run")
        if not isinstance(command, str) or step.get("name") == "Install factsuite":
            continue
        done = subprocess.run(
            ["bash", "-e", "-c", command],
            cwd=tmp_path,
            env=tool_path(),
            capture_output=True,
            text=True,
            check=False,
        )
        assert done.returncode == 0, f"{command}\n{done.stdout}{done.stderr}"
        ran.append(command)
    assert len(ran) == 4
    sarif = json.loads((tmp_path / "factsuite.sarif").read_text(encoding="utf-8"))
    assert sarif["version"] == "2.1.0"
    assert sarif["runs"][0]["results"] == []


# Editors --------------------------------------------------------------------------------


@pytest.fixture
def failing_desk(tmp_path: Path) -> Path:
    """A new desk whose fact no longer agrees with its article, and one more number
    nobody recorded (a needs-review failure in strict mode)."""
    scaffold.scaffold(tmp_path)
    fact = tmp_path / "facts" / "example.yaml"
    fact.write_text(
        fact.read_text(encoding="utf-8").replace("value: 2024-05-14", "value: 2024-05-13"),
        encoding="utf-8",
    )
    with (tmp_path / "articles" / "example.md").open("a", encoding="utf-8") as article:
        article.write("\nIt has 12 reading rooms.\n")
    return tmp_path


def failures(desk: Path, monkeypatch: pytest.MonkeyPatch) -> set[tuple[str, int, int, str]]:
    """Each failed claim of a strict check, from the JSON report: (path, line, column,
    verdict)."""
    monkeypatch.chdir(desk)
    assert cli.main(["check", "--strict", "--format", "json", "-o", "report.json"]) == 1
    report = json.loads((desk / "report.json").read_text(encoding="utf-8"))
    found = {
        (r["article"], r["line"], r["column"], r["verdict"])
        for r in report["results"]
        if r["outcome"] == "failed"
    }
    assert {verdict for *_, verdict in found} == {"contradicts", "needs-review"}
    return found


def tasks(desk: Path) -> dict[str, dict[str, object]]:
    document = json.loads((desk / ".vscode" / "tasks.json").read_text(encoding="utf-8"))
    return {task["label"]: task for task in document["tasks"]}


def run_task(task: dict[str, object], desk: Path, file: Path) -> str:
    """The task as VS Code runs it: its command and arguments, ${file} the open file."""

    def expand(value: str) -> str:
        return value.replace("${file}", str(file)).replace("${workspaceFolder}", str(desk))

    options = task["options"]
    assert isinstance(options, dict)
    args = task["args"]
    assert isinstance(args, list)
    done = subprocess.run(
        [str(task["command"]), *map(expand, args)],
        cwd=expand(options["cwd"]),
        env={**tool_path(), **options["env"]},
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 1, done.stderr
    return done.stdout


def test_the_vscode_tasks_problem_matcher_reads_every_failing_claim(
    failing_desk: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    expected = failures(failing_desk, monkeypatch)
    by_label = tasks(failing_desk)
    assert by_label["factsuite: check this file"]["args"] == ["check", "${file}"]
    assert by_label["factsuite: check the desk"]["args"] == ["check"]
    # strict for the test, as CI runs: the desk's own setting decides in the editor
    (failing_desk / "pyproject.toml").write_text(
        (failing_desk / "pyproject.toml").read_text("utf-8").replace("false", "true"), "utf-8"
    )
    article = failing_desk / "articles" / "example.md"
    for task in by_label.values():
        matcher = task["problemMatcher"]
        assert isinstance(matcher, dict)
        assert matcher["fileLocation"] == ["relative", "${workspaceFolder}"]
        pattern = matcher["pattern"]
        # VS Code's regexps are JavaScript's; this one means the same in Python
        regexp = re.compile(pattern["regexp"])
        output = run_task(task, failing_desk, article)
        found = set()
        for line in output.splitlines():
            match = regexp.match(line)
            if match is None:
                continue
            file, row, column = (match[pattern[k]] for k in ("file", "line", "column"))
            verdict = match[pattern["code"]].replace(" ", "-")
            assert match[pattern["message"]]
            assert (failing_desk / file).is_file()
            found.add((file, int(row), int(column), verdict))
        assert found == expected, output


def test_init_says_how_to_set_up_the_merge_driver(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli.main(["init", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert "created .gitattributes\n" in out
    assert "created .vscode/tasks.json\n" in out
    command = 'git config merge.factsuite-claims.driver "factsuite merge-claims %O %A %B"'
    assert out.splitlines()[-2].endswith(f": {command}")
    cli_md = (REPO / "docs" / "cli.md").read_text(encoding="utf-8")
    assert f"```text\n{out.splitlines()[-2]}\n```" in cli_md  # the line cli.md shows
    attributes = (tmp_path / ".gitattributes").read_text(encoding="utf-8").splitlines()
    assert "claims.yaml merge=factsuite-claims" in attributes
    assert f"#   {command}" in attributes


# Vim ----------------------------------------------------------------------------------


def vim_settings() -> dict[str, str]:
    """The `:set` lines of reference.md's Vim block, as option -> value."""
    reference = (REPO / "docs" / "reference.md").read_text(encoding="utf-8")
    block = reference.split("```vim\n", 1)[1].split("```", 1)[0]
    found = {}
    for line in block.splitlines():
        if line.startswith(":set "):
            option, value = line[len(":set ") :].split("=", 1)
            found[option] = value
    return found


def errorformat_regexps(errorformat: str) -> list[tuple[bool, re.Pattern[str]]]:
    """The patterns of a Vim errorformat (the items it uses), each as (kept, regexp):
    %f file, %l line, %c column, %m message, %.%# anything; %- drops a line."""
    patterns = []
    for item in re.split(r"(?<!\\),", errorformat):
        kept = not item.startswith("%-G")
        item = item.removeprefix("%-G")
        regexp, rest = "", item.replace("\\ ", " ")
        tokens = {"%f": r"(?P<f>\S.*?)", "%l": r"(?P<l>\d+)", "%c": r"(?P<c>\d+)"}
        tokens |= {"%m": r"(?P<m>.*)", "%.%#": ".*"}
        while rest:
            token = next((t for t in tokens if rest.startswith(t)), None)
            if token is None:
                regexp, rest = regexp + re.escape(rest[0]), rest[1:]
            else:
                regexp, rest = regexp + tokens[token], rest[len(token) :]
        patterns.append((kept, re.compile(regexp + "$")))
    return patterns


def test_vims_errorformat_reads_every_failing_claim(
    failing_desk: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    expected = failures(failing_desk, monkeypatch)
    settings = vim_settings()
    makeprg = shlex.split(settings["makeprg"].replace("\\ ", " "))
    assert makeprg == ["factsuite", "check"]
    capsys.readouterr()
    assert cli.main([*makeprg[1:], "--strict"]) == 1
    output = capsys.readouterr().out
    found = set()
    for line in output.splitlines():
        # Vim tries the patterns in order; the first that matches decides
        for kept, regexp in errorformat_regexps(settings["errorformat"]):
            match = regexp.match(line)
            if match is not None:
                if kept:
                    verdict = match["m"].split(": ", 1)[0].replace(" ", "-")
                    found.add((match["f"], int(match["l"]), int(match["c"]), verdict))
                break
    assert found == expected, output


def reference_blocks(language: str) -> list[str]:
    reference = (REPO / "docs" / "reference.md").read_text(encoding="utf-8")
    return [part.split("```", 1)[0] for part in reference.split(f"```{language}\n")[1:]]


def test_the_references_editor_examples_are_what_check_prints(
    failing_desk: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(failing_desk)
    assert cli.main(["check"]) == 1
    printed = capsys.readouterr().out.splitlines()
    section = (REPO / "docs" / "reference.md").read_text(encoding="utf-8").split("## Editors")[1]
    diagnostic, pattern = (block.strip() for block in section.split("```text\n")[1:3])
    assert diagnostic.split("```")[0].strip() in printed
    assert pattern.split("```")[0].strip() == scaffold.DIAGNOSTIC_PATTERN


def test_the_tutorials_init_output_and_workflow_are_what_init_writes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    tutorial = (REPO / "docs" / "tutorial.md").read_text(encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert cli.main(["init"]) == 0
    assert f"```text\n{capsys.readouterr().out}```" in tutorial
    workflow = (tmp_path / WORKFLOW).read_text(encoding="utf-8")
    assert f"```yaml\n{workflow}```" in tutorial
