"""Reading a spreadsheet file into a :class:`~missionplanner.io.tabular.Table`: the kind is told
by the content (zip, OLE or text), not by the extension."""

from __future__ import annotations

import os
from pathlib import Path

from missionplanner.errors import InputError
from missionplanner.io.csv_reading import read_csv_bytes
from missionplanner.io.tabular import MAX_FILE_BYTES, Table
from missionplanner.io.xlsx_reading import read_xlsx


def read_table(path: str | os.PathLike[str]) -> Table:
    """Read an .xlsx workbook or a CSV/TSV text file, deciding by content, not by extension."""
    file = Path(path)
    name = str(path)
    raw = _read_bytes(file, name)
    if not raw:
        raise InputError(f"{name} is empty: expected a spreadsheet (.xlsx) or a CSV file")
    if raw.startswith(b"PK\x03\x04"):
        return read_xlsx(raw, name)
    if raw.startswith(b"\xd0\xcf\x11\xe0"):
        raise InputError(
            f"{name} is an old Excel 97-2003 workbook (.xls) or another OLE file: "
            "open it in Excel or LibreOffice and save it as .xlsx (or as CSV)"
        )
    if file.suffix.lower() in {".xlsx", ".xlsm"}:
        raise InputError(f"{name} is not an .xlsx workbook (it is not a zip archive)")
    return read_csv_bytes(raw, name)


def _read_bytes(file: Path, name: str) -> bytes:
    try:
        size = file.stat().st_size
        if size > MAX_FILE_BYTES:
            limit = MAX_FILE_BYTES // 10**6
            raise InputError(f"{name} is {size / 1e6:.0f} MB; files over {limit} MB are refused")
        return file.read_bytes()
    except FileNotFoundError:
        raise InputError(f"{name}: no such file") from None
    except IsADirectoryError:
        raise InputError(f"{name} is a folder, not a file") from None
    except PermissionError:
        raise InputError(f"{name} cannot be read: permission denied") from None
    except OSError as exc:
        raise InputError(f"{name} cannot be read: {exc.strerror or exc}") from None
