"""The Russian interface: every text of the main window and its dialogs is translated; the
translation files are complete and compiled from their sources."""

from __future__ import annotations

import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QDockWidget,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QTabWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from tests.export.conftest import build_mission, build_plan
from tests.ui.helpers import window_with
from ui import i18n

ROOT = Path(__file__).resolve().parents[2]
LATIN_WORD = re.compile(r"[A-Za-z]{3,}")
ALLOWED = {"Mission", "Planner", "ODK", "Kobo", "PDF", "Excel", "CSV", "VIP", "Qt", "XLSForm",
           "KoboToolbox", "Central", "OR", "Tools", "PySide", "LGPL", "Apache", "pydantic",
           "openpyxl", "Natural", "Earth", "GeoNames", "geonames", "org", "IANA", "Asia",
           "Almaty", "ISO", "English", "json", "plan", "xlsx", "csv", "tsv", "txt", "png",
           "svg", "pdf", "HH", "MM", "opened"}


@pytest.fixture
def russian(qapp: QApplication) -> Iterator[None]:
    """The interface in Russian for one test."""
    assert i18n.install(qapp, "ru")
    yield
    i18n.install(qapp, "en")


def _untranslated(text: str, data: set[str]) -> bool:
    text = re.sub(r"<[^>]+>|\{\w+\}|&(?=\w)", "", text)
    for value in data:
        text = text.replace(value, "")
    words = [w for w in LATIN_WORD.findall(text) if w not in ALLOWED]
    return bool(words) and not re.search("[А-Яа-яЁё]", text)


def _texts(root: QWidget) -> Iterator[tuple[str, str]]:
    """Every text a user reads in ``root``: menus, buttons, labels, titles, headers, hints."""
    for widget in [root, *root.findChildren(QWidget)]:
        kind = type(widget).__name__
        if isinstance(widget, QMenu):
            yield kind, widget.title()
            for action in widget.actions():
                yield "action", action.text()
                yield "action tip", action.statusTip()
        elif isinstance(widget, QAbstractButton):
            yield kind, widget.text()
            yield kind + " tip", widget.toolTip()
        elif isinstance(widget, QLabel) and widget.text() and not widget.objectName():
            yield kind, widget.text()
        elif isinstance(widget, QGroupBox):
            yield kind, widget.title()
        elif isinstance(widget, QDockWidget):
            yield kind, widget.windowTitle()
        elif isinstance(widget, QTabWidget):
            for i in range(widget.count()):
                yield "tab", widget.tabText(i)
        elif isinstance(widget, QLineEdit):
            yield "placeholder", widget.placeholderText()
        view_model = getattr(widget, "model", None)
        if callable(view_model) and hasattr(widget, "horizontalHeader"):
            model = view_model()
            if model is not None:
                for c in range(model.columnCount()):
                    yield "header", str(model.headerData(c, Qt.Orientation.Horizontal) or "")
        if isinstance(widget, QComboBox) and widget.toolTip() not in ("Nationality",
                                                                       "Гражданство"):
            for i in range(min(widget.count(), 8)):
                yield "combo", widget.itemText(i)


def _data(window: object) -> set[str]:
    """Strings that come from the mission and plan, not from the interface."""
    mission, plan = build_mission(), build_plan()
    found = {mission.name, mission.organisation, mission.election, mission.host_country}
    for collection in (mission.stations, mission.observers, mission.regions, mission.bases,
                       plan.teams):
        for item in collection:
            for value in item.model_dump().values():
                if isinstance(value, str) and len(value) > 2:
                    found.add(value)
    return found


def test_main_window_has_no_untranslated_text(qtbot: QtBot, russian: None) -> None:
    """Walk every widget of the main window (menus, docks, tables, views): all in Russian."""
    window = window_with(qtbot, plan=build_plan())
    window.show()
    qtbot.waitExposed(window)
    data = _data(window)
    bad = sorted({f"{kind}: {text}" for kind, text in _texts(window)
                  if text and _untranslated(text, data)})
    assert bad == []
    assert window.menuBar().actions()[0].text() == "&Файл"
    assert window.panels["stations"].count.text() == "8 строк"


def test_dialogs_have_no_untranslated_text(qtbot: QtBot, russian: None,
                                           tmp_path: Path) -> None:
    """The dialogs, each walked the same way."""
    from ui.dialogs.about import AboutDialog
    from ui.dialogs.add_item import AddItemDialog
    from ui.dialogs.export import ExportDialog
    from ui.dialogs.new_mission import NewMissionWizard
    from ui.dialogs.plan_settings import PlanSettingsDialog
    from ui.dialogs.preferences import PreferencesDialog
    from ui.dialogs.replan import ReplanDialog
    from ui.planning_api import PlanOptions

    window = window_with(qtbot, plan=build_plan())
    mission, plan = build_mission(), build_plan()
    dialogs = [AboutDialog(), PreferencesDialog(), AddItemDialog(window.document, "stations"),
               AddItemDialog(window.document, "observers"),
               PlanSettingsDialog(mission, PlanOptions()),
               ReplanDialog(mission, plan, PlanOptions()),
               ExportDialog("teams", tmp_path, "ru"), NewMissionWizard(tmp_path)]
    data = _data(window)
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        bad = sorted({f"{type(dialog).__name__} {kind}: {text}"
                      for kind, text in [("title", dialog.windowTitle()), *_texts(dialog)]
                      if text and _untranslated(text, data)})
        assert bad == []


def test_translation_files_are_complete_and_compiled() -> None:
    """No unfinished Russian text, and the .qm files are what the .ts files compile to."""
    run = subprocess.run([sys.executable, str(ROOT / "scripts" / "ui_translations.py"),
                          "--check"], capture_output=True, text=True)
    assert run.returncode == 0, run.stdout[-2000:]
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    if not lrelease.exists():
        pytest.skip("pyside6-lrelease not installed")
    for ts in (ROOT / "ui" / "i18n").glob("*.ts"):
        out = Path(run.args[0]).parent  # unused; keep the compiled file in a temp place
        del out
        compiled = ts.with_suffix(".check.qm")
        try:
            subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(compiled)],
                           check=True)
            assert compiled.read_bytes() == ts.with_suffix(".qm").read_bytes(), ts.name
        finally:
            compiled.unlink(missing_ok=True)


def test_qt_file_dialog_is_russian_where_qt_draws_it(qtbot: QtBot, russian: None) -> None:
    """Qt's own file dialog (bare Linux sessions): Qt's Russian file misses two of its labels
    (``&Look in:``, ``Files of &type:``), which ours translates."""
    from PySide6.QtWidgets import QFileDialog

    dialog = QFileDialog(None, "x")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    qtbot.addWidget(dialog)
    labels = [label.text() for label in dialog.findChildren(QLabel)]
    assert labels and not [t for t in labels if _untranslated(t, set())], labels
