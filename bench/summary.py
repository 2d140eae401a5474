"""Summarise a results CSV (ours or PyVRP): per set and team count, gap to best-known and score.

    .venv/bin/python bench/summary.py bench/results/pyvrp_top_10s.csv
    .venv/bin/python bench/summary.py bench/results/pyvrp_toptw_10s.csv --by-m

A row counts as failed when its exact re-check (``exact_ok``) or ``verify`` is not ok; failed
rows are left out of the gaps and listed. Gaps are 100 * (bks - score) / bks, negative when the
score beats the best-known.
"""

from __future__ import annotations

import argparse
import statistics
import sys
from collections import defaultdict
from collections.abc import Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench._common import gap, read_rows, set_of, summary, table


def ok(row: dict[str, str]) -> bool:
    """Whether the row passed its checks."""
    return row.get("exact_ok") == "1" and row.get("verify", "ok") == "ok"


def main(argv: Sequence[str] | None = None) -> None:
    """Command line."""
    ap = argparse.ArgumentParser(description=(__doc__ or "").split("\n")[0])
    ap.add_argument("csv", type=Path)
    ap.add_argument("--by-m", action="store_true", help="group by set and team count")
    a = ap.parse_args(argv)
    rows = read_rows(a.csv)
    groups: dict[str, list[dict[str, str]]] = defaultdict(list)
    for r in rows:
        key = set_of(r["instance"]) + (f" m={r['m']}" if a.by_m else "")
        groups[key].append(r)
    groups["all"] = rows
    out = []
    for key, rs in sorted(groups.items(), key=lambda kv: (kv[0] == "all", kv[0])):
        gaps = [gap(int(r["bks"]), int(r["score"])) if r["bks"] and ok(r) else None for r in rs]
        n, mean, worst = summary(gaps)
        better = sum(1 for g in gaps if g is not None and g < 0)
        optimal = sum(1 for g in gaps if g is not None and g <= 0)
        scores = [int(r["score"]) for r in rs if ok(r)]
        out.append(
            (
                key,
                len(rs),
                sum(not ok(r) for r in rs),
                n,
                mean,
                worst,
                optimal,
                better,
                statistics.fmean(scores) if scores else None,
                statistics.fmean(float(r["seconds"]) for r in rs),
            )
        )
    print(f"{a.csv} ({len(rows)} rows)")
    print(
        table(
            [
                "set",
                "runs",
                "FAIL",
                "with bks",
                "mean gap %",
                "max gap %",
                ">= bks",
                "> bks",
                "mean score",
                "mean s",
            ],
            out,
        )
    )
    for r in rows:
        if not ok(r):
            print(f"FAIL {r['instance']} m={r['m']}: {r.get('problems', '')}")
    worst_rows = sorted(
        (r for r in rows if r["bks"] and ok(r)),
        key=lambda r: -(gap(int(r["bks"]), int(r["score"])) or 0.0),
    )[:5]
    if worst_rows:
        print(
            "worst: " + ", ".join(f"{r['instance']} {float(r['gap_pct']):.2f}%" for r in worst_rows)
        )
    beat = [r for r in rows if r["bks"] and ok(r) and int(r["score"]) > int(r["bks"])]
    if beat:
        print(
            "above best-known: "
            + ", ".join(f"{r['instance']} m={r['m']} {r['score']} > {r['bks']}" for r in beat)
        )


if __name__ == "__main__":
    main()
