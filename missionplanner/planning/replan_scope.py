"""What a re-plan touches: each team's area, the areas a disruption reaches, a sane "now".

An area is solved again when a disruption reaches it after now: the area of a delayed or lost
team, of a closed station still to be visited, of a route that still has to drive a cut road.
Times of day are read on each area's own clock (the zone the plan recorded for it).
"""

from __future__ import annotations

from datetime import date, datetime, time
from itertools import pairwise
from zoneinfo import ZoneInfo

from missionplanner import messages as m
from missionplanner.messages import app_errors as e
from missionplanner.messages import say
from missionplanner.model import HomeKind, Mission, Plan, Route
from missionplanner.planning.areas import Area
from missionplanner.planning.disruptions import (
    Closure,
    Delay,
    Disruption,
    LostTeam,
    ReplanError,
    RoadCut,
    some,
)
from missionplanner.planning.rules import area_zone


def hhmm(now: time | datetime) -> str:
    """``now`` as HH:MM."""
    return f"{now:%H:%M}"


def zone_of(mission: Mission, plan: Plan, area: Area, day: date) -> str:
    """The zone of the area's clock on ``day``: as the plan recorded it."""
    record = plan.area_day(area.id, day)
    return record.zone if record is not None else area_zone(mission, area)


def areas_of_teams(plan: Plan, routes: dict[str, Route], areas: dict[str, Area]) -> dict[str, str]:
    """Each team's area, from the plan (the team's own, else its assignment)."""
    out = {a.team: a.area for a in plan.assignments}
    out |= {t.id: t.area for t in plan.teams if t.area}
    missing = sorted(t for t in routes if out.get(t) not in areas)
    if missing:
        raise ReplanError(say(e.TEAMS_NO_AREA, teams=some(missing)))
    return out


def _moment(mission: Mission, plan: Plan, area: Area, day: date,
            now: time | datetime) -> datetime:
    if isinstance(now, datetime):
        return now
    return datetime.combine(day, now, tzinfo=ZoneInfo(zone_of(mission, plan, area, day)))


def check_now(mission: Mission, plan: Plan, routes: dict[str, Route], area_of: dict[str, str],
              areas: dict[str, Area], day: date, now: time | datetime) -> None:
    """A ``now`` after every route of the day is back leaves nothing to re-plan."""
    backs = [(r.returns, _moment(mission, plan, areas[area_of[t]], day, now))
             for t, r in routes.items() if r.returns is not None]
    if backs and all(at >= back for back, at in backs):
        last = max(back for back, _ in backs)
        raise ReplanError(say(e.AFTER_THE_END, now=hhmm(now), day=day, last=f"{last:%H:%M}"))


def touched_areas(mission: Mission, plan: Plan, routes: dict[str, Route],
                  area_of: dict[str, str], areas: dict[str, Area], day: date,
                  now: time | datetime,
                  disruptions: list[Disruption]) -> tuple[set[str], list[str]]:
    """The areas to solve again, and a note for each disruption that changes nothing."""
    touched: set[str] = set()
    notes: list[str] = []
    bases = {b.id: b.region for b in mission.bases}
    for d in disruptions:
        hit: set[str] = set()
        if isinstance(d, Delay | LostTeam):
            hit.add(area_of[d.team])
        for team, route in routes.items():
            area = areas[area_of[team]]
            at = _moment(mission, plan, area, day, now)
            if isinstance(d, Closure) and any(v.station == d.station and v.end > at
                                              for v in route.visits):
                hit.add(area.id)
            if isinstance(d, RoadCut) and _uses_road(route, _home_id(plan, team, area, day,
                                                                       bases), d, at):
                hit.add(area.id)
        if not hit:
            notes.append(say(m.NOTHING_CHANGES, disruption=d.describe(), time=hhmm(now)))
        touched |= hit
    return touched, notes


def _home_id(plan: Plan, team: str, area: Area, day: date, bases: dict[str, str]) -> str | None:
    """The base the team starts from (as recorded), None when it starts elsewhere."""
    record = plan.area_day(area.id, day)
    entry = next((t for t in record.teams if t.team == team), None) if record else None
    if entry is not None:
        return entry.home.place if entry.home.kind is HomeKind.BASE else None
    base = next((t.base for t in plan.teams if t.id == team), None)
    return base if base is not None and bases.get(base) == area.region else None


def _uses_road(route: Route, home: str | None, cut: RoadCut, at: datetime) -> bool:
    """Whether a leg of ``route`` that ends after ``at`` joins the cut road's places."""
    legs: list[tuple[str | None, datetime | None]] = [(home, route.departure)]
    for v in route.visits:
        if v.station != legs[-1][0]:
            legs.append((v.station, v.arrival))
    legs.append((home, route.returns))
    return any(cut.joins(p, q) and (reach is None or reach > at)
               for (p, _), (q, reach) in pairwise(legs))
