"""A route sheet: one team's day, stop by stop in local time, with columns for the team to fill.

Layout (the actuals importer reads it back, in either language): a title row, then label/value
rows (column A / column B) with the mission, day, team, members, driver, interpreter, phones
and base; then the column headers and one row per visit in visiting order. "Visited at" and
"Remarks" are left empty for the team; the hidden last column holds the station's id.
"""

from __future__ import annotations

from typing import Any

from missionplanner.export import styles as st
from missionplanner.export.context import Context, local
from missionplanner.export.labels import activity_label
from missionplanner.export.safe import Value, cell, row, sheet_title
from missionplanner.model import Route

COLUMNS = (
    "order", "arrival", "departure", "activity", "station_number", "commission", "settlement",
    "address", "coordinates", "voters", "notes", "visited_at", "remarks", "station_id",
)
"""Label keys of the route table's columns, in order."""
_STYLES = (
    st.NUMBER, st.TIME, st.TIME, st.TEXT, st.TEXT, st.WRAP, st.TEXT, st.ADDRESS, st.TEXT,
    st.NUMBER, st.WRAP, st.FILL_IN, st.FILL_IN, st.TEXT,
)
"""Styles of the route table's columns: the address in bold, as teams find stations by it;
a station placed approximately gets its address highlighted (``ADDRESS_FIRST``)."""
_ADDRESS = COLUMNS.index("address")
HEADER_KEYS = (
    "mission", "day", "team", "area", "members", "driver", "interpreter", "phones", "base",
    "leave_return", "times",
)
"""Label keys of the rows above the table, in order (after the title row)."""


def route_title(ctx: Context, route: Route) -> str:
    """The sheet's first row: what it is, for whom, which day."""
    w = ctx.words
    day = f"{route.day:%d.%m.%Y}"
    return f"{w['route_title']} — {w['team']} {route.team} — {day} — {ctx.mission.name}"


def header_values(ctx: Context, route: Route) -> list[tuple[str, Value]]:
    """The label/value rows above the table."""
    w = ctx.words
    team = ctx.teams.get(route.team)
    zones = sorted({str(ctx.mission.station_zone(ctx.stations[v.station])) for v in route.visits})
    leave = local(route.departure)
    back = local(route.returns)
    span = " / ".join(f"{t:%H:%M}" for t in (leave, back) if t is not None)
    values: dict[str, Value] = {
        "mission": f"{ctx.mission.name} ({ctx.mission.organisation})",
        "day": route.day,
        "team": route.team,
        "area": ctx.areas.get(route.team, ""),
        "members": ", ".join(ctx.member_names(route.team)),
        "driver": team.driver if team else "",
        "interpreter": team.interpreter if team else "",
        "phones": ctx.phones(route.team),
        "base": ctx.base_name(route.team),
        "leave_return": span,
        "times": w["times_local"].format(zones=", ".join(zones) or "-"),
    }
    return [(w[key], values[key]) for key in HEADER_KEYS]


def visit_rows(ctx: Context, route: Route) -> list[list[Value]]:
    """One row per visit, in visiting order, with local times."""
    rows: list[list[Value]] = []
    for number, visit in enumerate(route.visits, start=1):
        station = ctx.stations[visit.station]
        zone = ctx.mission.station_zone(station)
        notes = ctx.flags_text(station)
        if station.kind.value != "regular":
            notes = "; ".join(p for p in (station.kind.value, notes) if p)
        rows.append([
            number,
            local(visit.arrival, zone),
            local(visit.end, zone),
            activity_label(visit.activity, ctx.lang),
            station.number,
            station.commission or "",
            station.settlement or "",
            station.address or "",
            (ctx.words["approximate_at"].format(coordinates=f"{station.lat:.3f}, {station.lon:.3f}")
             if station.approximate else f"{station.lat:.5f}, {station.lon:.5f}"),
            station.registered_voters if station.registered_voters is not None
            else ctx.words["unknown"],
            notes,
            local(visit.visited_at, zone),
            None,
            station.id,
        ])
    return rows


def write_route_sheet(workbook: Any, ctx: Context, route: Route, taken: set[str]) -> str:
    """Add the route sheet of ``route`` to a write-only workbook; return its title."""
    w = ctx.words
    sheet = workbook.create_sheet(sheet_title(f"{route.team} {route.day:%d.%m}", taken))
    head = header_values(ctx, route)
    rows = visit_rows(ctx, route)
    headers = [w[key] for key in COLUMNS]
    widths = st.fit_widths(rows, headers)
    widths[0] = max(widths[0], *(len(label) + 2 for label, _ in head))
    widths[1] = widths[2] = 9  # hh:mm
    widths[-3] = max(widths[-3], 14)  # room to write the time by hand
    widths[-2] = max(widths[-2], 30)
    widths[-1] = 12
    header_row = len(head) + 3
    st.set_widths(sheet, widths, hidden=(len(COLUMNS) - 1,))
    sheet.row_dimensions[header_row].height = 28  # headers wrap over two lines
    for number in range(header_row + 1, header_row + 1 + len(rows)):
        sheet.row_dimensions[number].height = 30  # room for handwriting
    st.printable(sheet, header_row, len(COLUMNS), header_row + len(rows))
    sheet.append([cell(sheet, route_title(ctx, route), st.TITLE)])
    for label, value in head:
        style = st.VALUE_DATE if label == w["day"] else st.VALUE
        sheet.append([cell(sheet, label, st.LABEL), cell(sheet, value, style)])
    sheet.append([cell(sheet, w["fill_in"], st.VALUE)])
    sheet.append([cell(sheet, h, st.HEADER) for h in headers])
    for values, visit in zip(rows, route.visits, strict=True):
        styles = list(_STYLES)
        if ctx.stations[visit.station].approximate:
            styles[_ADDRESS] = st.ADDRESS_FIRST
        sheet.append(row(sheet, values, styles))
    return str(sheet.title)
