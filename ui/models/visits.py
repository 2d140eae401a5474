"""The visits table: every visit of the current plan, by day, team and time (read-only)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import QT_TR_NOOP, QDate

from missionplanner.model import PollingStation, Visit
from ui.document import Document
from ui.models.labels import choices, region_name
from ui.models.table import Column, DomainTableModel, FilterSpec, translate


@dataclass(frozen=True)
class VisitRow:
    """One visit with its route's team and day and its place in the route."""

    team: str
    day: date
    order: int
    visit: Visit

    @property
    def id(self) -> str:
        """Unique within a plan: team, day and position."""
        return f"{self.team}@{self.day}#{self.order}"


class VisitTableModel(DomainTableModel):
    """One row per planned visit, in local times."""

    def __init__(self, document: Document) -> None:
        self._stations: dict[str, PollingStation] = {}
        self._regions: dict[str, str] = {}
        columns = [
            Column(QT_TR_NOOP("Day"), lambda r: r.day, None, "date"),
            Column(QT_TR_NOOP("Team"), lambda r: r.team),
            Column(QT_TR_NOOP("Stop"), lambda r: r.order, None, "int",
                   tooltip=QT_TR_NOOP("Position in the team's route")),
            Column(QT_TR_NOOP("Arrival"), lambda r: r.visit.arrival.timetz(), None, "time"),
            Column(QT_TR_NOOP("Start"), lambda r: r.visit.start.timetz(), None, "time"),
            Column(QT_TR_NOOP("End"), lambda r: r.visit.end.timetz(), None, "time"),
            Column(QT_TR_NOOP("Activity"), lambda r: r.visit.activity, None, "choice",
                   choices=lambda: choices("activity")),
            Column(QT_TR_NOOP("Number"), lambda r: self._station_number(r), None, "int"),
            Column(QT_TR_NOOP("Commission"), lambda r: self._station_field(r, "commission")),
            Column(QT_TR_NOOP("Region"), lambda r: self._regions.get(
                self._station_field(r, "region") or "", "")),
            Column(QT_TR_NOOP("Settlement"), lambda r: self._station_field(r, "settlement")),
            Column(QT_TR_NOOP("Visited at"), lambda r: r.visit.visited_at.timetz()
                   if r.visit.visited_at else None, None, "time",
                   tooltip=QT_TR_NOOP("When the team reported it was there (actuals)")),
            Column(QT_TR_NOOP("Station"), lambda r: r.visit.station),
        ]
        super().__init__(document, columns)

    def collect(self) -> list[Any]:
        plan = self.document.plan
        if plan is None:
            return []
        return [VisitRow(route.team, route.day, k + 1, visit)
                for route in plan.routes for k, visit in enumerate(route.visits)]

    def rows_source(self) -> tuple[object, ...] | None:
        plan = self.document.plan
        return (plan.routes,) if plan is not None else None

    def key(self, item: Any) -> str:
        return str(item.id)

    def prepare(self) -> None:
        mission = self.document.mission
        self._stations = {s.id: s for s in mission.stations} if mission else {}
        self._regions = {r.id: region_name(r) for r in mission.regions} if mission else {}

    def _station_field(self, row: VisitRow, name: str) -> str | None:
        station = self._stations.get(row.visit.station)
        return getattr(station, name) if station is not None else None

    def _station_number(self, row: VisitRow) -> int | None:
        station = self._stations.get(row.visit.station)
        return station.number if station is not None else None

    def filters(self) -> list[FilterSpec]:
        plan = self.document.plan
        days = sorted({r.day for r in plan.routes}) if plan else []
        teams = sorted({r.team for r in plan.routes}) if plan else []
        return [
            FilterSpec("day", translate("Filters", "Day"),
                       [("", translate("Filters", "All days")),
                        *[(d.isoformat(), self.locale.toString(
                            QDate(d.year, d.month, d.day), "d MMMM yyyy")) for d in days]]),
            FilterSpec("team", translate("Filters", "Team"),
                       [("", translate("Filters", "All teams")), *[(t, t) for t in teams]]),
            FilterSpec("region", translate("Filters", "Region"),
                       [("", translate("Filters", "All regions")),
                        *sorted(self._regions.items(), key=lambda kv: kv[1])]),
            FilterSpec("activity", translate("Filters", "Activity"),
                       [("", translate("Filters", "All activities")), *choices("activity")]),
        ]

    def accepts(self, item: Any, filters: dict[str, str]) -> bool:
        day, team, region, activity = (filters.get(k) for k in
                                       ("day", "team", "region", "activity"))
        if day and item.day.isoformat() != day:
            return False
        if team and item.team != team:
            return False
        if region and self._station_field(item, "region") != region:
            return False
        return not activity or item.visit.activity.value == activity
