"""Map speed at national scale: first paint, then pan and zoom redraws, offscreen.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/ui_map.py [MISSION] [PLAN]

Without a plan file it plans MISSION first (deterministic; ~30-60 s for the ODIHR sample).
First paint = set_mission + set_plan + fit + the first full render of a 1600x1000 viewport.
Then the view is rendered at a fixed sequence of 120 transforms (pans of 120 px in four
directions and zooms by 1.25 in and out, from the whole country down to a city and back);
each step is timed from the change of transform to the end of rendering into an image.
The last line is ``map redraw: median N ms, worst M ms``.
"""

from __future__ import annotations

import os
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QPointF
from PySide6.QtWidgets import QApplication

from missionplanner.io import load_mission, load_plan
from ui.views.map import MapView

SIZE = (1600, 1000)


def _render(view: MapView) -> float:
    """Repaint the viewport now (the path a pan or zoom takes on screen), in ms."""
    start = time.perf_counter()
    view.viewport().repaint()
    return (time.perf_counter() - start) * 1000


def _plan(mission_path: Path, plan_path: Path | None) -> Path:
    if plan_path is not None:
        return plan_path
    import subprocess

    out = Path("/tmp") / f"{mission_path.stem}.bench.plan.json"
    if not out.exists():
        subprocess.run([sys.executable, "-m", "missionplanner", "plan", str(mission_path),
                        "--out", str(out), "--deterministic"], check=True,
                       stdout=subprocess.DEVNULL)
    return out


def main() -> None:
    default = "sample_missions/osce_odihr_2019.json"
    mission_path = Path(sys.argv[1] if len(sys.argv) > 1 else default)
    plan_path = _plan(mission_path, Path(sys.argv[2]) if len(sys.argv) > 2 else None)
    app = QApplication.instance() or QApplication([])
    mission, plan = load_mission(mission_path), load_plan(plan_path)
    start = time.perf_counter()
    view = MapView()
    view.resize(*SIZE)
    view.set_mission(mission)
    view.set_plan(plan)
    view.show()
    view.fit_country()
    _render(view)
    first = (time.perf_counter() - start) * 1000
    print(f"{len(mission.stations):,} stations, {len(view.route_items)} routes, "
          f"viewport {SIZE[0]}x{SIZE[1]}")
    print(f"first paint: {first:.0f} ms")
    times: list[float] = []
    view.centerOn(QPointF(*view.projection.point(43.25, 76.92)))  # Almaty
    for step in range(120):
        phase = step % 24
        if phase < 12:
            view.zoom(1.25 if phase < 6 else 1 / 1.25)  # in to a city, out again (a wheel step)
        else:
            dx, dy = [(120, 0), (0, 120), (-120, 0), (0, -120)][phase % 4]
            view.pan_pixels(dx, dy)
        app.processEvents()
        times.append(_render(view))
    times.sort()
    print(f"p90 {times[int(0.9 * len(times))]:.1f} ms")
    print(f"map redraw: median {statistics.median(times):.1f} ms, worst {times[-1]:.1f} ms")


if __name__ == "__main__":
    main()
