"""Planning from the app: the runner's process, progress, Cancel, stale results, settings,
re-planning; each result one undoable command."""

from __future__ import annotations

import queue
import threading
from datetime import date, time

from pytestqt.qtbot import QtBot

from missionplanner.planning import Delay, LostTeam
from tests.export.conftest import build_mission, build_plan
from tests.planning.conftest import make_planning_mission
from tests.ui.conftest import Answers
from tests.ui.helpers import set_cell, window_with
from ui.main_window import MainWindow
from ui.planning_api import Disrupted, PlanOptions
from ui.runner import Job, work

QUICK = PlanOptions(iterations=5, workers=1)
"""Small searches in one process: a run takes a fraction of a second after start-up."""
WAIT_MS = 90_000


def _planning_window(qtbot: QtBot) -> MainWindow:
    window = window_with(qtbot, mission=make_planning_mission())
    window.planning.options = QUICK
    return window


def _inbox(job: Job) -> queue.Queue[Job]:
    inbox: queue.Queue[Job] = queue.Queue()
    inbox.put(job)
    return inbox


def test_work_reports_progress_then_the_plan() -> None:
    """The process function, called directly: progress for each area-day, then the plan."""
    mission = make_planning_mission()
    messages: queue.Queue[tuple[object, ...]] = queue.Queue()
    work(_inbox(Job("plan", mission.model_dump_json(), QUICK)), messages, threading.Event())
    got = [messages.get_nowait() for _ in range(messages.qsize())]
    assert [m[0] for m in got] == ["progress"] * 6 + ["done"]
    assert got[-2][1].areas_done == 6  # type: ignore[union-attr]
    _, plan, cancelled, _, measured = got[-1]
    assert cancelled is False and measured.duplicates == 0  # type: ignore[union-attr]
    assert plan.seed == 42 and len(plan.routes) == 10  # type: ignore[attr-defined]


def test_work_reports_bad_settings_as_an_error() -> None:
    """A mission that cannot be planned gives one readable error message, no traceback."""
    mission = make_planning_mission().model_copy(update={"observers": []})
    messages: queue.Queue[tuple[object, ...]] = queue.Queue()
    work(_inbox(Job("plan", mission.model_dump_json(), QUICK)), messages, threading.Event())
    kind, text = messages.get_nowait()
    assert kind == "error" and "Traceback" not in str(text)


def test_plan_runs_with_progress_and_is_one_undoable_command(qtbot: QtBot) -> None:
    """Progress reaches the status bar; the plan is applied, undone and redone."""
    window = _planning_window(qtbot)
    doc = window.document
    steps: list[object] = []
    window.planning.runner.progressed.connect(steps.append)
    window.plan_action.trigger()
    assert window.is_planning() and not window.plan_action.isEnabled()
    assert not window.progress.isHidden()
    qtbot.waitUntil(lambda: doc.plan is not None, timeout=WAIT_MS)
    assert steps and window.progress.isHidden()
    plan = doc.plan
    assert plan is not None and len(plan.routes) == 10
    assert window.undo_action.text() == "&Undo Plan mission (seed 42)"
    assert "duplicates 0" in window.coverage_label.text()
    assert window.panels["visits"].model.rowCount() > 0
    doc.undo_stack.undo()
    assert doc.plan is None and window.panels["visits"].model.rowCount() == 0
    doc.undo_stack.redo()
    assert doc.plan is plan


def test_cancel_keeps_the_routes_found_so_far(qtbot: QtBot) -> None:
    """Stopped after one area-day: that area's routes are kept, the rest say cancelled."""
    window = _planning_window(qtbot)
    window.planning.stop_after = 1
    window.plan()
    qtbot.waitUntil(lambda: window.document.plan is not None, timeout=WAIT_MS)
    plan = window.document.plan
    assert plan is not None and plan.made_with.cancelled is True
    assert 0 < len(plan.routes) < 10
    assert sum("not planned (cancelled)" in n for n in plan.notes) == 5
    assert window.undo_action.text() == "&Undo Plan mission (seed 42, cancelled)"
    assert "cancelled" in window.summary.headline.text()


def test_cancel_button_stops_the_run(qtbot: QtBot) -> None:
    """Cancel right after the start: the run ends at once, with what it had (nothing)."""
    window = _planning_window(qtbot)
    window.plan()
    window.cancel_action.trigger()
    qtbot.waitUntil(lambda: window.document.plan is not None, timeout=WAIT_MS)
    assert not window.is_planning()
    plan = window.document.plan
    assert plan is not None and plan.routes == [] and plan.made_with.cancelled


def test_result_for_an_edited_mission_is_dropped(qtbot: QtBot) -> None:
    """An edit during planning makes the result stale: it is not applied."""
    window = _planning_window(qtbot)
    window.plan()
    assert set_cell(window.panels["stations"].model, "karaganda/1", "Voters", 999)
    qtbot.waitUntil(lambda: "changed while planning" in window.statusBar().currentMessage(),
                    timeout=WAIT_MS)
    assert window.document.plan is None
    assert "changed while planning" in window.statusBar().currentMessage()


def test_failure_is_reported(qtbot: QtBot, answers: Answers) -> None:
    """A mission that cannot be planned: an error message, no plan, the window usable."""
    window = window_with(qtbot, mission=make_planning_mission().model_copy(
        update={"observers": []}))
    window.planning.options = QUICK
    window.plan()
    qtbot.waitUntil(lambda: not window.is_planning(), timeout=WAIT_MS)
    assert answers.asked and answers.asked[0][0] == "error"
    assert window.plan_action.isEnabled()


def test_settings_dialog_changes_the_mission_as_one_command(qtbot: QtBot,
                                                            monkeypatch: object) -> None:
    """Seed and team size go to the mission (undoable); days and budget to the next run."""
    from ui import ask
    from ui.dialogs.plan_settings import PlanSettingsDialog

    window = _planning_window(qtbot)

    def fill(dialog: PlanSettingsDialog) -> bool:
        dialog.seed.setValue(7)
        dialog.team_size.setValue(3)
        dialog.days[0][0].setChecked(False)
        dialog.timed.setChecked(True)
        dialog.seconds.setValue(2.5)
        return True

    monkeypatch.setattr(ask, "run_dialog", fill)  # type: ignore[attr-defined]
    window.plan_settings_action.trigger()
    mission = window.document.mission
    assert mission is not None and mission.seed == 7 and mission.settings.team_size == 3
    assert mission.settings.solver_seconds_per_area == 2.5
    assert window.planning.options.days == (date(2019, 6, 9),)
    assert window.planning.options.time_limit == 2.5
    assert window.undo_action.text() == "&Undo Change planning settings"
    window.document.undo_stack.undo()
    assert window.document.mission is not None and window.document.mission.seed == 42


def test_settings_dialog_refuses_no_day(qtbot: QtBot) -> None:
    """Unticking every day is refused in the dialog, with the reason."""
    from ui.dialogs.plan_settings import PlanSettingsDialog

    dialog = PlanSettingsDialog(make_planning_mission(), PlanOptions())
    qtbot.addWidget(dialog)
    for box, _ in dialog.days:
        box.setChecked(False)
    dialog.accept()
    assert not dialog.messages.isHidden() and dialog.result() == 0


def test_replan_dialog_lists_disruptions(qtbot: QtBot) -> None:
    """Each kind of disruption in words; nothing listed is refused."""
    from ui.dialogs.replan import ReplanDialog

    dialog = ReplanDialog(build_mission(), build_plan(), PlanOptions())
    qtbot.addWidget(dialog)
    dialog.accept()
    assert "at least one" in dialog.messages.label.text()
    dialog.kind.setCurrentIndex(dialog.kind.findData("close"))
    dialog.station.setText("No. 3, Makhambet district — Makhambet [at/3]")
    dialog.add_disruption()
    dialog.kind.setCurrentIndex(dialog.kind.findData("cut"))
    dialog.road_a.setText("at/1")
    dialog.road_b.setText("atyrau-hotel")
    dialog.add_disruption()
    dialog.kind.setCurrentIndex(dialog.kind.findData("lose"))
    dialog.add_disruption()
    texts = [dialog.list.item(i).text() for i in range(dialog.list.count())]
    assert texts == ["Station at/3 closed", "Road at/1 – atyrau-hotel impassable",
                     "Team A1 stops for the day"]
    assert dialog.disrupted().disruptions[2] == LostTeam("A1")


def test_replan_is_one_undoable_command(qtbot: QtBot) -> None:
    """A delayed team re-planned from 14:00 in the process; undo gives the old plan back."""
    window = window_with(qtbot, plan=build_plan())
    old = window.document.plan
    window.planning.replan_options = PlanOptions(iterations=5)
    window.planning.replan(Disrupted(date(2019, 6, 9), time(14, 0), (Delay("T1", 45),)))
    qtbot.waitUntil(lambda: window.document.plan is not old, timeout=WAIT_MS)
    assert window.undo_action.text() == "&Undo Re-plan 2019-06-09 from 14:00"
    assert not window.summary.changes.isHidden()
    window.document.undo_stack.undo()
    assert window.document.plan is old


def test_mission_goes_by_file_only_when_the_file_holds_it(qtbot: QtBot, tmp_path) -> None:
    """Opened and not edited: the process reads the file; edited: it is sent the mission."""
    window = window_with(qtbot, folder=tmp_path)
    mission = window.document.mission
    assert mission is not None
    job = window.planning._job("plan", mission)
    assert job.mission_file == str(tmp_path / "mission.json") and job.mission_json == ""
    assert set_cell(window.panels["stations"].model, "at/1", "Voters", 1201)
    edited = window.document.mission
    assert edited is not None
    job = window.planning._job("plan", edited)
    assert job.mission_file is None and '"registered_voters":1201' in job.mission_json
    window.document.undo_stack.undo()
    assert window.planning._job("plan", mission).mission_file is not None
