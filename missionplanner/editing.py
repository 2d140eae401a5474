"""Editing a mission or a plan by hand: pure functions that return a new, valid document.

The app's undoable commands (and scripts) call these: each takes a mission (or plan) and
returns a new one, leaving the input untouched, so that undo is keeping the old object. An
edit that would make the document invalid raises :class:`EditError` with the reason in words
and changes nothing. Items not edited are shared between the old and the new document (cheap
for 10,000 stations, and a view can tell what changed by identity).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any, Literal

from pydantic import BaseModel, ValidationError

from missionplanner.errors import MissionPlannerError
from missionplanner.messages import app_errors as e
from missionplanner.messages import say
from missionplanner.messages.validation import validation_message, with_field, with_value
from missionplanner.model import (
    Base,
    Mission,
    MissionSettings,
    Observer,
    Plan,
    PollingStation,
    Region,
    Team,
    cross_reference_problems,
)

Collection = Literal["stations", "observers", "teams", "regions", "bases"]
"""The lists of a mission that can be edited item by item."""

ITEM_TYPES: dict[str, type[BaseModel]] = {
    "stations": PollingStation,
    "observers": Observer,
    "teams": Team,
    "regions": Region,
    "bases": Base,
}


class EditError(MissionPlannerError):
    """An edit that would make the mission or the plan invalid; nothing was changed."""


def edit_item(mission: Mission, collection: Collection, item_id: str,
              changes: Mapping[str, object]) -> Mission:
    """The mission with the item ``item_id`` of ``collection`` changed by ``changes``."""
    items = list(_items(mission, collection))
    index = _index_of(items, item_id, collection)
    items[index] = _changed(items[index], changes)
    return _with(mission, collection, items)


def add_items(mission: Mission, collection: Collection, items: Iterable[BaseModel]) -> Mission:
    """The mission with ``items`` appended to ``collection`` (ids must be new)."""
    kind = ITEM_TYPES[collection]
    added = [_checked(kind, item) for item in items]
    return _with(mission, collection, [*_items(mission, collection), *added])


def remove_items(mission: Mission, collection: Collection, ids: Iterable[str]) -> Mission:
    """The mission without the items of ``collection`` whose id is in ``ids``.

    Removing what something else refers to (a region with stations, an observer in a team)
    is refused with the reference that would break.
    """
    gone = set(ids)
    items = _items(mission, collection)
    missing = gone - {getattr(item, "id", None) for item in items}
    if missing:
        raise EditError(_no_item(collection, sorted(missing)[0]))
    return _with(mission, collection, [i for i in items if getattr(i, "id", None) not in gone])


def edit_mission(mission: Mission, changes: Mapping[str, object]) -> Mission:
    """The mission with top-level fields changed (name, election, seed, observation days...)."""
    if set(changes) & set(ITEM_TYPES):
        raise EditError(say(e.ITEM_BY_ITEM))
    unknown = set(changes) - set(Mission.model_fields)
    if unknown:
        raise EditError(say(e.NO_MISSION_FIELD, field=repr(sorted(unknown)[0])))
    candidate = mission.model_copy()
    try:
        for name, value in changes.items():
            setattr(candidate, name, value)  # validated: the model validates assignments
    except ValidationError as exc:
        raise EditError(describe(exc)) from None
    return candidate


def edit_settings(mission: Mission, changes: Mapping[str, object]) -> Mission:
    """The mission with planning settings changed (team size, service minutes, ...)."""
    settings = _changed(mission.settings, changes)
    assert isinstance(settings, MissionSettings)
    return mission.model_copy(update={"settings": settings})


def edit_plan_team(plan: Plan, team_id: str, changes: Mapping[str, object]) -> Plan:
    """The plan with one of its teams changed (driver, interpreter, phone)."""
    teams = list(plan.teams)
    index = _index_of(teams, team_id, "teams")
    if "id" in changes or "members" in changes:
        raise EditError(say(e.TEAM_FIXED))
    teams[index] = _changed(teams[index], changes)
    return plan.model_copy(update={"teams": teams})


def new_id(mission: Mission, collection: Collection, *parts: object) -> str:
    """An id for a new item, as the importer makes them (``region/commission-slug/number``
    for a station, the name's slug for an observer), made unique with ``-2``, ``-3``..."""
    from missionplanner.io.slugs import slug

    words = [str(p) for p in parts]
    if collection == "stations" and len(words) == 3:
        base = f"{words[0]}/{slug(words[1])}/{words[2]}"
    else:
        base = "-".join(slug(w) for w in words) or _singular(collection)
    taken = {getattr(item, "id", None) for item in _items(mission, collection)}
    candidate, suffix = base, 2
    while candidate in taken:
        candidate, suffix = f"{base}-{suffix}", suffix + 1
    return candidate


def _items(mission: Mission, collection: str) -> Sequence[Any]:
    if collection not in ITEM_TYPES:
        raise EditError(say(e.NOT_A_LIST, collection=repr(collection)))
    items: Sequence[Any] = getattr(mission, collection)
    return items


def _index_of(items: Sequence[Any], item_id: str, collection: str) -> int:
    for index, item in enumerate(items):
        if item.id == item_id:
            return index
    raise EditError(_no_item(collection, item_id))


def _changed(item: Any, changes: Mapping[str, object]) -> Any:
    """A new, validated copy of ``item`` with ``changes``."""
    unknown = set(changes) - set(type(item).model_fields)
    if unknown:
        raise EditError(say(e.NO_FIELD, kind=type(item).__name__, field=repr(sorted(unknown)[0])))
    data = item.model_dump()
    data.update(changes)
    try:
        return type(item).model_validate(data)
    except ValidationError as exc:
        raise EditError(describe(exc)) from None


def _checked(kind: type[BaseModel], item: BaseModel) -> BaseModel:
    if not isinstance(item, kind):
        raise EditError(say(e.EXPECTED_KIND, kind=kind.__name__, other=type(item).__name__))
    return item


def _with(mission: Mission, collection: str, items: list[Any]) -> Mission:
    return _checked_mission(mission.model_copy(update={collection: items}), collection)


def _checked_mission(candidate: Mission, what: str) -> Mission:
    """The candidate if its references hold; :class:`EditError` naming the first that breaks.

    Single fields were validated when their item was built; what an edit can break is between
    items (a duplicate number, a region or observer that is no longer there), so only that is
    checked: the unchanged items are shared, not validated again.
    """
    problems = cross_reference_problems(candidate)
    if problems:
        raise EditError("; ".join(what for _, what in problems[:3]))
    return candidate


def describe(exc: ValidationError) -> str:
    """A validation error in words: ``voters: expected 0 or more (got -5)``."""
    return "; ".join(
        with_field(".".join(str(p) for p in error["loc"]),
                   with_value(validation_message(error), error.get("input")))
        for error in exc.errors(include_url=False))


def _singular(collection: str) -> str:
    return collection.removesuffix("s")


def _no_item(collection: str, item_id: object) -> str:
    return say(e.NO_ITEM, what=say(e.ITEMS[_singular(collection)]), id=repr(item_id))


__all__ = [
    "ITEM_TYPES",
    "Collection",
    "EditError",
    "add_items",
    "describe",
    "edit_item",
    "edit_mission",
    "edit_plan_team",
    "edit_settings",
    "new_id",
    "remove_items",
]
