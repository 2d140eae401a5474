"""A settlements table the user gives (CSV or XLSX): where to place stations without
coordinates in a country that ships none (one row per place: name, latitude, longitude, and
optionally the region, other names and the population)."""

from __future__ import annotations

import os

from missionplanner.geo.places import Settlement
from missionplanner.io.cells import as_number, as_text, as_whole_number, as_words
from missionplanner.io.headers import Column
from missionplanner.io.import_rows import RowReader, data_rows, locate, raise_if
from missionplanner.io.region_names import RegionMatcher
from missionplanner.io.table_files import read_table
from missionplanner.messages import import_problems as ip
from missionplanner.messages import say
from missionplanner.model import Region

SETTLEMENT_COLUMNS: list[Column] = [
    Column("name", "Name", "Название", "Атауы", "The place's name.", "Название.", "Zelenograd",
           required=True, synonyms=("Settlement", "Населённый пункт", "Населенный пункт",
                                    "Place", "City", "Город", "asciiname")),
    Column("lat", "Latitude", "Широта", "Ендік", "Decimal degrees north.", "Широта.", "55.99",
           required=True, synonyms=("Lat", "Y", "POINT_Y")),
    Column("lon", "Longitude", "Долгота", "Бойлық", "Decimal degrees east.", "Долгота.",
           "37.19", required=True, synonyms=("Lon", "Lng", "Long", "X", "POINT_X")),
    Column("region", "Region", "Регион", "Облыс", "The mission's region it lies in.",
           "Регион.", "Moscow", synonyms=("Область", "Субъект", "Oblast")),
    Column("other_names", "Other names", "Другие названия", None,
           "Other names, separated by commas.", "Другие названия через запятую.",
           "Зеленоград", synonyms=("Alternate names", "alternatenames", "Aliases")),
    Column("population", "Population", "Население", "Халқы", "Inhabitants (a whole number).",
           "Население.", "250000"),
]  # fmt: skip


def read_settlements(path: str | os.PathLike[str], regions: list[Region]) -> list[Settlement]:
    """Every settlement of the file, or an :class:`InputError` listing every problem."""
    table = read_table(path)
    collected = locate(table, SETTLEMENT_COLUMNS, "settlement")
    matcher = RegionMatcher(regions)
    settlements: list[Settlement] = []
    for located, row in data_rows(collected):
        reader = RowReader(table.file, located, row, collected.problems)
        name = reader.get("name", as_text, required=say(ip.PLACE_NAME))
        lat = reader.get("lat", as_number, required=say(ip.LATITUDE))
        lon = reader.get("lon", as_number, required=say(ip.LONGITUDE))
        region = reader.get("region", lambda c: matcher.match(as_text(c)))
        others = reader.get("other_names", as_words) or []
        population = reader.get("population", as_whole_number)
        if name is not None and lat is not None and lon is not None and reader.ok:
            settlements.append(Settlement(
                name=name, lat=lat, lon=lon, region=region.id if region else None,
                other_names=tuple(others), population=population, source=str(path),
            ))  # fmt: skip
    raise_if(collected.problems, collected, table.file)
    return settlements
