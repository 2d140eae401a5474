"""A small hand-made mission and plan: three teams, two days, Almaty and Atyrau local times."""

from __future__ import annotations

from datetime import date, datetime, time
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from missionplanner.model import (
    Activity,
    Assignment,
    Base,
    DayKind,
    Flag,
    Locality,
    Mission,
    ObservationDay,
    Observer,
    Plan,
    PollingStation,
    Region,
    RegionKind,
    Route,
    Team,
    Visit,
)

ALMATY = ZoneInfo("Asia/Almaty")
ATYRAU = ZoneInfo("Asia/Atyrau")
PRE = date(2019, 6, 8)
DAY = date(2019, 6, 9)
INJECTIONS = (
    "=HYPERLINK(\"http://evil.example\",\"click\")",
    "+cmd|' /C calc'!A0",
    "-2+3",
    "@SUM(1+1)",
    "@Aibek Omarov",
    "=1+1 (driver)",
)
"""Formula-injection attempts planted in station, observer and team fields."""


def _station(sid: str, number: int, commission: str, region: str, lat: float, lon: float,
             **kw: object) -> PollingStation:
    return PollingStation(id=sid, number=number, commission=commission, region=region,
                          lat=lat, lon=lon, **kw)


def build_mission() -> Mission:
    """Two regions in two time zones, eight stations (two unplanned), five observers."""
    stations = [
        _station("al/101", 101, "Almalinsky district", "almaty", 43.25, 76.92,
                 settlement="Almaty", address="Abay Ave 1", registered_voters=2100,
                 locality=Locality.URBAN,
                 flags=[Flag(irregularity="ballot stuffing", detail="seen in 2019",
                             source="report.pdf")]),
        _station("al/102", 102, "Almalinsky district", "almaty", 43.26, 76.93,
                 settlement="Almaty", address=INJECTIONS[0], registered_voters=1800,
                 locality=Locality.URBAN),
        _station("al/103", 103, INJECTIONS[1], "almaty", 43.27, 76.95,
                 settlement=INJECTIONS[3], address="Tole Bi 5", registered_voters=1500,
                 locality=Locality.URBAN),
        _station("al/104", 104, "Almalinsky district", "almaty", 43.28, 76.96,
                 settlement="Almaty", registered_voters=1400, locality=Locality.URBAN),
        _station("at/1", 1, "Atyrau city", "atyrau", 47.11, 51.92, settlement="Atyrau",
                 address="Satpayev 10", registered_voters=1200, locality=Locality.URBAN),
        _station("at/2", 2, "Atyrau city", "atyrau", 47.10, 51.90, settlement="Atyrau",
                 address=INJECTIONS[2], registered_voters=1100, locality=Locality.URBAN),
        _station("at/3", 3, "Makhambet district", "atyrau", 47.30, 51.60,
                 settlement="Makhambet", registered_voters=600, locality=Locality.RURAL),
        _station("at/4", 4, "Makhambet district", "atyrau", 47.40, 51.50,
                 settlement="Sarayshyk", registered_voters=400, locality=Locality.RURAL),
    ]
    return Mission(
        id="test-2019",
        name="Test mission",
        organisation="Test Organisation",
        host_country="Kazakhstan",
        election="Early presidential election",
        election_date=DAY,
        observation_days=[ObservationDay(date=PRE, kind=DayKind.PRE_ELECTION),
                          ObservationDay(date=DAY)],
        regions=[
            Region(id="almaty", name="Almaty", name_ru="Алматы", kind=RegionKind.CITY,
                   tz="Asia/Almaty", capital="Almaty"),
            Region(id="atyrau", name="Atyrau Region", name_ru="Атырауская область",
                   tz="Asia/Atyrau", capital="Atyrau"),
        ],
        stations=stations,
        observers=[
            Observer(id="o1", name="Anna Ivanova", nationality="Russia", body="State Duma",
                     languages=["ru", "en"], phone="+7 701 111 2233"),
            Observer(id="o2", name="Li Wei", nationality="China", languages=["zh", "ru"]),
            Observer(id="o3", name=INJECTIONS[4], nationality="Kyrgyzstan", languages=["ru"],
                     phone="+996 555 000 111"),
            Observer(id="o4", name="Dana Sultanova", nationality="Uzbekistan",
                     languages=["uz", "ru"]),
            Observer(id="o5", name="Erlan Bekov", nationality="Tajikistan", languages=["ru"]),
        ],
        bases=[
            Base(id="almaty-hotel", name="Hotel Kazakhstan", region="almaty",
                 settlement="Almaty", lat=43.24, lon=76.95),
            Base(id="atyrau-hotel", name="Hotel Renaissance", region="atyrau",
                 settlement="Atyrau", lat=47.12, lon=51.93),
        ],
    )


def _at(day: date, clock: str, zone: ZoneInfo) -> datetime:
    return datetime.combine(day, time.fromisoformat(clock), tzinfo=zone)


def _visit(station: str, activity: Activity, day: date, start: str, end: str,
           zone: ZoneInfo) -> Visit:
    return Visit(station=station, activity=activity, arrival=_at(day, start, zone),
                 start=_at(day, start, zone), end=_at(day, end, zone))


def build_plan() -> Plan:
    """Three teams (two in Almaty, one in Atyrau), a pre-election day and election day."""
    teams = [
        Team(id="A1", members=["o1", "o2"], base="almaty-hotel", area="almaty",
             driver="Marat, +7 705 000 0001", interpreter="Aigerim, +7 705 000 0002",
             phone="+7 705 999 0000"),
        Team(id="A2", members=["o3"], base="almaty-hotel", area="almaty",
             driver=INJECTIONS[5]),
        Team(id="T1", members=["o4", "o5"], base="atyrau-hotel", area="atyrau"),
    ]
    routes = [
        Route(team="A1", day=PRE, departure=_at(PRE, "09:00", ALMATY),
              returns=_at(PRE, "12:00", ALMATY), visits=[
                  _visit("al/101", Activity.PRE_ELECTION, PRE, "09:30", "09:50", ALMATY),
                  _visit("al/102", Activity.PRE_ELECTION, PRE, "10:10", "10:30", ALMATY)]),
        Route(team="A1", day=DAY, departure=_at(DAY, "06:00", ALMATY),
              returns=_at(DAY, "23:30", ALMATY), visits=[
                  _visit("al/101", Activity.OPENING, DAY, "06:30", "07:30", ALMATY),
                  _visit("al/102", Activity.VOTING, DAY, "08:00", "08:30", ALMATY),
                  _visit("al/103", Activity.CLOSING, DAY, "19:40", "21:00", ALMATY),
                  _visit("al/103", Activity.COUNTING, DAY, "21:00", "23:00", ALMATY)]),
        Route(team="A2", day=DAY, departure=_at(DAY, "08:00", ALMATY),
              returns=_at(DAY, "18:00", ALMATY), visits=[
                  _visit("al/104", Activity.VOTING, DAY, "09:00", "09:30", ALMATY)]),
        Route(team="T1", day=DAY, departure=_at(DAY, "06:00", ATYRAU),
              returns=_at(DAY, "23:59", ATYRAU), visits=[
                  _visit("at/1", Activity.OPENING, DAY, "06:30", "07:30", ATYRAU),
                  _visit("at/3", Activity.VOTING, DAY, "09:00", "09:30", ATYRAU),
                  _visit("at/2", Activity.CLOSING, DAY, "19:30", "21:00", ATYRAU),
                  _visit("at/2", Activity.COUNTING, DAY, "21:00", "23:30", ATYRAU)]),
    ]
    return Plan(
        mission="test-2019", seed=7, created_at=datetime(2019, 6, 1, 12, 0, tzinfo=ALMATY),
        teams=teams,
        assignments=[Assignment(team="A1", area="almaty"), Assignment(team="A2", area="almaty"),
                     Assignment(team="T1", area="atyrau")],
        routes=routes,
    )


@pytest.fixture
def mission() -> Mission:
    """The hand-made mission."""
    return build_mission()


@pytest.fixture
def plan() -> Plan:
    """The hand-made plan of :func:`mission`."""
    return build_plan()


@pytest.fixture
def mission_file(tmp_path: Path, mission: Mission) -> Path:
    """The mission saved as JSON."""
    from missionplanner.io import save_mission

    path = tmp_path / "mission.json"
    save_mission(mission, path)
    return path


@pytest.fixture
def plan_file(tmp_path: Path, plan: Plan) -> Path:
    """The plan saved as JSON."""
    from missionplanner.io import save_plan

    path = tmp_path / "plan.json"
    save_plan(plan, path)
    return path
