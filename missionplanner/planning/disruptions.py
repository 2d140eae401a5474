"""What can go wrong on an observation day, as plain data for :func:`.replanning.replan`.

A disruption happens at the re-plan's "now": a team held up for some minutes, a station that
closes its doors to observers, a road that becomes impassable (or slower), a team that stops
for the rest of the day. Each says in words what it is, and records itself in the new plan's
``replans`` so that the re-plan can be reproduced.
"""

from __future__ import annotations

from dataclasses import dataclass

from missionplanner.errors import MissionPlannerError
from missionplanner.model import DisruptionRecord


class ReplanError(MissionPlannerError):
    """A re-plan that cannot be made as asked: unknown team, station or day, a bad time."""


@dataclass(frozen=True)
class Delay:
    """``team`` is held up: whatever it does after now happens ``minutes`` later."""

    team: str
    minutes: int

    def describe(self) -> str:
        """The disruption in words."""
        return f"team {self.team} delayed {self.minutes} min"

    def record(self) -> DisruptionRecord:
        """The disruption as the plan records it."""
        return DisruptionRecord(kind="delay", team=self.team, minutes=self.minutes)


@dataclass(frozen=True)
class Closure:
    """``station`` no longer lets observers in: it must not be visited after now."""

    station: str

    def describe(self) -> str:
        """The disruption in words."""
        return f"station {self.station} closed"

    def record(self) -> DisruptionRecord:
        """The disruption as the plan records it."""
        return DisruptionRecord(kind="close", station=self.station)


@dataclass(frozen=True)
class RoadCut:
    """The leg between places ``a`` and ``b`` (station or base ids), both ways.

    ``extra_minutes`` None: impassable; otherwise the leg takes that much longer.
    """

    a: str
    b: str
    extra_minutes: int | None = None

    def describe(self) -> str:
        """The disruption in words."""
        how = "impassable" if self.extra_minutes is None else f"+{self.extra_minutes} min"
        return f"road {self.a} – {self.b} cut ({how})"

    def record(self) -> DisruptionRecord:
        """The disruption as the plan records it."""
        return DisruptionRecord(kind="cut", a=self.a, b=self.b, extra_minutes=self.extra_minutes)

    def joins(self, p: str | None, q: str | None) -> bool:
        """Whether a leg between places ``p`` and ``q`` is this road."""
        return {p, q} == {self.a, self.b}


@dataclass(frozen=True)
class LostTeam:
    """``team`` stops now (breakdown, illness): its remaining stations go to the others."""

    team: str

    def describe(self) -> str:
        """The disruption in words."""
        return f"team {self.team} lost"

    def record(self) -> DisruptionRecord:
        """The disruption as the plan records it."""
        return DisruptionRecord(kind="lose", team=self.team)


Disruption = Delay | Closure | RoadCut | LostTeam
