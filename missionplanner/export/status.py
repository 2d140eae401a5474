"""Each station's status on a map: not covered, planned, visited or not reported (actuals),
flagged, abroad."""

from __future__ import annotations

from datetime import date

from missionplanner.export.colours import StationStatus
from missionplanner.model import Activity, Mission, Plan, StationKind

_NOT_A_VISIT = (Activity.COUNTING, Activity.PROTOCOL)


def station_statuses(mission: Mission, plan: Plan | None,
                     day: date | None = None) -> dict[str, StationStatus]:
    """Status of every station of ``mission`` under ``plan`` (on ``day``, or on any day).

    Visited (a reported ``visited_at``) beats planned. A planned station that nobody
    reported is "not reported" when every day it is planned on already has actuals (a day
    none of whose visits is reported yet has simply not been imported); otherwise it is
    planned, whatever else it is. Of the others, abroad and flagged ones say so, the rest
    are not covered.
    """
    planned: dict[str, set[date]] = {}
    visited: set[str] = set()
    reported_days: set[date] = set()
    for route in plan.routes if plan is not None else ():
        if day is not None and route.day != day:
            continue
        for visit in route.visits:
            if visit.visited_at is not None:
                reported_days.add(route.day)
            if visit.activity in _NOT_A_VISIT:
                continue
            planned.setdefault(visit.station, set()).add(route.day)
            if visit.visited_at is not None:
                visited.add(visit.station)
    out: dict[str, StationStatus] = {}
    for station in mission.stations:
        if station.id in visited:
            out[station.id] = StationStatus.VISITED
        elif station.id in planned:
            out[station.id] = (StationStatus.NOT_REPORTED if planned[station.id] <= reported_days
                               else StationStatus.PLANNED)
        elif station.kind is StationKind.ABROAD:
            out[station.id] = StationStatus.ABROAD
        elif station.flags:
            out[station.id] = StationStatus.FLAGGED
        else:
            out[station.id] = StationStatus.NOT_COVERED
    return out
