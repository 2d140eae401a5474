"""The importer's parts on their own: header keys, cell parsers, region names, separators."""

from __future__ import annotations

from datetime import date, time

import pytest

from missionplanner.io.cells import as_number, as_station_number, as_time, as_whole_number
from missionplanner.io.columns import OBSERVER_COLUMNS, STATION_COLUMNS
from missionplanner.io.csv_reading import sniff_separator
from missionplanner.io.headers import Column, header_key
from missionplanner.io.region_names import RegionMatcher
from missionplanner.model import Region


@pytest.mark.parametrize("columns", [STATION_COLUMNS, OBSERVER_COLUMNS])
def test_no_header_names_two_fields(columns: list[Column]) -> None:
    """Each accepted header, once keyed, belongs to one field only."""
    owners: dict[str, set[str]] = {}
    for column in columns:
        for header in column.headers():
            owners.setdefault(header_key(header), set()).add(column.field)
    assert {key: fields for key, fields in owners.items() if len(fields) > 1} == {}


def test_header_key() -> None:
    """Case, spaces, punctuation, ё and Kazakh letters do not matter; № does."""
    assert header_key(" № Участка ") == header_key("№участка") == "№участка"
    assert header_key("Населённый пункт") == header_key("населенный-пункт")
    assert header_key("Ақмола") == header_key("Акмола")


@pytest.mark.parametrize(
    ("cell", "value"),
    [("43,2567", 43.2567), ("43.2567", 43.2567), (" 1 234,5 ", 1234.5), ("1,234,567", 1234567),
     ("−12,5", -12.5), ("43°15'30\"N", 43.25833333333333), (76, 76.0)],
)  # fmt: skip
def test_numbers(cell: object, value: float) -> None:
    """Decimal commas, grouped digits, a Unicode minus, degrees-minutes-seconds."""
    assert as_number(cell) == pytest.approx(value)  # type: ignore[arg-type]


@pytest.mark.parametrize("cell", ["abc", "1,2.3", "nan", "inf", True, date(2021, 1, 1), "1e400"])
def test_not_numbers(cell: object) -> None:
    """Words, booleans, dates, NaN and infinity are not numbers."""
    with pytest.raises(ValueError, match="expected"):
        as_number(cell)  # type: ignore[arg-type]


def test_whole_numbers() -> None:
    """Grouped with spaces, no-break spaces or commas; 12.5 is not whole."""
    assert as_whole_number("1\u00a0234") == as_whole_number("1,234") == 1234
    assert as_whole_number(360.0) == 360
    assert as_station_number("УИК №0101") == 101
    with pytest.raises(ValueError, match="whole number"):
        as_whole_number("12,5")


@pytest.mark.parametrize(
    ("cell", "value"),
    [("7:00", time(7)), ("07.30", time(7, 30)), ("20:00:00", time(20)), (0.5, time(12))],
)
def test_times(cell: object, value: time) -> None:
    """Colons, dots, seconds, and Excel's day fractions."""
    assert as_time(cell) == value  # type: ignore[arg-type]


def test_ambiguous_region_name() -> None:
    """A name two regions answer to is refused, naming both."""
    regions = [
        Region(id="n", name="North", aliases=["Centre"], tz="Asia/Almaty"),
        Region(id="s", name="South", aliases=["centre"], tz="Asia/Almaty"),
    ]
    with pytest.raises(ValueError, match="could be North or South"):
        RegionMatcher(regions).match("CENTRE")


def test_region_without_regions() -> None:
    """A mission without regions says so."""
    with pytest.raises(ValueError, match="has no regions yet"):
        RegionMatcher([]).match("Almaty")


@pytest.mark.parametrize(
    ("text", "separator"),
    [
        ("a;b;c\r\n1,5;2,5;x, y\r\n", ";"),
        ("a,b,c\n1,2,3\n", ","),
        ("a\tb\n1,5\t2\n", "\t"),
        ("Title;;\r\n;;\r\nNumber;Lat;Lon\r\n1;43,2;76,9\r\n", ";"),
    ],
)
def test_separator_sniffing(text: str, separator: str) -> None:
    """The separator giving the most rows of one width wins; ';' on a tie."""
    assert sniff_separator(text) == separator
