"""The regions table: names, time zones, and counts of stations, voters and coverage."""

from __future__ import annotations

from collections import Counter
from typing import Any

from PySide6.QtCore import QT_TR_NOOP

from ui import commands
from ui.document import Document
from ui.models.labels import choices
from ui.models.table import Column, DomainTableModel, FilterSpec, column_text, translate


class RegionTableModel(DomainTableModel):
    """One row per region; counts are computed once per document change, not per paint."""

    def __init__(self, document: Document) -> None:
        self._stations: Counter[str] = Counter()
        self._voters: Counter[str] = Counter()
        self._flagged: Counter[str] = Counter()
        self._generated: Counter[str] = Counter()
        self._covered: Counter[str] = Counter()
        self._region_of: dict[str, str] = {}
        self._counted: object = None
        columns = [
            Column(QT_TR_NOOP("Region"), lambda r: r.name, "name"),
            Column(QT_TR_NOOP("Name in Russian"), lambda r: r.name_ru, "name_ru",
                   optional=True),
            Column(QT_TR_NOOP("Kind"), lambda r: r.kind, "kind", "choice",
                   choices=lambda: choices("region_kind")),
            Column(QT_TR_NOOP("Time zone"), lambda r: r.tz, "tz",
                   tooltip=QT_TR_NOOP("IANA time zone, e.g. Asia/Almaty")),
            Column(QT_TR_NOOP("Curfew"), lambda r: r.curfew, "curfew", "time", optional=True,
                   tooltip=QT_TR_NOOP("Latest local time teams may be back at their base")),
            Column(QT_TR_NOOP("Stations"), lambda r: self._stations[r.id], None, "int"),
            Column(QT_TR_NOOP("Voters"), lambda r: self._voters[r.id], None, "int"),
            Column(QT_TR_NOOP("Flagged"), lambda r: self._flagged[r.id], None, "int"),
            Column(QT_TR_NOOP("Generated"), lambda r: self._generated[r.id], None, "int",
                   tooltip=QT_TR_NOOP("Stations placed by a generator (sample data): the "
                                      "region's counts and voters illustrate, they are not "
                                      "official")),
            Column(QT_TR_NOOP("Covered"), lambda r: self._covered[r.id] if self._plan_shown
                   else None, None, "int",
                   tooltip=QT_TR_NOOP("Stations the current plan visits")),
        ]
        self._plan_shown = False
        super().__init__(document, columns)

    def collect(self) -> list[Any]:
        mission = self.document.mission
        return list(mission.regions) if mission is not None else []

    def rows_source(self) -> tuple[object, ...] | None:
        mission = self.document.mission
        return (mission.regions,) if mission is not None else None

    def prepare(self) -> None:
        mission, plan = self.document.mission, self.document.plan
        self._plan_shown = plan is not None
        self._covered = Counter()
        if mission is None:
            self._stations, self._voters, self._flagged = Counter(), Counter(), Counter()
            self._generated = Counter()
            self._region_of = {}
            return
        if self._counted is not mission.stations:  # once per station list, not per plan
            self._counted = mission.stations
            self._stations, self._voters, self._flagged = Counter(), Counter(), Counter()
            self._generated = Counter()
            self._region_of = {}
            for station in mission.stations:
                self._region_of[station.id] = station.region
                self._stations[station.region] += 1
                self._voters[station.region] += station.known_voters
                self._flagged[station.region] += bool(station.flags)
                self._generated[station.region] += station.generated
        if plan is not None:
            seen = {v.station for r in plan.routes for v in r.visits}
            self._covered = Counter(self._region_of[s] for s in seen if s in self._region_of)

    def label(self, item: Any) -> str:
        return str(item.name)

    def commit(self, item: Any, column: Column, value: object) -> None:
        assert column.field is not None
        self.document.undo_stack.push(commands.edit_cell(
            self.document, "regions", item.id, column.field, value,
            column_text(column.title).lower(), self.label(item)))

    def filters(self) -> list[FilterSpec]:
        return [FilterSpec("kind", translate("Filters", "Kind"),
                           [("", translate("Filters", "All kinds")), *choices("region_kind")])]

    def accepts(self, item: Any, filters: dict[str, str]) -> bool:
        kind = filters.get("kind")
        return not kind or item.kind.value == kind
