"""File ▸ Import Stations / Observers: what the file holds and what importing it would do.

The file is read in the background; the dialog then shows the recognised columns, the first
rows, how many stations (or observers) would be added and replaced, and every problem
(sortable, copyable, savable as CSV). Import applies the result as one undoable command; a
file with problems imports nothing.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QProgressBar,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from missionplanner.errors import MissionPlannerError
from missionplanner.io.columns import OBSERVER_COLUMNS, STATION_COLUMNS
from missionplanner.io.import_options import ImportOptions
from missionplanner.io.import_preview import ImportPreview, What, preview_import
from missionplanner.model import Mission
from ui import ask
from ui.background import Background
from ui.i18n import current
from ui.i18n.domain import tr_domain
from ui.i18n.errors import error_lines, error_text
from ui.models.labels import region_name
from ui.panels.format import number
from ui.widgets.message_bar import Level, MessageBar


def _table(headers: list[str]) -> tuple[QTableView, QStandardItemModel]:
    model = QStandardItemModel(0, len(headers))
    model.setHorizontalHeaderLabels(headers)
    view = QTableView()
    view.setModel(model)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
    view.horizontalHeader().setStretchLastSection(True)
    view.horizontalHeader().setDefaultAlignment(  # as the workspace's tables
        Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
    view.setWordWrap(False)
    return view, model


def _problem_text(message: str, preview: ImportPreview) -> str:
    """A problem in the interface's language. A file-level error's problem leaves the file out
    (the File column names it): it is translated from the whole error, the file then cut off
    again."""
    translated = tr_domain(message)
    if translated != message or not preview.error or current() == "en":
        return translated
    whole = tr_domain(preview.error)
    if whole == preview.error or not whole.startswith(preview.file):
        return translated
    return whole.removeprefix(preview.file).lstrip(":, ") or whole


class ImportDialog(QDialog):
    """Preview an import; ``accept()`` leaves the result in :attr:`preview`."""

    def __init__(self, mission: Mission, path: Path, what: What,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.mission, self.path, self.what = mission, path, what
        self.preview: ImportPreview | None = None
        self._asked = 0
        self.background = Background(self)
        self.background.done.connect(self._shown)
        self.background.failed.connect(self._failed)
        self.setWindowTitle(self.tr("Import Stations") if what == "stations"
                            else self.tr("Import Observers"))
        self.headline = QLabel()
        self.headline.setWordWrap(True)
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setMaximumHeight(14)
        self.busy.setTextVisible(False)
        self.messages = MessageBar()
        self.messages.close_button.hide()

        options = QFormLayout()
        self.region = QComboBox()
        self.region.addItem(self.tr("from the file's Region column"), None)
        for region in mission.regions:
            self.region.addItem(region_name(region), region.id)
        self.commission = QLineEdit()
        self.commission.setPlaceholderText(self.tr("from the file's Commission column"))
        self.skip_bad = QCheckBox(self.tr("Import the good rows and leave out the bad ones"))
        if what == "stations":
            options.addRow(self.tr("Region of every row:"), self.region)
            options.addRow(self.tr("Commission of every row:"), self.commission)
            options.addRow("", self.skip_bad)
            self.region.currentIndexChanged.connect(self.refresh)
            self.commission.editingFinished.connect(self.refresh)
            self.skip_bad.toggled.connect(self.refresh)

        self.tabs = QTabWidget()
        self.columns_view, self.columns_model = _table(
            [self.tr("Sheet"), self.tr("Header in the file"), self.tr("Imported as"),
             self.tr("Required")])
        self.rows_view, self.rows_model = _table([])
        self.problems_view, self.problems_model = _table(
            [self.tr("File"), self.tr("Sheet"), self.tr("Row"), self.tr("Column"),
             self.tr("Problem")])
        self.problems_view.setSortingEnabled(True)
        self.problems_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.notes = QListWidget()
        self.notes.setWordWrap(True)
        problems = QWidget()
        problems_layout = QVBoxLayout(problems)
        problems_layout.setContentsMargins(0, 0, 0, 0)
        problems_layout.addWidget(self.problems_view)
        row = QHBoxLayout()
        row.addStretch(1)
        self.copy_button = QPushButton(self.tr("Copy"))
        self.copy_button.clicked.connect(self.copy_problems)
        self.save_button = QPushButton(self.tr("Save as CSV…"))
        self.save_button.clicked.connect(self.save_problems)
        row.addWidget(self.copy_button)
        row.addWidget(self.save_button)
        problems_layout.addLayout(row)
        self.tabs.addTab(self.columns_view, self.tr("Columns"))
        self.tabs.addTab(self.rows_view, self.tr("First rows"))
        self.tabs.addTab(problems, self.tr("Problems"))
        self.tabs.addTab(self.notes, self.tr("Notes"))

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.import_button.setText(self.tr("Import"))
        self.import_button.setEnabled(False)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(f"<b>{path.name}</b> — {path.parent}"))
        layout.addWidget(self.headline)
        layout.addWidget(self.busy)
        layout.addWidget(self.messages)
        layout.addLayout(options)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.buttons)
        self.resize(900, 600)
        self.refresh()

    # -- reading -----------------------------------------------------------------------------
    def options(self) -> ImportOptions:
        """The options the dialog shows."""
        if self.what != "stations":
            return ImportOptions()
        return ImportOptions(region=self.region.currentData(),
                             commission=self.commission.text().strip() or None,
                             skip_bad_rows=self.skip_bad.isChecked())

    def refresh(self) -> None:
        """Read the file again (in the background) with the options shown."""
        self._asked += 1
        token = ("preview", self._asked)
        mission, path, what, options = self.mission, self.path, self.what, self.options()
        self.import_button.setEnabled(False)
        self.busy.show()
        self.headline.setText(self.tr("Reading {name}…").format(name=self.path.name))
        self.background.run(token, lambda: preview_import(mission, path, what, options))

    def wait(self, timeout_ms: int = 60_000) -> None:
        """Block until the preview is shown (tests and scripts)."""
        from PySide6.QtCore import QDeadlineTimer, QEventLoop

        deadline = QDeadlineTimer(timeout_ms)
        while self.background.running and not deadline.hasExpired():
            QApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)

    def _shown(self, token: object, preview: object) -> None:
        self.background.finished(token)
        if token != ("preview", self._asked) or not isinstance(preview, ImportPreview):
            return
        self.preview = preview
        self.busy.hide()
        self._fill(preview)

    def _failed(self, token: object, reason: str) -> None:
        self.background.finished(token)
        self.busy.hide()
        self.messages.show_message(error_lines(reason), Level.ERROR)

    # -- showing -----------------------------------------------------------------------------
    def _fill(self, preview: ImportPreview) -> None:
        stations = self.what == "stations"
        if preview.ok:
            text = (self.tr("{rows} rows: {added} stations will be added, {replaced} replaced.")
                    if stations else
                    self.tr("{rows} rows: {added} observers will be added, {replaced} "
                            "replaced."))
            text = text.format(rows=number(preview.row_count), added=number(preview.added),
                               replaced=number(preview.replaced))
            if preview.skipped:
                text += " " + self.tr("{skipped} rows with problems are left out.").format(
                    skipped=number(preview.skipped))
            self.messages.show_message(text, Level.WARNING if preview.skipped else Level.INFO)
        else:
            text = self.tr("%Ln problem(s): nothing will be imported. Fix the file (every "
                           "problem is listed with its row and column) and import it again.",
                           "", len(preview.problems))
            self.messages.show_message(text, Level.ERROR)
        self.headline.setText(self.tr("{rows} rows read.").format(
            rows=number(preview.row_count)))
        self.import_button.setEnabled(preview.ok)
        self.columns_model.setRowCount(0)
        known = {c.field: c for c in (STATION_COLUMNS if stations else OBSERVER_COLUMNS)}
        russian = current() == "ru"
        for use in preview.columns:
            column = known.get(use.field or "")
            field = QStandardItem(self.tr("not imported") if not use.field else
                                  column.ru if column and russian else use.label)
            if column is not None:  # what the field holds, as the template says it
                field.setToolTip(column.what_ru if russian else column.what)
            self.columns_model.appendRow([
                QStandardItem(use.sheet or ""), QStandardItem(use.header), field,
                QStandardItem(self.tr("yes") if use.required else "")])
        self.rows_model.clear()
        self.rows_model.setHorizontalHeaderLabels(preview.header)
        for values in preview.rows:
            self.rows_model.appendRow([QStandardItem(v) for v in values])
        self.problems_model.setRowCount(0)
        for problem in preview.problems:
            row_item = QStandardItem()
            row_item.setData(problem.row if problem.row is not None else 0,
                             Qt.ItemDataRole.DisplayRole)
            self.problems_model.appendRow([
                QStandardItem(Path(problem.file).name if problem.file else ""),
                QStandardItem(problem.sheet or ""), row_item,
                QStandardItem(problem.column or ""),
                QStandardItem(_problem_text(problem.message, preview))])
        self.notes.clear()
        self.notes.addItems([tr_domain(n) for n in [*preview.notes, *preview.warnings]])
        count = len(preview.problems)
        self.tabs.setTabText(2, self.tr("Problems ({count})").format(count=count))
        self.tabs.setTabText(3, self.tr("Notes ({count})").format(
            count=len(preview.notes) + len(preview.warnings)))
        self.copy_button.setEnabled(bool(count))
        self.save_button.setEnabled(bool(count))
        for view in (self.columns_view, self.rows_view, self.problems_view):
            view.resizeColumnsToContents()
            header = view.horizontalHeader()
            for column in range(header.count()):
                header.resizeSection(column, min(header.sectionSize(column), 360))
            header.setSectionResizeMode(header.count() - 1, QHeaderView.ResizeMode.Stretch)
        self.tabs.setCurrentIndex(2 if count else 1)

    # -- the problem table -------------------------------------------------------------------
    def problems_csv(self) -> str:
        """Every problem as CSV (file, sheet, row, column, problem), in the table's order."""
        buffer = io.StringIO()
        writer = csv.writer(buffer)
        model = self.problems_model
        writer.writerow([model.headerData(c, Qt.Orientation.Horizontal)
                         for c in range(model.columnCount())])
        proxy = self.problems_view.model()
        for row in range(proxy.rowCount()):
            writer.writerow([proxy.index(row, c).data() for c in range(proxy.columnCount())])
        return buffer.getvalue()

    def copy_problems(self) -> None:
        """Copy the problems (tab-separated: pastes into a spreadsheet)."""
        text = self.problems_csv()
        rows = csv.reader(io.StringIO(text))
        QApplication.clipboard().setText("\n".join("\t".join(r) for r in rows))

    def save_problems(self) -> None:
        """Save the problems as a CSV file (UTF-8 with a BOM, so Excel reads Cyrillic)."""
        suggested = self.path.with_name(f"{self.path.stem}.problems.csv")
        name = ask.save_file(self, self.tr("Save Problems"), str(suggested),
                             self.tr("CSV files (*.csv)"))
        if not name:
            return
        from missionplanner.io import atomic_write_bytes

        try:
            atomic_write_bytes(name, self.problems_csv().encode("utf-8-sig"))
        except (OSError, MissionPlannerError) as exc:
            ask.error(self, self.tr("Cannot save"), error_text(exc))
