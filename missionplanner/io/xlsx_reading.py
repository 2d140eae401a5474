"""Every worksheet of an .xlsx workbook as numbered rows, formulas kept as :class:`Formula`.

The workbook is loaded once, read-only and *without* ``data_only``: a formula cell then holds
its formula text, which the importer reports. Values cached by Excel are not trusted, because a
file written by another program (or edited by a script) may carry none or stale ones.
"""

from __future__ import annotations

import io
import warnings
import zipfile
from datetime import date, datetime, time, timedelta
from typing import Any

from missionplanner.errors import InputError
from missionplanner.io.tabular import MAX_ROWS, Cell, Formula, Row, Sheet, Table


def read_xlsx(raw: bytes, name: str) -> Table:
    """Read every worksheet (chart sheets have no cells and are left out)."""
    import openpyxl

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # openpyxl warns about styles and extensions
            workbook = openpyxl.load_workbook(io.BytesIO(raw), read_only=True, data_only=False)
    except zipfile.BadZipFile:
        raise InputError(f"{name} is not a readable .xlsx workbook (a damaged zip file)") from None
    except Exception as exc:  # openpyxl raises many kinds on a zip that is not a workbook
        raise InputError(
            f"{name} is not a readable .xlsx workbook ({type(exc).__name__}: {exc})"
        ) from None
    try:
        sheets = [_read_sheet(ws, name) for ws in workbook.worksheets]
    except InputError:
        raise
    except Exception as exc:  # a damaged sheet inside a valid zip
        raise InputError(
            f"{name} is a damaged .xlsx workbook ({type(exc).__name__}: {exc})"
        ) from None
    finally:
        workbook.close()
    return Table(file=name, sheets=sheets)


def _read_sheet(worksheet: Any, name: str) -> Sheet:
    if hasattr(worksheet, "reset_dimensions"):
        worksheet.reset_dimensions()  # trust the cells, not the (often stale) <dimension>
    rows: list[Row] = []
    for number, cells in enumerate(worksheet.iter_rows(min_row=1, min_col=1), start=1):
        if number > MAX_ROWS:
            raise InputError(f"{name}, sheet {worksheet.title}: more than {MAX_ROWS:,} rows")
        values = tuple(_value(cell) for cell in cells)
        rows.append(Row(number, values))
    return Sheet(name=str(worksheet.title), rows=rows)


def _value(cell: Any) -> Cell:
    value = cell.value
    if getattr(cell, "data_type", None) == "f" or type(value).__name__ in {
        "ArrayFormula",
        "DataTableFormula",
    }:
        text = value if isinstance(value, str) else getattr(value, "text", None)
        return Formula(str(text or "="))
    if value is None or isinstance(value, str | bool | int | float | datetime | date | time):
        return value
    if isinstance(value, timedelta):  # a duration-formatted cell
        return (datetime.min + value).time() if value < timedelta(days=1) else str(value)
    return str(value)
