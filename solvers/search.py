"""Large-neighbourhood search: ruin, greedy recreate, OR-Tools descent, annealed acceptance.

Each iteration removes a few visits (a random set, a cluster of nearby visits, a string of one
route, or the visits that earn least per travel time they cost), re-inserts free sites
greedily with randomised ratios, and then lets OR-Tools' local search (relocate, exchange,
cross, 2-opt, or-opt) shorten the routes before a last greedy insertion fills the freed time.
Candidates are compared on score, then on total travel time; worse ones are accepted with a
simulated-annealing rule whose temperature falls to zero as the budget runs out. How hot the
walk starts, how often it descends and how often it recombines its route pool depend on the
problem (:func:`styles`): sites with windows get a colder walk than sites open all day.
"""

from __future__ import annotations

import itertools
import math
import time
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from solvers.compiled import Compiled
from solvers.construct import Routes, insert_greedy
from solvers.route_pool import RoutePool
from solvers.routing import improve
from solvers.schedule import feasible

_QMAX = 40
"""Most visits removed by one ruin."""
_QFRAC = 0.3
"""... and at most this share of the movable visits."""
_MAX_TEAMS = 4
"""Most routes in one OR-Tools descent (keeps each descent fast on 40-team problems)."""
_TABU = 0.5
"""Share of iterations where the removed visits may not come back before the descent."""
_SP_EVERY = 0.5
"""Seconds between two set-packing recombinations of the route pool (timed searches)."""
_SP_MAX = 8.0
"""Most seconds between two recombinations of a style that backs off."""
_SP_ITERATIONS = 10
"""... iterations between two, in deterministic searches."""
_SP_LIMIT = 0.2
"""Seconds (deterministic: CP-SAT deterministic time units) of one set-packing solve."""
_FORCE = 0.4
"""Share of iterations that force a promising free site into a route instead of a ruin."""
_SA_ITERATIONS = 1000
"""A search expected to run fewer iterations than this starts proportionally colder."""


@dataclass(frozen=True)
class Style:
    """How one search process walks (see :func:`styles`)."""

    temperature: float
    """Start temperature, as a share of the score per team (falls linearly to zero)."""
    descent: float
    """Share of the acceptable candidates that get an OR-Tools descent."""
    recombine: bool
    """Keep a route pool and recombine it by set packing from time to time."""
    backoff: float
    """A recombination that finds nothing better multiplies the wait before the next by this
    (up to ``_SP_MAX``); one that does resets it."""


HOT = Style(temperature=0.4, descent=1.0, recombine=True, backoff=1.0)
"""Sites without windows (TOP). Measured on 10 hard TOP instances at 5 s: start temperature
0.02 gave a mean gap of 2.9 %, 0.3-0.6 gave 1.2-1.4 %; the cold style leaves large TOP routes
(p4 m=2, budgets i-o) 2-5 % short."""
COLD = Style(temperature=0.04, descent=0.5, recombine=True, backoff=2.0)
"""Sites with windows (TOPTW, election days): the hot walk stays far from its best plan, the
cold one with twice the iterations does better (8 hard TOPTW runs, 1 worker: -2.3 % -> -0.5 %
against PyVRP). Set packing backs off where it rarely helps."""
COLD_WORKER = Style(temperature=0.04, descent=0.5, recombine=False, backoff=2.0)
"""Worker processes beside a cold main search: they only search; the main one recombines."""


def styles(c: Compiled) -> tuple[Style, Style]:
    """Styles of the main search and of the workers: cold when most sites have windows.

    A site "has a window" when its windows do not cover the whole span of the teams' shifts.
    """
    tms = c.problem.teams
    if not tms or len(c.stops) == 0:
        return HOT, HOT
    lo, hi = min(t.shift[0] for t in tms), max(t.shift[1] for t in tms)
    inside = (c.wopen[c.stops] <= lo) & (c.wclose[c.stops] >= hi)
    windowed = ~inside.any(axis=1)
    return (COLD, COLD_WORKER) if windowed.mean() > 0.5 else (HOT, HOT)


@dataclass
class Candidate:
    """Routes with their score and total travel time."""

    routes: Routes
    score: int
    length: int

    def key(self) -> tuple[int, int]:
        """Larger is better: score first, then shorter travel."""
        return self.score, -self.length


def evaluate(c: Compiled, routes: Routes) -> Candidate:
    """Wrap routes with their score and travel."""
    score = sum(int(c.score[s]) for r in routes for s in r)
    length = 0
    for t, r in enumerate(routes):
        tm = c.problem.teams[t]
        nodes = [tm.start, *r, tm.end]
        length += sum(c.tl[a][b] for a, b in itertools.pairwise(nodes))
    return Candidate([list(r) for r in routes], score, length)


def free_mask(c: Compiled, routes: Routes) -> np.ndarray:
    """Usable sites (not depots, not hopeless) that are not on a route."""
    free = c.usable.copy()
    for r in routes:
        free[r] = False
    return free


def ruin(c: Compiled, routes: Routes, rng: np.random.Generator) -> Routes:
    """Remove some unlocked visits (never a lock) and return the new routes."""
    teams = c.problem.teams
    movable = [(t, s) for t, r in enumerate(routes) for s in r[len(teams[t].locked):]]
    if not movable:
        return [list(r) for r in routes]
    q = int(rng.integers(1, max(2, min(_QMAX, int(_QFRAC * len(movable)) + 2))))
    kind = int(rng.integers(4))
    sites = np.array([s for _, s in movable])
    if kind == 0:  # random
        gone = set(rng.choice(sites, size=min(q, len(sites)), replace=False).tolist())
    elif kind == 1:  # cluster around a random visit
        seed = int(rng.choice(sites))
        near = c.travel[seed, sites] + c.travel[sites, seed]
        gone = set(sites[np.argsort(near, kind="stable")[:q]].tolist())
    elif kind == 2:  # a string of one route
        t = int(rng.choice([t for t, _ in movable]))
        lo = len(teams[t].locked)
        r = routes[t]
        a = int(rng.integers(lo, len(r)))
        gone = set(r[a:a + q])
    else:  # worst score per saved travel
        worth = []
        for t, r in enumerate(routes):
            nodes = [teams[t].start, *r, teams[t].end]
            for i in range(len(teams[t].locked), len(r)):
                a, s, b = nodes[i], nodes[i + 1], nodes[i + 2]
                save = c.tl[a][s] + c.tl[s][b] - c.tl[a][b] + int(c.service[s]) + 1
                worth.append((c.score[s] / max(save, 1) * (0.5 + rng.random()), s))
        worth.sort()
        gone = {s for _, s in worth[:q]}
    return [r[: len(teams[t].locked)] + [s for s in r[len(teams[t].locked):] if s not in gone]
            for t, r in enumerate(routes)]


def force(c: Compiled, routes: Routes, rng: np.random.Generator) -> tuple[Routes, set[int]]:
    """Put a promising free site into a route, dropping the least worthy visits until it fits.

    The site is drawn with weight = its score plus the scores of its free neighbours (a rich
    area the routes do not reach); it goes where it adds the least travel. Returns the routes
    and the visits dropped (the routes unchanged and an empty set when nothing fits).
    """
    teams = c.problem.teams
    free = free_mask(c, routes)
    cand = np.flatnonzero(free & (c.score > 0) & c.allowed.any(axis=0))
    if len(cand) == 0:
        return routes, set()
    k = min(5, len(cand) - 1)
    if k > 0:
        d = c.travel[np.ix_(cand, cand)]
        near = np.argpartition(d, k, axis=1)[:, : k + 1]
        weight = c.score[cand][near].sum(axis=1).astype(np.float64)
    else:
        weight = c.score[cand].astype(np.float64)
    u = int(rng.choice(cand, p=weight / weight.sum()))
    allowed = np.flatnonzero(c.allowed[:, u])
    t = int(rng.choice(allowed))
    tm = teams[t]
    lo = len(tm.locked)
    r = routes[t]
    nodes = [tm.start, *r, tm.end]
    tl = c.tl
    g = min(range(lo, len(r) + 1),
            key=lambda i: tl[nodes[i]][u] + tl[u][nodes[i + 1]] - tl[nodes[i]][nodes[i + 1]])
    new = [*r[:g], u, *r[g:]]
    dropped: set[int] = set()
    while not feasible(c, t, new):
        nodes = [tm.start, *new, tm.end]
        best_i, best_w = -1, np.inf
        for i in range(lo, len(new)):
            s = new[i]
            if s == u or c.required[s]:
                continue
            save = tl[nodes[i]][s] + tl[s][nodes[i + 2]] - tl[nodes[i]][nodes[i + 2]] + 1
            w = c.score[s] / max(save + int(c.service[s]), 1) * (0.7 + 0.6 * rng.random())
            if w < best_w:
                best_i, best_w = i, w
        if best_i < 0:
            return routes, set()
        dropped.add(new[best_i])
        new = new[:best_i] + new[best_i + 1:]
    out = [list(x) for x in routes]
    out[t] = new
    return out, dropped


def recreate(c: Compiled, routes: Routes, rng: np.random.Generator,
             tabu: set[int] | None = None) -> Routes:
    """Greedy re-insertion with a random ratio exponent and noise; ``tabu`` sites stay out.

    Required sites are never tabu: an iteration without a descent has no later refill.
    """
    out = [list(r) for r in routes]
    power = float(rng.choice([0.5, 1.0, 1.0, 1.5, 2.0]))
    free = free_mask(c, out)
    if tabu:
        free[[s for s in tabu if not c.required[s]]] = False
    insert_greedy(c, out, free, rng, noise=float(rng.choice([0.0, 0.1, 0.3])),
                  power=power)
    return out


def descend(c: Compiled, routes: Routes, should_stop: Callable[[], bool] | None,
            time_limit: float, teams: list[int] | None = None) -> Routes:
    """Shorten the routes with an OR-Tools descent, then fill the freed time greedily.

    Only the routed sites enter the OR-Tools model (relocate, exchange, cross, 2-opt, or-opt
    between and within routes): a few dozen nodes, so a descent takes milliseconds; insertions
    are the vectorised greedy's job. Measured on TOP p4-p7 this beats giving OR-Tools the free
    sites too (make-active / swap-active) because it allows about twice as many iterations.
    """
    if c.n_teams == 0:
        return routes
    none = np.zeros(len(c.score), dtype=bool)
    teams = list(range(c.n_teams)) if teams is None else teams
    out = improve(c, routes, teams, none,
                  time_limit=time_limit, should_stop=should_stop, guided=False)
    out = routes if out is None else out
    insert_greedy(c, out, free_mask(c, out))
    return out


def lns(c: Compiled, start: Candidate, rng: np.random.Generator, *,
        done: Callable[[int, Candidate], bool], progress: Callable[[], float],
        on_best: Callable[[Candidate], None], should_stop: Callable[[], bool],
        descent_limit: float = 0.3, deadline: float | None = None,
        inbox: Callable[[], Candidate | None] | None = None,
        patience: float = 1.0, style: Style = HOT) -> tuple[Candidate, int]:
    """Run the search from ``start`` until ``done(iteration, best)``; return best, iterations.

    ``deadline`` (a ``time.monotonic()`` instant): an iteration starts only if its
    uninterruptible part (ruin, recreate, refill: twice the longest recently seen recreate)
    should end before it, and OR-Tools descents are cut at it. ``inbox()`` returns a plan found
    elsewhere (another process) or None; a better one replaces current and best once this
    search has not improved for ``patience`` seconds. ``style``: temperature, share of
    descents and whether to recombine a route pool.
    """
    best = cur = start
    total = max(1, int(c.score.sum()))
    t0 = style.temperature * best.score / max(1, c.n_teams) + 1.0
    it = 0
    slow = 0.0
    last = time.monotonic()
    pool = RoutePool(c) if c.n_teams and style.recombine else None
    sp_last = last
    sp_every = _SP_EVERY
    while not done(it, best):
        now = time.monotonic()
        if deadline is not None and now + slow >= deadline:
            break
        if inbox is not None:
            other = inbox()
            if other is not None and pool is not None:
                pool.add(other.routes)
            if other is not None and other.key() > best.key() and now - last > patience:
                best = cur = other
                last = now
        if pool is not None:
            due = (it % _SP_ITERATIONS == _SP_ITERATIONS - 1 if deadline is None
                   else now - sp_last >= sp_every and now + slow + _SP_LIMIT < deadline)
            if due and pool.added:
                sp_last = now
                packed = pool.solve(best.routes, _SP_LIMIT, deterministic=deadline is None)
                sp_every = min(style.backoff * sp_every, _SP_MAX)
                if packed is not None:
                    insert_greedy(c, packed, free_mask(c, packed))
                    found = evaluate(c, packed)
                    if found.key() > best.key():
                        best = cur = found
                        last = time.monotonic()
                        on_best(best)
                        sp_every = _SP_EVERY
        it += 1
        tabu = None
        if rng.random() < _FORCE:
            ruined, tabu = force(c, cur.routes, rng)
        else:
            ruined = ruin(c, cur.routes, rng)
            if rng.random() < _TABU:
                kept = {s for r in ruined for s in r}
                tabu = {s for r in cur.routes for s in r if s not in kept}
        routes = recreate(c, ruined, rng, tabu)
        slow = max(2.0 * (time.monotonic() - now), 0.9 * slow)
        done_share = progress()
        # a search that can afford only a few iterations cannot explore: keep it colder
        expected = it / max(done_share, 1e-3)
        temp = t0 * min(1.0, expected / _SA_ITERATIONS) * max(0.0, 1.0 - done_share)
        cand = evaluate(c, routes)
        if cand.score >= cur.score - 2.0 * temp - 0.1 * t0 and (style.descent >= 1.0
                                                           or rng.random() < style.descent):
            changed = [t for t in range(c.n_teams) if routes[t] != cur.routes[t]]
            if len(changed) > _MAX_TEAMS:
                changed = sorted(rng.choice(changed, _MAX_TEAMS, replace=False).tolist())
            limit = descent_limit
            if deadline is not None:
                limit = min(limit, deadline - time.monotonic() - slow / 2)
            if limit > 0.001:
                cand = evaluate(c, descend(c, routes, should_stop, limit, changed))
        if pool is not None:
            pool.add(cand.routes)
        delta = (cand.score - cur.score) - 1e-6 * (cand.length - cur.length) / total
        if delta >= 0 or (temp > 0 and rng.random() < math.exp(delta / temp)):
            cur = cand
        if cand.key() > best.key():
            best = cand
            last = time.monotonic()
            on_best(best)
    return best, it
