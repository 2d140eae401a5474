"""The app opens an ODIHR-scale mission (~10,000 stations) and shows its station table.

    .venv/bin/python bench/ui_open.py [MISSION] [--repeat 3]

Offscreen Qt, the app's own main window: the time from File ▸ Open (``open_file``) to the
station table painted (``grab()`` of the window, which paints every visible cell), then a
scroll through the whole table page by page (longest page). Target (issue 13): open and show
<= 1 s. The last line is ``open and show: N ms (best of R)``.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

DEFAULT = Path(__file__).resolve().parents[1] / "sample_missions" / "osce_odihr_2019.json"


def main() -> int:
    """Open the mission ``--repeat`` times in fresh windows; print each phase."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("mission", nargs="?", type=Path, default=DEFAULT)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()

    from PySide6.QtWidgets import QApplication

    from ui import i18n
    from ui.main_window import MainWindow

    app = QApplication.instance() or QApplication([])
    i18n.install(app, "en")
    times = []
    for run in range(args.repeat):
        window = MainWindow(remember_layout=False)
        window.resize(1440, 900)
        window.show()
        app.processEvents()
        start = time.perf_counter()
        assert window.open_file(args.mission)
        opened = time.perf_counter()
        window.grab()
        shown = time.perf_counter()
        view = window.panels["stations"].view
        bar = view.verticalScrollBar()
        longest = 0.0
        for value in range(0, bar.maximum() + 1, max(1, bar.pageStep()) * 25):
            tick = time.perf_counter()
            bar.setValue(value)
            view.viewport().grab()
            longest = max(longest, time.perf_counter() - tick)
        rows = window.panels["stations"].model.rowCount()
        print(f"run {run + 1}: {rows:,} stations; load {1000 * (opened - start):.0f} ms, "
              f"table shown {1000 * (shown - opened):.0f} ms, total "
              f"{1000 * (shown - start):.0f} ms; longest scroll page {1000 * longest:.0f} ms")
        times.append(shown - start)
        window.document.undo_stack.clear()
        window.close()
        window.deleteLater()
        app.processEvents()
    print(f"open and show: {1000 * min(times):.0f} ms (best of {len(times)})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
