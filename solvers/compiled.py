"""The problem compiled once into flat numpy arrays and Python lists for the fast inner loops."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from solvers.problem import Problem

INF = 1 << 60
"""A time later than any real one."""


def _merge(windows: tuple[tuple[int, int], ...]) -> list[tuple[int, int]]:
    """Sort and merge overlapping windows so that starts can be searched left to right."""
    out: list[tuple[int, int]] = []
    for lo, hi in sorted(windows):
        if out and lo <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], hi))
        else:
            out.append((lo, hi))
    return out


@dataclass
class Compiled:
    """Arrays over all sites and teams; depots have score 0 and are allowed to no team."""

    problem: Problem
    travel: np.ndarray
    """``n x n`` int64 travel times."""
    tl: list[list[int]]
    """``travel`` as nested lists (scalar access is much faster than numpy's)."""
    travel_t: np.ndarray
    """``travel`` transposed (C-contiguous): ``travel_t[j, i]`` is the time from i to j."""
    score: np.ndarray
    service: np.ndarray
    windows: list[list[tuple[int, int]]]
    wopen: np.ndarray
    """``n x K`` window opens, padded with INF."""
    wclose: np.ndarray
    """``n x K`` window closes, padded with -1."""
    allowed: np.ndarray
    """``teams x n`` bool: team may visit the site as a stop."""
    required: np.ndarray
    stops: np.ndarray
    """Indices of sites that are not depots."""
    locked_by: dict[int, int]
    usable: np.ndarray
    """Stops some plan may contain (cleared for sites found hopeless before the search)."""
    sl: list[int]
    """``service`` as a list."""
    breaks: list[list[tuple[int, int, int]]]
    """Per team, its breaks as ``(earliest, latest, duration)`` sorted by ``earliest``."""

    @property
    def n_teams(self) -> int:
        """Number of teams."""
        return len(self.problem.teams)

    def earliest_start(self, site: int, arrival: int) -> int:
        """Earliest service start at ``site`` for ``arrival``; INF when every window closed."""
        for lo, hi in self.windows[site]:
            if arrival <= hi:
                return arrival if arrival > lo else lo
        return INF


def compile_problem(problem: Problem) -> Compiled:
    """Flatten ``problem`` (already validated) into a :class:`Compiled`."""
    n = len(problem.sites)
    travel = np.asarray(problem.travel, dtype=np.int64).reshape(n, n)
    depots = problem.depots
    windows = [_merge(s.windows) for s in problem.sites]
    k = max((len(w) for w in windows), default=1)
    wopen = np.full((n, k), INF, dtype=np.int64)
    wclose = np.full((n, k), -1, dtype=np.int64)
    for i, ws in enumerate(windows):
        for j, (lo, hi) in enumerate(ws):
            wopen[i, j], wclose[i, j] = lo, hi
    score = np.array([0 if i in depots else s.score for i, s in enumerate(problem.sites)],
                     dtype=np.int64)
    service = np.array([s.service for s in problem.sites], dtype=np.int64)
    allowed = np.zeros((len(problem.teams), n), dtype=bool)
    for i, s in enumerate(problem.sites):
        if i in depots:
            continue
        for t in range(len(problem.teams)):
            allowed[t, i] = s.teams is None or t in s.teams
    required = np.array([s.required and i not in depots for i, s in enumerate(problem.sites)],
                        dtype=bool)
    stops = np.array([i for i in range(n) if i not in depots], dtype=np.int64)
    locked_by = {s: t for t, team in enumerate(problem.teams) for s in team.locked}
    usable = np.zeros(n, dtype=bool)
    usable[stops] = True
    breaks = [[(b.earliest, b.latest, b.duration)
               for b in sorted(team.breaks, key=lambda b: b.earliest)] for team in problem.teams]
    return Compiled(problem, travel, travel.tolist(), np.ascontiguousarray(travel.T), score,
                    service, windows, wopen, wclose, allowed, required, stops, locked_by, usable,
                    service.tolist(), breaks)
