"""Solve one area and day, and read the solver's routes back as the plan's timed visits."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import datetime
from zoneinfo import ZoneInfo

import solvers
from missionplanner import messages as m
from missionplanner.messages import say
from missionplanner.model import Activity, Route, Visit
from missionplanner.planning.area_day import AreaDay
from missionplanner.planning.clock import DayClock

REASONS = {
    solvers.Reason.UNREACHABLE: say(m.UNREACHABLE),
    solvers.Reason.NO_TEAM: say(m.NO_TEAM_MAY),
    solvers.Reason.NOT_WORTH: say(m.NOT_WORTH),
}


@dataclass(frozen=True)
class AreaResult:
    """The routes of one area and day, the stations left out (id -> reason), and notes."""

    area: str
    routes: list[Route]
    left_out: dict[str, str] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)
    score: int = 0
    runtime: float = 0.0


class _Complete(solvers.Callbacks):
    """Keeps the last improvement that serves every required site (the search reports each)."""

    def __init__(self, required: set[int]) -> None:
        self.required = required
        self.best: solvers.Solution | None = None

    def on_improvement(self, score: int, elapsed: float, solution: solvers.Solution) -> None:
        if self.required <= {v.site for r in solution.routes for v in r.visits}:
            self.best = solution


def solve_area_day(job: AreaDay, params: solvers.SolveParams,
                   stop: solvers.StoppingCriterion | None = None) -> AreaResult:
    """Solve ``job``; required sites that cannot be served become optional, with a note.

    Required sites carry a score bonus (:func:`.rules.required_bonus`) so that the search
    keeps them; should it still end on a plan without one, the last plan it reported that
    serves them all is taken, at no extra cost. Only when it reported none are those sites made
    optional (without their bonus) and the search tried again; every try relaxes at least one
    more site, so it ends.
    """
    notes = list(job.notes)
    problem = job.problem
    while True:
        keep = _Complete({i for i, s in enumerate(problem.sites) if s.required})
        try:
            solution = solvers.solve(problem, params=params, stop=stop, callbacks=keep)
            break
        except solvers.InfeasibleError as err:
            if keep.best is not None and not any(r is not None for r in err.sites.values()):
                solution = keep.best
                break
            new = {s: r for s, r in err.sites.items() if problem.sites[s].required}
            if not new:
                raise
            for site in sorted(new):
                stop_info = job.stops[site]
                reason = new[site]
                why = reason.value if reason is not None else "no plan serves it"
                notes.append(say(m.SITE_UNPLANNED, activity=_said(m.ACTIVITIES,
                                                                  stop_info.activity),
                                 station=stop_info.station, why=_said(m.WHY, why)))
            sites = [replace(s, required=False, score=max(0, s.score - job.bonus))
                     if i in new else s for i, s in enumerate(problem.sites)]
            problem = solvers.Problem(problem.travel, tuple(sites), problem.teams)
            job = replace(job, problem=problem)
    solution.verify(problem)
    return to_result(job, solution, notes)


def to_result(job: AreaDay, solution: solvers.Solution, notes: list[str]) -> AreaResult:
    """Routes with timezone-aware visits, and the candidate stations left out with reasons."""
    clock = job.clock()
    routes = [read_route(job, r, clock) for r in solution.routes]
    left_out = dict.fromkeys(job.unreachable, REASONS[solvers.Reason.UNREACHABLE])
    for site, reason in sorted(solution.unvisited.items()):
        stop = job.stops[site]
        if stop.station is not None and stop.activity is not Activity.PROTOCOL:
            left_out[stop.station] = REASONS[reason]
    served = sum(1 for r in solution.routes for v in r.visits
                 if job.problem.sites[v.site].required)
    return AreaResult(job.area, routes, left_out, notes, solution.score - job.bonus * served,
                      solution.runtime)


def read_route(job: AreaDay, r: solvers.Route, clock: DayClock) -> Route:
    """One solver route as the team's route: aware local times, closing and counting apart,
    leaving home as late as the first stop allows (a team with no visit stays home)."""
    if not r.visits:
        return Route(team=job.teams[r.team], day=job.day, visits=[])

    def at(seconds: int, zone: str) -> datetime:
        return clock.at(seconds, ZoneInfo(zone))

    visits: list[Visit] = []
    departure, steps = r.departure, list(r.visits)
    if steps and not any(start < steps[0].start for _, start in r.breaks):
        # leave as late as the first stop allows, instead of waiting there
        first = steps[0]
        leg = int(job.problem.travel[job.problem.teams[r.team].start, first.site])
        departure = max(departure, first.start - leg)
        steps[0] = replace(first, arrival=max(first.arrival, departure + leg))
    for v in steps:
        stop = job.stops[v.site]
        assert stop.station is not None and stop.activity is not None
        if stop.activity is Activity.COUNTING and stop.closing:
            closes = v.start + stop.closing
            visits.append(Visit(station=stop.station, activity=Activity.CLOSING,
                                arrival=at(v.arrival, stop.zone), start=at(v.start, stop.zone),
                                end=at(closes, stop.zone)))
            if v.end > closes:
                visits.append(Visit(station=stop.station, activity=Activity.COUNTING,
                                    arrival=at(closes, stop.zone), start=at(closes, stop.zone),
                                    end=at(v.end, stop.zone)))
            continue
        visits.append(Visit(station=stop.station, activity=stop.activity,
                            arrival=at(v.arrival, stop.zone), start=at(v.start, stop.zone),
                            end=at(v.end, stop.zone)))
    return Route(team=job.teams[r.team], day=job.day, departure=at(departure, job.zone),
                 returns=at(r.arrival, job.zone), visits=visits)


def _said(words: dict[str, m.Template], word: object) -> str:
    """``word`` as its template says it (the word itself when there is none)."""
    return say(words[word]) if isinstance(word, str) and word in words else str(word)
