"""What the teams bring back: filled-in route sheets and form submissions, read into the plan."""

from missionplanner.actuals.reading import import_actuals
from missionplanner.actuals.report import ActualsResult

__all__ = ["ActualsResult", "import_actuals"]
