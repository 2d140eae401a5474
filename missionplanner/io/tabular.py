"""Spreadsheets as plain grids: every sheet of an .xlsx, or a .csv, as numbered rows of cells.

This layer only reads; it knows nothing of stations or observers. Cells keep the type the file
gave them (``str`` from a CSV; ``str``, ``int``, ``float``, ``bool``, dates and times from an
.xlsx), and a cell holding a formula becomes a :class:`Formula` so that the importer can report
it instead of trusting a cached value.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from datetime import date, datetime, time
from pathlib import Path

from missionplanner.errors import InputError

MAX_FILE_BYTES = 50 * 1024 * 1024
"""Bigger files are refused: Kazakhstan's ~10,000 stations fit in well under 5 MB."""
MAX_ROWS = 100_000


@dataclass(frozen=True)
class Formula:
    """A cell that holds a formula (its text, e.g. ``=B2*2``), not a value."""

    text: str


Cell = str | int | float | bool | datetime | date | time | Formula | None


@dataclass(frozen=True)
class Row:
    """One row as the spreadsheet numbers it (1-based), with its cells from column A on."""

    number: int
    cells: tuple[Cell, ...]


@dataclass(frozen=True)
class Sheet:
    """A worksheet (``name`` is None for a CSV file)."""

    name: str | None
    rows: list[Row]


@dataclass(frozen=True)
class Table:
    """Everything read from one file, and how it was read (encoding, separator)."""

    file: str
    sheets: list[Sheet]
    notes: list[str] = field(default_factory=list)


def read_table(path: str | os.PathLike[str]) -> Table:
    """Read an .xlsx workbook or a CSV/TSV text file, deciding by content, not by extension."""
    from missionplanner.io.csv_reading import read_csv_bytes
    from missionplanner.io.xlsx_reading import read_xlsx

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
