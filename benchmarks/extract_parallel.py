"""Extracting a whole desk from scratch in one process and in several.

    python benchmarks/extract_parallel.py [--articles 1000 10000] [--jobs 2] [--runs 1]

For each size, generates a seeded desk (benchmarks/make_desk.py) in a temporary
folder, then runs ``factsuite extract --no-progress -j 1`` and ``-j N`` in turns,
each from scratch (no claims.yaml, no parse cache), as separate processes, and
prints the wall time of each (best of ``--runs``), the speed-up of ``-j N`` over the
same run's ``-j 1``, and the CPU time all processes spent (what the workers cost in
all). It also checks that both wrote the same claims.yaml, byte for byte.

Wall time is what the speed-up is about, and other work on the machine takes cores
from it: the load average and how many cores N busy processes get (the most any
speed-up can be) are printed before and after; rerun on a quiet machine.
The aim (issue 17): ``-j 2`` at least 1.7x faster than ``-j 1`` on two cores.
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from make_desk import make_desk

AIM = 1.7


def _factsuite() -> list[str]:
    script = Path(sys.executable).with_name("factsuite")
    return [str(script)] if script.exists() else [sys.executable, "-m", "factsuite"]


def extract(desk: Path, jobs: int) -> tuple[float, float, bytes]:
    """One run from scratch: wall seconds, CPU seconds (all processes), claims.yaml."""
    (desk / "claims.yaml").unlink(missing_ok=True)
    shutil.rmtree(desk / ".factsuite_cache", ignore_errors=True)
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    done = subprocess.run(
        [*_factsuite(), "extract", "--no-progress", "-j", str(jobs)],
        cwd=desk,
        capture_output=True,
        text=True,
        check=False,
    )
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode != 0:
        sys.exit(f"extract -j {jobs} exited {done.returncode}:\n{done.stdout}{done.stderr}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu, (desk / "claims.yaml").read_bytes()


def _load() -> str:
    return " ".join(f"{x:.1f}" for x in os.getloadavg())


def _spin(seconds: float) -> float:
    """Busy for ``seconds`` of wall time; the CPU seconds this process got meanwhile."""
    start, cpu = time.perf_counter(), time.process_time()
    while time.perf_counter() - start < seconds:
        pass
    return time.process_time() - cpu


def cores_available(workers: int, seconds: float = 1.0) -> float:
    """How many cores ``workers`` busy processes get right now: the most any speed-up
    can be. A shared machine (or a container's CPU share) gives fewer than it has."""
    with multiprocessing.Pool(workers) as pool:
        return sum(pool.map(_spin, [seconds] * workers)) / seconds


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, nargs="+", default=[1000, 10_000])
    parser.add_argument("--jobs", type=int, default=2, help="against -j 1 (default: 2)")
    parser.add_argument("--runs", type=int, default=1, help="best of (default: 1)")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    print(
        f"{os.cpu_count()} cores; load average {_load()}; {args.jobs} busy processes get"
        f" {cores_available(args.jobs):.2f} cores now"
    )
    many = f"-j {args.jobs}"
    print(
        f"\n{'articles':>8}{'-j 1 s':>9}{many + ' s':>9}{'speed-up':>10}"
        f"{'CPU -j 1':>10}{'CPU ' + many:>10}"
    )
    for articles in args.articles:
        with tempfile.TemporaryDirectory(prefix="factsuite-bench-") as folder:
            desk = Path(folder)
            make_desk(desk, articles, args.seed)
            serial, parallel = (float("inf"), 0.0), (float("inf"), 0.0)
            for _ in range(args.runs):
                wall, cpu, serial_text = extract(desk, 1)
                serial = min(serial, (wall, cpu))
                wall, cpu, parallel_text = extract(desk, args.jobs)
                parallel = min(parallel, (wall, cpu))
                if parallel_text != serial_text:
                    sys.exit(f"-j {args.jobs} wrote another claims.yaml than -j 1")
            speed_up = serial[0] / parallel[0]
            print(
                f"{articles:>8}{serial[0]:>9.2f}{parallel[0]:>9.2f}{speed_up:>9.2f}x"
                f"{serial[1]:>10.2f}{parallel[1]:>10.2f}"
            )
    print(
        f"\nload average now {_load()}; {args.jobs} busy processes get"
        f" {cores_available(args.jobs):.2f} cores; aim: -j {args.jobs} at least {AIM}x faster"
        " than -j 1 (on an idle machine)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
