"""The current plan in short: coverage, duplicates, must-cover stations left out and why."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from missionplanner.model import Mission, Plan
from ui.document import Document
from ui.i18n.domain import region_names, tr_domain
from ui.panels.fields import FieldGrid
from ui.panels.format import day, moment, number, percent, share
from ui.widgets.message_bar import Level, MessageBar


class PlanSummary(QWidget):
    """Follows the document's plan."""

    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        layout = QVBoxLayout(self)
        self.headline = QLabel()
        self.headline.setWordWrap(True)
        layout.addWidget(self.headline)
        self.stale = MessageBar()
        self.stale.close_button.hide()
        layout.addWidget(self.stale)
        self.changes = MessageBar()
        self.changes.label.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.changes)
        self.form = FieldGrid()
        self.values: dict[str, QLabel] = {}
        for key, text in (
            ("stations", self.tr("Stations covered")),
            ("voters", self.tr("Voters covered")),
            ("regions", self.tr("Regions covered")),
            ("urban", self.tr("Urban share")),
            ("minutes", self.tr("Minutes per station")),
            ("driving", self.tr("Driving share")),
            ("duplicates", self.tr("Duplicate visits")),
            ("load", self.tr("Stations per team")),
        ):
            value = QLabel()
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.values[key] = value
            self.form.add_row(text + ":", value)
        self.details = self.form
        layout.addWidget(self.details)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.tabBar().setElideMode(Qt.TextElideMode.ElideRight)
        self.tabs.tabBar().setUsesScrollButtons(True)
        self.left_out = QListWidget()
        self.left_out.setWordWrap(True)
        self.left_out.setAlternatingRowColors(True)
        self.notes = QListWidget()
        self.notes.setWordWrap(True)
        self.tabs.addTab(self.left_out, self.tr("Must-cover left out"))
        self.tabs.addTab(self.notes, self.tr("Notes"))
        self.tabs.setTabToolTip(0, self.tr("Must-cover stations that no route visits, and why"))
        self.tabs.setTabToolTip(1, self.tr("What the planner noted while planning"))
        self.tabs.setMinimumHeight(160)
        layout.addWidget(self.tabs, 1)
        layout.addStretch(0)
        document.planChanged.connect(self.refresh)
        document.missionChanged.connect(self._update_stale)
        self.refresh()

    def refresh(self) -> None:
        """Show the document's plan (or say there is none)."""
        plan, mission = self.document.plan, self.document.plan_source()
        self.changes.hide()
        self._update_stale()
        if plan is None or mission is None:
            self.headline.setText(self.tr("No plan yet: Plan ▸ Plan mission (F5) makes one."))
            for value in self.values.values():
                value.clear()
            self.left_out.clear()
            self.notes.clear()
            self.details.hide()
            self.tabs.hide()
            return
        self.details.show()
        self.tabs.show()
        self._fill(mission, plan)

    def show_changes(self, changes: list[str]) -> None:
        """Say what a re-plan changed (nothing after a plan)."""
        if not changes:
            self.changes.hide()
            return
        names = region_names(self.document.plan_source())
        self.changes.show_message(self.tr("What the re-plan changed:") + "<br>"
                                  + "<br>".join(_escape(tr_domain(c, names))
                                                for c in changes[:12]),
                                  Level.INFO)

    def _update_stale(self) -> None:
        if self.document.plan is not None and not self.document.plan_is_current():
            text = self.tr("The mission changed after this plan was made: plan again to take "
                           "the changes into account.")
            changes = self.document.plan_changes()
            if changes:
                names = region_names(self.document.mission)
                text += "<br>" + "<br>".join(_escape(tr_domain(c, names)) for c in changes[:6])
            self.stale.label.setTextFormat(Qt.TextFormat.RichText)
            self.stale.show_message(text, Level.WARNING)
        else:
            self.stale.hide()

    def _fill(self, mission: Mission, plan: Plan) -> None:
        visits = sum(len(r.visits) for r in plan.routes)
        cancelled = plan.made_with.cancelled
        text = self.tr("<b>Plan with seed {seed}</b>, made {when}: {teams} teams, {routes} "
                       "routes, {visits} visits.").format(
            seed=plan.seed, when=moment(plan.created_at), teams=number(len(plan.teams)),
            routes=number(len(plan.routes)), visits=number(visits))
        if cancelled:
            text += " " + self.tr("Planning was cancelled: the areas not finished have no "
                                  "routes.")
        self.headline.setText(text)
        cover = self.document.coverage()
        if cover is not None:
            loads = sorted(v[0] for v in cover.workload.values())
            self.values["stations"].setText(share(*cover.stations))
            self.values["voters"].setText(share(*cover.voters))
            self.values["regions"].setText(share(*cover.regions))
            self.values["urban"].setText(self.tr("{plan} of covered stations, {country} in "
                                                 "the country").format(
                plan=percent(cover.urban_share[0]), country=percent(cover.urban_share[1])))
            self.values["minutes"].setText(number(round(cover.minutes_per_station)))
            self.values["driving"].setText(percent(cover.travel_share))
            self.values["duplicates"].setText(number(cover.duplicates))
            self.values["load"].setText(self.tr("from {low} to {high}").format(
                low=loads[0], high=loads[-1]) if loads else "")
        stations = {s.id: s for s in mission.stations}
        self.left_out.clear()
        names = region_names(mission)
        for left in plan.left_out:
            station = stations.get(left.station)
            name = (self.tr("No. {number}, {commission}").format(
                number=station.number, commission=station.commission_name)
                if station is not None else left.station)
            reason = tr_domain(left.reason, names)
            item = QListWidgetItem(f"{name} — {day(left.day)}\n{reason}")
            item.setToolTip(reason)
            item.setData(Qt.ItemDataRole.UserRole, left.station)
            self.left_out.addItem(item)
        self.tabs.setTabText(0, self.tr("Must-cover left out ({count})").format(
            count=len(plan.left_out)))
        self.notes.clear()
        self.notes.addItems([tr_domain(n, names) for n in plan.notes])
        self.tabs.setTabText(1, self.tr("Notes ({count})").format(count=len(plan.notes)))


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
