"""Importing actual visits: round trips through route sheets, bad rows, all or nothing."""

from __future__ import annotations

from datetime import datetime, time, timedelta
from pathlib import Path

import openpyxl
import pytest

from missionplanner.actuals import import_actuals
from missionplanner.errors import InputError
from missionplanner.export import export_per_team, export_workbook, tally_visits
from missionplanner.model import Mission, Plan
from tests.export.conftest import ALMATY, ATYRAU
from tests.export.sheets import fill_visited, load


def _visited(plan: Plan) -> dict[tuple[str, str, int], datetime | None]:
    return {(r.team, r.day.isoformat(), i): v.visited_at
            for r in plan.routes for i, v in enumerate(r.visits)}


def test_round_trip_reproduces_the_visits(tmp_path: Path, mission: Mission, plan: Plan) -> None:
    """Export, fill "visited at" with the planned arrivals, import: every visit, exact times."""
    export_workbook(mission, plan, tmp_path / "book.xlsx")
    fill_visited(tmp_path / "book.xlsx", tmp_path / "filled.xlsx")
    result = import_actuals(plan, tmp_path / "filled.xlsx")
    assert result.visits == sum(len(r.visits) for r in plan.routes)
    for before, after in zip(plan.routes, result.plan.routes, strict=True):
        for planned, actual in zip(before.visits, after.visits, strict=True):
            assert actual.visited_at == planned.arrival
            assert actual.visited_at is not None
            assert actual.visited_at.utcoffset() == planned.arrival.utcoffset()
            assert actual.model_copy(update={"visited_at": None}) == planned


def test_russian_team_file_with_times_of_day(
    tmp_path: Path, mission: Mission, plan: Plan
) -> None:
    """A Russian per-team sheet filled with bare times: put on the route's day, local zone."""
    export_per_team(mission, plan, tmp_path / "teams", lang="ru")
    when = {("T1 09.06", 1): time(6, 41), ("T1 09.06", 3): "19:45"}
    fill_visited(tmp_path / "teams" / "team-T1.xlsx", tmp_path / "t1.xlsx", "ru", when)
    result = import_actuals(plan, tmp_path / "t1.xlsx")
    route = next(r for r in result.plan.routes if r.team == "T1")
    assert route.visits[0].visited_at == datetime(2019, 6, 9, 6, 41, tzinfo=ATYRAU)
    assert route.visits[2].visited_at == datetime(2019, 6, 9, 19, 45, tzinfo=ATYRAU)
    assert route.visits[1].visited_at is None
    assert result.visits == 2


def test_time_after_midnight_goes_to_the_next_day(
    tmp_path: Path, mission: Mission, plan: Plan
) -> None:
    """Counting reported at 00:20 lands on the night after election day."""
    export_workbook(mission, plan, tmp_path / "book.xlsx")
    fill_visited(tmp_path / "book.xlsx", tmp_path / "f.xlsx", when={("A1 09.06", 4): time(0, 20)})
    route = next(r for r in import_actuals(plan, tmp_path / "f.xlsx").plan.routes
                 if r.team == "A1" and r.day.day == 9)
    expected = datetime(2019, 6, 9, 0, 20, tzinfo=ALMATY) + timedelta(days=1)
    assert route.visits[3].visited_at == expected


def test_bad_rows_are_all_reported_and_nothing_applied(
    tmp_path: Path, mission: Mission, plan: Plan
) -> None:
    """Bad times, a formula and a time on another day: every row named, no visit changed."""
    export_workbook(mission, plan, tmp_path / "book.xlsx")
    when: dict[tuple[str, int], object] = {
        ("A1 09.06", 1): time(6, 35),  # good
        ("A1 09.06", 2): "half past ten",
        ("A2 09.06", 1): "=NOW()",
        ("T1 09.06", 2): datetime(2019, 6, 20, 9, 0),
    }
    fill_visited(tmp_path / "book.xlsx", tmp_path / "bad.xlsx", when=when)  # type: ignore[arg-type]
    with pytest.raises(InputError) as caught:
        import_actuals(plan, tmp_path / "bad.xlsx")
    problems = caught.value.problems
    assert len(problems) == 3
    assert {(p.sheet, p.row, p.column) for p in problems} == {
        ("A1 09.06", 16, "Visited at"), ("A2 09.06", 15, "Visited at"),
        ("T1 09.06", 16, "Visited at")}
    assert "formula" in str(caught.value) and "2019-06-09" in str(caught.value)
    assert "nothing was imported" in caught.value.summary
    assert all(v is None for v in _visited(plan).values())


def test_renumbered_row_is_reported(tmp_path: Path, mission: Mission, plan: Plan) -> None:
    """A row whose number points at another station's visit is refused, naming both."""
    export_workbook(mission, plan, tmp_path / "book.xlsx")
    workbook = load(tmp_path / "book.xlsx")
    sheet = workbook["T1 09.06"]
    sheet.cell(15, 1).value = 2  # was 1 (at/1); visit 2 is at/3
    sheet.cell(15, 12).value = time(6, 40)
    workbook.save(tmp_path / "moved.xlsx")
    with pytest.raises(InputError, match=r"visit 2 of team T1.*at/3, not at/1"):
        import_actuals(plan, tmp_path / "moved.xlsx")


def test_nothing_filled_in(tmp_path: Path, mission: Mission, plan: Plan) -> None:
    """An untouched export is an error, not a silent no-op."""
    export_workbook(mission, plan, tmp_path / "book.xlsx")
    with pytest.raises(InputError, match="no 'visited at' time"):
        import_actuals(plan, tmp_path / "book.xlsx")


def test_encrypted_team_file(tmp_path: Path, mission: Mission, plan: Plan) -> None:
    """An encrypted per-team workbook is read with its password."""
    pytest.importorskip("msoffcrypto")
    from missionplanner.export.protect import decrypt, encrypt

    export_per_team(mission, plan, tmp_path / "teams", password="pw")
    plain = tmp_path / "plain.xlsx"
    plain.write_bytes(decrypt((tmp_path / "teams" / "team-A2.xlsx").read_bytes(), "pw"))
    fill_visited(plain, plain, default=time(9, 5))
    (tmp_path / "locked.xlsx").write_bytes(encrypt(plain.read_bytes(), "pw"))
    result = import_actuals(plan, tmp_path / "locked.xlsx", password="pw")
    assert result.visits == 1
    with pytest.raises(InputError, match="cannot be decrypted"):
        import_actuals(plan, tmp_path / "locked.xlsx", password="wrong")


def test_summary_shows_planned_vs_visited(tmp_path: Path, mission: Mission, plan: Plan) -> None:
    """After actuals, the Summary sheet and ``tally_visits`` show visited against planned."""
    export_workbook(mission, plan, tmp_path / "book.xlsx")
    fill_visited(tmp_path / "book.xlsx", tmp_path / "f.xlsx",
                 when={("A2 09.06", 1): time(9, 1), ("T1 09.06", 1): time(6, 31)})
    updated = import_actuals(plan, tmp_path / "f.xlsx").plan
    counts = tally_visits(mission, updated)
    assert counts.by_team["A2"] == (1, 1) and counts.by_team["T1"] == (3, 1)
    assert counts.by_region == {"almaty": (6, 1), "atyrau": (3, 1)}
    assert "visited: 2 of 9" in counts.lines()[0]
    export_workbook(mission, updated, tmp_path / "after.xlsx")
    sheet = openpyxl.load_workbook(tmp_path / "after.xlsx")["Summary"]
    rows = [r for r in sheet.iter_rows(values_only=True) if r[0] is not None]
    header = next(r for r in rows if r[0] == "Region")
    assert header[7:9] == ("Stations visited", "Visited of planned")
    assert next(r for r in rows if r[0] == "A2")[5:7] == (1, 1.0)
    assert len(sheet._charts) == 1
