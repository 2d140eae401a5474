"""The area-day problem (windows, required opening/counting, lunch) and its read-back."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, time
from pathlib import Path
from zoneinfo import ZoneInfo

import solvers
from missionplanner.geo import read_travel_table
from missionplanner.model import Activity, DayKind, Mission, PollingStation, Team
from missionplanner.planning.selection import select_candidates
from missionplanner.planning.translate import solve_area_day, to_result
from tests.planning.conftest import area_day_of, make_planning_mission

DAY = date(2019, 6, 9)
TEAMS = [Team(id="a", members=["o01"]), Team(id="b", members=["o02"])]
DEPOTS = {"a": (51.15, 71.43), "b": (51.15, 71.43)}
PARAMS = solvers.SolveParams(deterministic=True, max_iterations=10, num_workers=1)


def _job(mission: Mission, kind: DayKind = DayKind.ELECTION_DAY, count: int = 12):
    regions = {r.id: r for r in mission.regions}
    stations = [s for s in mission.stations if s.region == "nur-sultan"]
    cands = select_candidates(stations, regions, count=count, seed=1, area="ns", day=DAY)
    return area_day_of(mission, DAY, kind, TEAMS, cands, DEPOTS, area="nur-sultan")


def test_election_day_has_required_opening_and_counting_per_team(
        planning_mission: Mission) -> None:
    """Each team gets one opening at 06:30 and one closing from 19:30, only for itself."""
    job = _job(planning_mission)
    sites = job.problem.sites
    assert len(job.problem.teams) == 2 and sum(s.station is None for s in job.stops) == 1
    for activity, start in ((Activity.OPENING, 6 * 3600 + 1800), (Activity.COUNTING, 19.5 * 3600)):
        idx = [i for i, s in enumerate(job.stops) if s.activity is activity]
        assert len(idx) == 2
        assert {next(iter(sites[i].teams)) for i in idx} == {0, 1}
        assert all(sites[i].required and sites[i].windows == ((start, start),) for i in idx)
    voting = [sites[i] for i, s in enumerate(job.stops) if s.activity is Activity.VOTING]
    assert voting and all(v.windows == ((7 * 3600, 19.5 * 3600),) for v in voting)
    assert job.problem.teams[0].breaks[0].duration == 45 * 60


def test_pre_election_day_visits_in_office_hours(planning_mission: Mission) -> None:
    """Commission visits start between 09:00 and 17:40, with no required site."""
    job = _job(planning_mission, DayKind.PRE_ELECTION)
    assert not any(s.required for s in job.problem.sites)
    stops = [s for s in job.problem.sites if s.service]
    assert all(s.windows == ((9 * 3600, 17 * 3600 + 40 * 60),) for s in stops)


def test_station_in_another_zone_keeps_its_local_hours() -> None:
    """A station on UTC+5 opening at 07:00 local opens at 08:00 on the area's UTC+6 clock."""
    mission = make_planning_mission(observe_opening=False, observe_counting=False)
    west = mission.stations[0].model_copy(update={"tz": "Asia/Aqtobe", "id": "west"})
    mission = mission.model_copy(update={"stations": [*mission.stations, west]})
    cands = select_candidates([*mission.stations[:1], west], {r.id: r for r in mission.regions},
                              count=2, seed=1, area="x", day=DAY)
    job = area_day_of(mission, DAY, DayKind.ELECTION_DAY, TEAMS[:1], cands,
                      {"a": (51.15, 71.43)})
    i = next(i for i, s in enumerate(job.stops) if s.station == "west")
    assert job.zone == "Asia/Almaty"
    assert job.problem.sites[i].windows == ((8 * 3600, 20.5 * 3600),)


def test_read_back_of_a_fake_solution_splits_closing_and_counting(
        planning_mission: Mission) -> None:
    """A hand-made solution becomes aware visits: opening, closing then counting."""
    job = _job(planning_mission)
    opening = next(i for i, s in enumerate(job.stops)
                   if s.activity is Activity.OPENING and 0 in job.problem.sites[i].teams)
    counting = next(i for i, s in enumerate(job.stops)
                    if s.activity is Activity.COUNTING and 0 in job.problem.sites[i].teams)
    h = 3600
    route = solvers.Route(0, (solvers.Visit(opening, 6 * h, 6.5 * h, 7.5 * h),
                              solvers.Visit(counting, 19 * h, 19.5 * h, 23 * h)), 5 * h, 24 * h)
    fake = solvers.Solution((route, solvers.Route(1, (), 6 * h, 6 * h)), 0,
                            {counting + 1: solvers.Reason.NOT_WORTH})
    result = to_result(job, fake, [])
    visits = result.routes[0].visits
    assert [v.activity for v in visits] == [Activity.OPENING, Activity.CLOSING, Activity.COUNTING]
    almaty = ZoneInfo("Asia/Almaty")
    assert visits[0].start == datetime(2019, 6, 9, 6, 30, tzinfo=almaty)
    assert visits[1].end == visits[2].start == datetime(2019, 6, 9, 20, 0, tzinfo=almaty)
    assert visits[2].end == datetime(2019, 6, 9, 23, 0, tzinfo=almaty)
    assert list(result.left_out.values()) == ["left for other stations: the teams' days are full"]


def test_solved_area_day_is_feasible_and_complete(planning_mission: Mission) -> None:
    """The solver's routes open, visit and count; every candidate is visited or left out."""
    job = _job(planning_mission)
    result = solve_area_day(job, PARAMS)
    for route in result.routes:
        acts = [v.activity for v in route.visits]
        assert acts[0] is Activity.OPENING and acts[-2:] == [Activity.CLOSING, Activity.COUNTING]
        assert route.departure is not None and route.departure <= route.visits[0].arrival
    visited = {v.station for r in result.routes for v in r.visits}
    candidates = {s.station for s in job.stops if s.station}
    assert visited | set(result.left_out) == candidates


def test_an_opening_nobody_can_reach_is_not_required_and_the_note_says_so() -> None:
    """A station opening at 06:00 cannot be reached by 05:30 from a base (the day starts at
    06:00): no required opening site, the station stays an ordinary visit, the note names the
    team."""
    mission = make_planning_mission()
    early = PollingStation(**{**mission.stations[0].model_dump(), "opens": time(6, 0)})
    mission = mission.model_copy(update={"stations": [early]})
    cands = select_candidates([early], {r.id: r for r in mission.regions}, count=1, seed=1,
                              area="x", day=DAY)
    job = area_day_of(mission, DAY, DayKind.ELECTION_DAY, TEAMS[:1], cands,
                      {"a": (early.lat, early.lon)}, bases={"a": "hotel"})
    assert job.notes == ("team a: no station can be reached for the opening",)
    activities = {s.activity for s in job.stops if s.station == early.id}
    assert Activity.OPENING not in activities and activities <= {Activity.VOTING,
                                                                  Activity.COUNTING}
    assert not any(site.required and stop.activity is Activity.OPENING
                   for site, stop in zip(job.problem.sites, job.stops, strict=True))


def test_a_required_opening_the_search_cannot_serve_becomes_optional_with_a_note(
        planning_mission: Mission) -> None:
    """An opening whose time window no route can meet is made optional (without its bonus):
    the search then succeeds, the plan has no opening there, and the note says which and
    why."""
    job = _job(planning_mission)
    k = next(i for i, s in enumerate(job.stops) if s.activity is Activity.OPENING)
    site = job.problem.sites[k]
    impossible = replace(site, windows=((0, 0),))  # before the team's day starts
    sites = tuple(impossible if i == k else x for i, x in enumerate(job.problem.sites))
    broken = replace(job, problem=solvers.Problem(job.problem.travel, sites, job.problem.teams))
    result = solve_area_day(broken, PARAMS)
    station = job.stops[k].station
    assert [n for n in result.notes if "could not be planned" in n] == [
        f"opening at {station} could not be planned (unreachable); it became an ordinary "
        "option"]
    assert not any(v.station == station and v.activity is Activity.OPENING
                   for r in result.routes for v in r.visits)
    assert sum(v.activity is Activity.OPENING for r in result.routes for v in r.visits) == 1


def test_travel_table_from_a_file_replaces_the_estimate(planning_mission: Mission,
                                                         tmp_path: Path) -> None:
    """A matrix file naming the base and a station sets that leg's time."""
    regions = {r.id: r for r in planning_mission.regions}
    stations = [s for s in planning_mission.stations if s.region == "nur-sultan"]
    cands = select_candidates(stations, regions, count=3, seed=1, area="ns", day=DAY)
    first = cands[0].station.id
    path = tmp_path / "m.csv"
    path.write_text(f"from,hotel-ns,{first}\nhotel-ns,0,99\n{first},98,0\n", encoding="utf-8")
    job = area_day_of(planning_mission, DAY, DayKind.PRE_ELECTION, TEAMS[:1], cands,
                      {"a": (51.15, 71.43)}, bases={"a": "hotel-ns"},
                      table=read_travel_table(path))
    i = next(k for k, s in enumerate(job.stops) if s.station == first)
    assert job.problem.travel[0, i] == 99 * 60 + 5 * 60 and job.problem.travel[i, 0] == 98 * 60


def test_team_without_a_base_in_reach_stays_overnight_near_an_opening(
        planning_mission: Mission) -> None:
    """From an area centre 200 km away the team moves next to a candidate; a real base stays."""
    regions = {r.id: r for r in planning_mission.regions}
    stations = [s for s in planning_mission.stations if s.region == "karaganda"]
    cands = select_candidates(stations, regions, count=6, seed=1, area="k", day=DAY)
    far = {"a": (48.0, 75.0)}
    moved = area_day_of(planning_mission, DAY, DayKind.ELECTION_DAY, TEAMS[:1], cands, far)
    assert any("stays overnight" in n for n in moved.notes)
    assert any(s.activity is Activity.OPENING for s in moved.stops)
    kept = area_day_of(planning_mission, DAY, DayKind.ELECTION_DAY, TEAMS[:1], cands, far,
                       bases={"a": "hotel"})
    assert any("no station can be reached for the opening" in n for n in kept.notes)
    assert (kept.stops[0].lat, kept.stops[0].lon) == far["a"]


def test_two_teams_without_bases_each_get_an_opening(planning_mission: Mission) -> None:
    """Two teams far from their area both stay overnight, at different stations, and open."""
    regions = {r.id: r for r in planning_mission.regions}
    stations = [s for s in planning_mission.stations if s.region == "karaganda"]
    cands = select_candidates(stations, regions, count=8, seed=1, area="k", day=DAY)
    job = area_day_of(planning_mission, DAY, DayKind.ELECTION_DAY, TEAMS, cands,
                      {"a": (48.0, 75.0), "b": (48.0, 75.0)})
    openings = [i for i, s in enumerate(job.stops) if s.activity is Activity.OPENING]
    assert len(openings) == 2 and sum("stays overnight" in n for n in job.notes) == 2
    assert len({(s.lat, s.lon) for s in job.stops if s.station is None}) == 2
