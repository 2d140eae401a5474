"""Header matching: which column of a sheet holds which field, whatever the language.

Headers are compared by a *key*: lower case, ``ё`` as ``е``, Kazakh letters folded to their
nearest Russian ones (``қ`` as ``к``, ...), and everything but letters, digits and ``№`` left
out; a part in brackets, or after a comma, is tried both with and without it. So
``« № участка »``, ``№участка`` and ``№ Участка`` are one header, and ``Широта (N)`` is
``Широта``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from missionplanner import messages as m
from missionplanner.errors import InputProblem
from missionplanner.io.tabular import Cell, Formula, Row, Sheet
from missionplanner.messages import say

HEADER_SEARCH_ROWS = 15
"""The header row is looked for among a sheet's first rows (titles and blank rows above it)."""
MIN_HEADER_FIELDS = 2
IGNORED = "ignore"
"""The field a column mapping gives a column to leave it out."""

_FOLD = str.maketrans("ёәғқңөұүһі", "еагкноуухи")
_BRACKETS = re.compile(r"[(\[{].*?[)\]}]")
_NOT_KEY = re.compile(r"[^\w№]|_")


@dataclass(frozen=True)
class Column:
    """A field that a spreadsheet column may give, with the headers it goes by."""

    field: str
    en: str
    ru: str
    kk: str | None
    what: str
    """What to enter, in English (template instructions and error messages)."""
    what_ru: str
    example: str
    required: bool = False
    synonyms: tuple[str, ...] = ()
    choices: tuple[str, ...] = ()
    """Values offered by the template's drop-down list (Russian ones are accepted too)."""

    def headers(self) -> list[str]:
        """Every header text accepted for this column."""
        return [h for h in (self.en, self.ru, self.kk, *self.synonyms) if h]


def header_key(text: str) -> str:
    """The comparable form of a header (see the module docstring)."""
    return _NOT_KEY.sub("", text.casefold().translate(_FOLD))


def _keys(text: str) -> list[str]:
    """The header as a whole, without brackets, and before a comma (``Voters, people``)."""
    plain = _BRACKETS.sub("", text)
    keys = [header_key(text), header_key(plain), header_key(plain.split(",")[0])]
    return [k for i, k in enumerate(keys) if k and k not in keys[:i]]


def header_index(columns: list[Column]) -> dict[str, str]:
    """``{header key: field}`` for every accepted header."""
    index: dict[str, str] = {}
    for column in columns:
        for header in column.headers():
            index.setdefault(header_key(header), column.field)
    return index


def field_of(cell: Cell, index: dict[str, str]) -> str | None:
    """The field a header cell names, if any."""
    if not isinstance(cell, str):
        return None
    for key in _keys(cell):
        if key in index:
            return index[key]
    return None


@dataclass
class Located:
    """A sheet's header row and which column gives which field."""

    sheet: Sheet
    header: Row
    columns: dict[str, int] = field(default_factory=dict)
    """``{field: 0-based column index}``."""
    titles: dict[str, str] = field(default_factory=dict)
    """``{field: the header as written}``, for messages."""
    ignored: list[str] = field(default_factory=list)
    problems: list[InputProblem] = field(default_factory=list)

    last_header_row: int = 0
    """The header's last row: a second row when titles span two (``Координаты`` over
    ``Широта`` and ``Долгота``)."""

    @property
    def data_rows(self) -> list[Row]:
        """The rows below the header."""
        last = max(self.header.number, self.last_header_row)
        return [row for row in self.sheet.rows if row.number > last]


def find_header(sheet: Sheet, index: dict[str, str], file: str) -> Located | None:
    """The row among the first ones naming the most fields (at least two), mapped."""
    best: Row | None = None
    best_score = MIN_HEADER_FIELDS - 1
    for row in sheet.rows[:HEADER_SEARCH_ROWS]:
        named = {field_of(cell, index) for cell in row.cells}
        score = len(named - {None, IGNORED})
        if score > best_score:
            best, best_score = row, score
    if best is None:
        return None
    located = Located(sheet=sheet, header=best)
    below = _second_header_row(sheet, best, index)
    width = max(len(best.cells), len(below.cells) if below else 0)
    for position in range(width):
        cell = best.cells[position] if position < len(best.cells) else None
        title, name = _title(cell), field_of(cell, index)
        if name is None and below is not None and position < len(below.cells):
            under = below.cells[position]
            if field_of(under, index) is not None:
                title, name = _title(under), field_of(under, index)
                located.last_header_row = below.number
        if name is None or name == IGNORED:
            if title:
                located.ignored.append(title)
            continue
        if name in located.columns:
            located.problems.append(
                InputProblem(
                    message=say(m.SAME_FIELD, column=repr(located.titles[name])),
                    file=file,
                    sheet=sheet.name,
                    row=best.number,
                    column=title,
                )
            )
            continue
        located.columns[name] = position
        located.titles[name] = title
    return located


def _second_header_row(sheet: Sheet, header: Row, index: dict[str, str]) -> Row | None:
    """The row below the header when it names fields under the header's unnamed cells."""
    following = [row for row in sheet.rows if row.number == header.number + 1]
    if not following:
        return None
    below = following[0]
    named = {f for f in (field_of(c, index) for c in header.cells) if f}
    extra = [
        f
        for position, cell in enumerate(below.cells)
        if (f := field_of(cell, index))
        and (position >= len(header.cells) or field_of(header.cells[position], index) is None)
    ]
    others = [c for c in below.cells if c is not None and field_of(c, index) is None]
    return below if extra and not set(extra) & named and not others else None


def _title(cell: Cell) -> str:
    if cell is None:
        return ""
    if isinstance(cell, Formula):
        return cell.text
    return " ".join(str(cell).split())


def repeats_header(row: Row, located: Located) -> bool:
    """True when a data row is the header again (as printed on every page of a long list)."""
    matches = 0
    for name, position in located.columns.items():
        cell = row.cells[position] if position < len(row.cells) else None
        if isinstance(cell, str) and header_key(cell) == header_key(located.titles[name]):
            matches += 1
    return matches >= max(2, (len(located.columns) + 1) // 2)
