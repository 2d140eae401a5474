"""Polling stations from a sheet: one row per station, checked against the mission's regions.

A station's id is the ``ID`` column when there is one, otherwise
``{region id}/{commission slug}/{number}`` (e.g. ``almaty-city/almalinskaya-tik/101``), or
``{region id}/{number}`` when the commission is unknown, so that importing an updated list
again replaces the same stations.

Only the number is always required. The region comes from a column or
:attr:`ImportOptions.region`; the commission from a column, :attr:`ImportOptions.commission`,
or stays unknown (numbers must then be unique within the region); coordinates from latitude
and longitude columns (``X``/``Y``, ``POINT_X``, WKT ``POINT(...)`` too) or, when the list has
none, from the station's settlement (:mod:`missionplanner.io.placement`, marked approximate).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from missionplanner import messages as m
from missionplanner.errors import InputError, InputProblem
from missionplanner.geo.bounds import Box, country_box, location_problem
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
from missionplanner.io.import_options import ImportOptions, mapping_index
from missionplanner.io.import_rows import Collected, RowReader, data_rows, locate
from missionplanner.io.placement import Placer
from missionplanner.io.region_names import RegionMatcher
from missionplanner.io.slugs import slug
from missionplanner.io.tabular import Cell, Table
from missionplanner.io.vocabulary import LOCALITIES, STATION_KINDS
from missionplanner.messages import import_problems as ip
from missionplanner.messages import say
from missionplanner.model import (
    LocationQuality,
    Mission,
    PollingStation,
    Region,
    RegionKind,
    StationKind,
)

_WKT = re.compile(
    r"^\s*(?:srid=\d+;\s*)?point\s*z?\s*\(\s*([-+\d.eE]+)[\s,]+([-+\d.eE]+)(?:\s+[-+\d.eE]+)?\s*\)\s*$",
    re.IGNORECASE,
)


@dataclass
class Line:
    """What one row gave: its key fields (even when others are wrong) and the station."""

    reader: RowReader
    number: int | None = None
    commission: str | None = None
    region: Region | None = None
    station_id: str | None = None
    station: PollingStation | None = None
    data: dict[str, object] = field(default_factory=dict)
    needs_place: bool = False
    swapped: bool = False
    """Latitude and longitude look swapped (a warning for one row, an error for most)."""


@dataclass
class StationRows:
    """The rows read: every line (good or bad), and the sheets' notes."""

    collected: Collected
    lines: list[Line]

    @property
    def stations(self) -> list[PollingStation]:
        """The stations of the good rows."""
        return [line.station for line in self.lines if line.station is not None]

    def place_of(self, station_id: str) -> tuple[str | None, int] | None:
        """The sheet and row of a station's row, for warnings."""
        for line in self.lines:
            if line.station is not None and line.station.id == station_id:
                return line.reader.located.sheet.name, line.reader.row.number
        return None

    def warning(self, station_ids: Sequence[str], message: str, limit: int = 8) -> str:
        """``row 12: message``, ``sheet S, rows 12, 14 and 3 more: message``: a warning after
        the rows of its stations (a station not found is named by its id)."""
        places = [self.place_of(s) or (None, s) for s in station_ids]
        sheets = {sheet for sheet, _ in places}
        sheet = next(iter(sheets)) if len(sheets) == 1 else None
        rows = ", ".join(str(row) if len(sheets) == 1 or name is None else f"{row} ({name})"
                         for name, row in places[:limit])
        more = len(places) - limit
        if sheet is None:
            if len(places) == 1:
                return say(ip.WARNING_ROW, row=rows, message=message)
            if more > 0:
                return say(ip.WARNING_ROWS_MORE, rows=rows, more=more, message=message)
            return say(ip.WARNING_ROWS, rows=rows, message=message)
        if len(places) == 1:
            return say(ip.WARNING_SHEET_ROW, sheet=sheet, row=rows, message=message)
        if more > 0:
            return say(ip.WARNING_SHEET_ROWS_MORE, sheet=sheet, rows=rows, more=more,
                       message=message)
        return say(ip.WARNING_SHEET_ROWS, sheet=sheet, rows=rows, message=message)


def read_station_rows(
    table: Table, mission: Mission, options: ImportOptions | None = None
) -> StationRows:
    """Every row of the table as a :class:`Line`; problems are in ``collected.problems``."""
    options = options or ImportOptions()
    matcher = RegionMatcher(mission.regions)
    fixed_region = _fixed_region(matcher, options.region)
    required = ["number"] if fixed_region is not None else ["number", "region"]
    collected = locate(
        table, STATION_COLUMNS, "polling station", required=required,
        overrides=mapping_index(options.mapping),
    )  # fmt: skip
    problems = collected.problems
    _check_coordinate_columns(collected, table.file)
    box = country_box(mission)
    lines = [
        _read_line(RowReader(table.file, located, row, problems), matcher, box, table.file,
                   fixed_region, options)
        for located, row in data_rows(collected)
    ]
    _place(lines, mission, options, collected)
    _check_unique(lines)
    _check_against_mission(lines, mission)
    _systematic_swap(lines)
    return StationRows(collected, lines)


def _check_coordinate_columns(collected: Collected, file: str) -> None:
    """Latitude without longitude (or the reverse) is a header problem, not one per row."""
    by_field = {c.field: c for c in STATION_COLUMNS}
    for located in collected.sheets:
        has = {f for f in ("lat", "lon") if f in located.columns}
        if len(has) == 1:
            missing = by_field[({"lat", "lon"} - has).pop()]
            given = by_field[has.pop()]
            accepted = ", ".join(missing.headers()[:6])
            collected.problems.append(
                InputProblem(
                    message=say(ip.MISSING_PAIR, column=repr(missing.en), given=given.en,
                                headers=accepted),
                    file=file,
                    sheet=located.sheet.name,
                    row=located.header.number,
                )
            )


def _fixed_region(matcher: RegionMatcher, name: str | None) -> Region | None:
    if name is None:
        return None
    try:
        return matcher.match(name)
    except ValueError as exc:
        raise InputError(say(ip.REGION_OPTION, name=repr(name), message=exc)) from None


def _read_line(
    reader: RowReader,
    matcher: RegionMatcher,
    box: Box | None,
    file: str,
    fixed_region: Region | None,
    options: ImportOptions,
) -> Line:
    line = Line(reader)
    line.number = reader.get("number", as_station_number, required=say(m.STATION_NUMBER))
    line.commission = reader.get("commission", as_text) or options.commission
    region = reader.get("region", lambda c: matcher.match(as_text(c)))
    if region is None and fixed_region is not None:
        region = fixed_region
    elif region is None and "region" in reader.located.columns and not _filled(
        reader.raw("region")
    ):
        reader.problem(say(m.EMPTY, what=say(m.THE_REGION_OR_OPTION)), "region")
    elif region is not None and fixed_region is not None and region.id != fixed_region.id:
        reader.problem(
            say(m.REGION_DISAGREES, row=region.name, option=fixed_region.name), "region"
        )
    line.region = region
    lat, lon = _coordinates(reader)
    line.data = {
        "settlement": reader.get("settlement", as_text),
        "address": reader.get("address", as_text),
        "registered_voters": reader.get("registered_voters", _voters),
        "opens": reader.get("opens", as_time),
        "closes": reader.get("closes", as_time),
        "tz": reader.get("tz", as_text),
        "locality": reader.get("locality", lambda c: as_choice(c, LOCALITIES,
                                                               say(ip.URBAN_OR_RURAL))),
        "source": file.replace("\\", "/").rsplit("/", 1)[-1],
        "lat": lat,
        "lon": lon,
    }
    kind = reader.get("kind", lambda c: as_choice(c, STATION_KINDS, say(ip.STATION_KIND)))
    line.station_id = reader.get("id", as_text)
    if region is None:
        return line
    line.data["kind"] = _kind(reader, region, kind)
    if lat is not None and lon is not None and region.kind is not RegionKind.ABROAD:
        # a point outside the country is a plausibility warning (listed after the import);
        # only a list swapped on most rows is an error (see _systematic_swap)
        line.swapped = "look swapped" in (location_problem(box, lat, lon) or "")
    line.needs_place = lat is None and lon is None and reader.ok
    if line.number is None:
        return line
    commission_part = f"{slug(line.commission)}/" if line.commission else ""
    line.station_id = line.station_id or f"{region.id}/{commission_part}{line.number}"
    if reader.ok and not line.needs_place:
        line.station = _build(line)
    return line


def _coordinates(reader: RowReader) -> tuple[float | None, float | None]:
    """Latitude and longitude from their columns or a WKT point; both or neither."""
    lat = reader.get("lat", as_number)
    lon = reader.get("lon", as_number)
    if set(reader.located.columns) & {"lat", "lon"} != {"lat", "lon"}:
        lat = lon = None  # a header problem already, or no such columns
    point = reader.get("point", _wkt_point)
    if point is not None and lat is None and lon is None:
        lon, lat = point
    if (lat is None) != (lon is None):
        missing = "lon" if lon is None else "lat"
        if _filled(reader.raw(missing)):
            return None, None  # unreadable: a problem already
        reader.problem(say(m.HALF_COORDINATES),
                       missing if missing in reader.located.columns else None)  # fmt: skip
        return None, None
    return lat, lon


def _filled(cell: Cell) -> bool:
    return cell is not None and not (isinstance(cell, str) and not cell.strip())


def _wkt_point(cell: Cell) -> tuple[float, float]:
    match = _WKT.match(as_text(cell))
    if not match:
        raise ValueError(say(ip.WKT_POINT))
    return float(match[1]), float(match[2])


def _build(line: Line) -> PollingStation | None:
    assert line.region is not None and line.number is not None and line.station_id is not None
    data = dict(line.data)
    data |= {
        "id": line.station_id,
        "number": line.number,
        "commission": line.commission,
        "region": line.region.id,
    }
    return line.reader.validated(PollingStation, data)


def _place(lines: list[Line], mission: Mission, options: ImportOptions,
           collected: Collected) -> None:  # fmt: skip
    """Stations without coordinates: at their settlement (or city centre), marked approximate."""
    waiting = [line for line in lines if line.needs_place and line.region is not None]
    if not waiting:
        return
    placer = Placer(mission, options.settlements)
    placed = 0
    for line in waiting:
        assert line.region is not None
        settlement, address = line.data["settlement"], line.data["address"]
        try:
            spot = placer.place(
                line.region,
                settlement if isinstance(settlement, str) else None,
                address if isinstance(address, str) else None,
            )
        except ValueError as exc:
            column = "settlement" if "settlement" in line.reader.located.columns else None
            line.reader.problem(str(exc), column)
            continue
        line.data |= {"lat": spot.lat, "lon": spot.lon, "placed_by": spot.how,
                      "location": LocationQuality.APPROXIMATE}  # fmt: skip
        if line.number is not None and line.station_id is not None and line.reader.ok:
            line.station = _build(line)
            placed += line.station is not None
    collected.notes.append(say(ip.ONE_PLACED) if placed == 1 else say(ip.PLACED, count=placed))


def _kind(reader: RowReader, region: Region, kind: object) -> StationKind:
    """Abroad exactly when the region is the abroad one; regular when not given."""
    if region.kind is RegionKind.ABROAD:
        if kind not in (None, StationKind.ABROAD):
            reader.problem(say(m.EXPECTED_ABROAD, region=region.name), "kind")
        return StationKind.ABROAD
    if kind is StationKind.ABROAD:
        reader.problem(
            say(m.NOT_ABROAD, region=region.name),
            "kind",
        )
    return kind if isinstance(kind, StationKind) else StationKind.REGULAR


def _voters(cell: Cell) -> int:
    value = as_whole_number(cell)
    if value < 0:
        raise ValueError(say(ip.VOTERS))
    return value


def _number_key(line: Line) -> tuple[str, str] | None:
    """What a station's number must be unique within: its commission, else its region."""
    if line.number is None:
        return None
    if line.commission is not None:
        return ("commission", header_key(line.commission))
    if line.region is not None:
        return ("region", line.region.id)
    return None


def _check_unique(lines: list[Line]) -> None:
    by_id: dict[str, RowReader] = {}
    by_number: dict[tuple[tuple[str, str], int], RowReader] = {}
    restarted: set[tuple[str, str]] = set()
    for line in lines:
        reader = line.reader
        scope = _number_key(line)
        if scope is not None and line.number is not None:
            first = by_number.setdefault((scope, line.number), reader)
            if first is not reader:
                reader.problem(_duplicate_message(line, first, scope, restarted), "number")
                restarted.add(scope)
                continue
        if line.station_id is not None:
            first = by_id.setdefault(line.station_id, reader)
            if first is not reader:
                reader.problem(
                    say(m.DUPLICATE_STATION_ID, id=repr(line.station_id), where=_row_words(first)),
                    "id" if "id" in reader.located.columns else "number",
                )
    for line in lines:
        if not line.reader.ok:
            line.station = None


def _duplicate_message(
    line: Line, first: RowReader, scope: tuple[str, str], restarted: set[tuple[str, str]]
) -> str:
    where = _row_words(first)
    if scope[0] == "commission":
        return say(m.DUPLICATE_NUMBER, number=line.number, commission=repr(line.commission),
                   where=where)
    region = line.region.name if line.region is not None else scope[1]
    if scope not in restarted:
        return say(ip.NO_COMMISSION_AGAIN, number=line.number, row=line.reader.row.number,
                   where=where, region=region)
    return say(m.NUMBER_AGAIN, number=line.number, region=region, where=where)


def _row_words(reader: RowReader) -> str:
    sheet = reader.located.sheet.name
    if sheet:
        return say(m.ROW_OF_SHEET, row=reader.row.number, sheet=sheet)
    return say(m.ROW, row=reader.row.number)


def _check_against_mission(lines: list[Line], mission: Mission) -> None:
    new_ids = {line.station.id for line in lines if line.station is not None}
    kept = {
        _mission_key(s): s.id for s in mission.stations if s.id not in new_ids
    }
    for line in lines:
        station = line.station
        if station is None:
            continue
        other = kept.get(_mission_key(station))
        if other is not None:
            line.reader.problem(
                say(ip.IN_MISSION, number=station.number, commission=repr(station.commission),
                    other=repr(other)) if station.commission
                else say(ip.IN_MISSION_REGION, number=station.number,
                         region=repr(station.region), other=repr(other)), "number")
            line.station = None


def _mission_key(station: PollingStation) -> tuple[str, str, int]:
    if station.commission is not None:
        return ("commission", header_key(station.commission), station.number)
    return ("region", station.region, station.number)


def _systematic_swap(lines: list[Line]) -> None:
    """Most rows with latitude and longitude swapped: the columns are mapped the wrong way
    round, an error that says how to map them (a few such rows are warnings only)."""
    located = [line for line in lines if line.data.get("lat") is not None]
    swapped = sum(line.swapped for line in located)
    if swapped < 2 or swapped * 2 < len(located):
        return
    reader = lines[0].reader
    titles = reader.located.titles
    lat_title, lon_title = titles.get("lat", "latitude"), titles.get("lon", "longitude")
    gis = header_key(lon_title) == "x"
    mapping = f"{lon_title}=latitude,{lat_title}=longitude"
    reader.problems.append(InputProblem(
        message=say(ip.SWAPPED_GIS if gis else ip.SWAPPED_ROWS, count=swapped,
                    total=len(located), mapping=mapping),
        file=reader.file, sheet=reader.located.sheet.name, row=reader.located.header.number,
    ))
