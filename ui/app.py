"""``missionplanner-gui``: start the desktop app, or do the main job headless without a display."""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from pathlib import Path

from missionplanner.cli.headless import run_main_job


def has_display() -> bool:
    """Whether a window can be shown (an offscreen platform counts, for tests)."""
    if os.environ.get("QT_QPA_PLATFORM"):
        return True
    if sys.platform.startswith("linux"):
        return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    return True


def main(argv: Sequence[str] | None = None) -> int:
    """Open the given mission in a window; without a display, do the main job headless."""
    args = list(sys.argv[1:] if argv is None else argv)
    if "--screenshot" in args:  # draw one view offscreen and exit (no window, no display)
        from ui.views.screenshot import screenshot_main

        return screenshot_main(args)
    mission_path = Path(args[0]) if args else None
    if not has_display():
        print("No display found: running the main job headless instead of opening a window.")
        if mission_path is None:
            print("error: give a mission file", file=sys.stderr)
            return 1
        return run_main_job(mission_path)

    from PySide6.QtWidgets import QApplication

    from ui.main_window import MainWindow

    app = QApplication.instance() or QApplication([sys.argv[0], *args[1:]])
    window = MainWindow()
    if mission_path is not None:
        window.open_file(mission_path)
    window.show()
    return int(app.exec())


if __name__ == "__main__":
    sys.exit(main())
