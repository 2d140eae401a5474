"""The stations table: every polling station of the mission, editable, with plan status."""

from __future__ import annotations

from collections import defaultdict
from datetime import date
from typing import Any

from PySide6.QtCore import QT_TR_NOOP, QDate

from missionplanner.model import PollingStation
from ui import commands
from ui.document import Document
from ui.models.labels import choices, region_name
from ui.models.table import Column, DomainTableModel, FilterSpec, column_text, translate


class StationTableModel(DomainTableModel):
    """One row per polling station."""

    def __init__(self, document: Document) -> None:
        self._regions: dict[str, str] = {}
        self._planned: dict[str, list[date]] = {}
        kinds = lambda: choices("station_kind")  # noqa: E731
        columns = [
            Column(QT_TR_NOOP("Number"), lambda s: s.number, "number", "int"),
            Column(QT_TR_NOOP("Commission"), lambda s: s.commission, "commission",
                   optional=True),
            Column(QT_TR_NOOP("Region"), lambda s: s.region, "region", "choice",
                   choices=self._region_choices),
            Column(QT_TR_NOOP("Settlement"), lambda s: s.settlement, "settlement",
                   optional=True),
            Column(QT_TR_NOOP("Address"), lambda s: s.address, "address", optional=True),
            Column(QT_TR_NOOP("Voters"), lambda s: s.registered_voters, "registered_voters",
                   "int", optional=True,
                   tooltip=QT_TR_NOOP("Registered voters (empty: unknown)")),
            Column(QT_TR_NOOP("Kind"), lambda s: s.kind, "kind", "choice", choices=kinds),
            Column(QT_TR_NOOP("Locality"), lambda s: s.locality, "locality", "choice",
                   choices=lambda: choices("locality"), optional=True),
            Column(QT_TR_NOOP("Opens"), lambda s: s.opens, "opens", "time", optional=True,
                   tooltip=QT_TR_NOOP("Local opening time, when it differs from the "
                                        "mission's polling hours")),
            Column(QT_TR_NOOP("Closes"), lambda s: s.closes, "closes", "time", optional=True),
            Column(QT_TR_NOOP("Priority"), lambda s: s.priority, "priority", "int",
                   tooltip=QT_TR_NOOP("Extra weight in station selection (0-100)")),
            Column(QT_TR_NOOP("Flags"), lambda s: len(s.flags) or None, None, "int",
                   tooltip=QT_TR_NOOP("Irregularities reported here before: must-cover")),
            Column(QT_TR_NOOP("Planned"), self._planned_text, None,
                   tooltip=QT_TR_NOOP("Days the current plan visits the station")),
            Column(QT_TR_NOOP("Latitude"), lambda s: s.lat, "lat", "float"),
            Column(QT_TR_NOOP("Longitude"), lambda s: s.lon, "lon", "float"),
            Column(QT_TR_NOOP("Generated"), lambda s: s.generated, None, "bool",
                   tooltip=QT_TR_NOOP("Synthetic station, not from an official list")),
            Column(QT_TR_NOOP("ID"), lambda s: s.id),
        ]
        super().__init__(document, columns)

    def collect(self) -> list[Any]:
        mission = self.document.mission
        return list(mission.stations) if mission is not None else []

    def rows_source(self) -> tuple[object, ...] | None:
        mission = self.document.mission
        return (mission.stations,) if mission is not None else None

    def prepare(self) -> None:
        mission, plan = self.document.mission, self.document.plan
        self._regions = {r.id: region_name(r) for r in mission.regions} if mission else {}
        planned: dict[str, list[date]] = defaultdict(list)
        if plan is not None:
            for route in plan.routes:
                for visit in route.visits:
                    days = planned[visit.station]
                    if route.day not in days:
                        days.append(route.day)
        self._planned = dict(planned)

    def label(self, item: Any) -> str:
        if item.commission is None:
            return translate("Columns", "station {number}").format(number=item.number)
        return translate("Columns", "station {number} ({commission})").format(
            number=item.number, commission=item.commission)

    def _region_choices(self) -> list[tuple[str, str]]:
        return list(self._regions.items())

    def _planned_text(self, station: PollingStation) -> str | None:
        days = self._planned.get(station.id)
        if not days:
            return None
        return ", ".join(self.locale.toString(QDate(d.year, d.month, d.day), "d MMM")
                         for d in sorted(days))

    def commit(self, item: Any, column: Column, value: object) -> None:
        assert column.field is not None
        self.document.undo_stack.push(commands.edit_cell(
            self.document, "stations", item.id, column.field, value,
            column_text(column.title).lower(), self.label(item)))

    def filters(self) -> list[FilterSpec]:
        return [
            FilterSpec("region", translate("Filters", "Region"),
                       [("", translate("Filters", "All regions")),
                        *sorted(self._regions.items(), key=lambda kv: kv[1])]),
            FilterSpec("kind", translate("Filters", "Kind"),
                       [("", translate("Filters", "All kinds")), *choices("station_kind")]),
            FilterSpec("flagged", translate("Filters", "Flags"),
                       [("", translate("Filters", "Flagged or not")),
                        ("yes", translate("Filters", "Flagged (must cover)")),
                        ("no", translate("Filters", "Not flagged"))]),
            FilterSpec("planned", translate("Filters", "Plan"),
                       [("", translate("Filters", "Planned or not")),
                        ("yes", translate("Filters", "Planned")),
                        ("no", translate("Filters", "Not planned"))]),
        ]

    def accepts(self, item: Any, filters: dict[str, str]) -> bool:
        region, kind = filters.get("region"), filters.get("kind")
        flagged, planned = filters.get("flagged"), filters.get("planned")
        if region and item.region != region:
            return False
        if kind and item.kind.value != kind:
            return False
        if flagged and bool(item.flags) != (flagged == "yes"):
            return False
        return not planned or (item.id in self._planned) == (planned == "yes")
