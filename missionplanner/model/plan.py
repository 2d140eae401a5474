"""A Plan: for each observation day and team, an ordered route of visits with local times."""

from __future__ import annotations

from datetime import date
from enum import StrEnum

from pydantic import AwareDatetime, Field, model_validator

from missionplanner.messages import app_errors as e
from missionplanner.messages import say
from missionplanner.model._base import DomainModel, Identifier, duplicates
from missionplanner.model.fingerprint import PlannedFrom
from missionplanner.model.observers import Team
from missionplanner.model.provenance import AreaDayRecord, MadeWith, ReplanRecord

PLAN_SCHEMA_VERSION = 2


class Activity(StrEnum):
    """What a team does at a stop."""

    OPENING = "opening"
    VOTING = "voting"
    CLOSING = "closing"
    COUNTING = "counting"
    PROTOCOL = "protocol"
    """Following the protocol to the territorial commission."""
    PRE_ELECTION = "pre_election"
    """A visit to a precinct or territorial commission before election day."""


OBSERVING: frozenset[Activity] = frozenset(
    {Activity.OPENING, Activity.VOTING, Activity.CLOSING, Activity.PRE_ELECTION}
)
"""The one definition of observing a station: a visit with one of these activities covers it
(counting continues a closing at the same station; the protocol trip is not a station visit).
The ``plan``/``show`` summary, the workbook's Summary and the uncoordinated baseline all
count with it."""


class Visit(DomainModel):
    """A stop on a route; times are timezone-aware (the station's local zone)."""

    station: Identifier
    """Id of the station."""
    activity: Activity = Activity.VOTING
    """What the team observes there."""
    arrival: AwareDatetime
    """Arrival at the station."""
    start: AwareDatetime
    """Start of observation (after waiting for opening, if any)."""
    end: AwareDatetime
    """End of observation; the team leaves then."""
    visited_at: AwareDatetime | None = None
    """When the team reports it was there (imported actuals)."""

    @model_validator(mode="after")
    def _ordered(self) -> Visit:
        if not self.arrival <= self.start <= self.end:
            raise ValueError(say(e.VISIT_ORDER, station=self.station,
                                 arrival=f"{self.arrival:%H:%M}", start=f"{self.start:%H:%M}",
                                 end=f"{self.end:%H:%M}"))
        return self


class Route(DomainModel):
    """One team's day: leave the base, visit stations in order, come back."""

    team: Identifier
    """Id of the team."""
    day: date
    """The observation day."""
    departure: AwareDatetime | None = None
    """Departure from the base."""
    returns: AwareDatetime | None = None
    """Return to the base."""
    visits: list[Visit] = Field(default_factory=list)
    """Stops in visiting order."""

    @model_validator(mode="after")
    def _in_time_order(self) -> Route:
        for before, after in zip(self.visits, self.visits[1:], strict=False):
            if after.arrival < before.end:
                raise ValueError(say(e.ARRIVES_BEFORE, team=self.team, day=self.day,
                                     after=after.station, before=before.station))
        return self


class LeftOut(DomainModel):
    """A station the plan does not visit on a day, and why (for must-cover diagnostics)."""

    station: Identifier
    """Id of the station."""
    day: date
    """The observation day."""
    reason: str
    """Why it is left out."""


class Assignment(DomainModel):
    """Why a team was sent to an area."""

    team: Identifier
    """Id of the team."""
    area: str
    """The area (region or part of one) the team covers."""
    why: str = ""
    """The reason, in words."""


class Plan(DomainModel):
    """The output of planning one mission with one seed."""

    schema_version: int = PLAN_SCHEMA_VERSION
    mission: Identifier
    """The mission's id."""
    seed: int
    """Seed the plan was made with."""
    created_at: AwareDatetime
    """When the plan was made."""
    teams: list[Team] = Field(default_factory=list)
    """The teams, as formed for this plan."""
    assignments: list[Assignment] = Field(default_factory=list)
    """Which team covers which area, and why."""
    routes: list[Route] = Field(default_factory=list)
    """One route per team and observation day."""
    left_out: list[LeftOut] = Field(default_factory=list)
    """Must-cover stations not visited, with the reason."""
    notes: list[str] = Field(default_factory=list)
    """What the planner relaxed or could not do (a rule, a team without a base in reach)."""
    mission_file: str | None = None
    """Where the mission file was when the plan was made (relative to the plan file when it
    lies beside it), so that ``show PLAN`` and ``export PLAN`` can find it."""
    planned_from: PlannedFrom | None = None
    """What it was planned from (days, time zones, settings, visited stations, bases, teams):
    commands refuse the plan once its mission changed in a way that matters."""
    made_with: MadeWith = Field(default_factory=MadeWith)
    """How it was searched for: days, time limit or iterations, travel-time table."""
    area_days: list[AreaDayRecord] = Field(default_factory=list)
    """What planning decided for each area and day (homes, openings, counts, candidates):
    re-planning reads it back."""
    replans: list[ReplanRecord] = Field(default_factory=list)
    """Every re-plan made on it, oldest first."""

    @model_validator(mode="after")
    def _no_duplicates(self) -> Plan:
        problems = [
            say(e.ROUTE_TWICE, route=dup)
            for dup in duplicates((r.team, r.day) for r in self.routes)
        ]
        # A count continues the closing visit, and teams of one territorial commission may
        # all follow their protocols there: neither is a second visit to a station.
        visits = [
            (v.station, r.day)
            for r in self.routes
            for v in r.visits
            if v.activity not in (Activity.COUNTING, Activity.PROTOCOL)
        ]
        problems += [say(e.VISITED_TWICE, station=s, day=d) for s, d in duplicates(visits)]
        if problems:
            raise ValueError("; ".join(str(p) for p in problems))
        return self

    def routes_on(self, day: date) -> list[Route]:
        """The routes of one observation day."""
        return [r for r in self.routes if r.day == day]

    def area_day(self, area: str, day: date) -> AreaDayRecord | None:
        """What planning decided for ``area`` on ``day``, if it recorded it."""
        return next((a for a in self.area_days if a.area == area and a.day == day), None)


def covered_stations(plan: Plan) -> set[str]:
    """Ids of the stations a plan covers: those with an observing visit (:data:`OBSERVING`) on
    any day."""
    return {v.station for r in plan.routes for v in r.visits if v.activity in OBSERVING}
