"""Issue 10, case 10: actuals match rows by station, never by position alone; a sheet whose
Team cell and stations disagree is refused; 23:59 for a 09:00 visit is that evening; times out
of visiting order are refused."""

from __future__ import annotations

from datetime import datetime, time
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from missionplanner.actuals import import_actuals
from missionplanner.errors import InputError
from missionplanner.export import export_per_team
from missionplanner.export.labels import labels
from missionplanner.model import Mission, Plan
from tests.export.conftest import build_mission, build_plan
from tests.export.sheets import fill_visited, header_row, load

ATYRAU, ALMATY = ZoneInfo("Asia/Atyrau"), ZoneInfo("Asia/Almaty")
SHEET = "T1 09.06"


@pytest.fixture
def mission() -> Mission:
    """The hand-made two-zone mission of the export tests."""
    return build_mission()


@pytest.fixture
def plan() -> Plan:
    """Its hand-made plan: A1 and A2 in Almaty, T1 in Atyrau."""
    return build_plan()


@pytest.fixture
def t1_filled(tmp_path: Path, mission: Mission, plan: Plan) -> Path:
    """Team T1's own workbook with every visit's time filled in (the planned arrivals)."""
    export_per_team(mission, plan, tmp_path / "teams")
    out = tmp_path / "t1.xlsx"
    fill_visited(tmp_path / "teams" / "team-T1.xlsx", out)
    return out


def _tamper(path: Path, team: str | None = None, drop_id: bool = False,
            clear_number: bool = False) -> Path:
    """Change the Team cell, delete the hidden Station ID column, empty Station No."""
    book = load(path)
    sheet = book[SHEET]
    words = labels("en")
    top = header_row(sheet)
    headers = [c.value for c in sheet[top]]
    if team is not None:
        for row in sheet.iter_rows(min_row=1, max_row=top):
            if row[0].value == words["team"]:
                row[1].value = team
    if clear_number:
        column = headers.index(words["station_number"]) + 1
        for r in range(top + 1, sheet.max_row + 1):
            sheet.cell(r, column).value = None
    if drop_id:
        sheet.delete_cols(headers.index(words["station_id"]) + 1)
    book.save(path)
    return path


def test_changed_team_cell_without_station_ids_is_refused(
        t1_filled: Path, mission: Mission, plan: Plan) -> None:
    """T1's sheet relabelled A1 with its Station ID column deleted: refused naming T1,
    nothing credited to A1 (it was imported under A1 with exit 0)."""
    _tamper(t1_filled, team="A1", drop_id=True)
    with pytest.raises(InputError) as caught:
        import_actuals(plan, t1_filled, mission=mission)
    text = str(caught.value)
    assert "says team A1, but its stations are those of team T1" in text
    assert "nothing was imported" in text


def test_changed_team_cell_with_station_ids_is_refused(
        t1_filled: Path, mission: Mission, plan: Plan) -> None:
    """With the ids still there, the same sheet is refused the same way."""
    _tamper(t1_filled, team="A1")
    with pytest.raises(InputError, match="those of team T1"):
        import_actuals(plan, t1_filled, mission=mission)


def test_rows_matched_by_station_number(t1_filled: Path, mission: Mission, plan: Plan) -> None:
    """Without the Station ID column, the visible Station No. identifies each row."""
    _tamper(t1_filled, drop_id=True)
    result = import_actuals(plan, t1_filled, mission=mission)
    assert result.visits == 4


def test_row_without_any_station_is_refused(t1_filled: Path, mission: Mission,
                                            plan: Plan) -> None:
    """Neither Station ID nor Station No.: never matched by its position alone."""
    _tamper(t1_filled, drop_id=True, clear_number=True)
    with pytest.raises(InputError, match="names no station"):
        import_actuals(plan, t1_filled, mission=mission)


def test_late_evening_time_is_that_evening(tmp_path: Path, mission: Mission,
                                           plan: Plan) -> None:
    """23:59 for A2's 09:00 visit is 23:59 that day, not the night before."""
    export_per_team(mission, plan, tmp_path / "teams")
    out = tmp_path / "a2.xlsx"
    fill_visited(tmp_path / "teams" / "team-A2.xlsx", out, when={("A2 09.06", 1): time(23, 59)})
    visit = next(r for r in import_actuals(plan, out, mission=mission).plan.routes
                 if r.team == "A2").visits[0]
    assert visit.visited_at == datetime(2019, 6, 9, 23, 59, tzinfo=ALMATY)


def test_times_out_of_order_are_refused(tmp_path: Path, mission: Mission, plan: Plan) -> None:
    """Visit 2 reported before visit 1: refused naming both visits and the row."""
    export_per_team(mission, plan, tmp_path / "teams")
    out = tmp_path / "t1.xlsx"
    fill_visited(tmp_path / "teams" / "team-T1.xlsx", out,
                 when={(SHEET, 1): time(10, 0), (SHEET, 2): time(9, 0)})
    with pytest.raises(InputError) as caught:
        import_actuals(plan, out, mission=mission)
    text = str(caught.value)
    assert "visit 2 of team T1" in text and "before visit 1" in text
    assert "out of visiting order" in text and f"sheet {SHEET}" in text
