"""The result of :func:`solvers.solve` and its independent checker :meth:`Solution.verify`.

The checker trusts nothing the solver computed: it re-reads every time against the problem's
integer travel matrix, windows, shifts, breaks, locks, team permissions and required sites.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field

from solvers.problem import Problem


class Reason(enum.Enum):
    """Why a (non-depot) site is not in the solution."""

    UNREACHABLE = "unreachable"
    """No allowed team can serve it in any window within its shift, even as its only stop."""
    NO_TEAM = "no team"
    """No existing team is allowed to visit it."""
    NOT_WORTH = "not worth"
    """It could be served alone, but the search left it out for better sites."""


class SolutionError(ValueError):
    """A solution breaks a rule of its problem; the message names the rule, team and site."""


class InfeasibleError(ValueError):
    """Some required sites cannot be served; ``sites`` maps each to a reason (``None``: unknown)."""

    def __init__(self, sites: dict[int, Reason | None]) -> None:
        self.sites = sites
        what = ", ".join(f"site {s} ({r.value if r else 'no plan found that serves it'})"
                         for s, r in sorted(sites.items()))
        super().__init__(f"required sites cannot be served: {what}")


@dataclass(frozen=True)
class Visit:
    """One stop: arrive at ``arrival``, serve from ``start`` to ``end``."""

    site: int
    arrival: int
    start: int
    end: int


@dataclass(frozen=True)
class Route:
    """The day of one team: leave its start at ``departure``, reach its end at ``arrival``."""

    team: int
    visits: tuple[Visit, ...]
    departure: int
    arrival: int
    breaks: tuple[tuple[int, int], ...] = ()
    """``(index in Team.breaks, start time)`` of each break taken."""

    @property
    def sites(self) -> list[int]:
        """The visited sites, in order."""
        return [v.site for v in self.visits]


@dataclass(frozen=True)
class Solution:
    """Routes (one per team, in team order), their total score and the sites left out."""

    routes: tuple[Route, ...]
    score: int
    unvisited: dict[int, Reason] = field(default_factory=dict)
    runtime: float = 0.0
    iterations: int = 0

    def verify(self, problem: Problem) -> None:
        """Raise :class:`SolutionError` on the first broken rule; return quietly otherwise."""
        _verify(self, problem)


def _fail(msg: str) -> None:
    raise SolutionError(msg)


def _verify(sol: Solution, problem: Problem) -> None:
    sites, travel, teams = problem.sites, problem.travel, problem.teams
    depots = problem.depots
    if len(sol.routes) != len(teams):
        _fail(f"{len(sol.routes)} routes for {len(teams)} teams")
    seen: dict[int, int] = {}
    total = 0
    for k, (route, team) in enumerate(zip(sol.routes, teams, strict=True)):
        if route.team != k:
            _fail(f"route {k} claims team {route.team}")
        where = f"team {k}"
        if route.departure < team.shift[0]:
            _fail(f"{where} leaves at {route.departure}, before its shift starts {team.shift[0]}")
        if route.arrival > team.shift[1]:
            _fail(f"{where} ends at {route.arrival}, after its shift ends {team.shift[1]} "
                  "(shift overrun)")
        if (not route.visits and not route.breaks and not team.locked
                and route.departure == route.arrival):
            continue  # an unused team that stays home: no travel, no breaks
        route_sites = route.sites
        if tuple(route_sites[:len(team.locked)]) != team.locked:
            _fail(f"{where} does not start with its locked sites {team.locked} (broken lock)")
        # gaps: (from site, leave time, to site, reach time); the last one goes to the end depot
        gaps = []
        prev, leave = team.start, route.departure
        for v in route.visits:
            s = v.site
            if not 0 <= s < len(sites) or s in depots:
                _fail(f"{where} visits {s}, which is not a stop site")
            if s in seen:
                _fail(f"site {s} visited twice (teams {seen[s]} and {k})")
            seen[s] = k
            site = sites[s]
            if site.teams is not None and k not in site.teams:
                _fail(f"{where} visits site {s}, which is forbidden to it")
            if v.arrival < leave + int(travel[prev, s]):
                _fail(f"{where} reaches site {s} at {v.arrival}, before it can get there")
            if v.start < v.arrival:
                _fail(f"{where} starts site {s} before arriving")
            if not any(lo <= v.start <= hi for lo, hi in site.windows):
                _fail(f"{where} starts site {s} at {v.start}, outside its windows "
                      f"{site.windows} (window missed)")
            if v.end != v.start + site.service:
                _fail(f"{where} serves site {s} for {v.end - v.start}s, not {site.service}s")
            gaps.append((prev, leave, s, v.start))
            total += site.score
            prev, leave = s, v.end
        if route.arrival < leave + int(travel[prev, team.end]):
            _fail(f"{where} reaches its end at {route.arrival}, before it can get there")
        gaps.append((prev, leave, team.end, route.arrival))
        _verify_breaks(where, team, route, gaps, travel)
    for i, site in enumerate(sites):
        if site.required and i not in depots and i not in seen:
            _fail(f"required site {i} is not visited (missed required site)")
        if i in seen and i in sol.unvisited:
            _fail(f"site {i} is visited and also listed as unvisited")
        if i not in seen and i not in depots and i not in sol.unvisited:
            _fail(f"site {i} is neither visited nor listed as unvisited")
    if total != sol.score:
        _fail(f"score is {sol.score} but the visited sites are worth {total}")


def _verify_breaks(where: str, team, route: Route, gaps, travel) -> None:
    taken = sorted(b for b, _ in route.breaks)
    if taken != list(range(len(team.breaks))):
        _fail(f"{where} takes breaks {taken} but has {len(team.breaks)} (break not taken)")
    used = [0] * len(gaps)
    spans: list[list[tuple[int, int]]] = [[] for _ in gaps]
    for b, start in route.breaks:
        brk = team.breaks[b]
        if not brk.earliest <= start <= brk.latest:
            _fail(f"{where} starts break {b} at {start}, outside [{brk.earliest}, {brk.latest}]")
        for g, (_, leave, _, reach) in enumerate(gaps):
            if leave <= start and start + brk.duration <= reach:
                used[g] += brk.duration
                spans[g].append((start, start + brk.duration))
                break
        else:
            _fail(f"{where} takes break {b} at {start} while travelling or serving a site")
    for g, (frm, leave, to, reach) in enumerate(gaps):
        if reach - leave < int(travel[frm, to]) + used[g]:
            _fail(f"{where} has no time to travel {frm}->{to} around its break")
        spans[g].sort()
        for (_, e1), (s2, _) in zip(spans[g], spans[g][1:], strict=False):
            if s2 < e1:
                _fail(f"{where} takes two breaks at once")
