"""Never lose work: autosave, restore after a crash (a real kill -9 too), files changed by
another program, plans whose mission changed."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

from pytestqt.qtbot import QtBot

from missionplanner.io import load_mission, save_mission, save_plan
from tests.ui.conftest import Answers
from tests.ui.helpers import set_cell, window_with
from ui.main_window import MainWindow
from ui.recovery import RecoverySession, left_over, recovery_folder

WAIT_MS = 30_000


def _started(qtbot: QtBot, folder: Path) -> MainWindow:
    window = window_with(qtbot, folder=folder)
    window.start_session()
    return window


def test_autosave_writes_while_modified_and_save_removes_it(qtbot: QtBot,
                                                           tmp_path: Path) -> None:
    """Unsaved changes go to the recovery file; saving removes it; closing leaves nothing."""
    window = _started(qtbot, tmp_path)
    assert window.recovery is not None
    path = window.recovery.path
    window.autosave()
    assert not path.exists()  # nothing unsaved yet
    assert set_cell(window.panels["stations"].model, "at/1", "Voters", 1234)
    window.autosave()
    qtbot.waitUntil(path.exists, timeout=WAIT_MS)
    assert '"registered_voters":1234' in path.read_text("utf-8")
    assert window.save()
    assert not path.exists()
    window.about_to_close()
    assert not list(recovery_folder().iterdir())


def test_work_left_by_a_crash_is_offered_back(qtbot: QtBot, tmp_path: Path,
                                              answers: Answers) -> None:
    """A session that never closed: its file is offered with its time, and restored."""
    window = _started(qtbot, tmp_path)
    assert set_cell(window.panels["stations"].model, "at/2", "Address", "Satpayev 12")
    assert window.recovery is not None
    window.recovery.write(window.document.mission, window.document.plan,  # type: ignore
                          window.document.mission_path, window.document.plan_path,
                          background=False)
    window.recovery.lock.unlock()  # as when the process is killed: nobody holds the lock
    window.recovery = None
    answers.question = True
    fresh = MainWindow(remember_layout=False)
    qtbot.addWidget(fresh)
    fresh.start_session()
    kind, text = answers.asked[-1]
    assert kind == "question" and "were saved automatically at" in text
    mission = fresh.document.mission
    assert mission is not None and mission.stations[5].address == "Satpayev 12"
    assert fresh.isWindowModified() and fresh.document.mission_path == tmp_path / "mission.json"
    assert fresh.document.plan is not None
    assert left_over() == []


def test_discard_deletes_the_left_work(qtbot: QtBot, tmp_path: Path, answers: Answers) -> None:
    """Discard: the file goes, nothing is opened."""
    from tests.export.conftest import build_mission

    session = RecoverySession()
    session.write(build_mission(), None, None, None, background=False)
    session.lock.unlock()
    answers.question = False
    window = MainWindow(remember_layout=False)
    qtbot.addWidget(window)
    window.start_session()
    assert window.document.mission is None and left_over() == []


def test_a_running_window_s_work_is_not_offered(qtbot: QtBot, tmp_path: Path,
                                                answers: Answers) -> None:
    """Another open window's recovery file is its own: never offered."""
    from tests.export.conftest import build_mission

    session = RecoverySession()
    session.write(build_mission(), None, None, None, background=False)
    assert left_over() == []
    session.close()


KILLED = textwrap.dedent("""
    import sys
    from pathlib import Path
    from PySide6.QtWidgets import QApplication
    app = QApplication([])
    from ui.main_window import MainWindow
    window = MainWindow(remember_layout=False)
    window.open_file(Path(sys.argv[1]))
    window.start_session()
    window.panels["stations"].model.setData(
        window.panels["stations"].model.index(0, 5), 4321)
    while not window.recovery.path.exists():
        app.processEvents()
    import time
    time.sleep(0.3)
    print("autosaved", flush=True)
    while True:
        app.processEvents()
        time.sleep(0.05)
""")


def test_kill_minus_nine_then_restore(qtbot: QtBot, tmp_path: Path, answers: Answers,
                                      isolated_settings: Path) -> None:
    """A real app process autosaves, is killed with SIGKILL, and the next start restores."""
    from tests.export.conftest import build_mission

    save_mission(build_mission(), tmp_path / "mission.json")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "MISSIONPLANNER_AUTOSAVE_SECONDS": "1",
           "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
    process = subprocess.Popen([sys.executable, "-c", KILLED, str(tmp_path / "mission.json")],
                               env=env, stdout=subprocess.PIPE, text=True)
    try:
        assert process.stdout is not None
        assert process.stdout.readline().strip() == "autosaved"
    finally:
        process.send_signal(signal.SIGKILL)
        process.wait(10)
    time.sleep(0.1)
    answers.question = True
    window = MainWindow(remember_layout=False)
    qtbot.addWidget(window)
    window.start_session()
    mission = window.document.mission
    assert mission is not None and mission.stations[0].registered_voters == 4321
    assert window.isWindowModified()
    assert load_mission(tmp_path / "mission.json").stations[0].registered_voters == 2100


def test_file_changed_by_another_program_reload(qtbot: QtBot, tmp_path: Path,
                                                answers: Answers) -> None:
    """Reload shows the file as the other program wrote it."""
    window = window_with(qtbot, folder=tmp_path)
    window.watcher.check()
    assert answers.asked == []  # nothing changed yet
    mission = load_mission(tmp_path / "mission.json")
    changed = mission.model_copy(update={"name": "Renamed elsewhere"})
    save_mission(changed, tmp_path / "mission.json")
    answers.question = True
    window.watcher.check()
    assert answers.asked[-1][0] == "question" and "mission.json" in answers.asked[-1][1]
    assert window.document.mission is not None
    assert window.document.mission.name == "Renamed elsewhere"
    assert not window.isWindowModified()


def test_file_changed_keep_mine(qtbot: QtBot, tmp_path: Path, answers: Answers) -> None:
    """Keep Mine: the window keeps its mission, marked unsaved; asked once, not again."""
    window = window_with(qtbot, folder=tmp_path)
    (tmp_path / "mission.plan.json").write_text(
        (tmp_path / "mission.plan.json").read_text("utf-8") + " ", "utf-8")
    answers.question = False
    window.watcher.check()
    assert window.isWindowModified()
    window.watcher.check()
    assert len(answers.asked) == 1


def test_own_save_is_not_a_change(qtbot: QtBot, tmp_path: Path, answers: Answers) -> None:
    """Saving rewrites the files; the watcher knows them."""
    window = window_with(qtbot, folder=tmp_path)
    assert set_cell(window.panels["stations"].model, "at/1", "Voters", 1201)
    assert window.save()
    window.watcher.check()
    assert answers.asked == []


def test_removed_file_is_reported(qtbot: QtBot, tmp_path: Path, answers: Answers) -> None:
    """A removed mission file: said so, the work stays open and unsaved."""
    window = window_with(qtbot, folder=tmp_path)
    (tmp_path / "mission.json").unlink()
    window.watcher.check()
    assert answers.asked[-1][0] == "error" and window.isWindowModified()
    assert window.document.mission is not None


def test_plan_of_a_changed_mission_opens_outdated(qtbot: QtBot, tmp_path: Path) -> None:
    """A station moved since planning: the plan opens, marked outdated with the change."""
    from missionplanner.planning import PlanRequest, plan_mission
    from tests.planning.conftest import make_planning_mission

    mission = make_planning_mission()
    plan = plan_mission(PlanRequest(mission, iterations=3, workers=1)).plan
    moved = mission.stations[0].model_copy(update={"lat": mission.stations[0].lat + 0.2})
    save_mission(mission.model_copy(update={"stations": [moved, *mission.stations[1:]]}),
                 tmp_path / "m.json")
    save_plan(plan, tmp_path / "m.plan.json")
    window = MainWindow(remember_layout=False)
    qtbot.addWidget(window)
    assert window.open_file(tmp_path / "m.json")
    assert window.document.plan is not None and not window.document.plan_is_current()
    assert window.document.plan_changes()
    assert "made before the last edits" in window.plan_label.text()


def test_restored_work_keeps_its_plan_marked_outdated(qtbot: QtBot, tmp_path: Path,
                                                     answers: Answers) -> None:
    """A station moved after planning, then a crash: the restored plan is marked outdated as
    it was before the crash (it came back as current)."""
    from missionplanner.planning import PlanRequest, plan_mission
    from tests.planning.conftest import make_planning_mission

    mission = make_planning_mission()
    plan = plan_mission(PlanRequest(mission, iterations=3, workers=1)).plan
    save_mission(mission, tmp_path / "m.json")
    save_plan(plan, tmp_path / "m.plan.json")
    window = MainWindow(remember_layout=False)
    qtbot.addWidget(window)
    assert window.open_file(tmp_path / "m.json")
    window.start_session()
    visited = next(v.station for r in plan.routes for v in r.visits)
    lat = next(s.lat for s in mission.stations if s.id == visited)
    assert set_cell(window.panels["stations"].model, visited, "Latitude", lat + 0.2)
    assert not window.document.plan_is_current()
    assert window.recovery is not None
    window.recovery.write(window.document.mission, window.document.plan,  # type: ignore
                          window.document.mission_path, window.document.plan_path,
                          background=False)
    window.recovery.lock.unlock()
    window.recovery = None
    answers.question = True
    fresh = MainWindow(remember_layout=False)
    qtbot.addWidget(fresh)
    fresh.start_session()
    assert fresh.document.plan is not None and not fresh.document.plan_is_current()
    assert fresh.document.plan_changes()
    assert "made before the last edits" in fresh.plan_label.text()
