"""``factsuite init``: a new desk is green at once, and nothing existing is touched."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from factsuite import cli, scaffold, settings
from factsuite.desk import Desk


def init(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = cli.main(["init", *argv])
    out, err = capsys.readouterr()
    return status, out, err


def test_init_writes_every_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "newsroom"
    status, out, _ = init(capsys, str(target))
    assert status == 0
    for name in scaffold.FILES:
        assert (target / name).read_text(encoding="utf-8") == scaffold.FILES[name]
        assert f"created {name}" in out
    assert out.splitlines()[-1] == f"next: cd {target} && pytest   (or: factsuite check)"


def test_the_example_claim_points_at_its_quote(tmp_path: Path) -> None:
    scaffold.scaffold(tmp_path)
    desk = Desk.load(tmp_path)
    (claim,) = desk.claims
    article = desk.article(claim.article)
    offset = article.offset(claim.line, claim.column)
    assert offset is not None
    assert article.text[offset:].startswith(claim.quote)


def test_the_example_desk_is_green(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    scaffold.scaffold(tmp_path)
    monkeypatch.chdir(tmp_path)
    assert cli.main(["check", "-v"]) == 0
    assert capsys.readouterr().out == "1 claim: 1 agrees\n"
    assert cli.main(["check", "--strict"]) == 0  # as its CI runs it
    # `pytest` as a newsroom runs it: in the desk, from its pyproject.toml's testpaths.
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "-p", "no:cacheprovider", "--factsuite-strict"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "1 passed" in done.stdout
    assert "1 claim: 1 agrees" in done.stdout


def test_the_generated_yaml_files_are_valid(tmp_path: Path) -> None:
    scaffold.scaffold(tmp_path)
    hooks = yaml.safe_load((tmp_path / ".pre-commit-config.yaml").read_text(encoding="utf-8"))
    (hook,) = hooks["repos"][0]["hooks"]
    assert hook["entry"] == "factsuite check"
    workflow = yaml.safe_load(
        (tmp_path / ".github" / "workflows" / "factcheck.yml").read_text(encoding="utf-8")
    )
    commands = [step.get("run", "") for step in workflow["jobs"]["factcheck"]["steps"]]
    # CI runs the gate strictly: a claim nobody has reviewed fails there
    assert "factsuite check --strict --format github" in commands
    assert "pytest --factsuite-strict" in commands


def test_existing_files_are_never_overwritten(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "pyproject.toml").write_text('[project]\nname = "paper"\n', encoding="utf-8")
    (tmp_path / "claims.yaml").write_text("version: 1\nclaims: []\n", encoding="utf-8")
    status, out, _ = init(capsys, str(tmp_path))
    assert status == 0
    assert (tmp_path / "pyproject.toml").read_text("utf-8") == '[project]\nname = "paper"\n'
    assert (tmp_path / "claims.yaml").read_text("utf-8") == "version: 1\nclaims: []\n"
    assert "skipped claims.yaml: it already exists\n" in out
    assert (
        "skipped pyproject.toml: it already exists (add [tool.factsuite]"
        ' and [tool.pytest.ini_options] testpaths = ["checks"] to it)' in out
    )
    assert "created facts/example.yaml" in out


def test_a_second_init_changes_nothing(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    init(capsys, str(tmp_path))
    (tmp_path / "facts" / "example.yaml").write_text("# mine now\n", encoding="utf-8")
    status, out, _ = init(capsys, str(tmp_path))
    assert status == 0
    assert "created" not in out
    assert out.count("skipped") == len(scaffold.FILES)
    assert "testpaths" not in out.split("skipped pyproject.toml")[1].splitlines()[0]
    assert (tmp_path / "facts" / "example.yaml").read_text("utf-8") == "# mine now\n"


def test_init_into_a_file_is_an_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "paper.txt").write_text("", encoding="utf-8")
    status, out, err = init(capsys, str(tmp_path / "paper.txt"))
    assert status == 2
    assert out == ""
    assert err.endswith("paper.txt: is a file, not a folder\n")


def test_init_keeps_the_claims_lock_out_of_git(tmp_path: Path) -> None:
    scaffold.scaffold(tmp_path)
    ignored = (tmp_path / ".gitignore").read_text(encoding="utf-8").splitlines()
    assert "claims.yaml.lock" in ignored
    assert ".factsuite_cache/" in ignored


def test_the_new_desk_says_it_is_one(tmp_path: Path) -> None:
    scaffold.scaffold(tmp_path)
    assert settings.declares_desk(tmp_path)  # by its table, not only by claims.yaml
    assert settings.load_settings(tmp_path) == settings.Settings(strict=False)


@pytest.mark.parametrize(
    ("pyproject", "hint"),
    [
        ('[tool.factsuite]\n[tool.pytest.ini_options]\ntestpaths = ["checks"]\n', ""),
        ("[tool.factsuite]\n", ' (add [tool.pytest.ini_options] testpaths = ["checks"] to it)'),
        ('[tool.pytest.ini_options]\ntestpaths = ["checks"]\n', " (add [tool.factsuite] to it)"),
    ],
)
def test_an_existing_pyproject_is_told_what_it_lacks(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], pyproject: str, hint: str
) -> None:
    (tmp_path / "pyproject.toml").write_text(pyproject, encoding="utf-8")
    status, out, _ = init(capsys, str(tmp_path))
    assert status == 0
    assert f"skipped pyproject.toml: it already exists{hint}\n" in out
    assert (tmp_path / "pyproject.toml").read_text("utf-8") == pyproject


def test_the_example_fact_file_names_every_fact_type() -> None:
    from factsuite.model import FACT_TYPES

    types = scaffold.FACT.split("# Types: ", 1)[1].split(" (see", 1)[0].split(", ")
    assert sorted(types) == sorted(FACT_TYPES)
