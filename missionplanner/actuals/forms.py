"""Reading a CSV or XLSX export of ODK Central / KoboToolbox submissions of our XLSForm.

Headers are the form's question names (``team``, ``day``, ``station``, ``activity``,
``visited_at``; Kobo's "XML values and headers" export) or the form's English or Russian labels;
a group prefix (``group/station``, ``group-station``) is ignored.
"""

from __future__ import annotations

from datetime import date, datetime

from missionplanner.actuals.report import Report, problem
from missionplanner.errors import InputProblem
from missionplanner.export.labels import activity_words
from missionplanner.io.cells import as_date, as_text
from missionplanner.io.headers import Column, Located
from missionplanner.io.import_rows import data_rows, locate
from missionplanner.io.tabular import Cell, Formula, Row, Sheet, Table
from missionplanner.messages import import_problems as ip
from missionplanner.messages import say
from missionplanner.model import Activity

_COLUMNS = [
    Column("team", "team", "Команда", None, "The team's id", "Команда", "A1", required=True,
           synonyms=("Team",)),
    Column("day", "day", "День наблюдения", None, "The observation day", "День", "2019-06-09",
           synonyms=("Observation day",)),
    Column("station", "station", "Избирательный участок (по плану)", None, "The station's id",
           "ID участка", "al/101", required=True,
           synonyms=("Polling station (your plan)", "Polling station", "Участок")),
    Column("activity", "activity", "Что вы наблюдаете?", None, "opening, voting, closing",
           "Цель", "voting", synonyms=("What do you observe?", "Activity")),
    Column("visited_at", "visited_at", "Время прибытия на участок", None,
           "Arrival at the station", "Время прибытия", "2019-06-09T10:35:00+06:00",
           required=True, synonyms=("Arrival at the station", "Visited at")),
]


_WHAT = {"team": ip.THE_TEAM, "station": ip.THE_STATION, "visited_at": ip.THE_VISIT_TIME}


def _strip_groups(table: Table) -> Table:
    """The table with ``group/name`` and ``group-name`` headers cut to ``name``."""
    names = {c.field for c in _COLUMNS}
    sheets = []
    for sheet in table.sheets:
        rows = []
        for r in sheet.rows:
            cells = tuple(_last_part(c, names) for c in r.cells) if r.number <= 15 else r.cells
            rows.append(Row(r.number, cells))
        sheets.append(Sheet(sheet.name, rows))
    return Table(table.file, sheets, table.notes)


def _last_part(cell: Cell, names: set[str]) -> Cell:
    if isinstance(cell, str):
        for separator in ("/", "-"):
            tail = cell.rsplit(separator, 1)[-1].strip()
            if separator in cell and tail in names:
                return tail
    return cell


def read_submissions(table: Table, problems: list[InputProblem]) -> list[Report]:
    """Reports from every submission row (problems recorded, rows without a time skipped)."""
    collected = locate(_strip_groups(table), _COLUMNS, "submission")
    problems += collected.problems
    words = activity_words()
    reports: list[Report] = []
    for located, r in data_rows(collected):
        cells = {name: r.cells[i] if i < len(r.cells) else None
                 for name, i in located.columns.items()}

        def at(name: str, cells: dict[str, Cell] = cells) -> Cell:
            return cells.get(name)

        def place(name: str, r: Row = r, located: Located = located) -> InputProblem:
            return InputProblem("", table.file, located.sheet.name, r.number,
                           located.titles.get(name))

        team, station, visited = at("team"), at("station"), at("visited_at")
        bad = [(n, c) for n, c in (("team", team), ("station", station), ("visited_at", visited))
               if c is None or isinstance(c, Formula)]
        for name, cell in bad:
            found = say(ip.A_FORMULA) if isinstance(cell, Formula) else say(ip.NOTHING)
            problems.append(problem(place(name), say(ip.EXPECTED_FOUND, what=say(_WHAT[name]),
                                                     found=found)))
        if bad:
            continue
        activity: Activity | None = None
        if at("activity") is not None:
            activity = words.get(as_text(at("activity")).strip().casefold())
            if activity is None:
                problems.append(problem(place("activity"), say(ip.AN_ACTIVITY,
                                                               value=repr(at("activity")))))
                continue
        day = _day(at("day"), visited, place("day"), problems)
        if day is None:
            continue
        reports.append(Report(team=as_text(team).strip(), day=day, visited=visited,
                              place=place("visited_at"), station=as_text(station).strip(),
                              activity=activity))
    return reports


def _day(cell: Cell, visited: Cell, place: InputProblem,
         problems: list[InputProblem]) -> date | None:
    """The day column, or the date of an ISO ``visited_at`` when there is no day column."""
    try:
        if cell is not None:
            return as_date(cell)
        if isinstance(visited, datetime):
            return visited.date()
        return datetime.fromisoformat(as_text(visited).strip()).date()
    except ValueError:
        problems.append(problem(place, say(ip.OBSERVATION_DAY, value=repr(cell))))
        return None
