"""The ``export``, ``xlsform`` and ``actuals`` commands through their parser."""

from __future__ import annotations

import argparse
from datetime import time
from pathlib import Path

import pytest

from missionplanner.cli.export import register
from missionplanner.errors import InputError, MissionPlannerError
from missionplanner.io import load_plan, save_mission
from missionplanner.model import Mission
from tests.export.sheets import fill_visited, load


def run(argv: list[str]) -> int:
    """Parse ``argv`` with only our commands registered and run the handler."""
    parser = argparse.ArgumentParser(prog="missionplanner")
    register(parser.add_subparsers(dest="command", required=True))
    args = parser.parse_args(argv)
    return int(args.handler(args))


def test_export_both(tmp_path: Path, plan_file: Path, mission_file: Path,
                     capsys: pytest.CaptureFixture[str]) -> None:
    """``export --xlsx --per-team`` writes the mission workbook and one file per team."""
    book, teams = tmp_path / "book.xlsx", tmp_path / "teams"
    assert run(["export", str(plan_file), "--mission", str(mission_file), "--xlsx", str(book),
                "--per-team", str(teams), "--lang", "ru"]) == 0
    assert load(book).sheetnames[0] == "Сводка"
    assert sorted(p.name for p in teams.iterdir()) == [
        "team-A1.xlsx", "team-A2.xlsx", "team-T1.xlsx"]
    assert "4 route sheets" in capsys.readouterr().out


def test_export_needs_an_output(plan_file: Path, mission_file: Path) -> None:
    """Without --xlsx or --per-team the command says what to add."""
    with pytest.raises(MissionPlannerError, match="--xlsx"):
        run(["export", str(plan_file), "--mission", str(mission_file)])


def test_password_needs_per_team(tmp_path: Path, plan_file: Path, mission_file: Path) -> None:
    """--password alone on the mission workbook is refused (it protects team files)."""
    with pytest.raises(MissionPlannerError, match="--per-team"):
        run(["export", str(plan_file), "--mission", str(mission_file), "--xlsx",
             str(tmp_path / "b.xlsx"), "--password", "x"])


def test_mismatched_mission(tmp_path: Path, plan_file: Path, mission: Mission) -> None:
    """A mission file with another id: both files and both ids are named."""
    other = tmp_path / "other.json"
    save_mission(mission.model_copy(update={"id": "sco-2021"}), other)
    with pytest.raises(InputError) as caught:
        run(["xlsform", str(plan_file), str(tmp_path / "f.xlsx"), "--mission", str(other)])
    text = str(caught.value)
    assert "'test-2019'" in text and "'sco-2021'" in text and "other.json" in text


def test_xlsform_and_actuals(tmp_path: Path, plan_file: Path, mission_file: Path,
                             capsys: pytest.CaptureFixture[str]) -> None:
    """``xlsform`` writes the form; ``actuals`` reads a filled sheet into a new plan file."""
    assert run(["xlsform", str(plan_file), str(tmp_path / "form.xlsx"), "--mission",
                str(mission_file)]) == 0
    run(["export", str(plan_file), "--mission", str(mission_file), "--per-team",
         str(tmp_path / "teams")])
    fill_visited(tmp_path / "teams" / "team-A2.xlsx", tmp_path / "a2.xlsx", default=time(9, 3))
    out = tmp_path / "after.json"
    assert run(["actuals", str(plan_file), str(tmp_path / "a2.xlsx"), "--out", str(out),
                "--mission", str(mission_file)]) == 0
    printed = capsys.readouterr().out
    assert "imported 1 actual visits" in printed and "team A2: 1 of 1" in printed
    visit = next(r for r in load_plan(out).routes if r.team == "A2").visits[0]
    assert visit.visited_at is not None and f"{visit.visited_at:%H:%M}" == "09:03"
    assert load_plan(plan_file).routes[2].visits[0].visited_at is None


def test_export_finds_the_mission_the_plan_records(tmp_path: Path, plan_file: Path,
                                                   mission_file: Path) -> None:
    """Without --mission, ``export`` and ``xlsform`` use the plan's ``mission_file``."""
    from missionplanner.io import save_plan

    plan = load_plan(plan_file).model_copy(update={"mission_file": mission_file.name})
    save_plan(plan, plan_file)
    assert run(["export", str(plan_file), "--xlsx", str(tmp_path / "b.xlsx")]) == 0
    assert run(["xlsform", str(plan_file), str(tmp_path / "f.xlsx")]) == 0
    assert load(tmp_path / "b.xlsx").sheetnames[0] == "Summary"


def test_export_without_a_recorded_mission_asks_for_it(tmp_path: Path, plan_file: Path) -> None:
    """A plan that records no mission file: the message says to give it."""
    with pytest.raises(InputError, match="give the mission file"):
        run(["export", str(plan_file), "--xlsx", str(tmp_path / "b.xlsx")])
