"""The entry point: validate, construct greedily, search (in parallel), verify, report."""

from __future__ import annotations

import multiprocessing as mp
import queue
import time

import numpy as np

from solvers.callbacks import Callbacks
from solvers.compiled import Compiled, compile_problem
from solvers.construct import Routes, insert_greedy
from solvers.params import SolveParams
from solvers.problem import Problem, ProblemError
from solvers.reasons import hopeless
from solvers.schedule import feasible, timing
from solvers.search import Candidate, evaluate, free_mask, lns, styles
from solvers.solution import InfeasibleError, Reason, Route, Solution, Visit
from solvers.stop import Cancel, FirstOf, MaxIterations, StoppingCriterion

_DETERMINISTIC_ITERATIONS = 100
_TAIL = 0.04
"""Seconds kept before the deadline for collecting the workers and building the solution."""
_HANDOVER = 0.12
"""Workers stop this long before the deadline so that their final plan arrives in time."""


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
    clock = time.monotonic()
    deadline = None if params.deterministic else clock + params.time_limit
    problem.validate()
    c = compile_problem(problem)
    stuck = []
    for t in range(c.n_teams):
        if not feasible(c, t, list(problem.teams[t].locked)):
            if problem.teams[t].locked:
                raise ProblemError(f"team {t}: its locked stops and breaks do not fit its shift")
            stuck.append(t)  # cannot even reach its end in time: stays home, unused
    lost = hopeless(c)
    c.allowed[stuck] = False
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
        cb.on_improvement(cand.score, time.monotonic() - clock, _solution(c, cand, lost, 0.0, 0))

    report(best)
    crit = _criterion(params, stop)
    flags = [f for f in _flags(stop)]

    def interrupted() -> bool:
        return any(f.is_set() for f in flags) or (deadline is not None
                                                  and time.monotonic() > deadline - _TAIL)

    budget = params.max_iterations or _DETERMINISTIC_ITERATIONS
    count = [0]

    def progress() -> float:
        if deadline is None:
            return count[0] / budget
        return (time.monotonic() - clock) / max(params.time_limit, 1e-9)

    pool = (_Workers(problem, params, best.routes, deadline)
            if _parallel(c, params) else None)
    overall = [best]
    foreign: list[Candidate | None] = [None]

    def on_best(cand: Candidate) -> None:
        if cand.key() > overall[0].key():
            overall[0] = cand
            report(cand)

    def own_best(cand: Candidate) -> None:
        on_best(cand)
        if pool is not None and deadline is not None:
            pool.share(cand.routes)

    def done(it: int, cand: Candidate) -> bool:
        count[0] = it
        if pool is not None and deadline is not None:  # deterministic: finals, in order
            for other in pool.poll():
                theirs = evaluate(c, other)
                on_best(theirs)
                if foreign[0] is None or theirs.key() > foreign[0].key():
                    foreign[0] = theirs
        return crit(overall[0].score)

    def inbox() -> Candidate | None:
        got, foreign[0] = foreign[0], None
        return got

    iterations = 0
    if c.n_teams and c.usable.any():
        found, iterations = lns(c, best, np.random.default_rng(params.seed), done=done,
                                progress=progress, on_best=own_best, should_stop=interrupted,
                                descent_limit=3600.0 if params.deterministic
                                else params.descent_limit,
                                deadline=None if deadline is None else deadline - _TAIL,
                                inbox=inbox if pool is not None and deadline is not None
                                else None,
                                patience=_patience(params), style=styles(c)[0])
        on_best(found)
    if pool is not None:
        cancelled = any(f.is_set() for f in flags) or not params.deterministic
        finals = pool.finish(cancel=cancelled, until=None if deadline is None
                             else deadline - _TAIL / 2)
        for routes_k in finals:
            cand = evaluate(c, routes_k)
            if cand.key() > overall[0].key():
                overall[0] = cand
    result = overall[0]
    missing = [s for s in np.flatnonzero(c.required).tolist()
               if not any(s in r for r in result.routes)]
    if missing:
        raise InfeasibleError(dict.fromkeys(missing))
    sol = _solution(c, result, lost, time.monotonic() - clock, iterations)
    cb.on_end(sol)
    return sol


def _patience(params: SolveParams) -> float:
    """Seconds without improvement before a search adopts the other process's better plan."""
    return min(2.0, max(0.3, 0.1 * params.time_limit))


def _criterion(params: SolveParams, stop: StoppingCriterion | None) -> StoppingCriterion:
    """Iteration limits and the caller's ``stop``; the time limit is the deadline of ``lns``."""
    parts: list[StoppingCriterion] = []
    if params.deterministic:
        parts.append(MaxIterations(params.max_iterations or _DETERMINISTIC_ITERATIONS))
    elif params.max_iterations is not None:
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
    return params.num_workers > 1 and c.n_teams > 0 and c.usable.sum() > 1 and big_enough


def _solution(c: Compiled, cand: Candidate, lost: dict[int, Reason], runtime: float,
              iterations: int) -> Solution:
    routes = []
    for t, r in enumerate(cand.routes):
        if not r and not c.allowed[t].any() and timing(c, t, r) is None:
            home = c.problem.teams[t].shift[0]
            routes.append(Route(t, (), home, home))  # a team that cannot move stays home
            continue
        tm = timing(c, t, r)
        assert tm is not None, f"internal error: route of team {t} became infeasible"
        visits = tuple(Visit(s, a, st, st + int(c.service[s]))
                       for s, (a, st) in zip(r, tm.stops, strict=True))
        routes.append(Route(t, visits, tm.departure, tm.arrival, tuple(tm.breaks)))
    on = {s for r in cand.routes for s in r}
    unvisited = {s: lost.get(s, Reason.NOT_WORTH) for s in c.stops.tolist() if s not in on}
    return Solution(tuple(routes), cand.score, unvisited, runtime, iterations)


class _Workers:
    """Extra searches in spawned processes.

    Each worker sends every improvement (``("best", k, routes)``) and its final plan through
    one queue; when timed, the main search sends its own improvements to each worker's inbox
    so that a stalled search can continue from the other's better plan.
    """

    def __init__(self, problem: Problem, params: SolveParams, start: Routes,
                 deadline: float | None):
        ctx = mp.get_context("spawn")
        self.cancel = ctx.Event()
        self.queue: mp.Queue = ctx.Queue()
        self.inboxes: list[mp.Queue] = [ctx.Queue() for _ in range(1, params.num_workers)]
        self.procs = [ctx.Process(target=_work, daemon=True,
                                  args=(problem, params, params.seed + 1000 * k, start,
                                        deadline, self.cancel, self.queue, self.inboxes[k - 1],
                                        k))
                      for k in range(1, params.num_workers)]
        for p in self.procs:
            p.start()
        self.finals: dict[int, Routes] = {}
        self.latest: dict[int, Routes] = {}
        """Each worker's last plan received (improvements arrive in order, final last)."""

    def share(self, routes: Routes) -> None:
        """Offer a plan of the main search to every worker."""
        for box in self.inboxes:
            box.put(routes)

    def poll(self) -> list[Routes]:
        """Routes of improvements reported since the last poll."""
        out: list[Routes] = []
        while True:
            try:
                kind, k, routes = self.queue.get_nowait()
            except queue.Empty:
                return out
            self.latest[k] = routes
            if kind == "final":
                self.finals[k] = routes
            out.append(routes)

    def finish(self, cancel: bool, until: float | None) -> list[Routes]:
        """Stop (when ``cancel``) and collect every worker's final best, in worker order.

        ``until``: a ``time.monotonic()`` instant after which workers that have not answered are
        terminated (their improvements received so far are kept by the caller).
        """
        if cancel:
            self.cancel.set()
        limit = time.monotonic() + 3600.0 if until is None else until
        while len(self.finals) < len(self.procs):
            wait = limit - time.monotonic()
            if wait <= 0:
                break
            try:
                kind, k, routes = self.queue.get(timeout=min(0.01, wait))
            except queue.Empty:
                if not any(p.is_alive() for p in self.procs) and self.queue.empty():
                    break
                continue
            self.latest[k] = routes
            if kind == "final":
                self.finals[k] = routes
        out = [self.latest.get(k) for k in range(1, len(self.procs) + 1)]
        for p in self.procs:
            if p.is_alive():
                p.terminate()
        for p in self.procs:
            p.join(timeout=0.02)
        for box in self.inboxes:
            box.cancel_join_thread()
        return [r for r in out if r is not None]


def _work(problem: Problem, params: SolveParams, seed: int, start: Routes,
          deadline: float | None, cancel, out, inbox, k: int) -> None:
    """Body of a worker process: an independent search from the same greedy start."""
    c = compile_problem(problem)
    c.usable[list(hopeless(c))] = False
    c.allowed[[t for t in range(c.n_teams) if not problem.teams[t].locked
               and not feasible(c, t, [])]] = False
    clock = time.monotonic()
    crit = (FirstOf(MaxIterations(params.max_iterations or _DETERMINISTIC_ITERATIONS),
                    Cancel(cancel)) if deadline is None else Cancel(cancel))
    if deadline is not None and params.max_iterations is not None:
        crit = FirstOf(crit, MaxIterations(params.max_iterations))
    budget = params.max_iterations or _DETERMINISTIC_ITERATIONS
    it = [0]
    end = None if deadline is None else deadline - _HANDOVER

    def done(i: int, best: Candidate) -> bool:
        it[0] = i
        return crit(best.score)

    def progress() -> float:
        if end is None:
            return it[0] / budget
        return (time.monotonic() - clock) / max(end - clock, 1e-9)

    def receive() -> Candidate | None:
        got = None
        while True:
            try:
                routes = inbox.get_nowait()
            except queue.Empty:
                break
            cand = evaluate(c, routes)
            if got is None or cand.key() > got.key():
                got = cand
        return got

    best, _ = lns(c, evaluate(c, start), np.random.default_rng(seed), done=done,
                  progress=progress, on_best=lambda b: out.put(("best", k, b.routes)),
                  should_stop=lambda: cancel.is_set() or (end is not None
                                                          and time.monotonic() > end),
                  descent_limit=3600.0 if deadline is None else params.descent_limit,
                  deadline=end, inbox=None if deadline is None else receive,
                  patience=_patience(params), style=styles(c)[1])
    out.put(("final", k, best.routes))
