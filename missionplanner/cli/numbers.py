"""Numeric options checked before any work: finite, whole where they count things, in range.

``--time-limit nan`` once made a search run forever and ``--workers 0`` was taken; every
numeric option of every command goes through :func:`check_ranges`, and a bad value ends the
command with exit 1 and a sentence naming the option, its range and what was given.
"""

from __future__ import annotations

import argparse
import math
from dataclasses import dataclass

from missionplanner.errors import MissionPlannerError

MAX_SEED = 2**63 - 1
MAX_MINUTES_IN_A_DAY = 24 * 60


@dataclass(frozen=True)
class Bounds:
    """An option's allowed range (``low`` excluded when ``open_low``)."""

    option: str
    low: float
    high: float
    open_low: bool = False


PLAN = (Bounds("--time-limit", 0, 86_400, open_low=True), Bounds("--iterations", 1, 10**9),
        Bounds("--workers", 1, 1024), Bounds("--seeds", 1, 100_000), Bounds("--seed", 0, MAX_SEED))
REPLAN = (Bounds("--time-limit", 0, 86_400, open_low=True), Bounds("--iterations", 1, 10**9))


def check_ranges(args: argparse.Namespace, bounds: tuple[Bounds, ...]) -> None:
    """Raise :class:`MissionPlannerError` for the first option of ``args`` out of its range."""
    for bound in bounds:
        value = getattr(args, bound.option.lstrip("-").replace("-", "_"), None)
        if value is not None:
            check_number(bound, value)


def check_number(bound: Bounds, value: float) -> None:
    """One value against its bounds."""
    low = "more than" if bound.open_low else "at least"
    wanted = f"{bound.option} must be {low} {bound.low:g} and at most {bound.high:g}"
    if not math.isfinite(value):
        raise MissionPlannerError(f"{wanted}, not {value}")
    too_low = value <= bound.low if bound.open_low else value < bound.low
    if too_low or value > bound.high:
        shown = str(value) if len(str(value)) < 30 else f"{str(value)[:20]}..."
        raise MissionPlannerError(f"{wanted}, not {shown}")


def minutes(option: str, text: str, item: str) -> int:
    """Whole minutes of a day (0 to 1440) written in ``item``, else an error naming it."""
    text = text.strip()
    if not (text.isascii() and text.isdigit()) or int(text) > MAX_MINUTES_IN_A_DAY:
        raise MissionPlannerError(f"{option} {item!r}: minutes must be a whole number from 0 "
                                  f"to {MAX_MINUTES_IN_A_DAY}")
    return int(text)
