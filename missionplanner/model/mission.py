"""The Mission: who observes, where, on which days, and what earlier reports said."""

from __future__ import annotations

import zoneinfo
from datetime import date, datetime, time
from enum import StrEnum

from pydantic import Field, ValidationInfo, model_validator

from missionplanner.messages import app_errors as e
from missionplanner.messages import say
from missionplanner.model._base import DomainModel, Identifier, Latitude, Longitude, duplicates
from missionplanner.model.geography import Base, Region
from missionplanner.model.observers import Observer, Team
from missionplanner.model.settings import MissionSettings
from missionplanner.model.stations import PollingStation

SCHEMA_VERSION = 2
DEFER_CROSS_CHECKS = "defer_cross_checks"
"""Validation-context key: skip the cross-reference checks (the caller runs them)."""


class DayKind(StrEnum):
    """Election day, or a day before it (visits to commissions in office hours)."""

    ELECTION_DAY = "election_day"
    PRE_ELECTION = "pre_election"


class ObservationDay(DomainModel):
    """A day the mission observes."""

    date: date
    kind: DayKind = DayKind.ELECTION_DAY
    """Election day, or a day before it (commission visits in office hours)."""


class ReportedFact(DomainModel):
    """A fact from a published report, with its source: what replays are compared with."""

    topic: str = Field(min_length=1)
    """What it counts, e.g. ``observers``, ``stations_visited``, ``precincts_in_country``."""
    value: int | float | str
    """The reported value."""
    source: str = Field(min_length=1)
    """The report's file name (shared/reports) or another citation."""
    quote: str | None = None
    """The sentence of the report that states it."""
    note: str | None = None
    """How the value was read or derived."""


class DeclaredArea(DomainModel):
    """A place the mission said it observed (a city, a settlement, an embassy): must-cover."""

    name: str = Field(min_length=1)
    region: Identifier
    """Id of the region it lies in."""
    kind: str = "city"
    """``city``, ``settlement``, ``embassy`` or ``region`` (all of the region's stations)."""
    must_cover: bool = True
    """Planning must send a team there."""
    source: str | None = None
    """The report that names it."""
    lat: Latitude | None = None
    """Centre of a place the report does not name (with ``within_km``), e.g. the city that
    unnamed settlements were visited from."""
    lon: Longitude | None = None
    """Longitude of that centre."""
    within_km: float | None = Field(default=None, gt=0, le=2000)
    """Only stations this close to (``lat``, ``lon``): settlements within a day trip."""

    @model_validator(mode="after")
    def _centre_with_radius(self) -> DeclaredArea:
        if (self.within_km is None) != (self.lat is None or self.lon is None):
            raise ValueError(say(e.WITHIN_KM))
        return self


class Mission(DomainModel):
    """Everything planning needs, as one validated document."""

    schema_version: int = SCHEMA_VERSION
    id: Identifier
    name: str = Field(min_length=1)
    organisation: str = Field(min_length=1)
    """The observing organisation (SCO, OSCE/ODIHR, Turkic Council, ...)."""
    host_country: str = Field(min_length=1)
    """The country where the election is held (English name; ``missionplanner new`` takes it
    from a country preset with its regions and polling hours)."""
    election: str = Field(min_length=1)
    """The election observed, in words."""
    election_date: date
    """Election day."""
    observation_days: list[ObservationDay] = Field(min_length=1)
    """Days the mission observes, in date order (at least one)."""
    seed: int = Field(default=0, ge=0, le=2**63 - 1)
    """Seed of the random station selection: the same seed reproduces the plan; kept
    within the mission, it keeps the plan unpredictable from outside."""
    settings: MissionSettings = Field(default_factory=MissionSettings)
    """Numbers planning uses."""
    regions: list[Region] = Field(default_factory=list)
    """Regions of the host country (and one for stations abroad)."""
    stations: list[PollingStation] = Field(default_factory=list)
    """Polling stations that may be visited."""
    observers: list[Observer] = Field(default_factory=list)
    """The mission's observers."""
    bases: list[Base] = Field(default_factory=list)
    """Hotels, offices and embassies teams start from."""
    teams: list[Team] = Field(default_factory=list)
    """Teams entered by hand (planning forms the rest)."""
    declared_areas: list[DeclaredArea] = Field(default_factory=list)
    """Places the mission said it would observe (must-cover)."""
    reported: list[ReportedFact] = Field(default_factory=list)
    """Facts from published reports, with their sources."""
    notes: str | None = None
    """Free text: where the data comes from, what is generated."""

    @model_validator(mode="after")
    def _consistent(self, info: ValidationInfo) -> Mission:
        if info.context and info.context.get(DEFER_CROSS_CHECKS):
            return self  # the file loader runs them itself, to report each with its path
        problems = cross_reference_problems(self)
        if problems:
            raise ValueError("; ".join(say(e.AT, field=path, message=what)
                                       for path, what in problems))
        return self

    # -- lookups -------------------------------------------------------------------------
    def region(self, region_id: str) -> Region:
        """The region with this id (KeyError when there is none)."""
        for region in self.regions:
            if region.id == region_id:
                return region
        raise KeyError(region_id)

    def station_zone(self, station: PollingStation) -> zoneinfo.ZoneInfo:
        """The time zone a station keeps: its own (abroad) or its region's."""
        return zoneinfo.ZoneInfo(station.tz or self.region(station.region).tz)

    def local_time(self, station: PollingStation, day: date, moment: time) -> datetime:
        """A wall-clock time at the station on ``day``, as an aware datetime."""
        return datetime.combine(day, moment, tzinfo=self.station_zone(station))


_INDEX: list[tuple[list[PollingStation], int, dict[str, PollingStation]]] = []


def stations_by_id(mission: Mission) -> dict[str, PollingStation]:
    """``{id: station}`` of the mission, built once per station list (not per route).

    Metrics and timelines look stations up route by route; rebuilding this for each of 500
    routes of a 10,000-station mission cost 0.8 s. The last few lists are remembered by
    identity and length (missions are replaced, not changed in place, when edited).
    """
    stations = mission.stations
    for known, size, index in _INDEX:
        if known is stations and size == len(stations):
            return index
    index = {s.id: s for s in stations}
    _INDEX.insert(0, (stations, len(stations), index))
    del _INDEX[4:]
    return index


def station_key(station: PollingStation) -> tuple[str, str, int]:
    """What must be unique: the number within its commission, or within its region when the
    commission is unknown."""
    if station.commission is not None:
        return ("commission", station.commission, station.number)
    return ("region", station.region, station.number)


def cross_reference_problems(mission: Mission) -> list[tuple[str, str]]:
    """Every broken reference and duplicate id as ``(JSON path, what is wrong)``."""
    problems: list[tuple[str, str]] = []
    collections: list[tuple[str, str, list[object]]] = [
        ("regions", "region", [r.id for r in mission.regions]),
        ("stations", "station", [s.id for s in mission.stations]),
        ("observers", "observer", [o.id for o in mission.observers]),
        ("bases", "base", [b.id for b in mission.bases]),
        ("teams", "team", [t.id for t in mission.teams]),
        ("observation_days", "observation day", [d.date for d in mission.observation_days]),
    ]
    for field, label, ids in collections:
        for dup in duplicates(ids):
            where = [i for i, value in enumerate(ids) if value == dup]
            problems.append((f"$.{field}[{where[1]}]",
                             say(e.APPEARS_MORE, what=say(e.ITEMS[label]), id=dup)))
    numbers = [station_key(s) for s in mission.stations]
    for key in duplicates(numbers):
        index = [i for i, other in enumerate(numbers) if other == key][1]
        scope, name, number = key
        twice = e.NUMBER_TWICE_COMMISSION if scope == "commission" else e.NUMBER_TWICE_REGION
        problems.append(
            (f"$.stations[{index}].number", say(twice, number=number, name=repr(name)))
        )

    region_ids = {r.id for r in mission.regions}
    for i, station in enumerate(mission.stations):
        if station.region not in region_ids:
            problems.append((f"$.stations[{i}].region",
                             say(e.UNKNOWN_REGION, region=repr(station.region))))
    for i, base in enumerate(mission.bases):
        if base.region not in region_ids:
            problems.append((f"$.bases[{i}].region",
                             say(e.UNKNOWN_REGION, region=repr(base.region))))
    for i, area in enumerate(mission.declared_areas):
        if area.region not in region_ids:
            problems.append((f"$.declared_areas[{i}].region",
                             say(e.UNKNOWN_REGION, region=repr(area.region))))

    observer_ids = {o.id for o in mission.observers}
    base_ids = {b.id for b in mission.bases}
    seen_in: dict[str, str] = {}
    for i, team in enumerate(mission.teams):
        for j, member in enumerate(team.members):
            path = f"$.teams[{i}].members[{j}]"
            if member not in observer_ids:
                problems.append((path, say(e.UNKNOWN_MEMBER, team=team.id, observer=repr(member))))
            elif member in seen_in and seen_in[member] != team.id:
                problems.append((path, say(e.TWO_TEAMS, observer=member,
                                           first=seen_in[member], second=team.id)))
            seen_in.setdefault(member, team.id)
        if team.base is not None and team.base not in base_ids:
            problems.append((f"$.teams[{i}].base", say(e.UNKNOWN_BASE, base=repr(team.base))))
    days = [d.date for d in mission.observation_days]
    if days != sorted(days):
        problems.append(("$.observation_days", say(e.DAYS_ORDER)))
    return problems
