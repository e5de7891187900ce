"""claims.yaml: written deterministically, read back the same, merged keeping decisions."""

from __future__ import annotations

import msgspec
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factsuite.articles import Article
from factsuite.claims import parse_claims
from factsuite.daterange import DateRange, parse_iso_range
from factsuite.extraction import claimsfile
from factsuite.extraction.claimsfile import header_of, merge, render, same
from factsuite.kinds import registry
from factsuite.model import Claim
from tests.test_extraction_support import article, extractor, facts

FACT_FOR_KIND = {
    "date": "parade.date",
    "elapsed": "kim.last-china-visit",
    "anniversary": "ww2.surrender",
    "number": "parade.foreign-leaders",
    "percent": "trade.share-2023",
    "name": "kim-jong-un",
    "role": "kim-jong-un",
    "attribute": "icc.charge",
    "place": "summit.hanoi",
}

quotes = st.text(
    alphabet=st.characters(
        blacklist_categories=("Cs", "Cc"), blacklist_characters="\u2028\u2029\x85"
    ),
    min_size=1,
    max_size=30,
).filter(lambda q: q.strip() == q and q.strip())


@st.composite
def claims(draw: st.DrawFn) -> Claim:
    # every registered kind the fixture desk has a fact for (it has no amount of money)
    kind = draw(st.sampled_from([k for k in registry.names() if k in FACT_FOR_KIND]))
    bound = draw(st.booleans())
    status = draw(st.sampled_from(["pending", "confirmed", "ignored"]))
    reason = draw(st.sampled_from(["", "no figure for it", "yes: it's #1 - really"]))
    if status == "ignored" and not reason:
        reason = "not a claim"
    return Claim(
        article=draw(st.sampled_from(["articles/a.md", "articles/b c.md", "articles/ü.txt"])),
        line=draw(st.integers(1, 500)),
        column=draw(st.integers(1, 500)),
        quote=draw(quotes),
        kind=kind,  # type: ignore[arg-type]
        fact=FACT_FOR_KIND[kind] if bound else None,
        status=status,  # type: ignore[arg-type]
        reason=reason,
        stated=draw(st.sampled_from([None, "2019-01..2019-06", "26"])),
        at=draw(
            st.sampled_from([None, DateRange.month(2025, 10), parse_iso_range("2018-03-25..28")])
        ),
        reviewed_quote=draw(st.none() | quotes),
    )


@settings(max_examples=60)
@given(st.lists(claims(), max_size=8))
def test_a_written_claims_file_reads_back_as_the_same_claims(written: list[Claim]) -> None:
    text = render(written)
    read = parse_claims(text, "claims.yaml", facts())
    assert sorted(map(_plain, read), key=repr) == sorted(map(_plain, written), key=repr)
    assert render(read) == text  # and writing it again changes nothing


def _plain(claim: Claim) -> Claim:
    return msgspec.structs.replace(claim, source_line=0)


def test_the_order_is_article_line_column_kind_fact() -> None:
    a = Claim(article="articles/b.md", line=1, column=1, quote="x", kind="name", fact="kim-jong-un")
    b = Claim(article="articles/a.md", line=9, column=5, quote="x", kind="role", fact="kim-jong-un")
    c = Claim(
        article="articles/a.md", line=9, column=5, quote="x", kind="attribute", fact="icc.charge"
    )
    text = render([a, b, c])
    assert text.index("kind: attribute") < text.index("kind: role") < text.index("kind: name")


def test_the_quote_a_person_reviewed_is_written_last_and_read_back() -> None:
    moved = Claim(
        article="articles/a.md", line=5, column=9, quote="twenty-six", kind="number",
        fact="parade.foreign-leaders", at=DateRange.year(2024), reviewed_quote="26",
    )  # fmt: skip
    text = render([moved])
    assert text.endswith("    at: 2024\n    reviewed_quote: '26'\n")
    (read,) = parse_claims(text, "claims.yaml", facts())
    assert read.reviewed_quote == "26"
    assert "reviewed_quote" not in render([msgspec.structs.replace(moved, reviewed_quote=None)])


def test_the_header_of_an_existing_file_is_kept() -> None:
    assert header_of("# mine\n# two\n\nversion: 1\n") == "# mine\n# two\n"
    assert render([], "# mine\n").startswith("# mine\nversion: 1\nclaims: []")


BODY = "North Korean leader Kim Jong Un will attend the parade next week with 26 foreign leaders.\n"


def _extracted(body: str = BODY) -> tuple[Article, list[Claim]]:
    item = article(body)
    return item, extractor().extract(item)


def test_merge_keeps_confirmed_and_ignored_decisions_and_hand_made_bindings() -> None:
    item, fresh = _extracted()
    by_quote = {c.quote: c for c in fresh}
    reviewed = [
        msgspec.structs.replace(by_quote["26"], status="confirmed"),
        msgspec.structs.replace(
            by_quote["next week"], status="ignored", reason="not about the parade"
        ),
        msgspec.structs.replace(
            by_quote["Kim Jong Un"], fact="kim-jong-il", status="confirmed", column=1, line=99
        ),
        msgspec.structs.replace(
            by_quote["North Korean leader Kim Jong Un"], at=DateRange.year(2024)
        ),
    ]
    result = merge(reviewed, {item.path: (item, fresh)})
    merged = {c.quote: c for c in result.claims}
    assert merged["26"].status == "confirmed"
    assert merged["26"].fact == "parade.foreign-leaders"
    assert merged["next week"].status == "ignored"
    assert merged["next week"].reason == "not about the parade"
    assert merged["Kim Jong Un"].fact == "kim-jong-il"  # a binding fixed by hand
    assert merged["Kim Jong Un"].line == by_quote["Kim Jong Un"].line  # but the place is current
    assert merged["North Korean leader Kim Jong Un"].at == DateRange.year(2024)
    assert len(result.changed) == 1
    assert len(result.unchanged) == 3
    assert not result.stale


def test_merge_drops_stale_guesses_and_keeps_every_reviewed_claim() -> None:
    item, fresh = _extracted()
    gone = Claim(
        article=item.path, line=5, column=1, quote="nearly 97%", kind="percent", status="confirmed"
    )
    machine = Claim(article=item.path, line=5, column=1, quote="North", kind="name")
    human = Claim(
        article=item.path, line=1, column=1, quote="the parade", kind="date", status="confirmed",
        fact="parade.date",
    )  # fmt: skip
    elsewhere = Claim(article="articles/other.md", line=1, column=1, quote="x", kind="name")
    deleted = Claim(article="articles/deleted.md", line=1, column=1, quote="x", kind="name")
    result = merge(
        [gone, machine, human, elsewhere, deleted], {item.path: (item, fresh)}, {deleted.article}
    )
    kept = {(c.article, c.quote) for c in result.claims}
    assert (item.path, "the parade") in kept  # moved to where the quote stands now
    assert ("articles/other.md", "x") in kept  # another article: untouched
    assert {c.quote for c in result.stale} == {"North", "x"}  # machine guesses only
    assert result.kept_stale == [gone]  # reviewed, words gone: kept as it was
    assert gone in result.claims
    assert len(result.new) == len(fresh)
    moved = next(c for c in result.claims if c.quote == "the parade")
    assert (moved.line, moved.column) != (1, 1)
    pruned = merge([gone, machine], {item.path: (item, fresh)}, prune=True)
    assert pruned.pruned == [gone]
    assert gone not in pruned.claims
    assert not pruned.kept_stale


def test_merging_twice_is_stable() -> None:
    item, fresh = _extracted()
    first = merge([], {item.path: (item, fresh)})
    second = merge(first.claims, {item.path: (item, fresh)})
    assert not second.new
    assert not second.changed
    assert not second.stale
    assert all(same(a, b) for a, b in zip(first.claims, second.claims, strict=True))


@settings(max_examples=40, deadline=None)
@given(st.data())
def test_merge_keeps_every_confirmed_and_ignored_decision(data: st.DataObject) -> None:
    item, fresh = _extracted(
        BODY + "Kim has visited China four times and Russia twice since he came to power in 2011.\n"
    )
    decisions = data.draw(
        st.lists(
            st.sampled_from(["pending", "confirmed", "ignored"]),
            min_size=len(fresh),
            max_size=len(fresh),
        )
    )
    reviewed = [
        msgspec.structs.replace(c, status=d, reason="reviewed" if d == "ignored" else c.reason)
        for c, d in zip(fresh, decisions, strict=True)
    ]
    shifted = article("A new first line.\n" + BODY + "Kim has visited China four times and Russia"
                      " twice since he came to power in 2011.\n")  # fmt: skip
    result = merge(reviewed, {item.path: (shifted, extractor().extract(shifted))})
    merged = {(c.quote, c.kind): c for c in result.claims}
    for before in reviewed:
        after = merged[(before.quote, before.kind)]
        assert after.status == before.status
        if before.status != "pending":
            assert after.reason == before.reason
            assert after.fact == before.fact
        assert after.line == before.line + 1  # every claim followed its quote


def _reviewed_then_reworded(
    status: str, reviewed_quote: str | None, new: str
) -> tuple[Claim, Claim]:
    """The claim on "26" in BODY as claims.yaml held it, and what merging an article
    in which "26" became ``new`` makes of it."""
    item, fresh = _extracted()
    (before,) = [c for c in fresh if c.quote == "26"]
    before = msgspec.structs.replace(
        before,
        status=status,  # type: ignore[arg-type]
        reviewed_quote=reviewed_quote,
    )
    edited, again = _extracted(BODY.replace("26", new))
    result = merge([before], {item.path: (edited, again)})
    (after,) = [c for c in result.claims if c.fact == "parade.foreign-leaders"]
    assert after.quote == new
    assert after in result.changed
    assert not result.stale
    return before, after


def test_a_reviewed_claim_moved_to_new_words_keeps_the_quote_a_person_reviewed() -> None:
    _, after = _reviewed_then_reworded("confirmed", None, "twenty-six")
    assert (after.status, after.reviewed_quote) == ("pending", "26")
    assert not after.unreviewed_binding


def test_a_claim_reworded_twice_before_review_keeps_the_first_reviewed_quote() -> None:
    _, after = _reviewed_then_reworded("pending", "25", "twenty-six")
    assert (after.status, after.reviewed_quote) == ("pending", "25")


def test_a_binding_nobody_reviewed_stays_extractions_when_reworded() -> None:
    _, after = _reviewed_then_reworded("pending", None, "twenty-six")
    assert (after.status, after.reviewed_quote) == ("pending", None)
    assert after.unreviewed_binding


def _merged_again(before: Claim, fresh: list[Claim] | None = None) -> Claim:
    item, found = _extracted()
    result = merge([before], {item.path: (item, found if fresh is None else fresh)})
    (after,) = [c for c in result.claims if c.quote == before.quote]
    return after


def _moved(status: str, **changes: object) -> Claim:
    """The claim on "26" in BODY as extraction leaves it after a rewording of "25"."""
    _, fresh = _extracted()
    (claim,) = [c for c in fresh if c.quote == "26"]
    return msgspec.structs.replace(claim, status=status, reviewed_quote="25", **changes)  # type: ignore[arg-type]


def test_the_reviewed_quote_goes_once_a_person_reviews_the_new_words() -> None:
    assert _merged_again(_moved("confirmed")).reviewed_quote is None
    ignored = _moved("ignored", reason="not about the parade")
    assert _merged_again(ignored).reviewed_quote is None
    # and stays while nobody has
    assert _merged_again(_moved("pending")).reviewed_quote == "25"
    # a reviewed claim extraction no longer finds is kept where its quote stands, without it
    kept = _merged_again(_moved("confirmed"), fresh=[])
    assert (kept.status, kept.reviewed_quote) == ("confirmed", None)


def test_a_moved_binding_is_a_persons_until_reviewed() -> None:
    """Extraction does not rebind it on a later run, nor drop it when it no longer
    finds its words: the binding is a person's, as a confirmed one is."""
    moved = _moved("pending", fact="kim.russia-visits")
    assert _merged_again(moved).fact == "kim.russia-visits"
    kept = _merged_again(moved, fresh=[])
    assert (kept.fact, kept.status, kept.reviewed_quote) == ("kim.russia-visits", "pending", "25")
    machine = msgspec.structs.replace(moved, reviewed_quote=None)
    assert _merged_again(machine).fact == "parade.foreign-leaders"
    item, _ = _extracted()
    assert merge([machine], {item.path: (item, [])}).stale == [machine]


_PLAINISH = st.text(
    alphabet=st.sampled_from("aZ09 .,/()$%'&+=_-:#!?*[]{}<>|@`\"~\\\t\né"), max_size=12
)
_WORDS = st.sampled_from(
    ["yes", "No", "ON", "off", "null", "~", "true", "1_000", "1:20", "0x1F", "2025-09-03",
     "1e3", ".5", "35,304", "U.S.", "Kim Jong Un", "articles/a-b.md", "'26", "26%", "- x"]
)  # fmt: skip


@given(
    st.one_of(_PLAINISH, _WORDS, st.text(max_size=12), st.lists(_WORDS, max_size=3).map(" ".join))
)
@settings(max_examples=500, deadline=None)
def test_text_written_plain_is_exactly_what_pyyaml_writes(value: str) -> None:
    assert claimsfile._scalar(value) == claimsfile._dumped(value)


def test_most_texts_are_written_without_pyyaml(monkeypatch: pytest.MonkeyPatch) -> None:
    dumped: list[str] = []
    monkeypatch.setattr(claimsfile, "_dumped", dumped.append)
    claimsfile._scalar.cache_clear()
    try:
        for text in ("Kim Jong Un", "articles/004-power-trio.md", "35,304", "U.S.", "parade.date"):
            assert claimsfile._scalar(text) == text
        claimsfile._scalar("26")  # a number if written plain: quoted by PyYAML
        claimsfile._scalar("yes")  # a boolean
    finally:
        claimsfile._scalar.cache_clear()
    assert dumped == ["26", "yes"]
