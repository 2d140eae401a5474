"""Build missionplanner/data/kz_outlines.geojson: the map's region outlines, kept small.

Source: Natural Earth 1:10m admin-1 (public domain, "Made with Natural Earth"), the file
shared/data/geo/kz_admin1_naturalearth_10m.geojson. Vertices are rounded to 0.001 degree
(about 100 m, finer than a pixel at a city's zoom) and repeated vertices dropped; shared
borders stay identical on both sides, so the country border (edges used once) survives.
Each feature carries our region id (kz_regions.csv) so the map can name the region.
Rerunning the script gives the same file.
"""

from __future__ import annotations

import csv
import json

from extract_common import DATA, GEOJSON

OUT = DATA / "kz_outlines.geojson"
DIGITS = 3


def _ring(ring: list[list[float]]) -> list[list[float]]:
    out: list[list[float]] = []
    for lon, lat in ring:
        point = [round(lon, DIGITS), round(lat, DIGITS)]
        if not out or out[-1] != point:
            out.append(point)
    if out[0] != out[-1]:
        out.append(out[0])
    return out


def main() -> None:
    with (DATA / "kz_regions.csv").open(encoding="utf-8") as f:
        regions = list(csv.DictReader(f))
    region_of = {r["natural_earth_adm1"]: r["id"] for r in regions
                 if r["natural_earth_adm1"] and r["id"] != "shymkent"}
    source = json.loads(GEOJSON.read_text(encoding="utf-8"))
    features = []
    vertices = 0
    for feature in source["features"]:
        props = feature["properties"]
        geometry = feature["geometry"]
        polygons = (geometry["coordinates"] if geometry["type"] == "MultiPolygon"
                    else [geometry["coordinates"]])
        rings = [[_ring(ring) for ring in polygon] for polygon in polygons]
        vertices += sum(len(r) for polygon in rings for r in polygon)
        features.append({
            "type": "Feature",
            "properties": {"region": region_of[props["adm1_code"]],
                           "adm1_code": props["adm1_code"], "name_en": props["name_en"]},
            "geometry": {"type": "MultiPolygon", "coordinates": rings},
        })
    features.sort(key=lambda f: f["properties"]["adm1_code"])
    out = {"type": "FeatureCollection",
           "source": "Natural Earth 1:10m admin-1 (public domain), rounded to 0.001 degree",
           "features": features}
    OUT.write_text(json.dumps(out, ensure_ascii=False, separators=(",", ":")) + "\n",
                   encoding="utf-8")
    print(f"{OUT.name}: {len(features)} outlines, {vertices} vertices, "
          f"{OUT.stat().st_size:,} bytes")


if __name__ == "__main__":
    main()
