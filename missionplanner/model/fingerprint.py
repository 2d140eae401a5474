"""What a plan was planned from, recorded in the plan (``Plan.planned_from``).

Enough of the mission to tell later whether it changed in a way that matters for the plan's
routes and times: the observation days, each region's time zone, the settings (hours, service
times, travel), each visited station's region, place, kind and hours, each base's place, and
the mission's fixed teams. Small: only the stations the plan visits are recorded.
:mod:`missionplanner.planning.fingerprint` makes and compares it.
"""

from __future__ import annotations

from pydantic import Field

from missionplanner.model._base import DomainModel


class PlannedFrom(DomainModel):
    """The parts of the mission a plan depends on, as they were when it was made."""

    days: dict[str, str] = Field(default_factory=dict)
    """Observation day (ISO date) -> its kind."""
    zones: dict[str, str] = Field(default_factory=dict)
    """Region id -> IANA time zone."""
    settings: dict[str, str] = Field(default_factory=dict)
    """Setting name (e.g. travel.urban_speed_kmh) -> its value as text."""
    stations: dict[str, str] = Field(default_factory=dict)
    """Visited station id -> its region, lat, lon, kind, opens, closes and tz, joined by a
    vertical bar."""
    bases: dict[str, str] = Field(default_factory=dict)
    """Base id -> its region, lat and lon, joined by a vertical bar."""
    teams: str = ""
    """The mission's fixed teams as id:member+member@base, joined by semicolons."""
