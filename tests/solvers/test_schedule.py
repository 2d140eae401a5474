"""Route timing (``solvers.schedule``) against a brute force over every break placement."""

from __future__ import annotations

import itertools

import numpy as np
import pytest
from solver_helpers import random_route

from solvers import Break, Problem, Reason, Route, Site, Solution, Team, Visit
from solvers.compiled import compile_problem
from solvers.schedule import feasible, timing


def brute_force(problem: Problem, route: list[int]) -> int | None:
    """Earliest arrival at the end over every placement of the breaks: each break in any gap
    (before a stop or before the end), in any order within a gap, everything as early as it
    can be; None when no placement fits. Written from the problem's rules alone."""
    team = problem.teams[0]
    nodes = [*route, team.end]
    best = None
    for gaps in itertools.product(range(len(nodes)), repeat=len(team.breaks)):
        for order in itertools.permutations(range(len(team.breaks))):
            end = _simulate(problem, nodes, [[b for b in order if gaps[b] == g]
                                             for g in range(len(nodes))])
            if end is not None and (best is None or end < best):
                best = end
    return best


def _simulate(problem: Problem, nodes: list[int], per_gap: list[list[int]]) -> int | None:
    team = problem.teams[0]
    time, prev = team.shift[0], team.start
    for g, site in enumerate(nodes):
        clock, resting = time, 0
        for b in per_gap[g]:
            brk = team.breaks[b]
            start = max(clock, brk.earliest)
            if start > brk.latest:
                return None
            clock, resting = start + brk.duration, resting + brk.duration
        arrival = max(time + int(problem.travel[prev, site]) + resting, clock)
        if g == len(nodes) - 1:
            return arrival if arrival <= team.shift[1] else None
        starts = [max(arrival, lo) for lo, hi in problem.sites[site].windows if arrival <= hi]
        if not starts:
            return None
        time, prev = min(starts) + problem.sites[site].service, site
    return None  # pragma: no cover (the end is the last node)


def _checked(problem: Problem, route: list[int]) -> None:
    """The timing, as a one-route solution, passes the solution checker."""
    c = compile_problem(problem)
    tm = timing(c, 0, route)
    assert tm is not None
    visits = tuple(Visit(s, a, st, st + problem.sites[s].service)
                   for s, (a, st) in zip(route, tm.stops, strict=True))
    solution = Solution((Route(0, visits, tm.departure, tm.arrival, tuple(tm.breaks)),),
                        len(route), {s: Reason.NOT_WORTH for s in range(1, len(problem.sites))
                                     if s not in route})
    solution.verify(problem)


@pytest.mark.parametrize("breaks", [0, 1, 2, 3])
def test_timing_matches_the_brute_force(breaks: int) -> None:
    """Feasible exactly when some break placement fits, with the earliest possible end; the
    schedule it gives passes the checker; ``feasible`` agrees."""
    seen = {True: 0, False: 0}
    for seed in range(400 if breaks < 3 else 150):
        problem, route = random_route(seed, breaks=breaks)
        c = compile_problem(problem)
        tm = timing(c, 0, route)
        expected = brute_force(problem, route)
        assert (tm is None) == (expected is None), (seed, route)
        assert feasible(c, 0, route) == (expected is not None), (seed, route)
        seen[expected is not None] += 1
        if tm is not None:
            assert tm.arrival == expected, seed
            _checked(problem, route)
    assert min(seen.values()) > 20  # both outcomes are exercised


def test_breaks_with_nested_windows_are_taken_in_either_order() -> None:
    """A long break that may start over a long span and a short one with a narrow window
    inside it: only the short one first fits (the order by earliest start does not)."""
    travel = np.array([[0, 10], [10, 0]])
    long, short = Break(0, 100, 30), Break(10, 20, 5)
    team = Team(0, 0, (0, 200), breaks=(long, short))
    problem = Problem(travel, (Site(), Site(score=1, service=10)), (team,))
    c = compile_problem(problem)
    tm = timing(c, 0, [1])
    assert tm is not None and feasible(c, 0, [1])
    starts = dict(tm.breaks)
    assert starts[1] <= 20 and starts[0] >= starts[1] + 5  # the short one first
    _checked(problem, [1])


def test_a_route_that_misses_a_window_is_infeasible() -> None:
    """Arriving after the only window closes makes the route infeasible, breaks or not."""
    travel = np.array([[0, 50], [50, 0]])
    site = Site(score=1, windows=((0, 40),))
    for brk in ((), (Break(0, 100, 10),)):
        problem = Problem(travel, (Site(), site), (Team(0, 0, (0, 500), breaks=brk),))
        c = compile_problem(problem)
        assert timing(c, 0, [1]) is None and not feasible(c, 0, [1])
