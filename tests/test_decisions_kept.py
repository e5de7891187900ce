"""A decision on a number stands when a newer kind reads the number in more words.

"412" confirmed as a number in "the 412-metre footbridge" is later read by the
quantity kind as "412-metre". The words did not change, a reader did: extract must
keep the person's claim as it is (confirmed, on "412") and add no second claim over
it, while a real edit of the number ("421-metre") is still followed and fails.
"""

from __future__ import annotations

import io
from pathlib import Path

import yaml

from factsuite.desk import Desk
from factsuite.extraction.command import run as extract

FACTS = """\
footbridge.length:
  type: number
  label: the length of the Riverside footbridge
  value: 412
  unit: metres
  cues: [footbridge]
  sources: [council report]
"""
ARTICLE = "---\ntitle: T\npublished: 2025-06-02\n---\nThe {n}-metre footbridge reopened.\n"
CLAIMS = """\
version: 1
claims:
  - article: articles/a.md
    line: 5
    column: 5
    quote: "412"
    kind: number
    fact: footbridge.length
    status: confirmed
"""


def desk(tmp_path: Path, n: int) -> Path:
    (tmp_path / "facts").mkdir()
    (tmp_path / "articles").mkdir()
    (tmp_path / "pyproject.toml").write_text("[tool.factsuite]\n", encoding="utf-8")
    (tmp_path / "facts" / "f.yaml").write_text(FACTS, encoding="utf-8")
    (tmp_path / "articles" / "a.md").write_text(ARTICLE.format(n=n), encoding="utf-8")
    (tmp_path / "claims.yaml").write_text(CLAIMS, encoding="utf-8")
    return tmp_path


def run_extract(root: Path) -> list[dict[str, object]]:
    assert extract(root, [], False, False, io.StringIO(), io.StringIO()) == 0
    claims: list[dict[str, object]] = yaml.safe_load(
        (root / "claims.yaml").read_text(encoding="utf-8")
    )["claims"]
    return claims


def test_a_confirmed_number_a_new_kind_reads_wider_stays_as_decided(tmp_path: Path) -> None:
    claims = run_extract(desk(tmp_path, 412))
    assert claims == [
        {
            "article": "articles/a.md",
            "line": 5,
            "column": 5,
            "quote": "412",
            "kind": "number",
            "fact": "footbridge.length",
            "status": "confirmed",
        }
    ]
    assert [r.verdict.value for r in Desk.load(tmp_path, use_cache=False).results()] == ["agrees"]


def test_a_real_edit_of_that_number_is_still_followed_and_fails(tmp_path: Path) -> None:
    root = desk(tmp_path, 421)
    claims = run_extract(root)
    assert [(c["quote"], c["kind"], c["status"]) for c in claims] == [
        ("421-metre", "quantity", "pending")
    ]
    loaded = Desk.load(root, use_cache=False)
    assert [r.verdict.value for r in loaded.results()] == ["contradicts"]
