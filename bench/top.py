"""Our solver on the Chao-Golden-Wasil TOP instances: score, gap to best-known, PyVRP alongside.

Every solution is checked with ``Solution.verify(problem)`` and again on exact Euclidean
distances (:func:`bench.instances.check_routes`); a failed check prints FAIL and its gap is
left out of the means.

    .venv/bin/python bench/top.py --set 'p4.*' --time-limit 10 --seed 0 --jobs 1
    .venv/bin/python bench/top.py --set 'p4.*' --time-limit 10 --no-solve   # table from the CSV

Results are appended to ``bench/results/ours_top_<T>s.csv`` (``--out``); the PyVRP column comes
from ``bench/results/pyvrp_top_<T>s.csv`` (``--pyvrp``), written by ``pyvrp_baseline.py``.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench._common import top_instances
from bench._ours import add_arguments, run


def main(argv: Sequence[str] | None = None) -> None:
    """Command line."""
    ap = argparse.ArgumentParser(description=(__doc__ or "").split("\n")[0])
    add_arguments(ap, "p[4-7].*")
    a = ap.parse_args(argv)
    run("top", top_instances(a.sets or ["p[4-7].*"]), a)


if __name__ == "__main__":
    main()
