"""A plan with imported actuals replays as planned against visited, per team and day."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest

from missionplanner.cli.main import main
from missionplanner.io import save_mission, save_plan
from missionplanner.model import Mission, Plan, ReportedFact
from missionplanner.replay import to_markdown
from missionplanner.replay.actuals import NoActuals, actuals_lines, replay_actuals
from missionplanner.replay.actuals_report import actuals_document
from missionplanner.replay.attempts import OBSERVED
from tests.export.conftest import build_mission, build_plan


def with_actuals(plan: Plan, skip: int = 1, late: int = 10) -> Plan:
    """Every observed visit done ``late`` minutes after its planned arrival, except the
    last ``skip`` of each route."""
    routes = []
    for route in plan.routes:
        seen = [i for i, v in enumerate(route.visits) if v.activity in OBSERVED]
        missed = set(seen[len(seen) - skip:]) if skip else set()
        visits = [v.model_copy(update={"visited_at": None if i in missed else
                                       v.arrival + timedelta(minutes=late)})
                  for i, v in enumerate(route.visits)]
        routes.append(route.model_copy(update={"visits": visits}))
    return plan.model_copy(update={"routes": routes})


def test_planned_visited_missed_per_team_and_day() -> None:
    """Each team-day lists what was planned, done and missed, and how late it ran."""
    mission, plan = build_mission(), build_plan()
    replay = replay_actuals(mission, with_actuals(plan))
    assert len(replay.days) == len(plan.routes)
    for day in replay.days:
        assert set(day.visited) | set(day.missed) == set(day.planned)
        assert len(day.missed) == min(1, len(day.planned))
        assert day.late_minutes == pytest.approx(10.0) or not day.visited
    planned = sum(p for _, p, _, _ in replay.by_day())
    missed = sum(x for _, _, _, x in replay.by_day())
    assert planned - missed == sum(len(d.visited) for d in replay.days)
    assert replay.duplicates == 0


def test_no_actuals_is_a_clear_error() -> None:
    """A plan nobody reported on yet: a message saying how to import actuals."""
    with pytest.raises(NoActuals, match="missionplanner actuals"):
        replay_actuals(build_mission(), build_plan())


def test_report_lists_what_was_missed() -> None:
    """The Markdown names the missed stations by number and place, a table per day."""
    mission, plan = build_mission(), build_plan()
    replay = replay_actuals(mission, with_actuals(plan))
    title, sections = actuals_document(replay)
    text = to_markdown(title, sections)
    headings = [line for line in text.splitlines() if line.startswith("## ")]
    assert sum(h.endswith("team by team") for h in headings) == len(replay.by_day())
    missed = next(s for d in replay.days for s in d.missed)
    number = next(st.number for st in mission.stations if st.id == missed)
    assert f"No. {number}" in text


def test_cli_replays_a_plan_with_actuals(tmp_path: Path,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    """`replay PLAN` finds the plan's mission; with a reported figure it ends with the line."""
    mission: Mission = build_mission()
    mission = mission.model_copy(update={"reported": [ReportedFact(
        topic="stations_visited", value=5, source="statement.txt")]})
    save_mission(mission, tmp_path / "m.json")
    plan = with_actuals(build_plan()).model_copy(update={"mission_file": "m.json"})
    save_plan(plan, tmp_path / "p.json")
    assert main(["replay", str(tmp_path / "p.json"), "--xlsx", str(tmp_path / "r.xlsx")]) == 0
    out = capsys.readouterr().out.strip().splitlines()
    replay = replay_actuals(mission, plan)
    assert out == actuals_lines(replay)
    assert out[-1] == (f"replayed: {replay.visited_stations} stations, 0 duplicates "
                       "(reported 5)")
    assert (tmp_path / "r.xlsx").is_file()
