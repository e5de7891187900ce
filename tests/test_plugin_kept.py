"""The gate's kept verdicts: a run gives again what the last one judged, and judges
again an article when anything its verdicts depend on changed (keptverdicts.py's key)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_plugin import CHECK
from tests.test_plugin import desk as desk  # the pytester desk: a.md, its five claims
from tests.test_plugin_scale import broken_judge

GATE_FILE = Path(".factsuite_cache") / "gate.msgpack"
ALL_QUOTES = ("North Korean leader Kim Jong Un", "Kim Jong Un", "25", "next week", "attend")


def judged_then_broken(desk: pytest.Pytester) -> str:
    """Run the gate once (its verdicts kept), then make every judge raise: a run
    that judges again says so, one that gives the kept verdicts does not. The
    report of the first run."""
    first = desk.runpytest("-p", "no:cacheprovider", "--factsuite-report", "first.json")
    first.assert_outcomes(passed=3, failed=1, skipped=1)
    assert (desk.path / GATE_FILE).is_file()
    broken_judge(desk, *ALL_QUOTES)
    return (desk.path / "first.json").read_text(encoding="utf-8")


def rerun(desk: pytest.Pytester, *options: str) -> pytest.RunResult:
    return desk.runpytest("-p", "no:cacheprovider", *options)


def judged_again(result: pytest.RunResult) -> bool:
    return "factsuite could not judge" in result.stdout.str()


def test_a_second_run_gives_the_kept_verdicts_report_and_summary(desk: pytest.Pytester) -> None:
    first = judged_then_broken(desk)
    result = rerun(desk, "--factsuite-report", "second.json")
    assert not judged_again(result)
    result.assert_outcomes(passed=3, failed=1, skipped=1)
    result.stdout.fnmatch_lines(
        [
            "articles/a.md:6:24: contradicts: '25' (*) but foreign leaders attending is 26",
            "5 claims: 3 agrees, 1 contradicts, 1 unverifiable",
        ]
    )
    assert (desk.path / "second.json").read_text(encoding="utf-8") == first


def test_per_article_items_give_the_kept_verdicts_too(desk: pytest.Pytester) -> None:
    judged_then_broken(desk)
    result = rerun(desk, "--factsuite-items=article")
    assert not judged_again(result)
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(["articles/a.md: 1 of 5 claims fail"])


# One test per part of the key: without it, the kept verdict would be given.


def test_an_edited_article_is_judged_again(desk: pytest.Pytester) -> None:
    judged_then_broken(desk)
    article = desk.path / "articles" / "a.md"
    article.write_text(article.read_text(encoding="utf-8") + "More to come.\n", encoding="utf-8")
    assert judged_again(rerun(desk))


def test_an_edited_fact_file_judges_every_article_again(desk: pytest.Pytester) -> None:
    judged_then_broken(desk)
    facts = desk.path / "facts" / "base.yaml"
    facts.write_text(facts.read_text(encoding="utf-8") + "# checked again\n", encoding="utf-8")
    assert judged_again(rerun(desk))


def test_an_edited_claim_of_the_article_is_judged_again(desk: pytest.Pytester) -> None:
    judged_then_broken(desk)
    claims = desk.path / "claims.yaml"
    text = claims.read_text(encoding="utf-8")
    claims.write_text(text.replace("reason: no fact records who attends", "reason: unknown"))
    result = rerun(desk)
    assert judged_again(result)


def rerun_with_digest(desk: pytest.Pytester, module: str, function: str) -> pytest.RunResult:
    """Run again with ``module.function``, a digest of code, giving another value."""
    desk.makeconftest(
        (desk.path / "conftest.py").read_text(encoding="utf-8")
        + f"\nimport {module}\n"
        + f"_patch.setattr({module}, {function!r}, lambda: b'other code')\n"
    )
    return rerun(desk)


def test_a_change_of_factsuites_code_judges_again(desk: pytest.Pytester) -> None:
    judged_then_broken(desk)
    assert judged_again(rerun_with_digest(desk, "factsuite.cache", "_code_fingerprint"))


def test_a_change_of_the_plugin_judges_again(desk: pytest.Pytester) -> None:
    judged_then_broken(desk)
    assert judged_again(rerun_with_digest(desk, "factsuite.plugin", "_plugin_digest"))


def test_strict_mode_judges_again(desk: pytest.Pytester) -> None:
    judged_then_broken(desk)
    assert judged_again(rerun(desk, "--factsuite-strict"))


# What does not change an article's verdicts keeps them.

OTHER_ARTICLE = """\
---
title: Leaders
published: 2025-08-28
---
It will bring together 26 foreign leaders.
"""

OTHER_CLAIM = """\
  - article: articles/0.md
    line: 5
    column: 24
    quote: "26"
    kind: number
    fact: leaders
    status: confirmed
"""

PRINT_SOURCE_LINE = CHECK.replace(
    "    check_claim(claim)",
    "    print('claims.yaml line', claim.source_line)\n    check_claim(claim)",
)


def source_lines(result: pytest.RunResult) -> list[str]:
    return [line for line in result.stdout.lines if "claims.yaml line" in line]


def test_claims_of_another_article_added_above_keep_the_verdicts_at_their_new_lines(
    desk: pytest.Pytester,
) -> None:
    desk.makepyfile(**{"checks/test_claims": PRINT_SOURCE_LINE})
    judged_then_broken(desk)
    desk.makefile(".md", **{"articles/0": OTHER_ARTICLE})
    claims = desk.path / "claims.yaml"
    text = claims.read_text(encoding="utf-8")
    claims.write_text(text.replace("claims:\n", "claims:\n" + OTHER_CLAIM, 1), encoding="utf-8")
    kept = rerun(desk, "-s")  # 0.md's "26" is judged: the broken judge spares it
    assert not judged_again(kept)
    kept.assert_outcomes(passed=4, failed=1, skipped=1)
    (desk.path / GATE_FILE).unlink()  # the lines a run without kept verdicts prints
    (desk.path / "conftest.py").unlink()
    fresh = rerun(desk, "-s")
    assert source_lines(kept) == source_lines(fresh)
    assert len(set(source_lines(fresh))) == 6


def test_a_partial_run_keeps_nothing_of_an_article_it_did_not_judge_whole(
    desk: pytest.Pytester,
) -> None:
    rerun(desk, "-k", "leaders").assert_outcomes(failed=1)
    assert not (desk.path / GATE_FILE).exists()


def test_a_damaged_file_of_kept_verdicts_is_judged_again_without_an_error(
    desk: pytest.Pytester,
) -> None:
    judged_then_broken(desk)
    (desk.path / GATE_FILE).write_bytes(b"\x93garbage")
    result = rerun(desk)
    assert judged_again(result)
    assert "Traceback" not in result.stdout.str()


def test_a_pytest_xdist_worker_keeps_nothing(desk: pytest.Pytester) -> None:
    pytest.importorskip("xdist")
    result = desk.runpytest_subprocess("-p", "no:cacheprovider", "-n", "2")
    result.assert_outcomes(passed=3, failed=1, skipped=1)
    assert not (desk.path / GATE_FILE).exists()


def test_a_kept_article_now_a_symlink_out_of_the_desk_is_refused_as_before(
    desk: pytest.Pytester, tmp_path_factory: pytest.TempPathFactory
) -> None:
    judged_then_broken(desk)
    article = desk.path / "articles" / "a.md"
    outside = tmp_path_factory.mktemp("elsewhere") / "a.md"
    outside.write_bytes(article.read_bytes())  # the very bytes whose verdicts are kept
    article.unlink()
    article.symlink_to(outside)
    result = rerun(desk)
    assert result.ret == pytest.ExitCode.USAGE_ERROR
    result.stderr.fnmatch_lines(["*articles/a.md: lies outside the desk*"])


def test_the_key_reads_no_article_outside_the_desk(
    desk: pytest.Pytester, tmp_path_factory: pytest.TempPathFactory
) -> None:
    """An article now a symlink out of the desk has no key: its bytes are not read
    (not even to hash them), and judging it refuses it (the test above)."""
    from factsuite.desk import Desk
    from factsuite.keptverdicts import KeptVerdicts

    loaded = Desk.load(desk.path)
    kept = KeptVerdicts.load(loaded, b"caller")
    assert kept is not None
    assert kept.key("articles/a.md", []) is not None
    article = desk.path / "articles" / "a.md"
    outside = tmp_path_factory.mktemp("elsewhere") / "a.md"
    outside.write_bytes(article.read_bytes())
    article.unlink()
    article.symlink_to(outside)
    assert kept.key("articles/a.md", []) is None
