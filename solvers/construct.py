"""Greedy insertion: repeatedly insert the free site with the best score per added time.

The screen is vectorised over every free site and every gap of a route. It uses the route's
break-free schedule: earliest service ends going forward and latest feasible starts going
backward (exact for several windows per site), so it never rejects an insertion that is
feasible; for teams with breaks the exact DP of :mod:`solvers.schedule` confirms each choice.
"""

from __future__ import annotations

import numpy as np

from solvers.compiled import INF, Compiled
from solvers.schedule import feasible

Routes = list[list[int]]
_MAX_FAILS = 8
"""Consecutive insertions the break DP may refuse to a team before it counts as full."""


def _forward_backward(c: Compiled, team: int, route: list[int]) -> tuple[np.ndarray, np.ndarray]:
    """Break-free earliest ends at ``[start, *route]`` and latest starts at ``[*route, end]``."""
    tm = c.problem.teams[team]
    tl, service, windows = c.tl, c.sl, c.windows
    dep = [tm.shift[0]]
    prev, time = tm.start, tm.shift[0]
    for s in route:
        if time < INF:
            a = time + tl[prev][s]
            for lo, hi in windows[s]:
                if a <= hi:
                    time = (a if a > lo else lo) + service[s]
                    break
            else:
                time = INF
        dep.append(time)
        prev = s
    lat = [tm.shift[1]]
    nxt, bound = tm.end, tm.shift[1]
    for s in reversed(route):
        limit = bound - tl[s][nxt] - service[s]
        best = -INF
        for lo, hi in windows[s]:
            if lo <= limit:
                best = hi if hi < limit else limit
        lat.append(best)
        nxt, bound = s, best
    lat.reverse()
    return np.array(dep, dtype=np.int64), np.array(lat, dtype=np.int64)


def screen(c: Compiled, team: int, route: list[int], cand: np.ndarray) -> tuple[np.ndarray,
                                                                               np.ndarray]:
    """For each candidate site: least push-forward over the route's gaps (INF if none) and gap."""
    tm = c.problem.teams[team]
    if len(cand) == 0:
        return np.empty(0, dtype=np.int64), np.empty(0, dtype=np.int64)
    g0 = len(tm.locked)
    nodes = np.array([tm.start, *route, tm.end], dtype=np.int64)
    dep, lat = _forward_backward(c, team, route)
    left, right = nodes[g0:-1], nodes[g0 + 1:]
    dep_l, lat_r = dep[g0:], lat[g0:]
    arrive = dep_l[:, None] + c.travel[left[:, None], cand[None, :]]
    wo, wc = c.wopen[cand], c.wclose[cand]
    if wo.shape[1] == 1:
        start = np.maximum(arrive, wo[:, 0])
        reach = arrive <= wc[:, 0]
    else:
        start = np.full(arrive.shape, INF, dtype=np.int64)
        for w in range(wo.shape[1] - 1, -1, -1):
            s = np.maximum(arrive, wo[:, w])
            start = np.where(arrive <= wc[:, w], s, start)
        reach = start < INF
    back = start + c.service[cand] + c.travel_t[right[:, None], cand[None, :]]
    ok = (back <= lat_r[:, None]) & reach
    cost = np.where(ok, back - (dep_l + c.travel[left, right])[:, None], INF)
    g = np.argmin(cost, axis=0)
    return cost[g, np.arange(len(cand))], g + g0


def insert_greedy(c: Compiled, routes: Routes, free: np.ndarray, rng: np.random.Generator | None
                  = None, noise: float = 0.0, power: float = 1.0) -> None:
    """Insert free sites into ``routes`` (in place) while any fits; ``free`` is updated too.

    Picks the largest ``score**power / added time`` (times a random factor in
    ``[1 - noise, 1]``); required sites go first.
    """
    teams = c.n_teams
    if teams == 0:
        return
    cand = np.flatnonzero(free & c.allowed.any(axis=0) & ((c.score > 0) | c.required))
    if len(cand) == 0:
        return
    weight = c.score[cand].astype(np.float64) ** power
    if rng is not None and noise > 0:
        weight = weight * (1.0 - noise * rng.random(len(cand)))
    weight = weight + np.where(c.required[cand], 1e18, 0.0)
    alive = np.ones(len(cand), dtype=bool)
    cost = np.full((teams, len(cand)), INF, dtype=np.int64)
    gap = np.zeros((teams, len(cand)), dtype=np.int64)
    ratio = np.full((teams, len(cand)), -np.inf)

    def refresh(t: int) -> None:
        sel = np.flatnonzero(alive & c.allowed[t, cand])
        cost[t] = INF
        cost[t, sel], gap[t, sel] = screen(c, t, routes[t], cand[sel])
        ok = cost[t] < INF
        ratio[t] = np.where(ok, weight / np.maximum(cost[t], 1), -np.inf)

    for t in range(teams):
        refresh(t)
    has_breaks = [bool(tm.breaks) for tm in c.problem.teams]
    fails = [0] * teams
    while True:
        flat = int(np.argmax(ratio))
        t, j = divmod(flat, len(cand))
        if ratio[t, j] == -np.inf:
            return
        u, g = int(cand[j]), int(gap[t, j])
        new = [*routes[t][:g], u, *routes[t][g:]]
        if has_breaks[t] and not feasible(c, t, new):
            ratio[t, j] = -np.inf
            fails[t] += 1
            if fails[t] >= _MAX_FAILS:  # the break no longer fits: treat the team as full
                ratio[t] = -np.inf
            continue
        fails[t] = 0
        routes[t] = new
        alive[j] = False
        free[u] = False
        ratio[:, j] = -np.inf
        refresh(t)
