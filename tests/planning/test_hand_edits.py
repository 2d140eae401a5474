"""Hand-edit services: re-time a route, insertion options for a station, check a plan."""

from __future__ import annotations

from datetime import date, time, timedelta

import pytest

from missionplanner.model import Activity, Mission, Plan, Route
from missionplanner.planning import (
    HandEditError,
    check_plan,
    insertion_options,
    retime_route,
    route_stations,
)
from missionplanner.planning.legs import Travel
from tests.planning.conftest import make_planning_mission, quick_plan

DAY = date(2019, 6, 9)
BEFORE = date(2019, 6, 8)


@pytest.fixture(scope="module")
def mission() -> Mission:
    """The small mission, with protocol trips."""
    return make_planning_mission(flagged=3, protocol_trip=True)


@pytest.fixture(scope="module")
def plan(mission: Mission) -> Plan:
    """Both days planned."""
    return quick_plan(mission, iterations=5)


def _busiest(plan: Plan, day: date) -> Route:
    return max(plan.routes_on(day), key=lambda r: (len(r.visits), r.team))


def _with(plan: Plan, route: Route) -> Plan:
    """``plan`` with ``route`` in place of the team's route that day (not validated)."""
    routes = [route if (r.team, r.day) == (route.team, route.day) else r for r in plan.routes]
    return plan.model_copy(update={"routes": routes})


def test_a_planned_plan_breaks_no_rule(mission: Mission, plan: Plan) -> None:
    """The checker and the builder agree: the planner's own plan has no violation."""
    assert check_plan(mission, plan) == []


def test_retiming_a_route_in_its_own_order_gives_it_back(mission: Mission, plan: Plan) -> None:
    """Every route, re-timed through its own stations, has exactly its times (lunch where it
    was), and breaks nothing."""
    for route in plan.routes:
        again = retime_route(mission, plan, route.team, route.day, route_stations(route))
        assert again.route == route and again.violations == ()


def test_a_swap_is_retimed_by_the_travel_model(mission: Mission, plan: Plan) -> None:
    """Two visits swapped: same stations, every drive at least the model's leg, visits in
    their hours, and nothing to report when the day still fits."""
    route = _busiest(plan, BEFORE)
    stations = route_stations(route)
    stations[1], stations[2] = stations[2], stations[1]
    new = retime_route(mission, plan, route.team, BEFORE, stations)
    assert route_stations(new.route) == stations
    travel = Travel.of(mission)
    from missionplanner.planning.places import Places

    places = Places(mission)
    for a, b in zip(new.route.visits, new.route.visits[1:], strict=False):
        assert (b.arrival - a.end).total_seconds() >= travel.leg(places.of(a.station),
                                                                  places.of(b.station))
    assert all(v.end - v.start == timedelta(minutes=20) for v in new.route.visits)
    assert [v.rule for v in new.violations] == []


def test_an_opening_moved_far_away_is_late_and_flagged(mission: Mission, plan: Plan) -> None:
    """The first station opens the day: put the station farthest from the old opening first
    and the team cannot be there by 06:30 -- the opening is late (flagged on visit 0), and
    the old opening station becomes an ordinary visit."""
    route = _busiest(plan, DAY)
    stations = route_stations(route)
    where = {s.id: s for s in mission.stations}
    first = where[stations[0]]
    far = max((s for s in mission.stations if s.id not in stations),
              key=lambda s: (s.lat - first.lat) ** 2 + (s.lon - first.lon) ** 2).id
    new = retime_route(mission, plan, route.team, DAY, [far, *stations])
    assert [(v.station, v.activity) for v in new.route.visits[:2]] == [
        (far, Activity.OPENING), (stations[0], Activity.VOTING)]
    late = [v for v in new.violations if v.rule == "opening"]
    assert [(v.visit_index, v.station) for v in late] == [(0, far)]
    assert new.route.visits[0].start.time() > time(6, 30)


def _area_stations(mission: Mission, plan: Plan, team: str) -> set[str]:
    from missionplanner.planning.areas import build_areas

    area = next(t.area for t in plan.teams if t.id == team)
    return set(next(a.stations for a in build_areas(mission) if a.id == area))


def test_too_many_stations_break_the_hours_and_the_curfew(mission: Mission, plan: Plan) -> None:
    """Every station of another region added to a day: visits start after their last start,
    the team is back after the end of its shift, the stations are outside its area -- all
    listed with their visits, not refused."""
    route = _busiest(plan, DAY)
    own = _area_stations(mission, plan, route.team)
    far = [s.id for s in mission.stations if s.id not in own and s.region == "karaganda"]
    stations = route_stations(route)
    crowded = [stations[0], *far, *stations[1:]]
    new = retime_route(mission, plan, route.team, DAY, crowded)
    assert route_stations(new.route) == crowded
    rules = {v.rule for v in new.violations}
    assert {"hours", "area"} <= rules and ("curfew" in rules or "closing" in rules)
    for v in new.violations:
        if v.visit_index is not None:
            assert new.route.visits[v.visit_index].station == v.station
    assert {v.station for v in new.violations if v.rule == "area"} == set(far)


def test_a_station_of_another_team_is_a_duplicate(mission: Mission, plan: Plan) -> None:
    """Adding a station another team observes that day names that team."""
    route, other = sorted(plan.routes_on(DAY), key=lambda r: r.team)[:2]
    theirs = route_stations(other)[1]
    new = retime_route(mission, plan, route.team, DAY,
                       [*route_stations(route)[:1], theirs, *route_stations(route)[1:]])
    assert any(v.rule == "duplicate" and v.station == theirs and other.team in v.message
               for v in new.violations)


def test_unknown_team_day_or_station_is_a_hand_edit_error(mission: Mission, plan: Plan) -> None:
    """Bad names say what is wrong."""
    route = plan.routes[0]
    with pytest.raises(HandEditError, match="unknown team 'nobody'"):
        retime_route(mission, plan, "nobody", DAY, [])
    with pytest.raises(HandEditError, match="not an observation day"):
        retime_route(mission, plan, route.team, date(2019, 6, 1), [])
    with pytest.raises(HandEditError, match="unknown station"):
        retime_route(mission, plan, route.team, route.day, ["atlantis/1"])


def test_check_plan_names_team_day_visit_and_rule(mission: Mission, plan: Plan) -> None:
    """A visit pulled 40 minutes earlier (the drive to it too short, and before polling
    opens when that is the case): each violation says where and which rule."""
    route = _busiest(plan, DAY)
    i = next(k for k, v in enumerate(route.visits) if k > 0 and v.activity is Activity.VOTING
             and route.visits[k - 1].station != v.station)
    shift = timedelta(minutes=40)
    v = route.visits[i]
    moved = v.model_copy(update={"arrival": v.arrival - shift, "start": v.start - shift,
                                 "end": v.end - shift})
    broken = route.model_copy(update={"visits": [*route.visits[:i], moved,
                                                 *route.visits[i + 1:]]})
    found = check_plan(mission, _with(plan, broken))
    travel = [x for x in found if x.rule == "travel"]
    assert travel and travel[0].team == route.team and travel[0].day == DAY
    assert travel[0].visit_index == i and travel[0].station == v.station
    assert all(x.team == route.team for x in found)


def test_check_plan_finds_a_late_return_and_a_short_visit(mission: Mission, plan: Plan) -> None:
    """Back at 00:30 in Karaganda (curfew 23:59) and a visit cut to 10 minutes."""
    route = next(r for r in plan.routes_on(DAY)
                 if next(t.area for t in plan.teams if t.id == r.team) == "karaganda")
    assert route.returns is not None
    late = route.returns.replace(hour=0, minute=30) + timedelta(days=1)
    i = next(k for k, v in enumerate(route.visits) if v.activity is Activity.VOTING)
    short = route.visits[i].model_copy(update={"end": route.visits[i].start
                                               + timedelta(minutes=10)})
    broken = route.model_copy(update={"returns": late, "visits": [
        *route.visits[:i], short, *route.visits[i + 1:]]})
    rules = {(x.rule, x.visit_index) for x in check_plan(mission, _with(plan, broken))}
    assert ("curfew", None) in rules and ("service", i) in rules


def test_insertion_options_are_places_in_the_area_best_first(mission: Mission,
                                                              plan: Plan) -> None:
    """For a candidate nobody visits: options only in routes of its area, sorted by rule
    breaks then added driving; each option's route is what re-timing that order gives."""
    visited = {(v.station, r.day) for r in plan.routes for v in r.visits}
    record, station = next((a, c.station) for a in plan.area_days for c in a.candidates
                           if (c.station, a.day) not in visited)
    options = insertion_options(mission, plan, station, record.day, limit=50)
    teams = {t.team for t in record.teams}
    assert options and {o.team for o in options} <= teams
    keys = [(len(o.violations), o.extra_minutes) for o in options]
    assert keys == sorted(keys)
    score = next(c.score for c in record.candidates if c.station == station)
    assert all(o.score_delta == score and o.extra_minutes >= 0 for o in options)
    best = options[0]
    route = next(r for r in plan.routes_on(record.day) if r.team == best.team)
    stations = route_stations(route)
    order = [*stations[:best.position], station, *stations[best.position:]]
    assert retime_route(mission, plan, best.team, record.day, order).route == best.route
    assert route_stations(best.route)[best.position] == station


def test_moving_a_visited_station_costs_no_score_and_is_no_duplicate(mission: Mission,
                                                                     plan: Plan) -> None:
    """A station already on a route that day is moved: score 0, no duplicate reported."""
    record = plan.area_days[-1]
    routes = [r for r in plan.routes_on(record.day) if r.team in {t.team for t in record.teams}]
    station = route_stations(routes[0])[1]
    options = insertion_options(mission, plan, station, record.day, limit=50)
    assert options and all(o.score_delta == 0 for o in options)
    assert not any(v.rule == "duplicate" for o in options for v in o.violations)
