"""``missionplanner-gui [MISSION] [--plan PLAN] [--lang ru] [--screenshot PNG [--view V]]``.

Opens the desktop app; ``--screenshot`` renders the main window with the mission and plan to
a PNG offscreen and exits (no display needed); with ``--view map|timeline|dashboard`` it draws
only that view (:mod:`ui.views.screenshot`). Without a display and without
``--screenshot``, it does the main job headless (:mod:`missionplanner.headless`).
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from missionplanner.cli.headless import run_main_job

SCREENSHOT_SIZE = (1600, 1000)


def has_display() -> bool:
    """Whether a window can be shown (an offscreen platform counts, for tests)."""
    if os.environ.get("QT_QPA_PLATFORM"):
        return True
    if sys.platform.startswith("linux"):
        return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    return True


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    """The app's command line."""
    parser = argparse.ArgumentParser(prog="missionplanner-gui",
                                     description="Mission Planner, the desktop app")
    parser.add_argument("mission", nargs="?", type=Path, help="mission file to open")
    parser.add_argument("--plan", type=Path, help="plan file to open with it")
    parser.add_argument("--lang", choices=["en", "ru"],
                        help="interface language (default: the one chosen in Preferences)")
    parser.add_argument("--screenshot", type=Path, metavar="PNG",
                        help="render the main window to PNG offscreen and exit")
    parser.add_argument("--size", default=f"{SCREENSHOT_SIZE[0]}x{SCREENSHOT_SIZE[1]}",
                        metavar="WxH", help="window size for --screenshot")
    parser.add_argument("--view", choices=["map", "timeline", "dashboard"],
                        help="with --screenshot: draw only this view of the plan")
    parser.add_argument("--tab", default="stations",
                        help="table shown by --screenshot (stations, observers, teams, "
                             "regions, visits)")
    parser.add_argument("--select", metavar="TEAM",
                        help="with --screenshot: select this team in every view (the map "
                             "shows its routes)")
    parser.add_argument("--day", type=date.fromisoformat, metavar="YYYY-MM-DD",
                        help="with --screenshot: show this observation day on the map, in "
                             "the visits table and the timeline")
    return parser.parse_args(list(argv))


def main(argv: Sequence[str] | None = None) -> int:
    """Open the app; headless main job without a display; a screenshot with --screenshot."""
    argv = list(sys.argv[1:] if argv is None else argv)
    args = parse_args(argv)
    if args.screenshot is not None and args.view is not None:
        from ui.views.screenshot import screenshot_main

        return screenshot_main(argv)
    if args.screenshot is not None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    elif not has_display():
        print("No display found: running the main job headless instead of opening a window.")
        if args.mission is None:
            print("error: give a mission file", file=sys.stderr)
            return 1
        return run_main_job(args.mission)
    return _run_app(args)


def _run_app(args: argparse.Namespace) -> int:
    from PySide6.QtWidgets import QApplication

    from ui import i18n
    from ui.settings import APPLICATION, ORGANISATION, language

    app = QApplication.instance() or QApplication([sys.argv[0]])
    assert isinstance(app, QApplication)
    app.setOrganizationName(ORGANISATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationDisplayName(APPLICATION)
    from ui.icons import app_icon

    app.setWindowIcon(app_icon())
    from ui.widgets.mnemonics import MnemonicsOnShow

    app.installEventFilter(MnemonicsOnShow(app))
    i18n.install(app, args.lang or language())

    from ui.main_window import MainWindow

    window = MainWindow(remember_layout=args.screenshot is None)
    mission_path = args.mission
    if mission_path is None and args.plan is not None:
        mission_path = _mission_of(args.plan)
    if args.screenshot is not None:
        return _screenshot(app, window, args, mission_path)
    if mission_path is not None:
        window.open_file(mission_path, args.plan)
    window.show()
    window.start_session()
    return int(app.exec())


def _mission_of(plan_path: Path) -> Path | None:
    from missionplanner.errors import MissionPlannerError
    from missionplanner.io import load_plan
    from missionplanner.io.mission_ref import find_mission

    try:
        return find_mission(load_plan(plan_path), plan_path)
    except MissionPlannerError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return None


def _screenshot(app: object, window: object, args: argparse.Namespace,
                mission_path: Path | None) -> int:
    """Render the window with the document to a PNG; exit 0 when written."""
    from ui.main_window import MainWindow

    assert isinstance(window, MainWindow)
    try:
        width, height = (int(n) for n in str(args.size).lower().split("x"))
    except ValueError:
        print(f"error: --size takes WIDTHxHEIGHT, not {args.size!r}", file=sys.stderr)
        return 2
    if mission_path is not None and not window.open_file(mission_path, args.plan):
        return 1
    plan = window.document.plan
    if args.select and (plan is None or args.select not in {r.team for r in plan.routes}):
        print(f"error: --select {args.select}: no such team in the plan", file=sys.stderr)
        return 1
    if args.day and (plan is None or args.day not in {r.day for r in plan.routes}):
        print(f"error: --day {args.day}: the plan has no routes that day", file=sys.stderr)
        return 1
    window.resize(width, height)
    if args.tab in window.panels:
        window.tabs.setCurrentWidget(window.panels[args.tab])
    window.show()
    _settle(app)
    if args.day:
        _show_day(window, args.day)
    if args.select:
        _select_team(window, args.select)
    if args.day:  # the timeline scrolled to the team's first row: back to the day
        _scroll_timeline(window, args.day)
    if args.select or args.day:
        _settle(app)
    image = window.grab()
    window.document.undo_stack.clear()
    window.close()
    if not image.save(str(args.screenshot)):
        print(f"error: cannot write {args.screenshot}", file=sys.stderr)
        return 1
    print(f"wrote {args.screenshot} ({image.width()}x{image.height()})")
    return 0


def _settle(app: object, seconds: float = 0.3) -> None:
    """Let the window lay itself out and the views take the document in (they follow it on
    short timers, a turn of the event loop apart)."""
    import time

    from PySide6.QtCore import QEventLoop
    from PySide6.QtWidgets import QApplication

    end = time.monotonic() + seconds
    while time.monotonic() < end:
        QApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        time.sleep(0.01)


def _select_team(window: object, team: str) -> None:
    """Select ``team`` everywhere and fit the map to its routes."""
    from ui.main_window import MainWindow

    assert isinstance(window, MainWindow)
    window.selection.select(teams={team}, source="screenshot")
    view = getattr(window.views["map"].widget(), "view", None)
    if view is not None:
        view.fit_selection()


def _show_day(window: object, day: date) -> None:
    """One observation day on the map, in the visits table and at the top of the timeline."""
    from ui.main_window import MainWindow

    assert isinstance(window, MainWindow)
    map_widget = window.views["map"].widget()
    days = getattr(map_widget, "day_box", None)
    if days is not None:  # its items hold dates, which findData cannot compare
        days.setCurrentIndex(next((i for i in range(days.count()) if days.itemData(i) == day),
                                  0))
    box = window.panels["visits"].filter_boxes.get("day")
    if box is not None:
        box.setCurrentIndex(max(box.findData(day.isoformat()), 0))
    _scroll_timeline(window, day)


def _scroll_timeline(window: object, day: date) -> None:
    """The timeline's rows of ``day`` at its top."""
    from ui.main_window import MainWindow

    assert isinstance(window, MainWindow)
    timeline = window.views["timeline"].widget()
    rows = [i for i, row in enumerate(getattr(timeline, "rows", [])) if row.day == day]
    if rows:
        top = timeline.row_top(rows[0]) - timeline.row_top(0)  # type: ignore[attr-defined]
        timeline.scroll.verticalScrollBar().setValue(int(top))  # type: ignore[attr-defined]


if __name__ == "__main__":
    sys.exit(main())
