"""The plan and show commands, run through a parser like the main one and through ``main``."""

from __future__ import annotations

import argparse
import io
import json
import shutil
from datetime import time
from pathlib import Path

import pytest

from missionplanner.cli import main
from missionplanner.cli.plan import register
from missionplanner.cli.progress_bar import ProgressBar
from missionplanner.io import load_plan, save_mission, save_plan
from missionplanner.model import DeclaredArea, Mission, Region, Team
from tests.planning.conftest import make_planning_mission

ELECTION_DAY = "2019-06-09"
QUICK = ["--deterministic", "--iterations", "5", "--workers", "1"]


def _run(argv: list[str]) -> int:
    parser = argparse.ArgumentParser()
    register(parser.add_subparsers(dest="command", required=True))
    args = parser.parse_args(argv)
    return int(args.handler(args))


@pytest.fixture(scope="module")
def planned(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """A mission file and its plan of election day (a short deterministic search), made once."""
    folder = tmp_path_factory.mktemp("planned")
    mission_file, out = folder / "m.json", folder / "p.json"
    save_mission(make_planning_mission(), mission_file)
    assert main(["plan", str(mission_file), "--out", str(out), *QUICK,
                 "--days", ELECTION_DAY, "--quiet"]) == 0
    return mission_file, out


def test_plan_then_show(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`plan` (with the old `--day`) writes a plan file and prints coverage; `show MISSION
    PLAN` still prints the route sheets."""
    mission_file = tmp_path / "m.json"
    save_mission(make_planning_mission(), mission_file)
    out = tmp_path / "p.json"
    code = _run(["plan", str(mission_file), "--out", str(out), *QUICK, "--day", ELECTION_DAY,
                 "--quiet"])
    captured = capsys.readouterr()
    assert code == 0 and "stations covered" in captured.out and "duplicates: 0" in captured.out
    assert captured.err == ""  # --quiet: no progress
    plan = load_plan(out)
    assert plan.routes and {r.day.isoformat() for r in plan.routes} == {ELECTION_DAY}
    assert plan.mission_file == "m.json"
    team = plan.routes[0].team
    assert _run(["show", str(mission_file), str(out), "--team", team]) == 0
    sheet = capsys.readouterr().out
    assert f"\n{team} (" in sheet and "opening" in sheet and "counting" in sheet
    assert sum(line.startswith("team-") for line in sheet.splitlines()) == 1


def test_days_list_workbook_and_progress(tmp_path: Path,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    """`--days D1,D2` plans both days, `--xlsx` writes the workbook, and progress goes to
    stderr, one plain line per area and day when stderr is not a terminal."""
    mission_file = tmp_path / "mission.json"
    save_mission(make_planning_mission(), mission_file)
    out, book = tmp_path / "plans" / "plan.json", tmp_path / "book.xlsx"
    out.parent.mkdir()
    assert main(["plan", str(mission_file), "--out", str(out), *QUICK,
                 "--days", f"2019-06-08,{ELECTION_DAY}", "--xlsx", str(book)]) == 0
    captured = capsys.readouterr()
    plan = load_plan(out)
    assert {r.day.isoformat() for r in plan.routes} == {"2019-06-08", ELECTION_DAY}
    assert book.is_file() and book.stat().st_size > 0 and f"wrote {book}" in captured.out
    assert plan.mission_file == str(mission_file.resolve())  # not beside the plan: absolute
    steps = [line for line in captured.err.splitlines() if " areas]" in line]
    jobs = int(steps[0].split("/")[1].split()[0])
    assert len(steps) == jobs and f"[{jobs}/{jobs} areas]" in steps[-1]
    assert "visits" in steps[-1] and "\r" not in captured.err


def test_progress_bar_redraws_one_line_on_a_terminal() -> None:
    """On a TTY the bar is redrawn with a carriage return and ends with one newline."""
    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    stream = Terminal()
    bar = ProgressBar("areas", stream)
    for done in range(1, 5):
        bar.update(done, 4, f"{10 * done} visits", f"area {done}")
    bar.close()
    text = stream.getvalue()
    assert text.count("\r") == 4 and text.count("\n") == 1 and text.endswith("\n")
    assert "[########################] 4/4 areas, 40 visits" in text
    assert "area 4" not in text  # the step's name only on plain lines
    quiet = Terminal()
    ProgressBar("areas", quiet, quiet=True).update(1, 2)
    assert quiet.getvalue() == ""


def test_show_with_the_plan_alone(planned: tuple[Path, Path],
                                  capsys: pytest.CaptureFixture[str]) -> None:
    """`show PLAN` finds the mission the plan records and prints summary, coverage and
    routes, the same as `show MISSION PLAN`."""
    mission_file, plan_file = planned
    assert main(["show", str(plan_file)]) == 0
    alone = capsys.readouterr().out
    assert main(["show", str(mission_file), str(plan_file)]) == 0
    assert capsys.readouterr().out == alone
    head, _, routes = alone.partition("\n\n")
    assert head.startswith("plan of Planning test (plan-test), seed 42")
    assert "stations covered:" in head and "duplicates: 0" in head
    assert "no actuals" not in head  # planned vs visited only once actuals are in
    plan = load_plan(plan_file)
    for left in plan.left_out:
        assert f"left out (must-cover): {left.station}" in head
    assert sum(line.startswith("team-") for line in routes.splitlines()) == len(plan.routes)


def test_show_reports_actuals(planned: tuple[Path, Path], tmp_path: Path,
                              capsys: pytest.CaptureFixture[str]) -> None:
    """Once a visit has its `visited_at`, `show` prints planned against visited."""
    mission_file, plan_file = planned
    plan = load_plan(plan_file)
    route = plan.routes[0]
    visit = route.visits[0].model_copy(update={"visited_at": route.visits[0].arrival})
    routes = [route.model_copy(update={"visits": [visit, *route.visits[1:]]}), *plan.routes[1:]]
    copy = tmp_path / "p.json"
    shutil.copy(mission_file, tmp_path / mission_file.name)
    save_plan(plan.model_copy(update={"routes": routes}), copy)
    assert main(["show", str(copy)]) == 0
    assert "visited: 1 of " in capsys.readouterr().out


def test_show_without_its_mission(planned: tuple[Path, Path], tmp_path: Path,
                                  capsys: pytest.CaptureFixture[str]) -> None:
    """A plan moved away from its mission file says so and asks for it: exit 1."""
    _, plan_file = planned
    moved = tmp_path / "p.json"
    shutil.copy(plan_file, moved)
    assert main(["show", str(moved)]) == 1
    err = capsys.readouterr().err
    assert "not there any more" in err and "give the mission file" in err


def test_uncoordinated_alone(planned: tuple[Path, Path], tmp_path: Path,
                             capsys: pytest.CaptureFixture[str]) -> None:
    """`--uncoordinated` without a plan prints the baseline and writes nothing."""
    mission_file, _ = planned
    out = tmp_path / "none.json"
    assert main(["plan", str(mission_file), "--uncoordinated", "--seeds", "4",
                 "--out", str(out)]) == 0
    printed = capsys.readouterr().out
    assert "4 seeds" in printed and "stations covered: mean" in printed
    assert "duplicates:" in printed and f"no plan {out}" in printed
    assert not out.exists()


def test_uncoordinated_beside_the_plan(planned: tuple[Path, Path],
                                       capsys: pytest.CaptureFixture[str]) -> None:
    """With the plan at `--out`, the same teams walk its days and the plan is compared."""
    mission_file, plan_file = planned
    before = plan_file.read_bytes()
    assert main(["plan", str(mission_file), "--out", str(plan_file), "--uncoordinated",
                 "--seeds", "3"]) == 0
    printed = capsys.readouterr().out
    assert ELECTION_DAY in printed and "2019-06-08" not in printed
    assert "the plan covers" in printed and f"compared with {plan_file}" in printed
    assert plan_file.read_bytes() == before


# -- bad settings: exit 1 and a message naming the problem, planning or not -----------------
def _mission_file(tmp_path: Path, mission: Mission) -> Path:
    path = tmp_path / "m.json"
    save_mission(mission, path)
    return path


@pytest.fixture(params=[[], ["--uncoordinated", "--seeds", "2"]], ids=["plan", "uncoordinated"])
def mode(request: pytest.FixtureRequest) -> list[str]:
    """Plan for real, or walk the baseline: bad settings are reported either way."""
    return list(request.param)


def test_service_longer_than_polling_hours(tmp_path: Path, mode: list[str],
                                           capsys: pytest.CaptureFixture[str]) -> None:
    """A visit longer than the polling hours (mission-wide or at one station): exit 1."""
    path = _mission_file(tmp_path, make_planning_mission())
    data = json.loads(path.read_text("utf-8"))
    data["settings"].update(polling_opens="07:00:00", polling_closes="08:00:00",
                            service_minutes_election_day=90)
    path.write_text(json.dumps(data), "utf-8")
    assert main(["plan", str(path), *QUICK, "--quiet", *mode]) == 1
    assert "a visit of 90 min is longer than the 60 min of polling hours" in (
        capsys.readouterr().err)

    mission = make_planning_mission()
    stations = list(mission.stations)
    stations[4] = stations[4].model_copy(update={"opens": time(8, 0), "closes": time(8, 20)})
    path = _mission_file(tmp_path, mission.model_copy(update={"stations": stations}))
    assert main(["plan", str(path), *QUICK, "--quiet", *mode]) == 1
    err = capsys.readouterr().err
    assert f"open for less than a visit of 30 min: {stations[4].id} (08:00-08:20)" in err
    assert "internal error" not in err


def test_more_teams_than_stations(tmp_path: Path, mode: list[str],
                                  capsys: pytest.CaptureFixture[str]) -> None:
    """60 observers alone for 50 stations: exit 1."""
    path = _mission_file(tmp_path, make_planning_mission(team_size=1, observers=60))
    assert main(["plan", str(path), *QUICK, "--quiet", *mode]) == 1
    assert "60 teams for 50 polling stations" in capsys.readouterr().err


def test_area_without_stations(tmp_path: Path, mode: list[str],
                               capsys: pytest.CaptureFixture[str]) -> None:
    """A must-cover area that matches no station, or a team sent to a region without
    stations: exit 1, naming it."""
    mission = make_planning_mission()
    nowhere = DeclaredArea(name="Nowhere", region="karaganda", kind="city")
    path = _mission_file(tmp_path, mission.model_copy(update={"declared_areas": [nowhere]}))
    assert main(["plan", str(path), *QUICK, "--quiet", *mode]) == 1
    assert "declared area 'Nowhere' (Karaganda Region) has no polling stations" in (
        capsys.readouterr().err)

    empty = Region(id="empty", name="Empty Region", tz="Asia/Almaty")
    team = Team(id="t-hand", members=["o01", "o02"], area="empty")
    path = _mission_file(tmp_path, mission.model_copy(
        update={"regions": [*mission.regions, empty], "teams": [team]}))
    assert main(["plan", str(path), *QUICK, "--quiet", *mode]) == 1
    assert "team t-hand is entered for area 'empty', which has no stations" in (
        capsys.readouterr().err)


def test_the_same_seed_gives_the_same_plan_file(tmp_path: Path) -> None:
    """`plan MISSION --seed 7 --out A` and `--out B` with the default search (bounded by work):
    the same file apart from created_at. A bad time limit or iteration count is refused."""
    mission_file = tmp_path / "m.json"
    save_mission(make_planning_mission(), mission_file)
    texts = []
    for name in ("A.json", "B.json"):
        assert _run(["plan", str(mission_file), "--seed", "7", "--out", str(tmp_path / name),
                     "--days", ELECTION_DAY, "--quiet"]) == 0
        data = json.loads((tmp_path / name).read_text())
        assert data.pop("created_at")
        texts.append(data)
    assert texts[0] == texts[1] and texts[0]["routes"]
    for bad in (["--time-limit", "0"], ["--iterations", "0"]):
        assert main(["plan", str(mission_file), "--out", str(tmp_path / "C.json"), *bad]) != 0
