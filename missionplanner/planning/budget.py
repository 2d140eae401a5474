"""How long to search each area: a budget that follows the area's size, and stopping rules.

The default (no time limit given) does not give every area the same fixed time: an area gets
:data:`SECONDS_PER_SITE` per site of its problem (between :data:`MIN_SECONDS` and the mission's
``solver_seconds_per_area``), it stops early once the search has stalled (no better plan for
:data:`STALL_SHARE` of the time spent so far, and at least :data:`STALL_MIN_SECONDS`), and all
areas share a wall-clock budget (:data:`WALL_SECONDS_PER_SITE` per site of the whole mission
over the worker processes, at least :data:`MIN_WALL_SECONDS`). Areas start biggest first
(:func:`dispatch_order`); when one starts, it gets at most its share *by sites* of what is
left of the shared budget on all the workers, counting the areas still queued behind it -- so
the last areas are not starved, and the whole search ends near the budget (time an area
leaves unused when it stalls goes to the ones after it). An explicit time limit is a fixed
time per area.

Deterministic mode counts iterations and ignores the clock: 100 per area by default, and an
area of several teams stops earlier once :data:`PATIENCE` iterations in a row brought no
better plan (still the same plan on every machine). Areas of one team keep their 100
iterations: they do improve late (up to a third of their score after 50 quiet iterations) and
cost little (~2 ms an iteration in a village area, ~25 ms in a five-team city). Measured on
SCO 2019 (four seeds) and ODIHR 2019, 100 iterations per area: with the solver of 6b30ebb the
stop saved 8-14 % of SCO's search time and 9 % of ODIHR's, losing at most 0.10 % of a plan's
score; with the hotter search of 48d0ac1, whose areas keep improving, it saves 0.5-5 % on SCO
and nothing on ODIHR, losing at most 0.05 %. An explicit ``max_iterations`` is always run in
full.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from dataclasses import dataclass

import solvers

SECONDS_PER_SITE = 0.02
"""Search time an area gets per site of its problem (a 100-site area: 2 s)."""
MIN_SECONDS = 0.3
"""Least search time of an area (the greedy plan comes at once; this improves it a little)."""
STALL_SHARE = 0.5
"""Stop when the best plan has not improved for this share of the time spent so far..."""
STALL_MIN_SECONDS = 0.5
"""...and for at least this long."""
WALL_SECONDS_PER_SITE = 0.004
"""Shared wall-clock budget of the whole plan, per site of all its problems, per worker."""
MIN_WALL_SECONDS = 5.0
PATIENCE = 40
"""Deterministic mode, areas of several teams: stop after this many iterations in a row
without a better plan."""


@dataclass(frozen=True)
class Budget:
    """The search budget of one area-day, sent to its worker."""

    params: solvers.SolveParams
    adaptive: bool = False
    """Stop early when the search stalls."""
    deadline: float | None = None
    """Wall-clock time (``time.time()``) when the shared budget is spent."""
    size: int = 1
    """Sites of this area's problem."""
    after: int = 0
    """Sites of the problems that start after this one."""
    workers: int = 1
    patience: int | None = None
    """Stop after this many iterations in a row without a better plan."""

    def at_start(self) -> solvers.SolveParams:
        """The parameters to solve with, the shared deadline taken into account now."""
        if self.deadline is None or self.params.deterministic:
            return self.params
        share = self.size / max(1, self.size + self.after)
        left = max(MIN_SECONDS, (self.deadline - time.time()) * self.workers * share)
        if left >= self.params.time_limit:
            return self.params
        return solvers.SolveParams(time_limit=left, seed=self.params.seed,
                                   deterministic=False, max_iterations=self.params.max_iterations,
                                   num_workers=self.params.num_workers,
                                   descent_limit=min(self.params.descent_limit, left / 3))

    def stop(self) -> solvers.StoppingCriterion | None:
        """The extra stopping rule (a fresh one for each solve)."""
        if self.patience is not None:
            return solvers.NoImprovement(self.patience)
        return Stall(STALL_SHARE, STALL_MIN_SECONDS) if self.adaptive else None


class Stall:
    """Stop once the best score has not improved for ``share`` of the time so far (>= ``least``)."""

    def __init__(self, share: float, least: float) -> None:
        self.share, self.least = share, least
        self._start: float | None = None
        self._best: int | None = None
        self._since = 0.0

    def __call__(self, best_score: int) -> bool:
        now = time.perf_counter()
        if self._start is None:
            self._start = now
        if self._best is None or best_score > self._best:
            self._best, self._since = best_score, now
            return False
        quiet = now - self._since
        return quiet >= max(self.least, self.share * (now - self._start))


def dispatch_order(sizes: Sequence[int]) -> list[int]:
    """Indices of the problems, biggest first (so that the processes finish together)."""
    return sorted(range(len(sizes)), key=lambda i: -sizes[i])


def budgets(sizes: Sequence[int], seeds: Sequence[int], *, time_limit: float | None,
            cap: float, deterministic: bool, max_iterations: int | None,
            workers: int, teams: Sequence[int] | None = None) -> list[Budget]:
    """One budget per problem of ``sizes`` sites and ``teams`` teams (see the module's
    docstring)."""
    if deterministic or time_limit is not None:
        limit = cap if time_limit is None else time_limit
        teams = [1] * len(sizes) if teams is None else teams
        return [Budget(solvers.SolveParams(time_limit=limit, seed=seed,
                                           deterministic=deterministic,
                                           max_iterations=max_iterations, num_workers=1),
                       patience=PATIENCE if deterministic and max_iterations is None and n > 1
                       else None)
                for seed, n in zip(seeds, teams, strict=True)]
    wall = max(MIN_WALL_SECONDS, WALL_SECONDS_PER_SITE * sum(sizes) / max(1, workers))
    deadline = time.time() + wall
    after = [0] * len(sizes)
    queued = 0
    for i in reversed(dispatch_order(sizes)):
        after[i] = queued
        queued += sizes[i]
    return [Budget(solvers.SolveParams(
        time_limit=min(cap, max(MIN_SECONDS, SECONDS_PER_SITE * size)), seed=seed,
        max_iterations=max_iterations, num_workers=1), adaptive=True, deadline=deadline,
        size=size, after=rest, workers=max(1, workers))
        for size, seed, rest in zip(sizes, seeds, after, strict=True)]


def solve_with_budget(job: object, budget: Budget, flag: object) -> object:
    """Worker task: solve one area-day (an ``AreaDay``) within ``budget``; None if cancelled."""
    from missionplanner.planning.translate import solve_area_day

    parts: list[solvers.StoppingCriterion] = []
    if flag is not None:
        parts.append(solvers.Cancel(flag))  # type: ignore[arg-type]
    extra = budget.stop()
    if extra is not None:
        parts.append(extra)
    stop = solvers.FirstOf(*parts) if parts else None
    return solve_area_day(job, budget.at_start(), stop)  # type: ignore[arg-type]
