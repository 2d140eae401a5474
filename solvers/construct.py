"""Greedy insertion: repeatedly insert the free site with the best score per added time.

The screen is vectorised over every free site and every gap of a route. It uses the route's
break-free schedule: earliest service ends going forward and latest feasible starts going
backward (exact for several windows per site), so it never rejects an insertion that is
feasible. For teams with breaks each choice is then confirmed exactly: with one break (a lunch)
in constant time from the route's break-aware schedules (:func:`lunch_states`, computed once
per route), with several by the DP of :mod:`solvers.schedule`. A break-aware screen of every
gap was tried: exact, but its numpy work on every refresh cost more than it saved (SCO 2019,
7.6 against 6.9 CPU s).
"""

from __future__ import annotations

import numpy as np

from solvers.compiled import INF, Compiled
from solvers.schedule import feasible

Routes = list[list[int]]
LunchStates = tuple[list[int], list[int], list[int], list[int]]
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


def lunch_states(c: Compiled, team: int, route: list[int]) -> LunchStates:
    """For a team with exactly one break: the break-aware forward and backward schedules.

    ``(dep0, dep1)``: earliest service ends at ``[start, *route]`` with the break not yet taken
    / already taken (the recurrence of :func:`solvers.schedule.timing`); ``(lat0, lat1)``:
    latest service starts at ``[*route, end]`` from which the rest of the route is feasible
    with the break already taken / still to take (at the end: the latest arrival). Arriving
    at a node by ``lat`` is enough: starts are monotone in the arrival (travel is FIFO).
    """
    tm = c.problem.teams[team]
    (e, la, d), = c.breaks[team]
    tl, service, windows = c.tl, c.sl, c.windows
    dep0, dep1 = [tm.shift[0]], [INF]
    prev, t0, t1 = tm.start, tm.shift[0], INF
    for s in route:
        tt = tl[prev][s]
        ws = windows[s]
        a0 = t0 + tt  # t0 is always finite until a window closes on it
        a1 = t1 + tt
        b = t0 if t0 > e else e
        if b <= la:  # the break on the way here
            ab = t0 + tt + d
            if ab < b + d:
                ab = b + d
            if ab < a1:
                a1 = ab
        t0 = t1 = INF
        for lo, hi in ws:
            if a0 <= hi:
                t0 = (a0 if a0 > lo else lo) + service[s]
                break
        for lo, hi in ws:
            if a1 <= hi:
                t1 = (a1 if a1 > lo else lo) + service[s]
                break
        dep0.append(t0)
        dep1.append(t1)
        prev = s
    lat0, lat1 = [tm.shift[1]], [-INF]
    nxt, n0, n1 = tm.end, tm.shift[1], -INF
    for s in reversed(route):
        tt = tl[s][nxt]
        limit0 = n0 - tt - service[s]
        limit1 = n1 - tt - service[s]
        if e + d <= n0:  # the break on the way from s
            alt = (la if la < n0 - tt - d else n0 - tt - d) - service[s]
            if alt > limit1:
                limit1 = alt
        n0 = n1 = -INF
        for lo, hi in windows[s]:
            if lo <= limit0:
                n0 = hi if hi < limit0 else limit0
            if lo <= limit1:
                n1 = hi if hi < limit1 else limit1
        lat0.append(n0)
        lat1.append(n1)
        nxt = s
    lat0.reverse()
    lat1.reverse()
    return dep0, dep1, lat0, lat1


def screen(c: Compiled, team: int, route: list[int], cand: np.ndarray,
           states: LunchStates | None = None) -> tuple[np.ndarray, np.ndarray]:
    """For each candidate site: least push-forward over the route's gaps (INF if none) and gap.

    ``states``: the route's :func:`lunch_states`, if known (their break-taken half is the
    break-free schedule)."""
    if len(cand) == 0:
        return np.empty(0, dtype=np.int64), np.empty(0, dtype=np.int64)
    cost = insertion_costs(c, team, route, cand, states)
    g = np.argmin(cost, axis=0)
    return cost[g, np.arange(len(cand))], g + len(c.problem.teams[team].locked)


def insertion_costs(c: Compiled, team: int, route: list[int], cand: np.ndarray,
                    states: LunchStates | None = None) -> np.ndarray:
    """Push-forward of inserting each candidate (columns) in each unlocked gap (rows; row 0 is
    the gap after the locked stops) on the break-free schedule; INF where that schedule
    becomes infeasible (breaks can only make it worse)."""
    tm = c.problem.teams[team]
    g0 = len(tm.locked)
    nodes = np.array([tm.start, *route, tm.end], dtype=np.int64)
    if states is None:
        dep, lat = _forward_backward(c, team, route)
    else:  # break not yet taken going forward, already taken going backward: break-free
        dep, lat = np.array(states[0], dtype=np.int64), np.array(states[2], dtype=np.int64)
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
    return np.where(ok, back - (dep_l + c.travel[left, right])[:, None], INF)


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

    lunch = [len(b) == 1 for b in c.breaks]
    several = [len(b) > 1 for b in c.breaks]
    states: list[LunchStates | None] = [None] * teams

    def refresh(t: int) -> None:
        sel = np.flatnonzero(alive & c.allowed[t, cand])
        states[t] = lunch_states(c, t, routes[t]) if lunch[t] else None
        cost[t] = INF
        cost[t, sel], gap[t, sel] = screen(c, t, routes[t], cand[sel], states[t])
        ok = cost[t] < INF
        ratio[t] = np.where(ok, weight / np.maximum(cost[t], 1), -np.inf)

    for t in range(teams):
        refresh(t)
    fails = [0] * teams
    while True:
        flat = int(np.argmax(ratio))
        t, j = divmod(flat, len(cand))
        if ratio[t, j] == -np.inf:
            return
        u, g = int(cand[j]), int(gap[t, j])
        new = [*routes[t][:g], u, *routes[t][g:]]
        team_states = states[t]
        if team_states is not None:
            fits = lunch_fits(c, t, routes[t], team_states, g, u)
        else:
            fits = not several[t] or feasible(c, t, new)
        if not fits:
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


def lunch_fits(c: Compiled, team: int, route: list[int], states: LunchStates, g: int,
               u: int) -> bool:
    """Whether ``u`` inserted at position ``g`` of ``route`` keeps the one-break route feasible.

    Exact, in constant time: ``states`` are the route's :func:`lunch_states`. The break goes
    before the gap, on the way to ``u``, on the way from it, or later in the route.
    """
    dep0, dep1, lat0, lat1 = states
    (e, la, d), = c.breaks[team]
    tm = c.problem.teams[team]
    left = tm.start if g == 0 else route[g - 1]
    right = tm.end if g == len(route) else route[g]
    to, back, service = c.tl[left][u], c.tl[u][right], c.sl[u]
    ws = c.windows[u]
    t0, t1, r0, r1 = dep0[g], dep1[g], lat0[g], lat1[g]

    def start(a: int) -> int:
        for lo, hi in ws:
            if a <= hi:
                return a if a > lo else lo
        return INF

    s0 = start(t0 + to)
    if s0 < INF:
        fin = s0 + service
        if fin + back <= r1:  # the break later in the route
            return True
        b = fin if fin > e else e
        if b <= la and max(fin + back + d, b + d) <= r0:  # on the way from u
            return True
    b = t0 if t0 > e else e
    if b <= la:  # on the way to u
        s2 = start(max(t0 + to + d, b + d))
        if s2 < INF and s2 + service + back <= r0:
            return True
    if t1 < INF:  # before the gap
        s3 = start(t1 + to)
        if s3 < INF and s3 + service + back <= r0:
            return True
    return False
