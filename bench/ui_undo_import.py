"""Undo and redo of an import of 10,000 stations in the app.

    .venv/bin/python bench/ui_undo_import.py [MISSION] [--repeat 3]

The ODIHR-scale sample's 9,968 stations are written to a CSV (with their ids), the mission is
emptied of stations and opened in the app's main window (offscreen, map, dashboard and
timeline docked), and the CSV imported as the app does it (``preview_import``, then one
undoable command). Then Edit ▸ Undo and Edit ▸ Redo, each timed until the window has taken
the change in: the command swaps the mission and every table refreshes; the docked views
(the map redraws 10,000 stations) refresh on the next turns of the event loop and are timed
until the loop is idle again. Target (issue 13): <= 1 s. Last line: ``undo/redo: N ms``.
"""

from __future__ import annotations

import argparse
import csv
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

DEFAULT = Path(__file__).resolve().parents[1] / "sample_missions" / "osce_odihr_2019.json"


def main() -> int:
    """Import, then undo and redo ``--repeat`` times; print each."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("mission", nargs="?", type=Path, default=DEFAULT)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()

    from PySide6.QtWidgets import QApplication

    from missionplanner.io import load_mission
    from missionplanner.io.import_preview import preview_import
    from ui import commands, i18n
    from ui.main_window import MainWindow

    app = QApplication.instance() or QApplication([])
    i18n.install(app, "en")
    full = load_mission(args.mission)
    empty = full.model_copy(update={"stations": []})
    folder = Path(tempfile.mkdtemp(prefix="mp-bench-"))
    listing = folder / "stations.csv"
    with listing.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["ID", "Number", "Commission", "Region", "Settlement", "Address",
                         "Latitude", "Longitude", "Voters", "Kind"])
        for s in full.stations:
            writer.writerow([s.id, s.number, s.commission or "", s.region, s.settlement or "",
                             s.address or "", s.lat, s.lon,
                             "" if s.registered_voters is None else s.registered_voters,
                             s.kind.value])
    window = MainWindow(remember_layout=False)
    window.resize(1600, 1000)
    window.show()
    window.document.load(empty)
    settle(app)
    clock = time.perf_counter()
    preview = preview_import(empty, listing, "stations")
    read = time.perf_counter() - clock
    assert preview.result is not None, [str(p) for p in preview.problems[:5]]
    doc = window.document

    def timed(action: object) -> tuple[float, float]:
        start = time.perf_counter()
        action()  # type: ignore[operator]
        swapped = time.perf_counter()
        return swapped - start, max(settle(app), swapped) - start

    command = commands.replace_mission(doc, preview.result.mission, "Import 9,968 stations")
    applied = timed(lambda: doc.undo_stack.push(command))
    print(f"read and check {listing.name} ({preview.row_count:,} rows, the import itself): "
          f"{read:.1f} s; apply: {1000 * applied[0]:.0f} ms, views settled "
          f"{1000 * applied[1]:.0f} ms")
    worst = 0.0
    for run in range(args.repeat):
        undo = timed(doc.undo_stack.undo)
        assert window.panels["stations"].model.rowCount() == 0
        redo = timed(doc.undo_stack.redo)
        assert window.panels["stations"].model.rowCount() == len(full.stations)
        worst = max(worst, undo[1], redo[1])
        print(f"run {run + 1}: undo {1000 * undo[0]:.0f} ms (views settled "
              f"{1000 * undo[1]:.0f} ms), redo {1000 * redo[0]:.0f} ms (views settled "
              f"{1000 * redo[1]:.0f} ms)")
    doc.undo_stack.clear()
    window.close()
    print(f"undo/redo: {1000 * worst:.0f} ms (worst, views settled)")
    return 0


def settle(app: object) -> float:
    """Run the event loop until the views' deferred refreshes are done (then idle for
    150 ms); the moment the last of them ended."""
    from PySide6.QtCore import QCoreApplication, QEventLoop

    quiet_since = time.perf_counter()
    while time.perf_counter() - quiet_since < 0.15:
        before = time.perf_counter()
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
        if time.perf_counter() - before > 0.005:
            quiet_since = time.perf_counter()
        time.sleep(0.002)
    del app
    return quiet_since


if __name__ == "__main__":
    sys.exit(main())
