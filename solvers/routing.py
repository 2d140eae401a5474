"""Improve routes with OR-Tools' routing local search, warm-started from given routes.

The model is prize-collecting: arc cost = travel time (``RegisterTransitMatrix``), every
optional site is a disjunction whose penalty is its score times ``scale`` (larger than any total
travel, so score always wins and travel breaks ties), a time dimension carries windows (gaps
between windows removed from the cumul domain), shifts and breaks; locks are ``NextVar``
constraints and team permissions restrict ``VehicleVar``. The result is re-timed with
the exact scheduler and any route OR-Tools read differently is repaired by dropping stops.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Sequence

import numpy as np
from ortools.constraint_solver import pywrapcp, routing_enums_pb2
from ortools.util.optional_boolean_pb2 import BOOL_FALSE, BOOL_TRUE

from solvers.compiled import Compiled
from solvers.schedule import feasible

Routes = list[list[int]]
_HEAVY = ("use_global_cheapest_insertion_path_lns", "use_local_cheapest_insertion_path_lns",
          "use_relocate_path_global_cheapest_insertion_insert_unperformed",
          "use_global_cheapest_insertion_visit_types_lns",
          "use_local_cheapest_insertion_visit_types_lns", "use_relocate_expensive_chain",
          "use_exchange_subtrip", "use_relocate_subtrip", "use_lin_kernighan",
          "use_relocate_pair", "use_exchange_pair", "use_light_relocate_pair")


def improve(c: Compiled, routes: Routes, teams: Sequence[int], free: np.ndarray, *,
            time_limit: float = 1.0, solution_limit: int | None = None, seed: int = 0,
            should_stop: Callable[[], bool] | None = None, guided: bool = True) -> Routes | None:
    """Re-optimise the routes of ``teams`` with the ``free`` sites; return all routes or None.

    Routes of other teams are copied unchanged. ``should_stop`` is polled at each OR-Tools
    solution and cancels its search. ``guided``: guided local search until a limit, else plain
    descent to the first local optimum.
    """
    del seed  # OR-Tools' routing local search is deterministic
    if not teams:
        return [list(r) for r in routes]
    tms = [c.problem.teams[t] for t in teams]
    mine = {s for t in teams for s in routes[t]}
    sites = [int(s) for s in c.stops
             if (s in mine or free[s]) and bool(np.any(c.allowed[list(teams)][:, s]))
             and (c.score[s] > 0 or c.required[s] or s in mine)]
    depots = sorted({d for tm in tms for d in (tm.start, tm.end)})
    nodes = depots + sites
    local = {s: i for i, s in enumerate(nodes)}
    manager = pywrapcp.RoutingIndexManager(len(nodes), len(tms),
                                           [local[tm.start] for tm in tms],
                                           [local[tm.end] for tm in tms])
    model = pywrapcp.RoutingModel(manager)
    travel = c.travel[np.ix_(nodes, nodes)]
    service = c.service[nodes].copy()
    service[: len(depots)] = 0
    arc = model.RegisterTransitMatrix(travel.tolist())
    model.SetArcCostEvaluatorOfAllVehicles(arc)
    busy = model.RegisterTransitMatrix((travel + service[:, None]).tolist())
    horizon = max(tm.shift[1] for tm in tms)
    model.AddDimension(busy, horizon, horizon, False, "time")
    time = model.GetDimensionOrDie("time")
    scale = sum(tm.shift[1] - tm.shift[0] for tm in tms) + 1
    big = scale * (int(c.score[sites].sum()) + 1) if sites else 1
    idx = {s: manager.NodeToIndex(local[s]) for s in sites}
    for s in sites:
        i = idx[s]
        ws = c.windows[s]
        cumul = time.CumulVar(i)
        cumul.SetRange(ws[0][0], min(ws[-1][1], horizon))
        for (_, hi), (lo, _) in itertools.pairwise(ws):
            if hi + 1 <= lo - 1:
                cumul.RemoveInterval(hi + 1, lo - 1)
        allowed = [v for v, t in enumerate(teams) if c.allowed[t, s]]
        if len(allowed) < len(tms):
            model.VehicleVar(i).SetValues([-1, *allowed])
        if c.required[s] or s in c.locked_by:
            if s not in mine:
                model.AddDisjunction([i], big)
        else:
            model.AddDisjunction([i], int(c.score[s]) * scale)
    solver = model.solver()
    for v, tm in enumerate(tms):
        time.CumulVar(model.Start(v)).SetRange(tm.shift[0], tm.shift[1])
        time.CumulVar(model.End(v)).SetRange(tm.shift[0], tm.shift[1])
        prev = model.Start(v)
        for s in tm.locked:
            solver.Add(model.NextVar(prev) == idx[s])
            prev = idx[s]
        if tm.breaks:
            intervals = [solver.FixedDurationIntervalVar(b.earliest, b.latest, b.duration, False,
                                                         f"break{v}_{k}")
                         for k, b in enumerate(tm.breaks)]
            visit = [int(service[manager.IndexToNode(i)]) for i in range(model.Size())]
            time.SetBreakIntervalsOfVehicle(intervals, v, visit)
    params = pywrapcp.DefaultRoutingSearchParameters()
    meta = routing_enums_pb2.LocalSearchMetaheuristic
    params.local_search_metaheuristic = meta.GUIDED_LOCAL_SEARCH if guided else meta.GREEDY_DESCENT
    ops = params.local_search_operators
    ops.use_extended_swap_active = BOOL_TRUE
    ops.use_relocate_and_make_active = BOOL_TRUE
    for name in _HEAVY:  # large-neighbourhood operators: our outer search does that part
        setattr(ops, name, BOOL_FALSE)
    if solution_limit is not None:
        params.solution_limit = solution_limit
    params.time_limit.FromMilliseconds(max(1, int(time_limit * 1000)))
    # OR-Tools keeps a C++ reference to the Python callback, invisible to Python's garbage
    # collector: a closure over ``model`` would make a cycle that is never freed (the whole
    # model, ~1.5 MB per descent on 300 sites, leaked every iteration). The callback therefore
    # reaches the model through ``box``, which is emptied once the search is over.
    box = [model]
    if should_stop is not None:
        model.AddAtSolutionCallback(lambda: _poll(box, should_stop))
    try:
        return _run(c, model, manager, params, routes, teams, nodes, idx)
    finally:
        box.clear()


def _poll(box: list, should_stop: Callable[[], bool]) -> None:
    if box and should_stop():
        box[0].CancelSearch()


def _run(c: Compiled, model: pywrapcp.RoutingModel, manager: pywrapcp.RoutingIndexManager,
         params: object, routes: Routes, teams: Sequence[int], nodes: list[int],
         idx: dict[int, int]) -> Routes | None:
    start = model.ReadAssignmentFromRoutes(
        [[idx[s] for s in routes[t]] for t in teams], True)
    if start is None:
        return None
    result = model.SolveFromAssignmentWithParameters(start, params)
    if result is None:
        return None
    out = [list(r) for r in routes]
    for v, t in enumerate(teams):
        i = result.Value(model.NextVar(model.Start(v)))
        route = []
        while not model.IsEnd(i):
            route.append(nodes[manager.IndexToNode(i)])
            i = result.Value(model.NextVar(i))
        out[t] = _repair(c, t, route)
    return out


def _repair(c: Compiled, team: int, route: list[int]) -> list[int]:
    """Drop the cheapest free stops until the exact scheduler accepts the route."""
    locked = len(c.problem.teams[team].locked)
    while not feasible(c, team, route) and len(route) > locked:
        k = min(range(locked, len(route)),
                key=lambda i: (bool(c.required[route[i]]), int(c.score[route[i]])))
        route = route[:k] + route[k + 1:]
    return route
