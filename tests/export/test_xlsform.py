"""The XLSForm: valid for pyxform, each team offered its planned stations; submissions back."""

from __future__ import annotations

import csv
from datetime import datetime
from pathlib import Path

import openpyxl
import pytest

from missionplanner.actuals import import_actuals
from missionplanner.errors import InputError
from missionplanner.export.xlsform import write_xlsform
from missionplanner.model import Mission, Plan
from tests.export.conftest import ALMATY, ATYRAU

pyxform = pytest.importorskip("pyxform")


@pytest.fixture
def form(tmp_path: Path, mission: Mission, plan: Plan) -> Path:
    """The XLSForm of the hand-made plan."""
    path = tmp_path / "form.xlsx"
    write_xlsform(mission, plan, path)
    return path


def test_pyxform_converts_it(form: Path) -> None:
    """pyxform turns the form into an XForm without errors or warnings."""
    from pyxform.xls2xform import convert

    result = convert(str(form))
    assert result.warnings == []
    assert "<h:title>Test mission: observation</h:title>" in result.xform
    assert "instance('stations')/root/item[team= /data/team  and day= /data/day ]" in (
        result.xform.replace("test_2019_observation", "data"))


def test_choices_are_each_teams_planned_stations(form: Path, plan: Plan) -> None:
    """The station list holds, per team and day, exactly that route's stations."""
    sheet = openpyxl.load_workbook(form)["choices"]
    rows = list(sheet.iter_rows(min_row=2, values_only=True))
    offered = {(r[4], r[5], r[1]) for r in rows if r[0] == "stations"}
    planned = {(r.team, r.day.isoformat(), v.station) for r in plan.routes for v in r.visits}
    assert offered == planned
    assert {r[1] for r in rows if r[0] == "teams"} == {"A1", "A2", "T1"}
    survey = {r[1]: r for r in openpyxl.load_workbook(form)["survey"].iter_rows(values_only=True)}
    assert survey["station"][6] == "team=${team} and day=${day}"


def _write_csv(path: Path, header: list[str], rows: list[list[str]]) -> None:
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(header)
        writer.writerows(rows)


def test_odk_csv_submissions(tmp_path: Path, plan: Plan) -> None:
    """An ODK Central CSV export (group prefixes, ISO times with offsets) sets visited_at."""
    header = ["SubmissionDate", "start", "team", "day", "activity", "station", "visited_at",
              "voting-secrecy_respected", "meta-instanceID", "KEY"]
    rows = [
        ["2019-06-09T05:00:00Z", "", "T1", "2019-06-09", "opening", "at/1",
         "2019-06-09T06:41:00.000+05:00", "", "uuid:1", "uuid:1"],
        ["2019-06-09T08:00:00Z", "", "A1", "2019-06-09", "closing", "al/103",
         "2019-06-09T19:50:00.000+06:00", "", "uuid:2", "uuid:2"],
    ]
    _write_csv(tmp_path / "odk.csv", header, rows)
    result = import_actuals(plan, tmp_path / "odk.csv")
    assert result.visits == 2
    visits = {(r.team, v.station, v.activity.value): v for r in result.plan.routes
              for v in r.visits}
    assert visits[("T1", "at/1", "opening")].visited_at == datetime(2019, 6, 9, 6, 41,
                                                                    tzinfo=ATYRAU)
    assert visits[("A1", "al/103", "closing")].visited_at == datetime(2019, 6, 9, 19, 50,
                                                                      tzinfo=ALMATY)
    assert visits[("A1", "al/103", "counting")].visited_at is None


def test_kobo_xlsx_with_unplanned_station(tmp_path: Path, plan: Plan) -> None:
    """A Kobo XLSX export naming a station the team did not plan: the row is reported."""
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = "Observation"
    sheet.append(["start", "team", "day", "activity", "station", "visited_at", "_id", "_uuid"])
    sheet.append([None, "A2", "2019-06-09", "voting", "al/104", "2019-06-09T09:02:00+06:00",
                  1, "u1"])
    sheet.append([None, "A2", "2019-06-09", "voting", "at/3", "2019-06-09T11:00:00+06:00",
                  2, "u2"])
    sheet.append([None, "A9", "2019-06-09", "voting", "at/3", "2019-06-09T11:00:00+06:00",
                  3, "u3"])
    workbook.save(tmp_path / "kobo.xlsx")
    with pytest.raises(InputError) as caught:
        import_actuals(plan, tmp_path / "kobo.xlsx")
    problems = caught.value.problems
    assert [(p.sheet, p.row, p.column) for p in problems] == [
        ("Observation", 3, "visited_at"), ("Observation", 4, "visited_at")]
    assert "no planned visit to station at/3" in problems[0].message
    assert "no route of team 'A9'" in problems[1].message


def test_conflicting_duplicate_submissions(tmp_path: Path, plan: Plan) -> None:
    """Two submissions for one visit with different times: the second is reported."""
    header = ["team", "day", "activity", "station", "visited_at"]
    rows = [["A2", "2019-06-09", "voting", "al/104", "2019-06-09T09:02:00+06:00"],
            ["A2", "2019-06-09", "voting", "al/104", "2019-06-09T09:02:00+06:00"],
            ["A2", "2019-06-09", "voting", "al/104", "2019-06-09T10:30:00+06:00"]]
    _write_csv(tmp_path / "dup.csv", header, rows)
    with pytest.raises(InputError, match="already reported at 09:02") as caught:
        import_actuals(plan, tmp_path / "dup.csv")
    assert [p.row for p in caught.value.problems] == [4]
