"""Deployment: areas, D'Hondt seats, must-cover areas, heads in the capital, reasons."""

from __future__ import annotations

import pytest

from missionplanner.errors import SettingsError
from missionplanner.model import DeclaredArea, Mission, Team
from missionplanner.planning.areas import build_areas, capital_region
from missionplanner.planning.deployment import deploy


def _teams(n: int, first: int = 1) -> list[Team]:
    return [Team(id=f"t{i}", members=[f"o{i:02d}"]) for i in range(first, first + n)]


def test_areas_cover_every_station_once(planning_mission: Mission) -> None:
    """Each station lies in exactly one area; the declared city is the whole city region."""
    areas = build_areas(planning_mission)
    ids = [s for a in areas for s in a.stations]
    assert sorted(ids) == sorted(s.id for s in planning_mission.stations)
    almaty = next(a for a in areas if a.region == "almaty-city")
    assert almaty.must_cover and almaty.id == "almaty-city"
    assert capital_region(planning_mission) == "nur-sultan"


def test_declared_settlement_is_carved_out_of_its_region(planning_mission: Mission) -> None:
    """A declared village takes its stations out of the oblast's remainder."""
    mission = planning_mission.model_copy(update={"declared_areas": [
        DeclaredArea(name="village 9", region="karaganda", kind="settlement")]})
    areas = {a.id: a for a in build_areas(mission)}
    assert areas["karaganda/village 9"].stations == ("karaganda/10",)
    assert "karaganda/10" not in areas["karaganda"].stations


def test_seats_follow_voters_and_reasons_say_so(planning_mission: Mission) -> None:
    """Nine teams over three areas, in proportion to voters, each with a reason."""
    dep = deploy(planning_mission, _teams(9, first=1))
    counts = {a: len(dep.teams_in(a)) for a in dep.areas}
    assert sum(counts.values()) == 9 and all(c >= 2 for c in counts.values())
    why = {a.team: a.why for a in dep.assignments}
    assert "of voters →" in why["t1"] and "of 9 teams" in why["t1"]


def test_must_cover_area_gets_a_team_even_when_small(planning_mission: Mission) -> None:
    """With one team and one must-cover area, the team goes there."""
    dep = deploy(planning_mission, _teams(1, first=1))
    assert dep.teams[0].area == "almaty-city"
    assert "(must-cover)" in dep.assignments[0].why


def test_head_of_mission_stays_in_the_capital(planning_mission: Mission) -> None:
    """The team holding o00 (the head) is deployed to Nur-Sultan."""
    dep = deploy(planning_mission, _teams(3, first=0))
    assert next(t for t in dep.teams if t.id == "t0").area == "nur-sultan"
    assert "capital" in next(a.why for a in dep.assignments if a.team == "t0")


def test_hand_entered_area_is_kept(planning_mission: Mission) -> None:
    """A team entered with an area keeps it."""
    teams = [Team(id="t1", members=["o01"], area="karaganda", fixed=True), *_teams(2, first=2)]
    dep = deploy(planning_mission, teams)
    assert dep.teams[0].area == "karaganda" and "by hand" in dep.assignments[0].why


def test_more_must_cover_areas_than_teams_is_a_settings_error(planning_mission: Mission) -> None:
    """Two must-cover areas and one team cannot be planned."""
    mission = planning_mission.model_copy(update={"declared_areas": [
        *planning_mission.declared_areas, DeclaredArea(name="Nur-Sultan", region="nur-sultan")]})
    with pytest.raises(SettingsError, match="2 must-cover areas"):
        deploy(mission, _teams(1, first=1))


def test_declared_area_without_stations_is_a_settings_error(planning_mission: Mission) -> None:
    """A declared city with no stations is reported by name."""
    mission = planning_mission.model_copy(update={"declared_areas": [
        DeclaredArea(name="Temirtau", region="karaganda", kind="city")]})
    with pytest.raises(SettingsError, match=r"'Temirtau'.*no polling stations"):
        deploy(mission, _teams(2))


def test_declared_names_match_close_spellings_and_unnamed_settlements(
        planning_mission: Mission) -> None:
    """'Village-9' finds 'village 9'; an unnamed settlement stands for the rural stations."""
    mission = planning_mission.model_copy(update={"declared_areas": [
        DeclaredArea(name="Village-9", region="karaganda", kind="settlement"),
        DeclaredArea(name="some village (not named)", region="karaganda", kind="settlement")]})
    areas = {a.name: a for a in build_areas(mission)}
    assert areas["Village-9"].stations == ("karaganda/10",)
    unnamed = areas["some village (not named)"]
    assert len(unnamed.stations) == 11 and "rural stations" in unnamed.note


def test_declared_embassy_matches_its_commission(planning_mission: Mission) -> None:
    """An embassy is found by its commission's name."""
    mission = planning_mission.model_copy(update={"declared_areas": [
        DeclaredArea(name="Karaganda Commission", region="karaganda", kind="embassy")]})
    areas = {a.name: a for a in build_areas(mission)}
    assert len(areas["Karaganda Commission"].stations) == 20


def test_declared_areas_only_keeps_every_team_in_them(planning_mission: Mission) -> None:
    """With ``declared_areas_only`` the nine teams all go to the one declared city."""
    settings = planning_mission.settings.model_copy(update={"declared_areas_only": True})
    mission = planning_mission.model_copy(update={"settings": settings})
    dep = deploy(mission, _teams(9, first=1))
    assert {t.area for t in dep.teams} == {"almaty-city"}
    assert all("in the declared areas" in a.why for a in dep.assignments)
    spread = deploy(planning_mission, _teams(9, first=1))
    assert len({t.area for t in spread.teams}) > 1
