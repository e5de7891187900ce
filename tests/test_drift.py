"""A claim whose words were changed in place is followed to the new words (drift.py)."""

from __future__ import annotations

import io
import shutil
from collections.abc import Callable
from pathlib import Path
from textwrap import dedent

import msgspec
import pytest

from factsuite.claims import load_claims
from factsuite.desk import Desk
from factsuite.drift import follow, pair_changed
from factsuite.extraction.command import run as extract
from factsuite.model import Claim, Result
from tests.conftest import REPO
from tests.test_extraction_support import write_desk
from tests.test_hostile_decisions import LENGTH, footbridge_desk
from tests.test_hostile_decisions import gate as failures

ARTICLE = """\
---
title: Parade
published: 2025-08-28
---
The parade on 3 September will bring together 26 foreign leaders.

Kim Jong Un will attend.
"""
CLAIMS = """\
version: 1
claims:
  - article: articles/a.md
    line: 5
    column: 15
    quote: 3 September
    kind: date
    fact: parade.date
    status: confirmed
  - article: articles/a.md
    line: 5
    column: 50
    quote: "26"
    kind: number
    fact: leaders
    status: confirmed
  - article: articles/a.md
    line: 7
    column: 1
    quote: Kim Jong Un
    kind: name
    fact: kim-jong-un
    status: confirmed
"""


def claim(line: int, column: int, quote: str, fact: str | None, kind: str = "number") -> Claim:
    return Claim(
        article="a.md",
        line=line,
        column=column,
        quote=quote,
        kind=kind,
        fact=fact,  # type: ignore[arg-type]
    )


def test_the_nearest_span_of_the_same_line_and_fact_is_paired() -> None:
    gone = [claim(5, 50, "26", "leaders")]
    fresh = [claim(5, 10, "3", "leaders"), claim(5, 48, "twenty-six", "leaders")]
    assert pair_changed(gone, fresh, anchored=set()) == [(0, 1)]


@pytest.mark.parametrize(
    ("fresh", "anchored", "why"),
    [
        (claim(6, 50, "twenty-six", "leaders"), {5}, "another line"),
        (claim(5, 52, "twenty-six", "other-fact"), {5}, "bound to another fact"),
        (claim(5, 50, "twenty-six", "other-fact"), set(), "in its place, but the line moved"),
        (claim(5, 50, "twenty-six", None), set(), "unbound, and the line may have moved"),
        (claim(5, 50, "2025", None, kind="date"), {5}, "unbound, and of another kind"),
    ],
)
def test_no_pairing_without_evidence(fresh: Claim, anchored: set[int], why: str) -> None:
    assert pair_changed([claim(5, 50, "26", "leaders")], [fresh], anchored) == [], why


def test_an_unbound_span_inherits_the_binding_on_an_anchored_line() -> None:
    gone = [claim(5, 50, "26", "leaders")]
    assert pair_changed(gone, [claim(5, 50, "twenty-six", None)], anchored={5}) == [(0, 0)]


def test_words_replaced_in_place_keep_the_binding_a_person_chose() -> None:
    gone = [claim(5, 50, "26", "leaders")]
    fresh = [claim(5, 50, "twenty-eight", "other-fact")]  # where "26" started
    assert pair_changed(gone, fresh, anchored={5}) == [(0, 0)]
    # A name in the place of a name is whoever it names: "Kim Jong Il" is another man.
    gone = [claim(5, 50, "Kim Jong Un", "kim-jong-un", kind="name")]
    fresh = [claim(5, 50, "Kim Jong Il", "kim-jong-il", kind="name")]
    assert pair_changed(gone, fresh, anchored={5}) == []


def test_a_place_replaced_in_place_keeps_the_event_a_person_chose() -> None:
    """ "the summit in Hanoi" become "the summit in Bangkok": still the summit's place,
    whatever event extraction now takes Bangkok for."""
    gone = [claim(5, 30, "Hanoi", "kim.trump-summit-hanoi", kind="place")]
    fresh = [claim(5, 30, "Bangkok", "kim.trump-summit-singapore", kind="place")]
    assert pair_changed(gone, fresh, anchored={5}) == [(0, 0)]


def test_an_ignored_or_unbound_claim_is_never_followed() -> None:
    ignored = Claim(
        article="a.md", line=5, column=50, quote="26", kind="number", fact="leaders",
        status="ignored", reason="not a claim",
    )  # fmt: skip
    fresh = [claim(5, 50, "twenty-six", "leaders")]
    assert pair_changed([ignored, claim(5, 50, "26", None)], fresh, anchored={5}) == []


@pytest.mark.parametrize(
    ("status", "reviewed_quote", "expected"),
    [
        ("confirmed", None, "26"),  # a person reviewed the old words
        ("pending", "25", "25"),  # moved before, and not reviewed since
        ("pending", None, None),  # extraction's own binding
    ],
)
def test_a_followed_claim_says_which_words_a_person_reviewed(
    status: str, reviewed_quote: str | None, expected: str | None
) -> None:
    old = msgspec.structs.replace(
        claim(5, 50, "26", "leaders"),
        status=status,  # type: ignore[arg-type]
        reviewed_quote=reviewed_quote,
    )
    followed = follow(old, claim(5, 50, "twenty-six", None))
    assert (followed.fact, followed.was, followed.reviewed_quote) == ("leaders", "26", expected)


@pytest.fixture
def edit(make_desk: Callable[..., Path]) -> Callable[[str, str], Path]:
    """A desk whose article had ``old`` replaced by ``new`` after claims were reviewed."""

    def make(old: str, new: str) -> Path:
        assert ARTICLE.count(old) == 1
        return make_desk(articles={"a.md": ARTICLE.replace(old, new)}, claims=CLAIMS)

    return make


def gate(root: Path, path: str = "articles/a.md") -> list[Result]:
    """What the gate (a pre-commit hook) says of one article, before any extract."""
    desk = Desk.load(root, use_cache=False)
    return list(desk.results(desk.gate_claims(desk.checked_claims(), [path])))


def extract_quietly(root: Path, *paths: str) -> int:
    """``factsuite extract`` over ``paths`` (every article if none), its output dropped."""
    return extract(
        root, list(paths), check=False, progress=False, out=io.StringIO(), err=io.StringIO()
    )


def verdicts(results: list[Result]) -> dict[str, str]:
    return {r.claim.quote: r.verdict.value for r in results if r.claim.recorded}


def test_the_unchanged_article_agrees(edit: Callable[[str, str], Path]) -> None:
    assert verdicts(gate(edit("Kim", "Kim"))) == {
        "3 September": "agrees",
        "26": "agrees",
        "Kim Jong Un": "agrees",
    }


def test_a_title_put_before_a_recorded_name_is_checked(edit: Callable[[str, str], Path]) -> None:
    """A name claim does not hold the role phrase around it: only a role claim does."""
    results = gate(edit("Kim Jong Un will", "Former North Korean leader Kim Jong Un will"))
    (title,) = [r for r in results if r.claim.kind == "role"]
    assert (title.claim.quote, title.verdict.value) == (
        "Former North Korean leader Kim Jong Un",
        "outdated",
    )
    assert not title.claim.recorded


@pytest.mark.parametrize(
    ("old", "new", "quote", "verdict"),
    [
        ("26 foreign", "twenty-six foreign", "twenty-six", "agrees"),
        ("26 foreign", "28 foreign", "28", "contradicts"),
        ("on 3 September", "on September 3", "September 3", "agrees"),
        ("on 3 September", "on 4 September", "4 September", "contradicts"),
    ],
)
def test_reworded_claims_are_judged_in_their_new_words(
    edit: Callable[[str, str], Path], old: str, new: str, quote: str, verdict: str
) -> None:
    results = gate(edit(old, new))
    (followed,) = [r for r in results if r.claim.was is not None]
    assert (followed.claim.quote, followed.verdict.value) == (quote, verdict)
    assert followed.claim.fact in ("leaders", "parade.date")  # the reviewed binding
    assert "claims.yaml quotes" in followed.message
    assert "factsuite extract" in followed.message
    assert "stale" not in {r.verdict.value for r in results}


@pytest.mark.parametrize(
    ("old", "new", "failed"),
    [
        ("26 foreign", "more than 26 foreign", {("more than 26", "contradicts")}),
        ("26 foreign", "some 26 foreign", set()),
        ("on 3 September", "on Thursday 3 September", {("Thursday 3 September", "contradicts")}),
        ("on 3 September", "on Wednesday 3 September", set()),
    ],
)
def test_words_put_around_a_recorded_quote_are_judged_when_they_fail(
    edit: Callable[[str, str], Path], old: str, new: str, failed: set[tuple[str, str]]
) -> None:
    results = gate(edit(old, new))
    assert {(r.claim.quote, r.verdict.value) for r in results if r.outcome == "failed"} == failed
    # The recorded claim still stands inside the new words, and still agrees.
    assert "stale" not in {r.verdict.value for r in results}


def test_a_claim_whose_sentence_is_gone_is_stale(edit: Callable[[str, str], Path]) -> None:
    results = gate(edit("The parade on 3 September will bring together 26 foreign leaders.", ""))
    gone = [r for r in results if r.claim.quote in ("3 September", "26")]
    assert [r.verdict.value for r in gone] == ["stale", "stale"]
    assert all(r.outcome == "failed" for r in gone)


def test_extract_moves_the_binding_to_the_new_words_for_review(
    edit: Callable[[str, str], Path],
) -> None:
    root = edit("26 foreign", "twenty-six foreign")
    out = io.StringIO()
    status = extract(root, [], check=False, progress=False, out=out, err=io.StringIO())
    assert status == 0
    desk = Desk.load(root, use_cache=False)
    claims = load_claims(root / "claims.yaml", "claims.yaml", desk.facts)
    (moved,) = [c for c in claims if c.fact == "leaders"]
    assert (moved.quote, moved.status) == ("twenty-six", "pending")
    assert "0 stale" in out.getvalue()
    assert verdicts(gate(root))["twenty-six"] == "agrees"


def test_wider_words_bound_by_their_own_cues_to_another_fact_are_their_own_claim(
    tmp_path: Path,
) -> None:
    """A writer adds when Kim set off: "yesterday" (recorded: the day he arrived) now
    stands inside "the day before yesterday", which "set off" binds to his departure.
    Those words are judged as a claim of their own, not as the arrival in more words
    (which would fail: two days ago is not when he arrived)."""
    body = "---\ntitle: Trip\npublished: 2025-09-03\n---\nKim arrived in Beijing {}.\n"
    reviewed = """\
        version: 1
        claims:
          - article: articles/a.md
            line: 5
            column: 23
            quote: yesterday
            kind: date
            fact: kim.arrived-beijing
            status: confirmed
        """
    new = "on Tuesday, having set off the day before yesterday"
    write_desk(tmp_path, {"a.md": body.format(new)}, dedent(reviewed))
    results = gate(tmp_path)
    dates = {
        (r.claim.quote, r.claim.fact, r.verdict.value) for r in results if r.claim.kind == "date"
    }
    # judged against the departure: it agrees, so it waits for review (not recorded yet)
    assert ("day before yesterday", "kim.left-pyongyang", "needs-review") in dates
    # the recorded arrival is not the "yesterday" inside those words: it follows its
    # rewording, "on Tuesday", and is judged there
    assert ("on Tuesday", "kim.arrived-beijing", "agrees") in dates
    assert not any(r.claim.quote == "yesterday" for r in results)
    assert not any(r.outcome == "failed" for r in results)
    # extract records the same: the arrival's claim moves to "on Tuesday" for review,
    # and no claim is left on the "yesterday" of the departure
    extract_quietly(tmp_path)
    recorded = {(c.quote, c.fact, c.status) for c in Desk.load(tmp_path, use_cache=False).claims}
    assert recorded == {
        ("on Tuesday", "kim.arrived-beijing", "pending"),
        ("day before yesterday", "kim.left-pyongyang", "pending"),
    }


@pytest.mark.parametrize(
    ("relation", "judged", "verdict"),
    [
        ("father, Kim Jong-Il", "father, Kim Jong-Il", "agrees"),
        # the fixture desk records no grandfather: the father's claim is gone
        ("grandfather, Kim Jong-Il", "father, Kim Jong-Il", "stale"),
        ("father, Kim Jong Un", "father, Kim Jong Un", "contradicts"),
    ],
)
def test_a_relation_is_quoted_with_its_name(
    tmp_path: Path, relation: str, judged: str, verdict: str
) -> None:
    """The relation word is part of the claim: writing "grandfather" over "father"
    leaves no quote to judge against the father, so the gate fails before extract."""
    body = "---\ntitle: T\npublished: 2025-08-28\n---\n"
    body += "Kim Jong Un took power after the death of his {}.\n"
    reviewed = """\
        version: 1
        claims:
          - article: articles/a.md
            line: 5
            column: 47
            quote: father, Kim Jong-Il
            kind: attribute
            fact: kim.father
            status: confirmed
        """
    write_desk(tmp_path, {"a.md": body.format(relation)}, dedent(reviewed))
    found = {r.claim.quote: r.verdict.value for r in gate(tmp_path) if r.claim.kind == "attribute"}
    assert found[judged] == verdict


def test_then_put_before_a_recorded_title_judges_and_records_the_wider_words(
    tmp_path: Path,
) -> None:
    """A writer fixes an outdated title by writing "then-" before it: the recorded
    quote still stands, inside words that now agree. The gate judges those words in
    its place, and extract moves the claim onto them for review."""
    old = "South Korean President Moon Jae-in"
    body = "---\ntitle: Summits\npublished: 2025-08-28\n---\nKim met {} in 2018.\n"
    reviewed = f"""\
        version: 1
        claims:
          - article: articles/a.md
            line: 5
            column: 9
            quote: {old}
            kind: role
            fact: moon-jae-in
            status: confirmed
        """
    write_desk(tmp_path, {"a.md": body.format(f"then-{old}")}, dedent(reviewed))
    article = "articles/a.md"

    def moon_roles() -> list[Result]:
        results = gate(tmp_path, article)
        return [r for r in results if r.claim.kind == "role" and r.claim.fact == "moon-jae-in"]

    (hook,) = moon_roles()
    assert (hook.claim.quote, hook.verdict.value, hook.claim.was) == (f"then-{old}", "agrees", old)
    extract_quietly(tmp_path, str(tmp_path / article))
    recorded = [c for c in Desk.load(tmp_path, use_cache=False).claims if c.fact == "moon-jae-in"]
    assert [(c.quote, c.kind, c.status) for c in recorded if c.kind == "role"] == [
        (f"then-{old}", "role", "pending")
    ]
    (after,) = moon_roles()
    assert (after.claim.quote, after.verdict.value) == (f"then-{old}", "agrees")


HISTORY_FACTS = """\
kim.met-xi:
  type: date
  label: Xi's visit to Pyongyang
  value: 2019-06-20..21
  cues: [met]
  sources: [https://example.org/met]
kim.last-china-visit:
  type: date
  label: Kim's last visit to China before 2025
  value: 2019-01-07..10
  cues: [last visit]
  sources: [https://example.org/visit]
ww2.surrender:
  type: date
  label: Japan signed its surrender
  value: 1945-09-02
  cues: [end of world war ii]
  sources: [https://example.org/ww2]
"""
HISTORY = """\
---
title: History
published: 2025-08-28
---
Kim met Xi in June 2019. Earlier that year, he went to China.

The parade marks the 80th anniversary of the end of World War II.
"""
HISTORY_CLAIMS = """\
version: 1
claims:
  - article: articles/h.md
    line: 5
    column: 15
    quote: June 2019
    kind: date
    fact: kim.met-xi
    status: confirmed
  - article: articles/h.md
    line: 5
    column: 26
    quote: Earlier that year
    kind: date
    fact: kim.last-china-visit
    status: confirmed
    stated: 2019-01..2019-06
  - article: articles/h.md
    line: 7
    column: 22
    quote: 80th anniversary
    kind: anniversary
    fact: ww2.surrender
    status: confirmed
"""


@pytest.mark.parametrize(
    ("old", "new", "quote", "verdict"),
    [
        ("Earlier that year", "In January of that year", "January of that year", "agrees"),
        ("Earlier that year", "In March that year", "March that year", "contradicts"),
        ("Earlier that year", "The same year", "The same year", "agrees"),
        ("Earlier that year", "The following year", "The following year", "contradicts"),
        ("the 80th anniversary of", "80 years since", "80 years since", "agrees"),
        ("the 80th anniversary of", "75 years since", "75 years since", "contradicts"),
    ],
)
def test_a_rewording_that_points_back_or_counts_years_since_is_judged_before_extract(
    make_desk: Callable[..., Path], old: str, new: str, quote: str, verdict: str
) -> None:
    """The hook's case: "Earlier that year" (read by hand in 'stated') reworded into
    words read from the date before them; "the 80th anniversary of" into years since."""
    assert HISTORY.count(old) == 1
    root = make_desk(
        facts={"base.yaml": HISTORY_FACTS},
        articles={"h.md": HISTORY.replace(old, new)},
        claims=HISTORY_CLAIMS,
    )
    results = gate(root, "articles/h.md")
    (followed,) = [r for r in results if r.claim.was is not None]
    assert (followed.claim.quote, followed.verdict.value) == (quote, verdict)
    assert "stale" not in {r.verdict.value for r in results}
    extract_quietly(root)
    # after extract, the new words hold the binding, pending review, and say the same
    assert verdicts(gate(root, "articles/h.md"))[quote] == verdict


SUMMIT = "another summit in Hanoi"


@pytest.fixture
def sample_desk(tmp_path: Path) -> Path:
    for name in ("facts", "articles"):
        shutil.copytree(REPO / name, tmp_path / name)
    shutil.copy(REPO / "claims.yaml", tmp_path / "claims.yaml")
    return tmp_path


@pytest.mark.parametrize(
    ("new", "failed"),
    [
        ("another summit in Bangkok", {("Bangkok", "kim.trump-summit-hanoi", "contradicts")}),
        ("another summit in Thailand", {("Thailand", "kim.trump-summit-hanoi", "contradicts")}),
        ("another summit in Vietnam", set()),
        ("another summit in the Vietnamese capital", set()),
    ],
)
def test_a_wrong_place_of_an_event_fails_before_and_after_extract(
    sample_desk: Path, new: str, failed: set[tuple[str, str, str]]
) -> None:
    """The sample desk's AFP article, with the Hanoi summit moved: the pre-commit hook
    fails on it before anyone runs extract, and the gate still does after."""
    path = "articles/000-kim-rolls-into-beijing.md"
    article = sample_desk / path
    text = article.read_text(encoding="utf-8")
    assert text.count(SUMMIT) == 1
    article.write_text(text.replace(SUMMIT, new), encoding="utf-8")

    def failures() -> set[tuple[str, str, str]]:
        return {
            (r.claim.quote, r.claim.fact or "", r.verdict.value)
            for r in gate(sample_desk, path)
            if r.outcome == "failed" and r.claim.kind == "place"
        }

    assert failures() == failed
    extract_quietly(sample_desk, str(article))
    assert failures() == failed
    recorded = {(c.quote, c.fact) for c in Desk.load(sample_desk, use_cache=False).claims}
    assert {(quote, fact) for quote, fact, _ in failed} <= recorded


LAUNDER_FACTS = """\
parade.date:
  type: date
  label: the Victory Day parade
  value: 2025-09-03
  place: [Tiananmen Square, Beijing]
  cues: [parade]
  sources: [https://example.org/parade]
kim.came-to-power:
  type: date
  label: Kim Jong Un came to power
  value: 2011-12
  cues: [came to power]
  sources: [https://example.org/power]
"""
LAUNDER = """\
---
title: Parade
published: 2025-08-28
---
Kim will attend a significant military parade in Beijing.

Kim came to power in 2011 and has ruled since.
"""


@pytest.mark.parametrize(
    ("reviewed", "reworded", "again"),
    [
        ("Beijing", "Shanghai", "Tokyo"),  # a place, in a sentence without its date
        ("2011", "2015", "2016"),  # a date years from its fact
    ],
)
def test_extract_does_not_launder_a_wrong_rewording_of_a_reviewed_claim(
    make_desk: Callable[..., Path], reviewed: str, reworded: str, again: str
) -> None:
    """A reviewed claim reworded wrong fails in the hook; ``factsuite extract`` moves
    its binding to the new words, pending review, and they must fail still: the
    binding is a person's, not one of extraction's guesses that await review."""
    root = make_desk(facts={"base.yaml": LAUNDER_FACTS}, articles={"l.md": LAUNDER})
    path = "articles/l.md"
    assert extract_quietly(root) == 0
    claims = (root / "claims.yaml").read_text(encoding="utf-8")
    assert f"quote: {reviewed}" in claims.replace("'", "")
    confirmed = claims.replace("status: pending", "status: confirmed")
    (root / "claims.yaml").write_text(confirmed, encoding="utf-8")
    article = root / path
    assert LAUNDER.count(reviewed) == 1

    def verdict(quote: str) -> str:
        (result,) = [r for r in gate(root, path) if r.claim.quote == quote]
        return result.verdict.value

    article.write_text(LAUNDER.replace(reviewed, reworded), encoding="utf-8")
    assert verdict(reworded) == "contradicts"  # the hook, before extract
    assert extract_quietly(root) == 0
    (moved,) = [c for c in Desk.load(root, use_cache=False).claims if c.quote == reworded]
    assert (moved.status, moved.reviewed_quote) == ("pending", reviewed)
    assert "reviewed_quote:" in (root / "claims.yaml").read_text(encoding="utf-8")
    assert verdict(reworded) == "contradicts"  # after extract, until someone reviews it
    # Reworded again before anyone reviewed it: still the words a person reviewed.
    article.write_text(LAUNDER.replace(reviewed, again), encoding="utf-8")
    assert verdict(again) == "contradicts"
    assert extract_quietly(root) == 0
    (moved,) = [c for c in Desk.load(root, use_cache=False).claims if c.quote == again]
    assert (moved.status, moved.reviewed_quote) == ("pending", reviewed)
    assert verdict(again) == "contradicts"


def test_a_confirmed_number_read_in_more_words_keeps_its_words_and_status(
    tmp_path: Path,
) -> None:
    """A person confirmed "412"; extraction now reads the unchanged words as the
    quantity "412-metre" (drift.same_value). The claim still stands in its own words:
    neither the gate nor extract may turn the person's decision back into a pending
    one."""
    confirmed = LENGTH.replace('"412-metre"', '"412"').replace("quantity", "number")
    root = footbridge_desk(tmp_path, claims=confirmed)
    assert failures(root) == []
    extract_quietly(root)
    facts = Desk.load(root, use_cache=False).facts
    claims = load_claims(root / "claims.yaml", "claims.yaml", facts)
    length = [c for c in claims if c.fact == "footbridge.length"]
    assert [(c.quote, c.kind, c.status) for c in length] == [("412", "number", "confirmed")]
    assert failures(root) == []
