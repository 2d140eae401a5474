"""One item per route: the team's day as a polyline in its colour, stops numbered up close.

Only routes are real items (170 at national scale), so the scene's index skips those out of
view; the numbers are painted only when the stops are far enough apart to read them.
"""

from __future__ import annotations

from datetime import date
from itertools import pairwise

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget


class RouteItem(QGraphicsItem):
    """A team's route on one day through projected stops (a base first and last, if known)."""

    def __init__(self, team: str, day: date, colour: str, stops: list[QPointF],
                 base: QPointF | None = None, dashed: bool = False) -> None:
        super().__init__()
        self.team, self.day = team, day
        self.colour = QColor(colour)
        self.stops = stops
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
        self._typical_gap = gaps[len(gaps) // 4] if gaps else 0.0
        """Spacing of the stops (km) that 3/4 of the legs exceed: decides the numbers' zoom."""
        self.setZValue(1)

    def set_highlighted(self, on: bool, dimmed: bool = False) -> None:
        """Draw thicker and on top (selected), or faded (another team is selected)."""
        if (on, dimmed) != (self.highlighted, self.dimmed):
            self.highlighted, self.dimmed = on, dimmed
            self.setZValue(2 if on else 1)
            self.update()

    def boundingRect(self) -> QRectF:
        return self._rect

    def shape(self) -> QPainterPath:
        return self.path

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        scale = painter.worldTransform().m11()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        colour = QColor(self.colour)
        if self.dimmed:
            colour.setAlpha(70)
        if self.highlighted:
            halo = QPen(QColor(255, 255, 255, 230), 7.0)
            halo.setCosmetic(True)
            halo.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
            painter.setPen(halo)
            painter.drawPath(self.path)
        pen = QPen(colour, 3.6 if self.highlighted else 2.0)
        pen.setCosmetic(True)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        if self.dashed:
            pen.setStyle(Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(self.path)
        if self.base is not None:
            self._draw_base(painter)
        if self._numbers_fit(scale) and not self.dimmed:
            self._draw_numbers(painter)

    def _numbers_fit(self, scale: float) -> bool:
        """Numbers are readable when most stops are over ~18 px apart."""
        if len(self.stops) < 2:
            return scale > 2.0
        return self._typical_gap * scale > 18

    def _draw_numbers(self, painter: QPainter) -> None:
        t = painter.worldTransform()
        painter.save()
        painter.resetTransform()
        font = QFont()
        font.setPixelSize(9)
        font.setBold(True)
        painter.setFont(font)
        r = 7.5
        for n, stop in enumerate(self.stops, start=1):
            p = t.map(stop)
            painter.setPen(QPen(QColor("white"), 1.2))
            painter.setBrush(self.colour)
            painter.drawEllipse(p, r, r)
            painter.setPen(QColor("white"))
            painter.drawText(QRectF(p.x() - r, p.y() - r, 2 * r, 2 * r),
                             Qt.AlignmentFlag.AlignCenter, str(n))
        painter.restore()

    def _draw_base(self, painter: QPainter) -> None:
        assert self.base is not None
        p = painter.worldTransform().map(self.base)
        painter.save()
        painter.resetTransform()
        painter.setPen(QPen(QColor("#263238"), 1.5))
        painter.setBrush(QColor("white"))
        painter.drawRect(QRectF(p.x() - 5, p.y() - 5, 10, 10))
        painter.setBrush(self.colour)
        painter.drawRect(QRectF(p.x() - 2.5, p.y() - 2.5, 5, 5))
        painter.restore()
