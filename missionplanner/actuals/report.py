"""What an actuals reader finds: one report per "visited at" cell, and the import's result."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from missionplanner.errors import InputProblem
from missionplanner.io.tabular import Cell
from missionplanner.model import Activity, Plan

MAX_DAYS_LATE = 1
"""A visit may be reported on its route's day or the day after (counting past midnight)."""


@dataclass(frozen=True)
class Report:
    """One row saying a team was at a station: which visit, when, and where the row is."""

    team: str
    day: date
    visited: Cell
    place: InputProblem
    """File, sheet, row and column of the "visited at" cell (message unused)."""
    order: int | None = None
    """Position of the visit in the route (route sheets)."""
    station: str | None = None
    activity: Activity | None = None
    number: int | None = None
    """The station's number (a route sheet's visible "Station No." column)."""


@dataclass
class ActualsResult:
    """The plan with the actual visits in, and what was read."""

    plan: Plan
    visits: int
    notes: list[str] = field(default_factory=list)


def problem(place: InputProblem, message: str, column: str | None = None) -> InputProblem:
    """A problem at ``place`` (optionally in another column of the same row)."""
    return InputProblem(message, place.file, place.sheet, place.row, column or place.column)
