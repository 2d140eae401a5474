"""A plan remembers its mission file (``Plan.mission_file``), so that commands need only the plan.

The path is recorded relative to the plan when the two files lie side by side (the pair can
then be moved or shared together), else as an absolute path.
"""

from __future__ import annotations

from pathlib import Path

from missionplanner.errors import InputError, InputProblem
from missionplanner.messages import app_errors as e
from missionplanner.messages import say
from missionplanner.model import Mission, Plan


def mission_ref(mission_path: Path, plan_path: Path) -> str:
    """What to record in ``Plan.mission_file`` for a plan written to ``plan_path``."""
    mission, plan = mission_path.resolve(), plan_path.resolve()
    return mission.name if mission.parent == plan.parent else str(mission)


def find_mission(plan: Plan, plan_path: Path) -> Path:
    """The mission file the plan at ``plan_path`` records; :class:`InputError` when it cannot
    say or the file is no longer there (then the mission must be given by hand)."""
    if not plan.mission_file:
        raise InputError(say(e.NO_MISSION_FILE, plan=plan_path, mission=repr(plan.mission)))
    path = Path(plan.mission_file)
    if not path.is_absolute():
        path = plan_path.parent / path
    if not path.is_file():
        raise InputError(say(e.MISSION_FILE_GONE, plan=plan_path, path=path,
                             mission=repr(plan.mission)))
    return path


def find_travel_table(plan: Plan, plan_path: Path) -> Path | None:
    """The travel-time table file the plan at ``plan_path`` was made with (None: made with
    estimated times); :class:`InputError` when it is no longer there."""
    table = plan.made_with.travel_table
    if table is None:
        return None
    path = Path(table.file)
    if not path.is_absolute():
        path = plan_path.parent / path
    if not path.is_file():
        raise InputError(say(e.MATRIX_GONE, plan=plan_path, path=path))
    return path


def check_match(mission: Mission, plan: Plan, mission_file: str = "", plan_file: str = "") -> None:
    """Raise :class:`InputError` when the plan was not made for this mission."""
    if plan.mission != mission.id:
        if plan_file and mission_file:
            raise InputError(say(e.OTHER_MISSION_FILES, plan_file=plan_file,
                                 plan=repr(plan.mission),
                                 mission_file=mission_file, mission=repr(mission.id)))
        if plan_file:
            raise InputError(say(e.OTHER_MISSION_PLAN_FILE, plan_file=plan_file,
                                 plan=repr(plan.mission), mission=repr(mission.id)))
        if mission_file:
            raise InputError(say(e.OTHER_MISSION_FILE, plan=repr(plan.mission),
                                 mission_file=mission_file, mission=repr(mission.id)))
        raise InputError(say(e.OTHER_MISSION, plan=repr(plan.mission), mission=repr(mission.id)))
    stations = {s.id for s in mission.stations}
    observers = {o.id for o in mission.observers}
    problems = [
        InputProblem(say(e.ROUTE_UNKNOWN_STATION, team=r.team, day=r.day, station=repr(v.station)),
                     file=plan_file or None, path=f"$.routes[{i}]")
        for i, r in enumerate(plan.routes) for v in r.visits if v.station not in stations
    ]
    problems += [
        InputProblem(say(e.TEAM_UNKNOWN_OBSERVER, team=t.id, observer=repr(m)),
                     file=plan_file or None, path=f"$.teams[{i}]")
        for i, t in enumerate(plan.teams) for m in t.members if m not in observers
    ]
    if problems:
        raise InputError(say(e.PLAN_DOES_NOT_MATCH, mission=repr(mission.id)), problems)
