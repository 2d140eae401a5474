"""The ``replan`` command through the main entry point: a new plan file, exit 1 on bad input."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from missionplanner.cli import main
from missionplanner.io import load_plan, save_mission, save_plan
from missionplanner.io.mission_ref import mission_ref
from missionplanner.model import Activity
from tests.planning.conftest import make_planning_mission, quick_plan

DAY = date(2019, 6, 9)


@pytest.fixture(scope="module")
def files(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """A mission file and a plan of its election day that records it."""
    folder = tmp_path_factory.mktemp("replan")
    mission_file, plan_file = folder / "mission.json", folder / "mission.plan.json"
    mission = make_planning_mission(flagged=3)
    save_mission(mission, mission_file)
    plan = quick_plan(mission, days=(DAY,), mission_file=mission_ref(mission_file, plan_file))
    save_plan(plan, plan_file)
    return mission_file, plan_file


def test_replan_writes_a_new_plan(files: tuple[Path, Path], tmp_path: Path,
                                  capsys: pytest.CaptureFixture[str]) -> None:
    """Delay, closure, cut and loss at once: a new plan beside the old one, notes printed."""
    _, plan_file = files
    before = plan_file.read_bytes()
    plan = load_plan(plan_file)
    busiest = max(plan.routes, key=lambda r: (len(r.visits), r.team))
    later = [v.station for v in busiest.visits if v.activity is Activity.VOTING][-2:]
    assert len(later) == 2 and all(v.end.hour >= 14 for v in busiest.visits
                                   if v.station == later[0])
    out = tmp_path / "new.json"
    code = main(["replan", str(plan_file), "--now", "13:30", "--delay", "team-01=30",
                 "--close", later[0], "--cut", f"{later[1]}:karaganda/1+15",
                 "--lose", "team-03", "--out", str(out), "--deterministic"])
    printed = capsys.readouterr().out
    assert code == 0 and "re-planned 2019-06-09 from 13:30" in printed
    assert "note: re-plan of 2019-06-09 from 13:30: team team-01 delayed 30 min" in printed
    new = load_plan(out)
    assert plan_file.read_bytes() == before
    assert new.replans[0].time_limit is None and new.replans[0].iterations == 30
    assert len(new.replans[0].disruptions) == 4
    assert new.mission_file is not None and Path(new.mission_file).name == "mission.json"
    assert all(v.station != later[0] or (v.end.hour, v.end.minute) <= (13, 30)
               for r in new.routes for v in r.visits)


def test_default_output_name(files: tuple[Path, Path],
                             capsys: pytest.CaptureFixture[str]) -> None:
    """Without --out the new plan is PLAN.replan.json, and it finds its mission too."""
    mission_file, plan_file = files
    assert main(["replan", str(plan_file), "--now", "10:00", "--lose", "team-02",
                 "--deterministic", "--mission", str(mission_file)]) == 0
    out = plan_file.with_name("mission.plan.replan.json")
    assert out.is_file() and "-> " + str(out) in capsys.readouterr().out


@pytest.mark.parametrize(("argv", "message"), [
    (["--now", "25:00", "--lose", "team-01"], "--now must be a time of day HH:MM"),
    (["--now", "noon", "--lose", "team-01"], "--now must be a time of day HH:MM"),
    (["--now", "12:00", "--lose", "team-42"], "unknown team 'team-42'"),
    (["--now", "12:00", "--delay", "team-01"], "--delay takes TEAM=MINUTES"),
    (["--now", "12:00", "--close", "nowhere"], "unknown station 'nowhere'"),
    (["--now", "12:00", "--cut", "karaganda/1-karaganda/2"], "--cut 'karaganda/1-karaganda/2'"),
    (["--now", "12:00", "--cut", "karaganda/1:moon"], "unknown place(s) 'moon'"),
    (["--now", "12:00", "--day", "2019-06-08", "--lose", "team-01"],
     "the plan has no routes on 2019-06-08"),
    (["--now", "12:00", "--day", "9 June", "--lose", "team-01"], "--day must be a date"),
    (["--now", "23:59", "--lose", "team-01"], "is after the end of 2019-06-09"),
    (["--now", "12:00"], "say what happened"),
])
def test_bad_input_exits_1_with_a_message(files: tuple[Path, Path], tmp_path: Path,
                                          capsys: pytest.CaptureFixture[str], argv: list[str],
                                          message: str) -> None:
    """Bad times, teams, stations, places and days: exit 1 and one clear line, no traceback."""
    _, plan_file = files
    code = main(["replan", str(plan_file), "--out", str(tmp_path / "x.json"), *argv])
    err = capsys.readouterr().err
    assert code == 1 and message in err and "Traceback" not in err
    assert not (tmp_path / "x.json").exists()


def test_plan_without_its_mission_file(tmp_path: Path,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    """A plan that does not record its mission asks for --mission."""
    mission = make_planning_mission()
    plan = quick_plan(mission, days=(DAY,), iterations=3)
    save_plan(plan, tmp_path / "p.json")
    assert main(["replan", str(tmp_path / "p.json"), "--now", "12:00", "--lose",
                 "team-01"]) == 1
    assert "give the mission file" in capsys.readouterr().err
