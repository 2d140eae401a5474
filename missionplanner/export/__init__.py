"""Excel for the teams: the mission workbook, per-team workbooks, the ODK/Kobo form, actuals."""

from missionplanner.export.context import check_match
from missionplanner.export.labels import LANGUAGES, Lang
from missionplanner.export.progress import Progress, planned_vs_visited, progress
from missionplanner.export.safe import FORMULA_STARTS, is_risky
from missionplanner.export.workbook import Written, export_per_team, export_workbook

__all__ = [
    "FORMULA_STARTS",
    "LANGUAGES",
    "Lang",
    "Progress",
    "Written",
    "check_match",
    "export_per_team",
    "export_workbook",
    "is_risky",
    "planned_vs_visited",
    "progress",
]
