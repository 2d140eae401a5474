"""Excel for the teams: the mission workbook, per-team workbooks, the ODK/Kobo form, actuals."""

from missionplanner.export.labels import LANGUAGES, Lang
from missionplanner.export.planned_vs_visited import VisitTally, planned_vs_visited, tally_visits
from missionplanner.export.safe import FORMULA_STARTS, is_risky
from missionplanner.export.workbook import Written, export_per_team, export_workbook

__all__ = [
    "FORMULA_STARTS",
    "LANGUAGES",
    "Lang",
    "VisitTally",
    "Written",
    "export_per_team",
    "export_workbook",
    "is_risky",
    "planned_vs_visited",
    "tally_visits",
]
