"""Service rules: protocol trips after the count, settings refused before planning."""

from __future__ import annotations

from collections import Counter
from datetime import date, time

from missionplanner.model import Activity
from missionplanner.planning import PlanRequest, plan_mission
from tests.planning.conftest import make_planning_mission, quick_plan


def test_teams_of_one_commission_all_follow_their_protocols() -> None:
    """With ``protocol_trip`` every counting team ends at its commission, shared or not."""
    mission = make_planning_mission(protocol_trip=True)
    plan = quick_plan(mission, seed=None, days=(date(2019, 6, 9),), iterations=5)
    trips = Counter(v.station for r in plan.routes for v in r.visits
                    if v.activity is Activity.PROTOCOL)
    counting = [r for r in plan.routes
                if any(v.activity is Activity.COUNTING for v in r.visits)]
    assert counting and sum(trips.values()) == len(counting)
    assert all(station.startswith("commission:") for station in trips)
    for route in counting:
        assert route.visits[-1].activity is Activity.PROTOCOL


def test_plan_mission_names_a_station_open_for_less_than_a_visit() -> None:
    """The service itself (not only the CLI) refuses hours no visit fits, before planning."""
    import pytest

    from missionplanner.errors import SettingsError

    mission = make_planning_mission()
    stations = list(mission.stations)
    stations[4] = stations[4].model_copy(update={"opens": time(8, 0), "closes": time(8, 20)})
    with pytest.raises(SettingsError, match=stations[4].id):
        plan_mission(PlanRequest(mission.model_copy(update={"stations": stations}), workers=1))
