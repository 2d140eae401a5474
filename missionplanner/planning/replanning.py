"""Re-planning one observation day after a disruption, from the teams' positions at "now".

``replan(ReplanRequest(mission, plan, disruptions, now=...))`` returns a new :class:`Plan` and
what changed. Only the areas the disruptions touch are solved again: an area of a delayed or
lost team, of a closed station still to be visited, of a route that still has to take a cut
road. Inside those, every team
starts from where :mod:`.positions` puts it (done, in-progress and committed visits are kept
exactly); the routes of the other areas do not change. The notes say what changed and why;
``settings_used["replans"]`` records each re-plan (day, now, disruptions, budget).
"""

from __future__ import annotations

import time as clock
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from itertools import pairwise
from zoneinfo import ZoneInfo

import solvers
from missionplanner.model import Activity, LeftOut, Mission, Plan, Route, Team, Visit
from missionplanner.planning.areas import Area, build_areas
from missionplanner.planning.disruptions import (
    Closure,
    Delay,
    Disruption,
    LostTeam,
    ReplanError,
    RoadCut,
)
from missionplanner.planning.fingerprint import with_fingerprint
from missionplanner.planning.positions import TeamAtNow
from missionplanner.planning.protocols import CancelFlag
from missionplanner.planning.replan_area import (
    AreaReplan,
    Disrupted,
    area_zone,
    build_area_replan,
)
from missionplanner.planning.selection import is_must_cover, stable_seed
from missionplanner.planning.translate import REASONS, AreaResult, solve_area_day

DEFAULT_TIME_LIMIT = 1.0
"""Seconds of route search per touched area: a re-plan answers within about two seconds."""
DEFAULT_ITERATIONS = 30
"""Search iterations per touched area in the reproducible mode (the default)."""


@dataclass(frozen=True)
class ReplanRequest:
    """One re-plan: the day of ``plan`` to re-plan from ``now`` after ``disruptions``."""

    mission: Mission
    plan: Plan
    disruptions: tuple[Disruption, ...]
    """Delay(team, minutes), Closure(station), RoadCut(a, b, extra_minutes|None), LostTeam."""
    now: time | datetime
    """A wall-clock time in each touched area's own zone, or an aware datetime."""
    day: date | None = None
    """None: the plan's only day."""
    time_limit: float | None = None
    """None (the default): reproducible (bounded by iterations); else seconds per area."""
    iterations: int | None = None
    """Search iterations per touched area (None: :data:`DEFAULT_ITERATIONS`)."""


@dataclass(frozen=True)
class ReplanResult:
    """The new plan, the areas solved again, and what changed and why, line by line."""

    plan: Plan
    areas_touched: tuple[str, ...]
    changes: tuple[str, ...]


def replan(request: ReplanRequest, *, cancel: CancelFlag | None = None) -> ReplanResult:
    """Re-plan ``request.day`` of ``request.plan`` from ``request.now``.

    Raises :class:`ReplanError` for an unknown team, station, place or day, no disruption,
    or a ``now`` after the day's routes are over. A set ``cancel`` ends each area's search
    with its best plan so far.
    """
    started = clock.perf_counter()
    mission, plan, now = request.mission, request.plan, request.now
    disruptions = _as_list(request.disruptions)
    deterministic = request.time_limit is None
    time_limit = DEFAULT_TIME_LIMIT if request.time_limit is None else request.time_limit
    if time_limit <= 0:
        raise ReplanError(f"the time limit must be positive, not {time_limit}")
    if plan.mission != mission.id:
        raise ReplanError(f"the plan was made for mission {plan.mission!r}, not {mission.id!r}")
    if isinstance(now, datetime) and now.tzinfo is None:
        raise ReplanError("now must be a wall-clock time or a datetime with its time zone")
    day = _pick_day(plan, request.day)
    kind = next((d.kind for d in mission.observation_days if d.date == day), None)
    if kind is None:
        raise ReplanError(f"{day} is not an observation day of mission {mission.id!r}")
    routes = {r.team: r for r in plan.routes_on(day)}
    disrupted = _index(mission, plan, routes, day, disruptions)
    areas = {a.id: a for a in build_areas(mission)}
    area_of = _areas_of_teams(plan, routes, areas)
    _check_now(mission, routes, area_of, areas, day, now)
    touched, notes = _touched(mission, plan, routes, area_of, areas, day, now, disruptions)
    when = _hhmm(now)
    notes.insert(0, f"re-plan of {day} from {when}: "
                    + "; ".join(d.describe() for d in disruptions))
    new_routes = dict(routes)
    station_area = {s: a.id for a in areas.values() for s in a.stations}
    left_out = [lo for lo in plan.left_out
                if lo.day != day or station_area.get(lo.station) not in touched]
    iterations = request.iterations or (DEFAULT_ITERATIONS if deterministic else None)
    stop = solvers.Cancel(cancel) if cancel is not None else None
    for area_id in sorted(touched):
        area = areas[area_id]
        teams = [t for t in plan.teams if area_of.get(t.id) == area_id]
        elsewhere = {v.station for t, r in routes.items() if area_of.get(t) != area_id
                     for v in r.visits}
        job = build_area_replan(mission, plan, area, teams, routes, day, kind, now, disrupted,
                                elsewhere)
        params = solvers.SolveParams(
            time_limit=time_limit, deterministic=deterministic, num_workers=1,
            max_iterations=iterations,
            seed=stable_seed("replan", plan.seed, area_id, day.isoformat(), job.now) % 2**31,
            descent_limit=min(0.3, time_limit / 3))
        result = (solve_area_day(job.job, params, stop) if job.job.teams
                  else AreaResult(area_id, [], notes=["no team is left to re-plan"]))
        solved = dict(zip(job.job.teams, result.routes, strict=True))
        for team in teams:
            new_routes[team.id] = _assemble(job.states[team.id], routes[team.id],
                                            solved.get(team.id))
        notes += [f"{area.name} on {day}: {n}" for n in job.notes + result.notes]
        notes += [f"{area.name} on {day}: {n}"
                  for n in _changes(job, teams, routes, new_routes, when)]
        left_out += _left_out(mission, area, day, job, result, new_routes, teams, disrupted,
                              plan.left_out, when)
    record = {"day": day.isoformat(), "now": now.isoformat(),
              "disruptions": [d.record() for d in disruptions], "areas": sorted(touched),
              "time_limit": None if deterministic else time_limit,
              "deterministic": deterministic, "max_iterations": iterations,
              "seconds": round(clock.perf_counter() - started, 2)}
    previous = plan.settings_used.get("replans")
    used = dict(plan.settings_used)
    used["replans"] = [*(previous if isinstance(previous, list) else []), record]
    others = [r for r in plan.routes if r.day != day]
    new = Plan(mission=plan.mission, seed=plan.seed, created_at=datetime.now(UTC),
               teams=plan.teams, assignments=plan.assignments,
               routes=sorted([*others, *new_routes.values()], key=lambda r: (r.day, r.team)),
               left_out=sorted(left_out, key=lambda lo: (lo.day, lo.station)),
               notes=[*plan.notes, *notes], mission_file=plan.mission_file,
               settings_used=used)
    new = with_fingerprint(mission, new)
    return ReplanResult(new, tuple(sorted(touched)), tuple(notes))


def _as_list(disruptions: Sequence[Disruption]) -> list[Disruption]:
    out = list(disruptions)
    if not out:
        raise ReplanError("say what happened: a delay, a closed station, a cut road or a "
                          "lost team")
    return out


def _pick_day(plan: Plan, day: date | None) -> date:
    days = sorted({r.day for r in plan.routes})
    if day is None:
        if len(days) != 1:
            raise ReplanError("the plan has days " + ", ".join(map(str, days))
                              + ": say which one to re-plan")
        return days[0]
    if day not in days:
        raise ReplanError(f"the plan has no routes on {day} (its days: "
                          + (", ".join(map(str, days)) or "none") + ")")
    return day


def _index(mission: Mission, plan: Plan, routes: dict[str, Route], day: date,
           disruptions: list[Disruption]) -> Disrupted:
    """The disruptions checked against the plan and the mission, indexed."""
    teams = [t.id for t in plan.teams]
    stations = {s.id for s in mission.stations}
    places = stations | {b.id for b in mission.bases}
    delays: dict[str, int] = {}
    for d in disruptions:
        if isinstance(d, Delay | LostTeam):
            if d.team not in teams:
                raise ReplanError(f"unknown team {d.team!r} (the plan's teams: "
                                  f"{_some(teams)})")
            if d.team not in routes:
                raise ReplanError(f"team {d.team} has no route on {day}")
        if isinstance(d, Delay):
            if not 0 < d.minutes <= 24 * 60:
                raise ReplanError(f"a delay is 1 to 1440 minutes, not {d.minutes}")
            delays[d.team] = delays.get(d.team, 0) + 60 * d.minutes
        if isinstance(d, Closure) and d.station not in stations:
            raise ReplanError(f"unknown station {d.station!r}: the mission has no such station")
        if isinstance(d, RoadCut):
            for p in (d.a, d.b):
                if p not in places:
                    raise ReplanError(f"unknown place {p!r} in the road cut: give station or "
                                      "base ids")
            if d.a == d.b:
                raise ReplanError(f"a road joins two places, not {d.a!r} to itself")
            if d.extra_minutes is not None and d.extra_minutes <= 0:
                raise ReplanError("a slowed road takes some minutes more, not "
                                  f"{d.extra_minutes}")
    return Disrupted(delays=delays,
                     lost=frozenset(d.team for d in disruptions if isinstance(d, LostTeam)),
                     closed=frozenset(d.station for d in disruptions if isinstance(d, Closure)),
                     cuts=tuple(d for d in disruptions if isinstance(d, RoadCut)))


def _some(names: list[str], n: int = 8) -> str:
    return ", ".join(names[:n]) + (f" and {len(names) - n} more" if len(names) > n else "")


def _areas_of_teams(plan: Plan, routes: dict[str, Route], areas: dict[str, Area]) -> dict[str, str]:
    """Each team's area, from the plan (the team's own, else its assignment)."""
    out = {a.team: a.area for a in plan.assignments}
    out |= {t.id: t.area for t in plan.teams if t.area}
    missing = sorted(t for t in routes if out.get(t) not in areas)
    if missing:
        raise ReplanError(f"teams {_some(missing)} are deployed to areas the mission does not "
                          "have (edited since planning?)")
    return out


def _moment(mission: Mission, area: Area, day: date, now: time | datetime) -> datetime:
    if isinstance(now, datetime):
        return now
    return datetime.combine(day, now, tzinfo=ZoneInfo(area_zone(mission, area)))


def _hhmm(now: time | datetime) -> str:
    return f"{now:%H:%M}"


def _check_now(mission: Mission, routes: dict[str, Route], area_of: dict[str, str],
               areas: dict[str, Area], day: date, now: time | datetime) -> None:
    """A ``now`` after every route of the day is back leaves nothing to re-plan."""
    backs = [(r.returns, _moment(mission, areas[area_of[t]], day, now))
             for t, r in routes.items() if r.returns is not None]
    if backs and all(at >= back for back, at in backs):
        last = max(back for back, _ in backs)
        raise ReplanError(f"{_hhmm(now)} is after the end of {day}: every route is over by "
                          f"{last:%H:%M}")


def _touched(mission: Mission, plan: Plan, routes: dict[str, Route], area_of: dict[str, str],
             areas: dict[str, Area], day: date, now: time | datetime,
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
            at = _moment(mission, area, day, now)
            if isinstance(d, Closure) and any(v.station == d.station and v.end > at
                                              for v in route.visits):
                hit.add(area.id)
            if isinstance(d, RoadCut):
                base = plan_base(plan, team)
                home = base if base is not None and bases.get(base) == area.region else None
                if _uses_road(route, home, d, at):
                    hit.add(area.id)
        if not hit:
            notes.append(f"{d.describe()}: no route needs it after {_hhmm(now)}; "
                         "nothing changes")
        touched |= hit
    return touched, notes


def plan_base(plan: Plan, team: str) -> str | None:
    """The base of ``team`` in the plan."""
    return next((t.base for t in plan.teams if t.id == team), None)


def _uses_road(route: Route, home: str | None, cut: RoadCut, at: datetime) -> bool:
    """Whether a leg of ``route`` that ends after ``at`` joins the cut road's places."""
    legs: list[tuple[str | None, datetime | None]] = [(home, route.departure)]
    for v in route.visits:
        if v.station != legs[-1][0]:
            legs.append((v.station, v.arrival))
    legs.append((home, route.returns))
    return any(cut.joins(p, q) and (reach is None or reach > at)
               for (p, _), (q, reach) in pairwise(legs))


def _assemble(state: TeamAtNow, original: Route, solved: Route | None) -> Route:
    """Kept visits, then the new ones; departure kept once the team has left its base."""
    if state.lost or solved is None:
        return Route(team=original.team, day=original.day,
                     departure=original.departure if state.left_base else None,
                     returns=None, visits=state.kept)
    returns = solved.returns
    if not solved.visits and state.back_if_idle is not None:
        returns = state.back_if_idle
    return Route(team=original.team, day=original.day,
                 departure=original.departure if state.left_base else solved.departure,
                 returns=returns, visits=[*state.kept, *solved.visits])


def _stations(visits: list[Visit]) -> list[str]:
    return [v.station for v in visits if v.activity is not Activity.COUNTING]


def _changes(job: AreaReplan, teams: list[Team], routes: dict[str, Route],
             new: dict[str, Route], when: str) -> list[str]:
    """One line per team: what its day after now became, and where the rule placed it."""
    owner = {v.station: t.id for t in teams for v in new[t.id].visits}
    out = []
    for team in teams:
        state = job.states[team.id]
        before = _stations(state.remaining)
        if state.lost:
            taken = [f"{s} ({owner[s]})" for s in before if s in owner]
            out.append(f"team {team.id} stops at {when} ({state.how}); of its {len(before)} "
                       f"remaining stops, {len(taken)} taken over by other teams"
                       + (": " + ", ".join(taken) if taken else ""))
            continue
        after = _stations(new[team.id].visits[len(state.kept):])
        added = [s for s in after if s not in before]
        dropped = [s for s in before if s not in after]
        if added or dropped:
            what = f"{len(after)} stops (was {len(before)})" + "".join(
                f"; {label} " + ", ".join(items)
                for label, items in (("added", added), ("dropped", dropped)) if items)
        elif [(v.station, v.start) for v in routes[team.id].visits] == \
                [(v.station, v.start) for v in new[team.id].visits]:
            what = "unchanged"
        else:
            what = "same stops, new times"
        back, was = new[team.id].returns, routes[team.id].returns
        if back is not None and was is not None and back != was:
            what += f"; back at {back:%H:%M} (was {was:%H:%M})"
        out.append(f"team {team.id}, {state.how} at {when}: {what}")
    return out


def _left_out(mission: Mission, area: Area, day: date, job: AreaReplan, result: AreaResult,
              routes: dict[str, Route], teams: list[Team], disrupted: Disrupted,
              before: list[LeftOut], when: str) -> list[LeftOut]:
    """Flagged stations of the area not visited on ``day`` after the re-plan, with reasons."""
    visited = {v.station for t in teams for v in routes[t.id].visits}
    earlier = {lo.station: lo.reason for lo in before if lo.day == day}
    members = set(area.stations)
    out = []
    for station in mission.stations:
        if station.id not in members or not is_must_cover(station) or station.id in visited:
            continue
        if station.id in disrupted.closed:
            reason = f"closed at {when} (re-plan)"
        elif station.id in result.left_out:
            reason = result.left_out[station.id]
        elif station.id in job.hours_over:
            reason = REASONS[solvers.Reason.UNREACHABLE]
        else:
            reason = earlier.get(station.id, "not drawn among the candidates (more flagged "
                                             "stations than the area's teams can visit)")
        out.append(LeftOut(station=station.id, day=day, reason=reason))
    return out

