"""Import with a preview and an error table; exports and actuals off the window's thread."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from tests.ui.conftest import Answers
from tests.ui.helpers import window_with
from ui.dialogs.import_preview import ImportDialog

GOOD = """Number,Commission,Region,Settlement,Latitude,Longitude,Voters,Remarks
105,Almalinsky district,Almaty,Almaty,43.29,76.95,1300,new
5,Makhambet district,Atyrau Region,Makhambet,47.35,51.55,500,new
"""
BAD = """Number,Commission,Region,Latitude,Longitude,Voters
1,Esil district,Nowhere,51.1,71.4,1200
2,Esil district,Almaty,abc,71.4,-5
"""
WAIT_MS = 60_000


def _dialog(qtbot: QtBot, tmp_path: Path, text: str, window: object) -> ImportDialog:
    path = tmp_path / "list.csv"
    path.write_text(text, "utf-8")
    dialog = ImportDialog(window.document.mission, path, "stations", window)  # type: ignore
    qtbot.addWidget(dialog)
    dialog.wait()
    assert dialog.preview is not None
    return dialog


def test_preview_then_import_is_one_undoable_command(qtbot: QtBot, tmp_path: Path) -> None:
    """The preview counts what would change; Import applies it; undo and redo."""
    window = window_with(qtbot)
    dialog = _dialog(qtbot, tmp_path, GOOD, window)
    assert dialog.messages.label.text() == "2 rows: 2 stations will be added, 0 replaced."
    assert dialog.import_button.isEnabled()
    assert dialog.columns_model.rowCount() == 8  # seven fields and Remarks, not imported
    assert dialog.columns_model.item(7, 2).text() == "not imported"
    assert dialog.rows_model.item(0, 0).text() == "105"
    window.apply_import(dialog)
    stations = window.panels["stations"].model
    assert stations.rowCount() == 10
    assert window.undo_action.text() == "&Undo Import 2 stations from list.csv"
    window.document.undo_stack.undo()
    assert stations.rowCount() == 8
    window.document.undo_stack.redo()
    assert stations.rowCount() == 10


def test_bad_file_shows_every_problem_and_imports_nothing(qtbot: QtBot, tmp_path: Path,
                                                          answers: Answers) -> None:
    """Three problems in a sortable table, copied and saved as CSV; Import disabled."""
    window = window_with(qtbot)
    dialog = _dialog(qtbot, tmp_path, BAD, window)
    assert not dialog.import_button.isEnabled()
    assert not dialog.messages.isHidden() and "3 problems" in dialog.messages.label.text()
    model = dialog.problems_model
    assert model.rowCount() == 3
    assert [model.item(r, 3).text() for r in range(3)] == ["Region", "Latitude", "Voters"]
    dialog.problems_view.sortByColumn(3, dialog.problems_view.horizontalHeader()
                                      .sortIndicatorOrder().__class__.AscendingOrder)
    rows = list(csv.reader(dialog.problems_csv().splitlines()))
    assert rows[0] == ["File", "Sheet", "Row", "Column", "Problem"]
    assert [r[3] for r in rows[1:]] == ["Latitude", "Region", "Voters"]
    answers.files = [str(tmp_path / "problems.csv")]
    dialog.save_problems()
    saved = (tmp_path / "problems.csv").read_bytes()
    assert saved.startswith(b"\xef\xbb\xbf") and b"Nowhere" in saved
    window.apply_import(dialog)
    assert window.document.undo_stack.count() == 0


def test_options_read_the_file_again(qtbot: QtBot, tmp_path: Path) -> None:
    """Skipping bad rows imports the good one."""
    window = window_with(qtbot)
    text = BAD + "3,Almalinsky district,Almaty,43.3,76.9,800\n"
    dialog = _dialog(qtbot, tmp_path, text, window)
    assert not dialog.import_button.isEnabled()
    dialog.skip_bad.setChecked(True)
    dialog.wait()
    assert dialog.import_button.isEnabled()
    assert "2 rows with problems are left out" in dialog.messages.label.text()


def test_import_from_the_menu(qtbot: QtBot, tmp_path: Path, answers: Answers,
                              monkeypatch: pytest.MonkeyPatch) -> None:
    """File ▸ Import Observers: choose, preview, accept."""
    from ui import ask

    window = window_with(qtbot)
    roster = tmp_path / "roster.csv"
    roster.write_text("Name,Nationality,Languages\nZhanna Ivanova,Belarus,ru\n", "utf-8")
    answers.files = [str(roster)]

    def accept(dialog: ImportDialog) -> bool:
        dialog.wait()
        return dialog.import_button.isEnabled()

    monkeypatch.setattr(ask, "run_dialog", accept)
    window.import_observers_action.trigger()
    assert window.panels["observers"].model.rowCount() == 6
    assert window.tabs.currentWidget() is window.panels["observers"]


def test_export_workbook_in_the_background(qtbot: QtBot, tmp_path: Path,
                                          answers: Answers) -> None:
    """The workbook is written off the window's thread; the end offers Show in Folder."""
    from tests.export.conftest import build_plan

    window = window_with(qtbot, plan=build_plan(), folder=tmp_path)
    target = tmp_path / "book.xlsx"
    window.exports.start("workbook", target)
    assert not window.task_progress.isHidden()
    qtbot.waitUntil(lambda: not window.exports.busy(), timeout=WAIT_MS)
    assert target.stat().st_size > 5000
    assert answers.asked[-1][0] == "done_with_folder"
    assert "4 route sheets" in answers.asked[-1][1]
    assert window.task_progress.isHidden()


def test_export_never_overwrites_the_mission(qtbot: QtBot, tmp_path: Path,
                                             answers: Answers) -> None:
    """Choosing the mission file as the workbook is refused before anything is written."""
    from tests.export.conftest import build_plan

    window = window_with(qtbot, plan=build_plan(), folder=tmp_path)
    before = (tmp_path / "mission.json").read_bytes()
    window.exports.start("workbook", tmp_path / "mission.json")
    assert answers.asked[-1][0] == "error"
    assert (tmp_path / "mission.json").read_bytes() == before


def test_import_actuals_is_undoable(qtbot: QtBot, tmp_path: Path, answers: Answers) -> None:
    """Form submissions set 'visited at' as one command."""
    from tests.export.conftest import build_plan

    window = window_with(qtbot, plan=build_plan())
    form = tmp_path / "odk.csv"
    form.write_text("team,day,activity,station,visited_at\n"
                    "T1,2019-06-09,opening,at/1,2019-06-09T06:41:00+05:00\n", "utf-8")
    answers.files = [str(form)]
    old = window.document.plan
    window.import_actuals_action.trigger()
    qtbot.waitUntil(lambda: window.document.plan is not old, timeout=WAIT_MS)
    assert window.undo_action.text() == "&Undo Import actuals from odk.csv (1 visits)"
    visits = window.panels["visits"].model
    row = visits.row_of("T1@2019-06-09#1")
    assert row is not None
    assert visits.index(row, 11).data() == "06:41"
