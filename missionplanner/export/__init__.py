"""Excel for the teams: the mission workbook, per-team workbooks, the ODK/Kobo form, actuals.

The names of the modules that need openpyxl are loaded when first used (PEP 562): it costs
~0.4 s to import, and commands that never write a workbook (``missionplanner plan`` without
``--xlsx``) should not pay it.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from missionplanner.export.labels import LANGUAGES, Lang
from missionplanner.export.planned_vs_visited import VisitTally, planned_vs_visited, tally_visits

if TYPE_CHECKING:
    from missionplanner.export.safe import FORMULA_STARTS, is_risky
    from missionplanner.export.workbook import Written, export_per_team, export_workbook

_HOME = {
    **dict.fromkeys(["FORMULA_STARTS", "is_risky"], "safe"),
    **dict.fromkeys(["Written", "export_per_team", "export_workbook"], "workbook"),
}

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


def __getattr__(name: str) -> Any:
    if name not in _HOME:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"{__name__}.{_HOME[name]}"), name)
