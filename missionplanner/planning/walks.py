"""Teams walking on their own: each picks its next station among the nearest few.

The rule, the same for every team (see :mod:`.uncoordinated` for why): from where it is, the
team goes to a station drawn uniformly among the ``k`` nearest by travel time that *it* has not
visited that day and where a visit still fits in the station's hours (ties by station id).
On election day it first opens at a station so drawn among those it reaches before opening
(a team without a base of its own stays overnight next to the station nearest the area's
centre, as in the planner), lunches after the first visit that ends after
``lunch.earliest``, and, when after the next visit no station would be left to reach before
closing, goes instead for closing and counting to a station drawn among the nearest it
reaches one visit before closing and can come back from before the region's curfew. Days
before the election: commissions in office hours, the same rule.

Times are whole seconds since local midnight in the area's zone, travel times are
:mod:`missionplanner.geo`'s estimates with the stop overhead, as in the planner's problems.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime

import numpy as np

from missionplanner.geo import drive_seconds, haversine_km
from missionplanner.model import (
    Activity,
    DayKind,
    Mission,
    ObservationDay,
    PollingStation,
    Route,
    Team,
    Visit,
)
from missionplanner.planning.areas import Area
from missionplanner.planning.clock import DayClock
from missionplanner.planning.deployment import Deployment
from missionplanner.planning.places import home_place
from missionplanner.planning.rules import DayRules, area_zone
from missionplanner.planning.selection import stable_seed

K_NEAREST = 3
"""A team draws its next station among this many nearest ones."""


@dataclass(frozen=True)
class Step:
    """One stop of a walk: times in seconds since local midnight in the area's zone."""

    station: str
    activity: Activity
    arrival: int
    start: int
    end: int


@dataclass(frozen=True)
class Walk:
    """One team's day without a plan."""

    team: str
    area: str
    day: date
    zone: str
    departure: int
    returns: int
    steps: tuple[Step, ...]

    def route(self, mission: Mission) -> Route:
        """The walk as a :class:`Route` with aware local times (to check or to show it)."""
        clock = DayClock(self.day, self.zone)
        stations = {s.id: s for s in mission.stations}

        def at(seconds: int, station: PollingStation | None = None) -> datetime:
            return clock.at(seconds, mission.station_zone(station) if station else None)

        visits = [Visit(station=s.station, activity=s.activity,
                        arrival=at(s.arrival, stations[s.station]),
                        start=at(s.start, stations[s.station]), end=at(s.end, stations[s.station]))
                  for s in self.steps]
        return Route(team=self.team, day=self.day, departure=at(self.departure),
                     returns=at(self.returns), visits=visits)


class Walker:
    """Walks of one mission's deployed teams; travel rows are kept from seed to seed."""

    def __init__(self, mission: Mission, deployment: Deployment, k: int = K_NEAREST) -> None:
        self.mission, self.deployment, self.k = mission, deployment, k
        stations = {s.id: s for s in mission.stations}
        self.maps = {a.id: _AreaMap(mission, a, [stations[s] for s in a.stations])
                     for a in deployment.areas.values() if deployment.teams_in(a.id)}
        bases = {b.id: b for b in mission.bases}
        self.starts: dict[str, tuple[tuple[float, float], bool]] = {}
        for area_id, amap in self.maps.items():
            for team in deployment.teams_in(area_id):
                base = bases.get(team.base or "")
                home, _ = home_place(team, amap.area, bases, amap.stations)
                self.starts[team.id] = ((home.lat, home.lon),
                                        base is not None and home.id == base.id)

    def walk(self, seed: int, days: Sequence[ObservationDay]) -> list[Walk]:
        """Every available team's walk on each of ``days`` with ``seed``."""
        out = []
        for day in days:
            available = {o.id for o in self.mission.observers
                         if o.available_days is None or day.date in o.available_days}
            for area_id, amap in self.maps.items():
                hours = amap.hours(day.date)
                for team in self.deployment.teams_in(area_id):
                    if not available.intersection(team.members):
                        continue
                    rng = np.random.default_rng(stable_seed("uncoordinated", seed, area_id,
                                                            day.date.isoformat(), team.id))
                    start, own_base = self.starts[team.id]
                    out.append(_TeamDay(self.mission, amap, hours, team, start, own_base,
                                        rng, self.k).walk(day))
        return out


class _AreaMap:
    """An area's stations and travel rows (seconds, stop overhead included), cached."""

    def __init__(self, mission: Mission, area: Area, stations: list[PollingStation]) -> None:
        self.mission, self.area, self.stations = mission, area, stations
        self.ids = [s.id for s in stations]
        self.lat = np.array([s.lat for s in stations])
        self.lon = np.array([s.lon for s in stations])
        self.zone = area_zone(mission, area)
        self.overhead = 60 * mission.settings.travel.stop_overhead_minutes
        self._rows: dict[tuple[float, float], tuple[list[int], list[int]]] = {}
        self._back: dict[tuple[float, float], list[int]] = {}
        self._hours: dict[date, _Hours] = {}

    def row(self, point: tuple[float, float]) -> tuple[list[int], list[int]]:
        """Seconds from ``point`` to every station, and the stations nearest first."""
        cached = self._rows.get(point)
        if cached is None:
            km = haversine_km(point[0], point[1], self.lat, self.lon)
            secs = np.rint(drive_seconds(km, self.mission.settings.travel)
                           + self.overhead).astype(np.int64)
            cached = (secs.tolist(), np.argsort(secs, kind="stable").tolist())
            self._rows[point] = cached
        return cached

    def back(self, point: tuple[float, float]) -> list[int]:
        """Seconds from every station back to ``point`` (a base: no stop overhead)."""
        cached = self._back.get(point)
        if cached is None:
            cached = self._back[point] = [t - self.overhead for t in self.row(point)[0]]
        return cached

    def point(self, i: int) -> tuple[float, float]:
        """The coordinates of station ``i``."""
        return (float(self.lat[i]), float(self.lon[i]))

    def hours(self, day: date) -> _Hours:
        """Opening and closing of every station on ``day``, on the area's clock."""
        if day not in self._hours:
            self._hours[day] = _Hours(self.mission, self.area, self.stations, self.zone, day)
        return self._hours[day]


class _Hours:
    """Times of one area on one day (:class:`.rules.DayRules`), looked up once per station."""

    def __init__(self, mission: Mission, area: Area, stations: list[PollingStation], zone: str,
                 day: date) -> None:
        kind = next((d.kind for d in mission.observation_days if d.date == day),
                    DayKind.ELECTION_DAY)
        rules = DayRules.of(mission, area, day, kind, zone, {s.id: s for s in stations})
        self.opens = [rules.opens(s) for s in stations]
        self.closes = [rules.closes(s) for s in stations]
        self.latest_opening = [rules.opening_start(s) for s in stations]
        """Latest arrival for the opening at each station."""
        self.last_opening, self.last_close = max(self.latest_opening), max(self.closes)
        self.day_starts, self.shift_end = rules.day_start, rules.shift_end
        self.office = (rules.clock.wall(mission.settings.office_opens),
                       rules.clock.wall(mission.settings.office_closes))
        lunch = rules.lunch()
        self.lunch = (lunch[0], lunch[2]) if lunch is not None else None


class _TeamDay:
    """One team walking one day: where it is, when, what it has visited."""

    def __init__(self, mission: Mission, amap: _AreaMap, hours: _Hours, team: Team,
                 start: tuple[float, float], own_base: bool, rng: np.random.Generator,
                 k: int) -> None:
        self.settings = mission.settings
        self.amap, self.hours, self.team, self.rng, self.k = amap, hours, team, rng, k
        self.own_base = own_base
        self.t, self.at = hours.day_starts, start
        self.svc = 0
        self.path: list[int] = []
        self.steps: list[Step] = []
        self.lunch_due = hours.lunch is not None
        self._home(start)

    def _home(self, point: tuple[float, float]) -> None:
        """Where the team starts from and comes back to (a base is not a stop)."""
        self.home = point
        self.back = self.amap.back(point)

    def walk(self, day: ObservationDay) -> Walk:
        """The team's day, from leaving its start point to coming back."""
        h = self.hours
        if day.kind is DayKind.ELECTION_DAY:
            self.svc = 60 * self.settings.service_minutes_election_day
            if self.settings.observe_opening:
                self._open()
            self._election_day()
        else:
            self.svc = 60 * self.settings.service_minutes_pre_election
            self._pre_election()
        departure = returns = h.day_starts
        if self.path:
            first = self.steps[0].arrival - self.back[self.path[0]] - self.amap.overhead
            departure, returns = max(h.day_starts, first), self.t + self.back[self.path[-1]]
        return Walk(self.team.id, self.amap.area.id, day.date, self.amap.zone, departure,
                    returns, tuple(self.steps))

    # -- the rule ------------------------------------------------------------------------
    def _pick(self, accept: Callable[[int, int], bool], limit: int) -> int | None:
        """A station drawn among the ``k`` nearest unvisited ones that ``accept`` the arrival.

        ``limit`` is the latest arrival any station could accept: the scan stops there.
        """
        row, order = self.amap.row(self.at)
        found: list[int] = []
        for i in order:
            arrival = self.t + row[i]
            if arrival > limit:
                break
            if i in self.path or not accept(i, arrival):
                continue
            found.append(i)
            if len(found) == self.k:
                break
        return found[int(self.rng.integers(len(found)))] if found else None

    def _arrival(self, i: int) -> int:
        return self.t + self.amap.row(self.at)[0][i]

    def _go(self, i: int, activity: Activity, start: int, end: int) -> None:
        self.steps.append(Step(self.amap.ids[i], activity, self._arrival(i), start, end))
        self.path.append(i)
        self.t, self.at = end, self.amap.point(i)

    def _lunch(self) -> None:
        """Lunch after the first visit that ends after ``lunch.earliest``."""
        if self.lunch_due and self.hours.lunch and self.t >= self.hours.lunch[0]:
            self.t += self.hours.lunch[1]
            self.lunch_due = False

    # -- the days ------------------------------------------------------------------------
    def _open(self) -> None:
        h = self.hours
        latest = h.latest_opening

        def reach(i: int, arrival: int) -> bool:
            return arrival <= latest[i]

        i = self._pick(reach, h.last_opening)
        if i is None and not self.own_base:  # stay overnight next to the nearest station
            self.at = self.amap.point(self.amap.row(self.at)[1][0])
            self._home(self.at)
            i = self._pick(reach, h.last_opening)
        if i is not None:
            self._go(i, Activity.OPENING, latest[i], h.opens[i] + self.svc)

    def _election_day(self) -> None:
        h, svc, counting = self.hours, self.svc, self.settings.observe_counting

        def vote(i: int, arrival: int) -> bool:
            end = max(arrival, h.opens[i]) + svc
            return end <= h.closes[i] and (counting or end + self.back[i] <= h.shift_end)

        while True:
            self._lunch()
            i = self._pick(vote, h.last_close - svc)
            if i is None or (counting and not self._time_left_after(i)):
                break
            start = max(self._arrival(i), h.opens[i])
            self._go(i, Activity.VOTING, start, start + svc)
        if counting:
            self._close()

    def _time_left_after(self, i: int) -> bool:
        """After a visit at ``i``, could the team still reach a station before closing?"""
        h, svc = self.hours, self.svc
        end = max(self._arrival(i), h.opens[i]) + svc
        row, order = self.amap.row(self.amap.point(i))
        nxt = next((j for j in order if j != i and j not in self.path), None)
        return nxt is not None and end + row[nxt] <= h.closes[nxt] - svc

    def _close(self) -> None:
        """Closing one visit before the end of polling, then the count, at a nearby station."""
        h, svc = self.hours, self.svc
        counting = 60 * self.settings.counting_minutes

        def close(i: int, arrival: int) -> bool:
            return (arrival <= h.closes[i] - svc
                    and h.closes[i] + counting + self.back[i] <= h.shift_end)

        i = self._pick(close, h.last_close - svc)
        if i is not None:
            self._go(i, Activity.CLOSING, h.closes[i] - svc, h.closes[i])
            self.steps.append(Step(self.amap.ids[i], Activity.COUNTING, h.closes[i],
                                   h.closes[i], h.closes[i] + counting))
            self.t = h.closes[i] + counting

    def _pre_election(self) -> None:
        h, svc = self.hours, self.svc
        first, last = h.office[0], max(h.office[0], h.office[1] - svc)
        shift_end = h.shift_end

        def visit(i: int, arrival: int) -> bool:
            start = max(arrival, first)
            return start <= last and start + svc + self.back[i] <= shift_end

        while True:
            self._lunch()
            i = self._pick(visit, last)
            if i is None:
                return
            start = max(self._arrival(i), first)
            self._go(i, Activity.PRE_ELECTION, start, start + svc)
