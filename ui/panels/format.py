"""Numbers, shares and dates in the interface's locale."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, QDateTime, QLocale

NBSP = "\u00a0"


def number(value: int) -> str:
    """``9968`` as ``9,968`` (English) or ``9 968`` (Russian)."""
    return QLocale().toString(value)


def share(part: int, whole: int) -> str:
    """``676 of 9,968 (6.8 %)`` in the locale."""
    from PySide6.QtCore import QCoreApplication

    if not whole:
        return QCoreApplication.translate("Format", "{part} of {whole}").format(
            part=number(part), whole=number(whole))
    return QCoreApplication.translate("Format", "{part} of {whole} ({percent} %)").format(
        part=number(part), whole=number(whole),
        percent=QLocale().toString(100 * part / whole, "f", 1)).replace(" %", NBSP + "%")


def percent(value: float, decimals: int = 0) -> str:
    """``0.42`` as ``42 %`` (never broken before the sign)."""
    return f"{QLocale().toString(100 * value, 'f', decimals)}{NBSP}%"


def day(value: date, long: bool = False) -> str:
    """A date in the locale (``9 June 2019`` / ``9 июня 2019 г.``)."""
    kind = QLocale.FormatType.LongFormat if long else QLocale.FormatType.ShortFormat
    return QLocale().toString(QDate(value.year, value.month, value.day), kind)


def moment(value: datetime) -> str:
    """A date and time in the locale, in the computer's time zone."""
    stamp = QDateTime.fromSecsSinceEpoch(int(value.timestamp()))
    return QLocale().toString(stamp, QLocale.FormatType.ShortFormat)
