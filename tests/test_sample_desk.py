"""The sample desk: the gate fails on exactly the real errors of the five articles.

The expected list was reviewed by hand against ../shared/FACTSHEET.md. Every other
claim must agree, except those the fact sheet leaves open, which are unverifiable.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from factsuite.desk import Desk
from factsuite.model import Result
from tests.conftest import REPO

FAILURES = [
    # Kim went to the Joint Security Area three times, not twice.
    ("articles/000-kim-rolls-into-beijing.md", 21, 24, "twice", "contradicts"),
    # Moon Jae-in left office in May 2022: "South Korean President" is outdated in 2025.
    (
        "articles/001-kim-to-travel-to-china-next-week.md",
        6,
        320,
        "South Korean President Moon Jae-in",
        "outdated",
    ),
    # Kim is North Korea's leader, not South Korea's.
    (
        "articles/001-kim-to-travel-to-china-next-week.md",
        6,
        518,
        "the South Korean leader",
        "contradicts",
    ),
    # China's share of trade was 98.3% in 2023: not "nearly 97%".
    ("articles/001-kim-to-travel-to-china-next-week.md", 9, 236, "nearly 97%", "contradicts"),
    ("articles/002-kim-to-attend-parade-with-putin.md", 12, 180, "Min Aung Hliang", "misspelled"),
    # The ICC warrant is for the war crime of deporting children, not crimes against humanity.
    (
        "articles/003-kim-first-china-visit-in-six-years.md",
        17,
        272,
        "crimes against humanity",
        "contradicts",
    ),
    # Trump has been president again since January 2025.
    (
        "articles/004-power-trio-at-beijing-parade.md",
        13,
        105,
        "the former U.S. President",
        "outdated",
    ),
]

# Where the events took place, as the articles say: each checked against FACTSHEET.md
# when it was reviewed, and each agrees.
PLACES = [
    ("articles/000-kim-rolls-into-beijing.md", "Singapore", "kim.trump-summit-singapore"),
    ("articles/000-kim-rolls-into-beijing.md", "Hanoi", "kim.trump-summit-hanoi"),
    ("articles/001-kim-to-travel-to-china-next-week.md", "Beijing", "parade.date"),
    ("articles/002-kim-to-attend-parade-with-putin.md", "Beijing", "parade.date"),
    ("articles/002-kim-to-attend-parade-with-putin.md", "Beijing", "parade.date"),
    (
        "articles/002-kim-to-attend-parade-with-putin.md",
        "Pyongyang",
        "kim.last-meeting-with-xi-before-2025",
    ),
    ("articles/004-power-trio-at-beijing-parade.md", "Beijing", "parade.date"),
    ("articles/004-power-trio-at-beijing-parade.md", "Beijing", "parade.date"),
]

UNVERIFIABLE = [
    ("articles/000-kim-rolls-into-beijing.md", "a handful"),
    ("articles/002-kim-to-attend-parade-with-putin.md", "tens of thousands"),
    ("articles/002-kim-to-attend-parade-with-putin.md", "thousands"),
    ("articles/003-kim-first-china-visit-in-six-years.md", "a few"),
    # an amount of time, vague, that no fact covers (issue 14: nothing silent)
    ("articles/003-kim-first-china-visit-in-six-years.md", "a few weeks"),
    ("articles/004-power-trio-at-beijing-parade.md", "early next year"),
]


@pytest.fixture(scope="module")
def results() -> list[Result]:
    desk = Desk.load(REPO)
    desk.check_articles(desk.claims)
    return list(desk.results())


def test_the_desk_has_every_checkable_claim(results: list[Result]) -> None:
    assert len(results) >= 60
    articles = {r.claim.article for r in results}
    assert articles == {p.relative_to(REPO).as_posix() for p in (REPO / "articles").glob("*.md")}


def test_the_gate_fails_on_exactly_the_real_errors(results: list[Result]) -> None:
    failed = [
        (
            r.claim.article,
            r.span.line if r.span else 0,
            r.span.column if r.span else 0,
            r.claim.quote,
            r.verdict.value,
        )
        for r in results
        if r.outcome == "failed"
    ]
    assert failed == FAILURES


def test_open_questions_are_unverifiable_not_passed(results: list[Result]) -> None:
    skipped = [(r.claim.article, r.claim.quote) for r in results if r.outcome == "skipped"]
    assert skipped == UNVERIFIABLE
    assert all(r.verdict.value == "unverifiable" for r in results if r.outcome == "skipped")


def test_the_places_of_events_agree(results: list[Result]) -> None:
    places = [r for r in results if r.claim.kind == "place"]
    assert [(r.claim.article, r.claim.quote, r.claim.fact) for r in places] == PLACES
    assert {r.verdict.value for r in places} == {"agrees"}


def test_every_other_claim_agrees(results: list[Result]) -> None:
    judged = len(FAILURES) + len(UNVERIFIABLE)
    agreeing = [r for r in results if r.verdict.value == "agrees"]
    assert len(agreeing) == len(results) - judged


def test_the_articles_are_the_seed_texts_unchanged() -> None:
    seeds = REPO.parent / "shared" / "seeds"
    if not seeds.is_dir():
        pytest.skip("../shared/seeds is not beside this checkout")
    for seed in sorted(seeds.iterdir()):
        (article,) = (REPO / "articles").glob(f"{seed.name[:3]}-*.md")
        text = article.read_bytes()
        assert text.endswith(seed.read_bytes())
        assert text.startswith(b"---\n")
        assert text[: len(text) - len(seed.read_bytes())].endswith(b"---\n")


def test_the_gate_runs_as_pytest(pytester: pytest.Pytester) -> None:
    """`pytest` at the root of a copy of the desk fails with exactly these failures."""
    for name in ("facts", "articles", "checks"):
        for file in (REPO / name).rglob("*"):
            if file.is_file() and "__pycache__" not in file.parts:
                target = pytester.path / file.relative_to(REPO)
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_bytes(file.read_bytes())
    (pytester.path / "claims.yaml").write_bytes((REPO / "claims.yaml").read_bytes())
    result = pytester.runpytest_subprocess("-p", "no:cacheprovider", "-q")
    assert result.ret == pytest.ExitCode.TESTS_FAILED
    failed_lines = [line for line in result.stdout.lines if line.startswith("FAILED ")]
    assert len(failed_lines) == len(FAILURES)
    for article, line, column, _, verdict in FAILURES:
        result.stdout.fnmatch_lines([f"{article}:{line}:{column}: {verdict}*"])


@pytest.mark.parametrize(
    ("sentence", "quote", "verdict"),
    [
        ("Kim has visited China five times.", "five times", "contradicts"),
        ("The parade drew 62 foreign leaders.", "62", "contradicts"),  # 26, digits swapped
        ("The parade drew 27 foreign leaders.", "27", "contradicts"),  # one off
        # Far from 26: as likely another gathering's count as a slip (far-from-its-fact)
        ("The parade drew 30 foreign leaders.", "30", "needs-review"),
        ("Kim has visited China four times.", "four times", "needs-review"),
    ],
)
def test_a_sentence_added_since_extraction_is_judged(
    tmp_path: Path, sentence: str, quote: str, verdict: str
) -> None:
    """Drift cannot slip through: a new wrong number fails before anyone runs extract
    when it is a slip of its fact's; one far from it, and a new correct one, wait for
    review (and fail a strict gate)."""
    for name in ("facts", "articles"):
        shutil.copytree(REPO / name, tmp_path / name)
    shutil.copy(REPO / "claims.yaml", tmp_path / "claims.yaml")
    article = tmp_path / "articles" / "000-kim-rolls-into-beijing.md"
    article.write_text(article.read_text(encoding="utf-8") + f"\n\n{sentence}\n", encoding="utf-8")
    desk = Desk.load(tmp_path, use_cache=False)
    (found,) = desk.unrecorded(["articles/000-kim-rolls-into-beijing.md"])
    result = desk.judge(found)
    assert (result.claim.quote, result.verdict.value) == (quote, verdict)
    assert "not in claims.yaml yet" in result.message
