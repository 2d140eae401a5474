"""Plan ▸ Re-plan after a disruption: the day, the time it happened, and what happened.

Disruptions are a team held up, a station that shuts its doors, a road that is cut (or
slower), a team that stops for the day; several can be listed. The re-plan keeps the visits
already made and solves again only the areas they touch.
"""

from __future__ import annotations

from datetime import date, datetime, time

from PySide6.QtCore import QStringListModel, Qt, QTime
from PySide6.QtGui import QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QStackedWidget,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from missionplanner.model import Mission, Plan
from missionplanner.planning import Closure, Delay, Disruption, LostTeam, RoadCut
from ui.panels.format import day as day_text
from ui.planning_api import Disrupted, PlanOptions
from ui.widgets.message_bar import Level, MessageBar


class HintedList(QListWidget):
    """A list that says what to do while it is empty."""

    def __init__(self, hint: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.hint = hint

    def paintEvent(self, event: QPaintEvent) -> None:
        """The hint, in the placeholder colour, when there are no items."""
        super().paintEvent(event)
        if self.count():
            return
        painter = QPainter(self.viewport())
        painter.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
        painter.drawText(self.viewport().rect().adjusted(12, 8, -12, -8),
                         int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap),
                         self.hint)


class ReplanDialog(QDialog):
    """Collect one :class:`Disrupted` and the search budget of the re-plan."""

    def __init__(self, mission: Mission, plan: Plan, options: PlanOptions,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Re-plan After a Disruption"))
        self.mission, self.plan = mission, plan
        self.messages = MessageBar()
        self._places = self._place_names(mission)
        teams = sorted({r.team for r in plan.routes})

        self.day = QComboBox()
        days = sorted({r.day for r in plan.routes})
        for planned in days:
            self.day.addItem(day_text(planned, long=True), planned)
        likely = date.today() if date.today() in days else mission.election_date
        if likely in days:  # today while the mission runs, else election day
            self.day.setCurrentIndex(days.index(likely))
        self.now = QTimeEdit()
        self.now.setDisplayFormat("HH:mm")
        current = datetime.now().time()
        self.now.setTime(QTime(current.hour, current.minute) if 7 <= current.hour < 20
                         else QTime(14, 0))
        when = QFormLayout()
        when.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        when.addRow(self.tr("Day:"), self.day)
        when.addRow(self.tr("It happened at (local time):"), self.now)

        self.kind = QComboBox()
        self.kind.addItem(self.tr("A team is delayed"), "delay")
        self.kind.addItem(self.tr("A station is closed to observers"), "close")
        self.kind.addItem(self.tr("A road is cut or slower"), "cut")
        self.kind.addItem(self.tr("A team stops for the day"), "lose")
        self.pages = QStackedWidget()
        self.delay_team, self.delay_minutes = QComboBox(), QSpinBox()
        self.delay_team.addItems(teams)
        self.delay_minutes.setRange(1, 720)
        self.delay_minutes.setValue(45)
        self.delay_minutes.setSuffix(self.tr(" min"))
        self.pages.addWidget(self._row(self.tr("Team:"), self.delay_team,
                                       self.tr("held up by"), self.delay_minutes))
        self.station = self._place_edit(self.tr("station number, commission or id"))
        self.pages.addWidget(self._row(self.tr("Station:"), self.station))
        self.road_a = self._place_edit(self.tr("from: station or base"))
        self.road_b = self._place_edit(self.tr("to: station or base"))
        self.impassable = QCheckBox(self.tr("impassable"))
        self.impassable.setChecked(True)
        self.extra = QSpinBox()
        self.extra.setRange(1, 600)
        self.extra.setValue(60)
        self.extra.setPrefix("+")
        self.extra.setSuffix(self.tr(" min"))
        self.extra.setEnabled(False)
        self.impassable.toggled.connect(lambda on: self.extra.setEnabled(not on))
        self.pages.addWidget(self._row(self.road_a, self.road_b, self.impassable, self.extra))
        self.lose_team = QComboBox()
        self.lose_team.addItems(teams)
        self.pages.addWidget(self._row(self.tr("Team:"), self.lose_team))
        self.kind.currentIndexChanged.connect(self.pages.setCurrentIndex)
        add = QPushButton(self.tr("Add"))
        add.clicked.connect(self.add_disruption)
        self.list = HintedList(self.tr("Nothing yet: choose what happened above and press "
                                       "Add. Several disruptions can be listed."))
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.list.setMinimumHeight(110)
        remove = QPushButton(self.tr("Remove"))
        remove.clicked.connect(lambda: [self.list.takeItem(self.list.row(i))
                                        for i in self.list.selectedItems()])
        what = QGroupBox(self.tr("What happened"))
        what_layout = QVBoxLayout(what)
        chooser = QHBoxLayout()
        chooser.addWidget(self.kind)
        chooser.addWidget(self.pages, 1)
        chooser.addWidget(add)
        what_layout.addLayout(chooser)
        what_layout.addWidget(self.list)
        remove_row = QHBoxLayout()
        remove_row.addStretch(1)
        remove_row.addWidget(remove)
        what_layout.addLayout(remove_row)

        search = QGroupBox(self.tr("Route search"))
        search_layout = QFormLayout(search)
        self.reproducible = QRadioButton(self.tr("Reproducible"))
        self.timed = QRadioButton(self.tr("Best within"))
        group = QButtonGroup(self)
        group.addButton(self.reproducible)
        group.addButton(self.timed)
        self.seconds = QDoubleSpinBox()
        self.seconds.setRange(0.5, 600)
        self.seconds.setValue(options.time_limit or 1.0)
        self.seconds.setSuffix(self.tr(" s per area"))
        self.reproducible.setChecked(options.time_limit is None)
        self.timed.setChecked(options.time_limit is not None)
        budget = QHBoxLayout()
        budget.addWidget(self.reproducible)
        budget.addWidget(self.timed)
        budget.addWidget(self.seconds)
        budget.addStretch(1)
        search_layout.addRow(budget)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Re-plan"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        note = QLabel(self.tr("Visits already made are kept; only the areas the disruptions "
                              "touch are planned again."))
        note.setWordWrap(True)
        note.setStyleSheet("color: palette(placeholder-text);")
        layout = QVBoxLayout(self)
        layout.addWidget(self.messages)
        layout.addLayout(when)
        layout.addWidget(what, 1)
        layout.addWidget(search)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self.setMinimumWidth(720)

    # -- building --------------------------------------------------------------------------
    def _row(self, *parts: object) -> QWidget:
        widget = QWidget()
        row = QHBoxLayout(widget)
        row.setContentsMargins(0, 0, 0, 0)
        for at, part in enumerate(parts):
            if isinstance(part, str):  # a label, for the field after it (its Alt+letter)
                after = parts[at + 1] if at + 1 < len(parts) else None
                label = QLabel(part)
                if isinstance(after, QWidget):
                    label.setBuddy(after)
                row.addWidget(label)
            else:
                row.addWidget(part)  # type: ignore[arg-type]
        row.addStretch(1)
        return widget

    def _place_names(self, mission: Mission) -> dict[str, str]:
        """``{text shown in the completer: station or base id}``."""
        names = {}
        for s in mission.stations:
            commission = f", {s.commission}" if s.commission else ""
            names[f"No. {s.number}{commission} — {s.settlement or s.region} [{s.id}]"] = s.id
        for b in mission.bases:
            names[f"{b.name} [{b.id}]"] = b.id
        return names

    def _place_edit(self, hint: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setPlaceholderText(hint)
        edit.setMinimumWidth(180)
        completer = QCompleter(QStringListModel(list(self._places), edit), edit)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setMaxVisibleItems(12)
        edit.setCompleter(completer)
        return edit

    def _place(self, edit: QLineEdit) -> str | None:
        text = edit.text().strip()
        if text in self._places:
            return self._places[text]
        ids = set(self._places.values())
        return text if text in ids else None

    # -- disruptions -----------------------------------------------------------------------
    def add_disruption(self) -> None:
        """Add what the row above the list describes."""
        kind = self.kind.currentData()
        disruption: Disruption
        if kind == "delay":
            disruption = Delay(self.delay_team.currentText(), self.delay_minutes.value())
        elif kind == "close":
            station = self._place(self.station)
            if station is None:
                self.messages.show_message(self.tr("Choose a station from the list."),
                                           Level.ERROR)
                return
            disruption = Closure(station)
        elif kind == "cut":
            a, b = self._place(self.road_a), self._place(self.road_b)
            if a is None or b is None or a == b:
                self.messages.show_message(self.tr("Choose two different places from the "
                                                   "list."), Level.ERROR)
                return
            disruption = RoadCut(a, b, None if self.impassable.isChecked()
                                 else self.extra.value())
        else:
            disruption = LostTeam(self.lose_team.currentText())
        item = QListWidgetItem(self.describe(disruption))
        item.setData(Qt.ItemDataRole.UserRole, disruption)
        self.list.addItem(item)
        self.messages.hide()

    def describe(self, disruption: Disruption) -> str:
        """A disruption in the interface's language."""
        if isinstance(disruption, Delay):
            return self.tr("Team {team} delayed {minutes} min").format(
                team=disruption.team, minutes=disruption.minutes)
        if isinstance(disruption, Closure):
            return self.tr("Station {station} closed").format(station=disruption.station)
        if isinstance(disruption, RoadCut):
            if disruption.extra_minutes is None:
                return self.tr("Road {a} – {b} impassable").format(a=disruption.a,
                                                                   b=disruption.b)
            return self.tr("Road {a} – {b} slower by {minutes} min").format(
                a=disruption.a, b=disruption.b, minutes=disruption.extra_minutes)
        return self.tr("Team {team} stops for the day").format(team=disruption.team)

    def disruptions(self) -> tuple[Disruption, ...]:
        """Everything listed."""
        return tuple(self.list.item(i).data(Qt.ItemDataRole.UserRole)
                     for i in range(self.list.count()))

    def disrupted(self) -> Disrupted:
        """The re-plan to run."""
        now = self.now.time()
        chosen = self.day.currentData()
        return Disrupted(day=chosen if isinstance(chosen, date) else None,
                         now=time(now.hour(), now.minute()), disruptions=self.disruptions())

    def options(self) -> PlanOptions:
        """The search budget of the re-plan."""
        return PlanOptions(time_limit=self.seconds.value() if self.timed.isChecked() else None)

    def accept(self) -> None:
        """Refuse to start with nothing listed."""
        if not self.disruptions():
            self.messages.show_message(self.tr("Add at least one disruption first."),
                                       Level.ERROR)
            return
        super().accept()
