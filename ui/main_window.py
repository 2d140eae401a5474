"""The main window: the document's tables in tabs, docks around them, menus, toolbar, status.

The window owns one :class:`~ui.document.Document`; everything it shows listens to that
document. Views made elsewhere (map, timeline, dashboard: ``ui.views``) are docked through
:meth:`MainWindow.add_view`, which also lists them in the View menu and remembers where they
were put.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import NamedTuple

from PySide6.QtCore import QT_TRANSLATE_NOOP, QByteArray, QEvent, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QDockWidget,
    QLabel,
    QMainWindow,
    QMenu,
    QProgressBar,
    QScrollArea,
    QTabWidget,
    QToolButton,
    QUndoView,
    QWidget,
)

from missionplanner.errors import MissionPlannerError
from ui import ask, commands
from ui.document import Document
from ui.exporting import ExportController
from ui.i18n.errors import error_text
from ui.icons import icon
from ui.models import (
    ObserverTableModel,
    RegionTableModel,
    StationTableModel,
    TeamTableModel,
    VisitTableModel,
)
from ui.panels import MissionOverview, PlanSummary
from ui.panels.format import number, share
from ui.planning import PlanningController
from ui.recovery import RecoverySession
from ui.selection import Selection
from ui.settings import add_recent_file, recent_files, settings
from ui.watcher import FileWatcher
from ui.widgets.mnemonics import add_mnemonics
from ui.widgets.table_panel import TablePanel

MISSION_FILTER = QT_TRANSLATE_NOOP("MainWindow", "Mission files (*.json)")
STATE_VERSION = 1
DEFAULT_SIZE = (1600, 1000)
TABLE_TURN_MS = 15
"""A new plan or mission reaches the hidden tables this far apart (bench/ui_stall.py)."""
VIEW_TURN_MS = 40
"""... and then the docked views (map, dashboard, timeline), this far apart."""
"""The window's size on a first start, when the screen has room for it."""


class DockSizes(NamedTuple):
    """Default sizes of the docks, in pixels."""

    left: int
    """The column of the mission and plan summary."""
    map: int
    """The map (and the dashboard behind it), right of the tables."""
    mission: int
    plan: int
    timeline: int


def default_dock_sizes(width: int, height: int) -> DockSizes:
    """How a window of ``width`` × ``height`` is shared on a first start.

    The map takes about two fifths of the width (the country is wider than tall: a narrow
    map shows mostly empty sea), the mission column a fifth (its Russian labels are long),
    the tables the rest; the
    timeline about a third of the height, enough for a day of a dozen teams.
    """
    left = max(280, min(400, int(width * 0.21)))
    map_width = max(320, min(900, int(width * 0.4)))
    timeline = max(180, min(360, height // 3))
    column = max(300, height - timeline - 120)
    return DockSizes(left, map_width, column * 9 // 20, column * 11 // 20, timeline)


class MainWindow(QMainWindow):
    """One document in a window."""

    def __init__(self, document: Document | None = None, remember_layout: bool = True) -> None:
        super().__init__()
        self.remember_layout = remember_layout
        self.setObjectName("MainWindow")
        self.document = document or Document(self)
        self.setDockNestingEnabled(True)
        self.views: dict[str, QDockWidget] = {}
        self.selection = Selection(self)
        self.view_factories: dict[str, Callable[[], QWidget]] = {}
        self._build_tables()
        self._build_docks()
        self._build_actions()
        self._build_menus()
        self._build_toolbar()
        self._build_status_bar()
        self.planning = PlanningController(self)
        self.exports = ExportController(self)
        self.watcher = FileWatcher(self)
        self.recovery: RecoverySession | None = None
        self.autosave_timer = QTimer(self)
        self.autosave_timer.timeout.connect(self.autosave)
        self._dock_known_views()
        doc = self.document
        doc.modifiedChanged.connect(self._update_title)
        doc.pathsChanged.connect(self._update_title)
        doc.missionChanged.connect(self._update_title)
        doc.missionChanged.connect(self._update_status)
        doc.planChanged.connect(self._update_status)
        doc.missionChanged.connect(self._update_actions)
        doc.planChanged.connect(self._update_actions)
        doc.modifiedChanged.connect(self._update_actions)
        self.resize(*DEFAULT_SIZE)
        if not self._restore_layout():
            self.default_geometry()
        self._update_title()
        self._update_status()
        self._update_actions()

    # -- building ----------------------------------------------------------------------------
    def _build_tables(self) -> None:
        doc = self.document
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.panels: dict[str, TablePanel] = {
            "stations": TablePanel(StationTableModel(doc),
                                   self.tr("Search stations: number, commission, settlement…")),
            "observers": TablePanel(ObserverTableModel(doc),
                                    self.tr("Search observers: name, nationality, body…")),
            "teams": TablePanel(TeamTableModel(doc), self.tr("Search teams: id, member, area…")),
            "regions": TablePanel(RegionTableModel(doc), self.tr("Search regions…")),
            "visits": TablePanel(VisitTableModel(doc),
                                 self.tr("Search visits: team, station, settlement…")),
        }
        for turn, panel in enumerate(self.panels.values()):
            panel.model.defer_ms = TABLE_TURN_MS * turn  # hidden ones: one per turn
        titles = {
            "stations": self.tr("Stations"),
            "observers": self.tr("Observers"),
            "teams": self.tr("Teams"),
            "regions": self.tr("Regions"),
            "visits": self.tr("Visits"),
        }
        for key, panel in self.panels.items():
            self.tabs.addTab(panel, titles[key])
        self.setCentralWidget(self.tabs)

    def _dock(self, key: str, title: str, widget: QWidget,
              area: Qt.DockWidgetArea) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(f"dock-{key}")
        dock.setWidget(widget)
        dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable
                         | QDockWidget.DockWidgetFeature.DockWidgetFloatable
                         | QDockWidget.DockWidgetFeature.DockWidgetClosable)
        self.addDockWidget(area, dock)
        self.views[key] = dock
        return dock

    def _build_docks(self) -> None:
        self.overview = MissionOverview(self.document)
        self.summary = PlanSummary(self.document)
        summary_scroll = QScrollArea()
        summary_scroll.setWidget(self.summary)
        summary_scroll.setWidgetResizable(True)
        summary_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.history = QUndoView(self.document.undo_stack)
        self.history.setEmptyLabel(self.tr("<opened>"))
        left = Qt.DockWidgetArea.LeftDockWidgetArea
        self._dock("mission", self.tr("Mission"), self.overview, left)
        plan = self._dock("plan", self.tr("Plan summary"), summary_scroll, left)
        history = self._dock("history", self.tr("Undo history"), self.history, left)
        self.tabifyDockWidget(plan, history)
        plan.raise_()

    def _action(self, text: str, slot: Callable[[], object] | None = None,
                shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
                icon_name: str = "", tip: str = "") -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if icon_name:
            action.setIcon(icon(icon_name))
        if tip:
            action.setStatusTip(tip)
            action.setToolTip(tip)
        if slot is not None:
            action.triggered.connect(lambda _checked=False: slot())
        return action

    def _build_actions(self) -> None:
        a, keys = self._action, QKeySequence.StandardKey
        self.new_action = a(self.tr("&New Mission…"), self.new_mission, keys.New,
                            "document-new", self.tr("Create a mission file step by step"))
        self.open_action = a(self.tr("&Open…"), self.ask_and_open, keys.Open, "document-open",
                             self.tr("Open a mission file (and its plan)"))
        self.open_plan_action = a(self.tr("Open &Plan…"), self.ask_and_open_plan, None, "",
                                  self.tr("Open a plan file of this mission"))
        self.save_action = a(self.tr("&Save"), self.save, keys.Save, "document-save",
                             self.tr("Save the mission and its plan"))
        self.save_as_action = a(self.tr("Save &As…"), self.save_as, keys.SaveAs,
                                "document-save-as")
        self.import_stations_action = a(self.tr("Import S&tations…"),
                                        lambda: self.import_file("stations"), None,
                                        "document-import",
                                        self.tr("Add or update polling stations from a "
                                                "spreadsheet"))
        self.import_observers_action = a(self.tr("Import O&bservers…"),
                                         lambda: self.import_file("observers"), None,
                                         "list-add-user",
                                         self.tr("Add or update observers from a roster"))
        self.import_actuals_action = a(self.tr("Import A&ctuals…"), self.import_actuals, None,
                                       "document-import",
                                       self.tr("Read back what the teams visited"))
        self.export_workbook_action = a(self.tr("Mission &Workbook…"),
                                        lambda: self.export("workbook"), None,
                                        "x-office-spreadsheet",
                                        self.tr("Write the Excel workbook of the plan"))
        self.export_teams_action = a(self.tr("Per-&Team Workbooks…"),
                                     lambda: self.export("teams"), None, "x-office-spreadsheet")
        self.export_form_action = a(self.tr("ODK/Kobo &Form…"), lambda: self.export("form"),
                                    None, "document-export")
        self.export_pdf_action = a(self.tr("Route Sheets (&PDF)…"), lambda: self.export("pdf"),
                                   None, "application-pdf")
        self.quit_action = a(self.tr("&Quit"), self.close, keys.Quit, "application-exit")
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)

        stack = self.document.undo_stack
        self.undo_action = stack.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcut(QKeySequence(keys.Undo))
        self.undo_action.setIcon(icon("edit-undo"))
        self.redo_action = stack.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence(keys.Redo)])
        self.redo_action.setIcon(icon("edit-redo"))
        self.find_action = a(self.tr("&Find…"), self.find, keys.Find, "edit-find",
                             self.tr("Search the current table"))
        self.add_action = a(self.tr("&Add…"), self.add_item, "Ctrl+Shift+N", "list-add",
                            self.tr("Add a station or an observer"))
        self.delete_action = a(self.tr("&Delete"), self.delete_selected, keys.Delete,
                               "edit-delete", self.tr("Delete the selected rows"))
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.tabs.addAction(self.delete_action)
        self.preferences_action = a(self.tr("&Preferences…"), self.preferences,
                                    keys.Preferences, "configure")
        self.preferences_action.setMenuRole(QAction.MenuRole.PreferencesRole)

        self.plan_settings_action = a(self.tr("&Settings…"), self.plan_settings, None,
                                      "document-properties",
                                      self.tr("Seed, days, team size, visit lengths, rules"))
        self.plan_action = a(self.tr("&Plan Mission"), self.plan, "F5",
                             "media-playback-start",
                             self.tr("Form teams, deploy them and plan every route"))
        self.cancel_action = a(self.tr("&Cancel Planning"), self.cancel_planning,
                               "Shift+F5", "process-stop",
                               self.tr("Stop planning and keep the best plan so far"))
        self.replan_action = a(self.tr("&Re-plan After a Disruption…"), self.replan, "F6",
                               "view-refresh",
                               self.tr("A team delayed or lost, a station closed, a road cut"))
        self.about_action = a(self.tr("&About Mission Planner"), self.about, None,
                              "help-about")
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.about_qt_action = a(self.tr("About &Qt"), self._about_qt)
        self.about_qt_action.setMenuRole(QAction.MenuRole.AboutQtRole)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file = bar.addMenu(self.tr("&File"))
        file.addActions([self.new_action, self.open_action])
        self.recent_menu = file.addMenu(self.tr("Open &Recent"))
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        file.addAction(self.open_plan_action)
        file.addSeparator()
        file.addActions([self.save_action, self.save_as_action])
        file.addSeparator()
        file.addActions([self.import_stations_action, self.import_observers_action,
                         self.import_actuals_action])
        self.export_menu = file.addMenu(self.tr("&Export"))
        self.export_menu.setIcon(icon("document-export"))
        self.export_menu.addActions([self.export_workbook_action, self.export_teams_action,
                                     self.export_pdf_action, self.export_form_action])
        file.addSeparator()
        file.addAction(self.quit_action)

        edit = bar.addMenu(self.tr("&Edit"))
        edit.addActions([self.undo_action, self.redo_action])
        edit.addSeparator()
        edit.addActions([self.find_action, self.add_action, self.delete_action])
        edit.addSeparator()
        edit.addAction(self.preferences_action)

        plan = bar.addMenu(self.tr("&Plan"))
        plan.addActions([self.plan_settings_action, self.plan_action, self.cancel_action])
        plan.addSeparator()
        plan.addAction(self.replan_action)

        self.view_menu = bar.addMenu(self.tr("&View"))
        self.tab_actions = []
        for position in range(self.tabs.count()):
            action = self._action(self.tabs.tabText(position),
                                  lambda p=position: self.tabs.setCurrentIndex(p),
                                  f"Ctrl+{position + 1}")
            self.tab_actions.append(action)
            self.view_menu.addAction(action)
        self.view_menu.addSeparator()
        self.docks_separator = self.view_menu.addSeparator()
        for dock in self.views.values():
            self.view_menu.addAction(dock.toggleViewAction())
        self.view_menu.addSeparator()
        self.toolbar_toggle_anchor = self.view_menu

        self.view_menu.aboutToShow.connect(lambda: add_mnemonics(self.view_menu))
        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addActions([self.about_action, self.about_qt_action])

    def _build_toolbar(self) -> None:
        toolbar = self.addToolBar(self.tr("Main toolbar"))
        toolbar.setObjectName("toolbar-main")
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        toolbar.addActions([self.open_action, self.save_action])
        toolbar.addSeparator()
        toolbar.addActions([self.undo_action, self.redo_action])
        toolbar.addSeparator()
        toolbar.addAction(self.import_stations_action)
        toolbar.addSeparator()
        toolbar.addActions([self.plan_action, self.cancel_action, self.replan_action])
        toolbar.addSeparator()
        toolbar.addAction(self.export_workbook_action)
        for action in (self.undo_action, self.redo_action, self.cancel_action):
            button = toolbar.widgetForAction(action)
            if isinstance(button, QToolButton):
                button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        self.view_menu.addAction(toolbar.toggleViewAction())
        self.toolbar = toolbar

    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        self.mission_label = QLabel()
        self.plan_label = QLabel()
        self.coverage_label = QLabel()
        self.progress = QProgressBar()
        self.progress.setMaximumWidth(260)
        self.progress.setTextVisible(True)
        self.progress.hide()
        self.progress_cancel = QToolButton()
        self.progress_cancel.setDefaultAction(self.cancel_action)
        self.progress_cancel.setAutoRaise(True)
        self.progress_cancel.hide()
        self.task_label = QLabel()
        self.task_progress = QProgressBar()
        self.task_progress.setRange(0, 0)
        self.task_progress.setMaximumWidth(120)
        self.task_cancel = QToolButton()
        self.task_cancel.setText(self.tr("Cancel"))
        self.task_cancel.setToolTip(self.tr("Stop the export; the files written before stay"))
        self.task_cancel.setAutoRaise(True)
        self.task_cancel.clicked.connect(self._cancel_task)
        self._task_cancel: Callable[[], None] | None = None
        self.task_label.hide()
        self.task_progress.hide()
        self.task_cancel.hide()
        for widget in (self.task_label, self.task_progress, self.task_cancel, self.progress,
                       self.progress_cancel, self.mission_label,
                       self.plan_label, self.coverage_label):
            bar.addPermanentWidget(widget)

    # -- views of other modules ---------------------------------------------------------------
    def add_view(self, key: str, title: str, widget: QWidget,
                 area: Qt.DockWidgetArea = Qt.DockWidgetArea.RightDockWidgetArea) -> QDockWidget:
        """Dock a view (map, timeline, dashboard) and list it in the View menu."""
        dock = self._dock(key, title, widget, area)
        self.view_menu.insertAction(self.docks_separator, dock.toggleViewAction())
        return dock

    def _dock_known_views(self) -> None:
        """Dock the plan's views (``ui.views``: map, timeline, dashboard), sharing one selection.

        A view whose dock is hidden (closed, or behind another tab) is brought up to date when
        it is shown again, not on every edit: the dashboard measures the whole plan each time.
        """
        from ui.views.screenshot import make_view

        titles = {"map": self.tr("Map"), "timeline": self.tr("Timeline"),
                  "dashboard": self.tr("Dashboard")}
        right = Qt.DockWidgetArea.RightDockWidgetArea
        bottom = Qt.DockWidgetArea.BottomDockWidgetArea
        for turn, (name, area) in enumerate((("map", right), ("dashboard", right),
                                             ("timeline", bottom))):
            widget = make_view(name, self.selection)
            dock = self.add_view(name, titles[name], widget, area)
            # after the hidden tables, each in a turn of its own
            _follow_document(self.document, dock, widget,
                             delay_ms=TABLE_TURN_MS * len(self.panels) + VIEW_TURN_MS * turn)
        self.tabifyDockWidget(self.views["map"], self.views["dashboard"])
        self.views["map"].raise_()
        from ui.views.table_link import TableLink

        self.table_link = TableLink(self.selection, self.panels, self.document, self)
        """Rows picked in the stations, visits and teams tables are the views' selection."""

    # -- the document's state in the window ---------------------------------------------------
    def _update_title(self, *_args: object) -> None:
        name = self.document.display_name()
        app = self.tr("Mission Planner")
        self.setWindowTitle(f"{name}[*] — {app}" if name else app)
        self.setWindowModified(self.document.is_modified())

    def _update_status(self, *_args: object) -> None:
        mission, plan = self.document.mission, self.document.plan
        if mission is None:
            self.mission_label.setText(self.tr("No mission"))
        else:
            self.mission_label.setText(self.tr("{stations} stations · {observers} observers")
                                       .format(stations=number(len(mission.stations)),
                                               observers=number(len(mission.observers))))
        if plan is None:
            self.plan_label.setText(self.tr("No plan"))
            self.coverage_label.clear()
            self.coverage_label.hide()
            return
        visits = sum(len(r.visits) for r in plan.routes)
        text = self.tr("Plan: seed {seed}, {visits} visits").format(seed=plan.seed,
                                                                   visits=number(visits))
        if not self.document.plan_is_current():
            text += " " + self.tr("(made before the last edits)")
        self.plan_label.setText(text)
        cover = self.document.coverage()
        if cover is not None:
            self.coverage_label.setText(self.tr("Coverage: {stations}; duplicates {dup}").format(
                stations=share(*cover.stations), dup=cover.duplicates))
            self.coverage_label.show()

    def _update_actions(self, *_args: object) -> None:
        has_mission = self.document.mission is not None
        has_plan = self.document.plan is not None
        for action in (self.save_as_action, self.import_stations_action,
                       self.import_observers_action, self.plan_settings_action,
                       self.plan_action, self.add_action, self.delete_action,
                       self.open_plan_action):
            action.setEnabled(has_mission)
        self.save_action.setEnabled(has_mission and (self.document.is_modified()
                                                     or self.document.mission_path is None))
        for action in (self.import_actuals_action, self.replan_action,
                       self.export_workbook_action, self.export_teams_action,
                       self.export_form_action, self.export_pdf_action):
            action.setEnabled(has_plan)
        self.export_menu.setEnabled(has_plan)
        running = self.is_planning()
        self.cancel_action.setEnabled(running)
        if running:
            self.plan_action.setEnabled(False)
            self.replan_action.setEnabled(False)

    def is_planning(self) -> bool:
        """Whether a planning run is going on."""
        return self.planning.is_running()

    # -- files ---------------------------------------------------------------------------------
    def maybe_save(self) -> bool:
        """Ask what to do with unsaved changes; False when the user cancels."""
        if not self.document.is_modified():
            return True
        answer = ask.save_discard_cancel(
            self, self.tr("Do you want to save the changes to {name}?").format(
                name=self.document.display_name()))
        if answer == "save":
            return self.save()
        return answer == "discard"

    def open_file(self, path: Path, plan_path: Path | None = None) -> bool:
        """Open a mission (and a plan); a bad file is reported in a dialog, never raised."""
        if plan_path is None:
            beside = self.document.default_plan_path(path)
            plan_path = beside if beside.is_file() else None
        self.statusBar().showMessage(self.tr("Opening {name}…").format(name=path.name))
        self.setCursor(Qt.CursorShape.WaitCursor)
        try:
            self.document.open(path, plan_path)
        except MissionPlannerError as exc:
            text = error_text(exc)
            ask.failure(self, self.tr("Cannot open {name}").format(name=path.name), text)
            return False
        finally:
            self.unsetCursor()
            self.statusBar().clearMessage()
        add_recent_file(path)
        self.tabs.setCurrentIndex(0)
        return True

    def ask_and_open(self) -> None:
        """File ▸ Open: choose a mission file."""
        if not self.maybe_save():
            return
        name = ask.open_file(self, self.tr("Open Mission"), self.folder(),
                             self.tr(MISSION_FILTER))
        if name:
            self.open_file(Path(name))

    def ask_and_open_plan(self) -> None:
        """File ▸ Open Plan: replace the current plan by one from a file."""
        if self.document.mission is None or self.document.mission_path is None:
            return
        name = ask.open_file(self, self.tr("Open Plan"), self.folder(),
                             self.tr("Plan files (*.plan.json);;JSON files (*.json)"))
        if name and self.maybe_save():
            self.open_file(self.document.mission_path, Path(name))

    def open_recent(self, path: Path) -> None:
        """Open a file from File ▸ Open Recent."""
        if self.maybe_save():
            self.open_file(path)

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        files = recent_files()
        for position, path in enumerate(files, start=1):
            action = self.recent_menu.addAction(f"&{position} {path.name}")
            action.setToolTip(str(path))
            action.setStatusTip(str(path))
            action.triggered.connect(lambda _c=False, p=path: self.open_recent(p))
        if not files:
            self.recent_menu.addAction(self.tr("No recent files")).setEnabled(False)

    def save(self) -> bool:
        """File ▸ Save: write the mission and its plan (asks for a file the first time)."""
        if self.document.mission is None:
            return False
        if self.document.mission_path is None:
            return self.save_as()
        return self._save_to(self.document.mission_path)

    def save_as(self) -> bool:
        """File ▸ Save As: write the mission (and plan beside it) to a new file."""
        if self.document.mission is None:
            return False
        suggested = str(self.document.mission_path or
                        Path(self.folder()) / f"{self.document.mission.id}.json")
        name = ask.save_file(self, self.tr("Save Mission As"), suggested,
                             self.tr(MISSION_FILTER))
        if not name:
            return False
        path = Path(name)
        if path.suffix.lower() != ".json":
            path = path.with_name(path.name + ".json")
        return self._save_to(path)

    def _save_to(self, path: Path) -> bool:
        try:
            self.document.save(path)
        except (OSError, MissionPlannerError) as exc:
            ask.error(self, self.tr("Cannot save"),
                      self.tr("{name} was not saved; the file on disk is unchanged.").format(
                          name=path.name), error_text(exc))
            return False
        add_recent_file(path)
        self.statusBar().showMessage(self.tr("Saved {name}").format(name=path.name), 4000)
        return True

    def folder(self) -> str:
        """Where file dialogs start: the mission's folder, else the last one used."""
        path = self.document.mission_path
        if path is not None:
            return str(path.parent)
        recent = recent_files()
        return str(recent[0].parent) if recent else str(Path.cwd())

    # -- the actions that other modules fill in ------------------------------------------------
    def new_mission(self) -> None:
        """File ▸ New Mission: the wizard writes the file; it opens, stations next."""
        from ui.dialogs.new_mission import NewMissionWizard

        if not self.maybe_save():
            return
        wizard = NewMissionWizard(Path(self.folder()), self)
        if not ask.run_dialog(wizard) or wizard.saved is None:
            return
        if self.open_file(wizard.saved) and wizard.import_next.isChecked():
            self.import_file("stations")

    def import_file(self, what: str) -> None:
        """File ▸ Import Stations / Observers: a preview first, then one undoable command."""
        from ui.dialogs.import_preview import ImportDialog

        mission = self.document.mission
        if mission is None:
            return
        title = self.tr("Import Stations") if what == "stations" else self.tr("Import Observers")
        name = ask.open_file(self, title, self.folder(),
                             self.tr("Spreadsheets (*.xlsx *.csv *.tsv *.txt);;All files (*)"))
        if not name:
            return
        dialog = ImportDialog(mission, Path(name), what, self)  # type: ignore[arg-type]
        if not ask.run_dialog(dialog):
            return
        self.apply_import(dialog)

    def apply_import(self, dialog: object) -> None:
        """Apply an accepted import preview as one command."""
        from ui.dialogs.import_preview import ImportDialog

        assert isinstance(dialog, ImportDialog)
        preview = dialog.preview
        if preview is None or preview.result is None or self.document.mission is not \
                dialog.mission:
            return
        count = number(preview.result.count)
        text = (self.tr("Import {count} stations from {name}") if preview.what == "stations"
                else self.tr("Import {count} observers from {name}")).format(
            count=count, name=dialog.path.name)
        self.document.undo_stack.push(commands.replace_mission(
            self.document, preview.result.mission, text))
        self.tabs.setCurrentWidget(self.panels[preview.what])
        self.show_message(text, 8000)

    def import_actuals(self) -> None:
        """File ▸ Import Actuals."""
        self.exports.import_actuals()

    def export(self, what: str) -> None:
        """File ▸ Export ▸ …"""
        self.exports.export(what)  # type: ignore[arg-type]

    def task_started(self, text: str, cancel: Callable[[], None] | None = None) -> None:
        """A background export or import began: a busy bar in the status bar, and a Cancel
        button when ``cancel`` is given."""
        self.task_label.setText(text)
        self.task_label.show()
        self.task_progress.setRange(0, 0)
        self.task_progress.show()
        if cancel is not None:
            self._task_cancel = cancel
        self.task_cancel.setVisible(self._task_cancel is not None)

    def task_progressed(self, done: int, total: int) -> None:
        """The background task's progress: ``done`` of ``total``."""
        self.task_progress.setFormat("%v / %m")
        self.task_progress.setRange(0, max(total, 1))
        self.task_progress.setValue(done)

    def task_finished(self) -> None:
        """The background task ended."""
        if not self.exports.busy():
            self.task_label.hide()
            self.task_progress.hide()
            self.task_progress.setRange(0, 0)
            self.task_cancel.hide()
            self._task_cancel = None

    def _cancel_task(self) -> None:
        if self._task_cancel is not None:
            self._task_cancel()

    def plan_settings(self) -> None:
        """Plan ▸ Settings: mission settings as one command, run options kept for the session."""
        from ui.dialogs.plan_settings import PlanSettingsDialog

        mission = self.document.mission
        if mission is None:
            return
        dialog = PlanSettingsDialog(mission, self.planning.options, self)
        if not ask.run_dialog(dialog):
            return
        self.planning.options = dialog.options()
        fields, settings = dialog.mission_changes()
        if fields or settings:
            self.document.undo_stack.push(commands.change_mission(
                self.document, fields, settings, self.tr("Change planning settings")))

    def plan(self) -> None:
        """Plan ▸ Plan Mission: in the planning process, with progress and Cancel."""
        self.planning.plan()

    def cancel_planning(self) -> None:
        """Plan ▸ Cancel: stop and keep the best plan so far."""
        self.planning.cancel()

    def replan(self) -> None:
        """Plan ▸ Re-plan: after a disruption, from the teams' positions."""
        from ui.dialogs.replan import ReplanDialog

        mission, plan = self.document.mission, self.document.plan
        if mission is None or plan is None:
            return
        dialog = ReplanDialog(mission, plan, self.planning.replan_options, self)
        if ask.run_dialog(dialog):
            self.planning.replan_options = dialog.options()
            self.planning.replan(dialog.disrupted())

    def show_plan_summary(self, changes: list[str] | None = None) -> None:
        """Bring the plan summary forward (after planning), with what a re-plan changed."""
        self.views["plan"].show()
        self.views["plan"].raise_()
        self.summary.show_changes(changes or [])

    def preferences(self) -> None:
        """Edit ▸ Preferences."""
        from ui.dialogs.preferences import PreferencesDialog

        PreferencesDialog(self).exec()

    def add_item(self) -> None:
        """Edit ▸ Add: a station or an observer, as the current table shows."""
        from ui.dialogs.add_item import AddItemDialog

        if self.document.mission is None:
            return
        key = self._current_key()
        if key not in ("stations", "observers"):
            self.tabs.setCurrentWidget(self.panels["stations"])
            key = "stations"
        AddItemDialog(self.document, key, self).exec()

    def delete_selected(self) -> None:
        """Edit ▸ Delete: the selected stations, observers, entered teams or regions."""
        key = self._current_key()
        panel = self.panels[key]
        keys = panel.selected_keys()
        if key not in ("stations", "observers", "teams", "regions") or not keys:
            return
        if key == "teams":
            planned = {r.id for r in (self.document.plan.teams if self.document.plan else [])}
            entered = {t.id for t in (self.document.mission.teams if self.document.mission
                                      else [])}
            keys = [k for k in keys if k in entered and k not in planned - entered]
            if not keys:
                panel.messages.show_message(self.tr("Teams formed by the plan change when "
                                                    "you plan again; they are not deleted "
                                                    "one by one."))
                return
        texts = {
            "stations": self.tr("Delete %n station(s)", "", len(keys)),
            "observers": self.tr("Delete %n observer(s)", "", len(keys)),
            "teams": self.tr("Delete %n team(s)", "", len(keys)),
            "regions": self.tr("Delete %n region(s)", "", len(keys)),
        }
        try:
            command = commands.remove(self.document, key,  # type: ignore[arg-type]
                                      keys, texts[key])
        except MissionPlannerError as exc:
            from ui.widgets.message_bar import Level

            panel.messages.show_message(self.tr("Not deleted: {why}").format(why=error_text(exc)),
                                        Level.ERROR)
            return
        self.document.undo_stack.push(command)

    def _current_key(self) -> str:
        widget = self.tabs.currentWidget()
        return next(k for k, p in self.panels.items() if p is widget)

    def about(self) -> None:
        """Help ▸ About."""
        from ui.dialogs.about import AboutDialog

        AboutDialog(self).exec()

    def _about_qt(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.aboutQt(self)

    # -- table helpers ------------------------------------------------------------------------
    def current_panel(self) -> TablePanel:
        """The table shown in the central tabs."""
        widget = self.tabs.currentWidget()
        assert isinstance(widget, TablePanel)
        return widget

    def find(self) -> None:
        """Edit ▸ Find: the search box of the current table."""
        self.current_panel().focus_search()

    # -- window state --------------------------------------------------------------------------
    def _restore_layout(self) -> bool:
        """The remembered size and docks; False when there is no remembered size."""
        self._default_sizes_pending = True
        if not self.remember_layout:
            return True
        stored = settings()
        geometry = stored.value("window/geometry")
        state = stored.value("window/state")
        restored = isinstance(geometry, QByteArray) and self.restoreGeometry(geometry)
        if isinstance(state, QByteArray) and self.restoreState(state, STATE_VERSION):
            self._default_sizes_pending = False
        return restored

    def save_layout(self) -> None:
        """Remember the window's size and where its docks and toolbars are."""
        if not self.remember_layout:
            return
        stored = settings()
        stored.setValue("window/geometry", self.saveGeometry())
        stored.setValue("window/state", self.saveState(STATE_VERSION))

    def showEvent(self, event: QShowEvent) -> None:
        """The first time, when no remembered layout was restored: the docks' default sizes
        (set now, when the window has its size: before, Qt gives the space to the centre)."""
        super().showEvent(event)
        if self._default_sizes_pending:
            self._default_sizes_pending = False
            self._default_dock_sizes()
            QTimer.singleShot(0, self._default_dock_sizes)  # again once the layout has settled

    def _default_dock_sizes(self) -> None:
        """Shares of the window for the docks (:func:`default_dock_sizes`)."""
        views, sizes = self.views, default_dock_sizes(self.width(), self.height())
        self.resizeDocks([views["mission"], views["map"]], [sizes.left, sizes.map],
                         Qt.Orientation.Horizontal)
        self.resizeDocks([views["mission"], views["plan"], views["timeline"]],
                         [sizes.mission, sizes.plan, sizes.timeline], Qt.Orientation.Vertical)

    def default_geometry(self) -> None:
        """A first start without a remembered size: most of the screen, centred."""
        screen = self.screen()
        if screen is None:
            return
        area = screen.availableGeometry()
        width = min(DEFAULT_SIZE[0], int(area.width() * 0.92))
        height = min(DEFAULT_SIZE[1], int(area.height() * 0.92))
        self.resize(width, height)
        self.move(area.x() + (area.width() - width) // 2,
                  area.y() + (area.height() - height) // 2)

    def changeEvent(self, event: QEvent) -> None:
        """Back from minimised: views skipped while hidden catch up. Activated: have the
        files changed meanwhile?"""
        super().changeEvent(event)
        if event.type() == QEvent.Type.ActivationChange and self.isActiveWindow():
            self.watcher.check()
        if event.type() == QEvent.Type.WindowStateChange and not self.isMinimized():
            for dock in self.views.values():
                timer = dock.property("refresh_timer")
                if isinstance(timer, QTimer):
                    timer.start(0)

    def closeEvent(self, event: QCloseEvent) -> None:
        """Ask about unsaved changes; remember the layout."""
        if not self.maybe_save():
            event.ignore()
            return
        self.save_layout()
        self.about_to_close()
        event.accept()

    def start_session(self) -> None:
        """Once the window is shown: offer to restore unsaved work, start autosaving."""
        from ui.recovery import RecoverySession

        self.offer_recovery()
        self.recovery = RecoverySession()
        self.document.modifiedChanged.connect(self._modified_for_recovery)
        self.autosave_timer.start(autosave_seconds() * 1000)
        if self.document.is_modified():
            self.autosave()

    def offer_recovery(self) -> bool:
        """Offer the newest work left by a session that did not close; True when restored."""
        from missionplanner.errors import MissionPlannerError as Error
        from ui.panels.format import moment
        from ui.recovery import left_over

        found = left_over()
        if not found:
            return False
        newest = found[0]
        where = str(newest.mission_path) if newest.mission_path else self.tr("(never saved)")
        restore = ask.question(
            self, self.tr("Restore Unsaved Work"),
            self.tr("Mission Planner was not closed properly last time. Unsaved changes to "
                    "“{name}” were saved automatically at {when}.").format(
                name=newest.name, when=moment(newest.saved_at)),
            self.tr("Restore"), self.tr("Discard"),
            self.tr("File: {file}. Restore opens them with the changes not yet saved to the "
                    "file; Discard deletes them.").format(file=where))
        if not restore:
            newest.discard()
            return False
        try:
            mission, plan = newest.load()
        except Error as exc:
            ask.error(self, self.tr("Cannot restore"), error_text(exc))
            return False
        self.document.load(mission, plan, newest.mission_path, newest.plan_path, modified=True)
        self.document.mark_outdated_plan()
        newest.discard()
        self.show_message(self.tr("Restored the work saved automatically at {when}.").format(
            when=moment(newest.saved_at)), 10_000)
        return True

    def autosave(self) -> None:
        """Write the recovery file when there are unsaved changes (every 2 minutes)."""
        doc, session = self.document, self.recovery
        if session is None or doc.mission is None or not doc.is_modified():
            return
        session.write(doc.mission, doc.plan, doc.mission_path, doc.plan_path)

    def _modified_for_recovery(self, modified: bool) -> None:
        if not modified and self.recovery is not None:
            self.recovery.discard()

    def about_to_close(self) -> None:
        """Stop background work before the window goes (planning, exports, autosave)."""
        self.planning.shutdown()
        self.exports.shutdown()
        self.autosave_timer.stop()
        if self.recovery is not None:
            self.recovery.close()
            self.recovery = None

    def show_message(self, text: str, timeout_ms: int = 6000) -> None:
        """A transient message in the status bar."""
        self.statusBar().showMessage(text, timeout_ms)

    def defer(self, slot: Callable[[], object], delay_ms: int = 0) -> None:
        """Run ``slot`` once the event loop is back (after the window has been shown)."""
        QTimer.singleShot(delay_ms, slot)


def autosave_seconds() -> int:
    """Seconds between autosaves: 120, or ``$MISSIONPLANNER_AUTOSAVE_SECONDS``."""
    import os

    try:
        return max(1, int(os.environ.get("MISSIONPLANNER_AUTOSAVE_SECONDS", "120")))
    except ValueError:
        return 120


def _follow_document(document: Document, dock: QDockWidget, view: QWidget,
                     delay_ms: int = 0) -> None:
    """Keep a view showing the document's mission and plan while its dock is visible.

    Views refresh after the tables, each in its own turn of the event loop (``delay_ms``
    apart), so that the window answers between them.
    """
    shown: list[object] = [None, None]

    def update() -> None:
        if dock.visibleRegion().isEmpty():  # closed, behind another tab, or not shown yet
            return
        if shown[0] is not document.mission:
            shown[0] = document.mission
            view.set_mission(document.mission)  # type: ignore[attr-defined]
        if shown[1] is not document.plan:
            shown[1] = document.plan
            view.set_plan(document.plan)  # type: ignore[attr-defined]

    pending = QTimer(dock)
    pending.setSingleShot(True)
    pending.timeout.connect(update)  # after the tables: a 10,000-station map takes ~0.3 s
    document.missionChanged.connect(lambda _m: pending.start(delay_ms))
    document.planChanged.connect(lambda _p: pending.start(delay_ms))
    dock.visibilityChanged.connect(lambda visible: visible and pending.start(delay_ms))
    dock.setProperty("refresh_timer", pending)


def menu_titles(menu: QMenu) -> list[str]:
    """The texts of a menu's actions (tests and the translation check use it)."""
    return [a.text() for a in menu.actions() if not a.isSeparator()]
