"""An inline message above a view (as KDE's KMessageWidget): refused edits, hints, warnings."""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QToolButton, QWidget


class Level(Enum):
    """How the message looks: colours of the frame and its background."""

    INFO = ("#d8e8f7", "#3d7ebf")
    WARNING = ("#fbeed5", "#c8872d")
    ERROR = ("#f6d8d8", "#bf3d3d")


class MessageBar(QFrame):
    """A closable one-line message with an optional action button."""

    actionTriggered = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("MessageBar")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 6, 6)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.action = QToolButton()
        self.action.setAutoRaise(True)
        self.action.clicked.connect(self.actionTriggered.emit)
        self.close_button = QToolButton()
        self.close_button.setAutoRaise(True)
        self.close_button.setText("✕")
        self.close_button.clicked.connect(self.hide)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.action)
        layout.addWidget(self.close_button)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.hide)
        self.hide()

    def show_message(self, text: str, level: Level = Level.INFO, action: str = "",
                     timeout_ms: int = 0) -> None:
        """Show ``text``; ``action`` labels the button (hidden when empty)."""
        background, border = level.value
        self.setStyleSheet(f"#MessageBar {{ background: {background}; border: 1px solid "
                           f"{border}; border-radius: 4px; }} #MessageBar QLabel "
                           "{ color: #202020; }")
        self.label.setText(text)
        self.action.setText(action)
        self.action.setVisible(bool(action))
        self.close_button.setToolTip(self.tr("Close"))
        self.show()
        if timeout_ms:
            self._timer.start(timeout_ms)
        else:
            self._timer.stop()
