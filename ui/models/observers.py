"""The observers table: the mission's roster, editable, with each observer's team."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TR_NOOP

from ui import commands
from ui.document import Document
from ui.models.labels import choices
from ui.models.table import Column, DomainTableModel, FilterSpec, column_text, translate


class ObserverTableModel(DomainTableModel):
    """One row per observer."""

    def __init__(self, document: Document) -> None:
        self._team_of: dict[str, str] = {}
        columns = [
            Column(QT_TR_NOOP("Name"), lambda o: o.name, "name"),
            Column(QT_TR_NOOP("Nationality"), lambda o: o.nationality, "nationality"),
            Column(QT_TR_NOOP("Body"), lambda o: o.body, "body", optional=True,
                   tooltip=QT_TR_NOOP("The institution the observer comes from")),
            Column(QT_TR_NOOP("Role"), lambda o: o.role, "role", "choice",
                   choices=lambda: choices("role")),
            Column(QT_TR_NOOP("Gender"), lambda o: o.gender, "gender", "choice",
                   choices=lambda: choices("gender"), optional=True),
            Column(QT_TR_NOOP("Languages"), lambda o: o.languages, "languages", "list",
                   tooltip=QT_TR_NOOP("ISO 639-1 codes, comma-separated (ru, kk, en)")),
            Column(QT_TR_NOOP("Experienced"), lambda o: o.experienced, "experienced", "bool"),
            Column(QT_TR_NOOP("Phone"), lambda o: o.phone, "phone", optional=True),
            Column(QT_TR_NOOP("Team"), lambda o: self._team_of.get(o.id)),
            Column(QT_TR_NOOP("Available"), self._available,
                   tooltip=QT_TR_NOOP("Days the observer can observe")),
            Column(QT_TR_NOOP("Generated"), lambda o: o.generated, None, "bool"),
            Column(QT_TR_NOOP("ID"), lambda o: o.id),
        ]
        super().__init__(document, columns)

    def collect(self) -> list[Any]:
        mission = self.document.mission
        return list(mission.observers) if mission is not None else []

    def rows_source(self) -> tuple[object, ...] | None:
        mission = self.document.mission
        return (mission.observers,) if mission is not None else None

    def prepare(self) -> None:
        mission, plan = self.document.mission, self.document.plan
        teams = [*(plan.teams if plan is not None else []),
                 *(mission.teams if mission is not None else [])]
        self._team_of = {member: team.id for team in teams for member in team.members}

    def label(self, item: Any) -> str:
        return str(item.name)

    def _available(self, observer: Any) -> str:
        if observer.available_days is None:
            return translate("Columns", "every day")
        return ", ".join(f"{d:%d.%m}" for d in observer.available_days)

    def commit(self, item: Any, column: Column, value: object) -> None:
        assert column.field is not None
        self.document.undo_stack.push(commands.edit_cell(
            self.document, "observers", item.id, column.field, value,
            column_text(column.title).lower(), self.label(item)))

    def filters(self) -> list[FilterSpec]:
        mission = self.document.mission
        nationalities = sorted({o.nationality for o in mission.observers}) if mission else []
        return [
            FilterSpec("role", translate("Filters", "Role"),
                       [("", translate("Filters", "All roles")), *choices("role")]),
            FilterSpec("nationality", translate("Filters", "Nationality"),
                       [("", translate("Filters", "All nationalities")),
                        *[(n, n) for n in nationalities]]),
            FilterSpec("team", translate("Filters", "Team"),
                       [("", translate("Filters", "In a team or not")),
                        ("yes", translate("Filters", "In a team")),
                        ("no", translate("Filters", "Not in a team"))]),
        ]

    def accepts(self, item: Any, filters: dict[str, str]) -> bool:
        role, nationality, team = (filters.get(k) for k in ("role", "nationality", "team"))
        if role and item.role.value != role:
            return False
        if nationality and item.nationality != nationality:
            return False
        return not team or (item.id in self._team_of) == (team == "yes")
