"""The pytest gate at archive scale: judged in each test's call, under pytest-xdist,
one item per article, and shards."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factsuite.model import Claim
from factsuite.plugin import _GATE, claim_id
from factsuite.shards import parse_shard, shard_of
from tests.conftest import ARTICLE, FACTS
from tests.reportscans import COUNT_SCANS
from tests.test_plugin import desk as desk  # the pytester desk: a.md, its five claims

# The judge raises for every claim, from start-up to the end of the run.
BROKEN_JUDGE = """
import pytest
import factsuite.desk

_patch = pytest.MonkeyPatch()


def pytest_configure(config):
    def judge(self, claim, *rest):
        if claim.quote in BROKEN:
            raise ZeroDivisionError("division by zero")
        return _original(self, claim, *rest)

    _original = factsuite.desk.Desk.judge
    _patch.setattr(factsuite.desk.Desk, "judge", judge)


def pytest_unconfigure(config):
    _patch.undo()
"""


def broken_judge(pytester: pytest.Pytester, *quotes: str) -> None:
    pytester.makeconftest(f"BROKEN = {quotes!r}\n" + BROKEN_JUDGE)


def test_collect_only_judges_nothing(desk: pytest.Pytester) -> None:
    broken_judge(
        desk, "25", "Kim Jong Un", "next week", "attend", "North Korean leader Kim Jong Un"
    )
    result = desk.runpytest("--collect-only", "-q")
    assert result.ret == pytest.ExitCode.OK
    result.stdout.fnmatch_lines(["5 tests collected*"])


def test_a_judge_that_raises_fails_its_own_test_in_one_line(desk: pytest.Pytester) -> None:
    broken_judge(desk, "25")
    result = desk.runpytest("--factsuite-report", "report.json")
    result.assert_outcomes(passed=3, failed=1, skipped=1)
    result.stdout.fnmatch_lines(
        [
            "articles/a.md:6:24: factsuite could not judge '25':"
            " ZeroDivisionError: division by zero",
            "4 claims: 3 agrees, 1 unverifiable",
        ]
    )
    output = result.stdout.str()
    assert "INTERNALERROR" not in output
    assert "Traceback" not in output
    report = json.loads((desk.path / "report.json").read_text(encoding="utf-8"))
    assert len(report["results"]) == 4  # the claim without a verdict has no result


def test_a_verdicts_skip_is_reported_at_the_test(desk: pytest.Pytester) -> None:
    result = desk.runpytest("-rs")
    # the test's `def` line, as a skip marker reports it, not a line of plugin.py
    result.stdout.fnmatch_lines(
        ["SKIPPED [[]1[]] checks/test_claims.py:1: unverifiable: no fact records who attends"]
    )


def test_each_test_functions_skips_are_reported_at_its_own_place(
    desk: pytest.Pytester,
) -> None:
    # The place is worked out once per test function (plugin.py, _Gate.skip): two
    # functions, in two files and at two lines, each keep their own.
    desk.makepyfile(
        **{
            "checks/test_again": "import pytest\n\n\n"
            "def test_again(claim, check_claim):\n    check_claim(claim)\n\n\n"
            "def test_once_more(claim, check_claim):\n    check_claim(claim)\n"
        }
    )
    result = desk.runpytest("-rs", "-p", "no:cacheprovider")
    result.assert_outcomes(passed=9, failed=3, skipped=3)
    result.stdout.fnmatch_lines_random(
        [
            "SKIPPED [[]1[]] checks/test_claims.py:1: unverifiable: *",
            "SKIPPED [[]1[]] checks/test_again.py:4: unverifiable: *",
            "SKIPPED [[]1[]] checks/test_again.py:8: unverifiable: *",
        ]
    )


def test_junit_xml_keeps_only_the_readable_properties(desk: pytest.Pytester) -> None:
    desk.runpytest("--junitxml", "junit.xml")
    xml = (desk.path / "junit.xml").read_text(encoding="utf-8")
    assert xml.count('<property name="verdict"') == 5
    assert 'name="factsuite"' not in xml  # the results' carrier is not JUnit's business


# What each test costs ---------------------------------------------------------------


def test_check_claim_is_set_up_once_per_session(desk: pytest.Pytester) -> None:
    # A function-scoped fixture is a setup and a teardown for every claim.
    result = desk.runpytest("--setup-show", "-p", "no:cacheprovider")
    result.assert_outcomes(passed=3, failed=1, skipped=1)
    output = result.stdout.str()
    assert output.count("SETUP    S check_claim") == 1
    assert "SETUP    F check_claim" not in output


def test_the_gate_lets_go_of_the_desk_and_results_when_the_run_ends(
    desk: pytest.Pytester,
) -> None:
    # pytest's unconfigure walks every live object with the garbage collector.
    calls = desk.inline_run("-p", "no:cacheprovider", "--factsuite-report", "r.json")
    config = calls.getcall("pytest_unconfigure").config
    gate = config.stash[_GATE]
    assert gate is not None
    assert gate.results is not None
    assert (gate._desk, gate.kept, gate.handed, gate.results.judged) == (None, None, {}, [])
    assert len(json.loads((desk.path / "r.json").read_text(encoding="utf-8"))["results"]) == 5


def test_check_claim_asks_for_no_fixture(desk: pytest.Pytester) -> None:
    # Asking for `request` cost pytest two lookups of it for every test (plugin.py,
    # _CheckClaimFixture); pytest deprecates a session fixture bound to an instance.
    result = desk.runpytest("--setup-show", "-p", "no:cacheprovider", "-W", "error")
    result.assert_outcomes(passed=3, failed=1, skipped=1)
    assert result.stdout.str().count("(fixtures used: check_claim, claim)") == 5


# A desk's conftest that wraps check_claim in a fixture of its own.
OWN_CHECK_CLAIM = """
import pytest


@pytest.fixture(scope="session")
def check_claim(check_claim):
    def check(claim):
        print("the desk's own check")
        return check_claim(claim)

    return check
"""


def test_a_desks_own_check_claim_is_the_one_its_tests_get(desk: pytest.Pytester) -> None:
    desk.makeconftest(OWN_CHECK_CLAIM)
    result = desk.runpytest("-s", "-p", "no:cacheprovider")
    result.assert_outcomes(passed=3, failed=1, skipped=1)
    assert result.stdout.str().count("the desk's own check") == 5


# Which of factsuite's modules a run over a desk imported through pytest's
# assertion rewriting, printed by the conftest when the run ends.
WATCH_REWRITTEN = """
import sys

from _pytest.assertion.rewrite import AssertionRewritingHook


def pytest_unconfigure(config):
    rewritten = sorted(
        name
        for name, module in list(sys.modules.items())
        if name.partition(".")[0] == "factsuite"
        and isinstance(getattr(module, "__loader__", None), AssertionRewritingHook)
    )
    core = [name for name in sys.modules if name == "factsuite.desk"]
    print("rewritten:", rewritten, "core:", core)
"""


def test_only_the_plugin_is_assertion_rewritten(desk: pytest.Pytester) -> None:
    # pytest marks a plugin's whole package; the core is Python's to import (and to
    # read from the pycs of its install), not parsed and rewritten on every run.
    desk.makeconftest(WATCH_REWRITTEN)
    result = desk.runpytest_subprocess("-p", "no:cacheprovider", "-s")
    result.assert_outcomes(passed=3, failed=1, skipped=1)
    result.stdout.fnmatch_lines(
        ["rewritten: ['factsuite', 'factsuite.plugin'] core: ['factsuite.desk']"]
    )


@given(
    st.lists(
        st.tuples(
            st.sampled_from(["articles/a.md", "b.txt", "x/.hidden", "y/c.tar.md"]),
            st.integers(1, 99),
        ),
        max_size=12,
    )
)
def test_an_articles_name_worked_out_once_gives_the_same_ids(places: list[tuple[str, int]]) -> None:
    names: dict[str, str] = {}
    for article, line in places:
        claim = Claim(article=article, line=line, column=1, quote="26", kind="number")
        assert claim_id(claim, names) == claim_id(claim)


# Records what the items carry and how often the report's records are built.
WATCH_CARRYING = """
import pytest
import factsuite.report

CARRIED = set()
BUILT = []
_record = factsuite.report.record


def counted_record(*args, **kwargs):
    BUILT.append(1)
    return _record(*args, **kwargs)


factsuite.report.record = counted_record


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item, call):
    CARRIED.update(name for name, _ in item.user_properties)
    return (yield)


def pytest_unconfigure(config):
    factsuite.report.record = _record
    with open("watched.txt", "w", encoding="utf-8") as out:
        out.write(f"{sorted(CARRIED)} {len(BUILT)}")
"""


@pytest.mark.parametrize("report", [False, True])
def test_a_serial_run_hands_its_results_over_without_encoding_them(
    desk: pytest.Pytester, report: bool
) -> None:
    # The encoded results are for pytest-xdist's controller; a serial run hands them
    # over as they are, and builds the report's records only for --factsuite-report.
    desk.makeconftest(WATCH_CARRYING)
    args = ["--factsuite-report", "report.json"] if report else []
    result = desk.runpytest_subprocess("-p", "no:cacheprovider", *args)
    result.assert_outcomes(passed=3, failed=1, skipped=1)
    result.stdout.fnmatch_lines(["5 claims: 3 agrees, 1 contradicts, 1 unverifiable"])
    carried, built = (desk.path / "watched.txt").read_text(encoding="utf-8").rsplit(" ", 1)
    assert carried == "['article', 'line', 'verdict']"
    assert int(built) == (5 if report else 0)


# Each test prints at teardown; the run counts pytest's scans of its setup and
# teardown reports (TerminalReporter.getreports("")) and prints the count at its end.
WATCH_TEARDOWN_SCANS = (
    """
import pytest


@pytest.fixture(autouse=True)
def says_goodbye(request):
    yield
    print(f"teardown of {request.node.nodeid}")
"""
    + COUNT_SCANS
)

TWO_FAILING = """
def test_one():
    assert False


def test_two():
    assert False
"""


def test_the_failures_teardown_sections_take_one_scan_of_the_reports(
    desk: pytest.Pytester,
) -> None:
    # pytest finds each failure's teardown sections by scanning every setup and
    # teardown report of the run: once per failure, quadratic at an archive's size.
    # The gate indexes them: one scan, and each failure still shows its own sections.
    desk.makeconftest(WATCH_TEARDOWN_SCANS)
    desk.makepyfile(**{"checks/test_extra": TWO_FAILING})
    result = desk.runpytest_subprocess("-p", "no:cacheprovider")
    result.assert_outcomes(passed=3, failed=3, skipped=1)
    result.stdout.fnmatch_lines(
        [
            "*_ test_claim[[]a:6:24:leaders[]] _*",
            "*Captured stdout teardown*",
            "teardown of checks/test_claims.py::test_claim[[]a:6:24:leaders[]]",
            "*_ test_one _*",
            "*Captured stdout teardown*",
            "teardown of checks/test_extra.py::test_one",
            "*_ test_two _*",
            "*Captured stdout teardown*",
            "teardown of checks/test_extra.py::test_two",
        ]
    )
    assert result.stdout.str().count("teardown of ") == 3
    result.stdout.fnmatch_lines(["scans: 1"])


# pytest-xdist ------------------------------------------------------------------------


def more_articles(pytester: pytest.Pytester, count: int) -> None:
    """Articles without claims yet: each span is a test (pending, for review)."""
    for index in range(count):
        pytester.makefile(".md", **{f"articles/more{index}": ARTICLE})


def run(pytester: pytest.Pytester, *args: str) -> tuple[pytest.RunResult, dict[str, Any]]:
    out = f"report-{len(list(pytester.path.glob('report-*.json')))}.json"
    result = pytester.runpytest_subprocess(
        "-p", "no:cacheprovider", "--factsuite-report", out, *args
    )
    return result, json.loads((pytester.path / out).read_text(encoding="utf-8"))


def factsuite_section(result: pytest.RunResult) -> list[str]:
    lines = result.stdout.lines
    start = next(k for k, line in enumerate(lines) if "- factsuite -" in line)
    end = next(k for k in range(start + 1, len(lines)) if lines[k].startswith(("=", "-")))
    return lines[start:end]


def test_xdist_gives_the_serial_runs_verdicts_summary_and_report(desk: pytest.Pytester) -> None:
    pytest.importorskip("xdist")
    more_articles(desk, 3)
    # an invisible character, whose warning is printed by whoever writes the summary
    desk.makefile(".md", **{"articles/z": ARTICLE.replace("Kim Jong Un", "Kim Jong\u00adUn")})
    serial, serial_report = run(desk)
    spread, spread_report = run(desk, "-n", "2")
    assert spread.parseoutcomes() == serial.parseoutcomes()
    assert serial.parseoutcomes()["failed"] == 1
    assert "2 workers" in spread.stdout.str()
    section = factsuite_section(serial)
    assert any("warning: invisible character U+00AD" in line for line in section)
    assert section[-1].startswith("19 claims: ")
    assert factsuite_section(spread) == section
    assert spread_report == serial_report
    assert len(serial_report["results"]) == 19


def test_bad_input_under_xdist_is_one_line_not_a_crash(desk: pytest.Pytester) -> None:
    pytest.importorskip("xdist")
    desk.makefile(".yaml", **{"facts/base": FACTS.replace("value: 26", "value: 26\n  value: 27")})
    result = desk.runpytest_subprocess("-p", "no:cacheprovider", "-n", "2")
    assert result.ret == pytest.ExitCode.USAGE_ERROR
    result.stderr.fnmatch_lines(["ERROR: factsuite: facts/base.yaml:10:3: duplicate key 'value'*"])
    assert "INTERNALERROR" not in result.stdout.str() + result.stderr.str()


def test_a_bad_article_no_claim_cites_under_xdist_is_one_line(desk: pytest.Pytester) -> None:
    # A new article, not in claims.yaml yet: the workers read it for its spans.
    pytest.importorskip("xdist")
    desk.makefile(".md", **{"articles/new": "---\ntitle: [unclosed\n---\nKim Jong Un.\n"})
    serial = desk.runpytest_subprocess("-p", "no:cacheprovider")
    spread = desk.runpytest_subprocess("-p", "no:cacheprovider", "-n", "2")
    for result in (serial, spread):
        assert result.ret == pytest.ExitCode.USAGE_ERROR
        result.stderr.fnmatch_lines(["ERROR: factsuite: articles/new.md:3:1: malformed YAML*"])
        assert "INTERNALERROR" not in result.stdout.str() + result.stderr.str()


# One item per article ---------------------------------------------------------------

TWO_WRONG = ARTICLE.replace("26 foreign", "25 foreign").replace("next week", "soon")


@pytest.mark.parametrize("how", ["option", "ini"])
def test_one_item_per_article_lists_each_failure(desk: pytest.Pytester, how: str) -> None:
    desk.makefile(".md", **{"articles/a": TWO_WRONG})
    more_articles(desk, 1)
    per_claim = desk.runpytest("--factsuite-report", "claims.json")
    if how == "ini":
        desk.makeini("[pytest]\nfactsuite_items = article\n")
        args: tuple[str, ...] = ()
    else:
        args = ("--factsuite-items=article",)
    result = desk.runpytest(*args, "--factsuite-report", "articles.json")
    # more0.md holds only spans awaiting review: skipped
    result.assert_outcomes(failed=1, skipped=1)
    result.stdout.fnmatch_lines(
        [
            "articles/a.md: 2 of 5 claims fail",
            "",
            "articles/a.md:5:58: stale: *",
            "*",
            "articles/a.md:6:24: contradicts: *",
        ]
    )
    result.stdout.fnmatch_lines(["FAILED checks/test_claims.py::test_claim[[]articles/a.md[]]*"])
    assert factsuite_section(result)[-1] == factsuite_section(per_claim)[-1]

    def without_test(name: str) -> list[dict[str, Any]]:
        report = json.loads((desk.path / name).read_text(encoding="utf-8"))
        return [{k: v for k, v in r.items() if k != "test"} for r in report["results"]]

    assert without_test("articles.json") == without_test("claims.json")


def test_a_kind_marker_picks_the_articles_holding_it(desk: pytest.Pytester) -> None:
    more_articles(desk, 1)  # its spans, awaiting review, hold no attribute
    result = desk.runpytest("--factsuite-items=article", "-m", "factsuite(kind='attribute')")
    result.assert_outcomes(failed=1, deselected=1)  # a.md, all its claims checked
    result.stdout.fnmatch_lines(["5 claims: *"])


def test_a_claim_checked_twice_keeps_one_set_of_properties(desk: pytest.Pytester) -> None:
    desk.makepyfile(
        **{
            "checks/test_claims": "def test_claim(claim, check_claim):\n"
            "    check_claim(claim)\n    check_claim(claim)\n"
        }
    )
    desk.runpytest("--junitxml", "junit.xml", "--factsuite-report", "report.json")
    xml = (desk.path / "junit.xml").read_text(encoding="utf-8")
    # one per test: the three that agree checked twice, replaced, not eight
    assert xml.count('<property name="verdict"') == 5
    report = json.loads((desk.path / "report.json").read_text(encoding="utf-8"))
    assert len(report["results"]) == 5


def test_an_article_with_nothing_checked_is_skipped(desk: pytest.Pytester) -> None:
    desk.makefile(
        ".md", **{"articles/b": "---\ntitle: B\npublished: 2025-08-28\n---\nKim Jong Un.\n"}
    )
    result = desk.runpytest("--factsuite-items=article", "-rs", "--factsuite-article=articles/b.md")
    result.assert_outcomes(skipped=1)
    result.stdout.fnmatch_lines(["SKIPPED * articles/b.md: none checked: 1 claim: 1 needs-review*"])


def test_a_bad_items_mode_is_a_usage_error(desk: pytest.Pytester) -> None:
    result = desk.runpytest("--factsuite-items=sentence")
    assert result.ret == pytest.ExitCode.USAGE_ERROR
    result.stderr.fnmatch_lines(
        ["ERROR: factsuite: --factsuite-items: expected claim or article, got 'sentence'"]
    )


# Shards --------------------------------------------------------------------------------


def collected(pytester: pytest.Pytester, *args: str) -> list[str]:
    result = pytester.runpytest("--collect-only", "-q", *args)
    return [line for line in result.stdout.lines if "::test_claim[" in line]


def test_shards_are_disjoint_and_cover_the_desk(desk: pytest.Pytester) -> None:
    more_articles(desk, 6)
    everything = collected(desk)
    shards = [collected(desk, f"--factsuite-shard={k}/3") for k in (1, 2, 3)]
    joined = [test for shard in shards for test in shard]
    assert sorted(joined) == sorted(everything)
    assert len(set(joined)) == len(everything) == 5 + 6 * 4
    assert all(shards), "with seven articles no shard of three is empty"
    by_article = collected(desk, "--factsuite-items=article", "--factsuite-shard=2/3")
    assert {line.split("[")[1].split(":")[0] for line in shards[1]} == {
        Path(line.split("[")[1].rstrip("]")).stem for line in by_article
    }


@pytest.mark.parametrize("given_shard", ["0/3", "4/3", "1", "a/b", "1/0", "-1/2", "²/3"])
def test_a_bad_shard_is_a_one_line_usage_error(desk: pytest.Pytester, given_shard: str) -> None:
    result = desk.runpytest(f"--factsuite-shard={given_shard}")
    assert result.ret == pytest.ExitCode.USAGE_ERROR
    result.stderr.fnmatch_lines(["ERROR: factsuite: --factsuite-shard: expected K/N*"])
    assert "Traceback" not in result.stdout.str() + result.stderr.str()


@given(st.text(min_size=1), st.integers(min_value=1, max_value=50))
def test_every_article_falls_in_exactly_one_shard(article: str, count: int) -> None:
    holders = [k for k in range(1, count + 1) if parse_shard(f"{k}/{count}").holds(article)]
    assert holders == [shard_of(article, count)]


def test_the_shard_hash_is_stable_across_processes() -> None:
    # Python's hash() of a string changes with the process's hash seed; a CI job's
    # shard must not.
    code = (
        "from factsuite.shards import shard_of;"
        " print([shard_of(f'a/{n}.md', 4) for n in range(40)])"
    )
    here = str([shard_of(f"a/{n}.md", 4) for n in range(40)])
    for seed in ("1", "2"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        done = subprocess.run(
            [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True
        )
        assert done.stdout.strip() == here


def test_claims_judged_one_test_each_share_their_articles_readings(tmp_path: Path) -> None:
    # Tests run an article's claims one after another: its lines are read once for all.
    from factsuite.plugin import _Gate

    gate = _Gate(tmp_path, [])
    first = gate.readings("articles/a.md")
    assert gate.readings("articles/a.md") is first
    other = gate.readings("articles/b.md")
    assert other is not first
    assert gate.readings("articles/a.md") is not first  # the last article's is dropped
