"""Polling stations: where they are, how big, when they are open, and why they matter."""

from __future__ import annotations

from datetime import time
from enum import StrEnum

from pydantic import Field, model_validator

from missionplanner.messages import app_errors as e
from missionplanner.messages import say
from missionplanner.model._base import (
    DomainModel,
    Identifier,
    Latitude,
    Longitude,
    TimeZoneName,
)


class StationKind(StrEnum):
    """Regular stations; closed ones (hospitals, detention, military units); stations abroad."""

    REGULAR = "regular"
    CLOSED = "closed"
    ABROAD = "abroad"


class Locality(StrEnum):
    """Urban or rural: representativeness is judged against the country's split."""

    URBAN = "urban"
    RURAL = "rural"


class LocationQuality(StrEnum):
    """Whether a station's coordinates are its own or stand in for them."""

    EXACT = "exact"
    """From the list (or a map): the building."""
    APPROXIMATE = "approximate"
    """The list gave no coordinates: placed at its settlement or its region's centre."""


class Flag(DomainModel):
    """An irregularity reported at this station in an earlier election (a planning priority)."""

    irregularity: str = Field(min_length=1)
    """Kind of irregularity (ballot stuffing, observers restricted, ...)."""
    detail: str | None = None
    """What was seen, in short."""
    source: str = Field(min_length=1)
    """The report's file name (in shared/reports) or another citation."""
    footnote: str | None = None
    """The report's footnote, if it gives one."""


class PollingStation(DomainModel):
    """A precinct's polling station.

    Numbers are unique only within a territorial commission, so ``id`` is the key and
    ``(commission, number)`` must be unique (``(region, number)`` when the commission is
    unknown).
    """

    id: Identifier
    number: int = Field(ge=0, le=10**9)
    """Precinct number (unique within its commission)."""
    commission: str | None = Field(default=None, min_length=1)
    """The territorial (district or city) commission the precinct belongs to; null when the
    list does not say (numbers are then unique within the region)."""
    region: Identifier
    settlement: str | None = None
    """City or village."""
    address: str | None = None
    """Street address, as the commission publishes it."""
    lat: Latitude
    lon: Longitude
    location: LocationQuality = LocationQuality.EXACT
    """``exact``, or ``approximate`` when the list gave no coordinates and the station was
    placed at its settlement or region centre (``placed_by`` says how); planning adds
    ``settings.travel.approximate_margin_minutes`` to legs to or from it."""
    placed_by: str | None = None
    """How an approximate station was placed, e.g. ``settlement Astana (GeoNames 1526273)``."""
    registered_voters: int | None = Field(default=None, ge=0, le=10**8)
    """Voters on the list; null when the list does not say (reports say "unknown")."""
    kind: StationKind = StationKind.REGULAR
    """Regular, closed (hospital, detention, military unit) or abroad."""
    locality: Locality | None = None
    """Urban or rural; null when the list does not say (reports then say "estimated" for a
    station in a city region or a regional capital, else "unknown")."""
    opens: time | None = None
    """Local opening time when it differs from the mission's polling hours."""
    closes: time | None = None
    """Local closing time when it differs from the mission's polling hours."""
    tz: TimeZoneName | None = None
    """Time zone when it differs from the region's (stations abroad)."""
    priority: int = Field(default=0, ge=0, le=100)
    """Extra weight in station selection (0-100), e.g. for flagged stations."""
    flags: list[Flag] = Field(default_factory=list)
    """Irregularities reported here in earlier elections."""
    tags: list[str] = Field(default_factory=list)
    """Free labels (e.g. `hospital`, `embassy`)."""
    generated: bool = False
    """True when the station is synthetic (placed by a generator, not from an official list)."""
    source: str | None = None
    """Where the station comes from (a report, a CEC list, a generator)."""

    @property
    def approximate(self) -> bool:
        """True when the coordinates stand in for the station's own (see ``placed_by``)."""
        return self.location is LocationQuality.APPROXIMATE

    @property
    def commission_name(self) -> str:
        """The commission, or ``'REGION (commission unknown)'``: what protocol trips and groups
        use when the list does not name it."""
        return self.commission or f"{self.region} (commission unknown)"

    @property
    def known_voters(self) -> int:
        """Registered voters, 0 when unknown (for sums; report unknown ones separately)."""
        return self.registered_voters or 0

    @model_validator(mode="after")
    def _hours_make_sense(self) -> PollingStation:
        if self.opens is not None and self.closes is not None and self.opens >= self.closes:
            raise ValueError(say(e.OPENS_BEFORE_CLOSES, opens=f"{self.opens:%H:%M}",
                                 closes=f"{self.closes:%H:%M}"))
        return self
