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

import hashlib
import os
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar, NoReturn

import pytest

if TYPE_CHECKING:
    from factsuite.desk import Desk
    from factsuite.keptverdicts import KeptVerdicts
    from factsuite.model import Claim, Result
    from factsuite.readings import Readings
    from factsuite.shards import Shard


def _rewrite_only_the_plugin() -> None:
    """Leave factsuite's core to Python's own import: only this module is pytest's.

    pytest rewrites the asserts of every module of a plugin's package (the package
    that holds the ``pytest11`` entry point): here, the whole core, whose asserts are
    internal invariants and never a test's. A rewritten module is compiled from its
    AST and cached in a pyc of pytest's own, which is never written where
    PYTHONDONTWRITEBYTECODE is set (containers, CI): the core was parsed, rewritten
    and compiled again on every run, where Python's import reads the pycs made when
    factsuite was installed. pytest has no public way to unmark a name, so the set of
    marked names is narrowed where it is found; a pytest without it, or run with
    ``--assert=plain``, is left as it is (everything still works, rewritten or not).
    """
    package = __name__.partition(".")[0]
    for finder in sys.meta_path:
        marked = getattr(finder, "_must_rewrite", None)
        is_hook = type(finder).__name__ == "AssertionRewritingHook"
        if is_hook and isinstance(marked, set) and package in marked:
            marked.discard(package)
            marked.add(__name__)


_rewrite_only_the_plugin()

# The user property that carries an item's results to whoever writes the summary and
# the report: the same process in a serial run, pytest-xdist's controller otherwise
# (reports travel between processes with their user_properties, as --junitxml's do).
RESULTS_PROPERTY = "factsuite"
ITEM_MODES = ("claim", "article")


@dataclass(frozen=True)
class ArticleClaims:
    """The ``claim`` parameter in per-article mode: an article's claims, judged together."""

    article: str
    claims: tuple[Claim, ...]


class _Gate:
    """One run over a desk: the desk, loaded on first use, and the claims to test.

    Registered as a plugin (so its methods are hooks) only when the rootdir is a desk,
    in every process that runs tests (each pytest-xdist worker has its own). Nothing
    is judged at collection: each test judges its own claims when it runs.
    """

    def __init__(
        self,
        root: Path,
        articles: list[str],
        *,
        strict: bool = False,
        per_article: bool = False,
        shard: Shard | None = None,
    ):
        self.root = root
        self.articles = articles
        self.strict = strict  # --factsuite-strict; the desk's settings may say so too
        self.per_article = per_article  # --factsuite-items=article
        self.shard = shard  # --factsuite-shard K/N
        self._desk: Desk | None = None
        self.error: str | None = None
        self._warnings: dict[str, list[str]] = {}
        # The test being run: check_claim is set up once per session, so it learns
        # its test here rather than from a request made for every test.
        self.running: pytest.Item | None = None
        # Where a test's results go: encoded in its user_properties for pytest-xdist's
        # controller (``worker``), else handed to the summary as they are, by node id.
        self.worker = False
        self.handed: dict[str, tuple[list[Result], bool]] = {}
        # Where a test skipped by its verdict is reported (its own file and line), by
        # node id, until its report comes; and who takes the reports' results (the
        # summary's writer, in the process that has one).
        self.skip_places: dict[str, tuple[str, int]] = {}
        self._places: dict[tuple[type, object], tuple[str, int]] = {}  # by test function
        self.results: _Results | None = None
        # The article whose claims are being judged one test each, and its lines and
        # sentences as read so far: tests run in collection order, an article's claims
        # one after another, so each text is read once, as per article (readings.py).
        self._reading: tuple[str, Readings] | None = None
        # Verdicts kept by an earlier run (KeptVerdicts), given again rather than
        # judged; None when the desk's cache cannot be used.
        self.kept: KeptVerdicts | None = None

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
        return self._guarded(lambda: self.selected(self.desk()))

    def _guarded(self, read: Callable[[], list[Claim]]) -> list[Claim]:
        from factsuite.errors import InputError, one_line

        try:
            return read()
        except InputError as exc:
            self.error = f"factsuite: {exc}"
        except OSError as exc:  # a path the system refuses (too long, say): one line too
            self.error = one_line(f"factsuite: {exc.filename}: {exc.strerror or exc}")
        return []

    def check_inputs(self) -> None:
        """Load the desk and read the articles the workers will read (those the claims
        cite, then those whose spans are gathered, cited or not), raising bad input as
        a usage error. For pytest-xdist's controller, which collects nothing: without
        it, bad input would crash each worker instead of stopping the run in one line."""

        def read() -> list[Claim]:
            desk = self.desk()
            claims, wanted = self._chosen(desk)
            for path in wanted:  # as gate_claims reads them: a new article cites nothing yet
                desk.article(path)
            return claims

        self._guarded(read)
        if self.error:
            raise pytest.UsageError(self.error)

    def selected(self, desk: Desk) -> list[Claim]:
        """The claims of the selected articles (and shard), and the spans claims.yaml
        lacks: of an article whose verdicts an earlier run kept, its results' claims
        (which the drift of gate_claims gave then), without extracting it again."""
        if self.kept is None:
            from factsuite.keptverdicts import KeptVerdicts

            self.kept = KeptVerdicts.load(desk, _plugin_digest())
        if self.kept is None:
            return desk.gate_claims(*self._chosen(desk))
        claims, wanted = self._chosen(desk, read=False)
        return self.kept.gate_claims(desk, claims, wanted, self._warnings)

    def _chosen(self, desk: Desk, *, read: bool = True) -> tuple[list[Claim], list[str]]:
        """The recorded claims to check, their articles read and checked (unless not
        ``read``: the kept verdicts read those they do not hold), and the articles to
        read, as the options choose."""
        claims = desk.checked_claims()
        if self.articles:
            wanted = self.articles
            claims = [c for c in claims if c.article in wanted]
        else:
            wanted = desk.article_paths()
        if self.shard is not None:
            shard = self.shard
            wanted = [path for path in wanted if shard.holds(path)]
            claims = [c for c in claims if shard.holds(c.article)]
        if read:
            desk.check_articles(claims)  # only the articles checked are read
        return claims, wanted

    def parameters(self) -> list[Any]:
        """The ``claim`` parameters: one per claim, or one per article."""
        claims = self.claims()
        # One marker per kind and one name per article, shared by their tests: made
        # once each rather than for each of an archive's claims.
        marks: dict[str, pytest.MarkDecorator] = {}
        for kind in dict.fromkeys(c.kind for c in claims):
            marks[kind] = pytest.mark.factsuite(kind=kind)
        if not self.per_article:
            names: dict[str, str] = {}
            return [pytest.param(c, id=claim_id(c, names), marks=marks[c.kind]) for c in claims]
        by_article: dict[str, list[Claim]] = {}
        for claim in claims:
            by_article.setdefault(claim.article, []).append(claim)
        return [
            pytest.param(
                ArticleClaims(article, tuple(group)),
                id=article,
                marks=[marks[k] for k in dict.fromkeys(c.kind for c in group)],
            )
            for article, group in by_article.items()
        ]

    def judge(self, claim: Claim, readings: Readings | None = None) -> Result:
        """The claim's result; a judge that raises becomes one line naming the claim.
        ``readings``: shared by an article's claims judged together (readings.py);
        None: those of the claims judged one test each (``readings``)."""
        from factsuite.errors import one_line

        kept = self.kept
        if kept is not None and (result := kept.result(claim)) is not None:
            return result
        if readings is None:  # asked for only now: a kept verdict reads nothing
            readings = self.readings(claim.article)
        try:
            result = self.desk().judge(claim, readings)
        except Exception as exc:  # one test fails, never the whole run
            where = f"{claim.article}:{claim.line}:{claim.column}"
            raise _JudgeError(
                one_line(
                    f"{where}: factsuite could not judge {claim.quote!r}: "
                    f"{type(exc).__name__}: {exc}"
                )
            ) from exc
        if kept is not None:
            kept.judged(claim, result)
        return result

    def readings(self, article: str) -> Readings:
        """The readings shared by ``article``'s claims judged one after another; a new
        one (the last dropped) when the article changes."""
        if self._reading is None or self._reading[0] != article:
            from factsuite.readings import Readings

            self._reading = (article, Readings())
        return self._reading[1]

    def check(self, claim: Claim | ArticleClaims) -> Any:
        """``check_claim``: judge a claim (or, per article, its claims) for the test
        running; pass when it agrees, fail with a diagnostic, skip with the reason."""
        item = self.running
        assert item is not None, "check_claim is called from a test"
        if isinstance(claim, ArticleClaims):
            return _check_article(self, item, claim)
        try:
            result = self.judge(claim)
        except _JudgeError as exc:
            pytest.fail(str(exc), pytrace=False)
        _carry(item, [result], single=True, gate=self)
        return _outcome(self, item, result)

    def warnings(self, article: str) -> list[str]:
        """The article's invisible-character warnings, worked out once per article."""
        if article not in self._warnings:
            found = self.desk().article(article).invisible_characters()
            self._warnings[article] = [invisible.warning for invisible in found]
        return self._warnings[article]

    @pytest.hookimpl(tryfirst=True)  # before the fixtures, and check_claim's use, run
    def pytest_runtest_setup(self, item: pytest.Item) -> None:
        self.running = item

    @pytest.hookimpl(trylast=True)  # after -k and -m have deselected what they will
    def pytest_collection_modifyitems(self, items: list[pytest.Item]) -> None:
        if self.error:
            raise pytest.UsageError(self.error)

    def pytest_sessionfinish(self, session: pytest.Session) -> None:
        # Only a process that judged keeps: a pytest-xdist worker judges part of the
        # articles, and workers writing one file at once would lose each other's.
        if self.kept is not None and not self.worker and not self.error:
            self.kept.keep(self.warnings)

    # tryfirst: before pytest's own unconfigure (unraisableexception) collects garbage.
    @pytest.hookimpl(tryfirst=True)
    def pytest_unconfigure(self) -> None:
        """Let go of the desk, the kept verdicts and the results once the run is
        over (the summary, the report and the kept verdicts are written). pytest
        then runs the garbage collector over every object still alive, twice, and
        Python once more at exit: at 12,000 claims the gate's were 53,000 of the
        462,000 objects each full collection walked."""
        self._desk = None
        self.kept = None
        self._reading = None
        self._warnings = {}
        self.handed = {}
        if self.results is not None:
            self.results.release()

    def skip(self, item: pytest.Item, reason: str) -> NoReturn:
        """Skip the test running, reported at the test's own place, as a skip marker
        is, not at a line of plugin.py (where it is raised)."""
        # One place for all the tests of a function: reportinfo inspects the
        # function's source lines and walks the item's parents on every call.
        function = getattr(item, "function", None)
        place = self._places.get((type(item), function))
        if place is None:
            path, line = item.reportinfo()[:2]
            place = (os.fspath(path), (line or 0) + 1)
            if function is not None:
                self._places[(type(item), function)] = place
        self.skip_places[item.nodeid] = place
        pytest.skip(reason)

    # One hook for every report, rather than a wrapper around making each: most
    # reports need nothing of the gate. tryfirst: before the terminal, --junitxml or
    # pytest-xdist's worker (which sends the report on) read it.
    @pytest.hookimpl(tryfirst=True)
    def pytest_runtest_logreport(self, report: pytest.TestReport) -> None:
        if report.skipped and self.skip_places:
            place = self.skip_places.pop(report.nodeid, None)
            longrepr = report.longrepr
            if place is not None and isinstance(longrepr, tuple):
                report.longrepr = (*place, longrepr[2])
        if self.results is not None:
            self.results.take(report)


class _JudgeError(Exception):
    """A judge raised: the one-line message to fail the test with."""


def _plugin_digest() -> bytes:
    """The sha256 of this module's bytes: it says what a kept verdict is (which
    claims, which results), and factsuite's code fingerprint leaves it out."""
    return hashlib.sha256(Path(__file__).read_bytes()).digest()


class _Results:
    """The summary and the JSON report, from the results that tests' reports carry.

    Registered where reports end up: a serial run's one process, or pytest-xdist's
    controller (never a worker, whose reports are sent on as they are). A worker's
    results arrive encoded in the report's user_properties; a serial run's are handed
    over as they are (``_Gate.handed``), and their records are built only when the
    JSON report is written. Both end in the same records and the same tally, which a
    test checks.
    """

    def __init__(self, gate: _Gate, report_path: str | None):
        self.gate = gate
        self.report_path = report_path
        # From workers: each claim's record and whether it awaits review.
        self.records: list[dict[str, Any]] = []
        self.unreviewed: list[bool] = []
        self.warnings: dict[str, list[str]] = {}
        # From this process: each test's node id, outcome (one claim, one test: the
        # test's outcome is the claim's) or None, and results.
        self.judged: list[tuple[str, str | None, list[Result]]] = []
        self._seen: set[str] = set()

    def release(self) -> None:
        """Drop the results, once written (``_Gate.pytest_unconfigure``)."""
        self.records, self.unreviewed, self.warnings, self.judged = [], [], {}, []

    def pytest_sessionstart(self, session: pytest.Session) -> None:
        reporter = session.config.pluginmanager.get_plugin("terminalreporter")
        if reporter is not None:
            _teardown_reports_indexed(reporter)
        # Runs before pytest-xdist starts its workers (its hook is trylast).
        if session.config.pluginmanager.has_plugin("dsession"):
            self.gate.check_inputs()

    def take(self, report: pytest.TestReport) -> None:
        """The results a report brings (``_Gate.pytest_runtest_logreport``, before
        --junitxml writes the properties out): they come with the call's report (or a
        failed setup's or teardown's)."""
        first = report.when == "call" or not report.passed
        if first and (handed := self.gate.handed.pop(report.nodeid, None)) is not None:
            if report.nodeid not in self._seen:  # a test run again (a rerun plugin) counts once
                self._seen.add(report.nodeid)
                results, single = handed
                self.judged.append((report.nodeid, report.outcome if single else None, results))
            return
        carried = [value for name, value in report.user_properties if name == RESULTS_PROPERTY]
        if not carried:
            return
        # The results are ours, not JUnit's: it keeps article, line and verdict.
        report.user_properties = [p for p in report.user_properties if p[0] != RESULTS_PROPERTY]
        if report.nodeid in self._seen or not first:
            return
        self._seen.add(report.nodeid)
        import msgspec

        payload = msgspec.json.decode(str(carried[-1]))
        for entry in payload["claims"]:
            record = entry["record"]
            record["test"] = report.nodeid
            if payload["single"]:
                record["outcome"] = report.outcome
            self.records.append(record)
            self.unreviewed.append(entry["unreviewed"])
        self.warnings.update(payload["warnings"])

    def _articles(self) -> set[str]:
        carried = {r["article"] for r in self.records}
        return carried | {r.claim.article for _, _, results in self.judged for r in results}

    def pytest_terminal_summary(self, terminalreporter: pytest.TerminalReporter) -> None:
        if not (self.records or self.judged):
            return
        from factsuite.model import Verdict
        from factsuite.report import tally
        from factsuite.review import unreviewed

        terminalreporter.write_sep("-", "factsuite")
        for article in sorted(self._articles()):
            for warning in self._warnings(article):
                terminalreporter.write_line(warning)
        verdicts = [
            (Verdict(r["verdict"]), w) for r, w in zip(self.records, self.unreviewed, strict=True)
        ]
        verdicts += [(r.verdict, unreviewed(r)) for _, _, results in self.judged for r in results]
        terminalreporter.write_line(tally(verdicts))

    def _warnings(self, article: str) -> list[str]:
        """The article's warnings: as a worker sent them, or worked out here for an
        article judged here."""
        if article in self.warnings or not self.judged:
            return self.warnings.get(article, [])
        return self.gate.warnings(article)

    def _all_records(self) -> list[dict[str, Any]]:
        from factsuite.report import record

        records = list(self.records)
        for test, outcome, results in self.judged:
            for result in results:
                entry = record(result, test)
                if outcome is not None:
                    entry["outcome"] = outcome
                records.append(entry)
        return records

    def pytest_sessionfinish(self, session: pytest.Session) -> None:
        path = self.report_path
        if not path or self.gate.error:
            return
        from factsuite.report import json_report, report_order, write_atomically

        try:
            write_atomically(Path(path), json_report(sorted(self._all_records(), key=report_order)))
        except OSError as exc:  # checked at start-up, but the disk can change: one line
            session.config.get_terminal_writer().line(
                f"factsuite: cannot write the report {path}: {exc.strerror or exc}", red=True
            )
            session.exitstatus = pytest.ExitCode.USAGE_ERROR


def _carry(item: pytest.Item, results: list[Result], *, single: bool, gate: _Gate) -> None:
    """Put the results where the summary and the report will find them, replacing any
    that a previous call in the same test put there: in a pytest-xdist worker, on the
    item's user_properties, encoded, to travel with its reports; in a serial run,
    handed over as they are. JUnit's readable properties go on the item either way."""
    ours: list[tuple[str, object]]
    if single:
        claim = results[0].claim
        ours = [("article", claim.article), ("line", claim.line)]
        ours.append(("verdict", results[0].verdict.value))
    else:
        from factsuite.report import summary

        ours = [("article", results[0].claim.article), ("verdicts", summary(results))]
    if gate.worker:
        ours.append((RESULTS_PROPERTY, _encoded(results, single=single, gate=gate)))
    else:
        gate.handed[item.nodeid] = (results, single)
    before = item.stash.get(_ADDED, None)
    if before is None:  # the test's first call: nothing of ours to replace
        item.user_properties.extend(ours)
    else:
        item.user_properties[:] = [
            p for p in item.user_properties if not any(p is mine for mine in before)
        ] + ours
    item.stash[_ADDED] = ours


def _encoded(results: list[Result], *, single: bool, gate: _Gate) -> str:
    """The results as a string, so they survive any transport (xdist's execnet, a
    report log) as they are; msgspec encodes in a tenth of json.dumps's time."""
    import msgspec

    from factsuite.report import record
    from factsuite.review import unreviewed

    payload = {
        "single": single,
        "claims": [{"record": record(r), "unreviewed": unreviewed(r)} for r in results],
        "warnings": {
            a: found
            for a in dict.fromkeys(r.claim.article for r in results)
            if (found := gate.warnings(a))
        },
    }
    return msgspec.json.encode(payload).decode("utf-8")


# What the index replaces, and what it reads.
_TEARDOWN_LOOKUP = ("_get_teardown_reports", "getreports")


def _teardown_reports_indexed(reporter: Any) -> None:
    """Let the terminal summary find a test's teardown reports by node id, not by a scan.

    pytest prints each failure's teardown sections by scanning every setup and
    teardown report of the run (``TerminalReporter._get_teardown_reports``), once per
    failure: quadratic in the tests, as failures grow with the claims (pytest issue
    #13360). At 48,000 trivial tests, 210 failing, the scans took 21 of a run's 66 CPU
    seconds, after the last test. The index gives the same reports in the same order
    (``getreports("")``, pdb's filter included), built once, and again only if a report
    is added after it. A pytest without the method is left as it is.
    """
    if not all(callable(getattr(reporter, name, None)) for name in _TEARDOWN_LOOKUP):
        return
    indexed_at = -1  # how many setup and teardown reports the index holds
    index: dict[str, list[Any]] = {}

    def teardown_reports(node_id: object) -> list[Any]:
        nonlocal indexed_at, index
        phases = reporter.stats.get("", ())
        if indexed_at != len(phases):
            index = {}
            for report in reporter.getreports(""):
                if report.when == "teardown":
                    index.setdefault(report.nodeid, []).append(report)
            indexed_at = len(phases)
        # A NodeId (pytest 9) prints as the nodeid string, which older pytests pass.
        return list(index.get(str(node_id), ()))

    reporter._get_teardown_reports = teardown_reports


_ADDED = pytest.StashKey[list[tuple[str, object]]]()  # the properties _carry put on an item

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
    group.addoption(
        "--factsuite-items",
        metavar="claim|article",
        help="one test per claim (the default) or one per article, its claims judged "
        "together (ini factsuite_items)",
    )
    group.addoption(
        "--factsuite-shard",
        metavar="K/N",
        help="check only shard K of N (1-based): the articles whose path hashes there, "
        "so N CI jobs check every claim once",
    )
    parser.addini("factsuite_desk", "the desk's folder, relative to the rootdir", default=".")
    parser.addini(
        "factsuite_items",
        "claim (one test per claim) or article (one per article)",
        default="claim",
    )


def pytest_configure(config: pytest.Config) -> None:
    # detect.py is small and imports only the standard library: another project
    # pays for reading its pyproject.toml, no more.
    from factsuite.detect import is_desk

    root = config.rootpath / str(config.getini("factsuite_desk"))
    if not is_desk(root):
        config.stash[_GATE] = None
        _register_check_claim(config, None)
        return
    # Import the core now, once, in a desk's process. pytester's in-process runs drop
    # the modules they import, and PyYAML's C extension keeps the node classes of the
    # first `import yaml`: a second import inside a later run resolves no tags.
    import factsuite.desk  # noqa: F401

    gate = _Gate(
        root,
        _checked_paths(config, root),
        strict=bool(config.getoption("factsuite_strict")),
        per_article=_items_mode(config) == "article",
        shard=_shard(config),
    )
    config.stash[_GATE] = gate
    _register_check_claim(config, gate)
    config.pluginmanager.register(gate, "factsuite-gate")
    gate.worker = hasattr(config, "workerinput")
    if not gate.worker:  # a pytest-xdist worker sends its reports on
        results = _Results(gate, config.getoption("factsuite_report"))
        config.pluginmanager.register(results, "factsuite-results")
        gate.results = results
    config.addinivalue_line(
        "markers",
        "factsuite(kind): a claim checked by factsuite; kind is date, number, name, role, ...",
    )


def _items_mode(config: pytest.Config) -> str:
    given = config.getoption("factsuite_items")
    mode = str(given if given is not None else config.getini("factsuite_items")).strip()
    if mode not in ITEM_MODES:
        where = "--factsuite-items" if given is not None else "ini factsuite_items"
        raise pytest.UsageError(f"factsuite: {where}: expected claim or article, got {mode!r}")
    return mode


def _shard(config: pytest.Config) -> Shard | None:
    given = config.getoption("factsuite_shard")
    if given is None:
        return None
    from factsuite.errors import one_line
    from factsuite.shards import parse_shard

    try:
        return parse_shard(given)
    except ValueError as exc:
        raise pytest.UsageError(one_line(f"factsuite: --factsuite-shard: {exc}")) from None


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


def claim_id(claim: Claim, names: dict[str, str] | None = None) -> str:
    """Readable, unique test ids: the article's name, line, column, and the fact (or kind).

    ``names`` keeps each article's name once worked out, for the many claims of one
    article."""
    article = claim.article
    if names is None or (name := names.get(article)) is None:
        name = Path(article).stem
        if names is not None:
            names[article] = name
    return f"{name}:{claim.line}:{claim.column}:{claim.fact or claim.kind}"


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "claim" not in metafunc.fixturenames:
        return
    gate = _gate(metafunc.config)
    if gate is None:  # not a desk: a `claim` fixture of the project's own is none of ours
        return
    metafunc.parametrize("claim", gate.parameters())


class _CheckClaimFixture:
    """The holder of the ``check_claim`` fixture, registered as a plugin in every
    project (``_register_check_claim``): a subclass of it per run knows the run's gate.

    The fixture asks for no other fixture. Asking for ``request`` (to find the gate
    through its config) cost pytest, for every test, two more lookups of ``request``
    (one as the test's fixture, one as the session fixture's argument when its
    cached value is handed out), each building a fixture definition and an
    ``inspect.signature``: as many again as pytest makes for the ``claim`` parameter
    itself. A classmethod: pytest deprecates session fixtures bound to an instance.
    """

    gate: ClassVar[_Gate | None] = None

    @pytest.fixture(scope="session", name="check_claim")
    @classmethod
    def check_claim(cls) -> Callable[[Any], Any]:
        """Judge a claim (or, per article, its claims): pass when it agrees, fail with a
        diagnostic, skip with the reason.

        Set up once per session: a function-scoped fixture costs pytest a setup and a
        teardown for every test, which at an archive's 100,000 claims is a good part of
        the gate's cost. The test it judges for is the one running (``_Gate.running``)."""
        gate = cls.gate
        if gate is None:
            pytest.skip(
                "factsuite: the rootdir is not a desk (no [tool.factsuite] in pyproject.toml)"
            )
        return gate.check


def _register_check_claim(config: pytest.Config, gate: _Gate | None) -> None:
    """Give this run's tests ``check_claim`` for ``gate`` (None: not a desk, it skips);
    a class of its own per run, so that runs in one process (pytester's) share nothing."""
    holder = type("_CheckClaimFixture", (_CheckClaimFixture,), {"gate": gate})
    config.pluginmanager.register(holder(), "factsuite-check-claim")


def _outcome(gate: _Gate, item: pytest.Item, result: Result) -> Result:
    from factsuite.report import render

    if result.outcome == "skipped":
        gate.skip(item, result.message)
    if result.outcome == "failed":
        pytest.fail(render(result), pytrace=False)
    return result


def _check_article(gate: _Gate, item: pytest.Item, article: ArticleClaims) -> list[Result]:
    """Judge an article's claims together: fail listing every failure (and every judge
    that raised), skip when none was checked, pass otherwise."""
    from factsuite.readings import Readings
    from factsuite.report import render, summary

    results: list[Result] = []
    broken: list[str] = []
    readings = Readings()  # each line and sentence of the article read once for all
    for claim in article.claims:
        try:
            results.append(gate.judge(claim, readings))
        except _JudgeError as exc:
            broken.append(str(exc))
    if results:
        _carry(item, results, single=False, gate=gate)
    failed = [render(r) for r in results if r.outcome == "failed"]
    if failed or broken:
        count = len(failed) + len(broken)
        head = f"{article.article}: {count} of {len(article.claims)} claims fail"
        pytest.fail("\n\n".join([head, *failed, *broken]), pytrace=False)
    if results and all(r.outcome == "skipped" for r in results):
        gate.skip(item, f"{article.article}: none checked: {summary(results)}")
    return results
