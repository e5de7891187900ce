"""schema.org ClaimReview for failed claims: every required and recommended property
of Google's fact-check markup, each value of its expected type."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest
import yaml

from factsuite import claimreview, cli
from factsuite.articles import parse_article
from factsuite.model import Claim, Result, Span, Verdict
from factsuite.settings import Author, ClaimReview
from tests.conftest import ARTICLE, REPO

FIELDS: dict[str, dict[str, dict[str, list[str]]]] = yaml.safe_load(
    (REPO / "tests" / "data" / "claimreview-fields.yaml").read_text(encoding="utf-8")
)
# What factsuite cannot know: where a claim first appeared, before the desk's article.
UNKNOWN = {("Claim", "firstAppearance")}
TODAY = date(2026, 12, 6)
AUTHOR = Author(name="The Riverside Courier", url="https://courier.example")
SETTINGS = ClaimReview(author=AUTHOR, url="https://courier.example/fact-checks")


def is_of_type(value: Any, expected: str) -> bool:
    """Whether ``value`` is a schema.org ``expected``: a data type, or a node whose
    @type says so (its own properties are checked by ``check_node``)."""
    if expected == "Text":
        return isinstance(value, str) and value.strip() != ""
    if expected == "URL":
        return isinstance(value, str) and value != "" and not any(c.isspace() for c in value)
    if expected == "Date":
        return isinstance(value, str) and date.fromisoformat(value).isoformat() == value
    if expected == "Number":
        return isinstance(value, (int, float)) and not isinstance(value, bool)
    return isinstance(value, dict) and value.get("@type") == expected


def check_node(node: dict[str, Any], *, url_configured: bool = True) -> None:
    """Every required and recommended property of the node's @type is there (but what
    factsuite cannot know, and ``url`` when the desk sets none), of its expected type."""
    kind = node["@type"]
    properties = FIELDS[kind]
    for group in ("required", "recommended"):
        for name, types in properties.get(group, {}).items():
            if (kind, name) in UNKNOWN or (name == "url" and not url_configured):
                continue
            assert name in node, f"{kind} lacks {group} {name}"
            value = node[name]
            assert any(is_of_type(value, t) for t in types), (kind, name, value)
            if isinstance(value, dict):
                check_node(value, url_configured=url_configured)


def result(verdict: Verdict, *, review_required: bool = False) -> Result:
    claim = Claim(
        article="articles/a.md", line=6, column=24, quote="25", kind="number", fact="leaders"
    )
    return Result(
        claim=claim,
        verdict=verdict,
        stated="25",
        expected="26",
        message=f"{verdict.value}: '25' but it is 26",
        span=Span(6, 24, 6, 26),
        sentence="It will bring together 25 foreign leaders.",
        sentence_offset=23,
        review_required=review_required,
    )


ARTICLE_A = parse_article(ARTICLE, "articles/a.md")


def reviews(results: list[Result], settings: ClaimReview = SETTINGS) -> list[dict[str, Any]]:
    text = claimreview.claim_reviews(
        results, lambda path: ARTICLE_A, settings, REPO, today=TODAY, base="desk/"
    )
    parsed: list[dict[str, Any]] = json.loads(text)
    return parsed


def test_the_field_list_checks_something() -> None:
    # So that the checks below can fail: a review without its rating's words, or
    # with a date that is no date, is refused.
    (review,) = reviews([result(Verdict.CONTRADICTS)])
    del review["reviewRating"]["alternateName"]
    with pytest.raises(AssertionError):
        check_node(review)
    (review,) = reviews([result(Verdict.CONTRADICTS)])
    review["itemReviewed"]["datePublished"] = "28 August 2025"
    with pytest.raises(ValueError, match="Invalid isoformat"):
        check_node(review)


@pytest.mark.parametrize("verdict", list(claimreview.RATINGS))
def test_a_failed_claim_is_a_complete_claim_review(verdict: Verdict) -> None:
    (review,) = reviews([result(verdict)])
    check_node(review)
    value, words = claimreview.RATINGS[verdict]
    assert review["@context"] == "https://schema.org"
    assert review["claimReviewed"] == "It will bring together 25 foreign leaders."
    assert review["reviewRating"] == {
        "@type": "Rating",
        "ratingValue": value,
        "bestRating": 5,
        "worstRating": 1,
        "alternateName": words,
        "name": words,
    }
    assert review["author"] == {
        "@type": "Organization",
        "name": "The Riverside Courier",
        "url": "https://courier.example",
    }
    assert review["datePublished"] == "2026-12-06"
    assert review["url"] == "https://courier.example/fact-checks"
    assert review["itemReviewed"]["appearance"] == {
        "@type": "CreativeWork",
        "url": "desk/articles/a.md",
        "headline": "Parade",
        "datePublished": "2025-08-28",
    }


def test_ratings_are_named_in_words_within_the_scale() -> None:
    assert claimreview.RATINGS[Verdict.CONTRADICTS][1] == "False"
    assert claimreview.RATINGS[Verdict.MISSPELLED][1] == "Misspelled"
    assert claimreview.RATINGS[Verdict.OUTDATED][1] == "Outdated"
    for value, _ in claimreview.RATINGS.values():
        assert claimreview.WORST_RATING <= value < claimreview.BEST_RATING


def test_only_findings_about_a_claim_are_reviewed() -> None:
    results = [
        result(Verdict.AGREES),
        result(Verdict.STALE),  # the words moved: nothing is said about the claim
        result(Verdict.NEEDS_REVIEW),
        result(Verdict.UNVERIFIABLE),
        result(Verdict.AGREES, review_required=True),  # strict mode: nobody reviewed it
        result(Verdict.CONTRADICTS),
    ]
    assert [r["reviewRating"]["alternateName"] for r in reviews(results)] == ["False"]


def test_without_a_url_the_rest_is_complete() -> None:
    (review,) = reviews([result(Verdict.CONTRADICTS)], ClaimReview(author=Author(name="Desk")))
    assert "url" not in review
    assert review["author"] == {"@type": "Organization", "name": "Desk"}
    check_node(review, url_configured=False)


def test_an_article_with_a_source_names_it_as_the_claims_author() -> None:
    wire = parse_article(ARTICLE.replace("title: Parade", "title: Parade\nsource: Wire"), "w.md")
    review = claimreview.claim_review(result(Verdict.CONTRADICTS), wire, AUTHOR, today=TODAY)
    assert review["itemReviewed"]["author"] == {"@type": "Organization", "name": "Wire"}
    assert review["author"]["name"] == "The Riverside Courier"


# The command ---------------------------------------------------------------------------

PYPROJECT = """\
[tool.factsuite]
claimreview = { author = { name = "The Riverside Courier", url = "https://courier.example" }, url = "https://courier.example/checks" }
"""  # noqa: E501


@pytest.fixture
def desk(make_desk: Callable[..., Path], monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    (tmp_path / "pyproject.toml").write_text(PYPROJECT, encoding="utf-8")
    wrong = ARTICLE.replace("26 foreign", "25 foreign")
    root = make_desk(
        articles={"a.md": wrong},
        claims="""\
            version: 1
            claims:
              - article: articles/a.md
                line: 6
                column: 24
                quote: "25"
                kind: number
                fact: leaders
                status: confirmed
            """,
    )
    monkeypatch.chdir(root)
    return root


def test_check_writes_claim_reviews(desk: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status = cli.main(["check", "--format", "claimreview"])
    out, err = capsys.readouterr()
    assert (status, err) == (1, "")
    (review,) = json.loads(out)
    check_node(review)
    assert review["datePublished"] == claimreview.review_date().isoformat()
    assert review["url"] == "https://courier.example/checks"
    assert review["itemReviewed"]["appearance"]["url"] == "articles/a.md"
    assert review["reviewBody"].startswith("contradicts: '25'")


def test_the_review_date_can_be_fixed_for_a_reproducible_build(
    desk: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1767225600")  # 2026-01-01T00:00:00Z
    cli.main(["check", "--format", "claimreview"])
    (review,) = json.loads(capsys.readouterr().out)
    assert review["datePublished"] == "2026-01-01"
    assert claimreview.review_date({}) == date.today()
    assert claimreview.review_date({"SOURCE_DATE_EPOCH": "soon"}) == date.today()


def test_without_an_author_claim_review_is_an_input_error(
    desk: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (desk / "pyproject.toml").write_text("[tool.pytest.ini_options]\n\n[tool.factsuite]\n")
    status = cli.main(["check", "--format", "claimreview"])
    out, err = capsys.readouterr()
    assert (status, out) == (2, "")
    assert err.startswith("pyproject.toml:3: [tool.factsuite] claimreview.author: missing: ")
    assert err.count("\n") == 1
