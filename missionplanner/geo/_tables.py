"""Reading the reference tables shipped in ``missionplanner/data`` (CSV, UTF-8)."""

from __future__ import annotations

import csv
from functools import cache
from pathlib import Path

DATA = Path(__file__).resolve().parents[1] / "data"


@cache
def read_table(name: str) -> tuple[dict[str, str], ...]:
    """The rows of ``missionplanner/data/NAME`` as dicts (cached: the files do not change)."""
    with open(DATA / name, encoding="utf-8", newline="") as file:
        return tuple(csv.DictReader(file))


def split(cell: str) -> list[str]:
    """A ``|``-separated cell as its items."""
    return [part.strip() for part in cell.split("|") if part.strip()]


def number(cell: str) -> float | None:
    """A decimal cell, or None when empty."""
    return float(cell) if cell.strip() else None
