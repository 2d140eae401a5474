"""Safe cells: text from imported lists is written as text, never as a formula.

A station list may hold ``=HYPERLINK(...)``, ``+cmd|' /C calc'!A0`` or ``@SUM(...)`` (formula
injection). openpyxl turns any string starting with ``=`` into a formula; Excel and LibreOffice
re-read ``+ - @`` (and a leading tab or carriage return) as formulas when a cell is edited or
the sheet is saved as CSV. :func:`cell` is the one function every writer uses: such text goes
out as a string cell with Excel's "quote prefix" (the cell stays text when edited), and
characters an .xlsx cannot hold are dropped.
"""

from __future__ import annotations

from collections.abc import Sequence
from copy import copy
from datetime import date, datetime, time
from typing import Any

from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
"""Leading characters that spreadsheet programs may read as the start of a formula."""

Value = str | int | float | bool | date | time | datetime | None


def is_risky(text: str) -> bool:
    """True for text a spreadsheet program could take for a formula."""
    return text.startswith(FORMULA_STARTS)


def clean(text: str) -> str:
    """Text without the control characters an .xlsx file cannot hold."""
    return ILLEGAL_CHARACTERS_RE.sub("", text)


def cell(sheet: Any, value: Value, style: str | None = None) -> Any:
    """A write-only cell holding ``value`` safely, in the named ``style`` if given.

    Plain values (numbers, dates, harmless text) without a style are returned as they are,
    which openpyxl writes fastest.
    """
    risky = False
    if isinstance(value, str):
        value = clean(value)
        risky = is_risky(value)
    if style is None and not risky:
        return value
    out = WriteOnlyCell(sheet, value)
    if style is not None:  # first: a named style replaces the cell's whole format
        known = getattr(sheet.parent, "_mp_style_arrays", {}).get(style)
        if known is not None:
            out._style = copy(known)  # what ``out.style = style`` does, without the search
        else:
            out.style = style
    if risky:
        out.data_type = "s"  # openpyxl made '=...' a formula: make it text again
        out.quotePrefix = True
    return out


def row(
    sheet: Any, values: Sequence[Value], styles: Sequence[str | None] | None = None
) -> list[Any]:
    """A row of safe cells, each in its column's style."""
    if styles is None:
        return [cell(sheet, value) for value in values]
    return [cell(sheet, value, style) for value, style in zip(values, styles, strict=False)]


def sheet_title(text: str, taken: set[str]) -> str:
    """A valid, unique worksheet name (31 characters, none of ``[]:*?/\\``), added to ``taken``."""
    name = "".join("_" if c in "[]:*?/\\" else c for c in clean(text)).strip("' ") or "Sheet"
    name = name[:31]
    candidate, n = name, 2
    while candidate.casefold() in {t.casefold() for t in taken}:
        suffix = f" ({n})"
        candidate, n = name[: 31 - len(suffix)] + suffix, n + 1
    taken.add(candidate)
    return candidate
