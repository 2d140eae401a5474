"""What station and observer imports share: finding the sheets and their header rows, reading
cells with every problem recorded, skipping repeated headers and totals, merging by id.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol, TypeVar

from pydantic import ValidationError

from missionplanner import messages as m
from missionplanner.errors import InputError, InputProblem
from missionplanner.io.cells import as_text, clean_text
from missionplanner.io.headers import Column, Located, find_header, header_index, repeats_header
from missionplanner.io.tabular import Cell, Formula, Row, Table
from missionplanner.messages import import_problems as ip
from missionplanner.messages import say
from missionplanner.messages.validation import VALID_FIELD, VALID_ROW, validation_message

T = TypeVar("T")
_TOTALS = re.compile(r"^\s*(итого|всего|барлығы|жиыны|total|sum)\b", re.IGNORECASE)


class HasId(Protocol):
    """A model with an id (stations, observers)."""

    @property
    def id(self) -> str: ...


ItemT = TypeVar("ItemT", bound=HasId)


@dataclass
class Collected:
    """Rows to import, the problems found and the notes to show."""

    sheets: list[Located]
    problems: list[InputProblem] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


def locate(
    table: Table,
    columns: list[Column],
    what: str,
    *,
    required: Sequence[str] | None = None,
    overrides: Mapping[str, str] | None = None,
) -> Collected:
    """The sheets to import: every sheet whose header row names all the required columns.

    ``required`` lists the fields that must have a column (default: the columns marked
    required); ``overrides`` maps header keys to fields over the columns' own headers (a
    column mapping the user gave).
    """
    index = header_index(columns) | dict(overrides or {})
    wanted = set(required) if required is not None else {c.field for c in columns if c.required}
    required_columns = [c for c in columns if c.field in wanted]
    found = [
        located
        for sheet in table.sheets
        if (located := find_header(sheet, index, table.file)) is not None
    ]
    complete = [loc for loc in found if all(c.field in loc.columns for c in required_columns)]
    if not found:
        raise InputError(_no_header_message(table, required_columns, what))
    if not complete:
        best = max(found, key=lambda loc: len(loc.columns))
        problems = [
            InputProblem(
                message=say(m.MISSING_COLUMN, column=repr(c.en),
                            what=c.what[0].lower() + c.what[1:].rstrip("."),
                            headers=_accepted(c)),
                file=table.file,
                sheet=best.sheet.name,
                row=best.header.number,
            )
            for c in required_columns
            if c.field not in best.columns
        ]
        raise InputError(_summary(table.file, problems), problems)
    collected = Collected(sheets=[], notes=list(table.notes))
    for loc in found:
        where = _sheet_words(loc)
        if loc not in complete:
            collected.notes.append(say(ip.LACKS_COLUMNS, where=where))
        elif not any(_has_content(row) for row in loc.data_rows):
            collected.notes.append(say(ip.NOTHING_UNDER, where=where))
        else:
            collected.sheets.append(loc)
            collected.problems += loc.problems
            if loc.ignored:
                collected.notes.append(say(ip.NOT_IMPORTED, where=where,
                                           columns=", ".join(loc.ignored)))
    if not collected.sheets:
        where = "; ".join(_sheet_words(loc) for loc in complete)
        raise InputError(say(ip.NOTHING_BELOW[what], file=table.file, where=where))
    return collected


def _sheet_words(located: Located) -> str:
    if located.sheet.name is None:
        return say(ip.HEADER_ON, row=located.header.number)
    return say(ip.SHEET_HEADER_ON, sheet=repr(located.sheet.name), row=located.header.number)


def _accepted(column: Column, limit: int = 6) -> str:
    return ", ".join(column.headers()[:limit]) + ", ..."


def _no_header_message(table: Table, columns: list[Column], what: str) -> str:
    required = ", ".join(f"{c.en} ({c.ru})" for c in columns)
    if not any(_has_content(row) for sheet in table.sheets for row in sheet.rows):
        return say(ip.NO_DATA, file=table.file)
    if len(table.sheets) == 1 and table.sheets[0].name is None:
        where = say(ip.IN_FIRST_ROWS)
    else:
        where = say(ip.IN_ANY_SHEET, sheets=", ".join(repr(s.name) for s in table.sheets))
    return say(ip.NO_HEADER[what], file=table.file, where=where, columns=required)


def _summary(file: str, problems: list[InputProblem]) -> str:
    if len(problems) == 1:
        return say(ip.ONE_PROBLEM, file=file)
    return say(ip.PROBLEMS, file=file, count=len(problems))


def _has_content(row: Row) -> bool:
    return any(c is not None and (not isinstance(c, str) or c.strip()) for c in row.cells)


def data_rows(collected: Collected) -> list[tuple[Located, Row]]:
    """The rows to read, skipping blanks, repeated headers and totals (with a note)."""
    rows: list[tuple[Located, Row]] = []
    for located in collected.sheets:
        repeated: list[int] = []
        totals: list[int] = []
        for row in located.data_rows:
            if not _has_content(row):
                continue
            if repeats_header(row, located):
                repeated.append(row.number)
            elif _is_total(row, located):
                totals.append(row.number)
            else:
                rows.append((located, row))
        where = _sheet_words(located)
        if repeated:
            collected.notes.append(say(ip.REPEATED_HEADER, where=where, rows=row_list(repeated)))
        if totals:
            collected.notes.append(say(ip.TOTALS, where=where, rows=row_list(totals)))
    return rows


def _is_total(row: Row, located: Located) -> bool:
    texts = [c for c in row.cells if isinstance(c, str) and c.strip()]
    return bool(texts) and _TOTALS.match(texts[0]) is not None and len(texts) <= 2


def row_list(numbers: list[int], limit: int = 10) -> str:
    """``row 5``, ``rows 5, 7`` or ``rows 5, 7, ... and 3 more``."""
    if len(numbers) == 1:
        return say(m.ROW, row=numbers[0])
    shown = ", ".join(map(str, numbers[:limit]))
    if len(numbers) > limit:
        return say(ip.ROWS_MORE, rows=shown, more=len(numbers) - limit)
    return say(ip.ROWS, rows=shown)


class RowReader:
    """Reads one row's cells, recording every problem with its place."""

    def __init__(self, file: str, located: Located, row: Row, problems: list[InputProblem]) -> None:
        self.file = file
        self.located = located
        self.row = row
        self.problems = problems
        self.ok = True

    def problem(self, message: str, field_name: str | None = None) -> None:
        """Record a problem in this row (in a field's column when given)."""
        self.ok = False
        column = self.located.titles.get(field_name) if field_name else None
        self.problems.append(
            InputProblem(
                message=message,
                file=self.file,
                sheet=self.located.sheet.name,
                row=self.row.number,
                column=column,
            )
        )

    def raw(self, name: str) -> Cell:
        """The cell of a field as the file has it (None when the column is absent)."""
        position = self.located.columns.get(name)
        if position is None or position >= len(self.row.cells):
            return None
        return self.row.cells[position]

    def get(self, name: str, parse: Callable[[Cell], T], *, required: str = "") -> T | None:
        """A field's value, or None when empty (a problem when ``required`` says what it is)."""
        cell = self.raw(name)
        if isinstance(cell, Formula):
            self.problem(say(ip.FORMULA, formula=_shown(cell.text)), name)
            return None
        if isinstance(cell, str):
            try:
                cell = clean_text(cell) or None
            except ValueError as exc:
                self.problem(str(exc), name)
                return None
        if cell is None:
            if required:
                self.problem(say(m.EMPTY, what=required), name)
            return None
        try:
            return parse(cell)
        except ValueError as exc:
            message, shown = str(exc), _shown(as_text(cell))
            self.problem(
                say(m.VALUE_GOT, message=message, value=shown) if len(message) < 80
                else say(m.GOT_VALUE, value=shown, message=message),
                name,
            )
            return None

    def validated(self, model: Callable[..., T], data: dict[str, Any]) -> T | None:
        """The model built from ``data``, or None with its validation errors as problems."""
        try:
            return model(**data)
        except ValidationError as exc:
            for error in exc.errors(include_url=False):
                loc = error["loc"]
                name = str(loc[0]) if loc else None
                message = validation_message(error)
                self.problem(say(VALID_FIELD, field=name, message=message) if name
                             else say(VALID_ROW, message=message), name)
            return None


def _shown(text: str, limit: int = 60) -> str:
    return repr(text) if len(text) <= limit else repr(text[: limit - 3] + "...")


def raise_if(problems: list[InputProblem], collected: Collected, file: str) -> None:
    """Raise one :class:`InputError` listing every problem (by sheet, row, column), if any."""
    if problems:
        raise InputError(_summary(file, problems), sorted_problems(problems, collected))


def sorted_problems(problems: list[InputProblem], collected: Collected) -> list[InputProblem]:
    """The problems in reading order: sheet, row, then column position."""
    sheets = {loc.sheet.name: i for i, loc in enumerate(collected.sheets)}
    positions = {
        (loc.sheet.name, title): loc.columns[name]
        for loc in collected.sheets
        for name, title in loc.titles.items()
    }

    def place(problem: InputProblem) -> tuple[int, int, int]:
        column = positions.get((problem.sheet, problem.column or ""), -1)
        return sheets.get(problem.sheet, -1), problem.row or 0, column

    return sorted(problems, key=place)


def merge_by_id(existing: Sequence[ItemT], imported: Sequence[ItemT]) -> tuple[list[ItemT], int]:
    """Existing items with imported ones replacing those of the same id (in place), then the
    new ones; and how many were replaced."""
    new = {item.id: item for item in imported}
    merged = [new.pop(item.id, item) for item in existing]
    replaced = len(imported) - len(new)
    return merged + list(new.values()), replaced
