"""The teams table: teams entered in the mission and those the current plan formed."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QT_TR_NOOP

from missionplanner.model import Team
from ui import commands
from ui.document import Document
from ui.models.table import Column, DomainTableModel, FilterSpec, column_text, translate

_PLAN_EDITABLE = ("driver", "interpreter", "phone")


@dataclass(frozen=True)
class TeamRow:
    """A team and where it comes from: entered in the mission, or formed by the plan."""

    team: Team
    planned: bool

    @property
    def id(self) -> str:
        """The team's id."""
        return self.team.id


class TeamTableModel(DomainTableModel):
    """One row per team: members, base, area, driver, interpreter, phone."""

    def __init__(self, document: Document) -> None:
        self._names: dict[str, str] = {}
        self._bases: dict[str, str] = {}
        self._areas: dict[str, str] = {}
        self._visits: dict[str, int] = {}
        columns = [
            Column(QT_TR_NOOP("Team"), lambda r: r.team.id),
            Column(QT_TR_NOOP("Members"),
                   lambda r: ", ".join(self._names.get(m, m) for m in r.team.members)),
            Column(QT_TR_NOOP("Base"), lambda r: r.team.base, "base", "choice",
                   choices=lambda: list(self._bases.items()), optional=True),
            Column(QT_TR_NOOP("Area"), lambda r: self._areas.get(r.team.id) or r.team.area,
                   "area", optional=True,
                   tooltip=QT_TR_NOOP("Where the team is deployed")),
            Column(QT_TR_NOOP("Driver"), lambda r: r.team.driver, "driver", optional=True),
            Column(QT_TR_NOOP("Interpreter"), lambda r: r.team.interpreter, "interpreter",
                   optional=True),
            Column(QT_TR_NOOP("Phone"), lambda r: r.team.phone, "phone", optional=True),
            Column(QT_TR_NOOP("Visits"), lambda r: self._visits.get(r.team.id), None, "int",
                   tooltip=QT_TR_NOOP("Stations the current plan visits, all days")),
            Column(QT_TR_NOOP("Source"), self._source),
        ]
        super().__init__(document, columns)

    def collect(self) -> list[Any]:
        mission, plan = self.document.mission, self.document.plan
        entered = list(mission.teams) if mission is not None else []
        ids = {t.id for t in entered}
        formed = [t for t in plan.teams if t.id not in ids] if plan is not None else []
        rows = [TeamRow(t, False) for t in entered] + [TeamRow(t, True) for t in formed]
        old = {self.key(r): r for r in self._rows}
        # keep row objects whose team did not change: the table updates in place
        return [old[r.id] if r.id in old and old[r.id] == r else r for r in rows]

    def prepare(self) -> None:
        mission, plan = self.document.mission, self.document.plan
        self._names = {o.id: o.name for o in mission.observers} if mission else {}
        self._bases = {b.id: b.name for b in mission.bases} if mission else {}
        self._areas = {a.team: a.area for a in plan.assignments} if plan else {}
        visits: dict[str, int] = {}
        for route in plan.routes if plan else []:
            visits[route.team] = visits.get(route.team, 0) + len(route.visits)
        self._visits = visits

    def _source(self, row: TeamRow) -> str:
        return translate("Columns", "formed by the plan" if row.planned else "entered")

    def label(self, item: Any) -> str:
        return translate("Columns", "team {team}").format(team=item.team.id)

    def can_edit(self, item: Any, column: Column) -> bool:
        if column.field is None:
            return False
        return not item.planned or column.field in _PLAN_EDITABLE

    def commit(self, item: Any, column: Column, value: object) -> None:
        assert column.field is not None
        what = column_text(column.title).lower()
        if item.planned:
            command = commands.edit_planned_team(self.document, item.id, column.field, value,
                                                 what)
        else:
            command = commands.edit_cell(self.document, "teams", item.id, column.field, value,
                                         what, self.label(item))
        self.document.undo_stack.push(command)

    def filters(self) -> list[FilterSpec]:
        return [FilterSpec("source", translate("Filters", "Source"),
                           [("", translate("Filters", "All teams")),
                            ("entered", translate("Filters", "Entered")),
                            ("planned", translate("Filters", "Formed by the plan"))])]

    def accepts(self, item: Any, filters: dict[str, str]) -> bool:
        source = filters.get("source")
        return not source or item.planned == (source == "planned")
