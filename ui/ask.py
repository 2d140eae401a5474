"""Every question the app asks the user, in one place (git-cola's interaction seam).

Commands and windows call these functions instead of building message boxes, so that tests
(and scripts) can answer by replacing them, and every prompt looks and reads the same.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget

from ui.widgets.mnemonics import mnemonic_of, with_mnemonic

Button = QMessageBox.StandardButton


def save_discard_cancel(parent: QWidget | None, text: str) -> str:
    """``"save"``, ``"discard"`` or ``"cancel"``: what to do with unsaved changes."""
    title = QCoreApplication.translate("Ask", "Unsaved changes")
    box = QMessageBox(QMessageBox.Icon.Warning, title, text,
                      Button.Save | Button.Discard | Button.Cancel, parent)
    box.setInformativeText(
        QCoreApplication.translate("Ask", "Your changes will be lost if you don't save them."))
    box.setDefaultButton(Button.Save)
    box.button(Button.Save).setText(QCoreApplication.translate("Ask", "Save"))
    box.button(Button.Discard).setText(QCoreApplication.translate("Ask", "Discard"))
    box.button(Button.Cancel).setText(QCoreApplication.translate("Ask", "Cancel"))
    _mnemonics(box)
    answer = box.exec()
    if answer == Button.Save:
        return "save"
    return "discard" if answer == Button.Discard else "cancel"


def question(parent: QWidget | None, title: str, text: str, yes: str, no: str,
             details: str = "") -> bool:
    """A yes/no question with the buttons named by what they do."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, Button.NoButton, parent)
    yes_button = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
    box.addButton(no, QMessageBox.ButtonRole.RejectRole)
    if details:
        box.setInformativeText(details)
    box.setDefaultButton(yes_button)
    _mnemonics(box)
    box.exec()
    return box.clickedButton() is yes_button


def error(parent: QWidget | None, title: str, text: str, details: str = "") -> None:
    """Report a failure; ``details`` (e.g. every problem of a file) goes behind a button."""
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, Button.Ok, parent)
    if details:
        box.setDetailedText(details)
    _mnemonics(box)
    box.exec()


SHOWN_LINES = 4
"""Lines of a failure shown in its box (the summary and the first problems); all behind
Show Details."""


def failure(parent: QWidget | None, title: str, text: str) -> None:
    """Report a failure of many lines (a file's problems): the first few in the box, so that
    one or two problems need no extra click, and every line behind Show Details when more."""
    lines = text.splitlines()
    if len(lines) <= SHOWN_LINES:
        error(parent, title, text)
    else:
        error(parent, title, "\n".join([*lines[:SHOWN_LINES], "  …"]), text)


def info(parent: QWidget | None, title: str, text: str) -> None:
    """Tell the user something (used sparingly: the status bar says most things)."""
    QMessageBox.information(parent, title, text)


def open_file(parent: QWidget | None, title: str, folder: str, filters: str) -> str:
    """A file to read ("" when cancelled)."""
    name, _ = QFileDialog.getOpenFileName(parent, title, folder, filters)
    return name


def save_file(parent: QWidget | None, title: str, suggested: str, filters: str) -> str:
    """A file to write ("" when cancelled); the dialog asks before overwriting."""
    name, _ = QFileDialog.getSaveFileName(parent, title, suggested, filters)
    return name


def folder(parent: QWidget | None, title: str, start: str) -> str:
    """A folder ("" when cancelled)."""
    return QFileDialog.getExistingDirectory(parent, title, start)


def run_dialog(dialog: QDialog) -> bool:
    """Show a dialog modally; True when accepted (tests fill it in and accept instead)."""
    return dialog.exec() == QDialog.DialogCode.Accepted


def done_with_folder(parent: QWidget | None, title: str, text: str) -> bool:
    """Say a file was written; True when the user asks to see it in its folder."""
    box = QMessageBox(QMessageBox.Icon.Information, title, text, Button.NoButton, parent)
    show = box.addButton(QCoreApplication.translate("Ask", "Show in Folder"),
                         QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QCoreApplication.translate("Ask", "Close"), QMessageBox.ButtonRole.RejectRole)
    _mnemonics(box)
    box.exec()
    return box.clickedButton() is show


def password(parent: QWidget | None, title: str, text: str) -> str | None:
    """A password typed in (None when cancelled)."""
    from PySide6.QtWidgets import QInputDialog, QLineEdit

    value, ok = QInputDialog.getText(parent, title, text, QLineEdit.EchoMode.Password)
    return value if ok else None


def _mnemonics(box: QMessageBox) -> None:
    """Alt+letter for each button, in whatever language (as KDE adds them)."""
    taken = {m for button in box.buttons() if (m := mnemonic_of(button.text()))}
    for button in box.buttons():
        text = with_mnemonic(button.text(), taken)
        if text != button.text():
            button.setText(text)
