"""The plan and show commands, run through a parser like the main one."""

from __future__ import annotations

import argparse
from pathlib import Path

import pytest

from missionplanner.io import load_plan, save_mission
from missionplanner.planning_cli import register
from tests.planning.conftest import make_planning_mission


def _run(argv: list[str]) -> int:
    parser = argparse.ArgumentParser()
    register(parser.add_subparsers(dest="command", required=True))
    args = parser.parse_args(argv)
    return int(args.handler(args))


def test_plan_then_show(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`plan` writes a plan file and prints coverage; `show` prints the route sheets."""
    mission_file = tmp_path / "m.json"
    save_mission(make_planning_mission(), mission_file)
    out = tmp_path / "p.json"
    code = _run(["plan", str(mission_file), "--out", str(out), "--deterministic",
                 "--iterations", "5", "--workers", "1", "--day", "2019-06-09", "--quiet"])
    printed = capsys.readouterr().out
    assert code == 0 and "stations covered" in printed and "duplicates: 0" in printed
    plan = load_plan(out)
    assert plan.routes and {r.day.isoformat() for r in plan.routes} == {"2019-06-09"}
    team = plan.routes[0].team
    assert _run(["show", str(mission_file), str(out), "--team", team]) == 0
    sheet = capsys.readouterr().out
    assert sheet.startswith(team) and "opening" in sheet and "counting" in sheet
