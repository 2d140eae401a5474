"""Shared helpers of the bench scripts: instance selection, CSV rows, tables."""

from __future__ import annotations

import csv
import fnmatch
import os
import statistics
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from bench.instances import (
    Instance,
    load_top_bks,
    load_toptw_bks,
    read_top,
    read_toptw,
    top_paths,
    toptw_paths,
)

RESULTS = Path(__file__).resolve().parent / "results"

TOPTW_TEAMS = (1, 2, 3, 4)


REP20 = (
    "p4.2.d,p4.2.j,p4.3.h,p4.3.n,p4.4.q,"
    "p5.2.h,p5.2.r,p5.3.k,p5.3.v,p5.4.p,"
    "p6.2.d,p6.2.k,p6.3.h,p6.3.n,p6.4.j,"
    "p7.2.e,p7.2.j,p7.3.h,p7.3.o,p7.4.t"
)
"""A representative TOP subset: 5 instances per set p4-p7, mixed team counts and budgets."""

ALIASES = {"rep20": REP20}


def _expand(patterns: Sequence[str]) -> list[str]:
    """Globs from ``--set`` values: comma-separated lists and aliases (``rep20``) expanded."""
    out: list[str] = []
    for p in patterns:
        for q in ALIASES.get(p, p).split(","):
            if q.strip():
                out.append(q.strip())
    return out


def top_instances(patterns: Sequence[str]) -> list[tuple[str, int, Path]]:
    """``(name, m, path)`` of TOP instances matching any of the globs (m from the file)."""
    seen: dict[str, Path] = {}
    for pat in _expand(patterns):
        for p in top_paths(pat):
            seen.setdefault(p.name.removesuffix(".txt"), p)
    return [(name, int(name.split(".")[1]), p) for name, p in seen.items()]


def toptw_instances(patterns: Sequence[str], teams: Iterable[int]) -> list[tuple[str, int, Path]]:
    """``(name, m, path)`` for TOPTW instances matching any glob, for every m in ``teams``."""
    seen: dict[str, Path] = {}
    for pat in _expand(patterns):
        for p in toptw_paths(pat):
            seen.setdefault(p.name.removesuffix(".txt"), p)
    return [(name, m, p) for m in teams for name, p in seen.items()]


def load(kind: str, name: str, m: int, path: Path) -> Instance:
    """Read one instance with its best-known score (None when unknown)."""
    if kind == "top":
        return read_top(path, best_known=load_top_bks().get(name))
    return read_toptw(path, m, best_known=load_toptw_bks().get((name, m)))


def gap(bks: int | None, score: int | None) -> float | None:
    """Gap to the best-known in percent (negative = better than best-known); None if unknown."""
    if bks is None or score is None:
        return None
    if bks == 0:
        return 0.0 if score == 0 else -100.0
    return 100.0 * (bks - score) / bks


def append_row(path: Path, row: dict[str, Any], fields: Sequence[str]) -> None:
    """Append one row to a CSV (header written when the file is new), flushed at once."""
    path.parent.mkdir(parents=True, exist_ok=True)
    new = not path.exists() or path.stat().st_size == 0
    if not new:  # keep the columns of an existing file (written by an older version)
        with path.open(newline="") as fh:
            fields = next(csv.reader(fh))
    with path.open("a", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=list(fields), extrasaction="ignore")
        if new:
            w.writeheader()
        w.writerow(row)
        fh.flush()
        os.fsync(fh.fileno())


def read_rows(path: Path) -> list[dict[str, str]]:
    """All rows of a results CSV (empty list if the file does not exist)."""
    if not path.exists():
        return []
    with path.open(newline="") as fh:
        return list(csv.DictReader(fh))


def fmt(v: Any, digits: int = 2) -> str:
    """A table cell: floats with ``digits`` decimals, None as ``-``."""
    if v is None or v == "":
        return "-"
    if isinstance(v, float):
        return f"{v:.{digits}f}"
    return str(v)


def table(header: Sequence[str], rows: Sequence[Sequence[Any]]) -> str:
    """A Markdown table with right-aligned columns."""
    cells = [[fmt(c) for c in r] for r in rows]
    widths = [max([len(h)] + [len(r[i]) for r in cells]) for i, h in enumerate(header)]
    out = ["| " + " | ".join(h.rjust(w) for h, w in zip(header, widths, strict=True)) + " |"]
    out.append("|" + "|".join("-" * (w + 1) + ":" for w in widths) + "|")
    out += [
        "| " + " | ".join(c.rjust(w) for c, w in zip(r, widths, strict=True)) + " |" for r in cells
    ]
    return "\n".join(out)


def summary(gaps: Sequence[float | None]) -> tuple[int, float | None, float | None]:
    """``(count, mean gap, max gap)`` over the known gaps."""
    g = [x for x in gaps if x is not None]
    if not g:
        return 0, None, None
    return len(g), statistics.fmean(g), max(g)


def set_of(name: str) -> str:
    """Benchmark set of an instance: ``p4`` for ``p4.2.a``, ``c1`` for ``c101``, ``pr`` for pr01."""
    if name.startswith("p") and "." in name:
        return name.split(".")[0]
    if name.startswith("pr"):
        return "pr"
    return name.rstrip("0123456789") + "1"


def matches(name: str, patterns: Sequence[str]) -> bool:
    """Whether ``name`` matches any of the globs."""
    return any(fnmatch.fnmatchcase(name, p) for p in patterns)
