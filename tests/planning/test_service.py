"""The planning service end to end on a small mission: feasible, no duplicates, reproducible."""

from __future__ import annotations

import threading
from datetime import date, timedelta

import pytest

from missionplanner.geo import travel_matrix
from missionplanner.model import Activity, Mission, Plan
from missionplanner.planning import PlanProgress, PlanRequest, plan_mission
from missionplanner.planning.metrics import coverage
from tests.planning.conftest import make_planning_mission, quick_plan


@pytest.fixture(scope="module")
def mission() -> Mission:
    """The small mission with three flagged stations."""
    return make_planning_mission(flagged=3)


@pytest.fixture(scope="module")
def plan(mission: Mission) -> Plan:
    """One deterministic plan of it."""
    return quick_plan(mission)


def _routes(plan: Plan) -> list[tuple[str, date, list[tuple[str, str, str, str]]]]:
    return [(r.team, r.day, [(v.station, v.activity.value, v.start.isoformat(),
                              v.end.isoformat()) for v in r.visits]) for r in plan.routes]


def test_every_route_is_feasible_with_recomputed_travel(mission: Mission, plan: Plan) -> None:
    """Between two stations a team has at least the estimated travel time; hours are kept."""
    stations = {s.id: s for s in mission.stations}
    svc = timedelta(minutes=mission.settings.service_minutes_election_day)
    assert plan.routes
    for route in plan.routes:
        for a, b in zip(route.visits, route.visits[1:], strict=False):
            if a.station == b.station:
                continue
            m = travel_matrix([(stations[a.station].lat, stations[a.station].lon),
                               (stations[b.station].lat, stations[b.station].lon)],
                              mission.settings.travel)
            assert (b.arrival - a.end).total_seconds() >= m[0, 1]
        for v in route.visits:
            local = v.start.astimezone(mission.station_zone(stations[v.station]))
            if v.activity is Activity.VOTING:
                assert (local.hour >= 7 and (v.end.astimezone(local.tzinfo)).hour < 20) or (
                    v.end.astimezone(local.tzinfo).hour == 20
                    and v.end.astimezone(local.tzinfo).minute == 0)
                assert v.end - v.start == svc
            if v.activity is Activity.OPENING:
                assert (local.hour, local.minute) == (6, 30)
            if v.activity is Activity.PRE_ELECTION:
                assert 9 <= local.hour < 18


def test_no_duplicates_and_metrics(mission: Mission, plan: Plan) -> None:
    """No station twice on a day; every region covered; workload for every team."""
    cov = coverage(mission, plan)
    assert cov.duplicates == 0
    assert cov.regions == (3, 3) and cov.stations[0] > 30
    assert set(cov.workload) == {t.id for t in plan.teams}
    assert any("duplicates: 0" in line for line in cov.lines())


def test_same_seed_same_plan_in_deterministic_mode(mission: Mission, plan: Plan) -> None:
    """Planning again with the same seed reproduces every route and time."""
    again = quick_plan(mission)
    assert _routes(again) == _routes(plan)
    assert again.assignments == plan.assignments


def test_parallel_workers_give_the_same_plan(mission: Mission, plan: Plan) -> None:
    """Two worker processes give the plan one process gives, with one progress stream."""
    seen: list[PlanProgress] = []
    parallel = plan_mission(PlanRequest(mission, seed=5, iterations=10, workers=2),
                            progress=seen.append).plan
    assert _routes(parallel) == _routes(plan)
    assert [p.areas_done for p in seen] == list(range(1, 7))
    assert seen[-1].stations_covered == sum(len(r.visits) for r in plan.routes)


def test_other_seed_other_plan(mission: Mission, plan: Plan) -> None:
    """Another seed draws other candidates on the pre-election day."""
    day = date(2019, 6, 8)
    other = quick_plan(mission, seed=6, days=(day,))
    assert _routes(other) != [r for r in _routes(plan) if r[1] == day]


def test_cancel_before_start_plans_nothing(mission: Mission) -> None:
    """A set cancel flag returns at once with no routes, and says so."""
    flag = threading.Event()
    flag.set()
    result = plan_mission(PlanRequest(mission, iterations=10, workers=1), cancel=flag)
    assert result.plan.routes == [] and result.cancelled


def test_flagged_station_without_team_is_left_out_with_reason() -> None:
    """One team (with the head, in the capital): flagged stations elsewhere say why."""
    mission = make_planning_mission(observers=2, flagged=3).model_copy(
        update={"declared_areas": []})
    plan = quick_plan(mission, seed=None, days=(date(2019, 6, 9),))
    reasons = {lo.station: lo.reason for lo in plan.left_out}
    assert reasons["karaganda/6"] == "no team is deployed to Karaganda Region"
    assert "nur-sultan/4" not in reasons


def test_timed_search_in_parallel_waves(mission: Mission) -> None:
    """A short timed search over two processes plans every area with no duplicates."""
    seen: list[PlanProgress] = []
    timed = plan_mission(PlanRequest(mission, seed=5, time_limit=0.2, workers=2),
                         progress=seen.append).plan
    assert len(seen) == 6 and seen[-1].areas_done == 6
    assert coverage(mission, timed).duplicates == 0 and len(timed.routes) == 10
