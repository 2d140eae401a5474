"""Observers from a roster: one row per observer; countries stored in English, languages as
ISO 639-1 codes. An observer's id is the ``ID`` column, or else made from the name."""

from __future__ import annotations

from datetime import date

from missionplanner import messages as m
from missionplanner.io.cells import as_choice, as_dates, as_text, as_words
from missionplanner.io.columns import OBSERVER_COLUMNS
from missionplanner.io.import_rows import RowReader, data_rows, locate, raise_if
from missionplanner.io.languages import language_code
from missionplanner.io.slugs import slug
from missionplanner.io.tabular import Cell, Table
from missionplanner.io.vocabulary import COUNTRIES, GENDERS, ROLES, YES_NO, word_key
from missionplanner.messages import import_problems as ip
from missionplanner.messages import say
from missionplanner.model import Mission, Observer

_EVERY_DAY = {word_key(w) for w in ("all", "every day", "all days", "все", "все дни", "барлығы")}


def read_observers(table: Table, mission: Mission) -> tuple[list[Observer], list[str]]:
    """Every observer of the table, or an :class:`InputError` listing every problem."""
    collected = locate(table, OBSERVER_COLUMNS, "observer")
    problems = collected.problems
    days = [d.date for d in mission.observation_days]
    readers: dict[str, RowReader] = {}
    observers: list[Observer] = []
    unknown_countries: set[str] = set()
    has_ids = False
    for located, row in data_rows(collected):
        reader = RowReader(table.file, located, row, problems)
        observer = _observer(reader, days)
        if observer is None:
            continue
        has_ids = has_ids or "id" in located.columns
        first = readers.setdefault(observer.id, reader)
        if first is not reader:
            if reader.raw("id") is not None:
                reader.problem(
                    say(m.DUPLICATE_OBSERVER_ID, id=repr(observer.id), row=first.row.number),
                    "id",
                )
            else:
                reader.problem(
                    say(m.NAMESAKE, name=repr(observer.name), row=first.row.number),
                    "name",
                )
            continue
        if observer.nationality not in COUNTRIES.values():
            unknown_countries.add(observer.nationality)
        observers.append(observer)
    raise_if(problems, collected, table.file)
    notes = collected.notes
    if unknown_countries:
        notes.append(say(ip.UNKNOWN_NATIONALITIES, names=", ".join(sorted(unknown_countries))))
    return observers, notes


def _observer(reader: RowReader, days: list[date]) -> Observer | None:
    name = reader.get("name", as_text, required=say(m.OBSERVER_NAME))
    nationality = reader.get("nationality", _country, required=say(m.OBSERVER_COUNTRY))
    data = {
        "body": reader.get("body", as_text),
        "role": reader.get("role", lambda c: as_choice(c, ROLES, say(ip.ROLE))),
        "gender": reader.get("gender", lambda c: as_choice(c, GENDERS, say(ip.GENDER))),
        "languages": reader.get("languages", _languages) or [],
        "experienced": reader.get("experienced", lambda c: as_choice(c, YES_NO, say(ip.YES_OR_NO))),
        "phone": reader.get("phone", as_text),
        "available_days": reader.get("available_days", lambda c: _available(c, days)),
    }
    observer_id = reader.get("id", as_text)
    if not reader.ok or name is None or nationality is None:
        return None
    data = {key: value for key, value in data.items() if value is not None}
    data |= {"id": observer_id or slug(name), "name": name, "nationality": nationality}
    return reader.validated(Observer, data)


def _country(cell: Cell) -> str:
    text = as_text(cell)
    return COUNTRIES.get(word_key(text), text)


def _languages(cell: Cell) -> list[str]:
    codes: list[str] = []
    for word in as_words(cell):
        code = language_code(word)
        if code is None:
            raise ValueError(say(ip.LANGUAGES, word=repr(word)))
        if code not in codes:
            codes.append(code)
    return codes


def _available(cell: Cell, days: list[date]) -> list[date] | None:
    if isinstance(cell, str) and word_key(cell) in _EVERY_DAY:
        return None
    chosen = as_dates(cell)
    wrong = [d for d in chosen if d not in days]
    if wrong:
        expected = ", ".join(d.isoformat() for d in days)
        raise ValueError(say(ip.DAYS, days=expected,
                             wrong=", ".join(d.isoformat() for d in wrong)))
    return sorted(set(chosen))
