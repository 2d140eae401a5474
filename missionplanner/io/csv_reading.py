"""CSV and TSV files as secretariats have them: Excel's Windows-1251 with semicolons, UTF-8
with or without a BOM, Excel's "Unicode text" (UTF-16, tabs); the separator is sniffed.

Decoding rule: a BOM decides (UTF-8 or UTF-16); otherwise strict UTF-8; otherwise Windows-1251,
but only when the text is plausibly Russian or Kazakh (most non-ASCII bytes are Cyrillic letters
or the punctuation Excel writes, and words do not mix Latin and Cyrillic letters, which is what
Western European text read as Windows-1251 looks like). Bytes undefined in Windows-1251 (0x98)
and NUL bytes mean the file is not text at all.
"""

from __future__ import annotations

import csv
import io
import re
from collections import Counter

from missionplanner.errors import InputError
from missionplanner.io.tabular import MAX_ROWS, Row, Sheet, Table
from missionplanner.messages import import_problems as ip
from missionplanner.messages import say
from missionplanner.unpacking import MAX_CELLS, MAX_COLUMNS, MAX_TEXT

SEPARATORS = (";", "\t", ",", "|")
"""Candidates, in order of preference on a tie (Excel in Russian locales writes ';')."""
_SNIFF_RECORDS = 60
_SEPARATOR_NAMES = {";": "';'", ",": "','", "|": "'|'"}

_CP1251_CYRILLIC = set(range(0xC0, 0x100)) | {0xA8, 0xB8, 0xB2, 0xB3, 0xAA, 0xBA, 0xAF, 0xBF}
_CP1251_PUNCTUATION = {0xA0, 0xAB, 0xBB, 0xB9, 0x96, 0x97, 0x93, 0x94, 0x84, 0x91, 0x92, 0x85}
_CP1251_PUNCTUATION |= {0xB0, 0x95, 0xA7, 0xB1, 0xA9, 0xAE, 0x99, 0xB7, 0x88}
_MIXED_WORD = re.compile(r"[A-Za-z][А-яЁё]|[А-яЁё][A-Za-z]")
_CYRILLIC_WORD = re.compile(r"\w*[А-яЁё]\w*")


def read_csv_bytes(raw: bytes, name: str) -> Table:
    """Decode, sniff the separator and split into numbered rows (Excel's row numbers)."""
    text, encoding = decode_text(raw, name)
    separator = sniff_separator(text)
    rows = _parse(text, separator, name)
    note = (say(ip.READ_AS_TABS, file=name, encoding=encoding) if separator == "\t" else
            say(ip.READ_AS, file=name, encoding=encoding,
                separator=_SEPARATOR_NAMES[separator]))
    return Table(file=name, sheets=[Sheet(name=None, rows=rows)], notes=[note])


def decode_text(raw: bytes, name: str) -> tuple[str, str]:
    """The text and the name of its encoding, or an :class:`InputError` saying why not."""
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return raw.decode("utf-16"), "UTF-16"
        except UnicodeDecodeError as exc:
            raise _not_text(name, say(ip.LIKE_UTF16, byte=exc.start)) from None
    if raw.startswith(b"\xef\xbb\xbf"):
        try:
            return raw.decode("utf-8-sig"), "UTF-8"
        except UnicodeDecodeError as exc:
            raise _not_text(name, say(ip.LIKE_UTF8, byte=exc.start)) from None
    if b"\x00" in raw:
        raise _not_text(name, say(ip.NUL_BYTES))
    try:
        return raw.decode("utf-8"), "UTF-8"
    except UnicodeDecodeError as exc:
        utf8_error = exc.start
    try:
        text = raw.decode("cp1251")
    except UnicodeDecodeError as exc:
        raise _not_text(name, say(ip.NOT_CP1251, byte=utf8_error, other=exc.start,
                                  code=f"0x{raw[exc.start]:02X}")) from None
    if not _plausible_cp1251(raw, text):
        raise _not_text(name, say(ip.NOT_RUSSIAN, byte=utf8_error))
    return text, "Windows-1251"


def _not_text(name: str, why: str) -> InputError:
    return InputError(say(ip.NOT_TEXT, file=name, why=why))


def _plausible_cp1251(raw: bytes, text: str) -> bool:
    high = [b for b in raw if b >= 0x80]
    known = sum(1 for b in high if b in _CP1251_CYRILLIC or b in _CP1251_PUNCTUATION)
    if known < 0.95 * len(high):
        return False
    words = _CYRILLIC_WORD.findall(text)
    mixed = sum(1 for word in words if _MIXED_WORD.search(word))
    return mixed <= 0.2 * len(words)


def sniff_separator(text: str) -> str:
    """The separator that splits the first records into the most rows of one width."""
    best, best_score = SEPARATORS[0], -1
    for separator in SEPARATORS:
        widths = Counter[int]()
        reader = csv.reader(io.StringIO(text, newline=""), delimiter=separator, strict=False)
        try:
            for index, record in enumerate(reader):
                if index >= _SNIFF_RECORDS:
                    break
                if any(cell.strip() for cell in record):
                    widths[len(record)] += 1
        except csv.Error:
            continue
        wide = [(count, width) for width, count in widths.items() if width > 1]
        score = max(wide)[0] if wide else 0
        if score > best_score:
            best, best_score = separator, score
    return best


def _parse(text: str, separator: str, name: str) -> list[Row]:
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=separator, strict=False)
    rows: list[Row] = []
    cells = 0
    try:
        for number, record in enumerate(reader, start=1):
            if number > MAX_ROWS:
                raise InputError(say(ip.CSV_ROWS, file=name, limit=f"{MAX_ROWS:,}"))
            _check_record(record, number, name)
            cells += len(record)
            if cells > MAX_CELLS:
                raise InputError(say(ip.CSV_CELLS, file=name, line=number,
                                     limit=f"{MAX_CELLS:,}"))
            rows.append(Row(number, tuple(cell if cell != "" else None for cell in record)))
    except csv.Error as exc:
        raise InputError(say(ip.CSV_INVALID, file=name, line=reader.line_num,
                             error=exc)) from None
    return rows


def _check_record(record: list[str], number: int, name: str) -> None:
    if len(record) > MAX_COLUMNS:
        raise InputError(say(ip.CSV_COLUMNS, file=name, line=number, count=f"{len(record):,}",
                             limit=f"{MAX_COLUMNS:,}"))
    for column, cell in enumerate(record, start=1):
        if len(cell) > MAX_TEXT:
            raise InputError(say(ip.CSV_TEXT, file=name, line=number, column=column,
                                 count=f"{len(cell):,}", limit=f"{MAX_TEXT:,}"))
