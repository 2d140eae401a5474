"""The main window: the open mission's summary and its regions."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QFileDialog,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMessageBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from missionplanner.errors import MissionPlannerError
from missionplanner.io import load_mission
from missionplanner.model import Mission
from ui.models import RegionTableModel


class MainWindow(QMainWindow):
    """Shows one mission; File > Open loads another."""

    def __init__(self, mission: Mission | None = None) -> None:
        super().__init__()
        self.setWindowTitle("Mission Planner")
        self.resize(1000, 640)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.regions = RegionTableModel()
        self.region_view = QTableView()
        self.region_view.setModel(self.regions)
        self.region_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.addWidget(self.summary)
        layout.addWidget(self.region_view)
        self.setCentralWidget(central)
        open_action = self.menuBar().addMenu("&File").addAction("&Open mission…")
        open_action.triggered.connect(self._ask_and_open)
        self.mission: Mission | None = None
        if mission is not None:
            self.show_mission(mission)

    def show_mission(self, mission: Mission) -> None:
        """Display a mission's summary and regions."""
        self.mission = mission
        self.setWindowTitle(f"Mission Planner — {mission.name}")
        days = ", ".join(f"{d.date:%d %b %Y}" for d in mission.observation_days)
        self.summary.setText(
            f"<b>{mission.name}</b> ({mission.organisation})<br>"
            f"{mission.election}; observation days: {days}<br>"
            f"{len(mission.stations):,} stations, {len(mission.observers)} observers, "
            f"{len(mission.teams)} teams"
        )
        self.regions.set_mission(mission)

    def open_file(self, path: Path) -> bool:
        """Load a mission file; a bad file is shown in a dialog, never crashes."""
        try:
            mission = load_mission(path)
        except MissionPlannerError as exc:
            QMessageBox.warning(self, "Cannot open mission", str(exc))
            return False
        self.show_mission(mission)
        return True

    def _ask_and_open(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, "Open mission", "", "Missions (*.json)")
        if name:
            self.open_file(Path(name))
