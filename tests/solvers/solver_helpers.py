"""Small problem builders shared by the solver tests."""

from __future__ import annotations

import itertools

import numpy as np

from solvers import Break, Problem, Site, Team


def grid_problem(n_stops: int, n_teams: int, seed: int, shift: int = 400,
                 windows: bool = True) -> Problem:
    """Random stops on a 100 x 100 square, depot 0 for every team, Euclidean times rounded up."""
    rng = np.random.default_rng(seed)
    xy = rng.uniform(0, 100, size=(n_stops + 1, 2))
    xy[0] = 50.0
    travel = np.ceil(np.hypot(*(xy[:, None, :] - xy[None, :, :]).transpose(2, 0, 1)))
    sites = [Site()]
    for _ in range(n_stops):
        if windows:
            lo = int(rng.integers(0, shift // 2))
            wins: tuple[tuple[int, int], ...] = ((lo, lo + int(rng.integers(20, shift // 2))),)
        else:
            wins = ((0, shift),)
        sites.append(Site(score=int(rng.integers(1, 20)), service=int(rng.integers(0, 15)),
                          windows=wins))
    teams = [Team(0, 0, (0, shift))] * n_teams
    return Problem(travel.astype(np.int64), sites, teams)


def brute_force(problem: Problem) -> int:
    """Best total score by enumerating every ordered route of every team (tiny problems only)."""
    stops = [i for i in range(len(problem.sites)) if i not in problem.depots]
    per_team: list[dict[frozenset[int], int]] = []
    for team in problem.teams:
        best: dict[frozenset[int], int] = {}
        for k in range(len(stops) + 1):
            for order in itertools.permutations(stops, k):
                if _fits(problem, team, order):
                    best[frozenset(order)] = sum(problem.sites[s].score for s in order)
        per_team.append(best)
    top = 0
    for combo in itertools.product(*(d.items() for d in per_team)):
        sets = [s for s, _ in combo]
        if sum(len(s) for s in sets) == len(frozenset().union(*sets)):
            top = max(top, sum(v for _, v in combo))
    return top


def _fits(problem: Problem, team: Team, order: tuple[int, ...]) -> bool:
    """Plain earliest-start simulation without breaks."""
    time, prev = team.shift[0], team.start
    for s in order:
        site = problem.sites[s]
        arrive = time + int(problem.travel[prev, s])
        starts = [max(arrive, lo) for lo, hi in site.windows if arrive <= hi]
        if not starts:
            return False
        time, prev = min(starts) + site.service, s
    return time + int(problem.travel[prev, team.end]) <= team.shift[1]


def city_problem(n_stops: int, n_teams: int, seed: int) -> Problem:
    """The scale case of docs/solvers.md: stations and team bases in a 200 km square.

    54 km/h, windows 07-20 h, 20 min service, shifts 06-22 h, a one-hour lunch between 12 and
    14 h; each team starts and ends at its own base (the first ``n_teams`` rows).
    """
    from solvers import Break

    rng = np.random.default_rng(seed)
    xy = rng.uniform(0, 200_000, size=(n_teams + n_stops, 2))
    dist = np.hypot(*(xy[:, None, :] - xy[None, :, :]).transpose(2, 0, 1))
    travel = np.ceil(dist / 15.0).astype(np.int64)  # 54 km/h = 15 m/s
    h = 3600
    sites = [Site() for _ in range(n_teams)]
    sites += [Site(score=int(rng.integers(1, 10)), service=1200, windows=((7 * h, 20 * h),))
              for _ in range(n_stops)]
    teams = [Team(t, t, (6 * h, 22 * h), breaks=(Break(12 * h, 14 * h, h),))
             for t in range(n_teams)]
    return Problem(travel, sites, teams)


def random_route(seed: int, *, breaks: int, stops: int = 5, windows: int = 2
                 ) -> tuple[Problem, list[int]]:
    """One team, ``stops`` sites with up to ``windows`` windows each, ``breaks`` breaks with
    random (often nested or overlapping) windows, and a random order of all the sites."""
    rng = np.random.default_rng(seed)
    n = int(rng.integers(1, stops + 1))
    travel = rng.integers(0, 40, size=(n + 1, n + 1))
    np.fill_diagonal(travel, 0)
    sites = [Site()]
    for _ in range(n):
        opens = sorted(int(x) for x in rng.integers(0, 250, size=int(rng.integers(1, windows + 1))))
        sites.append(Site(score=1, service=int(rng.integers(0, 30)),
                          windows=tuple((lo, lo + int(rng.integers(0, 120))) for lo in opens)))
    brk = []
    for _ in range(breaks):
        lo = int(rng.integers(0, 250))
        brk.append(Break(lo, lo + int(rng.integers(0, 120)), int(rng.integers(0, 50))))
    team = Team(0, 0, (int(rng.integers(0, 30)), int(rng.integers(150, 500))),
                breaks=tuple(brk))
    problem = Problem(travel, tuple(sites), (team,))
    return problem, [int(x) for x in rng.permutation(np.arange(1, n + 1))]
