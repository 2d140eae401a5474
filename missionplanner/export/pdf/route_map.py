"""The map on a route sheet: the team's area with outlines, its route numbered, towns named."""

from __future__ import annotations

import math
from functools import cache

import numpy as np
from reportlab.lib.colors import HexColor, white
from reportlab.pdfgen.canvas import Canvas

from missionplanner.export.colours import text_on
from missionplanner.geo.map_labels import settlements
from missionplanner.geo.outlines import border_lines, region_outlines
from missionplanner.geo.projection import KAZAKHSTAN


def _nice_km(km: float) -> float:
    power = 10 ** math.floor(math.log10(km))
    return next(step * power for step in (5, 2, 1) if step * power <= km)


DISC = 5.5
"""A stop number's disc (points)."""
DETAIL_WORDS = {"en": "Detail", "ru": "Подробно"}


def draw_route_map(canvas: Canvas, box: tuple[float, float, float, float],
                   stops: list[tuple[float, float]], colour: str, fonts: tuple[str, str],
                   lang: str, base: tuple[float, float] | None = None) -> None:
    """Draw into ``box`` (x, y, width, height in points) the stops (lat, lon) in order.

    When numbers would overlap (a city's stops after a far opening or a far base), the box
    splits: an overview of the whole day above, with the crowded part framed, and that part
    closer below, so that every number reads on paper.
    """
    x0, y0, width, height = box
    points = [KAZAKHSTAN.point(lat, lon) for lat, lon in stops]
    home = KAZAKHSTAN.point(*base) if base else None
    every = points + ([home] if home else [])
    crowded = _crowded(points, _fit(every, width, height))
    if crowded:
        near = [points[i] for i in crowded]
        detail_height = height * 0.58
        overview = (x0, y0 + detail_height + 4, width, height - detail_height - 4)
        detail = (x0, y0, width, detail_height)
        overview_fit = _fit(every, overview[2], overview[3])
        detail_fit = _fit(near, detail[2], detail[3])
        if detail_fit[2] > 1.5 * overview_fit[2]:
            _draw_map(canvas, overview, points, home, colour, fonts, lang, overview_fit,
                      frame=near)
            _draw_map(canvas, detail, points, home, colour, fonts, lang, detail_fit,
                      title=DETAIL_WORDS.get(lang, DETAIL_WORDS["en"]))
            return
    _draw_map(canvas, box, points, home, colour, fonts, lang, _fit(every, width, height))


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


def _draw_map(canvas: Canvas, box: tuple[float, float, float, float],
              points: list[tuple[float, float]], home: tuple[float, float] | None, colour: str,
              fonts: tuple[str, str], lang: str, fit: Fit,
              frame: list[tuple[float, float]] | None = None, title: str = "") -> None:
    """One map: outlines, names, the route, its numbered stops, a scale; ``frame`` outlines
    the area of these points (shown closer elsewhere); ``title`` names the map."""
    x0, y0, width, height = box
    cx, cy, scale = fit

    def to_page(x: float, y: float) -> tuple[float, float]:
        return (x0 + width / 2 + (x - cx) * scale, y0 + height / 2 - (y - cy) * scale)

    canvas.saveState()
    canvas.setFillColor(HexColor("#dfe9f2"))
    canvas.setStrokeColor(HexColor("#90a4ae"))
    canvas.rect(x0, y0, width, height, stroke=1, fill=1)
    clip = canvas.beginPath()
    clip.rect(x0, y0, width, height)
    canvas.clipPath(clip, stroke=0, fill=0)
    canvas.setLineJoin(1)
    view = (cx - width / 2 / scale, cy - height / 2 / scale,
            cx + width / 2 / scale, cy + height / 2 / scale)
    path = canvas.beginPath()
    for xs, ys in _visible(_rings(), view):
        _trace(path, xs, ys, to_page, closed=True)
    canvas.setFillColor(HexColor("#f4f1ea"))
    canvas.setStrokeColor(HexColor("#b9b2a3"))
    canvas.setLineWidth(0.5)
    canvas.drawPath(path, stroke=1, fill=1, fillMode=1)
    border = canvas.beginPath()
    for xs, ys in _visible(_borders(), view):
        _trace(border, xs, ys, to_page, closed=False)
    canvas.setStrokeColor(HexColor("#5d5446"))
    canvas.setLineWidth(1.2)
    canvas.drawPath(border, stroke=1, fill=0)
    _draw_places(canvas, to_page, box, scale, fonts[0], lang)
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
        xs, ys = zip(*(to_page(*p) for p in frame), strict=True)
        pad = DISC + 3
        canvas.setStrokeColor(HexColor("#263238"))
        canvas.setLineWidth(0.8)
        canvas.setDash(3, 2)
        canvas.rect(min(xs) - pad, min(ys) - pad, max(xs) - min(xs) + 2 * pad,
                    max(ys) - min(ys) + 2 * pad, stroke=1, fill=0)
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




Line = tuple[np.ndarray, np.ndarray, tuple[float, float, float, float]]


def _project(lines: list[list[tuple[float, float]]]) -> list[Line]:
    out = []
    for line in lines:
        xs, ys = KAZAKHSTAN.points(np.array([p[1] for p in line]), np.array([p[0] for p in line]))
        out.append((xs, ys, (float(xs.min()), float(ys.min()), float(xs.max()), float(ys.max()))))
    return out


@cache
def _rings() -> list[Line]:
    """Every outline ring, projected once, with its bounding box (km)."""
    return _project([list(ring) for o in region_outlines() for ring in o.rings])


@cache
def _borders() -> list[Line]:
    """The country border, projected once."""
    return _project(border_lines())


def _visible(lines: list[Line], view: tuple[float, float, float, float]
             ) -> list[tuple[np.ndarray, np.ndarray]]:
    """Lines whose box meets the view (a city's map skips the far regions)."""
    return [(xs, ys) for xs, ys, (a, b, c, d) in lines
            if not (c < view[0] or a > view[2] or d < view[1] or b > view[3])]


def _trace(path: object, xs: np.ndarray, ys: np.ndarray, to_page: object, closed: bool) -> None:
    """Add a line to a PDF path, dropping vertices less than half a point apart."""
    px, py = to_page(xs, ys)  # type: ignore[operator]
    keep = [0]
    for k in range(1, len(px)):
        if abs(px[k] - px[keep[-1]]) + abs(py[k] - py[keep[-1]]) > 0.5:
            keep.append(k)
    path.moveTo(float(px[0]), float(py[0]))  # type: ignore[attr-defined]
    for k in keep[1:]:
        path.lineTo(float(px[k]), float(py[k]))  # type: ignore[attr-defined]
    if closed:
        path.close()  # type: ignore[attr-defined]


def _draw_places(canvas: Canvas, to_page: object, box: tuple[float, float, float, float],
                 scale: float, font: str, lang: str) -> None:
    """Names of the larger settlements in the box (as many as fit without overlapping)."""
    x0, y0, width, height = box
    least = 100_000 if scale < 0.3 else 10_000 if scale < 3 else 0
    taken: list[tuple[float, float, float, float]] = []
    canvas.setFont(font, 6.5)
    for place in settlements():
        if place.population < least or len(taken) >= 25:
            continue
        px, py = to_page(*KAZAKHSTAN.point(place.lat, place.lon))  # type: ignore[operator]
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
