"""A progress bar for long commands: one line redrawn on a terminal, plain lines in a log.

Written to stderr, so that the report on stdout stays clean when it is redirected.
"""

from __future__ import annotations

import sys
import time
from typing import TextIO

from missionplanner.cli.terminal import escape_controls

WIDTH = 24
"""Characters of the bar itself."""


class ProgressBar:
    """``[#####-----] 12/50 areas, 240 visits, 31 s`` on a TTY; one line per step otherwise."""

    def __init__(self, unit: str, stream: TextIO | None = None, quiet: bool = False) -> None:
        self.unit, self.quiet = unit, quiet
        stream = stream if stream is not None else sys.stderr
        self.stream: TextIO = getattr(stream, "raw_stream", stream)  # its own \r, escaped text
        self.tty = bool(getattr(self.stream, "isatty", lambda: False)())
        self.started = time.perf_counter()
        self._width = 0

    def update(self, done: int, total: int, detail: str = "", last: str = "") -> None:
        """Show ``done`` of ``total`` (``detail``: what they add up to; ``last``: the step
        just finished, named on plain lines only)."""
        if self.quiet:
            return
        elapsed = time.perf_counter() - self.started
        extra = f", {detail}" if detail else ""
        if self.tty:
            filled = round(WIDTH * done / total) if total else WIDTH
            text = (f"[{'#' * filled}{'-' * (WIDTH - filled)}] {done}/{total} {self.unit}"
                    f"{extra}, {elapsed:.0f} s")
            self.stream.write("\r" + escape_controls(text).ljust(self._width))
            self._width = len(text)
        else:
            name = f" {last}" if last else ""
            line = f"  [{done}/{total} {self.unit}]{name}{extra} ({elapsed:.0f} s)"
            self.stream.write(escape_controls(line) + "\n")
        self.stream.flush()

    def close(self) -> None:
        """End the redrawn line, so that what follows starts on a line of its own."""
        if self.tty and self._width and not self.quiet:
            self.stream.write("\n")
            self.stream.flush()
            self._width = 0
