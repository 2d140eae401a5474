"""Sanity checks of the benchmark data: best-known scores against simple bounds.

For every TOP instance: the points reachable alone (start -> i -> end within tmax on exact
distances) give an upper bound (sum of their scores); a best-known above it, or a best-known of
0 while some point is reachable, is flagged. Also reports instances whose best-known is below
the best single-point tour (a certain under-statement) and the TOPTW files' shapes.

    .venv/bin/python bench/check_data.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench._common import table, top_instances
from bench.instances import load_top_bks, load_toptw, read_top, toptw_paths


def main() -> None:
    """Print the flagged TOP instances and a TOPTW summary."""
    bks = load_top_bks()
    flagged = []
    for name, _m, path in top_instances(["*"]):
        inst = read_top(path)
        d = inst.exact
        n = d.shape[0]
        reach = [i for i in range(1, n - 1) if d[0, i] + d[i, n - 1] <= inst.budget + 1e-9]
        scores = inst.scores
        bound = int(sum(scores[i] for i in reach))
        best_single = max((int(scores[i]) for i in reach), default=0)
        b = bks.get(name)
        notes = []
        if b is None:
            notes.append("no best-known")
        else:
            if b > bound:
                notes.append(f"bks {b} > reachable total {bound}")
            if b == 0 and reach:
                notes.append(f"bks 0 but {len(reach)} points reachable")
            if 0 < b < best_single:
                notes.append(f"bks {b} < best single point {best_single}")
        if d[0, n - 1] > inst.budget:
            notes.append(f"start->end {d[0, n - 1]:.2f} > tmax {inst.budget:g}")
        if notes and not (b == 0 and not reach):
            flagged.append((name, b, len(reach), bound, "; ".join(notes)))
    print(f"TOP: {len(bks)} best-knowns; flagged instances:")
    print(table(["instance", "bks", "reachable", "bound", "note"], flagged))
    rows = []
    for p in toptw_paths("*"):
        name = p.name.removesuffix(".txt")
        inst = load_toptw(name, 1)
        rows.append((name, len(inst.problem.sites) - 1, inst.scale, inst.budget, inst.best_known))
    print(f"\nTOPTW: {len(rows)} instances")
    print(table(["instance", "customers", "scale", "budget", "bks m=1"], rows))


if __name__ == "__main__":
    main()
