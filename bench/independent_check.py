"""Re-check the routes of a results CSV from the raw instance files, sharing no code with solvers.

Standard library only: parses the benchmark files itself, walks every route on float distances
(TOP: exact Euclidean; TOPTW: Euclidean truncated to 1 decimal, 2 for ``pr*``), with waiting,
windows on the start of service and the budget; recomputes the score. Prints one line per row
that disagrees with the CSV (or is infeasible) and a total.

    .venv/bin/python bench/independent_check.py bench/results/pyvrp_top_10s.csv
"""

from __future__ import annotations

import argparse
import csv
import itertools
import math
from pathlib import Path

ROOT = Path("/work/shared/bench")
TOL = 1e-9


def top_data(name: str) -> tuple[list[tuple[float, float, float]], float]:
    """Points ``(x, y, score)`` and tmax of a TOP instance."""
    lines = (ROOT / "top" / "instances" / f"{name}.txt").read_text().split("\n")
    n, tmax = int(lines[0].split()[1]), float(lines[2].split()[1])
    pts = [tuple(float(v) for v in ln.split()) for ln in lines[3 : 3 + n]]
    return [(p[0], p[1], p[2]) for p in pts], tmax


def toptw_data(name: str) -> list[list[float]]:
    """Rows ``x, y, service, score, open, close`` of a TOPTW instance (single window)."""
    sub = "cordeau" if name.startswith("pr") else "solomon100"
    rows = []
    for ln in (ROOT / "toptw" / "instances" / sub / f"{name}.txt").read_text().split("\n")[1:]:
        t = ln.split()
        if len(t) >= 9:
            rows.append([float(t[1]), float(t[2]), float(t[3]), float(t[4]), *map(float, t[-2:])])
    return rows


def check(row: dict[str, str]) -> tuple[float, list[str]]:
    """Score and problems of the row's routes."""
    name, routes = row["instance"], [r for r in row["routes"].split() if r]
    stops_all = [[int(v) for v in r.split("-")] for r in routes]
    issues = []
    if len(stops_all) > int(row["m"]):
        issues.append("too many routes")
    flat = [v for r in stops_all for v in r]
    if len(flat) != len(set(flat)):
        issues.append("a site visited twice")
    score = 0.0
    if row["kind"] == "top":
        pts, tmax = top_data(name)
        end = len(pts) - 1
        for stops in stops_all:
            path = [0, *stops, end]
            if any(v in (0, end) for v in stops):
                issues.append("depot as a stop")
            length = sum(math.dist(pts[a][:2], pts[b][:2]) for a, b in itertools.pairwise(path))
            if length > tmax + TOL:
                issues.append(f"route length {length:.6f} > {tmax}")
            score += sum(pts[v][2] for v in stops)
        return score, issues
    rows = toptw_data(name)
    f = 100 if name.startswith("pr") else 10
    budget = rows[0][5]

    def d(a: int, b: int) -> float:
        return math.floor(math.dist(rows[a][:2], rows[b][:2]) * f + 1e-7) / f

    for stops in stops_all:
        t, here = rows[0][4], 0
        for v in stops:
            if v == 0:
                issues.append("depot as a stop")
            t = max(t + d(here, v), rows[v][4])
            if t > rows[v][5] + TOL:
                issues.append(f"site {v} served at {t:.3f} > close {rows[v][5]}")
            t += rows[v][2]
            here = v
            score += rows[v][3]
        t += d(here, 0)
        if t > budget + TOL:
            issues.append(f"back at {t:.3f} > {budget}")
    return score, issues


def main() -> None:
    """Command line."""
    ap = argparse.ArgumentParser(description=(__doc__ or "").split("\n")[0])
    ap.add_argument("csv", type=Path, nargs="+")
    a = ap.parse_args()
    for path in a.csv:
        with path.open(newline="") as fh:
            rows = list(csv.DictReader(fh))
        bad = 0
        for r in rows:
            if not r.get("score"):
                continue
            score, issues = check(r)
            if issues or int(score) != int(r["score"]):
                bad += 1
                print(f"{r['instance']} m={r['m']}: score {score:g} vs {r['score']}; {issues}")
        print(f"{path}: {len(rows)} rows, {bad} disagree or infeasible")


if __name__ == "__main__":
    main()
