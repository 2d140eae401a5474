"""Reading filled-in route sheets (our own export, English or Russian) back as reports."""

from __future__ import annotations

from datetime import date

from missionplanner.actuals.report import Report
from missionplanner.errors import InputProblem
from missionplanner.export.labels import LANGUAGES, labels
from missionplanner.io.cells import as_date, as_text, as_whole_number
from missionplanner.io.headers import Column, Located, find_header, header_index, header_key
from missionplanner.io.tabular import Cell, Formula, Row, Sheet, Table
from missionplanner.messages import import_problems as ip
from missionplanner.messages import say

_SEARCH_ROWS = 20
_FIELDS = ("order", "station_id", "station_number", "activity", "visited_at", "arrival")


def _columns() -> list[Column]:
    en, ru = labels("en"), labels("ru")
    return [Column(field=f, en=en[f], ru=ru[f], kk=None, what=en[f], what_ru=ru[f], example="")
            for f in _FIELDS]


def _label_value(sheet: Sheet, key: str) -> tuple[Row, int, Cell] | None:
    """The cell right of a label (``Team``/``Команда``) among the first rows, with its place."""
    names = {header_key(labels(lang)[key]) for lang in LANGUAGES}
    for row in sheet.rows[:_SEARCH_ROWS]:
        for i, cell in enumerate(row.cells):
            if isinstance(cell, str) and header_key(cell) in names:
                rest = [(j, c) for j, c in enumerate(row.cells) if j > i and c is not None]
                return (row, rest[0][0], rest[0][1]) if rest else (row, i + 1, None)
    return None


def read_route_sheets(table: Table, problems: list[InputProblem]) -> list[Report] | None:
    """Reports from every route sheet of the file; ``None`` when it holds no route sheet."""
    index = header_index(_columns())
    reports: list[Report] = []
    seen = False
    for sheet in table.sheets:
        team, day = _label_value(sheet, "team"), _label_value(sheet, "day")
        if team is None or day is None:
            continue
        located = find_header(sheet, index, table.file)
        if located is None or not {"order", "visited_at"} <= set(located.columns):
            continue
        seen = True
        where = InputProblem("", table.file, sheet.name)
        team_id = as_text(team[2]).strip() if team[2] is not None else ""
        if not team_id:
            problems.append(InputProblem(say(ip.TEAM_ID_MISSING), table.file,
                                    sheet.name, team[0].number))
            continue
        try:
            the_day = as_date(day[2])
        except ValueError as exc:
            problems.append(InputProblem(say(ip.RIGHT_OF_LABEL, message=exc), where.file,
                                         where.sheet,
                                    day[0].number))
            continue
        reports += _sheet_reports(located, table.file, team_id, the_day, problems)
    return reports if seen else None


def _sheet_reports(located: Located, file: str, team: str, day: date,
                   problems: list[InputProblem]) -> list[Report]:
    columns, titles = located.columns, located.titles
    reports: list[Report] = []
    for row in located.data_rows:
        def at(name: str, row: Row = row) -> Cell:
            position = columns.get(name)
            if position is None or position >= len(row.cells):
                return None
            return row.cells[position]

        visited = at("visited_at")
        if visited is None or (isinstance(visited, str) and not visited.strip()):
            continue
        place = InputProblem("", file, located.sheet.name, row.number, titles["visited_at"])
        order_cell = at("order")
        try:
            if isinstance(order_cell, Formula):
                raise ValueError(say(ip.ORDER_NOT_FORMULA))
            order = as_whole_number(order_cell) if order_cell is not None else None
        except ValueError as exc:
            problems.append(InputProblem(say(ip.FOUND, message=exc, value=repr(order_cell)),
                                         file, located.sheet.name,
                                    row.number, titles["order"]))
            continue
        if order is None:
            problems.append(InputProblem(
                say(ip.ORDER_MISSING),
                file, located.sheet.name, row.number, titles["order"]))
            continue
        station = at("station_id")
        reports.append(Report(team=team, day=day, visited=visited, place=place, order=order,
                              station=as_text(station).strip() if isinstance(station, str)
                              and station.strip() else None,
                              number=_number(at("station_number"))))
    return reports


def _number(cell: Cell) -> int | None:
    """The station number of a row, if it holds one."""
    if cell is None or isinstance(cell, Formula):
        return None
    try:
        return as_whole_number(cell)
    except ValueError:
        return None
