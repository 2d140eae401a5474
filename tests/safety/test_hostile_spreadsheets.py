"""Issue 10, case 6 (and the encrypted workbook of case 11): reading a spreadsheet is bounded
by what it unpacks; each refusal names the limit; the inputs are made by hand, small."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from missionplanner import unpacking
from missionplanner.cli import main
from missionplanner.errors import InputError
from missionplanner.io import xlsx_reading
from missionplanner.io.table_files import read_table
from tests.safety.conftest import Work
from tests.safety.workbooks import declare_size, text_cell, workbook


def _write(path: Path, raw: bytes) -> Path:
    path.write_bytes(raw)
    return path


def test_rows_reaching_column_xfd(tmp_path: Path) -> None:
    """99,000 rows each reaching column XFD (a ~500 KB file that grew past 2.7 GB): refused at
    the first row, at once, naming the column limit."""
    rows = "".join(f'<row r="{n}">{text_cell(f"A{n}", "x")}{text_cell(f"XFD{n}", "y")}</row>'
                   for n in range(1, 99_001))
    path = _write(tmp_path / "wide.xlsx", workbook(rows, dimension="A1:XFD99000"))
    assert path.stat().st_size < 1_000_000
    clock = time.perf_counter()
    with pytest.raises(InputError, match=r"column 16,384; the limit is 1,000 columns"):
        read_table(path)
    assert time.perf_counter() - clock < 5


def test_one_gigabyte_string_declared_in_the_zip(tmp_path: Path) -> None:
    """A part declaring 1 GB unpacked is refused before the workbook is opened."""
    raw = workbook("", shared=["short"])
    path = _write(tmp_path / "gb.xlsx", declare_size(raw, "xl/sharedStrings.xml", 2**30))
    with pytest.raises(InputError, match=r"xl/sharedStrings\.xml alone to 1,024 MB.*"
                                         r"uncompressed size is 100 MB"):
        read_table(path)


def test_part_bigger_than_it_declares_is_damaged(tmp_path: Path) -> None:
    """A part that unpacks past its declared size stops there (CRC error), never grows."""
    rows = f'<row r="1">{text_cell("A1", "a" * 5_000_000)}</row>'
    raw = declare_size(workbook(rows), "xl/worksheets/sheet1.xml", 1000)
    with pytest.raises(InputError, match="damaged"):
        read_table(_write(tmp_path / "lying.xlsx", raw))


def test_long_string_in_a_cell(tmp_path: Path) -> None:
    """A cell of 40,000 characters (Excel stops at 32,767) is refused naming the place."""
    rows = f'<row r="3">{text_cell("B3", "a" * 40_000)}</row>'
    with pytest.raises(InputError, match=r"sheet Stations, row 3, column 2: 40,000 characters"
                                         r"; the limit for one cell's text is 32,767"):
        read_table(_write(tmp_path / "long.xlsx", workbook(rows)))


def test_too_many_shared_strings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Shared strings are counted while streaming (here against a limit of 1,000)."""
    monkeypatch.setattr(unpacking, "MAX_CELLS", 1000)
    raw = workbook("", shared=[f"s{i}" for i in range(1001)])
    with pytest.raises(InputError, match="more than 1,000 shared strings"):
        read_table(_write(tmp_path / "strings.xlsx", raw))
    read_table(_write(tmp_path / "ok.xlsx", workbook("", shared=["a"] * 999)))


def test_too_many_cells(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Filled cells are counted across sheets while streaming."""
    monkeypatch.setattr(xlsx_reading, "MAX_CELLS", 100)
    rows = "".join(f'<row r="{n}">{text_cell(f"A{n}", "x")}{text_cell(f"B{n}", "y")}</row>'
                   for n in range(1, 60))
    with pytest.raises(InputError, match="more than 100 filled cells"):
        read_table(_write(tmp_path / "cells.xlsx", workbook(rows)))


def test_too_many_zip_entries(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The zip's directory is read first: too many parts are refused by count."""
    monkeypatch.setattr(unpacking, "MAX_ENTRIES", 3)
    with pytest.raises(InputError, match="the limit for a workbook is 3"):
        read_table(_write(tmp_path / "parts.xlsx", workbook("")))


def test_csv_limits(tmp_path: Path) -> None:
    """A CSV line of 2,000 columns, or a field of 40,000 characters, is refused."""
    wide = tmp_path / "wide.csv"
    wide.write_text("a;b\n" + ";".join("x" * 2000) + "\n")
    with pytest.raises(InputError, match="line 2: 2,000 columns; the limit is 1,000"):
        read_table(wide)
    long = tmp_path / "long.csv"
    long.write_text("a;b\n1;" + "y" * 40_000 + "\n")
    with pytest.raises(InputError, match="line 2, column 2: 40,000 characters"):
        read_table(long)


def test_import_of_a_bomb_exits_1(work: Work, tmp_path: Path,
                                  capsys: pytest.CaptureFixture[str]) -> None:
    """Through the command line: exit 1, the limit named, the mission unchanged."""
    raw = declare_size(workbook("", shared=["x"]), "xl/sharedStrings.xml", 2**30)
    before = work.kz_mission.read_bytes()
    assert main(["import-stations", str(work.kz_mission),
                 str(_write(tmp_path / "b.xlsx", raw))]) == 1
    assert "uncompressed size" in capsys.readouterr().err
    assert work.kz_mission.read_bytes() == before


def test_encrypted_workbook_is_named_as_such(work: Work, tmp_path: Path,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    """An encrypted .xlsx is "password-protected", not "an old Excel 97-2003 workbook"."""
    pytest.importorskip("msoffcrypto")
    from missionplanner.export.protect import encrypt

    plain = workbook(f'<row r="1">{text_cell("A1", "Number")}</row>')
    path = _write(tmp_path / "locked.xlsx", encrypt(plain, "secret"))
    assert main(["import-stations", str(work.kz_mission), str(path)]) == 1
    err = capsys.readouterr().err
    assert "password-protected (encrypted) workbook" in err and "97-2003" not in err
