"""Excel templates: header, comments, drop-downs, frozen header; untouched ones import nothing."""

from __future__ import annotations

from pathlib import Path
from typing import Literal

import openpyxl
import pytest

from missionplanner.errors import InputError
from missionplanner.io.columns import OBSERVER_COLUMNS, STATION_COLUMNS
from missionplanner.io.spreadsheet_import import import_observers, import_stations
from missionplanner.io.templates import write_template
from missionplanner.model import Mission


@pytest.mark.parametrize("kind", ["stations", "observers"])
def test_template_layout(tmp_path: Path, kind: Literal["stations", "observers"]) -> None:
    """Every column in the header, a comment on each, frozen header, an Instructions sheet."""
    path = tmp_path / "t.xlsx"
    write_template(kind, path)
    workbook = openpyxl.load_workbook(path)
    sheet = workbook.worksheets[0]
    columns = STATION_COLUMNS if kind == "stations" else OBSERVER_COLUMNS
    assert [c.value for c in sheet[1]] == [c.en for c in columns]
    assert all(c.comment is not None and c.comment.text for c in sheet[1])
    assert sheet.freeze_panes == "A2"
    assert sheet.max_row == 1  # no example row among the data
    assert workbook.sheetnames[1] == "Instructions"


def test_drop_down_lists(tmp_path: Path) -> None:
    """Kind and locality offer their values as lists."""
    path = tmp_path / "t.xlsx"
    write_template("stations", path)
    sheet = openpyxl.load_workbook(path).worksheets[0]
    lists = {v.formula1 for v in sheet.data_validations.dataValidation}
    assert '"regular,closed,abroad"' in lists
    assert '"urban,rural"' in lists


def test_russian_template(tmp_path: Path) -> None:
    """lang='ru': Russian headers and Russian drop-down values, which the importer accepts."""
    path = tmp_path / "t.xlsx"
    write_template("observers", path, lang="ru")
    sheet = openpyxl.load_workbook(path).worksheets[0]
    assert sheet.title == "Наблюдатели"
    assert [c.value for c in sheet[1]][:3] == ["Идентификатор", "ФИО", "Гражданство"]
    lists = {v.formula1 for v in sheet.data_validations.dataValidation}
    assert '"Ж,М"' in lists


@pytest.mark.parametrize("kind", ["stations", "observers"])
def test_untouched_template_imports_nothing(
    kz_mission: Mission, tmp_path: Path, kind: Literal["stations", "observers"]
) -> None:
    """An untouched template is refused with a message that says why."""
    path = tmp_path / "t.xlsx"
    write_template(kind, path)
    importer = import_stations if kind == "stations" else import_observers
    with pytest.raises(InputError, match="untouched template"):
        importer(kz_mission, path)


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_filled_in_station_template_imports(
    kz_mission: Mission, tmp_path: Path, lang: Literal["en", "ru"]
) -> None:
    """The template filled in with each column's example value imports one station."""
    path = tmp_path / "t.xlsx"
    write_template("stations", path, lang=lang)
    workbook = openpyxl.load_workbook(path)
    sheet = workbook.worksheets[0]
    for position, column in enumerate(STATION_COLUMNS, start=1):
        if column.field != "tz":
            sheet.cell(row=2, column=position, value=column.example)
    workbook.save(path)
    result = import_stations(kz_mission, path)
    station = result.mission.stations[0]
    assert (station.id, station.region, station.registered_voters) == (
        "almaty-city/almalinskaya-tik/101",
        "almaty-city",
        1234,
    )


def test_filled_in_observer_template_imports(kz_mission: Mission, tmp_path: Path) -> None:
    """Every column's example value is accepted by the importer."""
    path = tmp_path / "t.xlsx"
    write_template("observers", path)
    workbook = openpyxl.load_workbook(path)
    sheet = workbook.worksheets[0]
    for position, column in enumerate(OBSERVER_COLUMNS, start=1):
        sheet.cell(row=2, column=position, value=column.example)
    workbook.save(path)
    [observer] = import_observers(kz_mission, path).mission.observers
    assert (observer.id, observer.languages, observer.experienced) == (
        "ivanov-ivan",
        ["ru", "en"],
        True,
    )
