"""Shared helpers for the scripts/extract_*.py data-extraction scripts.

Pure standard library: GeoJSON loading, a ray-casting point-in-polygon test and
great-circle distance. Used once, offline, to build the CSVs under
missionplanner/data/; the package itself never imports this module.
"""

from __future__ import annotations

import csv
import json
import math
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DATA = REPO / "missionplanner" / "data"
SHARED = REPO.parent / "shared"
if not SHARED.exists():  # the tree may be cloned elsewhere; shared/ sits beside it
    SHARED = Path("/work/shared")
GEOJSON = SHARED / "data" / "geo" / "kz_admin1_naturalearth_10m.geojson"

# Shymkent has no outline of its own in Natural Earth (it lies inside "South
# Kazakhstan"); points within this distance of its GeoNames centre count as the city.
SHYMKENT_RADIUS_KM = 20.0
SHYMKENT_CENTRE = (42.30988, 69.60042)  # GeoNames 1518980 (Shymkent)


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    r = 6371.0088
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * r * math.asin(math.sqrt(a))


def _ring_contains(ring: list[list[float]], x: float, y: float) -> bool:
    """Ray casting (even-odd rule) for one closed ring of [lon, lat] vertices."""
    inside = False
    n = len(ring)
    j = n - 1
    for i in range(n):
        xi, yi = ring[i][0], ring[i][1]
        xj, yj = ring[j][0], ring[j][1]
        if (yi > y) != (yj > y):
            x_cross = (xj - xi) * (y - yi) / (yj - yi) + xi
            if x < x_cross:
                inside = not inside
        j = i
    return inside


def polygon_contains(polygon: list[list[list[float]]], lon: float, lat: float) -> bool:
    """GeoJSON Polygon coordinates: outer ring then holes."""
    if not _ring_contains(polygon[0], lon, lat):
        return False
    return not any(_ring_contains(hole, lon, lat) for hole in polygon[1:])


def load_outlines() -> dict[str, list]:
    """adm1_code -> list of GeoJSON Polygon coordinate arrays."""
    gj = json.loads(GEOJSON.read_text(encoding="utf-8"))
    out: dict[str, list] = {}
    for f in gj["features"]:
        g = f["geometry"]
        polys = [g["coordinates"]] if g["type"] == "Polygon" else g["coordinates"]
        out[f["properties"]["adm1_code"]] = polys
    return out


def load_regions() -> list[dict[str, str]]:
    with open(DATA / "kz_regions.csv", encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def adm1_of(outlines: dict[str, list], lon: float, lat: float) -> str | None:
    # Test the two city outlines (Almaty City, Astana) first, in case an oblast
    # outline also covers them.
    for code in sorted(outlines, key=lambda c: c not in ("KAZ-4829", "KAZ-4830")):
        if any(polygon_contains(p, lon, lat) for p in outlines[code]):
            return code
    return None


def nearest_adm1(outlines: dict[str, list], lon: float, lat: float) -> tuple[str, float]:
    """For points outside every outline (coast, border, holes): the nearest vertex's unit."""
    best = ("", float("inf"))
    for code, polys in outlines.items():
        for poly in polys:
            for ring in poly:  # holes too: Kyzylorda's hole is the leased Baikonur area
                for vx, vy in ring:
                    d = haversine_km(lat, lon, vy, vx)
                    if d < best[1]:
                        best = (code, d)
    return best


def region_for_point(
    outlines: dict[str, list], adm1_to_region: dict[str, str], lat: float, lon: float
) -> tuple[str, str]:
    """(region id, method) for a point in Kazakhstan."""
    if haversine_km(lat, lon, *SHYMKENT_CENTRE) <= SHYMKENT_RADIUS_KM:
        return "shymkent", f"within {SHYMKENT_RADIUS_KM:g} km of Shymkent"
    code = adm1_of(outlines, lon, lat)
    if code is not None:
        return adm1_to_region[code], "point-in-polygon"
    code, d = nearest_adm1(outlines, lon, lat)
    return adm1_to_region[code], f"nearest outline ({d:.1f} km outside)"
