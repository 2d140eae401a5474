"""solve(): optimality on tiny problems, determinism, reasons, features and edge cases."""

from __future__ import annotations

import numpy as np
import pytest
from solver_helpers import brute_force, grid_problem

from solvers import (
    Break,
    Callbacks,
    InfeasibleError,
    Problem,
    Reason,
    Site,
    SolveParams,
    Team,
    solve,
)
from solvers.compiled import compile_problem
from solvers.search import COLD, COLD_WORKER, HOT, styles

FAST = SolveParams(deterministic=True, max_iterations=30, num_workers=1)


@pytest.mark.parametrize("seed", range(6))
def test_tiny_optimum(seed: int) -> None:
    """7 stops, 2 teams with windows and service: the brute-force optimum is found."""
    problem = grid_problem(7, 2, seed, shift=150)
    sol = solve(problem, FAST)
    sol.verify(problem)
    assert sol.score == brute_force(problem)


def test_deterministic_reproduces() -> None:
    """Same problem and seed in deterministic mode give identical plans."""
    problem = grid_problem(40, 3, 7)
    a = solve(problem, FAST)
    b = solve(problem, FAST)
    assert a.routes == b.routes and a.score == b.score


def test_deterministic_with_two_workers() -> None:
    """Deterministic mode with a worker process also reproduces."""
    problem = grid_problem(30, 2, 3)
    params = SolveParams(deterministic=True, max_iterations=10, num_workers=2)
    a, b = solve(problem, params), solve(problem, params)
    a.verify(problem)
    assert a.routes == b.routes


def _line(n: int) -> np.ndarray:
    return np.array([[abs(i - j) * 10 for j in range(n)] for i in range(n)], dtype=np.int64)


def test_unvisited_reasons() -> None:
    """NO_TEAM, UNREACHABLE (window and distance) and NOT_WORTH are told apart."""
    sites = [Site(),
             Site(score=5, teams=frozenset()),           # 1: allowed to nobody
             Site(score=5, windows=((500, 600),)),       # 2: opens after the shift
             Site(score=5),                              # 3: too far (see travel)
             Site(score=9, service=100, windows=((40, 40),)),  # 4: both fit alone, not both
             Site(score=1, windows=((50, 60),))]  # 5
    travel = _line(6)
    travel[0, 3] = travel[3, 0] = 1000
    problem = Problem(travel, sites, [Team(0, 0, (0, 300))])
    sol = solve(problem, FAST)
    sol.verify(problem)
    assert sol.unvisited == {1: Reason.NO_TEAM, 2: Reason.UNREACHABLE, 3: Reason.UNREACHABLE,
                             5: Reason.NOT_WORTH}


def test_no_teams() -> None:
    """Without teams every site is NO_TEAM and the plan is empty."""
    problem = Problem(_line(3), [Site(score=1)] * 3, [])
    sol = solve(problem, FAST)
    sol.verify(problem)
    assert sol.routes == () and sol.unvisited == dict.fromkeys(range(3), Reason.NO_TEAM)


def test_no_sites() -> None:
    """An empty problem gives an empty plan."""
    problem = Problem(np.zeros((0, 0), dtype=np.int64), [], [])
    assert solve(problem, FAST).score == 0


def test_one_site() -> None:
    """A single stop is visited."""
    problem = Problem(_line(2), [Site(), Site(score=4)], [Team(0, 0, (0, 100))])
    sol = solve(problem, FAST)
    sol.verify(problem)
    assert sol.score == 4 and sol.routes[0].sites == [1]


def test_required_sites_opening_and_counting() -> None:
    """A team's opening (07:00) and counting (from 20:00) stations are both visited."""
    h = 3600
    sites = [Site(), Site(score=0, service=1800, windows=((7 * h, 7 * h + 600),), required=True,
                          teams=frozenset({0})),
             Site(score=3, service=1800), Site(score=3, service=1800),
             Site(score=0, service=2 * h, windows=((20 * h, 21 * h),), required=True,
                  teams=frozenset({0}))]
    travel = _line(5) * 60
    problem = Problem(travel, sites, [Team(0, 0, (6 * h, 23 * h),
                                           breaks=(Break(12 * h, 14 * h, h),))])
    sol = solve(problem, FAST)
    sol.verify(problem)
    route = sol.routes[0]
    assert route.sites[0] == 1 and route.sites[-1] == 4 and sol.score == 6
    assert len(route.breaks) == 1 and 12 * h <= route.breaks[0][1] <= 14 * h


def test_required_unreachable_raises() -> None:
    """A required site nobody can reach raises InfeasibleError naming it."""
    sites = [Site(), Site(score=1, windows=((500, 600),), required=True)]
    problem = Problem(_line(2), sites, [Team(0, 0, (0, 100))])
    with pytest.raises(InfeasibleError, match="site 1") as err:
        solve(problem, FAST)
    assert err.value.sites == {1: Reason.UNREACHABLE}


def test_locked_prefix_kept() -> None:
    """Re-planning keeps the locked sites in order at the head of the route."""
    problem = grid_problem(20, 2, 11, windows=False)
    teams = [Team(0, 0, (0, 400), locked=(5, 3)), problem.teams[1]]
    problem = Problem(problem.travel, problem.sites, teams)
    sol = solve(problem, FAST)
    sol.verify(problem)
    assert sol.routes[0].sites[:2] == [5, 3]


def test_team_permissions_and_different_depots() -> None:
    """Sites allowed to one team only, and a team that ends elsewhere than it starts."""
    problem = grid_problem(15, 2, 5, windows=False)
    sites = list(problem.sites)
    sites[1] = Site()  # second depot
    for s in range(2, 9):
        sites[s] = Site(score=10, teams=frozenset({1}))
    problem = Problem(problem.travel, sites, [Team(0, 1, (0, 300)), Team(1, 0, (0, 300))])
    sol = solve(problem, FAST)
    sol.verify(problem)
    assert not set(sol.routes[0].sites) & set(range(2, 9))


def test_several_windows() -> None:
    """A site with two windows is served in the one that fits."""
    sites = [Site(), Site(score=1, windows=((0, 5), (100, 120)))]
    problem = Problem(_line(2), sites, [Team(0, 0, (0, 200))])
    sol = solve(problem, FAST)
    assert sol.routes[0].visits[0].start == 100


def test_callbacks_report_every_improvement() -> None:
    """on_start, on_improvement (first the greedy plan) and on_end are called in order."""
    events: list[str] = []

    class Spy(Callbacks):
        def on_start(self) -> None:
            events.append("start")

        def on_improvement(self, score: int, elapsed: float, solution: object) -> None:
            events.append(f"best {score}")

        def on_end(self, solution: object) -> None:
            events.append("end")

    problem = grid_problem(30, 2, 1)
    sol = solve(problem, FAST, callbacks=Spy())
    assert events[0] == "start" and events[1].startswith("best") and events[-1] == "end"
    assert events[-2] == f"best {sol.score}"


def test_team_that_cannot_reach_its_end_stays_home() -> None:
    """A team whose start -> end trip alone overruns its shift is unused (TOP p4.3.a case)."""
    travel = _line(3)
    sites = [Site(), Site(score=5), Site()]
    problem = Problem(travel, sites, [Team(0, 2, (0, 15)), Team(0, 0, (0, 100))])
    sol = solve(problem, FAST)
    sol.verify(problem)
    assert sol.routes[0].visits == () and sol.routes[0].departure == sol.routes[0].arrival
    assert sol.score == 5 and sol.routes[1].sites == [1]
    alone = Problem(travel, sites, [Team(0, 2, (0, 15))])
    sol = solve(alone, FAST)
    sol.verify(alone)
    assert sol.score == 0 and sol.unvisited == {1: Reason.UNREACHABLE}


def test_travel_without_triangle_inequality() -> None:
    """A matrix where a detour is shorter than the direct trip (road times) is handled."""
    travel = _line(5)
    travel[0, 2] = travel[2, 0] = 21  # 0 -> 1 -> 2 saves one second: a removal "saves" -1
    sites = [Site()] + [Site(score=3)] * 4
    problem = Problem(travel, sites, [Team(0, 0, (0, 90))])
    sol = solve(problem, FAST)
    sol.verify(problem)
    assert sol.score == brute_force(problem)


def test_search_style_follows_windows() -> None:
    """Sites open all day get the hot walk (TOP); sites with windows the cold one (TOPTW)."""
    assert styles(compile_problem(grid_problem(30, 2, 0, windows=False))) == (HOT, HOT)
    assert styles(compile_problem(grid_problem(30, 2, 0))) == (COLD, COLD_WORKER)
    assert styles(compile_problem(Problem(np.zeros((1, 1), dtype=np.int64), [Site()],
                                          [Team(0, 0, (0, 10))]))) == (HOT, HOT)
