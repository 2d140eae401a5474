"""A plan remembers its mission file (``Plan.mission_file``), so that commands need only the plan.

The path is recorded relative to the plan when the two files lie side by side (the pair can
then be moved or shared together), else as an absolute path.
"""

from __future__ import annotations

from pathlib import Path

from missionplanner.errors import InputError, InputProblem
from missionplanner.model import Mission, Plan


def mission_ref(mission_path: Path, plan_path: Path) -> str:
    """What to record in ``Plan.mission_file`` for a plan written to ``plan_path``."""
    mission, plan = mission_path.resolve(), plan_path.resolve()
    return mission.name if mission.parent == plan.parent else str(mission)


def find_mission(plan: Plan, plan_path: Path) -> Path:
    """The mission file the plan at ``plan_path`` records; :class:`InputError` when it cannot
    say or the file is no longer there (then the mission must be given by hand)."""
    if not plan.mission_file:
        raise InputError(f"{plan_path} does not record its mission file (made before plans "
                         f"did): give the mission file of {plan.mission!r} as well")
    path = Path(plan.mission_file)
    if not path.is_absolute():
        path = plan_path.parent / path
    if not path.is_file():
        raise InputError(f"{plan_path} was made from the mission file {path}, which is not "
                         f"there any more: give the mission file of {plan.mission!r} as well")
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
        raise InputError(f"{plan_path} was made with the travel-time table {path}, which is not "
                         "there any more: give it with --travel-matrix FILE")
    return path


def check_match(mission: Mission, plan: Plan, mission_file: str = "", plan_file: str = "") -> None:
    """Raise :class:`InputError` when the plan was not made for this mission."""
    if plan.mission != mission.id:
        where = f" ({plan_file})" if plan_file else ""
        other = f" ({mission_file})" if mission_file else ""
        raise InputError(
            f"the plan{where} was made for mission {plan.mission!r}, but the mission file{other} "
            f"is {mission.id!r}: give the mission the plan was made for"
        )
    stations = {s.id for s in mission.stations}
    observers = {o.id for o in mission.observers}
    problems = [
        InputProblem(f"route of team {r.team} on {r.day} visits station {v.station!r}, which the "
                "mission does not have", file=plan_file or None, path=f"$.routes[{i}]")
        for i, r in enumerate(plan.routes) for v in r.visits if v.station not in stations
    ]
    problems += [
        InputProblem(f"team {t.id} lists observer {m!r}, whom the mission does not have",
                file=plan_file or None, path=f"$.teams[{i}]")
        for i, t in enumerate(plan.teams) for m in t.members if m not in observers
    ]
    if problems:
        raise InputError(
            f"the plan does not match mission {mission.id!r} (edited since planning?):", problems
        )
