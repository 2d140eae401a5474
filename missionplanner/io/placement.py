"""Placing stations whose list gives no coordinates: at their settlement, or at the centre of a
city region, never silently. Each placed station is ``location: approximate`` and its
``placed_by`` says how; a station that cannot be placed is a problem naming its row.

Order: the Settlement column, then the parts of the address (``г. Щучинск, ул. Абая 10``), among
the host country's settlements (Kazakhstan: the shipped GeoNames table; others: a table the user
gives) in the station's region; then, for a city region (or any region when the country has no
settlements table), the region's administrative centre. Stations abroad go to the capital of
the country their settlement or address names (``Beijing``, ``Китай``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from missionplanner.geo.countries import preset_for, preset_of_mission
from missionplanner.geo.places import (
    AmbiguousPlace,
    Place,
    PlaceNotFound,
    PlaceResolver,
    Settlement,
    kazakhstan_settlements,
)
from missionplanner.messages import import_problems as ip
from missionplanner.messages import say
from missionplanner.model import Mission, Region, RegionKind

_PARTS = re.compile(r"[,;()]")


@dataclass(frozen=True)
class Placed:
    """Coordinates that stand in for a station's own, and how they were found."""

    lat: float
    lon: float
    how: str


class Placer:
    """Places stations of one mission by settlement, address or region centre."""

    def __init__(self, mission: Mission, settlements: Sequence[Settlement] | None) -> None:
        preset = preset_for(mission)
        if settlements is None:
            settlements = kazakhstan_settlements() if preset and preset.code == "KZ" else ()
        self.has_settlements = bool(settlements)
        self.resolver = PlaceResolver(preset_of_mission(mission), settlements)
        self.table = (
            say(ip.PLACES_OF_TABLE, count=f"{len(settlements):,}") if settlements
            else say(ip.NO_TABLE)
        )  # fmt: skip

    def place(self, region: Region, settlement: str | None, address: str | None) -> Placed:
        """Where to put a station without coordinates; ``ValueError`` saying why not."""
        if region.kind is RegionKind.ABROAD:
            return self._abroad(settlement, address)
        tried: list[str] = []
        for text, source in _candidates(settlement, address):
            try:
                place = self.resolver.settlement(text, region=region.id)
            except PlaceNotFound:
                tried.append(text)
                continue
            except AmbiguousPlace as exc:
                raise ValueError(say(ip.CANNOT_PLACE, why=exc)) from None
            return Placed(place.lat, place.lon, _said(place, source))
        centre_ok = region.kind is RegionKind.CITY or not self.has_settlements
        if centre_ok and region.lat is not None and region.lon is not None:
            why = f"; {', '.join(repr(t) for t in tried[:2])} not found" if tried else ""
            return Placed(
                region.lat, region.lon,
                f"the centre of {region.name} ({region.capital or 'administrative centre'}){why}",
            )  # fmt: skip
        if not tried:
            raise ValueError(say(ip.NOTHING_TO_PLACE_BY))
        names = ", ".join(repr(t) for t in tried[:3])
        raise ValueError(say(ip.UNKNOWN_SETTLEMENT, names=names, region=region.name,
                             table=self.table))

    def _abroad(self, settlement: str | None, address: str | None) -> Placed:
        for text, source in _candidates(settlement, address):
            try:
                place = self.resolver.abroad(text)
            except (PlaceNotFound, AmbiguousPlace):
                continue
            return Placed(place.lat, place.lon, f"{_said(place, source)} (capital abroad)")
        raise ValueError(say(ip.ABROAD_UNPLACED))


def _candidates(settlement: str | None, address: str | None) -> list[tuple[str, str]]:
    found = [(settlement, "settlement")] if settlement else []
    if address:
        found += [(part.strip(), "address") for part in _PARTS.split(address) if part.strip()]
    return [(text, source) for text, source in found if text]


def _said(place: Place, source: str) -> str:
    how = "" if "matched" in place.how and "also written" not in place.how else f"; {place.how}"
    return f"settlement {place.name} ({place.source}), from the {source}{how}"
