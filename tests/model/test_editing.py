"""Editing a mission by hand: new valid documents, refusals with the reason, nothing half-done."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from missionplanner.editing import (
    EditError,
    add_items,
    edit_item,
    edit_mission,
    edit_plan_team,
    edit_settings,
    new_id,
    remove_items,
)
from missionplanner.model import Mission, Observer, Plan, PollingStation, Team


def test_edit_station_returns_a_new_mission_sharing_the_rest(mission: Mission) -> None:
    """Only the edited station is new; the input mission is unchanged."""
    edited = edit_item(mission, "stations", "ns/2", {"registered_voters": 950})
    assert edited.stations[1].registered_voters == 950
    assert mission.stations[1].registered_voters == 900
    assert edited.stations[0] is mission.stations[0]
    assert edited.observers is mission.observers


def test_bad_value_is_refused_with_the_field_and_value(mission: Mission) -> None:
    """A negative number of voters names the field and what was given."""
    with pytest.raises(EditError, match=r"registered_voters.*-5"):
        edit_item(mission, "stations", "ns/1", {"registered_voters": -5})


def test_edit_that_breaks_a_reference_is_refused(mission: Mission) -> None:
    """A station moved to an unknown region, or given a number its commission already has."""
    with pytest.raises(EditError, match="unknown region 'nowhere'"):
        edit_item(mission, "stations", "ns/1", {"region": "nowhere"})
    with pytest.raises(EditError, match="number 2 appears twice"):
        edit_item(mission, "stations", "ns/1", {"number": 2})


def test_unknown_item_or_field(mission: Mission) -> None:
    """Ids and field names are checked."""
    with pytest.raises(EditError, match="no station 'x'"):
        edit_item(mission, "stations", "x", {"number": 3})
    with pytest.raises(EditError, match="no field 'colour'"):
        edit_item(mission, "observers", "o1", {"colour": "red"})


def test_add_and_remove_observers(mission: Mission) -> None:
    """Added at the end; a duplicate id or removing a team member is refused."""
    new = Observer(id="o4", name="D. Four", nationality="Belarus")
    added = add_items(mission, "observers", [new])
    assert [o.id for o in added.observers][-1] == "o4"
    with pytest.raises(EditError, match="appears more than once"):
        add_items(added, "observers", [new])
    assert [o.id for o in remove_items(added, "observers", ["o4"]).observers] == ["o1", "o2", "o3"]
    with pytest.raises(EditError, match="unknown observer 'o1'"):
        remove_items(mission, "observers", ["o1"])


def test_add_checks_the_item_type(mission: Mission) -> None:
    """A station is not an observer."""
    with pytest.raises(EditError, match="expected a Observer"):
        add_items(mission, "observers", [mission.stations[0]])


def test_remove_a_region_with_stations_is_refused(mission: Mission) -> None:
    """Its stations would point nowhere."""
    with pytest.raises(EditError, match="unknown region 'atyrau'"):
        remove_items(mission, "regions", ["atyrau"])
    kept = remove_items(mission, "stations", ["at/1"])
    assert [s.id for s in kept.stations] == ["ns/1", "ns/2"]


def test_edit_settings_and_mission_fields(mission: Mission) -> None:
    """Settings are validated as a whole; top-level fields one by one."""
    assert edit_settings(mission, {"team_size": 3}).settings.team_size == 3
    with pytest.raises(EditError, match="longer than"):
        edit_settings(mission, {"service_minutes_election_day": 600, "polling_opens": "12:00"})
    assert edit_mission(mission, {"seed": 77}).seed == 77
    assert mission.seed == 0
    with pytest.raises(EditError, match="name"):
        edit_mission(mission, {"name": ""})
    with pytest.raises(EditError, match="item by item"):
        edit_mission(mission, {"stations": []})


def test_edit_plan_team(mission: Mission) -> None:
    """Driver and phone of a planned team change; its members do not."""
    plan = Plan(mission=mission.id, seed=1, created_at=datetime(2019, 6, 1, tzinfo=UTC),
                teams=[Team(id="team-01", members=["o1", "o2"])])
    edited = edit_plan_team(plan, "team-01", {"driver": "Serik, +7 701 000 0000"})
    assert edited.teams[0].driver == "Serik, +7 701 000 0000"
    assert plan.teams[0].driver is None
    with pytest.raises(EditError, match="fixed"):
        edit_plan_team(plan, "team-01", {"members": ["o3"]})


def test_station_hours_checked_together(mission: Mission) -> None:
    """Opening after closing is refused with the model's own message."""
    station = mission.stations[0]
    assert isinstance(station, PollingStation)
    with pytest.raises(EditError, match="must be before closing"):
        edit_item(mission, "stations", station.id, {"opens": "21:00", "closes": "20:00"})


def test_new_ids_follow_the_importer_and_are_unique(mission: Mission) -> None:
    """A station id from region, commission and number; an observer's from the name."""
    assert new_id(mission, "stations", "atyrau", "Atyrau city", 7) == "atyrau/atyrau-city/7"
    taken = add_items(mission, "observers",
                      [Observer(id="a-one", name="A. One", nationality="Russia")])
    assert new_id(taken, "observers", "A. One") == "a-one-2"
