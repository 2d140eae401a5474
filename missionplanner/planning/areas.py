"""Areas teams are deployed to: declared cities and settlements, the rest of each region, abroad.

A declared area (``Mission.declared_areas``) takes the stations of its settlement (see
:func:`_match` for spellings and unnamed settlements); in a city of republican significance
that is the whole city. What remains of a region is an area of its own
(its id is the region's id). Stations abroad form one area per city (their ``settlement``).
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass

import numpy as np

from missionplanner.errors import SettingsError
from missionplanner.geo import haversine_km
from missionplanner.messages import app_errors as e
from missionplanner.messages import say
from missionplanner.model import Locality, Mission, PollingStation, Region, RegionKind, StationKind
from missionplanner.planning.selection import locality_of

CAPITAL_NAMES = ("nur-sultan", "astana")
CITY_RADIUS_KM = 15.0
"""A regional capital named in a report covers the stations this close to its centre."""


@dataclass(frozen=True)
class Area:
    """A place one or more teams cover for the whole mission."""

    id: str
    name: str
    region: str
    stations: tuple[str, ...]
    """Ids of its stations."""
    voters: int
    must_cover: bool = False
    note: str = ""
    declared: bool = False
    """One of the places the mission declared (``Mission.declared_areas``)."""
    """How a declared area was matched to stations, when not by its exact name."""

    def weight(self, by: str) -> int:
        """Its size by ``voters`` or by ``stations``."""
        return self.voters if by == "voters" else len(self.stations)


def build_areas(mission: Mission) -> list[Area]:
    """The mission's areas, declared ones first, each station in exactly one area."""
    by_region: dict[str, list[PollingStation]] = {}
    for station in mission.stations:
        by_region.setdefault(station.region, []).append(station)
    taken: set[str] = set()
    areas: list[Area] = []
    for declared in mission.declared_areas:
        region = mission.region(declared.region)
        pool = [s for s in by_region.get(region.id, []) if s.id not in taken]
        near = ""
        if declared.within_km is not None and declared.lat is not None \
                and declared.lon is not None and pool:
            km = haversine_km(declared.lat, declared.lon, np.array([s.lat for s in pool]),
                              np.array([s.lon for s in pool]))
            pool = [s for s, d in zip(pool, km.tolist(), strict=True) if d <= declared.within_km]
            near = f"within {declared.within_km:g} km of ({declared.lat}, {declared.lon})"
        stations, whole, note = _match(declared.name, declared.kind, region, pool)
        if near:
            if not stations and declared.kind != "settlement":
                stations = pool  # a place named otherwise than its stations: by distance
            note, whole = "; ".join(n for n in (note, near) if n), False
        if not stations:
            raise SettingsError(say(e.DECLARED_EMPTY, area=repr(declared.name),
                                    region=region.name))
        taken.update(s.id for s in stations)
        area_id = region.id if whole else f"{region.id}/{declared.name}"
        areas.append(_area(area_id, declared.name, region.id, stations, declared.must_cover,
                           note, declared=True))
    for region in mission.regions:
        rest = [s for s in by_region.get(region.id, []) if s.id not in taken]
        if region.kind is RegionKind.ABROAD or any(s.kind is StationKind.ABROAD for s in rest):
            cities: dict[str, list[PollingStation]] = {}
            for s in rest:
                cities.setdefault(s.settlement or region.name, []).append(s)
            for city, stations in sorted(cities.items()):
                areas.append(_area(f"{region.id}/{city}", f"{city} ({region.name})", region.id,
                                   stations))
        elif rest:
            areas.append(_area(region.id, region.name, region.id, rest))
    return areas


def capital_region(mission: Mission) -> str | None:
    """Id of the region of the capital (Nur-Sultan / Astana), if the mission has it."""
    for region in mission.regions:
        if any(n.casefold() in CAPITAL_NAMES for n in region.names()):
            return region.id
    return None


def _match(name: str, kind: str, region: Region,
           pool: list[PollingStation]) -> tuple[list[PollingStation], bool, str]:
    """The stations of a declared area, whether that is the whole region, and how (a note).

    By settlement or commission name (an embassy's stations are its commission's), exact,
    then by a close spelling of the settlement (Karaganda / Karagandy); a city of
    republican significance (or a declared area of kind ``region``) is the whole region; a
    declared area with ``within_km`` only looks at stations that close to its centre; the
    region's capital is also found by
    distance from its centre; a settlement that matches nothing stands for the region's
    rural stations, which the note says.
    """
    wanted = _norm(name)
    if kind == "region" or (region.kind is not RegionKind.OBLAST
                            and wanted in {_norm(n) for n in region.names()}):
        return pool, True, ""
    exact = [s for s in pool if wanted in (_norm(s.settlement or ""), _norm(s.commission_name))]
    if exact:
        return exact, False, ""
    names = sorted({s.settlement for s in pool if s.settlement})
    close = difflib.get_close_matches(name, names, n=1, cutoff=0.85)
    if close:
        return [s for s in pool if s.settlement == close[0]], False, f"matched as {close[0]!r}"
    if (region.capital and _norm(region.capital) == wanted and region.lat is not None
            and region.lon is not None):
        km = haversine_km(region.lat, region.lon, np.array([s.lat for s in pool]),
                          np.array([s.lon for s in pool])) if pool else np.zeros(0)
        near = [s for s, d in zip(pool, km.tolist(), strict=True) if d <= CITY_RADIUS_KM]
        if near:
            return near, False, f"stations within {CITY_RADIUS_KM:.0f} km of {region.capital}"
    if kind == "settlement":
        rural = [s for s in pool if locality_of(s, region) is Locality.RURAL]
        if rural:
            return rural, False, "no station has that settlement: the region's rural stations"
    return [], False, ""


def _norm(name: str) -> str:
    return "".join(ch for ch in name.casefold() if ch.isalnum())


def _area(area_id: str, name: str, region: str, stations: list[PollingStation],
          must_cover: bool = False, note: str = "", declared: bool = False) -> Area:
    ordered = sorted(stations, key=lambda s: s.id)
    return Area(area_id, name, region, tuple(s.id for s in ordered),
                sum(s.known_voters for s in ordered), must_cover, note, declared)
