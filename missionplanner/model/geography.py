"""Regions (oblasts, cities of republican significance, "abroad") and bases (hotels, offices)."""

from __future__ import annotations

from datetime import time
from enum import StrEnum

from pydantic import Field

from missionplanner.model._base import DomainModel, Identifier, Latitude, Longitude, TimeZoneName


class RegionKind(StrEnum):
    """What kind of unit a region is."""

    OBLAST = "oblast"
    CITY = "city"
    ABROAD = "abroad"


class Region(DomainModel):
    """A first-level unit of the host country (or the stations abroad), with its local time zone."""

    id: Identifier
    name: str = Field(min_length=1)
    name_ru: str | None = None
    """Name in Russian."""
    name_kk: str | None = None
    """Name in Kazakh."""
    aliases: list[str] = Field(default_factory=list)
    """Other spellings that imported spreadsheets may use (Russian, Kazakh, old names)."""
    kind: RegionKind = RegionKind.OBLAST
    tz: TimeZoneName
    """IANA zone giving the right UTC offset for the election's dates (UTC+5 west, +6 elsewhere
    in 2019-2021)."""
    capital: str | None = None
    """Administrative centre."""
    lat: Latitude | None = None
    """Latitude of the administrative centre."""
    lon: Longitude | None = None
    """Longitude of the administrative centre."""
    curfew: time | None = None
    """Latest local time a team may be back at its base (a hard end of the day), if any."""

    def names(self) -> list[str]:
        """Every name this region answers to."""
        return [n for n in (self.id, self.name, self.name_ru, self.name_kk, *self.aliases) if n]


class BaseKind(StrEnum):
    """Where a team sleeps or starts from."""

    HOTEL = "hotel"
    OFFICE = "office"
    EMBASSY = "embassy"
    OTHER = "other"


class Base(DomainModel):
    """A place teams start from and return to."""

    id: Identifier
    name: str = Field(min_length=1)
    kind: BaseKind = BaseKind.HOTEL
    """Hotel, office, embassy or other."""
    region: Identifier
    settlement: str | None = None
    """City or village."""
    address: str | None = None
    """Street address."""
    lat: Latitude
    lon: Longitude
