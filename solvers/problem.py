"""The input of a team orienteering problem with time windows (TOPTW), as plain frozen data.

Everything is in whole seconds and indices. ``travel`` is an ``n x n`` matrix over *sites*:
``sites[i]`` is row and column ``i``. A site that is some team's start or end is a *depot*:
it is never a stop of any route, and carries no score.

Time semantics (the checker in :mod:`solvers.solution` is the reference):

* a team leaves its start no earlier than ``shift[0]`` and reaches its end no later than
  ``shift[1]``;
* ``travel[i][j]`` is everything between leaving ``i`` and arriving at ``j``;
* at a site, service starts at ``max(arrival, window open)`` and must start no later than that
  window's close (the literature's convention: windows bound the *start* of service); it lasts
  ``service`` seconds; waiting is allowed;
* a break (lunch) is taken between two stops or before the first / after the last one, starts
  within ``[earliest, latest]`` and lasts ``duration`` seconds.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np

HORIZON = 7 * 24 * 3600
"""Default upper bound of every time value: one week, in seconds."""


class ProblemError(ValueError):
    """The problem is malformed (wrong shapes, windows that close before they open, ...)."""


@dataclass(frozen=True)
class Site:
    """A place that may be visited once, earning ``score``."""

    score: int = 0
    service: int = 0
    windows: tuple[tuple[int, int], ...] = ((0, HORIZON),)
    teams: frozenset[int] | None = None
    """Teams allowed to visit this site; ``None`` means every team."""
    required: bool = False
    """A required site must be visited (e.g. a team's opening or counting station)."""


@dataclass(frozen=True)
class Break:
    """A break of ``duration`` seconds that starts within ``[earliest, latest]``."""

    earliest: int
    latest: int
    duration: int


@dataclass(frozen=True)
class Team:
    """A team that leaves ``start`` and ends at ``end`` (both depot sites) within ``shift``."""

    start: int
    end: int
    shift: tuple[int, int] = (0, HORIZON)
    breaks: tuple[Break, ...] = ()
    locked: tuple[int, ...] = ()
    """Sites this team must visit first, in this order (what was already done when re-planning)."""


@dataclass(frozen=True)
class Problem:
    """Sites, teams and the travel-time matrix between sites."""

    travel: np.ndarray
    sites: Sequence[Site]
    teams: Sequence[Team] = field(default_factory=tuple)

    def __post_init__(self) -> None:
        self.validate()

    @property
    def depots(self) -> frozenset[int]:
        """Sites that are some team's start or end: never stops, never scored."""
        return frozenset(s for t in self.teams for s in (t.start, t.end))

    def validate(self) -> None:
        """Raise :class:`ProblemError` saying where and what when the problem is malformed."""
        n = len(self.sites)
        shape = getattr(self.travel, "shape", None)
        if shape != (n, n):
            raise ProblemError(f"travel must be {n} x {n} (one row per site), got {shape}")
        if n and not np.issubdtype(self.travel.dtype, np.integer):
            raise ProblemError(f"travel must hold whole seconds, got {self.travel.dtype}")
        if n and int(self.travel.min()) < 0:
            raise ProblemError("travel times must not be negative")
        for i, site in enumerate(self.sites):
            if site.score < 0 or site.service < 0:
                raise ProblemError(f"site {i}: score and service must not be negative")
            if not site.windows:
                raise ProblemError(f"site {i}: needs at least one time window")
            for lo, hi in site.windows:
                if lo > hi:
                    raise ProblemError(f"site {i}: window ({lo}, {hi}) closes before it opens")
        depots = self.depots
        seen: dict[int, int] = {}
        for k, team in enumerate(self.teams):
            for s in (team.start, team.end):
                if not 0 <= s < n:
                    raise ProblemError(f"team {k}: depot site {s} does not exist")
            if team.shift[0] > team.shift[1]:
                raise ProblemError(f"team {k}: shift {team.shift} ends before it starts")
            for b in team.breaks:
                if b.earliest > b.latest or b.duration < 0:
                    raise ProblemError(f"team {k}: break {b} is malformed")
            for s in team.locked:
                if not 0 <= s < n or s in depots:
                    raise ProblemError(f"team {k}: locked site {s} is not a stop site")
                if s in seen:
                    raise ProblemError(f"site {s} is locked by teams {seen[s]} and {k}")
                allowed = self.sites[s].teams
                if allowed is not None and k not in allowed:
                    raise ProblemError(f"team {k}: locked site {s} is not allowed to this team")
                seen[s] = k
