"""One colour per team, and the colours of station statuses and activities, for every picture.

The map, the timeline, the dashboard and the PDF route sheets all take their colours from
here, so team 7 is the same colour on the screen and on paper. Colours are ``#rrggbb``
strings (Qt and reportlab both read them). Teams are coloured in the plan's order: the first
24 from a palette of well-separated colours that print and read on white, the rest by
stepping the hue by the golden angle (never two neighbours alike).
"""

from __future__ import annotations

import colorsys
from enum import StrEnum

from missionplanner.model import Activity, Plan

PALETTE = (
    "#1f77b4", "#d62728", "#2ca02c", "#ff7f0e", "#9467bd", "#8c564b", "#e377c2", "#17becf",
    "#bcbd22", "#393b79", "#ad494a", "#637939", "#e6550d", "#7b4173", "#3182bd", "#31a354",
    "#843c39", "#d6616b", "#6b6ecf", "#b5cf6b", "#e7ba52", "#ce6dbd", "#9c9ede", "#8ca252",
)
"""Tableau's ten, then darker and lighter companions (Vega's category20b/c)."""


def team_colour(index: int) -> str:
    """The colour of the ``index``-th team (0-based)."""
    if index < len(PALETTE):
        return PALETTE[index]
    hue = (index * 0.618033988749895) % 1.0
    light = (0.38, 0.5, 0.32)[index % 3]
    r, g, b = colorsys.hls_to_rgb(hue, light, 0.65)
    return f"#{round(r * 255):02x}{round(g * 255):02x}{round(b * 255):02x}"


def text_on(colour: str) -> str:
    """The colour of a number written on ``colour``: white on dark team colours, near-black
    on light ones (olive, sand, lilac), so that numbered stops read on screen and paper."""
    r, g, b = (int(colour[i:i + 2], 16) / 255 for i in (1, 3, 5))
    return "#1b1b1b" if 0.299 * r + 0.587 * g + 0.114 * b > 0.62 else "#ffffff"


def team_order(plan: Plan) -> list[str]:
    """The plan's teams in its order, then teams that appear only in routes (sorted)."""
    ids = [t.id for t in plan.teams]
    seen = set(ids)
    return ids + sorted({r.team for r in plan.routes} - seen)


def team_colours(plan: Plan) -> dict[str, str]:
    """Team id -> colour, for every team of the plan."""
    return {team: team_colour(i) for i, team in enumerate(team_order(plan))}


class StationStatus(StrEnum):
    """What the map says about a station (one colour each)."""

    NOT_COVERED = "not_covered"
    PLANNED = "planned"
    VISITED = "visited"
    """The team reported being there (imported actuals)."""
    NOT_REPORTED = "not_reported"
    """Planned, but the actuals imported so far do not say the team was there."""
    FLAGGED = "flagged"
    """Irregularities were reported here before, and no team goes."""
    ABROAD = "abroad"


STATUS_COLOURS = {
    StationStatus.NOT_COVERED: "#9e9e9e",
    StationStatus.PLANNED: "#1565c0",
    StationStatus.VISITED: "#2e7d32",
    StationStatus.NOT_REPORTED: "#ef6c00",
    StationStatus.FLAGGED: "#c62828",
    StationStatus.ABROAD: "#6a1b9a",
}

ACTIVITY_COLOURS = {
    Activity.OPENING: "#00897b",
    Activity.VOTING: "#1e88e5",
    Activity.CLOSING: "#8e24aa",
    Activity.COUNTING: "#5e35b1",
    Activity.PROTOCOL: "#6d4c41",
    Activity.PRE_ELECTION: "#43a047",
}
TRAVEL_COLOUR = "#b0bec5"
WAITING_COLOUR = "#eceff1"
LUNCH_COLOUR = "#ffb300"
CURFEW_COLOUR = "#d32f2f"
