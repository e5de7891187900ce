"""How long the claims.yaml merge driver takes, against git's own line merge.

    python benchmarks/merge_speed.py [--copies 60] [--runs 5]

Builds a large claims.yaml from the sample desk's (its claims repeated over
``--copies`` renamed articles), then two sides of a merge: ours reviews every tenth
claim and adds an article's claims, theirs ignores every seventh and adds another
article's. Times, as separate processes, the median wall time of:

- ``python -c "import yaml"``: the floor, an interpreter plus PyYAML;
- ``git merge-file -p``: git's line merge of the same three files (what git does
  without the driver; it conflicts here);
- ``factsuite merge-claims BASE OURS THEIRS``: the driver.

Ratios are to the ``import yaml`` median. No target: a merge runs once per merge.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import msgspec

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from factsuite.claims import parse_claims
from factsuite.extraction.claimsfile import DEFAULT_HEADER, render
from factsuite.model import Claim

ROOT = Path(__file__).resolve().parents[1]


def _copies(claims: list[Claim], count: int, prefix: str) -> list[Claim]:
    return [
        msgspec.structs.replace(c, article=c.article.replace("articles/", f"articles/{prefix}{k}-"))
        for k in range(count)
        for c in claims
    ]


def _sides(copies: int) -> tuple[str, str, str, int]:
    sample = parse_claims((ROOT / "claims.yaml").read_text("utf-8"), "claims.yaml", None)
    base = _copies(sample, copies, "copy")
    ours = [
        msgspec.structs.replace(c, status="confirmed") if i % 10 == 0 else c
        for i, c in enumerate(base)
    ] + _copies(sample, 1, "ours")
    theirs = [
        msgspec.structs.replace(c, status="ignored", reason="quoted") if i % 7 == 0 else c
        for i, c in enumerate(base)
    ] + _copies(sample, 1, "theirs")
    texts = (render(side, DEFAULT_HEADER) for side in (base, ours, theirs))
    return (*texts, len(base))  # type: ignore[return-value]


def _median(command: list[str], runs: int, before: list[tuple[Path, str]]) -> float:
    times = []
    for _ in range(runs):
        for path, text in before:  # the driver overwrites ours: each run starts afresh
            path.write_text(text, encoding="utf-8")
        start = time.perf_counter()
        subprocess.run(command, capture_output=True, check=False)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--copies", type=int, default=60)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args(argv)
    base, ours, theirs, count = _sides(args.copies)
    script = Path(sys.executable).with_name("factsuite")
    factsuite = [str(script)] if script.exists() else [sys.executable, "-m", "factsuite"]
    with tempfile.TemporaryDirectory() as folder:
        files = {name: Path(folder) / name for name in ("base", "ours", "theirs")}
        start = [(files["base"], base), (files["ours"], ours), (files["theirs"], theirs)]
        paths = [str(files[name]) for name in ("base", "ours", "theirs")]
        commands = {"python -c 'import yaml'": [sys.executable, "-c", "import yaml"]}
        git = shutil.which("git")
        if git is not None:
            commands["git merge-file -p"] = [git, "merge-file", "-p", paths[1], paths[0], paths[2]]
        commands["factsuite merge-claims"] = [*factsuite, "merge-claims", *paths]
        timed = {name: _median(command, args.runs, start) for name, command in commands.items()}
    floor = timed["python -c 'import yaml'"]
    print(f"claims.yaml of {count} claims; each side changes some and adds an article's")
    print(f"{'command':<28}{'median (s)':>12}{'ratio':>8}")
    for name, seconds in timed.items():
        print(f"{name:<28}{seconds:>12.3f}{seconds / floor:>8.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
