"""Render one view of a mission and its plan to a PNG, offscreen (``--view ... --screenshot``)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication, QWidget

from missionplanner.errors import MissionPlannerError
from missionplanner.model import Mission, Plan
from ui.selection import Selection

VIEWS = ("map", "timeline", "dashboard")


def make_view(name: str, selection: Selection | None = None) -> QWidget:
    """A new map, timeline or dashboard widget."""
    if name == "map":
        from ui.views.map import MapWidget

        return MapWidget(selection)
    if name == "timeline":
        from ui.views.timeline import TimelineView

        return TimelineView(selection)
    if name == "dashboard":
        from ui.views.dashboard import DashboardView

        return DashboardView(selection)
    raise MissionPlannerError(f"unknown view {name!r}: say {', '.join(VIEWS)}")


def render_view(name: str, mission: Mission, plan: Plan | None, path: str | Path,
                size: tuple[int, int] = (1600, 1000)) -> Path:
    """Draw the view of ``mission`` and ``plan`` at ``size`` and save it as ``path`` (PNG)."""
    app = QApplication.instance() or QApplication([])
    widget = make_view(name)
    widget.resize(*size)
    widget.set_mission(mission)  # type: ignore[attr-defined]
    widget.set_plan(plan)  # type: ignore[attr-defined]
    widget.show()
    app.processEvents()
    if name == "map":
        widget.view.fit_country()  # type: ignore[attr-defined]
        app.processEvents()
    path = Path(path)
    if not widget.grab().save(str(path)):
        raise MissionPlannerError(f"{path}: cannot write the picture")
    widget.close()
    return path


def screenshot_main(argv: list[str]) -> int:
    """``missionplanner-gui MISSION [--plan PLAN] --view VIEW --screenshot PNG [--lang ru]
    [--size WxH]``: draw, exit."""
    import argparse
    import os
    import sys

    parser = argparse.ArgumentParser(prog="missionplanner-gui")
    parser.add_argument("mission", type=Path)
    parser.add_argument("--plan", type=Path)
    parser.add_argument("--view", choices=VIEWS, default="map")
    parser.add_argument("--screenshot", type=Path, required=True, metavar="PNG")
    parser.add_argument("--lang", choices=["en", "ru"], default="en")
    parser.add_argument("--size", default="1600x1000", metavar="WxH")
    args, _ = parser.parse_known_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from missionplanner.io import load_mission, load_plan
    from ui import i18n

    app = QApplication.instance() or QApplication([])
    i18n.install(app, args.lang)  # type: ignore[arg-type]
    try:
        width, height = (int(n) for n in args.size.lower().split("x"))
    except ValueError:
        print(f"error: --size {args.size}: say WIDTHxHEIGHT, e.g. 1600x1000", file=sys.stderr)
        return 1

    try:
        mission = load_mission(args.mission)
        plan = load_plan(args.plan) if args.plan else None
        path = render_view(args.view, mission, plan, args.screenshot, (width, height))
    except MissionPlannerError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    print(f"wrote {path}")
    return 0
