"""Reading files as secretariats have them: encodings, separators, and files that are not text."""

from __future__ import annotations

from pathlib import Path

import pytest

from missionplanner.errors import InputError
from missionplanner.io.spreadsheet_import import import_stations
from missionplanner.io.table_files import read_table
from missionplanner.model import Mission
from tests.io.sheets import write_csv

RUSSIAN_ROWS = [
    ["№ участка", "ТИК", "Область", "Адрес", "Широта", "Долгота", "Избирателей"],
    ["101", "Алмалинская ТИК", "Алматы", "ул. Абая, 10", "43,2567", "76,9286", "1 234"],
    ["102", "Алмалинская ТИК", "Алматы", "ул. Толе би, 5", "43,2601", "76,9102", "987"],
]


@pytest.mark.parametrize(
    ("sep", "encoding", "expected"),
    [
        (";", "cp1251", "Windows-1251 text separated by ';'"),
        (";", "utf-8-sig", "UTF-8 text separated by ';'"),
        (",", "utf-8", "UTF-8 text separated by ','"),
        ("\t", "utf-8", "UTF-8 text separated by tabs"),
        ("\t", "utf-16", "UTF-16 text separated by tabs"),
    ],
)
def test_csv_encodings_and_separators(
    kz_mission: Mission, tmp_path: Path, sep: str, encoding: str, expected: str
) -> None:
    """Excel's CSV flavours all import the same two stations, and the note says how."""
    path = write_csv(tmp_path / "s.csv", RUSSIAN_ROWS, sep=sep, encoding=encoding)
    result = import_stations(kz_mission, path)
    assert result.count == 2
    assert any(expected in note for note in result.notes)
    first = result.mission.stations[0]
    assert (first.lat, first.lon, first.registered_voters) == (43.2567, 76.9286, 1234)
    assert first.address == "ул. Абая, 10"


def test_utf8_bom_is_not_part_of_the_first_header(tmp_path: Path) -> None:
    """The BOM is dropped, so the first header is matched like any other."""
    path = write_csv(tmp_path / "s.csv", RUSSIAN_ROWS, sep=";", encoding="utf-8-sig")
    assert read_table(path).sheets[0].rows[0].cells[0] == "№ участка"


def test_byte_undefined_in_cp1251_is_refused(tmp_path: Path) -> None:
    """0x98 is neither UTF-8 here nor defined in Windows-1251: refused, saying both."""
    path = tmp_path / "s.csv"
    path.write_bytes("Номер;Широта\r\n1;43\r\n".encode("cp1251") + b"\x98\r\n")
    with pytest.raises(InputError, match=r"not Windows-1251 either"):
        read_table(path)


def test_binary_file_is_refused(tmp_path: Path) -> None:
    """NUL bytes mean a binary file, whatever its extension."""
    path = tmp_path / "s.csv"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    with pytest.raises(InputError, match="binary file"):
        read_table(path)


def test_western_european_text_is_not_taken_for_cp1251(tmp_path: Path) -> None:
    """Latin-1 text decodes as Windows-1251, but mixes scripts inside words: refused."""
    path = tmp_path / "s.csv"
    path.write_bytes("Name;Country\r\nMüller;Österreich\r\nGarçon;Française\r\n".encode("latin-1"))
    with pytest.raises(InputError, match="not Russian or Kazakh text"):
        read_table(path)


def test_empty_file(kz_mission: Mission, tmp_path: Path) -> None:
    """A file of zero bytes is named as empty."""
    path = tmp_path / "s.csv"
    path.write_bytes(b"")
    with pytest.raises(InputError, match=r"s\.csv is empty"):
        import_stations(kz_mission, path)


def test_file_of_blank_cells(kz_mission: Mission, tmp_path: Path) -> None:
    """Only separators and line breaks: every cell is empty."""
    path = tmp_path / "s.csv"
    path.write_bytes(b";;;\r\n;;;\r\n")
    with pytest.raises(InputError, match="every cell is empty"):
        import_stations(kz_mission, path)


def test_old_xls_is_refused_with_advice(tmp_path: Path) -> None:
    """An Excel 97-2003 file is recognised by its signature and refused with what to do."""
    path = tmp_path / "s.xls"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504))
    with pytest.raises(InputError, match=r"save it as \.xlsx"):
        read_table(path)


def test_xlsx_that_is_not_a_zip(tmp_path: Path) -> None:
    """A text file renamed to .xlsx is not read as CSV by mistake."""
    path = tmp_path / "s.xlsx"
    path.write_text("Number,Region\n", "utf-8")
    with pytest.raises(InputError, match=r"not an \.xlsx workbook"):
        read_table(path)


def test_damaged_zip(tmp_path: Path) -> None:
    """A truncated workbook is reported, not a zipfile traceback."""
    path = tmp_path / "s.xlsx"
    path.write_bytes(b"PK\x03\x04" + bytes(100))
    with pytest.raises(InputError, match=r"not a readable \.xlsx workbook"):
        read_table(path)


def test_missing_file(kz_mission: Mission, tmp_path: Path) -> None:
    """No such file: an InputError naming it."""
    with pytest.raises(InputError, match="no such file"):
        import_stations(kz_mission, tmp_path / "nope.csv")


def test_quoted_cells_with_separators_and_line_breaks(kz_mission: Mission, tmp_path: Path) -> None:
    """A quoted address holding the separator and a line break stays one cell of one row."""
    text = (
        "Number;Commission;Region;Address;Latitude;Longitude\r\n"
        '7;Esil;Astana;"Kabanbay batyr 5;\r\nschool 3";51,1;71,4\r\n'
        "8;Esil;Astana;Mangilik El 8;51,12;71,42\r\n"
    )
    path = tmp_path / "s.csv"
    path.write_bytes(text.encode("utf-8"))
    result = import_stations(kz_mission, path)
    assert [s.address for s in result.mission.stations] == [
        "Kabanbay batyr 5; school 3",
        "Mangilik El 8",
    ]
