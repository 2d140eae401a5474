"""A table of the mission's regions with their station and voter counts."""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from missionplanner.model import Mission

_COLUMNS = ("Region", "Kind", "Time zone", "Stations", "Registered voters", "Flagged")
_Index = QModelIndex | QPersistentModelIndex


class RegionTableModel(QAbstractTableModel):
    """One row per region; counts are computed once per mission, not per paint."""

    def __init__(self, mission: Mission | None = None) -> None:
        super().__init__()
        self._rows: list[tuple[str, str, str, int, int, int]] = []
        if mission is not None:
            self.set_mission(mission)

    def set_mission(self, mission: Mission) -> None:
        """Show another mission."""
        stations = Counter(s.region for s in mission.stations)
        voters: Counter[str] = Counter()
        flagged: Counter[str] = Counter()
        for station in mission.stations:
            voters[station.region] += station.known_voters
            flagged[station.region] += bool(station.flags)
        self.beginResetModel()
        self._rows = [
            (r.name, r.kind.value, r.tz, stations[r.id], voters[r.id], flagged[r.id])
            for r in mission.regions
        ]
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(_COLUMNS)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        value = self._rows[index.row()][index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{value:,}" if isinstance(value, int) else value
        if role == Qt.ItemDataRole.TextAlignmentRole and isinstance(value, int):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return _COLUMNS[section]
        return None
