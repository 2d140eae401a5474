"""Where teams can be: stations, commissions, bases, an area's centre, a night near a station.

A team's **home** on a day is where it starts and ends: its base when the base lies in its
area's region or within a day trip of the area, else the centre of the area's stations; on
election day a team without a base of its own that cannot reach any opening from the centre
stays the night next to the station it opens (chosen by :mod:`.area_day`, recorded in the plan).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import numpy as np

from missionplanner.geo import haversine_km
from missionplanner.model import Base, HomeKind, Mission, PollingStation, Team
from missionplanner.planning.areas import Area

DAY_TRIP_KM = 150.0
"""A base in another region serves an area whose stations' centre is this close: a day trip
from a city's hotel to settlements of the surrounding oblast."""
COMMISSION = "commission:"
"""Prefix of the place of a territorial commission (the centre of its stations)."""


@dataclass(frozen=True)
class Place:
    """A point a team can be at: a station, a commission, a base, or a point of its own."""

    id: str | None
    """Station id, ``commission:<name>``, base id; None for an area's centre or a night's
    stay."""
    lat: float
    lon: float
    stop: bool = True
    """A station or commission: legs that end here carry the stop overhead."""


def station_place(station: PollingStation) -> Place:
    """The place of a station."""
    return Place(station.id, station.lat, station.lon)


def home_place(team: Team, area: Area, bases: Mapping[str, Base],
               pool: Sequence[PollingStation]) -> tuple[Place, HomeKind]:
    """The team's base when it lies in the area's region or within a day trip of it
    (:data:`DAY_TRIP_KM` from the centre of ``pool``, the area's stations), else that
    centre."""
    base = bases.get(team.base or "")
    centre = (round(float(np.mean([s.lat for s in pool])), 6),
              round(float(np.mean([s.lon for s in pool])), 6))
    if base is not None and (base.region == area.region
                             or float(haversine_km(base.lat, base.lon, *centre)) <= DAY_TRIP_KM):
        return Place(base.id, base.lat, base.lon, stop=False), HomeKind.BASE
    return Place(None, *centre, stop=False), HomeKind.CENTRE


def overnight(station: PollingStation) -> Place:
    """A night's stay next to ``station``."""
    return Place(None, station.lat, station.lon, stop=False)


class Places:
    """The places of a mission's stops: its stations and its territorial commissions (the
    centre of each commission's stations, where protocols are handed over)."""

    def __init__(self, mission: Mission) -> None:
        self.stations = {st.id: st for st in mission.stations}
        self._points: dict[str, list[PollingStation]] = {}
        for st in mission.stations:
            self._points.setdefault(st.commission_name, []).append(st)
        self._centres: dict[str, Place] = {}

    def commission(self, name: str) -> Place:
        """Where the protocols of commission ``name`` are handed over."""
        place = self._centres.get(name)
        if place is None:
            members = self._points[name]
            place = self._centres[name] = Place(
                COMMISSION + name, float(np.mean([s.lat for s in members])),
                float(np.mean([s.lon for s in members])))
        return place

    def of(self, stop: str) -> Place:
        """The place of a stop: a station id or ``commission:<name>``."""
        if stop.startswith(COMMISSION):
            return self.commission(stop.removeprefix(COMMISSION))
        return station_place(self.stations[stop])
