"""How many cues the beats' desks give each fact: a measure of how new users write
their facts, read from the facts alone (no article is read).

Run from the repository root:

    python benchmarks/cues_per_fact.py [BEAT ...]

Counts the facts that hold a value to bind (not people or organisations) and their
``cues``, per beat and over all beats named (every beat by default). Session 17 used
it to see whether the reference's "Choosing cues" changed the desks written after it.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import yaml

BEATS = Path(__file__).resolve().parent / "beats"
# Facts that name someone or something: extraction ties no value to them by cues.
_NAMED = frozenset({"person", "entity"})


def cues_of(beat: Path) -> tuple[int, int]:
    """The facts of ``beat`` that hold a value, and their cues, counted."""
    facts = cues = 0
    for path in sorted((beat / "facts").glob("*.yaml")):
        loaded = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        for fact in loaded.values():
            if isinstance(fact, dict) and fact.get("type") not in _NAMED:
                facts += 1
                cues += len(fact.get("cues") or [])
    return facts, cues


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("beats", nargs="*", help="beats to count (default: every beat)")
    args = parser.parse_args(argv)
    names = args.beats or sorted(p.name for p in BEATS.iterdir() if (p / "facts").is_dir())
    all_facts = all_cues = 0
    for name in names:
        facts, cues = cues_of(BEATS / name)
        if facts:
            print(f"{name}: {facts} facts, {cues / facts:.2f} cues a fact")
        all_facts += facts
        all_cues += cues
    if all_facts:
        print(f"all: {all_facts} facts, {all_cues / all_facts:.2f} cues a fact")
    return 0


if __name__ == "__main__":
    sys.exit(main())
