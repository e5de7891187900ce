"""The pytest face of factsuite: claims as parametrized tests, verdicts as outcomes.

Registered through the ``pytest11`` entry point, so it is loaded in every project
that has factsuite installed. It therefore imports nothing of the core at start-up
and does nothing unless the rootdir is a desk (has a ``facts/`` folder).

A desk's check is one line::

    def test_claim(claim, check_claim):
        check_claim(claim)
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from factsuite.desk import Desk
    from factsuite.model import Claim, Result


class _Gate:
    """Per-run state: the desk, loaded on first use, and the results seen so far."""

    def __init__(self, root: Path, articles: list[str]):
        self.root = root
        self.articles = articles
        self._desk: Desk | None = None
        self.results: dict[str, Result] = {}
        self.outcomes: dict[str, str] = {}

    def desk(self) -> Desk:
        if self._desk is None:
            from factsuite.desk import Desk
            from factsuite.errors import InputError

            try:
                desk = Desk.load(self.root)
                desk.check_articles(self.selected(desk))
            except InputError as exc:
                raise pytest.UsageError(f"factsuite: {exc}") from None
            self._desk = desk
        return self._desk

    def selected(self, desk: Desk) -> list[Claim]:
        claims = desk.checked_claims()
        if not self.articles:
            return claims
        wanted = {self._relative(a) for a in self.articles}
        return [c for c in claims if c.article in wanted]

    def _relative(self, article: str) -> str:
        path = Path(article)
        if path.is_absolute() or path.exists():
            try:
                return path.resolve().relative_to(self.root.resolve()).as_posix()
            except ValueError:
                pass
        return path.as_posix()

    # Hooks of this run, registered as a plugin only when the rootdir is a desk.

    def pytest_runtest_logreport(self, report: pytest.TestReport) -> None:
        if report.nodeid in self.results and (report.when == "call" or not report.passed):
            self.outcomes.setdefault(report.nodeid, report.outcome)

    def pytest_terminal_summary(self, terminalreporter: pytest.TerminalReporter) -> None:
        if not self.results:
            return
        from factsuite.report import summary

        terminalreporter.write_sep("-", "factsuite")
        terminalreporter.write_line(summary(r.verdict for r in self.results.values()))

    def pytest_sessionfinish(self, session: pytest.Session) -> None:
        path = session.config.getoption("factsuite_report")
        if not path:
            return
        from factsuite.report import json_report, record, write_atomically

        records = []
        for nodeid, result in self.results.items():
            entry = record(result, nodeid)
            entry["outcome"] = self.outcomes.get(nodeid, result.outcome)
            records.append(entry)
        write_atomically(Path(path), json_report(records))


_GATE = pytest.StashKey["_Gate | None"]()


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("factsuite", "fact-checking (factsuite)")
    group.addoption(
        "--factsuite-report",
        metavar="PATH",
        help="write a JSON report of every claim checked to PATH",
    )
    group.addoption(
        "--factsuite-article",
        action="append",
        default=[],
        metavar="PATH",
        help="check only the claims of this article (repeatable)",
    )
    parser.addini("factsuite_desk", "the desk's folder, relative to the rootdir", default=".")


def pytest_configure(config: pytest.Config) -> None:
    root = config.rootpath / str(config.getini("factsuite_desk"))
    if not (root / "facts").is_dir():
        config.stash[_GATE] = None
        return
    gate = _Gate(root, list(config.getoption("factsuite_article")))
    config.stash[_GATE] = gate
    config.pluginmanager.register(gate, "factsuite-gate")
    config.addinivalue_line(
        "markers", "factsuite(kind): a claim checked by factsuite; kind is date, number, name, role, ..."
    )


def _gate(config: pytest.Config) -> _Gate | None:
    return config.stash.get(_GATE, None)


def claim_id(claim: Claim) -> str:
    """Readable test ids: the article's name, the line, and the fact (or the kind)."""
    return f"{Path(claim.article).stem}:{claim.line}:{claim.fact or claim.kind}"


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "claim" not in metafunc.fixturenames:
        return
    gate = _gate(metafunc.config)
    if gate is None:  # not a desk: a `claim` fixture of the project's own is none of ours
        return
    claims = gate.selected(gate.desk())
    metafunc.parametrize(
        "claim",
        [pytest.param(c, id=claim_id(c), marks=pytest.mark.factsuite(kind=c.kind)) for c in claims],
    )


@pytest.fixture
def check_claim(request: pytest.FixtureRequest) -> Callable[[Claim], Result]:
    """Judge a claim: pass when it agrees, fail with a diagnostic, skip with the reason."""
    gate = _gate(request.config)
    if gate is None:
        pytest.skip("factsuite: the rootdir is not a desk (no facts/ folder)")
    from factsuite.report import render

    def check(claim: Claim) -> Result:
        result = gate.desk().judge(claim)
        gate.results[request.node.nodeid] = result
        request.node.user_properties.extend(
            [("article", claim.article), ("line", claim.line), ("verdict", result.verdict.value)]
        )
        if result.outcome == "skipped":
            pytest.skip(result.message)
        if result.outcome == "failed":
            pytest.fail(render(result), pytrace=False)
        return result

    return check
