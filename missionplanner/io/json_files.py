"""Mission and plan files: JSON with a ``schema_version``, saved atomically, loaded strictly.

Loading never stops at the first problem: one :class:`InputError` lists every problem with its
JSON path (``$.stations[3].lat``), so a file can be fixed in one pass.
"""

from __future__ import annotations

import json
import os
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from missionplanner.errors import InputError, InputProblem
from missionplanner.io.atomic import atomic_write_text
from missionplanner.io.migrations import MISSION_MIGRATIONS, PLAN_MIGRATIONS, Migration
from missionplanner.messages import app_errors as e
from missionplanner.messages import say
from missionplanner.messages.validation import validation_message, with_value
from missionplanner.model import (
    DEFER_CROSS_CHECKS,
    PLAN_SCHEMA_VERSION,
    SCHEMA_VERSION,
    Mission,
    Plan,
    cross_reference_problems,
)
from missionplanner.unpacking import read_limited

ModelT = TypeVar("ModelT", bound=BaseModel)

MAX_JSON_BYTES = 200 * 10**6
"""Bigger mission or plan files are refused (a national mission is a few MB)."""

STATED = (("host_country",), ("settings", "polling_opens"), ("settings", "polling_closes"))
"""What a mission file must state itself: nothing about the host country is assumed."""


def save_mission(mission: Mission, path: str | os.PathLike[str]) -> None:
    """Write a mission file atomically."""
    atomic_write_text(path, _dump(mission))


def save_plan(plan: Plan, path: str | os.PathLike[str]) -> None:
    """Write a plan file atomically."""
    atomic_write_text(path, _dump(plan))


def load_mission(path: str | os.PathLike[str]) -> Mission:
    """Read and validate a mission file (migrating older schema versions)."""
    data = _read_json(path)
    data = _migrate(data, path, SCHEMA_VERSION, MISSION_MIGRATIONS, "mission")
    _require_stated(data, path)
    mission = _validate(Mission, data, path, context={DEFER_CROSS_CHECKS: True})
    problems = [
        InputProblem(message=what, file=str(path), path=where)
        for where, what in cross_reference_problems(mission)
    ]
    if problems:
        raise InputError(say(e.NOT_A_VALID_MISSION, path=path), problems)
    return mission  # every check has run: the fields' above, the cross-references here


def load_plan(path: str | os.PathLike[str]) -> Plan:
    """Read and validate a plan file."""
    data = _read_json(path)
    data = _migrate(data, path, PLAN_SCHEMA_VERSION, PLAN_MIGRATIONS, "plan")
    return _validate(Plan, data, path)


def mission_from_json_text(text: str, source: str = "<text>") -> Mission:
    """Validate a mission given as JSON text (clipboard, tests), migrating older versions."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(say(e.NOT_JSON, path=source), [_json_problem(exc, source)]) from None
    data = _migrate(data, source, SCHEMA_VERSION, MISSION_MIGRATIONS, "mission")
    _require_stated(data, source)
    return _validate(Mission, data, source)


def _require_stated(data: dict[str, Any], path: str | os.PathLike[str]) -> None:
    """The host country and polling hours must be in the file, not left to defaults."""
    problems = []
    for keys in STATED:
        value: Any = data
        for key in keys:
            value = value.get(key) if isinstance(value, dict) else None
        if value in (None, ""):
            problems.append(
                InputProblem(
                    message=say(e.NOT_STATED),
                    file=str(path),
                    path="$." + ".".join(keys),
                )
            )
    if problems:
        raise InputError(say(e.NOT_A_VALID_MISSION, path=path), problems)


def _dump(model: BaseModel) -> str:
    return model.model_dump_json(indent=1, exclude_defaults=False) + "\n"


def _read_json(path: str | os.PathLike[str]) -> Any:
    raw = read_limited(path, MAX_JSON_BYTES, "mission and plan files")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(say(e.NOT_UTF8, path=path, byte=exc.start)) from None
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(say(e.NOT_VALID_JSON, path=path),
                         [_json_problem(exc, str(path))]) from None
    except RecursionError:
        raise InputError(say(e.TOO_DEEP, path=path)) from None
    except ValueError:  # json refuses numbers of thousands of digits
        raise InputError(say(e.HUGE_NUMBER, path=path)) from None


def _json_problem(exc: json.JSONDecodeError, source: str) -> InputProblem:
    return InputProblem(message=say(e.JSON_AT, what=exc.msg, line=exc.lineno, column=exc.colno),
                        file=source)


def _migrate(
    data: Any,
    path: str | os.PathLike[str],
    current: int,
    migrations: dict[int, Migration],
    what: str,
) -> Any:
    if not isinstance(data, dict):
        raise InputError(say(e.NOT_AN_OBJECT[what], path=path, braces="{...}"))
    version = data.get("schema_version", current)
    if not isinstance(version, int) or isinstance(version, bool) or version < 0:
        shown = repr(version) if len(repr(version)) < 40 else repr(version)[:30] + "..."
        raise InputError(say(e.SCHEMA_NOT_WHOLE, path=path, value=shown))
    if version > current:
        digits = str(version)
        shown = digits if len(digits) < 10 else f"{digits[:9]}... ({len(digits)} digits)"
        raise InputError(say(e.NEWER_SCHEMA, path=path, version=shown, current=current))
    while version < current:
        if version not in migrations:
            raise InputError(say(e.SCHEMA_UNSUPPORTED, path=path, version=version))
        data = migrations[version](data)
        version += 1
        data["schema_version"] = version
    return data


def _validate(
    model: type[ModelT],
    data: Any,
    path: str | os.PathLike[str],
    context: dict[str, Any] | None = None,
) -> ModelT:
    try:
        return model.model_validate(data, context=context)
    except ValidationError as exc:
        problems = [
            InputProblem(message=_describe(error), file=str(path), path=json_path(error["loc"]))
            for error in exc.errors(include_url=False)
        ]
        plural = "s" if len(problems) != 1 else ""
        raise InputError(say(e.NOT_A_VALID_FILE[model.__name__.lower(), plural],
                             path=path, count=len(problems)), problems) from None


def json_path(location: tuple[int | str, ...]) -> str:
    """``('stations', 3, 'lat')`` -> ``$.stations[3].lat``."""
    path = "$"
    for part in location:
        path += f"[{part}]" if isinstance(part, int) else f".{part}"
    return path


def _describe(error: Any) -> str:
    message = validation_message(error)
    if error["type"] in ("extra_forbidden", "missing"):
        return message
    return with_value(message, error.get("input"))
