"""Re-planning a disrupted election day on the small mission: kept visits, feasibility, rules."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

import pytest

from missionplanner.geo import travel_matrix
from missionplanner.model import Activity, DisruptionRecord, Mission, Plan, Route, Visit
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


def _busiest(plan: Plan, exclude: tuple[str, ...] = ()) -> Route:
    """The route with the most ordinary visits (ties by team id): which team that is depends
    on the search, what it does does not."""
    routes = [r for r in plan.routes_on(DAY) if r.team not in exclude]
    return max(routes, key=lambda r: (len(_voting(r)), r.team))


def _area(plan: Plan, team: str) -> str:
    return next(t.area for t in plan.teams if t.id == team) or ""


def _partnered(plan: Plan) -> tuple[Route, Route]:
    """A busy route whose area has a second team, and that team's route."""
    for route in sorted(plan.routes_on(DAY), key=lambda r: -len(_voting(r))):
        others = [r for r in plan.routes_on(DAY)
                  if r.team != route.team and _area(plan, r.team) == _area(plan, route.team)]
        if others:
            return route, others[0]
    raise AssertionError("the small mission always has an area with two teams")


def _leg(mission: Mission, a: str, b: str) -> timedelta:
    stations = {s.id: s for s in mission.stations}
    m = travel_matrix([(stations[a].lat, stations[a].lon), (stations[b].lat, stations[b].lon)],
                      mission.settings.travel)
    return timedelta(seconds=int(m[0, 1]))


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
    """A team observing a station finishes it, then leaves 45 minutes later than it could:
    the next stop, whichever it is, is reached no sooner than the end + 45 min + the drive."""
    route = _busiest(plan)
    current = _voting(route)[len(_voting(route)) // 2]
    now = current.start + timedelta(minutes=10)
    new = again(mission, plan, Delay(route.team, 45), now=now)
    after = _route(new, route.team)
    kept = [*_done(route, now), current]
    assert after.visits[:len(kept)] == kept
    assert len(after.visits) > len(kept), "a team delayed at midday still has a day ahead"
    following = after.visits[len(kept)]
    assert following.arrival >= current.end + timedelta(minutes=45) + _leg(
        mission, current.station, following.station)
    assert_kept(plan, new, now)
    assert_feasible(mission, new)
    assert f"team {route.team} delayed 45 min" in new.notes[len(plan.notes)]


def test_routes_of_other_areas_do_not_change(mission: Mission, plan: Plan) -> None:
    """Only the delayed team's area is solved again, and the plan records the re-plan."""
    team = _busiest(plan).team
    now = datetime.combine(DAY, time(12, 0), tzinfo=_route(plan, team).visits[0].end.tzinfo)
    new = again(mission, plan, Delay(team, 30), now=now)
    for route in plan.routes_on(DAY):
        if _area(plan, route.team) != _area(plan, team):
            assert _route(new, route.team) == route
    assert [(r.areas, r.disruptions) for r in new.replans] == [
        ([_area(plan, team)], [DisruptionRecord(kind="delay", team=team, minutes=30)])]


def test_closed_station_disappears_after_now(mission: Mission, plan: Plan) -> None:
    """A closed station is never visited after now; visits made before now stay."""
    route = _busiest(plan)
    voting = _voting(route)
    now = voting[1].end + timedelta(minutes=1)
    earlier, later = voting[0].station, voting[-1].station
    new = again(mission, plan, Closure(earlier), Closure(later), now=now)
    for r in new.routes_on(DAY):
        assert all(v.station not in (earlier, later) for v in _after(r, now))
    assert earlier in [v.station for v in _route(new, route.team).visits]
    assert_kept(plan, new, now)
    assert_feasible(mission, new)
    assert any(later in n and "dropped" in n for n in new.notes)


def test_closed_counting_station_moves_the_count(mission: Mission, plan: Plan) -> None:
    """When the counting station closes, the team closes and counts at another station."""
    route = _busiest(plan)
    counted = next(v.station for v in route.visits if v.activity is Activity.CLOSING)
    now = _voting(route)[1].end + timedelta(minutes=1)
    new = again(mission, plan, Closure(counted), now=now)
    after = _route(new, route.team)
    closing = [v for v in after.visits if v.activity is Activity.CLOSING]
    counting = [v for v in after.visits if v.activity is Activity.COUNTING]
    assert len(closing) == len(counting) == 1
    assert closing[0].station == counting[0].station != counted
    assert any(f"closing and counting moved to {closing[0].station}" in n for n in new.notes)
    record = new.area_day(_area(plan, route.team), DAY)
    assert record is not None
    assert next(t.counting for t in record.teams if t.team == route.team) == closing[0].station
    assert_feasible(mission, new)


def test_lost_team_stops_and_others_take_its_stations(mission: Mission, plan: Plan) -> None:
    """A lost team has no visit after now; the other team of its area takes its stations."""
    route, partner = _partnered(plan)
    now = _voting(route)[1].end + timedelta(minutes=5)
    new = again(mission, plan, LostTeam(route.team), now=now)
    lost = _route(new, route.team)
    assert lost.visits == _done(route, now) and lost.returns is None
    left = {v.station for v in _after(route, now) if v.activity is Activity.VOTING}
    assert left, "the lost team had stations left to visit"
    taken = {v.station for v in _after(_route(new, partner.team), now)} & left
    assert taken
    assert any("taken over by other teams" in n for n in new.notes)
    assert_kept(plan, new, now)
    assert_feasible(mission, new)


def _road(route: Route) -> tuple[Visit, Visit]:
    """Two consecutive ordinary visits late in the route: a road it drives in the afternoon."""
    voting = _voting(route)
    a = voting[-2]
    b = route.visits[route.visits.index(a) + 1]
    assert b.activity in (Activity.VOTING, Activity.CLOSING) and b.station != a.station
    return a, b


def test_cut_road_is_not_taken_after_now(mission: Mission, plan: Plan) -> None:
    """An impassable road that a route drives after now is not driven any more."""
    route = _busiest(plan)
    a, b = _road(route)
    now = _voting(route)[1].end + timedelta(minutes=1)
    assert a.end > now  # the precondition: the plan drives a -> b after now
    new = again(mission, plan, RoadCut(a.station, b.station), now=now)
    for r in new.routes_on(DAY):
        for x, y in zip(r.visits, r.visits[1:], strict=False):
            if y.end > now:
                assert {x.station, y.station} != {a.station, b.station}
    assert _route(new, route.team) != route
    assert_feasible(mission, new)


def test_slower_road_takes_longer(mission: Mission, plan: Plan) -> None:
    """A road 60 minutes slower that a route drives after now: driven in at least its time
    plus an hour, or avoided -- and then the route changed."""
    route = _busiest(plan)
    a, b = _road(route)
    now = _voting(route)[1].end + timedelta(minutes=1)
    assert a.end > now  # the precondition: the plan drives a -> b after now
    new = again(mission, plan, RoadCut(a.station, b.station, 60), now=now)
    driven = [(x, y) for r in new.routes_on(DAY) for x, y in zip(r.visits, r.visits[1:],
                                                                 strict=False)
              if {x.station, y.station} == {a.station, b.station} and y.end > now]
    for x, y in driven:
        assert y.arrival - x.end >= _leg(mission, x.station, y.station) + timedelta(minutes=60)
    if not driven:
        assert _route(new, route.team) != route
    assert_feasible(mission, new)


def test_team_waiting_at_its_closing_can_still_move(mission: Mission, plan: Plan) -> None:
    """A team early at its closing station is free from now: the count is kept there."""
    waiting = [(r, v) for r in plan.routes_on(DAY) for v in r.visits
               if v.activity is Activity.CLOSING and v.arrival < v.start - timedelta(minutes=30)]
    if not waiting:
        pytest.skip("no team of this plan waits at its closing station")
    route, closing = waiting[0]
    now = closing.arrival + timedelta(minutes=5)
    new = again(mission, plan, Delay(route.team, 1), now=now)
    after = _route(new, route.team)
    assert [v.station for v in after.visits if v.activity is Activity.CLOSING] == \
        [closing.station]
    assert after.visits[-1].activity is Activity.COUNTING
    assert_feasible(mission, new)


def test_replanning_a_day_at_its_start_gives_the_plan_back() -> None:
    """Planning a day is re-planning it from the start with nothing done: every area solved
    again before anyone left, with no disruption and the same search budget, gives the
    plan's routes back exactly -- on election day (openings, counts, protocol trips) and on a
    day before it."""
    mission = make_planning_mission(flagged=3, protocol_trip=True)
    for day in (date(2019, 6, 8), DAY):
        plan = quick_plan(mission, days=(day,))
        areas = tuple(sorted({a.area for a in plan.area_days}))
        assert len(areas) == 3 and plan.routes_on(day)
        result = replan(ReplanRequest(mission, plan, (), now=time(5, 0), day=day, iterations=10,
                                      areas=areas))
        assert result.areas_touched == areas
        assert result.plan.routes == plan.routes
        assert [a.teams for a in result.plan.area_days] == [a.teams for a in plan.area_days]
        assert result.plan.left_out == plan.left_out


def test_same_replan_twice_in_deterministic_mode(mission: Mission, plan: Plan) -> None:
    """Reproducible re-plans of the same disruption give the same routes and notes."""
    route = _busiest(plan)
    now = _voting(route)[2].end + timedelta(minutes=2)
    disruptions = [Delay(route.team, 40), Closure(_voting(route)[-1].station)]
    one = again(mission, plan, *disruptions, now=now)
    two = again(mission, plan, *disruptions, now=now)
    assert one.routes == two.routes and one.notes == two.notes
    assert one.left_out == two.left_out


def test_wall_clock_now_and_no_duplicates(mission: Mission, plan: Plan) -> None:
    """``now`` as a local wall-clock time; the new plan is a valid Plan with no duplicates."""
    first, second = _busiest(plan).team, _busiest(plan, exclude=(_busiest(plan).team,)).team
    new = again(mission, plan, Delay(first, 20), LostTeam(second), now=time(13, 0))
    one = _route(plan, first).visits[0].end.tzinfo
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


def test_nothing_to_replan_and_unknown_areas_are_replan_errors(mission: Mission,
                                                              plan: Plan) -> None:
    """No disruption and no area, or an area the mission does not have, say so."""
    with pytest.raises(ReplanError, match="say what happened"):
        replan(ReplanRequest(mission, plan, (), now=time(12, 0)))
    with pytest.raises(ReplanError, match="unknown area"):
        replan(ReplanRequest(mission, plan, (), now=time(12, 0), areas=("atlantis",)))


def test_plan_with_two_days_needs_the_day(mission: Mission) -> None:
    """A plan of several days says which days it has when none is given."""
    both = quick_plan(mission, iterations=3)
    with pytest.raises(ReplanError, match="say which one"):
        again(mission, both, Delay("team-01", 10), now=time(12, 0))
