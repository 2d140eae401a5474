"""The planning service: teams, deployment, selection and routes for a whole mission.

Areas and days are independent problems; they are solved in parallel worker processes (not
threads: OR-Tools' search can hold the GIL), with one progress stream and a cancel flag.
"""

from __future__ import annotations

import os
import time as clock
from dataclasses import dataclass, field
from datetime import UTC, date, datetime

from missionplanner import messages as m
from missionplanner.errors import SettingsError
from missionplanner.geo import TravelTable
from missionplanner.messages import app_errors as e
from missionplanner.messages import say
from missionplanner.model import DayKind, MadeWith, Mission, Plan, Route, TravelTableRef
from missionplanner.planning.area_day import AreaDay, TeamStart, build_area_day
from missionplanner.planning.area_inputs import fresh_inputs, record_of, route_seed
from missionplanner.planning.budget import Budget, budgets, dispatch_order, solve_with_budget
from missionplanner.planning.checks import check_settings, check_team_count
from missionplanner.planning.deployment import Deployment, deploy
from missionplanner.planning.fingerprint import with_fingerprint
from missionplanner.planning.left_out import AreaDayOutcome, Deployed, left_out
from missionplanner.planning.legs import Travel
from missionplanner.planning.places import Places
from missionplanner.planning.protocols import CancelFlag, PlanProgress, ProgressSink
from missionplanner.planning.rules import DayRules
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
        raise SettingsError(say(e.NOT_OBSERVATION_DAYS,
                                days=sorted(set(days) - {d.date for d in wanted})))
    check_settings(mission, [d.date for d in wanted])
    formation = form_teams(mission)
    since = stats.add("teams", since)
    check_team_count(len(formation.teams), len(mission.stations))
    deployment = deploy(mission, formation.teams, by=request.deploy_by)
    notes = list(formation.notes)
    since = stats.add("deployment", since)
    travel = Travel.of(mission, request.travel_table)
    places = Places(mission)
    jobs = [job for day in wanted for job in _jobs(mission, deployment, day.date, day.kind, seed,
                                                  travel, places, stats)]
    stats.area_days, stats.sites = len(jobs), sum(len(j.stops) for j in jobs)
    since = clock.perf_counter()
    plans = budgets([route_seed(seed, j.area, j.day) for j in jobs],
                    time_limit=request.time_limit, max_iterations=request.iterations,
                    teams=[len(j.teams) for j in jobs])
    results, cancelled = _run(jobs, plans, progress, cancel, workers, stats.workers)
    since = stats.add("search", since)
    routes: list[Route] = []
    outcomes: dict[date, dict[str, AreaDayOutcome]] = {d.date: {} for d in wanted}
    for job, result in zip(jobs, results, strict=True):
        if result is None:
            notes.append(say(m.AREA_NOTE, area=job.area, day=job.day, note=say(m.CANCELLED)))
            continue
        routes += result.routes
        notes += [say(m.AREA_NOTE, area=job.area, day=job.day, note=n) for n in result.notes]
        outcomes[job.day][job.area] = AreaDayOutcome(len(job.teams), frozenset(job.scores),
                                                     result.left_out)
    deployed = Deployed(deployment.areas, _team_counts(deployment))
    missing = []
    for day in wanted:
        visited = {v.station for r in routes if r.day == day.date for v in r.visits}
        missing += left_out(mission, deployed, day.date, deployment.areas.values(), visited,
                            outcomes[day.date])
    plan = Plan(
        mission=mission.id, seed=seed, created_at=datetime.now(UTC),
        teams=deployment.teams, assignments=deployment.assignments,
        routes=sorted(routes, key=lambda r: (r.day, r.team)),
        left_out=sorted(missing, key=lambda lo: (lo.day, lo.station)),
        notes=notes, mission_file=request.mission_file,
        made_with=MadeWith(days=[d.date for d in wanted], time_limit=request.time_limit,
                           iterations=request.iterations, deploy_by=request.deploy_by,
                           travel_table=_table_ref(request.travel_table),
                           cancelled=cancelled),
        area_days=sorted((record_of(j) for j, r in zip(jobs, results, strict=True)
                          if r is not None), key=lambda a: (a.day, a.area)))
    plan = with_fingerprint(mission, plan)
    stats.add("assembly", since)
    return plan, cancelled


def _team_counts(deployment: Deployment) -> dict[str, int]:
    counts: dict[str, int] = {}
    for team in deployment.teams:
        if team.area:
            counts[team.area] = counts.get(team.area, 0) + 1
    return counts


def _table_ref(table: TravelTable | None) -> TravelTableRef | None:
    if table is None:
        return None
    return TravelTableRef(file=table.source or "", digest=table.digest, places=len(table.ids))


def _jobs(mission: Mission, deployment: Deployment, day: date, kind: DayKind, seed: int,
          travel: Travel, places: Places, stats: PlanStats) -> list[AreaDay]:
    """One problem per area with teams out on ``day``: every team at home when the day
    starts, nothing done yet."""
    since = clock.perf_counter()
    stations = places.stations
    regions = {r.id: r for r in mission.regions}
    bases = {b.id: b for b in mission.bases}
    available = {o.id for o in mission.observers
                 if o.available_days is None or day in o.available_days}
    out = []
    for area in deployment.areas.values():
        teams = [t for t in deployment.teams_in(area.id)
                 if any(m in available for m in t.members)]
        if not teams:
            continue
        inputs = fresh_inputs(mission, area, teams, day, kind, seed, stations, regions, bases)
        since = stats.add("selection", since)
        rules = DayRules.of(mission, area, day, kind, inputs.zone, stations)
        starts = [TeamStart(t.id, inputs.homes[t.id][0], rules.day_start, *inputs.homes[t.id])
                  for t in teams]
        out.append(build_area_day(rules, area.id, starts, list(inputs.candidates),
                                  inputs.candidates, travel, places, may_move_home=True))
        since = stats.add("areas", since)
    return out


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
