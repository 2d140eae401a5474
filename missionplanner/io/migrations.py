"""Migrations of older mission files, one function per schema version (``{version: f}``).

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
