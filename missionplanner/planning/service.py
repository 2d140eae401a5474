"""The planning service: teams, deployment, selection and routes for a whole mission.

Areas and days are independent problems; they are solved in parallel worker processes (not
threads: OR-Tools' search can hold the GIL), with one progress stream and a cancel flag.
"""

from __future__ import annotations

import os
import time as clock
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time

import numpy as np

from missionplanner.errors import SettingsError
from missionplanner.geo import TravelTable, haversine_km
from missionplanner.model import (
    Base,
    DayKind,
    LeftOut,
    Mission,
    ObservationDay,
    Plan,
    PollingStation,
    Route,
    Team,
)
from missionplanner.planning.areas import Area
from missionplanner.planning.budget import Budget, budgets, dispatch_order, solve_with_budget
from missionplanner.planning.checks import check_settings, check_team_count
from missionplanner.planning.deployment import DAY_TRIP_KM, Deployment, deploy
from missionplanner.planning.protocols import CancelFlag, PlanProgress, ProgressSink
from missionplanner.planning.routes import AreaDay, build_area_day
from missionplanner.planning.selection import (
    candidate_count,
    is_must_cover,
    select_candidates,
    stable_seed,
)
from missionplanner.planning.teams import form_teams
from missionplanner.planning.translate import AreaResult
from missionplanner.planning.workers import WorkerStats, run_in_workers, warm_up


@dataclass
class PlanStats:
    """Where the time of one :func:`plan_mission` went."""

    phases: dict[str, float] = field(default_factory=dict)
    """Wall seconds per phase: teams, deployment, selection, areas (building the problems),
    search (solving, read-back in the workers included) and assembly (the ``Plan``)."""
    workers: WorkerStats = field(default_factory=WorkerStats)
    """What the worker processes cost (empty when everything ran in this process)."""
    area_days: int = 0
    sites: int = 0
    """Sites of every area-day problem together."""

    def add(self, phase: str, since: float) -> float:
        """Add the time since ``since`` (``time.perf_counter()``) to ``phase``; return now."""
        now = clock.perf_counter()
        self.phases[phase] = self.phases.get(phase, 0.0) + now - since
        return now


@dataclass(frozen=True)
class PlanRequest:
    """What to plan, and how hard to search (frozen: a run is fully described by it)."""

    mission: Mission
    seed: int | None = None
    """None: the mission's seed."""
    days: tuple[date, ...] | None = None
    """None: every observation day."""
    time_limit: float | None = None
    """None (the default): reproducible, the search is bounded by work, not by the clock;
    else seconds of search per area and day ("best within N s": not reproducible)."""
    iterations: int | None = None
    """Search iterations per area and day (None: the planner's default)."""
    workers: int | None = None
    """Processes (None: every core)."""
    travel_table: TravelTable | None = None
    """Replaces the estimated travel time of every leg between two places it names."""
    deploy_by: str = "voters"
    """Share the teams out in proportion to ``voters`` or ``stations``."""
    mission_file: str | None = None
    """Recorded in the plan (``Plan.mission_file``) so that the plan finds its mission."""


@dataclass(frozen=True)
class PlanResult:
    """The plan, where the time went, and whether it was cancelled (areas then missing)."""

    plan: Plan
    stats: PlanStats
    cancelled: bool


def plan_mission(request: PlanRequest, *, progress: ProgressSink | None = None,
                 cancel: CancelFlag | None = None) -> PlanResult:
    """Plan ``request.mission``: teams, deployment, station selection and routes.

    Area-days are solved in worker processes (``request.workers``), ``progress`` is called
    in this process after each. A set ``cancel`` stops the search: areas already running keep
    their best routes so far, the others stay unplanned (and ``cancelled`` is true). Raises
    :class:`SettingsError` for days that are not observation days or settings no plan can
    honour.
    """
    stats = PlanStats()
    plan, cancelled = _plan(request, progress, cancel, stats)
    return PlanResult(plan, stats, cancelled)


def _plan(request: PlanRequest, progress: ProgressSink | None, cancel: CancelFlag | None,
          stats: PlanStats) -> tuple[Plan, bool]:
    """The plan of ``request``; and whether it was cancelled."""
    mission, days, workers = request.mission, request.days, request.workers
    since = clock.perf_counter()
    if (workers or os.cpu_count() or 1) > 1:
        warm_up()  # the worker processes' fork server imports the solver meanwhile
    seed = mission.seed if request.seed is None else request.seed
    wanted = [d for d in mission.observation_days if days is None or d.date in set(days)]
    if days is not None and len(wanted) != len(set(days)):
        raise SettingsError(f"days {sorted(set(days) - {d.date for d in wanted})} are not "
                            "observation days of the mission")
    check_settings(mission, [d.date for d in wanted])
    formation = form_teams(mission)
    since = stats.add("teams", since)
    check_team_count(len(formation.teams), len(mission.stations))
    deployment = deploy(mission, formation.teams, by=request.deploy_by)
    notes = list(formation.notes)
    since = stats.add("deployment", since)
    jobs = [job for day in wanted for job in _jobs(mission, deployment, day.date, day.kind, seed,
                                                  request.travel_table, stats)]
    stats.area_days, stats.sites = len(jobs), sum(len(j.stops) for j in jobs)
    since = clock.perf_counter()
    plans = budgets([stable_seed("routes", seed, j.area, j.day) % 2**31 for j in jobs],
                    time_limit=request.time_limit, max_iterations=request.iterations,
                    teams=[len(j.teams) for j in jobs])
    results, cancelled = _run(jobs, plans, progress, cancel, workers, stats.workers)
    since = stats.add("search", since)
    routes: list[Route] = []
    left: dict[tuple[str, date], str] = {}
    for job, result in zip(jobs, results, strict=True):
        if result is None:
            notes.append(f"{job.area} on {job.day}: not planned (cancelled)")
            continue
        routes += result.routes
        notes += [f"{job.area} on {job.day}: {n}" for n in result.notes]
        left.update({(s, job.day): why for s, why in result.left_out.items()})
    plan = Plan(
        mission=mission.id, seed=seed, created_at=datetime.now(UTC),
        teams=deployment.teams, assignments=deployment.assignments,
        routes=sorted(routes, key=lambda r: (r.day, r.team)),
        left_out=_must_cover_left_out(mission, deployment, wanted, routes, left),
        notes=notes, mission_file=request.mission_file,
        settings_used={"seed": seed, "time_limit_per_area": request.time_limit,
                       "reproducible": request.time_limit is None,
                       "max_iterations": request.iterations,
                       "deploy_by": request.deploy_by,
                       "days": [d.date.isoformat() for d in wanted], "cancelled": cancelled})
    stats.add("assembly", since)
    return plan, cancelled


def _jobs(mission: Mission, deployment: Deployment, day: date, kind: DayKind, seed: int,
          table: TravelTable | None = None, stats: PlanStats | None = None) -> list[AreaDay]:
    """One problem per area with teams available on ``day``."""
    stats = PlanStats() if stats is None else stats
    since = clock.perf_counter()
    settings = mission.settings
    stations = {s.id: s for s in mission.stations}
    regions = {r.id: r for r in mission.regions}
    bases = {b.id: b for b in mission.bases}
    available = {o.id for o in mission.observers
                 if o.available_days is None or day in o.available_days}
    if kind is DayKind.ELECTION_DAY:
        minutes = _span(settings.polling_opens, settings.polling_closes)
        visit = settings.service_minutes_election_day
    else:
        minutes = _span(settings.office_opens, settings.office_closes)
        visit = settings.service_minutes_pre_election
    out = []
    for area in deployment.areas.values():
        teams = [t for t in deployment.teams_in(area.id)
                 if any(m in available for m in t.members)]
        if not teams:
            continue
        pool = [stations[s] for s in area.stations]
        count = candidate_count(len(teams), minutes, visit + 15, len(pool))
        cands = select_candidates(pool, regions, count=count, seed=seed, area=area.id, day=day)
        since = stats.add("selection", since)
        depots = {t.id: depot(t, area, bases, pool) for t in teams}
        base_ids = {t.id: t.base for t in teams
                    if t.base in bases and depots[t.id] == (bases[t.base].lat, bases[t.base].lon)}
        out.append(build_area_day(mission, area.id, day, kind, teams, cands, depots,
                                  base_ids=base_ids, table=table))
        since = stats.add("areas", since)
    return out


def depot(team: Team, area: Area, bases: dict[str, Base],
           pool: list[PollingStation]) -> tuple[float, float]:
    """The team's base when it lies in the area's region or within a day trip of the area
    (:data:`~.deployment.DAY_TRIP_KM`), else the centre of the area."""
    base = bases.get(team.base or "")
    centre = (round(float(np.mean([s.lat for s in pool])), 6),
              round(float(np.mean([s.lon for s in pool])), 6))
    if base is not None and (base.region == area.region or float(haversine_km(
            base.lat, base.lon, *centre)) <= DAY_TRIP_KM):
        return (base.lat, base.lon)
    return centre


def _run(jobs: list[AreaDay], plans: list[Budget],
         progress: ProgressSink | None, cancel: CancelFlag | None,
         workers: int | None,
         stats: WorkerStats | None = None) -> tuple[list[AreaResult | None], bool]:
    """Solve every job (in worker processes when there are several) and report progress."""
    results: list[AreaResult | None] = [None] * len(jobs)
    covered = 0

    def done(i: int, result: AreaResult) -> None:
        nonlocal covered
        results[i] = result
        covered += sum(len(r.visits) for r in result.routes)
        if progress is not None:
            progress(PlanProgress(sum(r is not None for r in results), len(jobs), covered,
                                  f"{jobs[i].area} {jobs[i].day}"))

    n = min(workers or os.cpu_count() or 1, len(jobs))
    order = dispatch_order([len(j.stops) for j in jobs])
    if n <= 1:
        for i in order:
            if cancel is not None and cancel.is_set():
                return results, True
            result = solve_with_budget(jobs[i], plans[i], cancel)
            assert isinstance(result, AreaResult)
            done(i, result)
        return results, bool(cancel is not None and cancel.is_set())
    cancelled = run_in_workers(solve_with_budget, [jobs[i] for i in order],
                               [plans[i] for i in order], n,
                               lambda k, result: done(order[k], result), cancel, stats)
    return results, cancelled


def _key(job: AreaDay) -> str:
    return job.area + "@" + job.day.isoformat()


def _span(start: time, end: time) -> int:
    return (end.hour * 60 + end.minute) - (start.hour * 60 + start.minute)


def _must_cover_left_out(mission: Mission, deployment: Deployment, days: list[ObservationDay],
                         routes: list[Route], left: dict[tuple[str, date], str]) -> list[LeftOut]:
    """Every flagged station not visited on a planned day, with the reason."""
    visited = {(v.station, r.day) for r in routes for v in r.visits}
    area_of = {s: a for a in deployment.areas.values() for s in a.stations}
    manned = {t.area for t in deployment.teams}
    out = []
    for day in days:
        for station in mission.stations:
            if not is_must_cover(station) or (station.id, day.date) in visited:
                continue
            area = area_of[station.id]
            if area.id not in manned:
                reason = f"no team is deployed to {area.name}"
            else:
                reason = left.get((station.id, day.date),
                                  "not drawn among the candidates (more flagged stations than "
                                  "the area's teams can visit)")
            out.append(LeftOut(station=station.id, day=day.date, reason=reason))
    return out
