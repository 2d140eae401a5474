"""What a mission's observers can do at most: team-hours and the upper bound on visits.

The bound is arithmetic, not a plan: every team observes from the opening (office hours
before election day; on election day from its arrival before the opening) to the close,
less lunch, and on election day one more visit for the closing and count; every visit
lasts the dwell time and is reached by the shortest leg the area allows (the drive from
the station's nearest neighbour plus the stop overhead). So no plan, however clever,
visits more than

    bound = team-minutes ÷ (dwell + minimal travel)

(computed area by area with the cheapest arrivals first; the first drive of each day is not
counted, which only makes the bound higher). A claim above it is impossible with these
observers, days and places at that dwell time.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from missionplanner.geo import drive_seconds, haversine_km
from missionplanner.model import DayKind, Mission, ObservationDay
from missionplanner.planning.deployment import Deployment


@dataclass(frozen=True)
class DayWindow:
    """The minutes a team can observe on one day."""

    day: ObservationDay
    minutes: int
    """Opening to close (office hours before election day), less lunch; on election day
    from the arrival before opening."""
    closing_visit: bool
    """Election day with counting: one more visit at the close."""


@dataclass(frozen=True)
class Bound:
    """The most visits any plan can make at one dwell time."""

    dwell: int
    visits: int
    team_minutes: int
    """Team-minutes of observation (windows x available teams; one closing visit per team
    on election day comes on top)."""
    min_travel: float
    """Mean minutes of travel per visit in the bound (the cheapest arrivals)."""


def day_windows(mission: Mission) -> list[DayWindow]:
    """Each observation day's window, as the planner's settings give it."""
    s = mission.settings
    lunch = s.lunch.minutes if s.lunch is not None else 0
    out = []
    for day in mission.observation_days:
        if day.kind is DayKind.ELECTION_DAY:
            span = _minutes(s.polling_closes) - _minutes(s.polling_opens)
            early = s.arrive_before_opening_minutes if s.observe_opening else 0
            out.append(DayWindow(day, span + early - lunch, s.observe_counting))
        else:
            span = _minutes(s.office_closes) - _minutes(s.office_opens)
            out.append(DayWindow(day, span - lunch, False))
    return out


class Capacity:
    """The bound for one mission and deployment, at any dwell time."""

    def __init__(self, mission: Mission, deployment: Deployment) -> None:
        self.windows = day_windows(mission)
        stations = {s.id: s for s in mission.stations}
        overhead = mission.settings.travel.stop_overhead_minutes
        self.areas: list[tuple[list[int], np.ndarray]] = []
        """Per manned area: teams available on each day, arrival minutes sorted ascending."""
        for area in deployment.areas.values():
            teams = deployment.teams_in(area.id)
            if not teams:
                continue
            per_day = []
            for window in self.windows:
                day = window.day.date
                available = {o.id for o in mission.observers
                             if o.available_days is None or day in o.available_days}
                per_day.append(sum(1 for t in teams if available.intersection(t.members)))
            points = [(stations[s].lat, stations[s].lon) for s in area.stations]
            self.areas.append((per_day, np.sort(_arrival_minutes(points, mission) + overhead)))

    def bound(self, dwell: int) -> Bound:
        """The most visits at ``dwell`` minutes per station."""
        visits, minutes, travel = 0, 0, 0.0
        for per_day, arrivals in self.areas:
            for window, teams in zip(self.windows, per_day, strict=True):
                if not teams:
                    continue
                budget = teams * (window.minutes + (dwell if window.closing_visit else 0))
                cost = np.cumsum(arrivals + dwell)
                k = int(np.searchsorted(cost, budget, side="right"))
                visits += k
                minutes += teams * window.minutes
                travel += float(arrivals[:k].sum())
        return Bound(dwell, visits, minutes, travel / visits if visits else 0.0)

    def implied_dwell(self, stations: int, longest: int = 600) -> int | None:
        """The longest whole-minute dwell at which the bound still allows ``stations``
        visits; None when even one minute per station does not."""
        if self.bound(1).visits < stations:
            return None
        low, high = 1, longest
        while low < high:
            mid = (low + high + 1) // 2
            if self.bound(mid).visits >= stations:
                low = mid
            else:
                high = mid - 1
        return low


def _arrival_minutes(points: list[tuple[float, float]], mission: Mission) -> np.ndarray:
    """For each station, the drive in minutes from its nearest other station of the area
    (0 when it is alone); no stop overhead. Computed in blocks of rows (no n x n matrix)."""
    n = len(points)
    if n < 2:
        return np.zeros(n)
    pts = np.asarray(points, dtype=float)
    lat, lon = pts[:, 0], pts[:, 1]
    nearest = np.empty(n)
    for start in range(0, n, 500):
        rows = slice(start, min(n, start + 500))
        km = haversine_km(lat[rows, None], lon[rows, None], lat[None, :], lon[None, :])
        km[np.arange(km.shape[0]), np.arange(start, rows.stop)] = np.inf
        nearest[rows] = km.min(axis=1)
    return np.asarray(drive_seconds(nearest, mission.settings.travel)) / 60.0


def _minutes(moment: object) -> int:
    return moment.hour * 60 + moment.minute  # type: ignore[attr-defined]
