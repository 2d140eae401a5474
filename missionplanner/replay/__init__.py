"""Replaying past missions: their coverage claims audited, outlines of missions from a
statement's facts, and planned against visited once actuals are in.

Qt-free; the ``replay`` and ``outline`` commands (:mod:`missionplanner.cli.replay`) and the
app call these.
"""

from missionplanner.replay.actuals import ActualsReplay, NoActuals, actuals_lines, replay_actuals
from missionplanner.replay.actuals_report import actuals_document
from missionplanner.replay.attempts import Attempt, SearchLimits, plan_attempt, with_dwell
from missionplanner.replay.audit import (
    ODIHR_DWELL,
    ClaimReplay,
    Replay,
    ReplayOptions,
    replay_mission,
)
from missionplanner.replay.capacity import Bound, Capacity
from missionplanner.replay.claims import Claim, coverage_claims
from missionplanner.replay.document import replay_document
from missionplanner.replay.markdown import to_markdown
from missionplanner.replay.outline import Outline, OutlineError, outline_mission
from missionplanner.replay.text import replay_lines
from missionplanner.replay.workbook import write_workbook

__all__ = [
    "ODIHR_DWELL",
    "ActualsReplay",
    "Attempt",
    "Bound",
    "Capacity",
    "Claim",
    "ClaimReplay",
    "NoActuals",
    "Outline",
    "OutlineError",
    "Replay",
    "ReplayOptions",
    "SearchLimits",
    "actuals_document",
    "actuals_lines",
    "coverage_claims",
    "outline_mission",
    "plan_attempt",
    "replay_actuals",
    "replay_document",
    "replay_lines",
    "replay_mission",
    "to_markdown",
    "with_dwell",
    "write_workbook",
]
