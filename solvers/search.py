"""Large-neighbourhood search: ruin, greedy recreate, OR-Tools descent, annealed acceptance.

Each iteration removes a few visits (a random set, a cluster of nearby visits, a string of one
route, or the visits that earn least per travel time they cost), re-inserts free sites
greedily with randomised ratios, and then lets OR-Tools' local search (relocate, exchange,
cross, 2-opt, or-opt) shorten the routes before a last greedy insertion fills the freed time.
Candidates are compared on score, then on total travel time; worse ones are accepted with a
simulated-annealing rule whose temperature falls to zero as the budget runs out.
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
from solvers.routing import improve

_QMAX = 40
"""Most visits removed by one ruin."""
_QFRAC = 0.3
"""... and at most this share of the movable visits."""
_MAX_TEAMS = 4
"""Most routes in one OR-Tools descent (keeps each descent fast on 40-team problems)."""
_T0 = 0.02
"""Start temperature, as a share of the score per team."""


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
                worth.append((c.score[s] / save * (0.5 + rng.random()), s))
        worth.sort()
        gone = {s for _, s in worth[:q]}
    return [r[: len(teams[t].locked)] + [s for s in r[len(teams[t].locked):] if s not in gone]
            for t, r in enumerate(routes)]


def recreate(c: Compiled, routes: Routes, rng: np.random.Generator) -> Routes:
    """Greedy re-insertion with a random ratio exponent and noise."""
    out = [list(r) for r in routes]
    power = float(rng.choice([0.5, 1.0, 1.0, 1.5, 2.0]))
    insert_greedy(c, out, free_mask(c, out), rng, noise=float(rng.choice([0.0, 0.1, 0.3])),
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
        patience: float = 1.0) -> tuple[Candidate, int]:
    """Run the search from ``start`` until ``done(iteration, best)``; return best, iterations.

    ``deadline`` (a ``time.monotonic()`` instant): an iteration starts only if its
    uninterruptible part (ruin, recreate, refill: twice the longest recently seen recreate)
    should end before it, and OR-Tools descents are cut at it. ``inbox()`` returns a plan found
    elsewhere (another process) or None; a better one replaces current and best once this
    search has not improved for ``patience`` seconds.
    """
    best = cur = start
    total = max(1, int(c.score.sum()))
    t0 = _T0 * best.score / max(1, c.n_teams) + 1.0
    it = 0
    slow = 0.0
    last = time.monotonic()
    while not done(it, best):
        now = time.monotonic()
        if deadline is not None and now + slow >= deadline:
            break
        if inbox is not None:
            other = inbox()
            if other is not None and other.key() > best.key() and now - last > patience:
                best = cur = other
                last = now
        it += 1
        routes = recreate(c, ruin(c, cur.routes, rng), rng)
        slow = max(2.0 * (time.monotonic() - now), 0.9 * slow)
        cand = evaluate(c, routes)
        if cand.score >= cur.score - t0:
            changed = [t for t in range(c.n_teams) if routes[t] != cur.routes[t]]
            if len(changed) > _MAX_TEAMS:
                changed = sorted(rng.choice(changed, _MAX_TEAMS, replace=False).tolist())
            limit = descent_limit
            if deadline is not None:
                limit = min(limit, deadline - time.monotonic() - slow / 2)
            if limit > 0.001:
                cand = evaluate(c, descend(c, routes, should_stop, limit, changed))
        temp = t0 * max(0.0, 1.0 - progress())
        delta = (cand.score - cur.score) - 1e-6 * (cand.length - cur.length) / total
        if delta >= 0 or (temp > 0 and rng.random() < math.exp(delta / temp)):
            cur = cand
        if cand.key() > best.key():
            best = cand
            last = time.monotonic()
            on_best(best)
    return best, it
