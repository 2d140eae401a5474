"""The entry point: validate, construct greedily, search (in parallel), verify, report."""

from __future__ import annotations

import multiprocessing as mp
import queue
import time
from collections.abc import Callable

import numpy as np

from solvers.callbacks import Callbacks
from solvers.compiled import Compiled, compile_problem
from solvers.construct import Routes, insert_greedy
from solvers.params import SolveParams
from solvers.problem import Problem, ProblemError
from solvers.reasons import hopeless
from solvers.schedule import feasible, timing
from solvers.search import Candidate, evaluate, free_mask, lns
from solvers.solution import InfeasibleError, Reason, Route, Solution, Visit
from solvers.stop import Cancel, FirstOf, MaxIterations, StoppingCriterion, TimeLimit

_DETERMINISTIC_ITERATIONS = 100


def solve(problem: Problem, params: SolveParams | None = None,
          stop: StoppingCriterion | None = None, callbacks: Callbacks | None = None) -> Solution:
    """Plan routes that maximise the total score; see the package docstring.

    ``stop`` is combined with the limits in ``params`` (whichever says stop first wins).
    Raises :class:`~solvers.problem.ProblemError` for malformed input (also a team whose locked
    stops and breaks cannot fit its shift) and :class:`~solvers.solution.InfeasibleError` when
    a required site cannot be served.
    """
    params = params or SolveParams()
    cb = callbacks or Callbacks()
    clock = time.perf_counter()
    problem.validate()
    c = compile_problem(problem)
    for t in range(c.n_teams):
        if not feasible(c, t, list(problem.teams[t].locked)):
            raise ProblemError(f"team {t}: its locked stops and breaks do not fit its shift")
    lost = hopeless(c)
    bad = {s: r for s, r in lost.items() if c.required[s]}
    if bad:
        raise InfeasibleError(dict(bad))
    cb.on_start()
    c.usable[list(lost)] = False
    routes: Routes = [list(tm.locked) for tm in problem.teams]
    free = free_mask(c, routes)
    insert_greedy(c, routes, free)
    best = evaluate(c, routes)

    def report(cand: Candidate) -> None:
        cb.on_improvement(cand.score, time.perf_counter() - clock, _solution(c, cand, lost, 0.0, 0))

    report(best)
    crit = _criterion(params, stop)
    flags = [f for f in _flags(stop)]
    deadline = None if params.deterministic else clock + params.time_limit
    budget = (params.max_iterations or _DETERMINISTIC_ITERATIONS) if params.deterministic else None

    def interrupted() -> bool:
        return any(f.is_set() for f in flags) or (deadline is not None
                                                  and time.perf_counter() > deadline)

    def progress_of(it: list[int]) -> Callable[[], float]:
        if budget is not None:
            return lambda: it[0] / budget
        return lambda: (time.perf_counter() - clock) / max(params.time_limit, 1e-9)

    pool = _Workers(problem, params, best.routes, clock) if _parallel(c, params) else None
    overall = [best]
    count = [0]

    def on_best(cand: Candidate) -> None:
        if cand.key() > overall[0].key():
            overall[0] = cand
            report(cand)

    def done(it: int, cand: Candidate) -> bool:
        count[0] = it
        if pool is not None:
            for other in pool.poll():
                on_best(evaluate(c, other))
        return crit(overall[0].score)

    iterations = 0
    if c.n_teams and len(c.stops):
        found, iterations = lns(c, best, np.random.default_rng(params.seed), done=done,
                                progress=progress_of(count), on_best=on_best,
                                should_stop=interrupted,
                                descent_limit=3600.0 if params.deterministic
                                else params.descent_limit)
        on_best(found)
    if pool is not None:
        cancelled = any(f.is_set() for f in flags) or not params.deterministic
        finals = pool.finish(cancel=cancelled, wait=params.deterministic)
        for routes_k in finals:
            cand = evaluate(c, routes_k)
            if cand.key() > overall[0].key():
                overall[0] = cand
    result = overall[0]
    missing = [s for s in np.flatnonzero(c.required).tolist()
               if not any(s in r for r in result.routes)]
    if missing:
        raise InfeasibleError(dict.fromkeys(missing))
    sol = _solution(c, result, lost, time.perf_counter() - clock, iterations)
    cb.on_end(sol)
    return sol


def _criterion(params: SolveParams, stop: StoppingCriterion | None) -> StoppingCriterion:
    parts: list[StoppingCriterion] = []
    if params.deterministic:
        parts.append(MaxIterations(params.max_iterations or _DETERMINISTIC_ITERATIONS))
    else:
        parts.append(TimeLimit(params.time_limit))
        if params.max_iterations is not None:
            parts.append(MaxIterations(params.max_iterations))
    if stop is not None:
        parts.append(stop)
    return FirstOf(*parts)


def _flags(stop: object) -> list:
    """Cancel flags found in ``stop`` (also inside ``FirstOf``), polled inside OR-Tools runs."""
    if isinstance(stop, Cancel):
        return [stop.flag]
    if isinstance(stop, FirstOf):
        return [f for crit in stop.criteria for f in _flags(crit)]
    return []


def _parallel(c: Compiled, params: SolveParams) -> bool:
    big_enough = params.deterministic or params.time_limit >= 3.0
    return params.num_workers > 1 and c.n_teams > 0 and len(c.stops) > 1 and big_enough


def _solution(c: Compiled, cand: Candidate, lost: dict[int, Reason], runtime: float,
              iterations: int) -> Solution:
    routes = []
    for t, r in enumerate(cand.routes):
        tm = timing(c, t, r)
        assert tm is not None, f"internal error: route of team {t} became infeasible"
        visits = tuple(Visit(s, a, st, st + int(c.service[s]))
                       for s, (a, st) in zip(r, tm.stops, strict=True))
        routes.append(Route(t, visits, tm.departure, tm.arrival, tuple(tm.breaks)))
    on = {s for r in cand.routes for s in r}
    unvisited = {s: lost.get(s, Reason.NOT_WORTH) for s in c.stops.tolist() if s not in on}
    return Solution(tuple(routes), cand.score, unvisited, runtime, iterations)


class _Workers:
    """Extra searches in spawned processes; they send their best routes through a queue."""

    def __init__(self, problem: Problem, params: SolveParams, start: Routes, clock: float):
        ctx = mp.get_context("spawn")
        self.cancel = ctx.Event()
        self.queue: mp.Queue = ctx.Queue()
        remaining = params.time_limit - (time.perf_counter() - clock)
        self.procs = [ctx.Process(target=_work, daemon=True,
                                  args=(problem, params, params.seed + 1000 * k, start,
                                        remaining, self.cancel, self.queue, k))
                      for k in range(1, params.num_workers)]
        for p in self.procs:
            p.start()
        self.finals: dict[int, Routes] = {}

    def poll(self) -> list[Routes]:
        """Routes of improvements reported since the last poll."""
        out = []
        while True:
            try:
                kind, k, routes = self.queue.get_nowait()
            except queue.Empty:
                return out
            if kind == "final":
                self.finals[k] = routes
            out.append(routes)

    def finish(self, cancel: bool, wait: bool) -> list[Routes]:
        """Stop (when ``cancel``) and collect every worker's final best, in worker order."""
        if cancel:
            self.cancel.set()
        limit = time.perf_counter() + (3600.0 if wait else 2.0)
        while len(self.finals) < len(self.procs) and time.perf_counter() < limit:
            try:
                kind, k, routes = self.queue.get(timeout=0.05)
            except queue.Empty:
                if not any(p.is_alive() for p in self.procs) and self.queue.empty():
                    break
                continue
            if kind == "final":
                self.finals[k] = routes
        for p in self.procs:
            p.join(timeout=0.5)
            if p.is_alive():
                p.terminate()
        return [self.finals[k] for k in sorted(self.finals)]


def _work(problem: Problem, params: SolveParams, seed: int, start: Routes, remaining: float,
          cancel, out, k: int) -> None:
    """Body of a worker process: an independent search from the same greedy start."""
    c = compile_problem(problem)
    c.usable[list(hopeless(c))] = False
    clock = time.perf_counter()
    crit = FirstOf(MaxIterations(params.max_iterations or _DETERMINISTIC_ITERATIONS)
                   if params.deterministic else TimeLimit(max(0.0, remaining)), Cancel(cancel))
    if not params.deterministic and params.max_iterations is not None:
        crit = FirstOf(crit, MaxIterations(params.max_iterations))
    budget = params.max_iterations or _DETERMINISTIC_ITERATIONS
    it = [0]

    def done(i: int, best: Candidate) -> bool:
        it[0] = i
        return crit(best.score)

    def progress() -> float:
        if params.deterministic:
            return it[0] / budget
        return (time.perf_counter() - clock) / max(remaining, 1e-9)

    best, _ = lns(c, evaluate(c, start), np.random.default_rng(seed), done=done,
                  progress=progress, on_best=lambda b: out.put(("best", k, b.routes)),
                  should_stop=lambda: cancel.is_set() or (not params.deterministic and
                                                          time.perf_counter() - clock > remaining),
                  descent_limit=3600.0 if params.deterministic else params.descent_limit)
    out.put(("final", k, best.routes))
