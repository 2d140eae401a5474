"""One touched area of a disrupted day as a :class:`solvers.Problem` that starts from now.

Each team that is not lost starts from where :mod:`.positions` puts it, when it is free there,
and ends at its home (its base in the area's region, else the area's centre, or the station
it stayed the night next to). Offered stations: the area's candidates drawn as in the
original plan (same seed) plus every station left on the teams' routes, without the stations
already visited that day and the closed ones. Required, per team: its opening if still to
come, and its closing and counting — the original station unless it was closed or can no
longer be reached, then the free station best placed for the way home (the note says which)
— and the protocol trip after it.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, datetime, time

import numpy as np

import solvers
from missionplanner.geo import drive_seconds, haversine_km, travel_matrix
from missionplanner.model import Activity, Base, DayKind, Mission, Plan, Route, Team
from missionplanner.planning.areas import Area
from missionplanner.planning.disruptions import RoadCut
from missionplanner.planning.positions import DayHours, Place, TeamAtNow, team_at_now
from missionplanner.planning.routes import PROTOCOL_MINUTES, REQUIRED_BONUS, AreaDay, Stop
from missionplanner.planning.selection import candidate_count, select_candidates

IMPASSABLE = solvers.HORIZON
"""Travel time of a cut road: longer than any shift, so no route takes it."""
DEFAULT_SCORE = 100
"""Score of a station on a route that the candidate draw does not give (a changed mission)."""


@dataclass(frozen=True)
class Disrupted:
    """The disruptions of one re-plan, indexed."""

    delays: dict[str, int] = field(default_factory=dict)
    """Team -> seconds."""
    lost: frozenset[str] = frozenset()
    closed: frozenset[str] = frozenset()
    cuts: tuple[RoadCut, ...] = ()


@dataclass
class AreaReplan:
    """The problem of one area from now, and what the read-back and the notes need."""

    job: AreaDay
    hours: DayHours
    now: int
    states: dict[str, TeamAtNow]
    notes: list[str]
    offered: list[str]
    """Stations offered to the teams (optional or required)."""
    hours_over: list[str]
    """Stations not offered because their hours were over for every team."""


def area_zone(mission: Mission, area: Area) -> str:
    """The zone of the area's clock: that of its first station (as in route planning)."""
    first = min(area.stations)
    return str(mission.station_zone(next(s for s in mission.stations if s.id == first)))


def build_area_replan(mission: Mission, plan: Plan, area: Area, teams: list[Team],
                      routes: dict[str, Route], day: date, kind: DayKind,
                      now: time | datetime, disrupted: Disrupted,
                      elsewhere: set[str]) -> AreaReplan:
    """The problem of ``teams`` in ``area`` from ``now``; ``elsewhere``: stations visited that
    day by teams of other areas."""
    settings = mission.settings
    hours = DayHours(mission, day, kind, area_zone(mission, area),
                     mission.region(area.region).curfew)
    at = hours.wall(None, now) if isinstance(now, time) else hours.secs(now)
    cuts = disrupted.cuts

    def leg(p: Place, q: Place) -> int:
        m = travel_matrix([(p.lat, p.lon), (q.lat, q.lon)], settings.travel, [p.stop, q.stop])
        return _cut_leg(int(m[0, 1]), p.id, q.id, cuts)

    pool = [hours.stations[s] for s in area.stations]
    homes = {t.id: _home(mission, t, area, hours, routes[t.id]) for t in teams}
    states = {t.id: team_at_now(routes[t.id], at, hours, homes[t.id], leg,
                                delay=disrupted.delays.get(t.id, 0), lost=t.id in disrupted.lost,
                                closed=disrupted.closed, cuts=cuts) for t in teams}
    busy = elsewhere | {v.station for s in states.values() for v in s.kept}
    minutes, visit = _day_minutes(mission, kind)
    cands = select_candidates(pool, {r.id: r for r in mission.regions},
                              count=candidate_count(len(teams), minutes, visit + 15, len(pool)),
                              seed=plan.seed, area=area.id, day=day)
    score = {c.station.id: c.score for c in cands}
    left = {v.station for s in states.values() for v in s.remaining if v.station in hours.stations}
    offered = sorted(s for s in set(score) | left if s not in busy and s not in disrupted.closed)
    builder = _Builder(hours, at, [t for t in teams if t.id not in disrupted.lost], states, homes,
                       offered, score, cuts)
    job = builder.build(area.id)
    return AreaReplan(job, hours, at, states, builder.notes, offered, builder.hours_over)


class _Builder:
    """Sites, travel and teams of the re-plan problem (one instance per area)."""

    def __init__(self, hours: DayHours, now: int, teams: list[Team],
                 states: dict[str, TeamAtNow], homes: dict[str, Place], offered: list[str],
                 score: dict[str, int], cuts: tuple[RoadCut, ...]) -> None:
        self.hours, self.now, self.teams, self.states = hours, now, teams, states
        self.settings = hours.mission.settings
        self.offered, self.score = offered, score
        self.notes: list[str] = []
        self.hours_over: list[str] = []
        n = len(teams)
        commissions = sorted({hours.stations[s].commission_name for s in offered}
                             | {hours.stations[v.station].commission_name for s in states.values()
                                for v in s.kept if v.activity is Activity.CLOSING})
        self.places = ([replace(states[t.id].place, stop=False) for t in teams]
                       + [homes[t.id] for t in teams] + [hours.place(s) for s in offered]
                       + [hours.place(f"commission:{c}") for c in commissions])
        self.point = {s: 2 * n + j for j, s in enumerate(offered)}
        self.point |= {f"commission:{c}": 2 * n + len(offered) + j
                       for j, c in enumerate(commissions)}
        loose = {s.id for s in hours.mission.stations if s.approximate}
        matrix = travel_matrix([(p.lat, p.lon) for p in self.places], self.settings.travel,
                               [p.stop for p in self.places], [p.id in loose for p in self.places])
        for k, team in enumerate(teams):  # at a station's door: no drive, no stop overhead
            door = self.point.get(states[team.id].place.id or "")
            if door is not None:
                matrix[k, door] = 0
        self.matrix = _cut_matrix(matrix, [p.id for p in self.places], cuts)
        self.stops: list[Stop] = []
        self.sites: list[solvers.Site] = []
        self.points: list[int] = []

    def build(self, area: str) -> AreaDay:
        """The area's :class:`AreaDay` from now."""
        hours, n = self.hours, len(self.teams)
        for k in range(2 * n):
            p = self.places[k]
            self._add(Stop(None, None, str(hours.zone), p.lat, p.lon), solvers.Site(), k)
        taken: set[str] = set()
        if hours.election:
            for k, team in enumerate(self.teams):
                self._opening(k, team, taken)
            originals = {t.id: self._original_count(t) for t in self.teams}
            for k, team in enumerate(self.teams):
                others = {s for t, s in originals.items() if t != team.id and s is not None}
                self._counting(k, team, taken, others)
        ready = min((self.states[t.id].free for t in self.teams), default=self.now)
        for s in self.offered:
            if s in taken:
                continue
            station = hours.stations[s]
            lo, hi = ((hours.opens(station), hours.closes(station) - hours.service)
                      if hours.election else hours.office())
            if hi < ready:
                self.hours_over.append(s)
                continue
            activity = Activity.VOTING if hours.election else Activity.PRE_ELECTION
            self._add(self._stop(s, activity),
                      solvers.Site(self.score.get(s, DEFAULT_SCORE), hours.service, ((lo, hi),)),
                      self.point[s])
        idx = np.array(self.points, dtype=np.intp)
        problem = solvers.Problem(travel=self.matrix[np.ix_(idx, idx)], sites=tuple(self.sites),
                                  teams=tuple(self._team(k, t) for k, t in enumerate(self.teams)))
        return AreaDay(area, hours.day, str(hours.zone), problem, tuple(self.stops),
                       tuple(t.id for t in self.teams), bonus=REQUIRED_BONUS)

    def _team(self, k: int, team: Team) -> solvers.Team:
        """Start where the team is free, when it is free; lunch if still to be taken."""
        state, n = self.states[team.id], len(self.teams)
        lunch = self.settings.lunch
        breaks: tuple[solvers.Break, ...] = ()
        if lunch is not None and lunch.minutes > 0 and not state.lunch_taken:
            latest = self.hours.wall(None, lunch.latest)
            if latest >= state.free:
                breaks = (solvers.Break(self.hours.wall(None, lunch.earliest), latest,
                                        60 * lunch.minutes),)
        home = int(self.matrix[k, n + k]) + sum(b.duration for b in breaks)
        return solvers.Team(k, n + k, (state.free, max(self.hours.shift_end, state.free + home)),
                            breaks)

    def _opening(self, k: int, team: Team, taken: set[str]) -> None:
        """Keep the team's opening if it is still to come and can be reached."""
        state = self.states[team.id]
        s = next((v.station for v in state.remaining if v.activity is Activity.OPENING), None)
        if s is None or not self.settings.observe_opening:
            return
        if s not in self.point:
            self.notes.append(f"team {team.id}: no opening (station {s} is closed)")
            return
        before = 60 * self.settings.arrive_before_opening_minutes
        start = self.hours.opens(self.hours.stations[s]) - before
        if state.free + int(self.matrix[k, self.point[s]]) > start:
            self.notes.append(f"team {team.id}: the opening at {s} can no longer be reached")
            return
        taken.add(s)
        self._add(self._stop(s, Activity.OPENING),
                  solvers.Site(self.score.get(s, DEFAULT_SCORE) + REQUIRED_BONUS,
                               before + self.hours.service,
                               ((start, start),), frozenset({k}), required=True), self.point[s])

    def _original_count(self, team: Team) -> str | None:
        """The station of the team's closing and counting still to come in the plan."""
        return next((v.station for v in self.states[team.id].remaining
                     if v.activity is Activity.CLOSING), None)

    def _counting(self, k: int, team: Team, taken: set[str], others: set[str]) -> None:
        """Closing and counting: kept, else the original station, else the best free one
        (not another team's original)."""
        state, settings = self.states[team.id], self.settings
        done = next((v.station for v in state.kept if v.activity is Activity.CLOSING), None)
        if done is not None or not settings.observe_counting:
            counted = any(v.activity is Activity.COUNTING for v in state.kept)
            if (done is not None and counted and settings.protocol_trip
                    and not any(v.activity is Activity.PROTOCOL for v in state.kept)):
                self._protocol(k, done)
            return
        original = self._original_count(team)
        chosen = original if original is not None and self._can_count(k, original, taken) \
            else None
        if chosen is None:
            ok = [s for s in self.offered if s not in others and self._can_count(k, s, taken)]
            home = len(self.teams) + k
            chosen = min(ok, key=lambda s: (int(self.matrix[self.point[s], home])
                                            - 6 * self.score.get(s, DEFAULT_SCORE), s),
                         default=None)
            self._counting_note(team.id, original, chosen)
        if chosen is None:
            return
        taken.add(chosen)
        svc = self.hours.service
        start = self.hours.closes(self.hours.stations[chosen]) - svc
        self._add(self._stop(chosen, Activity.COUNTING, closing=svc),
                  solvers.Site(self.score.get(chosen, DEFAULT_SCORE) + REQUIRED_BONUS,
                               svc + 60 * settings.counting_minutes, ((start, start),),
                               frozenset({k}), required=True), self.point[chosen])
        if settings.protocol_trip:
            self._protocol(k, chosen)

    def _can_count(self, k: int, s: str, taken: set[str]) -> bool:
        """Free, reachable by one visit before closing, and back home before the shift ends."""
        if s in taken or s not in self.point:
            return False
        settings, state = self.settings, self.states[self.teams[k].id]
        closes = self.hours.closes(self.hours.stations[s])
        protocol = (PROTOCOL_MINUTES + 30) * 60 if settings.protocol_trip else 0
        p = self.point[s]
        return (state.free + int(self.matrix[k, p]) <= closes - self.hours.service
                and closes + 60 * settings.counting_minutes + int(self.matrix[p, len(self.teams)
                                                                              + k])
                + protocol <= self.hours.shift_end)

    def _counting_note(self, team: str, original: str | None, chosen: str | None) -> None:
        if original is None:
            what = "the plan had no closing and counting for it"
        elif original not in self.point:
            what = f"station {original} is closed"
        else:
            what = f"its closing and counting at {original} can no longer be reached"
        then = (f"closing and counting moved to {chosen}" if chosen is not None
                else "no other station is left for closing and counting")
        self.notes.append(f"team {team}: {what}; {then}")

    def _protocol(self, k: int, counted_at: str) -> None:
        """The protocol trip to the commission of the team's counting station."""
        station = self.hours.stations[counted_at]
        name = f"commission:{station.commission_name}"
        opens = self.hours.closes(station) + 60 * self.settings.counting_minutes
        self._add(Stop(name, Activity.PROTOCOL, str(self.hours.mission.station_zone(station)),
                       *self._latlon(name)),
                  solvers.Site(REQUIRED_BONUS, PROTOCOL_MINUTES * 60,
                               ((opens, self.hours.shift_end),),
                               frozenset({k}), required=True), self.point[name])

    def _latlon(self, name: str) -> tuple[float, float]:
        p = self.places[self.point[name]]
        return p.lat, p.lon

    def _stop(self, s: str, activity: Activity, closing: int = 0) -> Stop:
        st = self.hours.stations[s]
        return Stop(s, activity, str(self.hours.mission.station_zone(st)), st.lat, st.lon,
                    closing)

    def _add(self, stop: Stop, site: solvers.Site, point: int) -> None:
        self.stops.append(stop)
        self.sites.append(site)
        self.points.append(point)


def _home(mission: Mission, team: Team, area: Area, hours: DayHours, route: Route) -> Place:
    """Where the team starts and ends its day, as route planning chose it.

    Its base when that lies in the area's region, else the centre of the area's stations --
    unless it could not reach its opening from there in time: then planning had it stay the
    night next to its opening station.
    """
    bases: dict[str, Base] = {b.id: b for b in mission.bases}
    base = bases.get(team.base or "")
    if base is not None and base.region == area.region:
        return Place(base.id, base.lat, base.lon, stop=False)
    pool = [hours.stations[s] for s in area.stations]
    centre = Place(None, round(float(np.mean([s.lat for s in pool])), 6),
                   round(float(np.mean([s.lon for s in pool])), 6), stop=False)
    opening = next((v for v in route.visits if v.activity is Activity.OPENING), None)
    if opening is None:
        return centre
    st = hours.stations[opening.station]
    settings = mission.settings
    leg = int(np.rint(drive_seconds(haversine_km(centre.lat, centre.lon, st.lat, st.lon),
                                    settings.travel))) + 60 * settings.travel.stop_overhead_minutes
    if hours.day_start + leg > hours.secs(opening.start):
        return Place(None, st.lat, st.lon, stop=False)
    return centre


def _day_minutes(mission: Mission, kind: DayKind) -> tuple[int, int]:
    """Minutes of observation in the day and of one visit (as the candidate draw counts)."""
    s = mission.settings
    if kind is DayKind.ELECTION_DAY:
        opens, closes, visit = s.polling_opens, s.polling_closes, s.service_minutes_election_day
    else:
        opens, closes, visit = s.office_opens, s.office_closes, s.service_minutes_pre_election
    return (closes.hour * 60 + closes.minute) - (opens.hour * 60 + opens.minute), visit


def _cut_leg(seconds: int, p: str | None, q: str | None, cuts: tuple[RoadCut, ...]) -> int:
    for cut in cuts:
        if cut.joins(p, q):
            seconds = IMPASSABLE if cut.extra_minutes is None else seconds + 60 * cut.extra_minutes
    return seconds


def _cut_matrix(matrix: np.ndarray, ids: list[str | None],
                cuts: tuple[RoadCut, ...]) -> np.ndarray:
    """``matrix`` with every leg between the two places of a cut made impassable or slower."""
    for cut in cuts:
        a = [i for i, p in enumerate(ids) if p == cut.a]
        b = [i for i, p in enumerate(ids) if p == cut.b]
        for one, two in ((a, b), (b, a)):
            if one and two:
                block = np.ix_(one, two)
                matrix[block] = (IMPASSABLE if cut.extra_minutes is None
                                 else matrix[block] + 60 * cut.extra_minutes)
    return matrix
