"""Areas teams are deployed to: declared cities and settlements, the rest of each region, abroad.

A declared area (``Mission.declared_areas``) takes the stations of its settlement; in a city of
republican significance that is the whole city. What remains of a region is an area of its own
(its id is the region's id). Stations abroad form one area per city (their ``settlement``).
"""

from __future__ import annotations

from dataclasses import dataclass

from missionplanner.errors import SettingsError
from missionplanner.model import Mission, PollingStation, RegionKind, StationKind

CAPITAL_NAMES = ("nur-sultan", "astana")


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
        name = declared.name.casefold()
        pool = [s for s in by_region.get(region.id, []) if s.id not in taken]
        whole = region.kind is not RegionKind.OBLAST and name in {
            n.casefold() for n in region.names()}
        stations = pool if whole else [
            s for s in pool if (s.settlement or "").strip().casefold() == name]
        if not stations:
            raise SettingsError(
                f"declared area {declared.name!r} ({region.name}) has no polling stations: "
                f"no station of the region has settlement {declared.name!r}")
        taken.update(s.id for s in stations)
        area_id = region.id if whole else f"{region.id}/{declared.name}"
        areas.append(_area(area_id, declared.name, region.id, stations, declared.must_cover))
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


def _area(area_id: str, name: str, region: str, stations: list[PollingStation],
          must_cover: bool = False) -> Area:
    ordered = sorted(stations, key=lambda s: s.id)
    return Area(area_id, name, region, tuple(s.id for s in ordered),
                sum(s.registered_voters for s in ordered), must_cover)
