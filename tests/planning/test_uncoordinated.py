"""Uncoordinated teams: the baseline walks, their rule, hours and counts."""

from __future__ import annotations

from collections import Counter
from datetime import date, datetime, time, timedelta

import pytest

from missionplanner.errors import SettingsError
from missionplanner.model import Activity, Mission
from missionplanner.planning.areas import build_areas
from missionplanner.planning.deployment import deploy
from missionplanner.planning.teams import form_teams
from missionplanner.planning.uncoordinated import OBSERVED, outcome, simulate_uncoordinated
from missionplanner.planning.walks import Walk, Walker
from tests.planning.conftest import make_planning_mission, quick_plan

ELECTION, PRE_ELECTION = date(2019, 6, 9), date(2019, 6, 8)


def crowded_mission(observers: int = 4, counting: bool = True) -> Mission:
    """Only the 15 stations of Nur-Sultan, one per team alone: every team in one small area."""
    base = make_planning_mission(team_size=1, observers=observers, observe_counting=counting)
    stations = [s for s in base.stations if s.region == "nur-sultan"]
    # a third of them keep shorter hours of their own, to check the walks honour them
    for i in range(5, 10):
        stations[i] = stations[i].model_copy(update={"opens": time(9, 0), "closes": time(15, 0)})
    return base.model_copy(update={
        "regions": [r for r in base.regions if r.id == "nur-sultan"], "stations": stations,
        "bases": [b for b in base.bases if b.region == "nur-sultan"], "declared_areas": []})


def walks_of(mission: Mission, seed: int, k: int = 3) -> list[Walk]:
    """The walks of one seed on every day, with the planner's own teams and areas."""
    deployment = deploy(mission, form_teams(mission).teams)
    return Walker(mission, deployment, k).walk(seed, mission.observation_days)


def test_same_seed_same_walks() -> None:
    """A seed fixes every walk; another seed changes them."""
    mission = crowded_mission()
    first = simulate_uncoordinated(mission, [7, 8])
    again = simulate_uncoordinated(mission, [7, 8])
    assert first.outcomes == again.outcomes and first.walks == again.walks
    assert walks_of(mission, 7) == first.walks
    assert walks_of(mission, 9) != first.walks


def test_teams_sharing_a_small_area_meet() -> None:
    """Four teams from one hotel among 15 stations visit some stations twice on a day."""
    report = simulate_uncoordinated(crowded_mission(), 10)
    assert all(o.duplicates > 0 and o.repeats >= o.duplicates for o in report.outcomes)
    assert report.stat("duplicates").mean > 0


def test_nearest_only_makes_teams_walk_together() -> None:
    """With k=1 the draw has no choice: teams starting from one place walk the same way."""
    walks = [w for w in walks_of(crowded_mission(), seed=3, k=1) if w.day == ELECTION]
    assert len(walks) == 4
    paths = {tuple(s.station for s in w.steps) for w in walks}
    assert len(paths) == 1


def test_a_team_never_visits_a_station_twice_a_day() -> None:
    """Within a walk every observed station is new (counting follows its closing)."""
    for seed in range(5):
        for walk in walks_of(crowded_mission(), seed):
            seen = [s.station for s in walk.steps if s.activity in OBSERVED]
            assert len(seen) == len(set(seen))
            for closing, counting in zip(walk.steps, walk.steps[1:], strict=False):
                if counting.activity is Activity.COUNTING:
                    assert closing.activity is Activity.CLOSING
                    assert closing.station == counting.station


def test_coverage_never_exceeds_the_stations() -> None:
    """Teams that could visit more than the area holds cover each station at most once."""
    mission = crowded_mission(observers=6)
    report = simulate_uncoordinated(mission, 5)
    for o in report.outcomes:
        assert 0 < o.stations <= len(mission.stations) == 15
        assert o.voters <= report.voters
        assert o.visits >= o.stations + o.repeats  # a station may be seen on both days
    walks = report.walks
    assert max(len(w.steps) for w in walks) <= 15 + 1  # + the count after the closing
    counted = outcome(walks, {s.id: s.registered_voters for s in mission.stations})
    per_day = Counter((s.station, w.day) for w in walks for s in w.steps
                      if s.activity in OBSERVED)
    assert counted.visits == sum(per_day.values())
    assert counted.duplicates == sum(1 for n in per_day.values() if n > 1)


@pytest.mark.parametrize("counting", [True, False])
def test_walks_keep_the_hours(counting: bool) -> None:
    """Openings before opening, visits while open (a station's own hours included),
    closing and counting at the end of polling, commission visits in office hours."""
    mission = crowded_mission(counting=counting)
    settings = mission.settings
    stations = {s.id: s for s in mission.stations}
    kinds: Counter[Activity] = Counter()
    own_hours = 0
    for seed in range(5):
        for walk in walks_of(mission, seed):
            route = walk.route(mission)
            assert route.departure is not None and route.returns is not None
            assert route.departure >= mission.local_time(
                mission.stations[0], walk.day, settings.day_starts)
            for v in route.visits:
                s = stations[v.station]
                opens = mission.local_time(s, walk.day, s.opens or settings.polling_opens)
                closes = mission.local_time(s, walk.day, s.closes or settings.polling_closes)
                kinds[v.activity] += 1
                own_hours += v.activity is Activity.VOTING and s.closes is not None
                assert v.arrival <= v.start < v.end
                if v.activity is Activity.OPENING:
                    assert v.start == opens - timedelta(
                        minutes=settings.arrive_before_opening_minutes)
                elif v.activity is Activity.VOTING:
                    assert opens <= v.start and v.end <= closes
                    assert v.end - v.start == timedelta(
                        minutes=settings.service_minutes_election_day)
                elif v.activity is Activity.CLOSING:
                    assert v.end == closes
                elif v.activity is Activity.COUNTING:
                    assert v.start == closes
                else:
                    assert v.activity is Activity.PRE_ELECTION and walk.day == PRE_ELECTION
                    assert (mission.local_time(s, walk.day, settings.office_opens) <= v.start
                            and v.end <= mission.local_time(s, walk.day, settings.office_closes))
            assert route.visits[-1].end <= route.returns
    closing = {Activity.CLOSING, Activity.COUNTING} if counting else set()
    assert set(kinds) == {Activity.OPENING, Activity.VOTING, Activity.PRE_ELECTION} | closing
    assert own_hours, "stations with hours of their own were visited"


def test_lunch_is_taken() -> None:
    """Between the first visit ending after noon and the next, the team lunches."""
    lunch = crowded_mission().settings.lunch
    assert lunch is not None
    for walk in walks_of(crowded_mission(), 1):
        route = walk.route(crowded_mission())
        gaps = [(a.end, b.arrival) for a, b in zip(route.visits, route.visits[1:], strict=False)
                if a.end.time() >= lunch.earliest and b.activity is not Activity.COUNTING]
        assert gaps, "every walk is still going after noon"
        first_end, next_arrival = gaps[0]
        assert next_arrival - first_end >= timedelta(minutes=lunch.minutes)


def test_compared_with_a_plan() -> None:
    """Given a plan, the same teams walk on the plan's days, beside its coverage."""
    mission = make_planning_mission()
    plan = quick_plan(mission, seed=None, days=(ELECTION,), iterations=5)
    report = simulate_uncoordinated(mission, 3, plan=plan)
    assert report.days == [ELECTION] and report.teams == len(plan.teams)
    assert {w.team for w in report.walks} == {t.id for t in plan.teams}
    assert report.planned is not None and report.planned.duplicates == 0
    text = "\n".join(report.lines())
    assert f"the plan covers {report.planned.stations[0]} stations" in text


def test_walks_stay_in_their_area_and_keep_the_curfew() -> None:
    """Every walk stays in its team's area; where the region has a curfew, teams are back
    before it."""
    mission = make_planning_mission()
    deployment = deploy(mission, form_teams(mission).teams)
    area_of = {s: a.id for a in build_areas(mission) for s in a.stations}
    team_area = {t.id: t.area for t in deployment.teams}
    checked = 0
    for walk in Walker(mission, deployment).walk(0, mission.observation_days):
        assert walk.area == team_area[walk.team]
        assert {area_of[s.station] for s in walk.steps} <= {walk.area}
        curfew = mission.region(deployment.areas[walk.area].region).curfew
        if curfew is not None and walk.day == ELECTION:
            route = walk.route(mission)
            assert route.returns is not None and route.returns.date() == walk.day
            assert route.returns.time() <= curfew
            checked += 1
    assert checked, "some team works in the region with a curfew"


def test_station_open_for_less_than_a_visit_is_refused() -> None:
    """A station whose own hours are shorter than a visit is named, not walked into."""
    mission = crowded_mission()
    stations = list(mission.stations)
    stations[2] = stations[2].model_copy(update={"opens": time(8, 0), "closes": time(8, 20)})
    with pytest.raises(SettingsError, match=stations[2].id):
        simulate_uncoordinated(mission.model_copy(update={"stations": stations}), 1)


def test_midnight_reference() -> None:
    """Walk times count from local midnight in the area's zone."""
    walk = walks_of(crowded_mission(), 0)[0]
    route = walk.route(crowded_mission())
    midnight = datetime.combine(walk.day, time(0), tzinfo=route.visits[0].start.tzinfo)
    assert route.visits[0].start == midnight + timedelta(seconds=walk.steps[0].start)
