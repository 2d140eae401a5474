"""Plan files of schema 1 (a free ``settings_used`` dict) load as schema 2, typed."""

from __future__ import annotations

import json
from datetime import date, time
from pathlib import Path

from missionplanner.io import load_plan
from missionplanner.model import PLAN_SCHEMA_VERSION, DisruptionRecord
from missionplanner.planning import Delay, ReplanRequest, replan
from tests.planning.conftest import make_planning_mission, quick_plan

DAY = date(2019, 6, 9)


def schema_1(plan_json: str, settings_used: object) -> dict[str, object]:
    """A plan as schema 1 wrote it: no typed records, a ``settings_used`` object."""
    data = json.loads(plan_json)
    for key in ("made_with", "area_days", "replans"):
        data.pop(key)
    data["schema_version"] = 1
    data["settings_used"] = settings_used
    return data


def test_schema_1_settings_move_to_their_typed_fields(tmp_path: Path) -> None:
    """Days, budget, deployment, cancel and re-plans are carried over; the rest is named."""
    plan = quick_plan(make_planning_mission(), days=(DAY,), iterations=3)
    used = {"seed": 5, "time_limit_per_area": None, "adaptive_budget": False,
            "max_seconds_per_area": 1.0, "deterministic": True, "max_iterations": 3,
            "deploy_by": "stations", "days": ["2019-06-09"], "cancelled": False,
            "replans": [{"day": "2019-06-09", "now": "14:00:00", "areas": ["karaganda"],
                         "disruptions": [{"kind": "delay", "team": "team-04", "minutes": 45}],
                         "time_limit": None, "deterministic": True, "max_iterations": 30,
                         "seconds": 0.8}]}
    path = tmp_path / "old.plan.json"
    path.write_text(json.dumps(schema_1(plan.model_dump_json(), used)), encoding="utf-8")
    old = load_plan(path)
    assert old.schema_version == PLAN_SCHEMA_VERSION == 2
    assert old.made_with.days == [DAY] and old.made_with.iterations == 3
    assert old.made_with.deploy_by == "stations" and old.made_with.time_limit is None
    assert len(old.replans) == 1 and old.replans[0].now == time(14, 0)
    assert old.replans[0].iterations == 30 and old.replans[0].areas == ["karaganda"]
    assert old.replans[0].disruptions == [DisruptionRecord(kind="delay", team="team-04",
                                                           minutes=45)]
    assert old.area_days == [] and old.routes == plan.routes
    assert old.notes[-1] == ("Migrated from plan schema 1: settings adaptive_budget, "
                             "deterministic, max_seconds_per_area are no longer recorded.")


def test_schema_1_with_odd_settings_still_loads(tmp_path: Path) -> None:
    """A ``settings_used`` that is not an object, or holds odd values, loses nothing else."""
    plan = quick_plan(make_planning_mission(), days=(DAY,), iterations=3)
    for odd in (None, [1, 2], {"days": "yesterday", "max_iterations": True, "synthetic": "x"}):
        path = tmp_path / "odd.json"
        path.write_text(json.dumps(schema_1(plan.model_dump_json(), odd)), encoding="utf-8")
        old = load_plan(path)
        assert old.routes == plan.routes and old.made_with.days == []
        assert old.made_with.iterations is None


def test_a_migrated_plan_is_replanned_from_decisions_derived_again(tmp_path: Path) -> None:
    """Without area-day records, re-planning derives them from the mission and the seed with
    the same functions planning uses, and says so."""
    mission = make_planning_mission()
    plan = quick_plan(mission, days=(DAY,), iterations=3)
    path = tmp_path / "old.json"
    path.write_text(json.dumps(schema_1(plan.model_dump_json(), {})), encoding="utf-8")
    old = load_plan(path)
    team = plan.routes[0].team
    area = next(t.area for t in plan.teams if t.id == team)
    result = replan(ReplanRequest(mission, old, (Delay(team, 10),), now=time(12, 0),
                                  iterations=3))
    assert any("an older plan file" in c for c in result.changes)
    record, original = result.plan.area_day(area or "", DAY), plan.area_day(area or "", DAY)
    assert record is not None and original is not None
    assert record.candidates == original.candidates and record.zone == original.zone
    assert [t.home for t in record.teams] == [t.home for t in original.teams]
