"""Our solver on the TOPTW instances (Solomon c1/r1/rc1, Cordeau pr01-pr10) for m = 1..4 teams.

Best-known scores exist only for m = 1 (Righini & Salani); for every m the table shows our
score next to PyVRP's. Every solution is checked with ``Solution.verify(problem)`` and again on
the literature's truncated distances (:func:`bench.instances.check_routes`).

    .venv/bin/python bench/toptw.py --set 'c10*' --teams 1,2,3,4 --time-limit 10 --jobs 1

Results are appended to ``bench/results/ours_toptw_<T>s.csv`` (``--out``); the PyVRP column
comes from ``bench/results/pyvrp_toptw_<T>s.csv`` (``--pyvrp``).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench._common import toptw_instances
from bench._ours import add_arguments, run


def main(argv: Sequence[str] | None = None) -> None:
    """Command line."""
    ap = argparse.ArgumentParser(description=(__doc__ or "").split("\n")[0])
    add_arguments(ap, "*")
    ap.add_argument("--teams", default="1,2,3,4", help="team counts, e.g. 1,2")
    a = ap.parse_args(argv)
    teams = [int(x) for x in a.teams.split(",")]
    run("toptw", toptw_instances(a.sets or ["*"], teams), a)


if __name__ == "__main__":
    main()
