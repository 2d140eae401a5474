"""Import problems of station, observer, actuals, settlements and travel-time files,
as the import preview's Problem column shows them."""

from __future__ import annotations

from missionplanner.messages import template  # noqa: F401
