"""The pytest plugin, end to end, through pytester."""

from __future__ import annotations

import json

import pytest

from tests.conftest import ARTICLE, FACTS, dedent

CHECK = """\
def test_claim(claim, check_claim):
    check_claim(claim)
"""

CLAIMS = """\
version: 1
claims:
  - article: articles/a.md
    line: 5
    column: 1
    quote: North Korean leader Kim Jong Un
    kind: role
    fact: kim-jong-un
    status: confirmed
  - article: articles/a.md
    line: 5
    column: 21
    quote: Kim Jong Un
    kind: name
    fact: kim-jong-un
    status: confirmed
  - article: articles/a.md
    line: 6
    column: 24
    quote: "25"
    kind: number
    fact: leaders
    status: confirmed
  - article: articles/a.md
    line: 5
    column: 58
    quote: next week
    kind: date
    fact: parade.date
    status: confirmed
  - article: articles/a.md
    line: 5
    column: 46
    quote: attend
    kind: attribute
    status: confirmed
    reason: no fact records who attends
"""


@pytest.fixture
def desk(pytester: pytest.Pytester) -> pytest.Pytester:
    pytester.makefile(".yaml", **{"facts/base": FACTS})
    pytester.makefile(".md", **{"articles/a": ARTICLE.replace("26 foreign", "25 foreign")})
    pytester.makefile(".yaml", claims=dedent(CLAIMS))
    pytester.makepyfile(**{"checks/test_claims": CHECK})
    return pytester


def test_each_claim_is_a_test_with_a_readable_id(desk: pytest.Pytester) -> None:
    result = desk.runpytest("--collect-only", "-q")
    result.stdout.fnmatch_lines(
        [
            "checks/test_claims.py::test_claim[a:5:1:kim-jong-un]",
            "checks/test_claims.py::test_claim[a:5:21:kim-jong-un]",
            "checks/test_claims.py::test_claim[a:5:46:attribute]",
            "checks/test_claims.py::test_claim[a:5:58:parade.date]",
            "checks/test_claims.py::test_claim[a:6:24:leaders]",
            "5 tests collected*",
        ]
    )


def test_a_failure_points_at_the_claim_and_explains_it(desk: pytest.Pytester) -> None:
    result = desk.runpytest("-rs")
    result.assert_outcomes(passed=3, failed=1, skipped=1)
    result.stdout.fnmatch_lines(
        [
            "articles/a.md:6:24: contradicts: '25' (*) but foreign leaders attending is 26",
            "    It will bring together 25 foreign leaders.",
            "                           ^^",
            "  stated:   25",
            "  expected: 26",
            "  fact:     leaders",
            "  source:   https://example.org/leaders",
        ]
    )
    result.stdout.fnmatch_lines(
        ["SKIPPED [[]1[]] checks/test_claims.py*: unverifiable: no fact records who attends"]
    )
    result.stdout.fnmatch_lines(
        ["*- factsuite -*", "5 claims: 3 agrees, 1 contradicts, 1 unverifiable"]
    )
    assert "Traceback" not in result.stdout.str()
    assert "def check(" not in result.stdout.str()  # no plugin internals in the report


def test_the_json_report_has_one_result_per_claim(desk: pytest.Pytester) -> None:
    desk.runpytest("--factsuite-report", "out/report.json")
    report = json.loads((desk.path / "out" / "report.json").read_text(encoding="utf-8"))
    assert report["version"] == 1
    results = {r["test"]: r for r in report["results"]}
    assert len(results) == 5
    wrong = results["checks/test_claims.py::test_claim[a:6:24:leaders]"]
    assert wrong == {
        "article": "articles/a.md",
        "line": 6,
        "column": 24,
        "end_line": 6,
        "end_column": 26,
        "quote": "25",
        "fact": "leaders",
        "kind": "number",
        "outcome": "failed",
        "verdict": "contradicts",
        "stated": "25",
        "expected": "26",
        "message": wrong["message"],
        "sources": ["https://example.org/leaders"],
        "test": "checks/test_claims.py::test_claim[a:6:24:leaders]",
    }
    assert wrong["message"].startswith("contradicts:")
    outcomes = sorted((r["verdict"], r["outcome"]) for r in results.values())
    assert outcomes == [
        ("agrees", "passed"),
        ("agrees", "passed"),
        ("agrees", "passed"),
        ("contradicts", "failed"),
        ("unverifiable", "skipped"),
    ]


def test_junit_xml_carries_the_claims_place(desk: pytest.Pytester) -> None:
    desk.runpytest("--junitxml", "junit.xml")
    xml = (desk.path / "junit.xml").read_text(encoding="utf-8")
    assert '<property name="article" value="articles/a.md" />' in xml
    assert '<property name="verdict" value="contradicts" />' in xml


def test_one_article_can_be_selected(desk: pytest.Pytester) -> None:
    desk.makefile(".md", **{"articles/b": ARTICLE})
    result = desk.runpytest("--factsuite-article", "articles/b.md", "--collect-only", "-q")
    # b has no claims yet: only its checkable spans, each for review
    result.stdout.fnmatch_lines(["*test_claim[[]b:5:21:kim-jong-un[]]", "4 tests collected*"])
    result = desk.runpytest("--factsuite-article", "articles/a.md", "--collect-only", "-q")
    result.stdout.fnmatch_lines(["5 tests collected*"])


def test_a_claim_can_be_filtered_by_marker(desk: pytest.Pytester) -> None:
    result = desk.runpytest("-m", "factsuite(kind='number')")
    result.assert_outcomes(failed=1, deselected=4)


def test_bad_input_is_a_clear_error_not_a_traceback(desk: pytest.Pytester) -> None:
    desk.makefile(".yaml", **{"facts/base": FACTS.replace("value: 26", "value: 26\n  value: 27")})
    result = desk.runpytest()
    assert result.ret == pytest.ExitCode.USAGE_ERROR
    result.stderr.fnmatch_lines(["ERROR: factsuite: facts/base.yaml:10:3: duplicate key 'value'*"])
    assert "Traceback" not in result.stdout.str() + result.stderr.str()


def test_a_stale_claim_fails(desk: pytest.Pytester) -> None:
    desk.makefile(".md", **{"articles/a": ARTICLE.replace("next week", "soon")})
    result = desk.runpytest()
    # '25' and 'next week' are gone; the '26' now there awaits review
    result.assert_outcomes(passed=2, failed=2, skipped=2)
    result.stdout.fnmatch_lines(
        ["articles/a.md:5:58: stale: the reviewed words 'next week' are no longer in the article*"]
    )


def test_a_project_without_a_desk_is_untouched(pytester: pytest.Pytester) -> None:
    # Its own `claim` fixture must win, and no factsuite summary may appear.
    pytester.makepyfile(
        """
        import pytest

        @pytest.fixture
        def claim():
            return "mine"

        def test_own(claim):
            assert claim == "mine"
        """
    )
    result = pytester.runpytest("--factsuite-report", "report.json")
    result.assert_outcomes(passed=1)
    assert "- factsuite -" not in result.stdout.str()
    assert not (pytester.path / "report.json").exists()


def test_check_claim_outside_a_desk_skips(pytester: pytest.Pytester) -> None:
    pytester.makepyfile("def test_x(check_claim):\n    check_claim(None)\n")
    result = pytester.runpytest("-rs")
    result.assert_outcomes(skipped=1)
    result.stdout.fnmatch_lines(["*not a desk*"])


def test_a_span_claims_yaml_lacks_is_reported_for_review(desk: pytest.Pytester) -> None:
    # A writer adds a sentence; nobody has run `factsuite extract` yet.
    desk.makefile(
        ".md",
        **{"articles/a": ARTICLE.replace("26 foreign", "25 foreign") + "Kim Jong Un spoke.\n"},
    )
    result = desk.runpytest("-rs")
    result.assert_outcomes(passed=3, failed=1, skipped=2)
    result.stdout.fnmatch_lines(
        ["SKIPPED * needs review: not in claims.yaml yet: run factsuite extract*"]
    )
    result.stdout.fnmatch_lines(["*1 needs-review*"])


def test_an_article_without_claims_is_still_read(desk: pytest.Pytester) -> None:
    desk.makefile(".md", **{"articles/new": ARTICLE})
    result = desk.runpytest("--collect-only", "-q")
    result.stdout.fnmatch_lines(["checks/test_claims.py::test_claim[[]new:5:*"])


# A desk says it is one ------------------------------------------------------------------

OWN_CLAIM_FIXTURE = """
import pytest

@pytest.fixture(params=["first", "second"])
def claim(request):
    return request.param

def test_own(claim):
    assert claim in ("first", "second")
"""


def test_a_facts_folder_alone_does_not_make_a_desk(pytester: pytest.Pytester) -> None:
    # A project of its own with facts/ (and fact-like YAML), no [tool.factsuite], no
    # claims.yaml: its parametrized `claim` fixture is its own, nothing is checked.
    pytester.makefile(".yaml", **{"facts/base": FACTS})
    pytester.makepyprojecttoml('[project]\nname = "facts-of-life"\n')
    pytester.makepyfile(test_own=OWN_CLAIM_FIXTURE)
    result = pytester.runpytest("-v", "--factsuite-report", "report.json")
    result.assert_outcomes(passed=2)
    result.stdout.fnmatch_lines(["*test_own[[]first[]] PASSED*", "*test_own[[]second[]] PASSED*"])
    assert "- factsuite -" not in result.stdout.str()
    assert not (pytester.path / "report.json").exists()


def test_a_project_that_is_no_desk_never_loads_the_core(pytester: pytest.Pytester) -> None:
    # In a process of its own: this one has loaded the core for the sample desk.
    pytester.makefile(".yaml", **{"facts/base": FACTS})
    pytester.makepyfile(
        test_modules="""
        import sys

        def test_the_core_is_not_loaded():
            loaded = [m for m in ("factsuite.desk", "factsuite.settings", "msgspec", "yaml")
                      if m in sys.modules]
            assert loaded == []
        """
    )
    result = pytester.runpytest_subprocess("-p", "no:cacheprovider")
    result.assert_outcomes(passed=1)


def test_a_legacy_desk_is_known_by_claims_beside_facts(desk: pytest.Pytester) -> None:
    assert not (desk.path / "pyproject.toml").exists()
    result = desk.runpytest("--collect-only", "-q")
    result.stdout.fnmatch_lines(["5 tests collected*"])


def test_a_desk_is_known_by_its_table(desk: pytest.Pytester) -> None:
    (desk.path / "claims.yaml").rename(desk.path / "claims.yaml.bak")
    result = desk.runpytest("--collect-only", "-q")
    # not a desk: the check is not parametrized with claims
    result.stdout.fnmatch_lines(["checks/test_claims.py::test_claim", "1 test collected*"])
    desk.makepyprojecttoml("[tool.factsuite]\n")
    (desk.path / "claims.yaml.bak").rename(desk.path / "claims.yaml")
    result = desk.runpytest("--collect-only", "-q")
    result.stdout.fnmatch_lines(["5 tests collected*"])


def test_bad_settings_are_a_clear_error(desk: pytest.Pytester) -> None:
    desk.makepyprojecttoml("[tool.factsuite]\nstrict = 'yes'\n")
    result = desk.runpytest()
    assert result.ret == pytest.ExitCode.USAGE_ERROR
    result.stderr.fnmatch_lines(
        ["ERROR: factsuite: pyproject.toml:2: [tool.factsuite] strict: expected bool, got str"]
    )
    assert "Traceback" not in result.stdout.str() + result.stderr.str()


# Strict mode ------------------------------------------------------------------------------

STRICT_MESSAGE = (
    "*(strict mode: it still needs a person's review: run factsuite extract, then factsuite review)"
)


@pytest.fixture
def unreviewed(desk: pytest.Pytester) -> pytest.Pytester:
    """The desk, with a sentence nobody has extracted yet (needs-review), and the
    count claim left pending (it agrees, but nobody has confirmed its binding)."""
    desk.makefile(
        ".md",
        **{"articles/a": ARTICLE.replace("26 foreign", "25 foreign") + "Kim Jong Un spoke.\n"},
    )
    claims = dedent(CLAIMS).replace(
        'quote: "25"\n    kind: number\n    fact: leaders\n    status: confirmed',
        'quote: "25"\n    kind: number\n    fact: leaders\n    status: pending',
    )
    assert claims != dedent(CLAIMS)
    desk.makefile(".yaml", claims=claims.replace("value: 26", "value: 25"))
    desk.makefile(".yaml", **{"facts/base": FACTS.replace("value: 26", "value: 25")})
    return desk


def test_without_strict_mode_unreviewed_claims_do_not_fail(unreviewed: pytest.Pytester) -> None:
    result = unreviewed.runpytest("-rs")
    result.assert_outcomes(passed=4, skipped=2)
    result.stdout.fnmatch_lines(["SKIPPED * needs review: not in claims.yaml yet*"])
    # ... but the summary counts them: the pending count claim and the new span
    result.stdout.fnmatch_lines(
        ["6 claims: 4 agrees, 1 unverifiable, 1 needs-review, 2 unreviewed"]
    )


@pytest.mark.parametrize("how", ["option", "setting"])
def test_strict_mode_fails_unreviewed_claims(unreviewed: pytest.Pytester, how: str) -> None:
    if how == "setting":
        unreviewed.makepyprojecttoml("[tool.factsuite]\nstrict = true\n")
    result = unreviewed.runpytest(*(["--factsuite-strict"] if how == "option" else []))
    result.assert_outcomes(passed=3, failed=2, skipped=1)  # unverifiable stays skipped
    result.stdout.fnmatch_lines(
        ["articles/a.md:7:1: needs review: not in claims.yaml yet*" + STRICT_MESSAGE]
    )
    result.stdout.fnmatch_lines(["articles/a.md:6:24: '25' *agrees*" + STRICT_MESSAGE])
    result.stdout.fnmatch_lines(
        ["6 claims: 4 agrees, 1 unverifiable, 1 needs-review, 2 unreviewed"]
    )


def test_strict_mode_keeps_the_json_contract(unreviewed: pytest.Pytester) -> None:
    unreviewed.runpytest("--factsuite-strict", "--factsuite-report", "report.json")
    report = json.loads((unreviewed.path / "report.json").read_text(encoding="utf-8"))
    outcomes = sorted((r["verdict"], r["outcome"]) for r in report["results"])
    assert outcomes == [
        ("agrees", "failed"),  # the pending count
        ("agrees", "passed"),
        ("agrees", "passed"),
        ("agrees", "passed"),
        ("needs-review", "failed"),
        ("unverifiable", "skipped"),
    ]
