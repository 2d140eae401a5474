"""Spreadsheets nobody here wrote: shaped like a CEC list and a CSV saved by Russian Excel."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font

from missionplanner.io.spreadsheet_import import import_stations
from missionplanner.model import Locality, Mission


def cec_workbook(path: Path) -> Path:
    """A CEC-style list: merged title rows, a two-row header, text numbers, a page header
    repeated further down and a total at the bottom."""
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = "г. Алматы"
    sheet["A1"] = "Сведения об избирательных участках, образованных для проведения выборов"
    sheet["A2"] = "депутатов Мажилиса Парламента Республики Казахстан 10 января 2021 года"
    for row in (1, 2):
        sheet.merge_cells(start_row=row, start_column=1, end_row=row, end_column=9)
        sheet.cell(row=row, column=1).font = Font(bold=True, size=14)
        sheet.cell(row=row, column=1).alignment = Alignment(horizontal="center")
    header = ["№ п/п", "№ избирательного участка",
              "Наименование территориальной избирательной комиссии", "Область",
              "Местонахождение (адрес)", "Количество избирателей", "Координаты", None,
              "Примечание"]  # fmt: skip
    sheet.append([])
    sheet.append(header)
    sheet.append([None, None, None, None, None, None, "Широта", "Долгота", None])
    for column in (1, 2, 3, 4, 5, 6, 9):
        sheet.merge_cells(start_row=4, start_column=column, end_row=5, end_column=column)
    sheet.merge_cells("G4:H4")
    data = [
        ["1", "0101", "Алмалинская районная ТИК", "город Алматы",
         "ул. Толе би, 101,\nСОШ № 25", "1\u00a0834", "43,2521", "76,9120", None],
        ["2", "0102", "Алмалинская районная ТИК", "город Алматы",
         "пр. Абая, 52", "2 006", "43,2405", "76,9152", "новый"],
        ["3", "0231", "Бостандыкская районная ТИК", "Алматы",
         "ул. Тимирязева, 42", "987", "43,2255", "76,9060", None],
    ]  # fmt: skip
    for row in data[:2]:
        sheet.append(row)
    sheet.append(header)  # the header again, as printed at the top of page 2
    sheet.append(data[2])
    sheet.append(["Итого", None, None, None, None, "4 827", None, None, None])
    workbook.save(path)
    return path


def test_cec_style_workbook(kz_mission: Mission, tmp_path: Path) -> None:
    """Three stations; the title, the page header and the total are told apart from data."""
    result = import_stations(kz_mission, cec_workbook(tmp_path / "cec_almaty.xlsx"))
    stations = result.mission.stations
    assert [(s.number, s.registered_voters) for s in stations] == [
        (101, 1834),
        (102, 2006),
        (231, 987),
    ]
    assert stations[0].id == "almaty-city/almalinskaya-rayonnaya-tik/101"
    assert stations[0].address == "ул. Толе би, 101, СОШ № 25"
    assert (stations[0].lat, stations[0].lon) == (43.2521, 76.912)
    notes = "\n".join(result.notes)
    assert "columns not imported: № п/п, Примечание" in notes
    assert "skipped the header repeated on row 8" in notes
    assert "skipped totals on row 10" in notes


EXCEL_RU_CSV = (
    "Список избирательных участков Акмолинской области;;;;;;;;\r\n"
    ";;;;;;;;\r\n"
    "Номер участка;ТИК;Область;Населённый пункт;Адрес;Город/село;Широта;Долгота;"
    "Число избирателей\r\n"
    '1;Кокшетауская городская ТИК;Акмолинская обл.;Кокшетау;"ул. Абая, 1; школа № 3";город;'
    "53,2833;69,3833;1\u00a0520\r\n"
    "2;Кокшетауская городская ТИК;Акмолинская обл.;Кокшетау;ул. Ауэзова, 5;город;"
    "53,2901;69,3922;980\r\n"
    "45;Зерендинская районная ТИК;Акмола облысы;с. Зеренда;ул. Мира, 10;село;"
    "52,9064;69,1570;412\r\n"
)


def test_cp1251_semicolon_csv_with_decimal_commas(kz_mission: Mission, tmp_path: Path) -> None:
    """A CSV saved by Excel in a Russian Windows locale imports as it is."""
    path = tmp_path / "akmola.csv"
    path.write_bytes(EXCEL_RU_CSV.encode("cp1251"))
    result = import_stations(kz_mission, path)
    stations = result.mission.stations
    assert [s.region for s in stations] == ["akmola"] * 3
    assert stations[0].address == "ул. Абая, 1; школа № 3"
    assert stations[0].registered_voters == 1520
    assert [s.locality for s in stations] == [Locality.URBAN, Locality.URBAN, Locality.RURAL]
    assert stations[2].lat == 52.9064
    assert "read " + str(path) + " as Windows-1251 text separated by ';'" in result.notes
