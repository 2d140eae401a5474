"""Cancellation from another thread returns the best plan so far within half a second."""

from __future__ import annotations

import multiprocessing as mp
import threading
import time

import pytest
from solver_helpers import grid_problem

from solvers import Cancel, NoImprovement, Solution, SolveParams, solve


@pytest.mark.parametrize("workers", [1, 2])
def test_cancel_from_thread(workers: int) -> None:
    """A solve running in a thread stops within 0.5 s of the event and returns a valid plan."""
    problem = grid_problem(100, 4, 2, shift=600)
    event = mp.get_context("spawn").Event() if workers > 1 else threading.Event()
    out: list[Solution] = []
    worker = threading.Thread(target=lambda: out.append(
        solve(problem, SolveParams(time_limit=60, num_workers=workers), stop=Cancel(event))))
    worker.start()
    time.sleep(1.5)
    asked = time.perf_counter()
    event.set()
    worker.join(timeout=5)
    latency = time.perf_counter() - asked
    assert out and latency < 0.5, latency
    out[0].verify(problem)


def test_no_improvement_stops() -> None:
    """NoImprovement ends a long time-limited search early."""
    problem = grid_problem(20, 2, 4)
    start = time.perf_counter()
    solve(problem, SolveParams(time_limit=60, num_workers=1), stop=NoImprovement(20))
    assert time.perf_counter() - start < 10
