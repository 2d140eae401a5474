"""PyVRP baseline on the TOP / TOPTW benchmarks: prize-collecting VRP with a fixed fleet.

Each team is a vehicle (teams with the same start, end and shift share a vehicle type), every
non-depot site an optional client whose prize is ``score * BIG`` with ``BIG = (sum of shift
lengths) + 1``: a feasible solution travels at most that much, so one point of score outweighs
any distance saving and PyVRP maximises the score, then minimises distance. Travel time =
distance = the instance's integer matrix (TOP: Euclid x1000 rounded up; TOPTW: the
literature's truncated distances x10 / x100), shifts and windows as in the :class:`Problem`.
Every solution is re-checked on the literature's float distances
(:func:`bench.instances.check_routes`); the score reported is that re-check's.

Usage (one instance at a time, rows appended to the CSV as they finish; ``--resume`` skips
rows already there)::

    .venv/bin/python bench/pyvrp_baseline.py top --set 'p[4-7].*' --time-limit 10 \
        --out bench/results/pyvrp_top_10s.csv --resume
    .venv/bin/python bench/pyvrp_baseline.py toptw --set '*' --teams 1,2,3,4 --time-limit 10 \
        --out bench/results/pyvrp_toptw_10s.csv --resume
"""

from __future__ import annotations

import argparse
import resource
import sys
import time
from collections.abc import Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import numpy as np
import pyvrp
from pyvrp.stop import MaxRuntime

from bench._common import (
    RESULTS,
    TOPTW_TEAMS,
    append_row,
    gap,
    load,
    read_rows,
    summary,
    top_instances,
    toptw_instances,
)
from bench.instances import Instance, check_routes
from solvers.problem import Problem

FIELDS = (
    "kind",
    "instance",
    "m",
    "n",
    "bks",
    "score",
    "gap_pct",
    "exact_ok",
    "pyvrp_feasible",
    "seconds",
    "cpu",
    "time_limit",
    "seed",
    "routes",
    "problems",
)


def to_pyvrp(problem: Problem) -> tuple[pyvrp.ProblemData, list[int]]:
    """The problem as PyVRP data, and the site of every PyVRP client index."""
    n = len(problem.sites)
    depot_sites = sorted({t.start for t in problem.teams} | {t.end for t in problem.teams})
    depot_of = {s: k for k, s in enumerate(depot_sites)}
    client_sites = [i for i in range(n) if i not in depot_of]
    locations = [pyvrp.Location(0.0, 0.0, name=str(i)) for i in range(n)]
    horizon_lo = min(t.shift[0] for t in problem.teams)
    horizon_hi = max(t.shift[1] for t in problem.teams)
    depots = [pyvrp.Depot(location=s, tw_early=horizon_lo, tw_late=horizon_hi) for s in depot_sites]
    big = sum(t.shift[1] - t.shift[0] for t in problem.teams) + 1
    clients = []
    for s in client_sites:
        site = problem.sites[s]
        # PyVRP has one window per client: use the first (all benchmark sites have exactly one).
        lo, hi = site.windows[0]
        clients.append(
            pyvrp.Client(
                location=s,
                service_duration=site.service,
                tw_early=lo,
                tw_late=hi,
                prize=site.score * big,
                required=site.required,
            )
        )
    groups: dict[tuple[int, int, int, int], int] = {}
    for t in problem.teams:
        key = (t.start, t.end, t.shift[0], t.shift[1])
        groups[key] = groups.get(key, 0) + 1
    vehicle_types = [
        pyvrp.VehicleType(
            num_available=count,
            start_depot=depot_of[start],
            end_depot=depot_of[end],
            tw_early=lo,
            tw_late=hi,
            shift_duration=hi - lo,
            unit_distance_cost=1,
        )
        for (start, end, lo, hi), count in groups.items()
    ]
    travel = np.ascontiguousarray(problem.travel, dtype=np.int64)
    data = pyvrp.ProblemData(locations, clients, depots, vehicle_types, [travel], [travel])
    return data, client_sites


def _user_time() -> float:
    """User-mode CPU seconds of this process (system time excluded: page faults when swapping)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_utime


class MaxCpuTime:
    """PyVRP stopping criterion on this process's user CPU time (robust to a loaded machine)."""

    def __init__(self, limit: float) -> None:
        self.limit = limit
        self.start: float | None = None

    def __call__(self, best_cost: int) -> bool:
        """Whether ``limit`` user CPU seconds have passed since the first call."""
        if self.start is None:
            self.start = _user_time()
        return _user_time() - self.start > self.limit


def solve_pyvrp(
    inst: Instance, time_limit: float, seed: int = 0, cpu_limit: bool = False
) -> tuple[list[list[int]], bool, float, float]:
    """Solve with PyVRP: ``(routes as site lists, PyVRP feasible, wall seconds, CPU seconds)``.

    ``time_limit`` is wall-clock seconds, or CPU seconds when ``cpu_limit``.
    """
    data, client_sites = to_pyvrp(inst.problem)
    t0, c0 = time.perf_counter(), time.process_time()
    stop = MaxCpuTime(time_limit) if cpu_limit else MaxRuntime(time_limit)
    res = pyvrp.solve(data, stop=stop, seed=seed, display=False)
    secs = time.perf_counter() - t0
    cpu = time.process_time() - c0
    routes: list[list[int]] = []
    for r in res.best.routes():
        routes.append([client_sites[a.idx] for a in r.schedule() if a.is_client()])
    return routes, bool(res.is_feasible()), secs, cpu


def run(
    kind: str,
    jobs: Sequence[tuple[str, int, Path]],
    time_limit: float,
    seed: int,
    out: Path,
    resume: bool,
    cpu_limit: bool = False,
) -> None:
    """Solve every ``(name, m, path)``, append a CSV row each, print a line each."""
    done = {(r["instance"], int(r["m"])) for r in read_rows(out)} if resume else set()
    gaps = []
    for name, m, path in jobs:
        if (name, m) in done:
            continue
        inst = load(kind, name, m, path)
        routes, feasible, secs, cpu = solve_pyvrp(inst, time_limit, seed, cpu_limit)
        chk = check_routes(inst, routes)
        g = gap(inst.best_known, chk.score)
        gaps.append(g)
        row = {
            "kind": kind,
            "instance": name,
            "m": m,
            "n": len(inst.problem.sites),
            "bks": "" if inst.best_known is None else inst.best_known,
            "score": chk.score,
            "gap_pct": "" if g is None else f"{g:.3f}",
            "exact_ok": int(chk.feasible),
            "pyvrp_feasible": int(feasible),
            "seconds": f"{secs:.2f}",
            "cpu": f"{cpu:.2f}",
            "time_limit": time_limit,
            "seed": seed,
            "routes": " ".join("-".join(map(str, r)) for r in routes),
            "problems": "; ".join(chk.problems),
        }
        append_row(out, row, FIELDS)
        status = "ok" if chk.feasible and feasible else "FAIL"
        print(
            f"{name:10s} m={m} bks={row['bks']!s:>5} score={chk.score:5d} "
            f"gap={row['gap_pct'] or '-':>8} {secs:6.1f}s {status}",
            flush=True,
        )
    cnt, mean, worst = summary(gaps)
    if cnt:
        print(f"{cnt} with best-known: mean gap {mean:.3f} %, max gap {worst:.3f} %")


def main(argv: Sequence[str] | None = None) -> None:
    """Command line."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("kind", choices=("top", "toptw"))
    ap.add_argument("--set", dest="sets", action="append", help="instance-name glob (repeatable)")
    ap.add_argument("--teams", default="1,2,3,4", help="TOPTW team counts, e.g. 1,2")
    ap.add_argument("--time-limit", type=float, default=10.0)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--out", type=Path, help="CSV to append to (default bench/results/...)")
    ap.add_argument(
        "--cpu-limit", action="store_true", help="--time-limit is CPU seconds, not wall seconds"
    )
    ap.add_argument("--resume", action="store_true", help="skip instances already in --out")
    a = ap.parse_args(argv)
    sets = a.sets or ["p[4-7].*" if a.kind == "top" else "*"]
    if a.kind == "top":
        jobs = top_instances(sets)
    else:
        teams = [int(x) for x in a.teams.split(",")] if a.teams else list(TOPTW_TEAMS)
        jobs = toptw_instances(sets, teams)
    tl = f"{a.time_limit:g}s"
    out = a.out or RESULTS / f"pyvrp_{a.kind}_{tl}.csv"
    run(a.kind, jobs, a.time_limit, a.seed, out, a.resume, a.cpu_limit)


if __name__ == "__main__":
    main()
