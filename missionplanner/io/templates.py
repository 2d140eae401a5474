"""Excel templates for the secretariat to fill in: stations or observers, English or Russian.

The first sheet has the header row only (frozen, with a comment on each header giving the
other language's header, what to enter and an example) and drop-down lists for the columns
with fixed values. A second sheet, "Instructions", explains every column. There is no example
row among the data, so an untouched template never imports an example: it is refused with
"has a header but no ... below it".
"""

from __future__ import annotations

import io
import os
from typing import TYPE_CHECKING, Literal

from missionplanner.io.atomic import atomic_write_bytes
from missionplanner.io.columns import OBSERVER_COLUMNS, STATION_COLUMNS
from missionplanner.io.headers import Column

if TYPE_CHECKING:
    from openpyxl.worksheet.worksheet import Worksheet

TemplateKind = Literal["stations", "observers"]
Language = Literal["en", "ru"]
VALIDATED_ROWS = 5000
"""Drop-down lists cover this many rows below the header."""

_SHEETS = {
    ("stations", "en"): "Stations",
    ("stations", "ru"): "Участки",
    ("observers", "en"): "Observers",
    ("observers", "ru"): "Наблюдатели",
}
_CHOICES_RU = {
    "kind": ("обычный", "закрытый", "за рубежом"),
    "locality": ("город", "село"),
    "role": ("наблюдатель", "руководитель", "vip", "сотрудник"),
    "gender": ("Ж", "М"),
    "experienced": ("да", "нет"),
}
_TITLES = {
    "en": ["Column", "Russian header", "Kazakh header", "Required", "What to enter", "Example"],
    "ru": ["Столбец", "Английский", "Казахский", "Обязательно", "Что вводить", "Пример"],
}
_INTRO = {
    "en": [
        "Fill in one row per {item} on the sheet '{sheet}', below its header row.",
        "Keep the header row. Columns may be in any order; headers in English, Russian or "
        "Kazakh are recognised. Required columns are shaded darker.",
        "Type values, not formulas. Coordinates are decimal degrees (43.2567 or 43,2567).",
        "Importing is all or nothing: every problem is listed with its row and column, "
        "and nothing is imported until all are fixed. Rows with an ID already in the mission "
        "replace it.",
    ],
    "ru": [
        "Заполните по одной строке на {item_ru} на листе «{sheet}», под строкой заголовков.",
        "Не удаляйте строку заголовков. Порядок столбцов любой; заголовки принимаются "
        "на русском, казахском или английском. Обязательные столбцы выделены темнее.",
        "Вводите значения, а не формулы. Координаты — в десятичных градусах (43,2567).",
        "Импорт выполняется целиком или не выполняется: все ошибки перечисляются с номером "
        "строки и столбцом. Строки с уже имеющимся ID заменяют прежние.",
    ],
}


def write_template(kind: TemplateKind, path: str | os.PathLike[str], lang: Language = "en") -> None:
    """Write an .xlsx template for ``stations`` or ``observers`` (headers in ``lang``)."""
    from openpyxl import Workbook
    from openpyxl.comments import Comment
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.worksheet.datavalidation import DataValidation

    if kind not in ("stations", "observers"):
        raise ValueError(f"unknown template kind {kind!r}")
    columns = STATION_COLUMNS if kind == "stations" else OBSERVER_COLUMNS
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = _SHEETS[(kind, lang)]
    required_fill = PatternFill("solid", fgColor="9BC2E6")
    optional_fill = PatternFill("solid", fgColor="DDEBF7")
    for position, column in enumerate(columns, start=1):
        cell = sheet.cell(row=1, column=position, value=_header(column, lang))
        cell.font = Font(bold=True)
        cell.fill = required_fill if column.required else optional_fill
        cell.alignment = Alignment(wrap_text=True, vertical="center")
        cell.comment = Comment(_comment(column, lang), "Mission Planner", width=320, height=160)
        letter = cell.column_letter
        sheet.column_dimensions[letter].width = max(12, min(40, len(_header(column, lang)) + 6))
        choices = _CHOICES_RU.get(column.field) if lang == "ru" else column.choices
        if choices:
            validation = DataValidation(
                type="list",
                formula1='"' + ",".join(choices) + '"',
                allow_blank=True,
                showErrorMessage=True,
                errorTitle=column.en,
                error=f"{column.what}",
            )
            validation.add(f"{letter}2:{letter}{VALIDATED_ROWS + 1}")
            sheet.add_data_validation(validation)
    sheet.freeze_panes = "A2"
    _instructions(workbook.create_sheet("Instructions" if lang == "en" else "Инструкция"),
                  columns, kind, lang, sheet.title)  # fmt: skip
    buffer = io.BytesIO()
    workbook.save(buffer)
    atomic_write_bytes(path, buffer.getvalue())


def _header(column: Column, lang: Language) -> str:
    return column.en if lang == "en" else column.ru


def _comment(column: Column, lang: Language) -> str:
    other = column.ru if lang == "en" else column.en
    required = ("Required" if lang == "en" else "Обязательно") if column.required else ""
    what = column.what if lang == "en" else column.what_ru
    example = ("Example: " if lang == "en" else "Пример: ") + column.example
    return "\n".join(line for line in (other, required, what, example) if line)


def _instructions(
    sheet: Worksheet, columns: list[Column], kind: str, lang: Language, data: str
) -> None:
    from openpyxl.styles import Alignment, Font

    item, item_ru = (
        ("polling station", "участок") if kind == "stations" else ("observer", "наблюдателя")
    )
    for line in _INTRO[lang]:
        sheet.append([line.format(item=item, item_ru=item_ru, sheet=data)])
    sheet.append([])
    titles = _TITLES[lang]
    sheet.append(titles)
    for cell in sheet[sheet.max_row]:
        cell.font = Font(bold=True)
    for column in columns:
        sheet.append(
            [
                _header(column, lang),
                column.ru if lang == "en" else column.en,
                column.kk or "",
                ("yes" if lang == "en" else "да") if column.required else "",
                column.what if lang == "en" else column.what_ru,
                column.example,
            ]
        )
    for letter, width in zip("ABCDEF", (22, 28, 24, 10, 70, 30), strict=True):
        sheet.column_dimensions[letter].width = width
    for row in sheet.iter_rows(min_row=7):
        for cell in row:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
