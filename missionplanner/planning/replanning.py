"""Re-planning one observation day after a disruption, from the teams' positions at "now".

``replan(ReplanRequest(mission, plan, disruptions, now=...))`` returns a new :class:`Plan` and
what changed. Only the areas the disruptions touch are solved again (:mod:`.replan_scope`).
Inside those, every team starts from where :mod:`.positions` puts it (done, in-progress and
committed visits are kept exactly) and the problem is built and solved as planning builds and
solves it (:mod:`.area_day`, :mod:`.budget`), from what the plan recorded; the routes of the
other areas do not change. The notes say what changed and why; ``Plan.replans`` records each
re-plan (day, now, disruptions, budget) and ``Plan.area_days`` the new decisions.
"""

from __future__ import annotations

import time as clock
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, time

from missionplanner import messages as m
from missionplanner.geo import TravelTable
from missionplanner.messages import app_errors as e
from missionplanner.messages import say
from missionplanner.model import Mission, Plan, ReplanRecord
from missionplanner.planning.area_inputs import route_seed
from missionplanner.planning.areas import build_areas
from missionplanner.planning.budget import Budget, budgets, solve_with_budget
from missionplanner.planning.disruptions import (
    Disruption,
    ReplanError,
    index_disruptions,
    some,
)
from missionplanner.planning.fingerprint import with_fingerprint
from missionplanner.planning.left_out import AreaDayOutcome, Deployed, left_out
from missionplanner.planning.legs import Travel
from missionplanner.planning.places import Places
from missionplanner.planning.protocols import CancelFlag
from missionplanner.planning.replan_area import build_area_replan, updated_record
from missionplanner.planning.replan_changes import assemble, changes
from missionplanner.planning.replan_scope import (
    areas_of_teams,
    check_now,
    hhmm,
    touched_areas,
)
from missionplanner.planning.translate import AreaResult

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
    travel_table: TravelTable | None = None
    """The travel-time table: required when the plan was made with one."""
    areas: tuple[str, ...] = ()
    """Areas to solve again from now even if no disruption touches them."""


@dataclass(frozen=True)
class ReplanResult:
    """The new plan, the areas solved again, and what changed and why, line by line."""

    plan: Plan
    areas_touched: tuple[str, ...]
    changes: tuple[str, ...]


def replan(request: ReplanRequest, *, cancel: CancelFlag | None = None) -> ReplanResult:
    """Re-plan ``request.day`` of ``request.plan`` from ``request.now``.

    Raises :class:`ReplanError` for an unknown team, station, place, area or day, nothing to
    re-plan, a travel table the plan was made with and that is not given, or a ``now`` after
    the day's routes are over. A set ``cancel`` ends each area's search with its best plan so
    far.
    """
    started = clock.perf_counter()
    mission, plan, now = request.mission, request.plan, request.now
    disruptions = list(request.disruptions)
    if not disruptions and not request.areas:
        raise ReplanError(say(e.SAY_WHAT))
    if request.time_limit is not None and request.time_limit <= 0:
        raise ReplanError(say(e.TIME_LIMIT, limit=request.time_limit))
    if plan.mission != mission.id:
        raise ReplanError(say(e.PLAN_FOR_OTHER, plan=repr(plan.mission), mission=repr(mission.id)))
    if isinstance(now, datetime) and now.tzinfo is None:
        raise ReplanError(say(e.NOW_ZONE))
    day = _pick_day(plan, request.day)
    kind = next((d.kind for d in mission.observation_days if d.date == day), None)
    if kind is None:
        raise ReplanError(say(e.NOT_A_DAY_OF, day=day, mission=repr(mission.id)))
    routes = {r.team: r for r in plan.routes_on(day)}
    disrupted = index_disruptions(mission, plan, routes, day, disruptions)
    areas = {a.id: a for a in build_areas(mission)}
    unknown = sorted(set(request.areas) - set(areas))
    if unknown:
        raise ReplanError(say(e.UNKNOWN_AREAS, areas=", ".join(map(repr, unknown)),
                              known=some(sorted(areas))))
    area_of = areas_of_teams(plan, routes, areas)
    check_now(mission, plan, routes, area_of, areas, day, now)
    touched, notes = touched_areas(mission, plan, routes, area_of, areas, day, now, disruptions)
    touched |= set(request.areas)
    when = hhmm(now)
    notes.insert(0, say(m.REPLAN_OF, day=day, time=when,
                        what="; ".join(d.describe() for d in disruptions))
                 if disruptions else
                 say(m.REPLAN_AREAS, day=day, time=when, areas=", ".join(sorted(request.areas))))
    notes += _travel_notes(plan, request.travel_table)
    travel = Travel.of(mission, request.travel_table, disrupted.cuts)
    places = Places(mission)
    new_routes = dict(routes)
    station_area = {s: a.id for a in areas.values() for s in a.stations}
    missing = [lo for lo in plan.left_out
               if lo.day != day or station_area.get(lo.station) not in touched]
    records = {(r.area, r.day): r for r in plan.area_days}
    budget = _budget(request)
    closed = {s: say(m.CLOSED_AT, time=when) for s in disrupted.closed}
    deployed = Deployed(areas, _team_counts(plan, area_of))
    for area_id in sorted(touched):
        area = areas[area_id]
        teams = [t for t in plan.teams if area_of.get(t.id) == area_id and t.id in routes]
        elsewhere = {v.station for t, r in routes.items() if area_of.get(t) != area_id
                     for v in r.visits}
        job = build_area_replan(mission, plan, area, teams, routes, day, kind, now, disrupted,
                                elsewhere, travel, places)
        result = (solve_with_budget(job.job, _seeded(budget, route_seed(plan.seed, area_id,
                                                                        day)), cancel)
                  if job.job.teams else AreaResult(area_id, [],
                                                   notes=[say(m.NO_TEAM_LEFT)]))
        assert isinstance(result, AreaResult)
        solved = dict(zip(job.job.teams, result.routes, strict=True))
        for team in teams:
            new_routes[team.id] = assemble(job.states[team.id], routes[team.id],
                                           solved.get(team.id))
        notes += [say(m.AREA_NOTE, area=area.name, day=day, note=n)
                  for n in job.notes + result.notes]
        notes += [say(m.AREA_NOTE, area=area.name, day=day, note=n)
                  for n in changes(job, teams, routes, new_routes, when)]
        visited = {v.station for t in teams for v in new_routes[t.id].visits}
        outcome = AreaDayOutcome(len(teams), frozenset(job.inputs.candidates), result.left_out)
        missing += left_out(mission, deployed, day, [area], visited, {area_id: outcome},
                            closed)
        records[area_id, day] = updated_record(records.get((area_id, day)), job.job,
                                               job.inputs, disrupted.lost)
    record = ReplanRecord(day=day, now=now, disruptions=[d.record() for d in disruptions],
                          areas=sorted(touched), time_limit=request.time_limit,
                          iterations=budget.params.max_iterations,
                          seconds=round(clock.perf_counter() - started, 2))
    others = [r for r in plan.routes if r.day != day]
    new = Plan(mission=plan.mission, seed=plan.seed, created_at=datetime.now(UTC),
               teams=plan.teams, assignments=plan.assignments,
               routes=sorted([*others, *new_routes.values()], key=lambda r: (r.day, r.team)),
               left_out=sorted(missing, key=lambda lo: (lo.day, lo.station)),
               notes=[*plan.notes, *notes], mission_file=plan.mission_file,
               made_with=plan.made_with,
               area_days=sorted(records.values(), key=lambda r: (r.day, r.area)),
               replans=[*plan.replans, record])
    return ReplanResult(with_fingerprint(mission, new), tuple(sorted(touched)), tuple(notes))


def _budget(request: ReplanRequest) -> Budget:
    """The search budget of every touched area (seeded per area by :func:`_seeded`)."""
    iterations = request.iterations or (DEFAULT_ITERATIONS if request.time_limit is None
                                        else None)
    return budgets([0], time_limit=request.time_limit, max_iterations=iterations,
                   teams=[1])[0]


def _seeded(budget: Budget, seed: int) -> Budget:
    return replace(budget, params=replace(budget.params, seed=seed))


def _travel_notes(plan: Plan, table: TravelTable | None) -> list[str]:
    """Check the travel table against the plan's; a note when it is another one."""
    made = plan.made_with.travel_table
    if made is not None and table is None:
        raise ReplanError(say(e.GIVE_MATRIX, path=made.file))
    if table is None:
        return []
    if made is None:
        return [say(m.TRAVEL_ESTIMATED, source=table.source or "a travel-time table")]
    if table.digest != made.digest:
        return [say(m.TRAVEL_DIFFERS, source=table.source or "a travel-time table",
                    file=made.file)]
    return []


def _team_counts(plan: Plan, area_of: dict[str, str]) -> dict[str, int]:
    counts: dict[str, int] = {}
    for team in plan.teams:
        if team.id in area_of:
            counts[area_of[team.id]] = counts.get(area_of[team.id], 0) + 1
    return counts


def _pick_day(plan: Plan, day: date | None) -> date:
    days = sorted({r.day for r in plan.routes})
    if day is None:
        if len(days) != 1:
            raise ReplanError(say(e.WHICH_DAY, days=", ".join(map(str, days))))
        return days[0]
    if day not in days:
        raise ReplanError(say(e.NO_ROUTES_ON, day=day, days=", ".join(map(str, days)) or "none"))
    return day
