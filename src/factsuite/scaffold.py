"""``factsuite init``: a new desk whose gate is green from the first run.

It writes one example fact, one article and one claim on it, the desk's pytest
check, and the settings that make ``pytest``, pre-commit and GitHub Actions run the
gate, git merge claims.yaml claim by claim, and VS Code list failing claims as
problems. It never overwrites a file: what already exists is left alone and
reported, so running it in an existing project (or twice) is safe.
"""

from __future__ import annotations

import json
from pathlib import Path

from factsuite import __version__
from factsuite.home import REPOSITORY

# Where a new desk's CI installs factsuite from. factsuite is on no package index
# yet, so it comes from its git repository, pinned to this release's tag. A desk
# edits the one FACTSUITE line of its workflow to move to another release or a fork;
# once factsuite is released on PyPI, that line becomes "factsuite==<version>".
FACTSUITE_REPOSITORY = REPOSITORY
FACTSUITE_TAG = f"v{__version__}"
FACTSUITE_REQUIREMENT = f"factsuite @ git+{FACTSUITE_REPOSITORY}@{FACTSUITE_TAG}"

# git's merge driver for claims.yaml (mergeclaims.py): .gitattributes names it, and
# each clone defines it once, since git keeps drivers out of the repository.
MERGE_DRIVER = "factsuite-claims"
MERGE_DRIVER_COMMAND = f'git config merge.{MERGE_DRIVER}.driver "factsuite merge-claims %O %A %B"'
MERGE_DRIVER_NAME_COMMAND = (
    f'git config merge.{MERGE_DRIVER}.name "factsuite: claims.yaml merged claim by claim"'
)

FACT = """\
# Canonical facts: a mapping from fact id to fact. Every fact has a type and a source.
# Types: date, count, number, percent, range, rank, score, person, entity, attribute (see
# factsuite's docs/reference.md). Split facts into as many files under facts/ as you like.
library.opening:
  type: date
  label: the opening of the Riverside public library
  value: 2024-05-14
  cues: [opened, opening]
  sources:
    - Riverside town council minutes, 2024-05-14 (an example; cite your own source)
"""

ARTICLE = """\
---
title: Riverside library opens
published: 2024-05-15
---
The Riverside library opened on May 14, 2024.
"""

# The claim's line and column are those of "May 14, 2024" in ARTICLE, front matter
# included (tests/test_scaffold.py checks that they point at the quote).
CLAIMS = """\
# Every checkable claim in articles/, each tied to the fact it states.
# `factsuite extract` finds new claims; review each one and set `status: confirmed`.
version: 1
claims:
  - article: articles/example.md
    line: 5
    column: 33
    quote: May 14, 2024
    kind: date
    fact: library.opening
    status: confirmed
"""

CHECK = '''\
"""The editorial gate: every claim in claims.yaml must agree with the facts."""


def test_claim(claim, check_claim):
    check_claim(claim)
'''

CONFTEST = '''\
"""The desk's pytest configuration.

factsuite's pytest plugin is loaded through its entry point and finds this desk by
[tool.factsuite] in pyproject.toml; nothing else is needed here. Add fixtures or
hooks of your own.
"""
'''

PYPROJECT = """\
[tool.factsuite]
# This folder is a factsuite desk. strict = true fails every claim nobody has
# reviewed yet (pending, needs-review); CI runs the gate strictly either way.
strict = false

[tool.pytest.ini_options]
# `pytest` is the editorial gate: every claim in claims.yaml must agree with facts/.
testpaths = ["checks"]
"""

PRE_COMMIT = """\
# Check the staged articles and fact files before each commit. Set up once with:
#   pip install pre-commit && pre-commit install
repos:
  - repo: local
    hooks:
      - id: factsuite
        name: factsuite check
        entry: factsuite check
        language: system
        files: ^(articles/.*\\.(md|markdown|txt)|facts/.*\\.ya?ml)$
# Or let pre-commit install factsuite itself, from factsuite's repository:
#  - repo: <the URL of factsuite's git repository>
#    rev: <a tag of it>
#    hooks:
#      - id: factsuite
"""

WORKFLOW = f"""\
# The editorial gate in CI: every claim in every article must agree with the facts.
name: factcheck
on:
  push:
  pull_request:

env:
  # Where factsuite is installed from: its git repository, pinned to a release tag
  # (factsuite is on no package index yet). Edit this line to move to another
  # release; once factsuite is on PyPI, "factsuite==<version>" will do.
  FACTSUITE: "{FACTSUITE_REQUIREMENT}"

jobs:
  factcheck:
    runs-on: ubuntu-latest
    permissions:
      contents: read
      security-events: write  # to upload the SARIF report to code scanning
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with:
          python-version: "3.12"
      - name: Install factsuite
        run: python -m pip install "$FACTSUITE"
      - name: claims.yaml records every claim of the articles
        run: factsuite extract --check --no-progress
      # --strict: a claim nobody has reviewed (pending, needs-review) fails too,
      # so a new number cannot pass green before a person has looked at it.
      - name: Check every claim (a failing claim is annotated on the pull request)
        run: factsuite check --strict --format github
      - name: Run the desk's pytest checks
        run: pytest --factsuite-strict
      - name: Write the SARIF report
        if: always()
        run: factsuite check --strict --format sarif -o factsuite.sarif
      - name: Upload it to code scanning
        if: always()
        uses: github/codeql-action/upload-sarif@v3
        with:
          sarif_file: factsuite.sarif
"""

# Not part of the desk: the parse cache, and the lock factsuite takes (and leaves in
# place, as filelock does) to write claims.yaml.
GITIGNORE = """\
# factsuite's cache and claims.yaml's lock file: not part of the desk
.factsuite_cache/
claims.yaml.lock
"""

GITATTRIBUTES = f"""\
# claims.yaml is merged claim by claim, keeping every review decision (factsuite
# merge-claims). git keeps merge drivers out of the repository: in each clone, once:
#   {MERGE_DRIVER_COMMAND}
#   {MERGE_DRIVER_NAME_COMMAND}
# Until then git merges claims.yaml line by line, as any text file.
claims.yaml merge={MERGE_DRIVER}
"""

# What `factsuite check` prints first for each failing claim (report.render):
# "path:line:column: verdict: message", path relative to the desk; the verdict as
# messages write it, one or two words ("contradicts", "needs review").
DIAGNOSTIC_PATTERN = r"^(\S.*?):(\d+):(\d+): ([a-z]+(?: [a-z]+)?): (.*)$"

_PROBLEM_MATCHER = {
    "owner": "factsuite",
    "source": "factsuite",
    "fileLocation": ["relative", "${workspaceFolder}"],
    "severity": "error",
    "pattern": {
        "regexp": DIAGNOSTIC_PATTERN,
        "file": 1,
        "line": 2,
        "column": 3,
        "code": 4,
        "message": 5,
    },
}

# NO_COLOR: a task runs in a terminal, and the diagnostics are matched as plain text.
_TASK_OPTIONS = {"cwd": "${workspaceFolder}", "env": {"NO_COLOR": "1"}}

# VS Code: Terminal > Run Task... lists both; failing claims show under Problems.
# The desk is the workspace folder, as the matcher's relative paths assume.
VSCODE_TASKS = (
    json.dumps(
        {
            "version": "2.0.0",
            "tasks": [
                {
                    "label": "factsuite: check this file",
                    "type": "process",
                    "command": "factsuite",
                    "args": ["check", "${file}"],
                    "options": _TASK_OPTIONS,
                    "group": "test",
                    "problemMatcher": _PROBLEM_MATCHER,
                },
                {
                    "label": "factsuite: check the desk",
                    "type": "process",
                    "command": "factsuite",
                    "args": ["check"],
                    "options": _TASK_OPTIONS,
                    "group": {"kind": "test", "isDefault": True},
                    "problemMatcher": _PROBLEM_MATCHER,
                },
            ],
        },
        indent=2,
    )
    + "\n"
)

# In the order they are written and reported.
FILES: dict[str, str] = {
    "facts/example.yaml": FACT,
    "articles/example.md": ARTICLE,
    "claims.yaml": CLAIMS,
    "checks/test_claims.py": CHECK,
    "conftest.py": CONFTEST,
    "pyproject.toml": PYPROJECT,
    ".pre-commit-config.yaml": PRE_COMMIT,
    ".github/workflows/factcheck.yml": WORKFLOW,
    ".gitignore": GITIGNORE,
    ".gitattributes": GITATTRIBUTES,
    ".vscode/tasks.json": VSCODE_TASKS,
}

# Printed by `factsuite init` after what it wrote: the one step it cannot take.
SETUP_NOTE = f"merge claims.yaml claim by claim in this clone (once): {MERGE_DRIVER_COMMAND}"


def scaffold(target: Path) -> tuple[list[str], list[str]]:
    """Write the desk's files into ``target``; return (created, skipped) paths.

    A file that exists is skipped, never changed. Raises ``OSError`` when a file
    cannot be written (``target`` is a file, or is read-only).
    """
    created, skipped = [], []
    for name, text in FILES.items():
        path = target / name
        path.parent.mkdir(parents=True, exist_ok=True)
        try:
            # "x": fail rather than overwrite, even if the file appeared since we looked.
            with path.open("x", encoding="utf-8", newline="\n") as stream:
                stream.write(text)
        except FileExistsError:
            skipped.append(name)
            continue
        created.append(name)
    return created, skipped
