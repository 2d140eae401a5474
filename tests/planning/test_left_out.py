"""Reasons for must-cover stations left out: checked, the same for planning and re-planning."""

from __future__ import annotations

from datetime import date

from missionplanner.model import Flag, Mission
from missionplanner.planning.areas import Area
from missionplanner.planning.left_out import AreaDayOutcome, Deployed, left_out
from tests.planning.conftest import make_planning_mission

DAY = date(2019, 6, 9)


def flagged_mission() -> Mission:
    """The small mission with every Karaganda station flagged."""
    mission = make_planning_mission(flagged=0)
    flag = [Flag(irregularity="carousel voting", source="report.pdf")]
    return mission.model_copy(update={"stations": [
        s.model_copy(update={"flags": flag}) if s.region == "karaganda" else s
        for s in mission.stations]})


def split_karaganda(mission: Mission) -> tuple[Area, Area]:
    """Karaganda as a declared city (its urban stations) and the rest of the region."""
    urban = tuple(s.id for s in mission.stations if s.region == "karaganda"
                  and s.settlement == "karaganda")
    rural = tuple(s.id for s in mission.stations if s.region == "karaganda"
                  and s.id not in urban)
    return (Area("karaganda/Karaganda", "Karaganda", "karaganda", urban, 0, declared=True),
            Area("karaganda", "Karaganda Region", "karaganda", rural, 0))


def test_a_station_outside_the_manned_parts_of_its_region_says_which_parts_are() -> None:
    """Not "no team in Karaganda Region" while two teams work there: the reason names the
    part without a team, the station's settlement, and what the region's teams cover."""
    mission = flagged_mission()
    city, rest = split_karaganda(mission)
    deployed = Deployed({a.id: a for a in (city, rest)}, {city.id: 2})
    out = left_out(mission, deployed, DAY, [rest], set(), {})
    village = next(s for s in mission.stations if s.id == rest.stations[0]).settlement
    assert len(out) == len(rest.stations)
    assert out[0].reason == (f"no team is deployed to the part of Karaganda Region around "
                             f"{village}: the region's 2 team(s) cover Karaganda")


def test_a_region_without_any_team_says_so() -> None:
    """No team anywhere in the region: the plain reason."""
    mission = flagged_mission()
    city, rest = split_karaganda(mission)
    out = left_out(mission, Deployed({a.id: a for a in (city, rest)}, {}), DAY, [city], set(),
                   {})
    assert {lo.reason for lo in out} == {"no team is deployed to Karaganda"}


def test_reasons_follow_the_area_day() -> None:
    """Teams not out that day; a station the search left out (its reason); one not drawn
    (with the numbers that made it so); a visited one is not listed."""
    mission = flagged_mission()
    city, rest = split_karaganda(mission)
    deployed = Deployed({a.id: a for a in (city, rest)}, {city.id: 1, rest.id: 1})
    assert {lo.reason for lo in left_out(mission, deployed, DAY, [city], set(), {})} == {
        f"none of the teams of Karaganda is out on {DAY}"}
    first, second, *others = rest.stations
    outcome = AreaDayOutcome(1, frozenset([first, second]), {second: "left for others"})
    out = {lo.station: lo.reason for lo in left_out(mission, deployed, DAY, [rest], {first},
                                                    {rest.id: outcome})}
    assert first not in out and out[second] == "left for others"
    assert out[others[0]] == (f"not drawn among the candidates: Karaganda Region has "
                              f"{len(rest.stations)} flagged stations and its 1 team(s) 2 "
                              "candidates")


def test_a_closed_station_says_when() -> None:
    """A re-plan's closure wins over every other reason."""
    mission = flagged_mission()
    city, rest = split_karaganda(mission)
    deployed = Deployed({a.id: a for a in (city, rest)}, {})
    out = left_out(mission, deployed, DAY, [rest], set(), {},
                   {rest.stations[0]: "closed at 14:00 (re-plan)"})
    assert out[0].reason == "closed at 14:00 (re-plan)"
