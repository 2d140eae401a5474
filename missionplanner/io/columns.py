"""The columns a station list and an observer roster may have, and the headers each goes by.

One list serves the importer (header matching), the templates (header, comment, drop-down) and
docs/import.md. Add a synonym here when a real file uses a header we do not know yet.
"""

from __future__ import annotations

from missionplanner.io.headers import Column

STATION_COLUMNS: list[Column] = [
    Column(
        "id", "ID", "Идентификатор", None,
        "Optional. The station's id in the mission; made from region, commission and number "
        "when left out.", "Необязательно. Код участка в миссии.",
        "almaty-city/almalinskaya-tik/101",
        synonyms=("Station ID", "Код участка", "Код"),
    ),
    Column(
        "number", "Number", "Номер участка", "Учаске нөмірі",
        "The polling station's number (unique within its commission).",
        "Номер избирательного участка (уникален в пределах комиссии).", "101", required=True,
        synonyms=(
            "Station number", "Station No", "Station №", "PS number", "PS No",
            "Polling station", "Polling station number", "Precinct", "Precinct number",
            "№ участка", "№ УИК", "УИК №", "УИК", "Номер УИК", "Номер", "Участок", "Участок №",
            "№ избирательного участка", "Номер избирательного участка", "Избирательный участок",
            "Избирательный участок №", "Сайлау учаскесі", "Сайлау учаскесінің нөмірі",
            "Учаске №", "№ учаске", "UIK", "UIK No", "PEC", "PEC number", "Precinct No",
        ),
    ),
    Column(
        "commission", "Commission", "Территориальная комиссия", "Аумақтық комиссия",
        "The territorial (district or city) election commission; optional (station numbers "
        "must then be unique within the region).",
        "Территориальная (районная, городская) избирательная комиссия.", "Алмалинская ТИК",
        synonyms=(
            "Territorial commission", "Territorial election commission", "TEC", "District",
            "District commission", "ТИК", "Территориальная избирательная комиссия", "Район",
            "Аудан", "Аумақтық сайлау комиссиясы", "Наименование ТИК",
            "Наименование территориальной избирательной комиссии", "Район (город)",
        ),
    ),
    Column(
        "region", "Region", "Область", "Облыс",
        "The region (oblast or city of republican significance), in English, Russian or Kazakh.",
        "Область или город республиканского значения.", "Алматы", required=True,
        synonyms=("Oblast", "Регион", "Облысы", "Область/город", "Region/city", "Субъект",
                  "Субъект РФ", "Субъект Российской Федерации", "Province", "Провинция"),
    ),
    Column(
        "settlement", "Settlement", "Населённый пункт", "Елді мекен",
        "City, town or village.", "Город, посёлок или село.", "Алматы",
        synonyms=("City", "Town", "Village", "Город", "Село", "Нас. пункт", "Населенный пункт"),
    ),
    Column(
        "address", "Address", "Адрес", "Мекенжай",
        "Where the polling station is (building, street).", "Местонахождение участка.",
        "ул. Толе би, 101, школа № 25",
        synonyms=(
            "Location", "Местонахождение", "Место нахождения", "Местонахождение участка",
            "Адрес участка", "Орналасқан жері", "Адрес помещения для голосования",
            "Место нахождения помещения для голосования", "Адрес помещения",
            "Помещение для голосования", "Polling station address", "Premises address",
            "Premises", "Дауыс беру үй-жайының мекенжайы",
        ),
    ),
    Column(
        "lat", "Latitude", "Широта", "Ендік",
        "Decimal degrees north, e.g. 43.2567 (a decimal comma is fine); empty: the station is "
        "placed at its settlement and marked approximate.",
        "Градусы северной широты, например 43,2567.", "43.2567",
        synonyms=("Lat", "Y", "POINT_Y", "Latitude (WGS84)", "Широта WGS84", "y_coord"),
    ),
    Column(
        "lon", "Longitude", "Долгота", "Бойлық",
        "Decimal degrees east, e.g. 76.9286.", "Градусы восточной долготы, например 76,9286.",
        "76.9286", synonyms=("Lon", "Lng", "Long", "X", "POINT_X", "Longitude (WGS84)",
                             "Долгота WGS84", "x_coord"),
    ),
    Column(
        "point", "Point (WKT)", "Точка (WKT)", None,
        "Both coordinates as GIS tools write them: POINT(longitude latitude), WGS 84.",
        "Координаты в виде POINT(долгота широта).", "POINT(76.9286 43.2567)",
        synonyms=("WKT", "Geometry", "Geom", "the_geom", "Shape", "Point", "Геометрия"),
    ),
    Column(
        "registered_voters", "Registered voters", "Количество избирателей", "Сайлаушылар саны",
        "Voters on the list (a whole number; '1 234' is fine).",
        "Число избирателей в списке.", "1234",
        synonyms=(
            "Voters", "Number of voters", "Electors", "Число избирателей", "Избирателей",
            "Кол-во избирателей", "Количество избирателей в списке", "Избирателей в списке",
        ),
    ),
    Column(
        "kind", "Kind", "Тип участка", "Учаске түрі",
        "regular, closed (hospital, military unit, detention) or abroad; empty means regular.",
        "обычный, закрытый или за рубежом; пусто — обычный.", "regular",
        synonyms=("Type", "Station type", "Тип", "Вид участка", "Вид"),
        choices=("regular", "closed", "abroad"),
    ),
    Column(
        "locality", "Urban/rural", "Город/село", "Қала/ауыл",
        "urban or rural.", "город или село.", "urban",
        synonyms=("Locality", "Urban or rural", "Местность", "Тип населённого пункта",
                  "Тип местности"),
        choices=("urban", "rural"),
    ),
    Column(
        "opens", "Opens", "Время открытия", "Ашылу уақыты",
        "Local opening time if not the mission's (HH:MM).", "Время открытия, ЧЧ:ММ.", "07:00",
        synonyms=("Opening time", "Open", "Открытие", "Начало голосования"),
    ),
    Column(
        "closes", "Closes", "Время закрытия", "Жабылу уақыты",
        "Local closing time if not the mission's (HH:MM).", "Время закрытия, ЧЧ:ММ.", "20:00",
        synonyms=("Closing time", "Close", "Закрытие", "Окончание голосования"),
    ),
    Column(
        "tz", "Time zone", "Часовой пояс", "Уақыт белдеуі",
        "IANA time zone for stations abroad, e.g. Europe/Moscow.",
        "Часовой пояс (для участков за рубежом).", "Europe/Moscow",
        synonyms=("Timezone", "TZ"),
    ),
]  # fmt: skip

OBSERVER_COLUMNS: list[Column] = [
    Column(
        "id", "ID", "Идентификатор", None,
        "Optional. The observer's id; made from the name when left out.",
        "Необязательно. Код наблюдателя.", "ivanov-ivan",
        synonyms=("Observer ID", "Код"),
    ),
    Column(
        "name", "Name", "ФИО", "Аты-жөні", "Full name.", "Фамилия, имя, отчество.",
        "Иванов Иван Иванович", required=True,
        synonyms=(
            "Full name", "Observer", "Name and surname", "Surname, name", "Имя", "Ф.И.О.",
            "Фамилия, имя", "Фамилия, имя, отчество", "Фамилия Имя Отчество", "Наблюдатель",
        ),
    ),
    Column(
        "nationality", "Nationality", "Гражданство", "Азаматтығы",
        "Country, in English or Russian (stored in English).",
        "Страна (по-русски или по-английски).", "Russia", required=True,
        synonyms=("Country", "Citizenship", "Страна", "Государство", "Ел", "Мемлекет"),
    ),
    Column(
        "body", "Organisation", "Организация", "Ұйым",
        "The institution the observer comes from.", "Организация (орган), которую представляет.",
        "Central Election Commission",
        synonyms=("Organization", "Body", "Institution", "Орган", "Учреждение", "Место работы"),
    ),
    Column(
        "role", "Role", "Роль", "Рөлі",
        "observer, head, vip or staff; empty means observer.",
        "наблюдатель, руководитель, vip или сотрудник.", "observer",
        synonyms=("Status", "Статус", "Функция"), choices=("observer", "head", "vip", "staff"),
    ),
    Column(
        "gender", "Gender", "Пол", "Жынысы", "female or male (F/M, Ж/М).", "Ж или М.", "female",
        synonyms=("Sex",), choices=("female", "male"),
    ),
    Column(
        "languages", "Languages", "Языки", "Тілдер",
        "Languages spoken: ISO codes or names, separated by commas ('ru, kk', 'русский, "
        "казахский', 'English; Chinese').", "Языки через запятую: русский, казахский.", "ru, en",
        synonyms=("Language", "Язык", "Владение языками", "Тілі"),
    ),
    Column(
        "experienced", "Experienced", "Опыт наблюдения", "Тәжірибесі",
        "yes if the observer has observed elections before.", "да или нет.", "yes",
        synonyms=("Experience", "Observed before", "Опыт", "Опытный"), choices=("yes", "no"),
    ),
    Column(
        "phone", "Phone", "Телефон", "Телефон", "Mobile phone, with country code.",
        "Мобильный телефон с кодом страны.", "+7 701 123 45 67",
        synonyms=("Telephone", "Mobile", "Тел.", "Мобильный телефон", "Контактный телефон"),
    ),
    Column(
        "available_days", "Available days", "Дни наблюдения", "Бақылау күндері",
        "Observation days the observer can work, e.g. '2021-01-09; 2021-01-10' or "
        "'09.01.2021, 10.01.2021'; empty means every day.",
        "Дни наблюдения через запятую; пусто — все дни.", "2021-01-10",
        synonyms=("Available", "Availability", "Days", "Дни", "Доступные дни", "Даты"),
    ),
]  # fmt: skip
