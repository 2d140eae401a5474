"""Notice when another program changes (or removes) the open mission or plan file.

A :class:`QFileSystemWatcher` on both files, and a look when the window becomes active again
(network drives do not always report changes). Our own saves update the document's stamps,
so they are not mistaken for another program's.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer

from ui import ask
from ui.document import FileStamp

if TYPE_CHECKING:
    from ui.main_window import MainWindow

DEBOUNCE_MS = 400
"""Writers save in several steps: look once they are done."""


class FileWatcher(QObject):
    """Watches the document's files for one window."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.document = window.document
        self.watcher = QFileSystemWatcher(self)
        self.watcher.fileChanged.connect(lambda _path: self._timer.start(DEBOUNCE_MS))
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.check)
        self._asking = False
        self.document.pathsChanged.connect(self.follow)

    def follow(self) -> None:
        """Watch the document's current files."""
        if self.watcher.files():
            self.watcher.removePaths(self.watcher.files())
        paths = [str(p) for p in (self.document.mission_path, self.document.plan_path)
                 if p is not None and p.exists()]
        if paths:
            self.watcher.addPaths(paths)

    def check(self) -> None:
        """Compare the files with what was last read or written; ask about any change."""
        if self._asking:
            return
        changed: list[Path] = []
        for path, stamp in list(self.document.stamps.items()):
            now = FileStamp.of(path)
            if now != stamp:
                changed.append(path)
        self.follow()  # an atomic replace by the other program drops the watch
        if not changed:
            return
        self._asking = True
        try:
            self._ask(changed)
        finally:
            self._asking = False

    def _ask(self, changed: list[Path]) -> None:
        names = ", ".join(p.name for p in changed)
        gone = [p for p in changed if not p.exists()]
        window = self.window
        if gone:
            ask.error(window, self.tr("File removed"),
                      self.tr("{names} was removed or renamed by another program. Your work "
                              "is still open: save it to write the file again.").format(
                          names=", ".join(p.name for p in gone)))
            self._keep_mine(changed)
            return
        reload = ask.question(
            window, self.tr("File changed on disk"),
            self.tr("{names} was changed by another program.").format(names=names),
            self.tr("Reload"), self.tr("Keep Mine"),
            self.tr("Reload shows the file as it is now; your unsaved changes are lost. "
                    "Keep Mine keeps what you see; saving will overwrite the other "
                    "program's changes."))
        if reload:
            mission_path, plan_path = self.document.mission_path, self.document.plan_path
            if mission_path is not None:
                window.open_file(mission_path, plan_path if plan_path and plan_path.exists()
                                 else None)
        else:
            self._keep_mine(changed)

    def _keep_mine(self, changed: list[Path]) -> None:
        for path in changed:
            stamp = FileStamp.of(path)
            if stamp is None:
                self.document.stamps.pop(path, None)
            else:
                self.document.stamps[path] = stamp
        self.document.undo_stack.resetClean()  # what is shown differs from the files now
        self.document.modifiedChanged.emit(True)
