"""Country presets: true to their tables, valid as missions, never silently Kazakh."""

from __future__ import annotations

import zoneinfo
from datetime import date, datetime, time
from pathlib import Path

import pytest

from missionplanner.cli import main
from missionplanner.geo import Box, UnknownCountry, countries, country, new_mission
from missionplanner.io import load_mission
from missionplanner.model import DayKind, RegionKind


def test_five_presets_ship_with_their_sources() -> None:
    """Kazakhstan and four more, each with regions, hours, a source and a valid zone."""
    codes = [p.code for p in countries()]
    assert codes[:1] == ["KZ"] and {"KG", "UZ", "RU", "AZ"} <= set(codes)
    for preset in countries():
        assert preset.hours_source and preset.regions_source and preset.box_source
        assert preset.regions, preset.code
        for region in preset.regions:
            zoneinfo.ZoneInfo(region.tz)  # raises for an unknown zone
        ids = [r.id for r in preset.regions]
        assert len(ids) == len(set(ids)), preset.code
        assert preset.capital_region in ids


def test_preset_sizes_match_iso_3166_2() -> None:
    """Russia's 83 ISO subjects, Kyrgyzstan 9, Uzbekistan 14, Kazakhstan 17 (2019-2021)."""
    sizes = {p.code: len(p.regions) for p in countries()}
    assert sizes == {"KZ": 17, "KG": 9, "UZ": 14, "RU": 83, "AZ": 77}


def test_russian_zones_follow_the_capitals() -> None:
    """Spot checks of zones that differ from Moscow's (GeoNames' zone of the centre)."""
    russia = country("Россия")
    assert russia.region("kaliningrad-oblast").tz == "Europe/Kaliningrad"
    assert russia.region("sverdlovsk-oblast").tz == "Asia/Yekaterinburg"
    assert russia.region("kamchatka-krai").tz == "Asia/Kamchatka"
    assert russia.region("moscow").name_ru == "Москва"


def test_country_by_code_or_name_and_unknown() -> None:
    """Codes and names in English, Russian or the local language; others list the presets."""
    assert country("kz") is country("Казахстан") is country("Қазақстан")
    with pytest.raises(UnknownCountry, match="KG \\(Kyrgyzstan\\)"):
        country("Narnia")


def test_box_crossing_the_antimeridian() -> None:
    """Russia's box holds Chukotka on both sides of 180° and not the Atlantic."""
    box = country("RU").box
    assert (64.7, 177.5) in box and (66.0, -170.0) in box
    assert (55.75, 37.6) in box and (55.0, -30.0) not in box
    assert (45.0, 10.0) not in Box("x", 40, 50, 20, 30)
    lat, lon = country("RU").centre
    assert 55 < lat < 60 and 90 < lon < 110  # Siberia, not the Atlantic
    assert country("KZ").centre == pytest.approx((48.0, 66.95))


def test_new_mission_states_country_hours_and_days() -> None:
    """Host country, polling hours and the abroad region come from the preset."""
    mission = new_mission(
        country("RU"), organisation="CIS", election="State Duma election",
        days=[date(2021, 9, 19), date(2021, 9, 17)],
    )  # fmt: skip
    assert mission.host_country == "Russia"
    assert mission.settings.polling_opens == time(8, 0)
    assert [d.kind for d in mission.observation_days] == [
        DayKind.PRE_ELECTION,
        DayKind.ELECTION_DAY,
    ]
    assert mission.regions[-1].kind is RegionKind.ABROAD
    moscow = next(r for r in mission.regions if r.id == "moscow")
    local = datetime.combine(date(2021, 9, 19), time(8), zoneinfo.ZoneInfo(moscow.tz))
    assert local.utcoffset().total_seconds() == 3 * 3600  # type: ignore[union-attr]


def test_new_mission_refuses_an_election_day_outside_the_days() -> None:
    """The election day must be an observation day."""
    with pytest.raises(ValueError, match="not one of the observation days"):
        new_mission(country("KG"), organisation="o", election="e", days=[date(2020, 10, 4)],
                    election_date=date(2020, 10, 5))  # fmt: skip


def test_cli_new_writes_a_valid_mission(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`missionplanner new` writes a file that loads, and refuses to overwrite it."""
    path = tmp_path / "az.json"
    args = ["new", str(path), "--country", "AZ", "--organisation", "CIS",
            "--election", "Presidential election", "--days", "2024-02-07"]  # fmt: skip
    assert main(args) == 0
    assert "08:00-19:00" in capsys.readouterr().out
    mission = load_mission(path)
    assert mission.host_country == "Azerbaijan" and mission.settings.polling_closes == time(19)
    assert main(args) == 1
    assert "--force" in capsys.readouterr().err
    assert main([*args[:2], "--country", "XX", *args[4:]]) == 1
    assert "no country preset for 'XX'" in capsys.readouterr().err
