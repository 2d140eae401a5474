"""Never lose work: the open document autosaved to a recovery file, offered back after a crash.

Each running window owns one session: ``<id>.json`` in the recovery folder, and ``<id>.lock``
held while it runs (Qt's lock file records the process, so a lock left by a killed process
is seen as stale). The file is written (atomically) while there are unsaved changes and
removed when they are saved or the window closes normally. At start, recovery files whose
lock is free belong to a session that ended without closing: the app offers them back.
"""

from __future__ import annotations

import json
import os
import threading
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLockFile, QStandardPaths

from missionplanner.errors import InputError
from missionplanner.io import atomic_write_text
from missionplanner.model import Mission, Plan
from ui.i18n.errors import error_text

FORMAT = 1
DATA_DIR_VARIABLE = "MISSIONPLANNER_DATA_DIR"


def recovery_folder() -> Path:
    """Where recovery files live: ``$MISSIONPLANNER_DATA_DIR/recovery`` or the app's data
    folder (``~/.local/share/Mission Planner`` on Linux, ``%APPDATA%`` on Windows)."""
    base = os.environ.get(DATA_DIR_VARIABLE) or QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.AppDataLocation)
    folder = Path(base) / "recovery"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


@dataclass(frozen=True)
class Recovered:
    """A recovery file left by a session that did not close."""

    path: Path
    saved_at: datetime
    name: str
    """The mission's name."""
    mission_path: Path | None
    plan_path: Path | None

    def load(self) -> tuple[Mission, Plan | None]:
        """The mission and plan it holds (:class:`InputError` when it cannot be read)."""
        try:
            data = json.loads(self.path.read_text("utf-8"))
            mission = Mission.model_validate(data["mission"])
            plan = Plan.model_validate(data["plan"]) if data.get("plan") else None
        except (OSError, ValueError, KeyError, TypeError) as exc:
            raise InputError(QCoreApplication.translate(
                "Recovery", "the recovery file {path} cannot be read: {why}").format(
                path=self.path, why=error_text(exc))) from None
        return mission, plan

    def discard(self) -> None:
        """Delete the file (restored or refused)."""
        for path in (self.path, self.path.with_suffix(".lock")):
            path.unlink(missing_ok=True)


def left_over(folder: Path | None = None) -> list[Recovered]:
    """Recovery files of sessions that ended without closing, newest first."""
    folder = folder or recovery_folder()
    found = []
    for path in folder.glob("*.json"):
        lock = QLockFile(str(path.with_suffix(".lock")))
        if not lock.tryLock(0):  # a running window's session
            continue
        lock.unlock()
        try:
            head = json.loads(path.read_text("utf-8"))
            saved = datetime.fromisoformat(head["saved_at"])
            mission_name = str(head["mission"].get("name", path.stem))
        except (OSError, ValueError, KeyError, TypeError, AttributeError):
            saved, mission_name = datetime.fromtimestamp(path.stat().st_mtime, UTC), path.stem
            head = {}
        found.append(Recovered(path, saved, mission_name, _path(head.get("mission_path")),
                               _path(head.get("plan_path"))))
    return sorted(found, key=lambda r: r.saved_at, reverse=True)


def _path(value: object) -> Path | None:
    return Path(value) if isinstance(value, str) and value else None


class RecoverySession:
    """This window's recovery file and its lock."""

    def __init__(self, folder: Path | None = None) -> None:
        self.folder = folder or recovery_folder()
        self.id = uuid.uuid4().hex[:12]
        self.path = self.folder / f"{self.id}.json"
        self.lock = QLockFile(str(self.path.with_suffix(".lock")))
        self.lock.setStaleLockTime(0)  # never stale while this process lives
        self.lock.tryLock(0)
        self._writing = threading.Lock()
        self._generation = 0
        self.written: tuple[object, object] | None = None
        """The (mission, plan) objects last written, to skip writing the same again."""

    def text(self, mission: Mission, plan: Plan | None, mission_path: Path | None,
             plan_path: Path | None) -> str:
        """The recovery file's content (the mission and plan as their own JSON inside)."""
        head = json.dumps({"format": FORMAT, "saved_at": datetime.now(UTC).isoformat(),
                           "mission_path": str(mission_path) if mission_path else None,
                           "plan_path": str(plan_path) if plan_path else None})
        plan_json = plan.model_dump_json() if plan is not None else "null"
        return f'{head[:-1]}, "mission": {mission.model_dump_json()}, "plan": {plan_json}}}\n'

    def write(self, mission: Mission, plan: Plan | None, mission_path: Path | None,
              plan_path: Path | None, *, background: bool = True) -> None:
        """Write the recovery file (the disk write in a thread: it may wait for the disk)."""
        if self.written is not None and self.written[0] is mission and self.written[1] is plan:
            return
        self.written = (mission, plan)
        text = self.text(mission, plan, mission_path, plan_path)
        if background:
            threading.Thread(target=self._write, args=(text, self._generation),
                             daemon=True).start()
        else:
            self._write(text, self._generation)

    def _write(self, text: str, generation: int) -> None:
        with self._writing:
            if generation != self._generation:
                return  # saved (or closed) meanwhile: this copy is not wanted any more
            try:
                atomic_write_text(self.path, text)
            except OSError:  # a full disk must not take the window down: try next time
                self.written = None

    def discard(self) -> None:
        """No unsaved changes any more: remove the file."""
        with self._writing:
            self._generation += 1
            self.path.unlink(missing_ok=True)
        self.written = None

    def close(self) -> None:
        """The window closes normally: remove the file and the lock."""
        self.discard()
        self.lock.unlock()
