"""Is a station where the mission's country is? A box check that also spots swapped columns."""

from __future__ import annotations

from missionplanner.geo.box import Box
from missionplanner.geo.countries import preset_for
from missionplanner.messages import import_problems as ip
from missionplanner.messages import say
from missionplanner.model import Mission, RegionKind

MARGIN_DEGREES = 3.0


def country_box(mission: Mission) -> Box | None:
    """The host country's preset box, or one around the regions' centres (None with fewer than
    two)."""
    preset = preset_for(mission)
    if preset is not None:
        return preset.box
    points = [
        (r.lat, r.lon)
        for r in mission.regions
        if r.kind is not RegionKind.ABROAD and r.lat is not None and r.lon is not None
    ]
    if len(points) < 2:
        return None
    lats = [lat for lat, _ in points]
    lons = [lon for _, lon in points]
    return Box(
        mission.host_country,
        max(-90.0, min(lats) - MARGIN_DEGREES),
        min(90.0, max(lats) + MARGIN_DEGREES),
        max(-180.0, min(lons) - MARGIN_DEGREES),
        min(180.0, max(lons) + MARGIN_DEGREES),
    )


def location_problem(box: Box | None, lat: float, lon: float) -> str | None:
    """What is wrong with a station's coordinates in this box, if anything."""
    if box is None or (lat, lon) in box:
        return None
    if abs(lon) <= 90 and (lon, lat) in box:
        return say(ip.LOOK_SWAPPED, lat=f"{lat:g}", lon=f"{lon:g}", country=box.country,
                   south=f"{box.south:g}", north=f"{box.north:g}", west=f"{box.west:g}",
                   east=f"{box.east:g}")
    return say(ip.OUTSIDE, country=box.country, box=box.describe(), lat=f"{lat:g}",
               lon=f"{lon:g}")
