"""The one undoable command: swap the document's mission and plan for new ones.

Every user action builds its new mission or plan with a pure function of ``missionplanner``
(before the command exists, so that a refused edit never reaches the stack) and pushes a
:class:`ChangeCommand`; undo puts the old objects back. Keeping whole objects is cheap: the
unchanged parts are shared, and undoing an import of 10,000 stations is a swap of two lists.
"""

from __future__ import annotations

from PySide6.QtGui import QUndoCommand

from missionplanner.model import Mission, Plan
from ui.document import Document

_KEEP = object()


class ChangeCommand(QUndoCommand):
    """Replace the mission and/or the plan; ``text`` is what Edit ▸ Undo shows."""

    def __init__(self, document: Document, text: str, *, mission: object = _KEEP,
                 plan: object = _KEEP, plan_made_from: Mission | None = None) -> None:
        super().__init__(text)
        self.document = document
        self._before = (document.mission, document.plan, document.plan_source())
        new_mission = document.mission if mission is _KEEP else mission
        new_plan = document.plan if plan is _KEEP else plan
        assert new_mission is None or isinstance(new_mission, Mission)
        assert new_plan is None or isinstance(new_plan, Plan)
        source = self._before[2] if plan is _KEEP else (plan_made_from or new_mission)
        self._after: tuple[Mission | None, Plan | None, Mission | None] = (
            new_mission, new_plan, source)

    def redo(self) -> None:
        """Put the new mission and plan in place."""
        self.document.set_state(*self._after)

    def undo(self) -> None:
        """Put the old mission and plan back."""
        self.document.set_state(*self._before)
