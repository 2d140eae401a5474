"""What a plan records about how it was made, typed: re-planning and hand edits read it back.

For every area and day: the zone of its clock, where each team starts and ends (its home), the
opening and counting chosen for it, the candidate stations drawn with their scores, and where
the travel times came from. For the whole plan: the search settings, the travel-time table (if
any) and every re-plan made since.
"""

from __future__ import annotations

from datetime import date, time
from enum import StrEnum
from typing import Literal

from pydantic import AwareDatetime, Field

from missionplanner.model._base import DomainModel, Identifier, Latitude, Longitude, TimeZoneName


class HomeKind(StrEnum):
    """What a team's home on a day is."""

    BASE = "base"
    """Its base, which lies in its area's region."""
    CENTRE = "centre"
    """The centre of its area's stations (no base of its own in the area's region)."""
    OVERNIGHT = "overnight"
    """Next to the station it opens: no opening was in reach from the centre."""


class TravelSource(StrEnum):
    """Where an area-day's travel times came from."""

    ESTIMATE = "estimate"
    """Distance, circuity and speeds (the mission's travel settings)."""
    TABLE = "table"
    """The plan's travel-time table, for every leg between two places it names."""


class Home(DomainModel):
    """Where a team starts and ends its day."""

    kind: HomeKind
    """Its base, the centre of its area, or a night next to its opening station."""
    place: Identifier | None = None
    """The base id (``base``) or the station it stays next to (``overnight``)."""
    lat: Latitude
    """Latitude of the home."""
    lon: Longitude
    """Longitude of the home."""


class TeamDay(DomainModel):
    """What planning decided for one team on one day."""

    team: Identifier
    """Id of the team."""
    home: Home
    """Where it starts and ends the day."""
    opening: Identifier | None = None
    """The station of its opening, if it has one."""
    counting: Identifier | None = None
    """The station of its closing and counting, if it has one."""


class CandidateScore(DomainModel):
    """A station drawn for an area-day, with the score the route search gave it."""

    station: Identifier
    """Id of the station."""
    score: int = Field(ge=0)
    """Its score: size, priority, flags, locality balance."""


class AreaDayRecord(DomainModel):
    """The decisions of one area on one observation day."""

    area: str
    """The area's id."""
    day: date
    """The observation day."""
    zone: TimeZoneName
    """The zone of the area's clock (times in the problem are seconds since its midnight)."""
    travel: TravelSource = TravelSource.ESTIMATE
    """Where its travel times came from: estimated, or (some legs) the travel-time table."""
    teams: list[TeamDay] = Field(default_factory=list)
    """Each team out in the area that day: its home, opening and count."""
    candidates: list[CandidateScore] = Field(default_factory=list)
    """The stations offered to the route search, with their scores."""


class TravelTableRef(DomainModel):
    """The travel-time table a plan was made with."""

    file: str
    """Where it was (relative to the plan file when beside it), as for ``mission_file``."""
    digest: str
    """SHA-256 of its places and times: the same table is recognised when found again."""
    places: int = Field(ge=0)
    """How many places it names."""


class MadeWith(DomainModel):
    """How the plan was searched for."""

    days: list[date] = Field(default_factory=list)
    """The observation days planned."""
    time_limit: float | None = None
    """Seconds per area-day ("best within"); None: reproducible, bounded by iterations."""
    iterations: int | None = None
    """Search iterations per area-day asked for (None: the planner's default)."""
    deploy_by: str = "voters"
    """Teams were shared out in proportion to ``voters`` or ``stations``."""
    travel_table: TravelTableRef | None = None
    """The travel-time table used (null: estimated travel times)."""
    cancelled: bool = False
    """The search was cancelled: some area-days were not planned (the notes say which)."""


class DisruptionRecord(DomainModel):
    """One disruption of a re-plan, as data."""

    kind: Literal["delay", "close", "cut", "lose"]
    """A delayed team, a closed station, a cut road, a lost team."""
    team: Identifier | None = None
    """Delayed or lost team."""
    minutes: int | None = None
    """A delay's minutes."""
    station: Identifier | None = None
    """Closed station."""
    a: Identifier | None = None
    """One end of a cut road."""
    b: Identifier | None = None
    """The other end of a cut road."""
    extra_minutes: int | None = None
    """A slowed road's extra minutes (None: impassable)."""


class ReplanRecord(DomainModel):
    """One re-plan made on the plan."""

    day: date
    """The day re-planned."""
    now: AwareDatetime | time
    """When it happened: an aware time, or a wall-clock time on each area's clock."""
    disruptions: list[DisruptionRecord] = Field(default_factory=list)
    """What happened."""
    areas: list[str] = Field(default_factory=list)
    """The areas solved again."""
    time_limit: float | None = None
    """Seconds of search per area (null: reproducible)."""
    iterations: int | None = None
    """Search iterations per area."""
    seconds: float = 0.0
    """How long it took."""
