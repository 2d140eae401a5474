"""The route map on a sheet: numbers never overlap; a crowded city gets a detail map; the
map is true to the ground in any country."""

from __future__ import annotations

import io
import math
from itertools import combinations

import numpy as np
import pytest
from pypdf import PdfReader
from reportlab.pdfgen.canvas import Canvas

from missionplanner.export.pdf.fonts import register_fonts
from missionplanner.export.pdf.route_map import (
    DISC,
    _crowded,
    _fit,
    _free_spot,
    _trace,
    draw_route_map,
)
from missionplanner.geo.projection import KAZAKHSTAN
from missionplanner.geo.travel import haversine_km


def test_free_spots_never_overlap_and_a_free_stop_keeps_its_place() -> None:
    placed: list[tuple[float, float]] = []
    spots = [(100.0, 100.0)] * 5 + [(103.0, 101.0)] * 4 + [(300.0, 300.0)]
    for x, y in spots:
        placed.append(_free_spot(x, y, placed))
    assert placed[0] == (100.0, 100.0) and placed[-1] == (300.0, 300.0)
    for (a, b), (c, d) in combinations(placed, 2):
        assert math.hypot(a - c, b - d) >= 2 * DISC


def _oral_day() -> list[tuple[float, float]]:
    """An opening 40 km out, then twelve stations a few hundred metres apart in Oral."""
    return [(51.55, 50.85)] + [(51.23 + 0.004 * (k % 4), 51.37 + 0.005 * (k // 4))
                               for k in range(12)]


def test_crowded_city_stops_are_found_and_drawn_closer_on_a_detail_map() -> None:
    stops = _oral_day()
    points = [KAZAKHSTAN.point(lat, lon) for lat, lon in stops]
    crowded = _crowded(points, _fit(points, 280, 320))
    assert 0 not in crowded and set(crowded) == set(range(1, 13))
    buffer = io.BytesIO()
    canvas = Canvas(buffer)
    draw_route_map(canvas, (20, 20, 280, 320), stops, "#1f77b4", register_fonts(), "en")
    canvas.showPage()
    canvas.save()
    text = PdfReader(io.BytesIO(buffer.getvalue())).pages[0].extract_text()
    assert "Detail" in text
    for n in range(2, 14):  # every city stop numbered once, on the detail map
        assert f"{n}" in text.split()
    # a route with room for its numbers keeps one map
    wide = [(51.0 + 0.1 * k, 51.0 + 0.1 * k) for k in range(5)]
    buffer = io.BytesIO()
    canvas = Canvas(buffer)
    draw_route_map(canvas, (20, 20, 280, 320), wide, "#1f77b4", register_fonts(), "en")
    canvas.save()
    assert "Detail" not in PdfReader(io.BytesIO(buffer.getvalue())).pages[0].extract_text()


def _page_places(stops: list[tuple[float, float]]) -> list[tuple[float, float]]:
    canvas = Canvas(io.BytesIO())
    return draw_route_map(canvas, (20, 20, 280, 320), stops, "#1f77b4", register_fonts(), "en")


def _scale_spread(stops: list[tuple[float, float]],
                  places: list[tuple[float, float]]) -> float:
    """How far page distance per ground kilometre varies between pairs of stops (0: not at
    all, 0.1: by 10 %)."""
    ratios = [math.dist(places[i], places[j]) / haversine_km(*stops[i], *stops[j])
              for i, j in combinations(range(len(stops)), 2)]
    return max(ratios) / min(ratios) - 1


def _cross(lat: float, lon: float, km: float) -> list[tuple[float, float]]:
    """A centre and four stops ``km`` north, east, south and west of it."""
    dlat, dlon = km / 111.195, km / (111.195 * math.cos(math.radians(lat)))
    return [(lat, (x + 180) % 360 - 180) for lat, x in (
        (lat, lon), (lat + dlat, lon), (lat, lon + dlon), (lat - dlat, lon), (lat, lon - dlon))]


@pytest.mark.parametrize(("where", "lat", "lon"), [
    ("Chisinau", 47.02, 28.83),
    ("Norilsk", 69.35, 88.20),
    ("Bishkek", 42.87, 74.59),
    ("Almaty", 43.25, 76.92),
    ("Anadyr, across 180 degrees", 64.73, 179.95),
])
def test_distances_on_the_page_follow_the_ground_in_any_country(where: str, lat: float,
                                                                lon: float) -> None:
    """A day's stops 15 km around a town: page distances within 2 % of proportional to
    ground distances, east-west as north-south (the old fixed projection at 48 N, 67 E
    stretched Norilsk's east-west by 87 % and shrank Almaty's by 8 %)."""
    stops = _cross(lat, lon, 15.0)
    places = _page_places(stops)
    assert _scale_spread(stops, places) < 0.02, where
    old = [KAZAKHSTAN.point(*s) for s in stops]
    if where.startswith(("Norilsk", "Almaty")):
        assert _scale_spread(stops, old) > 0.05


def test_the_scale_bar_reads_true_east_west() -> None:
    """The page's points per km north-south equal those east-west, so the one scale bar
    holds in both directions (Norilsk)."""
    stops = _cross(69.35, 88.20, 10.0)
    places = _page_places(stops)
    north = math.dist(places[0], places[1]) / 10.0
    east = math.dist(places[0], places[2]) / 10.0
    assert abs(east / north - 1) < 0.01



class _Path:
    """Records the vertices a PDF path is given."""

    def __init__(self) -> None:
        self.points: list[tuple[float, float]] = []

    def moveTo(self, x: float, y: float) -> None:
        self.points.append((x, y))

    def lineTo(self, x: float, y: float) -> None:
        self.points.append((x, y))

    def close(self) -> None:
        pass


def _inside(x: float, y: float, ring: list[tuple[float, float]]) -> bool:
    """Even-odd rule by ray casting."""
    hit = False
    for (ax, ay), (bx, by) in zip(ring, ring[1:] + ring[:1], strict=True):
        if (ay > y) != (by > y) and x < ax + (y - ay) * (bx - ax) / (by - ay):
            hit = not hit
    return hit


def test_outline_vertices_far_outside_the_map_are_dropped_and_the_fill_is_the_same() -> None:
    """A region's wiggly border 1,000 points long around a 100-point map, with a bay that
    reaches into the map: only the vertices that can show are kept, and every point of the
    map is inside the kept ring exactly when it is inside the whole one."""
    angles = np.linspace(0, 2 * math.pi, 2000, endpoint=False)
    radius = 800 + 40 * np.sin(angles * 37)
    xs, ys = 150 + radius * np.cos(angles), 150 + radius * np.sin(angles)
    bay = [(150 - 900 + k * 10.0, 150 + 20 * math.sin(k)) for k in range(130)]  # into the map
    xs = np.concatenate([xs[:1000], [p[0] for p in bay], xs[1000:]])
    ys = np.concatenate([ys[:1000], [p[1] for p in bay], ys[1000:]])
    path = _Path()
    _trace(path, xs, ys, lambda x, y: (x, y), (100, 100, 100, 100), closed=True)
    assert len(path.points) < 200
    whole = list(zip(xs.tolist(), ys.tolist(), strict=True))
    for gx in range(101, 200, 3):
        for gy in range(101, 200, 3):
            assert _inside(gx, gy, path.points) == _inside(gx, gy, whole), (gx, gy)
