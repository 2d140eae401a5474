"""Import polling stations and observers from .xlsx or .csv into a mission: all or nothing.

The result is a *new* mission; the one passed in is not changed. Rows whose id is already in
the mission replace that station or observer (a re-imported, updated list updates it); other
rows are added; stations and observers not in the file are kept. Any problem anywhere in the
file raises one :class:`~missionplanner.errors.InputError` listing every problem, with file,
sheet, row and column, and nothing is imported.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from missionplanner.errors import InputError, InputProblem
from missionplanner.io.import_rows import merge_by_id
from missionplanner.io.observer_import import read_observers
from missionplanner.io.station_import import read_stations
from missionplanner.io.table_files import read_table
from missionplanner.io.tabular import Table
from missionplanner.model import Mission, Observer, PollingStation, cross_reference_problems


@dataclass(frozen=True)
class ImportResult:
    """The updated mission, how many rows were imported, and what the user should know."""

    mission: Mission
    count: int
    notes: list[str] = field(default_factory=list)


def import_stations(mission: Mission, path: str | os.PathLike[str]) -> ImportResult:
    """Add (or replace by id) the polling stations listed in an .xlsx or .csv file."""
    return _import(mission, path, read_stations, "stations", "station")


def import_observers(mission: Mission, path: str | os.PathLike[str]) -> ImportResult:
    """Add (or replace by id) the observers listed in an .xlsx or .csv file."""
    return _import(mission, path, read_observers, "observers", "observer")


Reader = Callable[[Table, Mission], tuple[Sequence[PollingStation | Observer], list[str]]]


def _import(
    mission: Mission, path: str | os.PathLike[str], reader: Reader, field_name: str, what: str
) -> ImportResult:
    table = read_table(path)
    items, notes = reader(table, mission)
    merged, replaced = merge_by_id(getattr(mission, field_name), items)
    candidate = mission.model_copy(update={field_name: merged})
    problems = [
        InputProblem(message=message, file=str(path), path=where)
        for where, message in cross_reference_problems(candidate)
    ]
    if problems:
        raise InputError(f"{path}: the mission would not be valid; nothing was imported:", problems)
    updated = Mission.model_validate(candidate.model_dump())
    added = len(items) - replaced
    notes = [*notes, f"{added} {what}{'s' if added != 1 else ''} added, {replaced} replaced"]
    return ImportResult(mission=updated, count=len(items), notes=notes)


__all__ = ["ImportResult", "import_observers", "import_stations"]
