"""The map on a route sheet: the team's area with outlines, its route numbered, towns named."""

from __future__ import annotations

import math
from functools import cache
from typing import Any

import numpy as np
from reportlab.lib.colors import HexColor, white
from reportlab.pdfgen.canvas import Canvas

from missionplanner.export.colours import text_on
from missionplanner.geo.map_labels import settlements
from missionplanner.geo.outlines import border_lines, region_outlines
from missionplanner.geo.projection import Projection


def _nice_km(km: float) -> float:
    power = 10 ** math.floor(math.log10(km))
    return next(step * power for step in (5, 2, 1) if step * power <= km)


DISC = 5.5
"""A stop number's disc (points)."""
DETAIL_WORDS = {"en": "Detail", "ru": "Подробно"}


def draw_route_map(canvas: Canvas, box: tuple[float, float, float, float],
                   stops: list[tuple[float, float]], colour: str, fonts: tuple[str, str],
                   lang: str, base: tuple[float, float] | None = None
                   ) -> list[tuple[float, float]]:
    """Draw into ``box`` (x, y, width, height in points) the stops (lat, lon) in order;
    return where each stop is on the page (on the detail map for those drawn there).

    Each map is projected around what it shows (:meth:`Projection.around`), so that its
    scale bar holds east-west as well as north-south, in any country. When numbers would
    overlap (a city's stops after a far opening or a far base), the box splits: an overview
    of the whole day above, with the crowded part framed, and that part closer below, so
    that every number reads on paper.
    """
    x0, y0, width, height = box
    projection = Projection.around(stops + ([base] if base else []))
    points = [projection.point(lat, lon) for lat, lon in stops]
    home = projection.point(*base) if base else None
    every = points + ([home] if home else [])
    crowded = _crowded(points, _fit(every, width, height))
    if crowded:
        near = [points[i] for i in crowded]
        detail_height = height * 0.58
        overview = (x0, y0 + detail_height + 4, width, height - detail_height - 4)
        detail = (x0, y0, width, detail_height)
        overview_fit = _fit(every, overview[2], overview[3])
        closer = Projection.around([stops[i] for i in crowded])
        close_points = [closer.point(lat, lon) for lat, lon in stops]
        close_home = closer.point(*base) if base else None
        detail_fit = _fit([close_points[i] for i in crowded], detail[2], detail[3])
        if detail_fit[2] > 1.5 * overview_fit[2]:
            placed = _draw_map(canvas, overview, projection, points, home, colour, fonts, lang,
                               overview_fit, frame=near)
            placed_close = _draw_map(canvas, detail, closer, close_points, close_home, colour,
                                     fonts, lang, detail_fit,
                                     title=DETAIL_WORDS.get(lang, DETAIL_WORDS["en"]))
            shown = set(crowded)
            return [placed_close[i] if i in shown else placed[i] for i in range(len(stops))]
    return _draw_map(canvas, box, projection, points, home, colour, fonts, lang,
                     _fit(every, width, height))


Fit = tuple[float, float, float]
"""Centre (km) and scale (points per km) of a map."""


def _fit(points: list[tuple[float, float]], width: float, height: float) -> Fit:
    """Centre and scale that show ``points`` with a margin (3 km across at least)."""
    east, north = [p[0] for p in points], [p[1] for p in points]
    cx, cy = (max(east) + min(east)) / 2, (max(north) + min(north)) / 2
    scale = min(width / ((max(east) - min(east)) * 1.2 + 3.0),
                height / ((max(north) - min(north)) * 1.2 + 3.0))
    return cx, cy, scale


def _crowded(points: list[tuple[float, float]], fit: Fit) -> list[int]:
    """Stops whose number would touch another place's number at this scale."""
    scale = fit[2]
    out = []
    for i, (x, y) in enumerate(points):
        for j, (u, v) in enumerate(points):
            if i != j and (x, y) != (u, v) and \
                    math.hypot(x - u, y - v) * scale < 2 * DISC + 1:
                out.append(i)
                break
    return out


def _free_spot(x: float, y: float, placed: list[tuple[float, float]]) -> tuple[float, float]:
    """Where a number's disc goes: on its stop if free, else the nearest free spot on rings
    around it (a closing and a counting at one station, or neighbours in a dense city)."""
    gap = 2 * DISC + 0.5

    def free(u: float, v: float) -> bool:
        return all(math.hypot(u - a, v - b) >= gap for a, b in placed)

    if free(x, y):
        return x, y
    for ring in (1, 2, 3):
        for k in range(8 * ring):
            angle = 2 * math.pi * k / (8 * ring)
            u, v = x + ring * gap * math.cos(angle), y + ring * gap * math.sin(angle)
            if free(u, v):
                return u, v
    return x, y


def _draw_map(canvas: Canvas, box: tuple[float, float, float, float], projection: Projection,
              points: list[tuple[float, float]], home: tuple[float, float] | None, colour: str,
              fonts: tuple[str, str], lang: str, fit: Fit,
              frame: list[tuple[float, float]] | None = None,
              title: str = "") -> list[tuple[float, float]]:
    """One map of ``points`` (km in ``projection``): outlines, names, the route, its
    numbered stops, a scale; ``frame`` outlines the area of these points (shown closer
    elsewhere); ``title`` names the map. Returns the stops' places on the page."""
    x0, y0, width, height = box
    cx, cy, scale = fit

    def to_page(x: Any, y: Any) -> tuple[Any, Any]:
        return (x0 + width / 2 + (x - cx) * scale, y0 + height / 2 - (y - cy) * scale)

    view = (cx - width / 2 / scale, cy - height / 2 / scale,
            cx + width / 2 / scale, cy + height / 2 / scale)
    rings = _visible(_rings(), projection, view)
    canvas.saveState()
    # around the shipped outlines, land and the rest differ; beyond them (another country,
    # whose outlines do not ship) the whole map is land
    canvas.setFillColor(HexColor("#dfe9f2" if rings else "#f4f1ea"))
    canvas.setStrokeColor(HexColor("#90a4ae"))
    canvas.rect(x0, y0, width, height, stroke=1, fill=1)
    clip = canvas.beginPath()
    clip.rect(x0, y0, width, height)
    canvas.clipPath(clip, stroke=0, fill=0)
    canvas.setLineJoin(1)
    path = canvas.beginPath()
    for xs, ys in rings:
        _trace(path, xs, ys, to_page, box, closed=True)
    canvas.setFillColor(HexColor("#f4f1ea"))
    canvas.setStrokeColor(HexColor("#b9b2a3"))
    canvas.setLineWidth(0.5)
    canvas.drawPath(path, stroke=1, fill=1, fillMode=1)
    border = canvas.beginPath()
    for xs, ys in _visible(_borders(), projection, view):
        _trace(border, xs, ys, to_page, box, closed=False)
    canvas.setStrokeColor(HexColor("#5d5446"))
    canvas.setLineWidth(1.2)
    canvas.drawPath(border, stroke=1, fill=0)
    _draw_places(canvas, projection, to_page, box, scale, fonts[0], lang)
    colour_ = HexColor(colour)
    route = [to_page(*p) for p in ([home] if home else []) + points + ([home] if home else [])]
    canvas.setStrokeColor(colour_)
    canvas.setLineWidth(1.8)
    line = canvas.beginPath()
    line.moveTo(*route[0])
    for p in route[1:]:
        line.lineTo(*p)
    canvas.drawPath(line, stroke=1, fill=0)
    if home:
        hx, hy = to_page(*home)
        canvas.setFillColor(white)
        canvas.setStrokeColor(HexColor("#263238"))
        canvas.rect(hx - 4, hy - 4, 8, 8, stroke=1, fill=1)
    framed = set(frame or [])
    placed: list[tuple[float, float]] = []
    numbered: list[tuple[int, float, float, float, float]] = []
    for number, p in enumerate(points, start=1):
        tx, ty = to_page(*p)
        if p in framed:  # numbered on the detail map: a dot here
            canvas.setFillColor(colour_)
            canvas.circle(tx, ty, 1.8, stroke=0, fill=1)
            continue
        px, py = _free_spot(tx, ty, placed)
        placed.append((px, py))
        numbered.append((number, tx, ty, px, py))
    for _, tx, ty, px, py in numbered:  # leaders first, under every disc
        if (px, py) != (tx, ty):  # moved off a crowded spot: a leader to the real place
            canvas.setStrokeColor(HexColor("#263238"))
            canvas.setLineWidth(0.5)
            canvas.line(tx, ty, px, py)
            canvas.setFillColor(HexColor("#263238"))
            canvas.circle(tx, ty, 1.2, stroke=0, fill=1)
    for number, _, _, px, py in numbered:
        canvas.setFillColor(colour_)
        canvas.setStrokeColor(white)
        canvas.setLineWidth(0.8)
        canvas.circle(px, py, DISC, stroke=1, fill=1)
        canvas.setFillColor(HexColor(text_on(colour)))
        canvas.setFont(fonts[1], 6.5 if number < 10 else 5.5)
        canvas.drawCentredString(px, py - 2.2, str(number))
    if frame:
        left, bottom, right, top = _bounds([to_page(*p) for p in frame])
        pad = DISC + 3
        canvas.setStrokeColor(HexColor("#263238"))
        canvas.setLineWidth(0.8)
        canvas.setDash(3, 2)
        canvas.rect(left - pad, bottom - pad, right - left + 2 * pad, top - bottom + 2 * pad,
                    stroke=1, fill=0)
        canvas.setDash()
    if title:
        canvas.setFillColor(white)
        canvas.rect(x0, y0 + height - 11, canvas.stringWidth(title, fonts[1], 7) + 8, 11,
                    stroke=0, fill=1)
        canvas.setFillColor(HexColor("#263238"))
        canvas.setFont(fonts[1], 7)
        canvas.drawString(x0 + 4, y0 + height - 8.5, title)
    canvas.restoreState()
    _draw_scale(canvas, x0 + 6, y0 + 6, scale, fonts[0])
    return [to_page(*p) for p in points]


def _bounds(points: list[tuple[float, float]]) -> tuple[float, float, float, float]:
    """Left, bottom, right, top of page points."""
    xs, ys = [p[0] for p in points], [p[1] for p in points]
    return min(xs), min(ys), max(xs), max(ys)




Line = tuple[np.ndarray, np.ndarray]
"""Longitudes and latitudes of a line's vertices."""
Lines = tuple[list[Line], np.ndarray]
"""Lines, and their boxes in degrees (west, south, east, north: one row per line)."""


def _lines(lines: list[list[tuple[float, float]]]) -> Lines:
    out = [(np.array([p[0] for p in line]), np.array([p[1] for p in line])) for line in lines]
    boxes = np.array([(lon.min(), lat.min(), lon.max(), lat.max()) for lon, lat in out])
    return out, boxes.reshape(-1, 4)


@cache
def _rings() -> Lines:
    """Every outline ring (lon, lat), with its box."""
    return _lines([list(ring) for o in region_outlines() for ring in o.rings])


@cache
def _borders() -> Lines:
    """The country border."""
    return _lines(border_lines())


def _visible(lines: Lines, projection: Projection, view: tuple[float, float, float, float]
             ) -> list[tuple[np.ndarray, np.ndarray]]:
    """The lines whose box meets the view (km), projected (a city's map skips the far
    regions, and projects only what it draws)."""
    shapes, boxes = lines
    if not shapes:
        return []
    west, south = projection.points(boxes[:, 1], boxes[:, 0])
    east, north = projection.points(boxes[:, 3], boxes[:, 2])
    # x grows east and y south: a box's corners are (west, north) and (east, south)
    meets = ~((east < view[0]) | (west > view[2]) | (south < view[1]) | (north > view[3])
              | (east < west))  # a line across the far side of the globe is never in view
    return [projection.points(shapes[k][1], shapes[k][0]) for k in np.flatnonzero(meets)]


def _trace(path: object, xs: np.ndarray, ys: np.ndarray, to_page: Any,
           box: tuple[float, float, float, float], closed: bool) -> None:
    """Add a line to a PDF path with only the vertices that can show in ``box`` (page
    points): one per half point it moves, and of each run of vertices beyond one side of
    the box its first and last. The straight cut stays beyond that side (a half-plane is
    convex), so the even-odd fill inside the box is the same: a city's map no longer
    carries its whole region's border."""
    px, py = to_page(xs, ys)
    x0, y0, width, height = box
    pad = 5.0  # beyond the box by more than a line's width
    side = np.select([px < x0 - pad, px > x0 + width + pad, py < y0 - pad,
                      py > y0 + height + pad], [1, 2, 3, 4], 0)
    same = np.zeros(len(px), bool)  # inside a run beyond one side: not needed
    same[1:-1] = (side[1:-1] != 0) & (side[1:-1] == side[:-2]) & (side[1:-1] == side[2:])
    qx, qy = np.round(px * 2), np.round(py * 2)
    moved = np.ones(len(px), bool)
    moved[1:] = (qx[1:] != qx[:-1]) | (qy[1:] != qy[:-1])
    keep = ~same & moved
    keep[0] = keep[-1] = True
    px, py = px[keep].tolist(), py[keep].tolist()
    path.moveTo(px[0], py[0])  # type: ignore[attr-defined]
    for x, y in zip(px[1:], py[1:], strict=True):
        path.lineTo(x, y)  # type: ignore[attr-defined]
    if closed:
        path.close()  # type: ignore[attr-defined]


@cache
def _places() -> tuple[np.ndarray, np.ndarray]:
    """Latitudes and longitudes of the labelled settlements, largest first."""
    return (np.array([p.lat for p in settlements()], float),
            np.array([p.lon for p in settlements()], float))


def _draw_places(canvas: Canvas, projection: Projection, to_page: Any,
                 box: tuple[float, float, float, float], scale: float, font: str,
                 lang: str) -> None:
    """Names of the larger settlements in the box (as many as fit without overlapping)."""
    x0, y0, width, height = box
    least = 100_000 if scale < 0.3 else 10_000 if scale < 3 else 0
    taken: list[tuple[float, float, float, float]] = []
    canvas.setFont(font, 6.5)
    xs, ys = to_page(*projection.points(*_places()))
    for place, px, py in zip(settlements(), xs.tolist(), ys.tolist(), strict=True):
        if place.population < least or len(taken) >= 25:
            continue
        if not (x0 < px < x0 + width - 20 and y0 < py < y0 + height):
            continue
        text = place.label(lang)
        w = canvas.stringWidth(text, font, 6.5)
        rect = (px + 3, py - 2, px + 3 + w, py + 6)
        if any(not (rect[2] < t[0] or t[2] < rect[0] or rect[3] < t[1] or t[3] < rect[1])
               for t in taken):
            continue
        taken.append(rect)
        canvas.setFillColor(HexColor("#455a64"))
        canvas.circle(px, py, 1.2, stroke=0, fill=1)
        canvas.drawString(px + 3, py - 2, text)


def _draw_scale(canvas: Canvas, x: float, y: float, scale: float, font: str) -> None:
    km = _nice_km(70 / scale)
    length = km * scale
    canvas.saveState()
    canvas.setFillColor(white)
    canvas.setStrokeColor(HexColor("#263238"))
    canvas.rect(x - 3, y - 3, length + 40, 14, stroke=0, fill=1)
    canvas.setFillColor(HexColor("#263238"))
    canvas.rect(x, y, length, 3, stroke=1, fill=1)
    canvas.setFont(font, 6.5)
    canvas.drawString(x + length + 4, y, f"{km:g} km")
    canvas.restoreState()
