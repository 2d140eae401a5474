"""The coverage dashboard: what the plan covers against the country, and each team's load.

Every figure comes from :func:`missionplanner.planning.metrics.coverage` (so the dashboard,
``missionplanner show`` and the reports agree); voters by region and driving per team use the
same data and travel model. Estimated and generated figures say so.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHeaderView,
    QLabel,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from missionplanner.model import Activity, Mission, Plan
from missionplanner.planning.metrics import (
    OBSERVED,
    Coverage,
    coverage,
    route_driving_minutes,
)
from ui.i18n.domain import region_names, tr_domain
from ui.panels.format import number, percent
from ui.selection import Selected, Selection
from ui.views.charts import Bar, BarChart
from ui.views.lang import region_name
from ui.views.plan_index import PlanIndex

SOURCE = "dashboard"


def pct(part: float, whole: float) -> str:
    """'12.3 %' in the interface's locale (or an en dash when there is no whole)."""
    return percent(part / whole, 1) if whole else "–"


def whole_pct(share: float) -> str:
    """0.79 as '79 %' in the interface's locale."""
    return percent(share)


class DashboardView(QWidget):
    """Coverage by region, urban/rural, workload per team and must-cover stations left out."""

    def __init__(self, selection: Selection | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.selection = selection or Selection(self)
        self.selection.changed.connect(self._on_selection)
        self.index = PlanIndex()
        self.coverage: Coverage | None = None
        self.summary = QLabel(self)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.setWordWrap(True)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: #6d4c41;")
        self.regions = BarChart(self.tr("Stations covered by region (thin bar: voters)"), self)
        self.locality = BarChart(self.tr("Urban and rural: covered against the country"), self)
        self.workload = BarChart(self.tr("Workload per team: visits (driving share, estimated)"),
                                 self)
        self.workload.clicked.connect(self._team_clicked)
        self.left_out = QTableWidget(0, 4, self)
        self.left_out.setHorizontalHeaderLabels(
            [self.tr("Station"), self.tr("Region"), self.tr("Day"), self.tr("Why left out")])
        self.left_out.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.left_out.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.left_out.verticalHeader().hide()  # as the workspace's tables: one line a row,
        self.left_out.setWordWrap(False)       # the whole reason in the cell's tooltip
        self.left_out.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.left_out.setAlternatingRowColors(True)
        self.left_out.verticalHeader().setDefaultSectionSize(
            self.left_out.fontMetrics().height() + 8)
        self.left_out.horizontalHeader().setDefaultAlignment(
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.left_out.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.left_out.itemSelectionChanged.connect(self._left_out_clicked)
        self.left_out_title = QLabel(self)
        body = QWidget(self)
        self.grid = QGridLayout(body)
        self.wide: bool | None = None
        """Two columns (charts | workload) or, in a narrow dock, one."""
        self._cards: list[tuple[str, str, str]] = []
        self._arrange(True)
        scroll = QScrollArea(self)
        scroll.setWidget(body)
        scroll.setWidgetResizable(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)
        self._refresh()

    WIDE = 900
    """Below this width the workload goes under the coverage charts."""
    CARD = 230
    """Width of a summary card."""

    def _arrange(self, wide: bool) -> None:
        """Lay the parts out in two columns or in one."""
        if wide == self.wide:
            return
        self.wide = wide
        grid = self.grid
        for widget in (self.summary, self.note, self.regions, self.locality,
                       self.left_out_title, self.left_out, self.workload):
            grid.removeWidget(widget)
        for row in range(grid.rowCount()):
            grid.setRowStretch(row, 0)
        grid.addWidget(self.summary, 0, 0, 1, 2 if wide else 1)
        grid.addWidget(self.note, 1, 0, 1, 2 if wide else 1)
        grid.addWidget(self.regions, 2, 0)
        grid.addWidget(self.locality, 3, 0)
        if wide:
            grid.addWidget(self.left_out_title, 4, 0)
            grid.addWidget(self.left_out, 5, 0)
            grid.addWidget(self.workload, 2, 1, 4, 1, Qt.AlignmentFlag.AlignTop)
            grid.setRowStretch(5, 1)
            grid.setColumnStretch(0, 3)
            grid.setColumnStretch(1, 2)
        else:
            grid.addWidget(self.workload, 4, 0)
            grid.addWidget(self.left_out_title, 5, 0)
            grid.addWidget(self.left_out, 6, 0)
            self.left_out.setMinimumHeight(220)
            grid.setRowStretch(6, 1)
            grid.setColumnStretch(0, 1)
            grid.setColumnStretch(1, 0)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._arrange(self.width() >= self.WIDE)
        self._render_summary()

    def set_mission(self, mission: Mission | None) -> None:
        """Measure against this mission (a plan for another mission is dropped)."""
        plan = self.index.plan if mission and self.index.plan and \
            self.index.plan.mission == mission.id else None
        self.index = PlanIndex(mission, plan)
        self._refresh()

    def set_plan(self, plan: Plan | None) -> None:
        """Measure this plan; the charts update."""
        self.index = PlanIndex(self.index.mission, plan)
        self._refresh()

    # -- figures ------------------------------------------------------------------------
    def _refresh(self) -> None:
        mission, plan = self.index.mission, self.index.plan
        if mission is None or plan is None:
            self.coverage = None
            self._cards = []
            self.summary.setText(self.tr("No plan yet: plan the mission to see its coverage."))
            for chart in (self.regions, self.locality, self.workload):
                chart.set_bars([])
            self.left_out.setRowCount(0)
            self.note.clear()
            self.left_out_title.clear()
            return
        cov = coverage(mission, plan)
        self.coverage = cov
        self._summary(cov)
        self._region_bars(mission, cov)
        self._locality_bars(cov)
        self._workload_bars(mission, plan, cov)
        self._left_out_rows(mission, plan)
        notes = [self.tr("Driving times and shares are estimated from the travel model "
                         "(distance, circuity and speeds of the mission's settings).")]
        if any(s.generated for s in mission.stations):
            notes.insert(0, self.tr("This mission's station list is generated (sample data): "
                                    "station places, counts and voters are not official figures."))
        self.note.setText(" ".join(notes))
        self._on_selection(self.selection.selected, "")  # what was selected while hidden

    def _summary(self, cov: Coverage) -> None:
        rows = [
            (self.tr("Stations covered"), f"{number(cov.stations[0])} / "
             f"{number(cov.stations[1])}", pct(*cov.stations)),
            (self.tr("Voters covered"), f"{number(cov.voters[0])} / "
             f"{number(cov.voters[1])}", pct(*cov.voters)),
            (self.tr("Regions covered"), f"{number(cov.regions[0])} / "
             f"{number(cov.regions[1])}", pct(*cov.regions)),
            (self.tr("Urban share"), whole_pct(cov.urban_share[0]),
             self.tr("country: {0}").format(whole_pct(cov.urban_share[1]))),
            (self.tr("Minutes per station"), f"{cov.minutes_per_station:.0f}",
             self.tr("driving {0} (estimated)").format(whole_pct(cov.travel_share))),
            (self.tr("Duplicate visits"), str(cov.duplicates), self.tr("must be 0")),
        ]
        self._cards = rows
        self._render_summary()

    def _render_summary(self) -> None:
        """The figures as cards, as many to a row as the width holds."""
        if not self._cards:
            return
        per_row = max(1, min(len(self._cards), (self.width() - 20) // self.CARD))
        cells = [
            f"<td style='padding:6px 14px; background:#f5f7f8'><span style='color:#607d8b'>"
            f"{label}</span><br><b style='font-size:16px'>{value}</b>&nbsp;&nbsp;"
            f"<span style='color:#455a64'>{extra}</span></td>"
            for label, value, extra in self._cards]
        rows = "".join("<tr>" + "".join(cells[i:i + per_row]) + "</tr>"
                       for i in range(0, len(cells), per_row))
        self.summary.setText(f"<table cellspacing='6'>{rows}</table>")

    def _region_bars(self, mission: Mission, cov: Coverage) -> None:
        voters: dict[str, list[int]] = {}
        covered = self._covered_stations(mission)
        for s in mission.stations:
            v = voters.setdefault(s.region, [0, 0])
            v[1] += s.known_voters
            if s.id in covered:
                v[0] += s.known_voters
        bars = []
        for region_id, (done, total) in sorted(cov.by_region.items(),
                                               key=lambda kv: (-kv[1][1], kv[0])):
            name = self._region_name(mission, region_id)
            v = voters.get(region_id, [0, 0])
            bars.append(Bar(region_id, name, done, total,
                            f"{number(done)} / {number(total)} ({pct(done, total)})",
                            "#1e88e5" if done else "#b0bec5",
                            tooltip=f"<b>{name}</b><br>" + self.tr(
                                "stations: {0} / {1}<br>voters: {2} / {3} ({4})").format(
                                done, total, number(v[0]), number(v[1]),
                                pct(v[0], v[1])),
                            second=v[0] / v[1] if v[1] else 0.0))
        country = cov.stations[0] / cov.stations[1] if cov.stations[1] else 0.0
        self.regions.set_bars(bars, (country, self.tr("country: {0}").format(
            pct(*cov.stations))))

    def _locality_bars(self, cov: Coverage) -> None:
        covered, country = cov.urban_share
        self.locality.set_bars([
            Bar("urban-covered", self.tr("urban, covered"), covered, 1.0,
                whole_pct(covered), "#5e35b1"),
            Bar("urban-country", self.tr("urban, country"), country, 1.0,
                whole_pct(country), "#9575cd"),
            Bar("rural-covered", self.tr("rural, covered"), 1 - covered if cov.stations[0] else 0,
                1.0, whole_pct(1 - covered) if cov.stations[0] else "–", "#43a047"),
            Bar("rural-country", self.tr("rural, country"), 1 - country, 1.0,
                whole_pct(1 - country), "#81c784"),
        ])

    def _workload_bars(self, mission: Mission, plan: Plan, cov: Coverage) -> None:
        driving: dict[str, float] = {}
        duty: dict[str, float] = {}
        for route in plan.routes:
            if route.departure and route.returns and route.visits:
                driving[route.team] = driving.get(route.team, 0.0) + route_driving_minutes(
                    mission, route)
                duty[route.team] = duty.get(route.team, 0.0) + (
                    route.returns - route.departure).total_seconds() / 60
        most = max([v[0] for v in cov.workload.values()] + [1])
        bars = []
        for team in self.index.teams:
            visits, minutes = cov.workload.get(team, (0, 0))
            share = driving.get(team, 0.0) / duty[team] if duty.get(team) else 0.0
            bars.append(Bar(team, team, visits, most, f"{visits}  ({whole_pct(share)})",
                            self.index.colour(team),
                            tooltip=f"<b>{team}</b><br>" + self.tr(
                                "visits: {0}<br>on duty: {1} h {2:02d}<br>driving "
                                "(estimated): {3}").format(visits, minutes // 60, minutes % 60,
                                                           whole_pct(share)),
                            second=share))
        self.workload.set_bars(bars)

    def _left_out_rows(self, mission: Mission, plan: Plan) -> None:
        self.left_out.blockSignals(True)
        self.left_out.setRowCount(len(plan.left_out))
        names = region_names(mission)
        for i, item in enumerate(plan.left_out):
            station = self.index.stations.get(item.station)
            label = (f"{station.number} — {station.commission}" if station else item.station)
            region = self._region_name(mission, station.region) if station else ""
            for j, text in enumerate((label, region, f"{item.day:%d.%m.%Y}",
                                      tr_domain(item.reason, names))):
                cell = QTableWidgetItem(text)
                cell.setData(Qt.ItemDataRole.UserRole, item.station)
                cell.setToolTip(text)
                self.left_out.setItem(i, j, cell)
        self.left_out.resizeColumnsToContents()
        for column, widest in ((0, 300), (1, 200)):
            if self.left_out.columnWidth(column) > widest:
                self.left_out.setColumnWidth(column, widest)
        self.left_out.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.left_out.setCurrentCell(-1, -1)  # no cell framed before the user picks one
        self.left_out.blockSignals(False)
        self.left_out_title.setText(
            "<b>" + self.tr("Must-cover stations left out: {0}").format(len(plan.left_out))
            + "</b>")

    def _covered_stations(self, mission: Mission) -> set[str]:
        plan = self.index.plan
        ids = {s.id for s in mission.stations}
        return {v.station for r in (plan.routes if plan else []) for v in r.visits
                if v.activity in OBSERVED and v.activity is not Activity.CLOSING
                and v.station in ids}

    def _region_name(self, mission: Mission, region_id: str) -> str:
        try:
            region = mission.region(region_id)
        except KeyError:
            return region_id
        return region_name(region)

    # -- selection ----------------------------------------------------------------------
    def _team_clicked(self, team: str) -> None:
        self.selection.select(teams={team}, source=SOURCE)
        self._on_selection(self.selection.selected, SOURCE)

    def _left_out_clicked(self) -> None:
        rows = {i.row() for i in self.left_out.selectedIndexes()}
        stations = {self.left_out.item(r, 0).data(Qt.ItemDataRole.UserRole) for r in rows}
        if stations:
            self.selection.select(stations=stations, source=SOURCE)

    def _on_selection(self, selected: Selected, source: str) -> None:
        teams = set(selected.teams) | {r.team for r in selected.visits}
        self.workload.highlighted = teams
        self.workload.update()
        regions = {s.region for sid in self.index.selected_stations(selected)
                   if (s := self.index.stations.get(sid)) is not None}
        self.regions.highlighted = regions
        self.regions.update()
        if source != SOURCE:
            self.left_out.blockSignals(True)
            self.left_out.clearSelection()
            stations = self.index.selected_stations(selected)
            for r in range(self.left_out.rowCount()):
                if self.left_out.item(r, 0).data(Qt.ItemDataRole.UserRole) in stations:
                    self.left_out.selectRow(r)
            self.left_out.blockSignals(False)



