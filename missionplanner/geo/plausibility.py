"""Coordinates that cannot be right, as warnings (not errors): many stations on one point,
stations far from the rest of their region or settlement, points outside the country's box or
with latitude and longitude apparently swapped.

Robust by design: a region's middle is the median of its stations' distinct points, and a
station is far when its distance exceeds ``OUTLIER_FACTOR`` times the median distance,
``SPREAD_FACTOR`` times the 95th percentile and ``OUTLIER_MIN_KM`` (so that neither a compact
city's outskirts nor a big region's remote villages are flagged), and no other station lies
within the median distance of it (a remote village with several stations is real; a lone point
hundreds of kilometres out is a typo). Stations placed approximately (no coordinates in their
list) are left out of these checks: they are marked and counted already.
"""

from __future__ import annotations

import statistics
from collections import defaultdict
from collections.abc import Collection
from dataclasses import dataclass

import numpy as np

from missionplanner.geo.bounds import country_box, location_problem
from missionplanner.geo.travel import haversine_km
from missionplanner.messages import import_problems as ip
from missionplanner.messages import say
from missionplanner.model import Mission, PollingStation, RegionKind

STACK_MIN = 5
"""This many stations (or more) on one point: a fallback point, not a building."""
OUTLIER_FACTOR = 5.0
OUTLIER_MIN_KM = 10.0
SPREAD_FACTOR = 1.5
"""...and more than this times the 95th percentile of the distances: a big region's remote
villages are not outliers because its capital holds half its stations."""
GROUP_MIN = 5
"""Regions or settlements with fewer located stations are not checked for outliers."""


@dataclass(frozen=True)
class PlausibilityWarning:
    """Stations whose coordinates look wrong, and why."""

    kind: str
    """``stacked``, ``far``, ``outside`` or ``swapped``."""
    stations: tuple[str, ...]
    """Ids of the stations concerned."""
    message: str


def plausibility_warnings(
    mission: Mission, only: Collection[str] | None = None
) -> list[PlausibilityWarning]:
    """Every warning about the mission's stations (about ``only`` these ids when given)."""
    located = [
        s for s in mission.stations
        if not s.approximate and mission.region(s.region).kind is not RegionKind.ABROAD
    ]  # fmt: skip
    wanted = set(only) if only is not None else {s.id for s in located}
    warnings = _stacked(located, wanted)
    by_region: dict[str, list[PollingStation]] = defaultdict(list)
    by_settlement: dict[tuple[str, str], list[PollingStation]] = defaultdict(list)
    for station in located:
        by_region[station.region].append(station)
        if station.settlement:
            by_settlement[station.region, station.settlement.casefold()].append(station)
    for region_id, group in by_region.items():
        name = mission.region(region_id).name
        warnings += _far(group, wanted, say(ip.OTHERS_OF, name=name))
    for (_, _settlement), group in by_settlement.items():
        if len(group) < len(by_region[group[0].region]):
            warnings += _far(group, wanted, say(ip.OTHERS_OF, name=group[0].settlement))
    box = country_box(mission)
    for station in located:
        if station.id in wanted and (problem := location_problem(box, station.lat, station.lon)):
            kind = "swapped" if "swapped" in problem else "outside"
            warnings.append(PlausibilityWarning(kind, (station.id,), problem))
    return warnings


def _stacked(stations: list[PollingStation], wanted: set[str]) -> list[PlausibilityWarning]:
    points: dict[tuple[float, float], list[str]] = defaultdict(list)
    for station in stations:
        points[round(station.lat, 5), round(station.lon, 5)].append(station.id)
    return [
        PlausibilityWarning(
            "stacked", tuple(ids),
            say(ip.STACKED, count=len(ids), lat=f"{lat:g}", lon=f"{lon:g}"),
        )
        for (lat, lon), ids in points.items()
        if len(ids) >= STACK_MIN and wanted & set(ids)
    ]


def _isolated(station: PollingStation, points: list[tuple[float, float]], radius: float) -> bool:
    """No other station's point within ``radius`` km: a typo, not a far village with several
    stations."""
    others = np.array([p for p in points if p != (station.lat, station.lon)])
    if not len(others):
        return True
    nearest = haversine_km(station.lat, station.lon, others[:, 0], others[:, 1]).min()
    return bool(nearest > radius)


def _far(
    group: list[PollingStation], wanted: set[str], others: str
) -> list[PlausibilityWarning]:
    points = sorted({(s.lat, s.lon) for s in group})
    if len(points) < GROUP_MIN:
        return []
    middle = (statistics.median(p[0] for p in points), statistics.median(p[1] for p in points))
    distances = [float(haversine_km(*middle, *p)) for p in points]
    typical = statistics.median(distances)
    spread = float(np.percentile(distances, 95))
    limit = max(OUTLIER_FACTOR * typical, SPREAD_FACTOR * spread, OUTLIER_MIN_KM)
    found = []
    for station in group:
        if station.id not in wanted:
            continue
        distance = float(haversine_km(*middle, station.lat, station.lon))
        if distance > limit and _isolated(station, points, max(typical, OUTLIER_MIN_KM)):
            found.append(
                PlausibilityWarning(
                    "far", (station.id,),
                    say(ip.FAR, distance=f"{distance:,.0f}", others=others,
                        typical=f"{typical:,.1f}"),
                )
            )
    return found
