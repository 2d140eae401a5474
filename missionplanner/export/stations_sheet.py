"""The Stations sheet: every station of the mission, planned or not, one row per planned visit.

About 10,000 rows for Kazakhstan: written row by row in write-only mode, with plain values
wherever no number format is needed (the fastest path through openpyxl).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping
from typing import Any

from missionplanner.export import styles as st
from missionplanner.export.context import Context, local
from missionplanner.export.labels import activity_label
from missionplanner.export.safe import Value, cell, row, sheet_title
from missionplanner.model import PollingStation, Region, Route, Visit
from missionplanner.planning.selection import reported_locality

COLUMNS = (
    "station_id", "region", "commission", "station_number", "settlement", "address",
    "latitude", "longitude", "voters", "kind", "locality", "flags", "team", "day",
    "activity", "arrival", "departure", "visited_at",
)
_STYLES: list[str | None] = [
    None, None, None, None, None, None, st.DECIMAL, st.DECIMAL, st.NUMBER, None, None, None,
    None, st.DATE, None, st.TIME, st.TIME, st.DATETIME,
]


def _sample_widths(ctx: Context, headers: list[str]) -> list[float]:
    """Widths from a sample of the stations (every 20th): fitting all 10,000 costs time."""
    stations = ctx.mission.stations[::20] or ctx.mission.stations
    sample = [[s.id, ctx.region_name(s.region), s.commission, s.number, s.settlement,
               s.address, s.lat, s.lon, s.registered_voters, s.kind.value, "urban",
               ctx.flags_text(s), "team-000", "2000-01-01", "closing and counting",
               "00:00", "00:00", "2000-01-01 00:00"] for s in stations]
    return st.fit_widths(sample, headers, cap=40)


def write_stations(workbook: Any, ctx: Context, taken: set[str]) -> None:
    """Add the Stations sheet to a write-only workbook."""
    w = ctx.words
    visits: dict[str, list[tuple[Route, Visit]]] = defaultdict(list)
    for route in sorted(ctx.plan.routes, key=lambda r: (r.day, r.team)):
        for visit in route.visits:
            visits[visit.station].append((route, visit))
    count = sum(max(1, len(visits.get(s.id, ()))) for s in ctx.mission.stations)
    sheet = workbook.create_sheet(sheet_title(w["sheet_stations"], taken))
    headers = [w[key] for key in COLUMNS]
    st.set_widths(sheet, _sample_widths(ctx, headers))
    st.printable(sheet, 1, len(COLUMNS), 1 + count)
    sheet.append([cell(sheet, h, st.HEADER) for h in headers])
    regions = {r.id: ctx.region_name(r.id) for r in ctx.mission.regions}
    region_of = {r.id: r for r in ctx.mission.regions}
    for station in ctx.mission.stations:
        zone = ctx.mission.station_zone(station)
        fixed: list[Value] = [
            station.id, regions.get(station.region, station.region), station.commission,
            station.number, station.settlement, station.address, station.lat, station.lon,
            station.registered_voters if station.registered_voters is not None
            else w["unknown"], station.kind.value,
            _locality_text(station, region_of.get(station.region), w), ctx.flags_text(station),
        ]
        planned = visits.get(station.id)
        if not planned:
            sheet.append(row(sheet, [*fixed, None, None, None, None, None, None], _STYLES))
            continue
        for route, visit in planned:
            sheet.append(row(sheet, [
                *fixed, route.team, route.day, activity_label(visit.activity, ctx.lang),
                local(visit.arrival, zone), local(visit.end, zone),
                local(visit.visited_at, zone),
            ], _STYLES))


def _locality_text(station: PollingStation, region: Region | None, w: Mapping[str, str]) -> str:
    """urban / rural as given, ``urban (estimated)``, or ``unknown``."""
    kind, estimated = reported_locality(station, region)
    if kind is None:
        return w["unknown"]
    return w["urban_estimated"] if estimated else w[kind.value]
