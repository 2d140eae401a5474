"""Read a travel-time matrix the secretariat prepared (CSV or Excel), to override the estimate.

The file is a square table in minutes: the first row names the places (station or base ids)
of each column, the first column names the place of each row, and cell (row ``a``, column
``b``) is the driving time from ``a`` to ``b``. Extra places are ignored; every place asked
for must be there. Every problem is reported at once with its file, row and column.
"""

from __future__ import annotations

import csv
import hashlib
import math
import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from missionplanner.errors import InputError, InputProblem
from missionplanner.messages import app_errors as e
from missionplanner.messages import import_problems as ip
from missionplanner.messages import say
from missionplanner.unpacking import MAX_CELLS, MAX_FILE_BYTES, check_zip, read_limited

MAX_MATRIX_COLUMNS = 5_000

Grid = list[tuple[int, list[object]]]


@dataclass(frozen=True)
class TravelTable:
    """Driving times (whole seconds) between the places a file names, rows and columns alike."""

    ids: tuple[str, ...]
    seconds: np.ndarray
    source: str | None = None
    """The file it was read from."""

    @property
    def digest(self) -> str:
        """SHA-256 of the places and times: the same table, wherever its file lies."""
        text = "\x1f".join(self.ids).encode("utf-8")
        times = np.ascontiguousarray(self.seconds, dtype=np.int64).tobytes()
        return hashlib.sha256(text + b"\x1e" + times).hexdigest()

    def overlay(self, places: Sequence[str | None], estimate: np.ndarray,
                overhead: np.ndarray) -> np.ndarray:
        """``estimate`` with every leg between two known places replaced by the table's time
        plus ``overhead[j]`` (the stop overhead of the leg's end)."""
        index = {p: i for i, p in enumerate(self.ids)}
        rows = [(k, index[p]) for k, p in enumerate(places) if p is not None and p in index]
        out = estimate.copy()
        if rows:
            here, there = np.array([k for k, _ in rows]), np.array([i for _, i in rows])
            sub = self.seconds[np.ix_(there, there)] + overhead[here][None, :]
            np.fill_diagonal(sub, 0)
            out[np.ix_(here, here)] = sub
        return out


def read_travel_table(path: str | os.PathLike[str]) -> TravelTable:
    """Every place of a CSV/XLSX travel-time matrix that heads both a row and a column."""
    file, rows, columns = _index(Path(path))
    ids = tuple(place for place in rows if place in columns)
    return TravelTable(ids, _matrix(file, rows, columns, ids), source=str(path))


def load_travel_matrix(path: str | os.PathLike[str], ids: Sequence[str]) -> np.ndarray:
    """The times between ``ids`` (in that order) in whole seconds, read from a CSV/XLSX file."""
    file, rows, columns = _index(Path(path))
    problems = []
    for place in ids:
        if place not in columns:
            problems.append(InputProblem(say(ip.NO_COLUMN_FOR, place=repr(place)), file, row=1))
        if place not in rows:
            problems.append(InputProblem(say(ip.NO_ROW_FOR, place=repr(place)), file,
                                         column="A"))
    if problems:
        raise InputError(say(ip.NOT_COVERED, file=file), problems)
    return _matrix(file, rows, columns, ids)


Rows = dict[str, tuple[int, list[object]]]


def _index(path: Path) -> tuple[str, Rows, dict[str, int]]:
    """The file's name, its rows by place and its columns by place."""
    file = str(path)
    grid = _read_grid(path)
    if not grid:
        raise InputError(say(ip.MATRIX_EMPTY, file=file), [InputProblem(say(ip.NO_ROWS), file)])
    problems: list[InputProblem] = []
    header_row, header = grid[0]
    columns: dict[str, int] = {}
    for c, cell in enumerate(header[1:], start=1):
        name = _text(cell)
        if not name:
            continue
        if name in columns:
            problems.append(InputProblem(say(ip.TWO_COLUMNS, place=repr(name)), file,
                                         row=header_row,
                                    column=_letter(c)))
        columns.setdefault(name, c)
    rows: Rows = {}
    for number, cells in grid[1:]:
        name = _text(cells[0] if cells else None)
        if not name:
            continue
        if name in rows:
            problems.append(InputProblem(say(ip.TWO_ROWS, place=repr(name)), file, row=number,
                                    column="A"))
        rows.setdefault(name, (number, cells))
    if problems:
        raise InputError(say(ip.NAMED_TWICE, file=file), problems)
    return file, rows, columns


def _matrix(file: str, rows: Rows, columns: dict[str, int], ids: Sequence[str]) -> np.ndarray:
    problems: list[InputProblem] = []
    out = np.zeros((len(ids), len(ids)), dtype=np.int64)
    for i, a in enumerate(ids):
        number, cells = rows[a]
        for j, b in enumerate(ids):
            c = columns[b]
            cell = cells[c] if c < len(cells) else None
            if a == b and (cell is None or _text(cell) == ""):
                continue
            minutes = _minutes(cell)
            if minutes is None:
                problems.append(InputProblem(say(ip.MINUTES, a=a, b=b, value=repr(cell)), file,
                                             row=number, column=_letter(c)))
            else:
                out[i, j] = round(minutes * 60)
    if problems:
        raise InputError(say(ip.BAD_CELLS, file=file), problems)
    np.fill_diagonal(out, 0)
    return out


def _read_grid(path: Path) -> Grid:
    file = str(path)
    if not path.is_file():
        raise InputError(say(e.NO_SUCH_FILE, path=file),
                         [InputProblem(say(ip.NO_FILE), file)])
    try:
        raw = read_limited(path, MAX_FILE_BYTES, say(e.LIMITED["travel-time matrices"]))
        if raw[:2] == b"PK":
            check_zip(raw, file)
            return _read_xlsx(path)
        text = raw.decode("utf-8-sig")
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        raise InputError(say(ip.CANNOT_BE_READ, file=file), [InputProblem(str(exc), file)]) from exc
    first = text.splitlines()[0] if text else ""
    delimiter = max(",;\t", key=first.count)
    reader = csv.reader(text.splitlines(), delimiter=delimiter)
    return [(n, list(r)) for n, r in enumerate(reader, start=1) if any(c.strip() for c in r)]


def _read_xlsx(path: Path) -> Grid:
    import openpyxl

    book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    grid: Grid = []
    cells = 0
    try:
        sheet = book.worksheets[0]
        rows = sheet.iter_rows(values_only=True, max_col=MAX_MATRIX_COLUMNS + 1)
        for n, r in enumerate(rows, start=1):
            if len(r) > MAX_MATRIX_COLUMNS and r[MAX_MATRIX_COLUMNS] is not None:
                raise InputError(say(ip.MATRIX_COLUMNS, file=path, row=n,
                                     limit=f"{MAX_MATRIX_COLUMNS:,}"))
            cells += len(r)
            if cells > MAX_CELLS:
                raise InputError(say(ip.MATRIX_CELLS, file=path, limit=f"{MAX_CELLS:,}"))
            if any(c is not None and str(c).strip() for c in r):
                grid.append((n, list(r)))
    finally:
        book.close()
    return grid


def _text(cell: object) -> str:
    if cell is None:
        return ""
    if isinstance(cell, float) and cell.is_integer():
        cell = int(cell)
    return str(cell).strip()


def _minutes(cell: object) -> float | None:
    if isinstance(cell, bool) or cell is None:
        return None
    text = str(cell).strip().replace(",", ".") if isinstance(cell, str) else str(cell)
    try:
        value = float(text)
    except ValueError:
        return None
    return value if math.isfinite(value) and value >= 0 else None


def _letter(index: int) -> str:
    """Spreadsheet column letter of a 0-based index (0 -> A, 26 -> AA)."""
    name = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        name = chr(ord("A") + rest) + name
    return name
