"""The basemap: region outlines, the country border and region names, painted from a cache.

Outlines are projected once into painter paths. The painted picture is kept in a pixmap
covering the visible area plus a margin at the current zoom: a pan inside the margin only
blits it, a zoom or a pan beyond it paints the paths again (QGIS caches its canvas the same way).
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPainterPath, QPen, QPixmap, QTransform
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from missionplanner.geo.outlines import border_lines, region_outlines
from missionplanner.geo.projection import KAZAKHSTAN, Projection
from ui.views.map.device import pixel_ratio

LAND = QColor("#f4f1ea")
REGION_LINE = QColor("#b9b2a3")
BORDER_LINE = QColor("#5d5446")
WATER = QColor("#dfe9f2")
LABEL = QColor("#8a8170")


class BasemapItem(QGraphicsItem):
    """All outlines in one item, drawn below everything else."""

    def __init__(self, projection: Projection = KAZAKHSTAN,
                 region_names: dict[str, str] | None = None) -> None:
        super().__init__()
        self.setZValue(-10)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption, True)
        self.regions = QPainterPath()
        self.regions.setFillRule(Qt.FillRule.OddEvenFill)
        self.labels: list[tuple[QPointF, str, str]] = []
        self._names = dict(region_names or {})
        for outline in region_outlines():
            path = QPainterPath()
            for ring in outline.rings:
                pts = [QPointF(*projection.point(lat, lon)) for lon, lat in ring]
                path.moveTo(pts[0])
                for p in pts[1:]:
                    path.lineTo(p)
                path.closeSubpath()
            self.regions.addPath(path)
            centre = path.boundingRect().center()
            if path.contains(centre):
                self.labels.append((centre, outline.region, outline.name))
        self.border = QPainterPath()
        for line in border_lines():
            pts = [QPointF(*projection.point(lat, lon)) for lon, lat in line]
            self.border.moveTo(pts[0])
            for p in pts[1:]:
                self.border.lineTo(p)
        self._rect = self.regions.boundingRect().adjusted(-50, -50, 50, 50)
        self._cache: QPixmap | None = None
        self._cache_key: tuple[float, float, float, float] | None = None
        self._cache_rect = QRectF()
        self.show_names = True

    def set_region_names(self, names: dict[str, str]) -> None:
        """Region id -> label (the mission's names, in the user's language); repaint."""
        self._names = dict(names)
        self.invalidate()

    def invalidate(self) -> None:
        """Drop the cached picture (after a style change)."""
        self._cache = None
        self.update()

    def boundingRect(self) -> QRectF:
        return self._rect

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        t = painter.worldTransform()
        if t.isScaling() and painter.device().devicePixelRatioF() == 1.0 and widget is not None:
            self._paint_cached(painter, t, option.exposedRect)
        else:  # printing or exporting: paint the vectors
            ratio = pixel_ratio(painter, self)
            self._draw(painter, t.m11() / ratio, ratio)

    def _paint_cached(self, painter: QPainter, t: QTransform, exposed: QRectF) -> None:
        scale = t.m11()
        key = (round(scale, 9), round(t.m22(), 9), 0.0, 0.0)
        if self._cache is None or self._cache_key != key or not self._cache_rect.contains(exposed):
            margin = max(exposed.width(), exposed.height()) * 0.3
            area = exposed.adjusted(-margin, -margin, margin, margin)
            width, height = int(area.width() * scale) + 1, int(area.height() * abs(t.m22())) + 1
            pixmap = QPixmap(max(width, 1), max(height, 1))
            pixmap.fill(Qt.GlobalColor.transparent)
            p = QPainter(pixmap)
            p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            p.setTransform(QTransform(scale, 0, 0, t.m22(), -area.left() * scale,
                                      -area.top() * t.m22()))
            self._draw(p, scale)
            p.end()
            self._cache, self._cache_key, self._cache_rect = pixmap, key, area
        painter.save()
        painter.resetTransform()
        top_left = t.map(self._cache_rect.topLeft())
        painter.drawPixmap(QPointF(round(top_left.x()), round(top_left.y())), self._cache)
        painter.restore()

    def _draw(self, painter: QPainter, scale: float, ratio: float = 1.0) -> None:
        """The outlines, in scene coordinates, with pens sized in pixels (``scale``: screen
        pixels per km; ``ratio``: device units per screen pixel)."""
        painter.setPen(_pen(REGION_LINE, 0.8 * ratio))
        painter.setBrush(LAND)
        painter.drawPath(self.regions)
        painter.setPen(_pen(BORDER_LINE, 1.6 * ratio))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(self.border)
        if self.show_names and 0.15 < scale < 2.5:
            font = QFont()
            font.setPixelSize(max(1, round(11 * ratio)))
            font.setLetterSpacing(QFont.SpacingType.PercentageSpacing, 108)
            labels = [(point, self._names.get(region, name)) for point, region, name in self.labels]
            _draw_labels(painter, labels, font)


def _pen(colour: QColor, width: float) -> QPen:
    pen = QPen(colour, width)
    pen.setCosmetic(True)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    return pen


def _draw_labels(painter: QPainter, labels: list[tuple[QPointF, str]], font: QFont) -> None:
    """Region names centred on their outlines, in device pixels (not scaled with the map)."""
    t = painter.transform()
    painter.save()
    painter.resetTransform()
    painter.setFont(font)
    painter.setPen(LABEL)
    for point, text in labels:
        p = t.map(point)
        rect = QRectF(p.x() - 300, p.y() - 20, 600, 40)
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text.upper())
    painter.restore()
