"""Which planned visit a reported row is: by its station, never by its position alone.

A route-sheet row names its visit by number ("No.") and its station by the hidden "Station ID"
column, or, when that column was deleted, by the visible "Station No."; a row that names no
station is refused. A sheet whose Team cell names a team whose route has other stations is
refused as a whole, naming the team whose stations they are (a changed Team cell must not
credit another team). Times reported for one route must follow its visiting order.
"""

from __future__ import annotations

import itertools
from collections import defaultdict
from datetime import date, datetime

from missionplanner.actuals.report import Report, problem
from missionplanner.errors import InputProblem
from missionplanner.messages import import_problems as ip
from missionplanner.messages import say
from missionplanner.model import Plan, Route

Key = tuple[str, date, int]


def row_problem(route: Route, report: Report, numbers: dict[str, int]) -> str | None:
    """Why the route-sheet row ``report`` is not visit ``report.order`` of ``route``."""
    team, day, order = route.team, route.day, report.order
    assert order is not None
    if not 1 <= order <= len(route.visits):
        return say(ip.NO_SUCH_VISIT, team=team, day=day, count=len(route.visits), order=order)
    visit = route.visits[order - 1]
    if report.station is not None:
        if report.station != visit.station:
            return say(ip.OTHER_STATION, order=order, team=team, day=day, station=visit.station,
                       reported=report.station)
        return None
    if report.number is None:
        return say(ip.NAMES_NO_STATION)
    expected = numbers.get(visit.station)
    if expected is None:
        return say(ip.ONLY_NUMBER, number=report.number)
    if expected != report.number:
        return say(ip.OTHER_NUMBER, order=order, team=team, day=day, expected=expected,
                   station=visit.station, number=report.number)
    return None


def drop_misattributed_sheets(plan: Plan, reports: list[Report], numbers: dict[str, int],
                              problems: list[InputProblem]) -> list[Report]:
    """The reports, less those of route sheets whose team and stations disagree (each such
    sheet reported once, naming the team whose route its stations are)."""
    routes = {(r.team, r.day): r for r in plan.routes}
    sheets: dict[tuple[str | None, str | None], list[Report]] = defaultdict(list)
    for report in reports:
        if report.order is not None:
            sheets[(report.place.file, report.place.sheet)].append(report)
    dropped: set[int] = set()
    for rows in sheets.values():
        first = rows[0]
        named = routes.get((first.team, first.day))
        if named is not None and any(row_problem(named, r, numbers) is None for r in rows):
            continue  # some rows fit: row-level problems say what is wrong with the others
        owners = [route.team for route in plan.routes_on(first.day) if route.team != first.team
                  and all(row_problem(route, r, numbers) is None for r in rows)]
        if not owners:
            continue
        problems.append(InputProblem(
            say(ip.OTHER_TEAM, team=first.team, owners=", ".join(owners), day=first.day),
            first.place.file, first.place.sheet))
        dropped.update(id(r) for r in rows)
    return [r for r in reports if id(r) not in dropped]


def order_problems(plan: Plan, found: dict[Key, datetime], places: dict[Key, InputProblem],
                   problems: list[InputProblem]) -> None:
    """Report visits whose times go backwards along their route (planned order)."""
    for route in plan.routes:
        times = [(i, found.get((route.team, route.day, i), v.visited_at))
                 for i, v in enumerate(route.visits)]
        known = [(i, t) for i, t in times if t is not None]
        for (i, earlier), (j, later) in itertools.pairwise(known):
            if later >= earlier:
                continue
            key = (route.team, route.day, j)
            place = places.get(key) or places.get((route.team, route.day, i))
            if place is None:
                continue
            zone = route.visits[j].arrival.tzinfo
            problems.append(problem(place, say(
                ip.OUT_OF_ORDER, visit=j + 1, team=route.team, day=route.day,
                station=route.visits[j].station, time=f"{later.astimezone(zone):%H:%M}",
                earlier=i + 1, earlier_station=route.visits[i].station,
                earlier_time=f"{earlier.astimezone(zone):%H:%M}")))
