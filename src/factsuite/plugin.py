"""The pytest face of factsuite: claims as parametrized tests, verdicts as outcomes.

Registered through the ``pytest11`` entry point, so it is loaded in every project
that has factsuite installed. It therefore imports nothing of the core at start-up
and does nothing unless the rootdir is a desk that says so: a ``[tool.factsuite]``
table in its pyproject.toml, or (made before the table) claims.yaml beside facts/.
Another project's ``facts/`` folder and ``claim`` fixture are its own.

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
    """One run over a desk: the desk, loaded on first use, and the results so far.

    Registered as a plugin (so its methods are hooks) only when the rootdir is a desk.
    """

    def __init__(self, root: Path, articles: list[str], *, strict: bool = False):
        self.root = root
        self.articles = articles
        self.strict = strict  # --factsuite-strict; the desk's settings may say so too
        self._desk: Desk | None = None
        self.error: str | None = None
        self.results: dict[str, Result] = {}
        self.outcomes: dict[str, str] = {}

    def desk(self) -> Desk:
        if self._desk is None:
            from factsuite.desk import Desk

            self._desk = Desk.load(self.root, strict=self.strict)
        return self._desk

    def claims(self) -> list[Claim]:
        """The claims to parametrize with; on bad input none, and the error kept.

        An exception raised while parametrizing would be shown as a collection error
        with a traceback; the error is raised after collection instead, as a usage
        error: one line, file:line:column, exit status 4.
        """
        from factsuite.errors import InputError, one_line

        try:
            return self.selected(self.desk())
        except InputError as exc:
            self.error = f"factsuite: {exc}"
            return []
        except OSError as exc:  # a path the system refuses (too long, say): one line too
            self.error = one_line(f"factsuite: {exc.filename}: {exc.strerror or exc}")
            return []

    def selected(self, desk: Desk) -> list[Claim]:
        """The claims of the selected articles, and the spans claims.yaml lacks."""
        claims = desk.checked_claims()
        if self.articles:
            wanted = self.articles
            claims = [c for c in claims if c.article in wanted]
        else:
            wanted = desk.article_paths()
        desk.check_articles(claims)  # only the articles checked are read
        return desk.gate_claims(claims, wanted)

    @pytest.hookimpl(trylast=True)  # after -k and -m have deselected what they will
    def pytest_collection_modifyitems(self, items: list[pytest.Item]) -> None:
        if self.error:
            raise pytest.UsageError(self.error)
        for item in items:
            claim = _claim_of(item)
            if claim is None or "check_claim" not in getattr(item, "fixturenames", ()):
                continue
            result = self.desk().judge(claim)
            self.results[item.nodeid] = result
            _record_properties(item, result)
            if result.outcome == "skipped":
                # A skip marker makes pytest report the test's own place, not ours.
                item.add_marker(pytest.mark.skip(reason=result.message))

    def pytest_runtest_logreport(self, report: pytest.TestReport) -> None:
        if report.nodeid in self.results and (report.when == "call" or not report.passed):
            self.outcomes.setdefault(report.nodeid, report.outcome)

    def pytest_terminal_summary(self, terminalreporter: pytest.TerminalReporter) -> None:
        ran = [self.results[n] for n in self.outcomes if n in self.results]
        if not ran:
            return
        from factsuite.report import summary

        terminalreporter.write_sep("-", "factsuite")
        for article in dict.fromkeys(r.claim.article for r in ran):
            for invisible in self.desk().article(article).invisible_characters():
                terminalreporter.write_line(invisible.warning)
        terminalreporter.write_line(summary(ran))

    def pytest_sessionfinish(self, session: pytest.Session) -> None:
        path = session.config.getoption("factsuite_report")
        if not path or self.error:
            return
        from factsuite.report import json_report, record, write_atomically

        records = []
        for nodeid, outcome in self.outcomes.items():
            if nodeid in self.results:
                entry = record(self.results[nodeid], nodeid)
                entry["outcome"] = outcome
                records.append(entry)
        try:
            write_atomically(Path(path), json_report(records))
        except OSError as exc:  # checked at start-up, but the disk can change: one line
            session.config.get_terminal_writer().line(
                f"factsuite: cannot write the report {path}: {exc.strerror or exc}", red=True
            )
            session.exitstatus = pytest.ExitCode.USAGE_ERROR


def _claim_of(item: pytest.Item) -> Claim | None:
    from factsuite.model import Claim

    callspec = getattr(item, "callspec", None)
    value = callspec.params.get("claim") if callspec is not None else None
    return value if isinstance(value, Claim) else None  # not NOTSET, for an empty selection


def _record_properties(item: pytest.Item, result: Result) -> None:
    """The claim's place and verdict, for JUnit XML (``--junitxml``)."""
    claim = result.claim
    item.user_properties.extend(
        [("article", claim.article), ("line", claim.line), ("verdict", result.verdict.value)]
    )


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
    group.addoption(
        "--factsuite-strict",
        action="store_true",
        help="fail claims nobody has reviewed (needs-review, pending), "
        "as strict = true under [tool.factsuite] does",
    )
    parser.addini("factsuite_desk", "the desk's folder, relative to the rootdir", default=".")


def pytest_configure(config: pytest.Config) -> None:
    # detect.py is small and imports only the standard library: another project
    # pays for reading its pyproject.toml, no more.
    from factsuite.detect import is_desk

    root = config.rootpath / str(config.getini("factsuite_desk"))
    if not is_desk(root):
        config.stash[_GATE] = None
        return
    # Import the core now, once, in a desk's process. pytester's in-process runs drop
    # the modules they import, and PyYAML's C extension keeps the node classes of the
    # first `import yaml`: a second import inside a later run resolves no tags.
    import factsuite.desk  # noqa: F401

    gate = _Gate(
        root,
        _checked_paths(config, root),
        strict=bool(config.getoption("factsuite_strict")),
    )
    config.stash[_GATE] = gate
    config.pluginmanager.register(gate, "factsuite-gate")
    config.addinivalue_line(
        "markers",
        "factsuite(kind): a claim checked by factsuite; kind is date, number, name, role, ...",
    )


def _checked_paths(config: pytest.Config, root: Path) -> list[str]:
    """The ``--factsuite-article`` paths, desk-relative, after checking them and the
    ``--factsuite-report`` path as paths.py says: bad ones are a usage error now."""
    from factsuite.errors import InputError
    from factsuite.paths import check_output, inside_desk

    articles = []
    try:
        for given in config.getoption("factsuite_article"):
            path = Path(given)
            # As given from here when it names a file from here, else desk-relative.
            if not path.is_absolute() and not path.exists():
                path = root / path
            articles.append(inside_desk(root, path, given).relative_to(root.resolve()).as_posix())
        report = config.getoption("factsuite_report")
        if report:
            check_output(Path(report), report)
    except InputError as exc:
        raise pytest.UsageError(f"factsuite: {exc}") from None
    return articles


def _gate(config: pytest.Config) -> _Gate | None:
    return config.stash.get(_GATE, None)


def claim_id(claim: Claim) -> str:
    """Readable, unique test ids: the article's name, line, column, and the fact (or kind)."""
    return f"{Path(claim.article).stem}:{claim.line}:{claim.column}:{claim.fact or claim.kind}"


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "claim" not in metafunc.fixturenames:
        return
    gate = _gate(metafunc.config)
    if gate is None:  # not a desk: a `claim` fixture of the project's own is none of ours
        return
    metafunc.parametrize(
        "claim",
        [
            pytest.param(c, id=claim_id(c), marks=pytest.mark.factsuite(kind=c.kind))
            for c in gate.claims()
        ],
    )


@pytest.fixture
def check_claim(request: pytest.FixtureRequest) -> Callable[[Claim], Result]:
    """Judge a claim: pass when it agrees, fail with a diagnostic, skip with the reason."""
    gate = _gate(request.config)
    if gate is None:
        pytest.skip("factsuite: the rootdir is not a desk (no [tool.factsuite] in pyproject.toml)")
    from factsuite.report import render

    def check(claim: Claim) -> Result:
        nodeid = request.node.nodeid
        result = gate.results.get(nodeid)
        if result is None or result.claim != claim:  # a claim the test built or chose itself
            result = gate.desk().judge(claim)
            gate.results[nodeid] = result
            _record_properties(request.node, result)
        if result.outcome == "skipped":
            pytest.skip(result.message)
        if result.outcome == "failed":
            pytest.fail(render(result), pytrace=False)
        return result

    return check
