"""Migrations of older mission and plan files: one function per schema version (``{n: f}``).

Each takes the JSON object of a version-``n`` file and returns the version ``n + 1`` object; the
loader sets ``schema_version``. A value an older version left to a default is written out,
and named in the mission's notes, so that nothing is assumed silently.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

Migration = Callable[[dict[str, Any]], dict[str, Any]]

SCHEMA_1_COUNTRY = "Kazakhstan"
SCHEMA_1_HOURS = ("07:00:00", "20:00:00")


def v1_to_v2(data: dict[str, Any]) -> dict[str, Any]:
    """Schema 2 requires the host country and the polling hours in the file (schema 1 defaulted
    them to Kazakhstan's); stations gained ``location``/``placed_by``, an optional commission and
    unknown voters (null), which need nothing of a schema-1 file."""
    assumed: list[str] = []
    if not data.get("host_country"):
        data["host_country"] = SCHEMA_1_COUNTRY
        assumed.append(f"host_country {SCHEMA_1_COUNTRY}")
    settings = data.get("settings")
    if settings is None:
        settings = data["settings"] = {}
    if isinstance(settings, dict):
        for key, value in zip(("polling_opens", "polling_closes"), SCHEMA_1_HOURS, strict=True):
            if key not in settings:
                settings[key] = value
                assumed.append(f"{key} {value[:5]}")
    if assumed:
        note = (
            "Migrated from schema 1, which did not require them: assumed "
            + ", ".join(assumed)
            + " (schema 1's defaults, Kazakhstan's). Check them."
        )
        notes = data.get("notes")
        data["notes"] = f"{notes}\n{note}" if isinstance(notes, str) and notes else note
    return data


MISSION_MIGRATIONS: dict[int, Migration] = {1: v1_to_v2}


def plan_v1_to_v2(data: dict[str, Any]) -> dict[str, Any]:
    """Plan schema 2 records how the plan was made in typed fields (``made_with``,
    ``area_days``, ``replans``) instead of the free ``settings_used`` dict of schema 1.

    What schema 1 recorded is carried over where it has a typed home (days, time limit,
    iterations, deployment, cancelled, every re-plan); the rest (budget details of the search
    of the time) is dropped, and the notes say so. A schema-1 plan has no area-day records:
    re-planning derives them again from the mission and the seed, and says so.
    """
    used = data.pop("settings_used", None)
    used = used if isinstance(used, dict) else {}
    made: dict[str, Any] = {}
    days = used.get("days")
    if isinstance(days, list) and all(isinstance(d, str) for d in days):
        made["days"] = days
    for old, new in (("time_limit_per_area", "time_limit"), ("max_iterations", "iterations")):
        value = used.get(old)
        if isinstance(value, int | float) and not isinstance(value, bool):
            made[new] = value
    if used.get("deploy_by") in ("voters", "stations"):
        made["deploy_by"] = used["deploy_by"]
    if isinstance(used.get("cancelled"), bool):
        made["cancelled"] = used["cancelled"]
    data["made_with"] = made
    replans = used.get("replans")
    data["replans"] = [_replan_v2(r) for r in replans if isinstance(r, dict)] \
        if isinstance(replans, list) else []
    dropped = sorted(set(used) - {"days", "time_limit_per_area", "max_iterations", "deploy_by",
                                  "cancelled", "replans", "seed"})
    if dropped:
        notes = data.get("notes")
        note = ("Migrated from plan schema 1: settings " + ", ".join(dropped)
                + " are no longer recorded.")
        data["notes"] = [*notes, note] if isinstance(notes, list) else [note]
    return data


def _replan_v2(record: dict[str, Any]) -> dict[str, Any]:
    """A schema-1 re-plan record (a dict) in the typed form of schema 2."""
    out: dict[str, Any] = {k: record[k] for k in ("day", "now", "disruptions", "areas",
                                                  "time_limit", "seconds") if k in record}
    if "max_iterations" in record:
        out["iterations"] = record["max_iterations"]
    if record.get("deterministic") is True:
        out["time_limit"] = None
    return out


PLAN_MIGRATIONS: dict[int, Migration] = {1: plan_v1_to_v2}
