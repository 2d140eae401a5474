"""A real office suite opens every kind of workbook: LibreOffice converts each to PDF.

Marked ``libreoffice``; skipped when ``soffice`` is not installed (about 5 s when it is).
Deselect with ``-m "not libreoffice"``.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from missionplanner.export import export_per_team, export_workbook
from missionplanner.export.xlsform import write_xlsform
from missionplanner.model import Mission, Plan

pytestmark = [
    pytest.mark.libreoffice,
    pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) not found"),
]


def _pdf_text(pdf: Path) -> str:
    if shutil.which("pdftotext") is None:
        return ""
    done = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True,
                          text=True, timeout=60, check=True)
    return done.stdout


def test_every_kind_converts_to_pdf(tmp_path: Path, mission: Mission, plan: Plan) -> None:
    """Mission workbook (en, ru), a team's workbook and the XLSForm all become PDFs."""
    export_workbook(mission, plan, tmp_path / "book.xlsx")
    export_workbook(mission, plan, tmp_path / "book-ru.xlsx", lang="ru")
    export_per_team(mission, plan, tmp_path / "teams")
    write_xlsform(mission, plan, tmp_path / "form.xlsx")
    sources = [tmp_path / "book.xlsx", tmp_path / "book-ru.xlsx",
               tmp_path / "teams" / "team-T1.xlsx", tmp_path / "form.xlsx"]
    out = tmp_path / "pdf"
    profile = (tmp_path / "lo-profile").as_uri()
    subprocess.run(["soffice", f"-env:UserInstallation={profile}", "--headless",
                    "--convert-to", "pdf", "--outdir", str(out), *map(str, sources)],
                   capture_output=True, timeout=120, check=True)
    for source in sources:
        pdf = out / f"{source.stem}.pdf"
        assert pdf.exists() and pdf.read_bytes().startswith(b"%PDF"), source.name
    text = _pdf_text(out / "book.pdf")
    if text:
        assert "Route sheet" in text and "Makhambet district" in text
        assert "=HYPERLINK" in text  # shown as text, not evaluated
        assert "Маршрутный лист" in _pdf_text(out / "book-ru.pdf")
        team = _pdf_text(out / "team-T1.pdf")
        assert "Atyrau city" in team and "Almalinsky" not in team
