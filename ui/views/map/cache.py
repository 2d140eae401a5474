"""A map layer painted once into a pixmap, then blitted while the user pans.

The pixmap covers the visible area plus a margin at the current zoom: a pan inside the
margin only blits it, a pan beyond it or a new zoom paints the layer again (QGIS caches its
canvas the same way). While the user zooms (wheel, keys) the picture at hand is stretched
and painted sharp once the zoom has rested for ``SETTLE_MS``, so that a zoom step costs a
blit, not a repaint of 10,000 stations and every outline.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable

from PySide6.QtCore import QPointF, QRectF, Qt, QTimer
from PySide6.QtGui import QPainter, QPixmap, QTransform
from PySide6.QtWidgets import QGraphicsItem
from shiboken6 import isValid

SETTLE_MS = 250
"""A zoom at rest this long is painted sharp again (until then the last picture stretches)."""
MARGIN = 0.3
"""Room painted around the visible area, as a share of its longer side."""

Draw = Callable[[QPainter, QTransform, QRectF], None]
"""Paint the layer: a painter with no transform, the scene-to-pixmap transform, the area."""


class LayerCache:
    """The cached picture of one item's layer (see the module)."""

    def __init__(self, item: QGraphicsItem, draw: Draw) -> None:
        self.item = item
        self.draw = draw
        self.pixmap: QPixmap | None = None
        self.key: tuple[float, float, Hashable] | None = None
        self.area = QRectF()
        self.stretching = False
        self._settle = QTimer()
        self._settle.setSingleShot(True)
        self._settle.timeout.connect(self._sharpen)

    def invalidate(self) -> None:
        """Drop the picture (the layer's content changed)."""
        self.pixmap = None
        self.item.update()

    def zooming(self) -> None:
        """The user zooms: stretch the picture at hand until the zoom rests."""
        self.stretching = True
        self._settle.start(SETTLE_MS)

    def _sharpen(self) -> None:
        self.stretching = False
        if isValid(self.item):  # the map may have been closed meanwhile
            self.item.update()

    def paint(self, painter: QPainter, t: QTransform, exposed: QRectF,
              version: Hashable = 0) -> None:
        """Blit (or stretch, or repaint and blit) the layer for the painter's transform."""
        key = (round(t.m11(), 9), round(t.m22(), 9), version)
        inside = self.pixmap is not None and self.area.contains(exposed)
        if inside and self.key == key:
            self._blit(painter, t)
            return
        if inside and self.stretching and self.key is not None and self.key[2] == version \
                and 0.25 < t.m11() / self.key[0] < 4:
            assert self.pixmap is not None
            painter.save()
            painter.resetTransform()
            painter.drawPixmap(t.mapRect(self.area), self.pixmap, QRectF(self.pixmap.rect()))
            painter.restore()
            return
        margin = max(exposed.width(), exposed.height()) * MARGIN
        area = exposed.adjusted(-margin, -margin, margin, margin)
        width = int(area.width() * t.m11()) + 1
        height = int(area.height() * abs(t.m22())) + 1
        pixmap = QPixmap(max(width, 1), max(height, 1))
        pixmap.fill(Qt.GlobalColor.transparent)
        p = QPainter(pixmap)
        p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        self.draw(p, QTransform(t.m11(), 0, 0, t.m22(), -area.left() * t.m11(),
                                -area.top() * t.m22()), area)
        p.end()
        self.pixmap, self.key, self.area = pixmap, key, area
        self._blit(painter, t)

    def _blit(self, painter: QPainter, t: QTransform) -> None:
        assert self.pixmap is not None
        painter.save()
        painter.resetTransform()
        top_left = t.map(self.area.topLeft())
        painter.drawPixmap(QPointF(round(top_left.x()), round(top_left.y())), self.pixmap)
        painter.restore()


def cacheable(painter: QPainter, t: QTransform, on_widget: bool) -> bool:
    """Whether to paint through a cache: on screen at 1x, not exporting or printing."""
    return on_widget and t.isScaling() and painter.device().devicePixelRatioF() == 1.0
