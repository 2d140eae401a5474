"""A team's day as consecutive segments: travel, waiting, lunch and the visits themselves.

A plan stores visits (arrival, start, end); what lies between them is derived here for the
timeline and the route sheets: driving, waiting for a station to open, and lunch. Lunch is
not stored: a gap longer than the drive by at least the lunch break is read as lunch taken
at its start (the first such gap after ``lunch.earliest``), marked ``estimated``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

from missionplanner.geo import travel_matrix
from missionplanner.model import Activity, Mission, Route, stations_by_id

SLACK = timedelta(minutes=1)


class SegmentKind(StrEnum):
    """What the team does during a segment."""

    TRAVEL = "travel"
    WAITING = "waiting"
    LUNCH = "lunch"
    VISIT = "visit"


@dataclass(frozen=True)
class Segment:
    """A stretch of a team's day in the stations' local time."""

    kind: SegmentKind
    start: datetime
    end: datetime
    visit: int | None = None
    """Index of the visit in the route (visits and waiting before them)."""
    activity: Activity | None = None
    estimated: bool = False
    """Derived from the travel model, not stored in the plan (lunch)."""


def day_segments(mission: Mission, route: Route) -> list[Segment]:
    """The route's day from departure to return, segment by segment, in time order."""
    stations = stations_by_id(mission)
    visits = route.visits
    if not visits:
        return []
    zone = mission.station_zone(stations[visits[0].station]) if visits[0].station in stations \
        else visits[0].start.tzinfo
    lunch = mission.settings.lunch
    lunch_due = lunch is not None and lunch.minutes > 0
    legs = _legs(mission, [v.station for v in visits])
    out: list[Segment] = []
    if route.departure is not None and route.departure < visits[0].arrival:
        out.append(Segment(SegmentKind.TRAVEL, route.departure.astimezone(zone),
                           visits[0].arrival.astimezone(zone)))
    for i, visit in enumerate(visits):
        if i > 0:
            gap_start, gap_end = visits[i - 1].end, visit.arrival
            if gap_end > gap_start:
                drive = timedelta(seconds=legs[i - 1])
                if lunch_due and lunch is not None:
                    earliest = datetime.combine(route.day, lunch.earliest, tzinfo=zone)
                    pause = timedelta(minutes=lunch.minutes)
                    begin = max(gap_start, earliest)
                    if gap_end - begin >= pause + drive - SLACK and begin + pause <= gap_end:
                        if begin > gap_start:
                            out.append(Segment(SegmentKind.TRAVEL, gap_start.astimezone(zone),
                                               begin.astimezone(zone)))
                        out.append(Segment(SegmentKind.LUNCH, begin.astimezone(zone),
                                           (begin + pause).astimezone(zone), estimated=True))
                        gap_start = begin + pause
                        lunch_due = False
                if gap_end > gap_start:
                    out.append(Segment(SegmentKind.TRAVEL, gap_start.astimezone(zone),
                                       gap_end.astimezone(zone)))
        if visit.start > visit.arrival:
            out.append(Segment(SegmentKind.WAITING, visit.arrival.astimezone(zone),
                               visit.start.astimezone(zone), visit=i))
        out.append(Segment(SegmentKind.VISIT, visit.start.astimezone(zone),
                           visit.end.astimezone(zone), visit=i, activity=visit.activity))
    if route.returns is not None and route.returns > visits[-1].end:
        out.append(Segment(SegmentKind.TRAVEL, visits[-1].end.astimezone(zone),
                           route.returns.astimezone(zone)))
    return out


def minutes_of(moment: datetime) -> float:
    """Minutes since local midnight of the moment's own day."""
    return moment.hour * 60 + moment.minute + moment.second / 60


def _legs(mission: Mission, ids: list[str]) -> list[int]:
    """Estimated seconds between consecutive stops (0 between stops at one station)."""
    stations = stations_by_id(mission)
    points = [(stations[i].lat, stations[i].lon) if i in stations else (0.0, 0.0) for i in ids]
    if len(points) < 2:
        return []
    loose = [i in stations and stations[i].approximate for i in ids]
    matrix = travel_matrix(points, mission.settings.travel, approximate=loose)
    return [0 if ids[k] == ids[k + 1] else int(matrix[k, k + 1]) for k in range(len(ids) - 1)]
