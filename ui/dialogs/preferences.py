"""Edit ▸ Preferences: the interface language (remembered; used from the next start)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from ui.i18n import LANGUAGES, current
from ui.settings import language, set_language, settings


class PreferencesDialog(QDialog):
    """Choose the language; the choice is stored in the user's settings."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Preferences"))
        self.language = QComboBox()
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        chosen = settings().contains("language")  # else the one in use (e.g. from --lang)
        shown = language() if chosen else current()
        self.language.setCurrentIndex(max(self.language.findData(shown), 0))
        note = QLabel(self.tr("The new language is used from the next start of Mission "
                              "Planner. Dates and numbers follow the language."))
        note.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Interface language:"), self.language)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("OK"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self.setMinimumWidth(420)

    def accept(self) -> None:
        """Remember the language."""
        set_language(str(self.language.currentData()))
        super().accept()
