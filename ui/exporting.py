"""File ▸ Export ▸ … and File ▸ Import Actuals: the same functions as the command line, run
off the window's thread, with a busy indicator and "Show in Folder" at the end."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QUrl
from PySide6.QtGui import QDesktopServices

from missionplanner.io.outputs import Named, check_outputs
from missionplanner.model import Mission, Plan
from ui import ask, commands
from ui.background import Background
from ui.dialogs.export import FOLDERS, ExportDialog, Target
from ui.panels.format import number
from ui.settings import language

if TYPE_CHECKING:
    from ui.main_window import MainWindow


def show_in_folder(path: Path) -> None:
    """Open the file manager on the folder holding ``path`` (or on ``path`` if a folder)."""
    folder = path if path.is_dir() else path.parent
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


def write(target: Target, mission: Mission, plan: Plan, path: Path, lang: str,
          password: str | None, parts: str = "both") -> tuple[Path, str]:
    """Write one export (in the background thread); the path and a line saying what."""
    if target == "workbook":
        from missionplanner.export import export_workbook

        written = export_workbook(mission, plan, path, lang=lang)  # type: ignore[arg-type]
        return path, f"{written.route_sheets}"
    if target == "teams":
        from missionplanner.export import export_per_team

        files = export_per_team(mission, plan, path, lang=lang,  # type: ignore[arg-type]
                                password=password)
        return path, f"{len(files)}"
    if target == "pdf":
        from missionplanner.export.pdf import write_route_pdfs

        pdfs = write_route_pdfs(mission, plan, path, lang=lang,  # type: ignore[arg-type]
                                combined=parts != "per_team", per_team=parts != "combined")
        return path, f"{len(pdfs)}"
    from missionplanner.export.xlsform import write_xlsform

    return path, f"{write_xlsform(mission, plan, path)}"


class ExportController(QObject):
    """Exports and the import of actuals for one window."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.document = window.document
        self.background = Background(self)
        self.background.done.connect(self._done)
        self.background.failed.connect(self._failed)
        self._actuals_of: dict[Path, Plan] = {}

    def busy(self) -> bool:
        """Whether an export or an import of actuals is running."""
        return bool(self.background.running)

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
            ask.error(self.window, self.tr("Cannot export there"), str(exc))
            return
        self.window.task_started(self.tr("Writing {name}…").format(name=path.name))
        self.background.run((target, path), lambda: write(target, mission, plan, path, lang,
                                                          password, parts))

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
    def _done(self, token: object, result: object) -> None:
        self.background.finished(token)
        self.window.task_finished()
        assert isinstance(token, tuple)
        if token[0] == "actuals":
            self._actuals(token, result)
            return
        path, count = result  # type: ignore[misc]
        texts = {
            "workbook": self.tr("The mission workbook was written with {count} route sheets."),
            "teams": self.tr("{count} team workbooks were written."),
            "form": self.tr("The form was written with {count} station choices."),
            "pdf": self.tr("{count} PDF files of route sheets were written."),
        }
        text = texts[token[0]].format(count=count)
        self.window.show_message(text, 10_000)
        if ask.done_with_folder(self.window, self.tr("Export Finished"),
                                text + "\n" + str(path)):
            show_in_folder(Path(path))

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
        assert isinstance(token, tuple)
        title = (self.tr("Cannot import actuals") if token[0] == "actuals"
                 else self.tr("Export failed"))
        ask.error(self.window, title, reason.splitlines()[0], reason)


def _encrypted(path: Path) -> bool:
    try:
        from missionplanner.io.table_files import is_encrypted_workbook

        with path.open("rb") as handle:
            return is_encrypted_workbook(handle.read(1 << 20))
    except OSError:
        return False
