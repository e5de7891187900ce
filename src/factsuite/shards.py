"""Splitting a desk's articles across CI machines: shard K of N.

An article belongs to one shard, chosen from its desk-relative path alone, so N
jobs that each run shard 1..N check every claim exactly once, on any machine and
in any process. The hash is sha256, not Python's ``hash``, which is salted per
process and would send an article to a different shard in each job.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Shard:
    """Shard ``index`` (1-based) of ``count``."""

    index: int
    count: int

    def holds(self, article: str) -> bool:
        """Whether the article (its desk-relative path, as claims.yaml writes it) is ours."""
        return shard_of(article, self.count) == self.index


def shard_of(article: str, count: int) -> int:
    """The 1-based shard of ``count`` the article falls in."""
    digest = hashlib.sha256(article.encode("utf-8")).digest()
    return int.from_bytes(digest[:8], "big") % count + 1


def parse_shard(text: str) -> Shard:
    """``"K/N"`` as a shard; anything else raises ``ValueError`` with a one-line reason."""
    match = re.fullmatch(r"\s*(\d+)\s*/\s*(\d+)\s*", text, re.ASCII)
    if match is None:
        raise ValueError(f"expected K/N, two whole numbers such as 1/4, got {text!r}")
    shard = Shard(int(match[1]), int(match[2]))
    if not 1 <= shard.index <= shard.count:
        raise ValueError(f"expected K/N with 1 <= K <= N, got {text!r}")
    return shard
