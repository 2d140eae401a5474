"""Builders of the undoable commands: each calls a pure function of ``missionplanner`` first.

A builder raises :class:`~missionplanner.editing.EditError` (or another
:class:`~missionplanner.errors.MissionPlannerError`) when the change is refused, so a refused
change never reaches the undo stack and nothing is half-applied.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QCoreApplication

from missionplanner.editing import (
    Collection,
    add_items,
    edit_item,
    edit_mission,
    edit_plan_team,
    edit_settings,
    remove_items,
)
from missionplanner.model import Mission, Plan
from ui.commands.state import ChangeCommand
from ui.document import Document


def _mission(document: Document) -> Mission:
    if document.mission is None:
        raise RuntimeError("no mission is open")
    return document.mission


def edit_cell(document: Document, collection: Collection, item_id: str, field: str,
              value: object, what: str, label: str) -> ChangeCommand:
    """Change one field of one item (a table cell); ``what`` names the field, ``label`` the
    item, in words for Edit ▸ Undo."""
    mission = edit_item(_mission(document), collection, item_id, {field: value})
    text = QCoreApplication.translate("Commands", "Edit {what} of {item}").format(
        what=what, item=label)
    return ChangeCommand(document, text, mission=mission)


def edit_planned_team(document: Document, team_id: str, field: str, value: object,
                      what: str) -> ChangeCommand:
    """Change the driver, interpreter or phone of a team the plan formed."""
    if document.plan is None:
        raise RuntimeError("no plan")
    plan = edit_plan_team(document.plan, team_id, {field: value})
    text = QCoreApplication.translate("Commands", "Edit {what} of team {team}").format(
        what=what, team=team_id)
    return ChangeCommand(document, text, plan=plan, plan_made_from=document.plan_source())


def add(document: Document, collection: Collection, items: Sequence[object],
        text: str) -> ChangeCommand:
    """Add stations, observers, teams... (ids must be new)."""
    mission = add_items(_mission(document), collection, items)  # type: ignore[arg-type]
    return ChangeCommand(document, text, mission=mission)


def remove(document: Document, collection: Collection, ids: Sequence[str],
           text: str) -> ChangeCommand:
    """Remove items by id (refused when something refers to them)."""
    mission = remove_items(_mission(document), collection, ids)
    return ChangeCommand(document, text, mission=mission)


def change_mission(document: Document, changes: Mapping[str, object],
                   settings: Mapping[str, object], text: str) -> ChangeCommand:
    """Change top-level fields (seed, ...) and planning settings as one step."""
    mission = _mission(document)
    if settings:
        mission = edit_settings(mission, settings)
    if changes:
        mission = edit_mission(mission, changes)
    return ChangeCommand(document, text, mission=mission)


def replace_mission(document: Document, mission: Mission, text: str) -> ChangeCommand:
    """A mission built elsewhere (an import) replaces the current one."""
    return ChangeCommand(document, text, mission=mission)


def apply_plan(document: Document, plan: Plan, made_from: Mission, text: str) -> ChangeCommand:
    """A new plan (planning, re-planning, imported actuals) becomes the current one."""
    return ChangeCommand(document, text, plan=plan, plan_made_from=made_from)
