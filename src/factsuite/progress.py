"""A progress bar for long runs on a terminal: done/total, rate and time left.

Drawn on the error stream, redrawn in place with a carriage return, and only where a
person watches: never when the stream is not a terminal (a pipe, a log file) or when
``CI`` is set (CI runners often fake a terminal, and a log of redrawn lines is noise).
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from typing import TextIO

_BAR_WIDTH = 30
# Redraws at most this often: drawing each of 10,000 articles would cost more than
# it shows. The last state is always drawn.
_REDRAW_SECONDS = 0.1


def wanted(stream: TextIO, asked: bool) -> bool:
    """Whether a bar helps: asked for (no ``--no-progress``), on a terminal, not in CI."""
    return asked and stream.isatty() and not os.environ.get("CI")


class ProgressBar:
    """``label [#####.....] done/total  rate articles/s  ETA m:ss`` on ``stream``."""

    def __init__(
        self,
        stream: TextIO,
        total: int,
        label: str,
        unit: str = "articles",
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.stream = stream
        self.total = total
        self.label = label
        self.unit = unit
        self.clock = clock
        self.started = clock()
        self.drawn_at: float | None = None
        self.width = 0  # of the last line drawn, to blank what a shorter one leaves

    def update(self, done: int) -> None:
        now = self.clock()
        recently = self.drawn_at is not None and now - self.drawn_at < _REDRAW_SECONDS
        if done < self.total and recently:
            return
        self.drawn_at = now
        line = self.line(done, now - self.started)
        self.stream.write("\r" + line.ljust(self.width))
        self.stream.flush()
        self.width = len(line)

    def line(self, done: int, elapsed: float) -> str:
        filled = _BAR_WIDTH * done // self.total if self.total else _BAR_WIDTH
        bar = "#" * filled + "." * (_BAR_WIDTH - filled)
        text = f"{self.label} [{bar}] {done}/{self.total}"
        if done and elapsed > 0:
            rate = done / elapsed
            left = (self.total - done) / rate
            text += f"  {rate:.1f} {self.unit}/s  ETA {_clock_time(left)}"
        return text

    def finish(self) -> None:
        """Ends the bar's line, so what is printed next starts on its own."""
        if self.drawn_at is not None:
            self.stream.write("\n")
            self.stream.flush()


def _clock_time(seconds: float) -> str:
    """``m:ss``, or ``h:mm:ss`` from an hour."""
    whole = round(seconds)
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"
