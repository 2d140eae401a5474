"""Fuzzing the importers: whatever the bytes or cells, the only exception is InputError."""

from __future__ import annotations

import contextlib
import tempfile
from datetime import date, datetime, time
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from missionplanner.errors import InputError
from missionplanner.io.columns import OBSERVER_COLUMNS, STATION_COLUMNS
from missionplanner.io.spreadsheet_import import import_observers, import_stations
from missionplanner.model import Mission
from tests.io.conftest import make_kz_mission
from tests.io.sheets import write_csv, write_xlsx

MISSION: Mission = make_kz_mission()
HEADERS = sorted({h for c in (*STATION_COLUMNS, *OBSERVER_COLUMNS) for h in c.headers()})
WORDS = ["Алматы", "Akmola", "abroad", "43,25", "76.9", "1 234", "М", "ru, kk", "=1+1", "Итого",
         "", " ", "07:00", "2021-01-10", "abc", "-1", "1e400", "nan", "№ 5", "да", "\x07",
         "Russia", "closed", "urban", "51.1", "71.4"]  # fmt: skip
TEXT_CELL = st.one_of(st.sampled_from(HEADERS), st.sampled_from(WORDS), st.text(max_size=12))
CELL = st.one_of(
    st.none(),
    TEXT_CELL,
    st.integers(-(10**15), 10**15),
    st.floats(allow_nan=False, allow_infinity=False),
    st.booleans(),
    st.dates(min_value=date(1900, 3, 1)),
    st.times(),
)
GRID = st.lists(st.lists(CELL, max_size=8), max_size=8)


@st.composite
def headed_grid(draw: st.DrawFn) -> list[list[object]]:
    """A header of real column names in any order (stations or observers), then random rows."""
    columns = draw(st.sampled_from([STATION_COLUMNS, OBSERVER_COLUMNS]))
    chosen = draw(st.lists(st.sampled_from(columns), min_size=2, max_size=9, unique_by=id))
    header: list[object] = [draw(st.sampled_from(c.headers())) for c in chosen]
    rows = draw(st.lists(st.lists(CELL, min_size=len(header), max_size=len(header)), max_size=6))
    titles = draw(st.lists(st.lists(TEXT_CELL, max_size=2), max_size=2))
    return [*titles, header, *rows]


GRIDS = st.one_of(GRID, headed_grid())
FUZZ = settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _import_both(path: Path) -> None:
    for importer in (import_stations, import_observers):
        with contextlib.suppress(InputError):
            importer(MISSION, path)


@FUZZ
@given(raw=st.binary(max_size=400), suffix=st.sampled_from([".csv", ".xlsx", ".txt"]))
def test_random_bytes(raw: bytes, suffix: str) -> None:
    """Random bytes, with or without a zip signature or a BOM in front."""
    with tempfile.TemporaryDirectory() as folder:
        for prefix in (b"", b"PK\x03\x04", b"\xef\xbb\xbf"):
            path = Path(folder) / f"f{suffix}"
            path.write_bytes(prefix + raw)
            _import_both(path)


@FUZZ
@given(
    grid=GRID,
    sep=st.sampled_from([";", ",", "\t"]),
    encoding=st.sampled_from(["utf-8", "utf-8-sig", "utf-16"]),
)
def test_random_csv_grids(grid: list[list[object]], sep: str, encoding: str) -> None:
    """Grids of header words, tricky values and random text, written as CSV."""
    with tempfile.TemporaryDirectory() as folder:
        path = write_csv(Path(folder) / "f.csv", grid, sep=sep, encoding=encoding)
        _import_both(path)


def _xlsx_safe(value: object) -> object:
    """openpyxl refuses control characters in strings; keep the rest as generated."""
    if isinstance(value, str):
        return "".join(c for c in value if c >= " " or c in "\t\n\r")
    if isinstance(value, date) and not isinstance(value, datetime):
        return datetime.combine(value, time())
    return value


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(sheets=st.lists(GRIDS, min_size=1, max_size=2))
def test_random_xlsx_grids(sheets: list[list[list[object]]]) -> None:
    """The same grids as .xlsx workbooks of one or two sheets (with formulas among them)."""
    with tempfile.TemporaryDirectory() as folder:
        content = {
            f"S{i}": [[_xlsx_safe(v) for v in row] for row in grid] for i, grid in enumerate(sheets)
        }
        path = write_xlsx(Path(folder) / "f.xlsx", content)
        _import_both(path)
