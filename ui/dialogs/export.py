"""File ▸ Export ▸ …: where to write, in which language, and (per-team workbooks) a password."""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui import ask
from ui.widgets.message_bar import Level, MessageBar
from ui.widgets.mnemonics import field_label

Target = Literal["workbook", "teams", "form", "pdf"]
FOLDERS: tuple[Target, ...] = ("teams", "pdf")


class ExportDialog(QDialog):
    """Choose the destination (a file or a folder), the language and an optional password."""

    def __init__(self, target: Target, suggested: Path, language: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.target = target
        titles = {
            "workbook": self.tr("Export Mission Workbook"),
            "teams": self.tr("Export Per-Team Workbooks"),
            "form": self.tr("Export ODK/Kobo Form"),
            "pdf": self.tr("Export Route Sheets (PDF)"),
        }
        explain = {
            "workbook": self.tr("One Excel workbook: summary, roster, stations and a route "
                                "sheet per team and day."),
            "teams": self.tr("One workbook per team with its roster lines and route sheets, "
                             "for sending to each team. The folder is replaced as a whole."),
            "form": self.tr("An XLSForm offering each team its planned stations: upload it "
                            "to KoboToolbox or ODK Central."),
            "pdf": self.tr("Printable route sheets, a page per team and day with its map: "
                           "every team in one PDF, and/or one PDF per team (each team sees "
                           "only its own stations)."),
        }
        self.setWindowTitle(titles[target])
        self.messages = MessageBar()
        text = QLabel(explain[target])
        text.setWordWrap(True)
        self.path = QLineEdit(str(suggested))
        self.path.setMinimumWidth(420)
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._browse)
        where = QHBoxLayout()
        where.addWidget(self.path, 1)
        where.addWidget(browse)
        form = QFormLayout()
        form.addRow(field_label(self.tr("Folder:") if target in FOLDERS else self.tr("File:"),
                                self.path), where)
        self.language = QComboBox()
        self.language.addItem("English", "en")
        self.language.addItem("Русский", "ru")
        self.language.setCurrentIndex(max(self.language.findData(language), 0))
        if target != "form":
            form.addRow(self.tr("Language:"), self.language)
        self.pdf_files = QComboBox()
        self.pdf_files.addItem(self.tr("All teams in one file, and one file per team"), "both")
        self.pdf_files.addItem(self.tr("All teams in one file"), "combined")
        self.pdf_files.addItem(self.tr("One file per team (need to know)"), "per_team")
        if target == "pdf":
            form.addRow(self.tr("Files:"), self.pdf_files)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("none: the workbooks open without one"))
        self.confirm = QLineEdit()
        self.confirm.setEchoMode(QLineEdit.EchoMode.Password)
        if target == "teams":
            form.addRow(self.tr("Password:"), self.password)
            form.addRow(self.tr("Repeat password:"), self.confirm)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Export"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(self.messages)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def _browse(self) -> None:
        if self.target in FOLDERS:
            name = ask.folder(self, self.windowTitle(), self.path.text())
        else:
            name = ask.save_file(self, self.windowTitle(), self.path.text(),
                                 self.tr("Excel workbooks (*.xlsx)"))
        if name:
            self.path.setText(name)

    def destination(self) -> Path:
        """The file or folder to write (``.xlsx`` added to a workbook name without it)."""
        path = Path(self.path.text().strip()).expanduser()
        if self.target not in FOLDERS and path.suffix.lower() != ".xlsx":
            path = path.with_name(path.name + ".xlsx")
        return path

    def lang(self) -> str:
        """``en`` or ``ru``."""
        return str(self.language.currentData())

    def pdf_parts(self) -> str:
        """Route sheets: ``both``, ``combined`` (every team in one file) or ``per_team``."""
        return str(self.pdf_files.currentData())

    def secret(self) -> str | None:
        """The password, or None."""
        return self.password.text() or None

    def accept(self) -> None:
        """Refuse an empty destination or passwords that differ."""
        if not self.path.text().strip():
            self.messages.show_message(self.tr("Say where to write."), Level.ERROR)
            return
        if self.target == "teams" and self.password.text() != self.confirm.text():
            self.messages.show_message(self.tr("The two passwords differ."), Level.ERROR)
            return
        super().accept()
