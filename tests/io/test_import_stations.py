"""Importing polling stations: what is accepted, and every problem reported with its place."""

from __future__ import annotations

from datetime import time
from pathlib import Path

import pytest

from missionplanner.errors import InputError, InputProblem
from missionplanner.io.spreadsheet_import import import_stations
from missionplanner.model import Mission, PollingStation, StationKind
from tests.io.sheets import station_rows, write_csv, write_xlsx

ROW_101 = [101, "Almalinskaya TIK", "Almaty", "Abay 10", 43.2567, 76.9286, 1234]


def problems_of(mission: Mission, path: Path) -> list[InputProblem]:
    """The problems an import of ``path`` reports (it must fail)."""
    with pytest.raises(InputError) as caught:
        import_stations(mission, path)
    return caught.value.problems


def test_xlsx_with_english_headers(kz_mission: Mission, tmp_path: Path) -> None:
    """The plain case: one station, id made from region, commission and number."""
    path = write_xlsx(tmp_path / "s.xlsx", {"Stations": station_rows(ROW_101)})
    result = import_stations(kz_mission, path)
    station = result.mission.stations[0]
    assert result.count == 1
    assert station.id == "almaty-city/almalinskaya-tik/101"
    assert (station.region, station.kind, station.source) == ("almaty-city", "regular", "s.xlsx")
    assert kz_mission.stations == []  # the mission passed in is left alone


def test_title_rows_above_the_header(kz_mission: Mission, tmp_path: Path) -> None:
    """A title and a blank row above the header: the header is found on row 3."""
    rows = [["Список участков"], [], *station_rows(ROW_101)]
    path = write_xlsx(tmp_path / "s.xlsx", {"Лист1": rows})
    assert import_stations(kz_mission, path).count == 1


def test_headers_ignore_case_spaces_and_punctuation(kz_mission: Mission, tmp_path: Path) -> None:
    """'УИК №', 'территориальная  КОМИССИЯ', 'Облысы', 'Широта (N)' are all recognised."""
    header = ["УИК №", "территориальная  КОМИССИЯ", "Облысы", "Широта (N)", "Долгота, E", "Тип"]
    rows = [header, ["15", "Есильская", "Астана", "51,1", "71,4", "закрытый"]]
    result = import_stations(kz_mission, write_csv(tmp_path / "s.csv", rows, sep=";"))
    station = result.mission.stations[0]
    assert (station.number, station.region, station.kind) == (15, "nur-sultan", "closed")


@pytest.mark.parametrize(
    ("written", "region"),
    [
        ("Алматы", "almaty-city"),
        ("г. Алматы", "almaty-city"),
        ("ALMATY", "almaty-city"),
        ("Алматы қаласы", "almaty-city"),
        ("Almaty Region", "almaty"),
        ("Алматинская обл.", "almaty"),
        ("Алматы облысы", "almaty"),
        ("Акмолинская область", "akmola"),
        ("Акмола облысы", "akmola"),
        ("акмолинская", "akmola"),
        ("Нур-Султан", "nur-sultan"),
        ("нурсултан", "nur-sultan"),
        ("akmola", "akmola"),
    ],
)
def test_region_names_in_three_languages(
    kz_mission: Mission, tmp_path: Path, written: str, region: str
) -> None:
    """Russian, Kazakh, English names, ids and aliases; 'обл.'/'облысы' and 'г.' understood."""
    lat, lon = (53.3, 69.4) if region == "akmola" else (43.3, 76.9)
    path = write_csv(tmp_path / "s.csv", station_rows([1, "TIK", written, "", lat, lon, 10]))
    assert import_stations(kz_mission, path).mission.stations[0].region == region


def test_numbers_stored_as_text(kz_mission: Mission, tmp_path: Path) -> None:
    """'1 234' with a no-break space, '360' and '№ 12' as text cells of an .xlsx."""
    rows = station_rows(
        ["№ 12", "TIK", "Almaty", "", "43,25", "76,95", "1\u00a0234"],
        ["13", "TIK", "Almaty", "", "43.26", "76.96", "360"],
    )
    result = import_stations(kz_mission, write_xlsx(tmp_path / "s.xlsx", {"S": rows}))
    assert [(s.number, s.registered_voters) for s in result.mission.stations] == [
        (12, 1234),
        (13, 360),
    ]


def test_station_numbers_repeat_across_commissions(kz_mission: Mission, tmp_path: Path) -> None:
    """Number 1 in two commissions is two stations with two ids."""
    rows = station_rows(
        [1, "Almalinskaya", "Almaty", "", 43.25, 76.95, 10],
        [1, "Bostandykskaya", "Almaty", "", 43.22, 76.92, 10],
    )
    result = import_stations(kz_mission, write_csv(tmp_path / "s.csv", rows))
    assert [s.id for s in result.mission.stations] == [
        "almaty-city/almalinskaya/1",
        "almaty-city/bostandykskaya/1",
    ]


def test_abroad_region_makes_stations_abroad(kz_mission: Mission, tmp_path: Path) -> None:
    """A station in the abroad region is of kind abroad, and its coordinates are not boxed."""
    rows = [
        ["Number", "Commission", "Region", "Latitude", "Longitude", "Time zone"],
        [301, "Moscow embassy", "За рубежом", 55.75, 37.62, "Europe/Moscow"],
    ]
    station = import_stations(kz_mission, write_csv(tmp_path / "s.csv", rows)).mission.stations[0]
    assert (station.kind, station.region, station.tz) == ("abroad", "abroad", "Europe/Moscow")


def test_optional_columns(kz_mission: Mission, tmp_path: Path) -> None:
    """Settlement, locality, opening hours and an explicit ID column."""
    rows = [
        ["ID", "Number", "Commission", "Region", "Населённый пункт", "Город/село", "Opens",
         "Closes", "Latitude", "Longitude"],
        ["akm-5", 5, "Zerendi", "Akmola", "Zerendi", "село", "8:00", "19.00", 52.9, 69.1],
    ]  # fmt: skip
    station = import_stations(kz_mission, write_csv(tmp_path / "s.csv", rows)).mission.stations[0]
    assert station.id == "akm-5"
    assert (station.settlement, station.locality) == ("Zerendi", "rural")
    assert (station.opens, station.closes) == (time(8), time(19))


def test_reimport_replaces_by_id(kz_mission: Mission, tmp_path: Path) -> None:
    """An updated list replaces the stations it imported before and adds the new ones."""
    first = import_stations(kz_mission, write_csv(tmp_path / "a.csv", station_rows(ROW_101)))
    updated = [*ROW_101[:6], 1500]
    rows = station_rows(updated, [102, "Almalinskaya TIK", "Almaty", "", 43.3, 76.9, 10])
    second = import_stations(first.mission, write_csv(tmp_path / "b.csv", rows))
    assert [s.registered_voters for s in second.mission.stations] == [1500, 10]
    assert "1 station added, 1 replaced" in second.notes


def test_same_number_as_an_existing_station_of_another_id(
    kz_mission: Mission, tmp_path: Path
) -> None:
    """A row that would duplicate (commission, number) of a station kept in the mission."""
    existing = PollingStation(
        id="manual-1", number=101, commission="Almalinskaya TIK", region="almaty-city",
        lat=43.2, lon=76.9,
    )  # fmt: skip
    mission = kz_mission.model_copy(update={"stations": [existing]})
    [problem] = problems_of(mission, write_csv(tmp_path / "s.csv", station_rows(ROW_101)))
    assert "already in the mission as station 'manual-1'" in problem.message
    assert (problem.row, problem.column) == (2, "Number")


def test_repeated_header_is_skipped_with_a_note(kz_mission: Mission, tmp_path: Path) -> None:
    """The header printed again halfway down (page breaks) is skipped, and the note says so."""
    rows = station_rows(
        ROW_101, station_rows()[0], [102, "Almalinskaya TIK", "Almaty", "", 43.3, 76.9, 5]
    )
    result = import_stations(kz_mission, write_csv(tmp_path / "s.csv", rows))
    assert result.count == 2
    assert "header on row 1: skipped the header repeated on row 3" in result.notes


def test_total_row_is_skipped_with_a_note(kz_mission: Mission, tmp_path: Path) -> None:
    """'Итого' with a sum of voters at the bottom is not a station."""
    rows = station_rows(ROW_101, ["Итого", None, None, None, None, None, 1234])
    result = import_stations(kz_mission, write_csv(tmp_path / "s.csv", rows))
    assert result.count == 1
    assert "header on row 1: skipped totals on row 3" in result.notes


# -- problems ---------------------------------------------------------------------------------


def test_missing_required_column(kz_mission: Mission, tmp_path: Path) -> None:
    """No Longitude column: one problem on the header row naming the column and its synonyms."""
    rows = [["Number", "Commission", "Region", "Latitude"], [1, "TIK", "Almaty", 43.2]]
    [problem] = problems_of(kz_mission, write_xlsx(tmp_path / "s.xlsx", {"Stations": rows}))
    assert (problem.file, problem.sheet, problem.row) == (str(tmp_path / "s.xlsx"), "Stations", 1)
    assert "missing required column 'Longitude'" in problem.message
    assert "Долгота" in problem.message


def test_wrong_type(kz_mission: Mission, tmp_path: Path) -> None:
    """'abc' for a latitude: the row, the column as written, what was expected and what was got."""
    rows = [["№", "Номер участка", "ТИК", "Область", "Широта", "Долгота"],
            [1, 101, "Алмалинская", "Алматы", "abc", "76,9"]]  # fmt: skip
    [problem] = problems_of(kz_mission, write_xlsx(tmp_path / "s.xlsx", {"Лист1": rows}))
    assert (problem.sheet, problem.row, problem.column) == ("Лист1", 2, "Широта")
    assert problem.message == "expected a number like 43.2567 or 43,2567, got 'abc'"


def test_duplicate_number_in_commission(kz_mission: Mission, tmp_path: Path) -> None:
    """The same (commission, number) twice, spelt with different case and spaces."""
    rows = station_rows(ROW_101, [101, "almalinskaya  tik", "Almaty", "", 43.3, 76.9, 5])
    [problem] = problems_of(kz_mission, write_csv(tmp_path / "s.csv", rows))
    assert (problem.row, problem.column) == (3, "Number")
    assert "number 101 of commission 'almalinskaya tik' is already on row 2" in problem.message


def test_duplicate_id_column(kz_mission: Mission, tmp_path: Path) -> None:
    """Two rows with one ID: reported in the ID column."""
    rows = [["ID", "Number", "Commission", "Region", "Latitude", "Longitude"],
            ["x", 1, "A", "Almaty", 43.2, 76.9], ["x", 2, "A", "Almaty", 43.2, 76.9]]  # fmt: skip
    [problem] = problems_of(kz_mission, write_csv(tmp_path / "s.csv", rows))
    assert (problem.row, problem.column) == (3, "ID")
    assert "duplicate station id 'x': already on row 2" in problem.message


def test_unknown_region_lists_the_known_ones(kz_mission: Mission, tmp_path: Path) -> None:
    """An unknown region name is reported with the mission's regions."""
    rows = station_rows([1, "TIK", "Мордор", "", 43.2, 76.9, 1])
    [problem] = problems_of(kz_mission, write_csv(tmp_path / "s.csv", rows))
    assert problem.column == "Region"
    assert problem.message.startswith("got 'Мордор': expected one of the mission's regions:")
    assert "Akmola Region (Акмолинская область)" in problem.message


def test_swapped_coordinates(kz_mission: Mission, tmp_path: Path) -> None:
    """One row with longitude in the latitude column: imported as given, with a warning naming
    its row (a plausibility warning, not an error)."""
    rows = station_rows([1, "TIK", "Almaty", "", 76.9286, 43.2567, 1],
                        [2, "TIK", "Almaty", "", 43.2567, 76.9286, 1])
    result = import_stations(kz_mission, write_csv(tmp_path / "s.csv", rows))
    assert result.count == 2
    [warning] = [w for w in result.warnings if "swapped" in w]
    assert warning.startswith("row 2: latitude and longitude look swapped")


def test_most_rows_swapped_is_an_error_saying_how_to_map(kz_mission: Mission,
                                                         tmp_path: Path) -> None:
    """A whole list swapped is a column mapping the wrong way round: refused, with the
    --map that fixes it."""
    rows = station_rows([1, "TIK", "Almaty", "", 76.9286, 43.2567, 1],
                        [2, "TIK", "Almaty", "", 76.9386, 43.2667, 1])
    [problem] = problems_of(kz_mission, write_csv(tmp_path / "s.csv", rows))
    assert problem.message.startswith("2 of 2 rows look swapped")
    assert '--map "Longitude=latitude,Latitude=longitude"' in problem.message


def test_coordinates_outside_the_country(kz_mission: Mission, tmp_path: Path) -> None:
    """A point in Moscow for a station in Almaty is outside Kazakhstan's box: a warning with
    its row; the station is imported as given."""
    rows = station_rows([1, "TIK", "Almaty", "", 55.75, 37.62, 1])
    result = import_stations(kz_mission, write_csv(tmp_path / "s.csv", rows))
    assert result.count == 1
    [warning] = [w for w in result.warnings if "expected a place" in w]
    assert warning.startswith("row 2: expected a place in Kazakhstan (40.5–55.5 N, 46.5–87.4 E)")


def test_formula_in_a_cell(kz_mission: Mission, tmp_path: Path) -> None:
    """A formula is reported with its text, not evaluated or replaced by a cached value."""
    rows = station_rows([1, "TIK", "Almaty", "", 43.2, 76.9, "=100+20"])
    [problem] = problems_of(kz_mission, write_xlsx(tmp_path / "s.xlsx", {"S": rows}))
    assert (problem.row, problem.column) == (2, "Voters")
    assert "holds a formula ('=100+20')" in problem.message


def test_no_sheet_with_a_header_names_the_sheets(kz_mission: Mission, tmp_path: Path) -> None:
    """A workbook of other tables: the sheets found are named."""
    sheets = {"Observers": [["Name", "Country"], ["A", "Russia"]], "Notes": [["hello"]]}
    with pytest.raises(InputError) as caught:
        import_stations(kz_mission, write_xlsx(tmp_path / "s.xlsx", sheets))
    assert "sheets found: 'Observers', 'Notes'" in caught.value.summary
    assert "Number (Номер участка)" in caught.value.summary


def test_header_on_another_sheet_is_found(kz_mission: Mission, tmp_path: Path) -> None:
    """The stations on the second sheet, a cover page first: imported from the second."""
    sheets = {"Cover": [["Election 2021"]], "Data": station_rows(ROW_101)}
    result = import_stations(kz_mission, write_xlsx(tmp_path / "s.xlsx", sheets))
    assert result.count == 1


def test_every_sheet_with_a_full_header_is_imported(kz_mission: Mission, tmp_path: Path) -> None:
    """One sheet per region (as CEC files have): all are imported, problems name the sheet."""
    akmola = station_rows(
        [1, "Kokshetau", "Akmola", "", 53.3, 69.4, 5], [2, "K", "Akmola", "", "x", 69.4, 5]
    )
    sheets = {"Алматы": station_rows(ROW_101), "Акмола": akmola}
    [problem] = problems_of(kz_mission, write_xlsx(tmp_path / "s.xlsx", sheets))
    assert (problem.sheet, problem.row, problem.column) == ("Акмола", 3, "Latitude")


def test_cell_too_long(kz_mission: Mission, tmp_path: Path) -> None:
    """An address of 600 characters is refused."""
    rows = station_rows([1, "TIK", "Almaty", "x" * 600, 43.2, 76.9, 1])
    [problem] = problems_of(kz_mission, write_csv(tmp_path / "s.csv", rows))
    assert (problem.column, problem.message) == (
        "Address",
        "expected at most 500 characters, found 600",
    )


def test_control_characters(kz_mission: Mission, tmp_path: Path) -> None:
    """A bell character in a commission name is refused; a line break in an address is not."""
    rows = station_rows([1, "TI\x07K", "Almaty", "Abay 10\nschool", 43.2, 76.9, 1])
    [problem] = problems_of(kz_mission, write_csv(tmp_path / "s.csv", rows))
    assert (problem.column, problem.message) == (
        "Commission",
        "expected plain text, found control characters (U+0007)",
    )


def test_duplicate_column(kz_mission: Mission, tmp_path: Path) -> None:
    """'Область' and 'Регион' both give the region: reported on the header row."""
    rows = [["Number", "Commission", "Область", "Регион", "Latitude", "Longitude"],
            [1, "A", "Almaty", "Almaty", 43.2, 76.9]]  # fmt: skip
    [problem] = problems_of(kz_mission, write_csv(tmp_path / "s.csv", rows))
    assert (problem.row, problem.column) == (1, "Регион")
    assert "gives the same field as column 'Область'" in problem.message


def test_many_problems_at_once(kz_mission: Mission, tmp_path: Path) -> None:
    """Every problem of every row is listed, in row order, and nothing is imported."""
    rows = station_rows(
        ["", "TIK", "Almaty", "", 43.2, 76.9, 1],
        [2, "", "Nowhere", "", "north", 76.9, -5],
        [3, "TIK", "Almaty", "", 43.2, 76.9, "many"],
        [4, "TIK", "Almaty", "", 43.2, 76.9, 10],
    )
    problems = problems_of(kz_mission, write_csv(tmp_path / "s.csv", rows))
    assert [(p.row, p.column) for p in problems] == [
        (2, "Number"),
        (3, "Region"),
        (3, "Latitude"),
        (3, "Voters"),
        (4, "Voters"),
    ]
    assert problems[0].message == "empty: expected the station's number"


def test_kind_contradicting_the_region(kz_mission: Mission, tmp_path: Path) -> None:
    """Kind 'abroad' in Almaty, and kind 'closed' in the abroad region, are both refused."""
    rows = [
        ["Number", "Commission", "Region", "Latitude", "Longitude", "Kind"],
        [1, "A", "Almaty", 43.2, 76.9, "abroad"],
        [2, "B", "Abroad", 55.7, 37.6, "closed"],
    ]
    problems = problems_of(kz_mission, write_csv(tmp_path / "s.csv", rows))
    assert [(p.row, p.column) for p in problems] == [(2, "Kind"), (3, "Kind")]


def test_model_rules_are_reported_per_row(kz_mission: Mission, tmp_path: Path) -> None:
    """Opening after closing (a model rule) and an unknown time zone become row problems."""
    rows = [["Number", "Commission", "Region", "Latitude", "Longitude", "Opens", "Closes", "TZ"],
            [1, "A", "Almaty", 43.2, 76.9, "20:00", "07:00", ""],
            [2, "A", "Almaty", 43.2, 76.9, "", "", "Mars/Olympus"]]  # fmt: skip
    problems = problems_of(kz_mission, write_csv(tmp_path / "s.csv", rows))
    assert [p.row for p in problems] == [2, 3]
    assert "opening time 20:00 must be before closing time 07:00" in problems[0].message
    assert problems[1].column == "TZ"


def test_default_kind_is_regular(kz_mission: Mission, tmp_path: Path) -> None:
    """No kind column: regular."""
    path = write_csv(tmp_path / "s.csv", station_rows(ROW_101))
    assert import_stations(kz_mission, path).mission.stations[0].kind is StationKind.REGULAR
