"""Formula injection: imported text is written as text, never as a formula."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook

from missionplanner.export import export_per_team, export_workbook
from missionplanner.export.safe import FORMULA_STARTS, cell, is_risky, sheet_title
from missionplanner.export.xlsform import write_xlsform
from missionplanner.model import Mission, Plan
from tests.export.conftest import INJECTIONS
from tests.export.sheets import all_values, formulas_in, load


@pytest.mark.parametrize("start", FORMULA_STARTS)
def test_every_formula_start_is_risky(start: str) -> None:
    """Each leading character a spreadsheet may read as a formula is caught."""
    assert is_risky(f"{start}1+1")
    assert not is_risky(f"a{start}1")


@pytest.mark.parametrize("text", [*INJECTIONS, "\tcmd", "\r=1", "=1+1"])
def test_cell_keeps_risky_text_as_text(text: str) -> None:
    """A risky value becomes a string cell with the quote prefix."""
    sheet = Workbook(write_only=True).create_sheet("x")
    out = cell(sheet, text)
    assert out.data_type == "s"
    assert out.quotePrefix
    assert out.value == text


def test_cell_passes_plain_values_through() -> None:
    """Harmless values are returned unchanged (openpyxl's fastest path)."""
    sheet = Workbook(write_only=True).create_sheet("x")
    assert cell(sheet, "Almaty") == "Almaty"
    assert cell(sheet, 42) == 42
    assert cell(sheet, "bad\x01char") == "badchar"


def test_sheet_titles_are_valid_and_unique() -> None:
    """Sheet names lose forbidden characters, stay within 31 characters and never repeat."""
    taken: set[str] = set()
    first = sheet_title("a/b:c*d?[e]" + "x" * 40, taken)
    second = sheet_title("a/b:c*d?[e]" + "x" * 40, taken)
    assert not set("[]:*?/\\") & set(first)
    assert len(first) <= 31 and len(second) <= 31
    assert first != second


def test_mission_workbook_has_no_formula(tmp_path: Path, mission: Mission, plan: Plan) -> None:
    """Injection attempts in stations, observers and teams stay text in the mission workbook."""
    path = tmp_path / "book.xlsx"
    export_workbook(mission, plan, path)
    assert formulas_in(path) == []
    found = {value for _, _, value in all_values(path) if isinstance(value, str)}
    for attempt in INJECTIONS:
        assert attempt in found
    workbook = load(path)
    for sheet in workbook.worksheets:
        for row in sheet.iter_rows():
            for c in row:
                if isinstance(c.value, str) and is_risky(c.value):
                    assert c.data_type == "s", (sheet.title, c.coordinate)
                    assert c.quotePrefix, (sheet.title, c.coordinate)


def test_team_workbooks_and_form_have_no_formula(
    tmp_path: Path, mission: Mission, plan: Plan
) -> None:
    """Per-team workbooks and the XLSForm carry the injection attempts as text too."""
    files = [w.path for w in export_per_team(mission, plan, tmp_path / "teams")]
    write_xlsform(mission, plan, tmp_path / "form.xlsx")
    for path in [*files, tmp_path / "form.xlsx"]:
        assert formulas_in(path) == [], path
