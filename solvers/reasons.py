"""Which sites can never be visited, and why: no allowed team, or no team reaches them alone."""

from __future__ import annotations

import numpy as np

from solvers.compiled import INF, Compiled
from solvers.construct import screen
from solvers.schedule import feasible
from solvers.solution import Reason


def hopeless(c: Compiled) -> dict[int, Reason]:
    """Map each non-depot site that no plan can contain to its reason.

    A site is reachable when some allowed team can serve it as its only free stop, right after
    its locked prefix (the screen is exact without breaks; breaks are confirmed by the DP).
    """
    out: dict[int, Reason] = {}
    reached = np.zeros(len(c.score), dtype=bool)
    for t, tm in enumerate(c.problem.teams):
        cand = c.stops[c.allowed[t, c.stops] & ~reached[c.stops]]
        if len(cand) == 0:
            continue
        lock = list(tm.locked)
        locked_set = set(lock)
        cost, _ = screen(c, t, lock, cand)
        for s, k in zip(cand.tolist(), cost.tolist(), strict=True):
            if s in locked_set or (k < INF and (not tm.breaks or feasible(c, t, [*lock, s]))):
                reached[s] = True
    for s in c.stops.tolist():
        if not c.allowed[:, s].any():
            out[s] = Reason.NO_TEAM
        elif not reached[s]:
            out[s] = Reason.UNREACHABLE
    return out
