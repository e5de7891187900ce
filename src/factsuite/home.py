"""Where factsuite lives: its repository and its published documentation.

Defined once, because two outputs point there: a new desk's workflow installs
factsuite from the repository (scaffold.py), and SARIF rules link each verdict to
the reference (formats.py). pyproject.toml's ``[project.urls]`` names the same
addresses; tests/test_formats.py keeps them equal.
"""

from __future__ import annotations

REPOSITORY = "https://github.com/factsuite/factsuite"
DOCS_URL = f"{REPOSITORY}/blob/main/docs/"
