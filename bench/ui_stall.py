"""The window's longest event-loop stall while a national plan runs through the app's runner.

    .venv/bin/python bench/ui_stall.py [MISSION] [--iterations N]

Offscreen Qt, the app's own main window with the ODIHR-scale sample (9,968 stations, 339
observers: 169 teams) open, the map, dashboard and timeline docked. A 10 ms timer in the
window's process records the gap between its ticks from Plan ▸ Plan Mission until the plan
is applied (the result parsed, the undo command pushed, every table and view refreshed): a
gap above 10 ms is how long the window could not react. Target (issue 13): <= 100 ms. The
start (sending the mission to the process) and the application of the result are reported
apart, and the last line is ``longest event-loop stall: N ms``. ``--no-views`` closes the
map, dashboard and timeline docks: what stalls is then the workspace's own work.
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
TICK_MS = 10


def main() -> int:
    """Open, plan, and print the stalls."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("mission", nargs="?", type=Path, default=DEFAULT)
    parser.add_argument("--iterations", type=int,
                        help="search iterations per area (default: the planner's)")
    parser.add_argument("--no-views", action="store_true",
                        help="close the map, dashboard and timeline docks first (the "
                             "workspace's own stalls, without the views' redraws)")
    args = parser.parse_args()

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from ui import ask, i18n
    from ui.main_window import MainWindow

    ask.error = lambda _parent, title, text, details="": print(f"error: {title}: {details or text}")
    from ui.planning_api import PlanOptions
    from ui.widgets.mnemonics import MnemonicsOnShow

    app = QApplication.instance() or QApplication([])
    app.installEventFilter(MnemonicsOnShow(app))  # as the app has it: it sees every event
    i18n.install(app, "en")
    window = MainWindow(remember_layout=False)
    window.resize(1600, 1000)
    window.show()
    if args.no_views:
        for name in ("map", "dashboard", "timeline"):
            window.views[name].close()
    assert window.open_file(args.mission)
    for _ in range(20):
        app.processEvents()
    mission = window.document.mission
    assert mission is not None
    window.planning.options = PlanOptions(iterations=args.iterations)
    gaps: list[tuple[float, float]] = []
    last = [time.perf_counter()]

    def tick() -> None:
        now = time.perf_counter()
        gaps.append((now, now - last[0]))
        last[0] = now

    timer = QTimer()
    timer.setInterval(TICK_MS)
    timer.timeout.connect(tick)
    timer.start()
    app.processEvents()
    began = time.perf_counter()
    last[0] = began
    window.plan()
    started = time.perf_counter()
    applied: list[float] = []
    window.document.planChanged.connect(lambda _p: applied.append(time.perf_counter()))
    while not applied and (window.is_planning() or time.perf_counter() - began < 2):
        app.processEvents()
        time.sleep(0.001)
    # let the views catch up (they refresh on the next turn of the event loop)
    settle = time.perf_counter()
    while time.perf_counter() - settle < 2.0:
        app.processEvents()
        time.sleep(0.001)
    timer.stop()
    tick()
    finished = applied[0] if applied else time.perf_counter()
    plan = window.document.plan
    during = [gap for at, gap in gaps if at <= finished - 0.001]
    after = [gap for at, gap in gaps if at > finished - 0.001]
    routes = len(plan.routes) if plan else 0
    visits = sum(len(r.visits) for r in plan.routes) if plan else 0
    print(f"mission: {len(mission.stations):,} stations, {len(mission.observers)} observers")
    print(f"plan: {routes} routes, {visits:,} visits in {finished - began:.1f} s")
    print(f"start (mission sent to the planning process): {1000 * (started - began):.0f} ms")
    print(f"while planning: longest stall {1000 * max(during, default=0):.0f} ms over "
          f"{len(during)} ticks")
    print(f"applying the result (tables, map, dashboard, timeline): longest stall "
          f"{1000 * max(after, default=0):.0f} ms")
    worst = max([*during, *after], default=0.0)
    long_gaps = [f"{1000 * gap:.0f} ms at {at - finished:+.2f} s" for at, gap in gaps
                 if gap > 0.05]
    print(f"gaps over 50 ms (time from the result applied): {', '.join(long_gaps) or 'none'}")
    window.document.undo_stack.clear()
    window.close()
    print(f"longest event-loop stall: {1000 * worst:.0f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
