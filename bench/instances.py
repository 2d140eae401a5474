"""Readers for literature benchmarks (TOP and TOPTW) into :class:`solvers.problem.Problem`.

Only numpy and the standard library: the module is used by ``bench/`` and the tests.

**TOP** (Chao, Golden & Wasil 1996, ``pN.M.L.txt``): ``n N`` / ``m M`` / ``tmax T`` then ``N`` rows
``x y score``. Row 0 is every team's start, row ``N-1`` every team's end. The literature measures
routes on exact Euclidean distances. Our :class:`Problem` wants integers, so the travel matrix is
``ceil(distance * scale)`` (computed in exact integer arithmetic from the decimal coordinates) and
the shift is ``(0, floor(tmax * scale))``. Rounding travel *up* and the budget *down* makes every
route that is feasible on the integer matrix feasible on exact distances; the price is at most
``1/scale`` of budget per leg. The default scale, :data:`TOP_SCALE` = 1000, keeps the loss below
0.001 per leg (< 0.1 of tmax even for a 100-leg route) and all times below one week.

**TOPTW** (Montemanni & Gambardella 2009 / Vansteenwegen et al. 2009, Solomon c1/r1/rc1 and
Cordeau pr01–pr10): ``i x y d S f a list O C`` per vertex, vertex 0 is start and end, the time
budget is the closing time of vertex 0, the number of teams comes from the caller. The literature
convention is Euclidean distance *truncated* (rounded down) to one decimal for Solomon and two
for Cordeau; we mirror it exactly: the scale is 10 (Solomon) or 100 (Cordeau), so the integer
matrix ``floor(distance * scale)`` *is* the literature's matrix, with no rounding of our own.
Windows bound the start of service (as in :mod:`solvers.problem`). Any pairs after the visit-
combination list are read as windows, so a file with several windows per vertex works too.

:func:`check_routes` re-checks routes in the instance's original units with float arithmetic on
the literature's distances (exact Euclidean for TOP, truncated for TOPTW), independently of the
integer matrix, and re-computes the score.
"""

from __future__ import annotations

import csv
import math
import os
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from fractions import Fraction
from pathlib import Path
from typing import Literal

import numpy as np

from solvers.problem import Problem, Site, Team

TOP_SCALE = 1000
"""Integer time units per TOP distance unit."""

BENCH_DIR = Path(os.environ.get("MP_BENCH_DIR", "/work/shared/bench"))
"""Root of the benchmark data (``top/`` and ``toptw/``); override with ``$MP_BENCH_DIR``."""

EPS = 1e-9
"""Float tolerance of :func:`check_routes` (in original distance units)."""

Kind = Literal["top", "toptw"]


class InstanceError(ValueError):
    """A benchmark file cannot be parsed."""


@dataclass(frozen=True)
class Instance:
    """A parsed benchmark: the :class:`Problem` plus what the literature reports with it."""

    name: str
    kind: Kind
    problem: Problem
    num_teams: int
    scale: int
    """Integer units of ``problem`` per original unit (distance and time)."""
    budget: float
    """Time budget of every team in original units (TOP ``tmax``, TOPTW closing time of 0)."""
    coords: np.ndarray
    """``(n, 2)`` float coordinates, row ``i`` is site ``i``."""
    exact: np.ndarray
    """``(n, n)`` float distances in original units, the literature's convention."""
    opening: np.ndarray = field(repr=False, default_factory=lambda: np.zeros(0))
    """Window opening per site in original units (TOPTW; zeros for TOP)."""
    closing: np.ndarray = field(repr=False, default_factory=lambda: np.zeros(0))
    """Window closing per site in original units (TOPTW; ``budget`` for TOP)."""
    service: np.ndarray = field(repr=False, default_factory=lambda: np.zeros(0))
    """Service duration per site in original units (zeros for TOP)."""
    best_known: int | None = None

    @property
    def scores(self) -> np.ndarray:
        """Score of every site (depots score 0)."""
        return np.array([s.score for s in self.problem.sites], dtype=np.int64)


# --------------------------------------------------------------------------- exact arithmetic


def _fixed(tokens: Sequence[str]) -> tuple[list[int], int]:
    """Decimal strings as integers over a common power of ten: ``(values, 10**digits)``."""
    decs = [Decimal(t) for t in tokens]
    digits = max((max(0, -int(d.as_tuple().exponent)) for d in decs), default=0)
    unit = 10**digits
    return [int(d * unit) for d in decs], unit


def _isqrt_ceil(num: int, den: int) -> int:
    """``ceil(sqrt(num / den))`` exactly, for ``num >= 0, den > 0``."""
    r = math.isqrt(num // den)
    while r * r * den < num:
        r += 1
    return r


def _int_matrix(xs: list[int], ys: list[int], unit: int, scale: int, up: bool) -> np.ndarray:
    """``ceil`` (``up``) or ``floor`` of ``scale * euclid``, coordinates in units of 1/``unit``."""
    n = len(xs)
    out = np.zeros((n, n), dtype=np.int64)
    den = unit * unit
    s2 = scale * scale
    for i in range(n):
        for j in range(i + 1, n):
            d2 = (xs[i] - xs[j]) ** 2 + (ys[i] - ys[j]) ** 2
            v = _isqrt_ceil(d2 * s2, den) if up else math.isqrt(d2 * s2 // den)
            out[i, j] = out[j, i] = v
    return out


def _scaled(value: str, scale: int, how: Literal["floor", "ceil"]) -> int:
    """A decimal string times ``scale`` as an integer, rounded the safe way if not integral."""
    f = Fraction(Decimal(value)) * scale
    return math.floor(f) if how == "floor" else math.ceil(f)


def _int_score(value: str, where: str) -> int:
    """A score, which must be a whole number."""
    d = Decimal(value)
    if d != d.to_integral_value() or d < 0:
        raise InstanceError(f"{where}: score {value!r} is not a non-negative whole number")
    return int(d)


# --------------------------------------------------------------------------- TOP


def read_top(
    path: str | os.PathLike[str], scale: int = TOP_SCALE, best_known: int | None = None
) -> Instance:
    """Read a Chao-Golden-Wasil TOP file (see the module docstring for the rounding)."""
    p = Path(path)
    lines = [ln.split() for ln in p.read_text().splitlines() if ln.strip()]
    head: dict[str, str] = {}
    for tok in lines[:3]:
        if len(tok) != 2:
            raise InstanceError(f"{p}: bad header line {' '.join(tok)!r}")
        head[tok[0]] = tok[1]
    try:
        n, m, tmax = int(head["n"]), int(head["m"]), head["tmax"]
    except KeyError as e:
        raise InstanceError(f"{p}: header lacks {e}") from None
    rows = lines[3:]
    if len(rows) != n or any(len(r) != 3 for r in rows):
        raise InstanceError(f"{p}: expected {n} rows of 'x y score', got {len(rows)}")
    (xs, ys), unit = _split2(_fixed([t for r in rows for t in r[:2]]))
    end_time = _scaled(tmax, scale, "floor")
    travel = _int_matrix(xs, ys, unit, scale, up=True)
    coords = np.array([[float(r[0]), float(r[1])] for r in rows])
    start, end = 0, n - 1
    window = ((0, end_time),)
    sites = [
        Site(
            score=0 if i in (start, end) else _int_score(r[2], f"{p}:{i}"),
            windows=window,
        )
        for i, r in enumerate(rows)
    ]
    teams = tuple(Team(start=start, end=end, shift=(0, end_time)) for _ in range(m))
    budget = float(tmax)
    return Instance(
        name=_stem(p),
        kind="top",
        problem=Problem(travel=travel, sites=tuple(sites), teams=teams),
        num_teams=m,
        scale=scale,
        budget=budget,
        coords=coords,
        exact=_euclid(coords),
        opening=np.zeros(n),
        closing=np.full(n, budget),
        service=np.zeros(n),
        best_known=best_known,
    )


def _split2(fixed: tuple[list[int], int]) -> tuple[tuple[list[int], list[int]], int]:
    """Interleaved ``x, y`` fixed-point values into two lists."""
    vals, unit = fixed
    return (vals[0::2], vals[1::2]), unit


def _stem(p: Path) -> str:
    """Instance name: the file name without ``.txt``."""
    return p.name.removesuffix(".txt")


def _euclid(coords: np.ndarray) -> np.ndarray:
    """Exact (float) Euclidean distance matrix."""
    diff = coords[:, None, :] - coords[None, :, :]
    return np.asarray(np.hypot(diff[..., 0], diff[..., 1]))


# --------------------------------------------------------------------------- TOPTW


def toptw_decimals(name: str) -> int:
    """Decimals the literature keeps in TOPTW distances: 2 for Cordeau ``pr*``, else 1."""
    return 2 if re.match(r"pr\d", name) else 1


def read_toptw(
    path: str | os.PathLike[str],
    num_teams: int,
    best_known: int | None = None,
    decimals: int | None = None,
) -> Instance:
    """Read a Montemanni-Gambardella TOPTW file for ``num_teams`` teams (start = end = vertex 0)."""
    p = Path(path)
    name = _stem(p)
    if num_teams < 1:
        raise InstanceError(f"{p}: num_teams must be >= 1, got {num_teams}")
    dec = toptw_decimals(name) if decimals is None else decimals
    scale = 10**dec
    lines = [ln.split() for ln in p.read_text().splitlines() if ln.strip()]
    if not lines or len(lines[0]) < 3:
        raise InstanceError(f"{p}: bad first line")
    n_customers = int(lines[0][2])
    # The second line ("D Q") is sometimes missing: vertex rows have at least 9 fields.
    body = [r for r in lines[1:] if len(r) >= 9]
    if len(body) != n_customers + 1:
        raise InstanceError(f"{p}: expected {n_customers + 1} vertex rows, got {len(body)}")
    xs_s, ys_s, svc, scores, wins = [], [], [], [], []
    for k, r in enumerate(body):
        if int(r[0]) != k:
            raise InstanceError(f"{p}: vertex {k} row starts with {r[0]}")
        a = int(r[6])
        rest = r[7 + a :]
        if len(rest) < 2 or len(rest) % 2:
            raise InstanceError(f"{p}:{k}: expected window pairs after the list, got {rest}")
        xs_s.append(r[1])
        ys_s.append(r[2])
        svc.append(r[3])
        scores.append(r[4])
        wins.append([(rest[i], rest[i + 1]) for i in range(0, len(rest), 2)])
    (xs, ys), unit = _split2(_fixed([t for pair in zip(xs_s, ys_s, strict=True) for t in pair]))
    travel = _int_matrix(xs, ys, unit, scale, up=False)
    coords = np.array([[float(x), float(y)] for x, y in zip(xs_s, ys_s, strict=True)])
    exact = _truncated(coords, dec)
    sites = []
    for k in range(len(body)):
        windows = tuple((_scaled(o, scale, "ceil"), _scaled(c, scale, "floor")) for o, c in wins[k])
        sites.append(
            Site(
                score=0 if k == 0 else _int_score(scores[k], f"{p}:{k}"),
                service=0 if k == 0 else _scaled(svc[k], scale, "ceil"),
                windows=windows,
            )
        )
    depot_open, depot_close = sites[0].windows[0][0], sites[0].windows[-1][1]
    teams = tuple(Team(start=0, end=0, shift=(depot_open, depot_close)) for _ in range(num_teams))
    n = len(body)
    return Instance(
        name=name,
        kind="toptw",
        problem=Problem(travel=travel, sites=tuple(sites), teams=teams),
        num_teams=num_teams,
        scale=scale,
        budget=float(wins[0][-1][1]),
        coords=coords,
        exact=exact,
        opening=np.array([float(w[0][0]) for w in wins]),
        closing=np.array([float(w[-1][1]) for w in wins]),
        service=np.array([0.0] + [float(s) for s in svc[1:]]) if n else np.zeros(0),
        best_known=best_known,
    )


def _truncated(coords: np.ndarray, decimals: int) -> np.ndarray:
    """Euclidean distances truncated to ``decimals`` decimals, as floats (literature convention)."""
    f = 10**decimals
    # tiny epsilon so that 4.999999999 (float noise for 5.0) is not truncated to 4.9
    return np.floor(_euclid(coords) * f + 1e-7) / f


# --------------------------------------------------------------------------- catalogue


def load_top_bks(path: str | os.PathLike[str] | None = None) -> dict[str, int]:
    """Best-known TOP scores by instance name from ``top/bks.csv``."""
    p = Path(path) if path else BENCH_DIR / "top" / "bks.csv"
    with p.open(newline="") as fh:
        return {row["instance"]: int(row["bks"]) for row in csv.DictReader(fh) if row["bks"]}


def load_toptw_bks(path: str | os.PathLike[str] | None = None) -> dict[tuple[str, int], int]:
    """Best-known TOPTW scores by ``(instance, m)``; missing entries are left out."""
    p = Path(path) if path else BENCH_DIR / "toptw" / "bks_m1.csv"
    with p.open(newline="") as fh:
        return {
            (row["instance"], int(row["m"])): int(row["bks"])
            for row in csv.DictReader(fh)
            if row["bks"].strip()
        }


def top_paths(pattern: str = "*", root: str | os.PathLike[str] | None = None) -> list[Path]:
    """TOP instance files whose name (without ``.txt``) matches the glob ``pattern``, sorted."""
    d = Path(root) if root else BENCH_DIR / "top" / "instances"
    return sorted(d.glob(f"{pattern}.txt"), key=lambda q: _natural(q.name))


def toptw_paths(pattern: str = "*", root: str | os.PathLike[str] | None = None) -> list[Path]:
    """TOPTW instance files (Solomon and Cordeau) whose name matches ``pattern``, sorted."""
    d = Path(root) if root else BENCH_DIR / "toptw" / "instances"
    return sorted(d.glob(f"*/{pattern}.txt"), key=lambda q: _natural(q.name))


def _natural(s: str) -> list[int | str]:
    """Sort key ordering ``p4.2.b`` before ``p4.10.a``."""
    return [int(t) if t.isdigit() else t for t in re.split(r"(\d+)", s)]


def load_top(name: str, scale: int = TOP_SCALE) -> Instance:
    """A TOP instance by name, with its best-known score from ``bks.csv``."""
    (path,) = top_paths(name) or [BENCH_DIR / "top" / "instances" / f"{name}.txt"]
    return read_top(path, scale=scale, best_known=load_top_bks().get(name))


def load_toptw(name: str, num_teams: int) -> Instance:
    """A TOPTW instance by name for ``num_teams`` teams, with the best-known score if any."""
    (path,) = toptw_paths(name) or [Path(name)]
    return read_toptw(path, num_teams, best_known=load_toptw_bks().get((name, num_teams)))


# --------------------------------------------------------------------------- exact re-check


@dataclass(frozen=True)
class RouteCheck:
    """Outcome of :func:`check_routes` in original units."""

    score: int
    feasible: bool
    problems: tuple[str, ...]
    finish: tuple[float, ...]
    """Arrival time at the end depot of every route (TOP: route length)."""


def _strip(route: Sequence[int], depots: set[int]) -> list[int]:
    """Route stops without leading/trailing depots."""
    r = [int(v) for v in route]
    while r and r[0] in depots:
        r.pop(0)
    while r and r[-1] in depots:
        r.pop()
    return r


def check_routes(inst: Instance, routes: Iterable[Sequence[int]]) -> RouteCheck:
    """Re-check routes (one per team, stops as site indices, depots optional) in float arithmetic.

    Uses the literature's distances (:attr:`Instance.exact`), not the integer matrix: visits at most
    once, no depot as a stop, at most one route per team, each route leaves its start at the
    opening of the team's shift, waits for windows, starts service no later than a window closes,
    and reaches its end by the budget; an empty route is an unused team and always feasible.
    Returns the score of the visited sites.
    """
    prob = inst.problem
    depots = {t.start for t in prob.teams} | {t.end for t in prob.teams}
    issues: list[str] = []
    seen: set[int] = set()
    finish: list[float] = []
    score = 0
    routes = list(routes)
    if len(routes) > len(prob.teams):
        issues.append(f"{len(routes)} routes for {len(prob.teams)} teams")
    n = len(prob.sites)
    for k, raw in enumerate(routes):
        team = prob.teams[min(k, len(prob.teams) - 1)]
        stops = _strip(raw, depots)
        if not stops:  # an unused team does not travel, even if start -> end exceeds the budget
            finish.append(team.shift[0] / inst.scale)
            continue
        t = team.shift[0] / inst.scale
        here = team.start
        for v in stops:
            if not 0 <= v < n:
                issues.append(f"route {k}: site {v} out of range")
                continue
            if v in depots:
                issues.append(f"route {k}: depot {v} used as a stop")
                continue
            if v in seen:
                issues.append(f"route {k}: site {v} visited twice")
            seen.add(v)
            arrive = t + float(inst.exact[here, v])
            start = _service_start(inst, v, arrive)
            if start is None:
                issues.append(f"route {k}: site {v} reached at {arrive:.4f}, after its window")
                start = arrive
            t = start + float(inst.service[v])
            here = v
            score += prob.sites[v].score
        t += float(inst.exact[here, team.end])
        finish.append(t)
        if t > inst.budget + EPS:
            issues.append(f"route {k}: ends at {t:.6f} > budget {inst.budget:g}")
    return RouteCheck(
        score=score, feasible=not issues, problems=tuple(issues), finish=tuple(finish)
    )


def _service_start(inst: Instance, v: int, arrive: float) -> float | None:
    """Start of service at ``v`` when arriving at ``arrive`` (original units), or ``None``."""
    if inst.kind == "top":
        return arrive
    for lo, hi in inst.problem.sites[v].windows:
        lo_f, hi_f = lo / inst.scale, hi / inst.scale
        if arrive <= hi_f + EPS:
            return max(arrive, lo_f)
    return None
