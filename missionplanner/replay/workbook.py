"""The replay document as an Excel workbook: one sheet per section, the same words and tables."""

from __future__ import annotations

import os
from typing import Any

from openpyxl import Workbook

from missionplanner.export import styles as st
from missionplanner.export.safe import cell, sheet_title
from missionplanner.export.workbook import save_workbook
from missionplanner.replay.document import Section

TEXT_WIDTH = 110
"""Characters of the first column, where the sentences are."""


def write_workbook(title: str, sections: list[Section], path: str | os.PathLike[str]) -> None:
    """Write the report to ``path`` (atomically)."""
    workbook = Workbook(write_only=True)
    st.add_styles(workbook)
    taken: set[str] = set()
    for section in sections:
        sheet = workbook.create_sheet(sheet_title(section.sheet, taken))
        _fill(sheet, title, section)
    save_workbook(workbook, path)


def _fill(sheet: Any, title: str, section: Section) -> None:
    widths = [min(TEXT_WIDTH, max([12] + [len(h) + 2 for t in section.tables
                                          for h in t.headers[:1]]))]
    for table in section.tables:
        for c, header in enumerate(table.headers):
            need = max([len(header) + 2] + [len(str(r[c])) + 2 for r in table.rows
                                            if c < len(r)])
            if c < len(widths):
                widths[c] = max(widths[c], min(need, 60))
            else:
                widths.append(min(need, 60))
    if section.paragraphs:
        widths[0] = TEXT_WIDTH
    st.set_widths(sheet, widths)
    sheet.append([cell(sheet, section.title, st.TITLE)])
    sheet.append([cell(sheet, title, st.LABEL)])
    for paragraph in section.paragraphs:
        sheet.append([cell(sheet, paragraph, st.WRAP)])
    for table in section.tables:
        sheet.append([])
        sheet.append([cell(sheet, table.title, st.LABEL)])
        sheet.append([cell(sheet, h, st.HEADER) for h in table.headers])
        for row in table.rows:
            out = []
            for c, value in enumerate(row):
                if isinstance(value, float):
                    style = st.PERCENT if c in table.percent else None
                    out.append(cell(sheet, value, style) if style else round(value, 1))
                elif isinstance(value, int):
                    out.append(cell(sheet, value, st.NUMBER))
                else:
                    out.append(cell(sheet, value, st.TEXT))
            sheet.append(out)
