"""The bound every test runs under (tests/conftest.py), so a hang fails instead of stalling."""

from __future__ import annotations

import pytest

from tests.conftest import TEST_TIMEOUT_SECONDS


def test_every_test_is_bounded(request: pytest.FixtureRequest) -> None:
    if not request.config.pluginmanager.hasplugin("timeout"):
        pytest.skip("pytest-timeout is not installed (it comes with the test extra)")
    marker = request.node.get_closest_marker("timeout")
    assert marker is not None
    assert marker.args == (TEST_TIMEOUT_SECONDS,)


@pytest.mark.timeout(5)
def test_a_test_that_sets_its_own_bound_gets_no_second(request: pytest.FixtureRequest) -> None:
    # Its own bound is the closest either way; what the guard must not do is add one.
    if not request.config.pluginmanager.hasplugin("timeout"):
        pytest.skip("pytest-timeout is not installed (it comes with the test extra)")
    assert [m.args for m in request.node.iter_markers("timeout")] == [(5,)]
