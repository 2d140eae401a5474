"""The entry point: validate, construct greedily, search (in parallel), verify, report."""

from __future__ import annotations

import multiprocessing as mp
import os
import queue
import sys
import threading
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
        if params.deterministic and not cancelled:
            # a worker that could not start or died: its search runs here (the same plan)
            for k in pool.lost():
                finals.append(_search(problem, params, params.seed + 1000 * k, best.routes,
                                      None, _AnyFlag(flags), None, None))
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


class _AnyFlag:
    """Set when any of ``flags`` is (the caller's cancel events, for a search run here)."""

    def __init__(self, flags: list) -> None:
        self.flags = flags

    def is_set(self) -> bool:
        return any(f.is_set() for f in self.flags)


def _main_reloadable() -> bool:
    """Whether a spawned process can run this program's main module again, as ``spawn`` does.

    A script read from standard input (``python - <<EOF``) has ``__file__ == "<stdin>"``: its
    workers die at start-up (``FileNotFoundError``), so none is started. A frozen app
    (PyInstaller) starts its workers by running its own executable, never the main module's
    file (which need not exist on disk), so it always can.
    """
    if getattr(sys, "frozen", False):
        return True
    main = sys.modules.get("__main__")
    if main is None or getattr(main, "__spec__", None) is not None:
        return True
    path = getattr(main, "__file__", None)
    return path is None or os.path.exists(path)


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
    """Extra searches in spawned processes; a worker that cannot start or dies never hangs
    the caller.

    A process gets only small arguments; its problem goes down a pipe from a daemon thread.
    (``Process.start`` writes the arguments into a pipe whose read end CPython keeps open in
    the parent until the child has read them: with a problem of more than 64 kB as an
    argument, a child that died at start-up -- a script without ``if __name__ ==
    "__main__":``, or read from standard input -- blocked the caller forever.) Each worker
    sends every improvement (``("best", k, routes)``) and its final plan through one queue;
    when timed, the main search sends its own improvements to each worker's inbox so that a
    stalled search can continue from the other's better plan. A worker that is no longer
    alive without having sent its final plan is *lost* (:meth:`lost`): its improvements so far
    are kept.
    """

    def __init__(self, problem: Problem, params: SolveParams, start: Routes,
                 deadline: float | None):
        ctx = mp.get_context("spawn")
        self.cancel = ctx.Event()
        self.queue: mp.Queue = ctx.Queue()
        n = params.num_workers - 1
        self.inboxes: list[mp.Queue] = [ctx.Queue() for _ in range(n)]
        self.procs: list = []
        self.finals: dict[int, Routes] = {}
        self.latest: dict[int, Routes] = {}
        """Each worker's last plan received (improvements arrive in order, final last)."""
        if _bootstrapping():
            raise RuntimeError(
                "solvers.solve was called while a worker process of another solve was starting: "
                "the script that calls it runs its search when it is imported. Put that code "
                "under `if __name__ == \"__main__\":` (the calling search goes on without this "
                "worker).")
        if not _main_reloadable():
            return  # every spawned worker would die at start-up
        for k in range(1, n + 1):
            reader, writer = ctx.Pipe(duplex=False)
            proc = ctx.Process(target=_work, daemon=True,
                               args=(reader, self.cancel, self.queue, self.inboxes[k - 1], k))
            proc.start()
            reader.close()  # so that a dead worker breaks the pipe instead of blocking it
            self.procs.append(proc)
            payload = (problem, params, params.seed + 1000 * k, start, deadline)
            threading.Thread(target=_send, args=(writer, payload), daemon=True).start()

    @property
    def size(self) -> int:
        """Workers asked for (started or not)."""
        return len(self.inboxes)

    def share(self, routes: Routes) -> None:
        """Offer a plan of the main search to every running worker."""
        for k, box in enumerate(self.inboxes[: len(self.procs)], start=1):
            if k not in self.finals and self.procs[k - 1].is_alive():
                box.put(routes)

    def _take(self, kind: str, k: int, routes: Routes) -> None:
        self.latest[k] = routes
        if kind == "final":
            self.finals[k] = routes

    def poll(self) -> list[Routes]:
        """Routes of improvements reported since the last poll."""
        out: list[Routes] = []
        while True:
            try:
                kind, k, routes = self.queue.get_nowait()
            except queue.Empty:
                return out
            self._take(kind, k, routes)
            out.append(routes)

    def lost(self) -> list[int]:
        """Workers (1-based) that never sent a final plan: not started, died, or cut off."""
        return [k for k in range(1, self.size + 1) if k not in self.finals]

    def finish(self, cancel: bool, until: float | None) -> list[Routes]:
        """Stop (when ``cancel``) and collect every worker's best, in worker order.

        Waits for final plans until ``until`` (a ``time.monotonic()`` instant; None: as long as
        a worker is alive), then terminates the workers still running. A worker that dies
        ends the wait for it at once. Returns the final plan of each worker that sent one and
        the last improvement of the others (none for a worker that never reported).
        """
        if cancel:
            self.cancel.set()
        while len(self.finals) < len(self.procs):
            wait = 0.01 if until is None else min(0.01, until - time.monotonic())
            if wait <= 0:
                break
            try:
                kind, k, routes = self.queue.get(timeout=wait)
            except queue.Empty:
                alive = [k for k, p in enumerate(self.procs, start=1)
                         if k not in self.finals and p.is_alive()]
                if not alive and self.queue.empty():
                    break  # the others died: nothing more is coming
                continue
            self._take(kind, k, routes)
        out = [self.finals.get(k, self.latest.get(k)) for k in range(1, self.size + 1)]
        for p in self.procs:
            if p.is_alive():
                p.terminate()
        for p in self.procs:
            p.join(timeout=0.02)
        for box in [*self.inboxes, self.queue]:
            box.cancel_join_thread()  # never wait at exit for a dead reader
        return [r for r in out if r is not None]


def _bootstrapping() -> bool:
    """Whether this process is a spawned worker still importing its parent's main module."""
    return bool(getattr(mp.current_process(), "_inheriting", False))


def _send(writer, payload: tuple) -> None:
    """Send a worker its problem (a thread: the worker may never read it)."""
    try:
        writer.send(payload)
    except OSError:
        pass  # the worker died; the caller notices
    finally:
        writer.close()


def _work(reader, cancel, out, inbox, k: int) -> None:
    """Body of a worker process: receive the problem, search, report improvements and final."""
    try:
        problem, params, seed, start, deadline = reader.recv()
    except EOFError:
        return  # the caller is gone
    reader.close()

    def receive() -> Routes | None:
        try:
            return inbox.get_nowait()
        except queue.Empty:
            return None

    routes = _search(problem, params, seed, start, deadline, cancel,
                     lambda r: out.put(("best", k, r)),
                     None if deadline is None else receive)
    out.put(("final", k, routes))


def _search(problem: Problem, params: SolveParams, seed: int, start: Routes,
            deadline: float | None, cancel, report: Callable[[Routes], None] | None,
            receive: Callable[[], Routes | None] | None) -> Routes:
    """A worker's search (in its process, or here for a worker that was lost): an independent
    search from the same greedy start; ``receive`` brings plans of the main search."""
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

    def inbox() -> Candidate | None:
        got = None
        while receive is not None:
            routes = receive()
            if routes is None:
                break
            cand = evaluate(c, routes)
            if got is None or cand.key() > got.key():
                got = cand
        return got

    best, _ = lns(c, evaluate(c, start), np.random.default_rng(seed), done=done,
                  progress=progress,
                  on_best=(lambda b: None) if report is None else (lambda b: report(b.routes)),
                  should_stop=lambda: cancel.is_set() or (end is not None
                                                          and time.monotonic() > end),
                  descent_limit=3600.0 if deadline is None else params.descent_limit,
                  deadline=end, inbox=None if receive is None else inbox,
                  patience=_patience(params), style=styles(c)[1])
    return best.routes
