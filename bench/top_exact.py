"""Proven optimum of a small TOP instance on exact Euclidean distances (route enumeration + CP-SAT).

Enumerates every elementary path start -> ... -> end whose exact (float) length fits ``tmax``
(1e-9 tolerance), keeps one per site set, and solves the set packing "at most m routes, no site
twice, max score" with CP-SAT. Exhaustive, so only for instances with short budgets (a few
hundred thousand site sets); it is how the best-known values of p5.3.e and p6.4.k were found
unattainable on these files.

    .venv/bin/python bench/top_exact.py p5.3.e p6.4.k
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from collections.abc import Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from ortools.sat.python import cp_model

from bench.instances import load_top


def optimum(name: str, cap: int = 3_000_000) -> tuple[int, int, int | None]:
    """``(optimum, distinct feasible site sets, best-known)``; raises if more than ``cap`` sets."""
    inst = load_top(name)
    d = inst.exact
    end = len(d) - 1
    budget = inst.budget + 1e-9
    score = inst.scores
    reach = [i for i in range(1, end) if d[0, i] + d[i, end] <= budget and score[i] > 0]
    shortest: dict[frozenset[int], float] = {}
    stack: list[tuple[int, float, tuple[int, ...]]] = [(0, 0.0, ())]
    while stack:
        last, length, path = stack.pop()
        if path:
            key = frozenset(path)
            if length < shortest.get(key, float("inf")):
                shortest[key] = length
                if len(shortest) > cap:
                    raise RuntimeError(f"{name}: more than {cap} site sets, too large")
        for j in reach:
            if j not in path and length + d[last, j] + d[j, end] <= budget:
                stack.append((j, length + d[last, j], (*path, j)))
    keys = list(shortest)
    model = cp_model.CpModel()
    x = [model.new_bool_var("") for _ in keys]
    cover: dict[int, list] = defaultdict(list)
    for var, key in zip(x, keys, strict=True):
        for s in key:
            cover[s].append(var)
    for vs in cover.values():
        model.add_at_most_one(vs)
    model.add(sum(x) <= inst.num_teams)
    model.maximize(sum(int(score[list(k)].sum()) * v for k, v in zip(keys, x, strict=True)))
    solver = cp_model.CpSolver()
    solver.parameters.num_workers = 1
    if solver.solve(model) != cp_model.OPTIMAL:
        raise RuntimeError(f"{name}: set packing not solved to optimality")
    return round(solver.objective_value), len(keys), inst.best_known


def main(argv: Sequence[str] | None = None) -> None:
    """Command line."""
    ap = argparse.ArgumentParser(description=(__doc__ or "").split("\n")[0])
    ap.add_argument("instances", nargs="+")
    a = ap.parse_args(argv)
    for name in a.instances:
        best, sets, bks = optimum(name)
        print(f"{name}: optimum {best} over {sets} feasible site sets; best-known listed {bks}")


if __name__ == "__main__":
    main()
