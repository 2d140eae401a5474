"""What can go wrong on an observation day, as plain data for :func:`.replanning.replan`.

A disruption happens at the re-plan's "now": a team held up for some minutes, a station that
closes its doors to observers, a road that becomes impassable (or slower), a team that stops
for the rest of the day. Each says in words what it is, and records itself in the new plan's
``replans`` so that the re-plan can be reproduced.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

from missionplanner import messages as m
from missionplanner.errors import MissionPlannerError
from missionplanner.messages import app_errors as e
from missionplanner.messages import say
from missionplanner.model import DisruptionRecord, Mission, Plan, Route


class ReplanError(MissionPlannerError):
    """A re-plan that cannot be made as asked: unknown team, station or day, a bad time."""


@dataclass(frozen=True)
class Delay:
    """``team`` is held up: whatever it does after now happens ``minutes`` later."""

    team: str
    minutes: int

    def describe(self) -> str:
        """The disruption in words."""
        return say(m.DELAYED, team=self.team, minutes=self.minutes)

    def record(self) -> DisruptionRecord:
        """The disruption as the plan records it."""
        return DisruptionRecord(kind="delay", team=self.team, minutes=self.minutes)


@dataclass(frozen=True)
class Closure:
    """``station`` no longer lets observers in: it must not be visited after now."""

    station: str

    def describe(self) -> str:
        """The disruption in words."""
        return say(m.STATION_CLOSED, station=self.station)

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
        if self.extra_minutes is None:
            return say(m.ROAD_CUT, a=self.a, b=self.b)
        return say(m.ROAD_SLOWER, a=self.a, b=self.b, minutes=self.extra_minutes)

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
        return say(m.TEAM_LOST, team=self.team)

    def record(self) -> DisruptionRecord:
        """The disruption as the plan records it."""
        return DisruptionRecord(kind="lose", team=self.team)


Disruption = Delay | Closure | RoadCut | LostTeam


@dataclass(frozen=True)
class Disrupted:
    """The disruptions of one re-plan, checked and indexed."""

    delays: dict[str, int] = field(default_factory=dict)
    """Team -> seconds."""
    lost: frozenset[str] = frozenset()
    closed: frozenset[str] = frozenset()
    cuts: tuple[RoadCut, ...] = ()


def index_disruptions(mission: Mission, plan: Plan, routes: dict[str, Route], day: date,
           disruptions: list[Disruption]) -> Disrupted:
    """The disruptions checked against the plan and the mission, indexed."""
    teams = [t.id for t in plan.teams]
    stations = {s.id for s in mission.stations}
    places = stations | {b.id for b in mission.bases}
    delays: dict[str, int] = {}
    for d in disruptions:
        if isinstance(d, Delay | LostTeam):
            if d.team not in teams:
                raise ReplanError(say(e.UNKNOWN_TEAM_OF, team=repr(d.team), teams=some(teams)))
            if d.team not in routes:
                raise ReplanError(say(e.NO_ROUTE_ON, team=d.team, day=day))
        if isinstance(d, Delay):
            if not 0 < d.minutes <= 24 * 60:
                raise ReplanError(say(e.DELAY_RANGE, minutes=d.minutes))
            delays[d.team] = delays.get(d.team, 0) + 60 * d.minutes
        if isinstance(d, Closure) and d.station not in stations:
            raise ReplanError(say(e.UNKNOWN_STATION, station=repr(d.station)))
        if isinstance(d, RoadCut):
            for p in (d.a, d.b):
                if p not in places:
                    raise ReplanError(say(e.UNKNOWN_PLACE, place=repr(p)))
            if d.a == d.b:
                raise ReplanError(say(e.ROAD_ITSELF, place=repr(d.a)))
            if d.extra_minutes is not None and d.extra_minutes <= 0:
                raise ReplanError(say(e.SLOWER_ROAD, minutes=d.extra_minutes))
    return Disrupted(delays=delays,
                     lost=frozenset(d.team for d in disruptions if isinstance(d, LostTeam)),
                     closed=frozenset(d.station for d in disruptions if isinstance(d, Closure)),
                     cuts=tuple(d for d in disruptions if isinstance(d, RoadCut)))


def some(names: Sequence[str], n: int = 8) -> str:
    """The first ``n`` names, and how many more."""
    return ", ".join(names[:n]) + (f" and {len(names) - n} more" if len(names) > n else "")
