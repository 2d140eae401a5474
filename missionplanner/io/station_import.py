"""Polling stations from a sheet: one row per station, checked against the mission's regions.

A station's id is the ``ID`` column when there is one, otherwise
``{region id}/{commission slug}/{number}`` (e.g. ``almaty-city/almalinskaya-tik/101``), so that
importing an updated list again replaces the same stations.
"""

from __future__ import annotations

from dataclasses import dataclass

from missionplanner.io.bounds import Box, country_box, location_problem
from missionplanner.io.cells import (
    as_choice,
    as_number,
    as_station_number,
    as_text,
    as_time,
    as_whole_number,
)
from missionplanner.io.columns import STATION_COLUMNS
from missionplanner.io.headers import header_key
from missionplanner.io.import_rows import RowReader, data_rows, locate, raise_if
from missionplanner.io.region_names import RegionMatcher
from missionplanner.io.slugs import slug
from missionplanner.io.tabular import Cell, Table
from missionplanner.io.vocabulary import LOCALITIES, STATION_KINDS
from missionplanner.model import Mission, PollingStation, Region, RegionKind, StationKind


@dataclass
class _Line:
    """What one row gave: its key fields (even when others are wrong) and the station."""

    reader: RowReader
    number: int | None = None
    commission: str | None = None
    station_id: str | None = None
    station: PollingStation | None = None


def read_stations(table: Table, mission: Mission) -> tuple[list[PollingStation], list[str]]:
    """Every station of the table, or an :class:`InputError` listing every problem."""
    collected = locate(table, STATION_COLUMNS, "polling station")
    problems = collected.problems
    matcher = RegionMatcher(mission.regions)
    box = country_box(mission)
    lines = [
        _read_line(RowReader(table.file, located, row, problems), matcher, box, table.file)
        for located, row in data_rows(collected)
    ]
    _check_unique(lines)
    _check_against_mission(lines, mission)
    raise_if(problems, collected, table.file)
    return [line.station for line in lines if line.station is not None], collected.notes


def _read_line(reader: RowReader, matcher: RegionMatcher, box: Box | None, file: str) -> _Line:
    line = _Line(reader)
    line.number = reader.get("number", as_station_number, required="the station's number")
    line.commission = reader.get("commission", as_text, required="the territorial commission")
    region = reader.get("region", lambda c: matcher.match(as_text(c)), required="the region")
    lat = reader.get("lat", as_number, required="the latitude in decimal degrees, like 43.2567")
    lon = reader.get("lon", as_number, required="the longitude in decimal degrees, like 76.9286")
    data = {
        "settlement": reader.get("settlement", as_text),
        "address": reader.get("address", as_text),
        "registered_voters": reader.get("registered_voters", _voters) or 0,
        "opens": reader.get("opens", as_time),
        "closes": reader.get("closes", as_time),
        "tz": reader.get("tz", as_text),
        "locality": reader.get("locality", lambda c: as_choice(c, LOCALITIES, "urban or rural")),
        "source": file.replace("\\", "/").rsplit("/", 1)[-1],
    }
    kind = reader.get("kind", lambda c: as_choice(c, STATION_KINDS, "regular, closed or abroad"))
    line.station_id = reader.get("id", as_text)
    if region is None:
        return line
    kind = _kind(reader, region, kind)
    if lat is not None and lon is not None and region.kind is not RegionKind.ABROAD:
        where = location_problem(box, lat, lon)
        if where:
            reader.problem(where, "lat")
    if line.number is None or line.commission is None:
        return line
    line.station_id = line.station_id or f"{region.id}/{slug(line.commission)}/{line.number}"
    if reader.ok:
        data |= {
            "id": line.station_id,
            "number": line.number,
            "commission": line.commission,
            "region": region.id,
            "lat": lat,
            "lon": lon,
            "kind": kind,
        }
        line.station = reader.validated(PollingStation, data)
    return line


def _kind(reader: RowReader, region: Region, kind: object) -> StationKind:
    """Abroad exactly when the region is the abroad one; regular when not given."""
    if region.kind is RegionKind.ABROAD:
        if kind not in (None, StationKind.ABROAD):
            reader.problem(f"expected abroad: the station is in region {region.name}", "kind")
        return StationKind.ABROAD
    if kind is StationKind.ABROAD:
        reader.problem(
            f"expected regular or closed in region {region.name} "
            "(stations abroad belong to the mission's abroad region)",
            "kind",
        )
    return kind if isinstance(kind, StationKind) else StationKind.REGULAR


def _voters(cell: Cell) -> int:
    value = as_whole_number(cell)
    if value < 0:
        raise ValueError("expected a number of voters of 0 or more")
    return value


def _check_unique(lines: list[_Line]) -> None:
    by_id: dict[str, RowReader] = {}
    by_number: dict[tuple[str, int], RowReader] = {}
    for line in lines:
        reader = line.reader
        if line.number is not None and line.commission is not None:
            first = by_number.setdefault((header_key(line.commission), line.number), reader)
            if first is not reader:
                reader.problem(
                    f"duplicate station: number {line.number} of commission "
                    f"{line.commission!r} is already on {_row_words(first)}",
                    "number",
                )
                continue
        if line.station_id is not None:
            first = by_id.setdefault(line.station_id, reader)
            if first is not reader:
                reader.problem(
                    f"duplicate station id {line.station_id!r}: already on {_row_words(first)}",
                    "id" if "id" in reader.located.columns else "number",
                )
    for line in lines:
        if not line.reader.ok:
            line.station = None


def _row_words(reader: RowReader) -> str:
    sheet = reader.located.sheet.name
    return f"row {reader.row.number}" + (f" of sheet {sheet}" if sheet else "")


def _check_against_mission(lines: list[_Line], mission: Mission) -> None:
    new_ids = {line.station.id for line in lines if line.station is not None}
    kept = {
        (header_key(s.commission), s.number): s.id for s in mission.stations if s.id not in new_ids
    }
    for line in lines:
        station = line.station
        if station is None:
            continue
        other = kept.get((header_key(station.commission), station.number))
        if other is not None:
            line.reader.problem(
                f"station {station.number} of commission {station.commission!r} is already in "
                f"the mission as station {other!r}: expected a new number, or that ID "
                "(in an ID column) to replace it",
                "number",
            )
