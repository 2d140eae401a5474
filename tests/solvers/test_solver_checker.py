"""The checker rejects each kind of broken solution and accepts a correct one."""

from __future__ import annotations

import dataclasses

import numpy as np
import pytest

from solvers import Break, Problem, Route, Site, Solution, SolutionError, Team, Visit
from solvers.solution import Reason


@pytest.fixture
def problem() -> Problem:
    """Depot 0, stops 1..3 one unit apart on a line, one team with a lunch break, 2 locked."""
    travel = np.array([[abs(i - j) * 10 for j in range(4)] for i in range(4)], dtype=np.int64)
    sites = [Site(), Site(score=5, service=5, windows=((0, 100),), required=True),
             Site(score=3, service=5, windows=((20, 30), (60, 90))),
             Site(score=2, service=5, teams=frozenset({0}))]
    team = Team(0, 0, (0, 200), breaks=(Break(40, 60, 10),), locked=(2,))
    return Problem(travel, sites, [team, Team(0, 0, (0, 200))])


@pytest.fixture
def good() -> Solution:
    """Team 0: 2 (window 20-30), lunch at 40, 1 at 60, 3; team 1 idle."""
    visits = (Visit(2, 20, 20, 25), Visit(1, 35, 60, 65), Visit(3, 85, 85, 90))
    r0 = Route(0, visits, 0, 120, ((0, 40),))
    return Solution((r0, Route(1, (), 0, 0)), 10, {})


def test_good_solution_passes(problem: Problem, good: Solution) -> None:
    """A hand-made valid solution passes the checker."""
    good.verify(problem)


def _with(sol: Solution, team: int, visits: tuple[Visit, ...], **route: object) -> Solution:
    routes = list(sol.routes)
    routes[team] = dataclasses.replace(routes[team], visits=visits, **route)
    return dataclasses.replace(sol, routes=tuple(routes))


def test_missed_window(problem: Problem, good: Solution) -> None:
    """Starting a site outside all its windows is rejected."""
    v = good.routes[0].visits
    bad = _with(good, 0, (Visit(2, 20, 40, 45), *v[1:]))
    with pytest.raises(SolutionError, match="window"):
        bad.verify(problem)


def test_shift_overrun(problem: Problem, good: Solution) -> None:
    """Reaching the end after the shift is rejected."""
    with pytest.raises(SolutionError, match="shift"):
        _with(good, 0, good.routes[0].visits, arrival=201).verify(problem)


def test_site_twice(problem: Problem, good: Solution) -> None:
    """A site in two routes is rejected."""
    bad = _with(good, 1, (Visit(3, 30, 30, 35),), arrival=100)
    bad = dataclasses.replace(bad, score=12)
    with pytest.raises(SolutionError, match="twice"):
        bad.verify(problem)


def test_forbidden_team(problem: Problem, good: Solution) -> None:
    """A site visited by a team it is not allowed to is rejected."""
    v = good.routes[0].visits
    bad = _with(good, 0, v[:2], arrival=100)
    bad = _with(bad, 1, (Visit(3, 30, 30, 35),), arrival=100)
    with pytest.raises(SolutionError, match="forbidden"):
        bad.verify(problem)


def test_broken_lock(problem: Problem, good: Solution) -> None:
    """A route that does not start with its locked sites is rejected."""
    bad = _with(good, 0, (Visit(1, 10, 10, 15), Visit(2, 25, 25, 30), Visit(3, 40, 40, 45)),
                arrival=200, breaks=((0, 45),))
    with pytest.raises(SolutionError, match="lock"):
        bad.verify(problem)


def test_missed_required(problem: Problem, good: Solution) -> None:
    """A required site left out is rejected."""
    v = good.routes[0].visits
    bad = dataclasses.replace(_with(good, 0, (v[0], v[2])), score=5,
                              unvisited={1: Reason.NOT_WORTH})
    with pytest.raises(SolutionError, match="required"):
        bad.verify(problem)


def test_break_not_taken(problem: Problem, good: Solution) -> None:
    """A team that skips its break is rejected."""
    with pytest.raises(SolutionError, match="break"):
        _with(good, 0, good.routes[0].visits, breaks=()).verify(problem)


def test_break_during_service(problem: Problem, good: Solution) -> None:
    """A break that overlaps a service is rejected."""
    with pytest.raises(SolutionError, match="break"):
        _with(good, 0, good.routes[0].visits, breaks=((0, 58),)).verify(problem)


def test_wrong_score(problem: Problem, good: Solution) -> None:
    """A score that is not the sum of the visited sites is rejected."""
    with pytest.raises(SolutionError, match="score"):
        dataclasses.replace(good, score=11).verify(problem)


def test_too_fast(problem: Problem, good: Solution) -> None:
    """Arriving sooner than the travel time allows is rejected."""
    v = good.routes[0].visits
    with pytest.raises(SolutionError, match="before it can get there"):
        _with(good, 0, (Visit(2, 5, 20, 25), *v[1:])).verify(problem)
