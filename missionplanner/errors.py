"""Errors raised at the boundaries of the domain: bad files, bad imports, bad settings.

Every error carries *all* the problems found (not just the first), each naming the place
(file, sheet, row, column or JSON path) and what was expected, so that a secretariat can fix
its spreadsheet in one pass.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class InputProblem:
    """One thing wrong with an input, and where it is."""

    message: str
    file: str | None = None
    sheet: str | None = None
    row: int | None = None
    column: str | None = None
    path: str | None = None
    """JSON path of the bad value, e.g. ``$.stations[3].lat``."""

    def where(self) -> str:
        """The place in words: ``stations.xlsx, sheet Stations, row 7, column Latitude``."""
        parts: list[str] = []
        if self.file:
            parts.append(self.file)
        if self.sheet:
            parts.append(f"sheet {self.sheet}")
        if self.row is not None:
            parts.append(f"row {self.row}")
        if self.column:
            parts.append(f"column {self.column}")
        if self.path:
            parts.append(self.path)
        return ", ".join(parts)

    def __str__(self) -> str:
        where = self.where()
        return f"{where}: {self.message}" if where else self.message


class MissionPlannerError(Exception):
    """Base of every error the command line reports without a traceback."""


class InputError(MissionPlannerError):
    """An input (mission file, plan file, spreadsheet) has one or more problems."""

    def __init__(self, summary: str, problems: list[InputProblem] | None = None) -> None:
        self.summary = summary
        self.problems: list[InputProblem] = list(problems or [])
        super().__init__(self.render())

    def render(self, limit: int = 200) -> str:
        """The summary and every problem, one per line (at most ``limit`` of them)."""
        lines = [self.summary]
        lines += [f"  - {p}" for p in self.problems[:limit]]
        if len(self.problems) > limit:
            lines.append(f"  ... and {len(self.problems) - limit} more")
        return "\n".join(lines)


class SettingsError(MissionPlannerError):
    """Mission settings that cannot be planned with (e.g. a service longer than polling hours)."""
