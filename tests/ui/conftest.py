"""A mission of 40 stations in two cities and a hand-made plan: two teams over two days."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from missionplanner.model import (
    Activity,
    LeftOut,
    Mission,
    Plan,
    PollingStation,
    Route,
    Team,
    Visit,
)
from tests.conftest import make_mission

ZONE = ZoneInfo("Asia/Almaty")
DAYS = (date(2019, 6, 8), date(2019, 6, 9))


def _stations() -> list[PollingStation]:
    out = []
    for i in range(20):
        out.append(PollingStation(id=f"ns/{i + 1}", number=i + 1, commission="Esil district",
                                  region="nur-sultan", settlement="Nur-Sultan",
                                  lat=51.10 + 0.01 * (i % 5), lon=71.40 + 0.012 * (i // 5),
                                  registered_voters=1000 + 10 * i))
        out.append(PollingStation(id=f"at/{i + 1}", number=i + 1, commission="Atyrau city",
                                  region="atyrau", settlement="Atyrau",
                                  lat=47.08 + 0.01 * (i % 5), lon=51.88 + 0.012 * (i // 5),
                                  registered_voters=800 + 10 * i))
    return out


def _route(team: str, day: date, ids: list[str], first: int, tz: ZoneInfo) -> Route:
    """Visits every 40 minutes from ``first`` o'clock: 30 on site, 10 on the road."""
    visits = []
    start = datetime(day.year, day.month, day.day, first, 0, tzinfo=tz)
    for k, sid in enumerate(ids):
        begin = start + timedelta(minutes=40 * k)
        activity = Activity.PRE_ELECTION if day == DAYS[0] else Activity.VOTING
        visits.append(Visit(station=sid, activity=activity, arrival=begin - timedelta(minutes=3)
                            if k == 0 else begin, start=begin, end=begin + timedelta(minutes=30)))
    return Route(team=team, day=day, departure=visits[0].arrival - timedelta(minutes=20),
                 returns=visits[-1].end + timedelta(minutes=20), visits=visits)


def build_views_mission() -> Mission:
    """Two cities, 20 stations each."""
    return make_mission(stations=_stations(), teams=[])


def build_views_plan(views_mission: Mission) -> Plan:
    """Team a in Nur-Sultan, team b in Atyrau, each on both days; one must-cover left out."""
    atyrau = ZoneInfo("Asia/Atyrau")
    routes = []
    for d, day in enumerate(DAYS):
        routes.append(_route("a", day, [f"ns/{i}" for i in range(1 + 5 * d, 6 + 5 * d)], 9, ZONE))
        routes.append(_route("b", day, [f"at/{i}" for i in range(1 + 4 * d, 5 + 4 * d)], 10,
                             atyrau))
    return Plan(mission=views_mission.id, seed=1, created_at=datetime(2019, 6, 1, tzinfo=UTC),
                teams=[Team(id="a", members=["o1"]), Team(id="b", members=["o2"])],
                routes=routes,
                left_out=[LeftOut(station="ns/20", day=DAYS[1], reason="no time left")])


@pytest.fixture
def views_mission() -> Mission:
    """Two cities, 20 stations each."""
    return build_views_mission()


@pytest.fixture
def views_plan(views_mission: Mission) -> Plan:
    """Team a in Nur-Sultan, team b in Atyrau, each on both days."""
    return build_views_plan(views_mission)
