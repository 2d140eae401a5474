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
    from ui.main_window import MainWindow

    app = QApplication.instance() or QApplication([])
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
        for name, factory in getattr(window, "gallery", lambda: {})().items():
            found[name] = factory
        return found

    wanted = set(args.only.split(",")) if args.only else None
    shots = {"main": lambda: window, **dialogs()}
    for name, factory in shots.items():
        if wanted and name not in wanted:
            continue
        widget = factory()
        if widget is not window:
            if not widget.testAttribute(Qt.WidgetAttribute.WA_Resized):
                widget.adjustSize()
            widget.show()
        app.processEvents()
        path = args.out / f"{name}_{args.lang}.png"
        widget.grab().save(str(path))
        print(f"wrote {path} ({widget.width()}x{widget.height()})")
        if widget is not window:
            widget.close()
    window.document.undo_stack.clear()
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
