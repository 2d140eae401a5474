"""The mission workbook: its sheets, route sheets visit for visit, print settings, languages."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from missionplanner.errors import InputError
from missionplanner.export import export_workbook
from missionplanner.export.labels import activity_label, labels
from missionplanner.model import Mission, Plan
from tests.export.conftest import ALMATY, ATYRAU
from tests.export.sheets import header_row, label_value, load, route_table


@pytest.fixture
def book(tmp_path: Path, mission: Mission, plan: Plan) -> Path:
    """The mission workbook of the hand-made plan, in English."""
    path = tmp_path / "book.xlsx"
    export_workbook(mission, plan, path)
    return path


def test_sheets(book: Path) -> None:
    """Summary, Roster, Stations, then one sheet per team and day."""
    assert load(book).sheetnames == [
        "Summary", "Roster", "Stations", "A1 08.06", "A1 09.06", "A2 09.06", "T1 09.06"]


def test_route_sheets_match_the_plan(book: Path, mission: Mission, plan: Plan) -> None:
    """Every route sheet lists its route's visits in order, with local times and stations."""
    workbook = load(book)
    stations = {s.id: s for s in mission.stations}
    for route in plan.routes:
        sheet = workbook[f"{route.team} {route.day:%d.%m}"]
        assert label_value(sheet, "team") == route.team
        assert label_value(sheet, "day").date() == route.day
        rows = route_table(sheet)
        assert len(rows) == len(route.visits)
        for number, (got, visit) in enumerate(zip(rows, route.visits, strict=True), start=1):
            station = stations[visit.station]
            assert got["order"] == number
            assert got["station_id"] == visit.station
            assert got["station_number"] == station.number
            assert got["commission"] == station.commission
            assert got["activity"] == activity_label(visit.activity, "en")
            assert got["arrival"] == visit.arrival.replace(tzinfo=None)
            assert got["departure"] == visit.end.replace(tzinfo=None)
            assert got["voters"] == station.registered_voters
            assert got["visited_at"] is None and got["remarks"] is None


def test_local_times_per_zone(book: Path) -> None:
    """Atyrau's route shows Atyrau wall-clock time (UTC+5), Almaty's UTC+6."""
    workbook = load(book)
    atyrau = route_table(workbook["T1 09.06"])[0]["arrival"]
    almaty = route_table(workbook["A1 09.06"])[0]["arrival"]
    assert atyrau == almaty == datetime(2019, 6, 9, 6, 30)
    assert "Asia/Atyrau" in str(label_value(workbook["T1 09.06"], "times"))
    assert ALMATY.utcoffset(almaty) != ATYRAU.utcoffset(atyrau)


def test_route_header(book: Path) -> None:
    """The header names members, driver, interpreter and phones; flags appear as notes."""
    sheet = load(book)["A1 09.06"]
    assert label_value(sheet, "members") == "Anna Ivanova, Li Wei"
    assert "Marat" in str(label_value(sheet, "driver"))
    assert "Aigerim" in str(label_value(sheet, "interpreter"))
    assert "+7 701 111 2233" in str(label_value(sheet, "phones"))
    assert "ballot stuffing" in str(route_table(sheet)[0]["notes"])


def test_printable(book: Path) -> None:
    """A4 landscape, one page wide, title rows repeated, frozen header, autofilter, styles."""
    workbook = load(book)
    sheet = workbook["T1 09.06"]
    top = header_row(sheet)
    assert sheet.page_setup.orientation == "landscape"
    assert str(sheet.page_setup.paperSize) == "9"
    assert sheet.page_setup.fitToWidth == 1
    assert sheet.sheet_properties.pageSetUpPr.fitToPage
    assert sheet.print_title_rows == f"$1:${top}"
    assert sheet.freeze_panes == f"A{top + 1}"
    assert sheet.auto_filter.ref.startswith(f"A{top}:")
    assert sheet.column_dimensions["F"].width >= len("Makhambet district")
    assert sheet.cell(top, 1).style == "mp-header"
    assert {"mp-header", "mp-fill-in", "mp-time"} <= set(workbook.named_styles)


def test_stations_sheet_has_every_station(book: Path, mission: Mission) -> None:
    """Every station appears, planned or not; unplanned ones have no team."""
    sheet = load(book)["Stations"]
    rows = list(sheet.iter_rows(min_row=2, values_only=True))
    assert {r[0] for r in rows} == {s.id for s in mission.stations}
    unplanned = [r for r in rows if r[0] == "at/4"]
    assert len(unplanned) == 1 and unplanned[0][12] is None


def test_summary(book: Path) -> None:
    """Coverage by region with shares of the country, urban/rural, teams, and a bar chart."""
    sheet = load(book)["Summary"]
    rows = [r for r in sheet.iter_rows(values_only=True) if any(v is not None for v in r)]
    almaty = next(r for r in rows if r[0] == "Almaty")
    assert almaty[1:5] == (4, 4, 1, 0.5)
    total = next(r for r in rows if r[0] == "Total")
    assert total[1] == 7 and total[2] == 8
    assert next(r for r in rows if r[0] == "rural")[1:4] == pytest.approx((1, 1 / 7, 2))
    assert next(r for r in rows if r[0] == "T1")[3] == 3
    assert len(sheet._charts) == 1


def test_russian(tmp_path: Path, mission: Mission, plan: Plan) -> None:
    """``lang='ru'`` gives Russian sheet names, headers and activities."""
    path = tmp_path / "ru.xlsx"
    export_workbook(mission, plan, path, lang="ru")
    workbook = load(path)
    ru = labels("ru")
    assert workbook.sheetnames[:3] == [ru["sheet_summary"], ru["sheet_roster"],
                                       ru["sheet_stations"]]
    rows = route_table(workbook["T1 09.06"], "ru")
    assert rows[0]["activity"] == "открытие"
    assert label_value(workbook["T1 09.06"], "team", "ru") == "T1"


def test_labels_have_the_same_keys() -> None:
    """English and Russian tables translate the same words."""
    assert set(labels("en")) == set(labels("ru"))


def test_plan_of_another_mission(tmp_path: Path, mission: Mission, plan: Plan) -> None:
    """A plan made for another mission is refused with both ids named."""
    other = plan.model_copy(update={"mission": "sco-2021"})
    with pytest.raises(InputError, match=r"made for mission 'sco-2021'.*'test-2019'"):
        export_workbook(mission, other, tmp_path / "x.xlsx")
    assert not (tmp_path / "x.xlsx").exists()


def test_plan_with_unknown_station(tmp_path: Path, mission: Mission, plan: Plan) -> None:
    """A plan visiting a station the mission lacks is refused, naming the station."""
    smaller = mission.model_copy(update={"stations": mission.stations[1:]})
    with pytest.raises(InputError, match="al/101"):
        export_workbook(smaller, plan, tmp_path / "x.xlsx")
