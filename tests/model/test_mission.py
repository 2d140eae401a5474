"""The mission model validates itself on construction."""

from __future__ import annotations

from datetime import date, time

import pytest
from pydantic import ValidationError

from missionplanner.model import (
    Mission,
    MissionSettings,
    ObservationDay,
    PollingStation,
    Region,
    Team,
)
from tests.conftest import make_mission


def test_valid_mission_builds(mission: Mission) -> None:
    """The fixture is valid and its lookups work."""
    assert mission.region("atyrau").tz == "Asia/Atyrau"
    assert len(mission.stations) == 3


def test_duplicate_station_id_is_rejected(mission: Mission) -> None:
    """Two stations with one id are an error naming the id."""
    stations = [*mission.stations, mission.stations[0]]
    with pytest.raises(ValidationError, match="station ns/1 appears more than once"):
        make_mission(stations=stations)


def test_station_numbers_are_unique_only_within_their_commission(mission: Mission) -> None:
    """Number 1 may repeat in another commission, but not in the same one."""
    assert {s.number for s in mission.stations} == {1, 2}
    clash = mission.stations[0].model_copy(update={"id": "ns/1b"})
    with pytest.raises(ValidationError, match="number 1 appears twice in commission"):
        make_mission(stations=[*mission.stations, clash])


def test_station_in_unknown_region_is_rejected(mission: Mission) -> None:
    """A station must lie in one of the mission's regions."""
    lost = mission.stations[0].model_copy(update={"id": "x", "number": 9, "region": "mars"})
    with pytest.raises(ValidationError, match=r"stations\[3\]\.region: unknown region 'mars'"):
        make_mission(stations=[*mission.stations, lost])


def test_team_members_must_exist_and_not_repeat(mission: Mission) -> None:
    """Teams list existing observers, each in one team only."""
    with pytest.raises(ValidationError, match="unknown observer 'ghost'"):
        make_mission(teams=[Team(id="t1", members=["o1", "ghost"])])
    with pytest.raises(ValidationError, match="observer o1 is in teams t1 and t2"):
        make_mission(teams=[Team(id="t1", members=["o1"]), Team(id="t2", members=["o1"])])


def test_team_base_must_exist() -> None:
    """A team's base is one of the mission's bases."""
    with pytest.raises(ValidationError, match="unknown base 'tent'"):
        make_mission(teams=[Team(id="t1", members=["o1"], base="tent")])


@pytest.mark.parametrize(("lat", "lon"), [(91.0, 70.0), (-91.0, 70.0), (50.0, 181.0)])
def test_coordinates_out_of_range_are_rejected(lat: float, lon: float) -> None:
    """Latitude within +-90 and longitude within +-180."""
    with pytest.raises(ValidationError):
        PollingStation(id="s", number=1, commission="c", region="r", lat=lat, lon=lon)


def test_unknown_time_zone_is_rejected() -> None:
    """Regions carry a real IANA zone."""
    with pytest.raises(ValidationError, match="unknown IANA time zone"):
        Region(id="r", name="R", tz="Asia/Atlantis")


def test_polling_hours_must_make_sense() -> None:
    """Opening after closing, or a visit longer than polling, is refused."""
    with pytest.raises(ValidationError, match="polling opens at 20:00"):
        MissionSettings(polling_opens=time(20, 0), polling_closes=time(7, 0))
    with pytest.raises(ValidationError, match="longer than"):
        MissionSettings(
            polling_opens=time(7), polling_closes=time(8), service_minutes_election_day=90
        )
    with pytest.raises(ValidationError, match="must be before closing"):
        PollingStation(
            id="s",
            number=1,
            commission="c",
            region="r",
            lat=1,
            lon=1,
            opens=time(18),
            closes=time(9),
        )


def test_unknown_fields_are_errors() -> None:
    """A typo in a field name is not silently dropped."""
    with pytest.raises(ValidationError, match="Extra inputs are not permitted"):
        Region.model_validate({"id": "r", "name": "R", "tz": "Asia/Almaty", "timezone": "x"})


def test_observation_days_unique_and_ordered() -> None:
    """Days appear once, in date order."""
    day = ObservationDay(date=date(2019, 6, 9))
    with pytest.raises(ValidationError, match="appears more than once"):
        make_mission(observation_days=[day, day])
    with pytest.raises(ValidationError, match="in date order"):
        make_mission(observation_days=[day, ObservationDay(date=date(2019, 6, 8))])


@pytest.mark.parametrize(
    ("zone", "day", "offset_hours"),
    [
        ("Asia/Almaty", date(2019, 6, 9), 6),
        ("Asia/Atyrau", date(2019, 6, 9), 5),
        ("Asia/Aqtobe", date(2019, 6, 9), 5),
        ("Asia/Aqtau", date(2019, 6, 9), 5),
        ("Asia/Oral", date(2019, 6, 9), 5),
        ("Asia/Qyzylorda", date(2019, 6, 9), 5),
        ("Asia/Qostanay", date(2021, 1, 10), 6),
        ("Asia/Almaty", date(2021, 1, 10), 6),
        ("Asia/Atyrau", date(2021, 1, 10), 5),
    ],
)
def test_local_times_use_the_regions_offset_of_the_day(
    zone: str, day: date, offset_hours: int
) -> None:
    """2019-2021: UTC+5 in the west (and Kyzylorda), UTC+6 elsewhere."""
    mission = make_mission(
        regions=[Region(id="r", name="R", tz=zone)],
        stations=[PollingStation(id="s", number=1, commission="c", region="r", lat=45, lon=60)],
        bases=[],
        teams=[],
        observation_days=[ObservationDay(date=day)],
    )
    opening = mission.local_time(mission.stations[0], day, time(7, 0))
    offset = opening.utcoffset()
    assert offset is not None and offset.total_seconds() == offset_hours * 3600
