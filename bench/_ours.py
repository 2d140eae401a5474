"""Runs our solver (:func:`solvers.solve`) over benchmark instances: shared by top.py / toptw.py."""

from __future__ import annotations

import argparse
import multiprocessing as mp
import os
import resource
import subprocess
import time
from collections import defaultdict
from collections.abc import Iterator, Sequence
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

from bench._common import (
    RESULTS,
    append_row,
    gap,
    load,
    read_rows,
    set_of,
    summary,
    table,
)
from bench.instances import check_routes

FIELDS = (
    "kind",
    "instance",
    "m",
    "n",
    "bks",
    "score",
    "gap_pct",
    "verify",
    "exact_ok",
    "seconds",
    "cpu",
    "workers",
    "commit",
    "load1",
    "time_limit",
    "seed",
    "routes",
    "problems",
)


def route_sites(route: Any) -> list[int]:
    """Visited sites of one route of a :class:`solvers.Solution` (``.sites`` or plain ints)."""
    if hasattr(route, "sites"):
        return [int(s) for s in route.sites]
    return [int(s) for s in route]


def solver_version() -> str:
    """Short commit of the work tree, ``+dirty`` when ``solvers/`` has uncommitted changes."""
    root = Path(__file__).resolve().parents[1]
    try:
        head = subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"], cwd=root, capture_output=True, text=True
        ).stdout.strip()
        dirty = subprocess.run(
            ["git", "status", "--porcelain", "--", "solvers"],
            cwd=root,
            capture_output=True,
            text=True,
        ).stdout.strip()
    except OSError:
        return "unknown"
    return head + ("+dirty" if dirty else "")


def _cpu() -> float:
    """CPU seconds of this process and its finished children (OR-Tools workers)."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime


def _base_row(
    kind: str, name: str, m: int, inst: Any, time_limit: float, seed: int, workers: int
) -> dict[str, Any]:
    """The row of a run that has not produced a solution (yet)."""
    return {
        "kind": kind,
        "instance": name,
        "m": m,
        "n": len(inst.problem.sites),
        "bks": "" if inst.best_known is None else inst.best_known,
        "score": "",
        "gap_pct": "",
        "verify": "ERROR",
        "exact_ok": 0,
        "workers": workers,
        "commit": solver_version(),
        "load1": f"{os.getloadavg()[0]:.2f}",
        "time_limit": time_limit,
        "seed": seed,
        "routes": "",
        "problems": "",
    }


def solve_one(
    kind: str, name: str, m: int, path: Path, time_limit: float, seed: int, workers: int = 1
) -> dict:
    """Solve one instance with our solver, verify it twice; a CSV row."""
    from solvers import SolveParams, solve  # late import: the solver may not exist yet

    inst = load(kind, name, m, path)
    row = _base_row(kind, name, m, inst, time_limit, seed, workers)
    params = SolveParams(time_limit=time_limit, seed=seed, num_workers=workers)
    t0, c0 = time.perf_counter(), _cpu()
    try:
        sol = solve(inst.problem, params=params)
    except Exception as e:  # a crash is a result too
        row.update(seconds=f"{time.perf_counter() - t0:.2f}", cpu=f"{_cpu() - c0:.2f}")
        row["problems"] = repr(e)
        return row
    row.update(seconds=f"{time.perf_counter() - t0:.2f}", cpu=f"{_cpu() - c0:.2f}")
    problems: list[str] = []
    try:
        sol.verify(inst.problem)
        row["verify"] = "ok"
    except Exception as e:
        row["verify"] = "FAIL"
        problems.append(f"verify: {e}")
    routes = [route_sites(r) for r in sol.routes]
    chk = check_routes(inst, routes)
    problems += list(chk.problems)
    if chk.score != sol.score:
        problems.append(f"solution says score {sol.score}, exact re-check {chk.score}")
    g = gap(inst.best_known, chk.score)
    row.update(
        score=chk.score,
        gap_pct="" if g is None else f"{g:.3f}",
        exact_ok=int(chk.feasible and chk.score == sol.score),
        routes=" ".join("-".join(map(str, r)) for r in routes),
        problems="; ".join(problems),
    )
    return row


def add_arguments(ap: argparse.ArgumentParser, default_set: str) -> None:
    """Options shared by top.py and toptw.py."""
    ap.add_argument(
        "--set",
        dest="sets",
        action="append",
        help=f"instance-name glob, repeatable (default {default_set!r})",
    )
    ap.add_argument("--time-limit", type=float, default=10.0)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--jobs", type=int, default=1, help="instances solved in parallel")
    ap.add_argument(
        "--mem-limit-gb",
        type=float,
        default=4.0,
        help="address-space cap of each solving process, GiB (0: none)",
    )
    ap.add_argument(
        "--workers", type=int, default=1, help="SolveParams.num_workers (default 1, like PyVRP)"
    )
    ap.add_argument("--out", type=Path, help="CSV of our results (default bench/results/...)")
    ap.add_argument("--pyvrp", type=Path, help="PyVRP results CSV to show side by side")
    ap.add_argument(
        "--no-solve", action="store_true", help="only print the table from --out (no solving)"
    )


def run(kind: str, jobs: Sequence[tuple[str, int, Path]], a: argparse.Namespace) -> None:
    """Solve (unless ``--no-solve``), append rows to ``--out``, print the table and summary."""
    tl = f"{a.time_limit:g}s"
    out = a.out or RESULTS / f"ours_{kind}_{tl}.csv"
    pyvrp_csv = a.pyvrp or RESULTS / f"pyvrp_{kind}_{tl}.csv"
    rows: list[dict] = []
    if a.no_solve:
        wanted = {(n, m) for n, m, _ in jobs}
        rows = [r for r in read_rows(out) if (r["instance"], int(r["m"])) in wanted]
    else:
        os.environ.setdefault("OMP_NUM_THREADS", "1")
        args = [(kind, n, m, p, a.time_limit, a.seed, a.workers) for n, m, p in jobs]
        hard = a.time_limit * 3 + 60
        for row in isolated(args, a.jobs, a.mem_limit_gb, hard):
            rows.append(_report(row, out))
    pv = {(r["instance"], int(r["m"])): r for r in read_rows(pyvrp_csv)}
    print_table(rows, pv, pyvrp_csv)


def _child(conn: Connection, args: tuple, mem_gb: float) -> None:
    """Child process: cap the address space, solve, send the row back."""
    if mem_gb > 0:
        cap = int(mem_gb * 2**30)
        resource.setrlimit(resource.RLIMIT_AS, (cap, cap))
    try:
        conn.send(solve_one(*args))
    except BaseException as e:  # MemoryError included: report, do not hang the parent
        conn.send({"error": repr(e)})
    finally:
        conn.close()


def isolated(
    args: Sequence[tuple], jobs: int, mem_gb: float, hard_timeout: float
) -> Iterator[dict]:
    """Run :func:`solve_one` for each ``args`` in its own process, ``jobs`` at a time.

    Each child gets at most ``mem_gb`` GiB of address space and ``hard_timeout`` wall seconds; a
    child that runs out of either, or dies, yields an ERROR row instead of taking the machine down.
    """
    ctx = mp.get_context("spawn")
    pending = list(args)
    running: list[tuple[Any, Connection, tuple, float]] = []
    while pending or running:
        while pending and len(running) < max(1, jobs):
            x = pending.pop(0)
            recv, send = ctx.Pipe(duplex=False)
            # not daemonic: the solver may spawn its own worker processes
            proc = ctx.Process(target=_child, args=(send, x, mem_gb))
            proc.start()
            send.close()
            running.append((proc, recv, x, time.perf_counter()))
        for item in list(running):
            proc, recv, x, t0 = item
            result: dict | None = None
            error = ""
            if recv.poll(0.05):
                try:
                    result = recv.recv()
                except EOFError:
                    error = "child died"
            elif not proc.is_alive() and not recv.poll(0):
                error = "child died"
            elif time.perf_counter() - t0 > hard_timeout:
                proc.kill()
                error = f"killed after {hard_timeout:g}s wall (time limit overrun)"
            else:
                continue
            proc.join(5)
            if proc.is_alive():
                proc.kill()
                proc.join(5)
            if error == "child died":
                error = (
                    f"child died (exit code {proc.exitcode}; std::bad_alloc = over "
                    f"--mem-limit-gb {mem_gb:g})"
                )
            running.remove(item)
            recv.close()
            if result is not None and "error" in result:
                error, result = result["error"], None
            if result is None:
                kind, name, m, path, tl, seed, workers = x
                result = _base_row(kind, name, m, load(kind, name, m, path), tl, seed, workers)
                result.update(seconds=f"{time.perf_counter() - t0:.2f}", cpu="", problems=error)
            yield result


def _report(row: dict, out: Path) -> dict:
    """Append the row to the CSV and print a progress line."""
    append_row(out, row, FIELDS)
    ok = "ok" if row["verify"] == "ok" and row["exact_ok"] else "FAIL"
    print(
        f"  {row['instance']:10s} m={row['m']} score={row['score']!s:>5} "
        f"bks={row['bks']!s:>5} {float(row['seconds']):6.1f}s {ok}",
        flush=True,
    )
    return row


def print_table(rows: Sequence[dict], pv: dict, pyvrp_csv: Path) -> None:
    """Per-instance table, then mean / max gap overall and per set (ours and PyVRP)."""
    body = []
    ours_g: dict[str, list[float | None]] = defaultdict(list)
    pv_g: dict[str, list[float | None]] = defaultdict(list)
    fails = 0
    for r in rows:
        bks = int(r["bks"]) if str(r["bks"]) else None
        score = int(r["score"]) if str(r["score"]) else None
        ok = r["verify"] == "ok" and int(r["exact_ok"]) == 1
        fails += not ok
        p = pv.get((r["instance"], int(r["m"])))
        p_score = int(p["score"]) if p and int(p["exact_ok"]) else None
        g = gap(bks, score) if ok else None
        pg = gap(bks, p_score)
        key = f"{set_of(r['instance'])} m={r['m']}"
        ours_g[key].append(g)
        pv_g[key].append(pg)
        ours_g[set_of(r["instance"])].append(g)
        pv_g[set_of(r["instance"])].append(pg)
        ours_g["all"].append(g)
        pv_g["all"].append(pg)
        body.append(
            (
                r["instance"],
                int(r["m"]),
                bks,
                score,
                g,
                float(r["seconds"]),
                "ok" if ok else "FAIL",
                p_score,
                pg,
                None if p_score is None or score is None else score - p_score,
            )
        )
    print(
        table(
            [
                "instance",
                "m",
                "best-known",
                "ours",
                "gap %",
                "s",
                "check",
                "pyvrp",
                "pyvrp gap %",
                "ours-pyvrp",
            ],
            body,
        )
    )
    sums = []
    for key in sorted(ours_g, key=lambda k: (k == "all", k)):
        n, mean, worst = summary(ours_g[key])
        pn, pmean, pworst = summary(pv_g[key])
        sums.append((key, len(ours_g[key]), n, mean, worst, pn, pmean, pworst))
    print()
    print(
        table(
            [
                "set",
                "runs",
                "ours n",
                "mean gap %",
                "max gap %",
                "pyvrp n",
                "pyvrp mean gap %",
                "pyvrp max gap %",
            ],
            sums,
        )
    )
    print(
        f"\n{len(rows)} instances, {fails} FAIL; PyVRP from {pyvrp_csv}"
        f"{'' if pv else ' (missing)'}; gaps use best-knowns only (m=1 for TOPTW)"
    )
    if fails:
        for r in rows:
            if r["verify"] != "ok" or not int(r["exact_ok"]):
                print(f"FAIL {r['instance']} m={r['m']}: {r['problems']}")
