"""Label and value rows for the side panels, readable however narrow the dock.

A ``QFormLayout`` in a narrow dock gave long (Russian) labels their whole width and left the
values a word wide, and it cut wrapped values short (its rows did not take the height the
wrapped text needs). A grid takes the height, and below a width it puts each label above
its value, as narrow side panels do.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QGridLayout, QLabel, QWidget

ROOM = 140
"""Pixels the values keep beside the widest label; below that the labels go above."""


class FieldGrid(QWidget):
    """Rows of ``label: value``; :attr:`stacked` when the labels sit above the values."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setHorizontalSpacing(10)
        self.grid.setVerticalSpacing(4)
        self.grid.setColumnStretch(1, 1)
        self.rows: list[tuple[QLabel, QLabel]] = []
        self.stacked = False

    def add_row(self, text: str, value: QLabel) -> None:
        """Add a row; ``value`` wraps its text."""
        label = QLabel(text, self)
        value.setWordWrap(True)
        value.setParent(self)
        self.rows.append((label, value))
        self._place(len(self.rows) - 1)

    def widest_label(self) -> int:
        """Width of the longest label, in pixels."""
        return max((label.sizeHint().width() for label, _ in self.rows), default=0)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Beside or above, as the width allows."""
        super().resizeEvent(event)
        stacked = event.size().width() - self.widest_label() - self.grid.horizontalSpacing() \
            < ROOM
        if stacked != self.stacked:
            self.stacked = stacked
            for row in range(len(self.rows)):
                self._place(row)

    def _place(self, row: int) -> None:
        label, value = self.rows[row]
        self.grid.removeWidget(label)
        self.grid.removeWidget(value)
        top = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
        if self.stacked:
            label.setStyleSheet("color: palette(placeholder-text);")
            self.grid.addWidget(label, 2 * row, 0, 1, 2, top)
            self.grid.addWidget(value, 2 * row + 1, 0, 1, 2)
        else:
            label.setStyleSheet("")
            self.grid.addWidget(label, row, 0, top)
            self.grid.addWidget(value, row, 1)
