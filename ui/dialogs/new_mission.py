"""File ▸ New Mission: a wizard that writes a valid mission file from a country preset.

Five pages: who observes which election; the country (its regions, time zones and polling
hours from :mod:`missionplanner.geo.countries`); the observation days; the planning settings
and the secret seed; where to save. Stations and observers are imported afterwards.
"""

from __future__ import annotations

import secrets
from datetime import date, time
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, QLocale, Qt, QTime
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from missionplanner.editing import edit_settings
from missionplanner.geo.countries import CountryPreset, countries, new_mission
from missionplanner.model import Mission
from ui import ask
from ui.i18n.errors import error_text
from ui.models.labels import label
from ui.panels.format import day as day_text

ORGANISATIONS = (
    QT_TRANSLATE_NOOP("NewMissionWizard", "Shanghai Cooperation Organisation (SCO)"),
    QT_TRANSLATE_NOOP("NewMissionWizard",
                      "OSCE Office for Democratic Institutions and Human Rights (OSCE/ODIHR)"),
    QT_TRANSLATE_NOOP("NewMissionWizard", "Organization of Turkic States (OTS)"),
    QT_TRANSLATE_NOOP("NewMissionWizard", "Commonwealth of Independent States (CIS)"),
    QT_TRANSLATE_NOOP("NewMissionWizard", "European Parliament"),
)
SEED_MAX = 2**31 - 1


def _qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def _date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def _time(value: QTime) -> time:
    return time(value.hour(), value.minute())


def _hint(text: str) -> QLabel:
    hint = QLabel(text)
    hint.setWordWrap(True)
    hint.setStyleSheet("color: palette(placeholder-text);")
    return hint


class NewMissionWizard(QWizard):
    """Collects a new mission; :meth:`mission` builds it, :meth:`accept` saves it."""

    def __init__(self, folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New Mission"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage)
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("&Next >"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< &Back"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Create"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Cancel"))
        self.folder = folder
        self.saved: Path | None = None
        self.presets = countries()
        self.addPage(self._mission_page())
        self.addPage(self._country_page())
        self.addPage(self._days_page())
        self.addPage(self._settings_page())
        self.addPage(self._save_page())
        self.resize(760, 540)

    # -- pages -------------------------------------------------------------------------------
    def _mission_page(self) -> QWizardPage:
        page = QWizardPage()
        page.setTitle(self.tr("The mission"))
        page.setSubTitle(self.tr("Who observes which election."))
        self.organisation = QComboBox()
        self.organisation.setEditable(True)
        self.organisation.addItems([self.tr(o) for o in ORGANISATIONS])
        self.organisation.setCurrentText("")
        self.organisation.lineEdit().setPlaceholderText(self.tr("the observing organisation"))
        self.election = QLineEdit()
        self.election.setPlaceholderText(self.tr("e.g. Early presidential election"))
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("made from the organisation, country and election"))
        form = QFormLayout(page)
        form.addRow(self.tr("Organisation:"), self.organisation)
        form.addRow(self.tr("Election:"), self.election)
        form.addRow(self.tr("Mission name:"), self.name)
        page.registerField("organisation*", self.organisation, "currentText",
                           self.organisation.currentTextChanged)
        page.registerField("election*", self.election)
        return page

    def _country_page(self) -> QWizardPage:
        page = QWizardPage()
        page.setTitle(self.tr("The country"))
        page.setSubTitle(self.tr("Its regions, time zones and polling hours come from the "
                                 "country's preset; the hours can be changed."))
        russian = QLocale().language() == QLocale.Language.Russian
        self.country = QComboBox()
        for preset in self.presets:
            self.country.addItem(preset.name_ru if russian else preset.name, preset.code)
        self.opens, self.closes = QTimeEdit(), QTimeEdit()
        for edit in (self.opens, self.closes):
            edit.setDisplayFormat("HH:mm")
        hours = QHBoxLayout()
        hours.addWidget(self.opens)
        hours.addWidget(QLabel("–"))
        hours.addWidget(self.closes)
        hours.addStretch(1)
        self.hours_source = _hint("")
        self.regions = QStandardItemModel(0, 3)
        view = QTableView()
        view.setModel(self.regions)
        view.verticalHeader().hide()
        view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 6)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setAlternatingRowColors(True)
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.region_count = QLabel()
        form = QFormLayout()
        form.addRow(self.tr("Country:"), self.country)
        form.addRow(self.tr("Polling hours (local time):"), hours)
        form.addRow("", self.hours_source)
        layout = QVBoxLayout(page)
        layout.addLayout(form)
        layout.addWidget(self.region_count)
        layout.addWidget(view, 1)
        self.country.currentIndexChanged.connect(self._country_changed)
        self._country_changed()
        return page

    def _days_page(self) -> QWizardPage:
        page = QWizardPage()
        page.setTitle(self.tr("Observation days"))
        page.setSubTitle(self.tr("Election day, and the days before it when teams visit "
                                 "commissions."))
        self.election_day = QDateEdit()
        self.election_day.setCalendarPopup(True)
        self.election_day.setDisplayFormat("d MMMM yyyy")
        self.election_day.setDate(_qdate(date.today()))
        self.days_before = QSpinBox()
        self.days_before.setRange(0, 7)
        self.days_before.setValue(1)
        self.days_before.valueChanged.connect(  # "1 день", "2 дня", "5 дней"
            lambda n: self.days_before.setSuffix(self.tr(" day(s)", "", n)))
        self.days_before.setSuffix(self.tr(" day(s)", "", 1))
        self.days_list = QLabel()
        self.days_list.setTextFormat(Qt.TextFormat.RichText)
        form = QFormLayout(page)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        form.addRow(self.tr("Election day:"), self.election_day)
        form.addRow(self.tr("Pre-election visits during:"), self.days_before)
        form.addRow(self.tr("The mission observes:"), self.days_list)
        self.election_day.dateChanged.connect(self._days_changed)
        self.days_before.valueChanged.connect(self._days_changed)
        self._days_changed()
        return page

    def _settings_page(self) -> QWizardPage:
        page = QWizardPage()
        page.setTitle(self.tr("Planning settings"))
        page.setSubTitle(self.tr("They can all be changed later in Plan ▸ Settings."))
        self.team_size = QSpinBox()
        self.team_size.setRange(1, 6)
        self.team_size.setValue(2)
        self.service = QSpinBox()
        self.service.setRange(5, 240)
        self.service.setValue(30)
        self.service.setSuffix(self.tr(" min"))
        self.counting = QSpinBox()
        self.counting.setRange(0, 600)
        self.counting.setValue(180)
        self.counting.setSuffix(self.tr(" min"))
        self.seed = QSpinBox()
        self.seed.setRange(0, SEED_MAX)
        self.seed.setValue(secrets.randbelow(SEED_MAX))
        new_seed = QPushButton(self.tr("New Secret Seed"))
        new_seed.clicked.connect(lambda: self.seed.setValue(secrets.randbelow(SEED_MAX)))
        seed_row = QHBoxLayout()
        seed_row.addWidget(self.seed, 1)
        seed_row.addWidget(new_seed)
        form = QFormLayout(page)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        form.addRow(self.tr("Observers per team:"), self.team_size)
        form.addRow(self.tr("Visit on election day:"), self.service)
        form.addRow(self.tr("Closing and counting:"), self.counting)
        form.addRow(self.tr("Secret seed:"), seed_row)
        hint = _hint(self.tr("The seed decides which stations are drawn: keep it within the "
                             "mission, so that the plan cannot be guessed from outside."))
        hint.setMinimumWidth(420)  # the form keeps its fields at their size: wrap wider
        form.addRow("", hint)
        return page

    def _save_page(self) -> QWizardPage:
        page = QWizardPage()
        page.setTitle(self.tr("Save"))
        page.setSubTitle(self.tr("Where the mission file goes."))
        self.path = QLineEdit()
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        self.import_next = QCheckBox(self.tr("Import the list of polling stations next"))
        self.import_next.setChecked(True)
        form = QFormLayout(page)
        form.addRow(self.tr("Mission file:"), row)
        form.addRow("", self.import_next)
        form.addRow("", _hint(self.tr("Then import the observers with File ▸ Import "
                                      "Observers, and plan with Plan ▸ Plan Mission.")))
        page.registerField("path*", self.path)
        page.initializePage = lambda: self.path.setText(  # type: ignore[method-assign]
            self.path.text() or str(self.folder / f"{self.mission().id}.json"))
        return page

    # -- reactions -----------------------------------------------------------------------------
    def preset(self) -> CountryPreset:
        """The country chosen."""
        code = self.country.currentData()
        return next(p for p in self.presets if p.code == code)

    def _country_changed(self) -> None:
        preset = self.preset()
        self.opens.setTime(QTime(preset.polling_opens.hour, preset.polling_opens.minute))
        self.closes.setTime(QTime(preset.polling_closes.hour, preset.polling_closes.minute))
        self.hours_source.setText(preset.hours_source)
        self.regions.clear()
        self.regions.setHorizontalHeaderLabels(
            [self.tr("Region"), self.tr("Kind"), self.tr("Time zone")])
        russian = QLocale().language() == QLocale.Language.Russian
        for region in preset.regions:
            name = region.name_ru if russian and region.name_ru else region.name
            self.regions.appendRow([QStandardItem(name),
                                    QStandardItem(label("region_kind", region.kind.value)),
                                    QStandardItem(region.tz)])
        zones = len({r.tz for r in preset.regions})
        self.region_count.setText(self.tr("{regions} regions in {zones} time zone(s), and "
                                          "one region for the stations abroad.").format(
            regions=len(preset.regions), zones=zones))

    def days(self) -> list[date]:
        """The observation days, in order."""
        election = _date(self.election_day.date())
        return [date.fromordinal(election.toordinal() - k)
                for k in range(self.days_before.value(), -1, -1)]

    def _days_changed(self) -> None:
        election = _date(self.election_day.date())
        lines = [f"{day_text(d, long=True)} — "
                 + (label("day_kind", "election_day") if d == election
                    else label("day_kind", "pre_election")) for d in self.days()]
        self.days_list.setText("<br>".join(lines))

    def _browse(self) -> None:
        name = ask.save_file(self, self.tr("Save Mission As"), self.path.text(),
                             self.tr("Mission files (*.json)"))
        if name:
            self.path.setText(name)

    # -- result --------------------------------------------------------------------------------
    def mission(self) -> Mission:
        """The mission the pages describe (``ValueError`` or ``EditError`` when invalid)."""
        organisation = self.organisation.currentText().strip() or "?"
        mission = new_mission(self.preset(), organisation=organisation,
                              election=self.election.text().strip() or "?",
                              days=self.days(), name=self.name.text().strip() or None,
                              seed=self.seed.value())
        return edit_settings(mission, {
            "polling_opens": _time(self.opens.time()),
            "polling_closes": _time(self.closes.time()),
            "team_size": self.team_size.value(),
            "service_minutes_election_day": self.service.value(),
            "counting_minutes": self.counting.value(),
        })

    def destination(self) -> Path:
        """The mission file to write (``.json`` added when missing)."""
        path = Path(self.path.text().strip()).expanduser()
        return path if path.suffix.lower() == ".json" else path.with_name(path.name + ".json")

    def accept(self) -> None:
        """Write the mission file; stay open (saying why) when it cannot be written."""
        from missionplanner.errors import MissionPlannerError
        from missionplanner.io import save_mission

        path = self.destination()
        if path.exists() and not ask.question(
                self, self.tr("Replace File"),
                self.tr("{name} exists. Replace it?").format(name=path.name),
                self.tr("Replace"), self.tr("Cancel")):
            return
        try:
            save_mission(self.mission(), path)
        except (MissionPlannerError, ValueError, OSError) as exc:
            ask.error(self, self.tr("Cannot create the mission"), error_text(exc))
            return
        self.saved = path
        super().accept()
