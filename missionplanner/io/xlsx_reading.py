"""Every worksheet of an .xlsx workbook as numbered rows, formulas kept as :class:`Formula`.

The workbook is loaded once, read-only and *without* ``data_only``: a formula cell then holds
its formula text, which the importer reports. Values cached by Excel are not trusted, because a
file written by another program (or edited by a script) may carry none or stale ones.

Reading is bounded by what it unpacks (see :mod:`missionplanner.unpacking`): the zip is checked
before it is opened, and rows, columns, cells and text length are checked while each sheet is
streamed, before a row is widened to its last column.
"""

from __future__ import annotations

import io
import warnings
import zipfile
from collections.abc import Iterator
from datetime import date, datetime, time, timedelta
from typing import Any

from missionplanner.errors import InputError
from missionplanner.io.tabular import Cell, Formula, Row, Sheet, Table
from missionplanner.messages import import_problems as ip
from missionplanner.messages import say
from missionplanner.unpacking import MAX_CELLS, MAX_COLUMNS, MAX_ROWS, MAX_TEXT, check_zip


def read_xlsx(raw: bytes, name: str) -> Table:
    """Read every worksheet (chart sheets have no cells and are left out)."""
    import openpyxl

    check_zip(raw, name)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # openpyxl warns about styles and extensions
            workbook = openpyxl.load_workbook(io.BytesIO(raw), read_only=True, data_only=False)
    except zipfile.BadZipFile:
        raise InputError(say(ip.DAMAGED_ZIP, file=name)) from None
    except Exception as exc:  # openpyxl raises many kinds on a zip that is not a workbook
        raise InputError(say(ip.NOT_READABLE, file=name,
                             error=f"{type(exc).__name__}: {exc}")) from None
    budget = _Budget(name)
    try:
        sheets = [_read_sheet(workbook, ws, budget) for ws in workbook.worksheets]
    except InputError:
        raise
    except Exception as exc:  # a damaged sheet inside a valid zip
        raise InputError(say(ip.DAMAGED, file=name,
                             error=f"{type(exc).__name__}: {exc}")) from None
    finally:
        workbook.close()
    return Table(file=name, sheets=sheets)


class _Budget:
    """Cells left for the whole file."""

    def __init__(self, name: str) -> None:
        self.name, self.cells = name, 0

    def spend(self, count: int, sheet: str) -> None:
        self.cells += count
        if self.cells > MAX_CELLS:
            raise InputError(say(ip.SHEET_CELLS, file=self.name, sheet=sheet,
                                 limit=f"{MAX_CELLS:,}"))


def _read_sheet(workbook: Any, worksheet: Any, budget: _Budget) -> Sheet:
    title = str(worksheet.title)
    rows: list[Row] = []
    for number, cells in _parsed_rows(workbook, worksheet):
        if number > MAX_ROWS:
            raise InputError(say(ip.SHEET_ROWS, file=budget.name, sheet=title,
                                 limit=f"{MAX_ROWS:,}"))
        budget.spend(len(cells), title)
        width = 0
        for cell in cells:
            column = cell["column"]
            if column > MAX_COLUMNS:
                raise InputError(say(ip.SHEET_COLUMN, file=budget.name, sheet=title, row=number,
                                     column=f"{column:,}", limit=f"{MAX_COLUMNS:,}"))
            value = cell["value"]
            if isinstance(value, str) and len(value) > MAX_TEXT:
                raise InputError(say(ip.SHEET_TEXT, file=budget.name, sheet=title, row=number,
                                     column=column, count=f"{len(value):,}",
                                     limit=f"{MAX_TEXT:,}"))
            width = max(width, column)
        values: list[Cell] = [None] * width
        for cell in cells:
            values[cell["column"] - 1] = _value(cell)
        rows.append(Row(number, tuple(values)))
    return Sheet(name=title, rows=rows)


def _parsed_rows(workbook: Any, worksheet: Any) -> Iterator[tuple[int, list[dict[str, Any]]]]:
    """``(row number, cells as parsed)``: openpyxl's streaming parser, before it pads a row
    out to its last column (one cell in column XFD would make 16,384 cells)."""
    from openpyxl.worksheet._reader import WorkSheetParser

    with workbook._archive.open(worksheet._worksheet_path) as source:
        parser = WorkSheetParser(source, worksheet._shared_strings, data_only=False,
                                 epoch=workbook.epoch, date_formats=workbook._date_formats,
                                 timedelta_formats=workbook._timedelta_formats)
        yield from parser.parse()


def _value(cell: dict[str, Any]) -> Cell:
    value = cell["value"]
    if cell.get("data_type") == "f" or type(value).__name__ in {
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
