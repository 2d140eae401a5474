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
from missionplanner.model import Plan, Route

Key = tuple[str, date, int]


def row_problem(route: Route, report: Report, numbers: dict[str, int]) -> str | None:
    """Why the route-sheet row ``report`` is not visit ``report.order`` of ``route``."""
    who = f"team {route.team} on {route.day}"
    assert report.order is not None
    if not 1 <= report.order <= len(route.visits):
        return f"{who} has {len(route.visits)} visits; there is no visit {report.order}"
    visit = route.visits[report.order - 1]
    if report.station is not None:
        if report.station != visit.station:
            return (f"visit {report.order} of {who} is station {visit.station}, not "
                    f"{report.station} (rows re-numbered, or a sheet of another plan?)")
        return None
    if report.number is None:
        return ("the row names no station (its Station ID and Station No. are empty or their "
                "columns were deleted): a visit is matched by its station, not by its row")
    expected = numbers.get(visit.station)
    if expected is None:
        return (f"the row gives only the station number {report.number}; give the mission file "
                "to check it against, or keep the Station ID column")
    if expected != report.number:
        return (f"visit {report.order} of {who} is station No. {expected} ({visit.station}), "
                f"not No. {report.number} (rows re-numbered, or a sheet of another team?)")
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
            f"the sheet says team {first.team}, but its stations are those of team "
            f"{', '.join(owners)} on {first.day} (was the Team cell changed?); nothing of it "
            "is credited to either team", first.place.file, first.place.sheet))
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
            problems.append(problem(place, (
                f"visit {j + 1} of team {route.team} on {route.day} ({route.visits[j].station}) "
                f"is reported at {later.astimezone(zone):%H:%M}, before visit {i + 1} "
                f"({route.visits[i].station}) at {earlier.astimezone(zone):%H:%M}: times out "
                "of visiting order")))
