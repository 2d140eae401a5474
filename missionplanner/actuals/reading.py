"""Actual visits into a plan: "visited at" from filled-in route sheets or form submissions.

All or nothing: every bad row is reported (file, sheet, row, column) in one
:class:`InputError`, and the plan is only changed when there is none. Times are local to the
station (the zone of the planned visit); a bare time of day is put on the date that brings it
nearest to the planned arrival, so counting after midnight lands on the next day.
"""

from __future__ import annotations

import os
from datetime import date, datetime, time, timedelta

from missionplanner import messages as m
from missionplanner.actuals.forms import read_submissions
from missionplanner.actuals.matching import (
    drop_misattributed_sheets,
    order_problems,
    row_problem,
)
from missionplanner.actuals.report import MAX_DAYS_LATE, ActualsResult, Report, problem
from missionplanner.actuals.sheets import read_route_sheets
from missionplanner.errors import InputError, InputProblem
from missionplanner.io.cells import as_time
from missionplanner.io.table_files import read_table
from missionplanner.io.tabular import Cell, Formula, Table
from missionplanner.messages import ACTIVITIES, say
from missionplanner.messages import import_problems as ip
from missionplanner.messages.app_errors import LIMITED
from missionplanner.model import Activity, Mission, Plan, Route, Visit
from missionplanner.unpacking import MAX_FILE_BYTES, read_limited


def read_actuals_table(path: str | os.PathLike[str], password: str | None = None) -> Table:
    """The file as a table; an encrypted workbook is opened with ``password``."""
    from missionplanner.io.table_files import is_encrypted_workbook

    raw = read_limited(path, MAX_FILE_BYTES, say(LIMITED["spreadsheets"]))
    if not is_encrypted_workbook(raw):
        return read_table(path)
    if password is None:
        raise InputError(say(ip.ENCRYPTED_ACTUALS, file=path))
    from missionplanner.export.protect import decrypt
    from missionplanner.io.xlsx_reading import read_xlsx

    try:
        plain = decrypt(raw, password)
    except InputError:
        raise
    except Exception as exc:  # msoffcrypto raises its own kinds for a wrong password
        raise InputError(say(ip.WRONG_PASSWORD, file=path, error=exc)) from None
    return read_xlsx(plain, str(path))


def import_actuals(
    plan: Plan, path: str | os.PathLike[str], *, password: str | None = None,
    mission: Mission | None = None,
) -> ActualsResult:
    """Read actual visits from route sheets or form submissions and set ``visited_at``
    (``mission``: lets a route sheet without its Station ID column be matched by station
    number)."""
    table = read_actuals_table(path, password)
    problems: list[InputProblem] = []
    notes = list(table.notes)
    reports = read_route_sheets(table, problems)
    if reports is None:
        reports = read_submissions(table, problems)
        notes.append(say(ip.AS_SUBMISSIONS, file=table.file))
    else:
        notes.append(say(ip.AS_ROUTE_SHEETS, file=table.file))
    numbers = {st.id: st.number for st in mission.stations} if mission else {}
    reports = drop_misattributed_sheets(plan, reports, numbers, problems)
    found = apply_reports(plan, reports, problems, numbers)
    if problems:
        summary = (say(ip.ONE_PROBLEM, file=table.file) if len(problems) == 1
                   else say(ip.PROBLEMS, file=table.file, count=len(problems)))
        raise InputError(summary, problems)
    if not found:
        raise InputError(say(ip.NO_VISIT_TIMES, file=table.file))
    return ActualsResult(plan=_with_times(plan, found), visits=len(found), notes=notes)


def apply_reports(
    plan: Plan, reports: list[Report], problems: list[InputProblem],
    numbers: dict[str, int] | None = None,
) -> dict[tuple[str, date, int], datetime]:
    """``{(team, day, visit index): visited at}`` for the reports, problems recorded
    (``numbers``: station id -> number, to match rows that give only the number)."""
    routes = {(r.team, r.day): r for r in plan.routes}
    found: dict[tuple[str, date, int], datetime] = {}
    source: dict[tuple[str, date, int], InputProblem] = {}
    for report in reports:
        route = routes.get((report.team, report.day))
        if route is None:
            problems.append(problem(report.place, say(ip.NO_ROUTE, team=repr(report.team),
                                                      day=report.day)))
            continue
        index = _visit_index(route, report, found, problems, numbers or {})
        if index is None:
            continue
        visit = route.visits[index]
        try:
            moment = visited_time(report.visited, visit, route.day)
        except ValueError as exc:
            problems.append(problem(report.place, say(ip.FOUND, message=exc,
                                                      value=_shown(report.visited))))
            continue
        key = (route.team, route.day, index)
        if key in found and found[key] != moment:
            first = source[key]
            problems.append(problem(report.place, say(
                ip.ALREADY_REPORTED, visit=index + 1, team=route.team, day=route.day,
                time=f"{found[key]:%H:%M}", where=_where(first))))
            continue
        found[key], source[key] = moment, report.place
    order_problems(plan, found, source, problems)
    return found


def _visit_index(
    route: Route, report: Report, found: dict[tuple[str, date, int], datetime],
    problems: list[InputProblem], numbers: dict[str, int],
) -> int | None:
    if report.order is not None:
        why = row_problem(route, report, numbers)
        if why is not None:
            problems.append(problem(report.place, why))
            return None
        return report.order - 1
    matches = [i for i, v in enumerate(route.visits) if v.station == report.station
               and (report.activity is None or _same_activity(v.activity, report.activity))]
    if not matches:
        message = (say(ip.NOT_PLANNED_FOR, team=route.team, day=route.day,
                       station=report.station, activity=say(ACTIVITIES[report.activity.value]))
                   if report.activity else
                   say(ip.NOT_PLANNED, team=route.team, day=route.day, station=report.station))
        problems.append(problem(report.place, message))
        return None
    free = [i for i in matches if (route.team, route.day, i) not in found]
    return (free or matches)[0]


def _same_activity(planned: Activity, reported: Activity) -> bool:
    """Closing and counting are one observation in a form."""
    closing = {Activity.CLOSING, Activity.COUNTING}
    return planned == reported or (planned in closing and reported in closing)


def visited_time(cell: Cell, visit: Visit, day: date) -> datetime:
    """The visit time a cell gives, aware in the visit's zone (``ValueError`` if none)."""
    zone = visit.arrival.tzinfo
    planned = visit.arrival
    if isinstance(cell, Formula):
        raise ValueError(say(ip.TIME_NOT_FORMULA))
    moment: datetime | None = None
    if isinstance(cell, datetime) and cell.date() != date(1899, 12, 30):
        moment = cell if cell.tzinfo else cell.replace(tzinfo=zone)
    elif isinstance(cell, str) and not _looks_like_time(cell):
        try:
            parsed = datetime.fromisoformat(cell.strip())
        except ValueError:
            raise ValueError(say(ip.A_MOMENT)) from None
        moment = parsed if parsed.tzinfo else parsed.replace(tzinfo=zone)
    if moment is None:
        moment = _nearest(as_time(cell), planned)
    moment = moment.astimezone(zone)
    local_day = moment.date()
    if not day <= local_day <= day + timedelta(days=MAX_DAYS_LATE):
        raise ValueError(say(ip.ON_DAY, day=day))
    return moment


def _looks_like_time(text: str) -> bool:
    try:
        as_time(text)
    except ValueError:
        return False
    return True


def _nearest(clock: time, planned: datetime) -> datetime:
    """``clock`` on the planned day, or the day after when that is nearer the planned time
    (counting past midnight); never the day before (23:59 for a 09:00 visit is that
    evening, not the night before)."""
    base = datetime.combine(planned.date(), clock, tzinfo=planned.tzinfo)
    options = [base + timedelta(days=d) for d in (0, 1)]
    return min(options, key=lambda m: abs(m - planned))


def _where(place: InputProblem) -> str:
    """``row 7 of sheet S`` (or ``row 7``) of a report, in the file being read."""
    if place.sheet:
        return say(m.ROW_OF_SHEET, row=place.row, sheet=place.sheet)
    return say(m.ROW, row=place.row)


def _shown(cell: Cell) -> str:
    if isinstance(cell, Formula):
        return repr(cell.text)
    return repr(cell if not isinstance(cell, datetime | time | date) else cell.isoformat())


def _with_times(plan: Plan, found: dict[tuple[str, date, int], datetime]) -> Plan:
    routes = []
    for route in plan.routes:
        visits = [
            v.model_copy(update={"visited_at": found[(route.team, route.day, i)]})
            if (route.team, route.day, i) in found else v
            for i, v in enumerate(route.visits)
        ]
        routes.append(route.model_copy(update={"visits": visits}))
    data = plan.model_dump()
    data["routes"] = [r.model_dump() for r in routes]
    return Plan.model_validate(data)
