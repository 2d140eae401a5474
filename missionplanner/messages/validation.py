"""Pydantic's validation messages by error type, so that a refused value reads in the
interface's language."""

from __future__ import annotations

from missionplanner.messages import template  # noqa: F401
