"""A small horizontal bar chart painted with QPainter (QtCharts is not in PySide6-Essentials)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget


@dataclass(frozen=True)
class Bar:
    """One row: a label, a value out of ``full`` (drawn as a share), and its text."""

    key: str
    label: str
    value: float
    full: float
    text: str
    colour: str = "#1e88e5"
    tooltip: str = ""
    second: float | None = None
    """A second share (0-1) drawn as a thin bar under the first (e.g. voters)."""


class BarChart(QWidget):
    """Rows of bars with a dashed reference line (e.g. the country's share); clickable."""

    clicked = Signal(str)
    ROW = 20

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = title
        self.bars: list[Bar] = []
        self.reference: tuple[float, str] | None = None
        self.highlighted: set[str] = set()
        self.full_label_width = 150
        self.text_width = 120
        self.row = self.ROW
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_bars(self, bars: list[Bar], reference: tuple[float, str] | None = None) -> None:
        """Replace the rows; ``reference`` is a share (0-1) and its label."""
        self.bars = bars
        self.reference = reference
        metrics = QFontMetricsF(self.font())
        self.full_label_width = int(max([metrics.horizontalAdvance(b.label) for b in bars]
                                        + [60]) + 18)
        self.text_width = int(max([metrics.horizontalAdvance(b.text) for b in bars]
                                  + [40]) + 12)
        self.row = self.ROW if len(bars) <= 40 else 16  # 170 teams: compact rows
        self.setFixedHeight(self.sizeHint().height())
        self.update()

    @property
    def label_width(self) -> int:
        """Room for the labels: their width, but at most a third of a narrow chart."""
        return min(self.full_label_width, max(self.width() // 3, 80))

    def sizeHint(self) -> QSize:
        return QSize(420, 30 + self.row * len(self.bars) + (18 if self.reference else 6))

    def _bar_area(self) -> QRectF:
        return QRectF(self.label_width, 26,
                      max(self.width() - self.label_width - self.text_width, 40),
                      self.row * len(self.bars))

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        bold = QFont(self.font())
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(QColor("#263238"))
        painter.drawText(QPointF(4, 16), self.title)
        painter.setFont(self.font())
        metrics = QFontMetricsF(self.font())
        area = self._bar_area()
        for i, bar in enumerate(self.bars):
            row = self.row
            top = area.top() + i * row
            if bar.key in self.highlighted:
                painter.fillRect(QRectF(0, top, self.width(), row), QColor("#fff8e1"))
            painter.setPen(QColor("#37474f"))
            label = metrics.elidedText(bar.label, Qt.TextElideMode.ElideRight,
                                       self.label_width - 14)
            painter.drawText(QRectF(4, top, self.label_width - 10, row),
                             Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight, label)
            pad = 4 if row >= 20 else 3
            painter.fillRect(QRectF(area.left(), top + pad, area.width(), row - 2 * pad),
                             QColor("#eceff1"))
            share = bar.value / bar.full if bar.full else 0.0
            height = row - 2 * pad if bar.second is None else row - 2 * pad - 3
            painter.fillRect(QRectF(area.left(), top + pad, area.width() * min(share, 1.0),
                                    height), QColor(bar.colour))
            if bar.second is not None:
                painter.fillRect(QRectF(area.left(), top + row - pad - 2,
                                        area.width() * min(bar.second, 1.0), 2.5),
                                 QColor("#37474f"))
            painter.setPen(QColor("#37474f"))
            painter.drawText(QRectF(area.right() + 6, top, self.text_width, row),
                             Qt.AlignmentFlag.AlignVCenter, bar.text)
        if self.reference is not None:
            share, label = self.reference
            x = area.left() + area.width() * min(share, 1.0)
            painter.setPen(QPen(QColor("#d32f2f"), 1.2, Qt.PenStyle.DashLine))
            painter.drawLine(QPointF(x, area.top() - 2), QPointF(x, area.bottom() + 2))
            painter.setPen(QColor("#d32f2f"))
            painter.drawText(QRectF(x - 150, area.bottom() + 2, 300, 16),
                             Qt.AlignmentFlag.AlignHCenter, label)
        painter.end()

    def bar_at(self, y: float) -> Bar | None:
        """The row under a y coordinate."""
        area = self._bar_area()
        i = int((y - area.top()) // self.row)
        return self.bars[i] if 0 <= i < len(self.bars) and y >= area.top() else None

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        bar = self.bar_at(event.position().y())
        if bar is not None and bar.tooltip:
            QToolTip.showText(event.globalPosition().toPoint(), bar.tooltip, self)
        else:
            QToolTip.hideText()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        bar = self.bar_at(event.position().y())
        if bar is not None:
            self.clicked.emit(bar.key)
