"""Progress and cancel for the long exports (every team's PDFs or workbooks), as planning has.

A caller passes ``progress(done, total)`` (called after each unit: a route sheet of a PDF, a
team's workbook) and a ``cancel`` flag (anything with ``is_set()``: a ``threading.Event``, a
``multiprocessing.Event``). A cancelled export raises :class:`ExportCancelled` before its
folder is swapped in, so the folder keeps its previous set: never half a new one.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from missionplanner.errors import MissionPlannerError

Progress = Callable[[int, int], None]
"""``progress(done, total)``: units written so far, of how many."""


class Cancel(Protocol):
    """Anything with ``is_set()``."""

    def is_set(self) -> bool: ...  # pragma: no cover


class ExportCancelled(MissionPlannerError):
    """The export was cancelled; what was there before is left as it was."""

    def __init__(self) -> None:
        super().__init__("the export was cancelled; the destination was left as it was")


class Tracker:
    """Counts units of an export, tells ``progress`` and stops when ``cancel`` is set."""

    def __init__(self, total: int, progress: Progress | None = None,
                 cancel: Cancel | None = None) -> None:
        self.total = total
        self.done = 0
        self.progress = progress
        self.cancel = cancel

    def check(self) -> None:
        """Raise :class:`ExportCancelled` if the caller asked to stop."""
        if self.cancel is not None and self.cancel.is_set():
            raise ExportCancelled

    def step(self, units: int = 1) -> None:
        """``units`` more are written: report, then stop here if cancelled."""
        self.done += units
        if self.progress is not None:
            self.progress(self.done, self.total)
        self.check()
