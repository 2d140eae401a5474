"""Spreadsheets as plain grids: every sheet of an .xlsx, or a .csv, as numbered rows of cells.

This layer only reads; it knows nothing of stations or observers. Cells keep the type the file
gave them (``str`` from a CSV; ``str``, ``int``, ``float``, ``bool``, dates and times from an
.xlsx), and a cell holding a formula becomes a :class:`Formula` so that the importer can report
it instead of trusting a cached value.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time

from missionplanner.unpacking import MAX_FILE_BYTES, MAX_ROWS

__all__ = ["MAX_FILE_BYTES", "MAX_ROWS", "Cell", "Formula", "Row", "Sheet", "Table"]


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
