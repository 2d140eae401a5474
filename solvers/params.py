"""Frozen solver parameters."""

from __future__ import annotations

import os
from dataclasses import dataclass, field


def _default_workers() -> int:
    return max(1, min(2, os.cpu_count() or 1))


@dataclass(frozen=True)
class SolveParams:
    """How long and how hard to search.

    ``deterministic``: stop after ``max_iterations`` (default 100) whatever the wall time, and
    run OR-Tools without time limits, so that the same problem and seed give the same plan.
    ``num_workers``: searches run in parallel (the calling process plus ``num_workers - 1``
    spawned processes, each with its own seed); the best plan wins.
    """

    time_limit: float = 10.0
    seed: int = 0
    deterministic: bool = False
    max_iterations: int | None = None
    num_workers: int = field(default_factory=_default_workers)
    descent_limit: float = 0.3
    """Seconds allowed to each OR-Tools local-search descent (ignored when deterministic)."""
