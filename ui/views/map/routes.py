"""One item per route: the team's day as a polyline in its colour (a base first and last).

Only routes are real items (170 at national scale), so the scene's index skips those out of
view. Their stop numbers are not painted here but by the view (:mod:`ui.views.map.numbers`),
which sees every route at once and never lets two numbers overlap.
"""

from __future__ import annotations

from datetime import date
from itertools import pairwise

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from ui.views.map.device import pixel_ratio


class RouteItem(QGraphicsItem):
    """A team's route on one day through projected stops (a base first and last, if known).

    ``numbers`` are the stops' numbers in the route (the first visit made there, 1-based),
    so that a closing and a counting at one station make one stop with one number.
    """

    def __init__(self, team: str, day: date, colour: str, stops: list[QPointF],
                 base: QPointF | None = None, dashed: bool = False,
                 numbers: list[int] | None = None) -> None:
        super().__init__()
        self.team, self.day = team, day
        self.colour = QColor(colour)
        self.stops = stops
        self.numbers = numbers if numbers is not None else list(range(1, len(stops) + 1))
        self.base = base
        self.dashed = dashed
        self.highlighted = False
        self.dimmed = False
        self.path = QPainterPath()
        points = ([base] if base else []) + stops + ([base] if base else [])
        if points:
            self.path.moveTo(points[0])
            for p in points[1:]:
                self.path.lineTo(p)
        self._rect = self.path.boundingRect().adjusted(-2, -2, 2, 2)
        gaps = sorted(QPointF(b - a).manhattanLength() for a, b in pairwise(stops))
        self.typical_gap = gaps[len(gaps) // 4] if gaps else 0.0
        """Spacing of the stops (km) that 3/4 of the legs exceed: decides the numbers' zoom."""
        self.setZValue(1)

    def set_highlighted(self, on: bool, dimmed: bool = False) -> None:
        """Draw thicker and on top (selected), or faded (another team is selected)."""
        if (on, dimmed) != (self.highlighted, self.dimmed):
            self.highlighted, self.dimmed = on, dimmed
            self.setZValue(2 if on else 1)
            self.update()

    def numbers_fit(self, px_per_km: float) -> bool:
        """Whether the stops are far enough apart on screen for numbers (~18 px; a selected
        route's numbers come sooner, at ~12 px)."""
        if self.dimmed:
            return False
        need = 12 if self.highlighted else 18
        if len(self.stops) < 2:
            return px_per_km > 2.0
        return self.typical_gap * px_per_km > need

    def boundingRect(self) -> QRectF:
        return self._rect

    def shape(self) -> QPainterPath:
        return self.path

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        ratio = pixel_ratio(painter, self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        colour = QColor(self.colour)
        if self.dimmed:
            colour.setAlpha(70)
        if self.highlighted:
            halo = QPen(QColor(255, 255, 255, 230), 7.0 * ratio)
            halo.setCosmetic(True)
            halo.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
            painter.setPen(halo)
            painter.drawPath(self.path)
        pen = QPen(colour, (3.6 if self.highlighted else 2.0) * ratio)
        pen.setCosmetic(True)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        if self.dashed:
            pen.setStyle(Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(self.path)
        if self.base is not None:
            self._draw_base(painter, ratio)

    def _draw_base(self, painter: QPainter, ratio: float) -> None:
        assert self.base is not None
        p = painter.worldTransform().map(self.base)
        painter.save()
        painter.resetTransform()
        outer, inner = 5 * ratio, 2.5 * ratio
        painter.setPen(QPen(QColor("#263238"), 1.5 * ratio))
        painter.setBrush(QColor("white"))
        painter.drawRect(QRectF(p.x() - outer, p.y() - outer, 2 * outer, 2 * outer))
        painter.setBrush(self.colour)
        painter.drawRect(QRectF(p.x() - inner, p.y() - inner, 2 * inner, 2 * inner))
        painter.restore()
