"""Stop numbers on the routes, placed so that no two overlap.

In a dense city a hundred routes cross the same streets: each route's numbers appear only
once its stops are far enough apart on screen, the selected routes' first; a number that
would cover one already placed is left out (hover or zoom in to see it). Placement uses a
grid of cells the size of a number, so a frame with thousands of candidates stays cheap.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen, QTransform

from missionplanner.export.colours import text_on
from ui.views.map.routes import RouteItem

RADIUS = 7.5
"""A number's disc, in screen pixels."""


class Placement:
    """Discs already placed, by grid cell; ``take`` places one unless it would overlap."""

    def __init__(self, size: float = 2 * RADIUS + 1) -> None:
        self.size = size
        self.cells: dict[tuple[int, int], list[QPointF]] = {}

    def take(self, p: QPointF) -> bool:
        """Place a disc at ``p`` when no placed disc is nearer than its size."""
        cx, cy = int(p.x() // self.size), int(p.y() // self.size)
        limit = self.size * self.size
        for gx in (cx - 1, cx, cx + 1):
            for gy in (cy - 1, cy, cy + 1):
                for q in self.cells.get((gx, gy), ()):
                    dx, dy = p.x() - q.x(), p.y() - q.y()
                    if dx * dx + dy * dy < limit:
                        return False
        self.cells.setdefault((cx, cy), []).append(p)
        return True


def placed_numbers(routes: Iterable[RouteItem], to_screen: QTransform, screen: QRectF,
                   px_per_km: float) -> list[tuple[QPointF, int, RouteItem]]:
    """(screen point, number, route) of every number shown: selected routes first, then in
    the given order; numbers off the screen or over another are left out."""
    order = sorted((r for r in routes if r.isVisible() and r.numbers_fit(px_per_km)),
                   key=lambda r: not r.highlighted)
    placement = Placement()
    out = []
    area = screen.adjusted(-RADIUS, -RADIUS, RADIUS, RADIUS)
    for route in order:
        for stop, number in zip(route.stops, route.numbers, strict=True):
            p = to_screen.map(stop)
            if area.contains(p) and placement.take(p):
                out.append((p, number, route))
    return out


def draw_numbers(painter: QPainter, placed: list[tuple[QPointF, int, RouteItem]]) -> None:
    """Numbered discs in the routes' colours (in screen pixels)."""
    font = QFont()
    font.setPixelSize(9)
    font.setBold(True)
    painter.save()
    painter.setFont(font)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    for p, number, route in placed:
        painter.setPen(QPen(QColor("black") if route.highlighted else QColor("white"),
                            1.6 if route.highlighted else 1.2))
        painter.setBrush(route.colour)
        painter.drawEllipse(p, RADIUS, RADIUS)
        painter.setPen(QColor(text_on(route.colour.name())))
        painter.drawText(QRectF(p.x() - RADIUS - 2, p.y() - RADIUS, 2 * RADIUS + 4,
                                2 * RADIUS), Qt.AlignmentFlag.AlignCenter, str(number))
    painter.restore()

