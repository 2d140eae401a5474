"""Shared fixtures: a small, valid mission built in code (no files needed)."""

from __future__ import annotations

import os
from datetime import date

import pytest

from missionplanner.model import (
    Base,
    DayKind,
    Mission,
    ObservationDay,
    Observer,
    PollingStation,
    Region,
    RegionKind,
    Team,
)

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def make_mission(**changes: object) -> Mission:
    """A two-region mission with three stations, three observers and one team."""
    data: dict[str, object] = {
        "id": "test-2019",
        "name": "Test mission",
        "organisation": "Test Organisation",
        "host_country": "Kazakhstan",
        "election": "Early presidential election",
        "election_date": date(2019, 6, 9),
        "observation_days": [
            ObservationDay(date=date(2019, 6, 8), kind=DayKind.PRE_ELECTION),
            ObservationDay(date=date(2019, 6, 9)),
        ],
        "regions": [
            Region(
                id="nur-sultan",
                name="Nur-Sultan",
                name_ru="Нур-Султан",
                kind=RegionKind.CITY,
                tz="Asia/Almaty",
            ),
            Region(
                id="atyrau", name="Atyrau Region", name_ru="Атырауская область", tz="Asia/Atyrau"
            ),
        ],
        "stations": [
            PollingStation(
                id="ns/1",
                number=1,
                commission="Almaty district",
                region="nur-sultan",
                lat=51.16,
                lon=71.47,
                registered_voters=1500,
            ),
            PollingStation(
                id="ns/2",
                number=2,
                commission="Almaty district",
                region="nur-sultan",
                lat=51.17,
                lon=71.45,
                registered_voters=900,
            ),
            PollingStation(
                id="at/1",
                number=1,
                commission="Atyrau city",
                region="atyrau",
                lat=47.11,
                lon=51.92,
                registered_voters=1200,
            ),
        ],
        "observers": [
            Observer(id="o1", name="A. One", nationality="Russia", languages=["ru"]),
            Observer(id="o2", name="B. Two", nationality="China", languages=["zh", "en"]),
            Observer(id="o3", name="C. Three", nationality="Kyrgyzstan", languages=["ru", "ky"]),
        ],
        "bases": [
            Base(id="hotel", name="Hotel", region="nur-sultan", lat=51.15, lon=71.43),
        ],
        "teams": [Team(id="t1", members=["o1", "o2"], base="hotel")],
    }
    data.update(changes)
    return Mission.model_validate(data)


@pytest.fixture
def mission() -> Mission:
    """A small valid mission."""
    return make_mission()
