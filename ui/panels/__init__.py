"""Dock panels of the workspace that are not tables: the mission overview and the plan summary."""

from ui.panels.mission_overview import MissionOverview
from ui.panels.plan_summary import PlanSummary

__all__ = ["MissionOverview", "PlanSummary"]
