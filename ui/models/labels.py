"""Translated labels of the domain's enumerations (station kinds, roles, activities...)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP

from ui.models.table import translate

_LABELS: dict[str, dict[str, str]] = {
    "station_kind": {
        "regular": QT_TRANSLATE_NOOP("Values", "regular"),
        "closed": QT_TRANSLATE_NOOP("Values", "closed"),
        "abroad": QT_TRANSLATE_NOOP("Values", "abroad"),
    },
    "locality": {
        "urban": QT_TRANSLATE_NOOP("Values", "urban"),
        "rural": QT_TRANSLATE_NOOP("Values", "rural"),
    },
    "region_kind": {
        "oblast": QT_TRANSLATE_NOOP("Values", "oblast"),
        "city": QT_TRANSLATE_NOOP("Values", "city"),
        "abroad": QT_TRANSLATE_NOOP("Values", "abroad"),
    },
    "role": {
        "head": QT_TRANSLATE_NOOP("Values", "head of mission"),
        "vip": QT_TRANSLATE_NOOP("Values", "VIP"),
        "observer": QT_TRANSLATE_NOOP("Values", "observer"),
        "staff": QT_TRANSLATE_NOOP("Values", "staff"),
    },
    "gender": {
        "female": QT_TRANSLATE_NOOP("Values", "female"),
        "male": QT_TRANSLATE_NOOP("Values", "male"),
    },
    "activity": {
        "opening": QT_TRANSLATE_NOOP("Values", "opening"),
        "voting": QT_TRANSLATE_NOOP("Values", "voting"),
        "closing": QT_TRANSLATE_NOOP("Values", "closing"),
        "counting": QT_TRANSLATE_NOOP("Values", "counting"),
        "protocol": QT_TRANSLATE_NOOP("Values", "protocol"),
        "pre_election": QT_TRANSLATE_NOOP("Values", "pre-election visit"),
    },
    "day_kind": {
        "election_day": QT_TRANSLATE_NOOP("Values", "election day"),
        "pre_election": QT_TRANSLATE_NOOP("Values", "pre-election day"),
    },
}


def choices(vocabulary: str) -> Sequence[tuple[str, str]]:
    """``(value, translated label)`` of one enumeration, in the model's order."""
    return [(value, translate("Values", label)) for value, label in _LABELS[vocabulary].items()]


def label(vocabulary: str, value: str) -> str:
    """The translated label of one value (the value itself when unknown)."""
    text = _LABELS[vocabulary].get(value)
    return translate("Values", text) if text else value


def region_name(region: object) -> str:
    """A region's name in the interface's language when the mission gives it."""
    from PySide6.QtCore import QLocale

    language = QLocale().language()
    name_ru = getattr(region, "name_ru", None)
    name_kk = getattr(region, "name_kk", None)
    if language == QLocale.Language.Russian and name_ru:
        return str(name_ru)
    if language == QLocale.Language.Kazakh and name_kk:
        return str(name_kk)
    return str(getattr(region, "name", ""))
