"""The open document: one mission, its current plan, their files and the undo stack.

Every view listens to this object, never to another view. Its state changes only through
:meth:`Document.load` (open, new, restore) and the undoable commands of :mod:`ui.commands`,
which call :meth:`Document.set_state`. Signals:

* ``missionChanged(mission)`` — the mission object was replaced (or ``None``);
* ``planChanged(plan)`` — the plan was replaced (or ``None``);
* ``pathsChanged()`` — the mission or plan file changed (open, save as);
* ``modifiedChanged(bool)`` — unsaved changes appeared or were saved.

Missions and plans are immutable here: an edit builds a new object (sharing what did not
change), so undo is keeping the old one and views can tell what changed by identity.
"""

from __future__ import annotations

import gc
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from missionplanner.io import load_mission, load_plan, save_mission, save_plan
from missionplanner.io.locking import locked_all
from missionplanner.io.mission_ref import check_match, mission_ref
from missionplanner.model import Mission, Plan
from missionplanner.planning.fingerprint import mission_changes
from missionplanner.planning.metrics import Coverage, coverage

LOCK_WAIT = 3.0
"""Seconds Save waits for another program writing the same files, then says so."""


@dataclass(frozen=True)
class FileStamp:
    """What a file looked like when we last read or wrote it (to notice other programs)."""

    mtime_ns: int
    size: int

    @staticmethod
    def of(path: Path) -> FileStamp | None:
        """The file's stamp now, or None when it is not there."""
        try:
            stat = path.stat()
        except OSError:
            return None
        return FileStamp(stat.st_mtime_ns, stat.st_size)


class Document(QObject):
    """The mission being worked on, its plan, files and undo history."""

    missionChanged = Signal(object)
    planChanged = Signal(object)
    pathsChanged = Signal()
    modifiedChanged = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.undo_stack = QUndoStack(self)
        self.undo_stack.cleanChanged.connect(self._clean_changed)
        self._mission: Mission | None = None
        self._plan: Plan | None = None
        self.mission_path: Path | None = None
        self.plan_path: Path | None = None
        self._plan_made_from: Mission | None = None
        self._coverage: dict[int, tuple[Plan, Coverage]] = {}
        self.stamps: dict[Path, FileStamp] = {}
        self._on_disk: Mission | None = None
        self.outdated: tuple[Plan | None, list[str]] = (None, [])
        """A plan opened although its mission changed since, and those changes."""

    def _clean_changed(self, clean: bool) -> None:
        self.modifiedChanged.emit(not clean)

    # -- state -----------------------------------------------------------------------------
    @property
    def mission(self) -> Mission | None:
        """The mission shown and edited."""
        return self._mission

    @property
    def plan(self) -> Plan | None:
        """The current plan of the mission, if any."""
        return self._plan

    def is_modified(self) -> bool:
        """Whether there are changes not saved to the files."""
        return not self.undo_stack.isClean()

    def plan_is_current(self) -> bool:
        """Whether the plan was made (or loaded) for the mission as it is now."""
        return (self._plan is not None and self._plan_made_from is self._mission
                and self.outdated[0] is not self._plan)

    def plan_changes(self) -> list[str]:
        """What changed in the mission since the plan was made, when it was opened so."""
        return self.outdated[1] if self.outdated[0] is self._plan else []

    def set_state(self, mission: Mission | None, plan: Plan | None,
                  plan_made_from: Mission | None = None) -> None:
        """Replace mission and plan (commands call this from redo and undo)."""
        mission_changed, plan_changed = mission is not self._mission, plan is not self._plan
        self._mission, self._plan = mission, plan
        if plan_changed:
            self._plan_made_from = plan_made_from if plan_made_from is not None else mission
        if mission_changed or plan_changed:
            # 10,000 stations are ~10^5 objects that live as long as the document: a full
            # collection of Python's cyclic GC scanned them all (0.1-0.3 s, a visible stall,
            # at random moments). Frozen, they are skipped; they are still freed by reference
            # counting when dropped (missions and plans hold no reference cycles).
            gc.freeze()
        if mission_changed:
            self.missionChanged.emit(mission)
        if plan_changed:
            self.planChanged.emit(plan)

    def plan_source(self) -> Mission | None:
        """The mission the current plan was made from (for undo of a plan command)."""
        return self._plan_made_from

    def load(self, mission: Mission | None, plan: Plan | None = None,
             mission_path: Path | None = None, plan_path: Path | None = None,
             modified: bool = False) -> None:
        """Show another document: a fresh undo history, clean unless ``modified``."""
        self.undo_stack.clear()
        self._mission = self._plan = None
        self.outdated = (None, [])
        self.set_state(mission, plan)
        self.mission_path, self.plan_path = mission_path, plan_path
        self.stamps = {p: s for p in (mission_path, plan_path)
                       if p is not None and (s := FileStamp.of(p)) is not None}
        self._on_disk = mission if mission_path is not None and not modified else None
        self.pathsChanged.emit()
        if modified:
            self.undo_stack.resetClean()
            self.modifiedChanged.emit(True)

    def open(self, mission_path: Path, plan_path: Path | None = None) -> None:
        """Load a mission file (and a plan file); :class:`InputError` when one is bad.

        A plan whose mission changed since planning (stations moved, hours, days: its
        fingerprint says) is opened but marked outdated, with the changes in words.
        """
        mission = load_mission(mission_path)
        plan = load_plan(plan_path) if plan_path is not None else None
        if plan is not None:
            check_match(mission, plan, str(mission_path), str(plan_path))
        self.load(mission, plan, mission_path, plan_path)
        self.mark_outdated_plan()

    def mark_outdated_plan(self) -> None:
        """After loading from files (or a recovery file): a plan whose mission changed since
        planning in a way that matters is marked outdated, with the changes in words."""
        plan, mission = self._plan, self._mission
        changes = mission_changes(plan, mission) if plan is not None and mission else []
        if plan is not None and changes:
            self.outdated = (plan, changes)
            self.planChanged.emit(plan)

    # -- files -----------------------------------------------------------------------------
    def default_plan_path(self, mission_path: Path) -> Path:
        """Where the plan goes when it has no file yet: beside the mission."""
        return mission_path.with_name(mission_path.name.removesuffix(".json") + ".plan.json")

    def save(self, mission_path: Path | None = None) -> None:
        """Write the mission (and the plan beside it) atomically; ``OSError`` when it fails."""
        if self._mission is None:
            return
        target = mission_path or self.mission_path
        if target is None:
            raise ValueError("no file to save to: use save as")
        moved = target != self.mission_path
        plan_path = self.plan_path
        if self._plan is not None and (plan_path is None or moved):
            plan_path = self.default_plan_path(target)
        # the files' locks: a command-line import or export of the same files waits for us
        with locked_all([p for p in (target, plan_path) if p is not None], wait=LOCK_WAIT):
            save_mission(self._mission, target)
            if self._plan is not None and plan_path is not None:
                plan = self._plan.model_copy(
                    update={"mission_file": mission_ref(target, plan_path)})
                save_plan(plan, plan_path)
        self.mission_path, self.plan_path = target, plan_path
        self.stamps = {p: s for p in (target, plan_path)
                       if p is not None and (s := FileStamp.of(p)) is not None}
        self._on_disk = self._mission
        self.undo_stack.setClean()
        self.pathsChanged.emit()

    def mission_file_as_shown(self) -> Path | None:
        """The mission file when it holds exactly the mission shown (opened or saved, not
        edited since, not changed on disk): a planning process can read it instead of
        being sent the mission (writing 10,000 stations as JSON holds the window 0.1 s)."""
        path = self.mission_path
        if path is None or self._on_disk is not self._mission or self._mission is None:
            return None
        stamp = self.stamps.get(path)
        return path if stamp is not None and FileStamp.of(path) == stamp else None

    def display_name(self) -> str:
        """The file name, or the mission's name when it has no file yet."""
        if self.mission_path is not None:
            return self.mission_path.name
        return self._mission.name if self._mission is not None else ""

    # -- derived ---------------------------------------------------------------------------
    def coverage(self) -> Coverage | None:
        """The current plan's coverage of the mission it was made from (once per plan: a
        national plan's takes ~0.2 s, too long to repeat on every edit, undo or redo)."""
        plan, mission = self._plan, self._plan_made_from
        if plan is None or mission is None:
            return None
        cached = self._coverage.get(id(plan))
        if cached is None or cached[0] is not plan:
            cached = (plan, coverage(mission, plan))
            self.remember_coverage(plan, cached[1])
        return cached[1]

    def remember_coverage(self, plan: Plan, value: Coverage) -> None:
        """Coverage computed elsewhere (the planning process), to skip computing it again."""
        if len(self._coverage) >= _COVERAGE_CACHE:
            self._coverage.pop(next(iter(self._coverage)))
        self._coverage[id(plan)] = (plan, value)


_COVERAGE_CACHE = 16
