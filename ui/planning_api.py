"""The app's one door to the planning engine: everything the runner's process calls.

Only this module names ``missionplanner.planning``'s entry points, so a change of the
engine's API is a change here. It runs in the planning process, never in the window's.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, time

from missionplanner.model import Mission, Plan
from missionplanner.planning import (
    CancelFlag,
    Disruption,
    PlanProgress,
    PlanRequest,
    ProgressSink,
    ReplanRequest,
    plan_mission,
    replan,
)


@dataclass(frozen=True)
class PlanOptions:
    """How one run searches (chosen in Plan ▸ Settings; not stored in the mission)."""

    days: tuple[date, ...] | None = None
    """None: every observation day."""
    time_limit: float | None = None
    """None: reproducible (same seed, same plan); else seconds of search per area and day."""
    iterations: int | None = None
    """Search iterations per area and day in reproducible mode (None: the planner's)."""
    workers: int | None = None
    """Processes (None: every core)."""
    deploy_by: str = "voters"


@dataclass(frozen=True)
class Disrupted:
    """A re-plan: the day, the wall-clock time it happened, and what happened."""

    day: date | None
    now: time
    disruptions: tuple[Disruption, ...] = field(default_factory=tuple)


@dataclass(frozen=True)
class Outcome:
    """What a run gives back: the plan, whether it was cancelled, what changed (re-plans)."""

    plan: Plan
    cancelled: bool
    changes: tuple[str, ...] = ()


def run_plan(mission: Mission, options: PlanOptions, progress: ProgressSink | None,
             cancel: CancelFlag | None) -> Outcome:
    """Plan the mission (teams, deployment, selection, routes)."""
    result = plan_mission(PlanRequest(mission=mission, days=options.days,
                                      time_limit=options.time_limit,
                                      iterations=options.iterations, workers=options.workers,
                                      deploy_by=options.deploy_by),
                          progress=progress, cancel=cancel)
    return Outcome(result.plan, result.cancelled)


def run_replan(mission: Mission, plan: Plan, what: Disrupted, options: PlanOptions,
               cancel: CancelFlag | None) -> Outcome:
    """Re-plan one day of ``plan`` after the disruptions."""
    result = replan(ReplanRequest(mission=mission, plan=plan, disruptions=what.disruptions,
                                  now=what.now, day=what.day, time_limit=options.time_limit,
                                  iterations=options.iterations), cancel=cancel)
    return Outcome(result.plan, bool(cancel is not None and cancel.is_set()),
                   tuple(result.changes))


__all__ = ["Disrupted", "Outcome", "PlanOptions", "PlanProgress", "run_plan", "run_replan"]
