"""Slips: whether a wrong figure is one a writer's hand makes from the right one.

A figure extraction bound to a fact by its cues, and that nobody reviewed, can be
wrong in two ways: the writer slipped ("$51.2 million" for $51.2 billion, 46,642 for
64,642), or the figure is about something else the cues also describe: another
time ("310,000 homes were without power at 10am" against the peak of 1.2 million),
another place or group ("94% against serotype 2" against the efficacy overall).
The gate can tell the first from the figures alone: a slip is one keystroke from
the true figure. Anything further is likelier the second, and a person must say
which fact it is of before the gate fails it (compare.py's rule
``far-from-its-fact``; the date kind's gap rule says the same of dates).

The keystrokes, on the digits of the two figures written at the same decimal
place (38.6 and 39.6 are "386" and "396"; 140 and 104 are "140" and "104"):

- ``changed``: one digit is another (39.6 for 38.6, 8% for 6%);
- ``swapped``: two neighbouring digits trade places (1989 for 1998, 21 for 12);
- ``added`` / ``dropped``: one digit too many or too few (1,2350 for 1,235);
- ``next``: one more or one less in the last digit written (19 for 20, 999 for 1,000:
  a miscount, whose digits may all differ), or than the true figure rounded to the
  digits written ("$513bn" for $512.4bn: a rounding gone wrong);
- ``scaled``: the same significant digits at another scale (a scale word or a
  decimal point: "51.2 million" for 51.2 billion, 1.2 for 12).

Nothing else is a slip: 2,000 for 3 has "one digit changed" only if the zeros that
place it are forgotten, so they are not.
"""

from __future__ import annotations

import enum
import math
from decimal import ROUND_HALF_EVEN, ROUND_HALF_UP, Decimal, localcontext


class Slip(str, enum.Enum):
    """The one keystroke that turns the true figure into the stated one."""

    CHANGED = "one digit changed"
    SWAPPED = "two digits swapped"
    ADDED = "one digit added"
    DROPPED = "one digit dropped"
    SCALED = "the same digits at another scale"
    NEXT = "one more or one less"


def significant_digits(value: float) -> str:
    """The digits of ``value`` without its sign, decimal point and the zeros that only
    place it: 46642.0 is "46642", 0.25 "25", 140 "14", 0 "0"."""
    return _digits(value).strip("0") or "0"


def _decimal(value: float) -> Decimal:
    # repr is the shortest decimal that reads back as the same float: 0.1 is "0.1",
    # not the 55 digits of its binary value.
    return Decimal(repr(abs(value))).normalize()


def _digits(value: float, places: int = 0) -> str:
    """``value``'s digits with ``places`` decimals (at least its own), as an integer."""
    number = _decimal(value)
    own = max(0, -int(number.as_tuple().exponent))
    return str(int(number.scaleb(max(own, places))))


def _places(value: float) -> int:
    return max(0, -int(_decimal(value).as_tuple().exponent))


def slip(stated: float, true: float) -> Slip | None:
    """The slip that writes ``stated`` for ``true``, or None when there is none (the
    figures are equal, of opposite signs, not finite, or more than a keystroke apart)."""
    if stated == true or not (math.isfinite(stated) and math.isfinite(true)):
        return None
    if (stated < 0) != (true < 0):
        return None
    if significant_digits(stated) == significant_digits(true):
        return Slip.SCALED
    places = max(_places(stated), _places(true))
    said, fact = _digits(stated, places), _digits(true, places)
    if abs(int(said) - int(fact)) == 1 or _rounded_one_off(stated, true):
        return Slip.NEXT
    return _keystroke(said, fact)


def scaled_at_its_precision(stated: float, true: float) -> bool:
    """Whether ``stated`` is ``true`` at another scale, ``true`` rounded to as many
    significant digits as ``stated`` writes: "1.2 million" of 1.24 billion, "214
    billion" of 214 million. Both positive and finite, or it is not."""
    if not (math.isfinite(stated) and math.isfinite(true)) or stated <= 0 or true <= 0:
        return False
    exact = _decimal(true)
    # rounded half up, as writers round: 645 to two digits is 650
    unit = Decimal(1).scaleb(exact.adjusted() - len(significant_digits(stated)) + 1)
    rounded = float(exact.quantize(unit, rounding=ROUND_HALF_UP))
    return rounded != stated and significant_digits(rounded) == significant_digits(stated)


def _keystroke(said: str, fact: str) -> Slip | None:
    """The one keystroke on digits that turns ``fact`` into ``said``, if any."""
    if len(said) == len(fact):
        differ = [i for i, (a, b) in enumerate(zip(said, fact, strict=True)) if a != b]
        if len(differ) == 1:
            return Slip.CHANGED
        swapped = (
            len(differ) == 2
            and differ[1] == differ[0] + 1
            and said[differ[0]] == fact[differ[1]]
            and said[differ[1]] == fact[differ[0]]
        )
        return Slip.SWAPPED if swapped else None
    if len(said) == len(fact) + 1 and _one_deleted(said, fact):
        return Slip.ADDED
    if len(fact) == len(said) + 1 and _one_deleted(fact, said):
        return Slip.DROPPED
    return None


def _rounded_one_off(stated: float, true: float) -> bool:
    """Whether ``stated`` is one off ``true`` rounded to ``stated``'s last significant
    digit: 513 billion against 512.4 billion (512 at that digit)."""
    written, exact = _decimal(stated), _decimal(true)
    if len(written.as_tuple().digits) < 2:
        return False  # "2,000" for 950 is no rounding: one digit says too little
    if abs(written.adjusted() - exact.adjusted()) > 1:
        return False  # orders of magnitude apart: no rounding makes them neighbours
    unit = Decimal(1).scaleb(int(written.as_tuple().exponent))
    with localcontext() as context:
        context.prec = max(28, exact.adjusted() - unit.adjusted() + 2)
        rounded = exact.quantize(unit, rounding=ROUND_HALF_EVEN)
    return abs(written - rounded) == unit


def _one_deleted(longer: str, shorter: str) -> bool:
    """Whether deleting one character of ``longer`` gives ``shorter``."""
    return any(longer[:i] + longer[i + 1 :] == shorter for i in range(len(longer)))
