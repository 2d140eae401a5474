"""One area on one observation day as a :class:`solvers.Problem`, and what each site stands for.

Times are whole seconds since local midnight in the area's zone (a station in another zone,
abroad, has its own hours converted). Sites are, in this order: the teams' bases (depots), then
per team the required opening and closing/counting sites, an optional protocol trip, then the
candidate stations as optional visits.

Election day, for a team (when the settings ask for it):

* **opening** at a station near its base: service starts exactly ``arrive_before_opening``
  minutes before opening (the team may arrive earlier and wait) and lasts through the opening
  and one ordinary visit;
* **visits** to candidates: service starts after opening and ends by closing;
* **closing and counting** at a station near its base: service starts one visit before closing
  and lasts through the count; the shift ends at the region's curfew, if any;
* **protocol trip** after the count to the territorial commission (the centre of its
  stations).

Pre-election days visit precinct commissions in office hours. Lunch is a :class:`solvers.Break`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import numpy as np

import solvers
from missionplanner.geo import TravelTable, drive_seconds, haversine_km, travel_matrix
from missionplanner.model import Activity, DayKind, Mission, PollingStation, Team
from missionplanner.planning.selection import Candidate

PROTOCOL_MINUTES = 60
"""Time at the territorial commission while the protocol is handed over."""
LATEST_RETURN = 30 * 3600
"""Without a curfew, teams are back by 06:00 the next morning."""
REQUIRED_BONUS = 2000
"""Least extra score of a required site (opening, counting, protocol trip); at least twice the
best candidate's score (as in :mod:`.replan_area`). The search ranks plans by score, and an
opening or a counting is worth no more than the visit or two it crowds out: without the bonus
the search (solvers at 48d0ac1) ended 16 of ODIHR 2019's 17 areas on a plan without some of
them (158 of 338), and only an earlier, poorer plan served them all; with it none, and the
plan covers 3 % more (100 iterations per area: score 235,836 against 229,212, 2,406 visits
against 2,328)."""


@dataclass(frozen=True)
class Stop:
    """What a site of the problem stands for (``station`` is None for a base)."""

    station: str | None
    activity: Activity | None
    zone: str
    lat: float
    lon: float
    closing: int = 0
    """For a counting site: seconds of closing observed before the count starts."""
    base: str | None = None
    """For a depot: the id of the base it is, if it is one (not the centre of an area)."""


@dataclass(frozen=True)
class AreaDay:
    """Everything needed to solve one area on one day and to read the solution back."""

    area: str
    day: date
    zone: str
    problem: solvers.Problem
    stops: tuple[Stop, ...]
    teams: tuple[str, ...]
    notes: tuple[str, ...] = field(default_factory=tuple)
    bonus: int = 0
    """Extra score of every required site (:data:`REQUIRED_BONUS`), not the stations' own."""

    def midnight(self) -> datetime:
        """Local midnight of the day in the area's zone: time zero of the problem."""
        return datetime.combine(self.day, time(0), tzinfo=ZoneInfo(self.zone))


def build_area_day(mission: Mission, area: str, day: date, kind: DayKind, teams: Sequence[Team],
                   candidates: Sequence[Candidate],
                   depots: dict[str, tuple[float, float]], *,
                   base_ids: dict[str, str] | None = None,
                   table: TravelTable | None = None) -> AreaDay:
    """The problem of ``teams`` visiting ``candidates`` in ``area`` on ``day``.

    ``depots`` gives each team's start and end point (its base, or the area's centre), and
    ``base_ids`` the id of that base, so that a travel-time ``table`` loaded from a file can
    replace the estimate for every leg between places it names.
    """
    settings = mission.settings
    zone = str(mission.station_zone(candidates[0].station)) if candidates else "UTC"
    clock = _Clock(mission, day, zone)
    region = mission.region(candidates[0].station.region) if candidates else None
    stops: list[Stop] = []
    sites: list[solvers.Site] = []
    base: dict[str, int] = {}
    notes: list[str] = []
    openings: dict[str, int] = {}
    if kind is DayKind.ELECTION_DAY and settings.observe_opening and candidates:
        depots, openings = _openings(mission, day, teams, candidates, depots, base_ids or {},
                                     notes)
    for team in teams:
        point = depots[team.id]
        found = [i for i, s in enumerate(stops) if (s.lat, s.lon) == point]
        if not found:
            stops.append(Stop(None, None, zone, *point, base=(base_ids or {}).get(team.id)))
            sites.append(solvers.Site())
        base[team.id] = found[0] if found else len(stops) - 1
    day_start = clock.secs(None, settings.day_starts)
    shift_end = clock.secs(None, region.curfew) if region and region.curfew else LATEST_RETURN
    election = kind is DayKind.ELECTION_DAY
    svc = 60 * (settings.service_minutes_election_day if election
                else settings.service_minutes_pre_election)
    opens = [clock.secs(c.station, c.station.opens or settings.polling_opens) for c in candidates]
    closes = [clock.secs(c.station, c.station.closes or settings.polling_closes)
              for c in candidates]
    taken: set[int] = set(openings.values())
    bonus = max(REQUIRED_BONUS, 2 * max((c.score for c in candidates), default=0))
    if election and candidates and (settings.observe_opening or settings.observe_counting):
        n_depots = len(stops)
        points = [(s.lat, s.lon) for s in stops] + [(c.station.lat, c.station.lon)
                                                    for c in candidates]
        stop_flags = [False] * n_depots + [True] * len(candidates)
        loose = [False] * n_depots + [c.station.approximate for c in candidates]
        rough = travel_matrix(points, settings.travel, stop_flags, loose)
        from_cand = rough[n_depots:, :n_depots].T
        before = 60 * settings.arrive_before_opening_minutes
        counting = 60 * settings.counting_minutes
        protocol = (PROTOCOL_MINUTES + 30) * 60 if settings.protocol_trip else 0
        for k, team in enumerate(teams):
            b = base[team.id]
            if team.id in openings:
                i = openings[team.id]
                start = opens[i] - before
                stops.append(_stop(candidates[i], Activity.OPENING, mission))
                sites.append(solvers.Site(candidates[i].score + bonus, before + svc,
                                          ((start, start),), frozenset({k}), required=True))
            if settings.observe_counting:
                legs = from_cand[b]
                ok = [i for i in range(len(candidates)) if i not in taken
                      and closes[i] + counting + legs[i] + protocol <= shift_end]
                last = _best(ok, legs, candidates)
                if last is None:
                    notes.append(f"team {team.id}: no candidate station is left for closing "
                                 "and counting that lets the team back before the shift ends")
                    continue
                i = last
                taken.add(i)
                c = candidates[i]
                start = closes[i] - svc
                stops.append(_stop(c, Activity.COUNTING, mission, closing=svc))
                sites.append(solvers.Site(c.score + bonus, svc + counting, ((start, start),),
                                          frozenset({k}), required=True))
                if settings.protocol_trip:
                    lat, lon = _commission_centre(mission, c.station)
                    stops.append(Stop(f"commission:{c.station.commission_name}", Activity.PROTOCOL,
                                      stops[-1].zone, lat, lon))
                    sites.append(solvers.Site(bonus, PROTOCOL_MINUTES * 60,
                                              ((closes[i] + counting, shift_end),),
                                              frozenset({k}), required=True))
    if election:
        for i, c in enumerate(candidates):
            if i not in taken:
                stops.append(_stop(c, Activity.VOTING, mission))
                sites.append(solvers.Site(c.score, svc, ((opens[i], closes[i] - svc),)))
    else:
        office = clock.secs(None, settings.office_opens), clock.secs(None, settings.office_closes)
        last = max(office[0], office[1] - svc)
        for c in candidates:
            stops.append(_stop(c, Activity.PRE_ELECTION, mission))
            sites.append(solvers.Site(c.score, svc, ((office[0], last),)))
        shift_end = min(shift_end, office[1] + 4 * 3600)
    breaks: tuple[solvers.Break, ...] = ()
    if settings.lunch is not None and settings.lunch.minutes > 0:
        lunch = settings.lunch
        breaks = (solvers.Break(clock.secs(None, lunch.earliest), clock.secs(None, lunch.latest),
                                60 * lunch.minutes),)
    is_stop = np.array([s.station is not None for s in stops])
    approximate = {c.station.id for c in candidates if c.station.approximate}
    matrix = travel_matrix([(s.lat, s.lon) for s in stops], settings.travel, is_stop,
                           [s.station in approximate for s in stops])
    if table is not None:
        overhead = np.where(is_stop, 60 * settings.travel.stop_overhead_minutes, 0)
        matrix = table.overlay([s.station or s.base for s in stops], matrix, overhead)
    problem = solvers.Problem(
        travel=matrix, sites=tuple(sites),
        teams=tuple(solvers.Team(base[t.id], base[t.id], (day_start, shift_end), breaks)
                    for t in teams))
    return AreaDay(area, day, zone, problem, tuple(stops), tuple(t.id for t in teams),
                   tuple(notes), bonus)


def _openings(mission: Mission, day: date, teams: Sequence[Team],
              candidates: Sequence[Candidate], depots: dict[str, tuple[float, float]],
              base_ids: dict[str, str],
              notes: list[str]) -> tuple[dict[str, tuple[float, float]], dict[str, int]]:
    """Each team's opening candidate, and where it starts from.

    A team takes the free candidate best placed for it among those it reaches in time (see
    :func:`_best`). A team without a base of its own (at the area's centre) that reaches none
    stays overnight next to the free candidate nearest that centre, and opens there.
    """
    settings = mission.settings
    clock = _Clock(mission, day, str(mission.station_zone(candidates[0].station)))
    latest = np.array([clock.secs(c.station, c.station.opens or settings.polling_opens)
                       for c in candidates]) - 60 * settings.arrive_before_opening_minutes
    lat = np.array([c.station.lat for c in candidates])
    lon = np.array([c.station.lon for c in candidates])
    overhead = 60 * settings.travel.stop_overhead_minutes
    start = clock.secs(None, settings.day_starts)
    out: dict[str, tuple[float, float]] = dict(depots)
    chosen: dict[str, int] = {}
    for team in teams:
        legs = np.rint(drive_seconds(haversine_km(*out[team.id], lat, lon), settings.travel)
                       ).astype(np.int64) + overhead
        free = [i for i in range(len(candidates)) if i not in chosen.values()]
        i = _best([i for i in free if start + legs[i] <= latest[i]], legs, candidates)
        if i is None and team.id not in base_ids and free:
            i = min(free, key=lambda j: (int(legs[j]), candidates[j].station.id))
            out[team.id] = (float(lat[i]), float(lon[i]))
            where = candidates[i].station.settlement or candidates[i].station.id
            notes.append(f"team {team.id}: no base within reach of an opening; stays "
                         f"overnight in {where}")
        if i is None:
            notes.append(f"team {team.id}: no station can be reached for the opening")
        else:
            chosen[team.id] = i
    return out, chosen


class _Clock:
    """Local wall-clock times on one day as seconds since midnight in the area's zone."""

    def __init__(self, mission: Mission, day: date, zone: str) -> None:
        self.mission, self.day, self.zone = mission, day, ZoneInfo(zone)
        self.midnight = datetime.combine(day, time(0), tzinfo=self.zone)

    def secs(self, station: PollingStation | None, moment: time) -> int:
        """``moment`` at ``station`` (or in the area's zone) in seconds since midnight."""
        tz = self.mission.station_zone(station) if station is not None else self.zone
        return to_seconds(datetime.combine(self.day, moment, tzinfo=tz), self.midnight)


def _best(ok: list[int], legs: np.ndarray, candidates: Sequence[Candidate]) -> int | None:
    """The candidate nearest the base, a flagged one worth about 50 minutes of detour."""
    if not ok:
        return None
    return min(ok, key=lambda i: (int(legs[i]) - 6 * candidates[i].score,
                                  candidates[i].station.id))


def _stop(c: Candidate, activity: Activity, mission: Mission, closing: int = 0) -> Stop:
    return Stop(c.station.id, activity, str(mission.station_zone(c.station)), c.station.lat,
                c.station.lon, closing)


def _commission_centre(mission: Mission, station: PollingStation) -> tuple[float, float]:
    same = [s for s in mission.stations if s.commission_name == station.commission_name]
    return (float(np.mean([s.lat for s in same])), float(np.mean([s.lon for s in same])))


def to_seconds(moment: datetime, midnight: datetime) -> int:
    """Seconds from ``midnight`` to an aware ``moment``."""
    return int((moment - midnight) / timedelta(seconds=1))
