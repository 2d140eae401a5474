"""Many dots at once: one antialiased sprite per style, blitted at each station's pixel.

QPainter antialiasing 10,000 wide round points costs ~100 ms a frame; copying a ready 9x9
pixmap costs about a microsecond, so the station layer draws each status's dot once into a
pixmap and blits it, after merging the stations that fall on the same pixel. SVG and PDF get
the same dots as circles (:func:`circles`), since a bitmap per station would bloat the file.
"""

from __future__ import annotations

from functools import cache

import numpy as np
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QPainter, QPen, QPixmap


def _style(painter: QPainter, colour: str, radius: float, hollow: bool, outline: bool) -> float:
    """Set the pen and brush of a dot; return the radius to draw it with."""
    fill = QColor(colour)
    if hollow:
        painter.setPen(QPen(fill, max(radius * 0.55, 1.4)))
        painter.setBrush(QColor("white"))
        return radius - 0.4
    painter.setPen(QPen(fill.darker(170), 1.0) if outline else Qt.PenStyle.NoPen)
    painter.setBrush(fill)
    return radius


@cache
def sprite(colour: str, radius: float, hollow: bool, outline: bool) -> QPixmap:
    """A disc of ``radius`` px: filled (with a darker outline up close) or a ring (hollow)."""
    size = int(np.ceil(radius + 1.5)) * 2 + 1
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    r = _style(painter, colour, radius, hollow, outline)
    painter.drawEllipse(QPointF(size / 2, size / 2), r, r)
    painter.end()
    return pixmap


def _unique_pixels(xs: np.ndarray, ys: np.ndarray) -> tuple[list[int], list[int]]:
    """The distinct integer (x, y) pixels among the points."""
    keys = np.unique(np.rint(xs).astype(np.int64) * 1_000_003
                     + np.rint(ys).astype(np.int64) + 500_000)
    return (keys // 1_000_003).tolist(), (keys % 1_000_003 - 500_000).tolist()


def blit(painter: QPainter, xs: np.ndarray, ys: np.ndarray, dot: QPixmap) -> None:
    """Draw ``dot`` centred on each (x, y) device pixel, once per pixel."""
    if len(xs) == 0:
        return
    half = dot.width() // 2
    draw = painter.drawPixmap
    for x, y in zip(*_unique_pixels(xs, ys), strict=True):
        draw(x - half, y - half, dot)


def circles(painter: QPainter, xs: np.ndarray, ys: np.ndarray, colour: str, radius: float,
            hollow: bool, outline: bool) -> None:
    """The dots of :func:`sprite` as vector circles, once per device pixel."""
    if len(xs) == 0:
        return
    r = _style(painter, colour, radius, hollow, outline)
    draw = painter.drawEllipse
    for x, y in zip(*_unique_pixels(xs, ys), strict=True):
        draw(QPointF(x, y), r, r)
