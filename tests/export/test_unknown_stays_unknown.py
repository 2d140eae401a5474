"""Unknown stays unknown in reports, one definition of a covered station, and approximate
stations on the route sheet (issue 11, items 2 and 6)."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from missionplanner.export import export_workbook
from missionplanner.geo import travel_matrix
from missionplanner.model import LocationQuality, Mission, Plan, TravelSettings, covered_stations
from missionplanner.planning.metrics import coverage
from tests.export.sheets import load, route_table


def _unknown(mission: Mission) -> Mission:
    """The Atyrau stations without urban/rural and voters; one placed approximately."""
    stations = []
    for s in mission.stations:
        if s.region == "atyrau":
            s = s.model_copy(update={"locality": None, "registered_voters": None})
        if s.id == "at/3":
            s = s.model_copy(update={"location": LocationQuality.APPROXIMATE,
                                     "placed_by": "settlement Makhambet"})  # fmt: skip
        stations.append(s)
    return mission.model_copy(update={"stations": stations})


def _rows(path: Path, sheet: str) -> list[tuple[object, ...]]:
    return [r for r in load(path)[sheet].iter_rows(values_only=True) if any(r)]


def test_summary_and_plan_count_the_same_stations(
    tmp_path: Path, mission: Mission, plan: Plan
) -> None:
    """The workbook's Summary total is the `plan`/`show` coverage, both from covered_stations."""
    path = tmp_path / "book.xlsx"
    export_workbook(mission, plan, path)
    total = next(r for r in _rows(path, "Summary") if r[0] == "Total")
    covered = coverage(mission, plan).stations[0]
    assert total[1] == covered == len(covered_stations(plan) & {s.id for s in mission.stations})


def test_unknown_locality_and_voters_are_said(tmp_path: Path, mission: Mission, plan: Plan) -> None:
    """Atyrau stations without urban/rural: those in Atyrau (the regional capital) 'urban
    (estimated)', the others 'unknown' (never 'rural');
    voters unknown are 'unknown' in the Stations sheet and counted apart in the coverage."""
    unknown = _unknown(mission)
    path = tmp_path / "book.xlsx"
    export_workbook(unknown, plan, path)
    summary = _rows(path, "Summary")
    assert next(r for r in summary if r[0] == "unknown")[3] == 2
    assert next(r for r in summary if r[0] == "urban (estimated)")[3] == 2
    assert next(r for r in summary if r[0] == "rural")[3] == 0
    stations = [r for r in _rows(path, "Stations") if r[0] == "at/3"]
    assert stations[0][8] == "unknown" and stations[0][10] == "unknown"
    lines = "\n".join(coverage(unknown, plan).lines())
    assert "voters unknown at" in lines and "urban/rural unknown" in lines


def test_route_sheet_says_approximate_and_keeps_the_address(
    tmp_path: Path, mission: Mission, plan: Plan
) -> None:
    """An approximate station's coordinates say to go by the address, which is in bold."""
    path = tmp_path / "book.xlsx"
    export_workbook(_unknown(mission), plan, path)
    book = load(path)
    for name in book.sheetnames:
        for row in (route_table(book[name]) if name.startswith("T") else []):
            if row.get("station_id") == "at/3":
                assert "approximate: find it by the address" in str(row["coordinates"])
                assert row["voters"] == "unknown"
                return
    raise AssertionError("at/3 is on no route sheet")


def test_travel_margin_for_approximate_points() -> None:
    """Every leg to or from an approximate point gets the margin; others do not."""
    travel = TravelSettings(approximate_margin_minutes=15)
    points = [(43.0, 77.0), (43.01, 77.0), (43.02, 77.0)]
    plain = travel_matrix(points, travel)
    loose = travel_matrix(points, travel, approximate=[False, True, False])
    assert np.array_equal(loose - plain, np.array([[0, 900, 0], [900, 0, 900], [0, 900, 0]]))
