"""Named styles and print settings shared by every exported sheet.

Named styles (``mp-title``, ``mp-header``, ...) show in Excel's and LibreOffice's style lists,
so a secretariat can restyle a whole workbook in one place.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from openpyxl.styles import Alignment, Border, Font, NamedStyle, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.properties import PageSetupProperties

TITLE = "mp-title"
LABEL = "mp-label"
HEADER = "mp-header"
TEXT = "mp-text"
WRAP = "mp-wrap"
NUMBER = "mp-number"
DECIMAL = "mp-decimal"
PERCENT = "mp-percent"
TIME = "mp-time"
DATE = "mp-date"
DATETIME = "mp-datetime"
FILL_IN = "mp-fill-in"
TOTAL = "mp-total"
VALUE = "mp-value"
VALUE_DATE = "mp-value-date"
ADDRESS = "mp-address"
"""A station's address on a route sheet: bold, wrapped."""
ADDRESS_FIRST = "mp-address-first"
"""The address of a station placed approximately: bold on a highlight (go by the address)."""

_THIN = Side(style="thin", color="808080")
_BOX = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
_TOP = Alignment(vertical="top")


def _styles() -> list[NamedStyle]:
    def style(name: str, **kw: Any) -> NamedStyle:
        kw.setdefault("border", _BOX)
        kw.setdefault("alignment", _TOP)
        kw.setdefault("font", Font(name="Calibri", size=10))
        return NamedStyle(name=name, **kw)

    return [
        style(TITLE, font=Font(name="Calibri", size=14, bold=True), border=Border()),
        style(LABEL, font=Font(name="Calibri", size=10, bold=True), border=Border()),
        style(
            HEADER,
            font=Font(name="Calibri", size=10, bold=True),
            fill=PatternFill("solid", fgColor="D9E1F2"),
            alignment=Alignment(wrap_text=True, vertical="center"),
        ),
        style(TEXT),
        style(WRAP, alignment=Alignment(wrap_text=True, vertical="top")),
        style(NUMBER, number_format="#,##0"),
        style(DECIMAL, number_format="0.00000"),
        style(PERCENT, number_format="0.0%"),
        style(TIME, number_format="hh:mm"),
        style(DATE, number_format="yyyy-mm-dd"),
        style(DATETIME, number_format="yyyy-mm-dd hh:mm"),
        style(FILL_IN, fill=PatternFill("solid", fgColor="FFF2CC"), number_format="hh:mm"),
        style(VALUE, border=Border()),
        style(VALUE_DATE, border=Border(), number_format="yyyy-mm-dd",
              alignment=Alignment(horizontal="left")),
        style(TOTAL, font=Font(name="Calibri", size=10, bold=True), number_format="#,##0"),
        style(ADDRESS, font=Font(name="Calibri", size=11, bold=True),
              alignment=Alignment(wrap_text=True, vertical="top")),
        style(ADDRESS_FIRST, font=Font(name="Calibri", size=11, bold=True),
              fill=PatternFill("solid", fgColor="FCE4D6"),
              alignment=Alignment(wrap_text=True, vertical="top")),
    ]


def add_styles(workbook: Any) -> None:
    """Register the named styles on a new workbook (and remember their formats, see
    :func:`missionplanner.export.safe.cell`: looking a named style up by name is slow)."""
    arrays = {}
    for named in _styles():
        workbook.add_named_style(named)
        arrays[named.name] = named.as_tuple()
    workbook._mp_style_arrays = arrays


def width_of(value: object) -> int:
    """Characters a value needs on screen (times and dates by their format)."""
    if value is None:
        return 0
    if isinstance(value, float):
        return len(f"{value:,.5f}")
    if isinstance(value, int):
        return len(f"{value:,}")
    if hasattr(value, "hour"):
        return 16 if hasattr(value, "year") else 5
    if hasattr(value, "year"):
        return 10
    return max((len(line) for line in str(value).splitlines()), default=0)


def fit_widths(
    rows: Iterable[Sequence[object]], headers: Sequence[str], cap: int = 45
) -> list[float]:
    """Column widths that fit the content (headers wrap over two lines), at most ``cap``."""
    widths = [max(6, (len(h) + 1) // 2 + 1, max((len(w) for w in h.split()), default=0))
              for h in headers]
    for values in rows:
        for i, value in enumerate(values[: len(widths)]):
            widths[i] = max(widths[i], width_of(value))
    return [min(cap, w + 2) for w in widths]


def set_widths(sheet: Any, widths: Sequence[float], hidden: Sequence[int] = ()) -> None:
    """Set column widths (before any row is written in write-only mode); hide some columns."""
    for i, width in enumerate(widths, start=1):
        dim = sheet.column_dimensions[get_column_letter(i)]
        dim.width = width
        if i - 1 in hidden:
            dim.hidden = True


def printable(
    sheet: Any, header_row: int, columns: int, last_row: int, *, filter_: bool = True
) -> None:
    """A4 landscape, fit to one page wide, title rows repeated, frozen below the header,
    autofilter on the header (call before writing rows in write-only mode)."""
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = 9  # A4
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    sheet.page_margins.left = sheet.page_margins.right = 0.4
    sheet.page_margins.top = sheet.page_margins.bottom = 0.5
    sheet.print_options.gridLines = False
    sheet.print_title_rows = f"1:{header_row}"
    sheet.freeze_panes = f"A{header_row + 1}"
    if filter_ and columns:
        last = max(last_row, header_row)
        sheet.auto_filter.ref = f"A{header_row}:{get_column_letter(columns)}{last}"
