"""Plan ▸ Settings: the seed, the days, team size, visit lengths, rules and the search budget.

What belongs to the mission (seed, team size, minutes, rules) becomes one undoable command;
what only shapes a run (days, search budget, processes) stays with the planning controller.
"""

from __future__ import annotations

import secrets

from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from missionplanner.errors import MissionPlannerError
from missionplanner.model import Mission
from ui.i18n.errors import error_text
from ui.models.labels import label
from ui.panels.format import day
from ui.planning_api import PlanOptions
from ui.widgets.message_bar import Level, MessageBar
from ui.widgets.mnemonics import field_label

SEED_MAX = 2**31 - 1


def _spin(low: int, high: int, value: int, suffix: str = "") -> QSpinBox:
    box = QSpinBox()
    box.setRange(low, high)
    box.setValue(value)
    if suffix:
        box.setSuffix(suffix)
    return box


class PlanSettingsDialog(QDialog):
    """Edit the planning settings of a mission and the options of the next run."""

    def __init__(self, mission: Mission, options: PlanOptions,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Planning Settings"))
        self.mission = mission
        s = mission.settings
        minutes = self.tr(" min")
        self.messages = MessageBar()

        self.seed = _spin(0, SEED_MAX, mission.seed)
        self.seed.setMinimumWidth(self.seed.fontMetrics().horizontalAdvance("0" * 14))
        new_seed = QPushButton(self.tr("New Secret Seed"))
        new_seed.setToolTip(self.tr("Draw a random seed: the plan cannot be guessed from "
                                    "outside; keep the seed within the mission"))
        new_seed.clicked.connect(lambda: self.seed.setValue(secrets.randbelow(SEED_MAX)))
        seed_row = QHBoxLayout()
        seed_row.addWidget(self.seed, 1)
        seed_row.addWidget(new_seed)
        selection = QGroupBox(self.tr("Station selection"))
        form = QFormLayout(selection)
        form.addRow(field_label(self.tr("Seed:"), self.seed), seed_row)
        hint = QLabel(self.tr("The same seed gives the same plan; a new seed draws other "
                              "stations."))
        hint.setWordWrap(True)
        hint.setStyleSheet("color: palette(placeholder-text);")
        form.addRow(hint)

        days = QGroupBox(self.tr("Observation days to plan"))
        days_layout = QVBoxLayout(days)
        self.days: list[tuple[QCheckBox, object]] = []
        chosen = set(options.days) if options.days is not None else None
        for observation in mission.observation_days:
            box = QCheckBox(f"{day(observation.date, long=True)} — "
                            f"{label('day_kind', observation.kind.value)}")
            box.setChecked(chosen is None or observation.date in chosen)
            days_layout.addWidget(box)
            self.days.append((box, observation.date))

        teams = QGroupBox(self.tr("Teams and visits"))
        grid = QFormLayout(teams)
        self.team_size = _spin(1, 6, s.team_size)
        self.service = _spin(1, 600, s.service_minutes_election_day, minutes)
        self.pre_election = _spin(1, 600, s.service_minutes_pre_election, minutes)
        self.counting = _spin(0, 900, s.counting_minutes, minutes)
        self.before_opening = _spin(0, 180, s.arrive_before_opening_minutes, minutes)
        grid.addRow(self.tr("Observers per team:"), self.team_size)
        grid.addRow(self.tr("Visit on election day:"), self.service)
        grid.addRow(self.tr("Visit before election day:"), self.pre_election)
        grid.addRow(self.tr("Closing and counting:"), self.counting)
        grid.addRow(self.tr("At the first station before opening:"), self.before_opening)

        rules = QGroupBox(self.tr("Rules"))
        rules_layout = QVBoxLayout(rules)
        self.observe_opening = QCheckBox(self.tr("Observe the opening at the first station"))
        self.observe_opening.setChecked(s.observe_opening)
        self.observe_counting = QCheckBox(self.tr("Observe closing and counting at the last "
                                                  "station"))
        self.observe_counting.setChecked(s.observe_counting)
        self.declared_only = QCheckBox(self.tr("Deploy teams to the declared areas only"))
        self.declared_only.setChecked(s.declared_areas_only)
        self.declared_only.setToolTip(self.tr("Every team goes to one of the places the mission "
                                              "said it observed"))
        self.declared_only.setEnabled(bool(mission.declared_areas) or s.declared_areas_only)
        self.mixed = QCheckBox(self.tr("Members of different nationalities in each team"))
        self.mixed.setChecked(True)
        self.mixed.setEnabled(False)
        self.mixed.setToolTip(self.tr("Team formation always mixes nationalities when the "
                                      "roster allows it, and reports teams where it cannot"))
        self.deploy_by = QComboBox()
        self.deploy_by.addItem(self.tr("registered voters"), "voters")
        self.deploy_by.addItem(self.tr("polling stations"), "stations")
        self.deploy_by.setCurrentIndex(max(self.deploy_by.findData(options.deploy_by), 0))
        deploy_row = QHBoxLayout()
        deploy_row.addWidget(field_label(self.tr("Share teams out in proportion to"),
                                           self.deploy_by))
        deploy_row.addWidget(self.deploy_by)
        deploy_row.addStretch(1)
        for widget in (self.observe_opening, self.observe_counting, self.declared_only,
                       self.mixed):
            rules_layout.addWidget(widget)
        rules_layout.addLayout(deploy_row)

        search = QGroupBox(self.tr("Route search"))
        search_grid = QGridLayout(search)
        self.reproducible = QRadioButton(self.tr("Reproducible: same seed, same plan"))
        self.timed = QRadioButton(self.tr("Best found within a time per area:"))
        group = QButtonGroup(self)
        group.addButton(self.reproducible)
        group.addButton(self.timed)
        self.iterations = _spin(0, 100_000, options.iterations or 0)
        self.iterations.setSpecialValueText(self.tr("default"))
        self.seconds = QDoubleSpinBox()
        self.seconds.setRange(0.5, 3600)
        self.seconds.setDecimals(1)
        self.seconds.setSuffix(self.tr(" s"))
        self.seconds.setValue(options.time_limit or s.solver_seconds_per_area)
        self.workers = _spin(0, 256, options.workers or 0)
        self.workers.setSpecialValueText(self.tr("every core"))
        self.reproducible.setChecked(options.time_limit is None)
        self.timed.setChecked(options.time_limit is not None)
        search_grid.addWidget(self.reproducible, 0, 0)
        search_grid.addWidget(field_label(self.tr("Iterations per area:"), self.iterations), 0, 1)
        search_grid.addWidget(self.iterations, 0, 2)
        search_grid.addWidget(self.timed, 1, 0)
        search_grid.addWidget(field_label(self.tr("Seconds per area:"), self.seconds), 1, 1)
        search_grid.addWidget(self.seconds, 1, 2)
        search_grid.addWidget(field_label(self.tr("Processes:"), self.workers), 2, 1)
        search_grid.addWidget(self.workers, 2, 2)
        search_grid.setColumnStretch(0, 1)
        self.reproducible.toggled.connect(self._budget_changed)
        self._budget_changed()

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("OK"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        columns = QHBoxLayout()
        left, right = QVBoxLayout(), QVBoxLayout()
        left.addWidget(selection)
        left.addWidget(days)
        left.addWidget(teams)
        left.addStretch(1)
        right.addWidget(rules)
        right.addWidget(search)
        right.addStretch(1)
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.messages)
        layout.addLayout(columns)
        layout.addWidget(buttons)

    def _budget_changed(self) -> None:
        self.iterations.setEnabled(self.reproducible.isChecked())
        self.seconds.setEnabled(self.timed.isChecked())

    # -- results ---------------------------------------------------------------------------
    def mission_changes(self) -> tuple[dict[str, object], dict[str, object]]:
        """``(mission fields, settings fields)`` that differ from the mission's."""
        s = self.mission.settings
        settings = {
            "team_size": self.team_size.value(),
            "service_minutes_election_day": self.service.value(),
            "service_minutes_pre_election": self.pre_election.value(),
            "counting_minutes": self.counting.value(),
            "arrive_before_opening_minutes": self.before_opening.value(),
            "observe_opening": self.observe_opening.isChecked(),
            "observe_counting": self.observe_counting.isChecked(),
            "declared_areas_only": self.declared_only.isChecked(),
        }
        if self.timed.isChecked():
            settings["solver_seconds_per_area"] = self.seconds.value()
        changed = {k: v for k, v in settings.items() if getattr(s, k) != v}
        fields = {"seed": self.seed.value()} if self.seed.value() != self.mission.seed else {}
        return fields, changed

    def options(self) -> PlanOptions:
        """The options of the next run."""
        days = tuple(d for box, d in self.days if box.isChecked())
        every = len(days) == len(self.days)
        return PlanOptions(
            days=None if every else days,  # type: ignore[arg-type]
            time_limit=self.seconds.value() if self.timed.isChecked() else None,
            iterations=self.iterations.value() or None,
            workers=self.workers.value() or None,
            deploy_by=str(self.deploy_by.currentData()))

    def accept(self) -> None:
        """Refuse to close with no day chosen, or with settings the model refuses."""
        if not any(box.isChecked() for box, _ in self.days):
            self.messages.show_message(self.tr("Choose at least one observation day."),
                                       Level.ERROR)
            return
        fields, settings = self.mission_changes()
        try:
            from missionplanner.editing import edit_mission, edit_settings

            edit_mission(edit_settings(self.mission, settings), fields)
        except MissionPlannerError as exc:
            self.messages.show_message(error_text(exc), Level.ERROR)
            return
        super().accept()
