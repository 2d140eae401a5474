"""Greedy insertion (``solvers.construct``): its screen, its lunch check, and what it builds."""

from __future__ import annotations

import numpy as np
import pytest
from solver_helpers import grid_problem, random_route

from solvers import Break, Problem, Site, Team
from solvers.compiled import INF, compile_problem
from solvers.construct import insert_greedy, insertion_costs, lunch_fits, lunch_states, screen
from solvers.schedule import feasible


def _feasible_after(problem: Problem, route: list[int], gap: int, site: int) -> bool:
    return feasible(compile_problem(problem), 0, [*route[:gap], site, *route[gap:]])


@pytest.mark.parametrize("breaks", [0, 1])
def test_screen_is_exact_without_breaks_and_never_too_strict(breaks: int) -> None:
    """Every gap of every insertion: without breaks the screen says "fits" exactly when the
    route stays feasible; with a break it never refuses a feasible one (the lunch check
    confirms its choice)."""
    checked = 0
    for seed in range(150):
        problem, order = random_route(seed, breaks=breaks, stops=6)
        c = compile_problem(problem)
        route, cand = order[: len(order) // 2], np.array(order[len(order) // 2:])
        if not feasible(c, 0, route) or not len(cand):
            continue
        cost = insertion_costs(c, 0, route, cand)
        for gap in range(len(route) + 1):
            for j, site in enumerate(cand.tolist()):
                fits = _feasible_after(problem, route, gap, site)
                checked += 1
                if breaks == 0:
                    assert (cost[gap, j] < INF) == fits, (seed, gap, site)
                elif fits:
                    assert cost[gap, j] < INF, (seed, gap, site)
    assert checked > 200


def test_lunch_check_is_exact() -> None:
    """For a team with one break, ``lunch_fits`` says exactly whether an insertion keeps the
    route feasible (compared with the exact schedule on every gap and site)."""
    outcomes = set()
    for seed in range(300):
        problem, order = random_route(seed, breaks=1, stops=7)
        c = compile_problem(problem)
        route = order[: len(order) // 2]
        if not feasible(c, 0, route):
            continue
        states = lunch_states(c, 0, route)
        for gap in range(len(route) + 1):
            for site in order[len(order) // 2:]:
                fits = _feasible_after(problem, route, gap, site)
                assert lunch_fits(c, 0, route, states, gap, site) == fits, (seed, gap, site)
                outcomes.add(fits)
    assert outcomes == {True, False}


def test_screen_picks_the_cheapest_gap() -> None:
    """On a line, a site between two stops goes between them (the least added time)."""
    xs = [0, 10, 20, 30]
    travel = np.array([[abs(a - b) for b in xs] for a in xs])
    problem = Problem(travel, (Site(), Site(score=1), Site(score=1), Site(score=1)),
                      (Team(0, 0, (0, 1000)),))
    c = compile_problem(problem)
    cost, gap = screen(c, 0, [1, 3], np.array([2]))
    assert gap.tolist() == [1] and cost.tolist() == [0]  # 10 -> 20 -> 30 adds nothing


@pytest.mark.parametrize("seed", range(5))
def test_greedy_fills_routes_until_nothing_fits(seed: int) -> None:
    """Routes stay feasible, no site twice, required sites in, and every site left out
    fits nowhere (the greedy stops only when the routes are full)."""
    problem = grid_problem(40, 3, seed, shift=300)
    sites = list(problem.sites)
    sites[5] = Site(score=0, service=5, windows=sites[5].windows, required=True)
    problem = Problem(problem.travel, tuple(sites), problem.teams)
    c = compile_problem(problem)
    routes: list[list[int]] = [[] for _ in problem.teams]
    free = c.usable.copy()
    insert_greedy(c, routes, free)
    on = [s for r in routes for s in r]
    assert len(on) == len(set(on)) and 5 in on
    assert all(feasible(c, t, r) for t, r in enumerate(routes))
    for site in range(1, len(sites)):
        if site in on or problem.sites[site].score == 0:
            continue
        assert not free[site] or not any(
            feasible(c, t, [*r[:g], site, *r[g:]])
            for t, r in enumerate(routes) for g in range(len(r) + 1)), site


def test_greedy_with_a_lunch_break_keeps_every_route_feasible() -> None:
    """Teams with a lunch: the greedy never builds a route the break does not fit."""
    for seed in range(5):
        base = grid_problem(40, 2, seed, shift=400)
        lunch = (Break(150, 250, 60),)
        teams = tuple(Team(t.start, t.end, t.shift, breaks=lunch) for t in base.teams)
        problem = Problem(base.travel, base.sites, teams)
        c = compile_problem(problem)
        routes: list[list[int]] = [[] for _ in teams]
        insert_greedy(c, routes, c.usable.copy(), np.random.default_rng(seed), noise=0.3)
        assert sum(map(len, routes)) > 0
        assert all(feasible(c, t, r) for t, r in enumerate(routes))


def test_greedy_is_deterministic_for_a_seed() -> None:
    """The same generator seed gives the same routes."""
    problem = grid_problem(50, 3, 1, shift=300)
    c = compile_problem(problem)

    def build() -> list[list[int]]:
        routes: list[list[int]] = [[] for _ in problem.teams]
        insert_greedy(c, routes, c.usable.copy(), np.random.default_rng(4), noise=0.3,
                      power=1.5)
        return routes

    assert build() == build()
