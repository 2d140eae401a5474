"""Re-planning a disrupted election day on the small mission: kept visits, feasibility, rules."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

import pytest

from missionplanner.geo import travel_matrix
from missionplanner.model import Activity, Mission, Plan, Route, Visit
from missionplanner.planning import (
    Closure,
    Delay,
    Disruption,
    LostTeam,
    ReplanError,
    ReplanRequest,
    RoadCut,
    replan,
)
from tests.planning.conftest import make_planning_mission, quick_plan

DAY = date(2019, 6, 9)


def again(mission: Mission, plan: Plan, *disruptions: Disruption, now: time | datetime,
          day: date | None = None) -> Plan:
    """The plan re-planned from ``now`` after ``disruptions`` (10 iterations per area)."""
    return replan(ReplanRequest(mission, plan, disruptions, now=now, day=day,
                                iterations=10)).plan


@pytest.fixture(scope="module")
def mission() -> Mission:
    """The small mission with three flagged stations."""
    return make_planning_mission(flagged=3)


@pytest.fixture(scope="module")
def plan(mission: Mission) -> Plan:
    """A deterministic plan of its election day."""
    return quick_plan(mission, days=(DAY,))


def _route(plan: Plan, team: str) -> Route:
    return next(r for r in plan.routes_on(DAY) if r.team == team)


def _voting(route: Route) -> list[Visit]:
    return [v for v in route.visits if v.activity is Activity.VOTING]


def _done(route: Route, now: datetime) -> list[Visit]:
    return [v for v in route.visits if v.end <= now]


def _after(route: Route, now: datetime) -> list[Visit]:
    return [v for v in route.visits if v.end > now]


def assert_feasible(mission: Mission, plan: Plan, cut: datetime | None = None) -> None:
    """Every leg has at least the estimated travel time; visits keep the stations' hours
    (a visit ending at ``cut`` may have been cut short there)."""
    stations = {s.id: s for s in mission.stations}
    svc = timedelta(minutes=mission.settings.service_minutes_election_day)
    for route in plan.routes_on(DAY):
        for a, b in zip(route.visits, route.visits[1:], strict=False):
            assert b.arrival >= a.end
            if a.station == b.station:
                continue
            legs = travel_matrix([(stations[a.station].lat, stations[a.station].lon),
                                  (stations[b.station].lat, stations[b.station].lon)],
                                 mission.settings.travel)
            assert (b.arrival - a.end).total_seconds() >= legs[0, 1], (route.team, a, b)
        for v in route.visits:
            if v.activity is Activity.VOTING:
                assert time(7) <= v.start.time() and v.end.time() <= time(20)
                assert v.end - v.start == svc or (v.end == cut and v.end - v.start < svc)
            if v.activity is Activity.CLOSING:
                assert v.start.time() == time(19, 30)


def assert_kept(before: Plan, after: Plan, now: datetime) -> None:
    """Visits that ended by now are exactly as they were, for every team."""
    for route in before.routes_on(DAY):
        done = _done(route, now)
        assert _route(after, route.team).visits[:len(done)] == done


def test_delay_shifts_the_rest_of_the_day(mission: Mission, plan: Plan) -> None:
    """A team observing a station finishes it, then leaves 45 minutes later than planned."""
    route = _route(plan, "team-04")
    current = _voting(route)[3]
    now = current.start + timedelta(minutes=10)
    new = again(mission, plan, Delay("team-04", 45), now=now)
    after = _route(new, "team-04")
    kept = [*_done(route, now), current]
    assert after.visits[:len(kept)] == kept
    following = after.visits[len(kept)]
    assert following.arrival - current.end >= timedelta(minutes=45)
    planned = route.visits[len(kept)]
    if following.station == planned.station:
        assert following.arrival >= planned.arrival + timedelta(minutes=45)
    assert_kept(plan, new, now)
    assert_feasible(mission, new)
    assert "team team-04 delayed 45 min" in new.notes[len(plan.notes)]


def test_routes_of_other_areas_do_not_change(mission: Mission, plan: Plan) -> None:
    """Only the delayed team's area is solved again."""
    now = datetime.combine(DAY, time(12, 0), tzinfo=_route(plan, "team-04").visits[0].end.tzinfo)
    new = again(mission, plan, Delay("team-04", 30), now=now)
    areas = {t.id: t.area for t in plan.teams}
    for route in plan.routes_on(DAY):
        if areas[route.team] != areas["team-04"]:
            assert _route(new, route.team) == route
    assert new.settings_used["replans"] == [{  # type: ignore[comparison-overlap]
        **new.settings_used["replans"][0],  # type: ignore[index]
        "areas": [areas["team-04"]],
        "disruptions": [{"kind": "delay", "team": "team-04", "minutes": 30}]}]


def test_closed_station_disappears_after_now(mission: Mission, plan: Plan) -> None:
    """A closed station is never visited after now; visits made before now stay."""
    route = _route(plan, "team-05")
    voting = _voting(route)
    now = voting[3].end + timedelta(minutes=1)
    earlier, later = voting[1].station, voting[-2].station
    new = again(mission, plan, Closure(earlier), Closure(later), now=now)
    for r in new.routes_on(DAY):
        assert all(v.station not in (earlier, later) for v in _after(r, now))
    assert earlier in [v.station for v in _route(new, "team-05").visits]
    assert_kept(plan, new, now)
    assert_feasible(mission, new)
    assert any(later in n and "dropped" in n for n in new.notes)


def test_closed_counting_station_moves_the_count(mission: Mission, plan: Plan) -> None:
    """When the counting station closes, the team closes and counts at another station."""
    route = _route(plan, "team-04")
    counted = next(v.station for v in route.visits if v.activity is Activity.CLOSING)
    now = _voting(route)[2].end + timedelta(minutes=1)
    new = again(mission, plan, Closure(counted), now=now)
    after = _route(new, "team-04")
    closing = [v for v in after.visits if v.activity is Activity.CLOSING]
    counting = [v for v in after.visits if v.activity is Activity.COUNTING]
    assert len(closing) == len(counting) == 1
    assert closing[0].station == counting[0].station != counted
    assert any(f"closing and counting moved to {closing[0].station}" in n for n in new.notes)
    assert_feasible(mission, new)


def test_lost_team_stops_and_others_take_its_stations(mission: Mission, plan: Plan) -> None:
    """A lost team has no visit after now; the other team of its area takes its stations."""
    route = _route(plan, "team-03")
    now = _voting(route)[1].end + timedelta(minutes=5)
    new = again(mission, plan, LostTeam("team-03"), now=now)
    lost = _route(new, "team-03")
    assert lost.visits == _done(route, now) and lost.returns is None
    left = {v.station for v in _after(route, now)}
    taken = {v.station for v in _after(_route(new, "team-02"), now)} & left
    assert taken
    assert any("taken over by other teams" in n for n in new.notes)
    assert_kept(plan, new, now)
    assert_feasible(mission, new)


def test_cut_road_is_not_taken_after_now(mission: Mission, plan: Plan) -> None:
    """An impassable road between two stations of a route is not driven after now."""
    route = _route(plan, "team-05")
    voting = _voting(route)
    a, b = voting[4], voting[5]
    now = voting[2].end + timedelta(minutes=1)
    new = again(mission, plan, RoadCut(a.station, b.station), now=now)
    for r in new.routes_on(DAY):
        for x, y in zip(r.visits, r.visits[1:], strict=False):
            if y.end > now:
                assert {x.station, y.station} != {a.station, b.station}
    assert_feasible(mission, new)


def test_slower_road_takes_longer(mission: Mission, plan: Plan) -> None:
    """A road 60 minutes slower is driven in at least its time plus an hour, if at all."""
    route = _route(plan, "team-05")
    voting = _voting(route)
    a, b = voting[4], voting[5]
    now = voting[2].end + timedelta(minutes=1)
    new = again(mission, plan, RoadCut(a.station, b.station, 60), now=now)
    for r in new.routes_on(DAY):
        for x, y in zip(r.visits, r.visits[1:], strict=False):
            if {x.station, y.station} == {a.station, b.station} and y.end > now:
                assert y.arrival - x.end >= timedelta(minutes=60)
    assert_feasible(mission, new)


def test_team_waiting_at_its_closing_can_still_move(mission: Mission, plan: Plan) -> None:
    """A team early at its closing station is free from now: the count is kept there."""
    route = _route(plan, "team-02")
    closing = next(v for v in route.visits if v.activity is Activity.CLOSING)
    if closing.arrival >= closing.start - timedelta(minutes=30):
        pytest.skip("team-02 does not wait at its closing station in this plan")
    now = closing.arrival + timedelta(minutes=5)
    new = again(mission, plan, LostTeam("team-03"), now=now)
    after = _route(new, "team-02")
    assert [v.station for v in after.visits if v.activity is Activity.CLOSING] == \
        [closing.station]
    assert after.visits[-1].activity is Activity.COUNTING
    assert_feasible(mission, new)


def test_same_replan_twice_in_deterministic_mode(mission: Mission, plan: Plan) -> None:
    """Deterministic re-plans of the same disruption give the same routes and notes."""
    route = _route(plan, "team-01")
    now = _voting(route)[4].end + timedelta(minutes=2)
    disruptions = [Delay("team-01", 40), Closure(_voting(route)[-1].station)]
    one = again(mission, plan, *disruptions, now=now)
    two = again(mission, plan, *disruptions, now=now)
    assert one.routes == two.routes and one.notes == two.notes
    assert one.left_out == two.left_out


def test_wall_clock_now_and_no_duplicates(mission: Mission, plan: Plan) -> None:
    """``now`` as a local wall-clock time; the new plan is a valid Plan with no duplicates."""
    new = again(mission, plan, Delay("team-02", 20), LostTeam("team-04"), now=time(13, 0))
    one = _route(plan, "team-04").visits[0].end.tzinfo
    Plan.model_validate(new.model_dump())
    seen = [(v.station, r.day) for r in new.routes for v in r.visits
            if v.activity is not Activity.COUNTING]
    assert len(seen) == len(set(seen))
    assert_feasible(mission, new, cut=datetime.combine(DAY, time(13, 0), tzinfo=one))


@pytest.mark.parametrize(("disruption", "kwargs", "message"), [
    (Delay("team-99", 10), {}, "unknown team 'team-99'"),
    (LostTeam("nobody"), {}, "unknown team 'nobody'"),
    (Closure("nowhere/1"), {}, "unknown station 'nowhere/1'"),
    (RoadCut("karaganda/1", "moon"), {}, "unknown place 'moon'"),
    (Delay("team-01", 0), {}, "a delay is 1 to 1440 minutes"),
    (Delay("team-01", 10), {"day": date(2019, 6, 8)}, "the plan has no routes on 2019-06-08"),
    (Delay("team-01", 10), {"now": time(23, 59)}, "is after the end of 2019-06-09"),
])
def test_bad_input_is_a_replan_error(mission: Mission, plan: Plan, disruption: object,
                                     kwargs: dict[str, object], message: str) -> None:
    """Unknown teams, stations, places and days, or a time after the day, say what is wrong."""
    args: dict[str, object] = {"now": time(12, 0), **kwargs}
    with pytest.raises(ReplanError, match=message):
        again(mission, plan, disruption, **args)  # type: ignore[arg-type]


def test_plan_with_two_days_needs_the_day(mission: Mission) -> None:
    """A plan of several days says which days it has when none is given."""
    both = quick_plan(mission, iterations=3)
    with pytest.raises(ReplanError, match="say which one"):
        again(mission, both, Delay("team-01", 10), now=time(12, 0))
