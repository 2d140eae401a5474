"""An XLSForm (ODK Collect, KoboToolbox) for observing opening, voting and counting.

The station question offers only the stations the plan gives the chosen team on the chosen day
(``select_one`` with a ``choice_filter`` on the team and day columns of the choices sheet).
Question names are what :mod:`missionplanner.actuals.forms` reads back from a CSV or
XLSX export of the submissions (export with "XML values and headers").
"""

from __future__ import annotations

import os
import re
from typing import Any

from openpyxl import Workbook

from missionplanner.export.context import Context
from missionplanner.export.labels import activity_label
from missionplanner.export.safe import Value, row
from missionplanner.export.workbook import save_workbook
from missionplanner.io.mission_ref import check_match
from missionplanner.model import Activity, Mission, Plan

EN, RU = "label::English (en)", "label::Russian (ru)"
FORM_ACTIVITIES = (Activity.OPENING, Activity.VOTING, Activity.CLOSING, Activity.PRE_ELECTION)
"""Activities a submission can report (closing stands for closing and counting)."""
_YES_NO = [("yes", "Yes", "Да"), ("no", "No", "Нет"), ("na", "Not observed", "Не наблюдалось")]
_RATING = [("very_good", "Very good", "Очень хорошо"), ("good", "Good", "Хорошо"),
           ("bad", "Bad", "Плохо"), ("very_bad", "Very bad", "Очень плохо")]
_GROUPS: list[tuple[str, str, str, list[tuple[str, str, str, str]]]] = [
    ("opening", "Opening", "Открытие", [
        ("yes_no", "opened_on_time", "Did the station open on time?",
         "Участок открылся вовремя?"),
        ("yes_no", "boxes_sealed", "Were the ballot boxes shown empty and sealed?",
         "Урны показаны пустыми и опечатаны?"),
        ("yes_no", "materials_complete", "Were all election materials present?",
         "Все избирательные материалы на месте?"),
    ]),
    ("voting", "Voting", "Голосование", [
        ("yes_no", "secrecy_respected", "Was the secrecy of the vote respected?",
         "Соблюдалась тайна голосования?"),
        ("yes_no", "ids_checked", "Were voters' identity documents checked?",
         "Проверялись документы избирателей?"),
        ("yes_no", "ballot_stuffing", "Did you see ballot stuffing?",
         "Вы видели вброс бюллетеней?"),
        ("yes_no", "observers_restricted", "Were observers restricted?",
         "Ограничивались ли права наблюдателей?"),
        ("integer", "voted_so_far", "Voters who had voted so far (station's records)",
         "Проголосовало на момент посещения (по данным участка)"),
    ]),
    ("closing", "Closing and counting", "Закрытие и подсчёт", [
        ("yes_no", "unused_cancelled", "Were unused ballots cancelled before counting?",
         "Неиспользованные бюллетени погашены до подсчёта?"),
        ("yes_no", "count_visible", "Could you see every ballot being counted?",
         "Было видно каждый бюллетень при подсчёте?"),
        ("yes_no", "protocol_posted", "Was a copy of the protocol posted publicly?",
         "Копия протокола вывешена для ознакомления?"),
        ("integer", "ballots_cast", "Ballots cast (protocol)", "Бюллетеней в урнах (протокол)"),
    ]),
]
_SURVEY_HEADERS = ["type", "name", EN, RU, "required", "relevant", "choice_filter", "default",
                   "appearance"]


def _q(kind: str, name: str, en: str, ru: str, **kw: str) -> list[Value]:
    return [kind, name, en, ru, kw.get("required", ""), kw.get("relevant", ""),
            kw.get("choice_filter", ""), kw.get("default", ""), kw.get("appearance", "")]


def survey_rows(activities: list[Activity]) -> list[list[Value]]:
    """The survey sheet: who, where, when, then one group of questions per activity."""
    rows: list[list[Value]] = [
        _q("start", "start", "", ""), _q("end", "end", "", ""), _q("today", "today", "", ""),
        _q("deviceid", "deviceid", "", ""),
        _q("select_one teams", "team", "Team", "Команда", required="yes"),
        _q("select_one days", "day", "Observation day", "День наблюдения", required="yes"),
        _q("select_one activities", "activity", "What do you observe?", "Что вы наблюдаете?",
           required="yes"),
        _q("select_one stations", "station", "Polling station (your plan)",
           "Избирательный участок (по плану)", required="yes",
           choice_filter="team=${team} and day=${day}", appearance="minimal"),
        _q("dateTime", "visited_at", "Arrival at the station", "Время прибытия на участок",
           required="yes", default="now()"),
        _q("geopoint", "location", "Location", "Местоположение"),
    ]
    present = {a.value for a in activities}
    for name, en, ru, questions in _GROUPS:
        if name not in present:
            continue
        rows.append(_q("begin_group", name, en, ru, relevant=f"${{activity}} = '{name}'"))
        for kind, qname, qen, qru in questions:
            choice = f"select_one {kind}" if kind == "yes_no" else kind
            rows.append(_q(choice, qname, qen, qru))
        rows.append(_q("end_group", name, "", ""))
    rows += [
        _q("select_one rating", "overall", "Overall assessment", "Общая оценка"),
        _q("text", "remarks", "Remarks", "Замечания", appearance="multiline"),
    ]
    return rows


def choice_rows(ctx: Context, activities: list[Activity]) -> list[list[Value]]:
    """The choices sheet: teams, days, activities, each team's stations by day, answers."""
    rows: list[list[Value]] = []
    for team_id in ctx.team_ids():
        label = f"{team_id}: {', '.join(ctx.member_names(team_id))}"
        rows.append(["teams", team_id, label, label, "", ""])
    for day in ctx.mission.observation_days:
        rows.append(["days", day.date.isoformat(), f"{day.date:%d.%m.%Y}",
                     f"{day.date:%d.%m.%Y}", "", ""])
    for activity in activities:
        rows.append(["activities", activity.value, activity_label(activity, "en"),
                     activity_label(activity, "ru"), "", ""])
    for team_id in ctx.team_ids():
        for route in ctx.routes_of.get(team_id, []):
            seen: set[str] = set()
            for visit in route.visits:
                if visit.station in seen or visit.activity is Activity.PROTOCOL:
                    continue
                seen.add(visit.station)
                s = ctx.stations[visit.station]
                where = ", ".join(p for p in (s.commission, s.settlement) if p)
                rows.append(["stations", s.id, f"No. {s.number} — {where}",
                             f"№ {s.number} — {where}", team_id, route.day.isoformat()])
    for list_name, answers in (("yes_no", _YES_NO), ("rating", _RATING)):
        rows += [[list_name, name, en, ru, "", ""] for name, en, ru in answers]
    return rows


def form_id(mission_id: str) -> str:
    """An XForm id from the mission id (letters, digits, ``_``, ``-``, ``.``)."""
    return re.sub(r"[^A-Za-z0-9_.-]+", "_", mission_id).strip("_") + "_observation"


def write_xlsform(mission: Mission, plan: Plan, path: str | os.PathLike[str]) -> int:
    """Write the XLSForm for ``plan``; return how many station choices it offers."""
    check_match(mission, plan)
    ctx = Context(mission, plan)
    planned = {v.activity for r in plan.routes for v in r.visits}
    activities = [a for a in FORM_ACTIVITIES if a in planned or a is not Activity.PRE_ELECTION]
    workbook: Any = Workbook(write_only=True)
    survey = workbook.create_sheet("survey")
    header: list[Value] = list(_SURVEY_HEADERS)
    for values in [header, *survey_rows(activities)]:
        survey.append(row(survey, values))
    choices = workbook.create_sheet("choices")
    rows = choice_rows(ctx, activities)
    names: list[Value] = ["list_name", "name", EN, RU, "team", "day"]
    for values in [names, *rows]:
        choices.append(row(choices, values))
    settings = workbook.create_sheet("settings")
    version = f"{plan.created_at:%Y%m%d%H%M}"
    settings.append(row(settings, ["form_title", "form_id", "version", "default_language",
                                   "allow_choice_duplicates", "instance_name"]))
    settings.append(row(settings, [f"{mission.name}: observation", form_id(mission.id), version,
                                   "English (en)", "yes",
                                   "concat(${team}, ' ', ${station}, ' ', ${activity})"]))
    save_workbook(workbook, path)
    return sum(1 for r in rows if r[0] == "stations")
