"""``factsuite extract``: update claims.yaml, report, and --check for CI and hooks."""

from __future__ import annotations

import io
import random
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from factsuite.articles import load_article
from factsuite.compare import judge
from factsuite.desk import Desk
from factsuite.extraction import Extractor
from factsuite.extraction.command import run
from tests.conftest import REPO
from tests.test_extraction_support import write_desk

ARTICLE = """\
---
title: Kim to attend parade
published: 2025-08-28
---
North Korean leader Kim Jong Un will attend the parade next week.
It will bring together 26 foreign leaders, China confirmed on Thursday.
"""


def call(root: Path, *paths: str, check: bool = False) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    status = run(root, list(paths), check, True, out, err)
    return status, out.getvalue(), err.getvalue()


def test_check_is_clean_right_after_a_write_and_fails_after_an_edit(tmp_path: Path) -> None:
    root = write_desk(tmp_path, {"a.md": ARTICLE})
    assert call(root, check=True)[0] == 1  # no claims.yaml yet
    assert not (root / "claims.yaml").exists()  # --check writes nothing
    status, out, _ = call(root)
    assert status == 0
    assert "new" in out
    assert (root / "claims.yaml").exists()
    assert call(root, check=True)[0] == 0
    written = (root / "claims.yaml").read_text(encoding="utf-8")
    (root / "articles" / "a.md").write_text(
        ARTICLE.replace("26 foreign", "27 foreign"), encoding="utf-8"
    )
    status, out, _ = call(root, check=True)
    assert status == 1
    assert "out of date" in out
    assert "stale" in out
    assert (root / "claims.yaml").read_text(encoding="utf-8") == written


def test_a_second_run_changes_nothing(tmp_path: Path) -> None:
    root = write_desk(tmp_path, {"a.md": ARTICLE})
    call(root)
    first = (root / "claims.yaml").read_text(encoding="utf-8")
    status, out, _ = call(root)
    assert status == 0
    assert "0 new, 0 changed, 0 stale" in out
    assert (root / "claims.yaml").read_text(encoding="utf-8") == first


def test_reviewed_decisions_survive_an_edit_and_the_gate_judges_the_result(tmp_path: Path) -> None:
    root = write_desk(tmp_path, {"a.md": ARTICLE})
    call(root)
    text = (root / "claims.yaml").read_text(encoding="utf-8")
    text = text.replace(
        "quote: '26'\n    kind: number\n    fact: parade.foreign-leaders\n    status: pending",
        "quote: '26'\n    kind: number\n    fact: parade.foreign-leaders\n    status: confirmed",
    )
    (root / "claims.yaml").write_text(text, encoding="utf-8")
    (root / "articles" / "a.md").write_text(
        ARTICLE.replace("next week.", "next week, AFP said."), encoding="utf-8"
    )
    status, out, _ = call(root)
    assert status == 0
    assert "changed" in out
    desk = Desk.load(root)
    twenty_six = next(c for c in desk.claims if c.quote == "26")
    assert twenty_six.status == "confirmed"
    assert desk.judge(twenty_six).verdict.value == "agrees"


def test_only_the_named_articles_are_extracted(tmp_path: Path) -> None:
    root = write_desk(
        tmp_path, {"a.md": ARTICLE, "b.md": ARTICLE.replace("Kim", "Xi Jinping and Kim")}
    )
    status, _, _ = call(root, str(root / "articles" / "b.md"))
    assert status == 0
    articles = {c.article for c in Desk.load(root).claims}
    assert articles == {"articles/b.md"}
    call(root, str(root / "articles"))  # a folder
    assert {c.article for c in Desk.load(root).claims} == {"articles/a.md", "articles/b.md"}


def test_bad_input_is_a_message_and_status_2(tmp_path: Path) -> None:
    root = write_desk(tmp_path, {"a.md": "no front matter\n"})
    status, _, err = call(root)
    assert status == 2
    assert "articles/a.md" in err
    assert "front matter" in err
    root2 = write_desk(tmp_path / "other", {"a.md": ARTICLE})
    status, _, err = call(root2, "nowhere.md")
    assert status == 2
    assert "nowhere.md" in err
    status, _, err = call(tmp_path / "not-a-desk")
    assert status == 2


def test_no_progress_bar_when_error_output_is_not_a_terminal(tmp_path: Path) -> None:
    root = write_desk(tmp_path, {f"{i:02d}.md": ARTICLE for i in range(25)})
    status, _, err = call(root)
    assert status == 0
    assert err == ""


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_a_progress_bar_for_many_articles_on_a_terminal(tmp_path: Path) -> None:
    root = write_desk(tmp_path, {f"{i:02d}.md": ARTICLE for i in range(25)})
    err = _Terminal()
    assert run(root, [], False, True, io.StringIO(), err) == 0
    assert "25/25" in err.getvalue()


SAMPLE_FILES = sorted((REPO / "articles").glob("*.md"))


@settings(max_examples=10, deadline=None)
@given(st.permutations(SAMPLE_FILES), st.randoms(use_true_random=False))
def test_extraction_of_an_article_is_the_same_whatever_order_articles_are_read(
    order: list[Path], rng: random.Random
) -> None:
    desk = Desk.load(REPO)
    alone = {}
    for file in SAMPLE_FILES:
        fresh = Extractor(desk.facts, desk.context)
        alone[file] = fresh.extract(load_article(file, file.relative_to(REPO).as_posix()))
    shared = Extractor(desk.facts, desk.context)
    for file in order * (1 + rng.randrange(2)):
        assert shared.extract(load_article(file, file.relative_to(REPO).as_posix())) == alone[file]


def test_the_sample_desk_extracts_without_a_failure_the_reviewed_claims_do_not_have() -> None:
    desk = Desk.load(REPO)
    extractor = Extractor(desk.facts, desk.context)
    reviewed = {(c.article, c.quote, c.kind, c.fact, desk.judge(c).verdict) for c in desk.claims}
    for file in SAMPLE_FILES:
        item = desk.article(file.relative_to(REPO).as_posix())
        for claim in extractor.extract(item):
            result = judge(claim, item, desk.context)
            if result.outcome == "failed":
                assert (
                    claim.article,
                    claim.quote,
                    claim.kind,
                    claim.fact,
                    result.verdict,
                ) in reviewed
