"""Why a must-cover station is not visited on a day: one place for planning and re-planning.

Each reason is checked, not assumed: the area has no team (and which teams its region has),
none of its teams is out that day, the station was not drawn among the candidates (and how many
flagged stations the draw had to choose from), the route search left it out (its reason), a
re-plan found it closed.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date

from missionplanner import messages as m
from missionplanner.messages import say
from missionplanner.model import LeftOut, Mission
from missionplanner.planning.areas import Area
from missionplanner.planning.selection import is_must_cover


@dataclass(frozen=True)
class AreaDayOutcome:
    """What one area-day's planning says about its stations."""

    teams: int
    """Teams that were out in the area that day."""
    candidates: frozenset[str] = frozenset()
    """Stations offered to the route search."""
    reasons: Mapping[str, str] = field(default_factory=dict)
    """Candidates the search left out (or found unreachable), with the reason."""


@dataclass(frozen=True)
class Deployed:
    """Which areas have teams, for the reasons of stations without one."""

    areas: Mapping[str, Area]
    teams: Mapping[str, int]
    """Teams deployed to each area (whole mission)."""

    def no_team(self, area: Area, settlement: str | None) -> str:
        """Why nobody observes in ``area``, in words that are true of the region."""
        elsewhere = sorted(a.name for a in self.areas.values()
                           if a.region == area.region and a.id != area.id and self.teams.get(a.id))
        if not elsewhere:
            return say(m.NO_TEAM, area=area.name)
        count = sum(self.teams.get(a.id, 0) for a in self.areas.values()
                    if a.region == area.region)
        if settlement:
            return say(m.NO_TEAM_PART_AROUND, area=area.name, settlement=settlement,
                       count=count, areas="; ".join(elsewhere))
        return say(m.NO_TEAM_PART, area=area.name, count=count, areas="; ".join(elsewhere))


def left_out(mission: Mission, deployed: Deployed, day: date, areas: Iterable[Area],
             visited: set[str], outcomes: Mapping[str, AreaDayOutcome],
             closed: Mapping[str, str] | None = None) -> list[LeftOut]:
    """Every must-cover station of ``areas`` not in ``visited`` on ``day``, with its reason.

    ``outcomes`` holds each planned area-day; ``closed`` the stations a re-plan found closed
    (station -> reason).
    """
    stations = {s.id: s for s in mission.stations}
    out = []
    for area in areas:
        flagged = [s for s in area.stations if is_must_cover(stations[s])]
        for station in flagged:
            if station in visited:
                continue
            out.append(LeftOut(station=station, day=day,
                               reason=_reason(station, area, len(flagged), deployed,
                                              outcomes.get(area.id), closed or {}, day,
                                              stations[station].settlement)))
    return out


def _reason(station: str, area: Area, flagged: int, deployed: Deployed,
            outcome: AreaDayOutcome | None, closed: Mapping[str, str], day: date,
            settlement: str | None) -> str:
    if station in closed:
        return closed[station]
    if not deployed.teams.get(area.id):
        return deployed.no_team(area, settlement)
    if outcome is None or outcome.teams == 0:
        return say(m.NONE_OUT, area=area.name, day=day)
    if station in outcome.reasons:
        return outcome.reasons[station]
    if station not in outcome.candidates:
        if flagged > len(outcome.candidates):
            return say(m.NOT_DRAWN, area=area.name, flagged=flagged, teams=outcome.teams,
                       candidates=len(outcome.candidates))
        return say(m.NOT_AMONG)
    return say(m.BY_SEARCH)
