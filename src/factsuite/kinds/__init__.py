"""Claim kinds: the ``ClaimKind`` protocol, and one module per built-in kind.

Every kind, factsuite's own too, is registered under the entry-point group
``factsuite.kinds`` (see pyproject.toml) and looked up by name in ``registry``.
"""

from factsuite.kinds.base import ClaimKind, Found, Judgement, Situation

__all__ = ["ClaimKind", "Found", "Judgement", "Situation"]
