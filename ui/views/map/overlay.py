"""What sits on top of the map in screen pixels: the scale bar and the legend."""

from __future__ import annotations

import math

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen

from missionplanner.export.colours import STATUS_COLOURS, StationStatus


def nice_length(km: float) -> float:
    """The largest 1-2-5 x 10^n length not above ``km``."""
    if km <= 0:
        return 0.0
    power = 10 ** math.floor(math.log10(km))
    for step in (5, 2, 1):
        if step * power <= km:
            return step * power
    return power


def draw_scale_bar(painter: QPainter, px_per_km: float, bottom_left: QPointF) -> None:
    """A bar of a round number of km (about 120 px at most)."""
    km = nice_length(120 / px_per_km) if px_per_km > 0 else 0
    if km <= 0:
        return
    width = km * px_per_km
    x, y = bottom_left.x(), bottom_left.y()
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(255, 255, 255, 210))
    painter.drawRect(QRectF(x - 6, y - 24, width + 12 + 50, 30))
    painter.setBrush(QColor("#263238"))
    painter.drawRect(QRectF(x, y - 6, width / 2, 5))
    painter.setBrush(QColor("white"))
    painter.setPen(QPen(QColor("#263238"), 1))
    painter.drawRect(QRectF(x + width / 2, y - 6, width / 2, 5))
    painter.setPen(QColor("#263238"))
    font = QFont()
    font.setPixelSize(11)
    painter.setFont(font)
    label = (QCoreApplication.translate("MapView", "{0} km").format(f"{km:g}") if km >= 1
             else QCoreApplication.translate("MapView", "{0} m").format(f"{km * 1000:g}"))
    painter.drawText(QPointF(x, y - 10), label)
    painter.restore()


def _fonts() -> tuple[QFont, QFont]:
    font = QFont()
    font.setPixelSize(11)
    bold = QFont(font)
    bold.setBold(True)
    return font, bold


def legend_rect(top_right: QPointF, rows: list[tuple[str, str, str]], title: str) -> QRectF:
    """Where :func:`draw_legend` draws (``title`` "" for none)."""
    font, bold = _fonts()
    metrics = QFontMetricsF(font)
    width = max([metrics.horizontalAdvance(text) for _, _, text in rows] +
                [QFontMetricsF(bold).horizontalAdvance(title)]) + 40
    height = (24 if title else 8) + 17 * len(rows)
    return QRectF(top_right.x() - width, top_right.y(), width, height)


def compact_rows(rows: list[tuple[str, str, str]]) -> list[tuple[str, str, str]]:
    """The legend of a small map: each counted row's symbol with its count only."""
    out = []
    for kind, colour, text in rows:
        if text.endswith(")") and "(" in text:
            out.append((kind, colour, text[text.rindex("(") + 1:-1]))
    return out


def draw_legend(painter: QPainter, top_right: QPointF, rows: list[tuple[str, str, str]],
                title: str) -> None:
    """Rows of (kind, colour, text): kind ``dot``, ``ring`` (approximate), ``flag``, ``line``,
    ``number`` (a numbered stop), ``base``; no title line when ``title`` is ""."""
    font, bold = _fonts()
    rect = legend_rect(top_right, rows, title)
    top = rect.top() + (32 if title else 16)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setPen(QPen(QColor("#cfd8dc"), 1))
    painter.setBrush(QColor(255, 255, 255, 225))
    painter.drawRoundedRect(rect, 4, 4)
    painter.setFont(bold)
    painter.setPen(QColor("#263238"))
    if title:
        painter.drawText(QPointF(rect.left() + 10, rect.top() + 16), title)
    painter.setFont(font)
    for i, (kind, colour, text) in enumerate(rows):
        y = top + 17 * i
        c = QPointF(rect.left() + 16, y - 4)
        fill = QColor(colour)
        if kind == "line":
            pen = QPen(fill, 2.5)
            painter.setPen(pen)
            painter.drawLine(QPointF(c.x() - 8, c.y()), QPointF(c.x() + 8, c.y()))
        elif kind == "ring":
            painter.setPen(QPen(fill, 2))
            painter.setBrush(QColor("white"))
            painter.drawEllipse(c, 3.5, 3.5)
            painter.setPen(QPen(QColor("#455a64"), 1, Qt.PenStyle.DashLine))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawEllipse(c, 7, 7)
        elif kind == "flag":
            painter.setPen(QPen(QColor(STATUS_COLOURS[StationStatus.FLAGGED]), 1.6))
            painter.setBrush(QColor(colour))
            painter.drawEllipse(c, 3, 3)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawEllipse(c, 6, 6)
        elif kind == "number":
            painter.setPen(QPen(QColor("white"), 1.2))
            painter.setBrush(fill)
            painter.drawEllipse(c, 6.5, 6.5)
            small = QFont(font)
            small.setPixelSize(8)
            small.setBold(True)
            painter.setFont(small)
            painter.setPen(QColor("white"))
            painter.drawText(QRectF(c.x() - 7, c.y() - 7, 14, 14), Qt.AlignmentFlag.AlignCenter,
                             "3")
            painter.setFont(font)
        elif kind == "base":
            painter.setPen(QPen(QColor("#263238"), 1.5))
            painter.setBrush(QColor("white"))
            painter.drawRect(QRectF(c.x() - 5, c.y() - 5, 10, 10))
        else:
            painter.setPen(QPen(fill.darker(160), 1))
            painter.setBrush(fill)
            painter.drawEllipse(c, 4, 4)
        painter.setPen(QColor("#263238"))
        painter.drawText(QPointF(rect.left() + 30, y), text)
    painter.restore()
