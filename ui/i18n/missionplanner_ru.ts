<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name></name>
    <message>
        <location filename="../models/observers.py" line="+21"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nationality</source>
        <translation>Гражданство</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Body</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The institution the observer comes from</source>
        <translation>Учреждение, которое направило наблюдателя</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gender</source>
        <translation>Пол</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Languages</source>
        <translation>Языки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ISO 639-1 codes, comma-separated (ru, kk, en)</source>
        <translation>Коды ISO 639-1 через запятую (ru, kk, en)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Experienced</source>
        <translation>Опыт</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../models/teams.py" line="+51"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../models/teams.py" line="-11"/>
        <location filename="../models/visits.py" line="+40"/>
        <source>Team</source>
        <translation>Команда</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Available</source>
        <translation>Доступен</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days the observer can observe</source>
        <translation>Дни, когда наблюдатель может работать</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../models/regions.py" line="+40"/>
        <location filename="../models/stations.py" line="+52"/>
        <source>Generated</source>
        <translation>Сгенерирован</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../models/stations.py" line="+2"/>
        <source>ID</source>
        <translation>Код</translation>
    </message>
    <message>
        <location filename="../models/regions.py" line="-12"/>
        <location filename="../models/stations.py" line="-25"/>
        <location filename="../models/visits.py" line="+10"/>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name in Russian</source>
        <translation>Название по-русски</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../models/stations.py" line="+8"/>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time zone</source>
        <translation>Часовой пояс</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IANA time zone, e.g. Asia/Almaty</source>
        <translation>Часовой пояс IANA, например Asia/Almaty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Curfew</source>
        <translation>Комендантский час</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latest local time teams may be back at their base</source>
        <translation>Последнее местное время возвращения команд на базу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stations</source>
        <translation>Участки</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../models/stations.py" line="-3"/>
        <source>Voters</source>
        <translation>Избиратели</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flagged</source>
        <translation>С нарушениями</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stations placed by a generator (sample data): the region&apos;s counts and voters illustrate, they are not official</source>
        <translation>Участки, размещённые генератором (демонстрационные данные): число участков и избирателей региона иллюстративно, не официально</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Covered</source>
        <translation>Охвачено</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stations the current plan visits</source>
        <translation>Участки, которые посещает текущий план</translation>
    </message>
    <message>
        <location filename="../models/stations.py" line="-8"/>
        <location filename="../models/visits.py" line="-2"/>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../models/visits.py" line="+1"/>
        <source>Commission</source>
        <translation>Комиссия</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../models/visits.py" line="+3"/>
        <source>Settlement</source>
        <translation>Населённый пункт</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Registered voters (empty: unknown)</source>
        <translation>Избирателей в списке (пусто: неизвестно)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Locality</source>
        <translation>Местность</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opens</source>
        <translation>Открытие</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Local opening time, when it differs from the mission&apos;s polling hours</source>
        <translation>Местное время открытия, если оно отличается от часов голосования миссии</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Closes</source>
        <translation>Закрытие</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Priority</source>
        <translation>Приоритет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Extra weight in station selection (0-100)</source>
        <translation>Дополнительный вес при выборе участков (0–100)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flags</source>
        <translation>Нарушения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Irregularities reported here before: must-cover</source>
        <translation>Здесь ранее сообщалось о нарушениях: обязателен к посещению</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planned</source>
        <translation>В плане</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days the current plan visits the station</source>
        <translation>Дни, когда текущий план посещает участок</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latitude</source>
        <translation>Широта</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Longitude</source>
        <translation>Долгота</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Synthetic station, not from an official list</source>
        <translation>Сгенерированный участок, не из официального списка</translation>
    </message>
    <message>
        <location filename="../models/teams.py" line="+1"/>
        <source>Members</source>
        <translation>Состав</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Base</source>
        <translation>База</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Area</source>
        <translation>Район</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where the team is deployed</source>
        <translation>Куда направлена команда</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Driver</source>
        <translation>Водитель</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interpreter</source>
        <translation>Переводчик</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Visits</source>
        <translation>Посещения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stations the current plan visits, all days</source>
        <translation>Участки, которые посещает текущий план, за все дни</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <location filename="../models/visits.py" line="-13"/>
        <source>Day</source>
        <translation>День</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop</source>
        <translation>Остановка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Position in the team&apos;s route</source>
        <translation>Место в маршруте команды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arrival</source>
        <translation>Прибытие</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start</source>
        <translation>Начало</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End</source>
        <translation>Конец</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activity</source>
        <translation>Действие</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Visited at</source>
        <translation>Посещён в</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When the team reported it was there (actuals)</source>
        <translation>Когда команда, по её отчёту, была там (факт)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Station</source>
        <translation>Участок</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../dialogs/about.py" line="+33"/>
        <source>About Mission Planner</source>
        <translation>О программе Mission Planner</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Mission Planner</source>
        <translation>Mission Planner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plans election observation missions: teams, deployment, a seeded and unpredictable choice of polling stations, routes within polling hours, and Excel for the teams.</source>
        <translation>Планирует миссии по наблюдению за выборами: команды, распределение по регионам, непредсказуемый выбор участков по секретному ключу, маршруты в часы голосования и таблицы Excel для команд.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Data credits</source>
        <translation>Источники данных</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region outlines: Natural Earth (public domain), made with Natural Earth.</source>
        <translation>Границы регионов: Natural Earth (общественное достояние), made with Natural Earth.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Settlements: GeoNames, licensed under CC BY 4.0 (geonames.org).</source>
        <translation>Населённые пункты: GeoNames, лицензия CC BY 4.0 (geonames.org).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reported facts: the public statements of the missions, cited in each sample mission.</source>
        <translation>Факты из отчётов: публичные заявления миссий, со ссылками в каждом примере миссии.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Polling-station coordinates in the samples are generated, not official, and are labelled so.</source>
        <translation>Координаты участков в примерах сгенерированы, не официальные, и так и помечены.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Built with</source>
        <translation>Создано с использованием</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Google OR-Tools (Apache 2.0), Qt {qt} and PySide6 (LGPL v3), pydantic, openpyxl.</source>
        <translation>Google OR-Tools (Apache 2.0), Qt {qt} и PySide6 (LGPL v3), pydantic, openpyxl.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Icons: KDE Breeze (LGPL v3 or later); the app&apos;s icon is drawn for Mission Planner.</source>
        <translation>Значки: KDE Breeze (LGPL v3 или более поздняя); значок программы нарисован для Mission Planner.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
</context>
<context>
    <name>AddItemDialog</name>
    <message>
        <location filename="../dialogs/add_item.py" line="+41"/>
        <source>Add Polling Station</source>
        <translation>Добавить избирательный участок</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add Observer</source>
        <translation>Добавить наблюдателя</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Number:</source>
        <translation>Номер:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commission:</source>
        <translation>Комиссия:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e.g. Almaly district</source>
        <translation>например, Алмалинская ТИК</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region:</source>
        <translation>Регион:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Settlement:</source>
        <translation>Населённый пункт:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address:</source>
        <translation>Адрес:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Registered voters:</source>
        <translation>Избирателей в списке:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind:</source>
        <translation>Тип:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latitude:</source>
        <translation>Широта:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Longitude:</source>
        <translation>Долгота:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name:</source>
        <translation>Имя:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nationality:</source>
        <translation>Гражданство:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Country, in English</source>
        <translation>Страна, по-английски</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Body:</source>
        <translation>Организация:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Parliament, election commission…</source>
        <translation>Парламент, избирательная комиссия…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role:</source>
        <translation>Роль:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gender:</source>
        <translation>Пол:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Languages:</source>
        <translation>Языки:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone:</source>
        <translation>Телефон:</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Add station {number}</source>
        <translation>Добавление участка {number}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add observer {name}</source>
        <translation>Добавление наблюдателя {name}</translation>
    </message>
</context>
<context>
    <name>Ask</name>
    <message>
        <location filename="../ask.py" line="+19"/>
        <source>Unsaved changes</source>
        <translation>Несохранённые изменения</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your changes will be lost if you don&apos;t save them.</source>
        <translation>Если не сохранить изменения, они будут потеряны.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard</source>
        <translation>Не сохранять</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Show in Folder</source>
        <translation>Показать в папке</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <location filename="../models/observers.py" line="+23"/>
        <source>every day</source>
        <translation>все дни</translation>
    </message>
    <message>
        <location filename="../models/stations.py" line="+27"/>
        <source>station {number}</source>
        <translation>участок {number}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>station {number} ({commission})</source>
        <translation>участок {number} ({commission})</translation>
    </message>
    <message>
        <location filename="../models/table.py" line="+378"/>
        <source>a value is required</source>
        <translation>нужно значение</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>expected a whole number</source>
        <translation>ожидается целое число</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>expected a number</source>
        <translation>ожидается число</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>expected a time HH:MM</source>
        <translation>ожидается время ЧЧ:ММ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{column} of {item} not changed: {why}</source>
        <translation>{column}, {item}: не изменено: {why}</translation>
    </message>
    <message>
        <location filename="../models/teams.py" line="+28"/>
        <source>team {team}</source>
        <translation>команда {team}</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <location filename="../commands/edits.py" line="+39"/>
        <source>Edit {what} of {item}</source>
        <translation>Изменение: {what}, {item}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Edit {what} of team {team}</source>
        <translation>Изменение: {what}, команда {team}</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <location filename="../views/dashboard.py" line="+66"/>
        <source>Stations covered by region (thin bar: voters)</source>
        <translation>Охват участков по регионам (тонкая полоса — избиратели)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Urban and rural: covered against the country</source>
        <translation>Город и село: охват в сравнении со страной</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Workload per team: visits (driving share, estimated)</source>
        <translation>Нагрузка команд: посещения (доля в пути, оценка)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Station</source>
        <translation>Участок</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Day</source>
        <translation>День</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why left out</source>
        <translation>Почему не включён</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>No plan yet: plan the mission to see its coverage.</source>
        <translation>Плана ещё нет: составьте план миссии, чтобы увидеть охват.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Driving times and shares are estimated from the travel model (distance, circuity and speeds of the mission&apos;s settings).</source>
        <translation>Время и доля в пути оценены по модели поездок (расстояние, извилистость дорог и скорости из настроек миссии).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This mission&apos;s station list is generated (sample data): station places, counts and voters are not official figures.</source>
        <translation>Список участков этой миссии сгенерирован (демонстрационные данные): места, число участков и избирателей — не официальные данные.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Stations covered</source>
        <translation>Охвачено участков</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Voters covered</source>
        <translation>Охвачено избирателей</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Regions covered</source>
        <translation>Охвачено регионов</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Urban share</source>
        <translation>Доля городских</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>visits: {0}&lt;br&gt;on duty: {1} h {2:02d}&lt;br&gt;driving (estimated): {3}</source>
        <translation>посещения: {0}&lt;br&gt;на маршруте: {1} ч {2:02d} мин&lt;br&gt;в пути (оценка): {3}</translation>
    </message>
    <message>
        <location line="-76"/>
        <source>Minutes per station</source>
        <translation>Минут на участок</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duplicate visits</source>
        <translation>Повторные посещения</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>must be 0</source>
        <translation>должно быть 0</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>stations: {0} / {1}&lt;br&gt;voters: {2} / {3} ({4})</source>
        <translation>участки: {0} / {1}&lt;br&gt;избиратели: {2} / {3} ({4})</translation>
    </message>
    <message>
        <location line="-39"/>
        <location line="+44"/>
        <source>country: {0}</source>
        <translation>по стране: {0}</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>driving {0} (estimated)</source>
        <translation>в пути {0} (оценка)</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>urban, covered</source>
        <translation>город, охвачено</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>urban, country</source>
        <translation>город, по стране</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>rural, covered</source>
        <translation>село, охвачено</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>rural, country</source>
        <translation>село, по стране</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Must-cover stations left out: {0}</source>
        <translation>Обязательные участки вне плана: {0}</translation>
    </message>
</context>
<context>
    <name>DomainMessages</name>
    <message>
        <location filename="domain_texts.py" line="+16"/>
        <source>no team is deployed to {area}</source>
        <translation>{area}: не направлена ни одна команда</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no team is deployed to the part of {area}: the region&apos;s {count} team(s) cover {areas}</source>
        <translation>часть региона «{area}»: не направлена ни одна команда; команды региона ({count}) работают: {areas}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no team is deployed to the part of {area} around {settlement}: the region&apos;s {count} team(s) cover {areas}</source>
        <translation>часть региона «{area}» вокруг н. п. {settlement}: не направлена ни одна команда; команды региона ({count}) работают: {areas}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none of the teams of {area} is out on {day}</source>
        <translation>{area}: ни одна команда не выезжает {day}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not drawn among the candidates: {area} has {flagged} flagged stations and its {teams} team(s) {candidates} candidates</source>
        <translation>не попал в число кандидатов: «{area}» — обязательных участков {flagged}, у команд ({teams}) кандидатов {candidates}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not among the candidates the plan drew (flagged since?)</source>
        <translation>не был среди кандидатов плана (отмечен как обязательный позже?)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>left out by the route search</source>
        <translation>не включён при поиске маршрутов</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>closed at {time} (re-plan)</source>
        <translation>закрыт в {time} (перепланирование)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot be reached and observed within the team&apos;s day</source>
        <translation>команда не успевает доехать и провести наблюдение в течение своего дня</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no team may visit it</source>
        <translation>ни одна команда не может его посетить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>left for other stations: the teams&apos; days are full</source>
        <translation>уступил другим участкам: дни команд заполнены</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{area} on {day}: {note}</source>
        <translation>{area}, {day}: {note}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not planned (cancelled)</source>
        <translation>не спланировано (отменено)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rule &apos;members of different nationalities&apos; relaxed: the roster has too many observers of one nationality for the number of teams</source>
        <translation>правило «члены команды разных национальностей» ослаблено: в списке слишком много наблюдателей одной национальности для такого числа команд</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} team(s) with {rule}: {teams}</source>
        <translation>команды ({count}), где {rule}: {teams}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} team(s) with {rule}: {teams} and {more} more</source>
        <translation>команды ({count}), где {rule}: {teams} и ещё {more}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>two members of the same nationality</source>
        <translation>два члена одной национальности</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no speaker of a local language (an interpreter is needed)</source>
        <translation>никто не говорит на местном языке (нужен переводчик)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no {languages} speaker (an interpreter is needed)</source>
        <translation>никто не говорит на {languages} языке (нужен переводчик)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{first} or {rest}</source>
        <comment>languages, as in &apos;no Russian or Kazakh speaker&apos;</comment>
        <translation>{first} или {rest}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Russian</source>
        <comment>a language, as in &apos;no Russian speaker&apos; (Russian: prepositional case, &apos;на русском&apos;)</comment>
        <translation>русском</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kazakh</source>
        <comment>a language, as in &apos;no Russian speaker&apos; (Russian: prepositional case, &apos;на русском&apos;)</comment>
        <translation>казахском</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kyrgyz</source>
        <comment>a language, as in &apos;no Russian speaker&apos; (Russian: prepositional case, &apos;на русском&apos;)</comment>
        <translation>кыргызском</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uzbek</source>
        <comment>a language, as in &apos;no Russian speaker&apos; (Russian: prepositional case, &apos;на русском&apos;)</comment>
        <translation>узбекском</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Azerbaijani</source>
        <comment>a language, as in &apos;no Russian speaker&apos; (Russian: prepositional case, &apos;на русском&apos;)</comment>
        <translation>азербайджанском</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tajik</source>
        <comment>a language, as in &apos;no Russian speaker&apos; (Russian: prepositional case, &apos;на русском&apos;)</comment>
        <translation>таджикском</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turkmen</source>
        <comment>a language, as in &apos;no Russian speaker&apos; (Russian: prepositional case, &apos;на русском&apos;)</comment>
        <translation>туркменском</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Belarusian</source>
        <comment>a language, as in &apos;no Russian speaker&apos; (Russian: prepositional case, &apos;на русском&apos;)</comment>
        <translation>белорусском</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Armenian</source>
        <comment>a language, as in &apos;no Russian speaker&apos; (Russian: prepositional case, &apos;на русском&apos;)</comment>
        <translation>армянском</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mongolian</source>
        <comment>a language, as in &apos;no Russian speaker&apos; (Russian: prepositional case, &apos;на русском&apos;)</comment>
        <translation>монгольском</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>one gender only</source>
        <translation>все одного пола</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no experienced member</source>
        <translation>нет опытного наблюдателя</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no country preset for {country}: teams are formed without the local-language rule</source>
        <translation>нет настроек для страны {country}: команды сформированы без правила о местном языке</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>team {team}: the opening at {station} can no longer be observed (closed, taken, or out of reach)</source>
        <translation>команда {team}: наблюдать открытие на участке {station} уже невозможно (закрыт, занят или недосягаем)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>team {team}: no base within reach of an opening; stays overnight in {place}</source>
        <translation>команда {team}: ни одна база не позволяет успеть к открытию; ночует в н. п. {place}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>team {team}: no station can be reached for the opening</source>
        <translation>команда {team}: ни на один участок нельзя успеть к открытию</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>team {team}: no station is left for closing and counting that lets the team back before the shift ends</source>
        <translation>команда {team}: не осталось участка для закрытия и подсчёта голосов, с которого команда успеет вернуться до конца смены</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>team {team}: {what}; {then}</source>
        <translation>команда {team}: {what}; {then}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>station {station} is closed or taken</source>
        <translation>участок {station} закрыт или занят</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>its closing and counting at {station} can no longer be observed</source>
        <translation>наблюдать закрытие и подсчёт голосов на участке {station} уже невозможно</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>closing and counting moved to {station}</source>
        <translation>закрытие и подсчёт голосов перенесены на участок {station}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no other station is left for closing and counting</source>
        <translation>другого участка для закрытия и подсчёта голосов не осталось</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the plan does not record what planning decided here (an older plan file): homes and candidates derived again from the mission and its seed</source>
        <translation>в плане не записано, что здесь решило планирование (файл плана старой версии): базы и кандидаты заново определены по миссии и её начальному числу (seed)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{activity} at {station} could not be planned ({why}); it became an ordinary option</source>
        <translation>{activity} на участке {station} спланировать не удалось ({why}); это стало обычным вариантом</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>opening</source>
        <comment>what a team does at a station, as in &apos;opening at station 5 could not be planned&apos;</comment>
        <translation>открытие</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>voting</source>
        <comment>what a team does at a station, as in &apos;opening at station 5 could not be planned&apos;</comment>
        <translation>голосование</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>closing</source>
        <comment>what a team does at a station, as in &apos;opening at station 5 could not be planned&apos;</comment>
        <translation>закрытие</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>counting</source>
        <comment>what a team does at a station, as in &apos;opening at station 5 could not be planned&apos;</comment>
        <translation>подсчёт голосов</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>protocol</source>
        <comment>what a team does at a station, as in &apos;opening at station 5 could not be planned&apos;</comment>
        <translation>доставка протокола</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pre_election</source>
        <comment>what a team does at a station, as in &apos;opening at station 5 could not be planned&apos;</comment>
        <translation>посещение до дня выборов</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unreachable</source>
        <comment>why the route search could not plan a visit</comment>
        <translation>недосягаем</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no team</source>
        <comment>why the route search could not plan a visit</comment>
        <translation>нет команды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not worth</source>
        <comment>why the route search could not plan a visit</comment>
        <translation>невыгоден</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no plan serves it</source>
        <comment>why the route search could not plan a visit</comment>
        <translation>ни один план его не охватывает</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>re-plan of {day} from {time}: {what}</source>
        <translation>перепланирование {day} с {time}: {what}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>re-plan of {day} from {time}: areas {areas}</source>
        <translation>перепланирование {day} с {time}: районы {areas}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{disruption}: no route needs it after {time}; nothing changes</source>
        <translation>{disruption}: после {time} это не затрагивает ни один маршрут; ничего не меняется</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no team is left to re-plan</source>
        <translation>не осталось команд для перепланирования</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>travel times from {source} (the plan was made with estimated ones)</source>
        <translation>время в пути из {source} (план был составлен по оценочному времени)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>travel times from {source}, which differs from the table the plan was made with ({file})</source>
        <translation>время в пути из {source}, а эта таблица отличается от той, по которой составлен план ({file})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>team {team} delayed {minutes} min</source>
        <translation>команда {team} задерживается на {minutes} мин</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>station {station} closed</source>
        <translation>участок {station} закрыт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>road {a} – {b} cut (impassable)</source>
        <translation>дорога {a} – {b} перекрыта (непроезжая)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>road {a} – {b} cut (+{minutes} min)</source>
        <translation>дорога {a} – {b} затруднена (+{minutes} мин)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>team {team} lost</source>
        <translation>команда {team} выбыла</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>team {team} stops at {time} ({how}); of its {remaining} remaining stops, {taken} taken over by other teams</source>
        <translation>команда {team} прекращает работу в {time} ({how}); из оставшихся остановок ({remaining}) другие команды взяли {taken}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>team {team} stops at {time} ({how}); of its {remaining} remaining stops, {taken} taken over by other teams: {stations}</source>
        <translation>команда {team} прекращает работу в {time} ({how}); из оставшихся остановок ({remaining}) другие команды взяли {taken}: {stations}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>team {team}, {how} at {time}: {what}</source>
        <translation>команда {team}, {how} в {time}: {what}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unchanged</source>
        <translation>без изменений</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>same stops, new times</source>
        <translation>те же остановки, новое время</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} stops (was {was})</source>
        <translation>остановок: {count} (было {was})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{what}; added {stations}</source>
        <translation>{what}; добавлены {stations}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{what}; dropped {stations}</source>
        <translation>{what}; исключены {stations}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{what}; back at {time} (was {was})</source>
        <translation>{what}; возвращается в {time} (было {was})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>at its base</source>
        <translation>на базе</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stopped</source>
        <translation>остановлена</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>home</source>
        <translation>вернулась на базу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>on its way home</source>
        <translation>на пути на базу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>waiting at {station}</source>
        <translation>ожидает на участке {station}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>at {station}, cut short at now</source>
        <translation>на участке {station}, визит прерван сейчас</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>at {station}</source>
        <translation>на участке {station}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>on the road to {station}</source>
        <translation>в пути на участок {station}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{message}, got {value}</source>
        <translation>{message}, а указано {value}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>got {value}: {message}</source>
        <translation>указано {value}: {message}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>empty: expected {what}</source>
        <translation>пусто: нужно указать {what}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the station&apos;s number</source>
        <translation>номер участка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the observer&apos;s name</source>
        <translation>имя наблюдателя</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the observer&apos;s country</source>
        <translation>страну наблюдателя</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected a number</source>
        <translation>ожидается число</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected a number like 43.2567 or 43,2567</source>
        <translation>ожидается число вида 43.2567 или 43,2567</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected a whole number like 1234 or 1 234</source>
        <translation>ожидается целое число вида 1234 или 1 234</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected a whole number</source>
        <translation>ожидается целое число</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected a whole number of a sensible size</source>
        <translation>ожидается целое число разумной величины</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected the station&apos;s number, a whole number like 101</source>
        <translation>ожидается номер участка — целое число вида 101</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected a station number of 0 or more</source>
        <translation>ожидается номер участка не меньше 0</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected a time of day like 07:00</source>
        <translation>ожидается время суток вида 07:00</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected a date like 2021-01-10 or 10.01.2021</source>
        <translation>ожидается дата вида 2021-01-10 или 10.01.2021</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected one region, but this name could be {names}</source>
        <translation>ожидается один регион, но это название подходит к нескольким: {names}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected one of the mission&apos;s regions: {regions}</source>
        <translation>ожидается один из регионов миссии: {regions}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>missing required column {column} (expected {what}; headers accepted: {headers})</source>
        <translation>нет обязательного столбца {column} (ожидается: {what}; допустимые заголовки: {headers})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>duplicate station id {id}: already on {where}</source>
        <translation>повторный идентификатор участка {id}: уже есть в: {where}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>duplicate station: number {number} of commission {commission} is already on {where}</source>
        <translation>повтор участка: номер {number} комиссии {commission} уже есть в: {where}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>number {number} again in {region} (first on {where})</source>
        <translation>номер {number} снова встречается в: {region} (впервые в: {where})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>row {row}</source>
        <translation>строка {row}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>row {row} of sheet {sheet}</source>
        <translation>строка {row} листа {sheet}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>duplicate observer id {id}: already on row {row}</source>
        <translation>повторный идентификатор наблюдателя {id}: уже есть в строке {row}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} is also on row {row}: expected each observer once (add an ID column to tell namesakes apart)</source>
        <translation>{name} также есть в строке {row}: каждый наблюдатель должен быть указан один раз (добавьте столбец ID, чтобы различать однофамильцев)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected a finite number</source>
        <translation>ожидается конечное число</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected a number with one decimal separator</source>
        <translation>ожидается число с одним десятичным разделителем</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected plain text, found control characters ({codes})</source>
        <translation>ожидается обычный текст, а найдены управляющие символы ({codes})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected at most {most} characters, found {found}</source>
        <translation>ожидается не больше {most} символов, а их {found}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the region (or give --region)</source>
        <translation>регион (или задайте --region)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>empty while the other coordinate is given: expected both or neither</source>
        <translation>пусто, хотя другая координата указана: нужны обе или ни одной</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the row says {row}, but --region says {option}</source>
        <translation>в строке указано {row}, а в --region — {option}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected abroad: the station is in region {region}</source>
        <translation>ожидается «за рубежом»: участок находится в регионе {region}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected regular or closed in region {region} (stations abroad belong to the mission&apos;s abroad region)</source>
        <translation>ожидается обычный или закрытый участок в регионе {region} (зарубежные участки относятся к зарубежному региону миссии)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>gives the same field as column {column}: keep one of them (or rename the other)</source>
        <translation>то же поле, что и в столбце {column}: оставьте один из них (или переименуйте другой)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Permission denied</source>
        <comment>an operating system&apos;s reason a file cannot be read or written</comment>
        <translation>отказано в доступе</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No such file or directory</source>
        <comment>an operating system&apos;s reason a file cannot be read or written</comment>
        <translation>нет такого файла или папки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No space left on device</source>
        <comment>an operating system&apos;s reason a file cannot be read or written</comment>
        <translation>на диске не осталось места</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read-only file system</source>
        <comment>an operating system&apos;s reason a file cannot be read or written</comment>
        <translation>файловая система только для чтения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Is a directory</source>
        <comment>an operating system&apos;s reason a file cannot be read or written</comment>
        <translation>это папка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not a directory</source>
        <comment>an operating system&apos;s reason a file cannot be read or written</comment>
        <translation>это не папка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File exists</source>
        <comment>an operating system&apos;s reason a file cannot be read or written</comment>
        <translation>файл уже существует</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Device or resource busy</source>
        <comment>an operating system&apos;s reason a file cannot be read or written</comment>
        <translation>устройство или ресурс заняты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disk quota exceeded</source>
        <comment>an operating system&apos;s reason a file cannot be read or written</comment>
        <translation>превышена дисковая квота</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File name too long</source>
        <comment>an operating system&apos;s reason a file cannot be read or written</comment>
        <translation>слишком длинное имя файла</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Operation not permitted</source>
        <comment>an operating system&apos;s reason a file cannot be read or written</comment>
        <translation>операция не разрешена</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Too many levels of symbolic links</source>
        <comment>an operating system&apos;s reason a file cannot be read or written</comment>
        <translation>слишком много уровней символических ссылок</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Input/output error</source>
        <comment>an operating system&apos;s reason a file cannot be read or written</comment>
        <translation>ошибка ввода-вывода</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Directory not empty</source>
        <comment>an operating system&apos;s reason a file cannot be read or written</comment>
        <translation>папка не пуста</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invalid argument</source>
        <comment>an operating system&apos;s reason a file cannot be read or written</comment>
        <translation>недопустимый аргумент</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text file busy</source>
        <comment>an operating system&apos;s reason a file cannot be read or written</comment>
        <translation>файл занят</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} is a device or another special file, not a file</source>
        <translation>{path} — устройство или другой особый файл, а не обычный файл</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path}: no such file</source>
        <translation>{path}: такого файла нет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} is a folder, not a file</source>
        <translation>{path} — папка, а не файл</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} cannot be read: {why}</source>
        <translation>не удалось прочитать {path}: {why}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} is bigger than {mb} MB, the limit for {what}</source>
        <translation>{path} больше {mb} МБ — это предел для: {what}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mission and plan files</source>
        <comment>as in &apos;bigger than 50 MB, the limit for ...&apos;</comment>
        <translation>файлы миссии и плана</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>spreadsheets</source>
        <comment>as in &apos;bigger than 50 MB, the limit for ...&apos;</comment>
        <translation>таблицы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>travel-time matrices</source>
        <comment>as in &apos;bigger than 50 MB, the limit for ...&apos;</comment>
        <translation>таблицы времени в пути</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} is not a valid mission file:</source>
        <translation>{path} не является правильным файлом миссии:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} is not a valid mission file ({count} problem):</source>
        <translation>{path} не является правильным файлом миссии (ошибок: {count}):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} is not a valid mission file ({count} problems):</source>
        <translation>{path} не является правильным файлом миссии (ошибок: {count}):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} is not a valid plan file ({count} problem):</source>
        <translation>{path} не является правильным файлом плана (ошибок: {count}):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} is not a valid plan file ({count} problems):</source>
        <translation>{path} не является правильным файлом плана (ошибок: {count}):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} is not JSON:</source>
        <translation>{path} — не JSON:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} is not valid JSON:</source>
        <translation>{path} содержит ошибку JSON:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} is not UTF-8 text (byte {byte}); mission files are UTF-8 JSON</source>
        <translation>{path} — не текст в кодировке UTF-8 (байт {byte}); файлы миссии — это JSON в UTF-8</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} is nested too deeply to be a mission or plan file</source>
        <translation>{path}: слишком глубокая вложенность для файла миссии или плана</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} is not a mission or plan file: it holds a number of thousands of digits</source>
        <translation>{path} не является файлом миссии или плана: в нём число из тысяч цифр</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{what} at line {line}, column {column}</source>
        <translation>{what} (строка {line}, позиция {column})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expecting value</source>
        <comment>the JSON reader&apos;s reason a file is not valid JSON</comment>
        <translation>ожидается значение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expecting &apos;,&apos; delimiter</source>
        <comment>the JSON reader&apos;s reason a file is not valid JSON</comment>
        <translation>ожидается запятая «,»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expecting &apos;:&apos; delimiter</source>
        <comment>the JSON reader&apos;s reason a file is not valid JSON</comment>
        <translation>ожидается двоеточие «:»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expecting property name enclosed in double quotes</source>
        <comment>the JSON reader&apos;s reason a file is not valid JSON</comment>
        <translation>ожидается имя поля в двойных кавычках</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Extra data</source>
        <comment>the JSON reader&apos;s reason a file is not valid JSON</comment>
        <translation>лишние данные после конца</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unterminated string starting at</source>
        <comment>the JSON reader&apos;s reason a file is not valid JSON</comment>
        <translation>незакрытая строка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invalid control character at</source>
        <comment>the JSON reader&apos;s reason a file is not valid JSON</comment>
        <translation>недопустимый управляющий символ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invalid \escape</source>
        <comment>the JSON reader&apos;s reason a file is not valid JSON</comment>
        <translation>недопустимая escape-последовательность «\»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Illegal trailing comma before end of object</source>
        <comment>the JSON reader&apos;s reason a file is not valid JSON</comment>
        <translation>лишняя запятая перед концом объекта</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Illegal trailing comma before end of array</source>
        <comment>the JSON reader&apos;s reason a file is not valid JSON</comment>
        <translation>лишняя запятая перед концом списка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path}: a mission file holds a JSON object {braces} at the top</source>
        <comment>braces: {...}</comment>
        <translation>{path}: файл миссии должен содержать JSON-объект {braces} на верхнем уровне</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path}: a plan file holds a JSON object {braces} at the top</source>
        <comment>braces: {...}</comment>
        <translation>{path}: файл плана должен содержать JSON-объект {braces} на верхнем уровне</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path}: schema_version must be a whole number, not {value}</source>
        <translation>{path}: schema_version должен быть целым числом, а указано {value}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} was written by a newer Mission Planner (schema {version}; this one reads up to {current}): update Mission Planner to open it</source>
        <translation>{path} записан более новой версией Mission Planner (схема {version}; эта версия читает до {current}): обновите Mission Planner, чтобы открыть его</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path}: schema_version {version} is not supported</source>
        <translation>{path}: schema_version {version} не поддерживается</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>missing: a mission states its host country and polling hours (missionplanner new --country CODE takes them from a country preset)</source>
        <translation>не указано: в миссии должны быть указаны страна пребывания и часы голосования (missionplanner new --country CODE берёт их из настроек страны)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{plan} does not record its mission file (made before plans did): give the mission file of {mission} as well</source>
        <translation>в {plan} не записан файл миссии (план сделан до того, как это появилось): укажите также файл миссии {mission}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{plan} was made from the mission file {path}, which is not there any more: give the mission file of {mission} as well</source>
        <translation>{plan} сделан по файлу миссии {path}, которого больше нет: укажите также файл миссии {mission}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{plan} was made with the travel-time table {path}, which is not there any more: give it with --travel-matrix FILE</source>
        <translation>{plan} сделан с таблицей времени в пути {path}, которой больше нет: укажите её через --travel-matrix FILE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the plan was made for mission {plan}, but the mission file is {mission}: give the mission the plan was made for</source>
        <translation>план сделан для миссии {plan}, а файл миссии — {mission}: укажите миссию, для которой сделан план</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the plan ({plan_file}) was made for mission {plan}, but the mission file ({mission_file}) is {mission}: give the mission the plan was made for</source>
        <translation>план ({plan_file}) сделан для миссии {plan}, а файл миссии ({mission_file}) — {mission}: укажите миссию, для которой сделан план</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the plan ({plan_file}) was made for mission {plan}, but the mission file is {mission}: give the mission the plan was made for</source>
        <translation>план ({plan_file}) сделан для миссии {plan}, а файл миссии — {mission}: укажите миссию, для которой сделан план</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the plan was made for mission {plan}, but the mission file ({mission_file}) is {mission}: give the mission the plan was made for</source>
        <translation>план сделан для миссии {plan}, а файл миссии ({mission_file}) — {mission}: укажите миссию, для которой сделан план</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the plan does not match mission {mission} (edited since planning?):</source>
        <translation>план не соответствует миссии {mission} (её изменили после планирования?):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>route of team {team} on {day} visits station {station}, which the mission does not have</source>
        <translation>маршрут команды {team} на {day} проходит через участок {station}, которого нет в миссии</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>team {team} lists observer {observer}, whom the mission does not have</source>
        <translation>в команде {team} указан наблюдатель {observer}, которого нет в миссии</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the mission changed since the plan was made, in ways that move its routes or times; plan it again (or re-plan), or add {option} to use it as it is:</source>
        <translation>после составления плана миссия изменилась так, что меняются маршруты или время; составьте план заново (или перепланируйте) либо добавьте {option}, чтобы использовать его как есть:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the mission changed since the plan {plan} was made, in ways that move its routes or times; plan it again (or re-plan), or add {option} to use it as it is:</source>
        <translation>после составления плана {plan} миссия изменилась так, что меняются маршруты или время; составьте план заново (или перепланируйте) либо добавьте {option}, чтобы использовать его как есть:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>... and {count} more changes</source>
        <translation>... и ещё изменений: {count}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>observation day {day} is no longer in the mission (its days are now {days})</source>
        <translation>дня наблюдения {day} больше нет в миссии (теперь её дни: {days})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>observation day {day} was {was}, now {now}</source>
        <translation>день наблюдения {day}: был «{was}», теперь «{now}»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>election day</source>
        <comment>a kind of observation day</comment>
        <translation>день выборов</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pre election</source>
        <comment>a kind of observation day</comment>
        <translation>день до выборов</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>region {region}&apos;s time zone was {was}, now {now}</source>
        <translation>часовой пояс региона {region}: был {was}, теперь {now}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>setting {name} was {was}, now {now}</source>
        <translation>параметр {name}: был {was}, теперь {now}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{what} {id} is no longer in the mission</source>
        <translation>{what} {id}: больше нет в миссии</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{what} {id} changed: {how}</source>
        <translation>{what} {id}, изменения: {how}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>latitude</source>
        <comment>what of a station or base changed, as in &apos;latitude 47.1 -&gt; 47.2&apos;</comment>
        <translation>широта</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>longitude</source>
        <comment>what of a station or base changed, as in &apos;latitude 47.1 -&gt; 47.2&apos;</comment>
        <translation>долгота</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kind</source>
        <comment>what of a station or base changed, as in &apos;latitude 47.1 -&gt; 47.2&apos;</comment>
        <translation>тип</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>time zone</source>
        <comment>what of a station or base changed, as in &apos;latitude 47.1 -&gt; 47.2&apos;</comment>
        <translation>часовой пояс</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{what} {id} changed: {property1} {was1} -&gt; {now1}</source>
        <translation>{what} {id}, изменения: {property1}: {was1} -&gt; {now1}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{what} {id} changed: {property1} {was1} -&gt; {now1}, {property2} {was2} -&gt; {now2}</source>
        <translation>{what} {id}, изменения: {property1}: {was1} -&gt; {now1}, {property2}: {was2} -&gt; {now2}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{what} {id} changed: {property1} {was1} -&gt; {now1}, {property2} {was2} -&gt; {now2}, {property3} {was3} -&gt; {now3}</source>
        <translation>{what} {id}, изменения: {property1}: {was1} -&gt; {now1}, {property2}: {was2} -&gt; {now2}, {property3}: {was3} -&gt; {now3}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{what} {id} changed: {property1} {was1} -&gt; {now1}, {property2} {was2} -&gt; {now2}, {property3} {was3} -&gt; {now3}, {property4} {was4} -&gt; {now4}</source>
        <translation>{what} {id}, изменения: {property1}: {was1} -&gt; {now1}, {property2}: {was2} -&gt; {now2}, {property3}: {was3} -&gt; {now3}, {property4}: {was4} -&gt; {now4}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{what} {id} changed: {property1} {was1} -&gt; {now1}, {property2} {was2} -&gt; {now2}, {property3} {was3} -&gt; {now3}, {property4} {was4} -&gt; {now4}, {property5} {was5} -&gt; {now5}</source>
        <translation>{what} {id}, изменения: {property1}: {was1} -&gt; {now1}, {property2}: {was2} -&gt; {now2}, {property3}: {was3} -&gt; {now3}, {property4}: {was4} -&gt; {now4}, {property5}: {was5} -&gt; {now5}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{what} {id} changed: {property1} {was1} -&gt; {now1}, {property2} {was2} -&gt; {now2}, {property3} {was3} -&gt; {now3}, {property4} {was4} -&gt; {now4}, {property5} {was5} -&gt; {now5}, {property6} {was6} -&gt; {now6}</source>
        <translation>{what} {id}, изменения: {property1}: {was1} -&gt; {now1}, {property2}: {was2} -&gt; {now2}, {property3}: {was3} -&gt; {now3}, {property4}: {was4} -&gt; {now4}, {property5}: {was5} -&gt; {now5}, {property6}: {was6} -&gt; {now6}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{what} {id} changed: {property1} {was1} -&gt; {now1}, {property2} {was2} -&gt; {now2}, {property3} {was3} -&gt; {now3}, {property4} {was4} -&gt; {now4}, {property5} {was5} -&gt; {now5}, {property6} {was6} -&gt; {now6}, {property7} {was7} -&gt; {now7}</source>
        <translation>{what} {id}, изменения: {property1}: {was1} -&gt; {now1}, {property2}: {was2} -&gt; {now2}, {property3}: {was3} -&gt; {now3}, {property4}: {was4} -&gt; {now4}, {property5}: {was5} -&gt; {now5}, {property6}: {was6} -&gt; {now6}, {property7}: {was7} -&gt; {now7}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the mission&apos;s fixed teams (members or bases) changed</source>
        <translation>изменились заданные вручную команды миссии (состав или базы)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a folder</source>
        <comment>what a path is instead of a file, as in &apos;x is a device, not a file&apos;</comment>
        <translation>папка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a FIFO (named pipe)</source>
        <comment>what a path is instead of a file, as in &apos;x is a device, not a file&apos;</comment>
        <translation>именованный канал (FIFO)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a device</source>
        <comment>what a path is instead of a file, as in &apos;x is a device, not a file&apos;</comment>
        <translation>устройство</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a socket</source>
        <comment>what a path is instead of a file, as in &apos;x is a device, not a file&apos;</comment>
        <translation>сокет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a special file</source>
        <comment>what a path is instead of a file, as in &apos;x is a device, not a file&apos;</comment>
        <translation>особый файл</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a file</source>
        <comment>what a path is instead of a file, as in &apos;x is a device, not a file&apos;</comment>
        <translation>файл</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mission</source>
        <comment>a kind of file, as in &apos;a workbook file is named *.xlsx&apos; or &apos;holds ..., not a workbook&apos;</comment>
        <translation>миссия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>plan</source>
        <comment>a kind of file, as in &apos;a workbook file is named *.xlsx&apos; or &apos;holds ..., not a workbook&apos;</comment>
        <translation>план</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>workbook</source>
        <comment>a kind of file, as in &apos;a workbook file is named *.xlsx&apos; or &apos;holds ..., not a workbook&apos;</comment>
        <translation>книга Excel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>something else</source>
        <comment>what a file holds, as in &apos;x holds an encrypted workbook, not a plan&apos;</comment>
        <translation>что-то другое</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an encrypted workbook</source>
        <comment>what a file holds, as in &apos;x holds an encrypted workbook, not a plan&apos;</comment>
        <translation>зашифрованная книга Excel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a workbook</source>
        <comment>what a file holds, as in &apos;x holds an encrypted workbook, not a plan&apos;</comment>
        <translation>книга Excel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a mission</source>
        <comment>what a file holds, as in &apos;x holds an encrypted workbook, not a plan&apos;</comment>
        <translation>миссия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a plan</source>
        <comment>what a file holds, as in &apos;x holds an encrypted workbook, not a plan&apos;</comment>
        <translation>план</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>files</source>
        <comment>what a folder is for, as in &apos;x holds other files than route sheets&apos;</comment>
        <translation>файлы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>team workbooks</source>
        <comment>what a folder is for, as in &apos;x holds other files than route sheets&apos;</comment>
        <translation>книги команд</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>route sheets</source>
        <comment>what a folder is for, as in &apos;x holds other files than route sheets&apos;</comment>
        <translation>маршрутные листы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot write {path}: the folder {folder} does not exist</source>
        <translation>не удалось записать {path}: папки {folder} не существует</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} is {kind}, not a file: refusing to replace it; give a file name</source>
        <translation>{path} — это {kind}, а не файл: заменять его нельзя; укажите имя файла</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} is read-only: make it writable first, or write elsewhere</source>
        <translation>{path} доступен только для чтения: сначала разрешите запись в него или сохраните в другое место</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot write {path}: {why}</source>
        <translation>не удалось записать {path}: {why}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot write {path}: {why} (in the folder {folder})</source>
        <translation>не удалось записать {path}: {why} (в папке {folder})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{label} {path} is the {other} {other_path}: refusing to overwrite an input; choose another name</source>
        <translation>{label} {path} совпадает с исходным файлом ({other} {other_path}): перезаписывать исходные данные нельзя; выберите другое имя</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the {other} {other_path} is inside the folder {path} that {label} replaces: choose another folder</source>
        <translation>{other} {other_path} находится в папке {path}, которую заменяет {label}: выберите другую папку</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{first} and {second} are the same file ({first_path}, {second_path}): give them different names</source>
        <translation>{first} и {second} — один и тот же файл ({first_path}, {second_path}): дайте им разные имена</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{label} {path} is inside the folder {folder} that {other} fills with its own files: choose another place</source>
        <translation>{label} {path} находится в папке {folder}, которую {other} заполняет своими файлами: выберите другое место</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{label} {path}: a {kind} file is named *{wanted}, not *{suffix}</source>
        <translation>{label} {path}: файл типа «{kind}» должен называться *{wanted}, а не *{suffix}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{label} {path}: a {kind} file is named *{wanted}, not * (no extension)</source>
        <translation>{label} {path}: файл типа «{kind}» должен называться *{wanted}, а у него нет расширения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{label} {path} holds {what}, not a {kind}: refusing to replace it; choose another name</source>
        <translation>{label} {path} содержит другое ({what}), а не «{kind}»: заменять его нельзя; выберите другое имя</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot write {path}: the folder {folder} is not writable</source>
        <translation>не удалось записать {path}: в папку {folder} запись запрещена</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{label} {path} is {kind}, not a folder</source>
        <translation>{label} {path} — это {kind}, а не папка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{label} {path}: the folder {folder} is not writable</source>
        <translation>{label} {path}: в папку {folder} запись запрещена</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot create the folder {folder}: {why}</source>
        <translation>не удалось создать папку {folder}: {why}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot write in {folder}: {why}</source>
        <translation>не удалось записать в папку {folder}: {why}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} is not a folder</source>
        <translation>{path} — не папка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} holds other files than {what} ({shown}): its content is replaced as a whole, so choose an empty or new folder</source>
        <translation>в {path} есть другие файлы, кроме «{what}» ({shown}): содержимое папки заменяется целиком, поэтому выберите пустую или новую папку</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} holds other files than {what} ({shown} and {more} more): its content is replaced as a whole, so choose an empty or new folder</source>
        <translation>в {path} есть другие файлы, кроме «{what}» ({shown} и ещё {more}): содержимое папки заменяется целиком, поэтому выберите пустую или новую папку</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} is being changed by another program (its lock {lock} is held): try again when it has finished</source>
        <translation>{path} сейчас изменяет другая программа (занята блокировка {lock}): повторите, когда она закончит</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} cannot be locked for writing: permission denied on {lock}</source>
        <translation>{path} не удалось заблокировать для записи: нет доступа к {lock}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} is being changed by another program; waiting up to {seconds} s for it to finish</source>
        <translation>{path} сейчас изменяет другая программа; ожидание до {seconds} с</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>station</source>
        <comment>a kind of item of a mission, as in &apos;no station &apos;x&apos; in the mission&apos; or &apos;station x appears more than once&apos;</comment>
        <translation>участок</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>observer</source>
        <comment>a kind of item of a mission, as in &apos;no station &apos;x&apos; in the mission&apos; or &apos;station x appears more than once&apos;</comment>
        <translation>наблюдатель</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>team</source>
        <comment>a kind of item of a mission, as in &apos;no station &apos;x&apos; in the mission&apos; or &apos;station x appears more than once&apos;</comment>
        <translation>команда</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>region</source>
        <comment>a kind of item of a mission, as in &apos;no station &apos;x&apos; in the mission&apos; or &apos;station x appears more than once&apos;</comment>
        <translation>регион</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>base</source>
        <comment>a kind of item of a mission, as in &apos;no station &apos;x&apos; in the mission&apos; or &apos;station x appears more than once&apos;</comment>
        <translation>база</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>observation day</source>
        <comment>a kind of item of a mission, as in &apos;no station &apos;x&apos; in the mission&apos; or &apos;station x appears more than once&apos;</comment>
        <translation>день наблюдения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no {what} {id} in the mission</source>
        <translation>в миссии нет: {what} {id}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>edit stations, observers, teams, regions and bases item by item</source>
        <translation>участки, наблюдателей, команды, регионы и базы изменяются по одному</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a mission has no field {field}</source>
        <translation>у миссии нет поля {field}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{kind} has no field {field}</source>
        <translation>у {kind} нет поля {field}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a planned team&apos;s id and members are fixed: plan again to change them</source>
        <translation>идентификатор и состав запланированной команды менять нельзя: составьте план заново, чтобы изменить их</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{collection} is not a list of the mission</source>
        <translation>{collection} — не список миссии</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected a {kind}, not a {other}</source>
        <translation>ожидается {kind}, а не {other}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{what} {id} appears more than once</source>
        <translation>{what} {id} встречается больше одного раза</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>station number {number} appears twice in commission {name}</source>
        <translation>номер участка {number} повторяется в комиссии {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>station number {number} appears twice in region {name}</source>
        <translation>номер участка {number} повторяется в регионе {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown region {region}</source>
        <translation>неизвестный регион {region}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>team {team} lists unknown observer {observer}</source>
        <translation>в команде {team} указан неизвестный наблюдатель {observer}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>observer {observer} is in teams {first} and {second}</source>
        <translation>наблюдатель {observer} состоит в командах {first} и {second}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown base {base}</source>
        <translation>неизвестная база {base}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>observation days must be in date order</source>
        <translation>дни наблюдения должны идти по порядку дат</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>within_km needs lat and lon, and lat and lon need within_km</source>
        <translation>within_km указывается вместе с lat и lon, а lat и lon — вместе с within_km</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>opening time {opens} must be before closing time {closes}</source>
        <translation>время открытия {opens} должно быть раньше времени закрытия {closes}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown IANA time zone {name} (e.g. &apos;Asia/Almaty&apos;)</source>
        <translation>неизвестный часовой пояс IANA {name} (например, &apos;Asia/Almaty&apos;)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>polling opens at {opens}, after it closes at {closes}</source>
        <translation>голосование начинается в {opens}, позже, чем заканчивается ({closes})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>offices open at {opens}, after they close at {closes}</source>
        <translation>комиссии открываются в {opens}, позже, чем закрываются ({closes})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a visit of {visit} min is longer than the {polling} min of polling hours</source>
        <translation>посещение длительностью {visit} мин дольше, чем часы голосования ({polling} мин)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lunch must be able to start: earliest is after latest</source>
        <translation>обед должен иметь возможность начаться: самое раннее время позже самого позднего</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>visit to {station}: arrival {arrival}, start {start} and end {end} must be in that order</source>
        <translation>посещение участка {station}: прибытие {arrival}, начало {start} и окончание {end} должны идти в этом порядке</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>team {team} on {day}: arrives at {after} before leaving {before}</source>
        <translation>команда {team}, {day}: прибывает на {after} раньше, чем покидает {before}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>route {route} appears twice</source>
        <translation>маршрут {route} встречается дважды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>station {station} is visited twice on {day}</source>
        <translation>участок {station} посещается дважды {day}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the mission cannot be planned with these settings:</source>
        <translation>при этих параметрах миссию нельзя спланировать:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a visit of {visit} min (service_minutes_election_day) is longer than the {polling} min of polling hours ({hours})</source>
        <translation>посещение длительностью {visit} мин (service_minutes_election_day) дольше, чем часы голосования: {polling} мин ({hours})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} station(s) are open for less than a visit of {visit} min: {stations}</source>
        <translation>участков, открытых меньше, чем длится посещение ({visit} мин): {count}: {stations}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} station(s) are open for less than a visit of {visit} min: {stations} and {more} more</source>
        <translation>участков, открытых меньше, чем длится посещение ({visit} мин): {count}: {stations} и ещё {more}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a commission visit of {visit} min (service_minutes_pre_election) is longer than the {office} min of office hours ({hours})</source>
        <translation>посещение комиссии длительностью {visit} мин (service_minutes_pre_election) дольше, чем часы работы: {office} мин ({hours})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{teams} teams for {stations} polling stations: there must be at least one station per team (fewer observers, or a larger team size)</source>
        <translation>команд: {teams}, избирательных участков: {stations}; на каждую команду нужен хотя бы один участок (меньше наблюдателей или больший размер команды)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>days {days} are not observation days of the mission</source>
        <translation>дни {days} не являются днями наблюдения миссии</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rule &apos;members of different nationalities&apos; cannot hold: {count} observers are from {nationality} but there are only {teams} teams</source>
        <translation>правило «члены команды разных национальностей» невыполнимо: наблюдателей из {nationality} — {count}, а команд всего {teams}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no teams satisfy the hard rules (one team per observer, sizes within one of each other, heads and VIPs in the capital teams)</source>
        <translation>ни одно составление команд не удовлетворяет обязательным правилам (каждый наблюдатель в одной команде, размеры команд отличаются не больше чем на одного человека, руководители и VIP — в командах столицы)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>deployment is by &apos;voters&apos; or &apos;stations&apos;, not {by}</source>
        <translation>распределение возможно по &apos;voters&apos; или &apos;stations&apos;, а не {by}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the mission has no polling stations to deploy teams to</source>
        <translation>в миссии нет избирательных участков, куда можно направить команды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} must-cover areas ({areas}) but only {teams} teams: each must-cover area needs at least one team</source>
        <translation>обязательных районов: {count} ({areas}), а команд всего {teams}: в каждый обязательный район нужна хотя бы одна команда</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>team {team} has a head of mission or VIP, who stays in the capital, but the mission has no Nur-Sultan stations</source>
        <translation>в команде {team} руководитель миссии или VIP, который остаётся в столице, но в миссии нет участков Нур-Султана</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} must-cover areas still need a team but only {free} teams are free (others are fixed or kept in the capital)</source>
        <translation>обязательным районам ещё нужны команды: {count}, а свободных команд всего {free} (остальные заданы вручную или остаются в столице)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>team {team} is entered for area {area}, which has no stations</source>
        <translation>команда {team} направлена в район {area}, где нет участков</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>declared area {area} ({region}) has no polling stations: no station of the region has settlement {area}</source>
        <translation>в заявленном районе {area} ({region}) нет избирательных участков: ни у одного участка региона не указан населённый пункт {area}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>planning stopped on an unexpected error:</source>
        <translation>планирование остановлено из-за непредвиденной ошибки:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>say what happened: a delay, a closed station, a cut road or a lost team (or which areas to re-plan)</source>
        <translation>укажите, что произошло: задержка, закрытый участок, перекрытая дорога или выбывшая команда (или какие районы перепланировать)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the time limit must be positive, not {limit}</source>
        <translation>ограничение времени должно быть положительным, а указано {limit}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the plan was made for mission {plan}, not {mission}</source>
        <translation>план сделан для миссии {plan}, а не {mission}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>now must be a wall-clock time or a datetime with its time zone</source>
        <translation>текущее время должно быть временем суток или датой и временем с часовым поясом</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{day} is not an observation day of mission {mission}</source>
        <translation>{day} не является днём наблюдения миссии {mission}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown area(s) {areas} (the mission&apos;s areas: {known})</source>
        <translation>неизвестные районы: {areas} (районы миссии: {known})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the plan was made with the travel-time table {path}: give it again (read_travel_table, or --travel-matrix), or the re-plan would use estimated travel times</source>
        <translation>план сделан с таблицей времени в пути {path}: укажите её снова (read_travel_table или --travel-matrix), иначе при перепланировании будет использовано расчётное время в пути</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the plan has days {days}: say which one to re-plan</source>
        <translation>в плане несколько дней ({days}): укажите, какой перепланировать</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the plan has no routes on {day} (its days: {days})</source>
        <translation>в плане нет маршрутов на {day} (его дни: {days})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the plan has no routes on {day}</source>
        <translation>в плане нет маршрутов на {day}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown team {team} (the plan&apos;s teams: {teams})</source>
        <translation>неизвестная команда {team} (команды плана: {teams})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>team {team} has no route on {day}</source>
        <translation>у команды {team} нет маршрута на {day}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a delay is 1 to 1440 minutes, not {minutes}</source>
        <translation>задержка — от 1 до 1440 минут, а указано {minutes}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown station {station}: the mission has no such station</source>
        <translation>неизвестный участок {station}: в миссии нет такого участка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown station(s) {stations}: the mission has no such station</source>
        <translation>неизвестные участки: {stations}; в миссии нет таких участков</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown place {place} in the road cut: give station or base ids</source>
        <translation>неизвестное место {place} в перекрытии дороги: укажите идентификаторы участков или баз</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a road joins two places, not {place} to itself</source>
        <translation>дорога соединяет два разных места, а не {place} с самим собой</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a slowed road takes some minutes more, not {minutes}</source>
        <translation>на замедленной дороге время в пути увеличивается на несколько минут, а указано {minutes}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>teams {teams} are deployed to areas the mission does not have (edited since planning?)</source>
        <translation>команды {teams} направлены в районы, которых нет в миссии (её изменили после планирования?)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{now} is after the end of {day}: every route is over by {last}</source>
        <translation>{now} — уже после окончания дня {day}: все маршруты завершаются к {last}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown team {team}: the plan has no such team</source>
        <translation>неизвестная команда {team}: в плане нет такой команды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>team {team} is deployed to {area}, an area the mission does not have (edited since planning?)</source>
        <translation>команда {team} направлена в район {area}, которого нет в миссии (её изменили после планирования?)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the password is empty</source>
        <translation>пароль пуст</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>--password needs the optional package msoffcrypto-tool: pip install msoffcrypto-tool (or pip install &apos;missionplanner[export]&apos;)</source>
        <translation>для --password нужен дополнительный пакет msoffcrypto-tool: pip install msoffcrypto-tool (или pip install &apos;missionplanner[export]&apos;)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reading encrypted workbooks needs msoffcrypto-tool</source>
        <translation>для чтения зашифрованных книг Excel нужен пакет msoffcrypto-tool</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the export stopped on an unexpected error:</source>
        <translation>экспорт остановлен из-за непредвиденной ошибки:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no country preset for {country}; presets: {known}</source>
        <translation>нет настроек страны для {country}; есть настройки: {known}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} points: travel matrices are built per area (at most {most})</source>
        <translation>точек: {count}; таблицы времени в пути строятся по районам (не более {most} точек)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected at least one observation day</source>
        <translation>нужен хотя бы один день наблюдения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the election day {day} is not one of the observation days</source>
        <translation>день выборов {day} не входит в дни наблюдения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file} holds {count} files inside its zip; the limit for a workbook is {limit}</source>
        <translation>{file}: внутри архива {count} файлов; для книги Excel допускается не больше {limit}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file} unpacks to {size} MB (its part {part} alone to {part_size} MB); the limit for a workbook&apos;s uncompressed size is {limit} MB</source>
        <translation>{file}: в распакованном виде книга занимает {size} МБ (одна её часть {part} — {part_size} МБ); допускается не больше {limit} МБ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file} holds more than {limit} shared strings; the limit is {limit} cells</source>
        <translation>{file}: в книге больше {limit} строк общего словаря (shared strings); допускается не больше {limit} ячеек</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file} is not a readable .xlsx workbook (a damaged zip file)</source>
        <translation>{file}: не удаётся прочитать книгу .xlsx (архив zip повреждён)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file} is not a readable .xlsx workbook ({error})</source>
        <translation>{file}: не удаётся прочитать книгу .xlsx ({error})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file} is a damaged .xlsx workbook ({error})</source>
        <translation>{file}: книга .xlsx повреждена ({error})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file} is empty: expected a spreadsheet (.xlsx) or a CSV file</source>
        <translation>{file}: файл пуст; ожидается таблица Excel (.xlsx) или файл CSV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file} is a password-protected (encrypted) workbook: remove the password in Excel (File &gt; Info &gt; Protect Workbook) and save it again; `actuals` reads it with --password -</source>
        <translation>{file}: книга защищена паролем (зашифрована); снимите пароль в Excel («Файл» &gt; «Сведения» &gt; «Защита книги») и сохраните её заново; команда `actuals` читает такую книгу с параметром --password -</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file} is an old Excel 97-2003 workbook (.xls) or another OLE file: open it in Excel or LibreOffice and save it as .xlsx (or as CSV)</source>
        <translation>{file}: это книга старого формата Excel 97–2003 (.xls) или другой файл OLE; откройте её в Excel или LibreOffice и сохраните как .xlsx (или как CSV)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file} is not an .xlsx workbook (it is not a zip archive)</source>
        <translation>{file}: это не книга .xlsx (файл не является архивом zip)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file}, sheet {sheet}: more than {limit} filled cells; the limit for one file is {limit} cells</source>
        <translation>{file}, лист {sheet}: заполнено больше {limit} ячеек; в одном файле допускается не больше {limit} ячеек</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file}, sheet {sheet}: more than {limit} rows; the limit is {limit} rows</source>
        <translation>{file}, лист {sheet}: больше {limit} строк; допускается не больше {limit} строк</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file}, sheet {sheet}, row {row}: a cell in column {column}; the limit is {limit} columns</source>
        <translation>{file}, лист {sheet}, строка {row}: заполнена ячейка в столбце {column}; допускается не больше {limit} столбцов</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file}, sheet {sheet}, row {row}, column {column}: {count} characters; the limit for one cell&apos;s text is {limit} (Excel&apos;s own)</source>
        <translation>{file}, лист {sheet}, строка {row}, столбец {column}: {count} символов; в одной ячейке допускается не больше {limit} (предел самого Excel)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file} cannot be read as text: {why}. Save it from Excel as .xlsx, or as &apos;CSV UTF-8&apos; or plain CSV in a Russian or Kazakh Windows locale (Windows-1251)</source>
        <translation>{file}: файл не читается как текст: {why}. Сохраните его из Excel как .xlsx, или как «CSV UTF-8», или как обычный CSV в русской или казахской версии Windows (Windows-1251)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it starts like UTF-16 but byte {byte} is not</source>
        <translation>начало файла — в кодировке UTF-16, но байт {byte} ей не соответствует</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it starts like UTF-8 but byte {byte} is not</source>
        <translation>начало файла — в кодировке UTF-8, но байт {byte} ей не соответствует</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it holds NUL bytes, so it is a binary file, not a CSV</source>
        <translation>в нём есть нулевые байты (NUL), значит, это двоичный файл, а не CSV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>byte {byte} is not UTF-8, and byte {other} ({code}) is not Windows-1251 either</source>
        <translation>байт {byte} не соответствует UTF-8, а байт {other} ({code}) — и Windows-1251</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>byte {byte} is not UTF-8, and read as Windows-1251 it is not Russian or Kazakh text (another code page?)</source>
        <translation>байт {byte} не соответствует UTF-8, а в кодировке Windows-1251 получается не русский и не казахский текст (другая кодовая страница?)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file} has more than {limit} rows; split it</source>
        <translation>{file}: больше {limit} строк; разделите файл на части</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file}, line {line}: more than {limit} cells; the limit for one file is {limit} cells</source>
        <translation>{file}, строка {line}: больше {limit} ячеек; в одном файле допускается не больше {limit} ячеек</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file}, line {line}: not valid CSV ({error})</source>
        <translation>{file}, строка {line}: ошибка в формате CSV ({error})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file}, line {line}: {count} columns; the limit is {limit} columns</source>
        <translation>{file}, строка {line}: {count} столбцов; допускается не больше {limit}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file}, line {line}, column {column}: {count} characters; the limit for one cell&apos;s text is {limit}</source>
        <translation>{file}, строка {line}, столбец {column}: {count} символов; в одной ячейке допускается не больше {limit}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>read {file} as {encoding} text separated by {separator}</source>
        <translation>{file} прочитан как текст в кодировке {encoding} с разделителем {separator}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>read {file} as {encoding} text separated by tabs</source>
        <translation>{file} прочитан как текст в кодировке {encoding} с разделителем «табуляция»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file} has no data: every cell is empty</source>
        <translation>{file}: в файле нет данных, все ячейки пусты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in its first rows</source>
        <comment>where a header row was looked for</comment>
        <translation>в первых строках файла</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in the first rows of any sheet (sheets found: {sheets})</source>
        <translation>в первых строках ни одного листа (листы: {sheets})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file}: no header row of a polling station list {where}; expected a row with the columns {columns}</source>
        <translation>{file}: не найдена строка заголовков списка участков {where}; ожидается строка со столбцами {columns}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file}: no header row of an observer list {where}; expected a row with the columns {columns}</source>
        <translation>{file}: не найдена строка заголовков списка наблюдателей {where}; ожидается строка со столбцами {columns}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file}: no header row of a settlement list {where}; expected a row with the columns {columns}</source>
        <translation>{file}: не найдена строка заголовков списка населённых пунктов {where}; ожидается строка со столбцами {columns}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file}: no header row of a submission list {where}; expected a row with the columns {columns}</source>
        <translation>{file}: не найдена строка заголовков выгрузки ответов формы {where}; ожидается строка со столбцами {columns}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file}: no polling stations below the header ({where}); an untouched template? Fill in one row per polling station below the header</source>
        <translation>{file}: под заголовком нет ни одного участка ({where}); может быть, это незаполненный шаблон? Заполните под заголовком по одной строке на участок</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file}: no observers below the header ({where}); an untouched template? Fill in one row per observer below the header</source>
        <translation>{file}: под заголовком нет ни одного наблюдателя ({where}); может быть, это незаполненный шаблон? Заполните под заголовком по одной строке на наблюдателя</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file}: no settlements below the header ({where}); an untouched template? Fill in one row per settlement below the header</source>
        <translation>{file}: под заголовком нет ни одного населённого пункта ({where}); может быть, это незаполненный шаблон? Заполните под заголовком по одной строке на населённый пункт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file}: no submissions below the header ({where}); an untouched template? Fill in one row per submission below the header</source>
        <translation>{file}: под заголовком нет ни одного ответа формы ({where}); может быть, это незаполненный шаблон? Заполните под заголовком по одной строке на ответ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file}: {count} problems; nothing was imported:</source>
        <translation>{file}: ошибок: {count}; ничего не импортировано:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file}: 1 problem; nothing was imported:</source>
        <translation>{file}: 1 ошибка; ничего не импортировано:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>header on row {row}</source>
        <translation>заголовок в строке {row}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sheet {sheet}, header on row {row}</source>
        <translation>лист {sheet}, заголовок в строке {row}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{where}: skipped, its header lacks required columns</source>
        <translation>{where}: пропущено, в заголовке нет обязательных столбцов</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{where}: skipped, nothing below the header</source>
        <translation>{where}: пропущено, под заголовком ничего нет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{where}: columns not imported: {columns}</source>
        <translation>{where}: не импортированы столбцы: {columns}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{where}: skipped the header repeated on {rows}</source>
        <translation>{where}: пропущен повтор заголовка ({rows})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{where}: skipped totals on {rows}</source>
        <translation>{where}: пропущены итоги ({rows})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rows {rows}</source>
        <translation>строки {rows}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rows {rows} and {more} more</source>
        <translation>строки {rows} и ещё {more}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>holds a formula ({formula}), which is not evaluated on import: expected a value (copy the column and paste values only)</source>
        <translation>в ячейке формула ({formula}), при импорте формулы не вычисляются; нужно значение (скопируйте столбец и вставьте только значения)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the polling station&apos;s number (unique within its commission)</source>
        <comment>what a required column holds, as in &apos;missing required column Number (expected ...)&apos;</comment>
        <translation>номер избирательного участка (уникальный в пределах комиссии)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the region (oblast or city of republican significance), in English, Russian or Kazakh</source>
        <comment>what a required column holds, as in &apos;missing required column Number (expected ...)&apos;</comment>
        <translation>область или город республиканского значения — по-английски, по-русски или по-казахски</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>full name</source>
        <comment>what a required column holds, as in &apos;missing required column Number (expected ...)&apos;</comment>
        <translation>фамилия, имя, отчество</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>country, in English or Russian (stored in English)</source>
        <comment>what a required column holds, as in &apos;missing required column Number (expected ...)&apos;</comment>
        <translation>страна — по-русски или по-английски (сохраняется по-английски)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>decimal degrees north</source>
        <comment>what a required column holds, as in &apos;missing required column Number (expected ...)&apos;</comment>
        <translation>градусы северной широты (десятичная дробь)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>decimal degrees east</source>
        <comment>what a required column holds, as in &apos;missing required column Number (expected ...)&apos;</comment>
        <translation>градусы восточной долготы (десятичная дробь)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the team&apos;s id</source>
        <comment>what a required column holds, as in &apos;missing required column Number (expected ...)&apos;</comment>
        <translation>код команды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the station&apos;s id</source>
        <comment>what a required column holds, as in &apos;missing required column Number (expected ...)&apos;</comment>
        <translation>ID участка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>arrival at the station</source>
        <comment>what a required column holds, as in &apos;missing required column Number (expected ...)&apos;</comment>
        <translation>время прибытия на участок</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected urban or rural</source>
        <translation>ожидается «город» или «село» (urban или rural)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected regular, closed or abroad</source>
        <translation>ожидается «обычный», «закрытый» или «за рубежом» (regular, closed или abroad)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected observer, head, vip or staff</source>
        <translation>ожидается «наблюдатель», «руководитель», «vip» или «сотрудник» (observer, head, vip или staff)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected female or male (Ж/М)</source>
        <translation>ожидается «женский» или «мужской» (Ж/М)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected yes or no</source>
        <translation>ожидается «да» или «нет»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected a WKT point like POINT(76.9286 43.2567) (longitude latitude)</source>
        <translation>ожидается точка WKT вида POINT(76.9286 43.2567) (долгота, затем широта)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected a number of voters of 0 or more</source>
        <translation>ожидается число избирателей не меньше 0</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected languages as ISO 639 codes (ru, kk, en, ro) or names (русский, English, Romanian) separated by commas; {word} is not one</source>
        <translation>ожидаются языки через запятую — кодами ISO 639 (ru, kk, en, ro) или названиями (русский, английский, румынский); {word} не распознан как язык</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected observation days of this mission ({days}); {wrong} is not one</source>
        <translation>ожидаются дни наблюдения этой миссии ({days}); {wrong} — не день наблюдения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the place&apos;s name</source>
        <translation>название населённого пункта</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the latitude</source>
        <translation>широту</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the longitude</source>
        <translation>долготу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected one of the mission&apos;s regions, but the mission has no regions yet: add them first</source>
        <translation>ожидается один из регионов миссии, но в миссии ещё нет регионов: сначала добавьте их</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>--region {name}: {message}</source>
        <translation>--region {name}: {message}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>missing required column {column}: the list gives {given} without it (headers accepted: {headers}, ...)</source>
        <translation>нет обязательного столбца {column}: в списке есть столбец {given}, но нет его пары (допустимые заголовки: {headers}, ...)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>number {number} appears again at row {row} (first on {where}) in {region}, and the list names no commission: is this a second region? Add a Region (or Commission) column, or import each region&apos;s list with --region</source>
        <translation>номер {number} повторяется в строке {row} (впервые — {where}) в регионе {region}, а комиссии в списке не указаны: может быть, это уже другой регион? Добавьте столбец «Область» (или «Территориальная комиссия») или импортируйте список каждого региона отдельно с --region</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>station {number} of commission {commission} is already in the mission as station {other}: expected a new number, or that ID (in an ID column) to replace it</source>
        <translation>участок № {number} комиссии {commission} уже есть в миссии как участок {other}: нужен новый номер или этот ID (в столбце ID), чтобы заменить участок</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>station {number} of region {region} is already in the mission as station {other}: expected a new number, or that ID (in an ID column) to replace it</source>
        <translation>участок № {number} региона {region} уже есть в миссии как участок {other}: нужен новый номер или этот ID (в столбце ID), чтобы заменить участок</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} of {total} rows look swapped: their latitude and longitude fit the country the other way round. Import with --map &quot;{mapping}&quot;</source>
        <translation>в {count} из {total} строк широта и долгота, похоже, перепутаны: точки попадают в страну, если их поменять местами. Импортируйте с --map &quot;{mapping}&quot;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} of {total} rows look swapped: their latitude and longitude fit the country the other way round. X is read as the longitude and Y as the latitude (as GIS tools write them); if X holds latitudes here (the Russian surveying convention), import with --map &quot;{mapping}&quot;</source>
        <translation>в {count} из {total} строк широта и долгота, похоже, перепутаны: точки попадают в страну, если их поменять местами. X читается как долгота, Y — как широта (так их записывают ГИС); если здесь в X широта (как принято в российской геодезии), импортируйте с --map &quot;{mapping}&quot;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} stations without coordinates placed at their settlement or city centre and marked approximate (see each station&apos;s placed_by)</source>
        <translation>участки без координат ({count}) размещены в своих населённых пунктах или в центре города и помечены как приблизительные (см. placed_by каждого участка)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 station without coordinates placed at its settlement or city centre and marked approximate (see the station&apos;s placed_by)</source>
        <translation>1 участок без координат размещён в своём населённом пункте или в центре города и помечен как приблизительный (см. его placed_by)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot place the station: {why}</source>
        <translation>не удаётся разместить участок: {why}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} {what} are called {name}: {places}; {hint}</source>
        <translation>название {name} носят несколько мест ({what}: {count}): {places}; {hint}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>settlements</source>
        <comment>as in &apos;3 settlements are called Kirovka&apos;</comment>
        <translation>населённые пункты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>regions</source>
        <comment>as in &apos;2 regions are called Almaty&apos;</comment>
        <translation>регионы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>capitals</source>
        <comment>as in &apos;2 capitals are called Victoria&apos;</comment>
        <translation>столицы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>give the coordinates</source>
        <comment>what to do when several places share a name</comment>
        <translation>укажите координаты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name the region</source>
        <comment>what to do when several places share a name</comment>
        <translation>укажите регион</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no coordinates and no settlement or address to place the station by: expected Latitude and Longitude, or a Settlement column</source>
        <translation>нет координат, а разместить участок не по чему: нет ни населённого пункта, ни адреса; нужны широта и долгота или столбец «Населённый пункт»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no coordinates, and {names} is not a settlement of {region} in {table}: expected Latitude and Longitude, or a known settlement (or give a settlements table)</source>
        <translation>нет координат, а {names} — не населённый пункт региона {region} ({table}); нужны широта и долгота или известный населённый пункт (или укажите таблицу населённых пунктов)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} places of the settlements table</source>
        <translation>в таблице населённых пунктов мест: {count}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no settlements table for this country</source>
        <translation>для этой страны нет таблицы населённых пунктов</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no coordinates for a station abroad, and neither its settlement nor its address names a capital or country: expected Latitude and Longitude</source>
        <translation>у зарубежного участка нет координат, а ни населённый пункт, ни адрес не называют столицу или страну; нужны широта и долгота</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>latitude and longitude look swapped: ({lat}, {lon}) is outside {country}, ({lon}, {lat}) is inside; expected latitude {south}–{north} and longitude {west}–{east}</source>
        <translation>широта и долгота, похоже, перепутаны: точка ({lat}, {lon}) вне страны {country}, а ({lon}, {lat}) — внутри; ожидается широта {south}–{north} и долгота {west}–{east}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected a place in {country} ({box}), got ({lat}, {lon}); stations abroad belong to the mission&apos;s abroad region</source>
        <translation>ожидается точка в стране {country} ({box}), а указано ({lat}, {lon}); зарубежные участки относятся к зарубежному региону миссии</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file}: {count} problems; nothing was imported; the full list is in {report} (--skip-bad-rows imports the good rows):</source>
        <translation>{file}: ошибок: {count}; ничего не импортировано; полный список — в файле {report} (--skip-bad-rows импортирует строки без ошибок):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file}: 1 problem; nothing was imported; the full list is in {report} (--skip-bad-rows imports the good rows):</source>
        <translation>{file}: 1 ошибка; ничего не импортировано; полный список — в файле {report} (--skip-bad-rows импортирует строки без ошибок):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file}: {count} problems; nothing was imported; the full list could not be written beside the file (--skip-bad-rows imports the good rows):</source>
        <translation>{file}: ошибок: {count}; ничего не импортировано; полный список не удалось записать рядом с файлом (--skip-bad-rows импортирует строки без ошибок):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file}: 1 problem; nothing was imported; the full list could not be written beside the file (--skip-bad-rows imports the good rows):</source>
        <translation>{file}: 1 ошибка; ничего не импортировано; полный список не удалось записать рядом с файлом (--skip-bad-rows импортирует строки без ошибок):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>skipped {rows} rows with {problems} problems</source>
        <translation>пропущены строки с ошибками (строк: {rows}, ошибок: {problems})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>skipped 1 row with {problems} problems</source>
        <translation>пропущена строка с ошибками (1 строка, ошибок: {problems})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>skipped 1 row with 1 problem</source>
        <translation>пропущена строка с ошибкой (1 строка, 1 ошибка)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{what}; every one is listed in {report}</source>
        <translation>{what}; все они перечислены в файле {report}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file}: the mission would not be valid; nothing was imported:</source>
        <translation>{file}: миссия стала бы некорректной; ничего не импортировано:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{added} stations added, {replaced} replaced</source>
        <translation>участков добавлено: {added}, заменено: {replaced}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{added} observers added, {replaced} replaced</source>
        <translation>наблюдателей добавлено: {added}, заменено: {replaced}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 station added, {replaced} replaced</source>
        <translation>участков добавлено: 1, заменено: {replaced}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 observer added, {replaced} replaced</source>
        <translation>наблюдателей добавлено: 1, заменено: {replaced}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nationalities kept as written (not in the list of known countries): {names}</source>
        <translation>гражданство оставлено как написано (этих стран нет в списке известных): {names}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>row {row}: {message}</source>
        <translation>строка {row}: {message}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rows {rows}: {message}</source>
        <translation>строки {rows}: {message}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rows {rows} and {more} more: {message}</source>
        <translation>строки {rows} и ещё {more}: {message}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sheet {sheet}, row {row}: {message}</source>
        <translation>лист {sheet}, строка {row}: {message}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sheet {sheet}, rows {rows}: {message}</source>
        <translation>лист {sheet}, строки {rows}: {message}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sheet {sheet}, rows {rows} and {more} more: {message}</source>
        <translation>лист {sheet}, строки {rows} и ещё {more}: {message}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>one point ({lat}, {lon}) shared by {count} stations: a fallback point rather than their buildings? Check their coordinates</source>
        <translation>в одной точке ({lat}, {lon}) несколько участков ({count}): скорее условная точка, чем их здания? Проверьте координаты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>at {distance} km from the middle of {others} (their median distance is {typical} km): check its coordinates</source>
        <translation>в {distance} км от центра, вокруг которого расположены {others}; их медианное расстояние до него — {typical} км. Проверьте координаты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the other stations of {name}</source>
        <translation>остальные участки ({name})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file} is a password-protected (encrypted) workbook: give its password with --password - (or --password-file, --password-env)</source>
        <translation>{file}: книга защищена паролем (зашифрована); укажите пароль с --password - (или --password-file, --password-env)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file} cannot be decrypted with this password ({error})</source>
        <translation>{file}: с этим паролем книгу не удаётся расшифровать ({error})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file}: no &apos;visited at&apos; time is filled in; nothing to import</source>
        <translation>{file}: не заполнено ни одно время посещения; импортировать нечего</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file}: read as form submissions</source>
        <translation>{file}: прочитан как ответы формы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file}: read as route sheets</source>
        <translation>{file}: прочитан как маршрутные листы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the plan has no route of team {team} on {day}</source>
        <translation>в плане нет маршрута команды {team} на {day}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{message}, found {value}</source>
        <translation>{message}, а указано {value}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>visit {visit} of team {team} on {day} is already reported at {time} ({where})</source>
        <translation>посещение {visit} команды {team} на {day} уже отмечено временем {time} ({where})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>team {team} on {day} has no planned visit to station {station}: actuals record planned visits only</source>
        <translation>у команды {team} на {day} нет запланированного посещения участка {station}: фактические данные вносятся только для запланированных посещений</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>team {team} on {day} has no planned visit to station {station} for {activity}: actuals record planned visits only</source>
        <translation>у команды {team} на {day} нет запланированного посещения участка {station} (цель: {activity}): фактические данные вносятся только для запланированных посещений</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected a time like 10:35, not a formula</source>
        <translation>ожидается время вида 10:35, а не формула</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected a time like 10:35 or 2019-06-09T10:35+06:00</source>
        <translation>ожидается время вида 10:35 или 2019-06-09T10:35+06:00</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected a time on {day} (or the night after)</source>
        <translation>ожидается время в течение {day} (или следующей ночи)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>team {team} on {day} has {count} visits; there is no visit {order}</source>
        <translation>у команды {team} на {day} посещений: {count}; посещения {order} нет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>visit {order} of team {team} on {day} is station {station}, not {reported} (rows re-numbered, or a sheet of another plan?)</source>
        <translation>посещение {order} команды {team} на {day} — это участок {station}, а не {reported} (строки перенумерованы или лист от другого плана?)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the row names no station (its Station ID and Station No. are empty or their columns were deleted): a visit is matched by its station, not by its row</source>
        <translation>в строке не указан участок (ячейки ID участка и № участка пусты или их столбцы удалены): посещение определяется по участку, а не по номеру строки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the row gives only the station number {number}; give the mission file to check it against, or keep the Station ID column</source>
        <translation>в строке указан только номер участка {number}; укажите файл миссии, чтобы его проверить, или сохраните столбец ID участка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>visit {order} of team {team} on {day} is station No. {expected} ({station}), not No. {number} (rows re-numbered, or a sheet of another team?)</source>
        <translation>посещение {order} команды {team} на {day} — это участок № {expected} ({station}), а не № {number} (строки перенумерованы или лист другой команды?)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the sheet says team {team}, but its stations are those of team {owners} on {day} (was the Team cell changed?); nothing of it is credited to either team</source>
        <translation>на листе указана команда {team}, но участки на нём — команды {owners} на {day} (ячейку «Команда» изменили?); ничего с этого листа не засчитано ни одной из команд</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>visit {visit} of team {team} on {day} ({station}) is reported at {time}, before visit {earlier} ({earlier_station}) at {earlier_time}: times out of visiting order</source>
        <translation>посещение {visit} команды {team} на {day} ({station}) отмечено в {time}, раньше посещения {earlier} ({earlier_station}) в {earlier_time}: время не соответствует порядку посещений</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected the team&apos;s id right of the label</source>
        <translation>справа от подписи должен быть код команды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{message} right of the label</source>
        <translation>{message} (справа от подписи)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected the visit&apos;s number, not a formula</source>
        <translation>ожидается номер посещения, а не формула</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected the visit&apos;s number (a time is filled in on a row without one)</source>
        <translation>нужен номер посещения (время заполнено в строке без номера)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected {what}, found {found}</source>
        <translation>нужно указать {what}, а здесь {found}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the team</source>
        <comment>as in &apos;expected the team, found nothing&apos;</comment>
        <translation>команду</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the station</source>
        <comment>as in &apos;expected the station, found nothing&apos;</comment>
        <translation>участок</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the visited at</source>
        <comment>the &apos;visited at&apos; column, as in &apos;expected the visited at, found nothing&apos;</comment>
        <translation>время прибытия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a formula</source>
        <comment>as in &apos;expected the team, found a formula&apos;</comment>
        <translation>формула</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nothing</source>
        <comment>as in &apos;expected the team, found nothing&apos;</comment>
        <translation>пусто</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected opening, voting, closing or pre_election, found {value}</source>
        <translation>ожидается opening, voting, closing или pre_election (открытие, голосование, закрытие или досрочное голосование), а указано {value}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected the observation day, found {value}</source>
        <translation>ожидается день наблюдения, а указано {value}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no column for {place}</source>
        <translation>нет столбца для {place}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no row for {place}</source>
        <translation>нет строки для {place}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file}: the travel-time matrix does not cover the places</source>
        <translation>{file}: в матрице времени в пути есть не все нужные места</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file}: the travel-time matrix is empty</source>
        <translation>{file}: матрица времени в пути пуста</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no rows</source>
        <translation>нет ни одной строки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>place {place} heads two columns</source>
        <translation>место {place} стоит в заголовке двух столбцов</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>place {place} heads two rows</source>
        <translation>место {place} стоит в заголовке двух строк</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file}: the travel-time matrix names a place twice</source>
        <translation>{file}: в матрице времени в пути одно место названо дважды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{a} -&gt; {b}: expected minutes (a number &gt;= 0), got {value}</source>
        <translation>{a} -&gt; {b}: ожидаются минуты (число &gt;= 0), а указано {value}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file}: the travel-time matrix has bad cells</source>
        <translation>{file}: в матрице времени в пути есть неверные ячейки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file does not exist</source>
        <translation>файла не существует</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file}: cannot be read</source>
        <translation>{file}: не удаётся прочитать файл</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file}, row {row}: more than {limit} columns; the limit is {limit} columns</source>
        <translation>{file}, строка {row}: больше {limit} столбцов; допускается не больше {limit}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file}: more than {limit} cells; the limit for one file is {limit} cells</source>
        <translation>{file}: больше {limit} ячеек; в одном файле допускается не больше {limit} ячеек</translation>
    </message>
    <message>
        <location line="-389"/>
        <source>{field}: {message}</source>
        <comment>a field of a mission file or of an item, and what is wrong with it</comment>
        <translation>{field}: {message}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{message} (got {value})</source>
        <translation>{message} (получено {value})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected a valid {field}: {message}</source>
        <comment>{field} is the name of a column&apos;s field, as &apos;lat&apos; or &apos;voters&apos;</comment>
        <translation>неверное значение поля {field}: {message}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected a valid row: {message}</source>
        <translation>неверная строка: {message}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>required field is missing</source>
        <translation>нет обязательного поля</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown field (a typo?)</source>
        <translation>неизвестное поле (опечатка?)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected {limit} or more</source>
        <translation>ожидалось {limit} или больше</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected {limit} or less</source>
        <translation>ожидалось {limit} или меньше</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected more than {limit}</source>
        <translation>ожидалось больше {limit}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected less than {limit}</source>
        <translation>ожидалось меньше {limit}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected yes or no (true or false)</source>
        <translation>ожидалось «да» или «нет» (true или false)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected text</source>
        <translation>ожидался текст</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected at least {count} character(s)</source>
        <translation>ожидалось символов: не менее {count}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected at most {count} character(s)</source>
        <translation>ожидалось символов: не более {count}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected text of the form {pattern}</source>
        <translation>ожидался текст вида {pattern}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected at least {count} item(s), found {found}</source>
        <translation>ожидалось элементов: не менее {count}, найдено {found}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected at most {count} item(s), found {found}</source>
        <translation>ожидалось элементов: не более {count}, найдено {found}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected a list</source>
        <translation>ожидался список</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected a group of fields (a JSON object)</source>
        <translation>ожидалась группа полей (объект JSON)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected one of {choices}</source>
        <translation>ожидалось одно из значений: {choices}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected a date like 2021-01-10</source>
        <translation>ожидалась дата вида 2021-01-10</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected a date and time like 2021-01-10T07:00</source>
        <translation>ожидались дата и время вида 2021-01-10T07:00</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not valid JSON: {error}</source>
        <comment>{error} is the JSON reader&apos;s own English description</comment>
        <translation>неверный JSON: {error}</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="errors.py" line="+125"/>
        <source>sheet {sheet}</source>
        <translation>лист {sheet}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>row {row}</source>
        <translation>строка {row}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>column {column}</source>
        <translation>столбец {column}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>... and {count} more</source>
        <translation>... и ещё {count}</translation>
    </message>
</context>
<context>
    <name>ExportController</name>
    <message>
        <location filename="../exporting.py" line="+105"/>
        <source>Cancelling the export…</source>
        <translation>Отмена экспорта…</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>mission file</source>
        <translation>файл миссии</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>plan file</source>
        <translation>файл плана</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the export</source>
        <translation>экспорт</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot export there</source>
        <translation>Туда экспортировать нельзя</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot export now</source>
        <translation>Сейчас экспорт невозможен</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Another export is still being written: wait for it to finish or cancel it.</source>
        <translation>Ещё идёт запись другого экспорта: дождитесь его окончания или отмените его.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Writing {name}…</source>
        <translation>Запись {name}…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Import Actuals</source>
        <translation>Импорт фактических посещений</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Route sheets or form submissions (*.xlsx *.csv)</source>
        <translation>Маршрутные листы или ответы формы (*.xlsx *.csv)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Encrypted Workbook</source>
        <translation>Зашифрованная книга</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} is protected by a password:</source>
        <translation>{name} защищён паролем:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reading {name}…</source>
        <translation>Чтение {name}…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Export cancelled: {path} was left as it was.</source>
        <translation>Экспорт отменён: {path} оставлен без изменений.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The mission workbook was written with {count} route sheets.</source>
        <translation>Книга миссии записана: маршрутных листов — {count}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} team workbooks were written.</source>
        <translation>Записано книг команд: {count}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The form was written with {count} station choices.</source>
        <translation>Форма записана: вариантов участков — {count}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} PDF files of route sheets were written.</source>
        <translation>Записано PDF-файлов маршрутных листов: {count}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export Finished</source>
        <translation>Экспорт завершён</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The plan changed while reading the actuals: they were not applied.</source>
        <translation>План изменился во время чтения фактических данных: они не применены.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import actuals from {name} ({count} visits)</source>
        <translation>Импорт фактических посещений из {name} ({count})</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot import actuals</source>
        <translation>Не удалось импортировать фактические посещения</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export failed</source>
        <translation>Экспорт не удался</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../dialogs/export.py" line="+37"/>
        <source>Export Mission Workbook</source>
        <translation>Экспорт книги миссии</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export Per-Team Workbooks</source>
        <translation>Экспорт книг для команд</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export ODK/Kobo Form</source>
        <translation>Экспорт формы ODK/Kobo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export Route Sheets (PDF)</source>
        <translation>Экспорт маршрутных листов (PDF)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One Excel workbook: summary, roster, stations and a route sheet per team and day.</source>
        <translation>Одна книга Excel: сводка, состав команд, участки и маршрутный лист на каждую команду и день.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One workbook per team with its roster lines and route sheets, for sending to each team. The folder is replaced as a whole.</source>
        <translation>По книге на команду — её состав и маршрутные листы — для рассылки командам. Папка заменяется целиком.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An XLSForm offering each team its planned stations: upload it to KoboToolbox or ODK Central.</source>
        <translation>Форма XLSForm, предлагающая каждой команде её участки: загрузите её в KoboToolbox или ODK Central.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Printable route sheets, a page per team and day with its map: every team in one PDF, and/or one PDF per team (each team sees only its own stations).</source>
        <translation>Маршрутные листы для печати, страница на команду и день с картой: все команды в одном PDF и/или отдельный PDF для каждой команды (каждая видит только свои участки).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Browse…</source>
        <translation>Обзор…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Folder:</source>
        <translation>Папка:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>File:</source>
        <translation>Файл:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Language:</source>
        <translation>Язык:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All teams in one file, and one file per team</source>
        <translation>Все команды в одном файле и по файлу на команду</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All teams in one file</source>
        <translation>Все команды в одном файле</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One file per team (need to know)</source>
        <translation>По файлу на команду (только своё)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Files:</source>
        <translation>Файлы:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>none: the workbooks open without one</source>
        <translation>нет: книги открываются без пароля</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Password:</source>
        <translation>Пароль:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repeat password:</source>
        <translation>Повтор пароля:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export</source>
        <translation>Экспортировать</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Книги Excel (*.xlsx)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Say where to write.</source>
        <translation>Укажите, куда записать.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The two passwords differ.</source>
        <translation>Пароли не совпадают.</translation>
    </message>
</context>
<context>
    <name>ExportRunner</name>
    <message>
        <location filename="../exporting.py" line="-181"/>
        <source>The export process stopped unexpectedly (exit code {code}); the destination was left as it was.</source>
        <translation>Процесс экспорта неожиданно завершился (код выхода {code}); место назначения оставлено без изменений.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The export did not stop after Cancel and was ended; the destination was left as it was.</source>
        <translation>Экспорт не остановился после отмены и был прерван; место назначения оставлено без изменений.</translation>
    </message>
</context>
<context>
    <name>FileWatcher</name>
    <message>
        <location filename="../watcher.py" line="+72"/>
        <source>File removed</source>
        <translation>Файл удалён</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{names} was removed or renamed by another program. Your work is still open: save it to write the file again.</source>
        <translation>{names} удалён или переименован другой программой. Ваша работа по-прежнему открыта: сохраните её, чтобы записать файл снова.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>File changed on disk</source>
        <translation>Файл изменён на диске</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{names} was changed by another program.</source>
        <translation>{names} изменён другой программой.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reload</source>
        <translation>Перезагрузить</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keep Mine</source>
        <translation>Оставить мои</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reload shows the file as it is now; your unsaved changes are lost. Keep Mine keeps what you see; saving will overwrite the other program&apos;s changes.</source>
        <translation>«Перезагрузить» покажет файл в его нынешнем виде; несохранённые изменения будут потеряны. «Оставить мои» сохранит то, что вы видите; при сохранении изменения другой программы будут перезаписаны.</translation>
    </message>
</context>
<context>
    <name>Filters</name>
    <message>
        <location filename="../models/observers.py" line="+13"/>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All roles</source>
        <translation>Все роли</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nationality</source>
        <translation>Гражданство</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All nationalities</source>
        <translation>Все страны</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../models/visits.py" line="+40"/>
        <source>Team</source>
        <translation>Команда</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In a team or not</source>
        <translation>В команде или нет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In a team</source>
        <translation>В команде</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not in a team</source>
        <translation>Не в команде</translation>
    </message>
    <message>
        <location filename="../models/regions.py" line="+47"/>
        <location filename="../models/stations.py" line="+24"/>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../models/stations.py" line="+1"/>
        <source>All kinds</source>
        <translation>Все типы</translation>
    </message>
    <message>
        <location filename="../models/stations.py" line="-4"/>
        <location filename="../models/visits.py" line="+2"/>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../models/visits.py" line="+1"/>
        <source>All regions</source>
        <translation>Все регионы</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Flags</source>
        <translation>Нарушения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flagged or not</source>
        <translation>Нарушения: все</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flagged (must cover)</source>
        <translation>С нарушениями (обязательные)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not flagged</source>
        <translation>Без нарушений</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan</source>
        <translation>План</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planned or not</source>
        <translation>План: все</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planned</source>
        <translation>В плане</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not planned</source>
        <translation>Не в плане</translation>
    </message>
    <message>
        <location filename="../models/teams.py" line="+19"/>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../models/visits.py" line="-2"/>
        <source>All teams</source>
        <translation>Все команды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entered</source>
        <translation>Введены</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Formed by the plan</source>
        <translation>Сформированы планом</translation>
    </message>
    <message>
        <location filename="../models/visits.py" line="-5"/>
        <source>Day</source>
        <translation>День</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All days</source>
        <translation>Все дни</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Activity</source>
        <translation>Действие</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All activities</source>
        <translation>Все действия</translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <location filename="../panels/format.py" line="+22"/>
        <source>{part} of {whole}</source>
        <translation>{part} из {whole}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{part} of {whole} ({percent} %)</source>
        <translation>{part} из {whole} ({percent} %)</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../dialogs/import_preview.py" line="+95"/>
        <source>Import Stations</source>
        <translation>Импорт участков</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import Observers</source>
        <translation>Импорт наблюдателей</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>from the file&apos;s Region column</source>
        <translation>из столбца «Область» файла</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>from the file&apos;s Commission column</source>
        <translation>из столбца «Комиссия» файла</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import the good rows and leave out the bad ones</source>
        <translation>Импортировать верные строки, пропустив ошибочные</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Region of every row:</source>
        <translation>Регион всех строк:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commission of every row:</source>
        <translation>Комиссия всех строк:</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+4"/>
        <source>Sheet</source>
        <translation>Лист</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Header in the file</source>
        <translation>Заголовок в файле</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Imported as</source>
        <translation>Импортируется как</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Required</source>
        <translation>Обязательный</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Row</source>
        <translation>Строка</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Column</source>
        <translation>Столбец</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problem</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Copy</source>
        <translation>Копировать</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save as CSV…</source>
        <translation>Сохранить в CSV…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Columns</source>
        <translation>Столбцы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First rows</source>
        <translation>Первые строки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problems</source>
        <translation>Ошибки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import</source>
        <translation>Импортировать</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Reading {name}…</source>
        <translation>Чтение {name}…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>{rows} rows: {added} stations will be added, {replaced} replaced.</source>
        <translation>Строк: {rows}. Будет добавлено участков: {added}, заменено: {replaced}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{rows} rows: {added} observers will be added, {replaced} replaced.</source>
        <translation>Строк: {rows}. Будет добавлено наблюдателей: {added}, заменено: {replaced}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{skipped} rows with problems are left out.</source>
        <translation>Строк с ошибками пропущено: {skipped}.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%Ln problem(s): nothing will be imported. Fix the file (every problem is listed with its row and column) and import it again.</source>
        <translation>
            <numerusform>%Ln ошибка: ничего не будет импортировано. Исправьте файл (каждая ошибка указана со строкой и столбцом) и импортируйте его снова.</numerusform>
            <numerusform>%Ln ошибки: ничего не будет импортировано. Исправьте файл (каждая ошибка указана со строкой и столбцом) и импортируйте его снова.</numerusform>
            <numerusform>%Ln ошибок: ничего не будет импортировано. Исправьте файл (каждая ошибка указана со строкой и столбцом) и импортируйте его снова.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{rows} rows read.</source>
        <translation>Прочитано строк: {rows}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>not imported</source>
        <translation>не импортируется</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Problems ({count})</source>
        <translation>Ошибки ({count})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes ({count})</source>
        <translation>Заметки ({count})</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Save Problems</source>
        <translation>Сохранение списка ошибок</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot save</source>
        <translation>Не удалось сохранить</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../main_window.py" line="+53"/>
        <source>Mission files (*.json)</source>
        <translation>Файлы миссий (*.json)</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Search stations: number, commission, settlement…</source>
        <translation>Поиск участков: номер, комиссия, населённый пункт…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search observers: name, nationality, body…</source>
        <translation>Поиск наблюдателей: имя, гражданство, организация…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search teams: id, member, area…</source>
        <translation>Поиск команд: код, участник, район…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search regions…</source>
        <translation>Поиск регионов…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search visits: team, station, settlement…</source>
        <translation>Поиск посещений: команда, участок, населённый пункт…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stations</source>
        <translation>Участки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Observers</source>
        <translation>Наблюдатели</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Teams</source>
        <translation>Команды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regions</source>
        <translation>Регионы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visits</source>
        <translation>Посещения</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&lt;opened&gt;</source>
        <translation>&lt;открыто&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mission</source>
        <translation>Миссия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan summary</source>
        <translation>Сводка плана</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo history</source>
        <translation>История изменений</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;New Mission…</source>
        <translation>&amp;Новая миссия…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create a mission file step by step</source>
        <translation>Создать файл миссии по шагам</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open…</source>
        <translation>&amp;Открыть…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a mission file (and its plan)</source>
        <translation>Открыть файл миссии (и её план)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;Plan…</source>
        <translation>Открыть &amp;план…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a plan file of this mission</source>
        <translation>Открыть файл плана этой миссии</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the mission and its plan</source>
        <translation>Сохранить миссию и её план</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save &amp;As…</source>
        <translation>Сохранить &amp;как…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add or update polling stations from a spreadsheet</source>
        <translation>Добавить или обновить участки из таблицы</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add or update observers from a roster</source>
        <translation>Добавить или обновить наблюдателей из списка</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read back what the teams visited</source>
        <translation>Прочитать, где побывали команды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mission &amp;Workbook…</source>
        <translation>&amp;Книга миссии…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write the Excel workbook of the plan</source>
        <translation>Записать книгу Excel плана</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Import S&amp;tations…</source>
        <translation>Импорт &amp;участков…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import O&amp;bservers…</source>
        <translation>Импорт на&amp;блюдателей…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import A&amp;ctuals…</source>
        <translation>Импорт &amp;фактических посещений…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Per-&amp;Team Workbooks…</source>
        <translation>Книги для ко&amp;манд…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ODK/Kobo &amp;Form…</source>
        <translation>&amp;Форма ODK/Kobo…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Route Sheets (&amp;PDF)…</source>
        <translation>Маршрутные листы (&amp;PDF)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Find…</source>
        <translation>&amp;Найти…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search the current table</source>
        <translation>Поиск в текущей таблице</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add…</source>
        <translation>&amp;Добавить…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a station or an observer</source>
        <translation>Добавить участок или наблюдателя</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the selected rows</source>
        <translation>Удалить выбранные строки</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Preferences…</source>
        <translation>Пара&amp;метры…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Настройки…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seed, days, team size, visit lengths, rules</source>
        <translation>Ключ, дни, размер команд, длительность посещений, правила</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Plan Mission</source>
        <translation>&amp;Составить план</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Form teams, deploy them and plan every route</source>
        <translation>Сформировать команды, распределить их и построить все маршруты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cancel Planning</source>
        <translation>&amp;Прервать планирование</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop planning and keep the best plan so far</source>
        <translation>Остановить планирование и сохранить лучший найденный план</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Re-plan After a Disruption…</source>
        <translation>П&amp;ерепланировать после сбоя…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A team delayed or lost, a station closed, a road cut</source>
        <translation>Команда задержалась или выбыла, участок закрыт, дорога перекрыта</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Mission Planner</source>
        <translation>&amp;О программе Mission Planner</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>About &amp;Qt</source>
        <translation>О &amp;Qt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open &amp;Recent</source>
        <translation>Н&amp;едавние файлы</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Export</source>
        <translation>&amp;Экспорт</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Plan</source>
        <translation>П&amp;лан</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Main toolbar</source>
        <translation>Основная панель</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop the export; the files written before stay</source>
        <translation>Остановить экспорт; ранее записанные файлы останутся</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Map</source>
        <translation>Карта</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Timeline</source>
        <translation>Хронология</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dashboard</source>
        <translation>Показатели</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Mission Planner</source>
        <translation>Mission Planner</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No mission</source>
        <translation>Нет миссии</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{stations} stations · {observers} observers</source>
        <translation>участков: {stations} · наблюдателей: {observers}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No plan</source>
        <translation>Нет плана</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Plan: seed {seed}, {visits} visits</source>
        <translation>План: ключ {seed}, посещений: {visits}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(made before the last edits)</source>
        <translation>(составлен до последних изменений)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Coverage: {stations}; duplicates {dup}</source>
        <translation>Охват: {stations}; повторов: {dup}</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Do you want to save the changes to {name}?</source>
        <translation>Сохранить изменения в {name}?</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Opening {name}…</source>
        <translation>Открытие {name}…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot open {name}</source>
        <translation>Не удалось открыть {name}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Open Mission</source>
        <translation>Открытие миссии</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Open Plan</source>
        <translation>Открытие плана</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan files (*.plan.json);;JSON files (*.json)</source>
        <translation>Файлы планов (*.plan.json);;Файлы JSON (*.json)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No recent files</source>
        <translation>Нет недавних файлов</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Save Mission As</source>
        <translation>Сохранение миссии</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot save</source>
        <translation>Не удалось сохранить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} was not saved; the file on disk is unchanged.</source>
        <translation>{name} не сохранён; файл на диске не изменён.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved {name}</source>
        <translation>Сохранено: {name}</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Import Stations</source>
        <translation>Импорт участков</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Import Observers</source>
        <translation>Импорт наблюдателей</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Spreadsheets (*.xlsx *.csv *.tsv *.txt);;All files (*)</source>
        <translation>Таблицы (*.xlsx *.csv *.tsv *.txt);;Все файлы (*)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Import {count} stations from {name}</source>
        <translation>Импорт участков из {name} ({count})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import {count} observers from {name}</source>
        <translation>Импорт наблюдателей из {name} ({count})</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Change planning settings</source>
        <translation>Изменение настроек планирования</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Teams formed by the plan change when you plan again; they are not deleted one by one.</source>
        <translation>Команды, сформированные планом, меняются при новом планировании; по одной они не удаляются.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Delete %n station(s)</source>
        <translation>
            <numerusform>Удаление %n участка</numerusform>
            <numerusform>Удаление %n участков</numerusform>
            <numerusform>Удаление %n участков</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Delete %n observer(s)</source>
        <translation>
            <numerusform>Удаление %n наблюдателя</numerusform>
            <numerusform>Удаление %n наблюдателей</numerusform>
            <numerusform>Удаление %n наблюдателей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Delete %n team(s)</source>
        <translation>
            <numerusform>Удаление %n команды</numerusform>
            <numerusform>Удаление %n команд</numerusform>
            <numerusform>Удаление %n команд</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Delete %n region(s)</source>
        <translation>
            <numerusform>Удаление %n региона</numerusform>
            <numerusform>Удаление %n регионов</numerusform>
            <numerusform>Удаление %n регионов</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not deleted: {why}</source>
        <translation>Не удалено: {why}</translation>
    </message>
    <message>
        <location line="+124"/>
        <source>(never saved)</source>
        <translation>(ещё не сохранялся)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restore Unsaved Work</source>
        <translation>Восстановление несохранённой работы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mission Planner was not closed properly last time. Unsaved changes to “{name}” were saved automatically at {when}.</source>
        <translation>В прошлый раз Mission Planner был закрыт некорректно. Несохранённые изменения в «{name}» были автоматически сохранены {when}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restore</source>
        <translation>Восстановить</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Discard</source>
        <translation>Отбросить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File: {file}. Restore opens them with the changes not yet saved to the file; Discard deletes them.</source>
        <translation>Файл: {file}. «Восстановить» откроет их с изменениями, ещё не записанными в файл; «Отбросить» удалит их.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot restore</source>
        <translation>Не удалось восстановить</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Restored the work saved automatically at {when}.</source>
        <translation>Восстановлена работа, автоматически сохранённая {when}.</translation>
    </message>
</context>
<context>
    <name>MapExport</name>
    <message>
        <location filename="../views/map/export.py" line="+22"/>
        <source>{path}: say .png, .svg or .pdf</source>
        <translation>{path}: укажите расширение .png, .svg или .pdf</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{path}: cannot write the picture</source>
        <translation>{path}: не удалось записать изображение</translation>
    </message>
</context>
<context>
    <name>MapView</name>
    <message>
        <location filename="../views/map/view.py" line="+421"/>
        <source>Legend</source>
        <translation>Условные обозначения</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>planned</source>
        <translation>в плане</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>visited (reported)</source>
        <translation>посещён (по отчёту)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>planned, not reported</source>
        <translation>в плане, нет отчёта</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not covered</source>
        <translation>не охвачен</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>flagged earlier, not covered</source>
        <translation>нарушения ранее, не охвачен</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>abroad, not covered</source>
        <translation>за рубежом, не охвачен</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>irregularities reported before</source>
        <translation>нарушения на прошлых выборах</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>location approximate</source>
        <translation>местоположение приблизительное</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>route, one colour per team</source>
        <translation>маршрут, у каждой команды свой цвет</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>stop, in visiting order</source>
        <translation>остановка, по порядку посещения</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>base</source>
        <translation>база</translation>
    </message>
    <message>
        <location filename="../views/map/overlay.py" line="+45"/>
        <source>{0} km</source>
        <translation>{0} км</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} m</source>
        <translation>{0} м</translation>
    </message>
</context>
<context>
    <name>MapWidget</name>
    <message>
        <location filename="../views/map/widget.py" line="+42"/>
        <source>Whole country</source>
        <translation>Вся страна</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fit selection</source>
        <translation>К выбранному</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Regions</source>
        <translation>Регионы</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stations</source>
        <translation>Участки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Routes</source>
        <translation>Маршруты</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Names</source>
        <translation>Названия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legend</source>
        <translation>Легенда</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Layers</source>
        <translation>Слои</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Regions, stations, routes, names and legend: what the map draws</source>
        <translation>Регионы, участки, маршруты, названия и условные обозначения: что показывает карта</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>All days</source>
        <translation>Все дни</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Export the map</source>
        <translation>Экспорт карты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pictures (*.png *.svg *.pdf)</source>
        <translation>Изображения (*.png *.svg *.pdf)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot export the map</source>
        <translation>Не удалось сохранить карту</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <location filename="../widgets/message_bar.py" line="+57"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
</context>
<context>
    <name>MissionOverview</name>
    <message>
        <location filename="../panels/mission_overview.py" line="+40"/>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Election</source>
        <translation>Выборы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Observation days</source>
        <translation>Дни наблюдения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Polling stations</source>
        <translation>Избирательные участки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registered voters</source>
        <translation>Избирателей в списках</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Observers</source>
        <translation>Наблюдатели</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Teams</source>
        <translation>Команды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regions</source>
        <translation>Регионы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Polling hours</source>
        <translation>Часы голосования</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visit length</source>
        <translation>Время на участке</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Team size</source>
        <translation>Размер команды</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No mission is open.</source>
        <translation>Миссия не открыта.</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>%Ln flagged</source>
        <translation>
            <numerusform>%Ln с нарушениями</numerusform>
            <numerusform>%Ln с нарушениями</numerusform>
            <numerusform>%Ln с нарушениями</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln generated</source>
        <translation>
            <numerusform>%Ln сгенерирован</numerusform>
            <numerusform>%Ln сгенерированы</numerusform>
            <numerusform>%Ln сгенерировано</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{election}, {date}</source>
        <translation>{election}, {date}</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%Ln entered (planning forms the rest)</source>
        <translation>
            <numerusform>%Ln введена (остальные формирует план)</numerusform>
            <numerusform>%Ln введены (остальные формирует план)</numerusform>
            <numerusform>%Ln введено (остальные формирует план)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{minutes} min on election day, {pre} min before; counting {counting} min</source>
        <translation>{minutes} мин в день выборов, {pre} мин до него; подсчёт {counting} мин</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>(%Ln station(s) without a figure)</source>
        <translation>
            <numerusform>(%Ln участок без данных)</numerusform>
            <numerusform>(%Ln участка без данных)</numerusform>
            <numerusform>(%Ln участков без данных)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NewMissionWizard</name>
    <message>
        <location filename="../dialogs/new_mission.py" line="+45"/>
        <source>Shanghai Cooperation Organisation (SCO)</source>
        <translation>Шанхайская организация сотрудничества (ШОС)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OSCE Office for Democratic Institutions and Human Rights (OSCE/ODIHR)</source>
        <translation>Бюро по демократическим институтам и правам человека ОБСЕ (БДИПЧ ОБСЕ)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organization of Turkic States (OTS)</source>
        <translation>Организация тюркских государств (ОТГ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commonwealth of Independent States (CIS)</source>
        <translation>Содружество Независимых Государств (СНГ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>European Parliament</source>
        <translation>Европейский парламент</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>New Mission</source>
        <translation>Новая миссия</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Далее &gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Назад</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Create</source>
        <translation>&amp;Создать</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+231"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location line="-217"/>
        <source>The mission</source>
        <translation>Миссия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who observes which election.</source>
        <translation>Кто наблюдает за какими выборами.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the observing organisation</source>
        <translation>организация-наблюдатель</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. Early presidential election</source>
        <translation>например, Внеочередные президентские выборы</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>made from the organisation, country and election</source>
        <translation>составляется из организации, страны и выборов</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organisation:</source>
        <translation>Организация:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Election:</source>
        <translation>Выборы:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mission name:</source>
        <translation>Название миссии:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Its regions, time zones and polling hours come from the country&apos;s preset; the hours can be changed.</source>
        <translation>Регионы, часовые пояса и часы голосования берутся из данных страны; часы можно изменить.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Country:</source>
        <translation>Страна:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Polling hours (local time):</source>
        <translation>Часы голосования (местное время):</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Observation days</source>
        <translation>Дни наблюдения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Election day, and the days before it when teams visit commissions.</source>
        <translation>День выборов и дни перед ним, когда команды посещают комиссии.</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <location line="+1"/>
        <source> day(s)</source>
        <translation>
            <numerusform> день</numerusform>
            <numerusform> дня</numerusform>
            <numerusform> дней</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Election day:</source>
        <translation>День выборов:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pre-election visits during:</source>
        <translation>Предвыборные посещения:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The mission observes:</source>
        <translation>Миссия наблюдает:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Planning settings</source>
        <translation>Настройки планирования</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>They can all be changed later in Plan ▸ Settings.</source>
        <translation>Их все можно изменить позже в меню План ▸ Настройки.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+4"/>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New Secret Seed</source>
        <translation>Новый секретный ключ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Observers per team:</source>
        <translation>Наблюдателей в команде:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visit on election day:</source>
        <translation>Посещение в день выборов:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closing and counting:</source>
        <translation>Закрытие и подсчёт:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Secret seed:</source>
        <translation>Секретный ключ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The seed decides which stations are drawn: keep it within the mission, so that the plan cannot be guessed from outside.</source>
        <translation>Ключ определяет, какие участки будут выбраны: не сообщайте его за пределами миссии, чтобы план нельзя было угадать извне.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where the mission file goes.</source>
        <translation>Куда записать файл миссии.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Browse…</source>
        <translation>Обзор…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import the list of polling stations next</source>
        <translation>Затем импортировать список участков</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mission file:</source>
        <translation>Файл миссии:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Then import the observers with File ▸ Import Observers, and plan with Plan ▸ Plan Mission.</source>
        <translation>Затем импортируйте наблюдателей (Файл ▸ Импорт наблюдателей) и составьте план (План ▸ Составить план).</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Time zone</source>
        <translation>Часовой пояс</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{regions} regions in {zones} time zone(s), and one region for the stations abroad.</source>
        <translation>Регионов: {regions}, часовых поясов: {zones}, и один регион для участков за рубежом.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Save Mission As</source>
        <translation>Сохранение миссии</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mission files (*.json)</source>
        <translation>Файлы миссий (*.json)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Replace File</source>
        <translation>Замена файла</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} exists. Replace it?</source>
        <translation>{name} уже существует. Заменить?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace</source>
        <translation>Заменить</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot create the mission</source>
        <translation>Не удалось создать миссию</translation>
    </message>
</context>
<context>
    <name>PlanRunner</name>
    <message>
        <location filename="../runner.py" line="+287"/>
        <source>The planning process stopped unexpectedly (exit code {code}).</source>
        <translation>Процесс планирования неожиданно остановился (код завершения {code}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Planning did not stop within a minute of Cancel and was ended; no routes were kept.</source>
        <translation>Планирование не остановилось в течение минуты после отмены и было прервано; маршруты не сохранены.</translation>
    </message>
</context>
<context>
    <name>PlanSettingsDialog</name>
    <message>
        <location filename="../dialogs/plan_settings.py" line="+57"/>
        <source>Planning Settings</source>
        <translation>Настройки планирования</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New Secret Seed</source>
        <translation>Новый секретный ключ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draw a random seed: the plan cannot be guessed from outside; keep the seed within the mission</source>
        <translation>Выбрать случайный ключ: план нельзя будет угадать извне; не сообщайте ключ за пределами миссии</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Station selection</source>
        <translation>Выбор участков</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seed:</source>
        <translation>Ключ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The same seed gives the same plan; a new seed draws other stations.</source>
        <translation>Тот же ключ даёт тот же план; новый ключ выбирает другие участки.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Observation days to plan</source>
        <translation>Планируемые дни наблюдения</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Teams and visits</source>
        <translation>Команды и посещения</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Observers per team:</source>
        <translation>Наблюдателей в команде:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visit on election day:</source>
        <translation>Посещение в день выборов:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visit before election day:</source>
        <translation>Посещение до дня выборов:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closing and counting:</source>
        <translation>Закрытие и подсчёт:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At the first station before opening:</source>
        <translation>На первом участке до открытия:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rules</source>
        <translation>Правила</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Observe the opening at the first station</source>
        <translation>Наблюдать открытие на первом участке</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Observe closing and counting at the last station</source>
        <translation>Наблюдать закрытие и подсчёт на последнем участке</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Deploy teams to the declared areas only</source>
        <translation>Направлять команды только в заявленные места</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every team goes to one of the places the mission said it observed</source>
        <translation>Каждая команда направляется в одно из мест, названных миссией в заявлении</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Members of different nationalities in each team</source>
        <translation>В каждой команде — граждане разных стран</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Team formation always mixes nationalities when the roster allows it, and reports teams where it cannot</source>
        <translation>Команды всегда составляются из граждан разных стран, если список позволяет; где нельзя, об этом сообщается</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>registered voters</source>
        <translation>числу избирателей</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>polling stations</source>
        <translation>числу участков</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Share teams out in proportion to</source>
        <translation>Распределять команды пропорционально</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Route search</source>
        <translation>Поиск маршрутов</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reproducible: same seed, same plan</source>
        <translation>Воспроизводимо: тот же ключ — тот же план</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Best found within a time per area:</source>
        <translation>Лучшее за время на район:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>default</source>
        <translation>по умолчанию</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> s</source>
        <translation> с</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>every core</source>
        <translation>все ядра</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Iterations per area:</source>
        <translation>Итераций на район:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Seconds per area:</source>
        <translation>Секунд на район:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Processes:</source>
        <translation>Процессов:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>OK</source>
        <translation>ОК</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Choose at least one observation day.</source>
        <translation>Выберите хотя бы один день наблюдения.</translation>
    </message>
</context>
<context>
    <name>PlanSummary</name>
    <message>
        <location filename="../panels/plan_summary.py" line="+42"/>
        <source>Stations covered</source>
        <translation>Охвачено участков</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Voters covered</source>
        <translation>Охвачено избирателей</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regions covered</source>
        <translation>Охвачено регионов</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Urban share</source>
        <translation>Доля городских</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minutes per station</source>
        <translation>Минут на участок</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Driving share</source>
        <translation>Доля в пути</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duplicate visits</source>
        <translation>Повторные посещения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stations per team</source>
        <translation>Участков на команду</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Must-cover left out</source>
        <translation>Не охвачены</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Must-cover stations that no route visits, and why</source>
        <translation>Обязательные для посещения участки, которые не вошли ни в один маршрут, и причина</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the planner noted while planning</source>
        <translation>Что планировщик отметил при составлении плана</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No plan yet: Plan ▸ Plan mission (F5) makes one.</source>
        <translation>Плана ещё нет: его составит команда План ▸ Составить план (F5).</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>What the re-plan changed:</source>
        <translation>Что изменило перепланирование:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The mission changed after this plan was made: plan again to take the changes into account.</source>
        <translation>Миссия изменилась после составления этого плана: составьте план заново, чтобы учесть изменения.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&lt;b&gt;Plan with seed {seed}&lt;/b&gt;, made {when}: {teams} teams, {routes} routes, {visits} visits.</source>
        <translation>&lt;b&gt;План с ключом {seed}&lt;/b&gt;, составлен {when}: команд — {teams}, маршрутов — {routes}, посещений — {visits}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Planning was cancelled: the areas not finished have no routes.</source>
        <translation>Планирование было прервано: у незавершённых районов нет маршрутов.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{plan} of covered stations, {country} in the country</source>
        <translation>{plan} охваченных участков, {country} по стране</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>from {low} to {high}</source>
        <translation>от {low} до {high}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No. {number}, {commission}</source>
        <translation>№ {number}, {commission}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Must-cover left out ({count})</source>
        <translation>Не охвачены ({count})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Notes ({count})</source>
        <translation>Заметки ({count})</translation>
    </message>
</context>
<context>
    <name>PlanningController</name>
    <message>
        <location filename="../planning.py" line="+55"/>
        <source>Forming teams…</source>
        <translation>Формирование команд…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+49"/>
        <source>Planning: forming teams…</source>
        <translation>Планирование: формирование команд…</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>Re-planning…</source>
        <translation>Перепланирование…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re-planning from {now}…</source>
        <translation>Перепланирование с {now}…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cancelling: keeping the routes so far…</source>
        <translation>Прерывание: сохраняются найденные маршруты…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelling…</source>
        <translation>Прерывание…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Planning the routes…</source>
        <translation>Планирование маршрутов…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{done} of {total} areas · {visits} visits</source>
        <translation>районов {done} из {total} · посещений {visits}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The mission changed while planning: that result was not applied. Plan again.</source>
        <translation>Миссия изменилась во время планирования: результат не применён. Составьте план заново.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Re-plan {day} from {now}</source>
        <translation>Перепланирование {day} с {now}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Plan mission (seed {seed})</source>
        <translation>План миссии (ключ {seed})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Plan mission (seed {seed}, cancelled)</source>
        <translation>План миссии (ключ {seed}, прерван)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Planning cancelled: kept {routes} routes, {stations} covered.</source>
        <translation>Планирование прервано: сохранено маршрутов — {routes}, охвачено {stations}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re-planned: {routes} routes, {stations} covered.</source>
        <translation>Перепланировано: маршрутов — {routes}, охвачено {stations}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Planned: {routes} routes, {stations} covered, duplicates {duplicates}.</source>
        <translation>План составлен: маршрутов — {routes}, охвачено {stations}, повторов — {duplicates}.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Re-planning failed</source>
        <translation>Перепланирование не удалось</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planning failed</source>
        <translation>Планирование не удалось</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../dialogs/preferences.py" line="+24"/>
        <source>Preferences</source>
        <translation>Параметры</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The new language is used from the next start of Mission Planner. Dates and numbers follow the language.</source>
        <translation>Новый язык будет использован при следующем запуске Mission Planner. Даты и числа следуют языку.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Interface language:</source>
        <translation>Язык интерфейса:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>OK</source>
        <translation>ОК</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="qt_texts.py" line="+14"/>
        <source>&amp;Look in:</source>
        <translation>&amp;Перейти к:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Files of &amp;type:</source>
        <translation>&amp;Типы файлов:</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <location filename="../recovery.py" line="+59"/>
        <source>the recovery file {path} cannot be read: {why}</source>
        <translation>не удалось прочитать файл восстановления {path}: {why}</translation>
    </message>
</context>
<context>
    <name>ReplanDialog</name>
    <message>
        <location filename="../dialogs/replan.py" line="+71"/>
        <source>Re-plan After a Disruption</source>
        <translation>Перепланирование после сбоя</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Day:</source>
        <translation>День:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It happened at (local time):</source>
        <translation>Время события (местное):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A team is delayed</source>
        <translation>Команда задержалась</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A station is closed to observers</source>
        <translation>Участок закрыт для наблюдателей</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A road is cut or slower</source>
        <translation>Дорога перекрыта или затруднена</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A team stops for the day</source>
        <translation>Команда выбыла на этот день</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+13"/>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <location line="-12"/>
        <location line="+18"/>
        <source>Team:</source>
        <translation>Команда:</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>held up by</source>
        <translation>задержка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>station number, commission or id</source>
        <translation>номер участка, комиссия или код</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Station:</source>
        <translation>Участок:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>from: station or base</source>
        <translation>откуда: участок или база</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>to: station or base</source>
        <translation>куда: участок или база</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>impassable</source>
        <translation>непроезжая</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing yet: choose what happened above and press Add. Several disruptions can be listed.</source>
        <translation>Пока ничего: выберите выше, что произошло, и нажмите «Добавить». Можно указать несколько сбоев.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remove</source>
        <translation>Убрать</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What happened</source>
        <translation>Что произошло</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Route search</source>
        <translation>Поиск маршрутов</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reproducible</source>
        <translation>Воспроизводимо</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Best within</source>
        <translation>Лучшее за</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> s per area</source>
        <translation> с на район</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Re-plan</source>
        <translation>Перепланировать</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Visits already made are kept; only the areas the disruptions touch are planned again.</source>
        <translation>Уже сделанные посещения сохраняются; заново планируются только районы, затронутые сбоями.</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Choose a station from the list.</source>
        <translation>Выберите участок из списка.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose two different places from the list.</source>
        <translation>Выберите из списка два разных места.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Team {team} delayed {minutes} min</source>
        <translation>Команда {team} задерживается на {minutes} мин</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Station {station} closed</source>
        <translation>Участок {station} закрыт</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Road {a} – {b} impassable</source>
        <translation>Дорога {a} – {b} непроезжая</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Road {a} – {b} slower by {minutes} min</source>
        <translation>Дорога {a} – {b} дольше на {minutes} мин</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Team {team} stops for the day</source>
        <translation>Команда {team} выбыла на этот день</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Add at least one disruption first.</source>
        <translation>Сначала добавьте хотя бы один сбой.</translation>
    </message>
</context>
<context>
    <name>TablePanel</name>
    <message numerus="yes">
        <location filename="../widgets/table_panel.py" line="+204"/>
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln строка</numerusform>
            <numerusform>%Ln строки</numerusform>
            <numerusform>%Ln строк</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{shown} of {total} rows</source>
        <translation>строк: {shown} из {total}</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <location filename="../views/timeline.py" line="+169"/>
        <source>Zoom in</source>
        <translation>Крупнее</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom out</source>
        <translation>Мельче</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whole day</source>
        <translation>Весь день</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time line at</source>
        <translation>Отметка времени</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>travel</source>
        <translation>в пути</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>waiting</source>
        <translation>ожидание</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lunch (estimated)</source>
        <translation>обед (оценка)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>curfew</source>
        <translation>комендантский час</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reported visit (a line ties it to the planned arrival)</source>
        <translation>посещение по отчёту (линия — от планового прибытия)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>planned, not reported</source>
        <translation>в плане, нет отчёта</translation>
    </message>
    <message>
        <location line="+352"/>
        <source>election day</source>
        <translation>день выборов</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>before election day</source>
        <translation>до дня выборов</translation>
    </message>
</context>
<context>
    <name>Values</name>
    <message>
        <location filename="../models/labels.py" line="+13"/>
        <source>regular</source>
        <translation>обычный</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>closed</source>
        <translation>закрытый</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+9"/>
        <source>abroad</source>
        <translation>за рубежом</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>urban</source>
        <translation>городской</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rural</source>
        <translation>сельский</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>oblast</source>
        <translation>область</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>city</source>
        <translation>город</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>head of mission</source>
        <translation>руководитель миссии</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VIP</source>
        <translation>VIP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>observer</source>
        <translation>наблюдатель</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>staff</source>
        <translation>сотрудник</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>female</source>
        <translation>женский</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>male</source>
        <translation>мужской</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>opening</source>
        <translation>открытие</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>voting</source>
        <translation>голосование</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>closing</source>
        <translation>закрытие</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>counting</source>
        <translation>подсчёт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>protocol</source>
        <translation>протокол</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pre-election visit</source>
        <translation>предвыборное посещение</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>election day</source>
        <translation>день выборов</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pre-election day</source>
        <translation>предвыборный день</translation>
    </message>
</context>
<context>
    <name>describe</name>
    <message>
        <location filename="helper_texts.py" line="+13"/>
        <location filename="../views/describe.py" line="+26"/>
        <source>opening</source>
        <translation>открытие</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../views/describe.py" line="+1"/>
        <source>voting</source>
        <translation>голосование</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../views/describe.py" line="+1"/>
        <source>closing</source>
        <translation>закрытие</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../views/describe.py" line="+1"/>
        <source>counting</source>
        <translation>подсчёт</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../views/describe.py" line="+1"/>
        <source>protocol trip</source>
        <translation>доставка протокола</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../views/describe.py" line="+1"/>
        <source>pre-election visit</source>
        <translation>предвыборное посещение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Station</source>
        <translation>Участок</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../views/describe.py" line="+16"/>
        <source>unknown</source>
        <translation>неизвестно</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Voters</source>
        <translation>Избиратели</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../views/describe.py" line="+4"/>
        <source>Location approximate</source>
        <translation>Местоположение приблизительное</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../views/describe.py" line="+10"/>
        <source>Not in the plan</source>
        <translation>Не входит в план</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>arrives</source>
        <translation>прибытие</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>visited</source>
        <translation>посещён</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../views/describe.py" line="+20"/>
        <source>({0} min late)</source>
        <translation>(опоздание {0} мин)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../views/describe.py" line="+2"/>
        <source>({0} min early)</source>
        <translation>(на {0} мин раньше)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop</source>
        <translation>Остановка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>regular</source>
        <translation>обычный</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>closed</source>
        <translation>закрытый</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>abroad</source>
        <translation>за рубежом</translation>
    </message>
    <message>
        <location filename="../views/describe.py" line="-42"/>
        <location line="+52"/>
        <source>Station {0}</source>
        <translation>Участок {0}</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>Voters: {0}</source>
        <translation>Избирателей: {0}</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>(arrives {0})</source>
        <translation>(прибытие {0})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>visited {0}</source>
        <translation>посещён в {0}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Stop {0}</source>
        <translation>Остановка {0}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Team {0}</source>
        <translation>Команда {0}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Members: {0}</source>
        <translation>Состав: {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Base: {0}</source>
        <translation>База: {0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{0}: {1} visits</source>
        <translation>{0}: посещений — {1}</translation>
    </message>
</context>
</TS>
