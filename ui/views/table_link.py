"""The workspace's tables in the shared selection (stations, visits, teams).

A row picked in the stations, visits or teams table selects that station, visit or team in
every view; a station, visit or team picked elsewhere (the map, the timeline, the dashboard)
selects its rows in those tables. The tables stay the workspace's own (:mod:`ui.widgets`);
this link only listens to their selection models and to :class:`~ui.selection.Selection`.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from PySide6.QtCore import QItemSelection, QItemSelectionModel, QObject

from ui.document import Document
from ui.selection import Selected, Selection, VisitRef
from ui.widgets.table_panel import TablePanel

LINKED = ("stations", "visits", "teams")
SOURCE = "table:"
"""``table:stations`` and so on: the source of a selection made in a table."""


def visit_key(ref: VisitRef) -> str:
    """The visits table's key of a visit (``VisitRow.id``: team, day, 1-based stop)."""
    return f"{ref.team}@{ref.day.isoformat()}#{ref.index + 1}"


class TableLink(QObject):
    """Keeps the linked tables' selected rows and the shared selection in step."""

    def __init__(self, selection: Selection, panels: Mapping[str, TablePanel],
                 document: Document, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.selection = selection
        self.document = document
        self.panels = {key: panels[key] for key in LINKED if key in panels}
        self._updating = False
        for key, panel in self.panels.items():
            panel.view.selectionModel().selectionChanged.connect(
                lambda *_args, k=key: self._from_table(k))
        selection.changed.connect(self._to_tables)

    # -- table -> selection -------------------------------------------------------------
    def _from_table(self, key: str) -> None:
        if self._updating:
            return
        items = self._selected_items(key)
        source = SOURCE + key
        if key == "stations":
            stations = {item.id for item in items}
            self.selection.select(stations=stations, visits=self._visits_of(stations),
                                  source=source)
        elif key == "visits":
            refs = {VisitRef(item.team, item.day, item.order - 1) for item in items}
            self.selection.select(visits=refs, stations={item.visit.station for item in items},
                                  source=source)
        else:
            self.selection.select(teams={item.id for item in items}, source=source)

    def _selected_items(self, key: str) -> list[object]:
        panel = self.panels[key]
        rows = sorted({panel.proxy.mapToSource(i).row()
                       for i in panel.view.selectionModel().selectedRows()})
        return [panel.model.item(r) for r in rows]

    def _visits_of(self, stations: set[str]) -> list[VisitRef]:
        plan = self.document.plan
        if plan is None or not stations:
            return []
        return [VisitRef(route.team, route.day, i) for route in plan.routes
                for i, visit in enumerate(route.visits) if visit.station in stations]

    # -- selection -> tables ------------------------------------------------------------
    def _to_tables(self, selected: Selected, source: str) -> None:
        stations = set(selected.stations)
        teams = set(selected.teams)
        plan = self.document.plan
        routes = {(r.team, r.day): r for r in plan.routes} if plan is not None else {}
        for ref in selected.visits:
            teams.add(ref.team)
            route = routes.get((ref.team, ref.day))
            if route is not None and 0 <= ref.index < len(route.visits):
                stations.add(route.visits[ref.index].station)
        wanted = {"stations": stations, "visits": {visit_key(r) for r in selected.visits},
                  "teams": teams}
        self._updating = True
        try:
            for key, panel in self.panels.items():
                if source != SOURCE + key:
                    select_rows(panel, wanted[key])
        finally:
            self._updating = False


def select_rows(panel: TablePanel, keys: Iterable[str]) -> int:
    """Select exactly the rows of ``keys`` that the table shows (filtered-out ones are
    skipped) and scroll to the first; returns how many rows are selected."""
    choice = QItemSelection()
    first = None
    last_column = panel.proxy.columnCount() - 1
    for key in keys:
        row = panel.model.row_of(key)
        if row is None:
            continue
        index = panel.proxy.mapFromSource(panel.model.index(row, 0))
        if not index.isValid():
            continue
        choice.select(index, index.siblingAtColumn(last_column))
        if first is None or index.row() < first.row():
            first = index
    model = panel.view.selectionModel()
    model.select(choice, QItemSelectionModel.SelectionFlag.ClearAndSelect
                 | QItemSelectionModel.SelectionFlag.Rows)
    if first is not None:
        panel.view.scrollTo(first)
    return len(model.selectedRows())
