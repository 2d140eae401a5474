"""Tests of the TOP / TOPTW benchmark readers and the exact re-check."""

from __future__ import annotations

import itertools
import math
import random
from pathlib import Path

import numpy as np
import pytest

from bench.instances import (
    BENCH_DIR,
    TOP_SCALE,
    InstanceError,
    check_routes,
    load_top,
    load_top_bks,
    load_toptw,
    read_top,
    read_toptw,
)

TOP_TEXT = """n 5
m 2
tmax 12.5
0.000\t0.000\t0
3.000\t4.000\t10
1.000\t1.000\t7
6.000\t0.000\t3
6.000\t8.000\t0
"""

TOPTW_TEXT = """4 10 3 1
0 200
  0 0.00 0.00 0.00 0.00 0 0 0 100
  1 1.00 1.00 10.00 10.00 1 1 1 0 50
  2 3.00 4.00 5.00 20.00 1 1 1 30 40
  3 -2.00 0.00 0.00 5.00 1 2 1 2 0 10 60 90
"""


@pytest.fixture
def top_file(tmp_path: Path) -> Path:
    """A 5-point TOP file."""
    p = tmp_path / "p9.2.z.txt"
    p.write_text(TOP_TEXT)
    return p


@pytest.fixture
def toptw_file(tmp_path: Path) -> Path:
    """A 3-customer TOPTW file in Solomon layout; vertex 3 has two windows."""
    p = tmp_path / "c901.txt"
    p.write_text(TOPTW_TEXT)
    return p


def test_top_shapes_and_depots(top_file: Path) -> None:
    """TOP: n x n integer matrix, m teams from row 0 to row N-1 within floor(tmax * scale)."""
    inst = read_top(top_file, best_known=17)
    prob = inst.problem
    assert inst.name == "p9.2.z" and inst.kind == "top" and inst.num_teams == 2
    assert prob.travel.shape == (5, 5) and prob.travel.dtype == np.int64
    assert len(prob.sites) == 5 and len(prob.teams) == 2
    assert all(t.start == 0 and t.end == 4 and t.shift == (0, 12500) for t in prob.teams)
    assert inst.budget == 12.5 and inst.scale == TOP_SCALE and inst.best_known == 17


def test_top_scores_depots_zero(top_file: Path) -> None:
    """TOP: scores read from the third column, depots score 0."""
    inst = read_top(top_file)
    assert inst.scores.tolist() == [0, 10, 7, 3, 0]


def test_top_rounds_up(top_file: Path) -> None:
    """TOP: travel = ceil(exact * scale); exact integers stay exact (3-4-5)."""
    inst = read_top(top_file, scale=100)
    t = inst.problem.travel
    assert t[0, 1] == 500 and t[1, 4] == 500
    assert t[0, 2] == math.ceil(100 * math.sqrt(2)) == 142
    diff = t / 100 - inst.exact
    assert diff.min() >= -1e-12 and diff.max() < 0.01
    assert (t == t.T).all() and (np.diag(t) == 0).all()


def test_top_integer_feasible_is_exact_feasible(top_file: Path) -> None:
    """TOP: every route within the integer budget is within tmax on exact distances."""
    inst = read_top(top_file, scale=10)
    t, end = inst.problem.travel, inst.problem.teams[0].shift[1]
    for k in range(4):
        for perm in itertools.permutations([1, 2, 3], k):
            path = [0, *perm, 4]
            if sum(t[a, b] for a, b in itertools.pairwise(path)) <= end:
                assert check_routes(inst, [list(perm)]).feasible


def test_top_rounding_up_on_random_coordinates(tmp_path: Path) -> None:
    """TOP: on random 3-decimal coordinates, ceil never understates the exact distance."""
    rng = random.Random(1)
    rows = [f"{rng.uniform(0, 50):.3f}\t{rng.uniform(0, 50):.3f}\t1" for _ in range(30)]
    p = tmp_path / "p9.1.r.txt"
    p.write_text("n 30\nm 1\ntmax 40\n" + "\n".join(rows) + "\n")
    inst = read_top(p, scale=1000)
    scaled = inst.exact * 1000
    assert (inst.problem.travel >= scaled - 1e-9).all()
    assert (inst.problem.travel < scaled + 1).all()


def test_top_bad_header(tmp_path: Path) -> None:
    """TOP: a file with the wrong number of rows is rejected."""
    p = tmp_path / "bad.txt"
    p.write_text("n 3\nm 1\ntmax 5\n0 0 0\n1 1 1\n")
    with pytest.raises(InstanceError):
        read_top(p)


def test_toptw_shapes_windows_service(toptw_file: Path) -> None:
    """TOPTW: start = end = 0, shift = depot window, scale 10, windows and service scaled."""
    inst = read_toptw(toptw_file, num_teams=3)
    prob = inst.problem
    assert inst.scale == 10 and inst.num_teams == 3 and inst.budget == 100
    assert prob.travel.shape == (4, 4)
    assert all(t.start == 0 and t.end == 0 and t.shift == (0, 1000) for t in prob.teams)
    assert prob.sites[1].windows == ((0, 500),) and prob.sites[1].service == 100
    assert prob.sites[2].windows == ((300, 400),) and prob.sites[2].service == 50
    assert prob.sites[3].windows == ((0, 100), (600, 900))
    assert inst.scores.tolist() == [0, 10, 20, 5]


def test_toptw_truncates_to_one_decimal(toptw_file: Path) -> None:
    """TOPTW Solomon: distances truncated to one decimal (sqrt 2 -> 1.4), not rounded."""
    inst = read_toptw(toptw_file, num_teams=1)
    t = inst.problem.travel
    assert t[0, 1] == 14 and t[0, 2] == 50 and t[1, 2] == math.floor(10 * math.sqrt(13)) == 36
    assert np.allclose(t / 10, inst.exact)


def test_toptw_cordeau_two_decimals(tmp_path: Path) -> None:
    """TOPTW Cordeau (pr*): two decimals (scale 100), missing 'D Q' line tolerated."""
    p = tmp_path / "pr99.txt"
    p.write_text("\n".join(TOPTW_TEXT.splitlines()[:1] + TOPTW_TEXT.splitlines()[2:]) + "\n")
    inst = read_toptw(p, num_teams=1)
    assert inst.scale == 100 and inst.problem.travel[0, 1] == 141
    assert inst.problem.teams[0].shift == (0, 10000)


def test_check_routes_score_and_violations(toptw_file: Path) -> None:
    """The exact re-check scores routes and reports windows, duplicates and the budget."""
    inst = read_toptw(toptw_file, num_teams=2)
    ok = check_routes(inst, [[0, 1, 2, 0], [3]])
    assert ok.feasible and ok.score == 35, ok.problems
    late = check_routes(inst, [[2, 1]])  # service at 2 ends at 35, then 1 starts at 38.6 < 50
    assert late.feasible and late.score == 30
    twice = check_routes(inst, [[1], [1]])
    assert not twice.feasible and any("twice" in s for s in twice.problems)
    inst1 = read_toptw(toptw_file, num_teams=1)
    assert not check_routes(inst1, [[1], [2]]).feasible  # two routes for one team
    tight = read_top(
        _write(toptw_file.parent / "p9.1.t.txt", "n 3\nm 1\ntmax 9.9\n0 0 0\n5 0 1\n10 0 0\n")
    )
    assert not check_routes(tight, [[1]]).feasible
    assert check_routes(tight, [[]]).feasible


def _write(p: Path, text: str) -> Path:
    """Write ``text`` to ``p``."""
    p.write_text(text)
    return p


needs_data = pytest.mark.skipif(not BENCH_DIR.exists(), reason="benchmark data not available")


@needs_data
def test_real_top_instance() -> None:
    """p4.2.a: 100 sites, 2 teams, tmax 25, best-known 206."""
    inst = load_top("p4.2.a")
    assert inst.problem.travel.shape == (100, 100) and inst.num_teams == 2
    assert inst.problem.teams[0].shift == (0, 25 * TOP_SCALE) and inst.best_known == 206
    assert len(load_top_bks()) == 387


@needs_data
def test_real_toptw_instances() -> None:
    """c101 (scale 10, budget 1236, best-known 320 for m=1) and pr01 (scale 100)."""
    c = load_toptw("c101", 1)
    assert c.scale == 10 and c.budget == 1236 and c.best_known == 320
    assert len(c.problem.sites) == 101
    pr = load_toptw("pr01", 2)
    assert pr.scale == 100 and len(pr.problem.sites) == 49 and pr.best_known is None
