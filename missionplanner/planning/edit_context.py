"""What a hand edit of a team's day works with: its area's rules, travel and home, and the
rule breaks it may cause (:class:`Violation`).

Read from the plan's records (:class:`missionplanner.model.AreaDayRecord`); a plan without
them (schema 1) is read as planning would derive them.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date

from missionplanner.errors import MissionPlannerError
from missionplanner.geo import TravelTable
from missionplanner.messages import app_errors as e
from missionplanner.messages import say
from missionplanner.model import Activity, DayKind, Mission, Plan, Route
from missionplanner.planning.area_inputs import Inputs, draw, recorded_inputs
from missionplanner.planning.areas import Area, build_areas
from missionplanner.planning.legs import Travel
from missionplanner.planning.places import Place, Places, home_place
from missionplanner.planning.rules import DayRules, area_zone

OBSERVED = (Activity.OPENING, Activity.VOTING, Activity.CLOSING, Activity.PRE_ELECTION)
"""Activities that stand for a station of the route (a count continues its closing)."""


class HandEditError(MissionPlannerError):
    """A hand edit that names no such team, day or station."""


@dataclass(frozen=True)
class Violation:
    """A rule a route breaks, where, and in words."""

    team: str
    day: date
    visit_index: int | None
    """Index in ``Route.visits`` (None: the route as a whole)."""
    station: str | None
    rule: str
    """``travel``, ``opening``, ``closing``, ``hours``, ``service``, ``curfew``,
    ``duplicate``, ``area``, ``availability`` or ``order``."""
    message: str


@dataclass(frozen=True)
class TeamDay:
    """What re-timing a team's day needs: its area's rules and travel, and its home."""

    team: str
    area: Area
    rules: DayRules
    home: Place
    travel: Travel
    places: Places
    scores: Mapping[str, int]
    """The area-day's candidates and their scores (as recorded)."""
    unavailable: bool = False
    """None of the team's observers is available that day."""


@dataclass
class Contexts:
    """Team-day contexts of one mission and plan, sharing areas, places and travel."""

    mission: Mission
    plan: Plan
    travel_table: TravelTable | None = None
    _areas: dict[str, Area] = field(default_factory=dict)
    _places: Places | None = None
    _travel: Travel | None = None
    _cache: dict[tuple[str, date], TeamDay] = field(default_factory=dict)

    def of(self, team: str, day: date) -> TeamDay:
        """The context of ``team`` on ``day``: from the plan's records, or derived as planning
        would for a plan that has none. :class:`HandEditError` for an unknown team or day."""
        if (team, day) not in self._cache:
            self._cache[team, day] = self._make(team, day)
        return self._cache[team, day]

    def _make(self, team: str, day: date) -> TeamDay:
        mission, plan = self.mission, self.plan
        kind = next((d.kind for d in mission.observation_days if d.date == day), None)
        if kind is None:
            raise HandEditError(say(e.NOT_A_DAY_OF, day=day, mission=repr(mission.id)))
        found = next((t for t in plan.teams if t.id == team), None)
        if found is None:
            raise HandEditError(say(e.UNKNOWN_TEAM, team=repr(team)))
        if not self._areas:
            self._areas = {a.id: a for a in build_areas(mission)}
        if self._places is None or self._travel is None:
            self._places = Places(mission)
            self._travel = Travel.of(mission, self.travel_table)
        places = self._places
        area_id = found.area or next((a.area for a in plan.assignments if a.team == team), "")
        area = self._areas.get(area_id)
        if area is None:
            raise HandEditError(say(e.TEAM_AREA_GONE, team=team, area=repr(area_id)))
        inputs = _inputs(mission, plan, area, day, kind, places)
        rules = DayRules.of(mission, area, day, kind, inputs.zone, places.stations)
        home = inputs.homes.get(team) or home_place(
            found, area, {b.id: b for b in mission.bases},
            [places.stations[s] for s in area.stations])
        available = {o.id for o in mission.observers
                     if o.available_days is None or day in o.available_days}
        return TeamDay(team, area, rules, home[0], self._travel, places, inputs.candidates,
                       not available.intersection(found.members))


def team_day(mission: Mission, plan: Plan, team: str, day: date,
             travel_table: TravelTable | None = None) -> TeamDay:
    """The context of ``team`` on ``day`` (see :meth:`Contexts.of`)."""
    return Contexts(mission, plan, travel_table).of(team, day)


def _inputs(mission: Mission, plan: Plan, area: Area, day: date, kind: DayKind,
            places: Places) -> Inputs:
    record = plan.area_day(area.id, day)
    if record is not None:
        return recorded_inputs(record)
    teams = sum(1 for t in plan.teams if t.area == area.id)
    return Inputs(area_zone(mission, area, places.stations),
                  draw(mission, area, max(1, teams), day, kind, plan.seed, places.stations,
                       {r.id: r for r in mission.regions}), {})


def route_stations(route: Route) -> list[str]:
    """The stations of a route in visiting order, one entry per visit that observes."""
    return [v.station for v in route.visits if v.activity in OBSERVED]
