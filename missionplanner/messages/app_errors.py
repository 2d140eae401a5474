"""Errors the app shows from the domain: opening and saving files, editing, settings,
planning, re-planning and exporting."""

from __future__ import annotations

from missionplanner.messages import template  # noqa: F401
