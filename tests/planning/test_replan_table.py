"""A plan made with a travel-time table is re-planned with it: found again, or a clear error."""

from __future__ import annotations

from datetime import date, time
from pathlib import Path

import pytest

from missionplanner.cli import main
from missionplanner.geo import TravelTable, read_travel_table
from missionplanner.io import load_plan, save_mission
from missionplanner.model import Mission, Plan, TravelSource
from missionplanner.planning import Delay, PlanRequest, ReplanError, ReplanRequest, plan_mission
from missionplanner.planning import replan as replan_plan
from tests.planning.conftest import make_planning_mission

DAY = date(2019, 6, 9)


def write_table(path: Path, mission: Mission, region: str, minutes: int) -> Path:
    """A table of ``minutes`` between every two stations of ``region`` and its hotel."""
    places = ["hotel-ns"] + [s.id for s in mission.stations if s.region == region]
    rows = [",".join(["from", *places])]
    rows += [",".join([a, *("0" if a == b else str(minutes) for b in places)]) for a in places]
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def mission() -> Mission:
    """The small mission."""
    return make_planning_mission()


@pytest.fixture(scope="module")
def table(mission: Mission, tmp_path_factory: pytest.TempPathFactory) -> TravelTable:
    """12 minutes between any two places of Nur-Sultan."""
    folder = tmp_path_factory.mktemp("table")
    return read_travel_table(write_table(folder / "ns.csv", mission, "nur-sultan", 12))


@pytest.fixture(scope="module")
def plan(mission: Mission, table: TravelTable) -> Plan:
    """Its election day planned with the table."""
    return plan_mission(PlanRequest(mission, seed=5, days=(DAY,), iterations=5, workers=1,
                                    travel_table=table)).plan


def test_the_plan_records_the_table_and_where_it_was_used(plan: Plan, table: TravelTable) -> None:
    """The table's file and digest in ``made_with``; the area it covers says ``table``."""
    ref = plan.made_with.travel_table
    assert ref is not None and ref.digest == table.digest and ref.places == len(table.ids)
    sources = {a.area: a.travel for a in plan.area_days}
    assert sources["nur-sultan"] is TravelSource.TABLE
    assert sources["karaganda"] is TravelSource.ESTIMATE


def test_the_table_times_are_the_legs_of_the_plan(mission: Mission, plan: Plan) -> None:
    """Between two stations of the table, a route drives its 12 minutes plus the stop
    overhead (5 min), whatever the distance (45 minutes more where lunch falls between)."""
    legs = [(b.arrival - a.end).total_seconds() / 60 for r in plan.routes
            if r.team in {t.team for a in plan.area_days if a.area == "nur-sultan"
                          for t in a.teams}
            for a, b in zip(r.visits, r.visits[1:], strict=False)
            if a.station != b.station and b.arrival == b.start]
    assert legs and all(leg - 17 in (0, 45) for leg in legs)


def test_a_replan_without_the_table_is_refused(mission: Mission, plan: Plan) -> None:
    """Estimated times would silently replace the table's: the re-plan says what to give."""
    team = next(t.team for a in plan.area_days if a.area == "nur-sultan" for t in a.teams)
    with pytest.raises(ReplanError, match=r"made with the travel-time table .*ns\.csv"):
        replan_plan(ReplanRequest(mission, plan, (Delay(team, 20),), now=time(12, 0)))


def test_a_replan_with_the_table_uses_it(mission: Mission, plan: Plan, table: TravelTable,
                                         tmp_path: Path) -> None:
    """With the same table: no note, the new legs are the table's; another table: a note."""
    team = next(t.team for a in plan.area_days if a.area == "nur-sultan" for t in a.teams)
    result = replan_plan(ReplanRequest(mission, plan, (Delay(team, 20),), now=time(12, 0),
                                       travel_table=table, iterations=5))
    assert not any("travel times from" in c for c in result.changes)
    route = next(r for r in result.plan.routes if r.team == team)
    legs = [(b.arrival - a.end).total_seconds() / 60 for a, b in zip(route.visits,
                                                                    route.visits[1:],
                                                                    strict=False)
            if a.station != b.station and b.arrival == b.start and a.end.hour >= 12]
    assert legs and all(leg - 17 in (0, 20, 45, 65) for leg in legs)  # delay, lunch
    other = read_travel_table(write_table(tmp_path / "other.csv", mission, "nur-sultan", 30))
    changed = replan_plan(ReplanRequest(mission, plan, (Delay(team, 20),), now=time(12, 0),
                                        travel_table=other, iterations=5))
    assert any("differs from the table the plan was made with" in c for c in changed.changes)


def test_the_command_finds_the_table_again_or_says_it_is_missing(
        mission: Mission, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """``replan`` reads the table the plan records (beside it); once it is gone, exit 1 with
    what to do."""
    save_mission(mission, tmp_path / "m.json")
    write_table(tmp_path / "ns.csv", mission, "nur-sultan", 12)
    assert main(["plan", str(tmp_path / "m.json"), "--day", str(DAY), "--iterations", "3",
                 "--workers", "1", "--quiet", "--travel-matrix", str(tmp_path / "ns.csv"),
                 "--out", str(tmp_path / "p.json")]) == 0
    plan = load_plan(tmp_path / "p.json")
    assert plan.made_with.travel_table is not None
    assert plan.made_with.travel_table.file == "ns.csv"
    team = next(t.team for a in plan.area_days if a.area == "nur-sultan" for t in a.teams)
    args = ["replan", str(tmp_path / "p.json"), "--now", "12:00", "--delay", f"{team}=20"]
    assert main([*args, "--out", str(tmp_path / "r.json")]) == 0
    assert load_plan(tmp_path / "r.json").made_with.travel_table == plan.made_with.travel_table
    (tmp_path / "ns.csv").unlink()
    capsys.readouterr()
    assert main([*args, "--out", str(tmp_path / "r2.json")]) == 1
    err = capsys.readouterr().err
    assert "ns.csv, which is not there any more: give it with --travel-matrix" in err
