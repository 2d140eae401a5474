"""The main window over a mission, headless (offscreen Qt)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from missionplanner.io import save_mission
from missionplanner.model import Mission
from ui.main_window import MainWindow


def test_window_shows_regions_with_counts(qtbot: QtBot, mission: Mission) -> None:
    """One row per region, with its stations and voters."""
    window = MainWindow(mission)
    qtbot.addWidget(window)
    model = window.regions
    assert model.rowCount() == 2
    assert model.data(model.index(0, 0)) == "Nur-Sultan"
    assert model.data(model.index(0, 3)) == "2"
    assert model.data(model.index(0, 4)) == "2,400"
    assert model.headerData(2, Qt.Orientation.Horizontal) == "Time zone"
    assert "Test mission" in window.windowTitle()


def test_bad_file_is_reported_not_raised(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Opening a broken file shows the problems in a dialog and keeps the window."""
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: shown.append(text))
    window = MainWindow()
    qtbot.addWidget(window)
    bad = tmp_path / "bad.json"
    bad.write_text("{", "utf-8")
    assert window.open_file(bad) is False
    assert "bad.json" in shown[0]
    assert window.mission is None


def test_open_file_loads_a_mission(qtbot: QtBot, mission: Mission, tmp_path: Path) -> None:
    """A valid file replaces what the window shows."""
    save_mission(mission, tmp_path / "m.json")
    window = MainWindow()
    qtbot.addWidget(window)
    assert window.open_file(tmp_path / "m.json")
    assert window.regions.rowCount() == 2


def test_without_display_the_app_runs_headless(
    mission: Mission,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """No DISPLAY: the app says so and does the main job."""
    from ui import app

    for name in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setattr(app.sys, "platform", "linux")
    monkeypatch.chdir(tmp_path)
    save_mission(mission, tmp_path / "m.json")
    assert app.main([str(tmp_path / "m.json")]) == 0
    out = capsys.readouterr().out
    assert "No display found" in out and "duplicates: 0" in out
    assert (tmp_path / "out" / "m.xlsx").exists()
    from missionplanner.io import load_plan
    from missionplanner.io.mission_ref import find_mission

    plan_path = tmp_path / "out" / "m.plan.json"
    assert find_mission(load_plan(plan_path), plan_path) == tmp_path / "m.json"


def test_headless_job_reports_a_bad_mission(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A broken mission file gives exit 1 and the problem, no traceback and no outputs."""
    from missionplanner.cli.headless import run_main_job

    bad = tmp_path / "bad.json"
    bad.write_text('{"id": 1}', "utf-8")
    assert run_main_job(bad, tmp_path / "out") == 1
    err = capsys.readouterr().err
    assert "bad.json" in err and "Traceback" not in err
    assert not (tmp_path / "out").exists()
