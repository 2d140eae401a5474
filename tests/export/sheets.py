"""Helpers of the export tests: read workbooks back, find route tables, fill in "visited at"."""

from __future__ import annotations

import zipfile
from collections.abc import Iterator
from datetime import datetime, time
from pathlib import Path
from typing import Any

import openpyxl

from missionplanner.export.labels import Lang, labels


def load(path: Path) -> Any:
    """The workbook, fully loaded (styles, print settings, charts)."""
    return openpyxl.load_workbook(path)


def all_values(path: Path) -> Iterator[tuple[str, str, object]]:
    """Every non-empty cell of every sheet as (sheet, coordinate, value)."""
    workbook = load(path)
    for sheet in workbook.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                if cell.value is not None:
                    yield sheet.title, cell.coordinate, cell.value


def formulas_in(path: Path) -> list[str]:
    """Sheet XML parts that hold a formula element (``<f>``) — there must be none."""
    with zipfile.ZipFile(path) as archive:
        return [name for name in archive.namelist()
                if name.startswith("xl/worksheets/") and b"<f>" in archive.read(name)]


def header_row(sheet: Any, lang: Lang = "en") -> int:
    """The row number of a route sheet's column headers."""
    first = labels(lang)["order"]
    for row in sheet.iter_rows(min_row=1, max_row=30):
        if row[0].value == first:
            return int(row[0].row)
    raise AssertionError(f"no route table header in sheet {sheet.title}")


def route_table(sheet: Any, lang: Lang = "en") -> list[dict[str, object]]:
    """The visit rows of a route sheet, as ``{label key: value}``."""
    from missionplanner.export.route_sheet import COLUMNS

    top = header_row(sheet, lang)
    rows = []
    for values in sheet.iter_rows(min_row=top + 1, values_only=True):
        if values[0] is None:
            continue
        rows.append(dict(zip(COLUMNS, values, strict=False)))
    return rows


def label_value(sheet: Any, key: str, lang: Lang = "en") -> object:
    """The value right of a header label (``team``, ``day``, ...)."""
    wanted = labels(lang)[key]
    for row in sheet.iter_rows(min_row=1, max_row=20):
        if row[0].value == wanted:
            return row[1].value
    raise AssertionError(f"no label {wanted!r} in sheet {sheet.title}")


def fill_visited(source: Path, target: Path, lang: Lang = "en",
                 when: dict[tuple[str, int], time | datetime | str] | None = None,
                 default: time | None = None) -> None:
    """Fill "visited at" of route sheets: ``when[(sheet title, visit number)]``, else
    ``default`` (or the planned arrival when ``default`` is None and ``when`` is None)."""
    workbook = load(source)
    column = None
    for sheet in workbook.worksheets:
        try:
            top = header_row(sheet, lang)
        except AssertionError:
            continue
        headers = [c.value for c in sheet[top]]
        column = headers.index(labels(lang)["visited_at"]) + 1
        for r in range(top + 1, sheet.max_row + 1):
            number = sheet.cell(r, 1).value
            if number is None:
                continue
            if when is not None:
                value = when.get((sheet.title, int(number)), default)
            else:
                value = default or sheet.cell(r, 2).value
            sheet.cell(r, column).value = value
    workbook.save(target)
