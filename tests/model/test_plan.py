"""The plan model: aware times, ordered visits, no station twice a day."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

import pytest
from pydantic import ValidationError

from missionplanner.model import Activity, Plan, Route, Visit

ALMATY = timezone(timedelta(hours=6))
DAY = date(2019, 6, 9)


def at(hour: int, minute: int = 0) -> datetime:
    """A local time on election day."""
    return datetime(2019, 6, 9, hour, minute, tzinfo=ALMATY)


def visit(station: str, hour: int, activity: Activity = Activity.VOTING) -> Visit:
    """A 30-minute visit starting at ``hour``."""
    return Visit(
        station=station, activity=activity, arrival=at(hour), start=at(hour), end=at(hour, 30)
    )


def test_naive_times_are_rejected() -> None:
    """Times in a plan carry their time zone."""
    with pytest.raises(ValidationError, match="timezone"):
        Visit(station="s", arrival=datetime(2019, 6, 9, 7), start=at(7), end=at(8))


def test_visit_times_must_be_ordered() -> None:
    """Arrival, start, end in that order."""
    with pytest.raises(ValidationError, match="must be in that order"):
        Visit(station="s", arrival=at(9), start=at(8), end=at(10))


def test_route_visits_must_not_overlap() -> None:
    """A team cannot be at the next station before leaving the last."""
    early = Visit(station="b", arrival=at(7, 10), start=at(7, 10), end=at(7, 40))
    with pytest.raises(ValidationError, match="arrives at b before leaving a"):
        Route(team="t", day=DAY, visits=[visit("a", 7), early])


def test_station_twice_on_a_day_is_a_duplicate() -> None:
    """Two teams at one station on one day is the waste planning must avoid."""
    routes = [
        Route(team="t1", day=DAY, visits=[visit("a", 8)]),
        Route(team="t2", day=DAY, visits=[visit("a", 10)]),
    ]
    with pytest.raises(ValidationError, match="station a is visited twice"):
        Plan(mission="m", seed=1, created_at=datetime.now(UTC), routes=routes)


def test_closing_then_counting_at_one_station_is_not_a_duplicate() -> None:
    """Counting follows closing at the same last station."""
    route = Route(
        team="t1",
        day=DAY,
        visits=[visit("a", 19, Activity.CLOSING), visit("a", 20, Activity.COUNTING)],
    )
    plan = Plan(mission="m", seed=1, created_at=datetime.now(UTC), routes=[route])
    assert plan.routes_on(DAY) == [route]


def test_two_protocols_to_one_commission_are_not_a_duplicate() -> None:
    """Teams of one territorial commission both follow their protocols to it."""
    routes = [
        Route(team=t, day=DAY, visits=[visit(s, 20, Activity.CLOSING),
                                       visit("commission:TEC 1", 23, Activity.PROTOCOL)])
        for t, s in (("t1", "a"), ("t2", "b"))
    ]
    plan = Plan(mission="m", seed=1, created_at=datetime.now(UTC), routes=routes)
    assert len(plan.routes_on(DAY)) == 2
