"""What an import would do, before it does anything: for the app's import preview.

:func:`preview_import` reads a station list or an observer roster and says which columns it
recognised and how each maps to a field, shows the first rows, counts the stations (or
observers) it would add and replace, and lists every problem with its place. When there is no
problem, it also holds the resulting mission, so that the import itself is only applying it.
Nothing is written (a problem report goes to a temporary folder that is removed).
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time
from pathlib import Path
from typing import Literal

from missionplanner.errors import InputError, InputProblem
from missionplanner.io.columns import OBSERVER_COLUMNS, STATION_COLUMNS
from missionplanner.io.headers import Column
from missionplanner.io.import_options import ImportOptions, mapping_index
from missionplanner.io.import_rows import data_rows, locate
from missionplanner.io.spreadsheet_import import ImportResult, import_observers, import_stations
from missionplanner.io.table_files import read_table
from missionplanner.io.tabular import Cell, Formula
from missionplanner.model import Mission

What = Literal["stations", "observers"]
SAMPLE_ROWS = 20


@dataclass(frozen=True)
class ColumnUse:
    """One column of the file and what the import makes of it."""

    sheet: str | None
    header: str
    """The header as the file writes it."""
    field: str | None
    """The field it gives, or None when it is not imported."""
    label: str
    """The field's name in the templates (English), empty when not imported."""
    required: bool = False


@dataclass(frozen=True)
class ImportPreview:
    """Everything the preview dialog shows."""

    file: str
    what: What
    columns: list[ColumnUse] = field(default_factory=list)
    header: list[str] = field(default_factory=list)
    """The recognised headers of the first sheet imported, in file order."""
    rows: list[list[str]] = field(default_factory=list)
    """The first data rows, as text, under :attr:`header`."""
    row_count: int = 0
    added: int = 0
    replaced: int = 0
    problems: list[InputProblem] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    skipped: int = 0
    error: str = ""
    """A file-level error as the importer words it, file and all (its problem, the only one,
    leaves the file out: the File column names it); the app translates it whole."""
    result: ImportResult | None = None
    """The import's result; None when it would import nothing (problems)."""

    @property
    def ok(self) -> bool:
        """Whether Import would change the mission."""
        return self.result is not None


def preview_import(mission: Mission, path: str | os.PathLike[str], what: What,
                   options: ImportOptions | None = None,
                   sample: int = SAMPLE_ROWS) -> ImportPreview:
    """What importing ``path`` into ``mission`` would do (see the module's docstring)."""
    file = str(path)
    options = options or ImportOptions()
    try:
        table = read_table(path)
    except InputError as exc:
        return _failed(ImportPreview(file, what), exc)
    columns = STATION_COLUMNS if what == "stations" else OBSERVER_COLUMNS
    preview = ImportPreview(file, what)
    try:
        collected = locate(table, columns, "polling station" if what == "stations"
                           else "observer",
                           required=["number"] if what == "stations" else None,
                           overrides=mapping_index(options.mapping) if what == "stations"
                           else None)
    except InputError as exc:
        return _failed(preview, exc)
    uses, header, positions = _columns(collected.sheets, columns)
    rows = data_rows(collected)
    sample_rows = [[_text(row.cells[i]) if i < len(row.cells) else "" for i in positions]
                   for located, row in rows[:sample] if located is collected.sheets[0]]
    preview = replace(preview, columns=uses, header=header, rows=sample_rows,
                      row_count=len(rows))
    with tempfile.TemporaryDirectory(prefix="mp-preview-") as folder:
        quiet = replace(options, report=Path(folder) / "problems.csv")
        try:
            if what == "stations":
                result = import_stations(mission, path, quiet)
            else:
                result = import_observers(mission, path, quiet)
        except InputError as exc:
            return _failed(preview, exc, notes=collected.notes)
    before = {item.id for item in getattr(mission, what)}
    after = {item.id for item in getattr(result.mission, what)}
    added = len(after - before)
    notes = [n for n in result.notes if "problem" not in n or "skipped" in n]
    return replace(preview, added=added, replaced=result.count - added, notes=notes,
                   warnings=list(result.warnings), skipped=result.skipped,
                   result=replace(result, report=None))


def _problems(exc: InputError, file: str) -> list[InputProblem]:
    if exc.problems:
        return list(exc.problems)
    return [InputProblem(message=exc.summary.removeprefix(f"{file}: ").removeprefix(file)
                         .lstrip(": ") or exc.summary, file=file)]


def _failed(preview: ImportPreview, exc: InputError,
            notes: list[str] | None = None) -> ImportPreview:
    """``preview`` with the error's problems (and its summary when it has none)."""
    return replace(preview, problems=_problems(exc, preview.file),
                   error="" if exc.problems else exc.summary,
                   notes=preview.notes if notes is None else notes)


def _columns(sheets: Sequence[object], columns: list[Column]
             ) -> tuple[list[ColumnUse], list[str], list[int]]:
    """Each sheet's columns and their fields; the first sheet's recognised headers."""
    labels = {c.field: c for c in columns}
    uses: list[ColumnUse] = []
    header: list[str] = []
    positions: list[int] = []
    for number, located in enumerate(sheets):
        sheet = getattr(located, "sheet", None)
        name = getattr(sheet, "name", None)
        mapped: dict[str, int] = getattr(located, "columns", {})
        titles: dict[str, str] = getattr(located, "titles", {})
        for name_of_field, position in sorted(mapped.items(), key=lambda kv: kv[1]):
            column = labels.get(name_of_field)
            uses.append(ColumnUse(name, titles.get(name_of_field, ""), name_of_field,
                                  column.en if column else name_of_field,
                                  bool(column and column.required)))
            if number == 0:
                header.append(titles.get(name_of_field, name_of_field))
                positions.append(position)
        uses += [ColumnUse(name, title, None, "") for title in getattr(located, "ignored", [])]
    return uses, header, positions


def _text(cell: Cell) -> str:
    if cell is None:
        return ""
    if isinstance(cell, Formula):
        return cell.text
    if isinstance(cell, datetime):
        return cell.isoformat(sep=" ", timespec="minutes")
    if isinstance(cell, date | time):
        return cell.isoformat()
    if isinstance(cell, float) and cell.is_integer():
        return str(int(cell))
    return str(cell)


__all__ = ["ColumnUse", "ImportPreview", "preview_import"]
