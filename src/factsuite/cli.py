"""The ``factsuite`` command: the gate without pytest, for writers, hooks and CI.

    factsuite check [PATH ...] [--format text|json|github|sarif|claimreview] [--output FILE]
    factsuite impact FACT_ID ... [--format text|json]
    factsuite init [DIR]
    factsuite extract [PATH ...] [--check] [--prune] [--no-progress] [-j N]
    factsuite extract --explain ARTICLE[:LINE]
    factsuite review [PATH ...] [--list]
    factsuite merge-claims BASE OURS THEIRS

Like the pytest plugin, this is a thin face over the core: ``Desk`` loads and judges,
report.py and formats.py render. What lives here is turning arguments into a
selection of claims, and outcomes into exit statuses: 0 every checked claim agrees,
1 a claim failed, 2 a usage or input error (one line on stderr, never a traceback).

Imports are lazy: a pre-commit hook starts this on every commit, so ``--help`` or a
usage error must not pay for loading the comparison core.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn, TextIO

from factsuite import __version__
from factsuite.errors import InputError, one_line

if TYPE_CHECKING:
    from factsuite.desk import Desk
    from factsuite.model import Claim, Result
    from factsuite.verdicts import Verdicts

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2
FORMATS = ("text", "json", "github", "sarif", "claimreview")
# formats.ANNOTATIONS, named here so that --help does not import formats.py.
ANNOTATIONS = ("errors", "all")


class UsageError(Exception):
    """Bad arguments: reported as ``prog: error: message``, exit status 2."""

    def __init__(self, prog: str, message: str):
        super().__init__(message)
        self.prog = prog
        self.message = message


class _Parser(argparse.ArgumentParser):
    """argparse, but a usage error is raised (one line, exit 2) rather than printed
    with the whole usage and ``sys.exit``-ed, so ``main`` stays callable in-process."""

    def error(self, message: str) -> NoReturn:
        raise UsageError(self.prog, message)


# Finding the desk and what to check ------------------------------------------------


def find_root(cwd: Path, paths: Sequence[str] = ()) -> Path:
    """The desk at or above the current folder, else at or above the first path given
    (a hook run from a repository whose desk is a sub-folder). A desk says it is one
    (detect.is_desk). Raises ``InputError``."""
    from factsuite.detect import find_desk

    root = find_desk(cwd)
    if root is None and paths:
        root = find_desk((cwd / paths[0]).parent)
    if root is None:
        raise InputError(
            str(cwd),
            "no desk here: no pyproject.toml with [tool.factsuite] here or above"
            " (factsuite init makes one)",
        )
    return root


@dataclass
class Selection:
    """The claims a ``check`` judges, the articles they come from (scanned for spans
    claims.yaml lacks), and notes about paths that select nothing."""

    claims: list[Claim]
    articles: list[str]
    notes: list[str] = field(default_factory=list)


def select_claims(desk: Desk, paths: Sequence[str], cwd: Path) -> Selection:
    """The checked claims of the articles named by ``paths`` (all of them when none).

    A path may be an article, a fact file (every article citing one of its facts),
    claims.yaml (every claim), or a folder (every article and fact file under it).
    Paths are relative to ``cwd`` or absolute. Raises ``InputError`` for a path that
    does not exist, lies outside the desk, or is none of these.
    """
    from factsuite.articles import ARTICLE_SUFFIXES
    from factsuite.desk import CLAIMS_FILE
    from factsuite.paths import inside_desk

    if not paths:
        return Selection(desk.checked_claims(), desk.article_paths())
    articles: set[str] = set()
    fact_ids: set[str] = set()
    named: list[str] = []  # articles named outright
    everything = False
    for raw in paths:
        path = inside_desk(desk.root, cwd / raw, raw)  # before it is read or listed
        if not path.exists():
            raise InputError(raw, "no such file or folder")
        relative = path.relative_to(desk.root).as_posix()
        if path.is_dir():
            prefix = "" if relative == "." else relative + "/"
            articles.update(
                c.article for c in desk.checked_claims() if c.article.startswith(prefix)
            )
            fact_ids.update(f.id for f in desk.facts.values() if f.path.startswith(prefix))
        elif relative == CLAIMS_FILE:
            everything = True
        elif relative in desk.facts.files:
            fact_ids.update(f.id for f in desk.facts.values() if f.path == relative)
        elif path.suffix in ARTICLE_SUFFIXES:
            articles.add(relative)
            named.append(relative)
        else:
            raise InputError(
                raw, "is neither an article (.md, .markdown, .txt) nor a fact file under facts/"
            )
    if fact_ids:
        articles.update(c.article for c in desk.checked_claims() if c.fact in fact_ids)
    # Articles alone (a pre-commit hook's call): only their claims are decoded.
    selected = desk.checked_claims(None if everything else articles)
    # An article named outright but with nothing to check was probably never extracted.
    checked = {c.article for c in selected}
    from factsuite.verdicts import no_claims_note

    notes = [no_claims_note(name) for name in dict.fromkeys(named) if name not in checked]
    return Selection(selected, sorted({c.article for c in selected} | set(named)), notes)


# Commands -------------------------------------------------------------------------


def _colour(stream: TextIO) -> bool:
    """Colour only on a terminal, and never when NO_COLOR is set (no-color.org)."""
    return not os.environ.get("NO_COLOR") and stream.isatty()


def _text_report(results: list[Result], *, verbose: bool, colour: bool) -> str:
    from factsuite.answers import text_report  # the console script prints kept answers alike
    from factsuite.report import location, render, summary

    return text_report(
        (render(r, colour=colour) for r in results if r.outcome == "failed"),
        (f"{location(r)}: {r.message}" for r in results if verbose and r.outcome == "skipped"),
        summary(results),
    )


def _check(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from factsuite.report import json_report, record, summary, write_atomically

    cwd = Path.cwd()
    if args.output is not None:  # before the work, not after it (paths.py: outputs)
        from factsuite.paths import check_output

        check_output(Path(args.output), args.output)
    if args.annotations is not None and args.format != "github":
        raise UsageError("factsuite check", "--annotations applies to --format github only")
    root = find_root(cwd, args.paths).resolve()
    held = None  # each named article's verdicts (in the order named), when they may be kept
    if not args.no_cache and args.format != "claimreview":  # claimreview reads the desk
        from factsuite import verdicts  # verdicts.py: not the comparison core

        named = verdicts.named_articles(root, args.paths, cwd)
        if named is not None:  # kept, else judged (and kept): printed alike
            held = verdicts.kept(root, named, args.strict) or _judged_named(args, root, named)
    desk: Desk | None = None  # loaded only for another selection
    if held is not None:
        for found in held.values():
            if found.note is not None:
                print(found.note, file=err)
        for name in sorted(held):
            for warning in held[name].warnings:
                print(warning, file=err)  # a warning: the exit status stays the verdicts'
        results = [result for name in sorted(held) for result in held[name].results]
        if args.format == "text" and args.output is None and not args.verbose:
            verdicts.keep_answers(root, held, args.strict)  # the script's next answer
    else:
        desk, results = _judged(args, root, cwd, err)

    if args.format == "text":
        colour = args.output is None and _colour(out)
        report = _text_report(results, verbose=args.verbose, colour=colour)
    elif args.format == "json":
        report = json_report(record(r, "") for r in results)
    else:
        from factsuite import formats

        base = formats.repository_prefix(root, cwd)
        if args.format == "github":
            report = formats.github(results, base, args.annotations or "errors")
            step_summary = os.environ.get("GITHUB_STEP_SUMMARY")
            if step_summary:  # appended: other steps of the job write there too
                with Path(step_summary).open("a", encoding="utf-8") as summary_file:
                    summary_file.write(formats.step_summary(results, base))
        elif args.format == "sarif":
            report = formats.sarif(results, base)
        else:
            from factsuite.claimreview import claim_reviews, review_date

            assert desk is not None  # claimreview's verdicts are never kept
            report = claim_reviews(
                results,
                desk.article,
                desk.settings.claimreview,
                root,
                today=review_date(),
                base=base,
            )

    if args.output is not None:
        write_atomically(Path(args.output), report)
        print(summary(results), file=out)
    else:
        if report:
            print(report, file=out)
        if args.format == "github":  # a plain line in the log, after the annotations
            print(summary(results), file=out)
    return EXIT_FAILED if any(r.outcome == "failed" for r in results) else EXIT_OK


def _judged_named(args: argparse.Namespace, root: Path, named: list[str]) -> dict[str, Verdicts]:
    """Each named article's verdicts, judged in the desk loaded (and kept)."""
    from factsuite.desk import Desk
    from factsuite.verdicts import judged

    return judged(Desk.load(root, strict=args.strict), named)


def _judged(
    args: argparse.Namespace, root: Path, cwd: Path, err: TextIO
) -> tuple[Desk, list[Result]]:
    """The desk and the results of the claims ``args`` select, judged."""
    from factsuite.desk import Desk

    desk = Desk.load(root, use_cache=not args.no_cache, strict=args.strict)
    if args.format == "claimreview":  # before the work: no author, no report
        from factsuite.claimreview import review_author

        review_author(desk.settings.claimreview, desk.root)
    selection = select_claims(desk, args.paths, cwd)
    for note in selection.notes:
        print(note, file=err)
    desk.check_articles(selection.claims)  # a missing or malformed article stops here
    results = list(desk.results(desk.gate_claims(selection.claims, selection.articles)))
    for path in dict.fromkeys([*selection.articles, *(r.claim.article for r in results)]):
        for invisible in desk.article(path).invisible_characters():
            print(invisible.warning, file=err)  # a warning: the exit status stays the verdicts'
    return desk, results


def _impact(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from factsuite import impact
    from factsuite.desk import Desk

    desk = Desk.load(find_root(Path.cwd()))
    try:
        impact.check_ids(desk.facts, args.facts)
    except impact.UnknownFactError as exc:
        print(f"factsuite impact: {exc}", file=err)
        return EXIT_USAGE
    found = impact.citations(desk.claims, list(dict.fromkeys(args.facts)))
    render = impact.json_report if args.format == "json" else impact.text_report
    print(render(desk.facts, found), file=out)
    return EXIT_OK


def _pyproject_hint(target: Path) -> str:
    """What an existing pyproject.toml lacks for the desk, as advice to add it."""
    from factsuite.detect import TABLE, declares_desk, read_pyproject

    text = read_pyproject(target) or ""
    missing = [] if declares_desk(target) else [TABLE]
    if "testpaths" not in text:
        missing.append('[tool.pytest.ini_options] testpaths = ["checks"]')
    return f" (add {' and '.join(missing)} to it)" if missing else ""


def _init(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from factsuite.scaffold import SETUP_NOTE, scaffold

    target = Path(args.dir)
    if target.exists() and not target.is_dir():
        raise InputError(args.dir, "is a file, not a folder")
    try:
        created, skipped = scaffold(target)
    except OSError as exc:
        raise InputError(args.dir, f"cannot write the desk: {exc.strerror or exc}") from None
    for name in created:
        print(f"created {name}", file=out)
    for name in skipped:
        hint = _pyproject_hint(target) if name == "pyproject.toml" else ""
        print(f"skipped {name}: it already exists{hint}", file=out)
    print(SETUP_NOTE, file=out)
    where = "" if target.resolve() == Path.cwd().resolve() else f"cd {args.dir} && "
    print(f"next: {where}pytest   (or: factsuite check)", file=out)
    return EXIT_OK


# The extraction command is another module's; this only parses its arguments.
ExtractRun = Callable[..., int]


def _extract(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    try:
        run: ExtractRun = importlib.import_module("factsuite.extraction.command").run
    except (ImportError, AttributeError) as exc:
        print(f"factsuite extract: extraction is not available in this install ({exc})", file=err)
        return EXIT_USAGE
    if args.explain is not None:
        return _explain(args, out, err)
    root = find_root(Path.cwd(), args.paths)
    return run(
        root,
        list(args.paths),
        args.check,
        not args.no_progress,
        out,
        err,
        args.prune,
        jobs=args.jobs,
    )


def _jobs(text: str) -> int:
    """``-j``'s value: a count of worker processes, 0 or ``auto`` for one per core."""
    if text == "auto":
        return 0
    try:
        count = int(text)
    except ValueError:
        count = -1
    if count < 0:
        raise argparse.ArgumentTypeError(f"expected a number of processes or 'auto', not {text!r}")
    return count


def _review(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from factsuite.desk import Desk
    from factsuite.extraction.command import select_articles
    from factsuite.reviewing.queue import awaiting, list_line
    from factsuite.reviewing.session import Session

    root = find_root(Path.cwd(), args.paths)
    if not args.list and not (sys.stdin.isatty() and out.isatty()):
        print(
            "factsuite review: error: not a terminal; use factsuite review --list"
            " to print the claims awaiting review",
            file=err,
        )
        return EXIT_USAGE
    desk = Desk.load(root)
    articles = set(select_articles(desk.root, list(args.paths))) if args.paths else None
    if args.list:
        for result in awaiting(desk, desk.claims, articles):
            print(list_line(result), file=out)
        return EXIT_OK
    session = Session.start(desk, articles)
    from factsuite.reviewing import terminal  # prompt_toolkit: only for the screen

    return terminal.run(session, out)


def _explain(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    if args.paths or args.check or args.prune:
        print("factsuite extract: error: --explain takes no PATH, --check or --prune", file=err)
        return EXIT_USAGE
    from factsuite.extraction.explain import parse_target, run

    root = find_root(Path.cwd(), [parse_target(args.explain)[0]])
    return run(root, args.explain, out)


def _merge_claims(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from factsuite.mergeclaims import run

    return run(args.base, args.ours, args.theirs, out, err)


# The parser -------------------------------------------------------------------------


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="factsuite",
        description="Fact-checking as a test suite: check articles' claims against the facts.",
        epilog="Exit status: 0 every claim agrees, 1 a claim failed, 2 a usage or input error.",
    )
    parser.add_argument("--version", action="version", version=f"factsuite {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    check = commands.add_parser(
        "check",
        help="check the claims of the given articles (default: all)",
        description="Judge the claims of the given articles against the facts, as the pytest gate "
        "does. A fact file selects every article citing one of its facts; a folder selects "
        "everything under it; claims.yaml selects every claim.",
        epilog="Exit status: 0 every checked claim agrees (skipped claims are fine), "
        "1 a claim failed, 2 a usage or input error.",
    )
    check.add_argument("paths", nargs="*", metavar="PATH", help="articles, fact files or folders")
    check.add_argument(
        "--format", choices=FORMATS, default="text", help="report format (default: text)"
    )
    check.add_argument(
        "--annotations",
        choices=ANNOTATIONS,
        default=None,
        help="github format: annotate failed claims only (errors, the default) or skipped "
        "ones too (all)",
    )
    check.add_argument(
        "-o", "--output", metavar="FILE", help="write the report to FILE, not stdout"
    )
    check.add_argument(
        "-v", "--verbose", action="store_true", help="also list skipped claims (text format)"
    )
    check.add_argument(
        "--strict",
        action="store_true",
        help="fail claims nobody has reviewed (needs-review, pending), as strict = true "
        "under [tool.factsuite] does",
    )
    check.add_argument(
        "--no-cache",
        action="store_true",
        help="parse facts and claims afresh; leave the cache alone",
    )
    check.set_defaults(run=_check)

    impact = commands.add_parser(
        "impact",
        help="list the articles and lines that cite the given facts",
        description="List every claim citing each fact, as article:line:column: quote, "
        "so a correction starts from a list when a fact changes.",
        epilog="Exit status: 0 done, 2 an unknown fact id or an input error.",
    )
    impact.add_argument("facts", nargs="+", metavar="FACT_ID", help="fact ids, as in facts/*.yaml")
    impact.add_argument(
        "--format", choices=("text", "json"), default="text", help="(default: text)"
    )
    impact.set_defaults(run=_impact)

    init = commands.add_parser(
        "init",
        help="make a new desk with an example fact, article and claim",
        description="Scaffold a desk whose pytest gate passes at once. Existing files are never "
        "overwritten: they are skipped and listed.",
        epilog="Exit status: 0 done, 2 the folder cannot be written.",
    )
    init.add_argument("dir", nargs="?", default=".", metavar="DIR", help="where (default: here)")
    init.set_defaults(run=_init)

    extract = commands.add_parser(
        "extract",
        help="find the claims in articles and update claims.yaml",
        description="Find every checkable claim in the given articles (default: all) and update "
        "claims.yaml, keeping human review decisions.",
        epilog="Exit status: 0 done, 1 with --check when claims.yaml is out of date, or when "
        "claims.yaml was saved by someone else while extract ran (nothing written: run it "
        "again), 2 a usage or input error.",
    )
    extract.add_argument("paths", nargs="*", metavar="PATH", help="articles (default: all)")
    extract.add_argument(
        "--check",
        action="store_true",
        help="change nothing; exit 1 when claims.yaml is out of date",
    )
    extract.add_argument(
        "--prune",
        action="store_true",
        help="drop reviewed claims whose words are gone from their article (listed);"
        " without it they are kept and fail the gate as stale",
    )
    extract.add_argument("--no-progress", action="store_true", help="print no progress")
    extract.add_argument(
        "--explain",
        metavar="ARTICLE[:LINE]",
        help="print, for each date and number of the article (or of that line), the facts"
        " binding weighed, the rules that fired and why it was bound or not; write nothing",
    )
    extract.add_argument(
        "-j",
        "--jobs",
        type=_jobs,
        default=1,
        metavar="N",
        help="extract in N processes; 0 or 'auto': one per core (default: 1)."
        " claims.yaml comes out the same",
    )
    extract.set_defaults(run=_extract)

    review = commands.add_parser(
        "review",
        help="review the claims awaiting a person, one at a time",
        description="Show each pending or needs-review claim of the given articles (default: "
        "all), in claims.yaml's order, with its sentence, fact, verdict and candidate facts; "
        "one key confirms, ignores, rebinds, marks unverifiable, skips or undoes, and each "
        "decision is saved to claims.yaml at once.",
        epilog="Exit status: 0 done, 2 a usage or input error (also: not a terminal, "
        "without --list).",
    )
    review.add_argument("paths", nargs="*", metavar="PATH", help="articles (default: all)")
    review.add_argument(
        "--list",
        action="store_true",
        help="print the claims awaiting review, one a line, and exit",
    )
    review.set_defaults(run=_review)

    merge_claims = commands.add_parser(
        "merge-claims",
        help="git's merge driver for claims.yaml: merge two sides claim by claim",
        description="Merge claims.yaml by claim, keeping every human decision; write the "
        "result to OURS. Set up once per clone: "
        'git config merge.factsuite-claims.driver "factsuite merge-claims %O %A %B" '
        "(factsuite init writes the .gitattributes line).",
        epilog="Exit status: 0 merged, 1 a claim decided differently on each side (marked "
        "between <<<<<<< ours and >>>>>>> theirs), 2 an input that is not claims.yaml.",
    )
    merge_claims.add_argument("base", metavar="BASE", help="the common ancestor's (%%O)")
    merge_claims.add_argument("ours", metavar="OURS", help="ours, overwritten with the merge (%%A)")
    merge_claims.add_argument("theirs", metavar="THEIRS", help="theirs (%%B)")
    merge_claims.set_defaults(run=_merge_claims)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    out, err = sys.stdout, sys.stderr
    try:
        args = build_parser().parse_args(argv)
    except UsageError as exc:
        print(f"{exc.prog}: error: {exc.message} (see {exc.prog} --help)", file=err)
        return EXIT_USAGE
    except SystemExit as exc:  # --help and --version print, then exit 0
        return exc.code if isinstance(exc.code, int) else EXIT_OK
    try:
        status: int = args.run(args, out, err)
    except UsageError as exc:  # an option that does not fit the others
        print(f"{exc.prog}: error: {exc.message} (see {exc.prog} --help)", file=err)
        return EXIT_USAGE
    except InputError as exc:
        print(str(exc), file=err)
        return EXIT_USAGE
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        from factsuite.answers import broken_pipe

        return broken_pipe()
    except OSError as exc:
        # The one place the file system's refusals (a read-only claims.yaml or desk, a
        # folder where a file should be) become one line, wherever they were raised.
        print(one_line(_os_error_line(exc)), file=err)
        return EXIT_USAGE
    return status


def _os_error_line(exc: OSError) -> str:
    """``path: reason`` for an ``OSError``, naming both paths of a failed rename."""
    reason = exc.strerror or str(exc)
    if exc.filename is None:
        return f"factsuite: {reason}"
    place = _file_name(exc.filename)
    if exc.filename2 is not None:
        place += f" -> {_file_name(exc.filename2)}"
    return f"{place}: {reason}"


def _file_name(name: object) -> str:
    return os.fsdecode(name) if isinstance(name, (str, bytes, os.PathLike)) else str(name)


if __name__ == "__main__":
    sys.exit(main())
