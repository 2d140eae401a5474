"""A small Kazakhstan mission to import into: two cities, two oblasts and the stations abroad."""

from __future__ import annotations

from datetime import date

import pytest

from missionplanner.model import DayKind, Mission, ObservationDay, Region, RegionKind


def make_kz_mission(**changes: object) -> Mission:
    """A mission in Kazakhstan with five regions and no stations or observers yet."""
    data: dict[str, object] = {
        "id": "sco-2021",
        "name": "SCO mission, parliamentary elections 2021",
        "organisation": "SCO",
        "host_country": "Kazakhstan",
        "election": "Mazhilis and maslikhat elections",
        "election_date": date(2021, 1, 10),
        "observation_days": [
            ObservationDay(date=date(2021, 1, 9), kind=DayKind.PRE_ELECTION),
            ObservationDay(date=date(2021, 1, 10)),
        ],
        "regions": [
            Region(
                id="almaty-city",
                name="Almaty",
                name_ru="Алматы",
                name_kk="Алматы",
                aliases=["Alma-Ata", "Алма-Ата", "Алматы қаласы"],
                kind=RegionKind.CITY,
                tz="Asia/Almaty",
                lat=43.25,
                lon=76.92,
            ),
            Region(
                id="almaty",
                name="Almaty Region",
                name_ru="Алматинская область",
                name_kk="Алматы облысы",
                aliases=["Taldykorgan"],
                tz="Asia/Almaty",
                lat=45.02,
                lon=78.37,
            ),
            Region(
                id="akmola",
                name="Akmola Region",
                name_ru="Акмолинская область",
                name_kk="Ақмола облысы",
                aliases=["Akmola", "Kokshetau"],
                tz="Asia/Almaty",
                lat=53.28,
                lon=69.39,
            ),
            Region(
                id="nur-sultan",
                name="Nur-Sultan",
                name_ru="Нур-Султан",
                name_kk="Нұр-Сұлтан",
                aliases=["Astana", "Астана"],
                kind=RegionKind.CITY,
                tz="Asia/Almaty",
                lat=51.18,
                lon=71.45,
            ),
            Region(
                id="abroad",
                name="Abroad",
                name_ru="За рубежом",
                name_kk="Шетелде",
                kind=RegionKind.ABROAD,
                tz="Europe/Moscow",
            ),
        ],
    }
    data.update(changes)
    return Mission.model_validate(data)


@pytest.fixture
def kz_mission() -> Mission:
    """The Kazakhstan mission, empty of stations and observers."""
    return make_kz_mission()
