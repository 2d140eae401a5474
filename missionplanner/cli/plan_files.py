"""Opening a plan with its mission, the one way every plan-taking command does it."""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass
from pathlib import Path

from missionplanner.io import load_mission, load_plan
from missionplanner.io.mission_ref import check_match, find_mission
from missionplanner.model import Mission, Plan
from missionplanner.planning.fingerprint import check_unchanged, mission_changes

IGNORE_OPTION = "--ignore-mission-changes"


@dataclass(frozen=True)
class PlanWithMission:
    """A plan, the mission it was made for, and where the mission file is."""

    plan: Plan
    mission: Mission
    mission_path: Path


def add_ignore_option(parser: argparse.ArgumentParser) -> None:
    """The option that uses a plan whose mission changed since it was made."""
    parser.add_argument(IGNORE_OPTION, action="store_true", dest="ignore_mission_changes",
                        help="use the plan even though its mission changed since it was made "
                             "(stations moved, hours, time zones, days)")


def open_plan(plan_path: Path, mission_path: Path | None = None, *,
              ignore_changes: bool = False) -> PlanWithMission:
    """Load the plan at ``plan_path`` and its mission: ``mission_path`` when given, else the
    file the plan records; raise :class:`InputError` when they do not belong together, or
    when the mission changed since planning in a way that matters (unless ``ignore_changes``,
    which only notes the changes on stderr)."""
    plan = load_plan(plan_path)
    path = mission_path or find_mission(plan, plan_path)
    mission = load_mission(path)
    check_match(mission, plan, str(path), str(plan_path))
    if not ignore_changes:
        check_unchanged(plan, mission, str(plan_path), IGNORE_OPTION)
    else:
        for change in mission_changes(plan, mission):
            print(f"note: changed since planning: {change}", file=sys.stderr)
    return PlanWithMission(plan, mission, path)
