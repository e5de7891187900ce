"""Claim kinds: the ``ClaimKind`` protocol, and one module per built-in kind.

Every kind, factsuite's own too, is registered under the entry-point group
``factsuite.kinds`` (see pyproject.toml) and looked up by name in ``registry``.
"""

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from factsuite.kinds.base import ClaimKind, Found, Judgement, Situation

__all__ = ["ClaimKind", "Found", "Judgement", "Situation"]


def __getattr__(name: str) -> object:
    """The protocol's names, imported on first use: naming the registered kinds
    (``registry``, for a cache key) needs no article or YAML loader."""
    if name in __all__:
        from factsuite.kinds import base

        return getattr(base, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
