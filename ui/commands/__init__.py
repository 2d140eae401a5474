"""Undoable commands: every change of the document goes through the undo stack."""

from ui.commands.edits import (
    add,
    apply_plan,
    change_mission,
    edit_cell,
    edit_planned_team,
    remove,
    replace_mission,
)
from ui.commands.state import ChangeCommand

__all__ = [
    "ChangeCommand",
    "add",
    "apply_plan",
    "change_mission",
    "edit_cell",
    "edit_planned_team",
    "remove",
    "replace_mission",
]
