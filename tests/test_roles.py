"""Title phrases read as roles: places merged, tense read from "former" and "then-"."""

from __future__ import annotations

import pytest

from factsuite.model import Role
from factsuite.roles import Tense, names_role, read_title, title_words

US_PRESIDENT = Role(titles=("President", "leader"), of=("United States",))
KOREA_LEADER = Role(titles=("leader", "ruler"), of=("North Korea",))
AFFILIATION = Role(titles=(), of=("International Crisis Group", "ICG"))


@pytest.mark.parametrize(
    ("left", "right"),
    [
        ("U.S. President", "President of the United States"),
        ("US President", "American President"),
        (
            "Chinese Assistant Minister of Foreign Affairs",
            "China's assistant minister of foreign affairs",
        ),
        ("Slovak Prime Minister", "Prime Minister of Slovakia"),
        ("Myanmar’s military ruler", "military ruler of Myanmar"),
    ],
)
def test_one_title_however_written(left: str, right: str) -> None:
    assert title_words(left) == title_words(right)


@pytest.mark.parametrize(
    ("phrase", "tense"),
    [
        ("the U.S. President", Tense.CURRENT),
        ("the former U.S. President", Tense.FORMER),
        ("ex-President", Tense.FORMER),
        ("then-President", Tense.THEN),
    ],
)
def test_tense(phrase: str, tense: Tense) -> None:
    title = read_title(phrase)
    assert title.tense is tense
    assert title.words == title_words("President") | (
        title_words("US") if "U.S." in phrase else frozenset()
    )


@pytest.mark.parametrize(
    ("phrase", "role", "expected"),
    [
        ("U.S. President", US_PRESIDENT, True),
        ("President", US_PRESIDENT, True),
        ("American leader", US_PRESIDENT, True),
        ("Russian President", US_PRESIDENT, False),
        ("Vice President", US_PRESIDENT, False),
        ("North Korean leader", KOREA_LEADER, True),
        ("South Korean leader", KOREA_LEADER, False),
        ("the International Crisis Group (ICG)'s", AFFILIATION, True),
        ("ICG analyst", AFFILIATION, False),
        ("", US_PRESIDENT, False),
    ],
)
def test_names_role(phrase: str, role: Role, expected: bool) -> None:
    assert names_role(read_title(phrase).words, role) is expected
