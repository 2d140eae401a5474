"""Turning one spreadsheet cell into a value, or a ``ValueError`` saying what was expected.

Cells come as the file gives them: text from a CSV (``"1 234"``, ``"43,2567"``, ``"7:00"``),
numbers, dates and times from an .xlsx. Messages start with "expected" so that the importer can
add the cell's place and content.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Mapping
from datetime import date, datetime, time, timedelta

from missionplanner import messages as m
from missionplanner.io.tabular import Cell
from missionplanner.io.vocabulary import word_key
from missionplanner.messages import say

MAX_TEXT = 500
"""Longer cells are refused: no header, name or address needs more."""
_SPACES = re.compile(r"[\s\u00a0\u2007\u202f]+")
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"))
_DECIMAL = re.compile(r"[+-]?(\d+([.,]\d*)?|[.,]\d+)([eE][+-]?\d+)?")
_DMS = re.compile(
    r"(?P<deg>\d+(?:[.,]\d+)?)\s*°\s*(?:(?P<min>\d+(?:[.,]\d+)?)\s*['′’]\s*)?"
    r"(?:(?P<sec>\d+(?:[.,]\d+)?)\s*(?:\"|″|''|”)\s*)?(?P<hemi>[NSEWСЮВЗ])?",
    re.IGNORECASE,
)
_TIME = re.compile(r"(\d{1,2})\s*[:.\-h]\s*(\d{2})(?:\s*:\s*(\d{2}))?")
_GROUPED = re.compile(r"[+-]?\d{1,3}(,\d{3})+\.\d*|[+-]?\d{1,3}(,\d{3}){2,}")
_THOUSANDS = re.compile(r"\d{1,3}(,\d{3})+")
_EXCEL_EPOCH = date(1899, 12, 30)
_DATE_FORMATS = ("%Y-%m-%d", "%d.%m.%Y", "%d.%m.%y", "%d/%m/%Y", "%d-%m-%Y", "%Y.%m.%d")


def clean_text(text: str) -> str:
    """Collapse whitespace (line breaks within a cell too) and drop invisible characters.

    Raises ``ValueError`` for control characters and for text longer than :data:`MAX_TEXT`.
    """
    text = text.translate(_INVISIBLE)
    bad = sorted({c for c in text if unicodedata.category(c) == "Cc" and c not in "\t\n\r"})
    if bad:
        codes = ", ".join(f"U+{ord(c):04X}" for c in bad[:3])
        raise ValueError(say(m.CONTROL_CHARACTERS, codes=codes))
    text = _SPACES.sub(" ", text).strip()
    if len(text) > MAX_TEXT:
        raise ValueError(say(m.TOO_LONG, most=MAX_TEXT, found=len(text)))
    return text


def as_text(cell: Cell) -> str:
    """Any cell as text: whole numbers without ``.0``, dates in ISO form."""
    if isinstance(cell, bool):
        return "yes" if cell else "no"
    if isinstance(cell, float) and cell.is_integer():
        return str(int(cell))
    if isinstance(cell, datetime) and cell.time() == time(0):
        return cell.date().isoformat()
    if isinstance(cell, date | time):
        return cell.isoformat()
    return str(cell)


def as_number(cell: Cell) -> float:
    """A decimal number: ``43.2567``, ``43,2567``, ``1 234,5``, ``43°15'30"N``."""
    if isinstance(cell, int | float) and not isinstance(cell, bool):
        value = float(cell)
    elif isinstance(cell, str):
        value = _number_from_text(cell)
    else:
        raise ValueError(say(m.A_NUMBER))
    if not math.isfinite(value):
        raise ValueError(say(m.A_FINITE_NUMBER))
    return value


def _number_from_text(text: str) -> float:
    compact = _SPACES.sub("", text).replace("−", "-").replace("'", "")
    if _DECIMAL.fullmatch(compact):
        if "," in compact and "." in compact:
            raise ValueError(say(m.ONE_SEPARATOR))
        return float(compact.replace(",", "."))
    if _GROUPED.fullmatch(compact):
        return float(compact.replace(",", ""))  # 1,234,567 or 1,234.5
    dms = _DMS.fullmatch(text.strip())
    if dms:
        value = float(dms["deg"].replace(",", "."))
        value += float((dms["min"] or "0").replace(",", ".")) / 60
        value += float((dms["sec"] or "0").replace(",", ".")) / 3600
        return -value if (dms["hemi"] or "").upper() in {"S", "W", "Ю", "З"} else value
    raise ValueError(say(m.A_DECIMAL))


def as_whole_number(cell: Cell) -> int:
    """A whole number: ``1234``, ``1 234`` (with a space or a no-break space), ``1234.0``."""
    if isinstance(cell, str) and _THOUSANDS.fullmatch(compact := _SPACES.sub("", cell)):
        return int(compact.replace(",", ""))
    try:
        value = as_number(cell)
    except ValueError:
        raise ValueError(say(m.A_WHOLE_NUMBER_LIKE)) from None
    if not value.is_integer():
        raise ValueError(say(m.A_WHOLE_NUMBER))
    if abs(value) > 10**12:
        raise ValueError(say(m.A_SENSIBLE_NUMBER))
    return int(value)


def as_station_number(cell: Cell) -> int:
    """A station's number, also written ``№ 101`` or ``УИК №101``."""
    if isinstance(cell, str):
        cell = re.sub(r"^\s*(уик|участок|no\.?|n)?\s*№?\s*", "", cell, flags=re.IGNORECASE)
    try:
        value = as_whole_number(cell)
    except ValueError:
        raise ValueError(say(m.A_STATION_NUMBER)) from None
    if value < 0:
        raise ValueError(say(m.A_POSITIVE_NUMBER))
    return value


def as_time(cell: Cell) -> time:
    """A time of day: ``07:00``, ``7.00``, ``7:00:00``, or an Excel time."""
    if isinstance(cell, datetime):
        return cell.time()
    if isinstance(cell, time):
        return cell
    if isinstance(cell, float | int) and not isinstance(cell, bool) and 0 <= cell < 1:
        minutes = round(cell * 24 * 60)
        return time(minutes // 60 % 24, minutes % 60)
    if isinstance(cell, str):
        match = _TIME.fullmatch(cell.strip())
        if match and int(match[1]) < 24 and int(match[2]) < 60 and int(match[3] or 0) < 60:
            return time(int(match[1]), int(match[2]), int(match[3] or 0))
    raise ValueError(say(m.A_TIME))


def as_date(cell: Cell) -> date:
    """A date: ``2021-01-10``, ``10.01.2021``, an Excel date or a date serial number."""
    if isinstance(cell, datetime):
        return cell.date()
    if isinstance(cell, date):
        return cell
    if isinstance(cell, int | float) and not isinstance(cell, bool) and 20_000 < cell < 80_000:
        return _EXCEL_EPOCH + timedelta(days=int(cell))
    if isinstance(cell, str):
        for pattern in _DATE_FORMATS:
            try:
                return datetime.strptime(cell.strip(), pattern).date()
            except ValueError:
                continue
    raise ValueError(say(m.A_DATE))


def as_dates(cell: Cell) -> list[date]:
    """Dates separated by commas, semicolons or line breaks."""
    if not isinstance(cell, str):
        return [as_date(cell)]
    parts = [p for p in re.split(r"[;,\n]+|\s{2,}", cell) if p.strip()]
    if len(parts) == 1 and " " in parts[0].strip():
        parts = parts[0].split()
    return [as_date(part) for part in parts]


def as_choice(cell: Cell, words: Mapping[str, object], expected: str) -> object:
    """The value a word stands for in ``words`` (keys compared by :func:`word_key`);
    ``expected`` is the message when it is none (``say(ip.URBAN_OR_RURAL)``)."""
    key = word_key(as_text(cell))
    if key in words:
        return words[key]
    raise ValueError(expected)


def as_words(cell: Cell) -> list[str]:
    """Items of a list cell: ``'ru, kk'``, ``'English; Chinese'``, ``'русский и казахский'``."""
    text = as_text(cell)
    parts = re.split(r"[,;/|+\n]+|\s+(?:и|and|және)\s+", text)
    items = [p.strip(" .") for p in parts if p.strip(" .")]
    if len(items) == 1 and " " in items[0]:
        words = items[0].split()
        if all(len(w) <= 3 for w in words):  # 'ru kk en'
            return words
    return items
