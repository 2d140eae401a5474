"""The window's longest event-loop stall while the app writes every team's route-sheet PDFs.

    .venv/bin/missionplanner plan sample_missions/osce_odihr_2019.json --out /tmp/odihr.plan.json
    .venv/bin/python bench/ui_export_stall.py [--plan /tmp/odihr.plan.json] [--target pdf]

Offscreen Qt, the app's own main window with the ODIHR 2019 sample and its plan open (about
169 teams), the map, dashboard and timeline docked. A 10 ms timer in the window's process
records the gap between its ticks from File ▸ Export ▸ Route Sheets (PDF) (both the combined
file and one per team, English) until the "Export Finished" prompt: a gap above 10 ms is how
long the window could not react. ``--target teams`` writes the per-team workbooks instead.
The last line is ``longest event-loop stall: N ms``.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parents[1]
MISSION = ROOT / "sample_missions" / "osce_odihr_2019.json"
TICK_MS = 10


def main() -> int:
    """Open, export, and print the stalls."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mission", type=Path, default=MISSION)
    parser.add_argument("--plan", type=Path, default=Path("/tmp/odihr.plan.json"),
                        help="the mission's plan (make it with `missionplanner plan`)")
    parser.add_argument("--target", choices=("pdf", "teams"), default="pdf")
    args = parser.parse_args()
    if not args.plan.is_file():
        sys.exit(f"no plan at {args.plan}: make it with `missionplanner plan {args.mission} "
                 f"--out {args.plan}`")

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from ui import ask, i18n
    from ui.main_window import MainWindow

    finished: list[float] = []
    ask.error = lambda _parent, title, text, details="": print(f"error: {title}: {details or text}")
    ask.done_with_folder = lambda _parent, _title, text: finished.append(
        time.perf_counter()) or print(text.splitlines()[0]) or False

    app = QApplication.instance() or QApplication([])
    i18n.install(app, "en")
    window = MainWindow(remember_layout=False)
    window.resize(1600, 1000)
    window.show()
    assert window.open_file(args.mission, args.plan)
    for _ in range(20):
        app.processEvents()
    plan = window.document.plan
    assert plan is not None, "the plan did not open"
    gaps: list[float] = []
    when: list[float] = []
    last = [time.perf_counter()]

    def tick() -> None:
        now = time.perf_counter()
        gaps.append(now - last[0])
        when.append(now)
        last[0] = now

    timer = QTimer()
    timer.setInterval(TICK_MS)
    timer.timeout.connect(tick)
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / ("route_sheets" if args.target == "pdf" else "teams")
        timer.start()
        app.processEvents()
        began = last[0] = time.perf_counter()
        window.exports.start(args.target, out, "en")
        started = time.perf_counter()
        while not finished and time.perf_counter() - began < 600:
            app.processEvents()
            time.sleep(0.001)
        timer.stop()
        tick()
        files = len(list(out.iterdir())) if out.is_dir() else 0
    end = finished[0] if finished else time.perf_counter()
    print(f"plan: {len({r.team for r in plan.routes})} teams, {len(plan.routes)} routes")
    print(f"export ({args.target}): {files} files in {end - began:.1f} s")
    print(f"start: {1000 * (started - began):.0f} ms")
    long_gaps = [f"{1000 * g:.0f} ms at {at - began:.2f} s" for g, at in zip(gaps, when,
                                                                           strict=True)
                 if g > 0.03]
    print(f"gaps over 30 ms (time from the start): {', '.join(long_gaps) or 'none'}")
    window.document.undo_stack.clear()
    window.close()
    print(f"longest event-loop stall: {1000 * max(gaps, default=0):.0f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
