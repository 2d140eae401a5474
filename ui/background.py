"""Short jobs off the window's thread: reading a spreadsheet for a preview, writing Excel.

These are Python (openpyxl) and give the GIL back often, so a thread keeps the window
answering; planning, which does not, has its own process (:mod:`ui.runner`). A job's result
or error comes back as a queued signal; a job whose token is no longer wanted is ignored by
its caller.
"""

from __future__ import annotations

import threading
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal

from missionplanner.errors import MissionPlannerError
from missionplanner.messages import app_errors as e
from missionplanner.messages import say


class Background(QObject):
    """Runs one callable at a time per token in a daemon thread."""

    done = Signal(object, object)
    """``(token, result)``."""
    failed = Signal(object, str)
    """``(token, reason in words)``."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.running: set[object] = set()

    def run(self, token: object, job: Callable[[], Any]) -> None:
        """Start ``job()`` in a thread; ``done`` or ``failed`` follows with ``token``."""
        self.running.add(token)
        threading.Thread(target=self._work, args=(token, job), daemon=True,
                         name=f"missionplanner-{token}").start()

    def _work(self, token: object, job: Callable[[], Any]) -> None:
        try:
            result = job()
        except MissionPlannerError as exc:
            self._report(token, None, str(exc))
        except OSError as exc:
            why = str(exc.strerror or exc)
            self._report(token, None, say(e.AT, field=exc.filename, message=why)
                         if exc.filename else why)
        except Exception:  # the window must hear of it
            self._report(token, None, traceback.format_exc(limit=6))
        else:
            self._report(token, result, None)

    def _report(self, token: object, result: Any, error: str | None) -> None:
        try:
            if error is None:
                self.done.emit(token, result)
            else:
                self.failed.emit(token, error)
        except RuntimeError:  # the window is gone
            pass

    def finished(self, token: object) -> None:
        """Forget a token (its result arrived)."""
        self.running.discard(token)
