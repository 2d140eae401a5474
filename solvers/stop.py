"""Stopping criteria: tiny callables that compose (the shape of ``pyvrp.stop``).

Each is called once per search iteration with the best score so far and answers whether to
stop. ``FirstOf`` combines them. ``Cancel`` wraps anything with ``is_set()`` -- a
``threading.Event`` or a ``multiprocessing.Event`` -- so another thread or process can stop a
solve; the search also polls it inside OR-Tools' runs, so it acts within a fraction of a second.
"""

from __future__ import annotations

import time
from typing import Protocol, runtime_checkable


@runtime_checkable
class StoppingCriterion(Protocol):
    """Called with the best score so far; returns True to stop the search."""

    def __call__(self, best_score: int) -> bool: ...  # pragma: no cover


class TimeLimit:
    """Stop after ``seconds`` of wall time, counted from the first call."""

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self._start: float | None = None

    def __call__(self, best_score: int) -> bool:
        if self._start is None:
            self._start = time.perf_counter()
        return time.perf_counter() - self._start >= self.seconds


class MaxIterations:
    """Stop after ``iterations`` calls."""

    def __init__(self, iterations: int) -> None:
        self.iterations = iterations
        self._count = 0

    def __call__(self, best_score: int) -> bool:
        self._count += 1
        return self._count > self.iterations


class NoImprovement:
    """Stop after ``iterations`` consecutive calls without a better best score."""

    def __init__(self, iterations: int) -> None:
        self.iterations = iterations
        self._best: int | None = None
        self._since = 0

    def __call__(self, best_score: int) -> bool:
        if self._best is None or best_score > self._best:
            self._best, self._since = best_score, 0
        else:
            self._since += 1
        return self._since >= self.iterations


class _Flag(Protocol):
    def is_set(self) -> bool: ...  # pragma: no cover


class Cancel:
    """Stop as soon as ``flag.is_set()`` (a threading or multiprocessing Event)."""

    def __init__(self, flag: _Flag) -> None:
        self.flag = flag

    def __call__(self, best_score: int) -> bool:
        return self.flag.is_set()


class FirstOf:
    """Stop when any of ``criteria`` says so (each one is still called every time)."""

    def __init__(self, *criteria: StoppingCriterion) -> None:
        self.criteria = criteria

    def __call__(self, best_score: int) -> bool:
        return any([crit(best_score) for crit in self.criteria])
