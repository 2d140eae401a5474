"""Planning a past mission again at a given dwell time: one attempt of the replay.

Days are planned in date order, each with the stations not yet visited on an earlier day
(a statement's "visited 760 polling stations" counts stations, so a station seen twice
counts once): the teams formed and deployed for the first day keep their areas and bases
after it. Only an area whose every station was already visited keeps them all (a team
there then revisits). Every visit lasts the dwell time, before and on election day.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime

from missionplanner.model import Activity, Mission, Plan, Route, Team
from missionplanner.planning import PlanRequest, plan_mission
from missionplanner.planning.areas import build_areas
from missionplanner.planning.metrics import coverage

OBSERVED = (Activity.OPENING, Activity.VOTING, Activity.CLOSING, Activity.PRE_ELECTION)
"""Activities that observe a station (counting continues a closing at the same station)."""


@dataclass(frozen=True)
class SearchLimits:
    """How hard each attempt searches (the planner's own defaults when None)."""

    seed: int | None = None
    iterations: int | None = None
    workers: int | None = None


@dataclass(frozen=True)
class DayFigures:
    """One day of an attempt."""

    day: date
    kind: str
    teams: int
    visits: int
    new_stations: int
    """Stations not visited on an earlier day."""


@dataclass(frozen=True)
class Attempt:
    """A plan at one dwell time and what it covers."""

    dwell: int
    plan: Plan
    stations: int
    """Distinct stations observed over all days."""
    visits: int
    """Station visits (a closing with its count is one)."""
    duplicates: int
    """Stations observed by two teams on the same day (the planner's duplicates: must be 0)."""
    revisits: int = 0
    """Visits to a station already observed on an earlier day (they add no station: only in
    areas whose every station was visited before)."""
    days: list[DayFigures] = field(default_factory=list)
    minutes_per_station: float = 0.0
    """Team-minutes on duty (leaving the base to coming back) per visit."""
    driving_share: float = 0.0
    """Share of time on duty spent driving."""
    observers: int = 0
    team_sizes: tuple[int, ...] = ()

    def reaches(self, stations: int) -> bool:
        """Reaches ``stations`` with no duplicate."""
        return self.stations >= stations and self.duplicates == 0

    @property
    def per_observer_day(self) -> float:
        """Visits per observer per observation day."""
        days = len(self.days) or 1
        return self.visits / (self.observers * days) if self.observers else 0.0

    @property
    def per_team_day(self) -> float:
        """Visits per team per day it observed."""
        team_days = sum(d.teams for d in self.days)
        return self.visits / team_days if team_days else 0.0


def with_dwell(mission: Mission, dwell: int) -> Mission:
    """The mission with every visit lasting ``dwell`` minutes (both kinds of day)."""
    settings = mission.settings.model_copy(update={"service_minutes_election_day": dwell,
                                                   "service_minutes_pre_election": dwell})
    return mission.model_copy(update={"settings": settings})


def plan_attempt(mission: Mission, dwell: int, limits: SearchLimits,
                 plan_day: Callable[[Mission, date, SearchLimits], Plan] | None = None
                 ) -> Attempt:
    """Plan ``mission`` day by day at ``dwell`` minutes per visit (see the module's doc)."""
    plan_day = plan_day or _plan_day
    at_dwell = with_dwell(mission, dwell)
    areas = [a for a in build_areas(at_dwell) if a.stations]
    routes: list[Route] = []
    seen: set[str] = set()
    first: Plan | None = None
    figures: list[DayFigures] = []
    for day in at_dwell.observation_days:
        todo = at_dwell if first is None else _next_day(at_dwell, first.teams, areas, seen)
        plan = plan_day(todo, day.date, limits)
        first = first or plan
        observed = [v.station for r in plan.routes for v in r.visits if v.activity in OBSERVED]
        new = set(observed) - seen
        figures.append(DayFigures(day.date, day.kind.value, len(plan.routes), len(observed),
                                  len(new)))
        seen |= new
        routes += plan.routes
    assert first is not None
    combined = first.model_copy(update={
        "routes": sorted(routes, key=lambda r: (r.day, r.team)), "left_out": [],
        "created_at": datetime.now(UTC),
        "notes": [*first.notes, f"replay at {dwell} min per station, days planned in order "
                  "without the stations visited on earlier days"]})
    return _figures(at_dwell, combined, dwell, figures)


def _plan_day(mission: Mission, day: date, limits: SearchLimits) -> Plan:
    """The planner on one day (the one place that calls it)."""
    request = PlanRequest(mission, seed=limits.seed, days=(day,), iterations=limits.iterations,
                          workers=limits.workers)
    return plan_mission(request).plan


def _next_day(mission: Mission, teams: list[Team], areas: list, seen: set[str]) -> Mission:
    """The mission for a later day: the first day's teams fixed, visited stations out."""
    keep_all = {s for a in areas if set(a.stations) <= seen for s in a.stations}
    stations = [s for s in mission.stations if s.id not in seen or s.id in keep_all]
    fixed = [t.model_copy(update={"fixed": True}) for t in teams]
    return mission.model_copy(update={"stations": stations, "teams": fixed})


def _figures(mission: Mission, plan: Plan, dwell: int, days: list[DayFigures]) -> Attempt:
    per_station = Counter(v.station for r in plan.routes for v in r.visits
                          if v.activity in OBSERVED)
    per_day = Counter((v.station, r.day) for r in plan.routes for v in r.visits
                      if v.activity in OBSERVED)
    cov = coverage(mission, plan)
    visits = sum(per_station.values())
    duty = sum((r.returns - r.departure).total_seconds() / 60 for r in plan.routes
               if r.departure and r.returns and r.visits)
    return Attempt(
        dwell=dwell, plan=plan, stations=len(per_station), visits=visits,
        duplicates=sum(1 for n in per_day.values() if n > 1),
        revisits=len(per_day) - len(per_station), days=days,
        minutes_per_station=duty / visits if visits else 0.0,
        driving_share=cov.travel_share, observers=len(mission.observers),
        team_sizes=tuple(sorted({len(t.members) for t in plan.teams})))
