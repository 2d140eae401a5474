"""The two small seams between planning and its caller: progress and cancel (as PyVRP's).

A :class:`ProgressSink` is any callable taking a :class:`PlanProgress`; it is called in the
calling process (a progress bar, a queue the app's timer polls). A :class:`CancelFlag` is
anything with ``is_set()``: a ``threading.Event`` or a ``multiprocessing.Event``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol


@dataclass(frozen=True)
class PlanProgress:
    """One step of progress: area-days solved so far and stations covered so far."""

    areas_done: int
    areas_total: int
    stations_covered: int
    last: str = ""
    """The area and day just finished."""


class ProgressSink(Protocol):
    """Called in the calling process after each area-day is solved."""

    def __call__(self, step: PlanProgress, /) -> None: ...  # pragma: no cover


class CancelFlag(Protocol):
    """Anything with ``is_set()``: a ``threading.Event`` from the UI or a script."""

    def is_set(self) -> bool: ...  # pragma: no cover
