"""Shared helpers of the UI tests: a window with a document, cells by column title."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from missionplanner.io import save_mission, save_plan
from missionplanner.model import Mission, Plan
from tests.export.conftest import build_mission, build_plan
from ui.main_window import MainWindow
from ui.models.table import DomainTableModel


def column(model: DomainTableModel, title: str) -> int:
    """The position of the column with this (English) title."""
    return next(i for i, c in enumerate(model.columns) if c.title == title)


def cell(model: DomainTableModel, key: str, title: str,
         role: int = Qt.ItemDataRole.DisplayRole) -> object:
    """What a cell of the row with ``key`` shows."""
    row = model.row_of(key)
    assert row is not None, key
    return model.data(model.index(row, column(model, title)), role)


def set_cell(model: DomainTableModel, key: str, title: str, value: object) -> bool:
    """Edit a cell as the view's editor would."""
    row = model.row_of(key)
    assert row is not None, key
    return model.setData(model.index(row, column(model, title)), value,
                         Qt.ItemDataRole.EditRole)


def saved_pair(folder: Path, mission: Mission | None = None,
               plan: Plan | None = None) -> tuple[Path, Path]:
    """The hand-made mission and plan written side by side in ``folder``."""
    mission_path, plan_path = folder / "mission.json", folder / "mission.plan.json"
    save_mission(mission or build_mission(), mission_path)
    save_plan((plan or build_plan()).model_copy(update={"mission_file": "mission.json"}),
              plan_path)
    return mission_path, plan_path


def window_with(qtbot: QtBot, mission: Mission | None = None, plan: Plan | None = None,
                folder: Path | None = None) -> MainWindow:
    """A main window showing the hand-made mission (and plan), from files when ``folder``."""
    window = MainWindow(remember_layout=False)
    qtbot.addWidget(window)
    if folder is not None:
        mission_path, plan_path = saved_pair(folder, mission, plan)
        assert window.open_file(mission_path, plan_path)
    else:
        window.document.load(mission or build_mission(), plan)
    return window
