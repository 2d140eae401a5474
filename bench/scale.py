"""The solver's scale case: time to the first verified plan, to the final plan, and peak memory.

The problem is GENERATED: ``city_problem`` of tests/solvers/solver_helpers.py (stations and team
bases drawn uniformly in a 200 km square, 54 km/h, windows 07-20 h, 20 min service, shifts
06-22 h, a one-hour lunch between 12 and 14 h). Targets (issue 3): 1,500 sites and 40 teams,
first verified plan < 2 s, final <= 30 s, peak memory <= 1 GB; 100 sites, first plan < 0.2 s.

    .venv/bin/python bench/scale.py                          # 1,500 / 40, 30 s, 2 workers
    .venv/bin/python bench/scale.py --sites 100 --teams 3 --time-limit 2
"""

from __future__ import annotations

import argparse
import os
import resource
import sys
import time
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "solvers"))

from solver_helpers import city_problem  # noqa: E402

from solvers import Callbacks, Solution, SolveParams, solve  # noqa: E402


class _First(Callbacks):
    """Records when the first plan and each improvement arrive."""

    def __init__(self, clock: float) -> None:
        self.clock = clock
        self.first: tuple[float, int] | None = None
        self.first_plan: Solution | None = None
        self.count = 0

    def on_improvement(self, score: int, elapsed: float, solution: Solution) -> None:
        if self.first is None:
            self.first = (time.monotonic() - self.clock, score)
            self.first_plan = solution  # verified after the run, off the clock
        self.count += 1


def _peak_mb(pid: int | None = None) -> float:
    """Peak RSS (VmHWM) of a live process, or of this one, in MB."""
    if pid is None:
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def main(argv: Sequence[str] | None = None) -> None:
    """Command line."""
    ap = argparse.ArgumentParser(description=(__doc__ or "").split("\n")[0])
    ap.add_argument("--sites", type=int, default=1500)
    ap.add_argument("--teams", type=int, default=40)
    ap.add_argument("--time-limit", type=float, default=30.0)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--seed", type=int, default=0)
    a = ap.parse_args(argv)
    problem = city_problem(a.sites, a.teams, a.seed)
    clock = time.monotonic()
    cb = _First(clock)
    sol = solve(problem, SolveParams(time_limit=a.time_limit, seed=a.seed,
                                     num_workers=a.workers), callbacks=cb)
    wall = time.monotonic() - clock
    sol.verify(problem)
    if cb.first_plan is not None:
        cb.first_plan.verify(problem)
    first = cb.first or (float("nan"), 0)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(f"{a.sites} sites, {a.teams} teams, {a.workers} workers, limit {a.time_limit} s, "
          f"load1 {os.getloadavg()[0]:.2f}")
    print(f"first verified plan: {first[0]:.2f} s (score {first[1]})")
    print(f"final: score {sol.score} after {sol.iterations} main-search iterations, "
          f"{cb.count} improvements, returned at {wall:.2f} s")
    print(f"peak RSS: main {_peak_mb():.0f} MB, largest worker {kids:.0f} MB")


if __name__ == "__main__":
    main()
