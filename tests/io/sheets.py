"""Writing small spreadsheets for the tests: .xlsx with openpyxl, CSV in any encoding."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from openpyxl import Workbook

Grid = Sequence[Sequence[object]]


def write_xlsx(path: Path, sheets: dict[str, Grid]) -> Path:
    """An .xlsx with one sheet per entry, rows from A1 (None leaves a cell empty)."""
    workbook = Workbook()
    first = True
    for name, rows in sheets.items():
        sheet = workbook.active if first else workbook.create_sheet()
        assert sheet is not None
        sheet.title = name
        first = False
        for r, row in enumerate(rows, start=1):
            for c, value in enumerate(row, start=1):
                if value is not None:
                    sheet.cell(row=r, column=c, value=value)
    workbook.save(path)
    return path


def write_csv(path: Path, rows: Grid, *, sep: str = ",", encoding: str = "utf-8") -> Path:
    """A CSV as Excel writes it: CRLF line ends, quotes only where needed."""
    lines = []
    for row in rows:
        cells = ["" if v is None else str(v) for v in row]
        quoted = [
            f'"{c.replace(chr(34), 2 * chr(34))}"' if sep in c or '"' in c or "\n" in c else c
            for c in cells
        ]
        lines.append(sep.join(quoted))
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode(encoding))
    return path


STATION_HEADER = ["Number", "Commission", "Region", "Address", "Latitude", "Longitude", "Voters"]


def station_rows(*rows: Sequence[object]) -> list[Sequence[object]]:
    """The English header followed by ``rows``."""
    return [STATION_HEADER, *rows]
