"""File ▸ Export ▸ … and File ▸ Import Actuals: the same functions as the command line, run
off the window's thread, with progress, Cancel and "Show in Folder" at the end.

Exports run in a separate process (:class:`ExportRunner`, the planning runner's machinery):
every team's PDFs or workbooks are minutes of pure Python that would take the GIL from the
window. Cancel stops the export after its current route sheet or workbook, before anything
replaces the previous files, so the destination keeps its old set (or stays absent). Reading
actuals back is short and stays in a thread (:class:`~ui.background.Background`).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QUrl, Signal
from PySide6.QtGui import QDesktopServices

from missionplanner.io.outputs import Named, check_outputs
from missionplanner.model import Mission, Plan
from ui import ask, commands
from ui.background import Background
from ui.dialogs.export import FOLDERS, ExportDialog, Target
from ui.export_job import ExportDone, ExportJob, work
from ui.i18n.errors import error_lines, error_text
from ui.panels.format import number
from ui.runner import ProcessRunner
from ui.settings import language

if TYPE_CHECKING:
    from ui.main_window import MainWindow


def show_in_folder(path: Path) -> None:
    """Open the file manager on the folder holding ``path`` (or on ``path`` if a folder)."""
    folder = path if path.is_dir() else path.parent
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


class ExportRunner(ProcessRunner):
    """Runs one :class:`~ui.export_job.ExportJob` at a time in a separate process."""

    finished = Signal(object, object)
    """``(stamp, ExportDone)``."""

    cancel_grace_ms = 10_000
    """A cancelled export stops after its current route sheet or workbook: well within this."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(work, "missionplanner-export", parent)

    def _deliver(self, stamp: object, payload: tuple[Any, ...]) -> None:
        self.finished.emit(stamp, payload[0])

    def _stopped(self, stamp: object) -> None:
        """Ended before it finished: remove what it was writing (the old files stay)."""
        if isinstance(stamp, tuple) and isinstance(stamp[1], Path):
            tidy(stamp[1])

    def _crashed_text(self, code: int | None) -> str:
        return self.tr("The export process stopped unexpectedly (exit code {code}); the "
                       "destination was left as it was.").format(code=code)

    def _gave_up_text(self) -> str:
        return self.tr("The export did not stop after Cancel and was ended; the destination "
                       "was left as it was.")


def tidy(path: Path) -> None:
    """Remove the temporary files or folders a killed export of ``path`` left beside it."""
    from missionplanner.io.atomic import remove_stale_temporaries
    from missionplanner.io.folder_swap import remove_leftovers

    remove_leftovers(path)
    if path.parent.is_dir():
        remove_stale_temporaries(path.parent, path.name)


class ExportController(QObject):
    """Exports and the import of actuals for one window."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.document = window.document
        self.background = Background(self)
        self.background.done.connect(self._done)
        self.background.failed.connect(self._failed)
        self.runner = ExportRunner(self)
        self.runner.progressed.connect(self._progress)
        self.runner.finished.connect(self._exported)
        self.runner.failed.connect(self._export_failed)
        self.stop_after: int | None = None
        """Cancel each export by itself after this many units (tests, demonstrations)."""
        self._actuals_of: dict[Path, Plan] = {}

    def busy(self) -> bool:
        """Whether an export or an import of actuals is running."""
        return bool(self.background.running) or self.runner.is_running()

    def cancel(self) -> None:
        """Stop the export: the destination keeps what it held before."""
        if self.runner.is_running():
            self.runner.cancel()
            self.window.task_started(self.tr("Cancelling the export…"))

    def shutdown(self) -> None:
        """Stop an export before the window closes (its destination left as it was)."""
        self.runner.shutdown()

    def export(self, target: Target) -> None:
        """Ask where, then write in the background."""
        mission, plan = self.document.mission, self.document.plan
        if mission is None or plan is None:
            return
        base = self.document.mission_path or Path.cwd() / f"{mission.id}.json"
        stem = base.name.removesuffix(".json")
        suggested = {
            "workbook": base.with_name(f"{stem}.xlsx"),
            "teams": base.with_name(f"{stem}_teams"),
            "form": base.with_name(f"{stem}_form.xlsx"),
            "pdf": base.with_name(f"{stem}_route_sheets"),
        }[target]
        dialog = ExportDialog(target, suggested, language(), self.window)
        if not ask.run_dialog(dialog):
            return
        self.start(target, dialog.destination(), dialog.lang(), dialog.secret(),
                   dialog.pdf_parts())

    def start(self, target: Target, path: Path, lang: str = "en",
              password: str | None = None, parts: str = "both") -> None:
        """Write ``target`` to ``path`` in the background (after checking it is safe);
        ``parts``: which route-sheet PDFs (``both``, ``combined``, ``per_team``)."""
        mission, plan = self.document.mission, self.document.plan
        if mission is None or plan is None:
            return
        inputs = [Named(self.tr("mission file"), p) for p in (self.document.mission_path,)
                  if p is not None]
        inputs += [Named(self.tr("plan file"), p) for p in (self.document.plan_path,)
                   if p is not None]
        kind: Any = "folder" if target in FOLDERS else "workbook"
        try:
            check_outputs([Named(self.tr("the export"), path, kind)], inputs)
        except Exception as exc:  # OutputError: say why and stop
            ask.error(self.window, self.tr("Cannot export there"), error_text(exc))
            return
        if self.runner.is_running():
            ask.error(self.window, self.tr("Cannot export now"),
                      self.tr("Another export is still being written: wait for it to finish "
                              "or cancel it."))
            return
        on_disk = self.document.mission_file_as_shown()
        job = ExportJob(target, str(path),
                        "" if on_disk is not None else mission.model_dump_json(),
                        plan.model_dump_json(), lang, password, parts,
                        str(on_disk) if on_disk is not None else None, self.stop_after)
        self.runner.start(job, (target, path))
        self.window.task_started(self.tr("Writing {name}…").format(name=path.name),
                                 self.cancel)

    def import_actuals(self) -> None:
        """Read back what the teams visited; applied as one undoable command."""
        plan, mission = self.document.plan, self.document.mission
        if plan is None or mission is None:
            return
        name = ask.open_file(self.window, self.tr("Import Actuals"), self.window.folder(),
                             self.tr("Route sheets or form submissions (*.xlsx *.csv)"))
        if not name:
            return
        path = Path(name)
        password = None
        if _encrypted(path):
            password = ask.password(self.window, self.tr("Encrypted Workbook"),
                                    self.tr("{name} is protected by a password:").format(
                                        name=path.name))
            if password is None:
                return
        self.window.task_started(self.tr("Reading {name}…").format(name=path.name))

        def read() -> object:
            from missionplanner.actuals import import_actuals

            return import_actuals(plan, path, password=password, mission=mission)

        self._actuals_of[path] = plan
        self.background.run(("actuals", path), read)

    # -- results -----------------------------------------------------------------------------
    def _progress(self, step: tuple[int, int]) -> None:
        done, total = step
        self.window.task_progressed(done, total)

    def _exported(self, stamp: tuple[Target, Path], result: ExportDone) -> None:
        self.window.task_finished()
        target, path = stamp
        if result.cancelled:
            self.window.show_message(self.tr("Export cancelled: {path} was left as it was.")
                                     .format(path=path), 10_000)
            return
        count = result.count
        texts = {
            "workbook": self.tr("The mission workbook was written with {count} route sheets."),
            "teams": self.tr("{count} team workbooks were written."),
            "form": self.tr("The form was written with {count} station choices."),
            "pdf": self.tr("{count} PDF files of route sheets were written."),
        }
        text = texts[target].format(count=count)
        self.window.show_message(text, 10_000)
        if ask.done_with_folder(self.window, self.tr("Export Finished"),
                                text + "\n" + str(path)):
            show_in_folder(path)

    def _done(self, token: object, result: object) -> None:
        self.background.finished(token)
        self.window.task_finished()
        assert isinstance(token, tuple)
        self._actuals(token, result)

    def _actuals(self, token: tuple[object, ...], result: Any) -> None:
        _, path = token
        plan = self._actuals_of.pop(path, None)  # type: ignore[call-overload]
        if self.document.plan is not plan:
            self.window.show_message(self.tr("The plan changed while reading the actuals: "
                                             "they were not applied."), 10_000)
            return
        source = self.document.plan_source() or self.document.mission
        assert isinstance(source, Mission) and isinstance(path, Path)
        text = self.tr("Import actuals from {name} ({count} visits)").format(
            name=path.name, count=number(result.visits))
        self.document.undo_stack.push(commands.apply_plan(self.document, result.plan, source,
                                                          text))
        self.window.show_message(text, 10_000)

    def _failed(self, token: object, reason: str) -> None:
        self.background.finished(token)
        self.window.task_finished()
        reason = error_lines(reason)
        ask.failure(self.window, self.tr("Cannot import actuals"), reason)

    def _export_failed(self, reason: str) -> None:
        self.window.task_finished()
        ask.failure(self.window, self.tr("Export failed"), reason)


def _encrypted(path: Path) -> bool:
    try:
        from missionplanner.io.table_files import is_encrypted_workbook

        with path.open("rb") as handle:
            return is_encrypted_workbook(handle.read(1 << 20))
    except OSError:
        return False
