"""Exports in the export process: files written with progress, Cancel leaves the destination
as it was, an error in the process is one clear message."""

from __future__ import annotations

import queue
import threading
from pathlib import Path

from pytestqt.qtbot import QtBot

from missionplanner.export.pdf import write_route_pdfs
from tests.export.conftest import build_mission, build_plan
from tests.ui.conftest import Answers
from tests.ui.helpers import window_with
from ui.export_job import ExportDone, ExportJob, work
from ui.main_window import MainWindow

WAIT_MS = 60_000


def _snapshot(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


def _beside(folder: Path) -> list[str]:
    """What lies beside ``folder`` but the mission, its plan and lock files."""
    return sorted(p.name for p in folder.parent.iterdir()
                  if not p.name.endswith(".lock") and p.name != "settings"
                  and not p.name.startswith("mission."))


def _run(job: ExportJob, cancel: threading.Event | None = None) -> list[tuple[object, ...]]:
    inbox: queue.Queue[ExportJob] = queue.Queue()
    inbox.put(job)
    messages: queue.Queue[tuple[object, ...]] = queue.Queue()
    work(inbox, messages, cancel or threading.Event())
    return [messages.get_nowait() for _ in range(messages.qsize())]


def _job(path: Path, target: str = "pdf", **kw: object) -> ExportJob:
    return ExportJob(target, str(path), build_mission().model_dump_json(),
                     build_plan().model_dump_json(), **kw)  # type: ignore[arg-type]


def _wait(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: not window.exports.busy(), timeout=WAIT_MS)


def test_work_reports_each_route_sheet_then_the_files(tmp_path: Path) -> None:
    """The process function, called directly: progress per sheet, then what was written."""
    got = _run(_job(tmp_path / "sheets", parts="per_team"))
    assert [m[0] for m in got] == ["progress"] * 4 + ["done"]
    assert got[-2][1] == (4, 4)
    assert got[-1][1] == ExportDone(str(tmp_path / "sheets"), 3)
    assert len(list((tmp_path / "sheets").iterdir())) == 3


def test_work_says_clearly_when_the_folder_cannot_be_made(tmp_path: Path) -> None:
    """A destination under a file (no folder can be made there): one line naming it."""
    (tmp_path / "plain").write_text("a file")
    got = _run(_job(tmp_path / "plain" / "sheets"))
    assert got[-1][0] == "error"
    text = str(got[-1][1])
    assert "Traceback" not in text and str(tmp_path / "plain") in text


def test_pdf_export_runs_in_the_export_process(qtbot: QtBot, tmp_path: Path,
                                               answers: Answers) -> None:
    """Started from the window: the process writes the files, progress reaches the status
    bar, and the end offers Show in Folder."""
    window = window_with(qtbot, plan=build_plan(), folder=tmp_path)
    steps: list[object] = []
    window.exports.runner.progressed.connect(steps.append)
    out = tmp_path / "sheets"
    window.exports.start("pdf", out, "en")
    assert window.exports.runner.is_running()
    assert not window.task_progress.isHidden() and not window.task_cancel.isHidden()
    _wait(qtbot, window)
    assert sorted(p.name for p in out.iterdir()) == [
        "route_sheet_a1.pdf", "route_sheet_a2.pdf", "route_sheet_t1.pdf", "route_sheets.pdf"]
    assert steps and steps[-1] == (8, 8)
    assert answers.asked[-1][0] == "done_with_folder"
    assert "4 PDF files" in answers.asked[-1][1]
    assert window.task_progress.isHidden() and window.task_cancel.isHidden()


def test_team_workbooks_with_a_password_in_the_export_process(qtbot: QtBot, tmp_path: Path,
                                                              answers: Answers) -> None:
    window = window_with(qtbot, plan=build_plan(), folder=tmp_path)
    out = tmp_path / "teams"
    window.exports.start("teams", out, "ru", password="secret")
    _wait(qtbot, window)
    files = sorted(out.iterdir())
    assert len(files) == 3
    assert all(not f.read_bytes().startswith(b"PK") for f in files)  # encrypted, not a zip
    assert "3 team workbooks" in answers.asked[-1][1]


def test_cancel_mid_way_leaves_the_previous_set(qtbot: QtBot, tmp_path: Path,
                                                answers: Answers) -> None:
    """Cancelled after one route sheet: the folder holds the old files, byte for byte, and
    no half-written set lies beside it."""
    out = tmp_path / "sheets"
    write_route_pdfs(build_mission(), build_plan(), out, lang="ru")
    before = _snapshot(out)
    window = window_with(qtbot, plan=build_plan(), folder=tmp_path)
    window.exports.stop_after = 1
    window.exports.start("pdf", out, "en")
    _wait(qtbot, window)
    assert _snapshot(out) == before
    assert _beside(out) == ["sheets"]
    assert "cancelled" in window.statusBar().currentMessage()
    assert not any(kind == "done_with_folder" for kind, _ in answers.asked)


def test_cancel_button_before_anything_is_written(qtbot: QtBot, tmp_path: Path,
                                                  answers: Answers) -> None:
    """The status bar's Cancel: a new destination is never created."""
    window = window_with(qtbot, plan=build_plan(), folder=tmp_path)
    out = tmp_path / "teams"
    window.exports.start("teams", out, "en")
    window.task_cancel.click()
    _wait(qtbot, window)
    assert not out.exists() and _beside(out) == []
    assert "cancelled" in window.statusBar().currentMessage()
    assert window.task_cancel.isHidden()


def test_error_in_the_export_process_is_one_clear_message(qtbot: QtBot, tmp_path: Path,
                                                          answers: Answers) -> None:
    """A folder holding other files is refused by the export process: the window says why
    (the folder named, no traceback) and stays usable; the folder is untouched."""
    out = tmp_path / "mine"
    out.mkdir()
    (out / "notes.txt").write_text("keep me")
    window = window_with(qtbot, plan=build_plan(), folder=tmp_path)
    window.exports.start("pdf", out, "en")
    _wait(qtbot, window)
    kind, text = answers.asked[-1]
    assert kind == "error" and "Export failed" in text and str(out) in text
    assert "Traceback" not in text
    assert [p.name for p in out.iterdir()] == ["notes.txt"]
    assert window.task_progress.isHidden()
    window.exports.start("pdf", tmp_path / "sheets", "en")  # and the next export works
    _wait(qtbot, window)
    assert (tmp_path / "sheets" / "route_sheets.pdf").is_file()


def test_killed_export_leaves_no_half_written_folder(qtbot: QtBot, tmp_path: Path) -> None:
    """An export process ended from outside (Cancel not heard in time, the window closing):
    what it was writing beside the destination is removed."""
    window = window_with(qtbot, plan=build_plan(), folder=tmp_path)
    out = tmp_path / "sheets"
    fresh = tmp_path / ".sheets.new-99999-x"
    fresh.mkdir()
    (fresh / "route_sheets.pdf").write_bytes(b"half")
    window.exports.runner._stopped(("pdf", out))
    assert not fresh.exists()
