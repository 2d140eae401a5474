"""Every word the exported workbooks show, in English and Russian (``--lang en|ru``).

One table per language, same keys; the actuals importer accepts the headers of both, so a team
may fill in either version of a route sheet.
"""

from __future__ import annotations

from typing import Literal

from missionplanner.model import Activity

Lang = Literal["en", "ru"]
LANGUAGES: tuple[Lang, ...] = ("en", "ru")

_EN: dict[str, str] = {
    # sheets
    "sheet_summary": "Summary",
    "sheet_roster": "Roster",
    "sheet_stations": "Stations",
    "sheet_team": "Team",
    # route sheet header
    "route_title": "Route sheet",
    "mission": "Mission",
    "day": "Day",
    "team": "Team",
    "area": "Area",
    "members": "Members",
    "driver": "Driver",
    "interpreter": "Interpreter",
    "phones": "Phones",
    "base": "Base",
    "leave_return": "Leave / return",
    "times": "Times",
    "times_local": "local time of each station ({zones})",
    "fill_in": "Fill in 'Visited at' (time of arrival, e.g. 10:35) and 'Remarks'.",
    # route columns
    "order": "No.",
    "arrival": "Arrival",
    "departure": "Departure",
    "activity": "Activity",
    "station_number": "Station No.",
    "commission": "Commission",
    "settlement": "Settlement",
    "address": "Address",
    "coordinates": "Coordinates",
    "voters": "Registered voters",
    "notes": "Notes",
    "visited_at": "Visited at",
    "remarks": "Remarks",
    "station_id": "Station ID",
    # roster
    "member": "Member",
    "nationality": "Nationality",
    "body": "Body",
    "role": "Role",
    "languages": "Languages",
    "phone": "Phone",
    "team_phone": "Team phone",
    # stations sheet
    "region": "Region",
    "latitude": "Latitude",
    "longitude": "Longitude",
    "kind": "Kind",
    "locality": "Locality",
    "flags": "Earlier findings",
    "planned": "Planned",
    # summary
    "summary_title": "Observation plan",
    "organisation": "Organisation",
    "election": "Election",
    "seed": "Seed",
    "created": "Plan made",
    "by_region": "Coverage by region",
    "stations_planned": "Stations planned",
    "stations_in_region": "Stations in region",
    "share_of_region": "Share of region's stations",
    "share_of_country_stations": "Share of country's stations",
    "voters_planned": "Voters at planned stations",
    "share_of_country_voters": "Share of country's voters",
    "stations_visited": "Stations visited",
    "share_visited": "Visited of planned",
    "total": "Total",
    "urban_rural": "Urban and rural",
    "share_planned": "Share of planned",
    "stations_country": "Stations in country",
    "share_country": "Share of country",
    "urban": "urban",
    "rural": "rural",
    "urban_estimated": "urban (estimated)",
    "unknown": "unknown",
    "approximate_at": "≈ {coordinates} (approximate: find it by the address)",
    "by_team": "Teams",
    "days": "Days",
    "visits": "Visits",
    "chart_title": "Stations by region",
    "yes": "yes",
    "no": "no",
    "none": "no actuals imported yet",
    "actuals": "Planned vs visited",
    "generated": "GENERATED stations",
    "generated_note": "sample data: station places, counts by region and voters are not "
                      "official; every figure below illustrates, it does not measure",
}

_RU: dict[str, str] = {
    "sheet_summary": "Сводка",
    "sheet_roster": "Состав",
    "sheet_stations": "Участки",
    "sheet_team": "Команда",
    "route_title": "Маршрутный лист",
    "mission": "Миссия",
    "day": "День",
    "team": "Команда",
    "area": "Район",
    "members": "Наблюдатели",
    "driver": "Водитель",
    "interpreter": "Переводчик",
    "phones": "Телефоны",
    "base": "База",
    "leave_return": "Выезд / возвращение",
    "times": "Время",
    "times_local": "местное время участка ({zones})",
    "fill_in": "Заполните «Время посещения» (время прибытия, например 10:35) и «Замечания».",
    "order": "№ п/п",
    "arrival": "Прибытие",
    "departure": "Отъезд",
    "activity": "Цель",
    "station_number": "№ участка",
    "commission": "Комиссия",
    "settlement": "Населённый пункт",
    "address": "Адрес",
    "coordinates": "Координаты",
    "voters": "Избирателей в списке",
    "notes": "Примечания",
    "visited_at": "Время посещения",
    "remarks": "Замечания",
    "station_id": "ID участка",
    "member": "Наблюдатель",
    "nationality": "Гражданство",
    "body": "Организация",
    "role": "Роль",
    "languages": "Языки",
    "phone": "Телефон",
    "team_phone": "Телефон команды",
    "region": "Регион",
    "latitude": "Широта",
    "longitude": "Долгота",
    "kind": "Тип",
    "locality": "Местность",
    "flags": "Прежние нарушения",
    "planned": "В плане",
    "summary_title": "План наблюдения",
    "organisation": "Организация",
    "election": "Выборы",
    "seed": "Зерно выбора",
    "created": "План составлен",
    "by_region": "Охват по регионам",
    "stations_planned": "Участков в плане",
    "stations_in_region": "Участков в регионе",
    "share_of_region": "Доля участков региона",
    "share_of_country_stations": "Доля участков страны",
    "voters_planned": "Избирателей на участках плана",
    "share_of_country_voters": "Доля избирателей страны",
    "stations_visited": "Участков посещено",
    "share_visited": "Посещено из плана",
    "total": "Итого",
    "urban_rural": "Город и село",
    "share_planned": "Доля в плане",
    "stations_country": "Участков в стране",
    "share_country": "Доля в стране",
    "urban": "город",
    "rural": "село",
    "urban_estimated": "город (оценка)",
    "unknown": "неизвестно",
    "approximate_at": "≈ {coordinates} (примерно: ищите по адресу)",
    "by_team": "Команды",
    "days": "Дни",
    "visits": "Посещений",
    "chart_title": "Участки по регионам",
    "yes": "да",
    "no": "нет",
    "none": "фактические данные ещё не загружены",
    "actuals": "План и факт",
    "generated": "СГЕНЕРИРОВАННЫЕ участки",
    "generated_note": "демонстрационные данные: места участков, их число по регионам и "
                      "избиратели не официальные; все цифры ниже иллюстративны",
}

_ACTIVITIES: dict[Lang, dict[Activity, str]] = {
    "en": {
        Activity.OPENING: "opening",
        Activity.VOTING: "voting",
        Activity.CLOSING: "closing and counting",
        Activity.COUNTING: "counting (continued)",
        Activity.PROTOCOL: "protocol to the commission",
        Activity.PRE_ELECTION: "pre-election visit",
    },
    "ru": {
        Activity.OPENING: "открытие",
        Activity.VOTING: "голосование",
        Activity.CLOSING: "закрытие и подсчёт",
        Activity.COUNTING: "подсчёт (продолжение)",
        Activity.PROTOCOL: "доставка протокола в комиссию",
        Activity.PRE_ELECTION: "предвыборный визит",
    },
}

TABLES: dict[Lang, dict[str, str]] = {"en": _EN, "ru": _RU}


def labels(lang: Lang) -> dict[str, str]:
    """The word table of one language (KeyError for an unknown language)."""
    return TABLES[lang]


def activity_label(activity: Activity, lang: Lang) -> str:
    """An activity in words, as the route sheet shows it."""
    return _ACTIVITIES[lang][activity]


def activity_words() -> dict[str, Activity]:
    """Every activity label (both languages) and value, lower case, to its activity."""
    words = {a.value: a for a in Activity}
    for table in _ACTIVITIES.values():
        words.update({label.casefold(): activity for activity, label in table.items()})
    return words
