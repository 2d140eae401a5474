"""Render the main window and every dialog of the app to PNG files, to look at them.

    .venv/bin/python scripts/ui_gallery.py MISSION [--plan PLAN] [--lang ru] [--out DIR]

Offscreen; one file per window or dialog (``main.png``, ``plan_settings.png``...). The README's
screenshots come from ``missionplanner-gui --screenshot``; this shows the dialogs too, in
either language, so that cut labels and empty space are seen before users see them.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def _broken_mission(folder: Path) -> Path:
    """A mission file with a JSON mistake, opened for real (the box shows what users see)."""
    path = folder / "broken.json"
    path.write_text('{"schema_version": 2,\n  "name": "Broken"\n  "seed": 1}\n', "utf-8")
    return path


def main() -> int:
    """Open the mission (and plan), grab each dialog."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("mission", type=Path)
    parser.add_argument("--plan", type=Path)
    parser.add_argument("--lang", default="en", choices=["en", "ru"])
    parser.add_argument("--out", type=Path, default=Path("/tmp/mp-gallery"))
    parser.add_argument("--only", help="comma-separated names to render")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)

    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication, QWidget

    from ui import i18n
    from ui.app import _settle
    from ui.main_window import MainWindow
    from ui.widgets.mnemonics import MnemonicsOnShow

    app = QApplication.instance() or QApplication([])
    app.installEventFilter(MnemonicsOnShow(app))  # as the app has it
    i18n.install(app, args.lang)
    window = MainWindow(remember_layout=False)
    window.resize(1600, 1000)
    assert window.open_file(args.mission, args.plan)
    window.show()
    app.processEvents()
    mission, plan = window.document.mission, window.document.plan
    assert mission is not None

    def dialogs() -> dict[str, Callable[[], QWidget]]:
        from ui.dialogs.about import AboutDialog
        from ui.dialogs.add_item import AddItemDialog
        from ui.dialogs.plan_settings import PlanSettingsDialog
        from ui.dialogs.preferences import PreferencesDialog
        from ui.dialogs.replan import ReplanDialog

        found: dict[str, Callable[[], QWidget]] = {
            "about": lambda: AboutDialog(window),
            "preferences": lambda: PreferencesDialog(window),
            "add_station": lambda: AddItemDialog(window.document, "stations", window),
            "add_observer": lambda: AddItemDialog(window.document, "observers", window),
            "plan_settings": lambda: PlanSettingsDialog(mission, window.planning.options,
                                                        window),
        }
        if plan is not None:
            found["replan"] = lambda: ReplanDialog(mission, plan, window.planning.options,
                                                   window)
        from ui.dialogs.export import ExportDialog
        from ui.dialogs.import_preview import ImportDialog

        bad = args.out / "stations_with_problems.csv"
        bad.write_text("Number,Commission,Region,Settlement,Latitude,Longitude,Voters\n"
                       "1,Esil district,Nowhere,Astana,51.1,71.4,1200\n"
                       "2,Esil district,Nur-Sultan,Astana,abc,71.4,-5\n"
                       "3,Esil district,Nur-Sultan,Astana,51.2,71.5,900\n", "utf-8")
        good = args.out / "new_stations.csv"
        good.write_text("Number,Commission,Region,Settlement,Latitude,Longitude,Voters,Remarks\n"
                        + "".join(f"{9000 + i},Esil district,Nur-Sultan,Astana,"
                                  f"{51.1 + i / 1000:.4f},71.4,{900 + i},checked\n"
                                  for i in range(30)), "utf-8")

        def preview(path: Path) -> QWidget:
            dialog = ImportDialog(mission, path, "stations", window)
            dialog.wait()
            return dialog

        from ui.dialogs.new_mission import NewMissionWizard

        def wizard(page: int) -> QWidget:
            dialog = NewMissionWizard(args.out, window)
            dialog.organisation.setCurrentText("Shanghai Cooperation Organisation (SCO)")
            dialog.election.setText("Early presidential election")
            dialog.show()
            for _ in range(page):
                dialog.next()
            return dialog

        for page in range(5):
            found[f"new_mission_{page + 1}"] = lambda page=page: wizard(page)
        found["import_good"] = lambda: preview(good)
        found["import_bad"] = lambda: preview(bad)
        found["export_teams"] = lambda: ExportDialog("teams", Path("/tmp/teams"), args.lang,
                                                     window)
        for target in ("workbook", "pdf", "form"):
            found[f"export_{target}"] = lambda target=target: ExportDialog(
                target, Path(f"/tmp/sco_2019_{target}"), args.lang, window)
        for name, factory in getattr(window, "gallery", lambda: {})().items():
            found[name] = factory
        return found

    def prompts() -> dict[str, Callable[[], None]]:
        """The questions the app asks (``ui.ask``), as the window words them."""
        from datetime import UTC, datetime

        from ui import ask
        from ui.panels.format import moment
        from ui.watcher import FileWatcher

        path = window.document.mission_path or args.mission
        watcher: FileWatcher = window.watcher
        return {
            "prompt_unsaved": lambda: window.maybe_save() and None,
            "prompt_recovery": lambda: ask.question(
                window, window.tr("Restore Unsaved Work"),
                window.tr("Mission Planner was not closed properly last time. Unsaved changes "
                          "to “{name}” were saved automatically at {when}.").format(
                    name=mission.name, when=moment(datetime.now(UTC))),
                window.tr("Restore"), window.tr("Discard"),
                window.tr("File: {file}. Restore opens them with the changes not yet saved to "
                          "the file; Discard deletes them.").format(file=path)) and None,
            "prompt_file_changed": lambda: watcher._ask([Path(path)]),
            "prompt_file_removed": lambda: watcher._ask([Path("/nonexistent/mission.json")]),
            "prompt_cannot_open": lambda: window.open_file(_broken_mission(args.out)) and None,
            "prompt_export_done": lambda: ask.done_with_folder(
                window, window.exports.tr("Export Finished"),
                window.exports.tr("{count} team workbooks were written.").format(count=25)
                + "\n/tmp/sco_2019_teams") and None,
        }

    wanted = set(args.only.split(",")) if args.only else None

    def grab_modal(name: str) -> Callable[..., int]:
        def exec_(box: QWidget) -> int:
            box.show()
            app.processEvents()
            path = args.out / f"{name}_{args.lang}.png"
            box.grab().save(str(path))
            print(f"wrote {path} ({box.width()}x{box.height()})")
            box.close()
            return 0
        return exec_

    from PySide6.QtWidgets import QDialog, QInputDialog, QMessageBox

    for name, ask_it in prompts().items():
        if wanted and name not in wanted:
            continue
        window.document.undo_stack.resetClean()
        if name == "prompt_unsaved":
            window.document.modifiedChanged.emit(True)
            window.document.undo_stack.push(_Touch())
        QMessageBox.exec = grab_modal(name)  # type: ignore[method-assign]
        QInputDialog.exec = grab_modal(name)  # type: ignore[method-assign]
        try:
            ask_it()
        finally:
            QMessageBox.exec = QDialog.exec  # type: ignore[method-assign]
            QInputDialog.exec = QDialog.exec  # type: ignore[method-assign]
        window.document.undo_stack.clear()

    def main_with(tab: str = "", dock: str = "", find: str = "",
                  busy: bool = False) -> QWidget:
        if tab:
            window.tabs.setCurrentWidget(window.panels[tab])
        if dock:
            window.views[dock].show()
            window.views[dock].raise_()
        if find:
            window.find()
            window.current_panel().search.setText(find)
        if busy:
            window.progress.show()
            window.progress_cancel.show()
            window.progress.setRange(0, 12)
            window.progress.setValue(5)
            window.planning._progress(_Progress())
        return window

    shots: dict[str, Callable[[], QWidget]] = {
        "main": lambda: window,
        **{f"main_{tab}": lambda tab=tab: main_with(tab=tab) for tab in window.panels},
        "main_dashboard": lambda: main_with(tab="stations", dock="dashboard"),
        "main_find": lambda: main_with(tab="stations", find="Almaty"),
        "main_planning": lambda: main_with(busy=True),
        **dialogs()}
    for name, factory in shots.items():
        if wanted and name not in wanted:
            continue
        widget = factory()
        if widget is not window:
            if not widget.testAttribute(Qt.WidgetAttribute.WA_Resized):
                widget.adjustSize()
            widget.show()
        _settle(app)  # the docks follow the document on short timers
        path = args.out / f"{name}_{args.lang}.png"
        widget.grab().save(str(path))
        print(f"wrote {path} ({widget.width()}x{widget.height()})")
        if widget is not window:
            widget.close()
    window.document.undo_stack.clear()
    window.close()
    return 0


class _Touch:
    """Stand-in for an edit, so that the window has unsaved changes to ask about."""

    def __new__(cls) -> object:
        from PySide6.QtGui import QUndoCommand

        return QUndoCommand("edit")


class _Progress:
    """A planning run half way through."""

    areas_done, areas_total, stations_covered = 5, 12, 312
    last = "Almaty: 3 teams"


if __name__ == "__main__":
    sys.exit(main())
