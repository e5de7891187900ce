"""factsuite review's decisions on claims.yaml's text: only the decided keys' lines change."""

from __future__ import annotations

import msgspec
import pytest
from hypothesis import given
from hypothesis import strategies as st

from factsuite.extraction.claimsfile import render
from factsuite.model import Claim
from factsuite.reviewing import edits
from factsuite.reviewing.edits import ClaimKey, Decided, NotEditableError, apply
from tests.conftest import dedent
from tests.test_extraction_claimsfile import FACT_FOR_KIND, claims

reasons = st.sampled_from(["", "no figure for it", "yes: it's #1 - really", 'say "so"', "ü – é"])


@st.composite
def decisions(draw: st.DrawFn) -> Decided:
    kind = draw(st.sampled_from(sorted(FACT_FOR_KIND)))
    status = draw(st.sampled_from(["pending", "confirmed", "ignored"]))
    fact = draw(st.sampled_from([None, FACT_FOR_KIND[kind]]))
    return Decided(kind, fact, status, draw(reasons))  # type: ignore[arg-type]


def _apart(written: list[Claim]) -> list[Claim]:
    """One claim per place, so a kind changed by a decision cannot reorder the file."""
    seen: dict[tuple[str, int, int], Claim] = {}
    for claim in written:
        seen.setdefault((claim.article, claim.line, claim.column), claim)
    return list(seen.values())


def _decided(claim: Claim, decided: Decided) -> Claim:
    return msgspec.structs.replace(
        claim,
        kind=decided.kind,
        fact=decided.fact,
        status=decided.status,
        reason=decided.reason,
    )


@given(st.lists(claims(), min_size=1, max_size=6).map(_apart), st.data())
def test_a_decision_writes_the_file_extraction_would_write(
    written: list[Claim], data: st.DataObject
) -> None:
    chosen = data.draw(st.sampled_from(written))
    decided = data.draw(decisions())
    text = render(written)
    after = apply(text, ClaimKey.of(chosen), decided)
    expected = [_decided(c, decided) if c is chosen else c for c in written]
    # the same bytes `factsuite extract` writes for the decided claims: the decision
    # looks hand-made, and the other claims, their order and the header are untouched
    assert after == render(expected)
    # and undoing it (the decision before, applied back) restores the file byte for byte
    back = apply(after, ClaimKey.of(chosen).with_kind(decided.kind), Decided.of(chosen))
    assert back == text
    # told where the claim stood (a line of the file, right or wrong), it writes the same
    near = data.draw(st.integers(1, text.count("\n") + 1))
    assert apply(text, ClaimKey.of(chosen), decided, near=near) == after


def test_told_where_the_claim_starts_it_reads_only_that_claim(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def whole_file_read(text: str) -> None:
        raise AssertionError("the whole file was read")

    monkeypatch.setattr(edits, "_items", whole_file_read)
    after = apply(HAND_WRITTEN, LEADERS, Decided("number", "leaders", "confirmed", ""), near=12)
    assert after == HAND_WRITTEN.replace("status: pending  #", "status: confirmed  #")


HAND_WRITTEN = """\
# Our desk's claims. Reviewed by the night desk.
version: 1
claims:
  # the lede
  - article: articles/a.md
    line: 5
    column: 21
    quote: Kim Jong Un   # the leader
    kind: name
    fact: kim-jong-un

  - article: articles/a.md
    line: 6
    column: 25
    quote: '26'
    kind: number
    fact: leaders
    status: pending  # extraction's guess
    stated: '26'
"""

KIM = ClaimKey("articles/a.md", 5, 21, "Kim Jong Un", "name")
LEADERS = ClaimKey("articles/a.md", 6, 25, "26", "number")


def _changed_lines(before: str, after: str) -> tuple[list[str], list[str]]:
    old, new = before.splitlines(), after.splitlines()
    return [line for line in old if line not in new], [line for line in new if line not in old]


def test_confirming_changes_the_status_value_and_keeps_its_comment() -> None:
    after = apply(HAND_WRITTEN, LEADERS, Decided("number", "leaders", "confirmed", ""))
    assert _changed_lines(HAND_WRITTEN, after) == (
        ["    status: pending  # extraction's guess"],
        ["    status: confirmed  # extraction's guess"],
    )


def test_a_key_a_person_left_out_is_added_where_extraction_puts_it() -> None:
    after = apply(HAND_WRITTEN, KIM, Decided("name", "kim-jong-un", "ignored", "a byline"))
    assert after == HAND_WRITTEN.replace(
        "    fact: kim-jong-un\n",
        "    fact: kim-jong-un\n    status: ignored\n    reason: a byline\n",
    )


def test_marking_unverifiable_drops_the_fact_line_and_gives_a_reason() -> None:
    after = apply(HAND_WRITTEN, LEADERS, Decided("number", None, "confirmed", "not on file"))
    assert after == HAND_WRITTEN.replace(
        "    fact: leaders\n    status: pending  # extraction's guess\n",
        "    status: confirmed  # extraction's guess\n    reason: not on file\n",
    )


def test_a_status_left_out_means_pending_and_stays_out_when_it_still_is() -> None:
    # rebinding a pending claim to another kind: status stays implicit, kind changes
    after = apply(HAND_WRITTEN, KIM, Decided("role", "kim-jong-un", "pending", ""))
    assert _changed_lines(HAND_WRITTEN, after) == (["    kind: name"], ["    kind: role"])


def test_a_reason_in_a_block_scalar_is_replaced_whole() -> None:
    text = HAND_WRITTEN.replace(
        "    stated: '26'\n", "    reason: |\n      first line\n      second line\n"
    ).replace("status: pending  # extraction's guess", "status: ignored")
    after = apply(text, LEADERS, Decided("number", "leaders", "ignored", "one line now"))
    assert after == text.replace(
        "    reason: |\n      first line\n      second line\n", "    reason: one line now\n"
    )


def test_a_unicode_line_break_in_a_value_does_not_shift_the_edit() -> None:
    # YAML counts U+2028 as a line break (so libyaml's marks do); so must the edit
    text = HAND_WRITTEN.replace(
        "    fact: kim-jong-un\n", '    fact: kim-jong-un\n    stated: "Kim\u2028Jong Un"\n'
    )
    after = apply(text, LEADERS, Decided("number", "leaders", "confirmed", ""))
    assert _changed_lines(text, after)[1] == ["    status: confirmed  # extraction's guess"]


def test_a_claim_no_longer_in_the_file_or_written_on_one_line_is_not_edited() -> None:
    gone = ClaimKey("articles/a.md", 9, 1, "27", "number")
    with pytest.raises(NotEditableError, match=r"no longer in claims\.yaml"):
        apply(HAND_WRITTEN, gone, Decided("number", None, "confirmed", "x"))
    flow = dedent(
        """
        version: 1
        claims:
          - {article: articles/a.md, line: 6, column: 25, quote: '26', kind: number}
        """
    )
    with pytest.raises(NotEditableError, match=r"claims\.yaml:3: .*edit it by hand"):
        apply(flow, LEADERS, Decided("number", "leaders", "confirmed", ""))
