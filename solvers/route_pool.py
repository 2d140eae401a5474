"""A pool of good routes and a set-packing recombination of them (OR-Tools CP-SAT).

Every route the search produces is feasible for its team on its own. Teams that are
interchangeable (same start, end, shift, breaks and permissions, no locked stops) share their
routes. Choosing at most one route per team (at most ``k`` per group of ``k`` interchangeable
teams) with no site twice is a set-packing problem; its optimum over the pool recombines
routes found at different moments (or by different processes) into a plan at least as good as
any plan whose routes are all in the pool.
"""

from __future__ import annotations

import itertools
from collections import defaultdict

from solvers.compiled import Compiled

Routes = list[list[int]]


def team_groups(c: Compiled) -> list[int]:
    """Group index of every team; interchangeable teams share one."""
    keys: dict[tuple, int] = {}
    out = []
    for t, tm in enumerate(c.problem.teams):
        if tm.locked:
            key: tuple = ("locked", t)
        else:
            key = (tm.start, tm.end, tm.shift, tm.breaks, c.allowed[t].tobytes())
        out.append(keys.setdefault(key, len(keys)))
    return out


class RoutePool:
    """Distinct routes (by team group and site set, the shortest order kept)."""

    def __init__(self, c: Compiled, cap: int = 6000) -> None:
        self.c = c
        self.group = team_groups(c)
        self.size: defaultdict[int, int] = defaultdict(int)
        for g in self.group:
            self.size[g] += 1
        self.cap = cap
        self.routes: dict[tuple[int, frozenset[int]], tuple[int, int, tuple[int, ...]]] = {}
        """(group, sites) -> (score, length, ordered route)."""
        self.added = 0
        """New entries since the last :meth:`solve`."""

    def _length(self, t: int, route: list[int]) -> int:
        tm = self.c.problem.teams[t]
        tl = self.c.tl
        return sum(tl[a][b] for a, b in itertools.pairwise([tm.start, *route, tm.end]))

    def add(self, routes: Routes) -> None:
        """Offer the routes of one plan (all feasible)."""
        score = self.c.score
        for t, r in enumerate(routes):
            if not r:
                continue
            key = (self.group[t], frozenset(r))
            length = self._length(t, r)
            old = self.routes.get(key)
            if old is None:
                if len(self.routes) >= self.cap:
                    self.prune(self.cap * 3 // 4)
                self.routes[key] = (int(score[r].sum()), length, tuple(r))
                self.added += 1
            elif length < old[1]:
                self.routes[key] = (old[0], length, tuple(r))

    def prune(self, keep: int) -> None:
        """Keep the ``keep`` routes with the most score per length."""
        if len(self.routes) <= keep:
            return
        items = sorted(self.routes.items(), key=lambda kv: -kv[1][0] / (kv[1][1] + 1))
        self.routes = dict(items[:keep])

    def solve(self, best: Routes, time_limit: float, deterministic: bool = False
              ) -> Routes | None:
        """Best disjoint choice of pool routes (``best``'s routes included); None if no better.

        Objective: score first, then shorter total travel. ``best`` is the hint, so the answer
        is never worse than it.
        """
        self.add(best)
        for t, r in enumerate(best):  # never pruned away by the line above
            if r:
                key = (self.group[t], frozenset(r))
                if key not in self.routes:
                    self.routes[key] = (int(self.c.score[r].sum()), self._length(t, r), tuple(r))
        from ortools.sat.python import cp_model  # here: it imports pandas (~0.5 s at start-up)

        self.added = 0
        c = self.c
        keys = list(self.routes)
        vals = [self.routes[k] for k in keys]
        model = cp_model.CpModel()
        x = [model.new_bool_var("") for _ in keys]
        cover: dict[int, list] = defaultdict(list)
        by_group: dict[int, list] = defaultdict(list)
        for var, (g, sites) in zip(x, keys, strict=True):
            by_group[g].append(var)
            for s in sites:
                cover[s].append(var)
        for s, vs in cover.items():
            if c.required[s] or s in c.locked_by:
                model.add(sum(vs) == 1)
            elif len(vs) > 1:
                model.add_at_most_one(vs)
        for g, vs in by_group.items():
            if len(vs) > self.size[g]:
                model.add(sum(vs) <= self.size[g])
        weight = sum(sorted((v[1] for v in vals), reverse=True)[: len(self.group)]) + 1
        model.maximize(sum((v[0] * weight - v[1]) * var for v, var in zip(vals, x, strict=True)))
        chosen_best = {(self.group[t], frozenset(r)) for t, r in enumerate(best) if r}
        for k, var in zip(keys, x, strict=True):
            model.add_hint(var, k in chosen_best)
        solver = cp_model.CpSolver()
        solver.parameters.num_workers = 1
        solver.parameters.symmetry_level = 0  # the same optima, 25 % faster on these models
        if deterministic:
            solver.parameters.max_deterministic_time = time_limit
        else:
            solver.parameters.max_time_in_seconds = time_limit
        status = solver.solve(model)
        if status not in (cp_model.OPTIMAL, cp_model.FEASIBLE):
            return None
        picked: dict[int, list[tuple[int, ...]]] = defaultdict(list)
        for k, var in zip(keys, x, strict=True):
            if solver.value(var):
                picked[k[0]].append(self.routes[k][2])
        out: Routes = [[] for _ in self.group]
        # teams keep their own route when it was chosen again (fewer changes downstream)
        for t, r in enumerate(best):
            g = self.group[t]
            if r and tuple(r) in picked[g]:
                out[t] = list(r)
                picked[g].remove(tuple(r))
        for t in range(len(self.group)):
            g = self.group[t]
            if not out[t] and picked[g]:
                out[t] = list(picked[g].pop())
        return out
