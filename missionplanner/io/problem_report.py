"""The full list of an import's problems, written beside the input as CSV or XLSX, so that no
problem is lost when the console shows only the first ones."""

from __future__ import annotations

import csv
import io
import os
from pathlib import Path

from openpyxl import Workbook

from missionplanner.errors import InputProblem
from missionplanner.io.atomic import atomic_write_bytes

HEADERS = ("File", "Sheet", "Row", "Column", "Problem")


def write_problem_report(problems: list[InputProblem], path: str | os.PathLike[str]) -> Path:
    """Write every problem (one per row) to ``path``: ``.xlsx`` as a workbook, else UTF-8 CSV
    with a BOM so that Excel reads the Cyrillic right. Atomic; returns the path."""
    target = Path(path)
    rows = [
        [p.file or "", p.sheet or "", p.row if p.row is not None else "", p.column or p.path or "",
         p.message]
        for p in problems
    ]
    if target.suffix.lower() == ".xlsx":
        book = Workbook()
        sheet = book.active
        assert sheet is not None
        sheet.title = "Problems"
        sheet.append(list(HEADERS))
        for row in rows:
            sheet.append([_safe(v) for v in row])
        sheet.freeze_panes = "A2"
        for letter, width in zip("ABCDE", (24, 16, 8, 24, 100), strict=True):
            sheet.column_dimensions[letter].width = width
        buffer = io.BytesIO()
        book.save(buffer)
        atomic_write_bytes(target, buffer.getvalue())
    else:
        text = io.StringIO()
        writer = csv.writer(text, lineterminator="\r\n")
        writer.writerow(HEADERS)
        writer.writerows([[_safe(v) for v in row] for row in rows])
        atomic_write_bytes(target, ("\ufeff" + text.getvalue()).encode("utf-8"))
    return target


def _safe(value: object) -> object:
    """Text that a spreadsheet would take for a formula is written as text."""
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@"):
        return "'" + value
    return value
