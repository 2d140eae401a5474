"""Planning services: team formation, deployment, station selection, routes, re-planning.

The typed entry points for scripts and the app: :func:`plan_mission` with a
:class:`PlanRequest`, :func:`replan` with a :class:`ReplanRequest`; progress and cancel are
the small protocols :class:`ProgressSink` and :class:`CancelFlag`. For editing a plan by hand:
:func:`retime_route`, :func:`insertion_options` and :func:`check_plan`. The names are loaded when
first used (PEP 562): the planning worker processes' fork server imports this package, and
it needs none of them.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from missionplanner.planning.disruptions import Closure, Delay, Disruption  # noqa: I001
    from missionplanner.planning.disruptions import LostTeam, ReplanError, RoadCut
    from missionplanner.planning.edit_context import HandEditError, Violation, route_stations
    from missionplanner.planning.insertion import InsertionOption, insertion_options
    from missionplanner.planning.plan_check import check_plan
    from missionplanner.planning.protocols import CancelFlag, PlanProgress, ProgressSink
    from missionplanner.planning.retime import RetimedRoute, retime_route
    from missionplanner.planning.replanning import ReplanRequest, ReplanResult, replan
    from missionplanner.planning.service import PlanRequest, PlanResult, PlanStats, plan_mission

_HOME = {
    **dict.fromkeys(["Closure", "Delay", "Disruption", "LostTeam", "ReplanError", "RoadCut"],
                    "disruptions"),
    **dict.fromkeys(["CancelFlag", "PlanProgress", "ProgressSink"], "protocols"),
    **dict.fromkeys(["HandEditError", "Violation", "route_stations"], "edit_context"),
    **dict.fromkeys(["InsertionOption", "insertion_options"], "insertion"),
    "check_plan": "plan_check",
    **dict.fromkeys(["RetimedRoute", "retime_route"], "retime"),
    **dict.fromkeys(["ReplanRequest", "ReplanResult", "replan"], "replanning"),
    **dict.fromkeys(["PlanRequest", "PlanResult", "PlanStats", "plan_mission"], "service"),
}

__all__ = [
    "CancelFlag",
    "Closure",
    "Delay",
    "Disruption",
    "HandEditError",
    "InsertionOption",
    "LostTeam",
    "PlanProgress",
    "PlanRequest",
    "PlanResult",
    "PlanStats",
    "ProgressSink",
    "ReplanError",
    "ReplanRequest",
    "ReplanResult",
    "RetimedRoute",
    "RoadCut",
    "Violation",
    "check_plan",
    "insertion_options",
    "plan_mission",
    "replan",
    "retime_route",
    "route_stations",
]


def __getattr__(name: str) -> Any:
    if name not in _HOME:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"{__name__}.{_HOME[name]}"), name)
