"""Long work in another process, with progress, cancel, and stale results dropped.

OR-Tools' search holds Python's GIL, so planning in a thread would freeze the window: the
:class:`PlanRunner` starts :func:`work` in a separate process (Orange3's runner, in a process)
and a timer polls its queue at most five times a second. Cancel sets a flag the planner
checks between and inside areas: the routes found so far come back. A new run stops the old
one, whose result is then never delivered; whether a result still fits the document is the
caller's to judge (it gets back the stamp it gave). The long exports run through the same
:class:`ProcessRunner` (:mod:`ui.exporting`): 170 teams' route-sheet PDFs are a minute of
pure Python that, in a thread, took the GIL from the window for up to 0.1 s at a time.
"""

from __future__ import annotations

import multiprocessing as mp
import os
import queue
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Literal

from PySide6.QtCore import QObject, QTimer, Signal

from missionplanner.errors import MissionPlannerError
from missionplanner.messages import app_errors as e
from missionplanner.messages import say
from missionplanner.model import Mission, Plan
from missionplanner.planning.metrics import Coverage, coverage
from ui.i18n.errors import error_lines
from ui.planning_api import Disrupted, Outcome, PlanOptions, PlanProgress, run_plan, run_replan

POLL_MS = 200
"""Progress reaches the window at most 5 times a second."""
APPLY_AFTER_MS = 15
"""A plan is applied this long after it was read (a turn of the event loop, and a repaint,
between the two: bench/ui_stall.py)."""
CANCEL_GRACE_MS = 60_000
"""After Cancel, the process has this long to hand back its routes before it is stopped."""


@dataclass(frozen=True)
class Job:
    """One run, as plain data that crosses to the planning process."""

    kind: Literal["plan", "replan"]
    mission_json: str
    """The mission as JSON; empty when :attr:`mission_file` holds it."""
    options: PlanOptions
    plan_json: str | None = None
    disrupted: Disrupted | None = None
    stop_after: int | None = None
    """Cancel by itself after this many area-days (tests and demonstrations of Cancel)."""
    mission_file: str | None = None
    """A mission file holding exactly the mission to plan (read by the planning process)."""


@dataclass(frozen=True)
class Finished:
    """A run's result in the window's process."""

    stamp: object
    outcome: Outcome
    coverage: Coverage


class _Flag:
    """The cancel flag the planner sees: the window's, or set after ``stop_after`` steps."""

    def __init__(self, event: Any, stop_after: int | None) -> None:
        self.event = event
        self.stop_after = stop_after
        self.steps = 0

    def is_set(self) -> bool:
        return bool(self.event.is_set()) or (self.stop_after is not None
                                             and self.steps >= self.stop_after)


def work(inbox: Any, messages: Any, cancel: Any) -> None:
    """The planning process: take the job, plan (or re-plan), measure, send everything back.

    The job comes through ``inbox`` (a queue fed by a thread of the window's process: passed
    as an argument of the process, megabytes of mission would block the window until this
    process has started and read them). Messages back: ``("progress", PlanProgress)``, then
    ``("done", plan, cancelled, changes, coverage)`` or ``("error", text)``. The plan comes
    back pickled, not as JSON: it was validated when the planner built it, and reading 2,500
    visits of JSON again would hold the window 0.2 s (unpickling takes 15 ms).
    """
    if hasattr(os, "nice"):
        os.nice(5)  # the window's process comes first on a busy machine; workers inherit it
    job: Job = inbox.get()
    flag = _Flag(cancel, job.stop_after)
    try:
        if job.mission_file:
            from missionplanner.io import load_mission

            mission = load_mission(job.mission_file)
        else:
            mission = Mission.model_validate_json(job.mission_json)

        def progress(step: PlanProgress) -> None:
            flag.steps = step.areas_done
            messages.put(("progress", step))

        if job.kind == "plan":
            outcome = run_plan(mission, job.options, progress, flag)
        else:
            assert job.plan_json is not None and job.disrupted is not None
            plan = Plan.model_validate_json(job.plan_json)
            outcome = run_replan(mission, plan, job.disrupted, job.options, flag)
        measured = coverage(mission, outcome.plan)
        messages.put(("done", outcome.plan, outcome.cancelled or flag.is_set(),
                      outcome.changes, measured))
    except MissionPlannerError as exc:
        messages.put(("error", str(exc)))
    except Exception:  # the window must hear of it, not wait for ever
        messages.put(("error", say(e.PLANNING_STOPPED) + "\n"
                      + traceback.format_exc(limit=8)))


class ProcessRunner(QObject):
    """Runs one job at a time in a separate process, polled by a timer (Orange3's runner).

    ``work(inbox, messages, cancel)`` is a module-level function run in the process (started
    with ``spawn``: a process that runs Qt is never forked); it takes its job from ``inbox``
    and puts ``("progress", step)``, then ``("done", ...)`` or ``("error", text)`` on
    ``messages``. Subclasses say what a ``done`` message means (:meth:`_deliver`) and word
    the failures; the latest progress reaches :attr:`progressed` at most five times a second.
    """

    progressed = Signal(object)
    """The latest progress step (at most 5 a second)."""
    failed = Signal(str)
    """The run failed: the reason in words."""
    runningChanged = Signal(bool)

    cancel_grace_ms = CANCEL_GRACE_MS
    """After Cancel, the process has this long to stop by itself before it is ended."""

    def __init__(self, work: Callable[[Any, Any, Any], None], name: str,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._work = work
        self._name = name
        self._context = mp.get_context("spawn")  # never fork a process that runs Qt
        self._process: Any = None
        self._messages: Any = None
        self._inbox: Any = None
        self._cancel: Any = None
        self._stamp: object = None
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self._poll)
        self._deadline = QTimer(self)
        self._deadline.setSingleShot(True)
        self._deadline.timeout.connect(self._give_up)

    def is_running(self) -> bool:
        """Whether a run is going on."""
        return self._process is not None

    def start(self, job: object, stamp: object) -> None:
        """Start ``job``; a run still going is stopped and its result never delivered."""
        if self._process is not None:
            self._stop()
        self._messages = self._context.Queue()
        self._inbox = inbox = self._context.Queue()  # kept: its semaphores must outlive start
        self._cancel = self._context.Event()
        self._stamp = stamp
        self._process = self._context.Process(target=self._work, name=self._name,
                                              args=(inbox, self._messages, self._cancel))
        self._process.start()
        inbox.put(job)  # written by the queue's own thread while the process starts
        inbox.close()
        self._timer.start()
        self.runningChanged.emit(True)

    def cancel(self) -> None:
        """Ask the run to stop and send back what it has (else it is ended after a grace)."""
        if self._cancel is not None:
            self._cancel.set()
            self._deadline.start(self.cancel_grace_ms)

    def shutdown(self) -> None:
        """Stop any run (the window is closing): a few seconds to stop its workers itself."""
        process = self._process
        if process is None:
            return
        if self._cancel is not None:
            self._cancel.set()
        process.join(3)
        stamp = self._stamp
        self._stop()
        self._stopped(stamp)

    def _poll(self) -> None:
        self._context.active_children()  # reaps runs that have ended
        latest: object = None
        while self._messages is not None:
            try:
                message = self._messages.get_nowait()
            except queue.Empty:
                break
            kind = message[0]
            if kind == "progress":
                latest = message[1]
            elif kind == "done":
                if latest is not None:
                    self.progressed.emit(latest)
                stamp = self._stamp
                self._finish()
                self._deliver(stamp, message[1:])
                return
            elif kind == "error":
                self._finish()
                self.failed.emit(error_lines(message[1]))
                return
        if latest is not None:
            self.progressed.emit(latest)
        if self._process is not None and not self._process.is_alive():
            code = self._process.exitcode
            stamp = self._stamp
            self._finish()
            self._stopped(stamp)
            self.failed.emit(self._crashed_text(code))

    def _give_up(self) -> None:
        if self._process is not None:
            stamp = self._stamp
            self._stop()
            self._stopped(stamp)
            self.failed.emit(self._gave_up_text())

    def _stop(self) -> None:
        process = self._process
        self._finish()
        if process is not None and process.is_alive():
            process.terminate()
            process.join(5)
            if process.is_alive():
                process.kill()
                process.join(1)

    def _finish(self) -> None:
        self._timer.stop()
        self._deadline.stop()
        self._process = None  # exits by itself once its last message is read: never waited for
        if self._messages is not None:
            self._messages.close()
            self._messages.cancel_join_thread()
        self._messages = self._cancel = self._inbox = None
        self._stamp = None
        self.runningChanged.emit(False)

    # -- what subclasses say -----------------------------------------------------------------
    def _deliver(self, stamp: object, payload: tuple[Any, ...]) -> None:
        """A ``done`` message arrived: pass it on (the run has ended)."""
        raise NotImplementedError

    def _stopped(self, stamp: object) -> None:
        """The process ended without a result (ended after Cancel, or died): tidy up."""

    def _crashed_text(self, code: int | None) -> str:
        return f"the process stopped unexpectedly (exit code {code})"

    def _gave_up_text(self) -> str:
        return "the process did not stop after Cancel and was ended"


class PlanRunner(ProcessRunner):
    """Runs one planning :class:`Job` at a time in a separate process."""

    finished = Signal(object)
    """A :class:`Finished` result."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(work, "missionplanner-plan", parent)

    def _deliver(self, stamp: object, payload: tuple[Any, ...]) -> None:
        plan, cancelled, changes, measured = payload
        result = Finished(stamp, Outcome(plan, cancelled, tuple(changes)), measured)
        # reading the plan took this turn of the event loop; applying it takes the next
        QTimer.singleShot(APPLY_AFTER_MS, self, lambda done=result: self.finished.emit(done))

    def _crashed_text(self, code: int | None) -> str:
        return self.tr("The planning process stopped unexpectedly (exit code "
                       "{code}).").format(code=code)

    def _gave_up_text(self) -> str:
        return self.tr("Planning did not stop within a minute of Cancel and was "
                       "ended; no routes were kept.")
