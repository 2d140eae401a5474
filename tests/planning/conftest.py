"""Small planning missions built in code: three regions, a few dozen stations, ten observers."""

from __future__ import annotations

from datetime import date, time

import numpy as np
import pytest

from missionplanner.geo import TravelTable
from missionplanner.model import (
    Base,
    DayKind,
    DeclaredArea,
    Flag,
    Gender,
    HomeKind,
    Locality,
    Mission,
    MissionSettings,
    ObservationDay,
    Observer,
    Plan,
    PollingStation,
    Region,
    RegionKind,
    Role,
    Team,
)
from missionplanner.planning import PlanRequest, plan_mission
from missionplanner.planning.area_day import AreaDay, TeamStart, build_area_day
from missionplanner.planning.legs import Travel
from missionplanner.planning.places import Place, Places
from missionplanner.planning.rules import DayRules
from missionplanner.planning.selection import Candidate

CENTRES = {"nur-sultan": (51.16, 71.45), "almaty-city": (43.25, 76.91), "karaganda": (49.80, 73.10)}


def quick_plan(mission: Mission, *, seed: int | None = 5, days: tuple[date, ...] | None = None,
               iterations: int = 10, workers: int = 1, mission_file: str | None = None) -> Plan:
    """A reproducible plan of ``mission`` with a short search (``iterations`` per area-day)."""
    return plan_mission(PlanRequest(mission, seed=seed, days=days, iterations=iterations,
                                    workers=workers, mission_file=mission_file)).plan


def area_day_of(mission: Mission, day: date, kind: DayKind, teams: list[Team],
                candidates: list[Candidate], homes: dict[str, tuple[float, float]], *,
                bases: dict[str, str] | None = None, table: TravelTable | None = None,
                area: str = "x") -> AreaDay:
    """The problem planning builds for ``teams`` starting at ``homes`` (a base when ``bases``
    names one for the team, else an area's centre) and these ``candidates``."""
    stations = {s.id: s for s in mission.stations}
    zone = str(mission.station_zone(candidates[0].station))
    rules = DayRules(mission, day, kind, zone, None, stations)
    starts = []
    for team in teams:
        base = (bases or {}).get(team.id)
        place = Place(base, *homes[team.id], stop=False)
        starts.append(TeamStart(team.id, place, rules.day_start, place,
                                HomeKind.BASE if base else HomeKind.CENTRE))
    return build_area_day(rules, area, starts, [c.station.id for c in candidates],
                          {c.station.id: c.score for c in candidates},
                          Travel.of(mission, table), Places(mission),
                          may_move_home=True)


def make_stations(region: str, n: int, *, rural_from: int | None = None,
                  seed: int = 1) -> list[PollingStation]:
    """``n`` stations scattered around a region's centre (rural ones farther out)."""
    rng = np.random.default_rng(seed)
    lat0, lon0 = CENTRES[region]
    out = []
    for i in range(n):
        rural = rural_from is not None and i >= rural_from
        spread = 0.6 if rural else 0.05
        out.append(PollingStation(
            id=f"{region}/{i + 1}", number=i + 1, commission=f"{region} commission",
            region=region, lat=lat0 + float(rng.uniform(-spread, spread)),
            lon=lon0 + float(rng.uniform(-spread, spread)),
            registered_voters=int(rng.integers(300, 2500)),
            locality=Locality.RURAL if rural else Locality.URBAN,
            settlement=f"village {i}" if rural else region,
        ))
    return out


def make_planning_mission(*, team_size: int = 2, observers: int = 10, flagged: int = 1,
                          **settings: object) -> Mission:
    """Three regions (two cities and an oblast), 50 stations, ``observers`` observers."""
    stations = (make_stations("nur-sultan", 15) + make_stations("almaty-city", 15, seed=2)
                + make_stations("karaganda", 20, rural_from=8, seed=3))
    for k in range(flagged):
        stations[3 + 16 * k] = stations[3 + 16 * k].model_copy(update={"flags": [Flag(
            irregularity="ballot stuffing", source="report.pdf")]})
    nationalities = ["Russia", "China", "Kyrgyzstan", "Tajikistan", "Uzbekistan"]
    people = [
        Observer(id=f"o{i:02d}", name=f"Observer {i}", nationality=nationalities[i % 5],
                 gender=Gender.FEMALE if i % 3 == 0 else Gender.MALE,
                 languages=["ru"] if i % 2 == 0 else ["zh"], experienced=i % 4 == 0,
                 role=Role.HEAD if i == 0 else Role.OBSERVER)
        for i in range(observers)
    ]
    return Mission(
        id="plan-test", name="Planning test", organisation="SCO", election="Presidential",
        host_country="Kazakhstan",
        election_date=date(2019, 6, 9),
        observation_days=[ObservationDay(date=date(2019, 6, 8), kind=DayKind.PRE_ELECTION),
                          ObservationDay(date=date(2019, 6, 9))],
        seed=42,
        settings=MissionSettings(team_size=team_size, solver_seconds_per_area=1.0, **settings),
        regions=[
            Region(id="nur-sultan", name="Nur-Sultan", kind=RegionKind.CITY, tz="Asia/Almaty",
                   aliases=["Astana"], lat=51.18, lon=71.45),
            Region(id="almaty-city", name="Almaty", kind=RegionKind.CITY, tz="Asia/Almaty"),
            Region(id="karaganda", name="Karaganda Region", tz="Asia/Almaty",
                   capital="Karaganda", curfew=time(23, 59)),
        ],
        stations=stations,
        observers=people,
        bases=[Base(id="hotel-ns", name="Hotel NS", region="nur-sultan", lat=51.15, lon=71.43),
               Base(id="hotel-al", name="Hotel AL", region="almaty-city", lat=43.24, lon=76.90)],
        declared_areas=[DeclaredArea(name="Almaty", region="almaty-city", kind="city")],
    )


@pytest.fixture
def planning_mission() -> Mission:
    """The small planning mission with pairs."""
    return make_planning_mission()
