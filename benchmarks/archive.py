"""The pre-commit hook and one article's extraction at archive scale, against bare Python.

    python benchmarks/archive.py [--sizes 1000,10000] [--runs 5] [--cold-runs 1]
                                 [--before SRC]

For each desk size, a seeded desk is generated (benchmarks/make_desk.py) in a
temporary folder, and these are timed as separate processes, each figure the best
(least) wall time of its runs, since the machine is shared and load only ever adds
time, printed with its ratio to ``python -c "import yaml"`` measured in the same run;
beside it, the least CPU time (user and system) of the same runs and its ratio to the
baseline's, which load does not inflate as much:

- hook, cold: ``factsuite check ARTICLE`` with ``.factsuite_cache/`` deleted (facts
  and claims parsed from YAML, the article extracted);
- hook, warm: the same, the caches filled;
- extract one edited article: a sentence with a new figure appended to ARTICLE, then
  ``factsuite extract ARTICLE`` (the Extractor is built: the article changed);
- hook right after extract: ``factsuite check ARTICLE`` after each of those (extract
  rewrote claims.yaml).

With ``--before SRC`` (a ``src`` folder of older code, e.g. from ``git archive HEAD
src``), each size is measured for both in the same run, on two desks generated
alike, the older code (on PYTHONPATH) and the installed one taking turns run by run,
the baseline too, so that both meet the same load; each figure is printed as its
best and median wall and CPU time, with the load average before and after. The
older code is run through a script like the installed console script, naming its
own entry point (``--before-entry``; by default the installed script's,
``factsuite.hook:main``, when SRC has it, else ``factsuite.cli:main``, the entry point
before the hook's own): the same entry for both, or the older code would pay for
imports the installed one does not (a third of extracting one article).

Python's bytecode caches are allowed (PYTHONDONTWRITEBYTECODE is dropped for the
commands timed) and warmed first, as on a writer's machine. Targets (issue 17), on
the 10k desk: the hook warm at most 3x ``import yaml``, right after extract at most
5x, one edited article extracted in at most 0.5 s.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import check_speed
from check_speed import script
from make_desk import make_desk

WARM_AIM = 3.0  # x import yaml
AFTER_EXTRACT_AIM = 5.0  # x import yaml
EDIT_AIM_SECONDS = 0.5


def _environment(source: str | None = None) -> dict[str, str]:
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    if source is not None:
        env["PYTHONPATH"] = source
    return env


# A figure: wall time and CPU time (user and system) of one run, in seconds. Under a
# load of 6 on 2 cores a short process waits for a core most of its wall time; its
# CPU time says what it costs, whatever else runs.
Figure = tuple[float, float]


def timed(
    command: list[str], cwd: Path, *, clear: Path | None = None, source: str | None = None
) -> Figure:
    """check_speed's run of ``command``, with Python's bytecode caches allowed (and
    factsuite imported from ``source``, when given): its wall and CPU time."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    wall = check_speed.timed(command, cwd, clear=clear, env=_environment(source))
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
    return wall, cpu


def best(runs: int, measure: Callable[[], Figure]) -> Figure:
    """The least wall time and the least CPU time of ``runs`` runs."""
    return least([measure() for _ in range(runs)])


def least(figures: list[Figure]) -> Figure:
    return min(wall for wall, _ in figures), min(cpu for _, cpu in figures)


# pip's console script, naming an entry point: what runs the older code (see above).
_CONSOLE_SCRIPT = """import re
import sys
from {module} import {function}
if __name__ == "__main__":
    sys.argv[0] = re.sub(r"(-script\\.pyw|\\.exe)?$", "", sys.argv[0])
    sys.exit({function}())
"""


def console_script(folder: Path, entry: str) -> list[str]:
    """A command running a console script for ``entry`` ("module:function") kept in
    ``folder``, as pip writes one."""
    module, _, function = entry.partition(":")
    path = folder / "factsuite"
    path.write_text(_CONSOLE_SCRIPT.format(module=module, function=function), "utf-8")
    return [sys.executable, str(path)]


def measure_desk(
    size: int,
    runs: int,
    cold_runs: int,
    seed: int,
    source: str | None = None,
    entry: str = "factsuite.cli:main",
) -> dict[str, Figure]:
    """The figures for one desk of ``size`` articles, in seconds (factsuite imported
    from ``source`` through its entry point ``entry``, when given, else as installed)."""
    with (
        tempfile.TemporaryDirectory(prefix="factsuite-archive-") as folder,
        tempfile.TemporaryDirectory(prefix="factsuite-script-") as scripts,
    ):
        desk = Path(folder)
        paths = make_desk(desk, size, seed)
        article = paths[len(paths) // 2]
        cache = desk / ".factsuite_cache"
        if source is None:
            factsuite = script("factsuite", "factsuite.hook")
        else:
            factsuite = console_script(Path(scripts), entry)
        check = [*factsuite, "check", article]
        extract = [*factsuite, "extract", "--no-progress", article]
        baseline = [sys.executable, "-c", "import yaml"]
        timed(baseline, desk)  # bytecode written, the OS's file cache warm
        figures = {"import yaml": best(runs, lambda: timed(baseline, desk))}
        figures["hook, cold"] = best(
            cold_runs, lambda: timed(check, desk, clear=cache, source=source)
        )
        timed(check, desk, source=source)
        figures["hook, warm"] = best(runs, lambda: timed(check, desk, source=source))
        edits = iter(range(1, 10**6))
        after: list[Figure] = []

        def edit_and_extract() -> Figure:
            with (desk / article).open("a", encoding="utf-8") as stream:
                stream.write(f"\nOfficials counted {next(edits) + 40} people at the scene.\n")
            seconds = timed(extract, desk, source=source)
            after.append(timed(check, desk, source=source))
            return seconds

        figures["extract one edited article"] = best(runs, edit_and_extract)
        figures["hook right after extract"] = least(after)
        return figures


def report(size: int, figures: dict[str, Figure], label: str = "") -> list[str]:
    baseline, baseline_cpu = figures["import yaml"]
    lines = [
        f"\n{size} articles{label}",
        f"{'figure':<30}{'seconds':>9}{'x import yaml':>15}{'CPU s':>9}{'x (CPU)':>9}{'aim':>10}",
    ]
    aims = {
        "hook, warm": f"<= {WARM_AIM:g}x",
        "hook right after extract": f"<= {AFTER_EXTRACT_AIM:g}x",
        "extract one edited article": f"<= {EDIT_AIM_SECONDS:g} s",
    }
    for name, (seconds, cpu) in figures.items():
        lines.append(
            f"{name:<30}{seconds:>9.3f}{seconds / baseline:>15.1f}"
            f"{cpu:>9.3f}{cpu / baseline_cpu:>9.1f}{aims.get(name, ''):>10}"
        )
    return lines


class Version:
    """One code version's desk, generated alike, and its commands (factsuite imported
    from ``source`` through its entry point ``entry``, when given, else as installed)."""

    def __init__(
        self, desk: Path, scripts: Path, size: int, seed: int, source: str | None, entry: str
    ) -> None:
        self.desk, self.source = desk, source
        paths = make_desk(desk, size, seed)
        self.article = paths[len(paths) // 2]
        if source is None:
            factsuite = script("factsuite", "factsuite.hook")
        else:
            factsuite = console_script(scripts, entry)
        self.check = [*factsuite, "check", self.article]
        self.extract = [*factsuite, "extract", "--no-progress", self.article]
        self.edits = iter(range(1, 10**6))

    def hook_cold(self) -> Figure:
        cache = self.desk / ".factsuite_cache"
        return timed(self.check, self.desk, clear=cache, source=self.source)

    def hook(self) -> Figure:
        return timed(self.check, self.desk, source=self.source)

    def edit_and_extract(self) -> tuple[Figure, Figure]:
        """A sentence with a new figure appended to the article, then ``extract``
        timed, then the hook right after it."""
        with (self.desk / self.article).open("a", encoding="utf-8") as stream:
            stream.write(f"\nOfficials counted {next(self.edits) + 40} people at the scene.\n")
        extracted = timed(self.extract, self.desk, source=self.source)
        return extracted, self.hook()


def measure_alternated(
    size: int, runs: int, cold_runs: int, seed: int, before: str, entry: str
) -> dict[str, dict[str, list[Figure]]]:
    """Every figure's runs for the code under ``before`` and the installed code, on
    two desks generated alike, the versions taking turns run by run (the same load
    for both), with the baseline measured between them likewise."""
    samples: dict[str, dict[str, list[Figure]]] = {"before": {}, "after": {}}
    with (
        tempfile.TemporaryDirectory(prefix="factsuite-archive-") as folder,
        tempfile.TemporaryDirectory(prefix="factsuite-script-") as scripts,
    ):
        root = Path(folder)
        versions: dict[str, Version] = {}
        for name, source in (("before", before), ("after", None)):
            (root / name).mkdir()
            versions[name] = Version(root / name, Path(scripts), size, seed, source, entry)
        baseline = [sys.executable, "-c", "import yaml"]
        timed(baseline, root)  # bytecode written, the OS's file cache warm

        def add(name: str, label: str, figure: Figure) -> None:
            samples[name].setdefault(label, []).append(figure)

        for _ in range(runs):
            for name in versions:
                add(name, "import yaml", timed(baseline, root))
        for _ in range(cold_runs):
            for name, version in versions.items():
                add(name, "hook, cold", version.hook_cold())
        for version in versions.values():
            version.hook()  # warm
        for _ in range(runs):
            for name, version in versions.items():
                add(name, "hook, warm", version.hook())
        for _ in range(runs):
            for name, version in versions.items():
                extracted, after = version.edit_and_extract()
                add(name, "extract one edited article", extracted)
                add(name, "hook right after extract", after)
    return samples


def report_alternated(size: int, samples: dict[str, list[Figure]], label: str) -> list[str]:
    """Each figure's best and median wall and CPU time, and the best's ratio to the
    best ``import yaml`` of the same version's turns."""
    walls = sorted(wall for wall, _ in samples["import yaml"])
    cpus = sorted(cpu for _, cpu in samples["import yaml"])
    lines = [
        f"\n{size} articles, {label}",
        f"{'figure':<28}{'wall best':>10}{'median':>8}{'x yaml':>8}"
        f"{'CPU best':>10}{'median':>8}{'x yaml':>8}{'aim':>10}",
    ]
    aims = {
        "hook, warm": f"<= {WARM_AIM:g}x",
        "hook right after extract": f"<= {AFTER_EXTRACT_AIM:g}x",
        "extract one edited article": f"<= {EDIT_AIM_SECONDS:g} s",
    }
    for name, figures in samples.items():
        wall = sorted(w for w, _ in figures)
        cpu = sorted(c for _, c in figures)
        lines.append(
            f"{name:<28}{wall[0]:>10.3f}{statistics.median(wall):>8.3f}"
            f"{wall[0] / walls[0]:>8.1f}{cpu[0]:>10.3f}{statistics.median(cpu):>8.3f}"
            f"{cpu[0] / cpus[0]:>8.1f}{aims.get(name, ''):>10}"
        )
    return lines


def load_average() -> str:
    """The system's load averages (1, 5, 15 minutes), where the system says them."""
    try:
        return " ".join(Path("/proc/loadavg").read_text("ascii").split()[:3])
    except OSError:
        return "unknown"


def entry_of(source: str) -> str:
    """The console script's entry point in the code under ``source``: the hook's own,
    as the installed script names it, when that code has one."""
    has_hook = (Path(source) / "factsuite" / "hook.py").exists()
    return "factsuite.hook:main" if has_hook else "factsuite.cli:main"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--sizes", default="1000,10000", help="desk sizes (default: 1000,10000)")
    parser.add_argument("--runs", type=int, default=5, help="runs per warm figure (default: 5)")
    parser.add_argument("--cold-runs", type=int, default=1, help="cold hook runs (default: 1)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument(
        "--before", metavar="SRC", help="also time the factsuite under SRC, alternately (see above)"
    )
    parser.add_argument(
        "--before-entry",
        default=None,
        metavar="MODULE:FUNCTION",
        help="the console script's entry point in SRC (default: the hook's, if SRC has it)",
    )
    args = parser.parse_args(argv)
    for size in (int(s) for s in args.sizes.split(",")):
        if args.before is None:
            figures = measure_desk(size, args.runs, args.cold_runs, args.seed)
            print("\n".join(report(size, figures)))
            sys.stdout.flush()
            continue
        source = str(Path(args.before).resolve())
        print(f"\nload average before {size}: {load_average()}")
        entry = args.before_entry or entry_of(source)
        pair = measure_alternated(size, args.runs, args.cold_runs, args.seed, source, entry)
        print(f"load average after {size}: {load_average()}")
        print("\n".join(report_alternated(size, pair["before"], f"before ({source})")))
        print("\n".join(report_alternated(size, pair["after"], "after")))
        sys.stdout.flush()
    return 0


if __name__ == "__main__":
    sys.exit(main())
