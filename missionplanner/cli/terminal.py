"""What the command line prints is text, never terminal commands.

Names come from imported spreadsheets: an ESC in an observer's name would otherwise reach the
terminal raw (changing colours, the window title, or hiding text), a BEL would ring, a carriage
return or a right-to-left override would make a line read as something else. Every line the
command line prints goes through :class:`EscapedStream`, which shows such characters as
``\\x1b``; newlines and tabs are kept. Signals end a command with one line, not a traceback.
"""

from __future__ import annotations

import contextlib
import re
import signal
import threading
from collections.abc import Iterator
from typing import Any, TextIO

_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def escape_controls(text: str) -> str:
    """``text`` with control and direction-override characters shown as escapes."""
    return _CONTROLS.sub(lambda m: f"\\x{ord(m[0]):02x}" if ord(m[0]) < 0x100
                         else f"\\u{ord(m[0]):04x}", text)


class EscapedStream:
    """A text stream that escapes control characters in everything written to it."""

    def __init__(self, stream: TextIO) -> None:
        self.raw_stream = stream

    def write(self, text: str) -> int:
        """Write ``text`` with its control characters escaped."""
        return self.raw_stream.write(escape_controls(text))

    def __getattr__(self, name: str) -> Any:
        return getattr(self.raw_stream, name)


class Terminated(BaseException):
    """SIGTERM arrived: unwind like Ctrl-C, so that workers are stopped and temporaries go."""


@contextlib.contextmanager
def safe_terminal(stdout: Any, stderr: Any) -> Iterator[tuple[EscapedStream, EscapedStream]]:
    """Escaping streams for ``stdout`` and ``stderr``, and SIGTERM raised as
    :class:`Terminated` (in the main thread, where signals can be handled) while inside."""
    previous = None
    if threading.current_thread() is threading.main_thread():
        def terminated(signum: int, frame: object) -> None:
            raise Terminated

        previous = signal.signal(signal.SIGTERM, terminated)
    try:
        yield EscapedStream(stdout), EscapedStream(stderr)
    finally:
        if previous is not None:
            signal.signal(signal.SIGTERM, previous)
