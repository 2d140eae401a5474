"""The basemap: region outlines, the country border and region names, painted from a cache.

Outlines are projected once into painter paths and painted through a
:class:`~ui.views.map.cache.LayerCache` (blitted on pans, stretched while zooming).
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPen,
    QTransform,
)
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from missionplanner.geo.outlines import border_lines, region_outlines
from missionplanner.geo.projection import KAZAKHSTAN, Projection
from ui.views.map.cache import LayerCache, cacheable
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
        self.cache = LayerCache(self, self._draw_cached)
        self.show_names = True

    def set_region_names(self, names: dict[str, str]) -> None:
        """Region id -> label (the mission's names, in the user's language); repaint."""
        self._names = dict(names)
        self.invalidate()

    def invalidate(self) -> None:
        """Drop the cached picture (after a style change)."""
        self.cache.invalidate()

    def boundingRect(self) -> QRectF:
        return self._rect

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        t = painter.worldTransform()
        if cacheable(painter, t, widget is not None):
            self.cache.paint(painter, t, option.exposedRect)
        else:  # printing or exporting: paint the vectors
            ratio = pixel_ratio(painter, self)
            self._draw(painter, t.m11() / ratio, ratio)

    def zooming(self) -> None:
        """The user zooms: stretch the picture at hand until the zoom rests."""
        self.cache.zooming()

    def _draw_cached(self, painter: QPainter, t: QTransform, area: QRectF) -> None:
        painter.setTransform(t)
        self._draw(painter, t.m11())

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
    """Region names centred on their outlines, in device pixels (not scaled with the map): a
    long name on two lines, and a name that would touch one already drawn left out (at the
    country's zoom the long Russian names ran into each other)."""
    t = painter.transform()
    painter.save()
    painter.resetTransform()
    painter.setFont(font)
    painter.setPen(LABEL)
    metrics = QFontMetricsF(font)
    gap = metrics.height() * 0.3
    placed: list[QRectF] = []
    for point, text in labels:
        lines = label_lines(text.upper(), metrics, 9 * font.pixelSize())
        width = max(metrics.horizontalAdvance(line) for line in lines)
        height = metrics.height() * len(lines)
        p = t.map(point)
        rect = QRectF(p.x() - width / 2, p.y() - height / 2, width, height)
        if any(rect.adjusted(-gap, -gap, gap, gap).intersects(other) for other in placed):
            continue
        placed.append(rect)
        painter.drawText(rect.adjusted(-2, 0, 2, 0), Qt.AlignmentFlag.AlignCenter,
                         "\n".join(lines))
    painter.restore()


def label_lines(text: str, metrics: QFontMetricsF, widest: float) -> list[str]:
    """``text`` on one line, or on two split at the space nearest its middle when wider than
    ``widest`` pixels."""
    if metrics.horizontalAdvance(text) <= widest or " " not in text:
        return [text]
    spaces = [i for i, c in enumerate(text) if c == " "]
    cut = min(spaces, key=lambda i: abs(i - len(text) / 2))
    return [text[:cut], text[cut + 1:]]
