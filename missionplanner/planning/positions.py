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
6. A team that has **not left** its base (or has no visit at all) is there, free from
   ``max(now, day start)`` plus any delay. A team with nothing left to observe is (or will
   be) home.
7. A **lost** team stops at now: a visit being observed is cut short at now, nothing comes
   after it, and its return is unknown.
8. At a station **closed** at now, a visit being observed is cut short the same way, and the
   team is free at its door.

Lunch: taken already when a gap of the settled part had room for it (in its time window);
otherwise it is still to be taken, if it can still start.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta, tzinfo

from missionplanner import messages as m
from missionplanner.messages import say
from missionplanner.model import Activity, Route, Visit
from missionplanner.planning.disruptions import RoadCut
from missionplanner.planning.legs import Travel
from missionplanner.planning.places import Place, Places
from missionplanner.planning.rules import DayRules


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


@dataclass(frozen=True)
class Day:
    """What the rule needs of the area's day: its rules, places and travel."""

    rules: DayRules
    places: Places
    travel: Travel

    def secs(self, moment: datetime) -> int:
        """An aware time on the area's clock."""
        return self.rules.clock.secs(moment)

    def at(self, seconds: int, zone: tzinfo | None = None) -> datetime:
        """Seconds on the area's clock as an aware time (in ``zone``, default the area's)."""
        return self.rules.clock.at(seconds, zone)

    def place(self, stop: str) -> Place:
        """Where a stop is."""
        return self.places.of(stop)


def team_at_now(route: Route, now: int, day: Day, home: Place, *, delay: int = 0,
                lost: bool = False, closed: frozenset[str] = frozenset()) -> TeamAtNow:
    """Apply the module's rule to ``route`` at ``now`` (seconds since the area's midnight)."""
    cuts = day.travel.cuts
    visits = route.visits
    done = [v for v in visits if day.secs(v.end) <= now]
    i = len(done)
    departed = route.departure is not None and day.secs(route.departure) < now
    state = TeamAtNow(route.team, list(done), list(visits[i:]), home, 0, departed or bool(done),
                      "", lost)
    if not visits:
        state.free, state.how = max(now, day.rules.day_start) + delay, say(m.AT_BASE)
        state.back_if_idle = route.returns
    elif i == len(visits):
        _finished(state, route, now, day, delay)
    elif day.secs(visits[i].arrival) <= now:
        _at_station(state, route, i, now, day, delay, lost, closed)
    elif not state.left_base:
        state.free, state.how = max(now, day.rules.day_start) + delay, say(m.AT_BASE)
    else:
        _on_the_road(state, route, i, now, day, home, delay, lost, closed, cuts)
    if not lost:
        state.lunch_taken = _lunch_taken(route, state.kept, day, home)
    return state


def _finished(state: TeamAtNow, route: Route, now: int, day: Day, delay: int) -> None:
    """Nothing left to observe: home, or on the way there (a delay pushes the return)."""
    back = route.returns
    if state.lost:
        state.how, state.back_if_idle = say(m.STOPPED), None
    elif back is None or day.secs(back) <= now:
        state.how, state.back_if_idle = say(m.HOME), back
        state.free = max(now, day.rules.day_start) + delay
    else:
        state.how = say(m.ON_WAY_HOME)
        state.free = day.secs(back) + delay
        state.back_if_idle = back + timedelta(seconds=delay)


def _at_station(state: TeamAtNow, route: Route, i: int, now: int, day: Day, delay: int,
                lost: bool, closed: frozenset[str]) -> None:
    """Rules 2, 3, 7 and 8: the team is at ``route.visits[i]``."""
    visits = route.visits
    cur = visits[i]
    group = _with_count(visits, i)
    state.place = day.place(cur.station)
    state.free = now + (0 if lost else delay)
    if day.secs(cur.start) > now:
        state.how = say(m.WAITING_AT, station=cur.station)
        return
    if lost or cur.station in closed:
        state.kept.append(Visit(station=cur.station, activity=cur.activity,
                                arrival=cur.arrival, start=cur.start,
                                end=day.at(now, cur.end.tzinfo)))
        state.remaining = list(visits[i + len(group):])
        state.how = say(m.CUT_SHORT, station=cur.station)
        return
    state.kept += group
    state.remaining = list(visits[i + len(group):])
    state.free = day.secs(group[-1].end) + delay
    state.how = say(m.AT_STATION, station=cur.station)


def _on_the_road(state: TeamAtNow, route: Route, i: int, now: int, day: Day,
                 home: Place, delay: int, lost: bool, closed: frozenset[str],
                 cuts: Sequence[RoadCut]) -> None:
    """Rules 4 and 5: the team left its last place and drives to ``route.visits[i]``."""
    visits = route.visits
    cur = visits[i]
    prev = visits[i - 1] if i else None
    origin = day.place(prev.station) if prev is not None else home
    left = day.secs(prev.end if prev is not None else route.departure)  # type: ignore[arg-type]
    target = day.place(cur.station)
    blocked = [c for c in cuts if c.extra_minutes is None and c.joins(origin.id, target.id)]
    if lost:
        state.place, state.how = origin, say(m.ON_ROAD_TO, station=cur.station)
        return
    if cur.station in closed or blocked:
        why = f"{cur.station} closed" if cur.station in closed else "road cut"
        state.place, state.how = origin, f"turned back to {origin.id or 'its base'} ({why})"
        state.free = now + (now - left) + delay
        return
    late = delay + sum(60 * (c.extra_minutes or 0) for c in cuts
                       if c.joins(origin.id, target.id))
    group = _with_count(visits, i)
    shifted = _shift(group, late, day)
    state.place = target
    if shifted is None:
        state.free = day.secs(cur.arrival) + late
        state.how = f"on the road to the door of {cur.station}"
        return
    state.kept += shifted
    state.remaining = list(visits[i + len(group):])
    state.free = day.secs(shifted[-1].end)
    state.how = f"on the road to {cur.station}"


def _with_count(visits: Sequence[Visit], i: int) -> list[Visit]:
    """The visit at ``i``, and the count after it when it is a closing."""
    cur = visits[i]
    nxt = visits[i + 1] if i + 1 < len(visits) else None
    if (cur.activity is Activity.CLOSING and nxt is not None
            and nxt.activity is Activity.COUNTING and nxt.station == cur.station):
        return [cur, nxt]
    return [cur]


def _shift(group: list[Visit], late: int, day: Day) -> list[Visit] | None:
    """``group`` reached ``late`` seconds later; None when the team would wait for the visit
    to start, or it then misses the station's hours."""
    cur = group[0]
    if cur.start > cur.arrival:
        return None
    if late == 0:
        return list(group)
    latest = day.rules.latest_start(cur)
    start = day.secs(cur.start) + late
    if latest is None or start > latest:
        return None
    step = timedelta(seconds=late)
    return [Visit(station=v.station, activity=v.activity, arrival=v.arrival + step,
                  start=v.start + step, end=v.end + step) for v in group]


def _lunch_taken(route: Route, kept: list[Visit], day: Day, home: Place) -> bool:
    """Whether a gap of the settled part had room for lunch within its window."""
    lunch = day.rules.lunch()
    if lunch is None or not kept or route.departure is None:
        return False
    earliest, latest, length = lunch
    prev, leave = home, day.secs(route.departure)
    for v in kept:
        here = day.place(v.station)
        reach = day.secs(v.start)
        if (max(leave, earliest) <= min(latest, reach - length)
                and reach - leave >= day.travel.leg(prev, here) + length):
            return True
        prev, leave = here, day.secs(v.end)
    return False
