"""Travel times: haversine, continuous leg speeds, per-stop overhead, matrices from files."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import openpyxl
import pytest

from missionplanner.errors import InputError
from missionplanner.geo import (
    MAX_POINTS,
    distance_matrix_km,
    drive_seconds,
    haversine_km,
    load_travel_matrix,
    read_travel_table,
    travel_matrix,
)
from missionplanner.model import TravelSettings


def test_haversine_known_distance() -> None:
    """Nur-Sultan to Almaty is about 970 km as the crow flies."""
    km = float(haversine_km(51.1801, 71.4460, 43.2525, 76.9115))
    assert 960 < km < 980


def test_distance_matrix_is_symmetric_with_zero_diagonal() -> None:
    """The matrix is symmetric and zero on the diagonal."""
    d = distance_matrix_km([(51.1, 71.4), (51.2, 71.5), (43.2, 76.9)])
    assert np.allclose(d, d.T) and np.allclose(np.diag(d), 0)


def test_drive_time_is_continuous_and_monotone() -> None:
    """No jump at the urban and highway thresholds; never faster for a longer leg."""
    travel = TravelSettings()
    km = np.linspace(0, 300, 30001)
    t = drive_seconds(km, travel)
    assert np.all(np.diff(t) > 0)
    slowest = 0.01 * travel.circuity / travel.urban_speed_kmh * 3600  # 10 m in town
    assert np.max(np.diff(t)) <= slowest + 1e-9  # no jump anywhere


def test_drive_time_uses_the_leg_speeds() -> None:
    """Urban legs at the urban speed, long legs end at the highway speed."""
    travel = TravelSettings(circuity=1.0, urban_speed_kmh=20, rural_speed_kmh=50,
                            highway_speed_kmh=100, urban_radius_km=10, highway_from_km=60)
    assert drive_seconds(5.0, travel) == pytest.approx(5 / 20 * 3600)
    expected = (10 / 20 + 50 / 50 + 40 / 100) * 3600
    assert drive_seconds(100.0, travel) == pytest.approx(expected)


def test_travel_matrix_adds_the_overhead_on_legs_to_stations() -> None:
    """Legs ending at a station carry the stop overhead; legs to the base do not."""
    travel = TravelSettings(stop_overhead_minutes=5)
    m = travel_matrix([(51.1, 71.4), (51.1, 71.4)], travel, stops=[False, True])
    assert m.dtype == np.int64
    assert m[0, 1] == 300 and m[1, 0] == 0 and m[0, 0] == 0


def test_travel_matrix_refuses_country_wide_dense() -> None:
    """More than MAX_POINTS points is an error: matrices are per area."""
    with pytest.raises(ValueError, match="per area"):
        travel_matrix(np.zeros((MAX_POINTS + 1, 2)), TravelSettings())


def test_load_csv_matrix_in_the_asked_order(tmp_path: Path) -> None:
    """A square CSV in minutes becomes seconds in the order of the ids asked for."""
    path = tmp_path / "m.csv"
    path.write_text("from,a,b,c\na,0,10,20\nb,11,0,5.5\nc,21,6,0\n", encoding="utf-8")
    m = load_travel_matrix(path, ["c", "a"])
    assert m.tolist() == [[0, 21 * 60], [20 * 60, 0]]


def test_load_xlsx_matrix(tmp_path: Path) -> None:
    """An Excel workbook's first sheet is read the same way."""
    book = openpyxl.Workbook()
    sheet = book.active
    for row in (["", "x", "y"], ["x", 0, 7], ["y", 8, 0]):
        sheet.append(row)
    path = tmp_path / "m.xlsx"
    book.save(path)
    assert load_travel_matrix(path, ["x", "y"]).tolist() == [[0, 420], [480, 0]]


def test_load_matrix_reports_every_problem_with_its_place(tmp_path: Path) -> None:
    """A missing place and a bad cell are both reported with row and column."""
    path = tmp_path / "m.csv"
    path.write_text("from;a;b\na;0;ten\nb;-1;0\n", encoding="utf-8")
    with pytest.raises(InputError) as err:
        load_travel_matrix(path, ["a", "b"])
    text = str(err.value)
    assert "row 2, column C" in text and "'ten'" in text and "row 3, column B" in text
    with pytest.raises(InputError, match="no column for 'z'"):
        load_travel_matrix(path, ["a", "z"])
    with pytest.raises(InputError, match="no such file"):
        load_travel_matrix(tmp_path / "missing.csv", ["a"])


def test_table_overlays_the_estimate_for_known_places(tmp_path: Path) -> None:
    """Legs between places in the file take its minutes (plus the stop overhead)."""
    path = tmp_path / "m.csv"
    path.write_text("from,hotel,s1\nhotel,0,12\ns1,10,0\n", encoding="utf-8")
    table = read_travel_table(path)
    assert table.ids == ("hotel", "s1")
    estimate = np.full((3, 3), 7, dtype=np.int64)
    out = table.overlay(["s1", None, "hotel"], estimate, np.array([300, 300, 0]))
    assert out[2, 0] == 12 * 60 + 300 and out[0, 2] == 10 * 60 and out[0, 0] == 0
    assert out[1, 0] == 7 and out[0, 1] == 7
