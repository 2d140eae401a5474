"""Where each team is at the re-plan's "now", and what of its route is already settled.

The rule (also in docs/planning.md, "Re-planning"):

1. Visits that ended by now are **done**: kept exactly as they are.
2. A team **observing** a station (its visit has started) finishes that visit, and a closing
   its count: kept; it is free there when the visit ends, plus any delay.
3. A team **waiting** at a station's door (arrived, the visit not started: early for the
   opening or the closing) is free there from now, plus any delay; that visit is re-planned
   with the rest (an opening or a counting stays required, so it usually stays).
4. A team **on the road** carries on to the stop it is driving to. If its visit there starts
   as soon as it arrives, it observes it as planned: kept, later by the delay (and by the
   extra minutes of a slowed road) as far as the station's hours allow. Otherwise (it would
   wait for the hours, or the delay makes it miss them) it is free at that door from its
   arrival, and the visit is re-planned.
5. ...unless that stop was closed, the road to it was cut, or the team is lost: then it turns
   back, and is free at the place it left once it has driven back as long as it had driven
   (``now + (now - left)``, plus any delay). Safe: it can always do that.
6. A team that has **not left** its base is there, free from ``max(now, day start)`` plus any
   delay. A team with nothing left to observe is (or will be) home.
7. A **lost** team stops at now: a visit being observed is cut short at now, nothing comes
   after it, and its return is unknown.
8. At a station **closed** at now, a visit being observed is cut short the same way, and the
   team is free at its door.

Lunch: taken already when a gap of the settled part had room for it (in its time window);
otherwise it is still to be taken, if it can still start.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta, tzinfo
from functools import cached_property
from zoneinfo import ZoneInfo

import numpy as np

from missionplanner.model import Activity, DayKind, Mission, PollingStation, Route, Visit
from missionplanner.planning.disruptions import RoadCut
from missionplanner.planning.routes import LATEST_RETURN, to_seconds


@dataclass(frozen=True)
class Place:
    """A point a team can be at: a station, a commission, a base, or an area's centre."""

    id: str | None
    """Station id, ``commission:<name>``, base id; None for an area's centre."""
    lat: float
    lon: float
    stop: bool = True
    """A station or commission: legs that end here carry the stop overhead."""


class DayHours:
    """One area's day: seconds since local midnight in its zone, hours and places of stops."""

    def __init__(self, mission: Mission, day: date, kind: DayKind, zone: str,
                 curfew: time | None) -> None:
        self.mission, self.day, self.kind = mission, day, kind
        self.zone = ZoneInfo(zone)
        self.midnight = datetime.combine(day, time(0), tzinfo=self.zone)
        s = mission.settings
        self.election = kind is DayKind.ELECTION_DAY
        self.service = 60 * (s.service_minutes_election_day if self.election
                             else s.service_minutes_pre_election)
        self.day_start = self.wall(None, s.day_starts)
        end = self.wall(None, curfew) if curfew is not None else LATEST_RETURN
        if not self.election:
            end = min(end, self.wall(None, s.office_closes) + 4 * 3600)
        self.shift_end = end
        self.stations = {st.id: st for st in mission.stations}

    def wall(self, station: PollingStation | None, moment: time) -> int:
        """Wall-clock ``moment`` at ``station`` (or in the area's zone) in seconds."""
        tz = self.mission.station_zone(station) if station is not None else self.zone
        return to_seconds(datetime.combine(self.day, moment, tzinfo=tz), self.midnight)

    def secs(self, moment: datetime) -> int:
        """An aware time in seconds since the area's midnight."""
        return to_seconds(moment, self.midnight)

    def at(self, seconds: int, zone: tzinfo | None = None) -> datetime:
        """Seconds since midnight as an aware time in ``zone`` (default: the area's)."""
        return (self.midnight + timedelta(seconds=seconds)).astimezone(zone or self.zone)

    def opens(self, station: PollingStation) -> int:
        """When polling opens at ``station``."""
        return self.wall(station, station.opens or self.mission.settings.polling_opens)

    def closes(self, station: PollingStation) -> int:
        """When polling closes at ``station``."""
        return self.wall(station, station.closes or self.mission.settings.polling_closes)

    def office(self) -> tuple[int, int]:
        """Earliest and latest start of a pre-election visit."""
        s = self.mission.settings
        lo, hi = self.wall(None, s.office_opens), self.wall(None, s.office_closes)
        return lo, max(lo, hi - self.service)

    def latest_start(self, visit: Visit) -> int | None:
        """Latest start of ``visit``'s observation; None when it must start exactly on time."""
        if visit.activity is Activity.VOTING:
            return self.closes(self.stations[visit.station]) - self.service
        if visit.activity is Activity.PRE_ELECTION:
            return self.office()[1]
        if visit.activity is Activity.PROTOCOL:
            return self.shift_end
        return None

    def place(self, station: str) -> Place:
        """Where a stop is: a station, or a commission (the centre of its stations)."""
        if station.startswith("commission:"):
            lat, lon = self.commissions[station.removeprefix("commission:")]
            return Place(station, lat, lon)
        st = self.stations[station]
        return Place(station, st.lat, st.lon)

    @cached_property
    def commissions(self) -> dict[str, tuple[float, float]]:
        """Centre of each territorial commission's stations (where protocols are handed over)."""
        points: dict[str, list[tuple[float, float]]] = {}
        for st in self.mission.stations:
            points.setdefault(st.commission_name, []).append((st.lat, st.lon))
        return {c: (float(np.mean([p[0] for p in pts])), float(np.mean([p[1] for p in pts])))
                for c, pts in points.items()}


@dataclass
class TeamAtNow:
    """A team's route split at now: settled visits, where it is free, and what is left."""

    team: str
    kept: list[Visit]
    """Done, in progress and committed visits, exactly as the new plan keeps them."""
    remaining: list[Visit]
    """The original plan's visits after those: to re-plan."""
    place: Place
    free: int
    """From when (seconds since the area's midnight) the team can leave ``place``."""
    left_base: bool
    """It had left its base by now: the new route keeps the original departure."""
    how: str
    """The rule that placed it, in words (for the notes)."""
    lost: bool = False
    lunch_taken: bool = False
    back_if_idle: datetime | None = None
    """Its return when nothing more is planned for it (it is, or will be, home)."""
    slowed: list[str] = field(default_factory=list)


Leg = Callable[[Place, Place], int]
"""Seconds to drive from one place to another (with the stop overhead on arrival)."""


def team_at_now(route: Route, now: int, hours: DayHours, home: Place, leg: Leg, *,
                delay: int = 0, lost: bool = False, closed: frozenset[str] = frozenset(),
                cuts: Sequence[RoadCut] = ()) -> TeamAtNow:
    """Apply the module's rule to ``route`` at ``now`` (seconds since the area's midnight)."""
    visits = route.visits
    done = [v for v in visits if hours.secs(v.end) <= now]
    i = len(done)
    departed = route.departure is not None and hours.secs(route.departure) <= now
    state = TeamAtNow(route.team, list(done), list(visits[i:]), home, 0, departed or bool(done),
                      "", lost)
    if i == len(visits):
        _finished(state, route, now, hours, delay)
    elif hours.secs(visits[i].arrival) <= now:
        _at_station(state, route, i, now, hours, delay, lost, closed)
    elif not state.left_base:
        state.free, state.how = max(now, hours.day_start) + delay, "at its base"
    else:
        _on_the_road(state, route, i, now, hours, home, delay, lost, closed, cuts)
    if not lost:
        state.lunch_taken = _lunch_taken(route, state.kept, hours, home, leg)
    return state


def _finished(state: TeamAtNow, route: Route, now: int, hours: DayHours, delay: int) -> None:
    """Nothing left to observe: home, or on the way there (a delay pushes the return)."""
    back = route.returns
    if state.lost:
        state.how, state.back_if_idle = "stopped", None
    elif back is None or hours.secs(back) <= now:
        state.how, state.back_if_idle = "home", back
        state.free = max(now, hours.day_start) + delay
    else:
        state.how = "on its way home"
        state.free = hours.secs(back) + delay
        state.back_if_idle = back + timedelta(seconds=delay)


def _at_station(state: TeamAtNow, route: Route, i: int, now: int, hours: DayHours, delay: int,
                lost: bool, closed: frozenset[str]) -> None:
    """Rules 2, 3, 7 and 8: the team is at ``route.visits[i]``."""
    visits = route.visits
    cur = visits[i]
    group = _with_count(visits, i)
    state.place = hours.place(cur.station)
    state.free = now + (0 if lost else delay)
    if hours.secs(cur.start) > now:
        state.how = f"waiting at {cur.station}"
        return
    if lost or cur.station in closed:
        state.kept.append(Visit(station=cur.station, activity=cur.activity,
                                arrival=cur.arrival, start=cur.start,
                                end=hours.at(now, cur.end.tzinfo)))
        state.remaining = list(visits[i + len(group):])
        state.how = f"at {cur.station}, cut short at now"
        return
    state.kept += group
    state.remaining = list(visits[i + len(group):])
    state.free = hours.secs(group[-1].end) + delay
    state.how = f"at {cur.station}"


def _on_the_road(state: TeamAtNow, route: Route, i: int, now: int, hours: DayHours,
                 home: Place, delay: int, lost: bool, closed: frozenset[str],
                 cuts: Sequence[RoadCut]) -> None:
    """Rules 4 and 5: the team left its last place and drives to ``route.visits[i]``."""
    visits = route.visits
    cur = visits[i]
    prev = visits[i - 1] if i else None
    origin = hours.place(prev.station) if prev is not None else home
    left = hours.secs(prev.end if prev is not None else route.departure)  # type: ignore[arg-type]
    target = hours.place(cur.station)
    blocked = [c for c in cuts if c.extra_minutes is None and c.joins(origin.id, target.id)]
    if lost:
        state.place, state.how = origin, f"on the road to {cur.station}"
        return
    if cur.station in closed or blocked:
        why = f"{cur.station} closed" if cur.station in closed else "road cut"
        state.place, state.how = origin, f"turned back to {origin.id or 'its base'} ({why})"
        state.free = now + (now - left) + delay
        return
    late = delay + sum(60 * (c.extra_minutes or 0) for c in cuts
                       if c.joins(origin.id, target.id))
    group = _with_count(visits, i)
    shifted = _shift(group, late, hours)
    state.place = target
    if shifted is None:
        state.free = hours.secs(cur.arrival) + late
        state.how = f"on the road to the door of {cur.station}"
        return
    state.kept += shifted
    state.remaining = list(visits[i + len(group):])
    state.free = hours.secs(shifted[-1].end)
    state.how = f"on the road to {cur.station}"


def _with_count(visits: Sequence[Visit], i: int) -> list[Visit]:
    """The visit at ``i``, and the count after it when it is a closing."""
    cur = visits[i]
    nxt = visits[i + 1] if i + 1 < len(visits) else None
    if (cur.activity is Activity.CLOSING and nxt is not None
            and nxt.activity is Activity.COUNTING and nxt.station == cur.station):
        return [cur, nxt]
    return [cur]


def _shift(group: list[Visit], late: int, hours: DayHours) -> list[Visit] | None:
    """``group`` reached ``late`` seconds later; None when the team would wait for the visit
    to start, or it then misses the station's hours."""
    cur = group[0]
    if cur.start > cur.arrival:
        return None
    if late == 0:
        return list(group)
    latest = hours.latest_start(cur)
    start = hours.secs(cur.start) + late
    if latest is None or start > latest:
        return None
    step = timedelta(seconds=late)
    return [Visit(station=v.station, activity=v.activity, arrival=v.arrival + step,
                  start=v.start + step, end=v.end + step) for v in group]


def _lunch_taken(route: Route, kept: list[Visit], hours: DayHours, home: Place,
                 leg: Leg) -> bool:
    """Whether a gap of the settled part had room for lunch within its window."""
    lunch = hours.mission.settings.lunch
    if lunch is None or lunch.minutes <= 0 or not kept or route.departure is None:
        return False
    earliest, latest = hours.wall(None, lunch.earliest), hours.wall(None, lunch.latest)
    length = 60 * lunch.minutes
    prev, leave = home, hours.secs(route.departure)
    for v in kept:
        here = hours.place(v.station)
        reach = hours.secs(v.start)
        if (max(leave, earliest) <= min(latest, reach - length)
                and reach - leave >= leg(prev, here) + length):
            return True
        prev, leave = here, hours.secs(v.end)
    return False
