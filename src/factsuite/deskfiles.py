"""The files a desk's parse depends on, found without loading the desk.

``Desk.load`` and the kept verdicts of ``factsuite check`` (verdicts.py) both key
their caches on these files' digests, so both list them here, the same way: the
verdicts' check runs before (and, when it holds, instead of) loading the desk, and
must not import the comparison core, nor the fact and article loaders, to find out
whether it may (the names of their files are defined here for that reason).
"""

from __future__ import annotations

import sys
from pathlib import Path

from factsuite.errors import InputError
from factsuite.kinds import registry
from factsuite.paths import display_path, files_inside, inside_desk
from factsuite.settings import Settings, load_settings

FACTS_DIR = "facts"
ARTICLES_DIR = "articles"
CLAIMS_FILE = "claims.yaml"
PYPROJECT = "pyproject.toml"
ARTICLE_SUFFIXES = (".md", ".markdown", ".txt")
FACT_SUFFIXES = (".yaml", ".yml")


def fact_files(facts_dir: Path, root: Path | None = None) -> list[Path]:
    """The fact files under ``facts_dir``, each inside the desk at ``root`` (by default
    the folder holding ``facts_dir``): a symlink out raises ``InputError`` (paths.py)."""
    return files_inside(facts_dir.parent if root is None else root, facts_dir, FACT_SUFFIXES)


def register_kinds(root: Path, desk_settings: Settings) -> None:
    """Make the registry hold the installed kinds and the desk's own (``kinds`` in
    ``[tool.factsuite]``). A desk's kind module is found from the desk's folder, as
    pytest finds a rootdir conftest.py; the registry is rebuilt only when a desk
    names kinds, so the hook's common path never pays for it."""
    if not desk_settings.kinds:
        if registry.current_extra():
            registry.load()  # a desk loaded before in this process named kinds
        return
    folder = str(root)
    if folder not in sys.path:
        sys.path.insert(0, folder)
    registry.load(desk_settings.kinds, source=PYPROJECT)


def desk_inputs(root: Path) -> tuple[Settings, list[Path]]:
    """The settings of the desk at ``root`` (resolved) and its input files: the fact
    files, claims.yaml and pyproject.toml (the kinds it names decide which claims are
    valid). The desk's kinds are registered. Raises ``InputError``."""
    desk_settings = load_settings(root)
    if not (root / FACTS_DIR).is_dir():
        raise InputError(
            display_path(root, Path.cwd()), f"is not a desk: it has no {FACTS_DIR}/ folder"
        )
    files = fact_files(root / FACTS_DIR, root)
    claims_file = root / CLAIMS_FILE
    inside_desk(root, claims_file, CLAIMS_FILE)  # it may be a symlink out (paths.py)
    register_kinds(root, desk_settings)
    return desk_settings, [*files, claims_file, root / PYPROJECT]
