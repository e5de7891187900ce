"""benchmarks/rules_fired.py counts what the binding trace records, rule by rule."""

from __future__ import annotations

import pytest

from factsuite.extraction.binding_rules import RULES
from tests.benchscripts import load_benchmark

rules_fired = load_benchmark("rules_fired")


def test_the_dev_split_is_counted_by_registered_rules() -> None:
    vetoed, weighed, decided, values = rules_fired.count("dev")
    assert values > 0
    assert vetoed["fact-type"] > 0  # every value meets facts of other types
    assert set(vetoed) | set(weighed) <= set(RULES)
    assert set(decided) - set(RULES) <= {"no-candidate", "tie"}


def test_it_prints_each_table_and_the_rules_that_never_fired(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert rules_fired.main(["--split", "dev", "--most", "3"]) == 0
    printed = capsys.readouterr().out
    for title in ("decided the binding", "vetoed a (cue, fact) pair", "never fired"):
        assert title in printed
