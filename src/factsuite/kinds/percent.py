"""``percent``: a share as news writes it ("98%", "nearly 97 per cent"), against a
percent fact in points. Judged as a number is."""

from __future__ import annotations

from factsuite.kinds.number import NumberKind
from factsuite.model import PercentFact


class PercentKind(NumberKind):
    name = "percent"
    fact_types = (PercentFact,)
    description = "a percentage, in points, with its hedges and printed precision"
