"""Plan ▸ Settings, Plan, Cancel and Re-plan: the runner, the progress bar and the commands.

The controller starts runs with a stamp (the mission object planned); a result is applied
as one undoable command only when the document still holds that mission, else it is dropped
with a word in the status bar.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from missionplanner.model import Mission, Plan
from ui import ask, commands
from ui.document import Document
from ui.panels.format import number, share
from ui.planning_api import Disrupted, PlanOptions, PlanProgress
from ui.runner import Finished, Job, PlanRunner

if TYPE_CHECKING:
    from ui.main_window import MainWindow


class PlanningController(QObject):
    """Runs planning for one window and applies its results."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.document: Document = window.document
        self.options = PlanOptions()
        self.replan_options = PlanOptions()
        self.stop_after: int | None = None
        self.runner = PlanRunner(self)
        self.runner.progressed.connect(self._progress)
        self.runner.finished.connect(self._finished)
        self.runner.failed.connect(self._failed)
        self.runner.runningChanged.connect(self._running)
        self._what = ""

    def is_running(self) -> bool:
        """Whether a run is going on."""
        return self.runner.is_running()

    def plan(self) -> None:
        """Plan the mission in the planning process."""
        mission = self.document.mission
        if mission is None:
            return
        self._what = "plan"
        job = self._job("plan", mission)
        self.runner.start(job, (mission, None))
        self.window.progress.setRange(0, 0)  # a busy bar (it shows no text) until routes
        self.window.progress.setFormat(self.tr("Forming teams…"))
        self.window.show_message(self.tr("Planning: forming teams…"), 0)

    def replan(self, disrupted: Disrupted) -> None:
        """Re-plan one day of the current plan after a disruption."""
        mission, plan = self.document.mission, self.document.plan
        if mission is None or plan is None:
            return
        self._what = "replan"
        job = self._job("replan", mission, plan, disrupted)
        self.runner.start(job, (mission, plan, disrupted))
        self.window.progress.setRange(0, 0)
        self.window.progress.setFormat(self.tr("Re-planning…"))
        self.window.show_message(self.tr("Re-planning from {now}…").format(
            now=f"{disrupted.now:%H:%M}"), 0)

    def _job(self, kind: str, mission: Mission, plan: Plan | None = None,
             disrupted: Disrupted | None = None) -> Job:
        """The run as data; the mission goes by its file when the file holds it as shown."""
        on_disk = self.document.mission_file_as_shown()
        text = "" if on_disk is not None else mission.model_dump_json()
        options = self.options if kind == "plan" else self.replan_options
        return Job(kind, text, options,  # type: ignore[arg-type]
                   plan_json=plan.model_dump_json() if plan is not None else None,
                   disrupted=disrupted, stop_after=self.stop_after,
                   mission_file=str(on_disk) if on_disk is not None else None)

    def cancel(self) -> None:
        """Stop the run; the routes found so far come back and are applied."""
        if self.runner.is_running():
            self.runner.cancel()
            self.window.progress.setFormat(self.tr("Cancelling: keeping the routes so far…"))
            self.window.show_message(self.tr("Cancelling…"), 0)

    def shutdown(self) -> None:
        """Stop planning before the window closes."""
        self.runner.shutdown()

    # -- runner signals ----------------------------------------------------------------------
    def _running(self, running: bool) -> None:
        self.window.progress.setVisible(running)
        self.window.progress_cancel.setVisible(running)
        self.window.cancel_action.setEnabled(running)
        self.window.plan_action.setEnabled(not running and self.document.mission is not None)
        self.window.replan_action.setEnabled(not running and self.document.plan is not None)
        if not running:
            self.window.progress.setRange(0, 1)

    def _progress(self, step: PlanProgress) -> None:
        bar = self.window.progress
        forming = self.tr("Planning: forming teams…")
        if self.window.statusBar().currentMessage() == forming:  # the first routes are in
            self.window.show_message(self.tr("Planning the routes…"), 0)
        bar.setRange(0, max(1, step.areas_total))
        bar.setValue(step.areas_done)
        bar.setFormat(self.tr("{done} of {total} areas · {visits} visits").format(
            done=step.areas_done, total=step.areas_total, visits=number(step.stations_covered)))
        bar.setToolTip(step.last)

    def _finished(self, result: Finished) -> None:
        stamp = result.stamp
        assert isinstance(stamp, tuple)
        mission = stamp[0]
        if self.document.mission is not mission or (
                len(stamp) > 1 and stamp[1] is not None and self.document.plan is not stamp[1]):
            self.window.show_message(self.tr("The mission changed while planning: that result "
                                             "was not applied. Plan again."), 10_000)
            return
        assert isinstance(mission, Mission)
        plan = result.outcome.plan
        self.document.remember_coverage(plan, result.coverage)
        if self._what == "replan":
            disrupted = stamp[2]
            assert isinstance(disrupted, Disrupted)
            text = self.tr("Re-plan {day} from {now}").format(
                day=str(disrupted.day or ""), now=f"{disrupted.now:%H:%M}")
            source = self.document.plan_source() or mission
        else:
            text = self.tr("Plan mission (seed {seed})").format(seed=plan.seed)
            if result.outcome.cancelled:
                text = self.tr("Plan mission (seed {seed}, cancelled)").format(seed=plan.seed)
            source = mission
        self.document.undo_stack.push(commands.apply_plan(self.document, plan, source, text))
        self._announce(plan, result)

    def _announce(self, plan: Plan, result: Finished) -> None:
        cover = result.coverage
        if result.outcome.cancelled:
            words = self.tr("Planning cancelled: kept {routes} routes, {stations} covered.")
        elif self._what == "replan":
            words = self.tr("Re-planned: {routes} routes, {stations} covered.")
        else:
            words = self.tr("Planned: {routes} routes, {stations} covered, duplicates "
                            "{duplicates}.")
        self.window.show_message(words.format(routes=number(len(plan.routes)),
                                              stations=share(*cover.stations),
                                              duplicates=cover.duplicates), 15_000)
        self.window.show_plan_summary(list(result.outcome.changes))

    def _failed(self, reason: str) -> None:
        self.window.statusBar().clearMessage()
        title = (self.tr("Re-planning failed") if self._what == "replan"
                 else self.tr("Planning failed"))
        ask.failure(self.window, title, reason)
