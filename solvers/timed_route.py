"""The schedule of one given route: what a hand-edited route's times are, as the search times it.

:func:`time_route` gives a fixed order of sites the exact timing the search gives its own
routes (earliest service starts, breaks placed by :func:`solvers.schedule.timing`), so that a
caller re-timing an edited route gets the same times a solved route would have.
"""

from __future__ import annotations

from collections.abc import Sequence

from solvers.compiled import compile_problem
from solvers.problem import Problem
from solvers.schedule import timing
from solvers.solution import Route, Visit


def time_route(problem: Problem, team: int, sites: Sequence[int]) -> Route | None:
    """``sites`` served in this order by ``team``, timed; None when the order breaks a time
    window, the team's shift or one of its breaks."""
    c = compile_problem(problem)
    tm = timing(c, team, list(sites))
    if tm is None:
        return None
    visits = tuple(Visit(s, a, st, st + int(c.service[s]))
                   for s, (a, st) in zip(sites, tm.stops, strict=True))
    return Route(team, visits, tm.departure, tm.arrival, tuple(tm.breaks))
