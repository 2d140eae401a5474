"""All stations in one painted item, with level of detail and a grid index for hit-tests.

10,000 QGraphicsItems would make every pan walk 10,000 objects; this item asks its grid for
the stations in the exposed rectangle, projects them with numpy, merges the dots that fall on
the same pixels, and paints each status in one ``drawPoints`` call.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen, QTransform
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from missionplanner.export.colours import STATUS_COLOURS, StationStatus
from ui.views.map.cache import LayerCache, cacheable
from ui.views.map.device import is_vector, pixel_ratio
from ui.views.map.dots import blit, circles, sprite
from ui.views.map.grid import GridIndex

DRAW_ORDER = (StationStatus.NOT_COVERED, StationStatus.ABROAD, StationStatus.FLAGGED,
              StationStatus.NOT_REPORTED, StationStatus.PLANNED, StationStatus.VISITED)
"""Later statuses are painted over earlier ones."""
SELECTED = QColor("#ffd600")


class StationLayer(QGraphicsItem):
    """Every station of the mission as a dot coloured by status."""

    def __init__(self) -> None:
        super().__init__()
        self.setZValue(0)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption, True)
        self.ids: list[str] = []
        self.xs = np.zeros(0)
        self.ys = np.zeros(0)
        self.status = np.zeros(0, dtype=np.int8)
        self.flagged = np.zeros(0, dtype=bool)
        self.approximate = np.zeros(0, dtype=bool)
        self.grid = GridIndex(self.xs, self.ys)
        self.selected = np.zeros(0, dtype=np.int64)
        self._row: dict[str, int] = {}
        self._rect = QRectF()
        self._radius = 3.0
        """The dots' radius at the last paint (the selection rings go round it)."""
        self._version = 0
        """Bumped when stations or statuses change (the cached picture is then stale)."""
        self.cache = LayerCache(self, self._paint_cached)

    # -- data ---------------------------------------------------------------------------
    def set_stations(self, ids: list[str], xs: np.ndarray, ys: np.ndarray,
                     flagged: np.ndarray, approximate: np.ndarray) -> None:
        """Place the stations (scene coordinates) and index them."""
        self.prepareGeometryChange()
        self.ids = list(ids)
        self._row = {s: i for i, s in enumerate(self.ids)}
        self.xs, self.ys = np.asarray(xs, float), np.asarray(ys, float)
        self.flagged = np.asarray(flagged, bool)
        self.approximate = np.asarray(approximate, bool)
        self.status = np.zeros(len(self.ids), dtype=np.int8)
        self.grid = GridIndex(self.xs, self.ys, cell=10.0)
        self.selected = np.zeros(0, dtype=np.int64)
        if len(self.ids):
            self._rect = QRectF(float(self.xs.min()), float(self.ys.min()),
                                float(np.ptp(self.xs)), float(np.ptp(self.ys))).adjusted(
                                    -20, -20, 20, 20)
        else:
            self._rect = QRectF()
        self._version += 1
        self.update()

    def set_statuses(self, statuses: dict[str, StationStatus]) -> None:
        """Colour the stations (a station missing from ``statuses`` is not covered)."""
        codes = {s: i for i, s in enumerate(DRAW_ORDER)}
        default = codes[StationStatus.NOT_COVERED]
        self.status = np.array([codes.get(statuses.get(s, StationStatus.NOT_COVERED), default)
                                for s in self.ids], dtype=np.int8)
        self._version += 1
        self.update()

    def set_selected(self, ids: set[str]) -> None:
        """Ring these stations."""
        self.selected = np.array(sorted(self._row[s] for s in ids if s in self._row),
                                 dtype=np.int64)
        self.update()

    def row(self, station: str) -> int | None:
        """The layer's index of a station."""
        return self._row.get(station)

    def station_at(self, point: QPointF, radius: float) -> str | None:
        """The station nearest ``point`` within ``radius`` (scene units), if any."""
        found = self.grid.nearest(point.x(), point.y(), radius)
        return None if found is None else self.ids[found]

    # -- painting -----------------------------------------------------------------------
    def boundingRect(self) -> QRectF:
        return self._rect

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        t = painter.worldTransform()
        ratio = pixel_ratio(painter, self)
        if cacheable(painter, t, widget is not None) and not is_vector(painter):
            self.cache.paint(painter, t, option.exposedRect, self._version)
        else:
            self._paint_layer(painter, t, option.exposedRect, ratio)
        if len(self.selected):
            painter.save()
            painter.resetTransform()
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            sx = self.xs[self.selected] * t.m11() + t.dx()
            sy = self.ys[self.selected] * t.m22() + t.dy()
            painter.setBrush(Qt.BrushStyle.NoBrush)
            r = (self._radius + 4) * ratio
            for colour, width in ((QColor("black"), 4.0), (SELECTED, 2.2)):
                painter.setPen(QPen(colour, width * ratio))
                for x, y in zip(sx, sy, strict=True):
                    painter.drawEllipse(QPointF(float(x), float(y)), r, r)
            painter.restore()

    def zooming(self) -> None:
        """The user zooms: stretch the dots at hand until the zoom rests."""
        self.cache.zooming()

    def _paint_cached(self, painter: QPainter, t: QTransform, area: QRectF) -> None:
        self._paint_layer(painter, t, area, 1.0)

    def _paint_layer(self, painter: QPainter, t: QTransform, exposed: QRectF,
                     ratio: float) -> None:
        """The dots (and flag rings) in ``exposed`` under the scene-to-device transform ``t``."""
        scale = t.m11()
        pad = 8 / max(scale, 1e-9)
        rows = self.grid.in_rect(exposed.left() - pad, exposed.top() - pad,
                                 exposed.right() + pad, exposed.bottom() + pad)
        radius = self._radius = dot_radius(scale / ratio, len(rows))
        dx = self.xs[rows] * scale + t.dx()
        dy = self.ys[rows] * t.m22() + t.dy()
        painter.save()
        painter.resetTransform()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        self._paint_dots(painter, rows, dx, dy, radius, ratio)
        approximate = self.approximate[rows]
        if approximate.any():  # "somewhere about here": a dashed circle round the ring
            pen = QPen(QColor("#455a64"), 1.2 * ratio, Qt.PenStyle.DashLine)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            r = (radius + 5) * ratio
            for x, y in {(round(float(x)), round(float(y)))
                         for x, y in zip(dx[approximate], dy[approximate], strict=True)}:
                painter.drawEllipse(QPointF(x, y), r, r)
        flagged = self.flagged[rows]
        if flagged.any() and radius >= 2.5:
            pen = QPen(QColor(STATUS_COLOURS[StationStatus.FLAGGED]), 1.6 * ratio)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            r = (radius + 2.5) * ratio
            for x, y in zip(dx[flagged], dy[flagged], strict=True):
                painter.drawEllipse(QPointF(float(x), float(y)), r, r)
        painter.restore()

    def _paint_dots(self, painter: QPainter, rows: np.ndarray, dx: np.ndarray, dy: np.ndarray,
                    radius: float, ratio: float = 1.0) -> None:
        """Every visible dot, status by status (see :mod:`ui.views.map.dots`): blitted
        sprites on pixels, circles in SVG and PDF (``radius`` in screen pixels)."""
        vector = is_vector(painter)
        ix, iy = np.rint(dx).astype(np.int64), np.rint(dy).astype(np.int64)
        status = self.status[rows]
        approximate = self.approximate[rows]
        outline = radius >= 3.0
        for code, name in enumerate(DRAW_ORDER):
            for hollow in (False, True):
                mask = (status == code) & (approximate == hollow)
                if not mask.any():
                    continue
                if vector:
                    circles(painter, dx[mask], dy[mask], STATUS_COLOURS[name], radius * ratio,
                            hollow, outline)
                else:
                    blit(painter, ix[mask], iy[mask], sprite(
                        STATUS_COLOURS[name], round(radius * ratio * 2) / 2, hollow, outline))


def dot_radius(scale: float, visible: int) -> float:
    """Dot radius in pixels: small when many stations crowd the view, larger up close."""
    by_zoom = 1.6 + 0.9 * np.log2(max(scale, 1e-6) / 0.3 + 1.0)
    crowd = 4.5 if visible < 400 else 3.5 if visible < 2000 else 2.6
    return float(min(max(by_zoom, 1.6), crowd, 6.0))
