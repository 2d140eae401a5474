"""File ▸ Export ▸ Route Sheets (PDF) from the app: language, one file or one per team, off
the window's thread, "Show in Folder" at the end."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from pytestqt.qtbot import QtBot

from tests.export.conftest import build_plan
from tests.ui.conftest import Answers
from tests.ui.helpers import window_with
from ui import ask
from ui.dialogs.export import ExportDialog

WAIT_MS = 60_000


def _export(qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, parts: str,
            lang: str) -> tuple[Path, ExportDialog]:
    window = window_with(qtbot, plan=build_plan(), folder=tmp_path)
    out = tmp_path / "sheets"
    seen: list[ExportDialog] = []

    def fill(dialog: ExportDialog) -> bool:
        seen.append(dialog)
        dialog.path.setText(str(out))
        dialog.language.setCurrentIndex(dialog.language.findData(lang))
        dialog.pdf_files.setCurrentIndex(dialog.pdf_files.findData(parts))
        return True

    monkeypatch.setattr(ask, "run_dialog", fill)
    window.export_pdf_action.trigger()
    assert window.exports.busy()  # written in the background...
    assert not window.task_progress.isHidden()  # ...with a busy indicator
    qtbot.waitUntil(lambda: not window.exports.busy(), timeout=WAIT_MS)
    return out, seen[0]


def test_one_file_per_team_in_russian(qtbot: QtBot, tmp_path: Path,
                                      monkeypatch: pytest.MonkeyPatch,
                                      answers: Answers) -> None:
    """Need to know: one PDF per team, each with its own days and stations only."""
    out, dialog = _export(qtbot, tmp_path, monkeypatch, "per_team", "ru")
    assert dialog.windowTitle() == "Export Route Sheets (PDF)"
    assert sorted(p.name for p in out.iterdir()) == [
        "route_sheet_a1.pdf", "route_sheet_a2.pdf", "route_sheet_t1.pdf"]
    pages = {team: PdfReader(out / f"route_sheet_{team.lower()}.pdf").pages
             for team in ("A1", "A2", "T1")}
    assert {team: len(p) for team, p in pages.items()} == {"A1": 2, "A2": 1, "T1": 1}
    t1 = pages["T1"][0].extract_text()
    assert "Маршрутный лист" in t1 and "Atyrau city" in t1 and "Almalinsky" not in t1
    assert all("Atyrau" not in p.extract_text() for p in pages["A1"])
    assert answers.asked[-1][0] == "done_with_folder"
    assert "3 PDF files" in answers.asked[-1][1]


def test_all_teams_in_one_file_then_show_in_folder(qtbot: QtBot, tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    opened: list[QUrl] = []
    monkeypatch.setattr(ask, "done_with_folder", lambda *_args: True)
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    out, _ = _export(qtbot, tmp_path, monkeypatch, "combined", "en")
    assert [p.name for p in out.iterdir()] == ["route_sheets.pdf"]
    reader = PdfReader(out / "route_sheets.pdf")
    assert len(reader.pages) == len(build_plan().routes)  # one page per team and day
    assert "Route sheet" in reader.pages[0].extract_text()
    assert [u.toLocalFile() for u in opened] == [str(out)]
