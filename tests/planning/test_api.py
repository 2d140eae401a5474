"""The typed entry points of ``missionplanner.planning``: requests in, results out."""

from __future__ import annotations

import dataclasses
import threading
from datetime import date, time

import pytest

import missionplanner.planning as planning
from missionplanner.model import Mission, Plan
from missionplanner.planning import (
    Delay,
    PlanProgress,
    PlanRequest,
    ReplanRequest,
    plan_mission,
    replan,
)
from tests.planning.conftest import make_planning_mission, quick_plan

DAY = date(2019, 6, 9)


@pytest.fixture(scope="module")
def mission() -> Mission:
    """The small mission."""
    return make_planning_mission()


@pytest.fixture(scope="module")
def plan(mission: Mission) -> Plan:
    """A short reproducible plan of its election day."""
    return quick_plan(mission, days=(DAY,))


def test_the_package_exports_its_public_names() -> None:
    """Everything in ``__all__`` is importable from the package itself."""
    assert {"PlanRequest", "PlanResult", "plan_mission", "ReplanRequest", "ReplanResult",
            "replan", "ProgressSink", "CancelFlag", "PlanProgress"} <= set(planning.__all__)
    assert all(hasattr(planning, name) for name in planning.__all__)


def test_requests_are_frozen(mission: Mission) -> None:
    """A request cannot be changed after it is made (a run is fully described by it)."""
    request = PlanRequest(mission)
    with pytest.raises(dataclasses.FrozenInstanceError):
        request.seed = 3  # type: ignore[misc]


def test_plan_result_has_the_plan_stats_and_progress(mission: Mission, plan: Plan) -> None:
    """The result carries the plan, where the time went, and no cancel; progress is called
    once per area-day, in this process."""
    seen: list[PlanProgress] = []
    result = plan_mission(PlanRequest(mission, seed=5, days=(DAY,), iterations=10, workers=1),
                          progress=seen.append)
    assert not result.cancelled
    assert result.plan.routes == plan.routes
    assert result.stats.area_days == len(seen) == seen[-1].areas_total
    assert {"teams", "deployment", "search"} <= set(result.stats.phases)


def test_replan_result_names_the_areas_and_the_changes(mission: Mission, plan: Plan) -> None:
    """Only the delayed team's area is touched; the changes are the lines the re-plan added
    to the plan's notes."""
    result = replan(ReplanRequest(mission, plan, (Delay("team-04", 30),), now=time(12, 0),
                                  iterations=5))
    area = next(t.area for t in plan.teams if t.id == "team-04")
    assert result.areas_touched == (area,)
    assert result.changes[0].startswith(f"re-plan of {DAY} from 12:00: team team-04 delayed")
    assert list(result.changes) == result.plan.notes[len(plan.notes):]


def test_a_cancelled_replan_still_returns_a_valid_plan(mission: Mission, plan: Plan) -> None:
    """A set cancel flag ends the search at once with the first plan: still a full re-plan."""
    flag = threading.Event()
    flag.set()
    result = replan(ReplanRequest(mission, plan, (Delay("team-04", 30),), now=time(12, 0)),
                    cancel=flag)
    Plan.model_validate(result.plan.model_dump())
    assert {r.team for r in result.plan.routes} == {r.team for r in plan.routes}


def test_every_exported_name_has_a_home() -> None:
    """The lazily loaded names and ``__all__`` agree (a name added to one is in the other)."""
    assert sorted(planning.__all__) == sorted(planning._HOME)
    with pytest.raises(AttributeError):
        planning.no_such_name  # noqa: B018
