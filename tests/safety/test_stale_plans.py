"""Issue 10, case 8: a plan records what it was planned from; show, export, xlsform, replan and
actuals refuse it once its mission changed in a way that matters, naming the change, and go on
with --ignore-mission-changes."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from missionplanner.cli import main
from missionplanner.io import load_mission, load_plan, save_mission
from missionplanner.model import Mission
from missionplanner.planning.fingerprint import mission_changes
from tests.export.conftest import build_mission

Edit = Callable[[dict[str, Any]], None]


@pytest.fixture
def planned(tmp_path: Path) -> tuple[Path, Path]:
    """The hand-made mission, planned for real (few iterations, one worker)."""
    mission, plan = tmp_path / "m.json", tmp_path / "m.plan.json"
    save_mission(build_mission(), mission)
    assert main(["plan", str(mission), "--out", str(plan), "--iterations", "50",
                 "--workers", "1", "--quiet"]) == 0
    return mission, plan


def _edit(mission: Path, change: Edit) -> None:
    data = json.loads(mission.read_text())
    change(data)
    save_mission(Mission.model_validate(data), mission)


def _visited_station(plan: Path) -> str:
    return next(v.station for r in load_plan(plan).routes for v in r.visits)


def _move_region(data: dict[str, Any], station: str) -> None:
    for s in data["stations"]:
        if s["id"] == station:
            s["region"] = "atyrau"


def _zone(data: dict[str, Any]) -> None:
    for r in data["regions"]:
        if r["id"] == "almaty":
            r["tz"] = "Asia/Tashkent"


def _day(data: dict[str, Any]) -> None:
    data["observation_days"][1]["date"] = "2019-06-10"
    data["election_date"] = "2019-06-10"


def _hours(data: dict[str, Any]) -> None:
    data["settings"]["polling_opens"] = "08:00:00"


CASES: dict[str, tuple[Callable[[Path], Edit], str]] = {
    "station region": (lambda plan: lambda d: _move_region(d, _visited_station(plan)),
                       "region almaty -> atyrau"),
    "station hours": (lambda plan: lambda d: [s.update(opens="09:00", closes="18:00")
                                              for s in d["stations"]
                                              if s["id"] == _visited_station(plan)],
                      "opening none -> 09:00"),
    "time zone": (lambda plan: _zone, "region almaty's time zone was Asia/Almaty, now "
                                      "Asia/Tashkent"),
    "observation day": (lambda plan: _day, "observation day 2019-06-09 is no longer"),
    "polling hours": (lambda plan: _hours, "setting polling_opens was 07:00:00, now 08:00:00"),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_show_refuses_a_stale_plan(planned: tuple[Path, Path], case: str,
                                   capsys: pytest.CaptureFixture[str]) -> None:
    """Each change that matters is named; nothing is printed as if the plan were current."""
    mission, plan = planned
    make, named = CASES[case]
    _edit(mission, make(plan))
    capsys.readouterr()
    assert main(["show", str(plan)]) == 1
    captured = capsys.readouterr()
    assert named in captured.err and "--ignore-mission-changes" in captured.err
    assert captured.out == ""
    assert main(["show", str(plan), "--ignore-mission-changes"]) == 0
    assert named in capsys.readouterr().err


def test_every_plan_command_refuses(planned: tuple[Path, Path], tmp_path: Path,
                                    capsys: pytest.CaptureFixture[str]) -> None:
    """export, xlsform, replan and actuals refuse it too (the time zone moved), writing
    nothing; with the option, export goes on."""
    mission, plan = planned
    teams = tmp_path / "teams"
    assert main(["export", str(plan), "--per-team", str(teams)]) == 0
    _edit(mission, _zone)
    capsys.readouterr()
    book = tmp_path / "book.xlsx"
    commands = [
        ["export", str(plan), "--xlsx", str(book)],
        ["xlsform", str(plan), str(tmp_path / "form.xlsx")],
        ["replan", str(plan), "--now", "10:00", "--day", "2019-06-09", "--lose", "team-01",
         "--out", str(tmp_path / "r.json")],
        ["actuals", str(plan), str(teams / "team-team-01.xlsx"), "--out",
         str(tmp_path / "a.json")],
    ]
    for argv in commands:
        assert main(argv) == 1, argv
        assert "time zone was Asia/Almaty" in capsys.readouterr().err
    assert not book.exists() and not (tmp_path / "form.xlsx").exists()
    assert not (tmp_path / "r.json").exists() and not (tmp_path / "a.json").exists()
    assert main(["export", str(plan), "--xlsx", str(book), "--ignore-mission-changes"]) == 0
    assert book.exists()


def test_changes_that_do_not_matter(planned: tuple[Path, Path]) -> None:
    """An address, a name, or a station the plan does not visit: still the same plan."""
    mission, plan = planned
    visited = {v.station for r in load_plan(plan).routes for v in r.visits}

    def cosmetic(data: dict[str, Any]) -> None:
        data["name"] = "Renamed mission"
        for s in data["stations"]:
            s["address"] = "New street 1"
            if s["id"] not in visited:
                s["lat"] += 0.01

    _edit(mission, cosmetic)
    assert mission_changes(load_plan(plan), load_mission(mission)) == []
    assert main(["show", str(plan)]) == 0


def test_plan_without_fingerprint_is_still_read(tmp_path: Path) -> None:
    """Plans made before fingerprints (no ``planned_from``) are taken as they are."""
    from tests.export.conftest import build_plan

    assert build_plan().planned_from is None
    assert mission_changes(build_plan(), build_mission()) == []
