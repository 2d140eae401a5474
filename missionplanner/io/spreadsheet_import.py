"""Import polling stations and observers from .xlsx or .csv into a mission.

The result is a *new* mission; the one passed in is not changed. Rows whose id is already in
the mission replace that station or observer (a re-imported, updated list updates it); other
rows are added; stations and observers not in the file are kept.

All or nothing by default: any problem raises one :class:`~missionplanner.errors.InputError`
listing every problem with file, sheet, row and column, and nothing is imported. With
``ImportOptions(skip_bad_rows=True)`` the good rows are imported and the bad ones left out.
Either way, the full list of problems is written beside the input (``NAME.problems.csv`` or
``.xlsx``) and the message says where. Plausibility warnings (stations stacked on one point,
far from the rest of their region) are returned with their rows; they import.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from missionplanner.errors import InputError, InputProblem
from missionplanner.geo.plausibility import plausibility_warnings
from missionplanner.io.import_options import ImportOptions, default_report_path
from missionplanner.io.import_rows import merge_by_id, sorted_problems
from missionplanner.io.observer_import import read_observers
from missionplanner.io.problem_report import write_problem_report
from missionplanner.io.station_import import StationRows, read_station_rows
from missionplanner.io.table_files import read_table
from missionplanner.io.tabular import Table
from missionplanner.messages import import_problems as ip
from missionplanner.messages import say
from missionplanner.model import Mission, Observer, PollingStation, cross_reference_problems


@dataclass(frozen=True)
class ImportResult:
    """The updated mission, how many rows were imported, and what the user should know."""

    mission: Mission
    count: int
    notes: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    """Plausibility warnings, each naming its rows (the stations are imported)."""
    skipped: int = 0
    """Rows left out with ``skip_bad_rows``."""
    report: Path | None = None
    """Where the full list of problems was written, if there were any."""


def import_stations(
    mission: Mission, path: str | os.PathLike[str], options: ImportOptions | None = None
) -> ImportResult:
    """Add (or replace by id) the polling stations listed in an .xlsx or .csv file."""
    options = options or ImportOptions()
    table = read_table(path)
    rows = read_station_rows(table, mission, options)
    stations, skipped, report, notes = _settle_problems(rows, table, path, options)
    result = _merge(mission, path, stations, "stations", "station", notes)
    warnings = [
        rows.warning(w.stations, w.message)
        for w in plausibility_warnings(result.mission, {s.id for s in stations})
    ]
    return ImportResult(result.mission, result.count, result.notes, warnings, skipped, report)


def import_observers(
    mission: Mission, path: str | os.PathLike[str], options: ImportOptions | None = None
) -> ImportResult:
    """Add (or replace by id) the observers listed in an .xlsx or .csv file (all or nothing;
    the full list of problems is written beside the input)."""
    options = options or ImportOptions()
    table = read_table(path)
    try:
        observers, notes = read_observers(table, mission)
    except InputError as exc:
        if not exc.problems:
            raise
        report = _write_report(exc.problems, path, options)
        raise InputError(_failure(str(path), exc.problems, report), exc.problems) from None
    return _merge(mission, path, observers, "observers", "observer", notes)


def _settle_problems(
    rows: StationRows, table: Table, path: str | os.PathLike[str], options: ImportOptions
) -> tuple[list[PollingStation], int, Path | None, list[str]]:
    """The stations to import, how many rows were skipped, the report, and the notes; or an
    :class:`InputError` when all or nothing (or a problem outside the rows) says so."""
    problems = sorted_problems(rows.collected.problems, rows.collected)
    notes = list(rows.collected.notes)
    if not problems:
        return rows.stations, 0, None, notes
    report = _write_report(problems, path, options)
    data_rows = {(line.reader.located.sheet.name, line.reader.row.number) for line in rows.lines}
    structural = [p for p in problems if (p.sheet, p.row) not in data_rows]
    if not options.skip_bad_rows or structural:
        raise InputError(_failure(table.file, problems, report), problems)
    bad = {(p.sheet, p.row) for p in problems}
    skipped = (say(ip.SKIPPED, rows=len(bad), problems=len(problems)) if len(bad) > 1
               else say(ip.SKIPPED_ROW, problems=len(problems)) if len(problems) > 1
               else say(ip.SKIPPED_ONE))
    notes.append(say(ip.LISTED_IN, what=skipped, report=report) if report else skipped)
    return rows.stations, len(bad), report, notes


def _write_report(
    problems: list[InputProblem], path: str | os.PathLike[str], options: ImportOptions
) -> Path | None:
    target = options.report or default_report_path(path)
    try:
        return write_problem_report(problems, target)
    except OSError:
        return None


def _failure(file: str, problems: list[InputProblem], report: Path | None) -> str:
    count = len(problems)
    if report is None:
        return (say(ip.FAILED_ONE_UNWRITTEN, file=file) if count == 1
                else say(ip.FAILED_UNWRITTEN, file=file, count=count))
    return (say(ip.FAILED_ONE, file=file, report=report) if count == 1
            else say(ip.FAILED, file=file, count=count, report=report))


Item = PollingStation | Observer
Reader = Callable[[Table, Mission], tuple[Sequence[Item], list[str]]]


def _merge(
    mission: Mission,
    path: str | os.PathLike[str],
    items: Sequence[Item],
    field_name: str,
    what: str,
    notes: list[str],
) -> ImportResult:
    merged, replaced = merge_by_id(getattr(mission, field_name), items)
    candidate = mission.model_copy(update={field_name: merged})
    problems = [
        InputProblem(message=message, file=str(path), path=where)
        for where, message in cross_reference_problems(candidate)
    ]
    if problems:
        raise InputError(say(ip.NOT_VALID_MISSION, file=path), problems)
    updated = Mission.model_validate(candidate.model_dump())
    added = len(items) - replaced
    notes = [*notes, say(ip.ONE_ADDED[what], replaced=replaced) if added == 1
             else say(ip.ADDED[what], added=added, replaced=replaced)]
    return ImportResult(mission=updated, count=len(items), notes=notes)


__all__ = ["ImportOptions", "ImportResult", "import_observers", "import_stations"]
