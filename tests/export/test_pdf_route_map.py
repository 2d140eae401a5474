"""The route map on a sheet: numbers never overlap; a crowded city gets a detail map."""

from __future__ import annotations

import io
import math
from itertools import combinations

from pypdf import PdfReader
from reportlab.pdfgen.canvas import Canvas

from missionplanner.export.pdf.fonts import register_fonts
from missionplanner.export.pdf.route_map import DISC, _crowded, _fit, _free_spot, draw_route_map
from missionplanner.geo.projection import KAZAKHSTAN


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
