"""The main job without a window: what ``missionplanner-gui`` does on a machine with no display.

Today it validates the mission and prints its summary; planning and the Excel workbook join it
as those services land (see the open issues).
"""

from __future__ import annotations

import sys
from pathlib import Path

from missionplanner.errors import MissionPlannerError
from missionplanner.io import load_mission
from missionplanner.reports import mission_summary


def run_main_job(mission_path: Path) -> int:
    """Load, check and summarise a mission; exit code 0 on success, 1 on bad input."""
    try:
        mission = load_mission(mission_path)
    except MissionPlannerError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    print(f"Loaded {mission_path}: valid.")
    print(mission_summary(mission))
    return 0
