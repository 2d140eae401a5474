"""Settlement names, shown as the map zooms in (larger places first, never overlapping)."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from missionplanner.geo.map_labels import Settlement, settlements
from missionplanner.geo.projection import KAZAKHSTAN, Projection
from ui.views.map.device import pixel_ratio


class PlaceLabels(QGraphicsItem):
    """GeoNames settlements (CC BY 4.0), labelled by size as the zoom allows."""

    def __init__(self, projection: Projection = KAZAKHSTAN, lang: str = "en") -> None:
        super().__init__()
        self.setZValue(3)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption, True)
        self.lang = lang
        self.places: list[tuple[QPointF, Settlement]] = [
            (QPointF(*projection.point(p.lat, p.lon)), p) for p in settlements()]
        xs = [p.x() for p, _ in self.places] or [0.0]
        ys = [p.y() for p, _ in self.places] or [0.0]
        self._rect = QRectF(min(xs) - 200, min(ys) - 50, max(xs) - min(xs) + 400,
                            max(ys) - min(ys) + 100)

    def boundingRect(self) -> QRectF:
        return self._rect

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        t = painter.worldTransform()
        ratio = pixel_ratio(painter, self)
        scale = t.m11()
        least = min_population(scale / ratio)
        if least is None:
            return
        exposed = option.exposedRect.adjusted(-100 / scale, -20 / scale, 100 / scale, 20 / scale)
        painter.save()
        painter.resetTransform()
        taken: list[QRectF] = []
        for point, place in self.places:
            if place.population < least:
                break  # largest first
            if not exposed.contains(point):
                continue
            big = place.kind == "city"
            font = QFont()
            font.setPixelSize(round((12 if big else 10) * ratio))
            font.setBold(big)
            text = place.label(self.lang)
            p = t.map(point)
            width = QFontMetricsF(font).horizontalAdvance(text)
            rect = QRectF(p.x() + 5 * ratio, p.y() - 8 * ratio, width + 2 * ratio, 16 * ratio)
            if any(rect.intersects(other) for other in taken):
                continue
            taken.append(rect)
            painter.setFont(font)
            painter.setPen(QPen(QColor(255, 255, 255, 220), 3))
            _halo_text(painter, rect, text, ratio)
            painter.setPen(QColor("#37474f"))
            painter.drawText(rect, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                             text)
            painter.setBrush(QColor("#37474f"))
            painter.drawEllipse(p, 1.8 * ratio, 1.8 * ratio)
        painter.restore()


def min_population(scale: float) -> int | None:
    """Smallest place labelled at ``scale`` pixels per km (None: no names at all)."""
    if scale < 0.25:
        return None
    if scale < 0.8:
        return 150_000
    if scale < 2.5:
        return 20_000
    if scale < 8:
        return 3_000
    return 0


def _halo_text(painter: QPainter, rect: QRectF, text: str, ratio: float = 1.0) -> None:
    """A white outline behind the text so it reads over routes and dots."""
    for dx, dy in ((-ratio, 0), (ratio, 0), (0, -ratio), (0, ratio)):
        painter.drawText(rect.translated(dx, dy),
                         Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, text)
