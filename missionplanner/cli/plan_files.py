"""Opening a plan with its mission, the one way every plan-taking command does it."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from missionplanner.io import load_mission, load_plan
from missionplanner.io.mission_ref import check_match, find_mission
from missionplanner.model import Mission, Plan


@dataclass(frozen=True)
class PlanWithMission:
    """A plan, the mission it was made for, and where the mission file is."""

    plan: Plan
    mission: Mission
    mission_path: Path


def open_plan(plan_path: Path, mission_path: Path | None = None) -> PlanWithMission:
    """Load the plan at ``plan_path`` and its mission: ``mission_path`` when given, else the
    file the plan records; raise :class:`InputError` when they do not belong together."""
    plan = load_plan(plan_path)
    path = mission_path or find_mission(plan, plan_path)
    mission = load_mission(path)
    check_match(mission, plan, str(path), str(plan_path))
    return PlanWithMission(plan, mission, path)
